//! What a search asks for or names at once: a crisis line, a phone number, a way in, a paragraph of the law, a
//! municipal unit.

use super::*;

/// A line looked for by its name is shown: "livslinien" found nothing and offered the complaints office, and
/// "børnetelefonen" was read as "børn" and listed the offers for children.
#[test]
fn a_search_naming_a_line_shows_it() {
    for (typed, lang, id) in [
        ("livslinien", "da", "livslinien"),
        // As many spell it, with a "j".
        ("Livslinjen", "da", "livslinien"),
        ("lægevagten", "da", "laegevagten"),
        ("lægevagt", "da", "laegevagten"),
        ("børnetelefonen", "da", "boernetelefonen"),
        ("headspace", "da", "headspace-familie"),
        ("SIND", "da", "sind-raadgivning"),
        ("112", "da", "alarm-112"),
        ("out-of-hours doctor", "en", "laegevagten"),
        ("children's helpline", "en", "boernetelefonen"),
    ] {
        let (result, _) = searched_in(typed, lang);
        assert!(!result.acute, "{typed}");
        assert_eq!(lines_shown(typed, lang), [id], "{typed}");
    }
    // A line's name is no typo or compound of an offer's word.
    assert_finds_nothing_as_typed("børnetelefonen", "da");
    // A typo of a line's word is still read as the offers' word too: "counseling" finds the counselling offers.
    let (result, ids) = searched_in("counseling", "en");
    assert_eq!(
        result.corrected,
        [("counseling".to_owned(), "counselling".to_owned())]
    );
    assert!(ids.contains(&"ppr".to_owned()), "{ids:?}");
    assert_eq!(lines_shown("counseling", "en"), ["sind-raadgivning"]);
    // Every word must be in the name, and an ignored word of a name ("hjælp") names nothing, not even by a typo.
    for typed in ["livslinien autisme", "hjælpe", "autisme"] {
        assert!(lines_shown(typed, "da").is_empty(), "{typed}");
    }
    // Under a crisis, the editors choose the lines: "vold" starts "Voldtægtsofre" but names no line, and the name
    // of the line an acute word shows lists no offers by its other words ("center").
    assert!(lines_shown("vold", "da").is_empty());
    let (result, ids) = searched("Center for Voldtægtsofre");
    assert!(result.acute && ids.is_empty(), "{ids:?}");
    assert_eq!(
        lines_shown("Center for Voldtægtsofre", "da"),
        ["center-for-voldtaegtsofre"]
    );
    // The page shows the lines a calm search names beside the offers, and an acute search's in the crisis prompt
    // only. A line found is a way on, so the page points elsewhere only when it finds neither offer nor line.
    for (typed, named, points_on) in [
        ("livslinien", 1, false),
        ("lægevagten", 1, false),
        ("Center for Voldtægtsofre", 0, true),
        ("autisme", 0, false),
        ("xyzzy", 0, true),
    ] {
        let (result, _) = searched(typed);
        assert_eq!(result.named_lines().len(), named, "{typed}");
        assert_eq!(result.points_on(), points_on, "{typed}");
    }
}

