//! Free-text search over the offers (src/domain/search/): forgiving about case, Danish letters and punctuation,
//! strict about every word, and never panicking on what people type.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::bundle;
use hjaelpeguiden::domain::bundle::Bundle;
use hjaelpeguiden::domain::catalogue::{Access, CrisisLine, Offer};
use hjaelpeguiden::domain::ranking::{Exclusion, age_exclusions};
use hjaelpeguiden::domain::search::{
    Found, Query, SEARCHED_WORDS, SearchIndex, folded, search_terms,
};
use hjaelpeguiden::domain::text::{Lang, LocalizedText, starts_alike};
use proptest::prelude::*;
use std::sync::OnceLock;

/// The shipped data, parsed once for all tests and property cases.
fn shared() -> &'static Bundle {
    static BUNDLE: OnceLock<Bundle> = OnceLock::new();
    BUNDLE.get_or_init(bundle)
}

/// The search index of the shipped data, built once.
fn index() -> &'static SearchIndex<'static> {
    static INDEX: OnceLock<SearchIndex<'static>> = OnceLock::new();
    INDEX.get_or_init(|| SearchIndex::new(&shared().catalogue, &shared().questions))
}

/// Whether the crisis check reads `typed` as acute, in any language.
fn is_acute(typed: &str) -> bool {
    index().is_acute(&Query::parse(typed))
}

/// The ids of the offers with every word of `typed` (nothing when the search is partial), searching every offer in
/// alphabetical (Danish) order on the Danish page.
fn found(typed: &str) -> Vec<String> {
    found_in(typed, "da")
}

/// [`found`] on the page in `lang`.
fn found_in(typed: &str, lang: &'static str) -> Vec<String> {
    let (result, ids) = searched_in(typed, lang);
    if result.partial { Vec::new() } else { ids }
}

/// The first of `ids`, to compare with an id.
fn first(ids: &[String]) -> Option<&str> {
    ids.first().map(String::as_str)
}

/// `ids` in the alphabet's order, to compare what two searches find whatever order each shows it in.
fn sorted(mut ids: Vec<String>) -> Vec<String> {
    ids.sort();
    ids
}

/// Asserts that the Danish page reads `typed`, which no offer has, as `meant`: it finds what `meant` finds, and
/// says what it searched for instead.
fn assert_read_as(typed: &str, meant: &str) {
    let (result, ids) = searched(typed);
    assert!(!ids.is_empty(), "{typed} finds nothing");
    assert_eq!(sorted(ids), sorted(found(meant)), "{typed}");
    assert_eq!(result.corrected, [(typed.to_owned(), meant.to_owned())]);
    assert!(!result.partial && result.not_found.is_empty(), "{typed}");
}

/// Asserts that the page in `lang` finds for `typed` what it finds for `need` alone, wholly, and names no word as
/// one no offer has: the other words of `typed` said nothing of the need.
fn assert_found_as(typed: &str, need: &str, lang: &'static str) {
    let (result, ids) = searched_in(typed, lang);
    assert!(!result.partial && result.not_found.is_empty(), "{typed}");
    assert_eq!(ids, found_in(need, lang), "{typed}");
}

/// Asserts that the page in `lang` finds for `typed`, wholly, the same offers as for `need` alone, in any order:
/// an offer whose own text has `typed`'s words in a row may come first.
fn assert_found_alike(typed: &str, need: &str, lang: &'static str) {
    let (result, ids) = searched_in(typed, lang);
    assert!(!result.partial && result.not_found.is_empty(), "{typed}");
    assert!(!ids.is_empty(), "{typed}");
    assert_eq!(sorted(ids), sorted(found_in(need, lang)), "{typed}");
}

/// Asserts that a search on the page in `lang` finds no offer, and reads no word as another: it names the words
/// back as typed.
fn assert_finds_nothing_as_typed(typed: &str, lang: &'static str) {
    let (result, ids) = searched_in(typed, lang);
    assert!(
        ids.is_empty() && result.corrected.is_empty(),
        "{typed}: {ids:?} {:?}",
        result.corrected
    );
}

/// What the Danish page shows for `typed`, searching every offer in alphabetical (Danish) order.
fn searched(typed: &str) -> (Found<'static>, Vec<String>) {
    searched_in(typed, "da")
}

/// [`searched`] on the page in `lang`, whose list is in alphabetical order in that language.
fn searched_in(typed: &str, lang: &'static str) -> (Found<'static>, Vec<String>) {
    let all = shared().catalogue.offers_by_name(Lang(lang));
    let result = index().search(&all, &Query::parse(typed), Lang(lang));
    let ids = result.offers.iter().map(|offer| offer.id.clone()).collect();
    (result, ids)
}

/// The ids of the crisis lines a search shows under 112 on a page in `lang`.
fn lines_shown(typed: &str, lang: &'static str) -> Vec<String> {
    let (result, _) = searched_in(typed, lang);
    result.lines.iter().map(|line| line.id.clone()).collect()
}

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
fn a_search_for_an_acute_topic_is_marked_so_the_page_points_to_crisis_help() {
    for typed in [
        "selvmord",
        "Selvmordstanker",
        "suicide",
        "tage sit liv",
        "selvm",
        // "I am in crisis": the words of someone looking for the way to crisis help itself.
        "jeg er i krise",
        "crisis",
    ] {
        assert!(is_acute(typed), "{typed}");
    }
    // Violence and rape lead to the same crisis help (112, Center for Voldtægtsofre) as the danger question does.
    for typed in [
        "vold",
        "Voldtægt",
        "overgreb",
        "overfald",
        "rape",
        "violence",
        // Said as it happens: "jeg bliver slået" (I am being hit) found nothing and pointed nowhere.
        "jeg bliver slået",
        "han slår mig",
        "I was beaten",
        // Inflected, as in a sentence about what happened.
        "volden",
        "voldtægten",
        "selvmordet",
        "trusselen",
        // In a compound, first or last ("selvmordsforsøg", a suicide attempt, "partnervold", violence by a
        // partner), and beside other words: each of these pointed nowhere.
        "selvmordsforsøg",
        "selvmordstruet",
        "voldtægtsoffer",
        "voldelig",
        "partnervold",
        "livsfare",
        "dødstrusler",
        "selvmord bolig",
        "suicide attempt",
        "vold i hjemmet",
    ] {
        assert!(is_acute(typed), "{typed}");
    }
    // Nor does a word that only starts or ends like one: "faren" (the father) is "fare" and one letter, "Mit liv –
    // Min plan" is an offer, and the acute label's "skade" (harm) ends "hjerneskade".
    for typed in [
        "bolig",
        "autisme",
        "",
        "hjælp",
        "faren drikker",
        "farve",
        "mit liv min plan",
        "hjerneskade",
        "ellers",
        // A breakup and a bus ride are no violence or pills, and a carer's burden is no wish to die.
        "det er en byrde at passe min mor",
        "caring is a burden to me",
        // "tæsk" (a beating) without its æ is the English "task".
        "I have a task",
        "han slog op med mig",
        "jeg tog bussen",
        "jeg vil vågne op i morgen",
        "she is dying of cancer",
        "jeg samler på frimærker",
        "vi har planer om at flytte",
        // "træt" (tired) is one letter from "truet" (threatened), and flashed the prompt as its typo; so did these,
        // each a word of its own one letter from a crisis word ("tæsk", "beaten", "hitting", "threats", "raped",
        // "groped"), found by typing every word of the fact sheet and the app's texts into the search.
        "jeg er så træt",
        "træt",
        "tænk",
        "taget",
        "I have eaten",
        "fitting",
        "I don't trust anyone",
        "treats",
        "threads",
        "rated",
        "grouped",
        "hang out with friends",
    ] {
        assert!(!is_acute(typed), "{typed}");
    }
}

