//! Whatever is typed, the search and what the page says about it never panic, and what they show holds together.
//! Random text seldom makes a crisis phrase, a saying or a stated age, so the queries here are made of the search's
//! own words: those of its phrases, sayings, ages and crisis words, the offers' and lines' names, numbers and signs,
//! with typos and æ, ø and å typed plainly, in any order. Those are the paths where the search counts places among
//! the words, which `make lint` keeps from indexing (src/domain/mod.rs), and these cases exercise them.

use super::*;
use std::collections::BTreeSet;

/// Every word the search's data has, as the editors wrote it, with its plain spelling where it has æ, ø or å.
fn vocabulary() -> &'static [String] {
    static WORDS: OnceLock<Vec<String>> = OnceLock::new();
    WORDS.get_or_init(|| {
        let b = shared();
        let q = &b.questions;
        let mut texts: Vec<&LocalizedText> = vec![
            &q.search_ignored_words,
            &q.search_people_words,
            &q.search_not_typos,
            &q.search_no_referral,
            &q.search_walk_in,
            &q.search_lines,
            &q.search_phrases,
            &q.search_paragraph_words,
            &q.search_acute_fillers,
            &q.search_acute_persons,
            &q.search_calm_idioms,
            &q.search_age_phrases,
            &q.search_own_age_phrases,
            &q.search_people_counted,
            &q.search_no_age_after,
            &q.search_vague_compound_ends,
            &q.search_asker_possessives,
            &q.search_adults,
            &q.search_grown_up_words,
        ];
        let options = q.questions.iter().flat_map(|question| &question.options);
        texts.extend(options.filter_map(|option| option.search_words.as_ref()));
        texts.extend(b.catalogue.offers.iter().map(|offer| &offer.name));
        texts.extend(b.catalogue.crisis_lines.iter().map(|line| &line.name));
        let mut words = BTreeSet::new();
        for text in texts.iter().flat_map(|text| text.0.values()) {
            for word in text.split(|c: char| !c.is_alphanumeric() && c != '§') {
                if !word.is_empty() {
                    words.insert(word.to_owned());
                    words.insert(word.replace(['æ', 'å'], "a").replace('ø', "o"));
                }
            }
        }
        words.into_iter().collect()
    })
}

/// One word of a query: a word of the search's data, perhaps with two letters swapped, or a number or sign, or
/// anything.
fn any_word() -> impl Strategy<Value = String> {
    let known = proptest::sample::select(vocabulary());
    let swapped = (
        proptest::sample::select(vocabulary()),
        any::<prop::sample::Index>(),
    )
        .prop_map(|(word, at): (String, prop::sample::Index)| {
            let mut letters: Vec<char> = word.chars().collect();
            if letters.len() > 1 {
                let at = at.index(letters.len() - 1);
                letters.swap(at, at + 1);
            }
            letters.into_iter().collect()
        });
    prop_oneof![
        6 => known,
        2 => swapped,
        1 => "[0-9]{1,3}(år|-årig)?",
        1 => proptest::sample::select(vec!["§", "@", "#", "-", "?", "’s", "112", "70 20 12 01"]).prop_map(String::from),
        1 => "\\PC{1,6}",
    ]
}

/// A query of a few words, or now and then of up to 40 (a pasted text beyond [`SEARCHED_WORDS`] among them),
/// between spaces and commas.
fn any_query() -> impl Strategy<Value = String> {
    let separator = proptest::sample::select(vec![" ", " ", " ", ", ", "-", ". "]);
    let words = prop_oneof![4 => 1..6_usize, 1 => 6..40_usize];
    let words = words.prop_flat_map(move |count| {
        proptest::collection::vec((any_word(), separator.clone()), count)
    });
    words.prop_map(|words| {
        words
            .into_iter()
            .map(|(word, separator)| word + separator)
            .collect()
    })
}

fn ids(offers: &[&Offer]) -> Vec<String> {
    offers.iter().map(|offer| offer.id.clone()).collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(crate::common::proptest_cases(1000)))]

    #[test]
    fn a_query_of_the_searchs_own_words_never_panics_and_what_it_shows_holds_together(
        typed in any_query(),
        lang in proptest::sample::select(vec!["da", "en"]),
        ticked in any::<bool>(),
    ) {
        let (catalogue, lang) = (&shared().catalogue, Lang(lang));
        let searched = if ticked {
            catalogue.needing_no_referral(lang)
        } else {
            catalogue.offers_by_name(lang)
        };
        let query = Query::parse(&typed);
        let found = index().search(&searched, &query, lang);
        // The page always says something about a search, and never points an acute one on to a place to ask.
        prop_assert!(!found.sentences(true, ticked).is_empty());
        prop_assert!(!found.acute || found.places_to_ask(catalogue, lang).is_empty());
        // It shows only offers it searched, each once, and each in one list only.
        let searched_ids: BTreeSet<String> = ids(&searched).into_iter().collect();
        let mut shown = ids(&found.offers);
        shown.extend(ids(&found.for_the_person));
        shown.extend(found.other_age.iter().map(|(offer, _)| offer.id.clone()));
        let unique: BTreeSet<&String> = shown.iter().collect();
        prop_assert_eq!(unique.len(), shown.len(), "{:?}", shown);
        prop_assert!(shown.iter().all(|id| searched_ids.contains(id)), "{:?}", shown);
        // Each line once.
        let lines: BTreeSet<&String> = found.lines.iter().map(|line| &line.id).collect();
        prop_assert_eq!(lines.len(), found.lines.len());
        // An offer set apart for another age is set apart with its reason.
        prop_assert!(found.other_age.iter().all(|(_, reasons)| !reasons.is_empty()));
        // The same query finds the same again.
        prop_assert_eq!(ids(&index().search(&searched, &query, lang).offers), ids(&found.offers));
    }
}
