//! Action commitments and the report-backs on them.

use super::errors::{Refusal, SetError};
use super::posts::{insert_post, NewPost, PostKind, PostRecord};
use crate::dates::today;
use crate::sets::domain::{CommitmentDraft, PostBody};
use crate::sets::{CommitmentView, Outcome, PostView, ReportBackView};
use sqlx::{SqliteConnection, SqlitePool};
use std::collections::HashMap;

pub async fn add_commitment(
    pool: &SqlitePool,
    challenge: &PostRecord,
    draft: &CommitmentDraft,
) -> sqlx::Result<i64> {
    Ok(sqlx::query(
        "INSERT INTO action_commitments (set_id, round_id, challenge_id, presenter_id, action, due_on)
         VALUES (?, ?, ?, ?, ?, ?)",
    )
    .bind(challenge.set_id)
    .bind(challenge.round_id)
    .bind(challenge.id)
    .bind(challenge.author_id)
    .bind(&draft.action)
    .bind(&draft.due_on)
    .execute(pool)
    .await?
    .last_insert_rowid())
}

#[derive(sqlx::FromRow)]
pub struct CommitmentRecord {
    pub id: i64,
    pub set_id: i64,
    pub round_id: i64,
    pub round_number: i64,
    pub challenge_id: i64,
    pub presenter_id: i64,
    pub presenter_name: String,
    pub action: String,
    pub due_on: String,
    pub report_post_id: Option<i64>,
    pub outcome: Option<Outcome>,
    pub report_round_number: Option<i64>,
}

const COMMITMENT: &str =
    "SELECT c.id, c.set_id, c.round_id, r.number AS round_number, c.challenge_id,
        c.presenter_id, u.full_name AS presenter_name, c.action, c.due_on,
        b.post_id AS report_post_id, b.outcome, rr.number AS report_round_number
     FROM action_commitments c JOIN rounds r ON r.id = c.round_id
     JOIN users u ON u.id = c.presenter_id
     LEFT JOIN report_backs b ON b.commitment_id = c.id
     LEFT JOIN posts bp ON bp.id = b.post_id
     LEFT JOIN rounds rr ON rr.id = bp.round_id";

pub async fn commitment(pool: &SqlitePool, id: i64) -> sqlx::Result<Option<CommitmentRecord>> {
    sqlx::query_as(&format!("{COMMITMENT} WHERE c.id = ?"))
        .bind(id)
        .fetch_optional(pool)
        .await
}

pub async fn set_commitments(
    pool: &SqlitePool,
    set_id: i64,
) -> sqlx::Result<Vec<CommitmentRecord>> {
    sqlx::query_as(&format!("{COMMITMENT} WHERE c.set_id = ? ORDER BY c.id"))
        .bind(set_id)
        .fetch_all(pool)
        .await
}

impl CommitmentRecord {
    /// Whether `presenter` is asked, in round `round_number`, to report
    /// back on this commitment: theirs, made in an earlier round, not yet
    /// reported on, and due by `today` (asking for a report on an action
    /// committed to minutes before, or due next month, confuses).
    pub fn awaits_report(&self, presenter: i64, round_number: i64, today: &str) -> bool {
        self.presenter_id == presenter
            && self.report_post_id.is_none()
            && self.round_number < round_number
            && self.due_on.as_str() <= today
    }

    pub fn view(&self, posts: &HashMap<i64, PostView>) -> CommitmentView {
        let report_back = match (self.report_post_id, self.outcome) {
            (Some(post_id), Some(outcome)) => posts.get(&post_id).map(|post| ReportBackView {
                outcome,
                round_number: self.report_round_number.unwrap_or_default(),
                post: post.clone(),
            }),
            _ => None,
        };
        CommitmentView {
            id: self.id,
            round_number: self.round_number,
            action: self.action.clone(),
            due_on: self.due_on.clone(),
            overdue: self.report_post_id.is_none() && self.due_on < today(),
            report_back,
        }
    }
}

/// Posts a report-back on a commitment, once, on the caller's transaction.
pub async fn insert_report_back(
    conn: &mut SqliteConnection,
    commitment: &CommitmentRecord,
    round_id: i64,
    outcome: Outcome,
    body: &PostBody,
) -> Result<i64, SetError> {
    let post_id = insert_post(
        &mut *conn,
        &NewPost {
            set_id: commitment.set_id,
            author_id: commitment.presenter_id,
            kind: PostKind::ReportBack,
            round_id: Some(round_id),
            thread_id: None,
            parent_id: Some(commitment.challenge_id),
        },
        body,
    )
    .await?;
    let done = sqlx::query(
        "INSERT INTO report_backs (commitment_id, post_id, outcome) VALUES (?, ?, ?)
         ON CONFLICT DO NOTHING",
    )
    .bind(commitment.id)
    .bind(post_id)
    .bind(outcome)
    .execute(&mut *conn)
    .await?;
    if done.rows_affected() == 0 {
        return Err(Refusal::AlreadyReported.into());
    }
    Ok(post_id)
}
