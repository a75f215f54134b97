//! A submitted attempt: the form's fields read back into responses, graded,
//! scored and recorded once.
//!
//! The form protocol: a question with one answer is the field `q<id>` (the
//! question's stored id); each ticked option of a multiple-choice question
//! is a field `q<id>-<option id>`. Anything else was not on the form.

use super::grading::{self, AnswerKey};
use super::store::{self, QuestionOutcome, StoredQuiz};
use sqlx::SqlitePool;
use std::collections::HashMap;

/// At most this many fields, each at most this long: more is not a form
/// this platform drew.
const MAX_FIELDS: usize = 1000;
const MAX_FIELD_CHARS: usize = 1000;

/// Why a submission was not recorded.
#[derive(Debug, thiserror::Error)]
pub enum SubmitError {
    #[error("already submitted")]
    AlreadySubmitted,
    #[error("answers too long")]
    TooLong,
    #[error("an answer to a question not in the attempt")]
    UnknownQuestion,
    /// Some answers could not be read: each field's message, and every
    /// typed value to give back.
    #[error("unreadable answers")]
    Unreadable {
        messages: Vec<(String, String)>,
        typed: Vec<(String, String)>,
    },
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

/// A graded attempt, before it is recorded.
#[derive(Debug, PartialEq)]
pub struct GradedAttempt {
    pub outcomes: Vec<QuestionOutcome>,
    pub score: u32,
    pub passed: bool,
}

fn field(question_id: i64) -> String {
    format!("q{question_id}")
}

/// Whether a submitted key is one the attempt's form had.
fn belongs(quiz: &StoredQuiz, key: &str) -> bool {
    quiz.question_ids.iter().enumerate().any(|(i, id)| {
        let field = field(*id);
        key == field
            || key
                .strip_prefix(field.as_str())
                .and_then(|rest| rest.strip_prefix('-'))
                .is_some_and(|option| {
                    matches!(
                        quiz.definition.questions[i].key,
                        AnswerKey::MultipleChoice { .. }
                    ) && !option.is_empty()
                })
    })
}

/// Reads and grades the answers; nothing is stored.
pub fn grade(
    quiz: &StoredQuiz,
    answers: &HashMap<String, String>,
) -> Result<GradedAttempt, SubmitError> {
    if answers.len() > MAX_FIELDS || answers.values().any(|v| v.len() > MAX_FIELD_CHARS) {
        return Err(SubmitError::TooLong);
    }
    if answers.keys().any(|key| !belongs(quiz, key)) {
        return Err(SubmitError::UnknownQuestion);
    }
    let mut messages = Vec::new();
    let mut outcomes = Vec::with_capacity(quiz.question_ids.len());
    let mut weighted = Vec::with_capacity(quiz.question_ids.len());
    for (question, id) in quiz.definition.questions.iter().zip(&quiz.question_ids) {
        let field = field(*id);
        let value = answers.get(&field).map(String::as_str);
        let prefix = format!("{field}-");
        let chosen: Vec<String> = answers
            .keys()
            .filter_map(|key| key.strip_prefix(&prefix).map(str::to_string))
            .collect();
        match question.key.parse_response(value, &chosen) {
            Ok(response) => {
                let graded = grading::grade(&question.key, &response);
                weighted.push((graded.credit, question.points));
                outcomes.push(QuestionOutcome {
                    question: question.id.clone(),
                    response,
                    graded,
                });
            }
            Err(message) => messages.push((field, message)),
        }
    }
    if !messages.is_empty() {
        let typed = quiz
            .question_ids
            .iter()
            .map(|id| field(*id))
            .filter_map(|f| answers.get(&f).map(|v| (f, v.clone())))
            .collect();
        return Err(SubmitError::Unreadable { messages, typed });
    }
    let score = grading::score_percent(&weighted);
    Ok(GradedAttempt {
        outcomes,
        passed: score >= u32::from(quiz.definition.pass_mark),
        score,
    })
}

/// Grades and records an open attempt, once; a pass that completes the
/// course's rules issues the certificate in the same transaction.
pub async fn submit(
    pool: &SqlitePool,
    attempt_id: i64,
    quiz: &StoredQuiz,
    answers: &HashMap<String, String>,
) -> Result<GradedAttempt, SubmitError> {
    let graded = grade(quiz, answers)?;
    if !store::record_submission(
        pool,
        attempt_id,
        graded.score,
        graded.passed,
        &graded.outcomes,
    )
    .await?
    {
        return Err(SubmitError::AlreadySubmitted);
    }
    Ok(graded)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quizzes::definition::QuizDefinition;

    const QUIZ: &str = r#"
title = "WISN"
pass_mark = 50
review = "answers-when-done"

[[questions]]
id = "awt"
type = "numeric"
prompt = "Available working time?"
answer = 1760
tolerance = { absolute = 0 }

[[questions]]
id = "factors"
type = "multiple-choice"
prompt = "Which are allowance factors?"
options = [
  { id = "caf", text = "CAF", correct = true },
  { id = "iaf", text = "IAF", correct = true },
  { id = "awt", text = "AWT" },
]
"#;

    fn quiz() -> StoredQuiz {
        StoredQuiz {
            id: 1,
            module_id: 1,
            definition: toml::from_str::<QuizDefinition>(QUIZ).expect("quiz"),
            question_ids: vec![40, 41],
        }
    }

    fn answers(pairs: &[(&str, &str)]) -> HashMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn numbers_as_people_write_them_and_ticked_options_are_graded() {
        let graded = grade(
            &quiz(),
            &answers(&[("q40", "1 760"), ("q41-caf", "on"), ("q41-iaf", "on")]),
        )
        .expect("graded");
        assert_eq!(graded.score, 100);
        assert!(graded.passed);
        assert_eq!(graded.outcomes.len(), 2);
    }

    #[test]
    fn blank_answers_score_nothing_but_are_recorded() {
        let graded = grade(&quiz(), &answers(&[])).expect("graded");
        assert_eq!(graded.score, 0);
        assert!(!graded.passed);
        assert_eq!(graded.outcomes.len(), 2);
    }

    #[test]
    fn fields_the_form_did_not_have_are_refused() {
        for key in ["q99", "q40-caf", "q41-", "answer"] {
            assert!(
                matches!(
                    grade(&quiz(), &answers(&[(key, "x")])),
                    Err(SubmitError::UnknownQuestion)
                ),
                "{key}"
            );
        }
    }

    #[test]
    fn unreadable_answers_name_their_field_and_keep_what_was_typed() {
        match grade(&quiz(), &answers(&[("q40", "about two thousand")])) {
            Err(SubmitError::Unreadable { messages, typed }) => {
                assert_eq!(messages.len(), 1);
                assert_eq!(messages[0].0, "q40");
                assert_eq!(typed, vec![("q40".into(), "about two thousand".into())]);
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn an_oversized_form_is_refused_before_reading() {
        let long = "9".repeat(MAX_FIELD_CHARS + 1);
        assert!(matches!(
            grade(&quiz(), &answers(&[("q40", &long)])),
            Err(SubmitError::TooLong)
        ));
    }
}
