//! All SQL about notices, preferences and scheduled work.

use super::domain::{Notice, NoticeKind};
use super::{Cadence, Topic, Unsubscribe};
use crate::dates::now_timestamp;
use crate::language::Language;
use sqlx::{SqliteConnection, SqlitePool};

/// A stored notice.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct NoticeRow {
    pub id: i64,
    pub user_id: i64,
    pub kind: NoticeKind,
    pub topic: Topic,
    pub params: String,
    pub link: String,
    pub context: String,
    pub created_at: String,
    pub read_at: Option<String>,
}

const NOTICE_COLUMNS: &str = "id, user_id, kind, topic, params, link, context, created_at, read_at";

/// How a person's notices of a topic are emailed: their choice, or the
/// topic's default.
pub async fn cadence(
    conn: &mut SqliteConnection,
    user_id: i64,
    topic: Topic,
) -> sqlx::Result<Cadence> {
    let chosen: Option<Cadence> = sqlx::query_scalar(
        "SELECT cadence FROM notification_preferences WHERE user_id = ? AND topic = ?",
    )
    .bind(user_id)
    .bind(topic)
    .fetch_optional(conn)
    .await?;
    Ok(chosen.unwrap_or_else(|| topic.default_cadence()))
}

fn delivery(cadence: Cadence) -> &'static str {
    match cadence {
        Cadence::Off => "none",
        other => other.code(),
    }
}

/// Records a notice for a person on the caller's transaction: it is shown
/// and emailed only if that transaction commits.
pub async fn record(
    conn: &mut SqliteConnection,
    user_id: i64,
    notice: &Notice,
) -> sqlx::Result<()> {
    let topic = notice.kind.topic();
    let cadence = cadence(&mut *conn, user_id, topic).await?;
    sqlx::query(
        "INSERT INTO notifications (user_id, kind, topic, params, link, context, delivery,
                                    created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(user_id)
    .bind(notice.kind)
    .bind(topic)
    .bind(notice.values_json())
    .bind(&notice.link)
    .bind(&notice.context)
    .bind(delivery(cadence))
    .bind(now_timestamp())
    .execute(conn)
    .await?;
    Ok(())
}

/// The same notice for each of `user_ids`.
pub async fn record_for_each(
    conn: &mut SqliteConnection,
    user_ids: &[i64],
    notice: &Notice,
) -> sqlx::Result<()> {
    for user_id in user_ids {
        record(&mut *conn, *user_id, notice).await?;
    }
    Ok(())
}

/// A person's newest notices.
pub async fn newest(pool: &SqlitePool, user_id: i64, limit: i64) -> sqlx::Result<Vec<NoticeRow>> {
    sqlx::query_as(&format!(
        "SELECT {NOTICE_COLUMNS} FROM notifications WHERE user_id = ? ORDER BY id DESC LIMIT ?"
    ))
    .bind(user_id)
    .bind(limit)
    .fetch_all(pool)
    .await
}

pub async fn unread_count(pool: &SqlitePool, user_id: i64) -> sqlx::Result<i64> {
    sqlx::query_scalar("SELECT COUNT(*) FROM notifications WHERE user_id = ? AND read_at IS NULL")
        .bind(user_id)
        .fetch_one(pool)
        .await
}

/// Marks a person's notice read; where it leads, or `None` if it is not
/// theirs.
pub async fn open(pool: &SqlitePool, user_id: i64, id: i64) -> sqlx::Result<Option<String>> {
    sqlx::query_scalar(
        "UPDATE notifications SET read_at = COALESCE(read_at, ?)
         WHERE id = ? AND user_id = ? RETURNING link",
    )
    .bind(now_timestamp())
    .bind(id)
    .bind(user_id)
    .fetch_optional(pool)
    .await
}

pub async fn mark_all_read(pool: &SqlitePool, user_id: i64) -> sqlx::Result<()> {
    sqlx::query("UPDATE notifications SET read_at = ? WHERE user_id = ? AND read_at IS NULL")
        .bind(now_timestamp())
        .bind(user_id)
        .execute(pool)
        .await?;
    Ok(())
}

/// Every topic's cadence for a person.
pub async fn cadences(pool: &SqlitePool, user_id: i64) -> sqlx::Result<Vec<(Topic, Cadence)>> {
    let mut conn = pool.acquire().await?;
    let mut choices = Vec::with_capacity(Topic::ALL.len());
    for topic in Topic::ALL {
        choices.push((topic, cadence(&mut conn, user_id, topic).await?));
    }
    Ok(choices)
}

/// Sets a topic's cadence. Notices waiting for a digest follow the new
/// choice: into the other digest, or (at once or off) out of every digest,
/// so that "not at all" takes effect for what was already waiting too.
pub async fn set_cadence(
    conn: &mut SqliteConnection,
    user_id: i64,
    topic: Topic,
    cadence: Cadence,
) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO notification_preferences (user_id, topic, cadence) VALUES (?, ?, ?)
         ON CONFLICT (user_id, topic) DO UPDATE SET cadence = excluded.cadence",
    )
    .bind(user_id)
    .bind(topic)
    .bind(cadence)
    .execute(&mut *conn)
    .await?;
    let waiting = match cadence {
        Cadence::Daily | Cadence::Weekly => cadence.code(),
        Cadence::Immediate | Cadence::Off => "none",
    };
    sqlx::query(
        "UPDATE notifications SET delivery = ?
         WHERE user_id = ? AND topic = ? AND mailed_at IS NULL AND delivery IN ('daily', 'weekly')",
    )
    .bind(waiting)
    .bind(user_id)
    .bind(topic)
    .execute(conn)
    .await?;
    Ok(())
}

