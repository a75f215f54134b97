use super::failure_text;
use crate::api::certificates::{name_corrections, DecideNameCorrection};
use crate::certificates::{CorrectionStatus, NameCorrectionView};
use crate::components::error_page::ErrorPage;
use crate::components::form::failure;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// Administrators review requests to correct the name on a certificate.
#[component]
pub fn NameCorrectionsPage() -> impl IntoView {
    let corrections = Resource::new(|| (), |_| name_corrections());
    let decide = ServerAction::<DecideNameCorrection>::new();
    let failed = failure(decide.value().get_untracked()).0;
    let notice = use_query_map().get_untracked().get("decided").map(|_| {
        "Decided. An approved correction has reissued the certificate under the same code."
    });
    view! {
        <Title text="Name corrections" />
        <h1>"Name corrections"</h1>
        {notice.map(|message| view! { <div class="alert alert-success" role="status">{message}</div> })}
        {failed.map(|error| view! { <div class="alert alert-error" role="alert">{failure_text(&error)}</div> })}
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match corrections.await {
                    Ok(list) if list.is_empty() => view! { <p>"No requests."</p> }.into_any(),
                    Ok(list) => view! {
                        <ul class="cards">
                            {list
                                .into_iter()
                                .map(|correction| view! { <Correction correction decide /> })
                                .collect_view()}
                        </ul>
                    }
                    .into_any(),
                    Err(error) => view! { <ErrorPage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Correction(
    correction: NameCorrectionView,
    decide: ServerAction<DecideNameCorrection>,
) -> impl IntoView {
    let id = correction.id;
    let field = format!("refusal-{id}");
    let pending = correction.status == CorrectionStatus::Pending;
    view! {
        <li class="panel">
            <p>
                <a href=format!("/certificates/{}", correction.code)>{correction.code.clone()}</a>
                " · " {correction.course_title.clone()}
            </p>
            <p>
                {format!("\"{}\" → \"{}\"", correction.previous_name, correction.requested_name)}
            </p>
            <p class="muted">
                {format!(
                    "Asked on {} because: {}",
                    correction.requested_at.get(..10).unwrap_or_default(),
                    correction.reason,
                )}
            </p>
            {if pending {
                view! {
                    <ActionForm action=decide attr:class="inline-form">
                        <input type="hidden" name="correction_id" value=id />
                        <input type="hidden" name="decision" value="approve" />
                        <button type="submit">
                            "Approve and reissue"
                            <span class="visually-hidden">{format!(" for {}", correction.requested_name)}</span>
                        </button>
                    </ActionForm>
                    <details>
                        <summary>"Refuse"</summary>
                        <ActionForm action=decide attr:class="stack">
                            <input type="hidden" name="correction_id" value=id />
                            <input type="hidden" name="decision" value="refuse" />
                            <label for=field.clone()>"Reason for refusing (the participant sees it)"</label>
                            <input id=field name="decision_note" type="text" maxlength="300" />
                            <button type="submit" class="secondary">"Refuse the correction"</button>
                        </ActionForm>
                    </details>
                }
                    .into_any()
            } else {
                let note = (!correction.decision_note.is_empty())
                    .then(|| format!(": {}", correction.decision_note));
                view! {
                    <p>
                        <strong>{correction.status.label()}</strong>
                        {correction
                            .decided_at
                            .map(|at| format!(" on {}", at.get(..10).unwrap_or_default()))}
                        {note}
                    </p>
                }
                    .into_any()
            }}
        </li>
    }
}
