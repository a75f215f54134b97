//! Writing and reading the audit log.

use super::filter::AuditFilter;
use super::{AuditAction, AuditEntry};
use sqlx::{Sqlite, SqlitePool};

/// One change to record: who (None: the platform itself), what, on what,
/// and the state before and after in words.
pub struct AuditEvent<'a> {
    pub actor_id: Option<i64>,
    pub action: AuditAction,
    pub subject: String,
    pub before: &'a str,
    pub after: &'a str,
}

/// Records an event, on the pool or inside the caller's transaction.
pub async fn record<'e, E>(executor: E, event: &AuditEvent<'_>) -> sqlx::Result<()>
where
    E: sqlx::Executor<'e, Database = Sqlite>,
{
    sqlx::query(
        "INSERT INTO audit_events (at, actor_id, action, subject, before, after)
         VALUES (?, ?, ?, ?, ?, ?)",
    )
    .bind(crate::dates::now_timestamp())
    .bind(event.actor_id)
    .bind(event.action.code())
    .bind(&event.subject)
    .bind(event.before)
    .bind(event.after)
    .execute(executor)
    .await?;
    Ok(())
}

/// "Aminata Diallo <aminata.diallo@example.org>", for a subject.
pub async fn person(pool: &SqlitePool, user_id: i64) -> sqlx::Result<String> {
    let row: Option<(String, String)> =
        sqlx::query_as("SELECT full_name, email FROM users WHERE id = ?")
            .bind(user_id)
            .fetch_optional(pool)
            .await?;
    Ok(row
        .map(|(name, email)| format!("{name} <{email}>"))
        .unwrap_or_else(|| format!("user {user_id}")))
}

#[derive(sqlx::FromRow)]
struct AuditRow {
    at: String,
    full_name: Option<String>,
    email: Option<String>,
    action: String,
    subject: String,
    before: String,
    after: String,
}

/// Entries matching the filter, newest first, at most `limit` (plus one to
/// tell whether there are more).
pub async fn list(
    pool: &SqlitePool,
    filter: &AuditFilter,
    limit: i64,
) -> sqlx::Result<Vec<AuditEntry>> {
    let rows: Vec<AuditRow> = sqlx::query_as(
        "SELECT a.at, u.full_name, u.email, a.action, a.subject, a.before, a.after
             FROM audit_events a LEFT JOIN users u ON u.id = a.actor_id
             WHERE (? IS NULL OR a.action = ?)
               AND (? = '' OR LOWER(COALESCE(u.full_name, '') || ' ' || COALESCE(u.email, ''))
                       LIKE '%' || LOWER(?) || '%')
               AND (? = '' OR LOWER(a.subject) LIKE '%' || LOWER(?) || '%')
               AND (? IS NULL OR a.at >= ?)
               AND (? IS NULL OR a.at < ?)
             ORDER BY a.id DESC
             LIMIT ?",
    )
    .bind(filter.action.map(AuditAction::code))
    .bind(filter.action.map(AuditAction::code))
    .bind(&filter.actor)
    .bind(&filter.actor)
    .bind(&filter.subject)
    .bind(&filter.subject)
    .bind(&filter.from)
    .bind(&filter.from)
    .bind(filter.to.as_ref().map(|to| format!("{to} 99")))
    .bind(filter.to.as_ref().map(|to| format!("{to} 99")))
    .bind(limit + 1)
    .fetch_all(pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|row| AuditEntry {
            at: row.at,
            actor: row
                .full_name
                .zip(row.email)
                .map(|(name, email)| format!("{name} <{email}>")),
            action: row.action,
            subject: row.subject,
            before: row.before,
            after: row.after,
        })
        .collect())
}
