//! Typos, compounds, and text typed without æ, ø and å.

use super::*;

/// The editors' words that are no typos are looked for as typed: "skilt" (divorced) was read as "skidt" (bad) and
/// found the mental-health offers, "spiller" (gambles) as "piller" (pills) and "bills" as "pills" the offers about
/// drugs. No offer has them, so the search says so and points on.
#[test]
fn a_word_that_is_no_typo_is_not_read_as_one() {
    for (typed, lang, word) in [
        ("jeg er blevet skilt", "da", "skilt"),
        ("jeg spiller for meget", "da", "spiller"),
        ("I can't pay my bills", "en", "bills"),
        // Physiotherapy is no "terapi" (therapy), which found the substance and psychiatric treatment.
        ("fysioterapi", "da", "fysioterapi"),
        ("jeg har brug for en ergoterapeut", "da", "ergoterapeut"),
        // A strain is no "aflastning" (respite care for children with disabilities).
        ("belastning", "da", "belastning"),
        // Anger is no "danger": "anger issues" showed the crisis prompt.
        ("I have anger issues", "en", "anger"),
        ("anger management", "en", "anger"),
        // From a check of every word in Debian's English and Danish word lists that the search read as a typo of
        // another: heartache was a headache (the brain-injury offers), a driving school a wheelchair, artistic
        // autistic, grieving siblings ("sørgende", "søskende"), progress outreach ("fremskridt", "fremskudt").
        ("heartache", "en", "heartache"),
        ("confusion", "en", "confusion"),
        ("it bothers me", "en", "bothers"),
        ("køreskole", "da", "køreskole"),
        ("arbejdspres", "da", "arbejdspres"),
        ("artistisk", "da", "artistisk"),
        ("sørgende", "da", "sørgende"),
        ("fremskridt", "da", "fremskridt"),
        // A rejection or a cancellation is no "afrusning" (sobering up), which found the offers about drugs.
        ("jeg har fået en afvisning", "da", "afvisning"),
        ("aflysning", "da", "aflysning"),
    ] {
        let (result, ids) = searched_in(typed, lang);
        assert!(ids.is_empty(), "{typed}: {ids:?}");
        assert!(result.corrected.is_empty(), "{typed}");
        assert!(result.points_on(), "{typed}");
        assert!(!result.partial, "{typed}: {word}");
        assert!(!result.acute, "{typed}");
    }
    // Other typos are still read as the word meant.
    assert_eq!(
        searched("piler").0.corrected,
        [("piler".to_owned(), "piller".to_owned())]
    );
}

#[test]
fn a_word_no_offer_has_is_named_as_typed() {
    // A word no offer has, and no typo of one, beside a word that is found: the offers for that word, and the other
    // named back as typed.
    let (unknown, ids) = searched("autisme Qwerty");
    assert!(unknown.partial);
    assert_eq!(unknown.not_found, ["Qwerty"]);
    assert_eq!(ids, found("autisme"));
    let (lonely, _) = searched("ensom fodbold");
    assert_eq!(lonely.not_found, ["fodbold"]);
    // Ignored words are never named: they were not looked for.
    let (father, ids) = searched("min far har haft en blodprop");
    assert!(father.not_found.is_empty(), "{:?}", father.not_found);
    assert!(
        ids.contains(&"hjerneskade-paaroerende".to_owned()),
        "{ids:?}"
    );
}

