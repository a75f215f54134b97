//! Answer keys and grading, on the server only: nothing here ever reaches
//! the browser before the review policy allows it.

use crate::t;
use rand::seq::SliceRandom;
use rand::SeedableRng;
use serde::{Deserialize, Serialize};

/// One option of a choice question.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    /// Stable within the question ("a", "b", …), used in forms and packages.
    pub id: String,
    pub text: String,
    #[serde(default)]
    pub correct: bool,
    #[serde(default)]
    pub feedback: String,
}

/// How far a numeric answer may be from the correct one.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Tolerance {
    Absolute(f64),
    Percent(f64),
}

impl Default for Tolerance {
    fn default() -> Self {
        Tolerance::Absolute(0.0)
    }
}

/// A question's kind with what is needed to grade it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "kebab-case", deny_unknown_fields)]
pub enum AnswerKey {
    SingleChoice {
        options: Vec<Choice>,
    },
    MultipleChoice {
        options: Vec<Choice>,
        /// Credit for each correct option chosen, less each wrong one;
        /// otherwise all or nothing.
        #[serde(default)]
        partial_credit: bool,
    },
    TrueFalse {
        answer: bool,
        #[serde(default)]
        feedback_true: String,
        #[serde(default)]
        feedback_false: String,
    },
    Numeric {
        answer: f64,
        #[serde(default)]
        tolerance: Tolerance,
        /// Shown after the box, e.g. "hours" or "midwives".
        #[serde(default)]
        unit: String,
    },
    ShortText {
        accepted: Vec<String>,
    },
}

/// What a participant answered to one question, once parsed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Response {
    Blank,
    Choice(String),
    Choices(Vec<String>),
    Bool(bool),
    Number(f64),
    Text(String),
}

/// A number as people type it: "2.6", "2,6" (decimal comma), "1,760" or
/// "1 760" (thousands), "1,760.5".
pub fn parse_number(input: &str) -> Option<f64> {
    let compact: String = input
        .trim()
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{202f}' && *c != '\u{a0}')
        .collect();
    if compact.is_empty() {
        return None;
    }
    let normalised = if compact.contains('.') {
        compact.replace(',', "")
    } else if let Some((_, last)) = compact.rsplit_once(',') {
        if last.len() == 3 && !compact.starts_with("0,") {
            compact.replace(',', "")
        } else if compact.matches(',').count() == 1 {
            compact.replace(',', ".")
        } else {
            return None;
        }
    } else {
        compact
    };
    normalised.parse::<f64>().ok().filter(|n| n.is_finite())
}

impl AnswerKey {
    /// Parses the raw form values for this question: `value` for most
    /// kinds, `chosen` (the ticked option ids) for multiple choice.
    pub fn parse_response(
        &self,
        value: Option<&str>,
        chosen: &[String],
    ) -> Result<Response, String> {
        let value = value.map(str::trim).filter(|v| !v.is_empty());
        match self {
            AnswerKey::SingleChoice { options } => match value {
                None => Ok(Response::Blank),
                Some(id) if options.iter().any(|o| o.id == id) => {
                    Ok(Response::Choice(id.to_string()))
                }
                Some(_) => Err(t!("msg-quiz-unknown-option")),
            },
            AnswerKey::MultipleChoice { options, .. } => {
                if let Some(unknown) = chosen
                    .iter()
                    .find(|id| !options.iter().any(|o| &o.id == *id))
                {
                    return Err(t!("msg-quiz-unknown-option-named", option = unknown));
                }
                let mut ids = chosen.to_vec();
                ids.sort();
                ids.dedup();
                Ok(if ids.is_empty() {
                    Response::Blank
                } else {
                    Response::Choices(ids)
                })
            }
            AnswerKey::TrueFalse { .. } => match value {
                None => Ok(Response::Blank),
                Some("true") => Ok(Response::Bool(true)),
                Some("false") => Ok(Response::Bool(false)),
                Some(_) => Err(t!("msg-quiz-true-or-false")),
            },
            AnswerKey::Numeric { .. } => match value {
                None => Ok(Response::Blank),
                Some(text) if text.chars().count() > 40 => Err(t!("msg-quiz-enter-number")),
                Some(text) => parse_number(text)
                    .map(Response::Number)
                    .ok_or_else(|| t!("msg-quiz-not-a-number", text = text)),
            },
            AnswerKey::ShortText { .. } => match value {
                None => Ok(Response::Blank),
                Some(text) if text.chars().count() > 500 => Err(t!("msg-quiz-answer-too-long")),
                Some(text) => Ok(Response::Text(text.to_string())),
            },
        }
    }

