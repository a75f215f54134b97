//! What every request handler and server function shares.

use axum::extract::FromRef;
use leptos::config::LeptosOptions;
use sqlx::SqlitePool;
use std::sync::Arc;

/// Cloned for every request, many times over (axum's middleware clones the
/// services beneath it, and each server function takes its own copy), so
/// it is one shared pointer.
#[derive(Clone)]
pub struct AppState(Arc<SharedState>);

impl AppState {
    pub fn new(shared: SharedState) -> AppState {
        AppState(Arc::new(shared))
    }
}

impl std::ops::Deref for AppState {
    type Target = SharedState;

    fn deref(&self) -> &SharedState {
        &self.0
    }
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> LeptosOptions {
        state.leptos_options.clone()
    }
}

impl FromRef<AppState> for SqlitePool {
    fn from_ref(state: &AppState) -> SqlitePool {
        state.pool.clone()
    }
}

pub struct SharedState {
    pub leptos_options: LeptosOptions,
    pub pool: SqlitePool,
    /// Where people reach the platform, without a trailing slash; used in
    /// links that leave it (set-password links in a spreadsheet).
    pub public_url: String,
    /// Whether cookies are marked `Secure` (the platform is served over
    /// https): the session's and the preferences' alike.
    pub secure_cookies: bool,
    /// Signs certificate credentials.
    pub certificate_key: crate::certificates::credential::PlatformKey,
    /// Signs links that work without signing in: unsubscribing, calendars.
    pub link_key: crate::notifications::domain::LinkKey,
    /// Certificate lookups per client address.
    pub verify_limiter: std::sync::Arc<ClientLimiter>,
    /// Forgotten-password requests per client address.
    pub reset_limiter: std::sync::Arc<ClientLimiter>,
    /// How outgoing email leaves, for the outbox page.
    pub mail_delivery: crate::mail::Delivery,
    /// Reverse proxies whose `X-Forwarded-For` names the client.
    pub trusted_proxies: TrustedProxies,
    /// Course structures in memory, checked against the database.
    pub courses: std::sync::Arc<crate::courses::caches::structures::CourseCache>,
    /// Readers' standings in memory, told of changes by the database.
    pub standings: std::sync::Arc<crate::courses::caches::standings::Standings>,
}

/// A rate limit per client address, kept in memory: a restart forgets it,
/// which costs an attacker nothing they could not get by waiting a minute.
pub type ClientLimiter = governor::DefaultKeyedRateLimiter<std::net::IpAddr>;

/// The reverse proxies in front of the platform (`--trusted-proxies`).
/// Empty, the connection's peer is the client; behind a proxy that would be
/// the proxy, for everyone, so per-address limits would hit every user at once.
#[derive(Clone, Debug, Default)]
pub struct TrustedProxies(Vec<ipnet::IpNet>);

impl TrustedProxies {
    pub fn new(networks: Vec<ipnet::IpNet>) -> TrustedProxies {
        TrustedProxies(networks)
    }

    fn trusts(&self, address: std::net::IpAddr) -> bool {
        self.0.iter().any(|network| network.contains(&address))
    }

    /// The client of a request from `peer` carrying these `X-Forwarded-For`
    /// values. Each trusted proxy appends the address it saw, so the list is
    /// read from the right and the first address not of a trusted proxy is
    /// the client; anything left of it may be forged by the client. An entry
    /// that is not an address stops the walk at the proxy that passed it on.
    pub fn client<'a>(
        &self,
        peer: std::net::IpAddr,
        forwarded_for: impl DoubleEndedIterator<Item = &'a str>,
    ) -> std::net::IpAddr {
        let mut client = peer;
        let mut hops = forwarded_for
            .flat_map(|value| value.split(','))
            .collect::<Vec<_>>()
            .into_iter()
            .rev();
        while self.trusts(client) {
            match hops.next().map(|hop| hop.trim().parse()) {
                Some(Ok(address)) => client = address,
                _ => break,
            }
        }
        client
    }
}

