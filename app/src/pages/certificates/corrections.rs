use super::{correction_status, failure_text};
use crate::api::certificates::{name_corrections, DecideNameCorrection};
use crate::certificates::{CorrectionStatus, NameCorrectionView};
use crate::components::error_page::ErrorPage;
use crate::components::form::failure;
use crate::components::raw_text::PageTitle;
use crate::i18n::date;
use crate::t;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// Administrators review requests to correct the name on a certificate.
#[component]
pub fn NameCorrectionsPage() -> impl IntoView {
    let corrections = Resource::new(|| (), |_| name_corrections());
    let decide = ServerAction::<DecideNameCorrection>::new();
    let failed = failure(decide.value().get_untracked()).0;
    let notice = use_query_map()
        .get_untracked()
        .get("decided")
        .map(|_| t!("correction-notice-decided"));
    view! {
        <PageTitle text=t!("correction-heading") />
        <h1>{t!("correction-heading")}</h1>
        {notice.map(|message| view! { <div class="alert alert-success" role="status">{message}</div> })}
        {failed.map(|error| view! { <div class="alert alert-error" role="alert">{failure_text(&error)}</div> })}
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match corrections.await {
                    Ok(list) if list.is_empty() => view! { <p>{t!("correction-none")}</p> }.into_any(),
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
                {t!("correction-names", previous = &correction.previous_name, requested = &correction.requested_name)}
            </p>
            <p class="muted">
                {t!("correction-asked", date = date(&correction.requested_at), reason = &correction.reason)}
            </p>
            {if pending {
                view! {
                    <ActionForm action=decide attr:class="inline-form">
                        <input type="hidden" name="correction_id" value=id />
                        <input type="hidden" name="decision" value="approve" />
                        <button type="submit">
                            {t!("correction-approve")}
                            <span class="visually-hidden">
                                {format!(" {}", t!("correction-approve-for", name = &correction.requested_name))}
                            </span>
                        </button>
                    </ActionForm>
                    <details>
                        <summary>{t!("correction-refuse")}</summary>
                        <ActionForm action=decide attr:class="stack">
                            <input type="hidden" name="correction_id" value=id />
                            <input type="hidden" name="decision" value="refuse" />
                            <label for=field.clone()>{t!("correction-refusal-reason")}</label>
                            <input id=field name="decision_note" type="text" maxlength="300" />
                            <button type="submit" class="secondary">{t!("correction-refuse-submit")}</button>
                        </ActionForm>
                    </details>
                }
                    .into_any()
            } else {
                let decided = correction
                    .decided_at
                    .map(|at| format!(" {}", t!("correction-decided-on", date = date(&at))));
                let note = (!correction.decision_note.is_empty())
                    .then(|| t!("correction-decision-note", note = &correction.decision_note));
                view! {
                    <p>
                        <strong>{correction_status(correction.status)}</strong>
                        {decided}
                        {note}
                    </p>
                }
                    .into_any()
            }}
        </li>
    }
}
