//! The outbox, for administrators.

use crate::error::AppError;
use crate::mail::Outbox;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::{accounts::session, mail::store, state::state, t};

/// How many messages the outbox page shows, newest first.
pub const OUTBOX_PAGE: i64 = 200;

/// The newest messages and how they leave. Administrators only.
#[server(prefix = "/api", endpoint = "outbox")]
pub async fn get_outbox() -> Result<Outbox, AppError> {
    session::require_administrator().await?;
    let state = state()?;
    Ok(Outbox {
        entries: store::list(&state.pool, OUTBOX_PAGE).await?,
        delivery: state.mail_delivery.clone(),
    })
}

/// Queues a sent or failed message again. Administrators only.
#[server(prefix = "/api", endpoint = "resend_message")]
pub async fn resend_message(message_id: i64) -> Result<(), AppError> {
    session::require_administrator().await?;
    if !store::resend(&state()?.pool, message_id).await? {
        return Err(AppError::Refused(t!("msg-outbox-not-resendable")));
    }
    leptos_axum::redirect("/admin/outbox?resent=1");
    Ok(())
}