/// The client's address, for limits per client: the connection's peer, or
/// behind a trusted reverse proxy the address that proxy saw.
pub async fn client_address() -> std::net::IpAddr {
    let proxies = leptos::prelude::use_context::<AppState>()
        .map(|state| state.trusted_proxies.clone())
        .unwrap_or_default();
    let parts = leptos::prelude::use_context::<axum::http::request::Parts>();
    let peer = leptos_axum::extract::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
        .await
        .map(|info| info.0.ip())
        .unwrap_or(std::net::IpAddr::from([0, 0, 0, 0]));
    let forwarded_for = parts
        .iter()
        .flat_map(|parts| parts.headers.get_all("x-forwarded-for"))
        .filter_map(|value| value.to_str().ok())
        .collect::<Vec<_>>();
    proxies.client(peer, forwarded_for.into_iter())
}

/// The shared state, from the context that the server provides to every
/// page render and server function.
///
/// It can be missing for one innocent reason: a page's data loads in a task
/// of its own, and when the client hangs up mid-render (a closed tab, a lost
/// 2G connection, a load generator stopping) that task may run on after the
/// request's context is gone. Then axum's request parts are gone too, and
/// there is no one to answer; only a state missing from a live request is a
/// wiring bug worth an error in the log.
pub fn state() -> Result<AppState, crate::error::AppError> {
    use leptos::prelude::use_context;
    use_context::<AppState>().ok_or_else(|| {
        if use_context::<axum::http::request::Parts>().is_some() {
            tracing::error!("AppState missing from context");
        } else {
            tracing::debug!("request abandoned before its data had loaded");
        }
        crate::error::AppError::Internal
    })
}

/// The database pool, from the shared state.
pub fn pool() -> Result<SqlitePool, crate::error::AppError> {
    state().map(|state| state.pool.clone())
}

#[cfg(test)]
mod tests {
    use super::TrustedProxies;
    use std::net::IpAddr;

    fn proxies(networks: &[&str]) -> TrustedProxies {
        TrustedProxies::new(
            networks
                .iter()
                .map(|n| n.parse().expect("network"))
                .collect(),
        )
    }

    fn ip(text: &str) -> IpAddr {
        text.parse().expect("address")
    }

    #[test]
    fn without_trusted_proxies_the_peer_is_the_client_whatever_the_header_says() {
        let none = proxies(&[]);
        assert_eq!(
            none.client(ip("198.51.100.7"), ["203.0.113.5"].into_iter()),
            ip("198.51.100.7")
        );
    }

    #[test]
    fn behind_a_trusted_proxy_the_address_it_saw_is_the_client() {
        let local = proxies(&["127.0.0.1/32", "10.0.0.0/8"]);
        assert_eq!(
            local.client(ip("127.0.0.1"), ["203.0.113.5"].into_iter()),
            ip("203.0.113.5")
        );
        // Two proxies in a row: the nearest untrusted address counts, and what
        // the client wrote before it is ignored.
        assert_eq!(
            local.client(
                ip("127.0.0.1"),
                ["1.2.3.4, 203.0.113.5, 10.1.2.3"].into_iter()
            ),
            ip("203.0.113.5")
        );
        assert_eq!(
            local.client(ip("127.0.0.1"), ["1.2.3.4", "203.0.113.5"].into_iter()),
            ip("203.0.113.5")
        );
    }

    #[test]
    fn a_proxy_without_a_usable_header_is_the_client() {
        let local = proxies(&["127.0.0.1/32"]);
        assert_eq!(
            local.client(ip("127.0.0.1"), std::iter::empty()),
            ip("127.0.0.1")
        );
        assert_eq!(
            local.client(ip("127.0.0.1"), ["unknown"].into_iter()),
            ip("127.0.0.1")
        );
        assert_eq!(
            local.client(ip("127.0.0.1"), ["2001:db8::1"].into_iter()),
            ip("2001:db8::1")
        );
    }
}