#[test]
fn a_typo_is_read_as_the_nearest_word_the_offers_have_and_named() {
    // A letter swapped, left out, added or changed; two in a long word; Danish letters typed out or not.
    for (typo, meant) in [
        ("autsime", "autisme"),
        ("Hjernskade", "hjerneskade"),
        ("hjerneskde", "hjerneskade"),
        ("alkhol", "alkohol"),
        ("depresion", "depression"),
        ("misbrgu", "misbrug"),
        ("hanicap", "handicap"),
        ("borgeradgiveren", "borgerrådgiveren"),
        ("spiseforstyrelse", "spiseforstyrrelse"),
        ("peron", "perron"),
    ] {
        assert_read_as(typo, meant);
    }
    // In English on the English page; and beside a word that is found, the typo counts as found.
    let (english, _) = searched_in("autsim", "en");
    assert_eq!(
        english.corrected,
        [("autsim".to_owned(), "autism".to_owned())]
    );
    let (both, ids) = searched("ensom alkhol");
    assert!(!both.partial);
    assert!(ids.contains(&"cafe-rusfri".to_owned()), "{ids:?}");
    // A word an offer has, inflected or not, is never read as a typo.
    for typed in ["autisme", "autismen", "psykiatrien", "hjemløshed", "perron"] {
        assert!(searched(typed).0.corrected.is_empty(), "{typed}");
    }
    // Words no offer is for, and short words, are not made into another word: "sorg" (grief) is one letter from
    // "borg" in "borger", "demens" finds nothing rather than something else.
    // Nor a word of a summary ("ældre", the elderly, is one letter from "aldre" in "alle aldre"), nor a word of the
    // other language ("sport" from the English "short", "abort" from "about").
    for typed in [
        "sorg",
        "demens",
        "pensionist",
        "gammel",
        "sygemeldt",
        "ADHD",
        "hsah",
        "ældre",
        "aeldre",
        "sport",
        "abort",
    ] {
        assert_finds_nothing_as_typed(typed, "da");
    }
    // A typo of an acute word points to crisis help: a hurried hand must not hide the way.
    for typed in ["selvmrod", "voldtegt", "suicdie", "selvmordstankr"] {
        assert!(is_acute(typed), "{typed}");
    }
    assert!(!is_acute("farve"));
}

/// Of two words a typo is as near to, the one more offers have is read, each offer counted once however often it
/// says the word: one offer repeating a word makes it no likelier to be what was meant.
#[test]
fn a_typo_as_near_two_words_is_read_as_the_one_more_offers_have() {
    let mut bundle = bundle();
    let mut rename = |id: &str, name: &str| {
        let offer = common::offer_mut(&mut bundle, id);
        offer.name.0.insert("da", name.to_owned());
    };
    rename("perron-4", "Zorbax Zorbax Zorbax");
    rename("cafe-rusfri", "Zorbix");
    rename("jobrus", "Zorbix");
    let index = SearchIndex::new(&bundle.catalogue, &bundle.questions);
    let all = bundle.catalogue.offers_by_name(Lang("da"));
    let result = index.search(&all, &Query::parse("zorbox"), Lang("da"));
    assert_eq!(
        result.corrected,
        [("zorbox".to_owned(), "zorbix".to_owned())]
    );
}

/// The labels' and search words' ignored words are left out of what the search looks in: no search looks for
/// them, but a word typed that starts one found the offers by it: "hel" (whole) the mental-health offers by the
/// "hele" of "det hele er ligegyldigt", "eve" by "everything is meaningless", and "fee" by the "feel" of "feel
/// down" (an ignored word itself now, as it starts "feelings").
#[test]
fn a_word_that_only_starts_an_ignored_word_of_a_search_word_finds_nothing_by_it() {
    for (typed, lang) in [("eve", "en"), ("hel", "da")] {
        let mental_health = found_in("depression", lang);
        let found = found_in(typed, lang);
        assert!(
            !mental_health.iter().all(|id| found.contains(id)),
            "{typed}: {found:?}"
        );
    }
    // The search word is still found by its other words.
    assert_found_as("det hele er ligegyldigt", "ligegyldigt", "da");
}

/// The keys that touch on a Danish keyboard, as a first letter may slip between them: beside each other in a row,
/// and a key with the two under it (each row is set half a key to the right of the one above).
#[test]
fn a_first_letter_may_slip_only_to_a_key_that_touches_it() {
    let slips = |typed: char, meant: char| starts_alike(&[typed, '1'], &[meant, '2']);
    for (typed, meant) in [
        ('s', 'a'),
        ('q', 'a'),
        ('w', 'a'),
        ('z', 'a'),
        ('b', 'h'),
        ('n', 'h'),
        ('m', 'k'),
        ('m', 'j'),
        ('æ', 'p'),
        ('ø', 'å'),
        ('æ', 'ø'),
    ] {
        assert!(slips(typed, meant), "{typed} for {meant}");
        assert!(slips(meant, typed), "{meant} for {typed}");
    }
    for (typed, meant) in [
        ('e', 'a'),
        ('m', 'h'),
        ('ø', 'p'),
        ('x', 'a'),
        ('d', 'm'),
        ('1', 'a'),
    ] {
        assert!(!slips(typed, meant), "{typed} for {meant}");
    }
    // The first letter as it is, left out, or swapped with the second.
    let chars = |word: &str| word.chars().collect::<Vec<char>>();
    for (typed, meant) in [
        ("autisme", "autisme"),
        ("sykolog", "psykolog"),
        ("uatisme", "autisme"),
    ] {
        assert!(starts_alike(&chars(typed), &chars(meant)), "{typed}");
    }
    assert!(!starts_alike(&chars("kills"), &chars("pills")));
    // Starting with the second letter is not enough: the word must go on as if the first were left out ("usisme")
    // or swapped with it ("patisme"); nor is going on so after another first letter ("xtisme").
    for typed in ["usisme", "patisme", "xtisme"] {
        assert!(!starts_alike(&chars(typed), &chars("autisme")), "{typed}");
    }
    // An empty word is no typo of anything.
    assert!(!starts_alike(&[], &chars("autisme")) && !starts_alike(&[], &[]));
}

