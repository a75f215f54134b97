//! Sign-ins: one row per signed-in session (migration `…_sign_ins.sql`).
//! A session is signed in only while its row exists, so ending a row ends
//! the session on its next request, wherever it is cached.

use super::SignInView;
use sqlx::SqlitePool;

/// What the account page shows of a browser: enough to recognise it.
const DEVICE_CHARS: usize = 200;

/// Records a new sign-in of `user_id`; returns its id for the session.
/// The person's sign-ins whose sessions have expired (unused for
/// `idle_seconds`) go at the same time.
pub async fn begin(
    pool: &SqlitePool,
    user_id: i64,
    device: &str,
    address: &str,
    idle_seconds: i64,
) -> sqlx::Result<i64> {
    let device: String = device
        .chars()
        .filter(|c| !c.is_control())
        .take(DEVICE_CHARS)
        .collect();
    sqlx::query(&format!(
        "DELETE FROM sign_ins WHERE user_id = ? AND {EXPIRED}"
    ))
    .bind(user_id)
    .bind(idle_seconds)
    .execute(pool)
    .await?;
    sqlx::query_scalar(
        "INSERT INTO sign_ins (user_id, started_at, last_seen_at, device, address)
         VALUES (?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, ?, ?) RETURNING id",
    )
    .bind(user_id)
    .bind(device)
    .bind(address)
    .fetch_one(pool)
    .await
}

/// Notes that the sign-in is still in use (at most daily: see
/// `session::keep_alive`).
pub async fn seen(pool: &SqlitePool, sign_in: i64) -> sqlx::Result<()> {
    sqlx::query("UPDATE sign_ins SET last_seen_at = CURRENT_TIMESTAMP WHERE id = ?")
        .bind(sign_in)
        .execute(pool)
        .await?;
    Ok(())
}

/// A sign-in whose session has expired: its "last seen" moves at each
/// renewal of the session (`session::keep_alive`), and a session not renewed
/// for its idle time (the bound seconds) has ended.
const EXPIRED: &str = "last_seen_at < datetime('now', printf('-%d seconds', ?))";

/// A person's sign-ins still in use, the most recently used first.
pub async fn list(
    pool: &SqlitePool,
    user_id: i64,
    current: i64,
    idle_seconds: i64,
) -> sqlx::Result<Vec<SignInView>> {
    let rows: Vec<(i64, String, String, String, String)> = sqlx::query_as(&format!(
        "SELECT id, started_at, last_seen_at, device, address FROM sign_ins
         WHERE user_id = ? AND NOT {EXPIRED} ORDER BY last_seen_at DESC, id DESC"
    ))
    .bind(user_id)
    .bind(idle_seconds)
    .fetch_all(pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(
            |(id, started_at, last_seen_at, device, address)| SignInView {
                id,
                started_at,
                last_seen_at,
                device,
                address,
                current: id == current,
            },
        )
        .collect())
}

/// Ends one sign-in of `user_id` (never another person's); false when
/// there was none.
pub async fn end(pool: &SqlitePool, user_id: i64, sign_in: i64) -> sqlx::Result<bool> {
    let done = sqlx::query("DELETE FROM sign_ins WHERE id = ? AND user_id = ?")
        .bind(sign_in)
        .bind(user_id)
        .execute(pool)
        .await?;
    Ok(done.rows_affected() == 1)
}

/// Ends every sign-in of `user_id` but `keep`: on its own, or inside the
/// transaction of a password change or an account's deactivation.
pub async fn end_others<'e>(
    db: impl sqlx::SqliteExecutor<'e>,
    user_id: i64,
    keep: Option<i64>,
) -> sqlx::Result<u64> {
    let done = sqlx::query("DELETE FROM sign_ins WHERE user_id = ? AND (? IS NULL OR id <> ?)")
        .bind(user_id)
        .bind(keep)
        .bind(keep)
        .execute(db)
        .await?;
    Ok(done.rows_affected())
}
