//! Ages stated in a search, and the offers and lines they set apart or bring.

use super::*;

/// An age is no word to look for: "jeg er 17 år og har autisme" found only the two offers whose texts say "år" (in
/// "mellem 16 og 30 år"), and named "17" back as a word no offer has. It finds what "autisme" finds, those for
/// adults set apart ([`a_stated_age_sets_offers_for_another_age_apart`]).
#[test]
fn an_age_in_a_search_is_left_out() {
    for (typed, lang) in [
        ("jeg er 17 år og har autisme", "da"),
        ("jeg er 17-årig med autisme", "da"),
        ("I am 17 years old and have autism", "en"),
    ] {
        let (result, mut ids) = searched_in(typed, lang);
        assert!(!result.partial, "{typed}: {:?}", result.not_found);
        assert_eq!(result.age, Some(17), "{typed}");
        ids.extend(result.other_age.iter().map(|(offer, _)| offer.id.clone()));
        assert_eq!(sorted(ids), sorted(found_in("autisme", lang)), "{typed}");
    }
    // A number alone says nothing of what is wanted, like an ignored word.
    assert_eq!(found("17").len(), shared().catalogue.offers.len());
}

/// The ids of the offers a search on the page in `lang` sets apart as for another age, with the age it read.
fn other_age(typed: &str, lang: &'static str) -> (Option<u8>, Vec<String>) {
    let (result, _) = searched_in(typed, lang);
    let ids = result.other_age.iter().map(|(offer, _)| offer.id.clone());
    (result.age, ids.collect())
}

/// An age stated in a search sets the offers for another age apart, with the limit that rules each out: "jeg er 16
/// og har angst" listed Psykiatriens Hus, which is for adults, among the offers that fit.
#[test]
fn a_stated_age_sets_offers_for_another_age_apart() {
    let (result, ids) = searched("jeg er 16 og har angst");
    assert_eq!(result.age, Some(16));
    assert!(!ids.contains(&"psykiatriens-hus".to_owned()), "{ids:?}");
    let hus = result
        .other_age
        .iter()
        .find(|(offer, _)| offer.id == "psykiatriens-hus");
    assert_eq!(
        hus.map(|(_, exclusions)| exclusions.as_slice()),
        Some([Exclusion::TooYoung(18)].as_slice())
    );
    // Nothing is lost: what fits and what is set apart are what the words find without the age.
    let mut both = ids.clone();
    both.extend(other_age("jeg er 16 og har angst", "da").1);
    assert_eq!(sorted(both), sorted(found("angst")));
    assert!(!ids.is_empty());
    // Each way of stating it, in each language, in any inflection; a number at a word's start is a word of its own.
    for (typed, lang, age) in [
        ("jeg er 16 år og har angst", "da", 16),
        ("jeg er 16", "da", 16),
        ("jeg er 16 og gravid", "da", 16),
        ("16-årig med angst", "da", 16),
        ("16årig med angst", "da", 16),
        ("angst, 16 år gammel", "da", 16),
        ("min søn på 17 år har autisme", "da", 17),
        ("min datter er 25 år og har autisme", "da", 25),
        ("I am 16 and anxious", "en", 16),
        ("I'm 16 and anxious", "en", 16),
        ("anxious 16 year old", "en", 16),
        ("my 25-year-old son has autism", "en", 25),
        // After a word of who is involved, a number alone is that person's age.
        ("min søn er 17 og har autisme", "da", 17),
        ("min søn, som er 12, har autisme", "da", 12),
        ("jeg er 45 og min søn er 17 og har autisme", "da", 17),
        ("my son is 17 and has autism", "en", 17),
        ("my son, who is 12, has autism", "en", 12),
        ("my son's 17 and has autism", "en", 17),
    ] {
        let (result, _) = searched_in(typed, lang);
        assert_eq!(result.age, Some(age), "{typed}");
        // The words that state it are not looked for: no offer says "gammel" (old).
        assert!(!result.partial, "{typed}: {:?}", result.not_found);
    }
    for (typed, lang, age) in [
        ("min datter på 15 har angst", "da", 15),
        ("my daughter is 15 and anxious", "en", 15),
    ] {
        assert_eq!(other_age(typed, lang).0, Some(age), "{typed}");
    }
    // The family consultants are for children: a daughter of 25 is too old for them.
    let (_, apart) = other_age("min datter er 25 år og har autisme", "da");
    assert!(
        apart.contains(&"familiekonsulenter-boernehandicap".to_owned()),
        "{apart:?}"
    );
    // At 18, Psykiatriens Hus fits, and what is for children is set apart.
    let (_, apart) = other_age("jeg er 18 og har angst", "da");
    assert!(found("jeg er 18 og har angst").contains(&"psykiatriens-hus".to_owned()));
    assert!(!apart.contains(&"psykiatriens-hus".to_owned()), "{apart:?}");
}

