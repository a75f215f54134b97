use crate::api::mail::{get_outbox, ResendMessage};
use crate::components::error_page::ErrorPage;
use crate::components::form::{failure, FormAlert};
use crate::components::raw_text::PageTitle;
use crate::i18n::date_time;
use crate::mail::{Delivery, MessageStatus, Outbox};
use crate::t;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// Every message the platform wrote, what became of it, and a way to send
/// it again. Administrators only.
#[component]
pub fn OutboxPage() -> impl IntoView {
    let outbox = Resource::new(|| (), |_| get_outbox());
    let resent = use_query_map().get_untracked().get("resent").is_some();
    view! {
        <PageTitle text=t!("admin-outbox") />
        <h1>{t!("admin-outbox")}</h1>
        {resent
            .then(|| {
                view! {
                    <p class="alert alert-success" role="status">
                        {t!("admin-outbox-resent")}
                    </p>
                }
            })}
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match outbox.await {
                    Ok(outbox) => view! { <Messages outbox /> }.into_any(),
                    Err(error) => view! { <ErrorPage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

fn status_label(status: MessageStatus) -> String {
    match status {
        MessageStatus::Queued => t!("admin-outbox-queued"),
        MessageStatus::Sending => t!("admin-outbox-sending"),
        MessageStatus::Sent => t!("admin-outbox-sent"),
        MessageStatus::Failed => t!("admin-outbox-failed"),
    }
}

#[component]
fn Messages(outbox: Outbox) -> impl IntoView {
    let resend = ServerAction::<ResendMessage>::new();
    let failed = failure(resend.value().get_untracked()).0;
    let delivery = match &outbox.delivery {
        Delivery::Smtp(server) => t!("admin-outbox-by-smtp", server = server),
        Delivery::Kept(folder) => t!("admin-outbox-kept", folder = folder),
    };
    view! {
        <p>{delivery}</p>
        <FormAlert error=failed />
        {if outbox.entries.is_empty() {
            view! { <p>{t!("admin-outbox-empty")}</p> }.into_any()
        } else {
            view! {
                <ul class="editor-list outbox">
                    {outbox
                        .entries
                        .into_iter()
                        .map(|m| {
                            let resendable = matches!(
                                m.status,
                                MessageStatus::Sent | MessageStatus::Failed
                            );
                            view! {
                                <li data-message=m.id>
                                    <p>
                                        <strong>{m.subject}</strong>
                                        " · "
                                        {t!("admin-outbox-to")}
                                        " "
                                        <bdi>{m.to_address}</bdi>
                                    </p>
                                    <p class="muted">
                                        {t!("admin-outbox-status")} ": "
                                        <span class="outbox-status">{status_label(m.status)}</span>
                                        " · " {t!("admin-outbox-attempts")} ": " {m.attempts}
                                        " · " {t!("admin-outbox-created")} " " {date_time(&m.created_at)}
                                    </p>
                                    {(!m.last_result.is_empty())
                                        .then(|| {
                                            view! {
                                                <p class="muted">
                                                    {t!("admin-outbox-result")} ": "
                                                    <bdi>{m.last_result}</bdi>
                                                </p>
                                            }
                                        })}
                                    <details>
                                        <summary>{t!("admin-outbox-read")}</summary>
                                        <pre class="message-text">{m.body_text}</pre>
                                    </details>
                                    {resendable
                                        .then(|| {
                                            view! {
                                                <ActionForm action=resend>
                                                    <input type="hidden" name="message_id" value=m.id />
                                                    <button type="submit">
                                                        {t!("admin-outbox-resend")}
                                                    </button>
                                                </ActionForm>
                                            }
                                        })}
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            }
                .into_any()
        }}
    }
}
