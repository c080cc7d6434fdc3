//! Ranking: persona journeys (each expects a named offer in the top 3) and properties of `rank`.

use hjaelpeguiden::domain::answers::{Age, Answers, ReferralPreference};
mod common;

use common::{bundle, offer_mut};
use hjaelpeguiden::domain::bundle::Bundle;
use hjaelpeguiden::domain::catalogue::{Audience, Offer, is_reachable};
use hjaelpeguiden::domain::hours::Date;
use hjaelpeguiden::domain::questions::Who;
use hjaelpeguiden::domain::ranking::{
    Exclusion, MAY_HAVE_ENDED_POINTS, Ranking, Reason, exclusions, fits_only_as_a_place_to_ask,
    rank, score,
};

/// A fixed day for the persona tests: after the funding years in the catalogue (2022, 2025).
const TODAY: Date = (2026, 11, 24);

fn answers(
    who: Who,
    age: Option<u8>,
    topics: &[&str],
    help: &[&str],
    no_referral: bool,
) -> Answers {
    Answers {
        danger: Some(false),
        who: Some(who),
        age: Some(age.map_or(Age::DontKnow, Age::Years)),
        topics: Some(topics.iter().map(|s| (*s).to_owned()).collect()),
        help: Some(help.iter().map(|s| (*s).to_owned()).collect()),
        referral: Some(if no_referral {
            ReferralPreference::NoReferral
        } else {
            ReferralPreference::Either
        }),
    }
}

/// A 24-year-old using cannabis daily with no job, who wants treatment and work.
fn cannabis_and_no_job() -> Answers {
    answers(
        Who::Me,
        Some(24),
        &["substances", "work-education"],
        &["treatment", "work"],
        false,
    )
}

fn top3(bundle: &Bundle, answers: &Answers) -> Vec<String> {
    rank(&bundle.catalogue, answers, TODAY)
        .matches
        .iter()
        .take(3)
        .map(|m| m.offer.id.clone())
        .collect()
}

#[test]
fn parent_of_a_17_year_old_with_autism() {
    let b = bundle();
    let top = top3(
        &b,
        &answers(Who::Relative, Some(17), &["autism"], &["advice"], false),
    );
    assert!(
        top.contains(&"autisme-overgang-16-30".to_owned()),
        "{top:?}"
    );
    assert!(
        top.contains(&"familiekonsulenter-boernehandicap".to_owned()),
        "{top:?}"
    );
}

#[test]
fn parent_of_an_8_year_old_with_a_disability_who_needs_a_break() {
    let b = bundle();
    let respite = answers(
        Who::Relative,
        Some(8),
        &["disability", "family-children"],
        &["respite"],
        false,
    );
    assert_eq!(top3(&b, &respite)[0], "aflastning-boern-handicap");
    assert!(
        reasons_of(&b, &respite, "aflastning-boern-handicap")
            .contains(&Reason::Help("respite".into()))
    );
    // Respite care is not advice: asking for advice, its card does not say it gives that.
    let advice = answers(
        Who::Relative,
        Some(8),
        &["disability", "family-children"],
        &["advice"],
        false,
    );
    assert!(
        !reasons_of(&b, &advice, "aflastning-boern-handicap")
            .iter()
            .any(|r| matches!(r, Reason::Help(_)))
    );
    // Coaching for everyday life is for adults (its page is under "psykisk sårbare voksne"): not for a child.
    assert!(!matched(&b, &advice).contains(&"mestringsvejledning".to_owned()));
}

#[test]
fn adult_a_year_after_a_stroke() {
    let b = bundle();
    let top = top3(
        &b,
        &answers(
            Who::Me,
            Some(58),
            &["brain-injury"],
            &["treatment", "courses"],
            false,
        ),
    );
    assert_eq!(top[0], "hjernecenter-randers", "{top:?}");
}

#[test]
fn young_adult_using_cannabis_daily_with_no_job() {
    let b = bundle();
    let top = top3(&b, &cannabis_and_no_job());
    assert_eq!(top[0], "jobrus", "{top:?}");
    assert!(
        top.contains(&"rusmiddelcenter-randers".to_owned()),
        "{top:?}"
    );
}

#[test]
fn lonely_anxious_adult_who_wants_no_referral() {
    let b = bundle();
    let top = top3(
        &b,
        &answers(
            Who::Me,
            Some(45),
            &["mental-health", "loneliness"],
            &["community", "talk"],
            true,
        ),
    );
    assert_eq!(top[0], "psykiatriens-hus", "{top:?}");
}

