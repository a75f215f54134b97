//! Builds the axum application: database, sessions, routes and middleware.

use crate::config::Settings;
use crate::lesson_pages::{serve_lesson_page, LessonPages};
use crate::security;
use app::certificates::credential::PlatformKey;
use app::courses::caches::standings::Standings;
use app::courses::reading::RenderedLesson;
use app::error::AppError;
use app::notifications::domain::LinkKey;
use app::notifications::mailing::MailLinks;
use app::state::{AppState, SharedState};
use app::{shell, App};
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use governor::{Quota, RateLimiter};
use leptos::config::{Env, LeptosOptions};
use leptos::prelude::{provide_context, use_context};
use leptos_axum::{generate_route_list, AxumRouteListing, LeptosRoutes};
use sqlx::SqlitePool;
use std::future::Future;
use std::net::SocketAddr;
use std::num::NonZeroU32;
use std::sync::Arc;
use std::sync::OnceLock;
use tokio::net::TcpListener;
use tower_http::compression::CompressionLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::services::ServeDir;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::trace::{DefaultMakeSpan, DefaultOnResponse, TraceLayer};
use tower_sessions::cookie::SameSite;
use tower_sessions::{CachingSessionStore, Expiry, SessionManagerLayer};
use tower_sessions_moka_store::MokaStore;
use tower_sessions_sqlx_store::SqliteStore;
use tracing::Level;

/// Largest request body accepted; forms are small and uploads come later.
const MAX_BODY_BYTES: usize = 2 * 1024 * 1024;
/// Forgotten-password requests allowed per client address and minute.
const RESETS_PER_MINUTE: NonZeroU32 = NonZeroU32::new(5).expect("not zero");
/// Sessions kept in memory (about 1 KB each); beyond it, the least used are
/// read from the database again.
const SESSIONS_IN_MEMORY: u64 = 20_000;

/// HSTS when the platform is served over HTTPS; an empty value (which
/// `SetResponseHeaderLayer` leaves out) otherwise.
fn strict_transport_security(settings: &Settings) -> Option<HeaderValue> {
    settings
        .secure_cookies()
        .then(|| HeaderValue::from_static("max-age=31536000"))
}

pub struct Application {
    listener: TcpListener,
    router: Router,
    pool: SqlitePool,
}

/// cargo-leptos writes `hash.txt` beside the server binary when it builds
/// with hashed file names; those files can then be cached for a year.
fn built_with_hashed_files() -> bool {
    std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().map(|dir| dir.join("hash.txt").exists()))
        .unwrap_or(false)
}

fn leptos_options(settings: &Settings, hashed: bool) -> LeptosOptions {
    LeptosOptions::builder()
        .output_name("hrh")
        .site_root(settings.site_root.to_string_lossy().as_ref())
        .site_pkg_dir("pkg")
        .site_addr(settings.listen)
        .env(Env::PROD)
        .hash_files(hashed)
        .build()
}

