use super::alert_text;
use super::round::{round_dates, round_status, round_title};
use crate::accounts::country_name;
use crate::api::sets::{get_set, OpenRound, StartThread};
use crate::components::error_page::ErrorPage;
use crate::components::form::{failure, TextField};
use crate::components::post::PostFields;
use crate::components::raw_text::PageTitle;
use crate::pages::cohorts::id_param;
use crate::sets::SetPage;
use crate::t;
use leptos::prelude::*;

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
    (unread > 0).then(|| {
        let new = t!("set-unread", count = unread);
        view! { " " <span class="badge badge-new">{new}</span> }
    })
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
        .map(|name| t!("set-tutor-name", name = name))
        .unwrap_or_else(|| t!("set-no-tutor-yet"));
    view! {
        <PageTitle text=set.name.clone() />
        <h1>{set.name.clone()}</h1>
        <p class="lead">{format!("{} · {}", set.course_title, set.cohort_name)}</p>
        <p class="muted">{tutor} ". " {t!("set-ground-rule")}</p>
        <section class="panel">
            <h2>{t!("set-rounds")}</h2>
            {if set.rounds.is_empty() {
                view! { <p>{t!("set-no-round")}</p> }.into_any()
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
                                            {round_title(round.number, &round.title)}
                                        </a>
                                        " "
                                        <span class="muted">{round_dates(&round.opens_on, &round.closes_on)}</span>
                                        " "
                                        <span class="badge">{round_status(round.open)}</span>
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
            <h2>{t!("set-discussion")}</h2>
            {if set.threads.is_empty() {
                view! { <p>{t!("set-no-thread")}</p> }.into_any()
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
                                        {thread.pinned.then(|| view! { <span class="badge">{t!("set-pinned")}</span> " " })}
                                        <a href=format!("/threads/{}", thread.id)>{thread.title.clone()}</a>
                                        " "
                                        <span class="muted">{t!("set-thread-by", name = &thread.author_name, count = thread.posts)}</span>
                                        {thread.locked.then(|| view! { " " <span class="badge">{t!("set-locked")}</span> })}
                                        {unread_badge(thread.unread)}
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                }
                    .into_any()
            }}
            <h3>{t!("set-start-thread-heading")}</h3>
            {thread_failed
                .as_ref()
                .map(|e| view! { <div class="alert alert-error" role="alert">{alert_text(e)}</div> })}
            <ActionForm action=start attr:novalidate=true attr:class="stack">
                <input type="hidden" name="set_id" value=id />
                <TextField
                    label=t!("set-thread-title")
                    name="title"
                    value=thread_form.value_for("title").unwrap_or_default()
                    error=thread_form.message_for("title")
                />
                <PostFields
                    label=t!("set-thread-body")
                    field_id="thread-body".to_string()
                    button=t!("set-start-thread")
                    error=thread_form.message_for("body")
                    value=thread_form.value_for("body").unwrap_or_default()
                />
            </ActionForm>
        </section>
        <section class="panel">
            <h2>{t!("set-members")}</h2>
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
                        <h2>{t!("set-open-round-heading")}</h2>
                        {round_failed
                            .as_ref()
                            .map(|e| view! { <div class="alert alert-error" role="alert">{alert_text(e)}</div> })}
                        <ActionForm action=open_round attr:novalidate=true attr:class="stack">
                            <input type="hidden" name="set_id" value=id />
                            <TextField
                                label=t!("set-round-title")
                                name="round_title"
                                value=round_form.value_for("round_title").unwrap_or_default()
                                error=round_form.message_for("round_title")
                            />
                            <TextField
                                label=t!("set-opens-on")
                                name="opens_on"
                                kind="date"
                                value=round_form.value_for("opens_on").unwrap_or_default()
                                error=round_form.message_for("opens_on")
                            />
                            <TextField
                                label=t!("set-closes-on")
                                name="closes_on"
                                kind="date"
                                value=round_form.value_for("closes_on").unwrap_or_default()
                                error=round_form.message_for("closes_on")
                            />
                            <fieldset class="field">
                                <legend>{t!("set-who-presents")}</legend>
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
                            <div class="option">
                                <input type="checkbox" id="overlap" name="overlap" value="on" />
                                <label for="overlap">{t!("set-open-round-overlap")}</label>
                            </div>
                            <button type="submit">{t!("set-open-round")}</button>
                        </ActionForm>
                    </section>
                }
            })}
    }
}
