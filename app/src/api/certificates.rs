//! Certificates: the holder's page, public verification, the staff's list
//! per cohort (approve, issue by hand, revoke), name corrections and the
//! course rules.

use crate::certificates::{CertificatePage, CohortCertificates, NameCorrectionView, Verification};
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::{
    accounts::{domain::FullName, session, CurrentUser},
    certificates::{
        access, award, code::VerificationCode, rules::CertificateRules, store,
        store::CertificateRecord, CertificateFacts, PLATFORM_NAME,
    },
    cohorts::store::cohort_for_staff,
    error::FormErrors,
    i18n::date,
    sets::domain::reason,
    state::{pool, state},
    t,
};

#[cfg(feature = "ssr")]
fn facts(certificate: &CertificateRecord) -> CertificateFacts {
    CertificateFacts {
        code: certificate.code.clone(),
        holder_name: certificate.holder_name.clone(),
        course_title: certificate.course_title.clone(),
        cohort_dates: format!(
            "{} – {}",
            date(&certificate.cohort_starts_on),
            date(&certificate.cohort_ends_on)
        ),
        issued_on: date(&certificate.issued_on),
        revoked_on: certificate.revoked_at.as_deref().map(date),
        corrected_on: certificate.revised_at.as_deref().map(date),
    }
}

#[cfg(feature = "ssr")]
fn one_field(field: &str, typed: &str, parsed: Result<String, String>) -> Result<String, AppError> {
    let mut errors = FormErrors::default();
    errors.keep(field, typed);
    errors.check(field, parsed).ok_or(AppError::Invalid(errors))
}

/// The printable certificate: its holder, the cohort's tutors and
/// administrators.
#[server(prefix = "/api", endpoint = "certificate")]
pub async fn get_certificate(code: String) -> Result<CertificatePage, AppError> {
    let pool = pool()?;
    let state = state()?;
    let user = session::require_user().await?;
    let certificate = access::readable(&pool, &user, &code).await?;
    let verify_url = format!("{}/verify/{}", state.public_url, certificate.code);
    let qr_svg = qrcode::QrCode::new(verify_url.as_bytes())
        .map(|qr| {
            qr.render::<qrcode::render::svg::Color>()
                .min_dimensions(160, 160)
                .quiet_zone(true)
                .build()
        })
        .unwrap_or_default();
    Ok(CertificatePage {
        facts: facts(&certificate),
        platform_name: PLATFORM_NAME.into(),
        verify_url,
        qr_svg,
        is_holder: certificate.user_id == user.id,
        revocation_reason: certificate.revocation_reason.clone(),
        corrections: store::corrections_of(&pool, certificate.id).await?,
        pdf_prints: crate::certificates::pdf::prints(&certificate),
    })
}

/// Public: what a certificate says and whether it stands. Rate-limited per
/// client address, so codes cannot be guessed by brute force.
#[server(prefix = "/api", endpoint = "verify_certificate")]
pub async fn verify_certificate(code: String) -> Result<Verification, AppError> {
    let pool = pool()?;
    let state = state()?;
    let client = crate::state::client_address().await;
    if state.verify_limiter.check_key(&client).is_err() {
        return Err(AppError::TooManyRequests(t!(
            "msg-certificate-too-many-lookups"
        )));
    }
    let code = match VerificationCode::parse(&code) {
        Ok(code) => code,
        Err(message) => return Ok(Verification::NoSuchCode(message)),
    };
    Ok(match store::by_code(&pool, &code).await? {
        Some(certificate) => Verification::Found(facts(&certificate)),
        None => {
            Verification::NoSuchCode(t!("msg-certificate-no-such-code", code = code.to_string()))
        }
    })
}

