//! Notifications: "What's new", the header's count, a person's settings,
//! their calendar link, and the unsubscribe page.

use crate::error::AppError;
use crate::notifications::{NotificationSettings, PreferencesForm, Unsubscription, WhatsNew};
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::{
    accounts::session, i18n, notifications::reading, notifications::store, state::state, t,
};

/// The caller's newest notices, in the page's language. Signed in.
#[server(prefix = "/api", endpoint = "whats_new")]
pub async fn get_whats_new() -> Result<WhatsNew, AppError> {
    let user = session::require_user().await?;
    let state = state()?;
    Ok(reading::whats_new(&state.pool, user.id, i18n::language(), &state.public_url).await?)
}

/// How many of the caller's notices are unread; none for a visitor.
#[server(prefix = "/api", endpoint = "unread_notices")]
pub async fn unread_notices() -> Result<i64, AppError> {
    match session::current_user().await? {
        Some(user) => Ok(store::unread_count(&state()?.pool, user.id).await?),
        None => Ok(0),
    }
}

/// Marks all the caller's notices read. Signed in.
#[server(prefix = "/api", endpoint = "mark_notices_read")]
pub async fn mark_notices_read() -> Result<(), AppError> {
    let user = session::require_user().await?;
    store::mark_all_read(&state()?.pool, user.id).await?;
    leptos_axum::redirect("/#whats-new");
    Ok(())
}

/// The caller's choices per topic and calendar link. Signed in.
#[server(prefix = "/api", endpoint = "notification_settings")]
pub async fn get_notification_settings() -> Result<NotificationSettings, AppError> {
    let user = session::require_user().await?;
    let state = state()?;
    Ok(reading::settings(&state.pool, user.id, &state.link_key, &state.public_url).await?)
}

/// Saves the caller's choices per topic. Signed in.
#[server(prefix = "/api", endpoint = "set_notification_preferences")]
pub async fn set_notification_preferences(
    #[server(flatten)] form: PreferencesForm,
) -> Result<(), AppError> {
    let user = session::require_user().await?;
    if !reading::save_preferences(&state()?.pool, user.id, &form).await? {
        return Err(AppError::Refused(t!("msg-notifications-bad-choice")));
    }
    leptos_axum::redirect("/account?notifications=saved#notifications");
    Ok(())
}

/// A new calendar link for the caller; the old one stops working. Signed in.
#[server(prefix = "/api", endpoint = "reset_calendar_link")]
pub async fn reset_calendar_link() -> Result<(), AppError> {
    let user = session::require_user().await?;
    store::reset_calendar(&state()?.pool, user.id).await?;
    leptos_axum::redirect("/account?calendar=new#calendar");
    Ok(())
}

/// What an unsubscribe link stops, and whether it has. Anyone with the
/// link: its signature is the permission.
#[server(prefix = "/api", endpoint = "unsubscription")]
pub async fn get_unsubscription(token: String) -> Result<Unsubscription, AppError> {
    let state = state()?;
    let (user_id, what) = state
        .link_key
        .open_unsubscribe(&token)
        .ok_or(AppError::NotFound)?;
    let done = store::is_unsubscribed(&state.pool, user_id, what).await?;
    Ok(Unsubscription { what, done })
}