/// How people write that they want to die or hurt themselves, or are being hit: each of these pointed nowhere,
/// since the crisis check knew only the words "selvmord", "selvskade" and "suicide" and the option's label.
#[test]
fn wanting_to_die_or_to_hurt_oneself_said_in_everyday_words_points_to_crisis_help() {
    for typed in [
        "jeg vil dø",
        "jeg vil slå mig selv ihjel",
        "jeg vil ikke leve mere",
        "jeg orker ikke at leve",
        "jeg orker ikke mere",
        "jeg skærer i mig selv",
        "jeg skærer mig",
        "jeg skærer i armene",
        "hænge mig",
        "tage en overdosis",
        "livstræt",
        "I want to die",
        "I want to kill myself",
        "I cannot go on",
        "end my life",
        "take my life",
        "hurt myself",
        "I cut myself",
        "overdose",
        "suicidal",
        "he hits me",
        "my boyfriend hit me",
        "tanker om at dø",
        "jeg kan ikke mere",
        "jeg har taget piller",
        "I can't go on",
        // Abuse by the words people use for it.
        "seksuelt misbrugt",
        "incest",
        "stalker",
        "tvangsægteskab",
        "krisecenter",
        "stalking",
        "forced marriage",
        "domestic abuse",
        "ingen grund til at leve",
        "no reason to live",
        "I don't want to live anymore",
        "everyone would be better off dead",
        "jeg er bange for min mand",
        "I am scared of my boyfriend",
        // Fear of a mother, a stepfather or an ex, as of a father: each was calm, and "I am afraid of my dad"
        // named "afraid" back as a word no offer has.
        "jeg er bange for min mor",
        "jeg er bange for min stedfar",
        "jeg er bange for min eks",
        "I am afraid of my dad",
        "I'm scared of my mum",
        "I am afraid of my ex",
        // A parent's new partner and stepparents: "jeg er bange for min mors nye kæreste" was calm, with two words
        // between "min" and the person; "nye" and "new" may now come between a phrase's words, as "gerne" may.
        "jeg er bange for min mors nye kæreste",
        "jeg er bange for min nye kæreste",
        "jeg er bange for min stedmor",
        "I am scared of my mum's new boyfriend",
        "I'm afraid of my stepmum",
        // Each was calm: abuse in the present tense and sexual abuse named as such ("misbrug" listed the substance
        // offers), fear of going home, a marriage forced, social control, a women's shelter in English.
        "jeg bliver misbrugt",
        "seksuelt misbrug",
        "jeg er bange for at tage hjem",
        "min familie vil gifte mig bort",
        "negativ social kontrol",
        "women's shelter",
        "I need a shelter from my husband",
        "honour based violence",
        // Signs of a medical emergency, each calm: blue lips, vomiting blood, a child who swallowed something,
        // poisoning (as the last part of a compound too), delirium.
        "hun er blå i ansigtet",
        "blå læber",
        "han kaster blod op",
        "mit barn har slugt noget",
        "alkoholforgiftning",
        "delirium",
        "epileptisk anfald",
        "blue lips",
        "vomiting blood",
        "my child swallowed something",
        "alcohol poisoning",
        // In the past tense, which no inflection ending makes ("tog" of "tage", "slog" of "slå"), or with a word
        // between ("prøvede"): each of these was calm, and "I tried to hang myself" too.
        "jeg prøvede at tage mit liv",
        "hun tog sit liv",
        "jeg tog en masse piller",
        "jeg slog mig selv",
        "min kæreste slog mig",
        "han tævede mig",
        "han truede mig",
        "I tried to hang myself",
        "I took too many pills",
        // An overdose of painkillers or sleeping pills, once those words found the offers about drugs: calm.
        "I took too many painkillers",
        "she took too many sleeping pills",
        "jeg har taget for mange smertestillende",
        "min mor har taget for mange sovepiller",
        // Wishing not to be, a burden, a note: the warning signs crisis lines ask about, each calm before.
        "jeg ønsker at dø",
        "jeg vil ikke være her mere",
        "jeg vil bare forsvinde",
        "jeg har ikke lyst til at leve",
        "alle ville have det bedre uden mig",
        "jeg er en byrde",
        "jeg har skrevet et afskedsbrev",
        "jeg vil sove for evigt",
        "I want to disappear",
        "I am a burden",
        "everyone would be better without me",
        "I don't want to be here anymore",
        "I wish I could sleep forever",
        "han rørte ved mig",
        "he touched me",
        // Typed on a phone without the apostrophe, and "end it all": each was calm, or listed offers by "going".
        // Violence as people say it happens, and the signs of danger at home: kicked, strangled (a warning sign of
        // a killing), controlled, a knife, afraid to go home. Each was calm; "emotional abuse" listed the offers
        // about substance abuse, and "he kicks me" the homeless' help (by "kicked out").
        "min kæreste sparker mig",
        "han kvalte mig",
        "han prøvede at kvæle mig",
        "han kontrollerer mig",
        "han har en kniv",
        "han holder mig fanget",
        "jeg er bange derhjemme",
        "jeg tør ikke tage hjem",
        "he kicks me",
        "he strangled me",
        "he choked me",
        "he controls me",
        "emotional abuse",
        "coercive control",
        "I am not safe at home",
        "I am scared to go home",
        // A medical emergency, as the danger question's hint names a serious accident: each was calm.
        "han er bevidstløs",
        "hun trækker ikke vejret",
        "hjertestop",
        "en alvorlig ulykke",
        "han er truende",
        "he is unconscious",
        "she is not breathing",
        "min ven er faldet om",
        "she collapsed",
        "i cant go on",
        "i dont want to live",
        "i cant take it anymore",
        "im going to kill myself",
        "i wanna die",
        "I want to end it all",
        // Without æ, ø and å, on a foreign keyboard or in a hurry: each was calm, "jeg vil do" listed every offer.
        "han slar mig",
        "hange mig",
        "jeg vil do",
        "jeg er blevet slaet",
        // No meaning, no point, and a fear of being killed: each was calm.
        "jeg har det så dårligt at jeg ikke kan mere",
        "jeg gider ikke mere",
        "der er ingen mening med livet",
        "life is not worth living",
        "there is no point in living",
        "I feel like ending it",
        "my partner hurts me",
        "I am afraid he will kill me",
        // Said by a relative about someone else, and "tage livet af", which is how many Danes say it of
        // themselves too: each of these was calm, so a worried parent saw no crisis help at all.
        "jeg vil tage livet af mig",
        "min søn vil tage sit liv",
        "hun vil tage sit eget liv",
        "han vil tage livet af sig",
        "min datter skærer i sig selv",
        "min veninde skærer sig",
        "han vil hænge sig",
        "my son wants to kill himself",
        "she wants to end her life",
        "he talks about ending his life",
        "my daughter cuts herself",
        "they want to kill themselves",
        "hun er bange for sin mand",
        "she is scared of her husband",
        "I am afraid of my husband",
        // Abuse said as it happens: "misbrugt" alone listed the substance offers ("misbrug", substance abuse).
        "jeg er blevet misbrugt",
        "min onkel misbruger mig",
        "han befølte mig",
        "jeg bliver afpresset",
        "jeg bliver holdt indespærret",
        "I was molested",
        "I am being blackmailed",
        // Tired of life: "jeg er træt af livet" listed the autism offer whose name has "voksenlivet", and "I am tired
        // of life" and "I feel like dying" were calm.
        "jeg er træt af livet",
        "træt af at leve",
        "jeg har intet at leve for",
        "I am tired of life",
        "tired of living",
        "I have nothing to live for",
        "I feel like dying",
        "I want to be dead",
        // Harming oneself, said with "skade" as the option's label says it, and of someone else.
        "min datter skader sig selv",
        "jeg skader mig selv",
        "han har skadet sig selv",
        "my son hurts himself",
        "she harms herself",
        "self harming",
        "selfharm",
        "I keep harming myself",
        // In the present tense, "tager" of "tage": each was calm, and "jeg tager livet af mig" listed every offer.
        // Not coping or bearing it any more, killing and hurting oneself as it goes on, and thinking of dying: each
        // was calm too.
        "hun tager sit liv",
        "jeg tager livet af mig",
        "han tager sit eget liv",
        "jeg kan ikke holde det ud",
        "jeg kan ikke klare det mere",
        "jeg holder ikke til mere",
        "he is killing himself",
        "I am killing myself",
        "i keep hurting myself",
        "thinking about dying",
        "I cannot cope anymore",
        "jeg magter ikke mere",
        "I can't do this anymore",
        // How Danes say it without saying it, and hopelessness: "gøre sig selv noget" (do something to oneself),
        // "gøre noget dumt" (do something stupid), wanting to disappear or not to wake up, giving up on life,
        // everything meaningless. Each was calm, and a worried parent's "jeg er bange for at min datter gør sig selv
        // noget" listed Recoveryskolen's courses for relatives alone.
        "jeg er bange for at min datter gør sig selv noget",
        "jeg er bange for at gøre mig selv noget",
        "han vil gøre noget dumt",
        "I'm afraid she will do something stupid",
        "I might do something to myself",
        "jeg har lyst til at forsvinde",
        "jeg vil ikke vågne op",
        "det hele er meningsløst",
        "han har givet op på livet",
        "he talks about dying",
        // The warning signs crisis lines ask relatives to watch for: plans, pills saved up, a rope, goodbyes, things
        // given away, being a burden. Each was calm; "jeg har samlet piller" listed the substance offers, "jeg har
        // planer om at dø" Mit liv – Min plan under the prompt, and "jeg er en belastning" was read as
        // "aflastning" (respite care).
        "jeg har planer om at dø",
        "I have plans to die",
        "jeg har samlet piller",
        "I have been saving pills",
        "jeg har købt et reb",
        "I bought a rope",
        "han har sagt farvel til alle",
        "hun giver sine ting væk",
        "he is giving his things away",
        "jeg er en belastning",
        // Cutting as young Danes say it, and burning oneself: each was calm, and "hun cutter sig" listed two offers
        // by chance.
        "jeg cutter",
        "hun cutter sig",
        "jeg cuttede mig",
        "jeg vil cutte",
        "jeg brænder mig selv",
        "han brændte sig selv",
        "I burn myself",
        "she is burning herself",
        // A word between the words of a phrase ("eget", "own", "gerne", "bare"), "taking" and "took" of "take",
        // and killing, shooting, cutting the wrists and jumping as people say it: each was calm, and "jeg vil gerne
        // dø" (I would like to die) listed the brain-injury relatives' groups.
        "jeg vil gerne dø",
        "jeg vil bare dø",
        "jeg vil hellere dø",
        "jeg ville ønske jeg var død",
        "min bror tog sit eget liv",
        "hun har taget sit eget liv",
        "han dræbte sig selv",
        "jeg vil skyde mig selv",
        "jeg skar i håndleddene",
        "jeg vil springe ud foran toget",
        "han vil dræbe mig",
        "I am thinking of taking my own life",
        "I want to end my own life",
        "my brother took his own life",
        "she took her life",
        "my son killed himself",
        "I want to shoot myself",
        "I cut my wrists",
        "I want to jump off a bridge",
        "he is going to kill me",
        // Not wanting to be, or to exist; better off without me; ending it; pills swallowed; voices that say to
        // die; not safe, being hurt: each was calm ("jeg ville ønske, at jeg var død" named "død" back as a word
        // no offer has).
        "jeg ville ønske, at jeg var død",
        "bare jeg var død",
        "jeg ville ønske jeg ikke fandtes",
        "jeg vil ikke være til mere",
        "jeg orker ikke livet",
        "livet er ikke værd at leve",
        "alle ville være bedre stillet uden mig",
        "jeg vil gøre en ende på det hele",
        "jeg vil gøre det af med mig selv",
        "jeg har slugt piller",
        "jeg vil drukne mig",
        "han hører stemmer der siger han skal dø",
        "jeg er ikke i sikkerhed",
        "han gør mig fortræd",
        "I don't want to be alive",
        "I wish I was never born",
        "I want to end it",
        "I can't live like this anymore",
        "life is pointless",
        "nobody would miss me",
        "no one would care if I died",
        "I swallowed pills",
        "I want to drown myself",
        "the voices are telling me to die",
        "I'm not safe",
        "someone is hurting me",
        // Followed, stabbed, forced; a medical emergency by its signs (bleeding, fainting, a seizure, chest pain,
        // no air, slurred speech, no response); and a fear of hurting someone else. Each was calm.
        "nogen forfølger mig",
        "han følger efter mig",
        "han tvinger mig til sex",
        "han har stukket mig",
        "jeg bløder meget",
        "han er besvimet",
        "hun har fået et krampeanfald",
        "han har ondt i brystet",
        "hun kan ikke trække vejret",
        // "få vejret" is how most say it: "jeg kan ikke få vejret" found nothing and showed no prompt.
        "jeg kan ikke få vejret",
        "hun får ikke vejret",
        "han har svært ved at trække vejret",
        "han taler sløret",
        "hun reagerer ikke",
        "jeg er bange for at gøre nogen noget",
        "jeg er bange for mig selv",
        "someone is following me",
        "he stabbed me",
        "I am bleeding a lot",
        "she fainted",
        "he is having a seizure",
        "he has chest pain",
        "she can't breathe",
        "he is having difficulty breathing",
        "I can't catch my breath",
        "his speech is slurred",
        "he won't wake up",
        "I want to hurt someone",
        "I am afraid of myself",
        // Young people's words online ("unalive", "kms", "sewerslide"), done with life, a goodbye letter, and a
        // relative's "talking about ending it" (which listed the offers to talk to). Each was calm.
        "jeg vil unalive mig selv",
        "jeg er færdig med livet",
        "I want to unalive myself",
        "i want to kms",
        "sewerslide",
        "I'm done with life",
        "he wrote a goodbye letter",
        "my mum is talking about ending it",
        // Rather dead, wanting the pain to stop, and a clause's word order ("at jeg ikke vil leve", "at jeg gerne
        // vil dø"): each was calm.
        "I would like to die",
        "I'd rather be dead",
        "I want the pain to stop",
        "jeg vil have smerten til at stoppe",
        "jeg har det så skidt at jeg ikke vil leve",
        "jeg tror at jeg gerne vil dø",
        // Words that only stress it, between a phrase's words (`search_acute_fillers`): each was calm.
        "jeg vil så gerne dø",
        "jeg vil virkelig bare dø",
        "jeg vil egentlig bare dø",
        "I want to just die",
        "I honestly want to just die",
        "jeg vil gøre en ende på mit eget liv",
        // No way out, as people say it: each was calm, and "jeg ser ingen udvej" listed offers by "ser".
        "jeg ser ingen udvej",
        "jeg kan ikke se nogen udvej",
        "der er ingen vej ud",
        "I can't see a way out",
        "there is no way out",
        // Having lost the will to live, and asking what the point of living is: each was calm, and "I lost the will
        // to live" listed 13 offers by "will" and "live".
        "jeg har mistet lysten til at leve",
        "jeg har mistet al lyst til at leve",
        "jeg har mistet livslysten",
        "jeg har ingen livslyst",
        "jeg har ingen lyst til at leve",
        "livslede",
        "jeg magter ikke livet",
        "hvad er meningen med at leve",
        "I lost the will to live",
        "I have no will to live",
        "I do not want to be alive",
        "I do not want to live",
        "what is the point of living",
        "whats the point in living",
        // Not waking up, pills kept, not being missed, thinking of death, hurting oneself till it bleeds, a plan:
        // each was calm.
        "jeg håber jeg ikke vågner",
        "jeg har gemt piller",
        "ingen vil savne mig",
        "jeg tænker på døden",
        "tanker om døden",
        "jeg river mig selv til blods",
        "I don't want to wake up",
        "I hope I don't wake up",
        "I have a plan to end it",
        "death wish",
        "thinking about death",
        "I hit myself",
        "I scratch myself until I bleed",
        "crash my car on purpose",
        // Not being noticed if gone, standing on a bridge, jumping from a roof or a window, life as meaningless:
        // each was calm, and "jeg står på broen" listed the help for homeless people by "står".
        "ingen ville opdage hvis jeg forsvandt",
        "det ville være bedre hvis jeg ikke var her",
        "jeg står på broen",
        "jeg vil springe ud fra taget",
        "jeg vil hoppe ud af vinduet",
        "livet er ligegyldigt",
        "nobody would notice if I was gone",
        "I am standing on a bridge",
        "I want to jump off the roof",
        "life is meaningless",
    ] {
        assert!(is_acute(typed), "{typed}");
    }
    // Under the prompt, "tage" of "tage livet af sig" is no calm word to list offers by, nor an acute word the
    // start of an offer's word: "dead" of "deadline", "livet" of "voksenlivet".
    for (typed, lang) in [
        ("han vil tage livet af sig", "da"),
        ("I want to be dead", "en"),
        ("my mum is talking about ending it", "en"),
        // Nor the words that only stress a phrase: "snart" (soon) and "faktisk" (in fact) are no ignored words.
        ("jeg vil faktisk snart dø", "da"),
        ("jeg ser ikke nogen udvej", "da"),
        ("jeg er træt af livet", "da"),
        ("min datter skader sig selv", "da"),
        // Nor the talking or sleeping said with it: the offers to talk to, or the homeless' help by "sove".
        ("han snakker om at dø", "da"),
        ("he talks about dying", "en"),
        ("my son talks about suicide", "en"),
        ("jeg vil bare sove og aldrig vågne", "da"),
        ("jeg har planer om at dø", "da"),
        // Nor filler words: "længere" listed the concussion coordinator, "keep" Café Rusfri.
        ("jeg vil ikke leve længere", "da"),
        ("i keep hurting myself", "en"),
        // Nor the train: "toget" listed Fremskudt Rådgivning and JobRus.
        ("jeg vil kaste mig ud foran toget", "da"),
        ("I want to throw myself in front of a train", "en"),
    ] {
        assert!(searched_in(typed, lang).1.is_empty(), "{typed}");
    }
    // An acute word no offer has is named as typed, not read as a typo of another word: "stalking" was read as
    // "talking" and listed the offers to talk to.
    for (typed, lang) in [("stalking", "en"), ("tvangsægteskab", "da")] {
        assert_finds_nothing_as_typed(typed, lang);
    }
    // A phrase needs all its words: one of them alone, or on the way to another word, is calm. "My life – my
    // plan" is an offer.
    for typed in [
        "dø",
        "døgn",
        "jeg vil have døgnåbent",
        "die",
        "diet",
        "leve",
        "jeg vil gerne leve et godt liv",
        "life",
        "my life",
        "my life my plan",
        "the end",
        "take a course",
        "hurt",
        "ja tak",
        "jeg orker ikke skolen",
        // A phrase's words in a row: not "vil ikke mere" scattered through a sentence about food.
        "jeg vil ikke have mere mad",
        "jeg er bange for at gå ud",
        "I am scared",
        // An inflected word of the option's label alone is a word, not one on the way to the label's: "han er
        // skadet" (he is injured) pointed to Livslinien, by "skade" of "skade sig selv".
        "han er skadet",
        "skader",
        "skaden",
        "I want to live on my own",
        "jeg er bange for at miste mit job",
        "I am scared of dogs",
        "jeg misbruger hash",
        "min søn misbruger stoffer",
        // The present tense of "tage" in other sentences, and coping with less than everything.
        "hun tager livet let",
        "han tager sit job alvorligt",
        "jeg kan ikke klare min økonomi",
        "I cannot cope with my debts",
        "I am afraid of dying",
        "jeg sparkede til bolden",
        "hjernerystelse efter en ulykke",
        "I was kicked out",
        "jeg blev smidt ud",
        // Beside the phrases of not wanting to be, hurt or safe: a bother, a bad back, ending a relationship.
        "jeg vil ikke være til besvær",
        "my back is hurting me",
        "jeg vil gøre en ende på forholdet",
        "I am not sure",
        "det er ikke værd at ringe",
        "kramper i benene",
        "kommunen reagerer ikke på min klage",
        "the council is not responding",
        "jeg vil gerne gøre nogen noget godt",
        // A stroke, a bleed in the brain, had long ago: the brain-injury offers, not the crisis prompt.
        "min far har haft et slagtilfælde",
        "hjerneblødning",
        // Only the words that stress a phrase may come between its words: never "ikke", which says the opposite.
        "jeg vil ikke dø",
        "jeg vil så gerne have hjælp",
        // Beside the phrases of a lost will to live: the will to live come back, a lost job.
        "jeg har fået livslysten tilbage",
        "I lost my job",
        // Death said of someone else, and waking at night: "død" started a word of wishing to die (not kept), and
        // listed Livslinien for "min far er død".
        "død",
        "min far er død",
        "jeg vågner om natten",
        "I wake up at night",
        "I hit my head",
        // Beside the new signs of an emergency: food poisoning, swallowing one's pride.
        "madforgiftning",
        "food poisoning",
        "I have to swallow my pride",
        // Beside the new phrases of a bridge, a roof, a train and jumping: coming out, taking the train, repairs.
        "jeg springer ud som homoseksuel",
        "jeg tager toget til arbejde",
        "I take the train to work",
        "han står på taget og reparerer det",
        "det hele er ligegyldigt",
        // "nye" and "new" between a phrase's words make no fear of a place or a job a crisis.
        "jeg er bange for min nye skole",
        "I am scared of my new school",
    ] {
        assert!(!is_acute(typed), "{typed}");
    }
}

