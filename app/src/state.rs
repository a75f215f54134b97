//! What every request handler and server function shares.

use axum::extract::FromRef;
use leptos::config::LeptosOptions;
use sqlx::SqlitePool;

#[derive(Clone, FromRef)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub pool: SqlitePool,
    /// Where people reach the platform, without a trailing slash; used in
    /// links that leave it (set-password links in a spreadsheet).
    pub public_url: String,
    /// Signs certificate credentials.
    pub certificate_key: crate::certificates::credential::PlatformKey,
    /// Certificate lookups per client address.
    pub verify_limiter: std::sync::Arc<ClientLimiter>,
}

/// A rate limit per client address, kept in memory: a restart forgets it,
/// which costs an attacker nothing they could not get by waiting a minute.
pub type ClientLimiter = governor::DefaultKeyedRateLimiter<std::net::IpAddr>;

/// The client's address, for limits per client: the connection's peer.
/// Behind a reverse proxy that is the proxy for everyone.
pub async fn client_address() -> std::net::IpAddr {
    leptos_axum::extract::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
        .await
        .map(|info| info.0.ip())
        .unwrap_or(std::net::IpAddr::from([0, 0, 0, 0]))
}

/// The database pool, from the context that the server provides to every
/// page render and server function.
pub fn pool() -> Result<SqlitePool, crate::error::AppError> {
    leptos::prelude::use_context::<AppState>()
        .map(|state| state.pool)
        .ok_or_else(|| {
            tracing::error!("AppState missing from context");
            crate::error::AppError::Internal
        })
}
