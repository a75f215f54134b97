//! All SQL about quizzes and attempts.

use super::definition::{QuestionDefinition, QuizDefinition};
use super::grading::AnswerKey;
use super::ReviewPolicy;
use sqlx::{Sqlite, SqlitePool, Transaction};

fn policy_code(policy: ReviewPolicy) -> &'static str {
    match policy {
        ReviewPolicy::ScoreOnly => "score-only",
        ReviewPolicy::Feedback => "feedback",
        ReviewPolicy::AnswersWhenDone => "answers-when-done",
    }
}

fn policy_of(code: &str) -> ReviewPolicy {
    match code {
        "score-only" => ReviewPolicy::ScoreOnly,
        "feedback" => ReviewPolicy::Feedback,
        _ => ReviewPolicy::AnswersWhenDone,
    }
}

fn key_json(key: &AnswerKey) -> sqlx::Result<String> {
    serde_json::to_string(key).map_err(|e| sqlx::Error::Encode(Box::new(e)))
}

fn key_of(json: &str) -> sqlx::Result<AnswerKey> {
    serde_json::from_str(json).map_err(|e| sqlx::Error::Decode(Box::new(e)))
}

/// Creates or updates a module's quiz in place: questions are matched by
/// their id, so attempts keep pointing at the same questions.
pub async fn save_definition(
    tx: &mut Transaction<'_, Sqlite>,
    module_id: i64,
    quiz: &QuizDefinition,
) -> sqlx::Result<i64> {
    let (quiz_id,): (i64,) = sqlx::query_as(
        "INSERT INTO quizzes (module_id, title, pass_mark, max_attempts, shuffle, review_policy)
         VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (module_id) DO UPDATE
         SET title = excluded.title, pass_mark = excluded.pass_mark, max_attempts = excluded.max_attempts,
             shuffle = excluded.shuffle, review_policy = excluded.review_policy
         RETURNING id",
    )
    .bind(module_id)
    .bind(&quiz.title)
    .bind(i64::from(quiz.pass_mark))
    .bind(quiz.max_attempts.map(i64::from))
    .bind(quiz.shuffle)
    .bind(policy_code(quiz.review))
    .fetch_one(&mut **tx)
    .await?;
    let mut kept = Vec::new();
    for (index, question) in quiz.questions.iter().enumerate() {
        let (id,): (i64,) = sqlx::query_as(
            "INSERT INTO quiz_questions (quiz_id, slug, position, prompt, explanation, points, answer_key)
             VALUES (?, ?, ?, ?, ?, ?, ?)
             ON CONFLICT (quiz_id, slug) DO UPDATE
             SET position = excluded.position, prompt = excluded.prompt, explanation = excluded.explanation,
                 points = excluded.points, answer_key = excluded.answer_key
             RETURNING id",
        )
        .bind(quiz_id)
        .bind(&question.id)
        .bind(index as i64 + 1)
        .bind(&question.prompt)
        .bind(&question.explanation)
        .bind(i64::from(question.points))
        .bind(key_json(&question.key)?)
        .fetch_one(&mut **tx)
        .await?;
        kept.push(id);
    }
    let existing: Vec<(i64,)> = sqlx::query_as("SELECT id FROM quiz_questions WHERE quiz_id = ?")
        .bind(quiz_id)
        .fetch_all(&mut **tx)
        .await?;
    for (id,) in existing.into_iter().filter(|(id,)| !kept.contains(id)) {
        sqlx::query("DELETE FROM quiz_questions WHERE id = ?")
            .bind(id)
            .execute(&mut **tx)
            .await?;
    }
    Ok(quiz_id)
}

/// Removes a module's quiz when nobody has attempted it. Returns false when
/// attempts exist (and nothing was removed).
pub async fn remove_unattempted(
    tx: &mut Transaction<'_, Sqlite>,
    module_id: i64,
) -> sqlx::Result<bool> {
    let (attempts,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM quiz_attempts a JOIN quizzes q ON q.id = a.quiz_id WHERE q.module_id = ?",
    )
    .bind(module_id)
    .fetch_one(&mut **tx)
    .await?;
    if attempts > 0 {
        return Ok(false);
    }
    sqlx::query("DELETE FROM quizzes WHERE module_id = ?")
        .bind(module_id)
        .execute(&mut **tx)
        .await?;
    Ok(true)
}

