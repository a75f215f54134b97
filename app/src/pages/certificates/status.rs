use crate::certificates::{CertificateProgress, RuleStatus};
use crate::t;
use leptos::prelude::*;

/// The completion rules with a tick or a cross each.
#[component]
pub fn RuleList(rules: Vec<RuleStatus>) -> impl IntoView {
    view! {
        <ul class="rules">
            {rules
                .into_iter()
                .map(|status| {
                    let (class, mark) = if status.met {
                        ("rule-met", t!("certificate-rule-met"))
                    } else {
                        ("rule-open", t!("certificate-rule-open"))
                    };
                    view! {
                        <li class=class>
                            <span class="visually-hidden">{format!("{mark} ")}</span>
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
            <h3>{t!("certificate-heading")}</h3>
            <p>{t!("certificate-ready")}</p>
            <p>
                <a class="button" href=format!("/certificates/{code}")>{t!("certificate-open")}</a>
            </p>
        }
        .into_any(),
        CertificateProgress::Issued {
            code,
            revoked: true,
        } => view! {
            <h3>{t!("certificate-heading")}</h3>
            <p>
                {t!("certificate-yours-revoked", code = &code)} " "
                <a href=format!("/certificates/{code}")>{t!("certificate-see-why")}</a>
            </p>
        }
        .into_any(),
        CertificateProgress::InProgress(rules) => view! {
            <h3>{t!("certificate-heading")}</h3>
            <p>{t!("certificate-rules-intro")}</p>
            <RuleList rules />
        }
        .into_any(),
    }
}