/// A phone number finds whose it is, however it is written: staff look up a number on a note or a missed call.
#[test]
fn a_phone_number_finds_the_offers_and_lines_that_have_it() {
    for typed in ["8915 9737", "89159737", "+45 89 15 97 37", "0045 8915 9737"] {
        assert_eq!(
            sorted(found(typed)),
            ["familiekonsulenter-boernehandicap", "soeskendegrupper"],
            "{typed}"
        );
        assert!(lines_shown(typed, "da").is_empty(), "{typed}");
    }
    // Any of an offer's numbers: the Citizens' Adviser's second adviser.
    assert_eq!(found("2444 4921"), ["borgerraadgiveren"]);
    // A line's number shows the line alone, a service number too.
    for (typed, id) in [
        ("70 20 12 01", "livslinien"),
        ("+4570201201", "livslinien"),
        ("116 111", "boernetelefonen"),
        ("112", "alarm-112"),
        // Said as a request: "ring 112" listed every offer beside the line.
        ("ring 112", "alarm-112"),
        ("call 112", "alarm-112"),
    ] {
        assert!(found(typed).is_empty(), "{typed}");
        assert_eq!(lines_shown(typed, "da"), [id], "{typed}");
    }
    // A Danish number no offer or line has is found nowhere (every offer said it fitted), and the page points on.
    let (result, ids) = searched("8915 0000");
    assert!(ids.is_empty() && result.named_lines().is_empty());
    assert!(result.points_on());
    // A number among words is no phone number, and a short one no line has says nothing, like an age.
    assert_eq!(found("8915 9737 autisme"), found("autisme"));
    assert_eq!(found("17").len(), shared().catalogue.offers.len());
    // From its fourth digit, a number finds those that start with it, as staff type it; one nobody's starts with
    // finds nothing ("1813" listed all 32 offers as fitting).
    let started = found("8915");
    assert!(
        started.len() > 1 && started.len() < shared().catalogue.offers.len(),
        "{started:?}"
    );
    assert!(started.contains(&"familiekonsulenter-boernehandicap".to_owned()));
    assert_eq!(
        found("8915 97"),
        ["familiekonsulenter-boernehandicap", "soeskendegrupper"]
    );
    assert_eq!(lines_shown("7020", "da"), ["livslinien"]);
    let (result, ids) = searched("1813");
    assert!(ids.is_empty() && result.named_lines().is_empty() && result.points_on());
}

/// Whether the shipped offer `id` has a way in that `allows`.
fn access_allows(id: &str, allows: impl Fn(Access) -> bool) -> bool {
    shared()
        .catalogue
        .offers
        .iter()
        .any(|offer| offer.id == id && allows(offer.access))
}

/// Asking where one can just come in lists only the offers one can walk in to: "mød op" listed the offers whose
/// texts say "ring, før du møder op" (call before you come), which one cannot.
#[test]
fn a_search_asking_where_one_can_walk_in_lists_only_those_offers() {
    let walk_in = |id: &String| access_allows(id, |access| access == Access::WalkIn);
    let all_walk_in: Vec<String> = found("").into_iter().filter(walk_in).collect();
    assert!(all_walk_in.len() >= 2, "{all_walk_in:?}");
    for (typed, lang) in [
        ("mød op", "da"),
        ("hvor kan jeg møde op", "da"),
        ("kan jeg bare møde op uden aftale", "da"),
        ("where can I walk in", "en"),
        ("drop-in", "en"),
        // "come" found the texts that say "come in" until it became an ignored word; now these are ways in.
        ("where can I just come in", "en"),
        ("can I come by", "en"),
        ("hvor kan jeg bare komme ind", "da"),
    ] {
        let (result, ids) = searched_in(typed, lang);
        assert!(
            result.walk_in && result.not_found.is_empty(),
            "{typed}: {result:?}"
        );
        assert_eq!(sorted(ids), sorted(all_walk_in.clone()), "{typed}");
    }
    // With a need: the offers for it one can walk in to.
    let (result, ids) = searched("jeg har angst, hvor kan jeg møde op");
    let expected: Vec<String> = found("angst").into_iter().filter(walk_in).collect();
    assert!(result.walk_in && !expected.is_empty() && expected.len() < found("angst").len());
    assert_eq!(ids, expected);
    // Meeting others is the loneliness offers' phrase, not a way in; "møde" alone narrows nothing.
    for typed in ["møde andre", "møde"] {
        let (result, ids) = searched(typed);
        assert!(!result.walk_in && !ids.is_empty(), "{typed}");
    }
    assert!(found("møde andre").contains(&"cafe-rusfri".to_owned()));
}