#[test]
fn homeless_adult() {
    let b = bundle();
    let top = top3(
        &b,
        &answers(Who::Me, Some(40), &["housing"], &["housing-help"], false),
    );
    assert!(top.contains(&"perron-4".to_owned()), "{top:?}");
    assert!(top.contains(&"hjemloese-hjaelp".to_owned()), "{top:?}");
}

#[test]
fn someone_who_wants_to_become_a_peer_worker() {
    let b = bundle();
    let top = top3(
        &b,
        &answers(
            Who::Me,
            Some(35),
            &["mental-health", "work-education"],
            &["courses", "work"],
            false,
        ),
    );
    assert_eq!(top[0], "peeruddannelsen", "{top:?}");
}

#[test]
fn reasons_say_what_the_person_answered() {
    let b = bundle();
    let ranking = rank(
        &b.catalogue,
        &answers(Who::Relative, Some(17), &["autism"], &["advice"], false),
        TODAY,
    );
    let first = ranking
        .matches
        .iter()
        .find(|m| m.offer.id == "autisme-overgang-16-30")
        .unwrap();
    assert!(first.reasons.contains(&Reason::Topic("autism".into())));
    assert!(first.reasons.contains(&Reason::AgeFits(17)));
    assert!(first.reasons.contains(&Reason::Help("advice".into())));
}

/// The first three matches on `today`, with score and whether they were moved down.
fn first_three(b: &Bundle, answers: &Answers, today: Date) -> Vec<(String, i32, bool)> {
    rank(&b.catalogue, answers, today)
        .matches
        .iter()
        .take(3)
        .map(|m| (m.offer.id.clone(), m.score, m.moved_down))
        .collect()
}

#[test]
fn an_offer_whose_funding_ran_out_comes_after_one_that_fits_as_well_and_says_so() {
    let b = bundle();
    let young_person = answers(Who::Me, Some(17), &["autism"], &["talk"], false);
    // In 2022 both projects for young people with autism were funded, and they fit best.
    assert_eq!(
        first_three(&b, &young_person, (2022, 12, 31)),
        [
            ("autisme-overgang-16-30".to_owned(), 21, false),
            ("autisme-unge-hjemmeboende".to_owned(), 21, false),
            ("autismecenter-randers".to_owned(), 18, false),
        ]
    );
    // From 2023 both may have ended: Autismecenter Randers, which surely runs, comes first, and the two say why
    // they moved down.
    let after = 21 - MAY_HAVE_ENDED_POINTS;
    assert_eq!(
        first_three(&b, &young_person, (2023, 1, 1)),
        [
            ("autismecenter-randers".to_owned(), 18, false),
            ("autisme-overgang-16-30".to_owned(), after, true),
            ("autisme-unge-hjemmeboende".to_owned(), after, true),
        ]
    );
}

#[test]
fn at_equal_scores_an_offer_one_can_reach_comes_before_one_known_only_from_an_article() {
    let b = bundle();
    let parent = answers(Who::Relative, Some(17), &["autism"], &["advice"], false);
    // In 2022 the two projects tie with the family consultants and come before them by id; but the sources give
    // the projects nothing but a news article, and the family consultants a phone number, so those come first.
    assert_eq!(
        first_three(&b, &parent, (2022, 12, 31)),
        [
            ("familiekonsulenter-boernehandicap".to_owned(), 27, false),
            ("autisme-overgang-16-30".to_owned(), 27, false),
            ("autisme-unge-hjemmeboende".to_owned(), 27, false),
        ]
    );
}

#[test]
fn a_clearly_better_fit_stays_first_even_if_it_may_have_ended() {
    // JobRus ran until 2025, but it is the one offer for substances and work together.
    let b = bundle();
    let ranking = rank(&b.catalogue, &cannabis_and_no_job(), TODAY);
    assert_eq!(ranking.matches[0].offer.id, "jobrus");
    assert!(ranking.matches[0].offer.may_have_ended(TODAY));
    // First, it passed nobody: its card does not say it was moved down.
    assert!(!ranking.matches[0].moved_down);
    // Next comes the treatment that surely runs.
    assert_eq!(ranking.matches[1].offer.id, "rusmiddelcenter-randers");
}