/// The words the offers and the calm options are described and searched by stay calm: "misbrug" (substance abuse)
/// once brought the crisis prompt up, one letter from a new acute word "misbrugt" (abused), and "står" (stands),
/// one letter from "slår" (hits); "over", "selv" and "abuse" did as the first letters of "overgreb", "skade sig
/// selv" and "abused", also while someone typed "overnatning" or "selvstændig".
#[test]
fn the_words_of_the_offers_and_of_calm_answers_do_not_point_to_crisis_help() {
    let b = shared();
    let mut texts: Vec<&LocalizedText> = Vec::new();
    for offer in &b.catalogue.offers {
        texts.extend([&offer.name, &offer.summary, &offer.first_step]);
    }
    let calm_options = b
        .questions
        .questions
        .iter()
        .flat_map(|question| &question.options)
        .filter(|option| !option.acute);
    for option in calm_options {
        texts.extend(option.label.all().chain(option.search_words.iter()));
    }
    let mut acute: Vec<String> = texts
        .iter()
        .flat_map(|text| text.0.values())
        .flat_map(|text| text.split(|c: char| !c.is_alphanumeric()))
        .filter(|word| is_acute(word))
        .map(str::to_lowercase)
        .collect();
    acute.sort();
    acute.dedup();
    assert_eq!(acute, Vec::<String>::new());
}

/// An idiom that says something calm with a crisis word is calm ([`Questions::search_calm_idioms`]): "min kæreste
/// har slået op" (has broken up with me) flashed the crisis prompt by "slået" (beaten), and "jeg keder mig ihjel"
/// (bored to death) by "ihjel".
#[test]
fn calm_idioms_with_a_crisis_word_do_not_point_to_crisis_help() {
    for typed in [
        "min kæreste har slået op",
        "vi har slået op",
        "han slår op med mig",
        "hun slar op med mig",
        "jeg keder mig ihjel",
        "jeg slår tiden ihjel",
        "I'm bored to death",
        "I just kill time",
        // "kicked me" is a crisis phrase, but "kicked me out" is being made homeless.
        "my parents kicked me out",
        // Looking something up, being struck by a thought, dying of boredom, a job that is killing one: each
        // flashed the prompt by "slår" (beats), "slår mig" or "at dø".
        "jeg slår det op",
        "jeg skal slå det op",
        "det slår mig at ingen svarer",
        "jeg er ved at dø af kedsomhed",
        "mit arbejde slår mig ihjel",
    ] {
        assert!(!is_acute(typed), "{typed}");
    }
    // A crisis word or phrase beside it still points to crisis help.
    for typed in [
        "min kæreste har slået op og jeg vil dø",
        "min kæreste har slået mig",
        "min far slår",
        "jeg vil slå mig ihjel",
        "jeg keder mig ihjel og vil ikke leve mere",
        "he kicked me",
        "he kicked me out and hit me",
        "han slår mig",
        "min far slår mig og jeg slår det op",
        "min mand slår mig ihjel",
    ] {
        assert!(is_acute(typed), "{typed}");
    }
    // A break-up is named back as what no offer is for, and the page points on.
    let (result, ids) = searched("vi har slået op");
    assert!(ids.is_empty() && result.points_on(), "{ids:?}");
}

/// Everyday words that resemble a crisis word, end with one or start one are words of their own
/// ([`Questions::search_not_typos`]): "my son struggles at school" flashed the crisis prompt, "struggles" being two
/// letters from "strangles", as did "jeg har kvalme" (nausea, "kvalte"), "jeg har sparet op" (saved, "sparket"),
/// "jeg har ikke troet på det" (believed, "truet"), "lægen foreslår en pause" (suggests, ending with "slår",
/// beats), and "it's true" and "though", which start "truet" and "thoughts". Found across two word lists of
/// 400,000 words. A word the offers are found by is no typo of a crisis word either: "afrusning" (sobering up) was
/// read as "afpresning" (blackmail) until it became a search word of alcohol and drugs.
#[test]
fn a_word_of_its_own_is_no_crisis_word_it_resembles_ends_with_or_starts() {
    for (typed, lang) in [
        ("my son struggles at school", "en"),
        ("she struggled with anxiety", "en"),
        ("strangers scare me", "en"),
        ("it's true", "en"),
        ("though", "en"),
        ("self", "en"),
        ("jeg har kvalme", "da"),
        ("jeg har sparet op", "da"),
        ("jeg har ikke troet på det", "da"),
        ("lægen foreslår en pause", "da"),
        ("jeg har foreslået det", "da"),
        ("jeg har ondt i øret", "da"),
        ("hun besvarede ikke min mail", "da"),
        ("afrusning", "da"),
    ] {
        assert!(!searched_in(typed, lang).0.acute, "{typed}");
    }
    // The crisis words they resemble still point to crisis help, as typed or with a typo.
    for (typed, lang) in [
        ("he strangled her", "en"),
        ("he strangles me", "en"),
        ("hun er kvalt", "da"),
        ("han har sparket mig", "da"),
        ("jeg er blevet truet", "da"),
        ("min far slår mig", "da"),
        ("selvmrod", "da"),
    ] {
        assert!(searched_in(typed, lang).0.acute, "{typed}");
    }
    // Struggling is a word of mental health, in any tense.
    assert!(found_in("she struggled with anxiety", "en").contains(&"psykiatriens-hus".to_owned()));
}

#[test]
fn the_first_letters_of_a_search_and_parts_of_words_are_not_acute() {
    // Typed letter by letter, "hjemløs" and "selvmord" start with letters that occur in the acute texts; the crisis
    // prompt should not flash on and off while someone types.
    for typed in ["h", "s", "se", "sel", "a", "liv", "ting", "mord"] {
        assert!(!is_acute(typed), "{typed}");
    }
}

#[test]
fn a_search_typed_as_a_sentence_looks_for_the_words_that_say_what_it_is_about() {
    let b = bundle();
    // "min" and "har" are ignored words: without them "min søn har autisme" found nothing, as no offer has "har".
    let son = found("min søn har autisme");
    assert_eq!(son, found("søn autisme"));
    assert!(
        son.contains(&"familiekonsulenter-boernehandicap".to_owned()),
        "{son:?}"
    );
    assert!(found("hjælp til hjemløse").contains(&"perron-4".to_owned()));
    assert!(found("I need help with housing").contains(&"skaeve-boliger".to_owned()));
    assert!(found("jeg har ingen bolig").contains(&"hjemloese-hjaelp".to_owned()));
    assert!(found("jeg drikker for meget").contains(&"rusmiddelcenter-randers".to_owned()));
    // Auxiliary verbs and fillers say nothing either: "blevet" and "godt" made these searches partial.
    for (sentence, words) in [
        ("jeg er blevet smidt ud", "smidt ud"),
        ("jeg kunne godt bruge en at snakke med", "snakke"),
        ("we were evicted", "evicted"),
        // "finde" found Skæve boliger ("svært at finde"), "gøre" an autism offer, "ud" every word starting so, and
        // "cannot" and the "don" of "don't" were named back as words no offer has.
        ("jeg kan ikke finde en bolig", "bolig"),
        ("jeg skal gøre noget ved min angst", "angst"),
        ("jeg kan ikke finde ud af mit misbrug", "misbrug"),
        ("I cannot find a job", "job"),
        ("I don't have a job", "job"),
        // Without the apostrophe, as phones type it.
        ("i cant find a job", "job"),
        ("im homeless", "homeless"),
        // "livet" and "life" found offers by "voksenlivet" and "a meaningful life": "livet er svært" put an autism
        // offer among the mental-health ones, and "jeg har ondt i livet" found only that autism offer. ("life is
        // hard" is a saying, as "hard" alone, in "hard to find a job", says nothing of mental health.)
        ("livet er svært", "svært"),
        ("life is hard", "struggling"),
    ] {
        assert_eq!(searched(sentence).1, searched(words).1, "{sentence}");
        assert!(!searched(sentence).0.partial, "{sentence}");
    }
    // "ondt i livet" is a saying, searched as the editors' words for it: see
    // `a_saying_is_searched_as_the_editors_words_for_it`.
    // Ignored words only say nothing about what is wanted: every offer, as with nothing typed, and the page says
    // that it cannot tell what is looked for ("32 af 32 tilbud passer til søgningen" read as if every offer fit).
    for (typed, lang) in [
        ("jeg har brug for hjælp", "da"),
        ("han", "da"),
        ("nat", "da"),
        ("jeg har problemer", "da"),
        ("17", "da"),
        ("I need help", "en"),
        // "over" started "overvældet" and "overwhelmed", and listed the mental-health offers for "jeg er over 18".
        ("jeg er over 18", "da"),
        ("I am over 18", "en"),
    ] {
        let (result, ids) = searched_in(typed, lang);
        assert_eq!(ids.len(), b.catalogue.offers.len(), "{typed}");
        assert!(result.says_nothing, "{typed}");
    }
    // A search that says something does, also one that only asks for a way in: that narrows the list.
    for typed in [
        "autisme",
        "uden henvisning",
        "jeg kan bare møde op",
        "xyzzy",
        "livslinien",
        "selvmord",
    ] {
        assert!(!searched(typed).0.says_nothing, "{typed}");
    }
    // A sentence about an acute topic points to crisis help, and ignored words alone do not.
    assert!(is_acute("jeg vil tage mit liv"));
    assert!(is_acute("tanker om selvmord"));
    assert!(!is_acute("jeg har det svært"));
    assert!(!is_acute("om at"));
}

