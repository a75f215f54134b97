use super::id_param;
use crate::accounts::country_name;
use crate::api::cohorts::{get_participants, EnrolByEmail, ReinstateEnrolment, WithdrawEnrolment};
use crate::cohorts::{EnrolmentStatus, Participants};
use crate::components::error_page::ErrorPage;
use crate::components::form::{failure, FormAlert, Notice, TextField};
use leptos::prelude::*;
use leptos_meta::Title;
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

fn upload_problem(code: &str) -> &'static str {
    match code {
        "empty" => "Choose a CSV file to upload.",
        "too-large" => "The file is larger than 1 MB. Split it into several files.",
        "not-utf8" => "The file is not UTF-8 text. In your spreadsheet, save it as \"CSV UTF-8\".",
        _ => "The file could not be read. Try uploading it again.",
    }
}

fn source_label(source: &str) -> &'static str {
    match source {
        "administrator" => "by an administrator",
        "roster" => "from a roster file",
        "waiting-list" => "from the waiting list",
        _ => "self-enrolled",
    }
}

#[component]
fn ParticipantList(participants: Participants) -> impl IntoView {
    let query = use_query_map().get_untracked();
    let notice = match query.get("done").as_deref() {
        Some("enrolled") => Some("Enrolled."),
        Some("already") => Some("That person was already enrolled."),
        Some("reinstated") => Some("Reinstated, with their earlier progress."),
        Some("withdrawn") => Some("Withdrawn. Their progress is kept if they are reinstated."),
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
        Some(capacity) => format!("{active} of {capacity} places taken."),
        None => format!("{active} enrolled."),
    };

    view! {
        <Title text=format!("Participants: {}", participants.cohort_name) />
        <p class="breadcrumbs">
            <a href=format!("/admin/cohorts/{id}")>{participants.cohort_name.clone()}</a>
        </p>
        <h1>"Participants"</h1>
        <p class="lead">{format!("{} · {}", participants.course_title, participants.cohort_name)}</p>
        <Notice message=notice />
        <section class="panel">
            <h2>"Enrol one person"</h2>
            <FormAlert error=enrol_failed />
            <ActionForm action=enrol attr:novalidate=true attr:class="stack">
                <input type="hidden" name="cohort_id" value=id />
                <TextField
                    label="Email of their account"
                    name="email"
                    kind="email"
                    value=enrol_form.value_for("email").unwrap_or_default()
                    error=enrol_form.message_for("email")
                />
                <button type="submit">"Enrol"</button>
            </ActionForm>
        </section>
        <section class="panel" id="upload">
            <h2>"Enrol from a spreadsheet"</h2>
            {upload_failed
                .map(|message| view! { <div class="alert alert-error" role="alert">{message}</div> })}
            <p>
                "Upload a CSV file with a header row and the columns "
                <strong>"full name, email, country, profession or cadre, language"</strong>
                " and optionally "<strong>"set"</strong>
                ". Commas or semicolons both work. You will see what happens to each row before anything changes."
            </p>
            <form
                method="post"
                enctype="multipart/form-data"
                action=format!("/admin/cohorts/{id}/roster")
                class="stack"
            >
                <div class="field">
                    <label for="roster-file">"CSV file"</label>
                    <input id="roster-file" type="file" name="file" accept=".csv,text/csv" />
                </div>
                <button type="submit">"Upload and preview"</button>
            </form>
        </section>
        <section class="panel">
            <h2>"Enrolled"</h2>
            <p>{count}</p>
            <FormAlert error=row_failed />
            <div class="table-scroll">
                <table>
                    <thead>
                        <tr>
                            <th scope="col">"Name"</th>
                            <th scope="col">"Email"</th>
                            <th scope="col">"Country"</th>
                            <th scope="col">"Status"</th>
                            <th scope="col">"Set asked for"</th>
                            <th scope="col">"Action"</th>
                        </tr>
                    </thead>
                    <tbody>
                        {participants
                            .enrolments
                            .clone()
                            .into_iter()
                            .map(|entry| {
                                let label = format!(" {}", entry.full_name);
                                let status = match entry.status {
                                    EnrolmentStatus::Active => {
                                        format!("Enrolled {}, {}", source_label(&entry.source), &entry.enrolled_at[..10.min(entry.enrolled_at.len())])
                                    }
                                    EnrolmentStatus::Withdrawn => "Withdrawn".to_string(),
                                };
                                view! {
                                    <tr class:muted=entry.status == EnrolmentStatus::Withdrawn>
                                        <td>{entry.full_name.clone()}</td>
                                        <td>{entry.email.clone()}</td>
                                        <td>{country_name(&entry.country).to_string()}</td>
                                        <td>{status}</td>
                                        <td>{entry.requested_set.clone().unwrap_or_default()}</td>
                                        <td>
                                            {match entry.status {
                                                EnrolmentStatus::Active => {
                                                    view! {
                                                        <ActionForm action=withdraw attr:class="inline-form">
                                                            <input type="hidden" name="enrolment_id" value=entry.enrolment_id />
                                                            <button type="submit" class="small secondary">
                                                                "Withdraw"
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
                                                                "Reinstate"
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
            <h2>"Waiting list"</h2>
            {if participants.waiting.is_empty() {
                view! { <p>"Nobody is waiting."</p> }.into_any()
            } else {
                view! {
                    <p>"When a place frees up, the first person here is enrolled automatically."</p>
                    <ol>
                        {participants
                            .waiting
                            .clone()
                            .into_iter()
                            .map(|entry| {
                                view! {
                                    <li>
                                        {entry.full_name}
                                        " "
                                        <span class="muted">{format!("{}, since {}", entry.email, entry.joined_at)}</span>
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