/// The certificates page of a cohort: administrators and the cohort's
/// tutors.
#[server(prefix = "/api", endpoint = "cohort_certificates")]
pub async fn get_cohort_certificates(cohort_id: i64) -> Result<CohortCertificates, AppError> {
    let pool = pool()?;
    let user = session::require_user().await?;
    let cohort = cohort_for_staff(&pool, &user, cohort_id).await?;
    let rules = store::rules(&pool, cohort.course_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let rows = award::cohort_rows(&pool, cohort_id, &rules).await?;
    Ok(CohortCertificates {
        cohort_id,
        cohort_name: cohort.name,
        course_title: cohort.course_title,
        needs_approval: rules.needs_approval,
        is_administrator: user.is_administrator(),
        rows,
    })
}

/// The enrolment, if the caller is staff of its cohort.
#[cfg(feature = "ssr")]
async fn staff_enrolment(
    pool: &sqlx::SqlitePool,
    user: &CurrentUser,
    enrolment_id: i64,
) -> Result<store::EnrolmentFacts, AppError> {
    let enrolment = store::enrolment(pool, enrolment_id)
        .await?
        .ok_or(AppError::NotFound)?;
    cohort_for_staff(pool, user, enrolment.cohort_id).await?;
    Ok(enrolment)
}

/// A tutor of the cohort (or an administrator) approves a participant's
/// completion; the certificate follows at once if the other rules are met.
#[server(prefix = "/api", endpoint = "approve_completion")]
pub async fn approve_completion(enrolment_id: i64) -> Result<(), AppError> {
    let pool = pool()?;
    let user = session::require_user().await?;
    let enrolment = staff_enrolment(&pool, &user, enrolment_id).await?;
    if enrolment.status != "active" {
        return Err(AppError::Refused(t!("msg-certificate-withdrawn")));
    }
    award::approve(&pool, enrolment_id, user.id).await?;
    leptos_axum::redirect(&format!(
        "/cohorts/{}/certificates?approved=1",
        enrolment.cohort_id
    ));
    Ok(())
}

/// An administrator issues a certificate by hand, whatever the rules say,
/// with a note for the record. Issuing twice keeps the first certificate.
#[server(prefix = "/api", endpoint = "issue_certificate")]
pub async fn issue_certificate(enrolment_id: i64, note: String) -> Result<(), AppError> {
    let pool = pool()?;
    let user = session::require_administrator().await?;
    let enrolment = staff_enrolment(&pool, &user, enrolment_id).await?;
    let note = one_field("note", &note, reason(&note))?;
    let Some(certificate) = store::issue_by_hand(&pool, &enrolment, user.id, &note).await? else {
        return Err(AppError::Refused(t!(
            "msg-certificate-already-issued",
            name = &enrolment.full_name
        )));
    };
    tracing::info!(enrolment_id, by = user.id, code = %certificate.code, "certificate issued by hand");
    leptos_axum::redirect(&format!(
        "/cohorts/{}/certificates?issued=1",
        enrolment.cohort_id
    ));
    Ok(())
}

/// An administrator revokes a certificate with a reason; it stays on record
/// and its verification page says "revoked".
#[server(prefix = "/api", endpoint = "revoke_certificate")]
pub async fn revoke_certificate(certificate_id: i64, reason_text: String) -> Result<(), AppError> {
    let pool = pool()?;
    let user = session::require_administrator().await?;
    let certificate = store::by_id(&pool, certificate_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let why = one_field("reason_text", &reason_text, reason(&reason_text))?;
    if !store::revoke(&pool, &certificate, user.id, &why).await? {
        return Err(AppError::Refused(t!(
            "msg-certificate-already-revoked",
            code = &certificate.code
        )));
    }
    leptos_axum::redirect(&format!(
        "/cohorts/{}/certificates?revoked=1",
        certificate.cohort_id
    ));
    Ok(())
}

/// The holder asks for the name on their certificate to be corrected.
#[server(prefix = "/api", endpoint = "request_name_correction")]
pub async fn request_name_correction(
    code: String,
    requested_name: String,
    correction_reason: String,
) -> Result<(), AppError> {
    let pool = pool()?;
    let user = session::require_user().await?;
    let certificate = access::readable(&pool, &user, &code).await?;
    if certificate.user_id != user.id {
        return Err(AppError::Refused(t!("msg-certificate-holder-only")));
    }
    let mut errors = FormErrors::default();
    errors.keep("requested_name", &requested_name);
    errors.keep("correction_reason", &correction_reason);
    let name = errors.check("requested_name", FullName::parse(&requested_name));
    let why = errors.check("correction_reason", reason(&correction_reason));
    if let Some(name) = &name {
        if name.as_str() == certificate.holder_name {
            errors.add("requested_name", t!("msg-certificate-same-name"));
        }
    }
    let (Some(name), Some(why), true) = (name, why, errors.is_empty()) else {
        return Err(AppError::Invalid(errors));
    };
    if !store::request_correction(&pool, &certificate, name.as_str(), &why).await? {
        return Err(AppError::Refused(t!("msg-certificate-correction-waiting")));
    }
    leptos_axum::redirect(&format!("/certificates/{}?requested=1", certificate.code));
    Ok(())
}

/// Name corrections for administrators: waiting ones first.
#[server(prefix = "/api", endpoint = "name_corrections")]
pub async fn name_corrections() -> Result<Vec<NameCorrectionView>, AppError> {
    session::require_administrator().await?;
    Ok(store::corrections_for_review(&pool()?).await?)
}

/// An administrator approves (reissuing the certificate under the same
/// code) or refuses a name correction.
#[server(prefix = "/api", endpoint = "decide_name_correction")]
pub async fn decide_name_correction(
    correction_id: i64,
    decision: String,
    decision_note: Option<String>,
) -> Result<(), AppError> {
    let pool = pool()?;
    let user = session::require_administrator().await?;
    let approve = match decision.as_str() {
        "approve" => true,
        "refuse" => false,
        _ => return Err(AppError::Refused(t!("msg-certificate-choose-decision"))),
    };
    let note = decision_note.unwrap_or_default();
    let note = if approve && note.trim().is_empty() {
        String::new()
    } else {
        one_field("decision_note", &note, reason(&note))?
    };
    let Some(correction) = store::correction(&pool, correction_id).await? else {
        return Err(AppError::NotFound);
    };
    if !store::decide_correction(&pool, &correction, user.id, approve, &note).await? {
        return Err(AppError::Refused(t!("msg-certificate-correction-decided")));
    }
    leptos_axum::redirect("/admin/name-corrections?decided=1");
    Ok(())
}

/// An administrator sets a course's certificate rules; anyone they now
/// certify gets their certificate at once.
#[server(prefix = "/api", endpoint = "update_certificate_rules")]
pub async fn update_certificate_rules(
    course_id: i64,
    rounds: String,
    needs_approval: Option<String>,
) -> Result<(), AppError> {
    let pool = pool()?;
    session::require_administrator().await?;
    let rules = CertificateRules::parse(&rounds, needs_approval.is_some()).map_err(|message| {
        let mut errors = FormErrors::default();
        errors.keep("rounds", &rounds);
        errors.add("rounds", message);
        AppError::Invalid(errors)
    })?;
    if !award::change_rules(&pool, course_id, &rules).await? {
        return Err(AppError::NotFound);
    }
    leptos_axum::redirect(&format!("/admin/courses/{course_id}?rules=1"));
    Ok(())
}
