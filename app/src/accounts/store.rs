//! All SQL about accounts.

use super::domain::{Email, NewAccount, ProfileUpdate};
use super::password::PasswordHash;
use super::{CurrentUser, Profile, Role, UserSummary};
use crate::audit::store::{self as audit, AuditEvent};
use crate::audit::AuditAction;
use crate::language::Language;
use crate::preferences::Preferences;
use sqlx::{SqliteConnection, SqlitePool};

#[derive(Debug, thiserror::Error)]
pub enum CreateAccountError {
    #[error("an account with this email already exists")]
    EmailTaken,
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

fn role_of(value: &str) -> Role {
    Role::parse(value).unwrap_or(Role::Participant)
}

fn language_of(value: &str) -> Language {
    Language::parse(value).unwrap_or(Language::English)
}

/// The columns of a `CurrentUser` from `users u` (`user_from_row`), also for
/// queries of other areas that learn who is asking in the same statement.
pub(crate) const CURRENT_USER_COLUMNS: &str = "u.id AS user_id, u.full_name AS user_full_name,
     u.email AS user_email, u.role AS user_role, u.language AS user_language";

/// The user of a row with `CURRENT_USER_COLUMNS`, if there is one.
pub(crate) fn user_from_row(row: &sqlx::sqlite::SqliteRow) -> sqlx::Result<Option<CurrentUser>> {
    use sqlx::Row;
    let Some(id) = row.try_get::<Option<i64>, _>("user_id")? else {
        return Ok(None);
    };
    Ok(Some(CurrentUser {
        id,
        full_name: row.try_get("user_full_name")?,
        email: row.try_get("user_email")?,
        role: role_of(row.try_get("user_role")?),
        language: language_of(row.try_get("user_language")?),
    }))
}

pub async fn create<'e>(
    db: impl sqlx::SqliteExecutor<'e>,
    account: &NewAccount,
    hash: &PasswordHash,
    role: Role,
) -> Result<i64, CreateAccountError> {
    let result = sqlx::query(
        "INSERT INTO users (email, full_name, country, cadre, language, role, password_hash)
         VALUES (?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(account.email.as_str())
    .bind(account.profile.full_name.as_str())
    .bind(account.profile.country.as_str())
    .bind(account.profile.cadre.as_str())
    .bind(account.profile.language.code())
    .bind(role.as_str())
    .bind(hash.as_str())
    .execute(db)
    .await;
    match result {
        Ok(done) => Ok(done.last_insert_rowid()),
        Err(sqlx::Error::Database(e)) if e.is_unique_violation() => {
            Err(CreateAccountError::EmailTaken)
        }
        Err(e) => Err(e.into()),
    }
}

/// What a login needs: the hash to check and whether the account may log in.
pub struct LoginRecord {
    pub user_id: i64,
    pub hash: PasswordHash,
    pub active: bool,
}

pub async fn login_record(pool: &SqlitePool, email: &Email) -> sqlx::Result<Option<LoginRecord>> {
    let row: Option<(i64, String, bool)> =
        sqlx::query_as("SELECT id, password_hash, active FROM users WHERE email = ?")
            .bind(email.as_str())
            .fetch_optional(pool)
            .await?;
    Ok(row.map(|(user_id, hash, active)| LoginRecord {
        user_id,
        hash: PasswordHash::from_stored(hash),
        active,
    }))
}

pub async fn password_hash(pool: &SqlitePool, user_id: i64) -> sqlx::Result<Option<PasswordHash>> {
    let row: Option<(String,)> = sqlx::query_as("SELECT password_hash FROM users WHERE id = ?")
        .bind(user_id)
        .fetch_optional(pool)
        .await?;
    Ok(row.map(|(hash,)| PasswordHash::from_stored(hash)))
}

pub async fn record_login(pool: &SqlitePool, user_id: i64) -> sqlx::Result<()> {
    sqlx::query("UPDATE users SET last_login_at = CURRENT_TIMESTAMP WHERE id = ?")
        .bind(user_id)
        .execute(pool)
        .await?;
    Ok(())
}

/// The signed-in user, if the account still exists and is active and the
/// sign-in has not been ended: a deactivated account, or an ended sign-in,
/// loses access on its next request.
pub async fn active_user(
    pool: &SqlitePool,
    user_id: i64,
    sign_in: i64,
) -> sqlx::Result<Option<CurrentUser>> {
    let row = sqlx::query(&format!(
        "SELECT {CURRENT_USER_COLUMNS} FROM users u
         JOIN sign_ins s ON s.user_id = u.id AND s.id = ?
         WHERE u.id = ? AND u.active = TRUE"
    ))
    .bind(sign_in)
    .bind(user_id)
    .fetch_optional(pool)
    .await?;
    Ok(row.as_ref().map(user_from_row).transpose()?.flatten())
}

pub async fn profile(pool: &SqlitePool, user_id: i64) -> sqlx::Result<Option<Profile>> {
    let row: Option<(String, String, String, String, String, String)> = sqlx::query_as(
        "SELECT full_name, email, country, cadre, language, role FROM users WHERE id = ?",
    )
    .bind(user_id)
    .fetch_optional(pool)
    .await?;
    Ok(row.map(
        |(full_name, email, country, cadre, language, role)| Profile {
            full_name,
            email,
            country,
            cadre,
            language: language_of(&language),
            role: role_of(&role),
        },
    ))
}

pub async fn update_profile(
    pool: &SqlitePool,
    user_id: i64,
    update: &ProfileUpdate,
) -> sqlx::Result<()> {
    sqlx::query(
        "UPDATE users SET full_name = ?, country = ?, cadre = ?, language = ? WHERE id = ?",
    )
    .bind(update.full_name.as_str())
    .bind(update.country.as_str())
    .bind(update.cadre.as_str())
    .bind(update.language.code())
    .bind(user_id)
    .execute(pool)
    .await?;
    Ok(())
}

/// The language and light mode kept with the profile, copied into the
/// browser's cookies at sign-in.
pub async fn preferences(pool: &SqlitePool, user_id: i64) -> sqlx::Result<Option<Preferences>> {
    let row: Option<(String, bool)> =
        sqlx::query_as("SELECT language, light_mode FROM users WHERE id = ?")
            .bind(user_id)
            .fetch_optional(pool)
            .await?;
    Ok(row.map(|(language, light)| Preferences {
        language: language_of(&language),
        light,
    }))
}

pub async fn set_preferences(
    pool: &SqlitePool,
    user_id: i64,
    preferences: Preferences,
) -> sqlx::Result<()> {
    sqlx::query("UPDATE users SET language = ?, light_mode = ? WHERE id = ?")
        .bind(preferences.language.code())
        .bind(preferences.light)
        .bind(user_id)
        .execute(pool)
        .await?;
    Ok(())
}

/// Sets a new password and ends every other sign-in of the account: a
/// session started with the old password ends with it.
pub async fn set_password(
    pool: &SqlitePool,
    user_id: i64,
    hash: &PasswordHash,
    keep_sign_in: i64,
) -> sqlx::Result<()> {
    let mut tx = crate::db::begin_write(pool).await?;
    sqlx::query("UPDATE users SET password_hash = ? WHERE id = ?")
        .bind(hash.as_str())
        .bind(user_id)
        .execute(&mut *tx)
        .await?;
    super::sign_ins::end_others(&mut *tx, user_id, Some(keep_sign_in)).await?;
    tx.commit().await
}

/// Users whose name or email contains `search` (case-insensitive), newest first.
pub async fn search(pool: &SqlitePool, search: &str, limit: i64) -> sqlx::Result<Vec<UserSummary>> {
    let pattern = format!(
        "%{}%",
        search
            .trim()
            .to_lowercase()
            .replace('\\', "\\\\")
            .replace('%', "\\%")
            .replace('_', "\\_")
    );
    let rows: Vec<UserRow> = sqlx::query_as(
        "SELECT id, full_name, email, country, cadre, role, active, last_login_at
         FROM users
         WHERE LOWER(full_name) LIKE ? ESCAPE '\\' OR email LIKE ? ESCAPE '\\'
         ORDER BY id DESC
         LIMIT ?",
    )
    .bind(&pattern)
    .bind(&pattern)
    .bind(limit)
    .fetch_all(pool)
    .await?;
    Ok(rows.into_iter().map(UserRow::into_summary).collect())
}

#[derive(sqlx::FromRow)]
struct UserRow {
    id: i64,
    full_name: String,
    email: String,
    country: String,
    cadre: String,
    role: String,
    active: bool,
    last_login_at: Option<String>,
}

impl UserRow {
    fn into_summary(self) -> UserSummary {
        UserSummary {
            id: self.id,
            role: role_of(&self.role),
            full_name: self.full_name,
            email: self.email,
            country: self.country,
            cadre: self.cadre,
            active: self.active,
            last_login_at: self.last_login_at,
        }
    }
}

/// Returns false when there is no such user.
/// A user's role as stored, for the audit log's "before".
/// Gives a user another role, with its audit entry by the administrator
/// `by`; false when there is no such user.
pub async fn set_role(pool: &SqlitePool, user_id: i64, role: Role, by: i64) -> sqlx::Result<bool> {
    let mut tx = crate::db::begin_write(pool).await?;
    let Some(before) = audited(&mut tx, user_id).await? else {
        return Ok(false);
    };
    sqlx::query("UPDATE users SET role = ? WHERE id = ?")
        .bind(role.as_str())
        .bind(user_id)
        .execute(&mut *tx)
        .await?;
    let event = AuditEvent {
        actor_id: Some(by),
        action: AuditAction::RoleChanged,
        subject: before.subject,
        before: &before.role,
        after: role.as_str(),
    };
    audit::record(&mut *tx, &event).await?;
    tx.commit().await?;
    Ok(true)
}

/// An account as the audit log names it ("Aminata Diallo <aminata@…>"),
/// with its role before the change.
struct Audited {
    subject: String,
    role: String,
}

async fn audited(conn: &mut SqliteConnection, user_id: i64) -> sqlx::Result<Option<Audited>> {
    let row: Option<(String, String, String)> =
        sqlx::query_as("SELECT full_name, email, role FROM users WHERE id = ?")
            .bind(user_id)
            .fetch_optional(conn)
            .await?;
    Ok(row.map(|(name, email, role)| Audited {
        subject: format!("{name} <{email}>"),
        role,
    }))
}

/// Deactivates or reactivates an account, with its audit entry by the
/// administrator `by`, and ends all its sign-ins either way, so that
/// reactivating never revives a session from before. Returns false when
/// there is no such user.
pub async fn set_active(
    pool: &SqlitePool,
    user_id: i64,
    active: bool,
    by: i64,
) -> sqlx::Result<bool> {
    let mut tx = crate::db::begin_write(pool).await?;
    let Some(account) = audited(&mut tx, user_id).await? else {
        return Ok(false);
    };
    sqlx::query("UPDATE users SET active = ? WHERE id = ?")
        .bind(active)
        .bind(user_id)
        .execute(&mut *tx)
        .await?;
    super::sign_ins::end_others(&mut *tx, user_id, None).await?;
    let (action, before, after) = if active {
        (AuditAction::AccountReactivated, "inactive", "active")
    } else {
        (AuditAction::AccountDeactivated, "active", "inactive")
    };
    let event = AuditEvent {
        actor_id: Some(by),
        action,
        subject: account.subject,
        before,
        after,
    };
    audit::record(&mut *tx, &event).await?;
    tx.commit().await?;
    Ok(true)
}

pub async fn count(pool: &SqlitePool) -> sqlx::Result<i64> {
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM users")
        .fetch_one(pool)
        .await?;
    Ok(n)
}

/// Makes an existing account an active administrator with a new password.
/// Returns false when there is no account with that email.
pub async fn promote_to_administrator(
    pool: &SqlitePool,
    email: &Email,
    hash: &PasswordHash,
) -> sqlx::Result<bool> {
    let mut tx = crate::db::begin_write(pool).await?;
    let promoted: Option<i64> = sqlx::query_scalar(
        "UPDATE users SET role = 'administrator', active = TRUE, password_hash = ? WHERE email = ?
         RETURNING id",
    )
    .bind(hash.as_str())
    .bind(email.as_str())
    .fetch_optional(&mut *tx)
    .await?;
    if let Some(user_id) = promoted {
        // A new password: sessions begun with the old one end.
        super::sign_ins::end_others(&mut *tx, user_id, None).await?;
    }
    tx.commit().await?;
    Ok(promoted.is_some())
}
