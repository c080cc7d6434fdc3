//! The order of the offers found, and what the page shows of a whole or a partial fit.

use super::*;

#[test]
fn offers_named_by_the_query_come_first() {
    // On the English page, "act" also starts "Activity", and "Activity and leisure coordinator" comes before "The
    // ACT team" in the alphabet: a whole word of a name comes before the start of one.
    let act = found_in("act", "en");
    assert_eq!(act[..2], ["act-indsatsen", "aktivitets-fritidskoordinator"]);
    assert_eq!(first(&found("perron")), Some("perron-4"));
    // Asking what an offer's word means, or calling it as people do: "hvad betyder recovery" and "skæve huse"
    // fitted in part, naming "betyder" and "huse" as words no offer has.
    for (typed, id) in [
        ("hvad betyder recovery", "recoveryskolen"),
        ("skæve huse", "skaeve-boliger"),
        ("skævt hus", "skaeve-boliger"),
    ] {
        let (result, ids) = searched(typed);
        assert!(!result.partial && result.corrected.is_empty(), "{typed}");
        assert_eq!(ids, [id], "{typed}");
    }
}

#[test]
fn offers_about_the_query_above_all_come_next() {
    // Rusmiddelcenter Randers is about alcohol and drugs; Perron 4 and the ACT team are about them among much else.
    let alcohol = found("alkohol");
    let place = |id: &str| alcohol.iter().position(|found| found == id).unwrap();
    for main in ["rusmiddelcenter-randers", "cafe-rusfri", "jobrus"] {
        for side in ["perron-4", "act-indsatsen"] {
            assert!(
                place(main) < place(side),
                "{main} before {side} in {alcohol:?}"
            );
        }
    }
    // The main topic's search words count too, and a name still comes first.
    let depression = found("depression");
    assert!(
        depression.iter().position(|id| id == "psykiatriens-hus")
            < depression.iter().position(|id| id == "act-indsatsen")
    );
    assert_eq!(first(&found("rusfri")), Some("cafe-rusfri"));
    // A word two main topics' labels share counts first where the editors listed it as a search word too:
    // "psykisk" is in the labels of mental health and of "Fysisk eller psykisk handicap", and listed the
    // disability offers first, by their names' order; "psykisk handicap" still finds those.
    for typed in ["psykisk", "psykiske problemer"] {
        let ids = found(typed);
        let place = |id: &str| ids.iter().position(|found| found == id).unwrap();
        assert!(
            place("psykiatriens-hus") < place("aflastning-boern-handicap"),
            "{typed}: {ids:?}"
        );
    }
    assert_eq!(
        first(&found("psykisk handicap")),
        Some("aflastning-boern-handicap")
    );
}

#[test]
fn an_offer_whose_own_text_has_the_words_as_typed_comes_before_one_about_them() {
    // The peer education teaches "at hjælpe andre" (to help others); "andre" is also in the substance offers'
    // topic "Alkohol og andre stoffer", which put them first. In a sentence too, around the words in a row.
    for (typed, lang) in [
        ("hjælpe andre", "da"),
        ("jeg vil gerne hjælpe andre", "da"),
        ("help others", "en"),
        ("I want to help others", "en"),
    ] {
        let ids = found_in(typed, lang);
        assert_eq!(first(&ids), Some("peeruddannelsen"), "{typed}: {ids:?}");
        assert!(ids.contains(&"cafe-rusfri".to_owned()), "{typed}: {ids:?}");
    }
    // Not in a row, or only some of the words: the order is by main topic, as before. (A run without every word
    // of need would reorder a sentence by its small words: see `verbs_and_times_around_a_need_are_left_out`.)
    let apart = found("andre hjælpe");
    assert_ne!(first(&apart), Some("peeruddannelsen"));
    // A phrase in a topic's label, which many offers share, counts as the topic: the offers about drugs above all
    // still come before the ACT team, which is about them among much else.
    let drugs = found("andre stoffer");
    let place = |id: &str| drugs.iter().position(|found| found == id).unwrap();
    assert!(place("cafe-rusfri") < place("act-indsatsen"), "{drugs:?}");
    // Whole words only: "hjælpe andr" is no phrase of "hjælpe andre".
    assert_ne!(first(&found("hjælpe andr")), Some("peeruddannelsen"));
}

#[test]
fn a_search_some_offers_fit_wholly_shows_only_those() {
    for typed in ["autisme bolig", "min søn har autisme", "alkohol", "perron"] {
        let (result, ids) = searched(typed);
        assert!(!result.partial, "{typed}");
        assert!(result.not_found.is_empty(), "{typed}");
        assert!(!ids.is_empty(), "{typed}");
        for word in typed.split(' ') {
            let alone = found(word);
            assert!(
                ids.iter().all(|id| alone.contains(id)),
                "{typed}: {ids:?} all have {word}"
            );
        }
    }
}

#[test]
fn when_no_offer_has_every_word_the_offers_with_the_most_of_them_are_found() {
    // "datter" (daughter) is a word of the family offers, "ked af det" (sad) of the mental-health ones: no offer has
    // both, and the search used to find nothing at all.
    assert!(found("min datter er ked af det").is_empty());
    let (sad, ids) = searched("min datter er ked af det");
    assert!(sad.partial);
    assert!(sad.not_found.is_empty(), "{:?}", sad.not_found);
    for id in ["ppr", "psykiatriens-hus"] {
        assert!(ids.contains(&id.to_owned()), "{id} in {ids:?}");
    }
    // Three words, no offer with all three: only the offers with two of them, not those with one.
    let (son, ids) = searched("søn autisme drikker");
    assert!(son.partial);
    let pairs = [
        found("søn autisme"),
        found("søn drikker"),
        found("autisme drikker"),
    ];
    assert!(!ids.is_empty());
    for id in &ids {
        assert!(
            pairs.iter().any(|pair| pair.contains(id)),
            "{id} has two of the words"
        );
    }
    assert!(
        !ids.contains(&"autismecenter-randers".to_owned()),
        "only 'autisme': {ids:?}"
    );
}

