//! A course's completion rules and whether an enrolment meets them.

use super::RuleStatus;
use crate::t;

/// What a course asks of a participant before it certifies them. Every
/// lesson completed and every quiz passed are always required.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CertificateRules {
    /// Rounds of the set the participant must have posted in, having also
    /// presented a challenge at least once; 0 switches set participation off.
    pub rounds: u32,
    /// Whether a tutor of the cohort (or an administrator) must approve.
    pub needs_approval: bool,
}

/// Largest number of rounds a rule may ask for.
pub const MAX_ROUNDS: u32 = 100;

impl CertificateRules {
    /// The administrators' form: rounds as typed, approval as a checkbox.
    pub fn parse(rounds: &str, needs_approval: bool) -> Result<CertificateRules, String> {
        let rounds = rounds.trim();
        let rounds = if rounds.is_empty() {
            0
        } else {
            rounds
                .parse::<u32>()
                .ok()
                .filter(|n| *n <= MAX_ROUNDS)
                .ok_or_else(|| t!("msg-certificate-rounds-invalid", max = MAX_ROUNDS))?
        };
        Ok(CertificateRules {
            rounds,
            needs_approval,
        })
    }
}

/// What an enrolment has done, counted from the database.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Evidence {
    pub lessons: u32,
    pub lessons_completed: u32,
    pub quizzes: u32,
    pub quizzes_passed: u32,
    pub challenges_presented: u32,
    pub rounds_posted_in: u32,
    pub approved: bool,
}

/// Each rule the course has, met or not, with the participant's progress
/// in words.
pub fn evaluate(rules: &CertificateRules, evidence: &Evidence) -> Vec<RuleStatus> {
    let mut statuses = vec![
        RuleStatus {
            rule: t!("msg-certificate-rule-lessons"),
            met: evidence.lessons_completed >= evidence.lessons,
            progress: t!(
                "msg-certificate-lessons-completed",
                done = evidence.lessons_completed,
                total = evidence.lessons
            ),
        },
        RuleStatus {
            rule: t!("msg-certificate-rule-quizzes"),
            met: evidence.quizzes_passed >= evidence.quizzes,
            progress: if evidence.quizzes == 0 {
                t!("msg-certificate-no-quizzes")
            } else {
                t!(
                    "msg-certificate-quizzes-passed",
                    done = evidence.quizzes_passed,
                    total = evidence.quizzes
                )
            },
        },
    ];
    if rules.rounds > 0 {
        statuses.push(RuleStatus {
            rule: t!("msg-certificate-rule-challenge"),
            met: evidence.challenges_presented > 0,
            progress: t!(
                "msg-certificate-challenges-presented",
                count = evidence.challenges_presented
            ),
        });
        statuses.push(RuleStatus {
            rule: t!("msg-certificate-rule-rounds", count = rules.rounds),
            met: evidence.rounds_posted_in >= rules.rounds,
            progress: t!(
                "msg-certificate-rounds-posted",
                count = evidence.rounds_posted_in
            ),
        });
    }
    if rules.needs_approval {
        statuses.push(RuleStatus {
            rule: t!("msg-certificate-rule-approval"),
            met: evidence.approved,
            progress: if evidence.approved {
                t!("msg-certificate-approved")
            } else {
                t!("msg-certificate-not-approved")
            },
        });
    }
    statuses
}

