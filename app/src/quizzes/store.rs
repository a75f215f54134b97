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

async fn load(pool: &SqlitePool, row: QuizRow, module_id: i64) -> sqlx::Result<StoredQuiz> {
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
        module_id,
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
    let row: Option<QuizRow> = sqlx::query_as(
        "SELECT id, title, pass_mark, max_attempts, shuffle, review_policy FROM quizzes WHERE module_id = ?",
    )
    .bind(module_id)
    .fetch_optional(pool)
    .await?;
    match row {
        Some(row) => Ok(Some(load(pool, row, module_id).await?)),
        None => Ok(None),
    }
}

pub async fn quiz_by_id(pool: &SqlitePool, quiz_id: i64) -> sqlx::Result<Option<StoredQuiz>> {
    let row: Option<(i64,)> = sqlx::query_as("SELECT module_id FROM quizzes WHERE id = ?")
        .bind(quiz_id)
        .fetch_optional(pool)
        .await?;
    match row {
        Some((module_id,)) => quiz_of_module(pool, module_id).await,
        None => Ok(None),
    }
}
