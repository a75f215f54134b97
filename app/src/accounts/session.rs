//! Who is asking: the session cookie resolved to an active account.
//!
//! Sessions live server-side in SQLite (tower-sessions); the cookie holds
//! only an opaque random id.

use super::{CurrentUser, Role};
use crate::error::AppError;
use crate::state::pool;
use std::sync::Arc;
use tower_sessions::Session;

const USER_ID: &str = "user_id";
/// When the session's expiry was last pushed back (Unix seconds).
const RENEWED_AT: &str = "renewed_at";

async fn session() -> Result<Session, AppError> {
    leptos_axum::extract::<Session>().await.map_err(|error| {
        tracing::error!(%error, "no session layer");
        AppError::Internal
    })
}

/// The caller of one request, once looked up: the header and the page both
/// ask who is signed in, and each question was a database query. The server
/// provides an empty one to every request.
#[derive(Clone, Default)]
pub struct RequestUser(Arc<tokio::sync::Mutex<Option<Option<CurrentUser>>>>);

impl RequestUser {
    /// A caller already looked up, by the server's lesson page cache.
    pub fn known(user: CurrentUser) -> RequestUser {
        RequestUser(Arc::new(tokio::sync::Mutex::new(Some(Some(user)))))
    }

    async fn forget(&self) {
        *self.0.lock().await = None;
    }
}

/// The signed-in, active user, if any.
pub async fn current_user() -> Result<Option<CurrentUser>, AppError> {
    // Context first: after an await, a resource whose page was re-rendered
    // meanwhile no longer has it.
    let pool = pool()?;
    let Some(RequestUser(known)) = leptos::prelude::use_context::<RequestUser>() else {
        return user_of(&session().await?, &pool).await;
    };
    // Held across the lookup, so that a second caller waits for the first.
    let mut known = known.lock().await;
    if let Some(user) = known.as_ref() {
        return Ok(user.clone());
    }
    let user = user_of(&session().await?, &pool).await?;
    *known = Some(user.clone());
    Ok(user)
}

/// Forgets the request's caller after sign-in or sign-out changed it.
async fn forget_request_user() {
    if let Some(known) = leptos::prelude::use_context::<RequestUser>() {
        known.forget().await;
    }
}

/// The active user a session belongs to, for handlers outside leptos.
pub async fn user_of(
    session: &Session,
    pool: &sqlx::SqlitePool,
) -> Result<Option<CurrentUser>, AppError> {
    let Some(user_id) = signed_in(session).await? else {
        return Ok(None);
    };
    let user = super::store::active_user(pool, user_id).await?;
    if user.is_some() {
        keep_alive(session).await?;
    }
    Ok(user)
}

/// The id of the user signed in with this session, active or not: callers
/// look the account up, then call `keep_alive`.
pub async fn signed_in(session: &Session) -> Result<Option<i64>, AppError> {
    Ok(session.get::<i64>(USER_ID).await?)
}

/// Pushes the session's expiry back, so that it ends after the idle time
/// without a request rather than that long after sign-in. The session store
/// only extends it when the session is saved, and saving on every request
/// would make every page view a database write; once a seventh of the idle
/// time has passed since the last renewal (a day, with the default week) is
/// close enough.
pub async fn keep_alive(session: &Session) -> Result<(), AppError> {
    let Some(tower_sessions::Expiry::OnInactivity(idle)) = session.expiry() else {
        return Ok(());
    };
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    let renewed_at = session.get::<i64>(RENEWED_AT).await?.unwrap_or(0);
    if now - renewed_at >= idle.whole_seconds() / 7 {
        session.insert(RENEWED_AT, now).await?;
    }
    Ok(())
}

pub async fn require_user() -> Result<CurrentUser, AppError> {
    current_user().await?.ok_or(AppError::Unauthenticated)
}

/// The caller, if their role is one of `roles`.
pub async fn require_role(roles: &[Role]) -> Result<CurrentUser, AppError> {
    let user = require_user().await?;
    if roles.contains(&user.role) {
        Ok(user)
    } else {
        Err(AppError::Forbidden)
    }
}

/// Starts a signed-in session under a new id, so that an id planted before
/// login (session fixation) is worthless afterwards.
pub async fn start(user_id: i64) -> Result<(), AppError> {
    forget_request_user().await;
    let session = session().await?;
    session.cycle_id().await?;
    session.insert(USER_ID, user_id).await?;
    session
        .insert(RENEWED_AT, time::OffsetDateTime::now_utc().unix_timestamp())
        .await?;
    Ok(())
}

/// Deletes the server-side session and its cookie.
pub async fn end() -> Result<(), AppError> {
    forget_request_user().await;
    session().await?.flush().await?;
    Ok(())
}

/// Keeps the session but under a new id, after a password change.
pub async fn renew() -> Result<(), AppError> {
    session().await?.cycle_id().await?;
    Ok(())
}
