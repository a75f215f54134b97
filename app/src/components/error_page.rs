use crate::components::raw_text::PageTitle;
use crate::error::AppError;
use crate::t;
use leptos::prelude::*;

/// Shows an error as a whole page with the matching HTTP status. A visitor
/// who is not logged in is sent to the login page, and back here after.
#[component]
pub fn ErrorPage(error: AppError) -> impl IntoView {
    #[cfg(feature = "ssr")]
    respond_with(&error);
    let title = match &error {
        AppError::NotFound => t!("error-not-found-title"),
        AppError::Forbidden => t!("error-forbidden-title"),
        AppError::Unauthenticated => t!("error-unauthenticated-title"),
        AppError::Internal => t!("error-internal-title"),
        _ => t!("error-other-title"),
    };
    view! {
        <PageTitle text=title.clone() />
        <section class="error-page">
            <h1>{title}</h1>
            <p>{error_message(&error)}</p>
            <p>
                <a href="/">{t!("error-home-link")}</a>
            </p>
        </section>
    }
}

/// What an error says to the person: the platform's own messages in the
/// page's language, a server's explanation as it came.
pub fn error_message(error: &AppError) -> String {
    match error {
        AppError::Unauthenticated => t!("error-unauthenticated"),
        AppError::Forbidden => t!("error-forbidden"),
        AppError::NotFound => t!("error-not-found"),
        AppError::Internal => t!("error-internal"),
        _ => error.to_string(),
    }
}

#[cfg(feature = "ssr")]
fn respond_with(error: &AppError) {
    use axum::http::StatusCode;
    if *error == AppError::Unauthenticated {
        let next = leptos_router::location::Url::escape(&super::layout::this_page());
        leptos_axum::redirect(&format!("/login?next={next}"));
        // `redirect` sets 302 only for clients that ask for HTML; a page
        // answer is a redirect whoever asks.
        if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
            response.set_status(StatusCode::FOUND);
        }
        return;
    }
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(
            StatusCode::from_u16(error.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
        );
    }
}