#[test]
fn editors_search_words_cover_what_people_call_their_situation() {
    for (typed, id) in [
        ("skizofreni", "psykiatriens-hus"),
        ("bipolar", "psykiatriens-hus"),
        // "slagtilfælde" (a stroke), "manisk" and "psychotic" found nothing; "psykotisk" was read as "psykisk".
        ("slagtilfælde", "hjernecenter-randers"),
        // Hopelessness finds the mental-health offers; "ingen udvej" (no way out) is acute (see the crisis tests).
        ("jeg føler mig håbløs", "psykiatriens-hus"),
        ("I feel hopeless", "psykiatriens-hus"),
        // Everything meaningless found nothing; life meaningless is acute.
        ("det hele er ligegyldigt", "psykiatriens-hus"),
        ("everything is meaningless", "psykiatriens-hus"),
        ("manisk", "psykiatriens-hus"),
        // Anxious, nervous: "jeg er nervøs" found nothing, and "unemployed and anxious" fit only in part.
        ("jeg er nervøs", "psykiatriens-hus"),
        ("ængstelig", "psykiatriens-hus"),
        ("anxious", "psykiatriens-hus"),
        ("psychotic", "psykiatriens-hus"),
        ("udviklingshæmmet", "aktivitetscenter-randers"),
        // Overwhelmed, and painkillers: each found nothing.
        ("I feel overwhelmed", "psykiatriens-hus"),
        ("jeg føler mig overvældet", "psykiatriens-hus"),
        ("I'm addicted to painkillers", "rusmiddelcenter-randers"),
        (
            "jeg er afhængig af smertestillende",
            "rusmiddelcenter-randers",
        ),
        // The autism spectrum: "autisme spektrum" fitted in part, naming "spektrum" as in no offer.
        ("autisme spektrum", "autismecenter-randers"),
        ("autismespektrumforstyrrelse", "autismecenter-randers"),
        ("on the spectrum", "autismecenter-randers"),
        // A disability by what it is: "blind" and "deaf" found nothing. Not "døv", whose start would make "dø"
        // (to die) list the disability offers, nor "hearing loss", whose "loss" would answer a search about grief.
        ("blind", "aktivitets-fritidskoordinator"),
        ("svagsynet", "aktivitetscenter-randers"),
        ("hørehæmmet", "aktivitetscenter-randers"),
        ("cerebral parese", "aflastning-boern-handicap"),
        ("deaf", "aktivitetscenter-randers"),
        ("visually impaired", "aktivitets-fritidskoordinator"),
        ("sove", "hjemloese-hjaelp"),
        ("udsættelse", "hjemloese-hjaelp"),
        ("eviction", "hjemloese-hjaelp"),
        // A home by the English words for it, as "lejlighed" in Danish: "apartment" found nothing.
        ("lejlighed", "hjemloese-hjaelp"),
        // A shared home is a home: "bofællesskab" was read as "fællesskab" (community) and listed those offers.
        ("bofællesskab", "skaeve-boliger"),
        ("apartment", "hjemloese-hjaelp"),
        ("arbejdsløs", "jobrus"),
        ("jobless", "jobrus"),
        // Being out of work, as a need: "unemployment" found nothing, and "arbejdsløshed" was read as a typo.
        ("unemployment", "jobrus"),
        ("out of work", "jobrus"),
        ("psykiater", "psykiatrisk-klinik-2"),
        ("psychiatrist", "psykiatrisk-klinik-2"),
        // A psychologist, as people ask for one: "psychologist" found nothing, and "psykolog" only PPR (for children,
        // by its "psykologisk"), so "psykolog uden henvisning" found nothing at all.
        ("psykolog", "psykiatriens-hus"),
        ("psykolog", "ppr"),
        ("psykolog uden henvisning", "psykiatriens-hus"),
        ("psychologist", "psykiatriens-hus"),
        // The English summary says "make a complaint", so both the verb and the noun find it.
        ("complaint", "borgerraadgiveren"),
        ("complain", "borgerraadgiveren"),
        // A relative by who they are to the person.
        ("søn", "familiekonsulenter-boernehandicap"),
        ("datter", "ppr"),
        ("forælder", "ppr"),
        ("søster", "hjerneskade-paaroerende"),
        ("husband", "hjerneskade-paaroerende"),
        ("girlfriend", "hjerneskade-paaroerende"),
        // Kinds of help by their everyday names: the singular of "kurser", and therapy for treatment.
        ("kursus", "hjernecenter-randers"),
        ("terapi", "rusmiddelcenter-randers"),
        ("therapy", "psykiatrisk-klinik-2"),
        // Food: Perron 4's meal scheme (its free breakfast is "morgenmad", where a three-letter word is not found).
        ("mad", "perron-4"),
        ("meal", "perron-4"),
        // Hunger, as someone in the street says it: it found nothing.
        ("jeg er sulten", "perron-4"),
        ("jeg sulter", "perron-4"),
        ("I am hungry", "perron-4"),
        // What else Perron 4 gives for free, as people in the street ask for it: a dentist, food for a dog.
        ("tandlæge", "perron-4"),
        ("tandpine", "perron-4"),
        ("dentist", "perron-4"),
        ("toothache", "perron-4"),
        ("hjemløs med hund", "perron-4"),
        ("homeless with a dog", "perron-4"),
        ("dog food", "perron-4"),
        // Boredom asks for things to do and people to do them with. Not in Danish: "keder" would make "ked" of "ked
        // af det" (sad) find the activities too.
        ("I am bored", "aktivitetscenter-randers"),
        ("boredom", "aktivitetscenter-randers"),
        // The Danish word a caseworker uses, in the English text too.
        ("bisidder", "borgerraadgiveren"),
        // Someone who has been there, as people ask for a peer worker without knowing the word: each found
        // nothing, or other offers by chance.
        ("en der selv har prøvet det", "peer-stoette"),
        ("en der har prøvet det samme", "peer-stoette"),
        ("someone who has been through it", "peer-stoette"),
        ("someone with lived experience", "peer-stoette"),
        ("medarbejder med egen erfaring", "peer-stoette"),
        // How people describe a condition rather than name it, also inflected.
        ("autistiske", "autismecenter-randers"),
        ("deprimeret", "psykiatriens-hus"),
        ("angstanfald", "psykiatriens-hus"),
        // "social angst" found only ACT and Perron 4, whose texts say "socialt udsatte".
        ("social angst", "psykiatriens-hus"),
        ("socialangst", "psykiatriens-hus"),
        ("depressed", "psykiatriens-hus"),
        ("alkoholiker", "rusmiddelcenter-randers"),
        ("alcoholic", "rusmiddelcenter-randers"),
        // Symptoms people name rather than a diagnosis: eating disorders and voices, and the lasting effects of a
        // concussion the concussion coordinator is for.
        ("spiseforstyrrelse", "psykiatriens-hus"),
        ("eating disorder", "psykiatriens-hus"),
        ("hører stemmer", "psykiatrisk-klinik-2"),
        ("hearing voices", "psykiatrisk-klinik-2"),
        // Trauma and PTSD, which found nothing.
        ("traume", "psykiatriens-hus"),
        ("PTSD", "psykiatriens-hus"),
        ("trauma", "psykiatriens-hus"),
        // Burnout and panic attacks as people say them, which found nothing.
        ("udbrændt", "psykiatriens-hus"),
        ("burnout", "psykiatriens-hus"),
        ("jeg får panikanfald", "psykiatriens-hus"),
        // The word the sources use for an acquired brain injury, and causes they name, which found nothing.
        ("senhjerneskade", "hjernecenter-randers"),
        ("borger med senhjerneskade", "hjernecenter-randers"),
        ("hjernetumor", "hjernecenter-randers"),
        ("iltmangel", "hjernecenter-randers"),
        ("hovedpine", "hjernerystelseskoordinator"),
        ("headache", "hjernerystelseskoordinator"),
        // Drugs by their everyday names.
        ("skunk", "rusmiddelcenter-randers"),
        ("kokain", "jobrus"),
        ("weed", "rusmiddelcenter-randers"),
        ("cocaine", "cafe-rusfri"),
        ("ked af det", "psykiatriens-hus"),
        // Having a hard time, as people say it: "jeg har det svært" found only Skæve boliger, whose text says
        // "svært" (hard) about finding a home.
        ("jeg har det svært", "psykiatriens-hus"),
        ("har det hårdt", "psykiatriens-hus"),
        ("struggling", "psykiatriens-hus"),
        // The "t" of "can't" is no word to look for.
        ("I can't cope", "psykiatriens-hus"),
        // Feeling bad: "jeg har det dårligt" and "I feel down" found nothing, "I feel bad" Perron 4 by the Danish
        // "bad" (a shower), and "I feel lonely" was partial, since no offer has "feel".
        ("jeg har det dårligt", "psykiatriens-hus"),
        ("I feel down", "psykiatriens-hus"),
        ("feeling sad", "psykiatriens-hus"),
        // Mental illness as an adjective. Not "mistrivsel" (not thriving): "miste" (to lose) would find it by "mist".
        ("mentally ill", "psykiatriens-hus"),
        ("borderline", "psykiatriens-hus"),
        ("I feel lonely", "aktivitetscenter-randers"),
        // Loneliness as a want of people, and housing by the word for housing with support.
        ("netværk", "aktivitetscenter-randers"),
        ("alone", "aktivitetscenter-randers"),
        ("botilbud", "boliger-unge-autisme"),
        // "sove" did not find "sover" (sleeps), which has no ending the search knows.
        ("jeg sover på gaden", "hjemloese-hjaelp"),
        // Mental illness with substance use: offers of either kind.
        ("dobbeltdiagnose", "psykiatriens-hus"),
        ("dobbeltdiagnose", "rusmiddelcenter-randers"),
        ("dual diagnosis", "rusmiddelcenter-randers"),
        // Withdrawal and relapse; not "tilbagefald", which "tilbage" (back) would start.
        ("abstinenser", "rusmiddelcenter-randers"),
        ("withdrawal", "rusmiddelcenter-randers"),
        ("afvænning", "rusmiddelcenter-randers"),
        ("detox", "rusmiddelcenter-randers"),
        // Sobering up, which pointed to crisis help as two letters from "afpresning" (blackmail).
        ("afrusning", "rusmiddelcenter-randers"),
        ("relapse", "cafe-rusfri"),
        ("supported housing", "boliger-unge-autisme"),
        // Housing as people say it: "bostøtte" was read as "støtte" and found the peer workers first, and "smidt
        // ud" (thrown out) found every offer with a word starting "ud".
        ("bostøtte", "hjemloese-hjaelp"),
        ("smidt ud", "hjemloese-hjaelp"),
        ("kicked out", "hjemloese-hjaelp"),
        ("lejlighed", "skaeve-boliger"),
        ("værelse", "skaeve-boliger"),
        // Staff's word for Perron 4's people, which its summary now uses.
        ("socialt udsat", "perron-4"),
        // Kinds of help by their everyday names.
        ("snakke", "psykiatriens-hus"),
        ("samtale", "psykiatriens-hus"),
        ("chat", "psykiatriens-hus"),
        ("hygge", "cafe-rusfri"),
        // Staff's word for a place with activities, which found nothing: its last part, "tilbud", says nothing.
        ("aktivitetstilbud", "aktivitetscenter-randers"),
        ("rådgivning", "familiekonsulenter-boernehandicap"),
        ("counselling", "familiekonsulenter-boernehandicap"),
        ("beskæftigelse", "jobrus"),
        ("employment", "jobrus"),
        ("debt", "hjemloese-hjaelp"),
        ("caregiver", "hjerneskade-paaroerende"),
    ] {
        assert!(found(typed).contains(&id.to_owned()), "{typed}: {id}");
    }
    // Said as people say it: afraid all the time, stressed, fired, unhappy with one's caseworker.
    for (typed, lang, id) in [
        ("jeg er bange hele tiden", "da", "psykiatriens-hus"),
        ("I am scared all the time", "en", "psykiatriens-hus"),
        ("I am stressed", "en", "psykiatriens-hus"),
        ("jeg er blevet fyret", "da", "jobrus"),
        ("I got fired", "en", "jobrus"),
        ("jeg vil tilbage på arbejdsmarkedet", "da", "jobrus"),
        (
            "jeg vil klage over min sagsbehandler",
            "da",
            "borgerraadgiveren",
        ),
        (
            "jeg er utilfreds med min sagsbehandler",
            "da",
            "borgerraadgiveren",
        ),
        ("I am unhappy with my caseworker", "en", "borgerraadgiveren"),
        // Complaints about a department: "complaint about social services" found only the brain-injury
        // association's counselling, and "klage over jobcentret" listed Jobrus beside the Citizens' Adviser.
        ("complaint about social services", "en", "borgerraadgiveren"),
        (
            "jeg vil klage over socialforvaltningen",
            "da",
            "borgerraadgiveren",
        ),
        ("klage over jobcentret", "da", "borgerraadgiveren"),
        // "damage" was a word no offer has, so "brain damage" was a partial fit.
        (
            "my husband has brain damage",
            "en",
            "hjerneskade-paaroerende",
        ),
        // "alt er sort" (all is black) found nothing; "stress på arbejdet" only the peer offers, by the work they
        // give; "flytte hjemmefra" (moving out) nothing, so the young person with autism was a partial fit.
        ("alt er sort", "da", "psykiatriens-hus"),
        ("stress på arbejdet", "da", "psykiatriens-hus"),
        ("I am stressed at work", "en", "psykiatriens-hus"),
        (
            "ung med autisme der skal flytte hjemmefra",
            "da",
            "boliger-unge-autisme",
        ),
        // Homeless without the word: staying with friends, in a car, needing a bed tonight, thrown out. "jeg sover
        // hos venner" found Perron 4 alone, "I live in my car" Recoveryskolen, "I need a bed tonight" the citizen
        // guides, and "my parents kicked me out" pointed to crisis help.
        ("jeg sover hos venner", "da", "hjemloese-hjaelp"),
        ("I'm sofa surfing", "en", "hjemloese-hjaelp"),
        ("jeg er sofasurfer", "da", "hjemloese-hjaelp"),
        ("jeg bor i min bil", "da", "hjemloese-hjaelp"),
        ("I live in my car", "en", "hjemloese-hjaelp"),
        ("I need a bed tonight", "en", "hjemloese-hjaelp"),
        ("they kicked me out", "en", "hjemloese-hjaelp"),
        // By one's parents: it fitted in part, the support for young people "who live with their parents" first.
        ("my parents kicked me out", "en", "hjemloese-hjaelp"),
        ("mine forældre har smidt mig ud", "da", "hjemloese-hjaelp"),
        // Throwing up after meals, which found nothing in English.
        ("I throw up after eating", "en", "psykiatriens-hus"),
        ("jeg kaster op efter maden", "da", "psykiatriens-hus"),
        // A phobia, and a disorder called "lidelse": "socialfobi" found nothing, "social phobia" fitted in part,
        // and "psykisk lidelse" and "bipolar lidelse" named "lidelse" as a word no offer has.
        ("socialfobi", "da", "psykiatriens-hus"),
        // Worrying about everything is anxiety, not a relative's worry: "jeg bekymrer mig hele tiden" and "I worry
        // all the time" found the offers for relatives, PPR first, and "jeg tænker for meget" nothing.
        ("jeg bekymrer mig hele tiden", "da", "psykiatriens-hus"),
        ("jeg tænker for meget", "da", "psykiatriens-hus"),
        // Seeing someone is no need ("I need to see a psychiatrist" fitted in part), seeing things is; food and
        // warmth as the English ask for them found nothing.
        ("I need to see a psychiatrist", "en", "psykiatriens-hus"),
        ("I keep seeing things", "en", "psykiatriens-hus"),
        ("soup kitchen", "en", "perron-4"),
        ("food bank", "en", "perron-4"),
        ("I need somewhere warm tonight", "en", "hjemloese-hjaelp"),
        // Pills to sleep are pills, not a place to sleep: "jeg tager piller for at sove" found the help for
        // homeless people, whose topic has "sove".
        (
            "jeg tager piller for at sove",
            "da",
            "rusmiddelcenter-randers",
        ),
        (
            "I take sleeping pills every night",
            "en",
            "rusmiddelcenter-randers",
        ),
        // Not being understood: "min mor forstår mig ikke" found the Citizens' Adviser, whose text says
        // "ikke forstår en afgørelse".
        ("min mor forstår mig ikke", "da", "aktivitetscenter-randers"),
        // A ward is no need: "psykiatrisk afdeling" fitted in part.
        ("psykiatrisk afdeling", "da", "psykiatrisk-klinik-2"),
        // "withdrawn" was read as "withdrawal" and found the offers about drugs.
        ("he has become withdrawn", "en", "aktivitetscenter-randers"),
        ("I worry about everything", "en", "psykiatriens-hus"),
        ("I'm worried all the time", "en", "psykiatriens-hus"),
        // "ondt" (pain) of "det gør ondt" is no need: "jeg er så ensom at det gør ondt" fitted in part.
        (
            "jeg er så ensom at det gør ondt",
            "da",
            "aktivitetscenter-randers",
        ),
        ("social phobia", "en", "psykiatriens-hus"),
        ("jeg har en psykisk lidelse", "da", "psykiatriens-hus"),
        ("min bror har bipolar lidelse", "da", "recoveryskolen"),
    ] {
        let (result, ids) = searched_in(typed, lang);
        assert!(ids.contains(&id.to_owned()), "{typed}: {ids:?}");
        assert!(!result.partial, "{typed}");
        // A complaint is the Citizens' Adviser's, first.
        if id == "borgerraadgiveren" {
            assert_eq!(first(&ids), Some(id), "{typed}: {ids:?}");
        }
    }
    // A word of its own, not a typo of "arbejdsløs" to correct.
    let (unemployment, ids) = searched("arbejdsløshed");
    assert!(
        unemployment.corrected.is_empty() && ids.contains(&"jobrus".to_owned()),
        "{ids:?}"
    );
    // The disability words keep clear of dying and grief (above).
    assert!(found("dø").is_empty());
    assert!(found_in("loss", "en").is_empty());
    // On the English page; on the Danish page, "bad" is Danish first.
    assert!(found_in("I feel bad", "en").contains(&"psykiatriens-hus".to_owned()));
    // A place to stay and people to meet: "I need a place to stay" found only the respite stays for children, by
    // "place" and "stay"; "I live alone" and "jeg bor alene" only Perron 4; "a place to meet people" the peer
    // education first.
    for (typed, lang, id) in [
        ("I need a place to stay", "en", "hjemloese-hjaelp"),
        ("I have nowhere to live", "en", "hjemloese-hjaelp"),
        ("I live alone", "en", "aktivitetscenter-randers"),
        ("jeg bor alene", "da", "aktivitetscenter-randers"),
        ("I want to meet new people", "en", "cafe-rusfri"),
        ("jeg vil gerne møde andre", "da", "aktivitetscenter-randers"),
    ] {
        let ids = found_in(typed, lang);
        assert!(ids.contains(&id.to_owned()), "{typed}: {ids:?}");
        assert!(!searched_in(typed, lang).0.partial, "{typed}");
    }
    assert_ne!(
        first(&found_in("a place to meet people", "en")),
        Some("peeruddannelsen")
    );
    // A crisis put as a feeling: under the prompt, the offers for that feeling, not Skæve boliger first.
    let (crisis, ids) = searched("jeg har det så svært at jeg vil dø");
    assert!(crisis.acute);
    assert!(ids.contains(&"psykiatriens-hus".to_owned()), "{ids:?}");
    assert_ne!(first(&ids), Some("skaeve-boliger"));
}

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