#[test]
fn in_a_partial_fit_a_word_of_what_an_offer_is_for_counts_before_a_word_of_a_name() {
    // No offer has both "koordinator" and "angst" (anxiety). Two coordinators have the first in their names, the
    // anxiety offers the second as what they are for: those come first, however it is put.
    let anxiety = found("angst");
    for typed in ["koordinator angst", "koordinatoren med angst"] {
        let (result, ids) = searched(typed);
        assert!(result.partial, "{typed}");
        assert!(ids.len() > anxiety.len(), "both kinds are listed: {ids:?}");
        assert_eq!(
            sorted(ids[..anxiety.len()].to_vec()),
            sorted(anxiety.clone()),
            "{typed}"
        );
    }
    // A word only one offer's name has names that offer, and it comes first: "jobrus" (sought as "jobru").
    let (named, ids) = searched("jobrus angst");
    assert!(named.partial);
    assert_eq!(first(&ids), Some("jobrus"));
    assert_eq!(ids.len(), anxiety.len() + 1);
}

/// An offer made for people with a condition the search does not name comes after the offers that fit as well:
/// "Boliger til unge med autisme" was first for someone with no home, before Skæve boliger and the homeless' help.
#[test]
fn among_offers_that_fit_as_well_one_made_for_a_condition_not_searched_for_comes_last() {
    let position = |ids: &[String], id: &str| ids.iter().position(|found| found == id);
    for typed in [
        "jeg har ingen bolig",
        "jeg har ingen steder at sove i nat",
        "nowhere to sleep tonight",
    ] {
        let (_, ids) = searched(typed);
        let autism_housing = position(&ids, "boliger-unge-autisme").expect(typed);
        let skaeve = position(&ids, "skaeve-boliger").expect(typed);
        assert!(skaeve < autism_housing, "{typed}: {ids:?}");
    }
    // Named, the condition counts as any word: "bolig autisme" lists the housing for young people with autism.
    assert_eq!(found("bolig autisme"), ["boliger-unge-autisme"]);
    // It orders only offers that fit as well: a name that has the word still comes first ("autismecenter").
    assert_eq!(
        first(&found("autismecenter")),
        Some("autismecenter-randers")
    );
}

#[test]
fn offers_for_relatives_are_ordered_by_the_need_not_by_who_is_involved() {
    // Every offer for families has "søn" among its topics' search words, none in its name or main topic. Ordered
    // by it too, the respite for children with a handicap came first by name, before the family consultants and
    // the support for young people living at home, whose main topic is autism.
    for (typed, lang) in [
        ("min søn har autisme", "da"),
        ("min søn på 17 år har autisme", "da"),
        ("my son is 17 and has autism", "en"),
    ] {
        let ids = searched_in(typed, lang).1;
        assert_eq!(
            ids[..2],
            [
                "familiekonsulenter-boernehandicap",
                "autisme-unge-hjemmeboende"
            ],
            "{typed}"
        );
    }
    // Where the need is the main topic of the respite ("udviklingshæmning" is a disability), it comes first.
    assert_eq!(
        first(&found("min søn har udviklingshæmning")),
        Some("aflastning-boern-handicap")
    );
}

/// The page builds its sections anew only when a search shows something else: the same search again shows the same,
/// and a difference in any one thing it shows is seen, whichever field holds it.
#[test]
fn a_search_shows_the_same_as_another_only_when_everything_it_shows_is_the_same() {
    let (base, _) = searched("min dreng på 12 år har autisme og går ikke i skole");
    assert!(
        base.shows_the_same_as(&searched("min dreng på 12 år har autisme og går ikke i skole").0)
    );
    assert!(!base.shows_the_same_as(&searched("autisme").0));
    let offer = &shared().catalogue.offers[0];
    let line = &shared().catalogue.crisis_lines[0];
    type Change = fn(&mut Found<'static>, &'static Offer, &'static CrisisLine);
    let changes: [(&str, Change); 16] = [
        ("offers", |f, o, _| f.offers.push(o)),
        ("partial", |f, _, _| f.partial = !f.partial),
        ("not_found", |f, _, _| {
            f.not_found.push("pension".to_owned())
        }),
        ("corrected", |f, _, _| {
            f.corrected.push(("skolle".to_owned(), "skole".to_owned()))
        }),
        ("acute", |f, _, _| f.acute = !f.acute),
        ("lines", |f, _, l| f.lines.push(l)),
        ("found_only_by_who", |f, _, _| {
            f.found_only_by_who.push("søn".to_owned())
        }),
        ("for_the_person", |f, o, _| f.for_the_person.push(o)),
        ("no_referral", |f, _, _| f.no_referral = !f.no_referral),
        ("walk_in", |f, _, _| f.walk_in = !f.walk_in),
        ("asks_for_lines", |f, _, _| {
            f.asks_for_lines = !f.asks_for_lines
        }),
        ("words_left_out", |f, _, _| f.words_left_out += 1),
        ("age", |f, _, _| f.age = None),
        ("other_age", |f, o, _| f.other_age.push((o, Vec::new()))),
        ("partial_for_the_age", |f, _, _| {
            f.partial_for_the_age = !f.partial_for_the_age
        }),
        ("says_nothing", |f, _, _| f.says_nothing = !f.says_nothing),
    ];
    for (field, change) in changes {
        let mut changed = base.clone();
        change(&mut changed, offer, line);
        assert!(!base.shows_the_same_as(&changed), "{field}");
    }
}
