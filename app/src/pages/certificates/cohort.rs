use super::failure_text;
use super::status::RuleList;
use crate::api::certificates::{
    get_cohort_certificates, ApproveCompletion, IssueCertificate, RevokeCertificate,
};
use crate::certificates::{CertificateRow, CohortCertificates};
use crate::components::error_page::ErrorPage;
use crate::components::form::failure;
use crate::pages::cohorts::id_param;
use leptos::prelude::*;
use leptos_meta::Title;
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
    let notice = [
        ("approved", "Approved."),
        ("issued", "The certificate has been issued."),
        ("revoked", "The certificate has been revoked."),
    ]
    .into_iter()
    .find(|(key, _)| query.get(key).is_some())
    .map(|(_, message)| message);
    let approve = ServerAction::<ApproveCompletion>::new();
    let issue = ServerAction::<IssueCertificate>::new();
    let revoke = ServerAction::<RevokeCertificate>::new();
    let failed = failure(approve.value().get_untracked())
        .0
        .or(failure(issue.value().get_untracked()).0)
        .or(failure(revoke.value().get_untracked()).0);
    let certified = page.rows.iter().filter(|r| r.certificate.is_some()).count();
    let summary = format!(
        "{certified} of {} participants have a certificate.",
        page.rows.len()
    );
    let (needs_approval, is_administrator) = (page.needs_approval, page.is_administrator);
    view! {
        <Title text=format!("Certificates: {}", page.cohort_name) />
        <p class="breadcrumbs">
            <a href=format!("/cohorts/{}/progress", page.cohort_id)>"Progress report"</a>
        </p>
        <h1>{format!("Certificates: {}", page.cohort_name)}</h1>
        <p class="muted">{page.course_title.clone()}</p>
        {notice.map(|message| view! { <div class="alert alert-success" role="status">{message}</div> })}
        {failed.map(|error| view! { <div class="alert alert-error" role="alert">{failure_text(&error)}</div> })}
        <p>{summary}</p>
        <div class="table-scroll">
            <table class="data">
                <thead>
                    <tr>
                        <th scope="col">"Participant"</th>
                        <th scope="col">"Rules"</th>
                        <th scope="col">"Certificate"</th>
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
    let rules_summary = format!("{met} of {} rules met", row.rules.len());
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
                                    "Approve completion"
                                    <span class="visually-hidden">{format!(" of {name}")}</span>
                                </button>
                            </ActionForm>
                        }
                    })}
                {(needs_approval && row.approved).then(|| view! { <p class="muted">"Completion approved"</p> })}
            </td>
            <td>
                {match row.certificate.clone() {
                    Some(certificate) => {
                        let code = certificate.code.clone();
                        let status = match &certificate.revoked_on {
                            Some(on) => format!("Revoked on {}", on.get(..10).unwrap_or(on)),
                            None if certificate.by_hand => format!("Issued by hand on {}", certificate.issued_on),
                            None => format!("Issued on {}", certificate.issued_on),
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
                                            <summary>"Revoke"</summary>
                                            <ActionForm action=revoke attr:class="stack">
                                                <input type="hidden" name="certificate_id" value=certificate.id />
                                                <label for=field.clone()>"Reason for revoking"</label>
                                                <input id=field name="reason_text" type="text" maxlength="300" />
                                                <button type="submit" class="small danger">
                                                    "Revoke certificate " {code.clone()}
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
                            <span class="muted">"None yet"</span>
                            {is_administrator
                                .then(|| {
                                    view! {
                                        <details>
                                            <summary>"Issue by hand"</summary>
                                            <ActionForm action=issue attr:class="stack">
                                                <input type="hidden" name="enrolment_id" value=id />
                                                <label for=field.clone()>"Note for the record"</label>
                                                <input id=field name="note" type="text" maxlength="300" />
                                                <button type="submit" class="small">
                                                    "Issue a certificate to " {row.full_name.clone()}
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