#[test]
fn a_relevant_offer_outside_the_age_range_is_a_near_miss_with_the_reason() {
    let b = bundle();
    let ranking = rank(
        &b.catalogue,
        &answers(Who::Me, Some(20), &["housing", "loneliness"], &[], false),
        TODAY,
    );
    let perron = ranking
        .near_misses
        .iter()
        .find(|n| n.offer.id == "perron-4")
        .expect("Perron 4 nearly fits");
    assert_eq!(perron.exclusions, vec![Exclusion::TooYoung(25)]);
    assert!(ranking.matches.iter().all(|m| m.offer.id != "perron-4"));
}

#[test]
fn an_offer_for_relatives_only_is_a_near_miss_for_the_person_themselves() {
    let b = bundle();
    let ranking = rank(
        &b.catalogue,
        &answers(
            Who::Me,
            Some(10),
            &["family-children", "disability"],
            &[],
            false,
        ),
        TODAY,
    );
    let groups = ranking
        .near_misses
        .iter()
        .find(|n| n.offer.id == "soeskendegrupper")
        .unwrap();
    assert_eq!(groups.exclusions, vec![Exclusion::OnlyForRelatives]);
}

/// A near miss names exactly the groups the offer is for: "Kun for pårørende og fagpersoner" was said of sibling
/// groups, which the sources name no professionals for.
#[test]
fn a_near_miss_names_the_groups_the_offer_is_for() {
    let mut b = bundle();
    let child = answers(
        Who::Me,
        Some(10),
        &["family-children", "disability"],
        &[],
        false,
    );
    let relative = answers(
        Who::Relative,
        Some(10),
        &["family-children", "disability"],
        &[],
        false,
    );
    let cases = [
        (
            vec![Audience::Relative],
            &child,
            Exclusion::OnlyForRelatives,
        ),
        (
            vec![Audience::Relative, Audience::Professional],
            &child,
            Exclusion::OnlyForRelativesAndProfessionals,
        ),
        (
            vec![Audience::Professional],
            &child,
            Exclusion::OnlyForProfessionals,
        ),
        (
            vec![Audience::Professional],
            &relative,
            Exclusion::OnlyForProfessionals,
        ),
    ];
    for (audiences, asker, expected) in cases {
        offer_mut(&mut b, "soeskendegrupper").audiences = audiences.clone();
        assert_eq!(
            outcome(&b, asker, "soeskendegrupper"),
            Some(vec![expected]),
            "{audiences:?}"
        );
    }
    // A relative is not turned away from an offer for relatives, nor a professional from any.
    let groups = b.catalogue.offer("soeskendegrupper").unwrap();
    let professional = answers(
        Who::Professional,
        Some(10),
        &["family-children", "disability"],
        &[],
        false,
    );
    assert!(exclusions(groups, &professional).is_empty());
}

/// The reasons a match for these answers gives, found by offer id.
fn reasons_of(bundle: &Bundle, answers: &Answers, id: &str) -> Vec<Reason> {
    let ranking = rank(&bundle.catalogue, answers, TODAY);
    let found = ranking.matches.iter().find(|m| m.offer.id == id);
    found
        .unwrap_or_else(|| panic!("{id} is not a match"))
        .reasons
        .clone()
}

/// "Tilbuddet er også for pårørende" was said of the brain-injury relatives' groups, which are for nobody else:
/// "also" is for offers made for the person affected first.
#[test]
fn an_offer_made_for_relatives_or_professionals_is_not_said_to_be_also_for_them() {
    let mut b = bundle();
    let relative = answers(Who::Relative, Some(30), &["brain-injury"], &[], false);
    assert!(
        reasons_of(&b, &relative, "hjerneskade-paaroerende")
            .contains(&Reason::ForRelatives { also: false })
    );
    // The concussion coordinator is for people with lasting effects of a concussion and their relatives.
    assert!(
        reasons_of(&b, &relative, "hjernerystelseskoordinator")
            .contains(&Reason::ForRelatives { also: true })
    );
    // The sources name staff in psychiatry among Recoveryskolen's students, besides the people it is for.
    let staff = answers(Who::Professional, Some(40), &["mental-health"], &[], false);
    assert!(
        reasons_of(&b, &staff, "recoveryskolen").contains(&Reason::ForProfessionals { also: true })
    );
    let professional = answers(Who::Professional, Some(8), &["family-children"], &[], false);
    offer_mut(&mut b, "ppr").audiences = vec![Audience::Professional];
    assert!(
        reasons_of(&b, &professional, "ppr").contains(&Reason::ForProfessionals { also: false })
    );
}

