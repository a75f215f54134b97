use super::id_param;
use crate::api::cohorts::{get_roster_preview, ConfirmRoster};
use crate::cohorts::{RosterPreview, RowPlan};
use crate::components::error_page::ErrorPage;
use crate::components::form::{failure, FormAlert, Notice};
use crate::components::raw_text::PageTitle;
use crate::t;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// What an uploaded roster will do, row by row, before anything changes;
/// then the confirmation and the set-password links. Administrators only.
#[component]
pub fn RosterPreviewPage() -> impl IntoView {
    let preview = Resource::new(move || id_param("id"), get_roster_preview);
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match preview.await {
                    Ok(preview) => view! { <RosterRows preview /> }.into_any(),
                    Err(error) => view! { <ErrorPage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

fn plan_text(plan: &RowPlan) -> (String, &'static str) {
    match plan {
        RowPlan::NewAccount => (t!("roster-plan-new"), "plan-new"),
        RowPlan::ExistingAccount => (t!("roster-plan-existing"), "plan-existing"),
        RowPlan::AlreadyEnrolled => (t!("roster-plan-already-enrolled"), "plan-same"),
        RowPlan::Withdrawn => (t!("roster-plan-withdrawn"), "plan-same"),
        RowPlan::Error(reason) => (t!("roster-plan-error", reason = reason), "plan-error"),
    }
}

#[component]
fn RosterRows(preview: RosterPreview) -> impl IntoView {
    let confirm = ServerAction::<ConfirmRoster>::new();
    let confirm_failed = failure(confirm.value().get_untracked()).0;
    let just_confirmed = use_query_map().get_untracked().get("confirmed").is_some();
    let new = preview.count(|p| matches!(p, RowPlan::NewAccount));
    let existing = preview.count(|p| matches!(p, RowPlan::ExistingAccount));
    let unchanged = preview.count(|p| matches!(p, RowPlan::AlreadyEnrolled | RowPlan::Withdrawn));
    let errors = preview.count(|p| matches!(p, RowPlan::Error(_)));
    let can_confirm = preview.file_error.is_none() && new + existing > 0;
    let upload_id = preview.upload_id;
    let cohort_id = preview.cohort_id;
    let rows = preview.rows.len();

    view! {
        <PageTitle text=t!("roster-title", file = &preview.file_name) />
        <p class="breadcrumbs">
            <a href=format!("/admin/cohorts/{cohort_id}/participants")>
                {t!("roster-participants-of", cohort = &preview.cohort_name)}
            </a>
        </p>
        <h1>{t!("roster-heading", file = &preview.file_name)}</h1>
        <Notice message=just_confirmed.then(|| t!("roster-confirmed")) />
        <FormAlert error=confirm_failed />
        {preview
            .file_error
            .clone()
            .map(|message| view! { <div class="alert alert-error" role="alert">{message}</div> })}
        <section class="panel">
            <p>{t!("roster-summary", rows = rows, new = new, existing = existing, unchanged = unchanged, errors = errors)}</p>
            {(errors > 0).then(|| view! { <p>{t!("roster-errors-skipped")}</p> })}
            {if can_confirm {
                view! {
                    <ActionForm action=confirm attr:class="inline-form">
                        <input type="hidden" name="upload_id" value=upload_id />
                        <button type="submit">{t!("roster-confirm", count = new + existing)}</button>
                    </ActionForm>
                }
                    .into_any()
            } else {
                view! { <p class="muted">{t!("roster-nothing-to-enrol")}</p> }.into_any()
            }}
        </section>
        {(preview.accounts_without_password > 0)
            .then(|| {
                view! {
                    <section class="panel">
                        <h2>{t!("roster-links-heading")}</h2>
                        <p>{t!("roster-links-explained", count = preview.accounts_without_password)}</p>
                        <p class="muted">{t!("roster-links-again")}</p>
                        <form method="post" action=format!("/admin/roster/{upload_id}/links.csv")>
                            <button type="submit">{t!("roster-links-download")}</button>
                        </form>
                    </section>
                }
            })}
        <div class="table-scroll">
            <table>
                <thead>
                    <tr>
                        <th scope="col">{t!("roster-column-row")}</th>
                        <th scope="col">{t!("cohort-column-name")}</th>
                        <th scope="col">{t!("cohort-column-email")}</th>
                        <th scope="col">{t!("roster-column-plan")}</th>
                    </tr>
                </thead>
                <tbody>
                    {preview
                        .rows
                        .clone()
                        .into_iter()
                        .map(|row| {
                            let (text, class) = plan_text(&row.plan);
                            view! {
                                <tr class=class>
                                    <td>{row.row}</td>
                                    <td>{row.full_name}</td>
                                    <td>{row.email}</td>
                                    <td>{text}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
}