    /// Whether the key itself makes sense (used when quizzes are written).
    pub fn check(&self) -> Result<(), String> {
        let unique = |options: &[Choice]| {
            let mut ids: Vec<&str> = options.iter().map(|o| o.id.as_str()).collect();
            ids.sort_unstable();
            ids.windows(2).all(|w| w[0] != w[1])
        };
        match self {
            AnswerKey::SingleChoice { options } => {
                if options.len() < 2 || !unique(options) {
                    return Err(t!("msg-quiz-key-two-options"));
                }
                if options.iter().filter(|o| o.correct).count() != 1 {
                    return Err(t!("msg-quiz-key-one-correct"));
                }
            }
            AnswerKey::MultipleChoice { options, .. } => {
                if options.len() < 2 || !unique(options) {
                    return Err(t!("msg-quiz-key-two-options"));
                }
                if !options.iter().any(|o| o.correct) {
                    return Err(t!("msg-quiz-key-some-correct"));
                }
            }
            AnswerKey::Numeric {
                answer, tolerance, ..
            } => {
                let tolerance = match tolerance {
                    Tolerance::Absolute(t) | Tolerance::Percent(t) => *t,
                };
                if !(answer.is_finite() && tolerance.is_finite() && tolerance >= 0.0) {
                    return Err(t!("msg-quiz-key-numeric"));
                }
            }
            AnswerKey::ShortText { accepted } => {
                if accepted.iter().all(|a| normalise_text(a).is_empty()) {
                    return Err(t!("msg-quiz-key-accepted-answer"));
                }
            }
            AnswerKey::TrueFalse { .. } => {}
        }
        Ok(())
    }

    /// The options in their stored order, for display (ids and text only).
    pub fn options(&self) -> &[Choice] {
        match self {
            AnswerKey::SingleChoice { options } | AnswerKey::MultipleChoice { options, .. } => {
                options
            }
            _ => &[],
        }
    }

    /// The correct answer in words, for review once it may be shown.
    pub fn correct_answer(&self) -> String {
        let correct = |options: &[Choice]| {
            options
                .iter()
                .filter(|o| o.correct)
                .map(|o| o.text.clone())
                .collect::<Vec<_>>()
                .join("; ")
        };
        match self {
            AnswerKey::SingleChoice { options } | AnswerKey::MultipleChoice { options, .. } => {
                correct(options)
            }
            AnswerKey::TrueFalse { answer: true, .. } => t!("msg-quiz-true"),
            AnswerKey::TrueFalse { answer: false, .. } => t!("msg-quiz-false"),
            AnswerKey::Numeric {
                answer,
                tolerance,
                unit,
            } => {
                let within = match tolerance {
                    Tolerance::Absolute(t) if *t > 0.0 => format!(" (± {t})"),
                    Tolerance::Percent(p) if *p > 0.0 => {
                        format!(
                            " ({})",
                            t!("msg-quiz-tolerance-percent", percent = p.to_string())
                        )
                    }
                    _ => String::new(),
                };
                format!("{answer} {unit}{within}")
                    .replace("  ", " ")
                    .trim()
                    .to_string()
            }
            AnswerKey::ShortText { accepted } => accepted.first().cloned().unwrap_or_default(),
        }
    }
}

