//! All SQL about running cohorts: settings, tutors, enrolment, withdrawal
//! and waiting lists.
//!
//! Every change to who is enrolled runs in a `BEGIN IMMEDIATE` transaction,
//! so that two requests cannot both take the last place of a cohort.

use super::domain::{CohortSettings, EnrolmentKey};
use super::{
    CohortSettingsView, EnrolmentStatus, PersonRef, RosterEntry, TutoredCohort, WaitingEntry,
    WaitingPlace,
};
use crate::accounts::Role;
use crate::audit::store::{self as audit, AuditEvent};
use crate::audit::AuditAction;
use crate::dates::today;
use crate::db::begin_write;
use crate::language::Language;
use crate::notifications::domain::{Notice, NoticeKind};
use crate::notifications::store as notices;
use sqlx::{Sqlite, SqliteConnection, SqlitePool};

/// A cohort with its course, as the server needs it.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct CohortRecord {
    pub id: i64,
    pub course_id: i64,
    pub course_slug: String,
    pub course_title: String,
    pub course_published: bool,
    pub name: String,
    pub starts_on: String,
    pub ends_on: String,
    pub enrolment_open: bool,
    pub capacity: Option<i64>,
    pub enrolment_key: Option<String>,
    pub language: Language,
    pub at_risk_days: i64,
    pub set_size: i64,
}

impl CohortRecord {
    pub fn key(&self) -> Option<EnrolmentKey> {
        self.enrolment_key
            .as_deref()
            .and_then(|k| EnrolmentKey::parse(k).ok())
    }

    pub fn view(&self) -> CohortSettingsView {
        CohortSettingsView {
            name: self.name.clone(),
            starts_on: self.starts_on.clone(),
            ends_on: self.ends_on.clone(),
            enrolment_open: self.enrolment_open,
            capacity: self.capacity,
            enrolment_key: self.enrolment_key.clone(),
            language: self.language,
            at_risk_days: self.at_risk_days,
            set_size: self.set_size,
        }
    }
}

const COHORT_RECORD: &str = "SELECT co.id, co.course_id, c.slug AS course_slug,
        c.title AS course_title, c.published AS course_published, co.name, co.starts_on,
        co.ends_on, co.enrolment_open, co.capacity, co.enrolment_key, co.language,
        co.at_risk_days, co.set_size
     FROM cohorts co JOIN courses c ON c.id = co.course_id
     WHERE co.id = ?";

pub async fn cohort(pool: &SqlitePool, cohort_id: i64) -> sqlx::Result<Option<CohortRecord>> {
    sqlx::query_as(COHORT_RECORD)
        .bind(cohort_id)
        .fetch_optional(pool)
        .await
}

async fn cohort_in(
    conn: &mut SqliteConnection,
    cohort_id: i64,
) -> sqlx::Result<Option<CohortRecord>> {
    sqlx::query_as(COHORT_RECORD)
        .bind(cohort_id)
        .fetch_optional(conn)
        .await
}

type Query<'q> = sqlx::query::Query<'q, Sqlite, sqlx::sqlite::SqliteArguments<'q>>;

/// Binds a cohort's settings in the order of the columns name, starts_on,
/// ends_on, enrolment_open, capacity, enrolment_key, language, at_risk_days,
/// set_size.
fn bind_settings<'q>(query: Query<'q>, settings: &'q CohortSettings) -> Query<'q> {
    query
        .bind(&settings.name)
        .bind(&settings.starts_on)
        .bind(&settings.ends_on)
        .bind(settings.enrolment_open)
        .bind(settings.capacity)
        .bind(settings.enrolment_key.as_ref().map(EnrolmentKey::as_str))
        .bind(settings.language.code())
        .bind(settings.at_risk_days)
        .bind(settings.set_size)
}

pub async fn create(
    pool: &SqlitePool,
    course_id: i64,
    settings: &CohortSettings,
) -> sqlx::Result<i64> {
    let query = sqlx::query(
        "INSERT INTO cohorts (course_id, name, starts_on, ends_on, enrolment_open, capacity,
                              enrolment_key, language, at_risk_days, set_size)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(course_id);
    let done = bind_settings(query, settings).execute(pool).await?;
    Ok(done.last_insert_rowid())
}

