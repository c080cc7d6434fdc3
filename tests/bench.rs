//! `make bench` timings of the pure core (ignored in `make test`; it prints, it does not assert).

use hjaelpeguiden::domain::answers::{Age, Answers};
use hjaelpeguiden::domain::bundle::Bundle;
use hjaelpeguiden::domain::questions::Who;
use hjaelpeguiden::domain::ranking::rank;
use std::time::Instant;

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
}