/// The number the calendar feed's secret is made from.
pub async fn calendar_generation(pool: &SqlitePool, user_id: i64) -> sqlx::Result<Option<i64>> {
    sqlx::query_scalar("SELECT calendar_generation FROM users WHERE id = ? AND active = TRUE")
        .bind(user_id)
        .fetch_optional(pool)
        .await
}

/// A new calendar secret: the old link stops working.
pub async fn reset_calendar(pool: &SqlitePool, user_id: i64) -> sqlx::Result<()> {
    sqlx::query("UPDATE users SET calendar_generation = calendar_generation + 1 WHERE id = ?")
        .bind(user_id)
        .execute(pool)
        .await?;
    Ok(())
}

/// Claims one piece of scheduled work on the caller's transaction: `true`
/// for the first to claim it, ever; `false` if it is done or being done.
pub async fn claim_run(
    conn: &mut SqliteConnection,
    job: &str,
    subject: &str,
) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "INSERT INTO scheduled_runs (job, subject, done_at) VALUES (?, ?, ?)
         ON CONFLICT (job, subject) DO NOTHING",
    )
    .bind(job)
    .bind(subject)
    .bind(now_timestamp())
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Who a message goes to.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Recipient {
    pub id: i64,
    pub full_name: String,
    pub email: String,
    pub language: Language,
}

pub async fn recipient(
    conn: &mut SqliteConnection,
    user_id: i64,
) -> sqlx::Result<Option<Recipient>> {
    sqlx::query_as(
        "SELECT id, full_name, email, language FROM users WHERE id = ? AND active = TRUE",
    )
    .bind(user_id)
    .fetch_optional(conn)
    .await
}

/// Marks every notice mailed: the demo data's are made by the same
/// operations as real ones, and nobody should be emailed about them.
pub async fn mark_all_mailed(pool: &SqlitePool) -> sqlx::Result<()> {
    sqlx::query("UPDATE notifications SET mailed_at = ? WHERE mailed_at IS NULL")
        .bind(now_timestamp())
        .execute(pool)
        .await?;
    Ok(())
}

/// Notices to email one by one, oldest first.
pub async fn unmailed_immediate(pool: &SqlitePool, limit: i64) -> sqlx::Result<Vec<NoticeRow>> {
    sqlx::query_as(&format!(
        "SELECT {NOTICE_COLUMNS} FROM notifications
         WHERE delivery = 'immediate' AND mailed_at IS NULL ORDER BY id LIMIT ?"
    ))
    .bind(limit)
    .fetch_all(pool)
    .await
}

/// Marks a notice mailed on the caller's transaction; `false` if another
/// worker did first.
pub async fn claim_mailed(conn: &mut SqliteConnection, id: i64) -> sqlx::Result<bool> {
    let done =
        sqlx::query("UPDATE notifications SET mailed_at = ? WHERE id = ? AND mailed_at IS NULL")
            .bind(now_timestamp())
            .bind(id)
            .execute(conn)
            .await?;
    Ok(done.rows_affected() == 1)
}

