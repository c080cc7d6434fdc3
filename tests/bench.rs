//! `make bench` timings of the pure core (ignored in `make test`; it prints, it does not assert).

use hjaelpeguiden::domain::answers::{Age, Answers};
use hjaelpeguiden::domain::bundle::Bundle;
use hjaelpeguiden::domain::questions::Who;
use hjaelpeguiden::domain::ranking::rank;
use hjaelpeguiden::domain::readability;
use hjaelpeguiden::domain::search::{Query, SearchIndex};
use hjaelpeguiden::domain::text::Lang;
use std::time::Instant;

/// LIX and sentence lengths of what a citizen reads, in each language (the Danish scale: under 25 very easy,
/// 25–34 easy, 35–44 medium). The Danish budget is asserted in tests/catalogue_data.rs.
#[test]
#[ignore = "benchmark: run with make bench"]
fn readability_figures() {
    let bundle = Bundle::parse_embedded().unwrap();
    for lang in bundle.texts.codes() {
        for (kind, counts) in readability::of_bundle(&bundle, &lang) {
            println!(
                "readability ({lang}) of {kind}: LIX {} over {} words, {:.1} words per sentence, longest {} (at most {})",
                counts.lix(),
                counts.words,
                counts.words as f64 / counts.sentences as f64,
                counts.longest_sentence,
                readability::MAX_SENTENCE_WORDS,
            );
        }
    }
}

#[test]
#[ignore = "benchmark: run with make bench"]
fn timings() {
    let runs = 200;
    let start = Instant::now();
    for _ in 0..runs {
        std::hint::black_box(Bundle::parse_embedded().unwrap());
    }
    println!(
        "read the data from JSON (build, tests): {:?} per run",
        start.elapsed() / runs
    );
    let start = Instant::now();
    for _ in 0..runs {
        std::hint::black_box(Bundle::from_postcard(hjaelpeguiden::EMBEDDED_BUNDLE).unwrap());
    }
    println!(
        "read the data from postcard (browser, {} B): {:?} per run",
        hjaelpeguiden::EMBEDDED_BUNDLE.len(),
        start.elapsed() / runs
    );
    let bundle = Bundle::from_postcard(hjaelpeguiden::EMBEDDED_BUNDLE).unwrap();
    let answers = Answers {
        who: Some(Who::Relative),
        age: Some(Age::Years(17)),
        topics: Some(vec!["autism".into(), "family-children".into()]),
        help: Some(vec!["advice".into()]),
        ..Answers::default()
    };
    let start = Instant::now();
    let runs = 10_000;
    for _ in 0..runs {
        std::hint::black_box(rank(&bundle.catalogue, &answers, (2026, 11, 24)));
    }
    println!(
        "rank {} offers: {:?} per run",
        bundle.catalogue.offers.len(),
        start.elapsed() / runs
    );
    // Building the search index, once, on the first visit to /tilbud: every offer's texts folded per language, and
    // the words a typo or a compound may be read as.
    let runs = 100;
    let start = Instant::now();
    for _ in 0..runs {
        std::hint::black_box(SearchIndex::new(&bundle.catalogue, &bundle.questions));
    }
    println!(
        "build the search index for {} offers (once): {:?} per run",
        bundle.catalogue.offers.len(),
        start.elapsed() / runs
    );
    // What one keystroke on /tilbud costs: a sentence whose words are inflected or found by no offer, so the search
    // tries every ending, then every word a typo may be read as and every part of a compound, and falls back to the
    // offers with the most words (the slowest path), with the acute check inside.
    let index = SearchIndex::new(&bundle.catalogue, &bundle.questions);
    let all = bundle.catalogue.offers_by_name(Lang("da"));
    let typed = "min datter er ked af det og forældrene drikker for meget xyzzy";
    let runs = 1_000;
    let start = Instant::now();
    for _ in 0..runs {
        let query = Query::parse(typed);
        std::hint::black_box(index.search(&all, &query, Lang("da")));
    }
    println!(
        "search {} offers for \"{typed}\" (one keystroke): {:?} per run",
        bundle.catalogue.offers.len(),
        start.elapsed() / runs
    );
    // A pasted page of text: searched by its first words only, but read to its end for crisis words.
    let pasted = "Min søn på 17 har autisme og går ikke i skole. ".repeat(400);
    let runs = 20;
    let start = Instant::now();
    for _ in 0..runs {
        let query = Query::parse(&pasted);
        std::hint::black_box(index.search(&all, &query, Lang("da")));
    }
    println!(
        "search a pasted text of {} characters (one keystroke): {:?} per run",
        pasted.chars().count(),
        start.elapsed() / runs
    );
}
