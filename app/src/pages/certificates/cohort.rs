use super::failure_text;
use super::status::RuleList;
use crate::api::certificates::{
    get_cohort_certificates, ApproveCompletion, IssueCertificate, RevokeCertificate,
};
use crate::certificates::{CertificateRow, CohortCertificates};
use crate::components::error_page::ErrorPage;
use crate::components::form::failure;
use crate::components::raw_text::PageTitle;
use crate::i18n::date;
use crate::pages::cohorts::id_param;
use crate::t;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// A cohort's participants with where they stand on the certificate rules:
/// tutors approve completions, administrators issue by hand and revoke.
#[component]
pub fn CohortCertificatesPage() -> impl IntoView {
    let page = Resource::new(move || id_param("id"), get_cohort_certificates);
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match page.await {
                    Ok(page) => view! { <CertificatesTable page /> }.into_any(),
                    Err(error) => view! { <ErrorPage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn CertificatesTable(page: CohortCertificates) -> impl IntoView {
    let query = use_query_map().get_untracked();
    let notice = if query.get("approved").is_some() {
        Some(t!("certificate-notice-approved"))
    } else if query.get("issued").is_some() {
        Some(t!("certificate-notice-issued"))
    } else if query.get("revoked").is_some() {
        Some(t!("certificate-notice-revoked"))
    } else {
        None
    };
    let approve = ServerAction::<ApproveCompletion>::new();
    let issue = ServerAction::<IssueCertificate>::new();
    let revoke = ServerAction::<RevokeCertificate>::new();
    let failed = failure(approve.value().get_untracked())
        .0
        .or(failure(issue.value().get_untracked()).0)
        .or(failure(revoke.value().get_untracked()).0);
    let certified = page.rows.iter().filter(|r| r.certificate.is_some()).count();
    let summary = t!(
        "certificate-cohort-summary",
        certified = certified,
        total = page.rows.len()
    );
    let (needs_approval, is_administrator) = (page.needs_approval, page.is_administrator);
    view! {
        <PageTitle text=t!("certificate-cohort-title", cohort = &page.cohort_name) />
        <p class="breadcrumbs">
            <a href=format!("/cohorts/{}/progress", page.cohort_id)>{t!("report-heading")}</a>
        </p>
        <h1>{t!("certificate-cohort-title", cohort = &page.cohort_name)}</h1>
        <p class="muted">{page.course_title.clone()}</p>
        {notice.map(|message| view! { <div class="alert alert-success" role="status">{message}</div> })}
        {failed.map(|error| view! { <div class="alert alert-error" role="alert">{failure_text(&error)}</div> })}
        <p>{summary}</p>
        <div class="table-scroll">
            <table class="data">
                <thead>
                    <tr>
                        <th scope="col">{t!("report-column-participant")}</th>
                        <th scope="col">{t!("certificate-column-rules")}</th>
                        <th scope="col">{t!("certificate-heading")}</th>
                    </tr>
                </thead>
                <tbody>
                    {page
                        .rows
                        .into_iter()
                        .map(|row| view! { <Row row needs_approval is_administrator approve issue revoke /> })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
}

#[component]
fn Row(
    row: CertificateRow,
    needs_approval: bool,
    is_administrator: bool,
    approve: ServerAction<ApproveCompletion>,
    issue: ServerAction<IssueCertificate>,
    revoke: ServerAction<RevokeCertificate>,
) -> impl IntoView {
    let id = row.enrolment_id;
    let met = row.rules.iter().filter(|r| r.met).count();
    let rules_summary = t!("certificate-rules-met", met = met, total = row.rules.len());
    let name = row.full_name.clone();
    view! {
        <tr>
            <th scope="row">{row.full_name.clone()} <br /> <span class="muted">{row.email.clone()}</span></th>
            <td>
                <details>
                    <summary>{rules_summary}</summary>
                    <RuleList rules=row.rules.clone() />
                </details>
                {(needs_approval && !row.approved && row.certificate.is_none())
                    .then(|| {
                        view! {
                            <ActionForm action=approve attr:class="inline-form">
                                <input type="hidden" name="enrolment_id" value=id />
                                <button type="submit" class="small">
                                    {t!("certificate-approve-completion")}
                                    <span class="visually-hidden">
                                        {format!(" {}", t!("certificate-approve-completion-of", name = name))}
                                    </span>
                                </button>
                            </ActionForm>
                        }
                    })}
                {(needs_approval && row.approved).then(|| view! { <p class="muted">{t!("certificate-completion-approved")}</p> })}
            </td>
            <td>
                {match row.certificate.clone() {
                    Some(certificate) => {
                        let code = certificate.code.clone();
                        let status = match &certificate.revoked_on {
                            Some(on) => t!("certificate-revoked-on-date", date = date(on)),
                            None if certificate.by_hand => {
                                t!("certificate-issued-by-hand-on", date = date(&certificate.issued_on))
                            }
                            None => t!("certificate-issued-on", date = date(&certificate.issued_on)),
                        };
                        view! {
                            <a href=format!("/certificates/{code}")>{code.clone()}</a>
                            <br />
                            <span class="muted">{status}</span>
                            {(is_administrator && certificate.revoked_on.is_none())
                                .then(|| {
                                    let field = format!("revoke-{}", certificate.id);
                                    view! {
                                        <details>
                                            <summary>{t!("certificate-revoke")}</summary>
                                            <ActionForm action=revoke attr:class="stack">
                                                <input type="hidden" name="certificate_id" value=certificate.id />
                                                <label for=field.clone()>{t!("certificate-revoke-reason")}</label>
                                                <input id=field name="reason_text" type="text" maxlength="300" />
                                                <button type="submit" class="small danger">
                                                    {t!("certificate-revoke-code", code = &code)}
                                                </button>
                                            </ActionForm>
                                        </details>
                                    }
                                })}
                        }
                            .into_any()
                    }
                    None => {
                        let field = format!("note-{id}");
                        view! {
                            <span class="muted">{t!("certificate-none-yet")}</span>
                            {is_administrator
                                .then(|| {
                                    view! {
                                        <details>
                                            <summary>{t!("certificate-issue-by-hand")}</summary>
                                            <ActionForm action=issue attr:class="stack">
                                                <input type="hidden" name="enrolment_id" value=id />
                                                <label for=field.clone()>{t!("certificate-issue-note")}</label>
                                                <input id=field name="note" type="text" maxlength="300" />
                                                <button type="submit" class="small">
                                                    {t!("certificate-issue-to", name = &row.full_name)}
                                                </button>
                                            </ActionForm>
                                        </details>
                                    }
                                })}
                        }
                            .into_any()
                    }
                }}
            </td>
        </tr>
    }
}
