use super::alert_text;
use crate::accounts::country_name;
use crate::api::sets::{get_set, OpenRound, StartThread};
use crate::components::error_page::ErrorPage;
use crate::components::form::{failure, TextField};
use crate::components::post::PostFields;
use crate::pages::cohorts::id_param;
use crate::sets::SetPage;
use leptos::prelude::*;
use leptos_meta::Title;

/// A set: its members, rounds and threads, with unread counts.
#[component]
pub fn SetRoute() -> impl IntoView {
    let set = Resource::new(move || id_param("id"), get_set);
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match set.await {
                    Ok(set) => view! { <SetView set /> }.into_any(),
                    Err(error) => view! { <ErrorPage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

fn unread_badge(unread: i64) -> impl IntoView {
    (unread > 0)
        .then(|| view! { " " <span class="badge badge-new">{format!("{unread} new")}</span> })
}

#[component]
fn SetView(set: SetPage) -> impl IntoView {
    let open_round = ServerAction::<OpenRound>::new();
    let (round_failed, round_form) = failure(open_round.value().get_untracked());
    let start = ServerAction::<StartThread>::new();
    let (thread_failed, thread_form) = failure(start.value().get_untracked());
    let id = set.id;
    let tutor = set
        .tutor_name
        .clone()
        .map(|name| format!("Tutor: {name}"))
        .unwrap_or_else(|| "No tutor yet".into());
    view! {
        <Title text=set.name.clone() />
        <h1>{set.name.clone()}</h1>
        <p class="lead">{format!("{} · {}", set.course_title, set.cohort_name)}</p>
        <p class="muted">{tutor} ". What is said in the set stays in the set."</p>
        <section class="panel">
            <h2>"Rounds"</h2>
            {if set.rounds.is_empty() {
                view! { <p>"No round yet. The tutor opens the first one."</p> }.into_any()
            } else {
                view! {
                    <ol class="editor-list">
                        {set
                            .rounds
                            .clone()
                            .into_iter()
                            .map(|round| {
                                view! {
                                    <li>
                                        <a href=format!("/rounds/{}", round.id)>
                                            {format!("Round {}: {}", round.number, round.title)}
                                        </a>
                                        " "
                                        <span class="muted">{format!("{} to {}", round.opens_on, round.closes_on)}</span>
                                        " "
                                        <span class="badge">{if round.open { "Open" } else { "Closed" }}</span>
                                        {unread_badge(round.unread)}
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ol>
                }
                    .into_any()
            }}
        </section>
        <section class="panel">
            <h2>"Discussion"</h2>
            {if set.threads.is_empty() {
                view! { <p>"No thread yet."</p> }.into_any()
            } else {
                view! {
                    <ul class="editor-list">
                        {set
                            .threads
                            .clone()
                            .into_iter()
                            .map(|thread| {
                                view! {
                                    <li>
                                        {thread.pinned.then(|| view! { <span class="badge">"Pinned"</span> " " })}
                                        <a href=format!("/threads/{}", thread.id)>{thread.title.clone()}</a>
                                        " "
                                        <span class="muted">{format!("by {}, {} posts", thread.author_name, thread.posts)}</span>
                                        {thread.locked.then(|| view! { " " <span class="badge">"Locked"</span> })}
                                        {unread_badge(thread.unread)}
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                }
                    .into_any()
            }}
            <h3>"Start a thread"</h3>
            {thread_failed
                .as_ref()
                .map(|e| view! { <div class="alert alert-error" role="alert">{alert_text(e)}</div> })}
            <ActionForm action=start attr:novalidate=true attr:class="stack">
                <input type="hidden" name="set_id" value=id />
                <TextField
                    label="Title"
                    name="title"
                    value=thread_form.value_for("title").unwrap_or_default()
                    error=thread_form.message_for("title")
                />
                <PostFields
                    label="Your message".to_string()
                    field_id="thread-body".to_string()
                    button="Start thread"
                    error=thread_form.message_for("body")
                    value=thread_form.value_for("body").unwrap_or_default()
                />
            </ActionForm>
        </section>
        <section class="panel">
            <h2>"Members"</h2>
            <ul>
                {set
                    .members
                    .iter()
                    .map(|m| view! { <li>{format!("{} ({})", m.full_name, country_name(&m.country))}</li> })
                    .collect_view()}
            </ul>
        </section>
        {set
            .viewer
            .moderates()
            .then(|| {
                let members = set.members.clone();
                view! {
                    <section class="panel">
                        <h2>"Open a round"</h2>
                        {round_failed
                            .as_ref()
                            .map(|e| view! { <div class="alert alert-error" role="alert">{alert_text(e)}</div> })}
                        <ActionForm action=open_round attr:novalidate=true attr:class="stack">
                            <input type="hidden" name="set_id" value=id />
                            <TextField
                                label="Round title"
                                name="round_title"
                                value=round_form.value_for("round_title").unwrap_or_default()
                                error=round_form.message_for("round_title")
                            />
                            <TextField
                                label="Opens on"
                                name="opens_on"
                                kind="date"
                                value=round_form.value_for("opens_on").unwrap_or_default()
                                error=round_form.message_for("opens_on")
                            />
                            <TextField
                                label="Closes on"
                                name="closes_on"
                                kind="date"
                                value=round_form.value_for("closes_on").unwrap_or_default()
                                error=round_form.message_for("closes_on")
                            />
                            <fieldset class="field">
                                <legend>"Who presents"</legend>
                                {members
                                    .into_iter()
                                    .map(|m| {
                                        let field = format!("presenter-{}", m.user_id);
                                        view! {
                                            <div class="option">
                                                <input
                                                    type="checkbox"
                                                    id=field.clone()
                                                    name=format!("presenters[{}]", m.user_id)
                                                    value="on"
                                                />
                                                <label for=field>{m.full_name}</label>
                                            </div>
                                        }
                                    })
                                    .collect_view()}
                            </fieldset>
                            <button type="submit">"Open round"</button>
                        </ActionForm>
                    </section>
                }
            })}
    }
}
