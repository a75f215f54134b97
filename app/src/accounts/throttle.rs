//! Throttling of guessed secrets: log-ins and enrolment keys. Failures are
//! counted per account (for a log-in, the email as typed, known or not; for
//! an enrolment key, the person) and per client address over a 15-minute
//! window, in the database so that several servers share the count:
//!
//! - from the 4th failure of an account, each log-in is slowed by 2 s;
//! - at 10 failures of an account, or 50 from one address, further attempts
//!   are refused without checking the secret, until the oldest failure in
//!   the window is 15 minutes old. Refused attempts are not counted, so a
//!   lock-out ends at most 15 minutes after it began.
//!
//! An attempt is counted as a failure before its secret is checked, in the
//! same write transaction as the count of earlier ones: forty concurrent
//! guesses see each other, and at most ten of them are checked. A log-in
//! that succeeds clears the account's failures, its own included; enrolment
//! key failures only age out, since a successful enrolment (in a cohort
//! without a key, say) proves nothing about the keys guessed before.
//!
//! An IPv6 client is counted by its /64 network: one subscriber commonly
//! holds a whole /64, and would otherwise have endless addresses.

use crate::dates::timestamp;
use sqlx::SqlitePool;
use std::time::Duration;

pub const WINDOW_MINUTES: i64 = 15;
const SLOW_BY: Duration = Duration::from_secs(2);
const ACCOUNT_LIMIT: i64 = 10;
const ADDRESS_LIMIT: i64 = 50;

/// What is being guessed; each kind is counted on its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Guess {
    Login,
    EnrolmentKey,
}

impl Guess {
    fn as_str(self) -> &'static str {
        match self {
            Guess::Login => "login",
            Guess::EnrolmentKey => "enrolment-key",
        }
    }

    /// Failures after which each attempt waits: a person mistyping a key
    /// is not slowed down, a password guesser is.
    fn slow_after(self) -> Option<i64> {
        match self {
            Guess::Login => Some(3),
            Guess::EnrolmentKey => None,
        }
    }
}

#[derive(Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Check the secret, after waiting this long.
    Allow(Duration),
    /// Refuse for this many more minutes (at least 1).
    Locked(i64),
}

/// Minutes (rounded up, at least 1) until a failure recorded at `oldest`
/// leaves the window.
fn minutes_left(oldest: &str, now: time::OffsetDateTime) -> i64 {
    let oldest = crate::dates::parse_timestamp(oldest).unwrap_or(now);
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

/// What a client address is counted as: itself for IPv4 (and IPv4-mapped
/// IPv6), its /64 network for IPv6.
pub fn address_key(address: &str) -> String {
    match address.parse::<std::net::IpAddr>() {
        Ok(std::net::IpAddr::V6(v6)) => match v6.to_ipv4_mapped() {
            Some(v4) => v4.to_string(),
            None => {
                let network = u128::from(v6) & !((1u128 << 64) - 1);
                format!("{}/64", std::net::Ipv6Addr::from(network))
            }
        },
        _ => address.to_string(),
    }
}

/// The account of an enrolment-key guess: the person guessing.
pub fn person_key(user_id: i64) -> String {
    format!("user:{user_id}")
}

/// Starts an attempt: counts the earlier failures and, unless they lock it,
/// records this attempt as one, all in one write transaction.
pub async fn begin_attempt(
    pool: &SqlitePool,
    guess: Guess,
    account: &str,
    address: &str,
) -> sqlx::Result<Verdict> {
    let now = time::OffsetDateTime::now_utc();
    let since = timestamp(now - time::Duration::minutes(WINDOW_MINUTES));
    let address = address_key(address);
    let mut tx = crate::db::begin_write(pool).await?;
    let (account_failures, account_oldest): (i64, Option<String>) = sqlx::query_as(
        "SELECT COUNT(*), MIN(failed_at) FROM failed_attempts
         WHERE kind = ? AND account = ? AND failed_at > ?",
    )
    .bind(guess.as_str())
    .bind(account)
    .bind(&since)
    .fetch_one(&mut *tx)
    .await?;
    let (address_failures, address_oldest): (i64, Option<String>) = sqlx::query_as(
        "SELECT COUNT(*), MIN(failed_at) FROM failed_attempts
         WHERE kind = ? AND address = ? AND failed_at > ?",
    )
    .bind(guess.as_str())
    .bind(&address)
    .bind(&since)
    .fetch_one(&mut *tx)
    .await?;
    let locked_by = |count: i64, limit: i64, oldest: &Option<String>| {
        (count >= limit).then(|| minutes_left(oldest.as_deref().unwrap_or(""), now))
    };
    if let Some(minutes) = locked_by(account_failures, ACCOUNT_LIMIT, &account_oldest)
        .max(locked_by(address_failures, ADDRESS_LIMIT, &address_oldest))
    {
        return Ok(Verdict::Locked(minutes));
    }
    sqlx::query(
        "INSERT INTO failed_attempts (kind, account, address, failed_at) VALUES (?, ?, ?, ?)",
    )
    .bind(guess.as_str())
    .bind(account)
    .bind(&address)
    .bind(timestamp(now))
    .execute(&mut *tx)
    .await?;
    // Old failures no longer count; dropping them keeps the table small.
    sqlx::query("DELETE FROM failed_attempts WHERE failed_at < ?")
        .bind(timestamp(now - time::Duration::days(1)))
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    let slow = guess
        .slow_after()
        .is_some_and(|after| account_failures >= after);
    Ok(Verdict::Allow(if slow { SLOW_BY } else { Duration::ZERO }))
}

/// The log-in succeeded: the account's failures no longer count.
pub async fn logged_in(pool: &SqlitePool, account: &str) -> sqlx::Result<()> {
    sqlx::query("DELETE FROM failed_attempts WHERE kind = ? AND account = ?")
        .bind(Guess::Login.as_str())
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
    fn ipv6_clients_are_counted_by_their_network() {
        assert_eq!(address_key("203.0.113.5"), "203.0.113.5");
        assert_eq!(address_key("::ffff:203.0.113.5"), "203.0.113.5");
        assert_eq!(
            address_key("2001:db8:1:2:aaaa:bbbb:cccc:dddd"),
            "2001:db8:1:2::/64"
        );
        assert_eq!(
            address_key("2001:db8:1:2::1"),
            address_key("2001:db8:1:2:ffff::9")
        );
        assert_ne!(
            address_key("2001:db8:1:2::1"),
            address_key("2001:db8:1:3::1")
        );
    }

    #[test]
    fn account_keys_ignore_case_and_spaces() {
        assert_eq!(
            account_key("  Aminata.Diallo@Example.org "),
            "aminata.diallo@example.org"
        );
    }
}