#[test]
fn an_acute_search_names_the_lines_of_the_acute_option_it_names() {
    let lines = lines_shown;
    // Thoughts of suicide, however they are put: Livslinien, once.
    for typed in [
        "selvmord",
        "selvmrod",
        "jeg vil dø",
        "selvmordstanker selvmord",
        "selvmord bolig",
    ] {
        assert_eq!(lines(typed, "da"), ["livslinien"], "{typed}");
    }
    assert_eq!(lines("I want to kill myself", "en"), ["livslinien"]);
    // Violence covers too many situations for one line: 112 and the crisis page serve. A calm search names none.
    for typed in [
        "vold", "overgreb", "stalker", "voldt", "bolig", "autisme", "",
    ] {
        assert_eq!(lines(typed, "da"), Vec::<String>::new(), "{typed}");
    }
    assert_eq!(lines("assault", "en"), Vec::<String>::new());
    // Both together: the line of the one that has any.
    assert_eq!(lines("vold selvmord", "da"), ["livslinien"]);
}

#[test]
fn a_search_about_rape_names_the_line_that_names_those_words() {
    let lines = |typed: &str, lang: &'static str| -> Vec<String> {
        assert!(is_acute(typed), "{typed}");
        lines_shown(typed, lang)
    };
    // The danger option names no line, but Center for Voldtægtsofre names these of its words: as typed,
    // inflected, in a compound (the longest word it names wins over "vold"), with a typo, as a phrase.
    for typed in [
        "voldtægt",
        "voldtægten",
        "voldtægtsoffer",
        "voltægt",
        "jeg er blevet voldtaget",
        "seksuelt overgreb",
        "seksuelle overgreb",
        // Being forced into sex, as many say it: calm before.
        "han tvang mig til sex",
        "jeg er blevet tvunget til sex",
        // Without the æ.
        "voldtagt",
        // In the past and present tense: "han voldtog mig" showed the crisis prompt without the line.
        "han voldtog mig",
        "han voldtager mig",
    ] {
        assert_eq!(lines(typed, "da"), ["center-for-voldtaegtsofre"], "{typed}");
    }
    for typed in [
        "rape",
        "I was raped",
        "sexual assault",
        "sexually assaulted",
        "he forced me to have sex",
    ] {
        assert_eq!(lines(typed, "en"), ["center-for-voldtaegtsofre"], "{typed}");
    }
    // With a search about suicide: both, the option's line first.
    assert_eq!(
        lines("voldtægt selvmord", "da"),
        ["livslinien", "center-for-voldtaegtsofre"]
    );
}

/// Someone looking for the emergency department is in an emergency: 112 first, then the line that says how to get
/// there. In Region Midtjylland one calls one's own doctor or Lægevagten first, and the psychiatric emergency
/// department is in Aarhus: Lægevagten to call, then where to go. "skadestue" found nothing, "emergency room" listed the offers with a "room", and "akut
/// psykiatri" listed the psychiatric offers beside the line, with no 112.
#[test]
fn a_search_for_the_emergency_department_shows_112_and_the_way_there() {
    let lines = |typed: &str, lang: &'static str| -> Vec<String> {
        let (result, ids) = searched_in(typed, lang);
        assert!(result.acute && ids.is_empty(), "{typed}: {ids:?}");
        lines_shown(typed, lang)
    };
    for (typed, lang) in [
        ("skadestue", "da"),
        ("skadestuen", "da"),
        ("akutmodtagelsen", "da"),
        ("akutklinik", "da"),
        ("emergency room", "en"),
        ("emergency department", "en"),
    ] {
        assert_eq!(lines(typed, lang), ["laegevagten"], "{typed}");
    }
    for (typed, lang) in [
        ("akut psykiatri", "da"),
        ("akut psykiatrisk hjælp", "da"),
        ("akutpsykiatrien", "da"),
        ("psykiatrisk skadestue", "da"),
        ("psychiatric emergency", "en"),
    ] {
        assert_eq!(
            lines(typed, lang),
            ["laegevagten", "akut-psykiatri"],
            "{typed}"
        );
    }
    // Urgent help, whatever it is about: 112 alone.
    for typed in ["jeg har brug for akut hjælp", "akut"] {
        assert!(lines(typed, "da").is_empty(), "{typed}");
    }
    // A typo of "autisme" that starts with "akut" is no emergency.
    assert!(!is_acute("akutisme"));
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

