use crate::api::certificates::verify_certificate;
use crate::certificates::{CertificateFacts, Verification};
use crate::components::error_page::ErrorPage;
use crate::components::raw_text::PageTitle;
use crate::t;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

/// Public: anyone with a code checks that a certificate is genuine and not
/// revoked. The code comes from the address (`/verify/<code>`, what the QR
/// code links to) or from the form.
#[component]
pub fn VerifyPage() -> impl IntoView {
    let code = use_params_map()
        .get_untracked()
        .get("code")
        .or_else(|| use_query_map().get_untracked().get("code"))
        .filter(|code| !code.trim().is_empty());
    let typed = code.clone().unwrap_or_default();
    let result = Resource::new(
        move || code.clone(),
        |code| async move {
            match code {
                Some(code) => verify_certificate(code).await.map(Some),
                None => Ok(None),
            }
        },
    );
    view! {
        <PageTitle text=t!("verify-title") />
        <h1>{t!("verify-title")}</h1>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match result.await {
                    Ok(Some(Verification::Found(facts))) => view! { <Verdict facts /> }.into_any(),
                    Ok(Some(Verification::NoSuchCode(message))) => {
                        view! { <div class="alert alert-error" role="alert">{message}</div> }.into_any()
                    }
                    Ok(None) => ().into_any(),
                    Err(error) => view! { <ErrorPage error /> }.into_any(),
                }
            })}
        </Suspense>
        <form method="get" action="/verify" class="stack panel">
            <div class="field">
                <label for="code">{t!("verify-code")}</label>
                <p class="hint" id="code-hint">{t!("verify-code-hint")}</p>
                <input
                    id="code"
                    name="code"
                    type="text"
                    value=typed
                    autocapitalize="characters"
                    autocomplete="off"
                    spellcheck="false"
                    aria-describedby="code-hint"
                />
            </div>
            <button type="submit">{t!("verify-submit")}</button>
        </form>
    }
}

#[component]
fn Verdict(facts: CertificateFacts) -> impl IntoView {
    let revoked = facts.revoked_on.clone();
    let class = if revoked.is_some() {
        "verdict verdict-revoked"
    } else {
        "verdict verdict-valid"
    };
    view! {
        <PageTitle text=t!("verify-certificate-title", code = &facts.code) />
        <section
            class=class
            role="status"
        >
            {match revoked {
                Some(on) => view! {
                    <h2>{t!("verify-revoked")}</h2>
                    <p>{t!("verify-revoked-explained", date = on)}</p>
                }
                .into_any(),
                None => view! {
                    <h2>{t!("verify-valid")}</h2>
                    <p>{t!("verify-valid-explained")}</p>
                }
                .into_any(),
            }}
            <dl class="facts">
                <dt>{t!("verify-name")}</dt>
                <dd>{facts.holder_name}</dd>
                <dt>{t!("verify-course")}</dt>
                <dd>{facts.course_title}</dd>
                <dt>{t!("verify-cohort")}</dt>
                <dd>{facts.cohort_dates}</dd>
                <dt>{t!("verify-issued-on")}</dt>
                <dd>{facts.issued_on}</dd>
                <dt>{t!("verify-code")}</dt>
                <dd>{facts.code}</dd>
                {facts
                    .corrected_on
                    .map(|on| view! {
                        <dt>{t!("verify-name-corrected-on")}</dt>
                        <dd>{on}</dd>
                    })}
            </dl>
        </section>
    }
}
