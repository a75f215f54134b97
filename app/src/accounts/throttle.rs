//! Login throttling. Failed logins are counted per account (the email as
//! typed, known or not) and per client address over a 15-minute window, in
//! the database so that several servers share the count:
//!
//! - from the 4th failure of an account, each attempt is slowed by 2 s;
//! - at 10 failures of an account, or 50 from one address, further attempts
//!   are refused without checking the password, until the oldest failure in
//!   the window is 15 minutes old. Refused attempts are not counted, so a
//!   lock-out ends at most 15 minutes after it began.
//!
//! A successful login clears the account's failures.

use sqlx::SqlitePool;
use std::time::Duration;

pub const WINDOW_MINUTES: i64 = 15;
const SLOW_AFTER: i64 = 3;
const SLOW_BY: Duration = Duration::from_secs(2);
const ACCOUNT_LIMIT: i64 = 10;
const ADDRESS_LIMIT: i64 = 50;

#[derive(Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Check the password, after waiting this long.
    Allow(Duration),
    /// Refuse for this many more minutes (at least 1).
    Locked(i64),
}

const STORED: &[time::format_description::BorrowedFormatItem<'static>] =
    time::macros::format_description!("[year]-[month]-[day] [hour]:[minute]:[second]");

fn timestamp(at: time::OffsetDateTime) -> String {
    at.format(STORED).unwrap_or_default()
}

/// Minutes (rounded up, at least 1) until a failure recorded at `oldest`
/// leaves the window.
fn minutes_left(oldest: &str, now: time::OffsetDateTime) -> i64 {
    let oldest = time::PrimitiveDateTime::parse(oldest, STORED)
        .map(time::PrimitiveDateTime::assume_utc)
        .unwrap_or(now);
    let left = oldest + time::Duration::minutes(WINDOW_MINUTES) - now;
    (left.whole_seconds() + 59).div_euclid(60).max(1)
}

pub fn account_key(typed_email: &str) -> String {
    typed_email
        .trim()
        .to_lowercase()
        .chars()
        .take(320)
        .collect()
}

pub async fn check(pool: &SqlitePool, account: &str, address: &str) -> sqlx::Result<Verdict> {
    let now = time::OffsetDateTime::now_utc();
    let since = timestamp(now - time::Duration::minutes(WINDOW_MINUTES));
    let (account_failures, account_oldest): (i64, Option<String>) = sqlx::query_as(
        "SELECT COUNT(*), MIN(failed_at) FROM login_failures WHERE account = ? AND failed_at > ?",
    )
    .bind(account)
    .bind(&since)
    .fetch_one(pool)
    .await?;
    let (address_failures, address_oldest): (i64, Option<String>) = sqlx::query_as(
        "SELECT COUNT(*), MIN(failed_at) FROM login_failures WHERE address = ? AND failed_at > ?",
    )
    .bind(address)
    .bind(&since)
    .fetch_one(pool)
    .await?;
    let locked_by = |count: i64, limit: i64, oldest: &Option<String>| {
        (count >= limit).then(|| minutes_left(oldest.as_deref().unwrap_or(""), now))
    };
    if let Some(minutes) = locked_by(account_failures, ACCOUNT_LIMIT, &account_oldest)
        .max(locked_by(address_failures, ADDRESS_LIMIT, &address_oldest))
    {
        return Ok(Verdict::Locked(minutes));
    }
    Ok(Verdict::Allow(if account_failures >= SLOW_AFTER {
        SLOW_BY
    } else {
        Duration::ZERO
    }))
}

pub async fn record_failure(pool: &SqlitePool, account: &str, address: &str) -> sqlx::Result<()> {
    let now = time::OffsetDateTime::now_utc();
    sqlx::query("INSERT INTO login_failures (account, address, failed_at) VALUES (?, ?, ?)")
        .bind(account)
        .bind(address)
        .bind(timestamp(now))
        .execute(pool)
        .await?;
    // Old failures no longer count; dropping them keeps the table small.
    sqlx::query("DELETE FROM login_failures WHERE failed_at < ?")
        .bind(timestamp(now - time::Duration::days(1)))
        .execute(pool)
        .await?;
    Ok(())
}

pub async fn clear(pool: &SqlitePool, account: &str) -> sqlx::Result<()> {
    sqlx::query("DELETE FROM login_failures WHERE account = ?")
        .bind(account)
        .execute(pool)
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minutes_left_round_up_and_cross_midnight() {
        let now = time::macros::datetime!(2026-11-23 10:00:00 UTC);
        assert_eq!(minutes_left("2026-11-23 09:50:00", now), 5);
        assert_eq!(minutes_left("2026-11-23 09:45:30", now), 1);
        assert_eq!(minutes_left("2026-11-23 09:59:59", now), 15);
        let just_after_midnight = time::macros::datetime!(2026-11-24 00:05:00 UTC);
        assert_eq!(minutes_left("2026-11-23 23:55:00", just_after_midnight), 5);
    }

    #[test]
    fn account_keys_ignore_case_and_spaces() {
        assert_eq!(
            account_key("  Aminata.Diallo@Example.org "),
            "aminata.diallo@example.org"
        );
    }
}
