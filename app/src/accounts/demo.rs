//! Demo accounts for a new database, so that a first start shows the
//! platform as its users will see it. Enabled by the server's `--demo` flag.

use super::domain::{NewAccount, Password, ProfileForm};
use super::{password, store, Role};
use crate::error::AppError;
use sqlx::SqlitePool;

/// The password of every demo account (printed in the README).
pub const DEMO_PASSWORD: &str = "learn-hrh-2026";

/// (name, email, country, cadre, language, role)
const DEMO_PEOPLE: [(&str, &str, &str, &str, &str, Role); 13] = [
    (
        "Nadia Benali",
        "admin@example.org",
        "MA",
        "health-manager",
        "fr",
        Role::Administrator,
    ),
    (
        "Kwame Asante",
        "kwame.asante@example.org",
        "GH",
        "educator",
        "en",
        Role::Tutor,
    ),
    (
        "Fatou Ndiaye",
        "fatou.ndiaye@example.org",
        "SN",
        "public-health-officer",
        "fr",
        Role::Tutor,
    ),
    (
        "Aminata Diallo",
        "aminata.diallo@example.org",
        "SN",
        "midwife",
        "fr",
        Role::Participant,
    ),
    (
        "Chinedu Okafor",
        "chinedu.okafor@example.org",
        "NG",
        "health-manager",
        "en",
        Role::Participant,
    ),
    (
        "Layla Haddad",
        "layla.haddad@example.org",
        "JO",
        "hr-officer",
        "ar",
        Role::Participant,
    ),
    (
        "Omar Al-Masri",
        "omar.almasri@example.org",
        "LB",
        "planner",
        "ar",
        Role::Participant,
    ),
    (
        "Priya Sharma",
        "priya.sharma@example.org",
        "NP",
        "public-health-officer",
        "en",
        Role::Participant,
    ),
    (
        "Rahim Uddin",
        "rahim.uddin@example.org",
        "BD",
        "planner",
        "en",
        Role::Participant,
    ),
    (
        "Mariam Traoré",
        "mariam.traore@example.org",
        "ML",
        "nurse",
        "fr",
        Role::Participant,
    ),
    (
        "Ibrahim Sesay",
        "ibrahim.sesay@example.org",
        "SL",
        "health-manager",
        "en",
        Role::Participant,
    ),
    (
        "Hana Yusuf",
        "hana.yusuf@example.org",
        "SD",
        "educator",
        "ar",
        Role::Participant,
    ),
    (
        "Kofi Mensah",
        "kofi.mensah@example.org",
        "GH",
        "hr-officer",
        "en",
        Role::Participant,
    ),
];

/// Adds the demo accounts when the database has no users yet; returns how
/// many it added.
pub async fn seed_if_empty(pool: &SqlitePool) -> Result<usize, AppError> {
    if store::count(pool).await? > 0 {
        return Ok(0);
    }
    let demo_password = Password::parse(DEMO_PASSWORD).map_err(|_| AppError::Internal)?;
    // One hash serves every demo account: hashing is deliberately slow.
    let hash = password::hash(&demo_password).await?;
    let mut tx = crate::db::begin_write(pool).await?;
    for (full_name, email, country, cadre, language, role) in DEMO_PEOPLE {
        let profile = ProfileForm {
            full_name,
            country,
            cadre,
            language,
        };
        let account = NewAccount::parse(email, DEMO_PASSWORD, &profile).map_err(|errors| {
            tracing::error!(?errors, "invalid demo account");
            AppError::Internal
        })?;
        store::create(&mut *tx, &account, &hash, role)
            .await
            .map_err(|error| {
                tracing::error!(%error, "could not add demo account");
                AppError::Internal
            })?;
    }
    tx.commit().await?;
    Ok(DEMO_PEOPLE.len())
}
