use super::id_param;
use crate::accounts::country_name;
use crate::api::cohorts::{get_participants, EnrolByEmail, ReinstateEnrolment, WithdrawEnrolment};
use crate::cohorts::{EnrolmentStatus, Participants, RosterEntry, WaitingEntry};
use crate::components::error_page::ErrorPage;
use crate::components::form::{failure, FormAlert, Notice, TextField};
use crate::components::raw_text::PageTitle;
use crate::i18n::date;
use crate::t;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// Who is enrolled in a cohort, enrolling people one by one or from a
/// spreadsheet, withdrawing and reinstating them. Administrators only.
#[component]
pub fn ParticipantsPage() -> impl IntoView {
    let participants = Resource::new(move || id_param("id"), get_participants);
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match participants.await {
                    Ok(participants) => view! { <ParticipantList participants /> }.into_any(),
                    Err(error) => view! { <ErrorPage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

fn upload_problem(code: &str) -> String {
    match code {
        "empty" => t!("roster-upload-empty"),
        "too-large" => t!("roster-upload-too-large"),
        "not-utf8" => t!("roster-upload-not-utf8"),
        _ => t!("roster-upload-unreadable"),
    }
}

fn source_label(source: &str) -> String {
    match source {
        "administrator" => t!("cohort-source-administrator"),
        "roster" => t!("cohort-source-roster"),
        "waiting-list" => t!("cohort-source-waiting-list"),
        _ => t!("cohort-source-self"),
    }
}

fn enrolment_status(entry: &RosterEntry) -> String {
    match entry.status {
        EnrolmentStatus::Active => {
            let on = date(&entry.enrolled_at);
            t!(
                "cohort-enrolled-how",
                source = source_label(&entry.source),
                date = on
            )
        }
        EnrolmentStatus::Withdrawn => t!("cohort-withdrawn"),
    }
}

/// Since when someone waits: the day in words, the time as stored.
fn waiting_since(entry: &WaitingEntry) -> String {
    let time = entry.joined_at.get(11..).unwrap_or_default();
    let on = date(&entry.joined_at);
    t!(
        "cohort-waiting-since",
        email = &entry.email,
        date = on,
        time = time
    )
}

#[component]
fn ParticipantList(participants: Participants) -> impl IntoView {
    let query = use_query_map().get_untracked();
    let notice = match query.get("done").as_deref() {
        Some("enrolled") => Some(t!("cohort-notice-enrolled")),
        Some("already") => Some(t!("cohort-notice-already-enrolled")),
        Some("reinstated") => Some(t!("cohort-notice-reinstated")),
        Some("withdrawn") => Some(t!("cohort-notice-withdrawn")),
        _ => None,
    };
    let upload_failed = query.get("upload").map(|code| upload_problem(&code));
    let enrol = ServerAction::<EnrolByEmail>::new();
    let (enrol_failed, enrol_form) = failure(enrol.value().get_untracked());
    let withdraw = ServerAction::<WithdrawEnrolment>::new();
    let reinstate = ServerAction::<ReinstateEnrolment>::new();
    let row_failed = failure(withdraw.value().get_untracked())
        .0
        .or(failure(reinstate.value().get_untracked()).0);
    let id = participants.cohort_id;
    let active = participants
        .enrolments
        .iter()
        .filter(|e| e.status == EnrolmentStatus::Active)
        .count();
    let count = match participants.capacity {
        Some(capacity) => t!("cohort-places-taken", count = active, capacity = capacity),
        None => t!("cohort-enrolled-count", count = active),
    };
    let columns = "full name, email, country, profession or cadre, language";
    let upload_help = t!("roster-upload-help", columns = columns, optional = "set");

    view! {
        <PageTitle text=t!("cohort-participants-title", cohort = &participants.cohort_name) />
        <p class="breadcrumbs">
            <a href=format!("/admin/cohorts/{id}")>{participants.cohort_name.clone()}</a>
        </p>
        <h1>{t!("cohort-participants")}</h1>
        <p class="lead">{format!("{} · {}", participants.course_title, participants.cohort_name)}</p>
        <Notice message=notice />
        <section class="panel">
            <h2>{t!("cohort-enrol-one")}</h2>
            <FormAlert error=enrol_failed />
            <ActionForm action=enrol attr:novalidate=true attr:class="stack">
                <input type="hidden" name="cohort_id" value=id />
                <TextField
                    label=t!("cohort-enrol-email")
                    name="email"
                    kind="email"
                    value=enrol_form.value_for("email").unwrap_or_default()
                    error=enrol_form.message_for("email")
                />
                <button type="submit">{t!("cohort-enrol")}</button>
            </ActionForm>
        </section>
        <section class="panel" id="upload">
            <h2>{t!("roster-upload-heading")}</h2>
            {upload_failed
                .map(|message| view! { <div class="alert alert-error" role="alert">{message}</div> })}
            <p inner_html=upload_help></p>
            <form
                method="post"
                enctype="multipart/form-data"
                action=format!("/admin/cohorts/{id}/roster")
                class="stack"
            >
                <div class="field">
                    <label for="roster-file">{t!("roster-upload-file")}</label>
                    <input id="roster-file" type="file" name="file" accept=".csv,text/csv" />
                </div>
                <button type="submit">{t!("roster-upload-submit")}</button>
            </form>
        </section>
        <section class="panel">
            <h2>{t!("cohort-enrolled-heading")}</h2>
            <p>{count}</p>
            <FormAlert error=row_failed />
            <div class="table-scroll">
                <table>
                    <thead>
                        <tr>
                            <th scope="col">{t!("cohort-column-name")}</th>
                            <th scope="col">{t!("cohort-column-email")}</th>
                            <th scope="col">{t!("cohort-column-country")}</th>
                            <th scope="col">{t!("cohort-column-status")}</th>
                            <th scope="col">{t!("cohort-column-set-asked-for")}</th>
                            <th scope="col">{t!("cohort-column-action")}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {participants
                            .enrolments
                            .clone()
                            .into_iter()
                            .map(|entry| {
                                let label = format!(" {}", entry.full_name);
                                let status = enrolment_status(&entry);
                                view! {
                                    <tr class:muted=entry.status == EnrolmentStatus::Withdrawn>
                                        <td>{entry.full_name.clone()}</td>
                                        <td>{entry.email.clone()}</td>
                                        <td>{country_name(&entry.country)}</td>
                                        <td>{status}</td>
                                        <td>{entry.requested_set.clone().unwrap_or_default()}</td>
                                        <td>
                                            {match entry.status {
                                                EnrolmentStatus::Active => {
                                                    view! {
                                                        <ActionForm action=withdraw attr:class="inline-form">
                                                            <input type="hidden" name="enrolment_id" value=entry.enrolment_id />
                                                            <button type="submit" class="small secondary">
                                                                {t!("cohort-withdraw")}
                                                                <span class="visually-hidden">{label}</span>
                                                            </button>
                                                        </ActionForm>
                                                    }
                                                        .into_any()
                                                }
                                                EnrolmentStatus::Withdrawn => {
                                                    view! {
                                                        <ActionForm action=reinstate attr:class="inline-form">
                                                            <input type="hidden" name="enrolment_id" value=entry.enrolment_id />
                                                            <button type="submit" class="small secondary">
                                                                {t!("cohort-reinstate")}
                                                                <span class="visually-hidden">{label}</span>
                                                            </button>
                                                        </ActionForm>
                                                    }
                                                        .into_any()
                                                }
                                            }}
                                        </td>
                                    </tr>
                                }
                            })
                            .collect_view()}
                    </tbody>
                </table>
            </div>
        </section>
        <section class="panel">
            <h2>{t!("cohort-waiting-list")}</h2>
            {if participants.waiting.is_empty() {
                view! { <p>{t!("cohort-waiting-none")}</p> }.into_any()
            } else {
                view! {
                    <p>{t!("cohort-waiting-explained")}</p>
                    <ol>
                        {participants
                            .waiting
                            .clone()
                            .into_iter()
                            .map(|entry| {
                                let since = waiting_since(&entry);
                                view! {
                                    <li>
                                        {entry.full_name}
                                        " "
                                        <span class="muted">{since}</span>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ol>
                }
                    .into_any()
            }}
        </section>
    }
}
