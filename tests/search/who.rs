//! Words of who is involved: relatives, family, friends, and staff with the citizen they help.

use super::*;

/// Beside words of the need, who is involved counts only in a word of a topic ("søn" narrows autism to the family
/// offers): "min ven er hjemløs" found Perron 4 alone, whose texts have "venner", and "min mand drikker" was
/// partial, since no offer has "mand". ("min mand" is now a saying for a husband: see
/// `offers_for_the_person_follow_those_for_relatives`.)
#[test]
fn who_is_involved_in_a_word_of_no_topic_is_left_out_beside_the_need() {
    for (typed, need, lang) in [
        ("min ven er hjemløs", "hjemløs", "da"),
        ("min veninde drikker", "drikker", "da"),
        ("en mand drikker", "drikker", "da"),
        ("my friend is homeless", "homeless", "en"),
        // A woman, a girl, a boy, a teenager: each was named back as a word no offer has.
        ("kvinde 30 angst", "angst", "da"),
        ("min pige er ked af det", "ked af det", "da"),
        ("dreng med autisme", "autisme", "da"),
        ("teenager med angst", "angst", "da"),
        ("woman with anxiety", "anxiety", "en"),
        // "girl" started "girlfriend", of the offers for relatives, and listed Recoveryskolen's courses alone.
        ("my girl is sad", "sad", "en"),
    ] {
        assert_found_as(typed, need, lang);
    }
    // "ung" (young) likewise, as the questions ask the age: "ung og hjemløs" found the housing for young people with
    // autism alone, hiding the help for homeless people, and "ung med angst" listed the offers for young people
    // with autism or drugs beside those for anxiety. In an offer's name it still says whom the offer is for:
    // "unge med autisme" finds every autism offer, those for young people first.
    for (typed, need, lang) in [
        ("ung og hjemløs", "hjemløs", "da"),
        ("young and homeless", "homeless", "en"),
        ("ung med angst", "angst", "da"),
        // "voksen" (adult): "voksne med hjerneskade" found the offers whose texts say "voksne", not every offer
        // about a brain injury. (With a need for children too, it sets those apart: see
        // `a_grown_up_word_sets_the_offers_for_children_apart`.)
        ("voksne med hjerneskade", "hjerneskade", "da"),
    ] {
        assert_found_alike(typed, need, lang);
    }
    let young_first = found("unge med autisme");
    assert_eq!(sorted(young_first.clone()), sorted(found("autisme")));
    assert_eq!(
        sorted(young_first[..3].to_vec()),
        [
            "autisme-overgang-16-30",
            "autisme-unge-hjemmeboende",
            "boliger-unge-autisme"
        ]
    );
    // Alone, it is looked for as any word. Beside a need no offer has, it finds nothing either (it found the
    // offers whose texts have "venner" or "ventetid"), and the page points on.
    assert!(!found("ven").is_empty());
    let (result, ids) = searched("min ven er død");
    assert!(ids.is_empty() && !result.partial, "{ids:?}");
    assert!(result.points_on());
}

/// A word of who is involved is had where an offer says whom it is for (its name, its topics' words), or in its
/// texts as a word of its own, inflected or not ("forældre", "unge"), but not as the start of another word: "mor"
/// (mother) starts "morgenmad" (breakfast), and listed Perron 4 for "min mor drikker" beside the help for families
/// with substance problems; "eks" (ex) and "ex" listed the offers whose texts say "eksempel" or "experience".
#[test]
fn a_word_of_who_is_involved_is_not_the_start_of_another_word() {
    let (result, ids) = searched("min mor drikker");
    assert_eq!(ids, ["familier-med-rusmiddelproblemer"]);
    let person: Vec<&str> = result
        .for_the_person
        .iter()
        .map(|offer| offer.id.as_str())
        .collect();
    assert!(person.contains(&"perron-4"), "{person:?}");
    assert!(!found("mor").contains(&"perron-4".to_owned()));
    for (typed, lang) in [("eks", "da"), ("ex", "en")] {
        assert_eq!(found_in(typed, lang), Vec::<String>::new(), "{typed}");
    }
    // Inflected, and in compounds where an offer says whom it is for, it is still had.
    assert!(found("ung").contains(&"jobrus".to_owned()));
    assert!(found("voksen").len() > 1, "{:?}", found("voksen"));
    assert_eq!(first(&found("søskende")), Some("soeskendegrupper"));
}

