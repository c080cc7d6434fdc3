//! The page of every offer and number for browsers that cannot run the app (`domain::plain_page`), written from
//! the shipped data and texts as the build writes it.

mod common;

use common::{bundle, offer_mut};
use hjaelpeguiden::domain::bundle::Bundle;
use hjaelpeguiden::domain::catalogue::{AgeRange, Audience, Cost, EMERGENCY_NUMBER, Offer};
use hjaelpeguiden::domain::hours::Date;
use hjaelpeguiden::domain::plain_page::{PlainPlaces, escaped, plain_page};
use hjaelpeguiden::domain::text::{Lang, long_date, paragraphs_kept_whole};
use hjaelpeguiden::ui::explain::{for_whom_words_in, plain_words};

/// The day after the newest check in the shipped data, so only facts their sources doubt say "tjek".
const SOON_AFTER_CHECKS: Date = (2026, 12, 5);
/// Long after every check, when every fact is overdue.
const YEARS_LATER: Date = (2031, 1, 1);

fn page(bundle: &Bundle, lang: &'static str, today: Date) -> String {
    let places = PlainPlaces {
        lang: Lang(lang),
        other_languages: vec![("en", "English", "en.html".into())],
        stylesheet: "/style.css",
        exit_url: "https://www.dmi.dk/",
        today,
    };
    plain_page(
        &bundle.catalogue,
        &plain_words(&bundle.texts, Lang(lang)),
        &places,
    )
}

#[test]
fn each_language_lists_every_line_and_offer_with_every_contact_as_a_link() {
    let bundle = bundle();
    for lang in ["da", "en"] {
        let page = page(&bundle, lang, SOON_AFTER_CHECKS);
        assert!(page.contains(&format!("<html lang=\"{lang}\">")), "{lang}");
        let catalogue = &bundle.catalogue;
        let cards = catalogue.offers.len() + catalogue.crisis_lines.len();
        assert_eq!(
            page.matches("class=\"hg-offer-card\"").count(),
            cards,
            "{lang}"
        );
        let named = catalogue
            .offers
            .iter()
            .map(|offer| (&offer.name, &offer.contacts))
            .chain(
                catalogue
                    .crisis_lines
                    .iter()
                    .map(|line| (&line.name, &line.contacts)),
            );
        let (legal_basis, place, part_of) = match lang {
            "da" => ("Lovgrundlag", "Om stedet", "Hører under"),
            _ => ("Legal basis", "About the place", "Part of"),
        };
        for offer in &catalogue.offers {
            let first_step = escaped(offer.first_step.get(Lang(lang)));
            assert!(
                page.contains(&format!("<p>{first_step}</p>")),
                "{lang}: {}",
                offer.id
            );
            // The sourced notes, as on the offer page: the law it is given under, the unit it belongs to, what the
            // place is like.
            let notes = [
                (legal_basis, &offer.legal_basis),
                (part_of, &offer.part_of),
                (place, &offer.place),
            ];
            for (label, note) in notes {
                if let Some(note) = note {
                    let shown = format!(
                        "<strong>{label}: </strong>{}</p>",
                        escaped(&paragraphs_kept_whole(note.text.get(Lang(lang))))
                    );
                    assert!(page.contains(&shown), "{lang}: {}: {shown}", offer.id);
                }
            }
        }
        let noted = |note: fn(&Offer) -> bool| catalogue.offers.iter().any(note);
        assert!(noted(|offer| offer.legal_basis.is_some()) && noted(|offer| offer.place.is_some()));
        assert!(noted(|offer| offer.part_of.is_some()));
        for (name, contacts) in named {
            let name = escaped(name.get(Lang(lang)));
            assert!(page.contains(&format!(">{name}</h3>")), "{lang}: {name}");
            for contact in contacts {
                let shown = match contact.href() {
                    Some(href) => format!("href=\"{}\"", escaped(&href)),
                    None => escaped(&contact.value),
                };
                assert!(page.contains(&shown), "{lang}: {name}: {shown}");
            }
        }
        // Every placeholder filled in, and no script anywhere.
        assert!(!page.contains('{'), "{lang}");
        assert!(!page.contains("<script"), "{lang}");
    }
}

#[test]
fn the_lines_come_first_with_112_at_the_top_then_the_offers_by_name() {
    let bundle = bundle();
    let page = page(&bundle, "da", SOON_AFTER_CHECKS);
    let at = |id: &str| page.find(&format!("id=\"{id}\"")).unwrap();
    let first_offer = bundle.catalogue.offers_by_name(Lang("da"))[0];
    assert!(at("alarm-112") < at("laegevagten"));
    let last_line = bundle.catalogue.crisis_lines.last().unwrap();
    assert!(at(&last_line.id) < at(&first_offer.id));
    let ids: Vec<&str> = page
        .split("id=\"")
        .skip(1)
        .map(|rest| &rest[..rest.find('"').unwrap()])
        .collect();
    let mut unique = ids.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(ids.len(), unique.len(), "every id once");
}

