//! Words as the search compares them: folding, where a word is found, inflection endings, the page's language,
//! and that nothing people type breaks it.

use super::*;

#[test]
fn folding_spells_out_danish_letters_and_drops_case_accents_and_punctuation() {
    assert_eq!(folded("Hjælp til HJEMLØSE"), "hjaelp til hjemloese");
    assert_eq!(
        folded("Åben café – ACT-indsatsen!"),
        "aaben cafe act indsatsen "
    );
    assert_eq!(folded("Müller, Ærø"), "muller aeroe");
}

#[test]
fn a_blank_query_finds_every_offer_in_the_order_given() {
    let b = bundle();
    let alphabetical: Vec<String> = b
        .catalogue
        .offers_by_name(Lang("da"))
        .iter()
        .map(|offer| offer.id.clone())
        .collect();
    assert!(Query::parse(" – ").is_empty());
    assert_eq!(found(""), alphabetical);
    assert_eq!(found("  ,. "), alphabetical);
}

#[test]
fn danish_letters_may_be_typed_out_and_case_does_not_matter() {
    let with_letters = found("Søskende");
    assert_eq!(first(&with_letters), Some("soeskendegrupper"));
    assert_eq!(found("soeskende"), with_letters);
    assert_eq!(found("SØSKENDE"), with_letters);
}

#[test]
fn every_word_must_be_found_and_part_of_a_word_is_enough() {
    let housing = found("bolig");
    for id in ["boliger-unge-autisme", "skaeve-boliger"] {
        assert!(housing.contains(&id.to_owned()), "{id} in {housing:?}");
    }
    assert_eq!(found("autisme bolig"), ["boliger-unge-autisme"]);
    assert_eq!(found("bolig autisme"), found("autisme bolig"));
    assert!(found("perron xyzzy").is_empty());
}

#[test]
fn a_short_word_is_found_only_where_a_word_starts() {
    // "sorg" (grief) is inside "forsorgshjemmet", the shelter that "Hjælp til hjemløse" names.
    assert!(found("sorg").is_empty(), "{:?}", found("sorg"));
    assert!(found("forsorgshjem").contains(&"hjemloese-hjaelp".to_owned()));
    // A short word that starts a word is found; a longer one also inside a word, after a compound's first part.
    assert!(found("ung").contains(&"jobrus".to_owned()));
    assert!(found("hjem").contains(&"hjemloese-hjaelp".to_owned()));
    assert!(found("rystelse").contains(&"hjernecenter-randers".to_owned()));
}

#[test]
fn a_search_for_cancer_finds_no_offer_through_a_word_for_strength() {
    // No offer in the catalogue is about cancer. "kræft" starts "kræfter" (strength), which the coaching offer's
    // summary used, so a person with cancer was shown it as if it were for them. Search by word start cannot tell
    // the two apart, so the texts avoid the word.
    assert!(found("kræft").is_empty(), "{:?}", found("kræft"));
}

#[test]
fn inside_a_word_a_longer_word_is_found_only_after_the_first_part_of_a_compound() {
    // "skade" after "hjerne", "rådgivning" after "telefon": the first part of a compound has four letters or more.
    assert!(found("skade").contains(&"hjernecenter-randers".to_owned()));
    let advice = found("rådgivning");
    assert!(advice.contains(&"hjerneskadeforeningen-raadgivning".to_owned()));
    // After a prefix of fewer letters the word means something else: the elderly are not parents, nor "dannelse"
    // (culture) education, nor "other" a mother.
    assert!(found("ældre").is_empty(), "{:?}", found("ældre"));
    assert!(found("forældre").contains(&"ppr".to_owned()));
    assert!(!found("dannelse").contains(&"jobrus".to_owned()));
    assert!(found("uddannelse").contains(&"jobrus".to_owned()));
    assert!(!found("other").contains(&"soeskendegrupper".to_owned()));
}

#[test]
fn topic_labels_find_offers_whose_texts_do_not_use_the_word() {
    let b = bundle();
    // "hash" is in the topic's label ("Alkohol, hash eller andre stoffer"), not in JobRus's own texts.
    let jobrus = b.catalogue.offer("jobrus").unwrap();
    let own = folded(&format!(
        "{:?} {:?} {:?}",
        jobrus.name, jobrus.summary, jobrus.first_step
    ));
    assert!(!own.contains("hash"));
    assert!(found("hash").contains(&"jobrus".to_owned()));
}