#[test]
fn an_acute_search_looks_for_its_calm_words_and_lists_nothing_by_chance() {
    for typed in [
        // Only ignored words but the phrase: a sentence like this listed every offer under the crisis prompt.
        "jeg kan ikke mere",
        // Offers with "selv" fitted in part, and the page named "slå" and "ihjel" back as words no offer has.
        "jeg vil slå mig selv ihjel",
        "jeg har taget piller",
        // "Udsat for" (subjected to) listed Perron 4, for "socialt udsatte" in its text.
        "jeg er udsat for vold",
        // Who is involved says nothing of the help wanted: these listed the offers for families and relatives
        // (PPR, the sibling groups, the autism centre) by "søn", "søster", "daughter" and "boyfriend".
        "min søn vil tage sit liv",
        "min søster bliver slået",
        "min datter er blevet voldtaget",
        "my daughter cuts herself",
        "my sister's boyfriend hits her",
        // Both words start the self-harm option's "skade sig selv", and the brain injury association has "selv"
        // and "skade" at the end of "hjerneskade" (brain injury): it was listed under the prompt.
        "skade mig selv",
        "skader sig selv",
        // "tage" starts a word of the option's label, "tage sit liv", and the help for homeless people has it.
        "jeg vil tage livet af mig",
        // The "selv" after a phrase ("skære i sig") is a word of the label's "skade sig selv", and listed every
        // offer with "selv"; "skar" (cut) is past tense, which no inflection ending makes of "skære", and was calm.
        "min veninde skærer i sig selv",
        "hun har skåret i sig selv",
        "jeg skar mig selv",
        "jeg skar i armen",
        // "ønsker" (wish) listed Psykiatriens Hus and Mit Liv – Min Plan, "planer" (plans) the latter and three
        // more, "alle" (everyone) the autism centre, and "wish" Mit Liv – Min Plan.
        "jeg ønsker at dø",
        "jeg har planer om at tage mit liv",
        "alle ville have det bedre uden mig",
        "I wish I could sleep forever",
        "im going to kill myself",
        // "kareste" was no "kæreste", so no word of who is involved, and listed the offers for relatives.
        "min kareste slar mig",
        // An ex and a family are who is involved: "eks" listed offers by "eksempel", "ex" by "experience", and
        // "familie" the family offers.
        "min eks chikanerer mig",
        "my ex is stalking me",
        "min familie vil gifte mig bort",
        // Emotional abuse: "psykisk" listed the mental-health and disability offers.
        "psykisk vold",
        // Where it happens is no need: "hjemmet" (the home) listed the housing offers, "familien" the family ones.
        "vold i hjemmet",
        "hvor kan jeg få hjælp til vold i hjemmet",
        "vold i familien",
        "der er vold derhjemme",
        "violence at home",
    ] {
        let (result, ids) = searched(typed);
        assert!(result.acute, "{typed}");
        assert!(ids.is_empty(), "{typed}: {ids:?}");
        assert!(!result.partial && result.not_found.is_empty(), "{typed}");
    }
    // An acute search is looked for by its other words, wholly: "voldsom" (violent, fierce) is read as a compound
    // of "vold", but "voldsom angst" still finds what "angst" finds (it found nothing in the first version of this
    // rule), and "selvmord bolig" what "bolig" finds, without naming "selvmord" back as a word no offer has.
    for (typed, calm) in [
        ("voldsom angst", "angst"),
        ("selvmord bolig", "bolig"),
        ("angst for at dø", "angst"),
    ] {
        let (result, ids) = searched(typed);
        assert!(result.acute, "{typed}");
        assert!(!result.partial && result.not_found.is_empty(), "{typed}");
        assert!(!ids.is_empty(), "{typed}");
        assert_eq!(sorted(ids), sorted(found(calm)), "{typed}");
    }
    // Its calm words are looked for as in any search, in part too, and only they are named back: "i fare for at
    // miste min bolig til banken" (at risk of losing my home to the bank) is acute through "fare", and lists the
    // housing, saying that no offer has "banken" (it listed nothing while every partial fit of an acute search was
    // left out; "udlejeren", the landlord, said the same until it became a word of housing).
    let (result, ids) = searched("i fare for at miste min bolig til banken");
    assert!(result.acute && result.partial);
    assert_eq!(result.not_found, ["banken"]);
    assert!(ids.contains(&"skaeve-boliger".to_owned()), "{ids:?}");
    // A calm search is marked as such, and a sentence of ignored words still finds every offer, as an empty one.
    let (calm, ids) = searched("jeg vil gerne");
    assert!(!calm.acute);
    assert_eq!(ids.len(), shared().catalogue.offers.len());
    // An offer whose texts have the acute word is still listed, under the way to crisis help.
    let mut bundle = bundle();
    common::offer_mut(&mut bundle, "psykiatriens-hus")
        .summary
        .0
        .insert("da", "Hjælp efter et selvmordsforsøg.".to_owned());
    let index = SearchIndex::new(&bundle.catalogue, &bundle.questions);
    let all = bundle.catalogue.offers_by_name(Lang("da"));
    let result = index.search(&all, &Query::parse("selvmordsforsøg"), Lang("da"));
    assert!(result.acute);
    let ids: Vec<&str> = result
        .offers
        .iter()
        .map(|offer| offer.id.as_str())
        .collect();
    assert_eq!(ids, ["psykiatriens-hus"]);
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

/// Someone with no home finds the help for homeless people first, however they put it. In English, "home" was a
/// whole word of "…autism who live at home" and listed that offer first, before any offer about housing.
#[test]
fn someone_with_no_home_finds_the_help_for_homeless_people_first() {
    for (typed, lang) in [
        ("i have no home", "en"),
        ("home", "en"),
        ("homeless", "en"),
        ("jeg har intet hjem", "da"),
        ("hjem", "da"),
        ("hjemløs", "da"),
    ] {
        let ids = found_in(typed, lang);
        assert_eq!(first(&ids), Some("hjemloese-hjaelp"), "{typed}: {ids:?}");
    }
}

/// Someone who wants to become a peer worker says so in their own words. "jeg vil hjælpe andre" found Café Rusfri
/// and the homeless' help, and "egen erfaring" only Recoveryskolen: the peer offers said "støtte andre" and "selv
/// erfaring".
#[test]
fn someone_who_wants_to_use_their_own_experience_finds_the_peer_education() {
    for (typed, lang) in [
        ("jeg har selv været syg og vil hjælpe andre", "da"),
        ("jeg vil bruge min erfaring til at hjælpe andre", "da"),
    ] {
        assert_eq!(found_in(typed, lang), ["peeruddannelsen"], "{typed}");
    }
    for (typed, lang) in [
        ("jeg vil hjælpe andre", "da"),
        ("egen erfaring", "da"),
        ("own experience", "en"),
    ] {
        let ids = found_in(typed, lang);
        assert!(
            ids.contains(&"peeruddannelsen".to_owned()),
            "{typed}: {ids:?}"
        );
    }
    assert!(found("egen erfaring").contains(&"peer-stoette".to_owned()));
}

/// How relatives and parents put it: "bekymret for min søn", "my dad is an alcoholic" and "min mors alkoholmisbrug"
/// were partial (no offer had "bekymret", "dad" or the genitive "mors"), and "my brother uses drugs" named "uses"
/// back as a word no offer has.
#[test]
fn a_worried_relative_finds_the_offers_for_relatives_in_their_own_words() {
    for (typed, lang) in [
        ("jeg er bekymret for min søn", "da"),
        ("I am worried about my son", "en"),
    ] {
        let ids = found_in(typed, lang);
        for id in ["ppr", "familiekonsulenter-boernehandicap"] {
            assert!(ids.contains(&id.to_owned()), "{typed}: {ids:?}");
        }
    }
    for (typed, lang) in [
        ("my dad is an alcoholic", "en"),
        ("my mum drinks", "en"),
        ("my brother uses drugs", "en"),
        ("min mors alkoholmisbrug", "da"),
        ("min bror bruger stoffer", "da"),
    ] {
        assert_eq!(
            found_in(typed, lang),
            ["familier-med-rusmiddelproblemer"],
            "{typed}"
        );
    }
    // Caring for someone is being a relative: "caring" was named back as a word no offer has.
    let (result, ids) = searched_in("caring for my mother", "en");
    assert!(
        !result.partial && ids.contains(&"hjerneskade-paaroerende".to_owned()),
        "{ids:?}"
    );
    // "været ude for" (went through) says nothing of the need: "ude" found Autismecenter Randers alone for "min
    // far har været ude for en ulykke", while the offers for relatives have "far".
    let (result, ids) = searched("min far har været ude for en ulykke og har en hjerneskade");
    assert_eq!(result.not_found, ["ulykke"]);
    assert_eq!(first(&ids), Some("hjerneskade-paaroerende"), "{ids:?}");
    assert!(searched("min far har været ude for en ulykke").1.len() > 1);
    // Under a crisis, being worried says who is asking, not what help is wanted: no offers under the prompt.
    for (typed, lang) in [
        ("jeg er bekymret for at min søn vil tage sit liv", "da"),
        ("I am worried my daughter wants to kill herself", "en"),
    ] {
        let (result, ids) = searched_in(typed, lang);
        assert!(result.acute && ids.is_empty(), "{typed}: {ids:?}");
    }
}

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

/// A saying whose words mean something else one by one is searched as the editors' words for it: "jeg kan ikke
/// sove" (I can't sleep) listed the help for homeless people by its "sove", "ondt i livet" (the Danish for hurting
/// inside) found nothing, and "vi har ikke noget at spise" (we have nothing to eat) the offers for eating disorders.
#[test]
fn a_saying_is_searched_as_the_editors_words_for_it() {
    for (typed, lang) in [
        ("jeg kan ikke sove", "da"),
        ("I can't sleep", "en"),
        ("I cant sleep", "en"),
        ("I don't sleep", "en"),
        ("jeg sover dårligt", "da"),
    ] {
        let (result, ids) = searched_in(typed, lang);
        assert!(ids.is_empty() && !result.partial, "{typed}: {ids:?}");
        assert!(result.points_on(), "{typed}");
    }
    // Its words in another order are not the saying: a place to sleep tonight is still the homeless' help.
    for typed in ["hvor kan jeg sove i nat", "jeg sover på gaden"] {
        assert!(
            found(typed).contains(&"hjemloese-hjaelp".to_owned()),
            "{typed}"
        );
    }
    for (typed, instead, lang) in [
        ("jeg har ondt i livet", "ked af det", "da"),
        ("vi har ikke noget at spise", "sulten", "da"),
        ("we have nothing to eat", "hungry", "en"),
        // Not being well, overwhelmed, unable to get up: each listed every offer (all ignored words), found nothing,
        // or fitted in part by chance.
        ("jeg har det ikke godt", "har det dårligt", "da"),
        ("jeg er ikke okay", "har det dårligt", "da"),
        ("I'm not ok", "feeling bad", "en"),
        ("not feeling well", "feeling bad", "en"),
        ("jeg kan ikke overskue noget", "stress", "da"),
        ("jeg kan ikke komme ud af sengen", "deprimeret", "da"),
        ("I can't get out of bed", "depressed", "en"),
        ("jeg har ikke råd til mad", "sulten", "da"),
        ("I can't afford food", "hungry", "en"),
        // Giving up, short of giving up on life (which is acute): the offers for a hard time, not seventeen by chance.
        ("jeg giver op", "har det svært", "da"),
        ("I give up", "struggling", "en"),
        // Hating oneself, feeling worthless: nothing, or offers by chance for "selv".
        ("jeg hader mig selv", "har det svært", "da"),
        ("I hate myself", "struggling", "en"),
        ("jeg er ingenting værd", "har det svært", "da"),
        ("I am worthless", "struggling", "en"),
        // "no one" and "nobody" found the offers whose texts say "one to one", or named "nobody" back.
        ("nobody to talk to", "talk", "en"),
        ("I have no one to talk to", "talk", "en"),
        ("jeg er gået ned med stress", "stress", "da"),
        // Living at home, as the Danish "bor hjemme" finds: "home" found the housing for young people with autism.
        ("autism living at home", "autism live with parents", "en"),
        // Voluntary work: "frivilligt" (the neuter form) is no word of an offer, so "frivilligt arbejde" fitted in
        // part, with the offers of work and education first, not those with volunteers.
        ("jeg vil gerne arbejde frivilligt", "frivillig", "da"),
        ("frivilligt arbejde", "frivillig", "da"),
        ("I want to do voluntary work", "volunteer", "en"),
        // Having no friends is loneliness: "friends" found 14 offers, some only for their relatives and friends.
        ("I have no friends", "lonely", "en"),
        ("jeg har ingen venner", "ensom", "da"),
        // Afraid to go out, or of people: "bange" and "scared" are in no offer's text.
        ("jeg er bange for at gå ud", "angst", "da"),
        ("jeg tør ikke gå ud", "angst", "da"),
        ("I am scared to go out", "anxiety", "en"),
        ("I am afraid of people", "anxiety", "en"),
        // Mental health in other words: "sundhed" and "helbred" are in no offer's text.
        ("kurser om psykisk sundhed", "kurser psykisk sygdom", "da"),
        // Hearing badly: "dårligt" found the offers about mental illness, by "har det dårligt", and "døv" nothing.
        // Not search words: "døv" would make "dø" (die) list the offers about disability, and "hard of hearing"
        // would make "hard" ("I have a hard time") list them.
        ("jeg hører dårligt", "hørehandicap", "da"),
        ("jeg er døv", "hørehandicap", "da"),
        ("min datter er tunghør", "min datter hørehandicap", "da"),
        ("I am hard of hearing", "deaf", "en"),
        // Hating one's life, or finding it all rubbish: nothing, or "Mit Liv – Min Plan" by its name. Calm, for
        // the reviewers of the crisis words to weigh, but no longer without a way on.
        ("mit liv er noget lort", "psykisk sårbarhed", "da"),
        ("jeg er så træt af det hele", "psykisk sårbarhed", "da"),
        ("jeg hader mit liv", "psykisk sårbarhed", "da"),
        ("I hate my life", "struggling", "en"),
        // The council, as English speakers call the municipality: "council" was named back as a word no offer has.
        (
            "I want to complain about the council",
            "complain municipality",
            "en",
        ),
        // Someone who listens: nothing.
        ("jeg har brug for nogen der lytter", "snakke", "da"),
        ("I need someone to listen", "talk", "en"),
    ] {
        assert_found_as(typed, instead, lang);
    }
    // The same offers, in the order of the topic's, not of the texts that say "psykisk sygdom" as typed.
    assert_eq!(
        sorted(found("mit mentale helbred")),
        sorted(found("psykisk sygdom"))
    );
    assert_eq!(
        sorted(found_in("mental wellbeing", "en")),
        sorted(found_in("mental illness", "en"))
    );
    assert_eq!(
        first(&found_in("my daughter has autism and lives at home", "en")),
        Some("autisme-unge-hjemmeboende")
    );
    // Named back as typed, not as the words searched instead.
    let (result, _) = searched("min søn kan ikke sove");
    assert_eq!(result.not_found, ["kan ikke sove"]);
}

/// A saying with an acute word is not read as the editors' calm words: the crisis help it names comes first.
#[test]
fn a_saying_never_hides_a_crisis() {
    let mut bundle = shared().clone();
    bundle.questions.search_phrases.0.insert(
        "da".to_owned(),
        "vil dø = sulten, træt af livet = ensom".to_owned(),
    );
    let index = SearchIndex::new(&bundle.catalogue, &bundle.questions);
    let all = bundle.catalogue.offers_by_name(Lang("da"));
    for typed in ["jeg vil dø", "jeg er træt af livet"] {
        let result = index.search(&all, &Query::parse(typed), Lang("da"));
        assert!(result.acute && result.offers.is_empty(), "{typed}");
        let lines: Vec<&str> = result.lines.iter().map(|line| line.id.as_str()).collect();
        assert_eq!(lines, ["livslinien"], "{typed}");
    }
}

/// The verbs and times around a need say nothing of it: "min bror tager stoffer" and "min datter ryger hash" were
/// partial (no offer has "tager" or "ryger"), and "jeg vil stoppe med at drikke" and "I want to quit weed" named
/// "stoppe" and "quit" back as words no offer has.
#[test]
fn verbs_and_times_around_a_need_are_left_out() {
    for (typed, need, lang) in [
        ("jeg tager stoffer", "stoffer", "da"),
        ("jeg ryger hash", "hash", "da"),
        ("jeg vil stoppe med at drikke", "drikke", "da"),
        ("jeg vil holde op med at drikke", "drikke", "da"),
        ("I want to quit weed", "weed", "en"),
        ("I want to stop drinking", "drinking", "en"),
        // When: "i nat" (tonight) was named back as a word no offer has.
        ("han sover på gaden i nat", "gaden", "da"),
        ("I have nowhere to sleep tonight", "nowhere to sleep", "en"),
        ("I smoke weed", "weed", "en"),
        // "man" (one) and "hjælpe" (to help) as in a question: "hvordan får man hjælp til autisme" listed the four
        // autism offers whose texts say "man", not all twelve, and "hvem kan hjælpe min datter" the help for
        // homeless people by its name.
        ("hvordan får man hjælp til autisme", "autisme", "da"),
        ("hvem kan hjælpe min datter", "datter", "da"),
        ("who can help my son with autism", "son autism", "en"),
        ("helping my mum", "my mum", "en"),
        // How often, how much, what one thinks, and asking what there is: each was named back as a word no offer
        // has, or narrowed the list by chance ("ofte" to the ACT team alone, "services" to two of the twelve
        // autism offers, "taking" read as "talking").
        ("jeg er ofte angst", "angst", "da"),
        ("jeg er virkelig ked af det", "ked af det", "da"),
        ("jeg er ked af det hele tiden", "ked af det", "da"),
        ("jeg er begyndt at drikke igen", "drikke", "da"),
        ("jeg tror min søn tager stoffer", "søn stoffer", "da"),
        ("hvilke tilbud er der til autisme", "autisme", "da"),
        ("hvornår har de åbent", "", "da"),
        ("what services are there for autism", "autism", "en"),
        ("I think my son is taking drugs", "son drugs", "en"),
        ("I always feel sad", "sad", "en"),
        ("I started drinking again", "drinking", "en"),
        // One's own: "eget" in "bostøtte i eget hjem" was named back as a word no offer has, and "egne erfaringer"
        // listed "Mit liv – Min plan" (about "dine egne ønsker") before the peer offers.
        ("bostøtte i mit eget hjem", "bostøtte hjem", "da"),
        ("egne erfaringer", "erfaringer", "da"),
        ("my own flat", "flat", "en"),
        // Losing, going, using: "mistet" and "lost" were named back as words no offer has, and "user" and "go" made
        // "wheelchair user" and "go to school" fit in part.
        ("jeg har mistet mit job", "job", "da"),
        ("I lost my job", "job", "en"),
        ("wheelchair user", "wheelchair", "en"),
        ("I want to go to school", "school", "en"),
    ] {
        assert_found_as(typed, need, lang);
    }
}

#[test]
fn a_word_that_only_says_there_is_a_problem_is_left_out() {
    // "problemer", "udfordringer", "issues": "psykiske problemer" (mental health problems) found Perron 4 and the
    // ACT team alone, whose texts say it in so many words, and not Psykiatriens Hus.
    for (typed, need, lang) in [
        ("psykiske problemer", "psykiske", "da"),
        ("psykiske udfordringer", "psykiske", "da"),
        ("problemer med alkohol", "alkohol", "da"),
        ("mental health issues", "mental health", "en"),
        ("drug problems", "drug", "en"),
    ] {
        assert_found_alike(typed, need, lang);
    }
    assert!(found("psykiske problemer").contains(&"psykiatriens-hus".to_owned()));
    // Beside a word no offer has, it found the substance offers by their "rusmiddelproblemer" in part: someone
    // asking about memory or money was shown them as fitting in part.
    for (typed, lang) in [
        ("problemer med hukommelsen", "da"),
        ("memory problems", "en"),
        ("money problems", "en"),
        ("money trouble", "en"),
    ] {
        let (result, ids) = searched_in(typed, lang);
        assert!(ids.is_empty() && !result.partial, "{typed}: {ids:?}");
    }
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
    #![proptest_config(ProptestConfig::with_cases(2000))]

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

/// The everyday words of `tests/everyday-words.txt`, each with its language's code as the app knows it.
fn everyday_words() -> Vec<(Lang, &'static str)> {
    static LIST: &str = include_str!("everyday-words.txt");
    let languages = &shared().texts.languages;
    LIST.lines()
        .filter(|line| !line.starts_with('#'))
        .flat_map(|line| {
            let (code, words) = line.split_once(':').expect("a line is \"code: words\"");
            let language = languages
                .iter()
                .find(|language| language.code == code)
                .unwrap_or_else(|| panic!("{code} is no language of the app"));
            words
                .split_whitespace()
                .map(|word| (Lang(language.code.as_str()), word))
        })
        .collect()
}

/// Each of `words` that `bundle`'s options' search words make find an offer it does not find without them, with
/// those offers, unless the word is a search word itself: the editors' choice.
fn found_by_search_words_alone(bundle: &Bundle, words: &[(Lang, &str)]) -> Vec<String> {
    let mut without = bundle.questions.clone();
    for option in without.questions.iter_mut().flat_map(|q| &mut q.options) {
        option.search_words = None;
    }
    let with_them = SearchIndex::new(&bundle.catalogue, &bundle.questions);
    let without_them = SearchIndex::new(&bundle.catalogue, &without);
    let search_words: Vec<String> = bundle
        .questions
        .questions
        .iter()
        .flat_map(|question| &question.options)
        .filter_map(|option| option.search_words.as_ref())
        .flat_map(search_terms)
        .collect();
    let mut wrong = Vec::new();
    for &(lang, word) in words {
        if search_words.contains(&folded(word).trim().to_owned()) {
            continue;
        }
        let all = bundle.catalogue.offers_by_name(lang);
        let query = Query::parse(word);
        let ids = |index: &SearchIndex| -> Vec<String> {
            let result = index.search(&all, &query, lang);
            result.offers.iter().map(|offer| offer.id.clone()).collect()
        };
        let alone = ids(&without_them);
        let extra: Vec<String> = ids(&with_them)
            .into_iter()
            .filter(|id| !alone.contains(id))
            .collect();
        if !extra.is_empty() {
            wrong.push(format!("{word} ({}): {}", lang.0, extra.join(", ")));
        }
    }
    wrong
}

/// A search word is found by its start, its stems and a word one typo from it, and a search word of several words
/// by each of them: so a new one can make an everyday word list offers for a need it does not name. "overvældet"
/// made "over" ("jeg er over 18") list the mental-health offers, "painkillers" made "pain" list the offers about
/// drugs, "rather" was read as "father", "se" (see) found the offers about brain injury, and "diagnose" (in
/// "autisme diagnose") those about alcohol and drugs, by "dobbeltdiagnose". Typed alone, none of the everyday words
/// in `tests/everyday-words.txt` finds an offer that it would not find without the options' search words.
#[test]
fn an_everyday_word_finds_no_offer_by_a_search_word_it_only_starts_or_resembles() {
    let words = everyday_words();
    for code in shared().texts.codes() {
        let listed = words.iter().filter(|(lang, _)| lang.0 == code).count();
        assert!(listed > 300, "{listed} everyday words in {code}");
    }
    let wrong = found_by_search_words_alone(shared(), &words);
    assert!(
        wrong.is_empty(),
        "Make each an ignored word or a word that is no typo, or the search word a saying:\n{}",
        wrong.join("\n")
    );
    // The check sees such a word: "over" as a word of need again, beside the search word "overvældet".
    let mut over_searched = bundle();
    let ignored = &mut over_searched.questions.search_ignored_words.0;
    for words in ignored.values_mut() {
        *words = words.replace(", over,", ",");
    }
    let wrong = found_by_search_words_alone(&over_searched, &[(Lang("da"), "over")]);
    assert!(wrong[0].starts_with("over (da): "), "{wrong:?}");
}

/// Everyday words in a sentence say nothing of the need, so they narrow nothing; each once did.
#[test]
fn social_in_a_saying_is_not_the_start_of_social_anxiety() {
    // "sociale" is "social" by its ending, which starts "socialangst" and "socialrådgiver": benefits and social
    // media found the mental-health offers in part. No sourced offer is for either, so the page points on.
    for (typed, lang) in [
        ("sociale ydelser", "da"),
        ("jeg har brug for sociale ydelser", "da"),
        ("social benefits", "en"),
        ("sociale medier", "da"),
        ("social media", "en"),
    ] {
        assert_finds_nothing_as_typed(typed, lang);
        assert!(searched_in(typed, lang).0.points_on(), "{typed}");
    }
    // Isolated socially is lonely: "socialt" had narrowed it to Perron 4, whose text says "socialt udsatte".
    assert_found_as("jeg er socialt isoleret", "isoleret", "da");
    assert_found_as("I feel socially isolated", "isolated", "en");
    assert_found_as("social isolation", "isolation", "da");
}

#[test]
fn everyday_words_in_a_sentence_narrow_nothing() {
    for (typed, need, lang) in [
        // "se" (see) found "senfølger" (after-effects): four offers instead of ten.
        ("jeg vil gerne se en psykolog", "psykolog", "da"),
        // "da" (when) found "datter", "diagnose" the "dobbeltdiagnose" of drugs: one offer.
        ("da jeg fik en autisme diagnose", "autisme", "da"),
        ("autism diagnosis", "autism", "en"),
        // "person" found "personlighedsforstyrrelse", "people" and "mennesker" the "meet people" of loneliness.
        ("en person med autisme", "autisme", "da"),
        ("mennesker med autisme", "autisme", "da"),
        ("people with autism", "autism", "en"),
        // "rather" was read as "father": the offers for relatives.
        ("I would rather talk to someone", "talk", "en"),
        // "part" found "partner", "new" the "meet new people" of loneliness, "mean" "meaningless".
        ("part time job", "job", "en"),
        ("a new job", "job", "en"),
        ("what does ACT mean", "ACT", "en"),
        // "håber" (hope) found "håbløs" (hopeless).
        ("jeg håber at finde et job", "job", "da"),
        // Where to live: "bo" found the start of "borger" and "børn", and the line for children.
        ("hvor kan jeg bo", "husly", "da"),
        ("hvor kan jeg bo", "husly", "en"),
        ("jeg har ikke et sted at bo", "husly", "da"),
        // "street" without its "et" found "stress".
        ("I live on the street", "homeless", "en"),
        // "vide" (know) was found in a few offers' texts: one offer for the family of a child with autism.
        (
            "jeg har lige fået at vide at min søn har autisme",
            "min søn har autisme",
            "da",
        ),
        // "ligger" (lies, of a place), "telefonnummer" and "last" fitted in part or narrowed the list; "randers" in
        // a text is no fit, as every offer is in Randers.
        ("hvor ligger psykiatriens hus", "psykiatriens hus", "da"),
        ("telefonnummer til autismecenter", "autismecenter", "da"),
        ("I had a stroke last year", "a stroke", "en"),
        ("jeg er ny i randers og kender ingen", "ensom", "da"),
        ("I am new in Randers and don't know anyone", "lonely", "en"),
        // Staff write "borgeren" (the citizen), which found the offers whose texts have it; "isoleret" found one
        // offer by its own text.
        ("borgeren er isoleret", "ensom", "da"),
        ("borger med autisme", "autisme", "da"),
        // "came", "very", "months", "back", "long" and "hjemmefra" fitted only in part; "low" and "down" (of "Down
        // syndrome") found the offers about mental illness by "low mood" and "feel down"; "look after" fitted
        // only in part.
        (
            "my husband came out of hospital with a brain injury",
            "husband brain injury",
            "en",
        ),
        (
            "I have been feeling very low for months",
            "feeling down",
            "en",
        ),
        (
            "I want to get back to work after a long break",
            "work break",
            "en",
        ),
        ("jeg er blevet smidt ud hjemmefra", "smidt ud", "da"),
        (
            "my son has Down syndrome",
            "my son has a learning disability",
            "en",
        ),
        // Also the English saying "downs syndrome" (read by its stem), whose "disability" is a whole word of the
        // family consultants' English name: the page's saying is read, in the same order.
        (
            "min søn har downs syndrom",
            "min søn har udviklingshæmning",
            "da",
        ),
        (
            "I look after my brother who has autism",
            "carer brother autism",
            "en",
        ),
        // "sidder" (sits) was named back as a word no offer has, a partial fit; at home alone, Perron 4 alone.
        ("jeg sidder i kørestol", "kørestol", "da"),
        ("jeg sidder alene hjemme", "alene", "da"),
        ("I feel alone at home", "alone", "en"),
        // "rent" is ignored, as the Danish "rent" (clean, quite) is an everyday word: "I cannot pay my rent" found
        // nothing, while the help for homeless people helps with rent debt.
        ("I cannot pay my rent", "debt", "en"),
        ("jeg kan ikke betale min husleje", "husleje", "da"),
        // "finding" was named back as a word no offer has ("find" was ignored already).
        ("I have a hard time finding a job", "struggling job", "en"),
        // Meeting people is still loneliness, though "people" and "mennesker" are ignored now.
        ("I want to meet new people", "lonely", "en"),
        ("jeg vil gerne møde nye mennesker", "ensom", "da"),
        // "høre" (hear, here: ask) found the offers about hearing loss by "hørehandicap"; "slags" (kind) those
        // about strokes by "slag", "findes" (exists) Skæve boliger by its text, "værre" (worse) the housing offers
        // by "værelse" (room), "samt" (and also) the offers to talk to by "samtale", "ever" an offer whose text
        // says "however", and "add" the offers about addiction.
        (
            "jeg vil gerne høre om hjælp til min søn med autisme",
            "min søn autisme",
            "da",
        ),
        (
            "hvilken slags hjælp findes der til autisme",
            "autisme",
            "da",
        ),
        ("det er blevet værre med min angst", "angst", "da"),
        ("borger med angst samt misbrug", "angst misbrug", "da"),
        ("have you ever felt lonely", "lonely", "en"),
        ("I have ADD and anxiety", "anxiety", "en"),
        // "par" (a couple of) found the "partner" of the danger question; "møde" (meeting) and "meet" the offers
        // about loneliness, by "møde andre" and "meet people", now sayings.
        ("jeg har haft det dårligt et par dage", "dårligt", "da"),
        ("jeg har et møde med kommunen", "kommunen", "da"),
        ("I want to meet a social worker", "social worker", "en"),
        // Living alone and sleeping rough are sayings now, and still find what they name.
        ("I live alone", "lonely", "en"),
        ("I have nowhere to live", "homeless", "en"),
        ("I am sleeping rough", "homeless", "en"),
        ("rough sleeper", "homeless", "en"),
        // Everyday words an offer's text has narrowed a search to that offer: "morgen" (tomorrow), "sted" (place),
        // "klar" (ready), "imod" (against), "information", "ask".
        ("kan jeg få hjælp til min angst i morgen", "angst", "da"),
        (
            "er der et sted hvor jeg kan få hjælp til min angst",
            "angst",
            "da",
        ),
        (
            "jeg er klar til at tage imod hjælp for min angst",
            "angst",
            "da",
        ),
        ("information about autism", "autism", "en"),
        ("who can I ask about autism", "autism", "en"),
        // Someone who has been through it: the peer offers, by their experience, not by "through" in a text.
        ("someone who has been through it", "experience", "en"),
        ("en der har været igennem det samme", "erfaring", "da"),
        ("en der har prøvet det samme", "erfaring", "da"),
        // "plejer" (usually), "kontakt", "usually" and "example" narrowed by an offer's text too.
        ("jeg plejer at have angst", "angst", "da"),
        (
            "jeg vil gerne i kontakt med nogen om min angst",
            "angst",
            "da",
        ),
        ("I usually get anxiety", "anxiety", "en"),
        ("for example autism", "autism", "en"),
        // "stay", of "nowhere to stay", found the housing offers; the ways of having nowhere are sayings now.
        ("I have nowhere to stay", "homeless", "en"),
        ("I have nowhere to go", "homeless", "en"),
    ] {
        assert_found_as(typed, need, lang);
        assert_eq!(lines_shown(typed, lang), lines_shown(need, lang), "{typed}");
    }
    // "center" named Center for Voldtægtsofre, and "centre" its English name: the line for rape victims, for a
    // search of any centre; so did "hospital" and "Aarhus", where it is. The line's own words still name it.
    for (typed, lang) in [
        ("center", "da"),
        ("day centre", "en"),
        ("hospital", "da"),
        ("Aarhus University Hospital", "en"),
    ] {
        assert_eq!(lines_shown(typed, lang), Vec::<String>::new(), "{typed}");
    }
    for (typed, lang) in [
        ("center for voldtægtsofre", "da"),
        ("centre for rape victims", "en"),
    ] {
        assert_eq!(
            lines_shown(typed, lang),
            ["center-for-voldtaegtsofre"],
            "{typed}"
        );
    }
    // "stammer" (stutters) was read as "stemmer" (voices), of "hører stemmer": the offers about mental illness.
    assert_finds_nothing_as_typed("jeg stammer", "da");
    // "rough" and "sleeping", of "sleeping rough", found the housing offers; no sourced offer is for poor sleep.
    for typed in ["I had a rough day", "I have trouble sleeping"] {
        assert!(found_in(typed, "en").is_empty(), "{typed}");
    }
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

/// Self-help groups by their names: "AA møder" and "AA" alone found the autism efforts for 16–30-year-olds by the
/// "år" an "aa" is typed for, and "Al-Anon" (for relatives of drinkers) a partial fit of 13 offers. No source names
/// either group in Randers, so the offers about alcohol, and for relatives, the support for families.
/// "rehabilitering" found nothing, as the Danish texts say "genoptræning".
#[test]
fn self_help_groups_and_rehabilitation_find_the_nearest_offers() {
    for (typed, need, lang) in [
        ("AA", "alkohol", "da"),
        ("aa", "alkohol", "da"),
        ("jeg går til AA", "alkohol", "da"),
        ("AA", "alcohol", "en"),
        ("AA møder", "alkohol", "da"),
        ("AA-møde", "alkohol", "da"),
        ("AA meetings", "alcohol", "en"),
        ("Al-Anon", "pårørende alkohol", "da"),
        ("Al-Anon", "relatives alcohol", "en"),
        ("rehabilitering", "genoptræning", "da"),
    ] {
        assert_found_alike(typed, need, lang);
    }
    assert_eq!(
        found_in("Al-Anon", "en"),
        ["familier-med-rusmiddelproblemer"]
    );
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

/// "peerstøtte", the word people use for support from a peer worker, found nothing: the texts said
/// "peermedarbejdere", and only "peer støtte" in two words found them.
#[test]
fn peer_support_is_found_as_one_word() {
    assert_eq!(found("peerstøtte"), ["peer-stoette"]);
}

/// Voices, visions and staying in as people say them: "stemmer i hovedet" and "voices in my head" listed the
/// offers about brain injury first, by the head, as a partial fit; "ser syner", "hallucinationer", "kan ikke komme
/// ud af døren" and "sidder bare derhjemme" found nothing; "he never leaves his room" and "jeg kommer ikke ud af
/// mit værelse" listed the housing offers by the room. And "trænger" (needs) is no word of the need: "jeg trænger
/// til at snakke med nogen" was a partial fit.
#[test]
fn voices_visions_and_staying_in_find_their_offers() {
    for (typed, need, lang) in [
        ("jeg har stemmer i hovedet", "psykose", "da"),
        ("stemmer i mit hoved", "psykose", "da"),
        ("jeg ser syner", "psykose", "da"),
        ("hallucinationer", "psykose", "da"),
        ("I hear voices in my head", "psychosis", "en"),
        ("hallucinations", "psychosis", "en"),
        ("jeg kan ikke komme ud af døren", "isoleret", "da"),
        ("jeg sidder bare derhjemme", "isoleret", "da"),
        ("jeg kommer ikke ud af mit værelse", "isoleret", "da"),
        ("I can't leave the house", "isolated", "en"),
        ("he never leaves his room", "isolated", "en"),
        ("jeg trænger til at snakke med nogen", "snakke", "da"),
    ] {
        assert_found_alike(typed, need, lang);
    }
}

/// Words people use that found nothing: "paranoid" and "mistrivsel" (mental health), "varmestue" (a warm day room
/// for homeless people), wanting to learn about something (courses: "jeg vil lære om angst" found the peer
/// education alone, by its "lærer"), and what it costs (the free offers, as "er det gratis" finds).
#[test]
fn paranoia_warm_rooms_learning_and_cost_find_their_offers() {
    for (typed, need, lang) in [
        ("jeg er paranoid", "psykose", "da"),
        ("paranoia", "psykose", "da"),
        ("mistrivsel", "ked af det", "da"),
        ("I am paranoid", "psychosis", "en"),
        ("varmestue", "herberg", "da"),
        ("jeg vil lære om angst", "kursus angst", "da"),
        (
            "jeg vil gerne lære mere om psykisk sygdom",
            "kursus psykisk sygdom",
            "da",
        ),
        ("I want to learn about anxiety", "course anxiety", "en"),
        ("hvad koster det", "gratis", "da"),
        ("koster det noget", "gratis", "da"),
        ("how much does it cost", "free", "en"),
        ("does it cost anything", "free", "en"),
    ] {
        assert_found_alike(typed, need, lang);
    }
    // A daughter who does not thrive, as one who is sad: her family's offers and those about mental health.
    let (thriving, thriving_ids) = searched("min datter mistrives");
    let (sad, sad_ids) = searched("min datter er ked af det");
    assert_eq!(thriving_ids, sad_ids);
    assert_eq!(thriving.partial, sad.partial);
    assert!(thriving.not_found.is_empty(), "{:?}", thriving.not_found);
    // "varm" starts "varmestue" but says nothing of a need: it still finds what any word of no need finds.
    assert!(searched("varm").0.says_nothing);
}

/// Not eating, as a worried parent writes it in English: "she has stopped eating" found nothing, while the Danish
/// "hun spiser ikke" finds the offers about mental health by "spise". And "car" found the offers for carers and
/// careers by their first letters: "I was in a car accident" listed twelve offers for relatives and work.
#[test]
fn not_eating_is_a_worry_of_mental_health_and_a_car_is_no_carer() {
    for typed in ["she has stopped eating", "he refuses to eat", "not eating"] {
        assert_found_alike(typed, "eating disorder", "en");
    }
    let (result, ids) = searched_in("my daughter won't eat", "en");
    assert!(result.not_found.is_empty(), "{:?}", result.not_found);
    assert!(ids.iter().any(|id| id == "psykiatriens-hus"), "{ids:?}");
    assert!(searched_in("car", "en").0.says_nothing);
    assert!(found_in("I was in a car accident", "en").is_empty());
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

/// A crisis word typed without æ, ø and å is named as itself, but a short one not by a typo or as part of a compound:
/// "slaet" (slået, beaten) is also the folded end of "klokkeslæt" (the time of day) and one letter from "slægt"
/// (kin), and from the Danish word list "tabet" (the loss), "bogstavet" (the letter) and "kvalen" flashed the
/// prompt. A long one still is: "voltagt" is "voldtægt" with a d left out and no æ.
#[test]
fn a_crisis_word_typed_without_danish_letters_names_only_itself_when_short() {
    for typed in [
        "hvilket klokkeslæt",
        "min slægt",
        "tabet af mit job",
        "bogstavet",
        "kvalen",
    ] {
        assert!(!is_acute(typed), "{typed}");
    }
    for typed in [
        "jeg er blevet slaet",
        "han vil kvale mig",
        "voltagt",
        "jeg er bevidstlos",
        // "tæsk" (a beating) is "task" typed plain, too short and too English alone, but clear in a phrase.
        "jeg far task af min far",
        "han gav mig task",
    ] {
        assert!(is_acute(typed), "{typed}");
    }
}

/// What Perron 4 gives, as people ask for it: the facts list a nurse clinic that helps with wounds and medicine,
/// which its text did not name, so "medicin" and "wound care" found nothing or a dozen offers by "care" (its vet
/// twice a year is left out: with it, the printed hand-out took two pages). "et sted at være om dagen" said nothing
/// and "somewhere to go during the day" found nothing: a drop-in centre is that. A place for tonight is a matter
/// of housing, not of a drop-in centre that closes. "Pets get free food" in English, so a dog is a pet.
#[test]
fn a_drop_in_centres_help_is_found_by_its_everyday_words() {
    for (typed, lang) in [
        ("hjælp til medicin", "da"),
        ("help with my medicine", "en"),
        ("food for my dog", "en"),
        ("wound care", "en"),
        ("et sted at være om dagen", "da"),
        ("somewhere to go during the day", "en"),
    ] {
        assert_eq!(found_in(typed, lang), ["perron-4"], "{typed}");
    }
    assert_found_alike("jeg har brug for et sted at være i nat", "hjemløs", "da");
    assert_found_alike("I need somewhere to be tonight", "homeless", "en");
    // "To gange om året" says nothing of a need: "gange" is an ignored word.
    let ids = searched("min mor er 3 gange blevet indlagt").1;
    assert!(!ids.iter().any(|id| id == "perron-4"), "{ids:?}");
}

/// Violence against someone else, in the ways a relative or a friend writes it: each was calm in English ("being
/// hit", "hurts her", "got hit") while the Danish said the same as a crisis, and "nogen gør mit barn fortræd" was
/// calm too. "min datters kæreste er voldelig" listed the family offers under the crisis prompt by "datters", which
/// was no word of who is involved as "datter" is.
#[test]
fn violence_against_someone_else_points_to_crisis_help_in_both_languages() {
    for typed in [
        "my friend is being hit by her boyfriend",
        "my mum gets hit by my dad",
        "I think my neighbour's kids are being hit",
        "my friend's boyfriend hurts her",
        "he hurts my mum",
        "someone is hurting my child",
        "I got hit",
        "I hit my child",
        "I'm afraid I will hit my kids",
        "han gør min mor fortræd",
        "nogen gør mit barn fortræd",
        "jeg er bange for at gøre mit barn fortræd",
        "min datters kæreste er voldelig",
        "min søsters mand slår hende",
    ] {
        let (result, ids) = searched(typed);
        assert!(result.acute, "{typed}");
        assert!(ids.is_empty(), "{typed}: {ids:?}");
    }
    // A genitive says who, as its word does: "min søns autisme" finds what "min søn har autisme" finds.
    assert_eq!(found("min søns autisme"), found("min søn har autisme"));
    assert_eq!(found("min brors misbrug"), found("min bror har et misbrug"));
    // Hurt without a person stays calm.
    for typed in [
        "my back hurts",
        "it hurts my back to sit",
        "the song was a hit",
    ] {
        assert!(!is_acute(typed), "{typed}");
    }
}

/// Harm by someone close, as a child or a partner writes it: "my dad hurts me", "they hurt me", "my mum slaps me",
/// "min stedfar rører mig", "mine forældre gør mig ondt" and "min mor giver mig lussinger" were calm, while "he
/// hurts me" and "min far slår mig" pointed to crisis help. "my uncle abuses me" did, as "abuses" is one letter
/// from "abused", but listed the offers about substance abuse under the prompt, by their "abuse".
#[test]
fn harm_by_someone_close_points_to_crisis_help_with_no_offers() {
    for typed in [
        "my dad hurts me",
        "my stepdad hurts me",
        "my parents hurt me",
        "they hurt me",
        "somebody hurt me",
        "my mom is hurting me",
        "my mum slaps me",
        "my uncle abuses me",
        "he is abusing me",
        "min stedfar rører mig",
        "mine forældre gør mig ondt",
        "min far gjorde mig ondt",
        "min mor giver mig lussinger",
        "jeg fik en øretæve",
        "misbrugt som barn",
    ] {
        let (result, ids) = searched(typed);
        assert!(result.acute, "{typed}");
        assert!(ids.is_empty(), "{typed}: {ids:?}");
    }
    // Beside the harm, drinking is still searched for, as other words beside a crisis are.
    let (result, ids) = searched_in("my dad drinks and hurts me", "en");
    assert!(result.acute);
    assert_eq!(sorted(ids), sorted(found_in("drinks", "en")));
    // The same words of feelings and of drink stay calm: "det gør mig ondt" is "I am sorry", "det rører mig" "it
    // moves me", and abusing alcohol is a search for the offers about it.
    for typed in [
        "it hurts me to see my son drink",
        "det gør mig ondt at høre",
        "det rører mig",
        "he abuses alcohol",
    ] {
        assert!(!is_acute(typed), "{typed}");
    }
    assert_found_alike("he abuses alcohol", "alcohol", "en");
}

/// In a crisis phrase, "@" stands for any word of who is involved or of someone (`search_acute_persons`): "@ gør
/// mig ondt" covers the neighbour, the stepdad, the boss and "de" alike, where each had to be listed, and "min nabo
/// gør mig ondt" or "my boss hurt me" were calm. "det gør mig ondt" (I am sorry) and "it hurts me" name no one and
/// stay calm.
#[test]
fn a_crisis_phrase_holds_any_word_of_someone() {
    for (typed, lang) in [
        ("min nabo gør mig ondt", "da"),
        ("min papfar rører mig", "da"),
        ("min chef gjorde mig ondt", "da"),
        ("de gør mig ondt", "da"),
        ("mine brødre gør mig ondt", "da"),
        ("forældrene rørte mig", "da"),
        ("min stedfar gor mig ondt", "da"),
        ("min far gør mig virkelig ondt", "da"),
        ("jeg er bange for at gøre min kæreste fortræd", "da"),
        ("my neighbour hurts me", "en"),
        ("my boss hurt me", "en"),
        ("my grandma keeps hurting me", "en"),
        ("my brothers hurt me", "en"),
        ("i am afraid i will hurt my baby", "en"),
        ("i hit my colleague", "en"),
    ] {
        let (result, ids) = searched_in(typed, lang);
        assert!(result.acute, "{typed}");
        assert!(ids.is_empty(), "{typed}: {ids:?}");
    }
    for typed in [
        "det gør mig ondt for min nabo",
        "min ryg gør mig ondt",
        "it hurts me",
        "my back hurts me",
        "i hurt my back",
    ] {
        assert!(!is_acute(typed), "{typed}");
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

/// Young people's sentences about school and about not being understood. "ingen forstår mig" found only the
/// Citizens' Adviser, whose text says "ikke forstår en afgørelse"; "smidt ud af skolen" (expelled) listed the help
/// for homeless people first, by the saying for being thrown out; "droppet ud af gymnasiet" found Perron 4 in part.
#[test]
fn being_misunderstood_expelled_or_a_dropout_finds_loneliness_or_education() {
    for (typed, need, lang) in [
        ("ingen forstår mig", "ensom", "da"),
        ("nobody understands me", "lonely", "en"),
        ("jeg er blevet smidt ud af skolen", "skole", "da"),
        ("I got kicked out of school", "school", "en"),
        ("I was expelled from school", "school", "en"),
        ("jeg er droppet ud af gymnasiet", "droppet ud", "da"),
        ("I dropped out of college", "dropped out", "en"),
    ] {
        assert_found_as(typed, need, lang);
    }
    // A dropout is one of work and education.
    assert!(found("droppet ud").contains(&"jobrus".to_owned()));
    assert!(found_in("I dropped out of school", "en").contains(&"jobrus".to_owned()));
}

/// Learning to live with an illness is what Recoveryskolen teaches: "jeg vil gerne lære at leve med min psykiske
/// sygdom" found only the peer education, in part, naming "leve" as a word no offer has. A disorder named in English
/// is its condition ("anxiety disorder" named "disorder" as a word no offer has), and waiting says nothing of the need.
#[test]
fn learning_to_live_with_an_illness_finds_the_recovery_college() {
    for (typed, lang) in [
        ("jeg vil gerne lære at leve med min psykiske sygdom", "da"),
        ("jeg lærer at leve med angst", "da"),
        ("I want to learn to live with my mental illness", "en"),
    ] {
        assert_eq!(found_in(typed, lang), ["recoveryskolen"], "{typed}");
    }
    for (typed, need, lang) in [
        ("jeg lever med en hjerneskade", "hjerneskade", "da"),
        ("anxiety disorder", "anxiety", "en"),
        ("I have bipolar disorder", "bipolar", "en"),
        ("I am waiting for a psychiatrist", "psychiatrist", "en"),
    ] {
        assert_found_as(typed, need, lang);
    }
    // "leve" is still read in the crisis phrases.
    assert!(is_acute("jeg vil ikke leve mere"));
}

/// Borgerrådgiveren by the name of its page, "Borgerrådgivning": "borgerrådgivning" found nothing, as a compound of
/// an ignored word and a vague last part ("gældsrådgivning" still finds nothing, as no offer is for debt).
#[test]
fn the_citizens_adviser_is_found_by_the_name_of_its_service() {
    for (typed, lang) in [
        ("borgerrådgivning", "da"),
        ("borgerrådgivningen", "da"),
        ("borgerraadgivning", "da"),
        ("borgerrådgivning", "en"),
    ] {
        assert_eq!(found_in(typed, lang), ["borgerraadgiveren"], "{typed}");
    }
    assert!(found("gældsrådgivning").is_empty());
}

/// Everyday words for losing one's home and for feeling bad: "fogeden kommer" (the bailiff is coming) and "my
/// landlord is kicking me out" found nothing, "min udlejer smider mig ud" fitted in part naming "udlejer", and "jeg
/// har det af helvede til" and "I feel like shit" found nothing.
#[test]
fn a_landlord_a_bailiff_and_feeling_awful_find_housing_and_mental_health() {
    for (typed, need, lang) in [
        ("fogeden kommer", "udsættelse", "da"),
        ("min udlejer smider mig ud", "smidt ud", "da"),
        ("my landlord is kicking me out", "kicked out", "en"),
        ("my parents are kicking me out", "kicked out", "en"),
        ("jeg har det af helvede til", "psykisk sårbarhed", "da"),
        ("I feel like shit", "mental health", "en"),
        ("everything is shit", "mental health", "en"),
    ] {
        // A saying's words in a row put the offers with them in a row first, so compare what is found.
        assert_found_alike(typed, need, lang);
    }
}

/// A carer's words in Danish, as the English "carer" and "look after" already were: "jeg passer min far" fitted
/// in part naming "passer", "jeg er omsorgsgiver" found nothing, and "støtte til pårørende" found only the 3
/// offers for relatives whose texts say "støtte" ("støtte" says nothing of the need, as "support" does not).
#[test]
fn a_carer_in_danish_finds_the_offers_for_relatives() {
    let for_relatives = sorted(found("pårørende"));
    assert_eq!(sorted(found("støtte til pårørende")), for_relatives);
    for typed in ["jeg passer min far", "jeg er omsorgsgiver"] {
        let (result, ids) = searched(typed);
        assert!(!result.partial, "{typed}: {:?}", result.not_found);
        assert!(
            ids.contains(&"hjerneskade-paaroerende".to_owned()),
            "{typed}: {ids:?}"
        );
    }
}
