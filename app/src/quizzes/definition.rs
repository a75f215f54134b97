//! A quiz as written: in a course package (`quiz.toml` in a module folder)
//! or stored. Checked once, then trusted.

use super::grading::AnswerKey;
use super::ReviewPolicy;
use crate::courses::domain::Slug;
use crate::t;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuizDefinition {
    pub title: String,
    pub pass_mark: u8,
    /// None: unlimited attempts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_attempts: Option<u32>,
    #[serde(default)]
    pub shuffle: bool,
    pub review: ReviewPolicy,
    pub questions: Vec<QuestionDefinition>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuestionDefinition {
    /// Stable name of the question within the quiz, like a slug.
    pub id: String,
    pub prompt: String,
    #[serde(default)]
    pub explanation: String,
    #[serde(default = "one")]
    pub points: u32,
    #[serde(flatten)]
    pub key: AnswerKey,
}

fn one() -> u32 {
    1
}

impl QuizDefinition {
    /// The longest quiz source the editor takes, in bytes.
    pub const MAX_SOURCE: usize = 200_000;

    /// A quiz from the editor's TOML, checked; else what is wrong, naming
    /// the line where TOML itself could not read it.
    pub fn from_source(source: &str) -> Result<QuizDefinition, String> {
        if source.len() > Self::MAX_SOURCE {
            return Err(t!("msg-quiz-too-long"));
        }
        let quiz: QuizDefinition = toml::from_str(source).map_err(|error| match error.span() {
            Some(span) => t!(
                "msg-quiz-toml-line",
                line =
                    (source[..span.start.min(source.len())].matches('\n').count() + 1).to_string(),
                message = error.message()
            ),
            None => error.message().to_string(),
        })?;
        let problems = quiz.problems();
        if problems.is_empty() {
            Ok(quiz)
        } else {
            Err(problems.join("; "))
        }
    }

    /// Every problem with the quiz, each naming the question it is in as
    /// "question 2 (its-id)".
    pub fn problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        if self.title.trim().is_empty() || self.title.chars().count() > 150 {
            problems.push(t!("msg-quiz-title-length"));
        }
        if self.pass_mark > 100 {
            problems.push(t!("msg-quiz-pass-mark-range"));
        }
        if self.max_attempts == Some(0) {
            problems.push(t!("msg-quiz-max-attempts-zero"));
        }
        if self.questions.is_empty() {
            problems.push(t!("msg-quiz-no-questions"));
        }
        let mut ids = HashSet::new();
        for (index, question) in self.questions.iter().enumerate() {
            let mut add = |problem: String| {
                problems.push(t!(
                    "msg-quiz-question-problem",
                    number = index + 1,
                    id = &question.id,
                    problem = problem,
                ));
            };
            // A slug is trimmed when parsed; an id must already be one.
            if !Slug::parse(&question.id).is_ok_and(|slug| slug.as_str() == question.id) {
                add(t!("msg-quiz-id-invalid"));
            }
            if !ids.insert(question.id.as_str()) {
                add(t!("msg-quiz-id-twice"));
            }
            if question.prompt.trim().is_empty() || question.prompt.chars().count() > 4000 {
                add(t!("msg-quiz-prompt-length"));
            }
            if question.points == 0 || question.points > 100 {
                add(t!("msg-quiz-points-range"));
            }
            if let Err(message) = question.key.check() {
                add(message);
            }
        }
        problems
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const WISN_SAMPLE: &str = r#"
title = "WISN calculations"
pass_mark = 80
max_attempts = 3
shuffle = true
review = "answers-when-done"

[[questions]]
id = "awt"
type = "numeric"
prompt = "What is the available working time in hours?"
answer = 1760
tolerance = { absolute = 0 }
unit = "hours"
explanation = "(260 - 20 - 10 - 5 - 5) x 8 = 1,760 hours."

[[questions]]
id = "caf-above-one"
type = "true-false"
prompt = "The category allowance factor is always at least 1."
answer = true

[[questions]]
id = "what-is-cas"
type = "single-choice"
prompt = "CAS is…"
options = [
  { id = "a", text = "Time on support activities, as a percentage", correct = true },
  { id = "b", text = "The number of staff in post", feedback = "That is current staff." },
]
"#;

    #[test]
    fn a_quiz_in_toml_reads_and_passes_the_checks() {
        let quiz: QuizDefinition = toml::from_str(WISN_SAMPLE).expect("valid TOML");
        assert_eq!(quiz.questions.len(), 3);
        assert_eq!(quiz.review, ReviewPolicy::AnswersWhenDone);
        assert_eq!(quiz.questions[1].points, 1);
        assert!(quiz.problems().is_empty(), "{:?}", quiz.problems());
        let again: QuizDefinition =
            toml::from_str(&toml::to_string(&quiz).expect("write")).expect("read back");
        assert_eq!(again, quiz);
    }

    #[test]
    fn the_editor_source_is_read_and_checked() {
        assert!(QuizDefinition::from_source(WISN_SAMPLE).is_ok());
        let broken = WISN_SAMPLE.replacen("pass_mark = 80", "pass_mark = ", 1);
        let message = QuizDefinition::from_source(&broken).expect_err("broken TOML");
        assert!(!message.is_empty());
        let unchecked = WISN_SAMPLE.replacen("pass_mark = 80", "pass_mark = 120", 1);
        assert!(QuizDefinition::from_source(&unchecked).is_err());
        let long = "#".repeat(QuizDefinition::MAX_SOURCE + 1);
        assert!(QuizDefinition::from_source(&long).is_err());
    }

    #[test]
    fn problems_name_the_question() {
        let mut quiz: QuizDefinition = toml::from_str(WISN_SAMPLE).expect("valid TOML");
        quiz.questions[2].id = "awt".into();
        quiz.questions[0].points = 0;
        quiz.pass_mark = 120;
        let problems = quiz.problems();
        assert!(
            problems
                .iter()
                .any(|p| p.starts_with("question 3 (awt): id is used twice")),
            "{problems:?}"
        );
        assert!(
            problems
                .iter()
                .any(|p| p.starts_with("question 1 (awt): points")),
            "{problems:?}"
        );
        assert!(
            problems.iter().any(|p| p.starts_with("pass_mark")),
            "{problems:?}"
        );
    }

    #[test]
    fn an_id_with_surrounding_spaces_is_refused() {
        let mut quiz: QuizDefinition = toml::from_str(WISN_SAMPLE).expect("valid TOML");
        quiz.questions[0].id = " awt".into();
        let problems = quiz.problems();
        assert!(
            problems.iter().any(|p| p.contains("id must be")),
            "{problems:?}"
        );
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use crate::quizzes::grading::properties::valid_key;
    use crate::test_input::{longer_than, text};
    use proptest::prelude::*;

    fn question(id: String) -> impl Strategy<Value = QuestionDefinition> {
        (
            r"[\p{L}0-9 ,?]{0,60}[\p{L}?]",
            prop_oneof![Just(String::new()), text()],
            1..=100u32,
            valid_key(),
        )
            .prop_map(
                move |(prompt, explanation, points, key)| QuestionDefinition {
                    id: id.clone(),
                    prompt,
                    explanation,
                    points,
                    key,
                },
            )
    }

    /// Quizzes that pass every check.
    fn valid_quiz() -> impl Strategy<Value = QuizDefinition> {
        let ids = proptest::collection::btree_set("[a-z][a-z0-9]{0,6}(-[a-z0-9]{1,6}){0,2}", 1..6);
        (
            r"[\p{L}0-9 ,:]{0,60}[\p{L}]",
            0..=100u8,
            proptest::option::of(1..=10u32),
            any::<bool>(),
            proptest::sample::select(
                &[
                    ReviewPolicy::ScoreOnly,
                    ReviewPolicy::Feedback,
                    ReviewPolicy::AnswersWhenDone,
                ][..],
            ),
            ids.prop_flat_map(|ids| ids.into_iter().map(question).collect::<Vec<_>>()),
        )
            .prop_map(
                |(title, pass_mark, max_attempts, shuffle, review, questions)| QuizDefinition {
                    title,
                    pass_mark,
                    max_attempts,
                    shuffle,
                    review,
                    questions,
                },
            )
    }

    /// One way of spoiling a valid quiz, and what its problem must mention.
    fn spoil(quiz: &mut QuizDefinition, how: u8, at: usize, long: &str) -> String {
        let index = at % quiz.questions.len();
        let question = &mut quiz.questions[index];
        let name = format!("question {} ({})", index + 1, question.id);
        match how % 8 {
            0 => {
                quiz.title = long.to_string();
                "150".into()
            }
            1 => {
                quiz.title = " \n\t".into();
                "title".into()
            }
            2 => {
                quiz.pass_mark = 101 + (at % 155) as u8;
                "pass_mark".into()
            }
            3 => {
                quiz.max_attempts = Some(0);
                "max_attempts".into()
            }
            4 => {
                question.prompt = long.repeat(4000 / long.chars().count().max(1) + 1);
                format!("{name}: prompt must have 1 to 4000")
            }
            5 => {
                question.points = if at.is_multiple_of(2) {
                    0
                } else {
                    101 + (at % 1000) as u32
                };
                format!("{name}: points")
            }
            6 => {
                question.id = format!("{} {}", question.id, long);
                "id must be lower-case letters, digits and hyphens".into()
            }
            _ => {
                quiz.questions.clear();
                "at least one question".into()
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(128))]

        #[test]
        fn valid_quizzes_pass_the_checks_and_survive_toml(quiz in valid_quiz()) {
            prop_assert_eq!(quiz.problems(), Vec::<String>::new());
            let source = toml::to_string(&quiz).map_err(|e| TestCaseError::fail(e.to_string()))?;
            let again: QuizDefinition = toml::from_str(&source).map_err(|e| TestCaseError::fail(e.to_string()))?;
            prop_assert_eq!(again, quiz, "{}", source);
        }

        #[test]
        fn each_spoilt_quiz_is_reported_by_what_is_wrong(
            mut quiz in valid_quiz(),
            how in any::<u8>(),
            at in any::<usize>(),
            long in longer_than(151),
        ) {
            let expected = spoil(&mut quiz, how, at, &long);
            let problems = quiz.problems();
            prop_assert!(problems.iter().any(|p| p.contains(&expected)), "{} not in {:?}", expected, problems);
        }

        /// What the authoring page and the package loader rely on when they
        /// turn an error's position into a line number.
        #[test]
        fn edited_sources_read_or_fail_at_a_position_in_the_text(
            quiz in valid_quiz(),
            at in any::<proptest::sample::Index>(),
            cut in 0..40usize,
            inserted in text(),
        ) {
            let source = toml::to_string(&quiz).map_err(|e| TestCaseError::fail(e.to_string()))?;
            let boundaries: Vec<usize> = source.char_indices().map(|(i, _)| i).chain([source.len()]).collect();
            let start = *at.get(&boundaries);
            let end = boundaries.iter().copied().find(|&b| b >= start + cut).unwrap_or(source.len());
            let edited = format!("{}{inserted}{}", &source[..start], &source[end..]);
            match toml::from_str::<QuizDefinition>(&edited) {
                Ok(quiz) => {
                    let _ = quiz.problems();
                }
                Err(error) => {
                    prop_assert!(!error.message().is_empty());
                    if let Some(span) = error.span() {
                        prop_assert!(span.start <= edited.len() && edited.is_char_boundary(span.start));
                    }
                }
            }
        }
    }
}