fn normalise_text(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The outcome for one question.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Graded {
    /// From 0 (wrong) to 1 (fully right).
    pub credit: f64,
    /// Feedback attached to what was answered.
    pub feedback: Vec<String>,
}

impl Graded {
    pub fn is_correct(&self) -> bool {
        self.credit >= 1.0 - 1e-9
    }
}

fn feedback_of(options: &[Choice], ids: &[String]) -> Vec<String> {
    options
        .iter()
        .filter(|o| ids.contains(&o.id) && !o.feedback.is_empty())
        .map(|o| o.feedback.clone())
        .collect::<Vec<_>>()
}

pub fn grade(key: &AnswerKey, response: &Response) -> Graded {
    let (credit, feedback) = match (key, response) {
        (AnswerKey::SingleChoice { options }, Response::Choice(id)) => {
            let right = options.iter().any(|o| o.correct && &o.id == id);
            (
                if right { 1.0 } else { 0.0 },
                feedback_of(options, std::slice::from_ref(id)),
            )
        }
        (
            AnswerKey::MultipleChoice {
                options,
                partial_credit,
            },
            Response::Choices(ids),
        ) => {
            let correct = options.iter().filter(|o| o.correct).count() as f64;
            let hits = options
                .iter()
                .filter(|o| o.correct && ids.contains(&o.id))
                .count() as f64;
            let misses = options
                .iter()
                .filter(|o| !o.correct && ids.contains(&o.id))
                .count() as f64;
            let credit = if *partial_credit {
                ((hits - misses) / correct).clamp(0.0, 1.0)
            } else if hits == correct && misses == 0.0 {
                1.0
            } else {
                0.0
            };
            (credit, feedback_of(options, ids))
        }
        (
            AnswerKey::TrueFalse {
                answer,
                feedback_true,
                feedback_false,
            },
            Response::Bool(given),
        ) => {
            let feedback = if *given {
                feedback_true
            } else {
                feedback_false
            };
            (
                if given == answer { 1.0 } else { 0.0 },
                (!feedback.is_empty())
                    .then(|| feedback.clone())
                    .into_iter()
                    .collect(),
            )
        }
        (
            AnswerKey::Numeric {
                answer, tolerance, ..
            },
            Response::Number(given),
        ) => {
            let allowed = match tolerance {
                Tolerance::Absolute(t) => *t,
                Tolerance::Percent(p) => answer.abs() * p / 100.0,
            };
            // A hair of slack so that 2.6 ± 0.1 accepts 2.5 despite binary floats.
            let right = (given - answer).abs() <= allowed + 1e-9 * answer.abs().max(1.0);
            (if right { 1.0 } else { 0.0 }, Vec::new())
        }
        (AnswerKey::ShortText { accepted }, Response::Text(given)) => {
            let given = normalise_text(given);
            let right = accepted.iter().any(|a| normalise_text(a) == given);
            (if right { 1.0 } else { 0.0 }, Vec::new())
        }
        _ => (0.0, Vec::new()),
    };
    Graded { credit, feedback }
}

/// Whole percent from (credit, points) pairs, rounded down so that a pass
/// mark is never reached by rounding.
pub fn score_percent(graded: &[(f64, u32)]) -> u32 {
    let total: f64 = graded.iter().map(|(_, points)| f64::from(*points)).sum();
    if total <= 0.0 {
        return 0;
    }
    let earned: f64 = graded
        .iter()
        .map(|(credit, points)| credit * f64::from(*points))
        .sum();
    ((earned / total) * 100.0 + 1e-9).floor().clamp(0.0, 100.0) as u32
}

/// The order of `n` items for an attempt: the same seed gives the same order.
pub fn shuffled_order(n: usize, seed: u64) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    order.shuffle(&mut rand::rngs::StdRng::seed_from_u64(seed));
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    fn choice(id: &str, correct: bool) -> Choice {
        Choice {
            id: id.into(),
            text: format!("Option {id}"),
            correct,
            feedback: format!("feedback {id}"),
        }
    }

    fn multiple(partial_credit: bool) -> AnswerKey {
        AnswerKey::MultipleChoice {
            options: vec![
                choice("a", true),
                choice("b", true),
                choice("c", false),
                choice("d", false),
            ],
            partial_credit,
        }
    }

    fn numeric(answer: f64, tolerance: Tolerance) -> AnswerKey {
        AnswerKey::Numeric {
            answer,
            tolerance,
            unit: String::new(),
        }
    }

    fn ids(list: &[&str]) -> Response {
        Response::Choices(list.iter().map(|s| s.to_string()).collect())
    }

    #[test]
    fn single_choice_gives_credit_and_the_chosen_options_feedback() {
        let key = AnswerKey::SingleChoice {
            options: vec![choice("a", false), choice("b", true)],
        };
        let right = grade(&key, &Response::Choice("b".into()));
        assert!(right.is_correct());
        assert_eq!(right.feedback, ["feedback b"]);
        assert_eq!(grade(&key, &Response::Choice("a".into())).credit, 0.0);
        assert_eq!(grade(&key, &Response::Blank).credit, 0.0);
    }

    #[test]
    fn multiple_choice_all_or_nothing() {
        let key = multiple(false);
        assert!(grade(&key, &ids(&["a", "b"])).is_correct());
        assert_eq!(grade(&key, &ids(&["a"])).credit, 0.0);
        assert_eq!(grade(&key, &ids(&["a", "b", "c"])).credit, 0.0);
    }

    #[test]
    fn multiple_choice_partial_credit_subtracts_wrong_choices_and_never_goes_negative() {
        let key = multiple(true);
        assert_eq!(grade(&key, &ids(&["a", "b"])).credit, 1.0);
        assert_eq!(grade(&key, &ids(&["a"])).credit, 0.5);
        assert_eq!(grade(&key, &ids(&["a", "c"])).credit, 0.0);
        assert_eq!(grade(&key, &ids(&["a", "b", "c"])).credit, 0.5);
        assert_eq!(grade(&key, &ids(&["c", "d"])).credit, 0.0);
        assert_eq!(grade(&key, &ids(&["a", "b", "c"])).feedback.len(), 3);
    }

    #[test]
    fn true_false_with_feedback_for_the_answer_given() {
        let key = AnswerKey::TrueFalse {
            answer: false,
            feedback_true: "No: CAF is above 1.".into(),
            feedback_false: String::new(),
        };
        let wrong = grade(&key, &Response::Bool(true));
        assert_eq!(wrong.credit, 0.0);
        assert_eq!(wrong.feedback, ["No: CAF is above 1."]);
        assert!(grade(&key, &Response::Bool(false)).is_correct());
    }

    #[test]
    fn numeric_absolute_tolerance_includes_its_edges() {
        let key = numeric(2.6, Tolerance::Absolute(0.1));
        for (given, right) in [
            (2.6, true),
            (2.5, true),
            (2.7, true),
            (2.49, false),
            (2.71, false),
        ] {
            assert_eq!(
                grade(&key, &Response::Number(given)).is_correct(),
                right,
                "{given}"
            );
        }
        let exact = numeric(1760.0, Tolerance::default());
        assert!(grade(&exact, &Response::Number(1760.0)).is_correct());
        assert!(!grade(&exact, &Response::Number(1760.5)).is_correct());
    }

    #[test]
    fn numeric_percent_tolerance_scales_with_the_answer() {
        let key = numeric(3520.0, Tolerance::Percent(1.0));
        assert!(grade(&key, &Response::Number(3555.2)).is_correct());
        assert!(grade(&key, &Response::Number(3484.8)).is_correct());
        assert!(!grade(&key, &Response::Number(3556.0)).is_correct());
        let negative = numeric(-0.6, Tolerance::Percent(10.0));
        assert!(grade(&negative, &Response::Number(-0.65)).is_correct());
        assert!(!grade(&negative, &Response::Number(-0.7)).is_correct());
    }

    #[test]
    fn numbers_are_read_as_people_type_them() {
        for (text, number) in [
            ("2.6", 2.6),
            ("2,6", 2.6),
            (" 1,760 ", 1760.0),
            ("1 760", 1760.0),
            ("1,760.5", 1760.5),
            ("-0.6", -0.6),
            ("0,77", 0.77),
            ("3520", 3520.0),
        ] {
            assert_eq!(parse_number(text), Some(number), "{text}");
        }
        for text in ["", "two", "2.6.1", "1,2,3", "NaN", "inf"] {
            assert_eq!(parse_number(text), None, "{text}");
        }
    }

    #[test]
    fn short_text_ignores_case_and_surrounding_spaces() {
        let key = AnswerKey::ShortText {
            accepted: vec!["Workload Indicators of Staffing Need".into(), "WISN".into()],
        };
        assert!(grade(&key, &Response::Text("  wisn ".into())).is_correct());
        assert!(grade(
            &key,
            &Response::Text("workload  indicators of staffing NEED".into())
        )
        .is_correct());
        assert!(!grade(&key, &Response::Text("WISN method".into())).is_correct());
    }

    #[test]
    fn responses_naming_unknown_options_or_with_text_for_numbers_are_refused() {
        let single = AnswerKey::SingleChoice {
            options: vec![choice("a", true), choice("b", false)],
        };
        assert!(single.parse_response(Some("z"), &[]).is_err());
        assert_eq!(single.parse_response(None, &[]), Ok(Response::Blank));
        assert!(multiple(false)
            .parse_response(None, &["a".into(), "zz".into()])
            .is_err());
        assert_eq!(
            multiple(false).parse_response(None, &["b".into(), "a".into(), "a".into()]),
            Ok(ids(&["a", "b"]))
        );
        let number = numeric(2.6, Tolerance::default());
        assert!(number.parse_response(Some("about three"), &[]).is_err());
        assert_eq!(
            number.parse_response(Some("2,6"), &[]),
            Ok(Response::Number(2.6))
        );
        let tf = AnswerKey::TrueFalse {
            answer: true,
            feedback_true: String::new(),
            feedback_false: String::new(),
        };
        assert!(tf.parse_response(Some("maybe"), &[]).is_err());
    }

    #[test]
    fn scores_are_weighted_by_points_and_rounded_down() {
        assert_eq!(score_percent(&[(1.0, 1), (0.0, 1), (1.0, 1)]), 66);
        assert_eq!(score_percent(&[(1.0, 3), (0.0, 1)]), 75);
        assert_eq!(score_percent(&[(0.5, 2), (1.0, 2)]), 75);
        assert_eq!(score_percent(&[(1.0, 1), (1.0, 1)]), 100);
        assert_eq!(score_percent(&[]), 0);
    }

    #[test]
    fn shuffles_are_stable_for_a_seed_and_differ_between_seeds() {
        let first = shuffled_order(10, 42);
        assert_eq!(first, shuffled_order(10, 42));
        let mut sorted = first.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, (0..10).collect::<Vec<_>>());
        assert!((0..20).any(|seed| shuffled_order(10, seed) != first));
    }

    #[test]
    fn keys_that_cannot_be_graded_are_refused() {
        let none_correct = AnswerKey::SingleChoice {
            options: vec![choice("a", false), choice("b", false)],
        };
        assert!(none_correct.check().is_err());
        let duplicate_ids = AnswerKey::MultipleChoice {
            options: vec![choice("a", true), choice("a", false)],
            partial_credit: false,
        };
        assert!(duplicate_ids.check().is_err());
        assert!(AnswerKey::ShortText {
            accepted: vec!["  ".into()]
        }
        .check()
        .is_err());
        assert!(numeric(1.0, Tolerance::Percent(-1.0)).check().is_err());
        assert!(multiple(true).check().is_ok());
    }
}