#[test]
fn editors_search_words_find_a_topics_offers() {
    // "misbrug" is in no offer's texts about drugs; the topic's search words carry it.
    let misuse = found("misbrug");
    for id in ["rusmiddelcenter-randers", "jobrus", "cafe-rusfri"] {
        assert!(misuse.contains(&id.to_owned()), "{id} in {misuse:?}");
    }
    assert!(!found("stress").is_empty());
}

#[test]
fn every_offer_is_found_by_its_own_name_on_the_page_in_that_language() {
    for offer in &shared().catalogue.offers {
        for (lang, name) in &offer.name.0 {
            assert!(found_in(name, lang).contains(&offer.id), "{lang}: {name}");
        }
    }
}

#[test]
fn a_word_is_looked_for_in_the_pages_language_and_only_a_word_it_lacks_in_the_others() {
    // "mad" (food) is Perron 4's meals on the Danish page, and the English "made" on the English page.
    assert_eq!(found("mad"), ["perron-4"]);
    assert!(found_in("mad", "en").contains(&"mit-liv-min-plan".to_owned()));
    assert!(!found_in("mad", "en").contains(&"perron-4".to_owned()));
    // "act" is only the ACT team's name in Danish; in English it also starts "activities".
    assert_eq!(found("act"), ["act-indsatsen"]);
    // "fri" (free, off) is not "friends" on the Danish page.
    assert!(!found("fri").contains(&"perron-4".to_owned()));
    assert!(found_in("fri", "en").contains(&"perron-4".to_owned()));
    // A word of the other language, which no offer has in the page's language, finds what it names there (each
    // page lists in its own alphabetical order).
    assert_eq!(
        sorted(found("homeless")),
        sorted(found_in("homeless", "en"))
    );
    assert_eq!(
        sorted(found_in("hjemløse", "en")),
        sorted(found("hjemløse"))
    );
    assert_eq!(sorted(found_in("autisme", "en")), sorted(found("autisme")));
    // The English name of the autism centre on the Danish page finds it first: "centre" (also the Danish plural
    // of "center") and "Randers" say nothing of an offer, as every offer is in Randers.
    let (english_name, ids) = searched("Autismecenter Randers (autism centre)");
    assert!(!english_name.partial);
    assert_eq!(first(&ids), Some("autismecenter-randers"));
    // The crisis check looks in every language: "suicide" on the Danish page points to crisis help.
    assert!(is_acute("suicide"));
}

#[test]
fn a_word_the_options_have_in_the_pages_language_is_not_looked_for_in_another() {
    // "dø" (die) is in the Danish search words of the self-harm option ("vil dø"). No offer has it in Danish, and
    // folded ("doe") it starts the English "does" in a summary: "jeg vil dø" listed the brain-injury association's
    // phone counselling under the way to crisis help.
    for typed in ["dø", "doe", "jeg vil dø"] {
        assert_eq!(found(typed), Vec::<String>::new(), "{typed}");
    }
    // A word that is not one of the options' Danish words still finds what it names in English.
    assert!(!found("does").is_empty());
    // On the English page, a Danish word is still looked for in Danish.
    assert_eq!(sorted(found_in("børn", "en")), sorted(found("børn")));
}

/// Two letters are looked for only as a whole word when an offer has them as one ("AA", above), else as the start
/// of longer words, as a search runs while one types: "al" on the way to "alkohol" keeps what starts with it, as
/// does a single letter, though the texts have some alone ("b" and "e" of addresses and names).
#[test]
fn the_first_letters_of_a_word_find_what_starts_with_them() {
    for (typed, word) in [
        ("al", "alkohol"),
        ("bo", "bolig"),
        ("b", "bolig"),
        ("e", "ensom"),
        ("au", "autisme"),
    ] {
        let started = found(typed);
        for id in found(word) {
            assert!(started.contains(&id), "{typed} on the way to {word}: {id}");
        }
    }
}

