//! What notices about sets need to know: names, who hears, and the rounds
//! and commitments that scheduled work announces.

use sqlx::{SqliteConnection, SqlitePool};

/// A set's name and a person's, as a notice shows them.
pub async fn names_for_notice(
    conn: &mut SqliteConnection,
    set_id: i64,
    user_id: i64,
) -> sqlx::Result<(String, String)> {
    sqlx::query_as(
        "SELECT s.name, u.full_name FROM learning_sets s, users u WHERE s.id = ? AND u.id = ?",
    )
    .bind(set_id)
    .bind(user_id)
    .fetch_one(conn)
    .await
}

/// Everyone who wrote in a thread.
pub async fn thread_authors(conn: &mut SqliteConnection, thread_id: i64) -> sqlx::Result<Vec<i64>> {
    sqlx::query_scalar("SELECT DISTINCT author_id FROM posts WHERE thread_id = ?")
        .bind(thread_id)
        .fetch_all(conn)
        .await
}

/// A set's active members and its current tutor.
pub async fn set_audience(conn: &mut SqliteConnection, set_id: i64) -> sqlx::Result<Vec<i64>> {
    sqlx::query_scalar(
        "SELECT m.user_id FROM set_members m
         JOIN enrolments e ON e.cohort_id = m.cohort_id AND e.user_id = m.user_id
         WHERE m.set_id = ?1 AND e.status = 'active'
         UNION SELECT user_id FROM current_set_tutors WHERE set_id = ?1",
    )
    .bind(set_id)
    .fetch_all(conn)
    .await
}

/// A round that is open today, to announce.
#[derive(sqlx::FromRow)]
pub struct OpenRound {
    pub id: i64,
    pub set_id: i64,
    pub set_name: String,
    pub number: i64,
    pub title: String,
    pub opens_on: String,
    pub closes_on: String,
}

/// Rounds open on `today`.
pub async fn rounds_open_on(pool: &SqlitePool, today: &str) -> sqlx::Result<Vec<OpenRound>> {
    sqlx::query_as(
        "SELECT r.id, r.set_id, s.name AS set_name, r.number, r.title, r.opens_on, r.closes_on
         FROM rounds r JOIN learning_sets s ON s.id = r.set_id
         WHERE r.opens_on <= ?1 AND r.closes_on >= ?1 AND r.closed_at IS NULL",
    )
    .bind(today)
    .fetch_all(pool)
    .await
}

/// The names of a round's presenters.
pub async fn presenter_names(
    conn: &mut SqliteConnection,
    round_id: i64,
) -> sqlx::Result<Vec<String>> {
    sqlx::query_scalar(
        "SELECT u.full_name FROM round_presenters p JOIN users u ON u.id = p.user_id
         WHERE p.round_id = ? ORDER BY u.full_name",
    )
    .bind(round_id)
    .fetch_all(conn)
    .await
}

/// An action commitment without a report-back, due between two dates.
#[derive(sqlx::FromRow)]
pub struct PendingCommitment {
    pub id: i64,
    pub set_id: i64,
    pub set_name: String,
    pub presenter_id: i64,
    pub action: String,
    pub due_on: String,
}

/// Commitments due from `first` to `last` (inclusive) with no report-back,
/// of presenters still active in their cohort.
pub async fn commitments_due(
    pool: &SqlitePool,
    first: &str,
    last: &str,
) -> sqlx::Result<Vec<PendingCommitment>> {
    sqlx::query_as(
        "SELECT c.id, c.set_id, s.name AS set_name, c.presenter_id, c.action, c.due_on
         FROM action_commitments c JOIN learning_sets s ON s.id = c.set_id
         JOIN enrolments e ON e.cohort_id = s.cohort_id AND e.user_id = c.presenter_id
         WHERE c.due_on BETWEEN ? AND ? AND e.status = 'active'
           AND NOT EXISTS (SELECT 1 FROM report_backs b WHERE b.commitment_id = c.id)",
    )
    .bind(first)
    .bind(last)
    .fetch_all(pool)
    .await
}
