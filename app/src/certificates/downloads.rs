//! Files of a certificate (the PDF and the signed credential) for those who
//! may read it, and the platform's public key for everyone.

use super::credential::{credential, CredentialFacts, KEY_PATH};
use super::store::CertificateRecord;
use super::{access, long_date, pdf, PLATFORM_NAME};
use crate::accounts::session::caller;
use crate::error::AppError;
use crate::state::AppState;
use crate::web::{attachment, refusal};
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use tower_sessions::Session;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/certificates/{code}/certificate.pdf", get(certificate_pdf))
        .route("/certificates/{code}/credential.json", get(credential_json))
        .route(KEY_PATH, get(public_key))
}

async fn readable(
    state: &AppState,
    session: &Session,
    code: &str,
    file: &str,
) -> Result<CertificateRecord, Response> {
    let back_to = format!("/certificates/{code}/{file}");
    let user = caller(session, &state.pool)
        .await
        .map_err(|e| refusal(e, &back_to))?;
    access::readable(&state.pool, &user, code)
        .await
        .map_err(|e| refusal(e, &back_to))
}

async fn certificate_pdf(
    State(state): State<AppState>,
    session: Session,
    Path(code): Path<String>,
) -> Response {
    let certificate = match readable(&state, &session, &code, "certificate.pdf").await {
        Ok(certificate) => certificate,
        Err(refused) => return refused,
    };
    if !pdf::prints(&certificate) {
        let message = crate::t!("msg-certificate-pdf-script");
        return refusal(AppError::Refused(message), &format!("/certificates/{code}"));
    }
    let verify_url = format!("{}/verify/{}", state.public_url, certificate.code);
    let cohort_dates = format!(
        "{} – {}",
        long_date(&certificate.cohort_starts_on),
        long_date(&certificate.cohort_ends_on)
    );
    let issued_on = long_date(&certificate.issued_on);
    let document = pdf::CertificateDocument {
        holder_name: &certificate.holder_name,
        course_title: &certificate.course_title,
        cohort_dates: &cohort_dates,
        issued_on: &issued_on,
        code: &certificate.code,
        verify_url: &verify_url,
        platform_name: PLATFORM_NAME,
        revoked: certificate.revoked_at.is_some(),
    };
    // A few milliseconds of work: not worth a blocking thread.
    let bytes = pdf::render(&document);
    attachment(
        "application/pdf",
        &format!("certificate-{}.pdf", certificate.code),
        bytes,
    )
}

/// "2026-11-23 10:15:00" as "2026-11-23T10:15:00Z".
fn rfc3339(stored: &str) -> String {
    format!("{}Z", stored.replacen(' ', "T", 1))
}

async fn credential_json(
    State(state): State<AppState>,
    session: Session,
    Path(code): Path<String>,
) -> Response {
    let certificate = match readable(&state, &session, &code, "credential.json").await {
        Ok(certificate) => certificate,
        Err(refused) => return refused,
    };
    let issued_at = rfc3339(&certificate.issued_at);
    let facts = CredentialFacts {
        platform_url: &state.public_url,
        platform_name: PLATFORM_NAME,
        code: &certificate.code,
        revision: certificate.revision,
        holder_name: &certificate.holder_name,
        course_title: &certificate.course_title,
        course_slug: &certificate.course_slug,
        cohort_starts_on: &certificate.cohort_starts_on,
        cohort_ends_on: &certificate.cohort_ends_on,
        issued_at: &issued_at,
        criteria: if certificate.issued_by.is_some() {
            "Awarded by the course's administrators."
        } else {
            "Completed every lesson and passed every quiz of the course, \
             with the participation in an action-learning set that its rules require."
        },
    };
    let created = certificate
        .revised_at
        .as_deref()
        .map(rfc3339)
        .unwrap_or_else(|| issued_at.clone());
    let signed = state
        .certificate_key
        .sign(&state.public_url, credential(&facts), &created);
    let bytes = serde_json::to_vec_pretty(&signed).unwrap_or_default();
    attachment(
        "application/json",
        &format!("certificate-{}.json", certificate.code),
        bytes,
    )
}

async fn public_key(State(state): State<AppState>) -> Response {
    (
        [(header::CACHE_CONTROL, "public, max-age=3600")],
        Json(state.certificate_key.public_document(&state.public_url)),
    )
        .into_response()
}
