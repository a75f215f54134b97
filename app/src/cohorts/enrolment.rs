//! A participant enrolling themself, with the cohort's key when it has one.

use super::store::{self, EnrolError, EnrolOutcome};
use crate::accounts::throttle::{self, Guess, Verdict};
use sqlx::SqlitePool;

/// Enrols `user_id` in the cohort (see `store::self_enrol`). A typed key is
/// a guess like a password: throttled per person and per address, so that
/// a key cannot be found by trying (`accounts::throttle`).
pub async fn enrol_with_key(
    pool: &SqlitePool,
    user_id: i64,
    cohort_id: i64,
    typed_key: &str,
    address: &str,
) -> Result<(String, EnrolOutcome), EnrolError> {
    if typed_key.trim().is_empty() {
        return store::self_enrol(pool, user_id, cohort_id, typed_key).await;
    }
    let account = throttle::person_key(user_id);
    if let Verdict::Locked(minutes) =
        throttle::begin_attempt(pool, Guess::EnrolmentKey, &account, address).await?
    {
        return Err(EnrolError::KeyPaused(minutes));
    }
    // Every typed key counts, right or wrong, and nothing clears the count
    // (see `throttle`): ten keys per person in a quarter of an hour is
    // plenty for someone with the right one.
    store::self_enrol(pool, user_id, cohort_id, typed_key).await
}
