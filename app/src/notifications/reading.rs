//! What a person reads of their notices in the platform: "What's new" and
//! their settings.

use super::domain::{render, LinkKey};
use super::store;
use super::{NoticeView, NotificationSettings, PreferencesForm, WhatsNew};
use crate::db::begin_write;
use crate::language::Language;
use sqlx::SqlitePool;

/// How many notices "What's new" lists.
pub const WHATS_NEW_LENGTH: i64 = 15;

/// The newest notices in `language`, with how many are unread.
pub async fn whats_new(
    pool: &SqlitePool,
    user_id: i64,
    language: Language,
    public_url: &str,
) -> sqlx::Result<WhatsNew> {
    let rows = store::newest(pool, user_id, WHATS_NEW_LENGTH).await?;
    let notices = rows
        .into_iter()
        .map(|row| {
            let (sentence, detail) = render(language, public_url, row.kind, &row.params);
            NoticeView {
                id: row.id,
                sentence,
                detail,
                context: row.context,
                created_at: row.created_at,
                read: row.read_at.is_some(),
            }
        })
        .collect();
    Ok(WhatsNew {
        notices,
        unread: store::unread_count(pool, user_id).await?,
    })
}

/// The calendar feed's address for a person.
pub async fn settings(
    pool: &SqlitePool,
    user_id: i64,
    key: &LinkKey,
    public_url: &str,
) -> sqlx::Result<NotificationSettings> {
    let generation = store::calendar_generation(pool, user_id)
        .await?
        .unwrap_or(0);
    let token = key.calendar_token(user_id, generation);
    Ok(NotificationSettings {
        choices: store::cadences(pool, user_id).await?,
        calendar_url: format!("{public_url}/calendar/{token}.ics"),
    })
}

/// Saves every topic's cadence together; `false` if the form named a
/// cadence that is not one of the choices.
pub async fn save_preferences(
    pool: &SqlitePool,
    user_id: i64,
    form: &PreferencesForm,
) -> sqlx::Result<bool> {
    let Some(choices) = form.choices() else {
        return Ok(false);
    };
    let mut tx = begin_write(pool).await?;
    for (topic, cadence) in choices {
        store::set_cadence(&mut tx, user_id, topic, cadence).await?;
    }
    tx.commit().await?;
    Ok(true)
}
