//! Untrusted input never panics: stored answers, typed ages, route parameters, the embedded data. Round trips hold.
#![cfg(not(target_arch = "wasm32"))]

use hjaelpeguiden::domain::answers::{
    Answers, DecodeError, Input, ReferralPreference, decode, encode, parse_age, record,
};
mod common;

use common::bundle;
use hjaelpeguiden::domain::bundle::Bundle;
use hjaelpeguiden::domain::hours::ClockTime;
use proptest::prelude::*;

#[test]
fn corrupted_storage_is_a_typed_error() {
    let q = bundle().questions;
    assert_eq!(decode("{not json", &q), Err(DecodeError::Malformed));
    assert_eq!(decode("", &q), Err(DecodeError::Malformed));
    assert_eq!(
        decode(r#"{"v":99,"answers":{}}"#, &q),
        Err(DecodeError::WrongVersion)
    );
    let tampered = r#"{"v":1,"answers":{"danger":null,"who":null,"age":null,"topics":["<script>"],"help":null,"referral":null}}"#;
    assert_eq!(decode(tampered, &q), Err(DecodeError::UnknownValue));
    let too_old = r#"{"v":1,"answers":{"danger":null,"who":null,"age":{"years":200},"topics":null,"help":null,"referral":null}}"#;
    assert_eq!(decode(too_old, &q), Err(DecodeError::UnknownValue));
}

#[test]
fn tampered_form_values_are_rejected() {
    let b = bundle();
    let topics = b.questions.get("emner").unwrap();
    assert!(
        record(
            topics,
            &Answers::default(),
            Input::Choices(vec!["astrology".into()])
        )
        .is_err()
    );
    let who = b.questions.get("hvem").unwrap();
    assert!(
        record(
            who,
            &Answers::default(),
            Input::Choices(vec!["me".into(), "relative".into()])
        )
        .is_err()
    );
}

#[test]
fn age_parsing_accepts_only_whole_years_up_to_120() {
    assert_eq!(parse_age(" 17 "), Ok(17));
    assert_eq!(parse_age("0"), Ok(0));
    assert_eq!(parse_age("120"), Ok(120));
    assert!(parse_age("121").is_err());
    assert!(parse_age("17,5").is_err());
    assert!(parse_age("-3").is_err());
    assert!(parse_age("").is_err());
    assert!(parse_age("99999999999999999999").is_err());
}

fn any_answers() -> impl Strategy<Value = Answers> {
    (
        proptest::option::of(any::<bool>()),
        common::any_who(),
        common::any_age(),
        proptest::option::of(proptest::sample::subsequence(
            vec!["autism", "housing", "self-harm"],
            0..3,
        )),
        proptest::option::of(prop_oneof![
            Just(ReferralPreference::NoReferral),
            Just(ReferralPreference::Either)
        ]),
    )
        .prop_map(|(danger, who, age, topics, referral)| Answers {
            danger,
            who,
            age,
            topics: topics.map(|t| t.into_iter().map(String::from).collect()),
            help: None,
            referral,
        })
}

/// 5,000 cases per property in `make test`; `make fuzz` raises it through PROPTEST_CASES.
fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(5000)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    #[test]
    fn stored_answers_round_trip(answers in any_answers()) {
        let q = bundle().questions;
        prop_assert_eq!(decode(&encode(&answers), &q), Ok(answers));
    }

    #[test]
    fn decode_never_panics_on_arbitrary_strings(text in any::<String>()) {
        let q = bundle().questions;
        let _ = decode(&text, &q);
    }

    #[test]
    fn decode_never_panics_on_json_like_strings(text in r#"\{"v":[0-9]{1,3},"answers":\{[a-z":,\[\]{}0-9 ]{0,80}\}\}"#) {
        let q = bundle().questions;
        let _ = decode(&text, &q);
    }

    /// Data cut short (a broken download, a tampered build) is an error, and the app shows its help page.
    #[test]
    fn embedded_data_cut_short_is_an_error(cut in 0..hjaelpeguiden::EMBEDDED_BUNDLE.len()) {
        prop_assert!(Bundle::from_postcard(&hjaelpeguiden::EMBEDDED_BUNDLE[..cut]).is_err());
    }

    /// Damaged bytes may happen to read as some bundle, but never panic the decoder.
    #[test]
    fn embedded_data_decoder_never_panics_on_damaged_bytes(
        flips in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..8),
    ) {
        let mut bytes = hjaelpeguiden::EMBEDDED_BUNDLE.to_vec();
        for (at, value) in flips {
            let i = at.index(bytes.len());
            bytes[i] = value;
        }
        let _ = Bundle::from_postcard(&bytes);
    }

    #[test]
    fn age_and_clock_parsing_never_panic(text in any::<String>()) {
        let _ = parse_age(&text);
        let _ = ClockTime::parse(&text);
    }

    #[test]
    fn route_lookups_never_panic(id in any::<String>()) {
        let b = bundle();
        let _ = b.catalogue.offer(&id);
        let _ = b.questions.get(&id);
    }
}
