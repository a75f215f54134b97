//! Signing up, signing in and changing one's password: the throttle on
//! guesses, the password check (against a decoy hash for unknown accounts,
//! so that both take as long), and the session that follows.

use super::domain::{Email, NewAccount, Password, ProfileForm};
use super::throttle::{self, Guess, Verdict};
use super::{password, session, store, Role};
use crate::error::{AppError, FormErrors};
use crate::t;
use sqlx::SqlitePool;

/// Why a sign-in was refused, when it was not the server's fault.
#[derive(Debug, PartialEq, Eq)]
pub enum Refused {
    /// A wrong email or a wrong password: the same answer for both.
    Wrong,
    /// Too many wrong guesses: sign-ins are paused this many minutes.
    Paused {
        minutes: i64,
    },
    Deactivated,
}

/// Checks a typed email and password, throttled; the account's id when
/// they match an active account.
pub async fn check(
    pool: &SqlitePool,
    typed_email: &str,
    typed_password: String,
    address: &str,
) -> Result<Result<i64, Refused>, AppError> {
    let account = throttle::account_key(typed_email);
    match throttle::begin_attempt(pool, Guess::Login, &account, address).await? {
        Verdict::Locked(minutes) => return Ok(Err(Refused::Paused { minutes })),
        Verdict::Allow(delay) => tokio::time::sleep(delay).await,
    }
    // Over-long input is refused before hashing, so it cannot tie up the
    // server.
    let too_long = typed_password.chars().count() > Password::MAX;
    let record = match Email::parse(typed_email) {
        Ok(parsed) => store::login_record(pool, &parsed).await?,
        Err(_) => None,
    };
    let (user_id, active) = match &record {
        Some(r) => (Some(r.user_id), r.active),
        None => (None, false),
    };
    let verified = !too_long && password::verify(typed_password, record.map(|r| r.hash)).await?;
    let Some(user_id) = user_id.filter(|_| verified) else {
        // Counted as a failure already, by `begin_attempt`.
        return Ok(Err(Refused::Wrong));
    };
    throttle::logged_in(pool, &account).await?;
    if !active {
        return Ok(Err(Refused::Deactivated));
    }
    Ok(Ok(user_id))
}

/// Starts a signed-in session with the account's saved preferences.
pub async fn begin_session(pool: &SqlitePool, user_id: i64) -> Result<(), AppError> {
    session::start(user_id).await?;
    store::record_login(pool, user_id).await?;
    if let Some(preferences) = store::preferences(pool, user_id).await? {
        preferences.keep();
    }
    Ok(())
}

/// Creates a participant's account from the registration form; the form's
/// errors (with what was typed) when it cannot.
pub async fn register(
    pool: &SqlitePool,
    email: &str,
    typed_password: &str,
    profile: &ProfileForm<'_>,
) -> Result<i64, AppError> {
    let account = NewAccount::parse(email, typed_password, profile).map_err(AppError::Invalid)?;
    let hash = password::hash(&account.password).await?;
    match store::create(pool, &account, &hash, Role::Participant).await {
        Ok(id) => Ok(id),
        Err(store::CreateAccountError::EmailTaken) => {
            let mut errors = profile.kept();
            errors.keep("email", email);
            errors.add("email", t!("msg-account-email-taken"));
            Err(AppError::Invalid(errors))
        }
        Err(store::CreateAccountError::Database(e)) => Err(e.into()),
    }
}

/// What the password form asks.
pub struct PasswordChange<'a> {
    pub current: String,
    pub new: &'a str,
    pub confirm: &'a str,
}

/// Changes a signed-in person's password after checking the current one;
/// their other sessions end, and this one goes on under a new id.
pub async fn change_password(
    pool: &SqlitePool,
    user_id: i64,
    change: PasswordChange<'_>,
) -> Result<(), AppError> {
    let mut errors = FormErrors::default();
    let new = errors.check("new_password", Password::parse(change.new));
    if change.new != change.confirm {
        errors.add("confirm_password", t!("msg-account-passwords-differ"));
    }
    let current_ok = change.current.chars().count() <= Password::MAX
        && password::verify(change.current, store::password_hash(pool, user_id).await?).await?;
    if !current_ok {
        errors.add("current_password", t!("msg-account-current-password-wrong"));
    }
    errors.into_result()?;
    let Some(new) = new else {
        return Err(AppError::Internal);
    };
    let hash = password::hash(&new).await?;
    let sign_in = session::current_sign_in()
        .await?
        .ok_or(AppError::Unauthenticated)?;
    store::set_password(pool, user_id, &hash, sign_in).await?;
    session::renew().await
}
