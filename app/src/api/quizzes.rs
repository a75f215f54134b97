//! Taking quizzes: the quiz page, attempts, submission and results.
//! Grading happens here on the server; answer keys never leave it before
//! the review policy allows.

use crate::error::AppError;
use crate::quizzes::{AttemptResult, AttemptState, QuizOverview};
use leptos::prelude::*;
use std::collections::HashMap;

#[cfg(feature = "ssr")]
use crate::{
    accounts::{session, CurrentUser},
    courses::{
        access::{self, Reader},
        store as courses,
    },
    dates::today,
    error::FormErrors,
    quizzes::{
        grading::{self, AnswerKey, Response},
        store::{self, AttemptRecord, QuestionOutcome, StoredQuiz},
        AttemptForm, AttemptSummary, QuestionForm, QuestionInput, QuestionReview,
    },
    state::pool,
    t,
};

/// The course a quiz belongs to, and the caller's relation to it.
#[cfg(feature = "ssr")]
struct QuizContext {
    quiz: StoredQuiz,
    course: courses::CourseRow,
    module_title: String,
    reader: Reader,
}

#[cfg(feature = "ssr")]
async fn context(
    pool: &sqlx::SqlitePool,
    user: &CurrentUser,
    quiz_id: i64,
) -> Result<QuizContext, AppError> {
    let quiz = store::quiz_by_id(pool, quiz_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let (course, module_title) = courses::module_with_course(pool, quiz.module_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let reader = access::reader(pool, user, course.id).await?;
    if !reader.may_read_lessons()
        || !crate::courses::access::may_see_course(course.published, Some(user))
    {
        return Err(AppError::NotFound);
    }
    Ok(QuizContext {
        quiz,
        course,
        module_title,
        reader,
    })
}

/// Why a participant may not start an attempt now, if so.
#[cfg(feature = "ssr")]
fn cannot_attempt(
    reader: &Reader,
    quiz: &StoredQuiz,
    attempts: &[AttemptRecord],
) -> Option<String> {
    let Reader::Participant { cohort, .. } = reader else {
        return Some(t!("msg-quiz-participants-only"));
    };
    if cohort.has_ended(&today()) {
        return Some(t!("msg-quiz-cohort-ended"));
    }
    let open = attempts.iter().any(|a| a.submitted_at.is_none());
    if !open
        && quiz
            .definition
            .max_attempts
            .is_some_and(|max| attempts.len() as u32 >= max)
    {
        return Some(t!("msg-quiz-no-attempts-left"));
    }
    None
}

/// A quiz's rules and the caller's attempts. Enrolled participants, the
/// course's tutors and administrators.
#[server(prefix = "/api", endpoint = "quiz_overview")]
pub async fn get_quiz_overview(quiz_id: i64) -> Result<QuizOverview, AppError> {
    let user = session::require_user().await?;
    let pool = pool()?;
    let ctx = context(&pool, &user, quiz_id).await?;
    let attempts = match ctx.reader.enrolment_id() {
        Some(enrolment) => store::attempts_of(&pool, quiz_id, enrolment).await?,
        None => Vec::new(),
    };
    let cannot = cannot_attempt(&ctx.reader, &ctx.quiz, &attempts);
    Ok(QuizOverview {
        id: ctx.quiz.id,
        title: ctx.quiz.definition.title.clone(),
        course_slug: ctx.course.slug,
        course_title: ctx.course.title,
        module_title: ctx.module_title,
        pass_mark: ctx.quiz.definition.pass_mark,
        max_attempts: ctx.quiz.definition.max_attempts,
        questions: ctx.quiz.definition.questions.len(),
        best_score: attempts.iter().filter_map(|a| a.score_percent).max(),
        passed: attempts.iter().any(|a| a.passed == Some(true)),
        attempts: attempts
            .iter()
            .map(|a| AttemptSummary {
                id: a.id,
                number: a.number,
                submitted: a.submitted_at.is_some(),
                score: a.score_percent,
                passed: a.passed == Some(true),
            })
            .collect(),
        cannot_attempt: cannot,
        sees_results: matches!(ctx.reader, Reader::Tutor | Reader::Administrator),
    })
}

/// Starts an attempt (or returns to the open one). Enrolled participants
/// with attempts left, while their cohort runs.
#[server(prefix = "/api", endpoint = "start_attempt")]
pub async fn start_attempt(quiz_id: i64) -> Result<(), AppError> {
    let user = session::require_user().await?;
    let pool = pool()?;
    let ctx = context(&pool, &user, quiz_id).await?;
    let Some(enrolment_id) = ctx.reader.enrolment_id() else {
        return Err(AppError::Refused(t!("msg-quiz-participants-only")));
    };
    let attempts = store::attempts_of(&pool, quiz_id, enrolment_id).await?;
    if let Some(reason) = cannot_attempt(&ctx.reader, &ctx.quiz, &attempts) {
        return Err(AppError::Refused(reason));
    }
    let seed = i64::from(rand::random::<u32>());
    let attempt_id = store::start_attempt(
        &pool,
        quiz_id,
        enrolment_id,
        ctx.quiz.definition.max_attempts,
        seed,
    )
    .await
    .map_err(|error| match error {
        store::StartError::NoAttemptsLeft => AppError::Refused(t!("msg-quiz-no-attempts-left")),
        store::StartError::Database(e) => e.into(),
    })?;
    leptos_axum::redirect(&format!("/attempts/{attempt_id}"));
    Ok(())
}

/// The caller's own attempt and its quiz; anyone else's is not found.
#[cfg(feature = "ssr")]
async fn own_attempt(
    pool: &sqlx::SqlitePool,
    attempt_id: i64,
) -> Result<(AttemptRecord, QuizContext), AppError> {
    let user = session::require_user().await?;
    let attempt = store::attempt(pool, attempt_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let ctx = context(pool, &user, attempt.quiz_id).await?;
    if ctx.reader.enrolment_id() != Some(attempt.enrolment_id) {
        return Err(AppError::NotFound);
    }
    Ok((attempt, ctx))
}

/// Questions in this attempt's order, and each one's options likewise.
#[cfg(feature = "ssr")]
fn attempt_order(quiz: &StoredQuiz, seed: i64) -> Vec<usize> {
    let n = quiz.definition.questions.len();
    if quiz.definition.shuffle {
        grading::shuffled_order(n, seed as u64)
    } else {
        (0..n).collect()
    }
}

/// The questions of the caller's open attempt, or where its result is once
/// submitted.
#[server(prefix = "/api", endpoint = "attempt_form")]
pub async fn get_attempt_form(attempt_id: i64) -> Result<AttemptState, AppError> {
    let pool = pool()?;
    let (attempt, ctx) = own_attempt(&pool, attempt_id).await?;
    if attempt.submitted_at.is_some() {
        return Ok(AttemptState::Submitted {
            result_path: format!("/attempts/{attempt_id}/result"),
        });
    }
    let quiz = &ctx.quiz;
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
    Ok(AttemptState::Open(AttemptForm {
        attempt_id,
        quiz_id: quiz.id,
        quiz_title: quiz.definition.title.clone(),
        number: attempt.number,
        questions,
    }))
}

/// Grades and records the caller's open attempt, once. Answers to questions
/// not in the attempt, unknown options and text where a number is expected
/// are refused with a message, and nothing is recorded.
#[server(prefix = "/api", endpoint = "submit_attempt")]
pub async fn submit_attempt(
    attempt_id: i64,
    answers: Option<HashMap<String, String>>,
) -> Result<(), AppError> {
    let pool = pool()?;
    let (attempt, ctx) = own_attempt(&pool, attempt_id).await?;
    if attempt.submitted_at.is_some() {
        return Err(AppError::Refused(t!("msg-quiz-already-submitted")));
    }
    if let Reader::Participant { cohort, .. } = &ctx.reader {
        if cohort.has_ended(&today()) {
            return Err(AppError::Refused(t!("msg-quiz-cohort-ended")));
        }
    }
    let answers = answers.unwrap_or_default();
    if answers.len() > 1000 || answers.values().any(|v| v.len() > 1000) {
        return Err(AppError::Refused(t!("msg-quiz-answers-too-long")));
    }
    let quiz = &ctx.quiz;
    let fields: Vec<String> = quiz
        .question_ids
        .iter()
        .map(|id| format!("q{id}"))
        .collect();
    let belongs = |key: &str| {
        fields.iter().enumerate().any(|(i, field)| {
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
    };
    if answers.keys().any(|key| !belongs(key)) {
        return Err(AppError::Refused(t!("msg-quiz-unknown-question")));
    }

    let mut errors = FormErrors::summary(t!("msg-quiz-answers-unreadable"));
    let mut outcomes = Vec::with_capacity(fields.len());
    let mut weighted = Vec::with_capacity(fields.len());
    for (index, question) in quiz.definition.questions.iter().enumerate() {
        let field = &fields[index];
        let value = answers.get(field).map(String::as_str);
        if let Some(value) = value {
            errors.keep(field, value);
        }
        let chosen: Vec<String> = answers
            .keys()
            .filter_map(|key| key.strip_prefix(&format!("{field}-")).map(str::to_string))
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
            Err(message) => errors.add(field, message),
        }
    }
    if !errors.fields.is_empty() {
        return Err(AppError::Invalid(errors));
    }
    let score = grading::score_percent(&weighted);
    let passed = score >= u32::from(quiz.definition.pass_mark);
    if !store::record_submission(&pool, attempt_id, score, passed, &outcomes).await? {
        return Err(AppError::Refused(t!("msg-quiz-already-submitted")));
    }
    if let (true, Reader::Participant { enrolment_id, .. }) = (passed, &ctx.reader) {
        crate::certificates::award::award(&pool, *enrolment_id).await?;
    }
    leptos_axum::redirect(&format!("/attempts/{attempt_id}/result"));
    Ok(())
}

#[cfg(feature = "ssr")]
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

/// The score of the caller's submitted attempt, with what the quiz's review
/// policy allows them to see.
#[server(prefix = "/api", endpoint = "attempt_result")]
pub async fn get_attempt_result(attempt_id: i64) -> Result<AttemptResult, AppError> {
    let pool = pool()?;
    let (attempt, ctx) = own_attempt(&pool, attempt_id).await?;
    let (Some(_), Some(score)) = (&attempt.submitted_at, attempt.score_percent) else {
        return Err(AppError::Refused(t!("msg-quiz-not-submitted")));
    };
    let quiz = &ctx.quiz;
    let all = store::attempts_of(&pool, quiz.id, attempt.enrolment_id).await?;
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
    Ok(AttemptResult {
        attempt_id,
        quiz_id: quiz.id,
        quiz_title: quiz.definition.title.clone(),
        number: attempt.number,
        score,
        pass_mark: quiz.definition.pass_mark,
        passed: attempt.passed == Some(true),
        attempts_left,
        questions,
    })
}

/// A quiz's results in one of the caller's cohorts: each participant's
/// attempts and best score, and per question the share who got it right in
/// their best attempt. The course's tutors (their own cohorts) and
/// administrators (every cohort) only.
#[server(prefix = "/api", endpoint = "quiz_report")]
pub async fn get_quiz_report(
    quiz_id: i64,
    cohort_id: Option<i64>,
) -> Result<crate::quizzes::QuizReport, AppError> {
    use crate::quizzes::{ParticipantStanding, QuestionStat, QuizReport};
    let user = session::require_user().await?;
    let pool = pool()?;
    let ctx = context(&pool, &user, quiz_id).await?;
    let cohorts = match ctx.reader {
        Reader::Administrator => courses::cohorts(&pool, ctx.course.id, false).await?,
        Reader::Tutor => courses::tutor_cohorts(&pool, user.id, ctx.course.id).await?,
        _ => return Err(AppError::Forbidden),
    };
    let chosen = match cohort_id {
        Some(id) if cohorts.iter().any(|c| c.id == id) => Some(id),
        Some(_) => return Err(AppError::NotFound),
        None => cohorts.first().map(|c| c.id),
    };
    let rows = match chosen {
        Some(cohort) => store::cohort_attempts(&pool, quiz_id, cohort).await?,
        None => Vec::new(),
    };
    // Rows come grouped by participant; keep each one's best attempt.
    let mut participants: Vec<ParticipantStanding> = Vec::new();
    let mut best_outcomes: Vec<Option<(i64, Vec<QuestionOutcome>)>> = Vec::new();
    let mut last_user = None;
    for (user_id, name, score, passed, outcome) in rows {
        if last_user != Some(user_id) {
            last_user = Some(user_id);
            participants.push(ParticipantStanding {
                name,
                attempts: 0,
                best_score: None,
                passed: false,
            });
            best_outcomes.push(None);
        }
        let (Some(standing), Some(best)) = (participants.last_mut(), best_outcomes.last_mut())
        else {
            continue;
        };
        if let Some(score) = score {
            standing.attempts += 1;
            standing.passed |= passed == Some(true);
            if standing.best_score.is_none_or(|b| score >= b) {
                standing.best_score = Some(score);
                let outcomes = outcome
                    .as_deref()
                    .and_then(|json| serde_json::from_str(json).ok())
                    .unwrap_or_default();
                *best = Some((score, outcomes));
            }
        }
    }
    let attempted: Vec<&Vec<QuestionOutcome>> =
        best_outcomes.iter().flatten().map(|(_, o)| o).collect();
    let quiz = &ctx.quiz;
    let questions = quiz
        .definition
        .questions
        .iter()
        .enumerate()
        .map(|(index, question)| QuestionStat {
            number: index + 1,
            prompt: question.prompt.clone(),
            right: attempted
                .iter()
                .filter(|outcomes| {
                    outcomes
                        .iter()
                        .any(|o| o.question == question.id && o.graded.is_correct())
                })
                .count(),
            answered: attempted.len(),
        })
        .collect();
    Ok(QuizReport {
        quiz_id,
        quiz_title: quiz.definition.title.clone(),
        pass_mark: quiz.definition.pass_mark,
        cohorts: cohorts.into_iter().map(|c| (c.id, c.name)).collect(),
        cohort_id: chosen,
        participants,
        questions,
    })
}
