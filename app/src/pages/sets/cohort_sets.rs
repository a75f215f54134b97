use crate::accounts::{cadre_label, country_name};
use crate::api::sets::{get_cohort_sets, CreateSet, PlaceMember, ProposeSets, SetSetTutor};
use crate::components::error_page::ErrorPage;
use crate::components::form::{failure, FormAlert, TextField};
use crate::components::raw_text::PageTitle;
use crate::pages::cohorts::id_param;
use crate::sets::{CohortSets, MemberView};
use crate::t;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// A cohort's sets: create them by hand or from a proposal, move members,
/// give each a tutor. Administrators and the cohort's tutors.
#[component]
pub fn CohortSetsPage() -> impl IntoView {
    let sets = Resource::new(move || id_param("id"), get_cohort_sets);
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match sets.await {
                    Ok(sets) => view! { <SetsOfCohort sets /> }.into_any(),
                    Err(error) => view! { <ErrorPage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// A member with where they work and what they do.
pub(super) fn who(member: &MemberView) -> String {
    let country = country_name(&member.country);
    let cadre = cadre_label(&member.cadre);
    t!(
        "set-member-who",
        name = &member.full_name,
        country = country,
        cadre = cadre
    )
}

#[component]
fn SetsOfCohort(sets: CohortSets) -> impl IntoView {
    let formed = use_query_map()
        .get_untracked()
        .get("formed")
        .and_then(|n| n.parse::<i64>().ok())
        .map(|count| t!("set-formed", count = count));
    let create = ServerAction::<CreateSet>::new();
    let (create_failed, create_form) = failure(create.value().get_untracked());
    let place = ServerAction::<PlaceMember>::new();
    let tutor = ServerAction::<SetSetTutor>::new();
    let propose = ServerAction::<ProposeSets>::new();
    let failed = failure(place.value().get_untracked())
        .0
        .or(failure(tutor.value().get_untracked()).0)
        .or(failure(propose.value().get_untracked()).0);
    let cohort_id = sets.cohort_id;
    let targets: Vec<(String, String)> = sets
        .sets
        .iter()
        .map(|s| (s.id.to_string(), s.name.clone()))
        .collect();
    let tutor_options: Vec<(String, String)> = sets
        .tutors
        .iter()
        .map(|(id, name)| (id.to_string(), name.clone()))
        .collect();

    let move_form = move |member: MemberView,
                          current: Option<i64>,
                          targets: Vec<(String, String)>| {
        let select_id = format!("move-{}", member.user_id);
        view! {
            <ActionForm action=place attr:class="row-form">
                <input type="hidden" name="cohort_id" value=cohort_id />
                <input type="hidden" name="user_id" value=member.user_id />
                <label for=select_id.clone() class="visually-hidden">{t!("set-for", name = &member.full_name)}</label>
                <select id=select_id name="set_id">
                    <option value="" selected=current.is_none()>{t!("set-no-set")}</option>
                    {targets
                        .into_iter()
                        .map(|(id, name)| {
                            let selected = current.map(|c| c.to_string()) == Some(id.clone());
                            view! { <option value=id selected=selected>{name}</option> }
                        })
                        .collect_view()}
                </select>
                <button type="submit" class="small secondary">
                    {t!("set-move")}
                    <span class="visually-hidden">{format!(" {}", member.full_name)}</span>
                </button>
            </ActionForm>
        }
    };

    view! {
        <PageTitle text=t!("set-cohort-title", cohort = &sets.cohort_name) />
        <h1>{t!("set-cohort-heading")}</h1>
        <p class="lead">{format!("{} · {}", sets.course_title, sets.cohort_name)}</p>
        {formed.map(|message| view! { <div class="alert alert-success" role="status">{message}</div> })}
        <FormAlert error=failed />
        <section class="panel">
            <h2>{t!("set-propose-heading")}</h2>
            <p>
                {t!("set-propose-explanation", count = sets.unassigned.len(), size = sets.set_size)}
            </p>
            {if sets.has_proposal {
                view! {
                    <p>
                        <a class="button" href=format!("/cohorts/{cohort_id}/sets/proposal")>{t!("set-review-proposal")}</a>
                    </p>
                }
                    .into_any()
            } else {
                view! {
                    <ActionForm action=propose attr:class="inline-form">
                        <input type="hidden" name="cohort_id" value=cohort_id />
                        <button type="submit">{t!("set-propose")}</button>
                    </ActionForm>
                }
                    .into_any()
            }}
        </section>
        {sets
            .sets
            .clone()
            .into_iter()
            .map(|set| {
                let targets = targets.clone();
                let tutor_options = tutor_options.clone();
                let tutor_select = format!("tutor-{}", set.id);
                view! {
                    <section class="panel">
                        <h2>
                            <a href=format!("/sets/{}", set.id)>{set.name.clone()}</a>
                        </h2>
                        <ActionForm action=tutor attr:class="row-form">
                            <input type="hidden" name="cohort_id" value=cohort_id />
                            <input type="hidden" name="set_id" value=set.id />
                            <label for=tutor_select.clone()>{t!("set-tutor")}</label>
                            <select id=tutor_select name="tutor_id">
                                <option value="" selected=set.tutor_id.is_none()>{t!("set-no-tutor")}</option>
                                {tutor_options
                                    .into_iter()
                                    .map(|(id, name)| {
                                        let selected = set.tutor_id.map(|t| t.to_string()) == Some(id.clone());
                                        view! { <option value=id selected=selected>{name}</option> }
                                    })
                                    .collect_view()}
                            </select>
                            <button type="submit" class="small secondary">{t!("set-save-tutor")}</button>
                        </ActionForm>
                        <p class="muted">{t!("set-members-count", count = set.members.len())}</p>
                        <ul class="editor-list">
                            {set
                                .members
                                .clone()
                                .into_iter()
                                .map(|member| {
                                    let label = who(&member);
                                    view! {
                                        <li>
                                            {label}
                                            {move_form(member, Some(set.id), targets.clone())}
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    </section>
                }
            })
            .collect_view()}
        <section class="panel">
            <h2>{t!("set-not-in-a-set")}</h2>
            {if sets.unassigned.is_empty() {
                view! { <p>{t!("set-all-placed")}</p> }.into_any()
            } else {
                view! {
                    <ul class="editor-list">
                        {sets
                            .unassigned
                            .clone()
                            .into_iter()
                            .map(|member| {
                                let label = who(&member);
                                view! {
                                    <li>
                                        {label}
                                        {move_form(member, None, targets.clone())}
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                }
                    .into_any()
            }}
        </section>
        <section class="panel">
            <h2>{t!("set-add-heading")}</h2>
            <FormAlert error=create_failed />
            <ActionForm action=create attr:novalidate=true attr:class="stack">
                <input type="hidden" name="cohort_id" value=cohort_id />
                <TextField
                    label=t!("set-name")
                    name="name"
                    value=create_form.value_for("name").unwrap_or_default()
                    error=create_form.message_for("name")
                />
                <crate::components::form::SelectField
                    label=t!("set-tutor")
                    name="tutor_id"
                    options=tutor_options.clone()
                    placeholder=t!("set-no-tutor-yet")
                />
                <button type="submit">{t!("set-add")}</button>
            </ActionForm>
        </section>
    }
}