/// Staff read a card for the citizen in front of them; an offer made for that citizen's relatives says so, so it
/// is handed to the right person. It says whom the offer is for, so it moves nothing up or down.
#[test]
fn a_professional_is_told_when_an_offer_is_for_the_citizens_relatives() {
    let b = bundle();
    let professional = answers(Who::Professional, Some(40), &["brain-injury"], &[], false);
    let says_it =
        |id: &str| reasons_of(&b, &professional, id).contains(&Reason::ForTheCitizensRelatives);
    assert!(says_it("hjerneskade-paaroerende"));
    assert!(!says_it("hjernecenter-randers"));
    let parent_helper = answers(Who::Professional, Some(8), &["family-children"], &[], false);
    let ppr = reasons_of(&b, &parent_helper, "ppr");
    assert!(ppr.contains(&Reason::ForTheCitizensRelatives));
    let relative = answers(Who::Relative, Some(40), &["brain-injury"], &[], false);
    assert!(
        !reasons_of(&b, &relative, "hjerneskade-paaroerende")
            .contains(&Reason::ForTheCitizensRelatives)
    );

    let unknown_asker = Answers {
        who: None,
        ..professional.clone()
    };
    let groups = b.catalogue.offer("hjerneskade-paaroerende").unwrap();
    let points = |a: &Answers| score(groups, a).0;
    assert_eq!(points(&professional), points(&unknown_asker));
}

/// A relative reads every card for the person they ask for. An offer for that person, and not for relatives, says
/// so: the relative knows whom to pass it on to, and that its "du" speaks to the person. It says whom the offer is
/// for, so it moves nothing up or down.
#[test]
fn a_relative_is_told_when_an_offer_is_for_the_person_affected() {
    let b = bundle();
    let relative = answers(Who::Relative, Some(17), &["autism"], &["advice"], false);
    let says_it =
        |a: &Answers, id: &str| reasons_of(&b, a, id).contains(&Reason::ForThePersonAffected);
    // The citizen guides are for the person with a disability; the autism centre is for them and their relatives;
    // the family consultants are for the family.
    assert!(says_it(&relative, "borgerguider"));
    assert!(!says_it(&relative, "autismecenter-randers"));
    assert!(!says_it(&relative, "familiekonsulenter-boernehandicap"));
    let me = answers(Who::Me, Some(17), &["autism"], &["advice"], false);
    assert!(!says_it(&me, "borgerguider"));
    let professional = answers(Who::Professional, Some(17), &["autism"], &["advice"], false);
    assert!(!says_it(&professional, "borgerguider"));

    let unknown_asker = Answers {
        who: None,
        ..relative.clone()
    };
    let guides = b.catalogue.offer("borgerguider").unwrap();
    assert_eq!(score(guides, &relative).0, score(guides, &unknown_asker).0);

    // An offer only for professionals is not for the person affected either (none is shipped; `rank` would rule it
    // out for a relative, but `score` must not say it).
    let mut changed = bundle();
    let for_staff = offer_mut(&mut changed, "borgerguider");
    for_staff.audiences = vec![Audience::Professional];
    let (_, reasons) = score(for_staff, &relative);
    assert!(!reasons.contains(&Reason::ForThePersonAffected));
}

/// Where a match or near miss for these answers is `id`: its exclusions, or `None` for a match.
fn outcome(bundle: &Bundle, answers: &Answers, id: &str) -> Option<Vec<Exclusion>> {
    let ranking = rank(&bundle.catalogue, answers, TODAY);
    if ranking.matches.iter().any(|m| m.offer.id == id) {
        return None;
    }
    let near_miss = ranking.near_misses.iter().find(|n| n.offer.id == id);
    Some(
        near_miss
            .unwrap_or_else(|| panic!("{id} is neither a match nor a near miss"))
            .exclusions
            .clone(),
    )
}

/// Every offer a ranking shows: the matches, then the near misses.
fn listed<'a>(ranking: &Ranking<'a>) -> Vec<&'a Offer> {
    let matches = ranking.matches.iter().map(|m| m.offer);
    matches
        .chain(ranking.near_misses.iter().map(|n| n.offer))
        .collect()
}