/// A typo in a word's first letter is read only where a finger slips: the first letter left out or swapped with the
/// second, or a key that touches it. Two real words one letter apart often differ in just the first, by keys far
/// apart: each of these was read as the other word, and named so on the page ("døde" as "møde").
#[test]
fn a_typo_in_the_first_letter_is_read_only_from_a_key_beside_it() {
    for (typo, meant) in [
        // Left out, swapped with the second, a key beside it changed or added before it.
        ("sykolog", "psykolog"),
        ("utisme", "autisme"),
        ("uatisme", "autisme"),
        ("sutisme", "autisme"),
        ("qutisme", "autisme"),
        ("gjerneskade", "hjerneskade"),
        ("nisbrug", "misbrug"),
        ("wnsomhed", "ensomhed"),
        ("sepression", "depression"),
        ("sautisme", "autisme"),
        // Beside an æ, ø or å as typed: "ø" touches "æ" and "å".
        ("øngstelig", "ængstelig"),
    ] {
        assert_read_as(typo, meant);
    }
    // So is a typo of a crisis word: a key beside the first, or the first left out, still points to crisis help,
    // while everyday words that differ from one in the first letter no longer flash the prompt ("sitting" was
    // "hitting", "putting" "cutting", "lavet" and "grise" were typos of Danish crisis words).
    for typed in ["delvmord", "elvmord", "wuicide"] {
        assert!(is_acute(typed), "{typed}");
    }
    for typed in [
        "sitting", "putting", "butter", "painted", "seats", "lavet", "havet", "grise", "putter",
    ] {
        assert!(!is_acute(typed), "{typed}");
    }
    // "panic" was read as "manic"; it is a word of mental health of its own now, as are feelings.
    assert_found_as("panic", "anxiety", "en");
    assert_found_as("I have trouble with my feelings", "anxiety", "en");
    // A compound is not read by a last part inside a longer word that is no typo: "computerspiller" (a gamer)
    // ends with "spiller" (plays), and was read as "piller" (pills), the offers about drugs.
    assert_finds_nothing_as_typed("computerspiller", "da");
    for (typed, lang) in [
        ("min far døde", "da"),
        ("søde", "da"),
        ("føde", "da"),
        ("lover", "da"),
        ("maden", "da"),
        ("nærmeste", "da"),
        ("omhandler", "da"),
        ("panic", "en"),
        ("it kills me", "en"),
        ("walking", "en"),
        ("glass", "en"),
        ("turned", "en"),
        ("picked", "en"),
        ("impressed", "en"),
        ("department", "en"),
        ("wearing", "en"),
    ] {
        let (result, _) = searched_in(typed, lang);
        assert!(
            result.corrected.is_empty(),
            "{typed}: {:?}",
            result.corrected
        );
    }
}

