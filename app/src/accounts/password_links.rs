//! Set-password links: how a person whose account an administrator made
//! (from a roster) chooses their password. A link works once, for
//! `LINK_DAYS`; only a SHA-256 of its token is stored. The same links,
//! valid an hour and sent by email, let a person who forgot their password
//! choose a new one.

use super::domain::Email;
use crate::db::begin_write;
use crate::language::Language;
use sha2::{Digest, Sha256};
use sqlx::{SqliteConnection, SqlitePool};

/// How long a set-password link works.
pub const LINK_DAYS: i64 = 30;

/// The stored form of a link's token: its SHA-256, so that a copy of the
/// database does not hold working links.
pub fn token_hash(token: &str) -> String {
    hex(&Sha256::digest(token.as_bytes()))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// UTC now plus `offset`, as stored, so that stored times compare as text.
fn timestamp(offset: time::Duration) -> String {
    crate::dates::timestamp(time::OffsetDateTime::now_utc() + offset)
}

/// A new link for a person, valid `lifetime`, in place of any earlier one;
/// its token, which only the link holds.
pub(crate) async fn replace_link(
    conn: &mut SqliteConnection,
    user_id: i64,
    lifetime: time::Duration,
) -> sqlx::Result<String> {
    use rand::RngCore;
    let mut bytes = [0u8; 24];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    let token = hex(&bytes);
    sqlx::query("DELETE FROM password_setups WHERE user_id = ?")
        .bind(user_id)
        .execute(&mut *conn)
        .await?;
    sqlx::query("INSERT INTO password_setups (token_hash, user_id, expires_at) VALUES (?, ?, ?)")
        .bind(token_hash(&token))
        .bind(user_id)
        .bind(timestamp(lifetime))
        .execute(conn)
        .await?;
    Ok(token)
}

/// A person to send a set-password link to.
pub struct PasswordLink {
    pub full_name: String,
    pub email: String,
    pub token: String,
}

/// New one-time links for the accounts a roster upload created whose
/// owners have not yet set a password; earlier links for them stop working.
pub async fn new_for_upload(pool: &SqlitePool, upload_id: i64) -> sqlx::Result<Vec<PasswordLink>> {
    let mut tx = begin_write(pool).await?;
    let people: Vec<(i64, String, String)> = sqlx::query_as(
        "SELECT id, full_name, email FROM users
         WHERE roster_upload_id = ? AND password_hash = '' ORDER BY id",
    )
    .bind(upload_id)
    .fetch_all(&mut *tx)
    .await?;
    let mut links = Vec::with_capacity(people.len());
    for (user_id, full_name, email) in people {
        let token = replace_link(&mut tx, user_id, time::Duration::days(LINK_DAYS)).await?;
        links.push(PasswordLink {
            full_name,
            email,
            token,
        });
    }
    tx.commit().await?;
    Ok(links)
}

/// Whose account a set-password link is for, while it works.
pub async fn link_owner(pool: &SqlitePool, token: &str) -> sqlx::Result<Option<(String, String)>> {
    sqlx::query_as(
        "SELECT u.full_name, u.email FROM password_setups p JOIN users u ON u.id = p.user_id
         WHERE p.token_hash = ? AND p.used_at IS NULL AND p.expires_at > ?
           AND u.active = TRUE",
    )
    .bind(token_hash(token))
    .bind(timestamp(time::Duration::ZERO))
    .fetch_optional(pool)
    .await
}

/// Sets the password of a link's owner and uses the link up; `None` when
/// the link does not work (unknown, used or expired).
pub async fn set_password(
    pool: &SqlitePool,
    token: &str,
    hash: &super::password::PasswordHash,
) -> sqlx::Result<Option<i64>> {
    let mut tx = begin_write(pool).await?;
    let owner: Option<(i64,)> = sqlx::query_as(
        "UPDATE password_setups SET used_at = CURRENT_TIMESTAMP
         WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?
           AND user_id IN (SELECT id FROM users WHERE active = TRUE)
         RETURNING user_id",
    )
    .bind(token_hash(token))
    .bind(timestamp(time::Duration::ZERO))
    .fetch_optional(&mut *tx)
    .await?;
    if let Some((user_id,)) = owner {
        sqlx::query("UPDATE users SET password_hash = ? WHERE id = ?")
            .bind(hash.as_str())
            .bind(user_id)
            .execute(&mut *tx)
            .await?;
        super::sign_ins::end_others(&mut *tx, user_id, None).await?;
    }
    tx.commit().await?;
    Ok(owner.map(|(id,)| id))
}

/// How long a forgotten-password link works.
pub const RESET_MINUTES: i64 = 60;
/// At most this many forgotten-password messages to one account an hour.
const RESETS_PER_HOUR: i64 = 3;

/// Records a forgotten-password request, to be answered by the mail
/// worker (`answer_reset_requests`). Every request does exactly this,
/// whether or not an account uses the address, so that neither the answer
/// nor how long it takes tells anyone who has an account.
pub async fn request_reset(pool: &SqlitePool, email: &Email) -> sqlx::Result<()> {
    sqlx::query("INSERT INTO reset_requests (email, requested_at) VALUES (?, ?)")
        .bind(email.as_str())
        .bind(timestamp(time::Duration::ZERO))
        .execute(pool)
        .await?;
    Ok(())
}

/// Answers the waiting requests, oldest first: each is taken (deleted) in
/// the transaction that writes its message, so that it is answered once,
/// even by two servers; how many.
pub async fn answer_reset_requests(pool: &SqlitePool, public_url: &str) -> sqlx::Result<usize> {
    let mut answered = 0;
    loop {
        let mut tx = begin_write(pool).await?;
        let taken: Option<String> = sqlx::query_scalar(
            "DELETE FROM reset_requests WHERE id = (SELECT MIN(id) FROM reset_requests)
             RETURNING email",
        )
        .fetch_optional(&mut *tx)
        .await?;
        let Some(email) = taken else {
            return Ok(answered);
        };
        send_reset_link(&mut tx, &email, public_url).await?;
        tx.commit().await?;
        answered += 1;
    }
}

/// A new link valid `RESET_MINUTES` for the active account with this email,
/// if there is one (earlier links stop working), in a message on the
/// caller's transaction; at most `RESETS_PER_HOUR` an hour.
async fn send_reset_link(
    tx: &mut SqliteConnection,
    email: &str,
    public_url: &str,
) -> sqlx::Result<()> {
    use crate::mail::compose;
    use crate::mail::store::{self as outbox, MessageKind, NewMessage};
    let account: Option<(i64, String, Language)> = sqlx::query_as(
        "SELECT id, full_name, language FROM users WHERE email = ? AND active = TRUE",
    )
    .bind(email)
    .fetch_optional(&mut *tx)
    .await?;
    let Some((user_id, full_name, language)) = account else {
        return Ok(());
    };
    let hour_ago = timestamp(-time::Duration::hours(1));
    if outbox::sent_since(&mut *tx, user_id, MessageKind::PasswordReset, &hour_ago).await?
        >= RESETS_PER_HOUR
    {
        return Ok(());
    }
    let token = replace_link(&mut *tx, user_id, time::Duration::minutes(RESET_MINUTES)).await?;
    let link = format!("{public_url}/set-password/{token}");
    let composed = compose::password_reset(language, &full_name, &link, RESET_MINUTES);
    let message = NewMessage {
        kind: MessageKind::PasswordReset,
        recipient_id: user_id,
        to_address: email,
        language,
        subject: composed.subject,
        body_text: composed.text,
        body_html: composed.html,
        unsubscribe_url: None,
    };
    outbox::enqueue(tx, &message).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_stored_as_hashes() {
        let hash = token_hash("abc");
        assert_eq!(hash.len(), 64);
        assert_ne!(hash, "abc");
        assert_eq!(hash, token_hash("abc"));
    }
}
