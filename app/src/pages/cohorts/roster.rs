use super::id_param;
use crate::api::cohorts::{get_roster_preview, ConfirmRoster};
use crate::cohorts::{RosterPreview, RowPlan};
use crate::components::error_page::ErrorPage;
use crate::components::form::{failure, FormAlert, Notice};
use leptos::prelude::*;
use leptos_meta::Title;
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
        RowPlan::NewAccount => ("New account, will be enrolled".into(), "plan-new"),
        RowPlan::ExistingAccount => ("Existing account, will be enrolled".into(), "plan-existing"),
        RowPlan::AlreadyEnrolled => ("Already enrolled: no change".into(), "plan-same"),
        RowPlan::Withdrawn => (
            "Withdrawn earlier: no change (reinstate them from the participant list)".into(),
            "plan-same",
        ),
        RowPlan::Error(reason) => (format!("Error: {reason}"), "plan-error"),
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
    let summary = format!(
        "{} rows: {new} new accounts, {existing} existing accounts to enrol, {unchanged} unchanged, {errors} with errors.",
        preview.rows.len()
    );

    view! {
        <Title text=format!("Roster: {}", preview.file_name) />
        <p class="breadcrumbs">
            <a href=format!("/admin/cohorts/{cohort_id}/participants")>
                {format!("Participants of {}", preview.cohort_name)}
            </a>
        </p>
        <h1>{format!("Roster file: {}", preview.file_name)}</h1>
        <Notice message=just_confirmed.then_some("Confirmed: the accounts were created and the participants enrolled.") />
        <FormAlert error=confirm_failed />
        {preview
            .file_error
            .clone()
            .map(|message| view! { <div class="alert alert-error" role="alert">{message}</div> })}
        <section class="panel">
            <p>{summary}</p>
            {(errors > 0)
                .then(|| {
                    view! {
                        <p>
                            "Rows with errors are skipped. To include them, correct the file and upload it again: rows already enrolled stay as they are."
                        </p>
                    }
                })}
            {if can_confirm {
                view! {
                    <ActionForm action=confirm attr:class="inline-form">
                        <input type="hidden" name="upload_id" value=upload_id />
                        <button type="submit">{format!("Confirm: enrol {}", new + existing)}</button>
                    </ActionForm>
                }
                    .into_any()
            } else {
                view! { <p class="muted">"Nothing to enrol from this file."</p> }.into_any()
            }}
        </section>
        {(preview.accounts_without_password > 0)
            .then(|| {
                view! {
                    <section class="panel">
                        <h2>"Set-password links"</h2>
                        <p>
                            {format!(
                                "{} accounts made from this file have no password yet. Download a spreadsheet with a personal link for each, and send each person their link: it works once, for 30 days.",
                                preview.accounts_without_password,
                            )}
                        </p>
                        <p class="muted">"Downloading again makes new links and cancels the earlier ones."</p>
                        <form method="post" action=format!("/admin/roster/{upload_id}/links.csv")>
                            <button type="submit">"Download set-password links (CSV)"</button>
                        </form>
                    </section>
                }
            })}
        <div class="table-scroll">
            <table>
                <thead>
                    <tr>
                        <th scope="col">"Row"</th>
                        <th scope="col">"Name"</th>
                        <th scope="col">"Email"</th>
                        <th scope="col">"What happens"</th>
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