#[derive(Debug, thiserror::Error)]
pub enum CohortError {
    #[error("no such cohort")]
    NotFound,
    #[error("{0} participants are enrolled, more than that capacity")]
    BelowEnrolled(i64),
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

/// Saves a cohort's settings; when places open up (a higher capacity, or
/// none), people on the waiting list are enrolled in order.
pub async fn update(
    pool: &SqlitePool,
    cohort_id: i64,
    settings: &CohortSettings,
) -> Result<(), CohortError> {
    let mut tx = begin_write(pool).await?;
    cohort_in(&mut tx, cohort_id)
        .await?
        .ok_or(CohortError::NotFound)?;
    let enrolled = active_count(&mut tx, cohort_id).await?;
    if settings.capacity.is_some_and(|c| c < enrolled) {
        return Err(CohortError::BelowEnrolled(enrolled));
    }
    bind_settings(
        sqlx::query(
            "UPDATE cohorts SET name = ?, starts_on = ?, ends_on = ?, enrolment_open = ?,
                    capacity = ?, enrolment_key = ?, language = ?, at_risk_days = ?, set_size = ?
             WHERE id = ?",
        ),
        settings,
    )
    .bind(cohort_id)
    .execute(&mut *tx)
    .await?;
    promote_waiting(&mut tx, cohort_id).await?;
    tx.commit().await?;
    Ok(())
}

/// Opens or closes enrolment; returns the course's id.
pub async fn set_open(pool: &SqlitePool, cohort_id: i64, open: bool) -> sqlx::Result<Option<i64>> {
    let row: Option<(i64,)> =
        sqlx::query_as("UPDATE cohorts SET enrolment_open = ? WHERE id = ? RETURNING course_id")
            .bind(open)
            .bind(cohort_id)
            .fetch_optional(pool)
            .await?;
    Ok(row.map(|(course_id,)| course_id))
}

pub async fn tutors(pool: &SqlitePool, cohort_id: i64) -> sqlx::Result<Vec<PersonRef>> {
    let rows: Vec<(i64, String, String)> = sqlx::query_as(
        "SELECT u.id, u.full_name, u.email FROM current_cohort_tutors t JOIN users u ON u.id = t.user_id
         WHERE t.cohort_id = ? ORDER BY u.full_name",
    )
    .bind(cohort_id)
    .fetch_all(pool)
    .await?;
    Ok(rows.into_iter().map(person).collect())
}

/// Active tutors and administrators not yet tutoring this cohort.
pub async fn tutor_candidates(pool: &SqlitePool, cohort_id: i64) -> sqlx::Result<Vec<PersonRef>> {
    let rows: Vec<(i64, String, String)> = sqlx::query_as(
        "SELECT u.id, u.full_name, u.email FROM users u
         WHERE u.active = TRUE AND u.role IN ('tutor', 'administrator')
           AND u.id NOT IN (SELECT user_id FROM cohort_tutors WHERE cohort_id = ?)
         ORDER BY u.full_name",
    )
    .bind(cohort_id)
    .fetch_all(pool)
    .await?;
    Ok(rows.into_iter().map(person).collect())
}

fn person((id, full_name, email): (i64, String, String)) -> PersonRef {
    PersonRef {
        id,
        full_name,
        email,
    }
}

#[derive(Debug, thiserror::Error)]
pub enum TutorError {
    #[error("only tutors and administrators can tutor a cohort")]
    NotATutor,
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

pub async fn assign_tutor(
    pool: &SqlitePool,
    cohort_id: i64,
    user_id: i64,
) -> Result<(), TutorError> {
    let role: Option<(String,)> =
        sqlx::query_as("SELECT role FROM users WHERE id = ? AND active = TRUE")
            .bind(user_id)
            .fetch_optional(pool)
            .await?;
    match role.as_ref().and_then(|(r,)| Role::parse(r)) {
        Some(Role::Tutor | Role::Administrator) => {}
        _ => return Err(TutorError::NotATutor),
    }
    sqlx::query(
        "INSERT INTO cohort_tutors (cohort_id, user_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
    )
    .bind(cohort_id)
    .bind(user_id)
    .execute(pool)
    .await?;
    Ok(())
}

/// Removes a tutor from the cohort and from the cohort's sets they tutored.
pub async fn remove_tutor(pool: &SqlitePool, cohort_id: i64, user_id: i64) -> sqlx::Result<()> {
    let mut tx = begin_write(pool).await?;
    sqlx::query("DELETE FROM cohort_tutors WHERE cohort_id = ? AND user_id = ?")
        .bind(cohort_id)
        .bind(user_id)
        .execute(&mut *tx)
        .await?;
    sqlx::query("UPDATE learning_sets SET tutor_id = NULL WHERE cohort_id = ? AND tutor_id = ?")
        .bind(cohort_id)
        .bind(user_id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await
}

pub async fn is_tutor(pool: &SqlitePool, user_id: i64, cohort_id: i64) -> sqlx::Result<bool> {
    let row: Option<(i64,)> =
        sqlx::query_as("SELECT 1 FROM current_cohort_tutors WHERE user_id = ? AND cohort_id = ?")
            .bind(user_id)
            .bind(cohort_id)
            .fetch_optional(pool)
            .await?;
    Ok(row.is_some())
}

/// The cohorts a person tutors, newest first.
pub async fn tutored_by(pool: &SqlitePool, user_id: i64) -> sqlx::Result<Vec<TutoredCohort>> {
    let rows: Vec<(i64, String, String, i64)> = sqlx::query_as(
        "SELECT co.id, co.name, c.title,
                (SELECT COUNT(*) FROM enrolments e WHERE e.cohort_id = co.id AND e.status = 'active')
         FROM current_cohort_tutors t JOIN cohorts co ON co.id = t.cohort_id
         JOIN courses c ON c.id = co.course_id
         WHERE t.user_id = ? ORDER BY co.starts_on DESC, co.id DESC",
    )
    .bind(user_id)
    .fetch_all(pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(
            |(cohort_id, cohort_name, course_title, enrolled)| TutoredCohort {
                cohort_id,
                cohort_name,
                course_title,
                enrolled,
            },
        )
        .collect())
}

pub(crate) async fn active_count(conn: &mut SqliteConnection, cohort_id: i64) -> sqlx::Result<i64> {
    let (count,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM enrolments WHERE cohort_id = ? AND status = 'active'")
            .bind(cohort_id)
            .fetch_one(conn)
            .await?;
    Ok(count)
}

/// The active participants of a cohort, of those in `user_ids`.
pub(crate) async fn active_among(
    conn: &mut SqliteConnection,
    cohort_id: i64,
    user_ids: &[i64],
) -> sqlx::Result<Vec<i64>> {
    let mut active = Vec::new();
    for user_id in user_ids {
        if let Some((_, status)) = enrolment_of(conn, *user_id, cohort_id).await? {
            if status == "active" {
                active.push(*user_id);
            }
        }
    }
    Ok(active)
}

async fn waiting_count(conn: &mut SqliteConnection, cohort_id: i64) -> sqlx::Result<i64> {
    let (count,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM waiting_list WHERE cohort_id = ?")
        .bind(cohort_id)
        .fetch_one(conn)
        .await?;
    Ok(count)
}

pub async fn counts(pool: &SqlitePool, cohort_id: i64) -> sqlx::Result<(i64, i64)> {
    let mut conn = pool.acquire().await?;
    Ok((
        active_count(&mut conn, cohort_id).await?,
        waiting_count(&mut conn, cohort_id).await?,
    ))
}

/// How an enrolment came about, as stored in `enrolments.source`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    SelfService,
    Administrator,
    Roster,
    WaitingList,
}

impl Source {
    fn as_str(self) -> &'static str {
        match self {
            Source::SelfService => "self",
            Source::Administrator => "administrator",
            Source::Roster => "roster",
            Source::WaitingList => "waiting-list",
        }
    }
}

#[derive(Debug, PartialEq, Eq)]
pub enum EnrolOutcome {
    Enrolled,
    Reinstated,
    AlreadyEnrolled,
    /// The cohort is full: on the waiting list at this position.
    Waiting(i64),
}

#[derive(Debug, thiserror::Error)]
pub enum EnrolError {
    #[error("no such cohort")]
    NoSuchCohort,
    #[error("no account with this email")]
    NoSuchAccount,
    #[error("enrolment in this cohort is closed")]
    Closed,
    #[error("the cohort has ended")]
    Ended,
    #[error("wrong enrolment key")]
    WrongKey,
    /// Withdrawn by the cohort's administrators: only they reinstate.
    #[error("withdrawn from this cohort")]
    Withdrawn,
    /// Too many wrong keys: try again in this many minutes.
    #[error("too many wrong enrolment keys")]
    KeyPaused(i64),
    #[error("the cohort is full")]
    Full(i64),
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

async fn enrolment_of(
    conn: &mut SqliteConnection,
    user_id: i64,
    cohort_id: i64,
) -> sqlx::Result<Option<(i64, String)>> {
    sqlx::query_as("SELECT id, status FROM enrolments WHERE cohort_id = ? AND user_id = ?")
        .bind(cohort_id)
        .bind(user_id)
        .fetch_optional(conn)
        .await
}

async fn record_change(
    conn: &mut SqliteConnection,
    enrolment_id: i64,
    change: &str,
    changed_by: Option<i64>,
) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO enrolment_changes (enrolment_id, change, changed_by) VALUES (?, ?, ?)",
    )
    .bind(enrolment_id)
    .bind(change)
    .bind(changed_by)
    .execute(conn)
    .await?;
    Ok(())
}

/// Tells a person of a change to their place in a cohort, on the change's
/// transaction. A roster's newcomer is not told: their invitation says it.
async fn tell_participant(
    conn: &mut SqliteConnection,
    user_id: i64,
    cohort_id: i64,
    kind: NoticeKind,
) -> sqlx::Result<()> {
    let (cohort, course, slug, newcomer): (String, String, String, bool) = sqlx::query_as(
        "SELECT c.name, co.title, co.slug,
                (SELECT password_hash = '' FROM users WHERE id = ?)
         FROM cohorts c JOIN courses co ON co.id = c.course_id WHERE c.id = ?",
    )
    .bind(user_id)
    .bind(cohort_id)
    .fetch_one(&mut *conn)
    .await?;
    if newcomer {
        return Ok(());
    }
    let notice = Notice::new(kind, format!("/courses/{slug}"), course.as_str())
        .with("cohort", cohort)
        .with("course", course);
    notices::record(conn, user_id, &notice).await
}

/// Makes `user_id` an active participant of the cohort, reinstating an
/// earlier withdrawn enrolment (and its progress) when there is one.
/// Capacity is the caller's business.
pub(crate) async fn activate(
    conn: &mut SqliteConnection,
    user_id: i64,
    cohort_id: i64,
    source: Source,
    changed_by: Option<i64>,
    requested_set: Option<&str>,
) -> sqlx::Result<EnrolOutcome> {
    sqlx::query("DELETE FROM waiting_list WHERE cohort_id = ? AND user_id = ?")
        .bind(cohort_id)
        .bind(user_id)
        .execute(&mut *conn)
        .await?;
    match enrolment_of(conn, user_id, cohort_id).await? {
        Some((_, status)) if status == "active" => Ok(EnrolOutcome::AlreadyEnrolled),
        Some((enrolment_id, _)) => {
            sqlx::query("UPDATE enrolments SET status = 'active', source = ? WHERE id = ?")
                .bind(source.as_str())
                .bind(enrolment_id)
                .execute(&mut *conn)
                .await?;
            record_change(conn, enrolment_id, "reinstated", changed_by).await?;
            tell_participant(conn, user_id, cohort_id, enrolled_kind(source)).await?;
            Ok(EnrolOutcome::Reinstated)
        }
        None => {
            let done = sqlx::query(
                "INSERT INTO enrolments (cohort_id, user_id, source, requested_set)
                 VALUES (?, ?, ?, ?)",
            )
            .bind(cohort_id)
            .bind(user_id)
            .bind(source.as_str())
            .bind(requested_set)
            .execute(&mut *conn)
            .await?;
            record_change(conn, done.last_insert_rowid(), "enrolled", changed_by).await?;
            tell_participant(conn, user_id, cohort_id, enrolled_kind(source)).await?;
            Ok(EnrolOutcome::Enrolled)
        }
    }
}

/// Someone who waited hears that their place came up; anyone else, that
/// they are enrolled.
fn enrolled_kind(source: Source) -> NoticeKind {
    match source {
        Source::WaitingList => NoticeKind::Promoted,
        _ => NoticeKind::Enrolled,
    }
}

fn has_room(capacity: Option<i64>, enrolled: i64) -> bool {
    capacity.is_none_or(|c| enrolled < c)
}

/// Enrols the first people on the waiting list while there are places.
async fn promote_waiting(conn: &mut SqliteConnection, cohort_id: i64) -> sqlx::Result<()> {
    let (capacity,): (Option<i64>,) = sqlx::query_as("SELECT capacity FROM cohorts WHERE id = ?")
        .bind(cohort_id)
        .fetch_one(&mut *conn)
        .await?;
    while has_room(capacity, active_count(conn, cohort_id).await?) {
        let next: Option<(i64,)> = sqlx::query_as(
            "SELECT user_id FROM waiting_list WHERE cohort_id = ? ORDER BY id LIMIT 1",
        )
        .bind(cohort_id)
        .fetch_optional(&mut *conn)
        .await?;
        let Some((user_id,)) = next else {
            break;
        };
        activate(conn, user_id, cohort_id, Source::WaitingList, None, None).await?;
    }
    Ok(())
}

async fn waiting_position(
    conn: &mut SqliteConnection,
    user_id: i64,
    cohort_id: i64,
) -> sqlx::Result<i64> {
    let (position,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM waiting_list
         WHERE cohort_id = ? AND id <= (SELECT id FROM waiting_list WHERE cohort_id = ? AND user_id = ?)",
    )
    .bind(cohort_id)
    .bind(cohort_id)
    .bind(user_id)
    .fetch_one(conn)
    .await?;
    Ok(position)
}

/// A participant enrols themselves: the cohort must be open and running,
/// the key must match when there is one; a full cohort puts them on its
/// waiting list. Returns the course's slug with the outcome.
pub async fn self_enrol(
    pool: &SqlitePool,
    user_id: i64,
    cohort_id: i64,
    typed_key: &str,
) -> Result<(String, EnrolOutcome), EnrolError> {
    let mut tx = begin_write(pool).await?;
    let cohort = cohort_in(&mut tx, cohort_id)
        .await?
        .filter(|c| c.course_published)
        .ok_or(EnrolError::NoSuchCohort)?;
    match enrolment_of(&mut tx, user_id, cohort_id).await? {
        Some((_, status)) if status == "active" => {
            return Ok((cohort.course_slug, EnrolOutcome::AlreadyEnrolled));
        }
        // Only staff withdraw people, and a withdrawal by staff is not for
        // the participant to undo, nor to get round through the waiting list.
        Some(_) => return Err(EnrolError::Withdrawn),
        None => {}
    }
    if !cohort.enrolment_open {
        return Err(EnrolError::Closed);
    }
    if cohort.ends_on < today() {
        return Err(EnrolError::Ended);
    }
    if cohort.key().is_some_and(|key| !key.matches(typed_key)) {
        return Err(EnrolError::WrongKey);
    }
    let outcome = if has_room(cohort.capacity, active_count(&mut tx, cohort_id).await?) {
        activate(
            &mut tx,
            user_id,
            cohort_id,
            Source::SelfService,
            Some(user_id),
            None,
        )
        .await?
    } else {
        sqlx::query(
            "INSERT INTO waiting_list (cohort_id, user_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
        )
        .bind(cohort_id)
        .bind(user_id)
        .execute(&mut *tx)
        .await?;
        EnrolOutcome::Waiting(waiting_position(&mut tx, user_id, cohort_id).await?)
    };
    tx.commit().await?;
    Ok((cohort.course_slug, outcome))
}

/// An administrator's enrolment or reinstatement: never beyond capacity.
async fn activate_within_capacity(
    conn: &mut SqliteConnection,
    cohort: &CohortRecord,
    user_id: i64,
    administrator_id: i64,
) -> Result<EnrolOutcome, EnrolError> {
    if !has_room(cohort.capacity, active_count(conn, cohort.id).await?) {
        return Err(EnrolError::Full(cohort.capacity.unwrap_or_default()));
    }
    Ok(activate(
        conn,
        user_id,
        cohort.id,
        Source::Administrator,
        Some(administrator_id),
        None,
    )
    .await?)
}

/// An administrator enrols an existing account by email, whether or not
/// enrolment is open, but never beyond the cohort's capacity.
pub async fn enrol_by_administrator(
    pool: &SqlitePool,
    administrator_id: i64,
    cohort_id: i64,
    email: &str,
) -> Result<EnrolOutcome, EnrolError> {
    let mut tx = begin_write(pool).await?;
    let cohort = cohort_in(&mut tx, cohort_id)
        .await?
        .ok_or(EnrolError::NoSuchCohort)?;
    let user: Option<(i64,)> = sqlx::query_as("SELECT id FROM users WHERE email = ?")
        .bind(email)
        .fetch_optional(&mut *tx)
        .await?;
    let (user_id,) = user.ok_or(EnrolError::NoSuchAccount)?;
    let already_active = matches!(
        enrolment_of(&mut tx, user_id, cohort_id).await?,
        Some((_, status)) if status == "active"
    );
    let outcome = if already_active {
        EnrolOutcome::AlreadyEnrolled
    } else {
        activate_within_capacity(&mut tx, &cohort, user_id, administrator_id).await?
    };
    if outcome != EnrolOutcome::AlreadyEnrolled {
        let after = match outcome {
            EnrolOutcome::Reinstated => "reinstated",
            _ => "enrolled",
        };
        let event = AuditEvent {
            actor_id: Some(administrator_id),
            action: AuditAction::EnrolledByAdministrator,
            subject: format!("{email} in {}", cohort.name),
            before: "",
            after,
        };
        audit::record(&mut *tx, &event).await?;
    }
    tx.commit().await?;
    Ok(outcome)
}

/// Withdraws an active enrolment, keeping its progress, and gives the
/// place to the first person waiting. Returns the cohort's id.
pub async fn withdraw(
    pool: &SqlitePool,
    administrator_id: i64,
    enrolment_id: i64,
) -> Result<i64, EnrolError> {
    let mut tx = begin_write(pool).await?;
    let row: Option<(i64, i64)> = sqlx::query_as(
        "UPDATE enrolments SET status = 'withdrawn' WHERE id = ? AND status = 'active'
         RETURNING cohort_id, user_id",
    )
    .bind(enrolment_id)
    .fetch_optional(&mut *tx)
    .await?;
    let cohort_id = match row {
        Some((cohort_id, user_id)) => {
            record_change(&mut tx, enrolment_id, "withdrawn", Some(administrator_id)).await?;
            tell_participant(&mut tx, user_id, cohort_id, NoticeKind::Withdrawn).await?;
            let event = AuditEvent {
                actor_id: Some(administrator_id),
                action: AuditAction::EnrolmentWithdrawn,
                subject: enrolment_subject(&mut tx, enrolment_id).await?,
                before: "active",
                after: "withdrawn",
            };
            audit::record(&mut *tx, &event).await?;
            promote_waiting(&mut tx, cohort_id).await?;
            cohort_id
        }
        None => cohort_of_enrolment(&mut tx, enrolment_id).await?,
    };
    tx.commit().await?;
    Ok(cohort_id)
}

/// Reinstates a withdrawn enrolment with its progress, if there is a place.
/// Returns the cohort's id.
pub async fn reinstate(
    pool: &SqlitePool,
    administrator_id: i64,
    enrolment_id: i64,
) -> Result<i64, EnrolError> {
    let mut tx = begin_write(pool).await?;
    let row: Option<(i64, i64, String)> =
        sqlx::query_as("SELECT cohort_id, user_id, status FROM enrolments WHERE id = ?")
            .bind(enrolment_id)
            .fetch_optional(&mut *tx)
            .await?;
    let (cohort_id, user_id, status) = row.ok_or(EnrolError::NoSuchCohort)?;
    if status != "active" {
        let cohort = cohort_in(&mut tx, cohort_id)
            .await?
            .ok_or(EnrolError::NoSuchCohort)?;
        activate_within_capacity(&mut tx, &cohort, user_id, administrator_id).await?;
        let event = AuditEvent {
            actor_id: Some(administrator_id),
            action: AuditAction::EnrolmentReinstated,
            subject: enrolment_subject(&mut tx, enrolment_id).await?,
            before: "withdrawn",
            after: "active",
        };
        audit::record(&mut *tx, &event).await?;
    }
    tx.commit().await?;
    Ok(cohort_id)
}

/// An enrolment as the audit log names it.
async fn enrolment_subject(conn: &mut SqliteConnection, enrolment_id: i64) -> sqlx::Result<String> {
    let row: Option<(String, String, i64)> = sqlx::query_as(
        "SELECT u.full_name, u.email, e.cohort_id FROM enrolments e
         JOIN users u ON u.id = e.user_id WHERE e.id = ?",
    )
    .bind(enrolment_id)
    .fetch_optional(conn)
    .await?;
    Ok(match row {
        Some((name, email, cohort_id)) => format!("{name} <{email}> in cohort {cohort_id}"),
        None => format!("enrolment {enrolment_id}"),
    })
}

async fn cohort_of_enrolment(
    conn: &mut SqliteConnection,
    enrolment_id: i64,
) -> Result<i64, EnrolError> {
    let row: Option<(i64,)> = sqlx::query_as("SELECT cohort_id FROM enrolments WHERE id = ?")
        .bind(enrolment_id)
        .fetch_optional(conn)
        .await?;
    row.map(|(id,)| id).ok_or(EnrolError::NoSuchCohort)
}

pub async fn leave_waiting_list(
    pool: &SqlitePool,
    user_id: i64,
    cohort_id: i64,
) -> sqlx::Result<()> {
    sqlx::query("DELETE FROM waiting_list WHERE cohort_id = ? AND user_id = ?")
        .bind(cohort_id)
        .bind(user_id)
        .execute(pool)
        .await?;
    Ok(())
}

#[derive(sqlx::FromRow)]
struct EnrolmentRow {
    enrolment_id: i64,
    full_name: String,
    email: String,
    country: String,
    status: String,
    source: String,
    enrolled_at: String,
    requested_set: Option<String>,
}

/// Every enrolment of the cohort, active and withdrawn, by name.
pub async fn enrolments(pool: &SqlitePool, cohort_id: i64) -> sqlx::Result<Vec<RosterEntry>> {
    let rows: Vec<EnrolmentRow> = sqlx::query_as(
        "SELECT e.id AS enrolment_id, u.full_name, u.email, u.country, e.status, e.source,
                e.enrolled_at, e.requested_set
         FROM enrolments e JOIN users u ON u.id = e.user_id
         WHERE e.cohort_id = ?
         ORDER BY e.status, u.full_name, e.id",
    )
    .bind(cohort_id)
    .fetch_all(pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|row| RosterEntry {
            enrolment_id: row.enrolment_id,
            full_name: row.full_name,
            email: row.email,
            country: row.country,
            status: if row.status == "active" {
                EnrolmentStatus::Active
            } else {
                EnrolmentStatus::Withdrawn
            },
            source: row.source,
            enrolled_at: row.enrolled_at,
            requested_set: row.requested_set,
        })
        .collect())
}

pub async fn waiting_list(pool: &SqlitePool, cohort_id: i64) -> sqlx::Result<Vec<WaitingEntry>> {
    let rows: Vec<(String, String, String)> = sqlx::query_as(
        "SELECT u.full_name, u.email, w.joined_at FROM waiting_list w JOIN users u ON u.id = w.user_id
         WHERE w.cohort_id = ? ORDER BY w.id",
    )
    .bind(cohort_id)
    .fetch_all(pool)
    .await?;
    Ok(rows
        .into_iter()
        .zip(1..)
        .map(|((full_name, email, joined_at), position)| WaitingEntry {
            position,
            full_name,
            email,
            joined_at,
        })
        .collect())
}

/// The waiting lists a person is on, with their place in each.
pub async fn waiting_places(pool: &SqlitePool, user_id: i64) -> sqlx::Result<Vec<WaitingPlace>> {
    let rows: Vec<(i64, String, String, String, i64)> = sqlx::query_as(
        "SELECT co.id, co.name, c.title, c.slug,
                (SELECT COUNT(*) FROM waiting_list x WHERE x.cohort_id = w.cohort_id AND x.id <= w.id)
         FROM waiting_list w JOIN cohorts co ON co.id = w.cohort_id
         JOIN courses c ON c.id = co.course_id
         WHERE w.user_id = ? ORDER BY w.id",
    )
    .bind(user_id)
    .fetch_all(pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(
            |(cohort_id, cohort_name, course_title, course_slug, position)| WaitingPlace {
                cohort_id,
                cohort_name,
                course_title,
                course_slug,
                position,
            },
        )
        .collect())
}

/// The cohort, if `user` may follow it: its tutors and administrators.
/// Anyone else is told it does not exist.
pub async fn cohort_for_staff(
    pool: &SqlitePool,
    user: &crate::accounts::CurrentUser,
    cohort_id: i64,
) -> Result<CohortRecord, crate::error::AppError> {
    let cohort = cohort(pool, cohort_id)
        .await?
        .ok_or(crate::error::AppError::NotFound)?;
    if user.is_administrator() || is_tutor(pool, user.id, cohort_id).await? {
        Ok(cohort)
    } else {
        Err(crate::error::AppError::NotFound)
    }
}
