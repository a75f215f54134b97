//! The outbox table: recording messages, claiming them for delivery, and
//! what became of each.

use super::OutboxEntry;
use crate::dates::{now_timestamp, timestamp};
use crate::language::Language;
use sqlx::{SqliteConnection, SqlitePool};

/// What a message is about; account and security messages among them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, sqlx::Type)]
#[sqlx(rename_all = "kebab-case")]
pub enum MessageKind {
    PasswordReset,
    /// A new account's set-password link, for a roster's newcomers.
    Invitation,
    /// One notification, for a person who wants them at once.
    Notice,
    /// A daily or weekly digest of notifications.
    Digest,
}

/// A composed message for one person.
pub struct NewMessage<'a> {
    pub kind: MessageKind,
    pub recipient_id: i64,
    pub to_address: &'a str,
    pub language: Language,
    pub subject: String,
    pub body_text: String,
    pub body_html: String,
    /// Where one click stops messages like this one (RFC 8058); account
    /// and security messages have none.
    pub unsubscribe_url: Option<String>,
}

/// Records a message on the caller's transaction: it is delivered only if
/// that transaction commits, and then surely.
pub async fn enqueue(conn: &mut SqliteConnection, message: &NewMessage<'_>) -> sqlx::Result<i64> {
    let now = now_timestamp();
    Ok(sqlx::query(
        "INSERT INTO outbox (kind, recipient_id, to_address, language, subject, body_text,
                             body_html, next_attempt_at, created_at, unsubscribe_url)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(message.kind)
    .bind(message.recipient_id)
    .bind(message.to_address)
    .bind(message.language)
    .bind(&message.subject)
    .bind(&message.body_text)
    .bind(&message.body_html)
    .bind(&now)
    .bind(&now)
    .bind(&message.unsubscribe_url)
    .execute(conn)
    .await?
    .last_insert_rowid())
}

/// How many messages of a kind went to a person since `since`.
pub async fn sent_since(
    conn: &mut SqliteConnection,
    recipient_id: i64,
    kind: MessageKind,
    since: &str,
) -> sqlx::Result<i64> {
    sqlx::query_scalar(
        "SELECT COUNT(*) FROM outbox WHERE recipient_id = ? AND kind = ? AND created_at >= ?",
    )
    .bind(recipient_id)
    .bind(kind)
    .bind(since)
    .fetch_one(conn)
    .await
}

/// A message as the worker delivers it.
#[derive(Debug, sqlx::FromRow)]
pub struct Deliverable {
    pub id: i64,
    pub to_address: String,
    pub subject: String,
    pub body_text: String,
    pub body_html: String,
    pub attempts: i64,
    pub unsubscribe_url: Option<String>,
}

/// A claim older than this is a worker that stopped (a send gives up after
/// 30 seconds): the message is due again.
pub const CLAIM_MINUTES: i64 = 2;

/// Claims the messages due now, at most `limit`, so that no other worker
/// (in this server or another) delivers them too.
pub async fn claim_due(pool: &SqlitePool, limit: i64) -> sqlx::Result<Vec<Deliverable>> {
    let now = now_timestamp();
    let stale = timestamp(time::OffsetDateTime::now_utc() - time::Duration::minutes(CLAIM_MINUTES));
    sqlx::query_as(
        "UPDATE outbox SET status = 'sending', next_attempt_at = ?
         WHERE id IN (
             SELECT id FROM outbox
             WHERE (status = 'queued' AND next_attempt_at <= ?)
                OR (status = 'sending' AND next_attempt_at <= ?)
             ORDER BY id LIMIT ?)
         RETURNING id, to_address, subject, body_text, body_html, attempts, unsubscribe_url",
    )
    .bind(&now)
    .bind(&now)
    .bind(&stale)
    .bind(limit)
    .fetch_all(pool)
    .await
}

/// Delivered: `result` says where (the mail server's answer, or the file).
pub async fn mark_sent(pool: &SqlitePool, id: i64, result: &str) -> sqlx::Result<()> {
    sqlx::query(
        "UPDATE outbox SET status = 'sent', attempts = attempts + 1, last_result = ?, sent_at = ?
         WHERE id = ?",
    )
    .bind(result)
    .bind(now_timestamp())
    .bind(id)
    .execute(pool)
    .await?;
    Ok(())
}

/// Not delivered: tried again at `retry_at`, or failed for good when `None`.
pub async fn mark_undelivered(
    pool: &SqlitePool,
    id: i64,
    result: &str,
    retry_at: Option<time::OffsetDateTime>,
) -> sqlx::Result<()> {
    let (status, next) = match retry_at {
        Some(at) => ("queued", timestamp(at)),
        None => ("failed", now_timestamp()),
    };
    sqlx::query(
        "UPDATE outbox SET status = ?, attempts = attempts + 1, last_result = ?,
             next_attempt_at = ?
         WHERE id = ?",
    )
    .bind(status)
    .bind(result)
    .bind(next)
    .bind(id)
    .execute(pool)
    .await?;
    Ok(())
}

/// The newest messages first.
pub async fn list(pool: &SqlitePool, limit: i64) -> sqlx::Result<Vec<OutboxEntry>> {
    sqlx::query_as(
        "SELECT id, to_address, subject, body_text, status, attempts, next_attempt_at,
                last_result, created_at, sent_at
         FROM outbox ORDER BY id DESC LIMIT ?",
    )
    .bind(limit)
    .fetch_all(pool)
    .await
}

/// Queues a failed or sent message again, at once; `false` if there is no
/// such message or it is being delivered.
pub async fn resend(pool: &SqlitePool, id: i64) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "UPDATE outbox SET status = 'queued', next_attempt_at = ?, sent_at = NULL
         WHERE id = ? AND status IN ('failed', 'sent')",
    )
    .bind(now_timestamp())
    .bind(id)
    .execute(pool)
    .await?;
    Ok(done.rows_affected() == 1)
}