/// A parent or a spouse named after the asker's "min" or "my" is an adult, so the offers for children only are set
/// apart, with no age named: "min mor har et handicap" listed the family consultants for children with a disability
/// and the sibling groups, and "my wife has autism" listed them beside the autism centre.
#[test]
fn an_adult_named_sets_the_offers_for_children_apart() {
    let for_children = [
        "familiekonsulenter-boernehandicap",
        "soeskendegrupper",
        "aflastning-boern-handicap",
        "ppr",
    ];
    let (result, ids) = searched("min mor har et handicap");
    // The offers for children have every word: those for an adult are said to fit in part.
    assert_eq!((result.age, result.partial_for_the_age), (None, true));
    assert_eq!(
        sorted(other_age("min mor har et handicap", "da").1),
        sorted(for_children.map(String::from).to_vec())
    );
    let consultants = result
        .other_age
        .iter()
        .find(|(offer, _)| offer.id == for_children[0]);
    assert_eq!(
        consultants.map(|(_, exclusions)| exclusions.as_slice()),
        Some([Exclusion::TooOld(17)].as_slice())
    );
    // The offers for adults with a disability come first.
    assert_eq!(
        first(&ids),
        Some("aktivitets-fritidskoordinator"),
        "{ids:?}"
    );
    for (typed, lang) in [
        ("min far har autisme", "da"),
        ("min mand har et handicap", "da"),
        ("mine forældre har et handicap", "da"),
        ("my wife has autism", "en"),
        ("my dad has a disability", "en"),
    ] {
        let (result, ids) = searched_in(typed, lang);
        let apart = other_age(typed, lang).1;
        assert!(
            apart.contains(&for_children[0].to_owned()),
            "{typed}: {apart:?}"
        );
        assert!(ids.iter().all(|id| !apart.contains(id)), "{typed}: {ids:?}");
        assert!(!ids.is_empty() && result.age.is_none(), "{typed}: {ids:?}");
    }
    // An adult over 18 fits the offers for young adults: a young wife may be 25.
    assert!(found_in("my wife has autism", "en").contains(&"autisme-overgang-16-30".to_owned()));
    // Not when a child is named too, nor without the asker's own possessive, nor for a partner who may be 16.
    for (typed, lang) in [
        ("min mand og jeg har en søn med autisme", "da"),
        ("jeg er mor til en dreng med autisme", "da"),
        ("min kæreste har autisme", "da"),
        ("min mor er bekymret for min lillebror", "da"),
        ("my husband and I have a daughter with autism", "en"),
    ] {
        assert_eq!(other_age(typed, lang), (None, Vec::new()), "{typed}");
    }
    // A stated age counts as it is.
    assert_eq!(other_age("min mor er 15 og har autisme", "da").0, Some(15));
}

/// A word saying the person is grown up ("voksen", "adult") sets the offers for children only apart, as an adult
/// named after "min" does, wherever it stands: "voksen med autisme" listed the family consultants, the sibling
/// groups and respite for children among the offers that fit. Before it was a word of who is involved, it found
/// only the two autism offers whose texts say "voksen", not Autismecenter Randers.
#[test]
fn a_grown_up_word_sets_the_offers_for_children_apart() {
    for (typed, need, lang) in [
        ("voksen med autisme", "autisme", "da"),
        ("autisme voksen", "autisme", "da"),
        ("jeg er voksen og har autisme", "autisme", "da"),
        ("unge voksne med autisme", "autisme", "da"),
        ("voksen handicap", "handicap", "da"),
        ("adult with autism", "autism", "en"),
        ("autism adults", "autism", "en"),
    ] {
        let (result, ids) = searched_in(typed, lang);
        let apart = other_age(typed, lang).1;
        assert!(
            apart.contains(&"familiekonsulenter-boernehandicap".to_owned()),
            "{typed}: {apart:?}"
        );
        assert!(
            result.not_found.is_empty() && result.age.is_none(),
            "{typed}"
        );
        // The rest of what the need alone finds, the offers for adults among them.
        let mut both = ids.clone();
        both.extend(apart);
        assert_eq!(sorted(both), sorted(found_in(need, lang)), "{typed}");
        assert!(
            !ids.is_empty() && ids.iter().all(|id| id != "ppr"),
            "{typed}: {ids:?}"
        );
    }
    assert!(found("voksen med autisme").contains(&"autismecenter-randers".to_owned()));
    // Beside a word of whom it says is grown up: an adult son.
    for (typed, lang) in [
        ("min voksne søn har autisme", "da"),
        ("my adult son has autism", "en"),
    ] {
        let apart = other_age(typed, lang).1;
        assert!(
            apart.contains(&"soeskendegrupper".to_owned()),
            "{typed}: {apart:?}"
        );
    }
    // Not when a child is named apart from it: the search is about both.
    for (typed, lang) in [
        ("børn og voksne med autisme", "da"),
        ("children and adults with autism", "en"),
        ("jeg er voksen og min søn har autisme", "da"),
    ] {
        assert_eq!(other_age(typed, lang), (None, Vec::new()), "{typed}");
    }
}

