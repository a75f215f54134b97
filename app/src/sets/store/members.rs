//! Who is in which set of a cohort, and who tutors it.

use super::errors::{Refusal, SetError};
use crate::cohorts::store::CohortRecord;
use crate::db::begin_write;
use crate::sets::{CohortSets, MemberView, SetSummary};
use sqlx::SqlitePool;

#[derive(sqlx::FromRow)]
pub(super) struct MemberRow {
    pub set_id: Option<i64>,
    pub user_id: i64,
    pub full_name: String,
    pub country: String,
    pub cadre: String,
}

impl From<&MemberRow> for MemberView {
    fn from(row: &MemberRow) -> Self {
        MemberView {
            user_id: row.user_id,
            full_name: row.full_name.clone(),
            country: row.country.clone(),
            cadre: row.cadre.clone(),
        }
    }
}

/// The cohort's active participants, each with their set if they have one.
pub(super) async fn participants(
    pool: &SqlitePool,
    cohort_id: i64,
) -> sqlx::Result<Vec<MemberRow>> {
    sqlx::query_as(
        "SELECT m.set_id, u.id AS user_id, u.full_name, u.country, u.cadre
         FROM enrolments e JOIN users u ON u.id = e.user_id
         LEFT JOIN set_members m ON m.cohort_id = e.cohort_id AND m.user_id = e.user_id
         WHERE e.cohort_id = ? AND e.status = 'active'
         ORDER BY u.full_name, u.id",
    )
    .bind(cohort_id)
    .fetch_all(pool)
    .await
}

pub async fn cohort_sets(pool: &SqlitePool, cohort: &CohortRecord) -> sqlx::Result<CohortSets> {
    let sets: Vec<(i64, String, Option<i64>, Option<String>)> = sqlx::query_as(
        "SELECT s.id, s.name, t.user_id, u.full_name FROM learning_sets s
         LEFT JOIN current_set_tutors t ON t.set_id = s.id
         LEFT JOIN users u ON u.id = t.user_id
         WHERE s.cohort_id = ? ORDER BY s.id",
    )
    .bind(cohort.id)
    .fetch_all(pool)
    .await?;
    let people = participants(pool, cohort.id).await?;
    let (set_size, has_proposal): (i64, bool) = sqlx::query_as(
        "SELECT set_size, EXISTS (SELECT 1 FROM set_proposals WHERE cohort_id = cohorts.id)
         FROM cohorts WHERE id = ?",
    )
    .bind(cohort.id)
    .fetch_one(pool)
    .await?;
    let tutors = crate::cohorts::store::tutors(pool, cohort.id)
        .await?
        .into_iter()
        .map(|t| (t.id, t.full_name))
        .collect();
    Ok(CohortSets {
        cohort_id: cohort.id,
        cohort_name: cohort.name.clone(),
        course_title: cohort.course_title.clone(),
        set_size,
        sets: sets
            .into_iter()
            .map(|(id, name, tutor_id, tutor_name)| SetSummary {
                id,
                name,
                tutor_id,
                tutor_name,
                members: people
                    .iter()
                    .filter(|p| p.set_id == Some(id))
                    .map(MemberView::from)
                    .collect(),
            })
            .collect(),
        unassigned: people
            .iter()
            .filter(|p| p.set_id.is_none())
            .map(MemberView::from)
            .collect(),
        tutors,
        has_proposal,
    })
}

async fn check_tutor(
    pool: &SqlitePool,
    cohort_id: i64,
    tutor_id: Option<i64>,
) -> Result<(), SetError> {
    if let Some(tutor_id) = tutor_id {
        if !crate::cohorts::store::is_tutor(pool, tutor_id, cohort_id).await? {
            return Err(Refusal::TutorNotInCohort.into());
        }
    }
    Ok(())
}

pub async fn create_set(
    pool: &SqlitePool,
    cohort_id: i64,
    name: &str,
    tutor_id: Option<i64>,
) -> Result<i64, SetError> {
    check_tutor(pool, cohort_id, tutor_id).await?;
    let done =
        sqlx::query("INSERT INTO learning_sets (cohort_id, name, tutor_id) VALUES (?, ?, ?)")
            .bind(cohort_id)
            .bind(name)
            .bind(tutor_id)
            .execute(pool)
            .await;
    match done {
        Ok(done) => Ok(done.last_insert_rowid()),
        Err(sqlx::Error::Database(e)) if e.is_unique_violation() => Err(Refusal::NameTaken.into()),
        Err(e) => Err(e.into()),
    }
}

pub async fn set_tutor(
    pool: &SqlitePool,
    cohort_id: i64,
    set_id: i64,
    tutor_id: Option<i64>,
) -> Result<(), SetError> {
    check_tutor(pool, cohort_id, tutor_id).await?;
    sqlx::query("UPDATE learning_sets SET tutor_id = ? WHERE id = ? AND cohort_id = ?")
        .bind(tutor_id)
        .bind(set_id)
        .bind(cohort_id)
        .execute(pool)
        .await?;
    Ok(())
}

/// Puts a participant of the cohort into one of its sets (moving them out
/// of any other), or takes them out of their set when `set_id` is `None`.
pub async fn place_member(
    pool: &SqlitePool,
    cohort_id: i64,
    user_id: i64,
    set_id: Option<i64>,
) -> Result<(), SetError> {
    let mut tx = begin_write(pool).await?;
    let enrolled: Option<(i64,)> = sqlx::query_as(
        "SELECT 1 FROM enrolments WHERE cohort_id = ? AND user_id = ? AND status = 'active'",
    )
    .bind(cohort_id)
    .bind(user_id)
    .fetch_optional(&mut *tx)
    .await?;
    if enrolled.is_none() {
        return Err(Refusal::MemberNotEnrolled.into());
    }
    sqlx::query("DELETE FROM set_members WHERE cohort_id = ? AND user_id = ?")
        .bind(cohort_id)
        .bind(user_id)
        .execute(&mut *tx)
        .await?;
    if let Some(set_id) = set_id {
        let (members, set_size): (i64, i64) = sqlx::query_as(
            "SELECT (SELECT COUNT(*) FROM set_members WHERE set_id = ?), set_size
             FROM cohorts WHERE id = ?",
        )
        .bind(set_id)
        .bind(cohort_id)
        .fetch_one(&mut *tx)
        .await?;
        if members >= set_size {
            return Err(Refusal::SetFull { size: set_size }.into());
        }
        let done = sqlx::query(
            "INSERT INTO set_members (set_id, cohort_id, user_id)
             SELECT id, cohort_id, ? FROM learning_sets WHERE id = ? AND cohort_id = ?",
        )
        .bind(user_id)
        .bind(set_id)
        .bind(cohort_id)
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() == 0 {
            return Err(SetError::NotFound);
        }
    }
    tx.commit().await?;
    Ok(())
}

pub async fn members(pool: &SqlitePool, set_id: i64) -> sqlx::Result<Vec<MemberView>> {
    let rows: Vec<MemberRow> = sqlx::query_as(
        "SELECT m.set_id, u.id AS user_id, u.full_name, u.country, u.cadre
         FROM set_members m JOIN users u ON u.id = m.user_id
         JOIN enrolments e ON e.cohort_id = m.cohort_id AND e.user_id = m.user_id
         WHERE m.set_id = ? AND e.status = 'active'
         ORDER BY u.full_name",
    )
    .bind(set_id)
    .fetch_all(pool)
    .await?;
    Ok(rows.iter().map(MemberView::from).collect())
}