/// Whether `id` is among the matches or the near misses for these answers at all.
fn is_listed(bundle: &Bundle, answers: &Answers, id: &str) -> bool {
    listed(&rank(&bundle.catalogue, answers, TODAY))
        .iter()
        .any(|offer| offer.id == id)
}

#[test]
fn an_offer_for_people_with_autism_is_not_listed_for_someone_who_did_not_name_autism() {
    let b = bundle();
    // The autism project shares work and education with the young cannabis user, but it is for young people with
    // autism: neither a suggestion nor a near miss.
    let cannabis = cannabis_and_no_job();
    assert!(!is_listed(&b, &cannabis, "autisme-overgang-16-30"));
    assert_eq!(outcome(&b, &cannabis, "jobrus"), None);
    // Named, autism lets it fit; one of several defining topics is enough.
    let autism = answers(Who::Me, Some(24), &["work-education", "autism"], &[], false);
    assert_eq!(outcome(&b, &autism, "autisme-overgang-16-30"), None);
    let disability = answers(
        Who::Relative,
        Some(8),
        &["family-children", "disability"],
        &[],
        false,
    );
    assert_eq!(
        outcome(&b, &disability, "familiekonsulenter-boernehandicap"),
        None
    );
    // Without a named topic ("Ved ikke") nothing is ruled out for it.
    let mut unsure = cannabis.clone();
    unsure.topics = Some(Vec::new());
    assert_eq!(outcome(&b, &unsure, "autisme-overgang-16-30"), None);
}

#[test]
fn a_shared_side_topic_alone_does_not_list_a_condition_specific_offer() {
    let b = bundle();
    // Looking for work only: JobRus is for young people with substance problems.
    let work = answers(Who::Me, Some(22), &["work-education"], &["work"], false);
    assert!(!is_listed(&b, &work, "jobrus"));
    // A relative of someone lonely: the brain-injury relatives' groups are not for them, the autism centre neither.
    let lonely = answers(
        Who::Relative,
        Some(70),
        &["loneliness", "relatives"],
        &[],
        false,
    );
    assert!(!is_listed(&b, &lonely, "hjerneskade-paaroerende"));
    assert!(!is_listed(&b, &lonely, "autismecenter-randers"));
    // The mother of a 19-year-old who drinks: the offers about drink fit, and the only near miss is one she is too
    // young for, not the nine offers for autism, brain injury or homelessness that share "being a relative" or
    // "someone to talk to" with her.
    let mother = answers(
        Who::Relative,
        Some(19),
        &["substances", "relatives"],
        &["talk", "advice"],
        false,
    );
    let ranking = rank(&b.catalogue, &mother, TODAY);
    let near: Vec<&str> = ranking
        .near_misses
        .iter()
        .map(|n| n.offer.id.as_str())
        .collect();
    assert_eq!(near, ["perron-4"]);
    assert!(
        ranking
            .matches
            .iter()
            .any(|m| m.offer.id == "rusmiddelcenter-randers")
    );
}

#[test]
fn when_nothing_specific_fits_the_groups_the_offers_are_for_are_named() {
    let b = bundle();
    // Work and education alone: every work offer is for a particular group, so only the two places where one can
    // ask about anything fit, and the results can say which groups the others are for.
    let work = answers(Who::Me, Some(22), &["work-education"], &[], false);
    let ranking = rank(&b.catalogue, &work, TODAY);
    assert!(ranking.matches.iter().all(|m| m.offer.all_topics));
    assert_eq!(
        ranking.other_groups,
        ["autism", "mental-health", "substances"]
    );
    // Only offers that would fit once the condition is named count: at 70, JobRus (under 30) and the autism
    // project (16–30) would not.
    let older = answers(Who::Me, Some(70), &["work-education"], &[], false);
    let groups = rank(&b.catalogue, &older, TODAY).other_groups;
    assert!(
        !groups.contains(&"substances") && !groups.contains(&"autism"),
        "{groups:?}"
    );
    // Something specific fits: no such line, however many offers for other groups share a topic.
    let mother = answers(
        Who::Relative,
        Some(19),
        &["substances", "relatives"],
        &[],
        false,
    );
    assert!(rank(&b.catalogue, &mother, TODAY).other_groups.is_empty());
    // "Ved ikke": every offer is listed, so there is nothing to point to.
    let unsure = answers(Who::Me, None, &[], &[], false);
    assert!(rank(&b.catalogue, &unsure, TODAY).other_groups.is_empty());
}

