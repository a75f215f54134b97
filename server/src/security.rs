//! Refusing cross-site requests, and the security headers of every answer.

use axum::extract::{Request, State};
use axum::http::header::{HOST, ORIGIN, REFERER};
use axum::http::{Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// The `host[:port]` of a URL, if it has one.
fn authority(url: &str) -> Option<&str> {
    let rest = url.split_once("://")?.1;
    rest.split(['/', '?', '#']).next()
}

/// Whether a state-changing request was sent by a page of another site.
/// Browsers send `Origin` (or at least `Referer`) with every cross-site
/// POST, so a request with neither did not come from a page that could
/// borrow the user's cookie. Requests from the platform's own address
/// (`public_authority`, or the `Host` it was sent to) pass.
fn is_cross_site(request: &Request, public_authority: &str) -> bool {
    if matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    ) {
        return false;
    }
    let headers = request.headers();
    let text = |name| headers.get(name).and_then(|v| v.to_str().ok());
    if text("sec-fetch-site") == Some("cross-site") {
        return true;
    }
    let Some(source) = text(ORIGIN.as_str()).or_else(|| text(REFERER.as_str())) else {
        return false;
    };
    match authority(source) {
        Some(from) => from != public_authority && Some(from) != text(HOST.as_str()),
        None => true,
    }
}

/// Refuses cross-site state-changing requests (server functions, form
/// posts, uploads) before they reach a handler.
pub async fn refuse_cross_site(
    State(public_authority): State<String>,
    request: Request,
    next: Next,
) -> Response {
    if is_cross_site(&request, &public_authority) {
        tracing::warn!(uri = %request.uri(), "refused a cross-site request");
        return (
            StatusCode::FORBIDDEN,
            "This request came from another site and was refused.",
        )
            .into_response();
    }
    next.run(request).await
}

/// The platform's `host[:port]` from its public address.
pub fn public_authority(public_url: &str) -> String {
    authority(public_url).unwrap_or_default().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::body::Body;

    fn post(headers: &[(&str, &str)]) -> Request {
        let mut request = Request::builder().method(Method::POST).uri("/api/enrol");
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        request.body(Body::empty()).expect("request")
    }

    #[test]
    fn same_site_posts_pass_and_cross_site_posts_do_not() {
        let own = "learn.example.org";
        let host = ("host", "learn.example.org");
        assert!(!is_cross_site(
            &post(&[host, ("origin", "https://learn.example.org")]),
            own
        ));
        assert!(!is_cross_site(
            &post(&[host, ("referer", "https://learn.example.org/courses")]),
            own
        ));
        assert!(
            !is_cross_site(&post(&[host]), own),
            "no browser, no cookie to borrow"
        );
        assert!(
            !is_cross_site(
                &post(&[
                    ("host", "10.0.0.5:3000"),
                    ("origin", "https://learn.example.org")
                ]),
                own
            ),
            "behind a proxy, the public address counts"
        );
        assert!(is_cross_site(
            &post(&[host, ("origin", "https://evil.example")]),
            own
        ));
        assert!(is_cross_site(
            &post(&[host, ("referer", "https://evil.example/form")]),
            own
        ));
        assert!(is_cross_site(&post(&[host, ("origin", "null")]), own));
        assert!(is_cross_site(
            &post(&[host, ("sec-fetch-site", "cross-site")]),
            own
        ));
        let get = Request::builder()
            .uri("/")
            .header("origin", "https://evil.example")
            .body(Body::empty())
            .expect("request");
        assert!(!is_cross_site(&get, own), "reading is not changing");
    }
}

/// This response's CSP nonce, for the scripts the page renders.
#[derive(Clone, Debug)]
pub struct CspNonce(pub String);

/// The Content-Security-Policy of an answer: only the platform's own
/// scripts run, and of inline scripts only those carrying this response's
/// nonce (the hydration script leptos writes). `wasm-unsafe-eval` lets the
/// page compile the platform's own wasm; it allows no `eval` of JavaScript.
pub fn content_security_policy(nonce: &str) -> String {
    format!(
        "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; \
         style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; \
         base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
    )
}

/// 128 random bits in hex: a CSP nonce, or what stands for one.
pub fn random_nonce() -> String {
    use rand::Rng;
    let bytes: [u8; 16] = rand::thread_rng().gen();
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Draws a nonce for each request, hands it to the page render (as a
/// request extension) and names it in the answer's CSP.
pub async fn with_content_security_policy(mut request: Request, next: Next) -> Response {
    let nonce = random_nonce();
    request.extensions_mut().insert(CspNonce(nonce.clone()));
    let mut response = next.run(request).await;
    if let Ok(policy) = axum::http::HeaderValue::from_str(&content_security_policy(&nonce)) {
        response
            .headers_mut()
            .insert(axum::http::header::CONTENT_SECURITY_POLICY, policy);
    }
    response
}

/// The session cookie's name: a request carrying it may be signed in.
pub const SESSION_COOKIE: &str = "hrh_session";

/// Pages shown to someone who may be signed in are kept by no cache, shared
/// or not: on a shared phone or a cybercafé computer, the back button or
/// the browser's cache must not show the last person's pages.
pub async fn no_store_when_signed_in(request: Request, next: Next) -> Response {
    let has_session = app::web::cookies(request.headers())
        .iter()
        .any(|cookie| cookie.name() == SESSION_COOKIE);
    let mut response = next.run(request).await;
    let is_html = response
        .headers()
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|kind| kind.starts_with("text/html"));
    if has_session && is_html {
        response.headers_mut().insert(
            axum::http::header::CACHE_CONTROL,
            axum::http::HeaderValue::from_static("private, no-store"),
        );
    }
    response
}
