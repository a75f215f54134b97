//! Plain axum handlers for what server functions cannot do well: a file
//! upload from a plain HTML form, and files to download (CSV). They check
//! the caller from the same session as every server function.

use super::{report, roster, store, ReportSort};
use crate::accounts::{session, CurrentUser};
use crate::error::AppError;
use crate::state::AppState;
use crate::web::{attachment, refusal};
use axum::extract::{Multipart, Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use serde::Deserialize;
use sqlx::SqlitePool;
use tower_sessions::Session;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/admin/cohorts/{id}/roster", post(upload_roster))
        .route("/admin/roster/{id}/links.csv", post(password_links))
        .route("/cohorts/{id}/progress.csv", get(progress_csv))
}

async fn administrator(session: &Session, pool: &SqlitePool) -> Result<CurrentUser, AppError> {
    session::administrator(session::caller(session, pool).await?)
}

fn csv_file(name: &str, bytes: Vec<u8>) -> Response {
    attachment("text/csv; charset=utf-8", name, bytes)
}

/// Stores an uploaded roster and shows its preview; nothing is enrolled yet.
async fn upload_roster(
    State(state): State<AppState>,
    session: Session,
    Path(cohort_id): Path<i64>,
    multipart: Multipart,
) -> Response {
    let back = format!("/admin/cohorts/{cohort_id}/participants");
    match receive_roster(&state.pool, &session, cohort_id, multipart).await {
        Ok(Ok(upload_id)) => Redirect::to(&format!("/admin/roster/{upload_id}")).into_response(),
        Ok(Err(problem)) => {
            Redirect::to(&format!("{back}?upload={problem}#upload")).into_response()
        }
        Err(error) => refusal(error, &back),
    }
}

/// The upload's id, or a short code for what was wrong with the file.
async fn receive_roster(
    pool: &SqlitePool,
    session: &Session,
    cohort_id: i64,
    mut multipart: Multipart,
) -> Result<Result<i64, &'static str>, AppError> {
    let user = administrator(session, pool).await?;
    store::cohort(pool, cohort_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut file = None;
    while let Ok(Some(field)) = multipart.next_field().await {
        if field.name() == Some("file") {
            let name = field.file_name().unwrap_or("roster.csv").to_string();
            let Ok(bytes) = field.bytes().await else {
                return Ok(Err("unreadable"));
            };
            file = Some((name, bytes));
        }
    }
    let Some((name, bytes)) = file.filter(|(_, bytes)| !bytes.is_empty()) else {
        return Ok(Err("empty"));
    };
    if bytes.len() > roster::MAX_FILE_BYTES {
        return Ok(Err("too-large"));
    }
    let Ok(content) = String::from_utf8(bytes.to_vec()) else {
        return Ok(Err("not-utf8"));
    };
    let name: String = name.chars().filter(|c| !c.is_control()).take(120).collect();
    Ok(Ok(roster::save_upload(
        pool, cohort_id, user.id, &name, &content,
    )
    .await?))
}

/// New set-password links, as CSV, for the accounts an upload created.
/// A POST, because it cancels the links handed out before.
async fn password_links(
    State(state): State<AppState>,
    session: Session,
    Path(upload_id): Path<i64>,
) -> Response {
    let back = format!("/admin/roster/{upload_id}");
    let result = async {
        administrator(&session, &state.pool).await?;
        roster::cohort_of_upload(&state.pool, upload_id)
            .await?
            .ok_or(AppError::NotFound)?;
        let links = crate::accounts::password_links::new_for_upload(&state.pool, upload_id).await?;
        let mut writer = csv::Writer::from_writer(Vec::new());
        let failed = |_| AppError::Internal;
        writer
            .write_record(["Full name", "Email", "Set-password link (works once)"])
            .map_err(failed)?;
        for link in links {
            writer
                .write_record([
                    report::spreadsheet_cell(&link.full_name),
                    report::spreadsheet_cell(&link.email),
                    format!("{}/set-password/{}", state.public_url, link.token),
                ])
                .map_err(failed)?;
        }
        writer.into_inner().map_err(|_| AppError::Internal)
    }
    .await;
    match result {
        Ok(bytes) => csv_file(&format!("set-password-links-{upload_id}.csv"), bytes),
        Err(error) => refusal(error, &back),
    }
}

#[derive(Deserialize)]
pub struct ReportQuery {
    country: Option<String>,
    sort: Option<String>,
}

/// The progress report as CSV, filtered and sorted like the page.
async fn progress_csv(
    State(state): State<AppState>,
    session: Session,
    Path(cohort_id): Path<i64>,
    Query(query): Query<ReportQuery>,
) -> Response {
    let back = format!("/cohorts/{cohort_id}/progress");
    let result = async {
        let user = session::caller(&session, &state.pool).await?;
        let cohort = store::cohort_for_staff(&state.pool, &user, cohort_id).await?;
        let report = report::progress_report(
            &state.pool,
            &cohort,
            query.country.as_deref().filter(|c| !c.is_empty()),
            ReportSort::parse(query.sort.as_deref().unwrap_or_default()),
        )
        .await?;
        report::to_csv(&report).map_err(|_| AppError::Internal)
    }
    .await;
    match result {
        Ok(bytes) => csv_file(&format!("progress-cohort-{cohort_id}.csv"), bytes),
        Err(error) => refusal(error, &back),
    }
}