#[test]
fn without_topics_the_offers_where_one_can_ask_about_anything_come_first() {
    let b = bundle();
    // "Ved ikke" to everything: nothing else tells the offers apart, so they would be in id order (ACT first).
    let unsure = answers(Who::Me, None, &[], &[], false);
    let ranking = rank(&b.catalogue, &unsure, TODAY);
    let first: Vec<(&str, &[Reason])> = ranking.matches[..2]
        .iter()
        .map(|m| (m.offer.id.as_str(), m.reasons.as_slice()))
        .collect();
    assert_eq!(
        first,
        [
            ("borgerraadgiveren", &[Reason::AnyTopic][..]),
            ("fremskudt-raadgivning-psykiatri", &[Reason::AnyTopic][..]),
        ]
    );
    assert!(ranking.matches[2..].iter().all(|m| !m.offer.all_topics));
    // A kind of help asked for still counts for more than being open to anything.
    let talk = answers(Who::Me, None, &[], &["housing-help"], false);
    let ranking = rank(&b.catalogue, &talk, TODAY);
    assert!(
        ranking.matches[0]
            .reasons
            .contains(&Reason::Help("housing-help".into()))
    );
}

/// The ids of the matches, best first.
fn matched(b: &Bundle, answers: &Answers) -> Vec<String> {
    rank(&b.catalogue, answers, TODAY)
        .matches
        .iter()
        .map(|m| m.offer.id.clone())
        .collect()
}

#[test]
fn an_offer_open_to_anything_fits_a_named_topic_only_with_a_kind_of_help_asked_for() {
    let b = bundle();
    let catch_all = ["borgerraadgiveren", "fremskudt-raadgivning-psykiatri"];
    // A lonely pensioner looking for company: the Citizens' Adviser (complaints) and the outreach counselling
    // (advice, someone to talk to) give no company, and the drop-in places do.
    let pensioner = answers(Who::Me, Some(72), &["loneliness"], &["community"], true);
    assert_eq!(matched(&b, &pensioner), ["perron-4", "psykiatriens-hus"]);
    // A 15-year-old who wants someone to talk to: the counselling talks; the Citizens' Adviser only advises.
    let teenager = answers(Who::Me, Some(15), &["loneliness"], &["talk"], false);
    assert_eq!(matched(&b, &teenager), ["fremskudt-raadgivning-psykiatri"]);
    // Asking for advice, both are suggested, and say why.
    let advice = answers(Who::Me, Some(72), &["loneliness"], &["advice"], false);
    for id in catch_all {
        assert!(
            reasons_of(&b, &advice, id).contains(&Reason::Help("advice".into())),
            "{id}"
        );
    }
    // When nothing else fits, they stay: they are where to ask.
    let work = answers(Who::Me, Some(22), &["work-education"], &["work"], false);
    assert_eq!(matched(&b, &work), catch_all);
    // Without a kind of help named ("Ved ikke"), being open to anything is reason enough.
    let mut unsure = pensioner.clone();
    unsure.help = None;
    assert!(
        catch_all
            .iter()
            .all(|id| matched(&b, &unsure).contains(&id.to_string()))
    );
}