#[cfg(test)]
pub(crate) mod properties {
    use super::*;
    use crate::test_input::{longer_than, text};
    use proptest::prelude::*;

    fn option_id() -> impl Strategy<Value = String> {
        "[a-z]{1,3}"
    }

    fn choices(at_least_one_correct: bool) -> impl Strategy<Value = Vec<Choice>> {
        proptest::collection::btree_set(option_id(), 2..6)
            .prop_flat_map(|ids| {
                let n = ids.len();
                (
                    Just(ids.into_iter().collect::<Vec<_>>()),
                    proptest::collection::vec(any::<bool>(), n),
                    proptest::collection::vec(text(), n),
                    proptest::collection::vec(prop_oneof![Just(String::new()), text()], n),
                    0..n,
                )
            })
            .prop_map(move |(ids, mut correct, texts, feedback, forced)| {
                if at_least_one_correct {
                    correct[forced] = true;
                }
                ids.into_iter()
                    .zip(correct)
                    .zip(texts.into_iter().zip(feedback))
                    .map(|((id, correct), (text, feedback))| Choice {
                        id,
                        text,
                        correct,
                        feedback,
                    })
                    .collect()
            })
    }

    fn finite() -> impl Strategy<Value = f64> {
        prop_oneof![-1e6..1e6f64, any::<i32>().prop_map(f64::from), Just(0.0)]
    }