#[derive(sqlx::FromRow)]
struct QuizRow {
    id: i64,
    module_id: i64,
    title: String,
    pass_mark: i64,
    max_attempts: Option<i64>,
    shuffle: bool,
    review_policy: String,
}

#[derive(sqlx::FromRow)]
struct QuestionRow {
    id: i64,
    slug: String,
    prompt: String,
    explanation: String,
    points: i64,
    answer_key: String,
}

/// A stored quiz with its questions' row ids, in order.
pub struct StoredQuiz {
    pub id: i64,
    pub module_id: i64,
    pub definition: QuizDefinition,
    pub question_ids: Vec<i64>,
}

const QUIZ_COLUMNS: &str = "id, module_id, title, pass_mark, max_attempts, shuffle, review_policy";

/// The stored quiz `WHERE <column> = value`, with its questions.
async fn quiz_where(
    pool: &SqlitePool,
    column: &str,
    value: i64,
) -> sqlx::Result<Option<StoredQuiz>> {
    let row: Option<QuizRow> = sqlx::query_as(&format!(
        "SELECT {QUIZ_COLUMNS} FROM quizzes WHERE {column} = ?"
    ))
    .bind(value)
    .fetch_optional(pool)
    .await?;
    match row {
        Some(row) => Ok(Some(load(pool, row).await?)),
        None => Ok(None),
    }
}

async fn load(pool: &SqlitePool, row: QuizRow) -> sqlx::Result<StoredQuiz> {
    let questions: Vec<QuestionRow> = sqlx::query_as(
        "SELECT id, slug, prompt, explanation, points, answer_key FROM quiz_questions
         WHERE quiz_id = ? ORDER BY position, id",
    )
    .bind(row.id)
    .fetch_all(pool)
    .await?;
    let mut definitions = Vec::with_capacity(questions.len());
    let mut ids = Vec::with_capacity(questions.len());
    for q in questions {
        ids.push(q.id);
        definitions.push(QuestionDefinition {
            id: q.slug,
            prompt: q.prompt,
            explanation: q.explanation,
            points: u32::try_from(q.points).unwrap_or(1),
            key: key_of(&q.answer_key)?,
        });
    }
    Ok(StoredQuiz {
        id: row.id,
        module_id: row.module_id,
        definition: QuizDefinition {
            title: row.title,
            pass_mark: u8::try_from(row.pass_mark).unwrap_or(100),
            max_attempts: row.max_attempts.and_then(|n| u32::try_from(n).ok()),
            shuffle: row.shuffle,
            review: policy_of(&row.review_policy),
            questions: definitions,
        },
        question_ids: ids,
    })
}

pub async fn quiz_of_module(pool: &SqlitePool, module_id: i64) -> sqlx::Result<Option<StoredQuiz>> {
    quiz_where(pool, "module_id", module_id).await
}

pub async fn quiz_by_id(pool: &SqlitePool, quiz_id: i64) -> sqlx::Result<Option<StoredQuiz>> {
    quiz_where(pool, "id", quiz_id).await
}

/// What was answered and how it was graded, per question, kept with the attempt.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct QuestionOutcome {
    pub question: String,
    pub response: super::grading::Response,
    pub graded: super::grading::Graded,
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct AttemptRecord {
    pub id: i64,
    pub quiz_id: i64,
    pub enrolment_id: i64,
    pub number: i64,
    pub seed: i64,
    pub submitted_at: Option<String>,
    pub score_percent: Option<i64>,
    pub passed: Option<bool>,
    pub outcome: Option<String>,
}

impl AttemptRecord {
    pub fn outcomes(&self) -> Vec<QuestionOutcome> {
        self.outcome
            .as_deref()
            .and_then(|json| serde_json::from_str(json).ok())
            .unwrap_or_default()
    }
}

pub async fn attempt(pool: &SqlitePool, attempt_id: i64) -> sqlx::Result<Option<AttemptRecord>> {
    sqlx::query_as(
        "SELECT id, quiz_id, enrolment_id, number, seed, submitted_at, score_percent, passed, outcome
         FROM quiz_attempts WHERE id = ?",
    )
    .bind(attempt_id)
    .fetch_optional(pool)
    .await
}

