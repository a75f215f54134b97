//! Running cohorts: settings and tutors (administrators), enrolment by
//! administrators and from roster files, the waiting list, progress reports
//! (the cohort's tutors and administrators) and set-password links.

use crate::cohorts::{CohortAdmin, CohortForm, Participants, ProgressReport, RosterPreview};
use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
use crate::{
    accounts::{domain::Email, domain::Password, password, password_links, session},
    cohorts::{
        domain::CohortSettings,
        report, roster,
        store::{self, CohortError, EnrolError, EnrolOutcome, TutorError},
        ReportSort,
    },
    error::FormErrors,
    state::pool,
    t,
};

#[cfg(feature = "ssr")]
impl From<EnrolError> for AppError {
    #[track_caller]
    fn from(error: EnrolError) -> Self {
        match error {
            EnrolError::NoSuchCohort => AppError::NotFound,
            EnrolError::NoSuchAccount => {
                let mut errors = FormErrors::default();
                errors.add("email", t!("msg-cohort-no-such-account"));
                AppError::Invalid(errors)
            }
            EnrolError::Closed => AppError::Refused(t!("msg-cohort-enrolment-closed")),
            EnrolError::Ended => AppError::Refused(t!("msg-cohort-ended")),
            EnrolError::WrongKey => {
                let mut errors = FormErrors::summary(t!("msg-cohort-wrong-key-summary"));
                errors.add("key", t!("msg-cohort-wrong-key"));
                AppError::Invalid(errors)
            }
            EnrolError::Withdrawn => AppError::Refused(t!("msg-cohort-withdrawn")),
            EnrolError::KeyPaused(minutes) => {
                AppError::TooManyRequests(t!("msg-cohort-key-paused", count = minutes))
            }
            EnrolError::Full(capacity) => {
                AppError::Refused(t!("msg-cohort-full", capacity = capacity))
            }
            EnrolError::Database(e) => AppError::from(e),
        }
    }
}

#[cfg(feature = "ssr")]
impl From<CohortError> for AppError {
    #[track_caller]
    fn from(error: CohortError) -> Self {
        match error {
            CohortError::NotFound => AppError::NotFound,
            CohortError::BelowEnrolled(enrolled) => {
                let mut errors = FormErrors::default();
                errors.add(
                    "capacity",
                    t!("msg-cohort-capacity-below-enrolled", enrolled = enrolled),
                );
                AppError::Invalid(errors)
            }
            CohortError::Database(e) => AppError::from(e),
        }
    }
}

#[cfg(feature = "ssr")]
impl From<roster::RosterError> for AppError {
    #[track_caller]
    fn from(error: roster::RosterError) -> Self {
        match error {
            roster::RosterError::NotFound => AppError::NotFound,
            roster::RosterError::Database(e) => AppError::from(e),
        }
    }
}