/// When every offer the words find is for another age, the offers for the age with the most of the words follow,
/// said to fit in part: "min dreng på 12 år har autisme og går ikke i skole" found only the transition effort for
/// 16–30-year-olds, and left a 12-year-old nothing. (Since "skolevægring" is a word of the family offers, that
/// search finds them whole; wanting an education is still the transition effort's alone.)
#[test]
fn when_every_offer_found_is_for_another_age_those_for_the_age_fit_in_part() {
    let (result, ids) = searched("min dreng på 12 år har autisme og skal have en uddannelse");
    assert!(result.partial, "{ids:?}");
    assert!(
        ids.contains(&"familiekonsulenter-boernehandicap".to_owned()),
        "{ids:?}"
    );
    let apart: Vec<&str> = result
        .other_age
        .iter()
        .map(|(offer, _)| offer.id.as_str())
        .collect();
    assert_eq!(apart, ["autisme-overgang-16-30"]);
    // The page says that no offer for a 12-year-old has every word, not that no offer has: the one apart has
    // them all, "uddannelse" too, so "uddannelse" is no word that no offer mentions.
    assert!(result.partial_for_the_age);
    assert!(result.not_found.is_empty(), "{:?}", result.not_found);
    // Without the age, that one offer has every word, and nothing fits in part.
    let (plain, plain_ids) = searched("min dreng har autisme og skal have en uddannelse");
    assert!(!plain.partial && !plain.partial_for_the_age);
    assert_eq!(plain_ids, ["autisme-overgang-16-30"]);
    // A parent of a 50-year-old: the family offers for children are apart, the autism centre fits, in part.
    let (result, ids) = searched("min søn på 50 år har autisme");
    assert_eq!(first(&ids), Some("autismecenter-randers"), "{ids:?}");
    assert!(result.partial && result.for_the_person.is_empty());
    assert!(result.partial_for_the_age);
    // A word no offer of any age has is still named: "pension".
    let (result, _) = searched("min dreng på 12 år har autisme og skal have en uddannelse pension");
    assert_eq!(result.not_found, ["pension"]);
    // Where some offer for the age has every word, the fit is whole, or in part among all offers, not for the
    // age alone.
    assert!(!searched("jeg er 16 og har angst").0.partial_for_the_age);
    assert!(
        !searched("jeg er 16 og har angst og pension")
            .0
            .partial_for_the_age
    );
}

/// A number that is no age, or one's own age beside someone else it is about, sets nothing apart.
#[test]
fn no_age_is_read_from_durations_amounts_or_ones_own_beside_another() {
    for (typed, lang) in [
        // One's own age: the offers' limits are about the son, the mother, the partner.
        ("jeg er 45 og min søn har autisme", "da"),
        ("jeg er 17 år og min mor drikker", "da"),
        ("I am 45 and my son has autism", "en"),
        // Durations and amounts.
        ("jeg har drukket i 20 år", "da"),
        ("for 3 år siden fik jeg en hjerneskade", "da"),
        ("de sidste 10 år har jeg haft angst", "da"),
        ("I have been drinking for 20 years", "en"),
        ("stroke 2 years ago", "en"),
        ("8915 9737", "da"),
        // A number of times or a share: after "jeg er #", only the end or an ignored word says it is an age.
        ("jeg er 3 gange blevet afvist af kommunen", "da"),
        ("jeg er 100 procent sikker", "da"),
        ("I am 2 times more anxious", "en"),
        // Beyond any age.
        ("jeg er 200", "da"),
        ("angst", "da"),
        // A time or a difference: a word after the number, or after one ignored word, says so.
        ("det er 10 år siden jeg fik en hjerneskade", "da"),
        ("min bror er 5 år yngre end mig", "da"),
        ("han er 30 år ældre", "da"),
        ("my brother is 5 years older", "en"),
        ("it is 3 years since my stroke", "en"),
        // A family's number is its size.
        ("en familie på 5 og mangler bolig", "da"),
        ("familien er 4 og har ingen bolig", "da"),
        ("my family is 5 and we are homeless", "en"),
        // After a word of who is involved, too, only the end or an ignored word says it is an age.
        ("min søster er 3 gange blevet indlagt", "da"),
        ("my son is 2 hours away", "en"),
        ("min bror er 1 af 3 søskende", "da"),
        ("my sister is 1 of 4 children", "en"),
        ("my son's 2 friends are worried", "en"),
    ] {
        assert_eq!(other_age(typed, lang), (None, Vec::new()), "{typed}");
    }
    // Ten years after a brain injury, the brain injury centre is found, not set apart as for a 10-year-old.
    assert_eq!(
        first(&found("det er 10 år siden jeg fik en hjerneskade")),
        first(&found("hjerneskade"))
    );
    // An age stated before such a time still counts.
    let (age, _) = other_age(
        "jeg er 40 år og det er 10 år siden jeg fik en hjerneskade",
        "da",
    );
    assert_eq!(age, Some(40));
}