/// Server functions answer every error with 500; give expected failures
/// (invalid input, not allowed, not found) their real status instead, so
/// that logs and clients can tell them from faults. Form posts without
/// JavaScript are redirects and pass through untouched.
async fn server_fn_error_status(request: Request, next: Next) -> Response {
    let response = next.run(request).await;
    if response.status() != StatusCode::INTERNAL_SERVER_ERROR
        || !response.headers().contains_key("serverfnerror")
    {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let bytes = axum::body::to_bytes(body, MAX_BODY_BYTES)
        .await
        .unwrap_or_default();
    if let Ok(error) = serde_json::from_slice::<AppError>(&bytes) {
        parts.status =
            StatusCode::from_u16(error.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    }
    Response::from_parts(parts, Body::from(bytes))
}

/// The app's routes, generated once per process. Generating them suppresses
/// resource loading process-wide for a moment, and a page whose resources
/// start loading in that moment never finishes (leptos issue #4773); several
/// applications in one process, as in the integration tests, would hit it.
fn route_list() -> Vec<AxumRouteListing> {
    static ROUTES: OnceLock<Vec<AxumRouteListing>> = OnceLock::new();
    ROUTES.get_or_init(|| generate_route_list(App)).clone()
}

/// The path of every page route, as the router knows it (`/sets/{id}`), for
/// tests that must cover each page.
pub fn page_paths() -> Vec<String> {
    route_list().iter().map(|r| r.path().to_string()).collect()
}

async fn healthz(State(pool): State<SqlitePool>) -> (StatusCode, &'static str) {
    if app::db::is_healthy(&pool).await {
        (StatusCode::OK, "ok")
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, "database unavailable")
    }
}

impl Application {
    /// Opens the database (applying migrations), adds demo data if asked,
    /// and binds the listening socket. Port 0 picks a free port.
    pub async fn build(settings: &Settings) -> anyhow::Result<Application> {
        std::fs::create_dir_all(&settings.data_dir)?;
        let standings = Arc::new(Standings::default());
        let pool = app::db::open_serving(&settings.database_path(), Arc::clone(&standings)).await?;
        if settings.demo {
            let added = app::accounts::demo::seed_if_empty(&pool)
                .await
                .map_err(|e| anyhow::anyhow!("could not add demo data: {e}"))?;
            if added > 0 {
                let courses = app::courses::demo::seed(&pool, &settings.courses_dir)
                    .await
                    .map_err(|e| anyhow::anyhow!("could not add demo courses: {e}"))?;
                app::notifications::store::mark_all_mailed(&pool).await?;
                tracing::info!(added, courses, "added demo accounts and courses");
            }
        }

        let session_store = SqliteStore::new(pool.clone());
        session_store.migrate().await?;
        tokio::spawn(
            tower_sessions::session_store::ExpiredDeletion::continuously_delete_expired(
                session_store.clone(),
                tokio::time::Duration::from_secs(3600),
            ),
        );
        // Every page reads its session; the sessions in use are kept in
        // memory, in front of the database that keeps them over a restart.
        let session_store =
            CachingSessionStore::new(MokaStore::new(Some(SESSIONS_IN_MEMORY)), session_store);
        let sessions = SessionManagerLayer::new(session_store)
            .with_name(security::SESSION_COOKIE)
            .with_http_only(true)
            .with_same_site(SameSite::Lax)
            .with_secure(settings.secure_cookies())
            .with_expiry(Expiry::OnInactivity(time::Duration::minutes(
                settings.session_idle_minutes,
            )));

        let certificate_key = PlatformKey::load_or_create(&settings.certificate_key_path())
            .map_err(|e| anyhow::anyhow!("certificate signing key: {e}"))?;
        let lookups = NonZeroU32::new(settings.verify_lookups_per_minute)
            .ok_or_else(|| anyhow::anyhow!("--verify-lookups-per-minute must be at least 1"))?;
        let mailer = crate::mail_delivery::Mailer::new(
            &settings.smtp_url,
            &settings.mail_from,
            settings.outbox_folder(),
        )?;
        let mail_delivery = mailer.delivery(&settings.smtp_url);
        let link_key = LinkKey::new(certificate_key.derived_secret("links"));
        let mail_links = MailLinks {
            public_url: settings.public_url().to_string(),
            key: link_key.clone(),
        };
        let hashed = built_with_hashed_files();
        let state = AppState::new(SharedState {
            leptos_options: leptos_options(settings, hashed),
            pool: pool.clone(),
            public_url: settings.public_url().to_string(),
            secure_cookies: settings.secure_cookies(),
            certificate_key,
            link_key,
            verify_limiter: Arc::new(RateLimiter::keyed(Quota::per_minute(lookups))),
            reset_limiter: Arc::new(RateLimiter::keyed(Quota::per_minute(RESETS_PER_MINUTE))),
            mail_delivery,
            trusted_proxies: app::state::TrustedProxies::new(settings.trusted_proxies.clone()),
            courses: Arc::default(),
            standings: Arc::clone(&standings),
        });
        tokio::spawn(standings.follow_content_version(pool.clone()));
        tokio::spawn(mailer.run(pool.clone(), mail_links.clone()));
        if !settings.no_scheduled_work {
            tokio::spawn(crate::scheduled_work::run(pool.clone(), mail_links));
        }
        let cache_control = if hashed {
            "public, max-age=31536000, immutable"
        } else {
            "no-cache"
        };
        let pkg = Router::new()
            .fallback_service(ServeDir::new(settings.site_root.join("pkg")))
            .layer(SetResponseHeaderLayer::overriding(
                header::CACHE_CONTROL,
                HeaderValue::from_static(cache_control),
            ));

        let routes = route_list();
        let context = {
            let state = state.clone();
            move || {
                provide_context(state.clone());
                let request = use_context::<axum::http::request::Parts>();
                // Known already when the lesson page cache looked the caller up.
                let extension = |parts: &axum::http::request::Parts| {
                    parts
                        .extensions
                        .get::<app::accounts::session::RequestUser>()
                        .cloned()
                };
                provide_context(request.as_ref().and_then(extension).unwrap_or_default());
                if let Some(rendered) = request
                    .as_ref()
                    .and_then(|parts| parts.extensions.get::<RenderedLesson>())
                {
                    provide_context(rendered.clone());
                }
                // Language and light mode, read once for the page and every
                // server function of the request.
                if let Some(request) = &request {
                    provide_context(app::preferences::Preferences::of_request(&request.headers));
                    provide_context(app::preferences::SecureCookies(state.secure_cookies));
                }
                // The hydration script carries the nonce the CSP names.
                let nonce =
                    request.and_then(|parts| parts.extensions.get::<security::CspNonce>().cloned());
                if let Some(nonce) = nonce {
                    provide_context(leptos::nonce::Nonce::from_value(nonce.0));
                }
            }
        };
        let pages = Router::new()
            .route("/healthz", get(healthz))
            .nest("/pkg", pkg)
            .merge(app::cohorts::downloads::routes())
            .merge(app::certificates::downloads::routes())
            .merge(app::notifications::routes::routes())
            .merge(app::courses::offline::routes())
            .leptos_routes_with_context(&state, routes, context.clone(), {
                let options = state.leptos_options.clone();
                move || shell(options.clone())
            })
            .layer(middleware::from_fn(server_fn_error_status))
            .fallback(leptos_axum::file_and_error_handler_with_context::<
                AppState,
                _,
            >(context, shell))
            .with_state(state.clone());
        // The middleware below wraps the routes whole, and so runs before
        // routing: a lesson page from the cache never reaches (nor clones,
        // as routing does for each request) the route that renders it.
        let router = Router::new()
            .fallback_service(pages)
            .layer(middleware::from_fn_with_state(
                Arc::new(LessonPages::new(state, settings.cache_status_header)),
                serve_lesson_page,
            ))
            .layer(sessions)
            .layer(middleware::from_fn_with_state(
                security::public_authority(&settings.public_url),
                security::refuse_cross_site,
            ))
            .layer(SetResponseHeaderLayer::if_not_present(
                header::X_CONTENT_TYPE_OPTIONS,
                HeaderValue::from_static("nosniff"),
            ))
            .layer(SetResponseHeaderLayer::if_not_present(
                header::REFERRER_POLICY,
                HeaderValue::from_static("same-origin"),
            ))
            .layer(SetResponseHeaderLayer::if_not_present(
                header::X_FRAME_OPTIONS,
                HeaderValue::from_static("DENY"),
            ))
            .layer(middleware::from_fn(security::with_content_security_policy))
            .layer(middleware::from_fn(security::no_store_when_signed_in))
            .layer(SetResponseHeaderLayer::if_not_present(
                header::STRICT_TRANSPORT_SECURITY,
                strict_transport_security(settings),
            ))
            .layer(RequestBodyLimitLayer::new(MAX_BODY_BYTES))
            .layer(CompressionLayer::new())
            .layer(
                TraceLayer::new_for_http()
                    .make_span_with(DefaultMakeSpan::new().level(Level::INFO))
                    .on_response(DefaultOnResponse::new().level(Level::INFO)),
            );

        let listener = TcpListener::bind(settings.listen).await?;
        Ok(Application {
            listener,
            router,
            pool,
        })
    }

    pub fn address(&self) -> std::io::Result<SocketAddr> {
        self.listener.local_addr()
    }

    pub fn pool(&self) -> SqlitePool {
        self.pool.clone()
    }

    /// Serves until `shutdown` completes, then lets requests in flight finish.
    pub async fn run_until(
        self,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> std::io::Result<()> {
        axum::serve(
            self.listener,
            self.router
                .into_make_service_with_connect_info::<SocketAddr>(),
        )
        .with_graceful_shutdown(shutdown)
        .await
    }
}

/// Completes on Ctrl-C or SIGTERM.
pub async fn shutdown_signal() {
    let interrupt = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = interrupt => {},
        () = terminate => {},
    }
    tracing::info!("shutting down: finishing requests in flight");
}