#[test]
fn a_compound_no_offer_has_is_read_as_its_telling_part_and_named() {
    // The first part where it names a need ("angst" says more than "behandling"), else the last.
    for (compound, part) in [
        ("angstbehandling", "angst"),
        ("depressionsbehandling", "depression"),
        ("alkoholproblemer", "alkohol"),
        ("psykiatrihjælp", "psykiatri"),
        ("ungdomsuddannelse", "uddannelse"),
        ("bedsteforældre", "forældre"),
        ("teenagedatter", "datter"),
        // Inflected, by the compound its stem is: "stofmisbruger" (drug user) found nothing, as no offer has
        // "misbruger" and "stof" names no need, while "stofmisbrug" ends with "misbrug".
        ("stofmisbruger", "misbrug"),
        ("stofmisbrugere", "misbrug"),
        // Substance treatment, as a caseworker says it: JobRus's text had the word, so it listed JobRus alone and
        // not Rusmiddelcenter Randers, where the treatment is.
        ("misbrugsbehandling", "misbrug"),
        // As if "skole" were typed, which is looked for by its stem where a word starts: read as "skole" as it is,
        // a school psychologist listed Recoveryskolen first, a school only in name.
        ("skolepsykolog", "skole"),
    ] {
        assert_read_as(compound, part);
    }
    // School refusal is a word of children and families, not a compound of school: read as "skole", it listed
    // the offers of work and education, and in English "school refusal" named "refusal" as no offer's.
    // Nor is not thriving at school: "mistrivsel i skolen" found the peer education alone, whose text has a word
    // for school, not PPR, whose text says "trivsel".
    for (typed, lang) in [
        ("skolevægring", "da"),
        ("min søn har ufrivilligt skolefravær", "da"),
        ("school refusal", "en"),
        ("mistrivsel i skolen", "da"),
        ("min datter trives ikke i skolen", "da"),
        ("my son is unhappy at school", "en"),
    ] {
        let (result, ids) = searched_in(typed, lang);
        assert!(result.corrected.is_empty() && !result.partial, "{typed}");
        assert_eq!(first(&ids), Some("ppr"), "{typed}: {ids:?}");
    }
    // "school" alone as "skole" alone: PPR and the family's offers first, then those of work and education. It
    // listed only the latter, as the English family words had no word of school, while the Danish have
    // "skolevægring" and "skolefravær".
    let school = found_in("school", "en");
    assert_eq!(first(&school), Some("ppr"));
    assert_eq!(sorted(school), sorted(found("skole")));
    // Not by an ignored word ("hjælp"), nor by a word only an offer's name has ("hjemme" in "… der bor hjemme"):
    // no offer is for home care, cash benefits or an early pension.
    for typed in [
        "hjemmehjælp",
        "kontanthjælp",
        "førtidspension",
        "demensramt",
        "hjemmehjælpen",
    ] {
        assert_finds_nothing_as_typed(typed, "da");
    }
}

/// A last part that says too little of the need ("rådgivning", "misbrug", "behandling") is a reading only after a
/// first part that starts a word of a need: "gældsrådgivning" (debt advice) listed all 17 offers of advice, and
/// "spillemisbrug" (gambling) the offers about alcohol and drugs. No offer in the sources is for either.
#[test]
fn a_compound_is_not_read_by_a_vague_last_part_alone() {
    for typed in [
        "gældsrådgivning",
        "sorgrådgivning",
        "spillemisbrug",
        "spilafhængighed",
        "skærmafhængighed",
        "ludomanibehandling",
    ] {
        assert_finds_nothing_as_typed(typed, "da");
        assert!(searched(typed).0.points_on(), "{typed}");
    }
    // After a first part that starts a word of a need ("stof" of "stoffer"), the last part reads it.
    assert_read_as("stofmisbrug", "misbrug");
    // The editors' words for the rest: cannabis abuse, substance treatment. Not "medicinmisbrug",
    // "smertestillende" or "painkillers": as search words, their starts found the drugs offers for "medicin",
    // "smerter" (pain) and "pain". "medicin" finds only Perron 4, whose nurse helps with medicine.
    assert_eq!(found("medicin"), ["perron-4"]);
    for (typed, lang) in [
        ("kroniske smerter", "da"),
        ("pain", "en"),
        ("chronic pain", "en"),
    ] {
        assert_finds_nothing_as_typed(typed, lang);
    }
    // Being hooked on painkillers is said in a saying, whose words are not searched one by one.
    assert_found_as("jeg er afhængig af smertestillende", "afhængighed", "da");
    assert_found_as("addicted to painkillers", "addiction", "en");
    let substances = sorted(found("misbrug"));
    for typed in ["hashmisbrug", "hashmisbruger", "rusmiddelbehandling"] {
        assert_eq!(sorted(found(typed)), substances, "{typed}");
    }
}