/// Asking for someone to call or write to now shows every line, each with whether it is open: "hvem har åbent nu"
/// listed all 32 offers, which are daytime services, and "døgnåben" found nothing.
#[test]
fn a_search_asking_for_someone_to_call_now_shows_every_line() {
    let every_line: Vec<&str> = shared()
        .catalogue
        .crisis_lines
        .iter()
        .map(|line| line.id.as_str())
        .collect();
    let line_ids =
        |found: &Found| -> Vec<String> { found.lines.iter().map(|line| line.id.clone()).collect() };
    for (typed, lang) in [
        ("hvem har åbent nu", "da"),
        ("hvem kan jeg ringe til", "da"),
        ("døgnåben", "da"),
        ("er der nogen, der har åbent om natten", "da"),
        ("someone to call", "en"),
        ("open 24 hours", "en"),
    ] {
        let (result, ids) = searched_in(typed, lang);
        assert!(
            result.asks_for_lines && ids.is_empty() && !result.partial,
            "{typed}: {result:?}"
        );
        assert_eq!(line_ids(&result), every_line, "{typed}");
        assert_eq!(result.named_lines().len(), every_line.len(), "{typed}");
    }
    // With other words, the offers they find come too. "i nat" (tonight) asks for lines only beside someone to
    // talk to: "hvor kan jeg sove i nat" is a search for a bed, where every line would be noise.
    for (typed, lang, without) in [
        ("nogen at tale med om natten", "da", "nogen at tale med"),
        ("hvem kan jeg tale med i nat", "da", "hvem kan jeg tale med"),
        ("someone to talk to tonight", "en", "someone to talk to"),
    ] {
        let (result, ids) = searched_in(typed, lang);
        assert!(result.asks_for_lines && !ids.is_empty(), "{typed}");
        assert_eq!(line_ids(&result), every_line, "{typed}");
        let (_, without_night) = searched_in(without, lang);
        assert_eq!(ids, without_night, "{typed}");
    }
    for (typed, lang) in [
        ("hvor kan jeg sove i nat", "da"),
        ("where can I sleep tonight", "en"),
    ] {
        let (result, ids) = searched_in(typed, lang);
        assert!(!result.asks_for_lines && !ids.is_empty(), "{typed}");
    }
    // Under a crisis, the lines stay the editors' choice for it.
    let (result, _) = searched("jeg vil dø, hvem kan jeg ringe til");
    assert!(result.acute && !result.asks_for_lines);
    assert_eq!(line_ids(&result), ["livslinien"]);
    // A word of them alone asks for nothing.
    assert!(!searched("ringe").0.asks_for_lines);
    // Nor does calling a place by its name: "jeg vil ringe til psykiatriens hus" showed every line after it.
    for (typed, id) in [
        ("jeg vil ringe til psykiatriens hus", "psykiatriens-hus"),
        ("ring til Hjernecenter Randers", "hjernecenter-randers"),
    ] {
        let (result, ids) = searched(typed);
        assert!(!result.asks_for_lines && result.lines.is_empty(), "{typed}");
        assert_eq!(first(&ids), Some(id), "{typed}");
    }
    // A line's name is no offer's: "ring til livslinien" still shows the lines.
    assert!(searched("ring til livslinien").0.asks_for_lines);
}

/// A paragraph of the law, as staff search for an offer by it, however spaced, and only whole: "§ 85" listed all 32
/// offers, as "85" alone was read as an age, which every offer fits.
#[test]
fn a_paragraph_of_the_law_finds_the_offers_given_under_it() {
    for (typed, expected) in [
        ("§ 85", vec!["mestringsvejledning"]),
        ("§85", vec!["mestringsvejledning"]),
        ("SEL § 104", vec!["aktivitetscenter-randers"]),
        ("§ 101", vec!["rusmiddelcenter-randers"]),
        // Shelters, whose rule says who may come in.
        ("§ 110", vec!["hjemloese-hjaelp"]),
        (
            "§ 82",
            vec!["fremskudt-raadgivning-psykiatri", "mestringsvejledning"],
        ),
        // Not part of a longer one: § 10 is none of § 101 and § 104.
        ("§ 10", vec![]),
    ] {
        let (result, ids) = searched(typed);
        assert_eq!(sorted(ids), expected, "{typed}");
        assert!(!result.acute, "{typed}");
    }
    // The word for a paragraph, as a phone's dictation writes it, before a number: the section sign.
    for (typed, lang, expected) in [
        ("paragraf 85", "da", "mestringsvejledning"),
        ("Paragraffen 104", "da", "aktivitetscenter-randers"),
        ("section 104", "en", "aktivitetscenter-randers"),
    ] {
        let (result, ids) = searched_in(typed, lang);
        assert_eq!(ids, [expected], "{typed}");
        assert!(!result.partial && result.not_found.is_empty(), "{typed}");
    }
    // Without a number after it, only a word: no offer says "paragraf".
    assert!(found("paragraf").is_empty());
    // With other words, as any word.
    assert_eq!(found("autisme § 85"), ["mestringsvejledning"]);
    assert_eq!(found("autisme paragraf 85"), ["mestringsvejledning"]);
    // An age is still an age.
    assert_eq!(found("17").len(), shared().catalogue.offers.len());
    // A legal basis is searched as any text, so its words are chosen not to find an offer by chance: "the Social
    // Services Act" beside "a team" made "The ACT team" find the help for homeless people too.
    assert_eq!(found_in("The ACT team", "en"), ["act-indsatsen"]);
}