/// Every attempt of one participant at one quiz, oldest first.
pub async fn attempts_of(
    pool: &SqlitePool,
    quiz_id: i64,
    enrolment_id: i64,
) -> sqlx::Result<Vec<AttemptRecord>> {
    sqlx::query_as(
        "SELECT id, quiz_id, enrolment_id, number, seed, submitted_at, score_percent, passed, outcome
         FROM quiz_attempts WHERE quiz_id = ? AND enrolment_id = ? ORDER BY number",
    )
    .bind(quiz_id)
    .bind(enrolment_id)
    .fetch_all(pool)
    .await
}

#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error("no attempts left")]
    NoAttemptsLeft,
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

/// The participant's open attempt, or a new one when attempts are left.
pub async fn start_attempt(
    pool: &SqlitePool,
    quiz_id: i64,
    enrolment_id: i64,
    max_attempts: Option<u32>,
    seed: i64,
) -> Result<i64, StartError> {
    let mut tx = crate::db::begin_write(pool).await?;
    let open: Option<(i64,)> = sqlx::query_as(
        "SELECT id FROM quiz_attempts WHERE quiz_id = ? AND enrolment_id = ? AND submitted_at IS NULL",
    )
    .bind(quiz_id)
    .bind(enrolment_id)
    .fetch_optional(&mut *tx)
    .await?;
    if let Some((id,)) = open {
        return Ok(id);
    }
    let (taken,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM quiz_attempts WHERE quiz_id = ? AND enrolment_id = ?")
            .bind(quiz_id)
            .bind(enrolment_id)
            .fetch_one(&mut *tx)
            .await?;
    if max_attempts.is_some_and(|max| taken >= i64::from(max)) {
        return Err(StartError::NoAttemptsLeft);
    }
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO quiz_attempts (quiz_id, enrolment_id, number, seed) VALUES (?, ?, ?, ?) RETURNING id",
    )
    .bind(quiz_id)
    .bind(enrolment_id)
    .bind(taken + 1)
    .bind(seed)
    .fetch_one(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// Records the graded submission once. Returns false when the attempt was
/// already submitted (a double click, the back button or a replay), in
/// which case nothing changes. A pass that completes the course's rules
/// issues the certificate in the same transaction.
pub async fn record_submission(
    pool: &SqlitePool,
    attempt_id: i64,
    score_percent: u32,
    passed: bool,
    outcomes: &[QuestionOutcome],
) -> sqlx::Result<bool> {
    let outcome = serde_json::to_string(outcomes).map_err(|e| sqlx::Error::Encode(Box::new(e)))?;
    let mut tx = crate::db::begin_write(pool).await?;
    let enrolment_id: Option<i64> = sqlx::query_scalar(
        "UPDATE quiz_attempts
         SET submitted_at = CURRENT_TIMESTAMP, score_percent = ?, passed = ?, outcome = ?
         WHERE id = ? AND submitted_at IS NULL
         RETURNING enrolment_id",
    )
    .bind(i64::from(score_percent))
    .bind(passed)
    .bind(outcome)
    .bind(attempt_id)
    .fetch_optional(&mut *tx)
    .await?;
    let Some(enrolment_id) = enrolment_id else {
        return Ok(false);
    };
    if passed {
        crate::certificates::award::award(&mut tx, enrolment_id).await?;
    }
    tx.commit().await?;
    Ok(true)
}

/// One participant of a cohort with one of their submitted attempts (or
/// none): (user id, full name, score, passed, outcome JSON).
pub type CohortAttemptRow = (i64, String, Option<i64>, Option<bool>, Option<String>);

/// Every participant of a cohort with their submitted attempts at a quiz,
/// in one query.
pub async fn cohort_attempts(
    pool: &SqlitePool,
    quiz_id: i64,
    cohort_id: i64,
) -> sqlx::Result<Vec<CohortAttemptRow>> {
    sqlx::query_as(
        "SELECT u.id, u.full_name, a.score_percent, a.passed, a.outcome
         FROM enrolments e
         JOIN users u ON u.id = e.user_id
         LEFT JOIN quiz_attempts a
                ON a.enrolment_id = e.id AND a.quiz_id = ? AND a.submitted_at IS NOT NULL
         WHERE e.cohort_id = ?
         ORDER BY u.full_name, u.id, a.number",
    )
    .bind(quiz_id)
    .bind(cohort_id)
    .fetch_all(pool)
    .await
}
