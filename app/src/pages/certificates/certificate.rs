use crate::api::certificates::{get_certificate, RequestNameCorrection};
use crate::certificates::{CertificatePage, CorrectionStatus};
use crate::components::error_page::ErrorPage;
use crate::components::form::{failure, FormAlert, Notice, TextField};
use leptos::prelude::*;
use leptos_meta::Title;
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
        .map(|_| "Your request has been sent. An administrator will review it.");
    view! {
        <Title text=format!("Certificate: {}", facts.course_title) />
        <p class="breadcrumbs no-print">
            <a href="/">"Home"</a>
        </p>
        <Notice message=notice />
        {page
            .facts
            .revoked_on
            .clone()
            .map(|on| {
                view! {
                    <div class="alert alert-error no-print" role="alert">
                        {format!("This certificate was revoked on {on}")}
                        {page.revocation_reason.clone().map(|why| format!(": {why}"))}
                        "."
                    </div>
                }
            })}
        <article class="certificate" aria-labelledby="certificate-title">
            <p class="certificate-platform">{page.platform_name.clone()}</p>
            <h1 id="certificate-title">"Certificate of completion"</h1>
            <p>"This certifies that"</p>
            <p class="certificate-name">{facts.holder_name.clone()}</p>
            <p>"has completed the course"</p>
            <p class="certificate-course">{facts.course_title.clone()}</p>
            <p>{format!("Cohort: {}", facts.cohort_dates)}</p>
            <p>{format!("Issued on {}", facts.issued_on)}</p>
            {facts.revoked_on.is_some().then(|| view! { <p class="certificate-revoked">"Revoked"</p> })}
            <div class="certificate-check">
                <div class="certificate-qr" inner_html=page.qr_svg.clone() aria-hidden="true"></div>
                <p>
                    "Verification code: " <strong class="code">{code.clone()}</strong> <br />
                    "Check it at " <span class="url">{page.verify_url.clone()}</span>
                </p>
            </div>
        </article>
        <section class="panel no-print">
            <h2>"Keep and share it"</h2>
            <ul class="links">
                <li>
                    <a href=format!("/certificates/{code}/certificate.pdf") download>
                        "Download the certificate (PDF)"
                    </a>
                </li>
                <li>
                    <a href=format!("/certificates/{code}/credential.json") download>
                        "Download the signed credential (JSON, Open Badges 3.0)"
                    </a>
                </li>
                <li>
                    <a href=format!("/verify/{code}")>"The public verification page"</a>
                    " — anyone with the code can check the certificate there."
                </li>
            </ul>
            <p class="muted">"To print it, use your browser's Print: it fits one A4 page, landscape."</p>
        </section>
        {page.is_holder.then(|| view! { <CorrectionForm code=code.clone() /> })}
        {(!page.corrections.is_empty())
            .then(|| {
                view! {
                    <section class="panel no-print">
                        <h2>"Name corrections"</h2>
                        <ul>
                            {page
                                .corrections
                                .iter()
                                .map(|c| {
                                    let note = (!c.decision_note.is_empty())
                                        .then(|| format!(" ({})", c.decision_note));
                                    view! {
                                        <li>
                                            {format!(
                                                "{}: \"{}\" to \"{}\" — {}",
                                                c.requested_at.get(..10).unwrap_or_default(),
                                                c.previous_name,
                                                c.requested_name,
                                                c.status.label(),
                                            )}
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
                                    <p class="muted">
                                        "A corrected certificate keeps its code; earlier downloads show the old name, so download it again."
                                    </p>
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
            <h2>"Is your name wrong?"</h2>
            <p>
                "Ask for a correction. An administrator checks it; once approved, the certificate is reissued with the same code."
            </p>
            <FormAlert error=failed />
            <ActionForm action=request attr:novalidate=true attr:class="stack">
                <input type="hidden" name="code" value=code />
                <TextField
                    label="Your name as it should be printed"
                    name="requested_name"
                    value=form.value_for("requested_name").unwrap_or_default()
                    error=form.message_for("requested_name")
                    autocomplete="name"
                />
                <TextField
                    label="Why it needs correcting"
                    name="correction_reason"
                    value=form.value_for("correction_reason").unwrap_or_default()
                    error=form.message_for("correction_reason")
                    hint="For example: spelling, or the name in my passport."
                />
                <button type="submit">"Ask for a correction"</button>
            </ActionForm>
        </section>
    }
}
