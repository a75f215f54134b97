//! An attempt as its pages show it: the questions in the attempt's own
//! order while it is open, and the result with what the quiz's review
//! policy lets the participant see once it is submitted.

use super::grading::{self, AnswerKey, Response};
use super::store::{AttemptRecord, StoredQuiz};
use super::{AttemptForm, AttemptResult, QuestionForm, QuestionInput, QuestionReview};
use crate::t;

/// Questions in this attempt's order, and each one's options likewise.
pub fn attempt_order(quiz: &StoredQuiz, seed: i64) -> Vec<usize> {
    let n = quiz.definition.questions.len();
    if quiz.definition.shuffle {
        grading::shuffled_order(n, seed as u64)
    } else {
        (0..n).collect()
    }
}

/// The open attempt's form: its questions, and each one's options, in the
/// attempt's order.
pub fn form(quiz: &StoredQuiz, attempt: &AttemptRecord) -> AttemptForm {
    let questions = attempt_order(quiz, attempt.seed)
        .into_iter()
        .enumerate()
        .map(|(number, index)| {
            let question = &quiz.definition.questions[index];
            let question_id = quiz.question_ids[index];
            let options = |shuffle: bool| {
                let options = question.key.options();
                let order = if shuffle {
                    grading::shuffled_order(
                        options.len(),
                        (attempt.seed as u64) ^ (question_id as u64),
                    )
                } else {
                    (0..options.len()).collect()
                };
                order
                    .into_iter()
                    .map(|i| (options[i].id.clone(), options[i].text.clone()))
                    .collect()
            };
            let input = match &question.key {
                AnswerKey::SingleChoice { .. } => QuestionInput::SingleChoice {
                    options: options(quiz.definition.shuffle),
                },
                AnswerKey::MultipleChoice { .. } => QuestionInput::MultipleChoice {
                    options: options(quiz.definition.shuffle),
                },
                AnswerKey::TrueFalse { .. } => QuestionInput::TrueFalse,
                AnswerKey::Numeric { unit, .. } => QuestionInput::Numeric { unit: unit.clone() },
                AnswerKey::ShortText { .. } => QuestionInput::ShortText,
            };
            QuestionForm {
                field: format!("q{question_id}"),
                number: number + 1,
                prompt: question.prompt.clone(),
                points: question.points,
                input,
            }
        })
        .collect();
    AttemptForm {
        attempt_id: attempt.id,
        quiz_id: quiz.id,
        quiz_title: quiz.definition.title.clone(),
        number: attempt.number,
        questions,
    }
}

/// A participant's response in words, for the review.
fn describe(key: &AnswerKey, response: &Response) -> String {
    match response {
        Response::Blank => t!("msg-quiz-no-answer"),
        Response::Choice(id) => key
            .options()
            .iter()
            .find(|o| &o.id == id)
            .map(|o| o.text.clone())
            .unwrap_or_default(),
        Response::Choices(ids) => key
            .options()
            .iter()
            .filter(|o| ids.contains(&o.id))
            .map(|o| o.text.clone())
            .collect::<Vec<_>>()
            .join("; "),
        Response::Bool(true) => t!("msg-quiz-true"),
        Response::Bool(false) => t!("msg-quiz-false"),
        Response::Number(n) => n.to_string(),
        Response::Text(text) => text.clone(),
    }
}

/// A submitted attempt's result (`score` its recorded score), given all of
/// the participant's attempts at the quiz.
pub fn result(
    quiz: &StoredQuiz,
    attempt: &AttemptRecord,
    score: i64,
    all: &[AttemptRecord],
) -> AttemptResult {
    let passed_any = all.iter().any(|a| a.passed == Some(true));
    let attempts_left = quiz
        .definition
        .max_attempts
        .map(|max| max.saturating_sub(all.len() as u32));
    let review = quiz
        .definition
        .review
        .review(passed_any, attempts_left != Some(0));
    let outcomes = attempt.outcomes();
    let questions = if review.marks {
        attempt_order(quiz, attempt.seed)
            .into_iter()
            .enumerate()
            .filter_map(|(number, index)| {
                let question = &quiz.definition.questions[index];
                let outcome = outcomes.iter().find(|o| o.question == question.id)?;
                Some(QuestionReview {
                    number: number + 1,
                    prompt: question.prompt.clone(),
                    your_answer: describe(&question.key, &outcome.response),
                    correct: outcome.graded.is_correct(),
                    feedback: outcome.graded.feedback.clone(),
                    correct_answer: review
                        .correct_answers
                        .then(|| question.key.correct_answer()),
                    explanation: (review.correct_answers && !question.explanation.is_empty())
                        .then(|| question.explanation.clone()),
                })
            })
            .collect()
    } else {
        Vec::new()
    };
    AttemptResult {
        attempt_id: attempt.id,
        quiz_id: quiz.id,
        quiz_title: quiz.definition.title.clone(),
        number: attempt.number,
        score,
        pass_mark: quiz.definition.pass_mark,
        passed: attempt.passed == Some(true),
        attempts_left,
        questions,
    }
}
