//! The crisis check: what people write in danger points to crisis help, and everyday words do not.

use super::*;

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