/// Whether every rule is met.
pub fn all_met(rules: &CertificateRules, evidence: &Evidence) -> bool {
    evaluate(rules, evidence).iter().all(|status| status.met)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn done() -> Evidence {
        Evidence {
            lessons: 18,
            lessons_completed: 18,
            quizzes: 6,
            quizzes_passed: 6,
            challenges_presented: 1,
            rounds_posted_in: 3,
            approved: true,
        }
    }

    const SET_RULES: CertificateRules = CertificateRules {
        rounds: 3,
        needs_approval: true,
    };

    #[test]
    fn everything_done_meets_every_rule() {
        assert!(all_met(&SET_RULES, &done()));
        assert_eq!(evaluate(&SET_RULES, &done()).len(), 5);
    }

    #[test]
    fn each_missing_piece_fails_its_own_rule() {
        type Spoil = fn(&mut Evidence);
        let cases: [(&str, Spoil); 5] = [
            ("Complete every lesson", |e| e.lessons_completed = 17),
            ("Pass every quiz", |e| e.quizzes_passed = 5),
            ("Present a challenge to your set", |e| {
                e.challenges_presented = 0
            }),
            ("Post in at least 3 rounds of your set", |e| {
                e.rounds_posted_in = 2
            }),
            ("Approval by your tutor", |e| e.approved = false),
        ];
        for (rule, spoil) in cases {
            let mut evidence = done();
            spoil(&mut evidence);
            let statuses = evaluate(&SET_RULES, &evidence);
            let unmet: Vec<_> = statuses
                .iter()
                .filter(|s| !s.met)
                .map(|s| &s.rule)
                .collect();
            assert_eq!(unmet, [rule]);
            assert!(!all_met(&SET_RULES, &evidence));
        }
    }

    #[test]
    fn zero_rounds_switches_set_participation_off() {
        let rules = CertificateRules {
            rounds: 0,
            needs_approval: false,
        };
        let evidence = Evidence {
            challenges_presented: 0,
            rounds_posted_in: 0,
            approved: false,
            ..done()
        };
        assert!(all_met(&rules, &evidence));
        assert_eq!(evaluate(&rules, &evidence).len(), 2);
    }

    #[test]
    fn a_course_without_quizzes_or_lessons_asks_nothing_of_them() {
        let rules = CertificateRules::parse("", false).expect("empty means 0");
        assert!(all_met(&rules, &Evidence::default()));
    }

    #[test]
    fn progress_is_described_in_words() {
        let mut evidence = done();
        evidence.lessons_completed = 4;
        evidence.rounds_posted_in = 1;
        let statuses = evaluate(&SET_RULES, &evidence);
        assert_eq!(statuses[0].progress, "4 of 18 lessons completed");
        assert_eq!(statuses[3].progress, "Posted in 1 round");
    }

    #[test]
    fn rounds_are_parsed_from_the_form() {
        assert_eq!(
            CertificateRules::parse(" 2 ", true).map(|r| r.rounds),
            Ok(2)
        );
        for typed in ["-1", "two", "101", "1.5"] {
            assert!(CertificateRules::parse(typed, false).is_err(), "{typed}");
        }
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use crate::test_input::text;
    use proptest::prelude::*;

    fn evidence() -> impl Strategy<Value = Evidence> {
        (
            0..30u32,
            0..30u32,
            0..8u32,
            0..8u32,
            0..4u32,
            0..12u32,
            any::<bool>(),
        )
            .prop_map(
                |(
                    lessons,
                    lessons_completed,
                    quizzes,
                    quizzes_passed,
                    challenges_presented,
                    rounds_posted_in,
                    approved,
                )| {
                    Evidence {
                        lessons,
                        lessons_completed,
                        quizzes,
                        quizzes_passed,
                        challenges_presented,
                        rounds_posted_in,
                        approved,
                    }
                },
            )
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn typed_rounds_are_within_the_limit_or_refused_with_it(typed in text(), approval in any::<bool>()) {
            match CertificateRules::parse(&typed, approval) {
                Ok(rules) => {
                    prop_assert!(rules.rounds <= MAX_ROUNDS);
                    prop_assert_eq!(rules.needs_approval, approval);
                }
                Err(reason) => prop_assert!(reason.contains(&MAX_ROUNDS.to_string()), "{}", reason),
            }
        }

        #[test]
        fn every_number_of_rounds_reads_back(rounds in 0..=MAX_ROUNDS, padding in "[ \t]{0,2}") {
            let typed = format!("{padding}{rounds}{padding}");
            prop_assert_eq!(CertificateRules::parse(&typed, false).map(|r| r.rounds), Ok(rounds));
        }

        #[test]
        fn too_many_rounds_are_refused(rounds in (MAX_ROUNDS + 1)..) {
            prop_assert!(CertificateRules::parse(&rounds.to_string(), true).is_err());
        }

        #[test]
        fn a_certificate_is_due_exactly_when_every_rule_is_met(
            rounds in 0..=5u32,
            needs_approval in any::<bool>(),
            evidence in evidence(),
        ) {
            let rules = CertificateRules { rounds, needs_approval };
            let expected = evidence.lessons_completed >= evidence.lessons
                && evidence.quizzes_passed >= evidence.quizzes
                && (rounds == 0
                    || (evidence.challenges_presented > 0 && evidence.rounds_posted_in >= rounds))
                && (!needs_approval || evidence.approved);
            prop_assert_eq!(all_met(&rules, &evidence), expected);
        }
    }
}