    /// Answer keys that pass `check`, as an author would write them.
    pub(crate) fn valid_key() -> impl Strategy<Value = AnswerKey> {
        prop_oneof![
            (choices(true), 0..6usize).prop_map(|(mut options, index)| {
                let correct = index % options.len();
                for (i, option) in options.iter_mut().enumerate() {
                    option.correct = i == correct;
                }
                AnswerKey::SingleChoice { options }
            }),
            (choices(true), any::<bool>()).prop_map(|(options, partial_credit)| {
                AnswerKey::MultipleChoice {
                    options,
                    partial_credit,
                }
            }),
            (any::<bool>(), text(), text()).prop_map(|(answer, feedback_true, feedback_false)| {
                AnswerKey::TrueFalse {
                    answer,
                    feedback_true,
                    feedback_false,
                }
            }),
            (
                finite(),
                prop_oneof![
                    (0.0..100.0f64).prop_map(Tolerance::Absolute),
                    (0.0..50.0f64).prop_map(Tolerance::Percent),
                ],
                text(),
            )
                .prop_map(|(answer, tolerance, unit)| AnswerKey::Numeric {
                    answer,
                    tolerance,
                    unit,
                }),
            proptest::collection::vec("[\\p{L} ]{0,20}[\\p{L}]", 1..4)
                .prop_map(|accepted| AnswerKey::ShortText { accepted }),
        ]
    }

