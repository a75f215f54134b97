use super::fields::CohortFields;
use super::id_param;
use crate::api::cohorts::{get_cohort_admin, AssignTutor, RemoveTutor, UpdateCohort};
use crate::cohorts::CohortAdmin;
use crate::components::error_page::ErrorPage;
use crate::components::form::{failure, FormAlert, Notice, SelectField};
use crate::components::raw_text::PageTitle;
use crate::t;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// A cohort's settings and tutors, for administrators.
#[component]
pub fn CohortSettingsPage() -> impl IntoView {
    let cohort = Resource::new(move || id_param("id"), get_cohort_admin);
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match cohort.await {
                    Ok(cohort) => view! { <CohortSettingsForms cohort /> }.into_any(),
                    Err(error) => view! { <ErrorPage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn CohortSettingsForms(cohort: CohortAdmin) -> impl IntoView {
    let query = use_query_map().get_untracked();
    let notice = if query.get("created").is_some() {
        Some(t!("cohort-notice-created"))
    } else if query.get("saved").is_some() {
        Some(t!("cohort-notice-saved"))
    } else {
        None
    };
    let update = ServerAction::<UpdateCohort>::new();
    let (update_failed, form) = failure(update.value().get_untracked());
    let assign = ServerAction::<AssignTutor>::new();
    let remove = ServerAction::<RemoveTutor>::new();
    let tutor_failed = failure(assign.value().get_untracked())
        .0
        .or(failure(remove.value().get_untracked()).0);
    let id = cohort.id;
    let places = match cohort.settings.capacity {
        Some(capacity) => t!(
            "cohort-places-taken-short",
            count = cohort.enrolled,
            capacity = capacity
        ),
        None => t!("cohort-enrolled-no-limit", count = cohort.enrolled),
    };
    let waiting = t!("cohort-waiting-count", count = cohort.waiting);
    let candidates: Vec<(String, String)> = cohort
        .tutor_candidates
        .iter()
        .map(|p| (p.id.to_string(), format!("{} ({})", p.full_name, p.email)))
        .collect();

    view! {
        <PageTitle text=t!("cohort-title", cohort = &cohort.settings.name) />
        <p class="breadcrumbs">
            <a href="/admin/courses">{t!("cohort-breadcrumb-authoring")}</a>
            " › "
            <a href=format!("/admin/courses/{}", cohort.course_id)>{cohort.course_title.clone()}</a>
        </p>
        <h1>{cohort.settings.name.clone()}</h1>
        <Notice message=notice />
        <section class="panel">
            <p>{places} " · " {waiting}</p>
            <p class="actions">
                <a class="button" href=format!("/admin/cohorts/{id}/participants")>
                    {t!("cohort-participants-link")}
                </a>
                <a class="button secondary" href=format!("/cohorts/{id}/progress")>
                    {t!("report-heading")}
                </a>
                <a class="button secondary" href=format!("/cohorts/{id}/sets")>
                    {t!("cohort-sets-link")}
                </a>
                <a class="button secondary" href=format!("/cohorts/{id}/certificates")>
                    {t!("cohort-certificates-link")}
                </a>
            </p>
        </section>
        <section class="panel">
            <h2>{t!("cohort-tutors")}</h2>
            <FormAlert error=tutor_failed />
            {if cohort.tutors.is_empty() {
                view! { <p>{t!("cohort-no-tutor")}</p> }.into_any()
            } else {
                view! {
                    <ul class="editor-list">
                        {cohort
                            .tutors
                            .clone()
                            .into_iter()
                            .map(|tutor| {
                                let label = format!(" {}", tutor.full_name);
                                view! {
                                    <li>
                                        {tutor.full_name.clone()}
                                        " "
                                        <span class="muted">{tutor.email.clone()}</span>
                                        <ActionForm action=remove attr:class="inline-form">
                                            <input type="hidden" name="cohort_id" value=id />
                                            <input type="hidden" name="user_id" value=tutor.id />
                                            <button type="submit" class="small secondary">
                                                {t!("cohort-remove-tutor")}
                                                <span class="visually-hidden">{label}</span>
                                            </button>
                                        </ActionForm>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                }
                    .into_any()
            }}
            {if candidates.is_empty() {
                view! { <p class="muted" inner_html=t!("cohort-tutor-role-needed")></p> }
                    .into_any()
            } else {
                view! {
                    <ActionForm action=assign attr:class="stack">
                        <input type="hidden" name="cohort_id" value=id />
                        <SelectField
                            label=t!("cohort-add-tutor")
                            name="user_id"
                            options=candidates
                        />
                        <button type="submit">{t!("cohort-add-tutor-submit")}</button>
                    </ActionForm>
                }
                    .into_any()
            }}
        </section>
        <section class="panel">
            <h2>{t!("cohort-settings")}</h2>
            <FormAlert error=update_failed />
            <ActionForm action=update attr:novalidate=true attr:class="stack">
                <input type="hidden" name="cohort_id" value=id />
                <CohortFields form current=cohort.settings.clone() />
                <button type="submit">{t!("cohort-save-settings")}</button>
            </ActionForm>
        </section>
    }
}