#[test]
fn no_referral_preference_adds_a_reason_only_to_open_offers() {
    let b = bundle();
    let ranking = rank(
        &b.catalogue,
        &answers(Who::Me, Some(40), &["mental-health"], &[], true),
        TODAY,
    );
    for m in &ranking.matches {
        let has = m.reasons.iter().any(|r| matches!(r, Reason::NoReferral(_)));
        assert_eq!(has, m.offer.access.needs_no_referral(), "{}", m.offer.id);
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod properties {
    use super::*;
    use hjaelpeguiden::domain::order::sort_short_by;
    use hjaelpeguiden::domain::ranking::exclusions;
    use proptest::prelude::*;
    use proptest::sample::subsequence;

    use hjaelpeguiden::domain::questions::QuestionKind;

    /// The option values of the shipped question of this kind, so a topic or kind of help added to the data is
    /// covered by every property below without editing this file.
    fn option_values(kind: QuestionKind) -> Vec<String> {
        let bundle = bundle();
        let question = bundle.questions.of_kind(kind).expect("the question exists");
        question.options.iter().map(|o| o.value.clone()).collect()
    }

    fn any_answers() -> impl Strategy<Value = Answers> {
        (
            common::any_who(),
            common::any_age(),
            proptest::option::of(subsequence(option_values(QuestionKind::Topics), 0..4)),
            proptest::option::of(subsequence(option_values(QuestionKind::Help), 0..4)),
            proptest::option::of(prop_oneof![
                Just(ReferralPreference::NoReferral),
                Just(ReferralPreference::Either),
                Just(ReferralPreference::DontKnow)
            ]),
        )
            .prop_map(|(who, age, topics, help, referral)| Answers {
                danger: Some(false),
                who,
                age,
                topics,
                help,
                referral,
            })
    }

    /// Any day from the year before the first funding year in the catalogue to well after the last.
    fn any_day() -> impl Strategy<Value = Date> {
        (2021i64..2031, 1u32..=12, 1u32..=28)
    }

    fn ids(ranking: &hjaelpeguiden::domain::ranking::Ranking) -> (Vec<(String, i32)>, Vec<String>) {
        (
            ranking
                .matches
                .iter()
                .map(|m| (m.offer.id.clone(), m.score))
                .collect(),
            ranking
                .near_misses
                .iter()
                .map(|n| n.offer.id.clone())
                .collect(),
        )
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(common::proptest_cases(2000)))]

        /// The short-list sort `rank` and the offers list use orders exactly as the standard stable sort does.
        #[test]
        fn short_sort_agrees_with_the_standard_stable_sort(mut items in proptest::collection::vec((0u8..5, any::<u16>()), 0..40)) {
            let mut expected = items.clone();
            expected.sort_by_key(|item| item.0);
            sort_short_by(&mut items, |a, b| a.0.cmp(&b.0));
            prop_assert_eq!(items, expected);
        }

        #[test]
        fn rank_is_deterministic(answers in any_answers(), today in any_day()) {
            let b = bundle();
            prop_assert_eq!(ids(&rank(&b.catalogue, &answers, today)), ids(&rank(&b.catalogue, &answers, today)));
        }

        #[test]
        fn rank_does_not_depend_on_catalogue_order(answers in any_answers(), seed in any::<u64>(), today in any_day()) {
            let b = bundle();
            let mut shuffled = b.catalogue.clone();
            // A deterministic shuffle driven by the seed (Fisher–Yates with an LCG).
            let mut state = seed | 1;
            for i in (1..shuffled.offers.len()).rev() {
                state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                shuffled.offers.swap(i, (state >> 33) as usize % (i + 1));
            }
            prop_assert_eq!(ids(&rank(&b.catalogue, &answers, today)), ids(&rank(&shuffled, &answers, today)));
        }

        #[test]
        fn rank_never_returns_an_excluded_offer(answers in any_answers(), today in any_day()) {
            let b = bundle();
            let ranking = rank(&b.catalogue, &answers, today);
            for m in &ranking.matches {
                prop_assert!(exclusions(m.offer, &answers).is_empty(), "{} is excluded", m.offer.id);
            }
            for n in &ranking.near_misses {
                prop_assert!(!n.exclusions.is_empty());
            }
        }

        #[test]
        fn an_offer_for_a_condition_nobody_named_is_never_listed(answers in any_answers(), today in any_day()) {
            let b = bundle();
            let topics = answers.topics.clone().unwrap_or_default();
            for offer in listed(&rank(&b.catalogue, &answers, today)) {
                let named = offer.only_if_about.iter().any(|t| topics.contains(t));
                prop_assert!(topics.is_empty() || offer.only_if_about.is_empty() || named, "{} is listed", offer.id);
            }
        }

        #[test]
        fn other_groups_are_named_only_when_nothing_specific_fits(answers in any_answers(), today in any_day()) {
            let b = bundle();
            let ranking = rank(&b.catalogue, &answers, today);
            if !ranking.other_groups.is_empty() {
                let topics = answers.topics.clone().unwrap_or_default();
                prop_assert!(ranking.matches.iter().all(|m| !m.reasons.iter().any(|r| matches!(r, Reason::Topic(_)))));
                prop_assert!(ranking.other_groups.iter().all(|group| !topics.iter().any(|t| t == group)));
                prop_assert!(ranking.other_groups.windows(2).all(|pair| pair[0] < pair[1]));
            }
        }

        #[test]
        fn dont_know_never_excludes(answers in any_answers(), today in any_day()) {
            let b = bundle();
            let mut unsure = answers.clone();
            unsure.age = Some(Age::DontKnow);
            unsure.who = None;
            let ranking = rank(&b.catalogue, &unsure, today);
            prop_assert!(ranking.near_misses.is_empty());
            unsure.topics = Some(Vec::new());
            prop_assert_eq!(rank(&b.catalogue, &unsure, today).matches.len(), b.catalogue.offers.len());
        }

        #[test]
        fn results_are_a_subset_of_the_catalogue_without_duplicates(answers in any_answers(), today in any_day()) {
            let b = bundle();
            let (matches, near) = ids(&rank(&b.catalogue, &answers, today));
            let mut all: Vec<String> = matches.into_iter().map(|(id, _)| id).chain(near).collect();
            let count = all.len();
            all.sort();
            all.dedup();
            prop_assert_eq!(all.len(), count);
            prop_assert!(all.iter().all(|id| b.catalogue.offer(id).is_some()));
        }

        #[test]
        fn matches_are_ordered_by_score_then_reachability_then_id(answers in any_answers(), today in any_day()) {
            let b = bundle();
            let ranking = rank(&b.catalogue, &answers, today);
            let key = |m: &hjaelpeguiden::domain::ranking::Match| {
                (-m.score, !is_reachable(&m.offer.contacts), m.offer.id.clone())
            };
            for pair in ranking.matches.windows(2) {
                prop_assert!(key(&pair[0]) < key(&pair[1]), "{} before {}", pair[0].offer.id, pair[1].offer.id);
            }
        }

        /// A run-out funding year only ever takes the penalty off the score: the same offers match and nearly
        /// match as before any funding ran out, with the same reasons. An offer is marked as moved down exactly
        /// when an offer now above it came after it before.
        #[test]
        fn an_offer_that_may_have_ended_only_loses_the_penalty(answers in any_answers(), today in any_day()) {
            let b = bundle();
            let funded = rank(&b.catalogue, &answers, (2021, 1, 1));
            let later = rank(&b.catalogue, &answers, today);
            prop_assert_eq!(&ids(&funded).1, &ids(&later).1);
            prop_assert_eq!(funded.matches.len(), later.matches.len());
            let position = |id: &str| funded.matches.iter().position(|f| f.offer.id == id).unwrap();
            for (i, m) in later.matches.iter().enumerate() {
                let before = &funded.matches[position(&m.offer.id)];
                prop_assert!(!before.moved_down);
                let penalty = if m.offer.may_have_ended(today) { MAY_HAVE_ENDED_POINTS } else { 0 };
                prop_assert_eq!(m.score, before.score - penalty);
                prop_assert_eq!(&m.reasons, &before.reasons);
                let passed = later.matches[..i].iter().any(|above| position(&above.offer.id) > position(&m.offer.id));
                prop_assert_eq!(m.moved_down, passed, "{}", m.offer.id);
            }
        }

        /// An offer open to anything, that gives none of the help asked for a named topic, is suggested only when
        /// nothing else fits.
        #[test]
        fn a_place_to_ask_without_the_help_asked_for_is_suggested_only_when_nothing_else_fits(answers in any_answers(), today in any_day()) {
            let b = bundle();
            let ranking = rank(&b.catalogue, &answers, today);
            let fallbacks = ranking.matches.iter().filter(|m| fits_only_as_a_place_to_ask(m, &answers)).count();
            prop_assert!(fallbacks == 0 || fallbacks == ranking.matches.len());
        }

        #[test]
        fn adding_a_shared_help_kind_never_lowers_a_score(answers in any_answers(), extra in proptest::sample::select(option_values(QuestionKind::Help)), today in any_day()) {
            let b = bundle();
            let before = rank(&b.catalogue, &answers, today);
            let mut more = answers.clone();
            let mut help = more.help.clone().unwrap_or_default();
            if !help.contains(&extra) { help.push(extra); }
            more.help = Some(help);
            let after = rank(&b.catalogue, &more, today);
            for m in &before.matches {
                match after.matches.iter().find(|n| n.offer.id == m.offer.id) {
                    Some(new) => prop_assert!(new.score >= m.score),
                    // Naming a kind of help only ever drops an offer open to anything that gives none of it.
                    None => prop_assert!(m.offer.all_topics && !m.offer.help.iter().any(|h| more.help.as_ref().unwrap().contains(h)), "{} dropped", m.offer.id),
                }
            }
        }
    }
}