#[test]
fn one_word_or_words_no_offer_has_find_nothing_and_nothing_in_part() {
    for (typed, lang) in [
        ("xyzzy", "da"),
        ("xyzzy qwerty", "da"),
        ("sorg", "da"),
        // Needs no offer is for, which found one by a word of its text: "long covid" Autismecenter Randers, whose
        // first step tells how it was during covid, and "new to Denmark" the clinic of the Central Denmark Region.
        ("jeg har long covid", "da"),
        ("I have long covid", "en"),
        ("jeg er ny i Danmark", "da"),
        ("we are new to Denmark", "en"),
        // Care at home for someone old or ill (hjemmehjælp), which no source names: "home help" listed the help for
        // homeless people first, as "home" starts "homeless".
        ("home help", "en"),
        ("home care", "en"),
        ("hjemmehjælp", "da"),
    ] {
        let (result, ids) = searched_in(typed, lang);
        assert!(ids.is_empty(), "{typed}: {ids:?}");
        assert!(!result.partial, "{typed}");
        assert!(result.not_found.is_empty(), "{typed}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(crate::common::proptest_cases(2000)))]

    #[test]
    fn what_people_type_never_panics_and_finds_a_subset(typed in "\\PC{0,40}") {
        let b = shared();
        let hits = found(&typed);
        prop_assert!(hits.len() <= b.catalogue.offers.len());
        let mut unique = hits.clone();
        unique.sort();
        unique.dedup();
        prop_assert_eq!(unique.len(), hits.len());
    }

    #[test]
    fn a_search_finds_whatever_one_of_its_words_finds_and_names_only_words_that_find_nothing(
        words in proptest::collection::vec(
            prop_oneof![
                proptest::sample::select(vec!["autisme", "datter", "ven", "ked", "bolig", "drikker", "ensom", "min", "har"])
                    .prop_map(String::from),
                "[a-zæøå]{1,6}",
            ],
            1..5,
        ),
        lang in proptest::sample::select(vec!["da", "en"]),
    ) {
        let b = shared();
        let typed = words.join(" ");
        let (result, ids) = searched_in(&typed, lang);
        // Not where a word is acute alone only as the start of a crisis word being typed ("befø"), listing no
        // offer, but no crisis word before another ("befø autisme").
        prop_assume!(result.acute || !words.iter().any(|word| is_acute(word)));
        let alone: Vec<Vec<String>> = words.iter().map(|word| found_in(word, lang)).collect();
        // A search that is not partial shows only offers with every word; an acute one ("autisme ihæl", a typo of
        // "ihjel") those with every calm word. A word that only says who is involved ("ven" in "ven ked") may be
        // left out beside the others.
        let people = b.questions.search_people_words.0.values().cloned().collect::<Vec<_>>().join(",");
        let says_who = |word: &str| people.split(',').any(|known| known.trim() == word);
        if !result.acute && !result.partial {
            for id in &ids {
                prop_assert!(
                    alone.iter().zip(&words).all(|(hits, word)| hits.contains(id) || says_who(word)),
                    "{} lacks a word of {}", id, typed
                );
            }
        }
        // Ignored words alone find every offer; a word that finds something alone is never left without a result,
        // unless the search is acute, and the way to crisis help comes first, or the word only says who is
        // involved, beside another.
        let finds_alone = |(hits, word): (&Vec<String>, &String)| {
            !hits.is_empty() && hits.len() < b.catalogue.offers.len() && (words.len() == 1 || !says_who(word))
        };
        if !result.acute && alone.iter().zip(&words).any(finds_alone) {
            prop_assert!(!ids.is_empty(), "{} found nothing", typed);
        }
        // Every offer shown has at least one of the words, and each word named as not found finds nothing alone.
        for id in &ids {
            prop_assert!(alone.iter().any(|hits| hits.contains(id)), "{} has none of {}", id, typed);
        }
        for word in &result.not_found {
            prop_assert!(found_in(word, lang).is_empty(), "{} was named but finds offers", word);
        }
        prop_assert!(result.partial || result.not_found.is_empty());
        // The offers for the person it is about are none of those shown, and have every word but those of who is
        // involved; never in a partial fit or under a crisis.
        for offer in &result.for_the_person {
            prop_assert!(!ids.contains(&offer.id), "{} twice for {}", offer.id, typed);
            prop_assert!(
                alone.iter().zip(&words).all(|(hits, word)| hits.contains(&offer.id) || says_who(word)),
                "{} lacks a word of {}", offer.id, typed
            );
        }
        prop_assert!(result.for_the_person.is_empty() || !(result.partial || result.acute));
    }

    /// A stated age sets offers apart: what fits it and what is for another age are together what the words find
    /// without it, and each is where its limits put it. Only when every offer found is for another age may more
    /// follow, those for the age with the most of the words, said to fit in part.
    #[test]
    fn a_stated_age_only_sets_offers_apart(
        need in proptest::sample::select(vec!["angst", "autisme", "hash", "hjemløs", "ensom", "hjerneskade", "job", ""]),
        age in 0u8..=120,
        way in proptest::sample::select(vec!["jeg er {} og har", "{} årig med", "{}-årig med", "min søn på {} år har"]),
    ) {
        let typed = format!("{} {need}", way.replace("{}", &age.to_string()));
        let (result, mut ids) = searched(&typed);
        prop_assert_eq!(result.age, Some(age), "{}", typed);
        for (offer, exclusions) in &result.other_age {
            prop_assert_eq!(exclusions, &age_exclusions(offer, age));
            prop_assert!(!exclusions.is_empty(), "{} set apart for {}", offer.id, typed);
        }
        let fitting = result.offers.iter().chain(&result.for_the_person);
        prop_assert!(fitting.clone().all(|offer| age_exclusions(offer, age).is_empty()));
        ids.extend(result.for_the_person.iter().chain(result.other_age.iter().map(|(offer, _)| offer)).map(|offer| offer.id.clone()));
        let without = way.replace("{}", "").replace("årig", "").replace("år", "");
        let (plain, mut plain_ids) = searched(&format!("{without} {need}"));
        plain_ids.extend(plain.for_the_person.iter().map(|offer| offer.id.clone()));
        let (union, plain_ids) = (sorted(ids), sorted(plain_ids));
        prop_assert!(plain_ids.iter().all(|id| union.contains(id)), "{} lost offers", typed);
        prop_assert!(union == plain_ids || result.partial, "{} added offers as a whole fit", typed);
    }

    #[test]
    fn a_word_naming_a_need_still_finds_offers_with_one_typo(
        word in proptest::sample::select(vec![
            "autisme", "alkohol", "hjerneskade", "ensomhed", "handicap", "depression", "misbrug", "borgerrådgiveren",
        ]),
        at in 0usize..6,
        kind in 0u8..4,
        letter in proptest::sample::select(vec!['a', 'e', 'i', 'k', 'r', 's', 't', 'ø']),
    ) {
        // A letter swapped with the next, left out, added or changed; the first only left out or swapped, as a
        // key added or changed there must touch it (`a_typo_in_the_first_letter_is_read_only_from_a_key_beside_it`).
        prop_assume!(at > 0 || kind < 2);
        let mut letters: Vec<char> = word.chars().collect();
        match kind {
            0 => letters.swap(at, at + 1),
            1 => drop(letters.remove(at)),
            2 => letters.insert(at, letter),
            _ => letters[at] = letter,
        }
        let typed: String = letters.into_iter().collect();
        prop_assert!(!found(&typed).is_empty(), "{} (from {}) finds nothing", typed, word);
    }

    #[test]
    fn another_word_never_finds_more(
        first in "[a-zæøå]{1,6}",
        second in "[a-zæøå ]{1,6}",
        lang in proptest::sample::select(vec!["da", "en"]),
    ) {
        // Not after an acute word alone, which lists only offers with it: "aæsk" (a typo of "tæsk", a beating)
        // lists none, and "aæsk ø" the offers that have "ø", as any search for it does.
        prop_assume!(!is_acute(&first));
        // Nor after a word that only says who is involved, which is left out beside any other word: "ung" lists
        // the offers for young people, and "ung ø" those that have "ø".
        let people = &shared().questions.search_people_words;
        prop_assume!(!people.0.values().flat_map(|words| words.split(',')).any(|word| folded(word).trim() == folded(&first)));
        let narrower = found_in(&format!("{first} {second}"), lang);
        let wider = found_in(&first, lang);
        prop_assert!(narrower.iter().all(|id| wider.contains(id)));
    }
}

#[test]
fn dashes_quotes_and_symbols_separate_words_and_other_scripts_find_nothing() {
    assert_eq!(
        folded("ACT–indsatsen «ung» 16×30"),
        "act indsatsen ung 16 30"
    );
    assert!(found("Ψυχική").is_empty());
    assert!(found("психіатрія").is_empty());
    // A character whose UTF-8 ends in two equal bytes (U+2082, "₂"), before an ending: nothing to undouble there.
    assert!(found("kurs₂e").is_empty());
    assert!(!is_acute("vold₂e"));
}

#[test]
fn a_pasted_text_is_searched_by_its_first_words_and_read_to_its_end_for_crisis_words() {
    let autism = found("autisme");
    let filler = vec!["autisme"; SEARCHED_WORDS].join(" ");
    // Up to the limit, every word counts.
    let (whole, _) = searched(&filler);
    assert_eq!(whole.words_left_out, 0);
    // A word after it is not searched for, and the page is told how many were left out: "hjerneskade" would
    // have made this a partial fit naming it back.
    let (result, ids) = searched(&format!("{filler} hjerneskade pension"));
    assert_eq!(ids, autism);
    assert!(!result.partial && result.not_found.is_empty(), "{result:?}");
    assert_eq!(result.words_left_out, 2);
    assert!(searched(&format!("{filler} hjerneskade")).0.words_left_out == 1);
    // Nor does "uden henvisning" after them narrow the offers.
    assert!(!searched(&format!("{filler} uden henvisning")).0.no_referral);
    assert!(searched("autisme uden henvisning").0.no_referral);
    // A crisis word at the end of a long text still points to crisis help, with its line.
    let (result, _) = searched(&format!("{filler} og jeg tænker på selvmord"));
    assert!(result.acute, "{result:?}");
    assert!(
        result.lines.iter().any(|line| line.id == "livslinien"),
        "{result:?}"
    );
    // A pasted page of text is read without trouble.
    let page = "Min søn på 17 har autisme og går ikke i skole. ".repeat(400);
    assert_eq!(searched(&page).0.words_left_out, 11 * 400 - SEARCHED_WORDS);
}

#[test]
fn a_word_is_found_without_its_inflection_ending() {
    // Definite and plural forms, past participles, a doubled consonant and the genitive find what the plain word
    // finds; each of them used to find nothing.
    for (inflected, plain) in [
        ("boligen", "bolig"),
        ("forældrene", "forældre"),
        ("kurserne", "kurser"),
        ("ensomme", "ensom"),
        ("handicappede", "handicap"),
        ("hjerneskadet", "hjerneskade"),
        ("pårørendes", "pårørende"),
        ("arbejdsløse", "arbejdsløs"),
        ("parents", "parent"),
    ] {
        let plain_found = found(plain);
        assert!(!plain_found.is_empty(), "{plain}");
        assert_eq!(
            found(inflected),
            plain_found,
            "{inflected} finds what {plain} finds"
        );
    }
    // A place named by its definite form finds the offer of that name first, and what has the definite form too:
    // "rusmiddelcentret" found only Café Rusfri, whose text has that word, not Rusmiddelcenter Randers.
    for (definite, offer) in [
        ("rusmiddelcentret", "rusmiddelcenter-randers"),
        ("Autismecentret", "autismecenter-randers"),
        ("hjernecentrets", "hjernecenter-randers"),
        ("aktivitetscentret", "aktivitetscenter-randers"),
    ] {
        let (result, ids) = searched(definite);
        assert_eq!(first(&ids), Some(offer), "{definite}: {ids:?}");
        assert!(
            result.corrected.is_empty(),
            "{definite} is no typo: {result:?}"
        );
    }
    assert!(found("rusmiddelcentret").contains(&"cafe-rusfri".to_owned()));
    // A number in a name said as a word, as voice typing may write it, or the name in English: "perron fire" found
    // only the housing projects, whose text says there are "fire" of them, one at Perron 4.
    for (typed, lang) in [
        ("perron fire", "da"),
        ("perron four", "en"),
        ("platform 4", "en"),
    ] {
        assert_eq!(found_in(typed, lang), found_in("perron 4", lang), "{typed}");
    }
    // A form some offer has as it is still finds the offers with the plain word: "psykiske" is in one text,
    // "psykisk" in many.
    let psychic = found("psykiske");
    assert!(psychic.len() > 1, "{psychic:?}");
    assert_eq!(psychic, found("psykisk"));
}
