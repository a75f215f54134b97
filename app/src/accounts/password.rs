//! Password hashing with argon2id, off the async threads.

use super::domain::Password;
use crate::error::AppError;
use crate::t;
use argon2::password_hash::{PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use std::sync::OnceLock;
use std::time::Duration;
use tokio::sync::Semaphore;

/// A stored argon2id hash in PHC string form. Deliberately not `Serialize`,
/// so it cannot leak into a server-function response.
#[derive(Clone)]
pub struct PasswordHash(String);

impl PasswordHash {
    pub fn from_stored(phc: String) -> PasswordHash {
        PasswordHash(phc)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for PasswordHash {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("PasswordHash(…)")
    }
}

/// OWASP's recommended argon2id settings: 19 MiB of memory, 2 passes, 1 lane.
fn hasher() -> Argon2<'static> {
    let params = Params::new(19 * 1024, 2, 1, None).unwrap_or_default();
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

fn hash_blocking(password: &str) -> Result<PasswordHash, argon2::password_hash::Error> {
    let salt = SaltString::generate(&mut rand::rngs::OsRng);
    let phc = hasher()
        .hash_password(password.as_bytes(), &salt)?
        .to_string();
    Ok(PasswordHash(phc))
}

fn verify_blocking(password: &str, hash: &str) -> bool {
    argon2::password_hash::PasswordHash::new(hash)
        .map(|parsed| {
            hasher()
                .verify_password(password.as_bytes(), &parsed)
                .is_ok()
        })
        .unwrap_or(false)
}

/// A hash to check against when no account matches, so that a wrong email
/// costs the same time as a wrong password and reveals nothing.
fn decoy_hash() -> &'static str {
    static DECOY: OnceLock<String> = OnceLock::new();
    DECOY.get_or_init(|| {
        hash_blocking("decoy password for unknown accounts")
            .map(|h| h.0)
            .unwrap_or_default()
    })
}

/// At most one argon2 computation per core at a time: each takes 19 MiB and
/// a core for tens of milliseconds, so a flood of logins queues here
/// instead of exhausting memory and starving every other request.
fn hashing_permits() -> &'static Semaphore {
    static PERMITS: OnceLock<Semaphore> = OnceLock::new();
    PERMITS.get_or_init(|| {
        Semaphore::new(std::thread::available_parallelism().map_or(2, std::num::NonZeroUsize::get))
    })
}

/// How long a request waits for a hashing slot before it is told the
/// server is busy.
const QUEUE_LIMIT: Duration = Duration::from_secs(10);

/// Runs argon2 work on a blocking thread once a slot is free.
async fn with_slot<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T, AppError> {
    let _slot = tokio::time::timeout(QUEUE_LIMIT, hashing_permits().acquire())
        .await
        .map_err(|_| AppError::TooManyRequests(t!("msg-account-server-busy")))?
        .map_err(|_| AppError::Internal)?;
    tokio::task::spawn_blocking(work).await.map_err(|error| {
        tracing::error!(%error, "password hashing task failed");
        AppError::Internal
    })
}

pub async fn hash(password: &Password) -> Result<PasswordHash, AppError> {
    let password = password.expose().to_string();
    with_slot(move || hash_blocking(&password))
        .await?
        .map_err(|error| {
            tracing::error!(%error, "password hashing failed");
            AppError::Internal
        })
}

/// Checks a typed password against a stored hash, or against a decoy when
/// there is no account, in constant work either way.
pub async fn verify(password: String, stored: Option<PasswordHash>) -> Result<bool, AppError> {
    // Accounts made from a roster have no password yet (an empty hash):
    // they cost the same as unknown ones.
    with_slot(move || match stored {
        Some(hash) if !hash.as_str().is_empty() => verify_blocking(&password, hash.as_str()),
        _ => {
            verify_blocking(&password, decoy_hash());
            false
        }
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_are_argon2id_with_owasp_parameters_and_verify() {
        let hash = hash_blocking("correct horse battery").expect("hash");
        assert!(hash.as_str().starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
        assert!(verify_blocking("correct horse battery", hash.as_str()));
        assert!(!verify_blocking("wrong horse battery", hash.as_str()));
    }

    #[test]
    fn the_same_password_gets_a_new_salt_each_time() {
        let a = hash_blocking("same password").expect("hash");
        let b = hash_blocking("same password").expect("hash");
        assert_ne!(a.as_str(), b.as_str());
    }

    #[test]
    fn a_malformed_stored_hash_never_verifies() {
        assert!(!verify_blocking("anything", "not a phc string"));
    }
}
