//! Answers of the plain axum handlers (downloads, the roster upload): a
//! refusal as a small page with its real status, and a file to save. Shared
//! by every area that serves files; imports no area.

use crate::error::AppError;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};

/// An error as a small page with its real status; a visitor who is not
/// signed in is sent to log in, and back to `back_to` after.
pub fn refusal(error: AppError, back_to: &str) -> Response {
    let status = StatusCode::from_u16(error.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    if matches!(error, AppError::Unauthenticated) {
        let next: String = url_escape(back_to);
        return Redirect::to(&format!("/login?next={next}")).into_response();
    }
    (status, error.to_string()).into_response()
}

fn url_escape(path: &str) -> String {
    path.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// The cookies a request carries, parsed once (`cookie` crate).
pub fn cookies(headers: &axum::http::HeaderMap) -> Vec<cookie::Cookie<'_>> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(cookie::Cookie::split_parse)
        .filter_map(Result::ok)
        .collect()
}

/// A file to save rather than show, kept out of every cache: what the
/// platform hands out is someone's data.
pub fn attachment(content_type: &str, name: &str, bytes: Vec<u8>) -> Response {
    (
        [
            (header::CONTENT_TYPE, content_type.to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}\""),
            ),
            (header::CACHE_CONTROL, "private, no-store".to_string()),
        ],
        bytes,
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_way_back_after_logging_in_is_escaped() {
        assert_eq!(
            url_escape("/certificates/AB-12/x.pdf"),
            "%2Fcertificates%2FAB-12%2Fx.pdf"
        );
        assert_eq!(url_escape("/a?b=c&d"), "%2Fa%3Fb%3Dc%26d");
    }
}