/// A word whose number is a count is one typed without æ, ø and å too, as every word of who is involved is.
#[test]
fn a_counted_word_typed_without_danish_letters_states_no_age() {
    let mut bundle = shared().clone();
    bundle
        .questions
        .search_people_counted
        .0
        .insert("da".to_owned(), "familie, søskende".to_owned());
    let index = SearchIndex::new(&bundle.catalogue, &bundle.questions);
    let all = bundle.catalogue.offers_by_name(Lang("da"));
    for typed in [
        "vi er søskende på 4",
        "vi er soskende på 4",
        "vi er søster på 4",
    ] {
        let result = index.search(&all, &Query::parse(typed), Lang("da"));
        let counted = !typed.contains("søster");
        assert_eq!(result.age.is_none(), counted, "{typed}");
    }
}

/// The word of who is involved in "min søn er 17" stays in the search, as in "min søn har autisme": it finds the
/// offers for relatives and families, and the age then sets apart those for another age.
#[test]
fn a_word_of_who_is_involved_that_states_an_age_is_still_searched() {
    let (aged, aged_ids) = searched("min søn er 17 og har autisme");
    let (plain, plain_ids) = searched("min søn har autisme");
    assert!(!aged.for_the_person.is_empty() && !aged_ids.is_empty());
    let mut all_aged = aged_ids.clone();
    all_aged.extend(aged.for_the_person.iter().map(|offer| offer.id.clone()));
    all_aged.extend(aged.other_age.iter().map(|(offer, _)| offer.id.clone()));
    let mut all_plain = plain_ids;
    all_plain.extend(plain.for_the_person.iter().map(|offer| offer.id.clone()));
    assert_eq!(sorted(all_aged), sorted(all_plain));
}

/// A stated age brings the lines the editors suggest for it, as the results do, after the crisis's own: a child
/// gets Børnetelefonen; beside a word of who is involved, which may be the asker or the one asked about, the lines
/// for a relative (headspace's advice for parents) come first, then the child's.
#[test]
fn a_stated_age_names_the_lines_suggested_for_that_age() {
    for (typed, lang, lines) in [
        ("jeg er 14 og vil dø", "da", "livslinien boernetelefonen"),
        (
            "I am 15 and want to kill myself",
            "en",
            "livslinien boernetelefonen",
        ),
        // A parent: headspace's advice for parents, not Børnetelefonen, which is for the daughter.
        (
            "min datter på 16 år vil tage sit liv",
            "da",
            "livslinien headspace-familie",
        ),
        (
            "my daughter is 16 and wants to kill herself",
            "en",
            "livslinien headspace-familie",
        ),
        // A girl may be asking for herself, or be asked about: the lines for both.
        (
            "pige på 15 år skader sig selv",
            "da",
            "livslinien headspace-familie boernetelefonen",
        ),
        // An adult, or no age: the crisis's own lines only.
        ("jeg er 30 og vil dø", "da", "livslinien"),
        ("jeg vil dø", "da", "livslinien"),
        // One's own age beside someone else: the mother's age says nothing of the daughter's.
        (
            "jeg er 45 og min datter vil tage sit liv",
            "da",
            "livslinien",
        ),
    ] {
        assert_eq!(lines_shown(typed, lang).join(" "), lines, "{typed}");
    }
    // A calm search shows them too, after the offers, which are few for a 14-year-old; none for an adult.
    assert_eq!(lines_shown("jeg er 14 og ensom", "da"), ["boernetelefonen"]);
    assert_eq!(
        lines_shown("min søn på 16 år ryger hash", "da"),
        ["headspace-familie"]
    );
    assert_eq!(
        lines_shown("søn på 16 år ryger hash", "da"),
        ["headspace-familie", "boernetelefonen"]
    );
    assert!(lines_shown("jeg er 30 og ensom", "da").is_empty());
    // One's own age beside someone else's trouble sets no offer apart, but a child asking gets the children's line.
    let (result, _) = searched("jeg er 13 og min far drikker");
    assert_eq!((result.age, result.other_age.len()), (None, 0));
    assert_eq!(
        lines_shown("jeg er 13 og min far drikker", "da"),
        ["boernetelefonen"]
    );
    assert!(lines_shown("jeg er 45 og min søn drikker", "da").is_empty());
    assert!(!searched("jeg er 14 og ensom").0.acute);
}