/// A keyboard without æ, ø and å: "jeg foler mig ensom" named "foler" (føler) as a word no offer has, while the
/// words of a need are found typed so ("hjemlos", "paarorende"). The ignored words are ignored typed so too.
#[test]
fn ignored_words_typed_without_danish_letters_are_ignored() {
    for (typed, need) in [
        ("jeg foler mig ensom", "ensom"),
        ("jeg soger hjalp til angst", "angst"),
        ("hvornar har de abent for hjemlose", "hjemløse"),
    ] {
        assert_found_alike(typed, need, "da");
    }
}

/// A keyboard without æ, ø and å, in words too short for a typo: "born" (børn) and "rad" (råd) found nothing, "hjælp
/// til born" nothing at all, and "mit born har autisme" named "born" as a word no offer has. A word spelt with a
/// plain a or o for each such letter is read as the word it spells, however short, and the page says so; an age
/// stated so ("jeg er 17 ar", "16-arig") is one.
#[test]
fn a_short_word_typed_without_danish_letters_is_read_as_the_word_it_spells() {
    assert_read_as("born", "børn");
    assert_read_as("rad", "råd");
    for (typed, need) in [
        ("hjælp til born", "børn"),
        ("jeg har brug for rad", "råd"),
        ("mit born har autisme", "børn autisme"),
    ] {
        assert_found_alike(typed, need, "da");
    }
    for (typed, age) in [
        ("jeg er 17 ar og har autisme", 17),
        ("min son pa 15 ar har angst", 15),
        ("16-arig med angst", 16),
    ] {
        assert_eq!(searched(typed).0.age, Some(age), "{typed}");
    }
    // Known for its plain spelling alone, a short word is no word a longer one is a typo or a compound of: "tråd"
    // (thread) is one letter from "råd", and "rådhus" (town hall) starts with it.
    assert_finds_nothing_as_typed("tråd", "da");
    assert_finds_nothing_as_typed("rådhus", "da");
    // Two letters are too few: "do" is no "dø", however it is meant.
    assert!(searched("do").0.corrected.is_empty());
    // A word only an offer's own text has, or its stem spelt so: "tandlage" and "socialradgiver" found nothing.
    assert_read_as("tandlage", "tandlæge");
    assert_read_as("socialradgiver", "socialrådgiver");
    assert_eq!(
        searched("foraldrene").0.corrected,
        [("foraldrene".to_owned(), "forældre".to_owned())]
    );
    // Not a word of its own, nor one by its stem: "svare" (to answer) is no "svære" (hard), nor a "fortaler" (an
    // advocate) a "fortæl" (tell).
    for typed in ["hvem kan svare", "svarene", "jeg har brug for en fortaler"] {
        assert!(searched(typed).0.corrected.is_empty(), "{typed}");
    }
}