/// A municipal unit by its name, as staff know offers by the unit they belong to: "Center for Børnehandicap og
/// Autisme" found only the family consultants, whose name has it, not the centre's sibling groups and its efforts
/// for young people.
#[test]
fn a_unit_by_its_name_finds_its_offers_and_only_those() {
    let centre = [
        "autisme-overgang-16-30",
        "autisme-unge-hjemmeboende",
        "familiekonsulenter-boernehandicap",
        "soeskendegrupper",
    ];
    for (typed, lang) in [
        ("Center for Børnehandicap og Autisme", "da"),
        ("børnehandicap og autisme", "da"),
        ("Centre for Children's Disability and Autism", "en"),
        // Staff on the English page know it by its Danish name.
        ("Center for Børnehandicap og Autisme", "en"),
    ] {
        let (result, ids) = searched_in(typed, lang);
        assert_eq!(sorted(ids), centre, "{typed}");
        assert!(
            !result.partial && !result.acute && result.not_found.is_empty(),
            "{typed}"
        );
        // The page says that they belong to it.
        let unit = result.unit.map(|name| name.get(Lang(lang)));
        assert!(
            unit.is_some_and(|name| name.starts_with("Center for Børnehandicap og Autisme")),
            "{typed}: {unit:?}"
        );
    }
    assert_eq!(
        found("Center for Psykiatri og Socialt Udsatte"),
        ["mestringsvejledning"]
    );
    // Fewer of a name's words, but the ignored ones, are searched as any words: Perron 4 is for "socialt udsatte",
    // the family consultants' own name has "børnehandicap", and "center for autisme" is Autismecenter Randers (it
    // listed the four offers of Center for Børnehandicap og Autisme alone while a half of the name's words was
    // enough).
    let (result, ids) = searched("socialt udsatte");
    assert_eq!((ids, result.unit), (vec!["perron-4".to_owned()], None));
    for typed in ["børnehandicap", "center for børnehandicap"] {
        assert_eq!(
            found(typed),
            ["familiekonsulenter-boernehandicap"],
            "{typed}"
        );
    }
    let (result, ids) = searched("center for autisme");
    assert_eq!(first(&ids), Some("autismecenter-randers"));
    assert!(result.unit.is_none() && ids.len() > 4, "{ids:?}");
    // The unit's name is no text of its offers: its words would find the efforts for young people with autism for
    // any disability, and for children.
    for (typed, lang) in [
        ("handicap", "da"),
        ("disability", "en"),
        ("my son has Down syndrome", "en"),
    ] {
        let ids = found_in(typed, lang);
        assert!(!ids.is_empty(), "{typed}");
        assert!(
            !ids.iter().any(|id| id.starts_with("autisme-")),
            "{typed}: {ids:?}"
        );
    }
}

