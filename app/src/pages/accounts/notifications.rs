//! The account page's notification settings and calendar link, and the
//! page an unsubscribe link opens.

use crate::api::notifications::{
    get_unsubscription, ResetCalendarLink, SetNotificationPreferences,
};
use crate::components::error_page::ErrorPage;
use crate::components::form::{failure, FormAlert, Notice, SelectField};
use crate::components::raw_text::PageTitle;
use crate::i18n::{text, Arg};
use crate::notifications::{
    Cadence, NotificationSettings, PreferencesForm, Topic, Unsubscribe, Unsubscription,
};
use crate::t;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

pub fn topic_label(topic: Topic) -> String {
    text(&format!("topic-{}", topic.code()), &[])
}

fn cadence_options() -> Vec<(String, String)> {
    Cadence::ALL
        .into_iter()
        .map(|c| {
            (
                c.code().to_string(),
                text(&format!("cadence-{}", c.code()), &[]),
            )
        })
        .collect()
}

/// One choice per topic, saved together.
#[component]
pub fn NotificationsPanel(settings: NotificationSettings) -> impl IntoView {
    let save = ServerAction::<SetNotificationPreferences>::new();
    let (save_failed, _) = failure(save.value().get_untracked());
    let query = use_query_map().get_untracked();
    let saved = query
        .get("notifications")
        .map(|_| t!("notifications-saved"));
    let calendar_new = query.get("calendar").map(|_| t!("calendar-new"));
    let reset = ServerAction::<ResetCalendarLink>::new();
    view! {
        <section class="panel" id="notifications">
            <h2>{t!("notifications-title")}</h2>
            <p>{t!("notifications-intro")}</p>
            <Notice message=saved />
            <FormAlert error=save_failed />
            <ActionForm action=save attr:class="stack">
                {settings
                    .choices
                    .into_iter()
                    .map(|(topic, cadence)| {
                        view! {
                            <SelectField
                                label=topic_label(topic)
                                name=PreferencesForm::field(topic)
                                options=cadence_options()
                                selected=cadence.code()
                            />
                        }
                    })
                    .collect_view()}
                <button type="submit">{t!("notifications-save")}</button>
            </ActionForm>
        </section>
        <section class="panel" id="calendar">
            <h2>{t!("calendar-title")}</h2>
            <p>{t!("calendar-intro")}</p>
            <Notice message=calendar_new />
            <p>
                <a href=settings.calendar_url.clone() dir="ltr" class="calendar-link">
                    {settings.calendar_url.clone()}
                </a>
            </p>
            <ActionForm action=reset>
                <button type="submit" class="secondary">{t!("calendar-reset")}</button>
                " "
                <span class="hint">{t!("calendar-reset-hint")}</span>
            </ActionForm>
        </section>
    }
}

fn unsubscribe_sentence(what: Unsubscribe) -> String {
    match what {
        Unsubscribe::Topic(topic) => text(
            "unsubscribe-topic",
            &[("topic", Arg::from(topic_label(topic)))],
        ),
        Unsubscribe::Digest(cadence) => text(
            "unsubscribe-digest",
            &[("cadence", Arg::from(cadence.code()))],
        ),
    }
}

/// What an unsubscribe link stops, with a button: opening a link changes
/// nothing, so that a mail scanner that follows links unsubscribes nobody.
#[component]
pub fn UnsubscribePage() -> impl IntoView {
    let token = use_params_map()
        .get_untracked()
        .get("token")
        .unwrap_or_default();
    let action = format!("/email/unsubscribe/{token}");
    let found = Resource::new(move || token.clone(), get_unsubscription);
    view! {
        <PageTitle text=t!("unsubscribe-title") />
        <Suspense fallback=|| ()>
            {move || {
                let action = action.clone();
                Suspend::new(async move {
                    match found.await {
                        Ok(Unsubscription { what, done }) => {
                            view! {
                                <h1>{t!("unsubscribe-title")}</h1>
                                <section class="panel">
                                    <p>{unsubscribe_sentence(what)}</p>
                                    {if done {
                                        view! { <Notice message=Some(t!("unsubscribe-done")) /> }
                                            .into_any()
                                    } else {
                                        view! {
                                            <form method="post" action=action>
                                                <button type="submit">{t!("unsubscribe-button")}</button>
                                            </form>
                                        }
                                            .into_any()
                                    }}
                                    <p>
                                        <a href="/account#notifications">{t!("notifications-title")}</a>
                                    </p>
                                </section>
                            }
                                .into_any()
                        }
                        Err(error) => view! { <ErrorPage error /> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
}
