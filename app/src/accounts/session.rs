//! Who is asking: the session cookie resolved to an active account.
//!
//! Sessions live server-side in SQLite (tower-sessions); the cookie holds
//! only an opaque random id. A signed-in session also names its row in
//! `sign_ins`, and is signed in only while that row exists: ending the row
//! ends the session (`sign_ins`).

use super::{CurrentUser, Role};
use crate::error::AppError;
use crate::state::pool;
use std::sync::Arc;
use tower_sessions::Session;

const USER_ID: &str = "user_id";
const SIGN_IN: &str = "sign_in";
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
    let Some(signed) = signed_in(session).await? else {
        return Ok(None);
    };
    let user = super::store::active_user(pool, signed.user_id, signed.sign_in).await?;
    if user.is_some() {
        keep_alive(session, pool, &signed).await?;
    }
    Ok(user)
}

/// The signed-in user of a plain axum handler's session, or unauthenticated.
pub async fn caller(session: &Session, pool: &sqlx::SqlitePool) -> Result<CurrentUser, AppError> {
    user_of(session, pool)
        .await?
        .ok_or(AppError::Unauthenticated)
}

/// Whom a session says it is signed in as, and with which sign-in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SignedIn {
    pub user_id: i64,
    pub sign_in: i64,
}

/// Who the session says is signed in, whether or not the account is active
/// and the sign-in still exists: callers look both up (`store::active_user`,
/// or a reader's standing), then call `keep_alive`.
pub async fn signed_in(session: &Session) -> Result<Option<SignedIn>, AppError> {
    let user_id = session.get::<i64>(USER_ID).await?;
    let sign_in = session.get::<i64>(SIGN_IN).await?;
    Ok(user_id
        .zip(sign_in)
        .map(|(user_id, sign_in)| SignedIn { user_id, sign_in }))
}

/// The caller's sign-in, for the account page's list.
pub async fn current_sign_in() -> Result<Option<i64>, AppError> {
    Ok(signed_in(&session().await?).await?.map(|s| s.sign_in))
}

/// How long a session lasts unused (the `--session-idle-minutes` setting).
pub fn idle_seconds(session: &Session) -> i64 {
    match session.expiry() {
        Some(tower_sessions::Expiry::OnInactivity(idle)) => idle.whole_seconds(),
        // Sessions without an idle limit (none are made so) never expire:
        // ten years stands for that, within SQLite's date range.
        _ => 10 * 365 * 24 * 3600,
    }
}

/// The caller's sign-ins still in use, theirs marked.
pub async fn my_sign_ins(user_id: i64) -> Result<Vec<super::SignInView>, AppError> {
    let session = session().await?;
    let current = signed_in(&session)
        .await?
        .map(|s| s.sign_in)
        .unwrap_or_default();
    Ok(super::sign_ins::list(&pool()?, user_id, current, idle_seconds(&session)).await?)
}

/// Pushes the session's expiry back, so that it ends after the idle time
/// without a request rather than that long after sign-in. The session store
/// only extends it when the session is saved, and saving on every request
/// would make every page view a database write; once a seventh of the idle
/// time has passed since the last renewal (a day, with the default week) is
/// close enough.
/// The sign-in's "last seen" moves with it.
pub async fn keep_alive(
    session: &Session,
    pool: &sqlx::SqlitePool,
    signed: &SignedIn,
) -> Result<(), AppError> {
    let Some(tower_sessions::Expiry::OnInactivity(idle)) = session.expiry() else {
        return Ok(());
    };
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    let renewed_at = session.get::<i64>(RENEWED_AT).await?.unwrap_or(0);
    if now - renewed_at >= idle.whole_seconds() / 7 {
        session.insert(RENEWED_AT, now).await?;
        super::sign_ins::seen(pool, signed.sign_in).await?;
    }
    Ok(())
}

pub async fn require_user() -> Result<CurrentUser, AppError> {
    current_user().await?.ok_or(AppError::Unauthenticated)
}

/// The caller, if an administrator (`administrator`).
pub async fn require_administrator() -> Result<CurrentUser, AppError> {
    administrator(require_user().await?)
}

/// The user, if an administrator; forbidden otherwise.
pub fn administrator(user: CurrentUser) -> Result<CurrentUser, AppError> {
    if user.is_administrator() {
        Ok(user)
    } else {
        Err(AppError::Forbidden)
    }
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
/// login (session fixation) is worthless afterwards, and records its
/// sign-in with the browser's description and address.
pub async fn start(user_id: i64) -> Result<(), AppError> {
    forget_request_user().await;
    let device = leptos::prelude::use_context::<axum::http::request::Parts>()
        .and_then(|parts| {
            parts
                .headers
                .get(axum::http::header::USER_AGENT)
                .and_then(|agent| agent.to_str().ok())
                .map(str::to_owned)
        })
        .unwrap_or_default();
    let address = crate::state::client_address().await.to_string();
    let session = session().await?;
    // Signing in over a session that was already signed in (as the same
    // person or another) ends the earlier sign-in, rather than leaving it
    // listed on the account page as a browser that no longer exists.
    if let Some(earlier) = signed_in(&session).await? {
        super::sign_ins::end(&pool()?, earlier.user_id, earlier.sign_in).await?;
    }
    let sign_in =
        super::sign_ins::begin(&pool()?, user_id, &device, &address, idle_seconds(&session))
            .await?;
    session.cycle_id().await?;
    session.insert(USER_ID, user_id).await?;
    session.insert(SIGN_IN, sign_in).await?;
    session
        .insert(RENEWED_AT, time::OffsetDateTime::now_utc().unix_timestamp())
        .await?;
    Ok(())
}

/// Ends the sign-in and deletes the server-side session and its cookie.
pub async fn end() -> Result<(), AppError> {
    forget_request_user().await;
    let session = session().await?;
    if let Some(signed) = signed_in(&session).await? {
        super::sign_ins::end(&pool()?, signed.user_id, signed.sign_in).await?;
    }
    session.flush().await?;
    Ok(())
}

/// Keeps the session but under a new id, after a password change.
pub async fn renew() -> Result<(), AppError> {
    session().await?.cycle_id().await?;
    Ok(())
}
