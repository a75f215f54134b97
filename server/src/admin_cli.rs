//! `server create-admin`: the first administrator, from the command line.

use app::accounts::domain::{Email, NewAccount, Password, ProfileForm};
use app::accounts::{password, store, Role};
use sqlx::SqlitePool;

#[derive(Debug, thiserror::Error)]
pub enum CreateAdminError {
    #[error("{0}")]
    Invalid(String),
    #[error("could not save the administrator: {0}")]
    Database(#[from] sqlx::Error),
    #[error("could not hash the password")]
    Hashing,
}

/// Creates an administrator account, or makes an existing account with that
/// email an active administrator with the given password. Returns true when
/// a new account was created.
pub async fn create_admin(
    pool: &SqlitePool,
    email: &str,
    name: &str,
    country: &str,
    typed_password: &str,
) -> Result<bool, CreateAdminError> {
    let parsed_email = Email::parse(email).map_err(CreateAdminError::Invalid)?;
    let parsed_password = Password::parse(typed_password).map_err(CreateAdminError::Invalid)?;
    let hash = password::hash(&parsed_password)
        .await
        .map_err(|_| CreateAdminError::Hashing)?;
    if store::promote_to_administrator(pool, &parsed_email, &hash).await? {
        return Ok(false);
    }
    let profile = ProfileForm {
        full_name: name,
        country,
        cadre: "health-manager",
        language: "en",
    };
    let account = NewAccount::parse(email, typed_password, &profile).map_err(|errors| {
        let messages: Vec<String> = errors
            .fields
            .iter()
            .map(|e| format!("{}: {}", e.field, e.message))
            .collect();
        CreateAdminError::Invalid(messages.join("; "))
    })?;
    store::create(pool, &account, &hash, Role::Administrator)
        .await
        .map_err(|error| match error {
            store::CreateAccountError::Database(e) => CreateAdminError::Database(e),
            store::CreateAccountError::EmailTaken => {
                CreateAdminError::Invalid("an account with this email already exists".into())
            }
        })?;
    Ok(true)
}
