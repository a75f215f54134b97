use crate::api::certificates::verify_certificate;
use crate::certificates::{CertificateFacts, Verification};
use crate::components::error_page::ErrorPage;
use leptos::prelude::*;
use leptos_meta::Title;
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
        <Title text="Verify a certificate" />
        <h1>"Verify a certificate"</h1>
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
                <label for="code">"Verification code"</label>
                <p class="hint" id="code-hint">"Twelve letters and digits, printed on the certificate, for example 7KQM-9XDA-3HTW."</p>
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
            <button type="submit">"Check the certificate"</button>
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
        <Title text=format!("Certificate {}", facts.code) />
        <section
            class=class
            role="status"
        >
            {match revoked {
                Some(on) => view! {
                    <h2>"Revoked"</h2>
                    <p>{format!("This certificate was revoked on {on}. It is no longer valid.")}</p>
                }
                .into_any(),
                None => view! {
                    <h2>"Valid certificate"</h2>
                    <p>"This certificate was issued by this platform and has not been revoked."</p>
                }
                .into_any(),
            }}
            <dl class="facts">
                <dt>"Name"</dt>
                <dd>{facts.holder_name}</dd>
                <dt>"Course"</dt>
                <dd>{facts.course_title}</dd>
                <dt>"Cohort"</dt>
                <dd>{facts.cohort_dates}</dd>
                <dt>"Issued on"</dt>
                <dd>{facts.issued_on}</dd>
                <dt>"Verification code"</dt>
                <dd>{facts.code}</dd>
                {facts
                    .corrected_on
                    .map(|on| view! {
                        <dt>"Name corrected on"</dt>
                        <dd>{on}</dd>
                    })}
            </dl>
        </section>
    }
}