/// A sentence typed without æ, ø and å reads as it does with them. Each of these differed: "jeg vil sa gerne do"
/// showed no crisis prompt ("så" may come between "vil" and "dø", "sa" could not), "jeg star pa broen" neither (the
/// plain spelling was made from the folded phrase, and "broen" became "bron"), while "hun har slaet op med mig"
/// showed it (the calm idiom's "slaaet" became "slat"); "jeg har ikke rad til mad" (can't afford food) found the
/// offers of advice, "jeg kan bare mode op" listed every offer instead of those one can walk in to, "han er 30 ar
/// aldre" stated an age, and "faet", "gar", "mode", "vare", "gore", "habe" and "ogsa" were named as words no offer
/// has. "hvordan far jeg hjalp" (how do I get help) read "far" as father, not "får", and listed the offers for
/// relatives first. "min kareste
/// drikker" (my girlfriend drinks) did not set apart the offers for her from those for relatives: "kareste" was a
/// word of who is involved that no offer has, left out. "radgivning" did not show SIND's phone counselling, nor
/// "center for bornehandicap og autisme" the unit's offers alone. "lagevagt" found the line but not the clinic
/// whose text names "lægevagten", "jeg vil gerne hjalpe andre" did not list the peer education first, and "min far
/// slar" (hits), "han vil sla mig" and "min mor slar min lillebror" did not point to crisis help. A compound of a
/// word typed so found nothing ("bedsteforaldre"), and one with a vague last part every offer of advice
/// ("galdsradgivning", debt advice). "parorendes" did not show headspace's line for relatives, as "pårørendes" does,
/// and "moder op" (turn up) did not list the offers one can walk in to. "modested" (a meeting place) pointed to
/// crisis help, as a typo of the English "molested".
#[test]
fn a_sentence_typed_without_danish_letters_reads_as_it_does_with_them() {
    for (plain, with_letters) in [
        ("jeg vil sa gerne do", "jeg vil så gerne dø"),
        ("jeg star pa broen", "jeg står på broen"),
        ("hun har slaet op med mig", "hun har slået op med mig"),
        ("jeg har ikke rad til mad", "jeg har ikke råd til mad"),
        ("jeg kan bare mode op", "jeg kan bare møde op"),
        (
            "jeg har faet at vide at jeg har autisme",
            "jeg har fået at vide at jeg har autisme",
        ),
        ("min son gar ikke i skole", "min søn går ikke i skole"),
        ("jeg vil gerne mode andre", "jeg vil gerne møde andre"),
        (
            "jeg vil gerne vare sammen med andre",
            "jeg vil gerne være sammen med andre",
        ),
        (
            "jeg skal gore noget ved min angst",
            "jeg skal gøre noget ved min angst",
        ),
        ("jeg habe i kan hjalpe", "jeg håber i kan hjælpe"),
        ("jeg har ogsa angst", "jeg har også angst"),
        ("min kareste drikker", "min kæreste drikker"),
        (
            "hvordan far jeg hjalp til min angst",
            "hvordan får jeg hjælp til min angst",
        ),
        (
            "hvor far man hjalp til misbrug",
            "hvor får man hjælp til misbrug",
        ),
        ("min soster har autisme", "min søster har autisme"),
        ("min kareste har slaet op", "min kæreste har slået op"),
        ("radgivning", "rådgivning"),
        ("borns vilkar", "børns vilkår"),
        ("lagevagten", "lægevagten"),
        ("lagevagt", "lægevagt"),
        ("mine bedsteforaldre", "mine bedsteforældre"),
        ("foraldregruppe", "forældregruppe"),
        ("galdsradgivning", "gældsrådgivning"),
        ("parorendes", "pårørendes"),
        ("ring, for du moder op", "ring, før du møder op"),
        ("et modested for unge", "et mødested for unge"),
        ("jeg vil gerne hjalpe andre", "jeg vil gerne hjælpe andre"),
        ("min far slar", "min far slår"),
        ("han vil sla mig", "han vil slå mig"),
        ("min mor slar min lillebror", "min mor slår min lillebror"),
        (
            "center for bornehandicap og autisme",
            "center for børnehandicap og autisme",
        ),
    ] {
        let (typed, ids) = searched(plain);
        let (meant, meant_ids) = searched(with_letters);
        assert_eq!(ids, meant_ids, "{plain}");
        let ids_of = |offers: &[&Offer]| -> Vec<String> {
            offers.iter().map(|offer| offer.id.clone()).collect()
        };
        assert_eq!(
            ids_of(&typed.for_the_person),
            ids_of(&meant.for_the_person),
            "{plain}"
        );
        assert_eq!(
            lines_shown(plain, "da"),
            lines_shown(with_letters, "da"),
            "{plain}"
        );
        assert_eq!(
            (typed.acute, typed.walk_in, typed.age, typed.partial),
            (meant.acute, meant.walk_in, meant.age, meant.partial),
            "{plain}"
        );
        assert_eq!(typed.unit.is_some(), meant.unit.is_some(), "{plain}");
        assert_eq!(typed.not_found.len(), meant.not_found.len(), "{plain}");
    }
    // A word typed plain is the start of a longer one only when long: "svar" (an answer) is no "svære"; nor is
    // a short one part of a compound: "bornholm" is no "børn".
    assert_eq!(searched("jeg venter på svar").0.corrected, []);
    assert_eq!(searched("jeg bor på bornholm").0.corrected, []);
    // A line's name typed plain is had without a genitive s only where a word is left: "ms" and "ls" name none.
    for typed in ["ms", "ls"] {
        assert!(lines_shown(typed, "da").is_empty(), "{typed}");
    }
    // A difference in years is no age, typed either way.
    assert_eq!(searched("han er 30 år ældre").0.age, None);
    assert_eq!(searched("han er 30 ar aldre").0.age, None);
}