/// Adds a cohort to a course. Administrators only.
#[server(prefix = "/api", endpoint = "create_cohort")]
pub async fn create_cohort(
    course_id: i64,
    #[server(flatten)] form: CohortForm,
) -> Result<(), AppError> {
    session::require_administrator().await?;
    let pool = pool()?;
    crate::courses::store::course_by_id(&pool, course_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let settings = CohortSettings::parse(&form).map_err(AppError::Invalid)?;
    let cohort_id = store::create(&pool, course_id, &settings).await?;
    leptos_axum::redirect(&format!("/admin/cohorts/{cohort_id}?created=1"));
    Ok(())
}

/// Saves a cohort's settings. Administrators only.
#[server(prefix = "/api", endpoint = "update_cohort")]
pub async fn update_cohort(
    cohort_id: i64,
    #[server(flatten)] form: CohortForm,
) -> Result<(), AppError> {
    session::require_administrator().await?;
    let settings = CohortSettings::parse(&form).map_err(AppError::Invalid)?;
    // Keep what was typed when the database refuses it, as for bad input.
    store::update(&pool()?, cohort_id, &settings)
        .await
        .map_err(|error| match AppError::from(error) {
            AppError::Invalid(mut errors) => {
                for (field, value) in form.fields() {
                    if errors.value_for(field).is_none() {
                        errors.keep(field, value);
                    }
                }
                AppError::Invalid(errors)
            }
            other => other,
        })?;
    leptos_axum::redirect(&format!("/admin/cohorts/{cohort_id}?saved=1"));
    Ok(())
}

/// Opens or closes a cohort for enrolment. Administrators only.
#[server(prefix = "/api", endpoint = "set_cohort_open")]
pub async fn set_cohort_open(cohort_id: i64, open: bool) -> Result<(), AppError> {
    session::require_administrator().await?;
    store::set_open(&pool()?, cohort_id, open)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(())
}

/// A cohort's settings and tutors. Administrators only.
#[server(prefix = "/api", endpoint = "cohort_admin")]
pub async fn get_cohort_admin(cohort_id: i64) -> Result<CohortAdmin, AppError> {
    session::require_administrator().await?;
    let pool = pool()?;
    let cohort = store::cohort(&pool, cohort_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let (enrolled, waiting) = store::counts(&pool, cohort_id).await?;
    Ok(CohortAdmin {
        id: cohort.id,
        course_id: cohort.course_id,
        course_title: cohort.course_title.clone(),
        settings: cohort.view(),
        enrolled,
        waiting,
        tutors: store::tutors(&pool, cohort_id).await?,
        tutor_candidates: store::tutor_candidates(&pool, cohort_id).await?,
    })
}

/// Makes a tutor (or administrator) a tutor of the cohort. Administrators only.
#[server(prefix = "/api", endpoint = "assign_tutor")]
pub async fn assign_tutor(cohort_id: i64, user_id: i64) -> Result<(), AppError> {
    session::require_administrator().await?;
    let pool = pool()?;
    store::cohort(&pool, cohort_id)
        .await?
        .ok_or(AppError::NotFound)?;
    store::assign_tutor(&pool, cohort_id, user_id)
        .await
        .map_err(|error| match error {
            TutorError::NotATutor => AppError::Refused(t!("msg-cohort-not-a-tutor")),
            TutorError::Database(e) => AppError::from(e),
        })
}

#[server(prefix = "/api", endpoint = "remove_tutor")]
pub async fn remove_tutor(cohort_id: i64, user_id: i64) -> Result<(), AppError> {
    session::require_administrator().await?;
    store::remove_tutor(&pool()?, cohort_id, user_id).await?;
    Ok(())
}

/// Every enrolment of a cohort and its waiting list. Administrators only.
#[server(prefix = "/api", endpoint = "participants")]
pub async fn get_participants(cohort_id: i64) -> Result<Participants, AppError> {
    session::require_administrator().await?;
    let pool = pool()?;
    let cohort = store::cohort(&pool, cohort_id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(Participants {
        cohort_id,
        cohort_name: cohort.name,
        course_title: cohort.course_title,
        capacity: cohort.capacity,
        enrolments: store::enrolments(&pool, cohort_id).await?,
        waiting: store::waiting_list(&pool, cohort_id).await?,
    })
}

/// Enrols an existing account by its email. Administrators only.
#[server(prefix = "/api", endpoint = "enrol_by_email")]
pub async fn enrol_by_email(cohort_id: i64, email: String) -> Result<(), AppError> {
    let administrator = session::require_administrator().await?;
    let mut errors = FormErrors::default();
    errors.keep("email", &email);
    let Some(email) = errors.check("email", Email::parse(&email)) else {
        return Err(AppError::Invalid(errors));
    };
    let pool = pool()?;
    let outcome = store::enrol_by_administrator(&pool, administrator.id, cohort_id, email.as_str())
        .await
        .map_err(|error| match AppError::from(error) {
            AppError::Invalid(mut invalid) => {
                invalid.keep("email", email.as_str());
                AppError::Invalid(invalid)
            }
            other => other,
        })?;
    let done = match outcome {
        EnrolOutcome::AlreadyEnrolled => "already",
        EnrolOutcome::Reinstated => "reinstated",
        _ => "enrolled",
    };
    leptos_axum::redirect(&format!(
        "/admin/cohorts/{cohort_id}/participants?done={done}"
    ));
    Ok(())
}

/// Withdraws a participant, keeping their history; the first person on
/// the waiting list takes the place. Administrators only.
#[server(prefix = "/api", endpoint = "withdraw_enrolment")]
pub async fn withdraw_enrolment(enrolment_id: i64) -> Result<(), AppError> {
    let administrator = session::require_administrator().await?;
    let pool = pool()?;
    let cohort_id = store::withdraw(&pool, administrator.id, enrolment_id).await?;
    leptos_axum::redirect(&format!(
        "/admin/cohorts/{cohort_id}/participants?done=withdrawn"
    ));
    Ok(())
}

/// Reinstates a withdrawn participant with their history. Administrators only.
#[server(prefix = "/api", endpoint = "reinstate_enrolment")]
pub async fn reinstate_enrolment(enrolment_id: i64) -> Result<(), AppError> {
    let administrator = session::require_administrator().await?;
    let pool = pool()?;
    let cohort_id = store::reinstate(&pool, administrator.id, enrolment_id).await?;
    leptos_axum::redirect(&format!(
        "/admin/cohorts/{cohort_id}/participants?done=reinstated"
    ));
    Ok(())
}

/// An uploaded roster's rows and what confirming would do. Administrators only.
#[server(prefix = "/api", endpoint = "roster_preview")]
pub async fn get_roster_preview(upload_id: i64) -> Result<RosterPreview, AppError> {
    session::require_administrator().await?;
    Ok(roster::preview(&pool()?, upload_id).await?)
}

/// Creates the missing accounts and enrols the file's valid rows.
/// Administrators only.
#[server(prefix = "/api", endpoint = "confirm_roster")]
pub async fn confirm_roster(upload_id: i64) -> Result<(), AppError> {
    let administrator = session::require_administrator().await?;
    let pool = pool()?;
    let public_url = &crate::state::state()?.public_url;
    let result = roster::confirm(&pool, administrator.id, upload_id, public_url).await?;
    if let Some(problem) = result.file_error {
        return Err(AppError::Refused(problem));
    }
    leptos_axum::redirect(&format!("/admin/roster/{upload_id}?confirmed=1"));
    Ok(())
}

/// A cohort's progress report. The cohort's tutors and administrators only;
/// to anyone else the cohort does not exist.
#[server(prefix = "/api", endpoint = "progress_report")]
pub async fn get_progress_report(
    cohort_id: i64,
    country: Option<String>,
    sort: Option<String>,
) -> Result<ProgressReport, AppError> {
    let user = session::require_user().await?;
    let pool = pool()?;
    let cohort = store::cohort_for_staff(&pool, &user, cohort_id).await?;
    Ok(report::progress_report(
        &pool,
        &cohort,
        country.as_deref().filter(|c| !c.is_empty()),
        ReportSort::parse(sort.as_deref().unwrap_or_default()),
    )
    .await?)
}

/// Takes the caller off a cohort's waiting list.
#[server(prefix = "/api", endpoint = "leave_waiting_list")]
pub async fn leave_waiting_list(cohort_id: i64) -> Result<(), AppError> {
    let user = session::require_user().await?;
    store::leave_waiting_list(&pool()?, user.id, cohort_id).await?;
    leptos_axum::redirect("/");
    Ok(())
}

/// Whose account a set-password link is for. Anyone with the link.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PasswordLinkOwner {
    pub full_name: String,
    pub email: String,
}

#[cfg(feature = "ssr")]
fn link_gone() -> AppError {
    AppError::Refused(t!("msg-roster-link-gone"))
}

#[server(prefix = "/api", endpoint = "password_link")]
pub async fn get_password_link(token: String) -> Result<PasswordLinkOwner, AppError> {
    let (full_name, email) = password_links::link_owner(&pool()?, &token)
        .await?
        .ok_or_else(link_gone)?;
    Ok(PasswordLinkOwner { full_name, email })
}

/// Sets the password of a link's owner, uses the link up and signs them in.
#[server(prefix = "/api", endpoint = "set_password_by_link")]
pub async fn set_password_by_link(token: String, password: String) -> Result<(), AppError> {
    let mut errors = FormErrors::default();
    let Some(password) = errors.check("password", Password::parse(&password)) else {
        return Err(AppError::Invalid(errors));
    };
    let hash = password::hash(&password).await?;
    let user_id = password_links::set_password(&pool()?, &token, &hash)
        .await?
        .ok_or_else(link_gone)?;
    session::start(user_id).await?;
    leptos_axum::redirect("/?welcome=1");
    Ok(())
}

/// A tutor's reminder to the participants checked on the progress report
/// (`participants[<user id>]`). The cohort's tutors and administrators.
#[server(prefix = "/api", endpoint = "send_reminder")]
pub async fn send_reminder(
    cohort_id: i64,
    message: String,
    participants: Option<std::collections::HashMap<String, String>>,
) -> Result<(), AppError> {
    let user = session::require_user().await?;
    let pool = pool()?;
    let cohort = store::cohort_for_staff(&pool, &user, cohort_id).await?;
    let checked: Vec<String> = participants.unwrap_or_default().into_keys().collect();
    let draft =
        crate::cohorts::domain::ReminderDraft::parse(&message, &checked).map_err(|problem| {
            let mut errors = FormErrors::summary(problem);
            errors.keep("message", &message);
            AppError::Invalid(errors)
        })?;
    let sent = crate::cohorts::reminders::send(&pool, &cohort, &user, &draft).await?;
    leptos_axum::redirect(&format!(
        "/cohorts/{cohort_id}/progress?reminded={sent}#reminder"
    ));
    Ok(())
}
