//! What a person's home page shows of their sets.

use super::errors::UNREAD;
use crate::dates::today;
use crate::sets::{MyCommitment, MySet};
use sqlx::SqlitePool;

/// The sets a person sees on their home page, with what they have not read.
pub async fn my_sets(pool: &SqlitePool, user_id: i64) -> sqlx::Result<Vec<MySet>> {
    let rows: Vec<(i64, String, String)> = sqlx::query_as(
        "SELECT s.id, s.name, c.title FROM learning_sets s
         JOIN cohorts co ON co.id = s.cohort_id JOIN courses c ON c.id = co.course_id
         WHERE s.id IN (
             SELECT t.set_id FROM current_set_tutors t WHERE t.user_id = ?
             UNION
             SELECT m.set_id FROM set_members m
             JOIN enrolments e ON e.cohort_id = m.cohort_id AND e.user_id = m.user_id
             WHERE m.user_id = ? AND e.status = 'active')
         ORDER BY s.id DESC",
    )
    .bind(user_id)
    .bind(user_id)
    .fetch_all(pool)
    .await?;
    let mut sets = Vec::with_capacity(rows.len());
    for (id, name, course_title) in rows {
        let (unread,): (i64,) = sqlx::query_as(&format!("{UNREAD} AND p.set_id = ?"))
            .bind(user_id)
            .bind(user_id)
            .bind(id)
            .fetch_one(pool)
            .await?;
        sets.push(MySet {
            id,
            name,
            course_title,
            unread,
        });
    }
    Ok(sets)
}

/// A presenter's commitments without a report-back, soonest first.
pub async fn my_commitments(pool: &SqlitePool, user_id: i64) -> sqlx::Result<Vec<MyCommitment>> {
    let rows: Vec<(i64, String, String, String)> = sqlx::query_as(
        "SELECT s.id, s.name, c.action, c.due_on FROM action_commitments c
         JOIN learning_sets s ON s.id = c.set_id
         WHERE c.presenter_id = ? AND c.id NOT IN (SELECT commitment_id FROM report_backs)
         ORDER BY c.due_on, c.id",
    )
    .bind(user_id)
    .fetch_all(pool)
    .await?;
    let today = today();
    Ok(rows
        .into_iter()
        .map(|(set_id, set_name, action, due_on)| MyCommitment {
            overdue: due_on < today,
            set_id,
            set_name,
            action,
            due_on,
        })
        .collect())
}