/// Who is involved narrows the offers to those for relatives or families; those for the person it is about follow
/// apart, as a relative may pass them on. "min kone er deprimeret" found Recoveryskolen's courses for relatives
/// alone.
#[test]
fn offers_for_the_person_follow_those_for_relatives() {
    let ids = |offers: &[&hjaelpeguiden::domain::catalogue::Offer]| {
        offers
            .iter()
            .map(|offer| offer.id.clone())
            .collect::<Vec<_>>()
    };
    for (typed, need, lang, for_relatives, for_the_person) in [
        (
            "min kone er deprimeret",
            "deprimeret",
            "da",
            "recoveryskolen",
            "psykiatriens-hus",
        ),
        (
            "my wife is depressed",
            "depressed",
            "en",
            "recoveryskolen",
            "psykiatriens-hus",
        ),
        (
            "min søn har autisme",
            "autisme",
            "da",
            "familiekonsulenter-boernehandicap",
            "autismecenter-randers",
        ),
        (
            "min far har haft en blodprop",
            "blodprop",
            "da",
            "hjerneskade-paaroerende",
            "hjernecenter-randers",
        ),
        (
            "my mum drinks",
            "drinks",
            "en",
            "familier-med-rusmiddelproblemer",
            "rusmiddelcenter-randers",
        ),
        // "min mand" is a husband, as "my husband" is ("mand" alone is any man): it listed the offers for a
        // drinker, the relatives' among them, as "min kone drikker" did not.
        (
            "min mand drikker",
            "drikker",
            "da",
            "familier-med-rusmiddelproblemer",
            "rusmiddelcenter-randers",
        ),
        (
            "min mand har fået en blodprop",
            "blodprop",
            "da",
            "hjerneskade-paaroerende",
            "hjernecenter-randers",
        ),
        // Daughters and brothers, as sayings: "døtre" and "brødre" are no search words of the family topics, as
        // they start with "dø" (die) and "brød" (bread), so "mine døtre har autisme" listed every autism offer.
        (
            "mine døtre har autisme",
            "autisme",
            "da",
            "familiekonsulenter-boernehandicap",
            "autismecenter-randers",
        ),
        (
            "mine to brødre drikker",
            "drikker",
            "da",
            "familier-med-rusmiddelproblemer",
            "rusmiddelcenter-randers",
        ),
    ] {
        let (result, found_ids) = searched_in(typed, lang);
        assert!(!result.partial, "{typed}");
        assert!(
            found_ids.contains(&for_relatives.to_owned()),
            "{typed}: {found_ids:?}"
        );
        let person = ids(&result.for_the_person);
        assert!(
            person.contains(&for_the_person.to_owned()),
            "{typed}: {person:?}"
        );
        // Together, every offer the need alone finds, each once.
        let mut both = found_ids.clone();
        both.extend(person);
        assert_eq!(sorted(both), sorted(found_in(need, lang)), "{typed}");
    }
    // Not without who is involved, nor by who alone, nor by who in a word of no topic ("mand" without "min" is
    // left out), nor in a partial fit (which already lists the offers with either word), nor under a crisis.
    for typed in [
        "deprimeret",
        "min kone",
        "en mand har fået en blodprop",
        "manden drikker",
        "min søn er deprimeret",
        "min kone vil tage sit liv",
    ] {
        let (result, _) = searched(typed);
        assert!(
            result.for_the_person.is_empty(),
            "{typed}: {:?}",
            ids(&result.for_the_person)
        );
    }
}

#[test]
fn who_is_involved_narrows_nothing_to_offers_made_for_a_condition_not_named() {
    // The autism centre has "far" among its topics' words and "ensom" in its text; it alone was listed for a
    // lonely father, and the drop-in places apart, for him. The autism transition project alone was listed for a
    // mother with no job.
    for (typed, need, lang, not_first) in [
        ("min far er ensom", "ensom", "da", "autismecenter-randers"),
        ("my dad is lonely", "lonely", "en", "autismecenter-randers"),
        (
            "min mor har ingen job",
            "ingen job",
            "da",
            "autisme-overgang-16-30",
        ),
    ] {
        let (result, ids) = searched_in(typed, lang);
        assert!(
            result.for_the_person.is_empty() && !result.partial,
            "{typed}"
        );
        assert_eq!(sorted(ids.clone()), sorted(found_in(need, lang)), "{typed}");
        assert_ne!(first(&ids), Some(not_first), "{typed}");
    }
    // An offer for relatives made for what the words name still narrows the list.
    assert!(!searched("min søn har autisme").0.for_the_person.is_empty());
}

