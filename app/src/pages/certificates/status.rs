use crate::certificates::{CertificateProgress, RuleStatus};
use leptos::prelude::*;

/// The completion rules with a tick or a cross each.
#[component]
pub fn RuleList(rules: Vec<RuleStatus>) -> impl IntoView {
    view! {
        <ul class="rules">
            {rules
                .into_iter()
                .map(|status| {
                    let (class, mark) = if status.met { ("rule-met", "Done") } else { ("rule-open", "Not yet") };
                    view! {
                        <li class=class>
                            <span class="visually-hidden">{format!("{mark}: ")}</span>
                            <strong>{status.rule}</strong>
                            " — "
                            {status.progress}
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

/// The certificate part of a participant's course page.
#[component]
pub fn CertificateStatus(progress: CertificateProgress) -> impl IntoView {
    match progress {
        CertificateProgress::Issued {
            code,
            revoked: false,
        } => view! {
            <h3>"Certificate"</h3>
            <p>"You have completed the course. Your certificate is ready."</p>
            <p>
                <a class="button" href=format!("/certificates/{code}")>"Open your certificate"</a>
            </p>
        }
        .into_any(),
        CertificateProgress::Issued {
            code,
            revoked: true,
        } => view! {
            <h3>"Certificate"</h3>
            <p>
                "Your certificate " {code.clone()} " has been revoked. "
                <a href=format!("/certificates/{code}")>"See why"</a>
            </p>
        }
        .into_any(),
        CertificateProgress::InProgress(rules) => view! {
            <h3>"Certificate"</h3>
            <p>"You receive your certificate as soon as you meet every rule:"</p>
            <RuleList rules />
        }
        .into_any(),
    }
}