/// A line found by what it is: "anonym" found neither an offer nor headspace's advice for relatives, which is
/// anonymous (`calm_search_words`).
#[test]
fn a_search_for_what_a_line_is_shows_that_line_after_the_offers() {
    let line_ids =
        |found: &Found| -> Vec<String> { found.lines.iter().map(|line| line.id.clone()).collect() };
    for (typed, lang) in [
        ("anonym", "da"),
        ("jeg vil være anonym", "da"),
        ("anonymous", "en"),
    ] {
        let (result, ids) = searched_in(typed, lang);
        assert!(ids.is_empty() && !result.partial, "{typed}: {result:?}");
        assert_eq!(line_ids(&result), ["headspace-familie"], "{typed}");
    }
    // With other words, the offers they find come too, and the word is not looked for among them.
    let (result, ids) = searched("anonym rådgivning");
    assert!(!result.partial && result.not_found.is_empty());
    let (without, without_ids) = searched("rådgivning");
    assert_eq!(ids, without_ids);
    // "rådgivning" alone names headspace's and SIND's lines; "anonym" names headspace's, once.
    assert_eq!(
        line_ids(&without),
        ["headspace-familie", "sind-raadgivning"]
    );
    assert_eq!(line_ids(&result), ["headspace-familie", "sind-raadgivning"]);
    let (result, _) = searched("anonym samtale");
    assert!(line_ids(&result).contains(&"headspace-familie".to_owned()));
    // Under a crisis, the lines stay the editors' choice for it.
    let (result, _) = searched("jeg vil dø, anonymt");
    assert!(result.acute);
    assert_eq!(line_ids(&result), ["livslinien"]);
}

/// Saying that no referral is wanted lists only the offers one can start on one's own: "jeg har angst og vil ikke
/// have henvisning" found only the clinic that needs a GP's referral, by its word "henvisning".
#[test]
fn a_search_saying_no_referral_is_wanted_lists_only_offers_that_need_none() {
    let b = shared();
    let needs_none = |id: &String| access_allows(id, Access::needs_no_referral);
    for (typed, need, lang) in [
        ("jeg har angst og vil ikke have henvisning", "angst", "da"),
        ("angst uden en henvisning", "angst", "da"),
        ("ingen henvisning hash", "hash", "da"),
        ("anxiety without a referral", "anxiety", "en"),
        ("I don't want a referral, I feel lonely", "lonely", "en"),
    ] {
        let (result, ids) = searched_in(typed, lang);
        assert!(result.no_referral && !result.partial, "{typed}");
        let expected: Vec<String> = found_in(need, lang)
            .into_iter()
            .filter(needs_none)
            .collect();
        assert!(!expected.is_empty(), "{typed}");
        assert_eq!(ids, expected, "{typed}");
    }
    assert!(!found("angst uden henvisning").contains(&"psykiatrisk-klinik-2".to_owned()));
    // Alone, or with words that say nothing else ("endnu" found nothing): every offer that needs none.
    assert_eq!(
        found("jeg har ikke fået en henvisning endnu"),
        found("uden henvisning")
    );
    let alone = found("uden henvisning");
    let all_needing_none: Vec<String> = b
        .catalogue
        .needing_no_referral(Lang("da"))
        .iter()
        .map(|offer| offer.id.clone())
        .collect();
    assert_eq!(sorted(alone), sorted(all_needing_none));
    // A referral had, or the word alone, narrows nothing.
    for typed in ["jeg har fået en henvisning", "henvisning"] {
        let (result, ids) = searched(typed);
        assert!(!result.no_referral, "{typed}");
        assert_eq!(ids.len(), b.catalogue.offers.len(), "{typed}");
    }
    // Their words are ignored words, or a search would look for "henvisning" in the offers' texts.
    let ignored = b
        .questions
        .search_ignored_words
        .0
        .values()
        .cloned()
        .collect::<Vec<_>>()
        .join(",");
    for phrase in b
        .questions
        .search_no_referral
        .0
        .values()
        .flat_map(|words| words.split(','))
    {
        for word in phrase.split_whitespace() {
            assert!(
                ignored.split(',').any(|known| known.trim() == word),
                "'{word}' of '{phrase}' is no ignored word"
            );
        }
    }
}