/// The people with notices waiting for a digest of `cadence`.
pub async fn waiting_for_digest(pool: &SqlitePool, cadence: Cadence) -> sqlx::Result<Vec<i64>> {
    sqlx::query_scalar(
        "SELECT DISTINCT user_id FROM notifications WHERE delivery = ? AND mailed_at IS NULL",
    )
    .bind(cadence.code())
    .fetch_all(pool)
    .await
}

/// Takes a person's notices waiting for a digest of `cadence`, marking them
/// mailed on the caller's transaction.
pub async fn take_for_digest(
    conn: &mut SqliteConnection,
    user_id: i64,
    cadence: Cadence,
) -> sqlx::Result<Vec<NoticeRow>> {
    let mut taken: Vec<NoticeRow> = sqlx::query_as(&format!(
        "UPDATE notifications SET mailed_at = ?
         WHERE user_id = ? AND delivery = ? AND mailed_at IS NULL
         RETURNING {NOTICE_COLUMNS}"
    ))
    .bind(now_timestamp())
    .bind(user_id)
    .bind(cadence.code())
    .fetch_all(conn)
    .await?;
    taken.sort_by_key(|notice| notice.id);
    Ok(taken)
}

/// One dated thing in a person's calendar.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct CalendarEntry {
    /// "cohort-3", "round-12", "commitment-40": stable, so that a calendar
    /// app updates the event rather than adding another.
    pub uid: String,
    pub title: String,
    pub context: String,
    pub starts_on: String,
    pub ends_on: String,
    pub link: String,
}

/// A person's cohorts (as participant or tutor), their sets' rounds and
/// their own action commitments.
pub async fn calendar_entries(pool: &SqlitePool, user_id: i64) -> sqlx::Result<Vec<CalendarEntry>> {
    sqlx::query_as(
        "WITH my_cohorts AS (
             SELECT cohort_id FROM enrolments WHERE user_id = ?1 AND status = 'active'
             UNION SELECT cohort_id FROM current_cohort_tutors WHERE user_id = ?1),
         my_sets AS (
             SELECT m.set_id FROM set_members m
             JOIN enrolments e ON e.cohort_id = m.cohort_id AND e.user_id = m.user_id
             WHERE m.user_id = ?1 AND e.status = 'active'
             UNION SELECT set_id FROM current_set_tutors WHERE user_id = ?1)
         SELECT 'cohort-' || c.id AS uid, c.name AS title, co.title AS context,
                c.starts_on, c.ends_on, '/courses/' || co.slug AS link
         FROM cohorts c JOIN courses co ON co.id = c.course_id
         WHERE c.id IN (SELECT cohort_id FROM my_cohorts)
         UNION ALL
         SELECT 'round-' || r.id, r.title, s.name, r.opens_on, r.closes_on,
                '/rounds/' || r.id
         FROM rounds r JOIN learning_sets s ON s.id = r.set_id
         WHERE r.set_id IN (SELECT set_id FROM my_sets)
         UNION ALL
         SELECT 'commitment-' || a.id, a.action, s.name, a.due_on, a.due_on,
                '/sets/' || s.id
         FROM action_commitments a JOIN learning_sets s ON s.id = a.set_id
         WHERE a.presenter_id = ?1
         ORDER BY 4, 1",
    )
    .bind(user_id)
    .fetch_all(pool)
    .await
}

/// Turns off what an unsubscribe link names: a topic, or every topic that
/// comes in that digest.
pub async fn unsubscribe(pool: &SqlitePool, user_id: i64, what: Unsubscribe) -> sqlx::Result<()> {
    let mut tx = crate::db::begin_write(pool).await?;
    for topic in Topic::ALL {
        let off = match what {
            Unsubscribe::Topic(named) => named == topic,
            Unsubscribe::Digest(digest) => cadence(&mut tx, user_id, topic).await? == digest,
        };
        if off {
            set_cadence(&mut tx, user_id, topic, Cadence::Off).await?;
        }
    }
    tx.commit().await
}

/// Whether what an unsubscribe link names is already off.
pub async fn is_unsubscribed(
    pool: &SqlitePool,
    user_id: i64,
    what: Unsubscribe,
) -> sqlx::Result<bool> {
    let choices = cadences(pool, user_id).await?;
    Ok(match what {
        Unsubscribe::Topic(topic) => choices.contains(&(topic, Cadence::Off)),
        Unsubscribe::Digest(digest) => !choices.iter().any(|(_, cadence)| *cadence == digest),
    })
}