#[test]
fn text_from_the_data_is_escaped() {
    let mut bundle = bundle();
    let offer = offer_mut(&mut bundle, "perron-4");
    for name in offer.name.0.values_mut() {
        *name = String::from("Perron <b>4</b> & \"venner\" 'nu'");
    }
    let page = page(&bundle, "da", SOON_AFTER_CHECKS);
    assert!(page.contains("Perron &lt;b&gt;4&lt;/b&gt; &amp; &quot;venner&quot; &#39;nu&#39;"));
    assert!(!page.contains("<b>4"));
}

#[test]
fn a_doubtful_or_overdue_fact_says_so_but_112_never_does() {
    let bundle = bundle();
    let catalogue = &bundle.catalogue;
    let contacts = catalogue
        .offers
        .iter()
        .flat_map(|offer| &offer.contacts)
        .chain(
            catalogue
                .crisis_lines
                .iter()
                .flat_map(|line| &line.contacts),
        );
    let (all, doubted) = contacts.fold((0, 0), |(all, doubted), contact| {
        let is_112 = contact.value == EMERGENCY_NUMBER;
        (
            all + usize::from(!is_112),
            doubted + usize::from(contact.verify && !is_112),
        )
    });
    assert!(doubted > 0 && doubted < all);
    let verify = "class=\"hg-contact-list__verify\"";
    assert_eq!(
        page(&bundle, "da", SOON_AFTER_CHECKS)
            .matches(verify)
            .count(),
        doubted
    );
    assert_eq!(
        page(&bundle, "da", YEARS_LATER).matches(verify).count(),
        all
    );
}

#[test]
fn an_offer_without_contacts_links_to_the_offers_to_ask_on_the_same_page() {
    let bundle = bundle();
    let page = page(&bundle, "da", SOON_AFTER_CHECKS);
    let without: Vec<_> = bundle
        .catalogue
        .offers
        .iter()
        .filter(|offer| offer.contacts.is_empty())
        .collect();
    assert!(!without.is_empty(), "the shipped data has such an offer");
    for offer in without {
        for other in &offer.see_also {
            assert!(page.contains(&format!("href=\"#{other}\"")), "{}", offer.id);
            assert!(page.contains(&format!("id=\"{other}\"")), "{}", offer.id);
        }
    }
}

#[test]
fn after_the_lines_a_link_to_each_offer_in_the_order_of_the_cards() {
    let bundle = bundle();
    for lang in ["da", "en"] {
        let page = page(&bundle, lang, SOON_AFTER_CHECKS);
        let contents_at = page.find("class=\"hg-plain__contents\"").unwrap();
        let last_line = bundle.catalogue.crisis_lines.last().unwrap();
        assert!(page.find(&format!("id=\"{}\"", last_line.id)).unwrap() < contents_at);
        let contents =
            &page[contents_at..page[contents_at..].find("</nav>").unwrap() + contents_at];
        let offers = bundle.catalogue.offers_by_name(Lang(lang));
        let links: Vec<String> = offers
            .iter()
            .map(|offer| {
                format!(
                    "<li><a href=\"#{}\">{}</a></li>",
                    offer.id,
                    escaped(offer.name.get(Lang(lang)))
                )
            })
            .collect();
        assert!(contents.contains(&links.concat()), "{lang}: {contents}");
        // Each link leads to a card after the list.
        for offer in offers {
            let card = page.find(&format!("<li class=\"hg-offer-card\" id=\"{}\"", offer.id));
            assert!(
                card.is_some_and(|card| card > contents_at),
                "{lang}: {}",
                offer.id
            );
        }
    }
}

#[test]
fn the_page_tells_the_rule_for_facts_that_fall_due_after_it_was_made() {
    let mut bundle = bundle();
    let months = bundle.catalogue.review_after_months;
    let page_now = page(&bundle, "da", SOON_AFTER_CHECKS);
    assert!(
        page_now.contains(&format!(
            "Er det mere end {months} måneder siden, så ring og tjek"
        )),
        "{months}"
    );
    bundle.catalogue.review_after_months = 1;
    let english = page(&bundle, "en", SOON_AFTER_CHECKS);
    assert!(english.contains("If that is more than 1 month ago, call and check before you go."));
}