    /// Any key at all, including ones `check` refuses.
    fn any_key() -> impl Strategy<Value = AnswerKey> {
        prop_oneof![
            valid_key(),
            choices(false).prop_map(|options| AnswerKey::SingleChoice { options }),
            (
                proptest::collection::vec(text(), 0..3),
                any::<f64>(),
                any::<f64>()
            )
                .prop_map(|(accepted, answer, tolerance)| {
                    if accepted.is_empty() {
                        AnswerKey::Numeric {
                            answer,
                            tolerance: Tolerance::Percent(tolerance),
                            unit: String::new(),
                        }
                    } else {
                        AnswerKey::ShortText { accepted }
                    }
                }),
        ]
    }

    fn response() -> impl Strategy<Value = Response> {
        prop_oneof![
            Just(Response::Blank),
            option_id().prop_map(Response::Choice),
            proptest::collection::vec(option_id(), 0..6).prop_map(Response::Choices),
            any::<bool>().prop_map(Response::Bool),
            any::<f64>().prop_map(Response::Number),
            text().prop_map(Response::Text),
        ]
    }

    /// The right answer to a key, as a participant would send it in the form.
    fn right_answer(key: &AnswerKey) -> (Option<String>, Vec<String>) {
        match key {
            AnswerKey::SingleChoice { options } => (
                options.iter().find(|o| o.correct).map(|o| o.id.clone()),
                Vec::new(),
            ),
            AnswerKey::MultipleChoice { options, .. } => (
                None,
                options
                    .iter()
                    .filter(|o| o.correct)
                    .map(|o| o.id.clone())
                    .collect(),
            ),
            AnswerKey::TrueFalse { answer, .. } => (Some(answer.to_string()), Vec::new()),
            AnswerKey::Numeric { answer, .. } => (Some(answer.to_string()), Vec::new()),
            AnswerKey::ShortText { accepted } => (
                Some(format!("  {}  ", accepted[0].to_ascii_uppercase())),
                Vec::new(),
            ),
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn typed_numbers_are_finite_or_refused(input in text()) {
            if let Some(number) = parse_number(&input) {
                prop_assert!(number.is_finite());
            }
        }

        #[test]
        fn any_finite_number_reads_back_as_printed(number in any::<f64>().prop_filter("finite", |n| n.is_finite())) {
            prop_assert_eq!(parse_number(&number.to_string()), Some(number));
        }

        #[test]
        fn whole_numbers_read_back_with_thousands_separators(
            number in any::<i64>(),
            separator in proptest::sample::select(&[",", " ", "\u{a0}", "\u{202f}"][..]),
        ) {
            let digits = number.unsigned_abs().to_string();
            let mut grouped = String::new();
            for (i, digit) in digits.chars().enumerate() {
                if i > 0 && (digits.len() - i) % 3 == 0 {
                    grouped.push_str(separator);
                }
                grouped.push(digit);
            }
            let typed = format!("{}{grouped}", if number < 0 { "-" } else { "" });
            prop_assert_eq!(parse_number(&typed), Some(number as f64), "{}", typed);
        }

        #[test]
        fn decimal_commas_read_as_decimal_points(
            whole in 0..1_000_000u32,
            fraction in "[0-9]{1,2}|[0-9]{4,6}",
        ) {
            let expected: f64 = format!("{whole}.{fraction}").parse().expect("number");
            prop_assert_eq!(parse_number(&format!("{whole},{fraction}")), Some(expected));
        }

        #[test]
        fn form_values_parse_to_responses_the_key_can_grade_or_a_reason(
            key in any_key(),
            value in proptest::option::of(text()),
            chosen in proptest::collection::vec(prop_oneof![option_id(), text()], 0..6),
        ) {
            match key.parse_response(value.as_deref(), &chosen) {
                Err(reason) => prop_assert!(reason.len() > 10, "{}", reason),
                Ok(Response::Blank) => {}
                Ok(Response::Choice(id)) => prop_assert!(key.options().iter().any(|o| o.id == id)),
                Ok(Response::Choices(ids)) => {
                    prop_assert!(ids.windows(2).all(|w| w[0] < w[1]), "sorted, no repeats");
                    prop_assert!(ids.iter().all(|id| key.options().iter().any(|o| &o.id == id)));
                }
                Ok(Response::Bool(_)) => {
                    prop_assert!(matches!(key, AnswerKey::TrueFalse { .. }), "{:?}", key)
                }
                Ok(Response::Number(n)) => prop_assert!(n.is_finite()),
                Ok(Response::Text(text)) => {
                    prop_assert!(!text.is_empty() && text.trim() == text);
                    prop_assert!(text.chars().count() <= 500);
                }
            }
        }

        #[test]
        fn long_answers_are_refused_with_a_reason(
            key in valid_key(),
            long in longer_than(501),
        ) {
            let long = format!("x{long}x");
            match key.parse_response(Some(&long), &[]) {
                Err(reason) if matches!(key, AnswerKey::ShortText { .. }) => {
                    prop_assert!(reason.contains("500"), "{}", reason)
                }
                Err(reason) => prop_assert!(!reason.is_empty()),
                Ok(response) => prop_assert!(
                    !matches!(response, Response::Text(_) | Response::Number(_)),
                    "{:?}", response
                ),
            }
        }

        #[test]
        fn credit_is_between_nothing_and_full_whatever_the_answer(
            key in any_key(),
            response in response(),
        ) {
            let graded = grade(&key, &response);
            prop_assert!((0.0..=1.0).contains(&graded.credit), "{}", graded.credit);
            let chosen: Vec<&str> = match &response {
                Response::Choice(id) => vec![id.as_str()],
                Response::Choices(ids) => ids.iter().map(String::as_str).collect(),
                _ => Vec::new(),
            };
            for feedback in &graded.feedback {
                prop_assert!(!feedback.is_empty());
                let from_options = key
                    .options()
                    .iter()
                    .any(|o| &o.feedback == feedback && chosen.contains(&o.id.as_str()));
                prop_assert!(
                    from_options || matches!(key, AnswerKey::TrueFalse { .. }),
                    "{}", feedback
                );
            }
        }

        #[test]
        fn the_right_answer_gets_full_credit(key in valid_key()) {
            prop_assert_eq!(key.check(), Ok(()));
            let (value, chosen) = right_answer(&key);
            let response = key.parse_response(value.as_deref(), &chosen).map_err(TestCaseError::fail)?;
            prop_assert!(grade(&key, &response).is_correct(), "{:?}", response);
        }

        #[test]
        fn scores_are_whole_percentages(
            answers in proptest::collection::vec((0..=10u32, 1..=10u32, 1..=100u32), 0..50),
        ) {
            // Credits as grading gives them: a share of a question's correct options.
            let graded: Vec<(f64, u32)> = answers
                .iter()
                .map(|&(hits, options, points)| (f64::from(hits.min(options)) / f64::from(options), points))
                .collect();
            let score = score_percent(&graded);
            prop_assert!(score <= 100);
            let all_right = graded.iter().all(|(credit, _)| *credit >= 1.0);
            prop_assert_eq!(score == 100, all_right && !graded.is_empty());
        }
    }
}