#[test]
fn a_phrase_lifts_no_offer_only_for_relatives_of_a_condition_not_named() {
    // The respite for children with a handicap says to apply through a social worker: by that phrase it came
    // second for "social worker", before the offers that have one to talk to.
    for lang in ["da", "en"] {
        let ids = searched_in("social worker", lang).1;
        assert_eq!(
            ids.last().map(String::as_str),
            Some("aflastning-boern-handicap"),
            "{lang}: {ids:?}"
        );
    }
    // An offer for the person, made for a condition, is still lifted by its phrase.
    assert_eq!(
        first(&found("jeg vil gerne hjælpe andre")),
        Some("peeruddannelsen")
    );
}

#[test]
fn a_kind_of_help_names_no_offer_only_for_relatives_of_a_condition_not_named() {
    // "Talk groups for relatives of people with brain injury" came first for "I need someone to talk to", by the
    // "talk" of its English name, before the offers that have someone to talk to for the person.
    for typed in ["I need someone to talk to", "someone to talk to", "talk"] {
        let ids = searched_in(typed, "en").1;
        assert_eq!(
            first(&ids),
            first(&found_in("nogen at tale med", "da")),
            "{typed}: {ids:?}"
        );
        assert!(
            ids.contains(&"hjerneskade-paaroerende".to_owned()),
            "{typed}: {ids:?}"
        );
    }
    // Its other words still name it, as does whom an offer for relatives is for.
    assert_eq!(
        first(&found_in("talk groups", "en")),
        Some("hjerneskade-paaroerende")
    );
    assert_eq!(
        first(&found("samtalegrupper")),
        Some("hjerneskade-paaroerende")
    );
    assert_eq!(first(&found("søskende")), Some("soeskendegrupper"));
    assert_eq!(first(&found_in("siblings", "en")), Some("soeskendegrupper"));
}

/// Offers a partial fit finds only by who is involved are said to be found by those words: "min far er død" listed
/// the offers for relatives of people with autism or a brain injury, as if they fitted a death.
#[test]
fn offers_found_only_by_who_is_involved_are_named_by_those_words() {
    for (typed, lang, who) in [
        ("min far er død", "da", "far"),
        ("min mor har demens", "da", "mor"),
        ("my son has adhd", "en", "son"),
        ("My Husband died", "en", "Husband"),
    ] {
        let (result, ids) = searched_in(typed, lang);
        assert!(result.partial && !ids.is_empty(), "{typed}: {ids:?}");
        assert_eq!(result.found_only_by_who, [who], "{typed}");
        // Offers were found, but the page still points on to where one can ask about anything.
        assert!(result.points_on(), "{typed}");
    }
    // Found by a word of the need too, by who is involved alone in a whole fit, or under a crisis: no such words.
    for (typed, lang) in [
        ("min søn har autisme og adhd", "da"),
        ("min far er død og jeg er ensom", "da"),
        ("my daughter has adhd and anxiety", "en"),
        ("min søn", "da"),
        ("autisme adhd", "da"),
    ] {
        let (result, ids) = searched_in(typed, lang);
        assert!(!ids.is_empty() && !result.points_on(), "{typed}");
        assert!(
            result.found_only_by_who.is_empty(),
            "{typed}: {:?}",
            result.found_only_by_who
        );
    }
    assert!(
        searched("min søn vil tage sit liv")
            .0
            .found_only_by_who
            .is_empty()
    );
}

