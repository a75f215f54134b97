use super::correction_status;
use crate::api::certificates::{get_certificate, RequestNameCorrection};
use crate::certificates::{CertificatePage, CorrectionStatus};
use crate::components::error_page::ErrorPage;
use crate::components::form::{failure, FormAlert, Notice, TextField};
use crate::components::raw_text::PageTitle;
use crate::i18n::date;
use crate::t;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

/// The printable certificate (one A4 page, landscape, when printed) with
/// its downloads, for its holder and the cohort's staff.
#[component]
pub fn CertificateRoute() -> impl IntoView {
    let code = use_params_map()
        .get_untracked()
        .get("code")
        .unwrap_or_default();
    let page = Resource::new(move || code.clone(), get_certificate);
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match page.await {
                    Ok(page) => view! { <Certificate page /> }.into_any(),
                    Err(error) => view! { <ErrorPage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Certificate(page: CertificatePage) -> impl IntoView {
    let facts = page.facts.clone();
    let code = facts.code.clone();
    let notice = use_query_map()
        .get_untracked()
        .get("requested")
        .map(|_| t!("correction-request-sent"));
    view! {
        <PageTitle text=t!("certificate-title", course = &facts.course_title) />
        <p class="breadcrumbs no-print">
            <a href="/">{t!("certificate-breadcrumb-home")}</a>
        </p>
        <Notice message=notice />
        {page
            .facts
            .revoked_on
            .clone()
            .map(|on| {
                let message = match page.revocation_reason.clone() {
                    Some(reason) => t!("certificate-revoked-because", date = on, reason = reason),
                    None => t!("certificate-revoked-on", date = on),
                };
                view! { <div class="alert alert-error no-print" role="alert">{message}</div> }
            })}
        <article class="certificate" aria-labelledby="certificate-title">
            <p class="certificate-platform">{page.platform_name.clone()}</p>
            <h1 id="certificate-title">{t!("certificate-of-completion")}</h1>
            <p>{t!("certificate-certifies-that")}</p>
            <p class="certificate-name">{facts.holder_name.clone()}</p>
            <p>{t!("certificate-has-completed")}</p>
            <p class="certificate-course">{facts.course_title.clone()}</p>
            <p>{t!("certificate-cohort-dates", dates = &facts.cohort_dates)}</p>
            <p>{t!("certificate-issued-on", date = &facts.issued_on)}</p>
            {facts.revoked_on.is_some().then(|| view! { <p class="certificate-revoked">{t!("certificate-revoked")}</p> })}
            <div class="certificate-check">
                <div class="certificate-qr" inner_html=page.qr_svg.clone() aria-hidden="true"></div>
                <p>
                    {t!("certificate-verification-code")} " " <strong class="code">{code.clone()}</strong> <br />
                    {t!("certificate-check-at")} " " <span class="url">{page.verify_url.clone()}</span>
                </p>
            </div>
        </article>
        <section class="panel no-print">
            <h2>{t!("certificate-keep-and-share")}</h2>
            <ul class="links">
                <li>
                    {if page.pdf_prints {
                        view! {
                            <a href=format!("/certificates/{code}/certificate.pdf") download>
                                {t!("certificate-download-pdf")}
                            </a>
                        }
                            .into_any()
                    } else {
                        view! { <span>{t!("certificate-pdf-script")}</span> }.into_any()
                    }}
                </li>
                <li>
                    <a href=format!("/certificates/{code}/credential.json") download>
                        {t!("certificate-download-credential")}
                    </a>
                </li>
                <li>
                    <a href=format!("/verify/{code}")>{t!("certificate-public-page")}</a>
                    " — "
                    {t!("certificate-public-page-explained")}
                </li>
            </ul>
            <p class="muted">{t!("certificate-print-hint")}</p>
        </section>
        {page.is_holder.then(|| view! { <CorrectionForm code=code.clone() /> })}
        {(!page.corrections.is_empty())
            .then(|| {
                view! {
                    <section class="panel no-print">
                        <h2>{t!("correction-heading")}</h2>
                        <ul>
                            {page
                                .corrections
                                .iter()
                                .map(|c| {
                                    let (on, status) = (date(&c.requested_at), correction_status(c.status));
                                    let (previous, requested) = (&c.previous_name, &c.requested_name);
                                    let note = (!c.decision_note.is_empty())
                                        .then(|| format!(" ({})", c.decision_note));
                                    view! {
                                        <li>
                                            {t!("correction-history-entry", date = on, previous = previous, requested = requested, status = status)}
                                            {note}
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                        {page
                            .corrections
                            .iter()
                            .any(|c| c.status == CorrectionStatus::Approved)
                            .then(|| {
                                view! {
                                    <p class="muted">{t!("correction-download-again")}</p>
                                }
                            })}
                    </section>
                }
            })}
    }
}

#[component]
fn CorrectionForm(code: String) -> impl IntoView {
    let request = ServerAction::<RequestNameCorrection>::new();
    let (failed, form) = failure(request.value().get_untracked());
    view! {
        <section class="panel no-print">
            <h2>{t!("correction-form-heading")}</h2>
            <p>{t!("correction-form-explained")}</p>
            <FormAlert error=failed />
            <ActionForm action=request attr:novalidate=true attr:class="stack">
                <input type="hidden" name="code" value=code />
                <TextField
                    label=t!("correction-field-name")
                    name="requested_name"
                    value=form.value_for("requested_name").unwrap_or_default()
                    error=form.message_for("requested_name")
                    autocomplete="name"
                />
                <TextField
                    label=t!("correction-field-reason")
                    name="correction_reason"
                    value=form.value_for("correction_reason").unwrap_or_default()
                    error=form.message_for("correction_reason")
                    hint=t!("correction-field-reason-hint")
                />
                <button type="submit">{t!("correction-submit")}</button>
            </ActionForm>
        </section>
    }
}
