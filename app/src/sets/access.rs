//! Who may see a set: its active members, its tutor and administrators.
//! Everyone else is told it does not exist, whatever they ask for, so that
//! not even a set's existence leaks.

use super::Viewer;
use crate::accounts::CurrentUser;
use crate::error::AppError;
use crate::t;
use sqlx::SqlitePool;

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct SetRecord {
    pub id: i64,
    pub cohort_id: i64,
    pub name: String,
    /// Its tutor while they are a current tutor of the cohort
    /// (`current_set_tutors`): the only tutor the set's access rules know.
    pub tutor_id: Option<i64>,
    pub cohort_name: String,
    pub cohort_ends_on: String,
    pub course_title: String,
}

pub async fn set_record(pool: &SqlitePool, set_id: i64) -> sqlx::Result<Option<SetRecord>> {
    sqlx::query_as(
        "SELECT s.id, s.cohort_id, s.name, t.user_id AS tutor_id, co.name AS cohort_name,
                co.ends_on AS cohort_ends_on, c.title AS course_title
         FROM learning_sets s JOIN cohorts co ON co.id = s.cohort_id
         JOIN courses c ON c.id = co.course_id
         LEFT JOIN current_set_tutors t ON t.set_id = s.id
         WHERE s.id = ?",
    )
    .bind(set_id)
    .fetch_optional(pool)
    .await
}

/// Whether `user_id` is an active member of the set: in it, and still
/// enrolled in its cohort.
pub async fn is_member(pool: &SqlitePool, user_id: i64, set_id: i64) -> sqlx::Result<bool> {
    let row: Option<(i64,)> = sqlx::query_as(
        "SELECT 1 FROM set_members m
         JOIN enrolments e ON e.cohort_id = m.cohort_id AND e.user_id = m.user_id
         WHERE m.set_id = ? AND m.user_id = ? AND e.status = 'active'",
    )
    .bind(set_id)
    .bind(user_id)
    .fetch_optional(pool)
    .await?;
    Ok(row.is_some())
}

/// The set and how the caller sees it, or not found.
pub async fn enter(
    pool: &SqlitePool,
    user: &CurrentUser,
    set_id: i64,
) -> Result<(SetRecord, Viewer), AppError> {
    let set = set_record(pool, set_id).await?.ok_or(AppError::NotFound)?;
    let viewer = if set.tutor_id == Some(user.id) {
        Viewer::Tutor
    } else if user.is_administrator() {
        Viewer::Administrator
    } else if is_member(pool, user.id, set_id).await? {
        Viewer::Member
    } else {
        return Err(AppError::NotFound);
    };
    Ok((set, viewer))
}

/// The set, if the caller may write in it: members only while their
/// cohort runs (after its end the set is read-only for them).
pub async fn enter_to_write(
    pool: &SqlitePool,
    user: &CurrentUser,
    set_id: i64,
) -> Result<(SetRecord, Viewer), AppError> {
    let (set, viewer) = enter(pool, user, set_id).await?;
    if viewer == Viewer::Member && set.cohort_ends_on < crate::dates::today() {
        return Err(AppError::Refused(t!(
            "msg-set-read-only",
            ended = crate::i18n::date(&set.cohort_ends_on)
        )));
    }
    Ok((set, viewer))
}

/// The set, if the caller moderates it (its tutor or an administrator).
pub async fn moderate(
    pool: &SqlitePool,
    user: &CurrentUser,
    set_id: i64,
) -> Result<SetRecord, AppError> {
    match enter(pool, user, set_id).await? {
        (set, viewer) if viewer.moderates() => Ok(set),
        _ => Err(AppError::Forbidden),
    }
}