/// Staff name themselves and the citizen they help ("jeg er socialrådgiver", "en borger", "my client"), which says
/// who is involved, not what help is wanted. "jeg er socialrådgiver og har en borger med misbrug" found only the
/// ACT team, whose text names social workers, and "I am a teacher and a pupil has anxiety" fitted in part, with
/// "pupil" named as a word no offer has.
#[test]
fn a_professional_and_the_citizen_they_help_are_words_of_who_is_involved() {
    for (typed, need, lang) in [
        (
            "jeg er socialrådgiver og har en borger med misbrug",
            "misbrug",
            "da",
        ),
        ("jeg er lærer og har en elev med angst", "angst", "da"),
        (
            "jeg er sagsbehandler og har en borger med hjerneskade",
            "hjerneskade",
            "da",
        ),
        ("min klient er hjemløs", "hjemløs", "da"),
        ("patient med psykose", "psykose", "da"),
        ("min kollega har stress", "stress", "da"),
        (
            "I am a social worker with a client who uses drugs",
            "drugs",
            "en",
        ),
        ("I am a teacher and a pupil has anxiety", "anxiety", "en"),
        ("I am a caseworker and my client has autism", "autism", "en"),
        ("my student has autism", "autism", "en"),
        // A friend as the English say it: "my mate is struggling" named "mate" as a word no offer has.
        ("my mate is struggling", "struggling", "en"),
        ("my buddy drinks too much", "drinks", "en"),
        ("jeg er kursist og har angst", "angst", "da"),
        ("jeg er beboer på et bosted og er ensom", "ensom", "da"),
        ("jeg bor på et bosted og er ensom", "ensom", "da"),
        ("jeg er deltager og har en hjerneskade", "hjerneskade", "da"),
        ("I am a resident and I am lonely", "lonely", "en"),
        ("a participant has autism", "autism", "en"),
        // "leder efter" (looks for) found the offers of a "mestringsvejleder" (coping adviser) alone.
        (
            "jeg er sagsbehandler og leder efter et tilbud til en borger med autisme",
            "autisme",
            "da",
        ),
        ("jeg er pensionist og ensom", "ensom", "da"),
        ("I am a pensioner and I am lonely", "lonely", "en"),
        // With no word of the need, a word of who is involved that names no topic is still left out beside one
        // that does: "bekymret for en elev" (worried about a pupil) fitted in part, naming "elev" as a word no
        // offer has, and "I am a teacher worried about a pupil" found the courses for relatives before PPR.
        ("jeg er lærer og bekymret for en elev", "bekymret", "da"),
        ("I am a teacher worried about a pupil", "worried", "en"),
    ] {
        assert_found_as(typed, need, lang);
    }
    // A caseworker who does not answer is a matter for the Citizens' Adviser, as a complaint about one is; alone,
    // "sagsbehandler" is still searched for.
    for (typed, lang) in [
        ("min sagsbehandler svarer ikke", "da"),
        ("kommunen svarer ikke", "da"),
        ("my caseworker does not answer", "en"),
        ("the council doesn't answer", "en"),
    ] {
        let (result, ids) = searched_in(typed, lang);
        assert!(!result.partial, "{typed}: {:?}", result.not_found);
        assert_eq!(first(&ids), Some("borgerraadgiveren"), "{typed}: {ids:?}");
    }
    assert!(!found("sagsbehandler").is_empty());
}

/// Going to school says who is asking, not what about: "jeg går i skole og har angst" found the peer education
/// alone, as "skole" is a word of work and education, while "jeg er elev og har angst" found the offers about
/// anxiety. A child who will not or does not go to school is still a matter of school.
#[test]
fn going_to_school_says_who_is_asking() {
    for (typed, need, lang) in [
        ("jeg går i skole og har angst", "angst", "da"),
        ("jeg går på gymnasiet og har angst", "angst", "da"),
        ("jeg går på uni og er ensom", "ensom", "da"),
        ("I go to school and have anxiety", "anxiety", "en"),
        ("I am at college and I drink too much", "drink", "en"),
    ] {
        assert_found_alike(typed, need, lang);
    }
    for (typed, lang) in [
        ("min søn vil ikke gå i skole", "da"),
        ("min søn går ikke i skole", "da"),
        ("my son doesn't go to school", "en"),
    ] {
        // The school offers may be set apart as the child's own, after those for the family.
        let (result, ids) = searched_in(typed, lang);
        let person = result.for_the_person.iter().map(|offer| offer.id.as_str());
        let listed: Vec<&str> = ids.iter().map(String::as_str).chain(person).collect();
        assert_eq!(first(&ids), Some("ppr"), "{typed}: {ids:?}");
        assert!(listed.contains(&"jobrus"), "{typed}: {listed:?}");
    }
}

