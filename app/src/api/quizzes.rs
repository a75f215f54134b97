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
        attempts, report,
        store::{self, AttemptRecord, StoredQuiz},
        submission::{self, SubmitError},
        AttemptSummary,
    },
    state::pool,
    t,
};

/// The course a quiz belongs to, and the caller's relation to it.
#[cfg(feature = "ssr")]
struct QuizContext {
    quiz: StoredQuiz,
    course: crate::courses::model::CourseRow,
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
    Ok(AttemptState::Open(attempts::form(&ctx.quiz, &attempt)))
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
    submission::submit(&pool, attempt_id, &ctx.quiz, &answers.unwrap_or_default())
        .await
        .map_err(submit_error)?;
    leptos_axum::redirect(&format!("/attempts/{attempt_id}/result"));
    Ok(())
}

#[cfg(feature = "ssr")]
fn submit_error(error: SubmitError) -> AppError {
    match error {
        SubmitError::AlreadySubmitted => AppError::Refused(t!("msg-quiz-already-submitted")),
        SubmitError::TooLong => AppError::Refused(t!("msg-quiz-answers-too-long")),
        SubmitError::UnknownQuestion => AppError::Refused(t!("msg-quiz-unknown-question")),
        SubmitError::Unreadable { messages, typed } => {
            let mut errors = FormErrors::summary(t!("msg-quiz-answers-unreadable"));
            for (field, value) in &typed {
                errors.keep(field, value);
            }
            for (field, message) in messages {
                errors.add(&field, message);
            }
            AppError::Invalid(errors)
        }
        SubmitError::Database(e) => e.into(),
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
    let all = store::attempts_of(&pool, ctx.quiz.id, attempt.enrolment_id).await?;
    Ok(attempts::result(&ctx.quiz, &attempt, score, &all))
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
    use crate::quizzes::QuizReport;
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
    let (participants, questions) = report::standings(&ctx.quiz, rows);
    Ok(QuizReport {
        quiz_id,
        quiz_title: ctx.quiz.definition.title.clone(),
        pass_mark: ctx.quiz.definition.pass_mark,
        cohorts: cohorts.into_iter().map(|c| (c.id, c.name)).collect(),
        cohort_id: chosen,
        participants,
        questions,
    })
}
