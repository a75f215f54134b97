//! Plain axum handlers: opening a notice (marked read, then on to where it
//! leads), the calendar feed, and one-click unsubscribing (RFC 8058), which
//! mail clients post without a session.

use super::{calendar, store};
use crate::accounts::session;
use crate::error::AppError;
use crate::state::AppState;
use crate::web::refusal;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::Router;
use tower_sessions::Session;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/notices/{id}", get(open_notice))
        .route("/calendar/{token}", get(calendar_feed))
        .route(
            "/email/unsubscribe/{token}",
            get(unsubscribe_page).post(unsubscribe),
        )
}

async fn open_notice(
    State(state): State<AppState>,
    session: Session,
    Path(id): Path<i64>,
) -> Response {
    let back = format!("/notices/{id}");
    let opened = async {
        let user = session::caller(&session, &state.pool).await?;
        store::open(&state.pool, user.id, id)
            .await?
            .ok_or(AppError::NotFound)
    };
    match opened.await {
        Ok(link) => Redirect::to(&link).into_response(),
        Err(error) => refusal(error, &back),
    }
}

async fn calendar_feed(State(state): State<AppState>, Path(token): Path<String>) -> Response {
    let feed = async {
        let token = token.strip_suffix(".ics").unwrap_or(&token);
        let (user_id, generation) = state
            .link_key
            .open_calendar(token)
            .ok_or(AppError::NotFound)?;
        if store::calendar_generation(&state.pool, user_id).await? != Some(generation) {
            return Err(AppError::NotFound);
        }
        let entries = store::calendar_entries(&state.pool, user_id).await?;
        let host = state
            .public_url
            .split("://")
            .nth(1)
            .unwrap_or(&state.public_url);
        Ok::<_, AppError>(calendar::feed(
            "HRH Learning",
            host,
            &state.public_url,
            &entries,
        ))
    };
    match feed.await {
        Ok(ics) => (
            [
                (header::CONTENT_TYPE, "text/calendar; charset=utf-8"),
                (header::CACHE_CONTROL, "private, no-store"),
            ],
            ics,
        )
            .into_response(),
        Err(error) => refusal(error, "/account"),
    }
}

/// A link opened rather than posted goes to the page that asks first, so
/// that a mail scanner following links unsubscribes nobody.
async fn unsubscribe_page(Path(token): Path<String>) -> Redirect {
    Redirect::to(&format!("/unsubscribe/{token}"))
}

/// The one-click answer (the body, `List-Unsubscribe=One-Click`, says
/// nothing more) and the page's button alike.
async fn unsubscribe(State(state): State<AppState>, Path(token): Path<String>) -> Response {
    let Some((user_id, what)) = state.link_key.open_unsubscribe(&token) else {
        return refusal(AppError::NotFound, "/");
    };
    match store::unsubscribe(&state.pool, user_id, what).await {
        Ok(()) => Redirect::to(&format!("/unsubscribe/{token}")).into_response(),
        Err(error) => refusal(error.into(), "/"),
    }
}