#[test]
fn each_offer_says_whom_it_is_for_with_its_ages_and_whether_that_rules_people_out() {
    let mut bundle = bundle();
    let texts = bundle.texts.clone();
    let words = for_whom_words_in(&texts, Lang("da"));
    let offer = bundle.catalogue.offer("soeskendegrupper").unwrap();
    // The ages are those of the person it is about, not of the relatives.
    assert_eq!(
        words.line(offer),
        "Pårørende. Alder på den, det handler om: 0–17 år"
    );
    let offer = offer_mut(&mut bundle, "perron-4");
    offer.audiences = vec![Audience::Person, Audience::Relative, Audience::Professional];
    offer.age = AgeRange {
        min: Some(18),
        max: None,
    };
    assert_eq!(
        words.line(offer),
        "Den, det handler om, pårørende og fagpersoner. Alder: fra 18 år"
    );
    offer.age = AgeRange {
        min: None,
        max: Some(30),
    };
    assert_eq!(words.ages(offer).as_deref(), Some("Alder: op til 30 år"));
    assert!(offer.limits_who(), "an upper age limit rules people out");
    offer.age = AgeRange::default();
    assert_eq!(
        words.line(offer),
        "Den, det handler om, pårørende og fagpersoner"
    );
    assert!(!offer.limits_who(), "for everyone affected, of any age");
    offer.audiences = vec![Audience::Relative];
    assert!(offer.limits_who(), "not for the person affected");
    offer.age = AgeRange {
        min: Some(18),
        max: None,
    };
    assert_eq!(
        words.ages(offer).as_deref(),
        Some("Alder på den, det handler om: fra 18 år")
    );
    offer.age = AgeRange {
        min: None,
        max: Some(30),
    };
    assert_eq!(
        words.ages(offer).as_deref(),
        Some("Alder på den, det handler om: op til 30 år")
    );
    // On the page, under each offer's name and summary.
    let page = page(&bundle, "en", SOON_AFTER_CHECKS);
    let english = for_whom_words_in(&texts, Lang("en"));
    for offer in &bundle.catalogue.offers {
        let line = format!(
            "<p><strong>Who it is for: </strong>{}</p>",
            escaped(&english.line(offer))
        );
        assert!(page.contains(&line), "{}: {line}", offer.id);
    }
}

/// The card of `id` on `page`: from its start to the end of its item.
fn card<'a>(page: &'a str, id: &str) -> &'a str {
    let start = page
        .find(&format!("<li class=\"hg-offer-card\" id=\"{id}\""))
        .unwrap();
    let end = start + page[start..].find("</li>\n").unwrap();
    &page[start..end]
}

#[test]
fn each_card_has_its_own_badge_warning_related_offers_and_sources() {
    let bundle = bundle();
    let catalogue = &bundle.catalogue;
    let words = plain_words(&bundle.texts, Lang("da"));
    let page = page(&bundle, "da", SOON_AFTER_CHECKS);
    let free = format!("hg-access-badge--free\">{}</strong>", words.free);
    let related_label = format!("<p>{}: ", words.related);
    for offer in &catalogue.offers {
        let card = card(&page, &offer.id);
        let id = &offer.id;
        assert_eq!(card.contains(&free), offer.cost == Cost::Free, "{id}");
        let caution = offer.caution.as_ref().map(|text| text.get(Lang("da")));
        assert_eq!(
            card.contains("hg-offer-card__caution"),
            caution.is_some(),
            "{id}"
        );
        if let Some(text) = caution {
            let shown = format!("<p class=\"hg-offer-card__caution\">{}</p>", escaped(text));
            assert!(card.contains(&shown), "{id}");
        }
        // The related offers in the data's order, one comma between each two.
        let links: Vec<String> = offer
            .see_also
            .iter()
            .map(|other| {
                let name = catalogue.offer(other).unwrap().name.get(Lang("da"));
                format!("<a href=\"#{other}\">{}</a>", escaped(name))
            })
            .collect();
        assert_eq!(card.contains(&related_label), !links.is_empty(), "{id}");
        if !links.is_empty() {
            let line = format!("{related_label}{}</p>", links.join(", "));
            assert!(card.contains(&line), "{id}: {line}");
        }
    }
    let offers = &catalogue.offers;
    assert!(offers.iter().any(|offer| offer.cost == Cost::Free));
    assert!(offers.iter().any(|offer| offer.cost != Cost::Free));
    assert!(offers.iter().any(|offer| offer.caution.is_some()));
    assert!(offers.iter().any(|offer| offer.see_also.len() > 2));
    // The lines' warnings, and under every contact the date its source was checked and a link to the source.
    let cards = offers
        .iter()
        .map(|offer| (&offer.id, &offer.caution, &offer.contacts))
        .chain(
            catalogue
                .crisis_lines
                .iter()
                .map(|line| (&line.id, &line.caution, &line.contacts)),
        );
    for (id, caution, contacts) in cards {
        let card = card(&page, id);
        if let Some(text) = caution {
            assert!(card.contains(&escaped(text.get(Lang("da")))), "{id}");
        }
        for contact in contacts {
            let source = catalogue.source(&contact.source).unwrap();
            let checked = long_date(&source.checked, words.date_pattern, words.month_names);
            let url = source.url.as_deref().unwrap();
            let note = format!(
                "<span class=\"hg-source-note\">Kontrolleret {checked} · Kilde: <a href=\"{}\" \
                 rel=\"noreferrer\">{}</a></span>",
                escaped(url),
                escaped(source.label())
            );
            assert!(card.contains(&note), "{id}: {note}");
        }
    }
    let lines = &catalogue.crisis_lines;
    assert!(lines.iter().any(|line| line.caution.is_some()));
}