/// Sons, daughters, brothers and sisters, more than one, say who is involved as one does: "mine døtre har autisme"
/// named "døtre" as a word no offer has, "mine søstre har angst" read "søstre" as "søster" and listed one offer,
/// and "my brothers drink" did not set apart the offers for the person who drinks, as "my brother drinks" does.
/// So do a little or big brother or sister, a half-, step- or twin sibling and an in-law: "min lillebror har
/// autisme" named "lillebror" as a word no offer has, and "min storesøster drikker" was read as "søster" but
/// listed every offer about drinking, not those for relatives first.
#[test]
fn several_sons_daughters_brothers_or_sisters_are_who_is_involved() {
    let person = |found: &Found| -> Vec<String> {
        found
            .for_the_person
            .iter()
            .map(|offer| offer.id.clone())
            .collect()
    };
    for (several, one, lang) in [
        ("mine søstre har angst", "min søster har angst", "da"),
        ("mine sønner har autisme", "min søn har autisme", "da"),
        ("my sons have autism", "my son has autism", "en"),
        ("my brothers drink", "my brother drinks", "en"),
        ("my sisters drink", "my sister drinks", "en"),
        ("min lillebror har autisme", "min bror har autisme", "da"),
        ("min storesøster drikker", "min søster drikker", "da"),
        ("min halvsøster har angst", "min søster har angst", "da"),
        ("min tvillingebror drikker", "min bror drikker", "da"),
        ("min svoger drikker", "min bror drikker", "da"),
        (
            "my little brother has autism",
            "my brother has autism",
            "en",
        ),
        ("my big sister drinks", "my sister drinks", "en"),
        ("my twin sister has autism", "my sister has autism", "en"),
        ("my stepsister drinks", "my sister drinks", "en"),
        // "hubby" was read as "hobby".
        ("my hubby drinks", "my husband drinks", "en"),
    ] {
        let (several_found, several_ids) = searched_in(several, lang);
        let (one_found, one_ids) = searched_in(one, lang);
        assert!(several_found.corrected.is_empty(), "{several}");
        assert!(!several_ids.is_empty(), "{several}");
        assert_eq!(several_ids, one_ids, "{several}");
        assert_eq!(person(&several_found), person(&one_found), "{several}");
    }
    // "døtre" and "brødre" are no search words of the family topics (they start "dø" and "brød"), but "mine døtre"
    // and "mine brødre" are sayings for them: they set the family's offers apart as one daughter or brother does
    // (`offers_for_the_person_follow_those_for_relatives`), and are no typos.
    for typed in ["mine døtre har autisme", "mine brødre drikker"] {
        let (result, ids) = searched(typed);
        assert!(result.corrected.is_empty() && !result.partial, "{typed}");
        assert!(!ids.is_empty() && !person(&result).is_empty(), "{typed}");
    }
}

/// Neighbours, grandparents, in-laws, aunts and uncles, step- and foster family say who is involved, as "ven" does:
/// "min nabo er ensom" and "mit barnebarn har autisme" fitted in part, naming "nabo" and "barnebarn" as words no
/// offer has. A grandparent, like a parent, is a grown-up: the offers for children only are set apart.
#[test]
fn neighbours_and_the_wider_family_are_words_of_who_is_involved() {
    for (typed, need, lang) in [
        ("min nabo er ensom", "ensom", "da"),
        ("mit barnebarn har autisme", "autisme", "da"),
        ("min onkel er alkoholiker", "alkoholiker", "da"),
        ("min svigermor har haft en blodprop", "blodprop", "da"),
        ("min plejesøn har autisme", "autisme", "da"),
        ("my neighbour is lonely", "lonely", "en"),
        ("my grandson has autism", "autism", "en"),
        ("my cousin takes drugs", "drugs", "en"),
    ] {
        assert_found_alike(typed, need, lang);
    }
    for (typed, lang) in [
        ("min mormor har et handicap", "da"),
        ("my grandma has a disability", "en"),
    ] {
        let (result, ids) = searched_in(typed, lang);
        assert!(!ids.iter().any(|id| id == "ppr"), "{typed}: {ids:?}");
        assert!(
            result.other_age.iter().any(|(offer, _)| offer.id == "ppr"),
            "{typed}"
        );
    }
}

/// Growing up with a parent who drank is a relative's search: "jeg er vokset op med en alkoholiker" found Perron 4
/// alone, as "vokset" (grown) started its "voksne" (adults), and "I grew up with an alcoholic" fitted in part,
/// naming "grew". Worry about a friend finds what worry alone finds: "jeg er bekymret for min ven" found the autism
/// centre alone, whose topics have "bekymret" and "venner", while "I'm worried about my friend" found every offer
/// for relatives.
#[test]
fn growing_up_with_drinking_and_worry_for_a_friend_are_a_relatives_searches() {
    let for_families = ["familier-med-rusmiddelproblemer".to_owned()];
    for (typed, lang) in [
        ("jeg er vokset op med en alkoholiker", "da"),
        ("jeg er vokset op med misbrug", "da"),
        ("jeg er vokset op med en far der drak", "da"),
        ("I grew up with an alcoholic", "en"),
        ("I grew up with an alcoholic parent", "en"),
        ("my dad drank", "en"),
    ] {
        assert_eq!(found_in(typed, lang), for_families, "{typed}");
    }
    // Growing up with a condition of one's own is no relative's search.
    assert_eq!(
        found("jeg er vokset op med autisme"),
        found("jeg har autisme")
    );
    assert_found_as("jeg er bekymret for min ven", "bekymret", "da");
    assert_found_as("bekymret for en veninde", "bekymret", "da");
    assert_found_as("I drank too much last night", "drank", "en");
}
