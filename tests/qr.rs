//! QR codes: every picture the app draws is read back by a real decoder (rqrr) to the exact text.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::bundle;
use hjaelpeguiden::domain::qr::{QUIET_ZONE, QrPicture, picture};
use hjaelpeguiden::domain::route::Route;
use hjaelpeguiden::domain::shortlist;
use proptest::prelude::*;
use std::collections::BTreeSet;

/// The dark modules the path paints, read back from its `M{x} {y}h{run}v1h-{run}z` runs.
fn dark_modules(picture: &QrPicture) -> BTreeSet<(i32, i32)> {
    let mut dark = BTreeSet::new();
    for run in picture.path.split('M').filter(|r| !r.is_empty()) {
        let (at, rest) = run.split_once('h').expect("each run has a width");
        let (x, y) = at.split_once(' ').expect("each run starts at x y");
        let (width, tail) = rest.split_once('v').expect("each run is one module high");
        let width: i32 = width.parse().unwrap();
        assert_eq!(
            tail,
            format!("1h-{width}z"),
            "a run closes back on itself: {run}"
        );
        let (x, y): (i32, i32) = (x.parse().unwrap(), y.parse().unwrap());
        for dx in 0..width {
            assert!(dark.insert((x + dx, y)), "runs never overlap: {run}");
        }
    }
    dark
}

/// Decodes the picture as a camera would see it: four pixels a module, dark on light.
fn scan(picture: &QrPicture) -> String {
    const SCALE: i32 = 4;
    let dark = dark_modules(picture);
    let side = (picture.size * SCALE) as usize;
    let mut image = rqrr::PreparedImage::prepare_from_bitmap(side, side, |x, y| {
        dark.contains(&(x as i32 / SCALE, y as i32 / SCALE))
    });
    let grids = image.detect_grids();
    assert_eq!(grids.len(), 1, "exactly one code in the picture");
    grids[0].decode().expect("the code decodes").1
}

#[test]
fn a_list_link_of_every_offer_and_line_scans_back_exactly() {
    let b = bundle();
    let offers: Vec<_> = b.catalogue.offers.iter().collect();
    let lines: Vec<_> = b.catalogue.crisis_lines.iter().collect();
    let segment = shortlist::write(&offers, &lines);
    let url = format!(
        "https://hjaelpeguiden.randers.dk{}",
        Route::Shortlist(segment).path()
    );
    let code = picture(&url).expect("a list link fits in a QR code");
    assert_eq!(scan(&code), url);
}

#[test]
fn the_quiet_zone_stays_light() {
    let code = picture("https://hjaelpeguiden.randers.dk/liste/ppr").unwrap();
    let inner = QUIET_ZONE..code.size - QUIET_ZONE;
    for (x, y) in dark_modules(&code) {
        assert!(
            inner.contains(&x) && inner.contains(&y),
            "({x}, {y}) is in the margin"
        );
    }
    // The smallest code is version 1 (21 modules) plus the margin on both sides.
    assert!(code.size >= 21 + 2 * QUIET_ZONE);
}

/// Error correction would hide a drawing slip from the decoder, so the drawing is also compared with the encoder's
/// modules one by one.
#[test]
fn the_path_paints_exactly_the_dark_modules() {
    let text = "https://hjaelpeguiden.randers.dk/liste/jobrus+rusmiddelcenter-randers+cafe-rusfri";
    let code =
        qrcodegen::QrCode::encode_binary(text.as_bytes(), qrcodegen::QrCodeEcc::Medium).unwrap();
    let expected: BTreeSet<(i32, i32)> = (0..code.size())
        .flat_map(|y| (0..code.size()).map(move |x| (x, y)))
        .filter(|&(x, y)| code.get_module(x, y))
        .map(|(x, y)| (x + QUIET_ZONE, y + QUIET_ZONE))
        .collect();
    let drawn = picture(text).unwrap();
    assert_eq!(drawn.size, code.size() + 2 * QUIET_ZONE);
    assert_eq!(dark_modules(&drawn), expected);
}

#[test]
fn text_too_long_for_any_qr_code_is_none() {
    assert_eq!(picture(&"a".repeat(3_000)), None);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(common::proptest_cases(48)))]

    /// Any text up to a few hundred characters, Danish letters included, scans back as written.
    #[test]
    fn any_short_text_scans_back(text in "[a-zA-Z0-9æøåÆØÅ:/.+ -]{1,300}") {
        let code = picture(&text).expect("short text fits");
        prop_assert_eq!(scan(&code), text);
    }
}
