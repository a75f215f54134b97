use super::{alert_text, refill};
use crate::api::sets::{get_thread, Reply, SetThreadFlags};
use crate::components::error_page::ErrorPage;
use crate::components::form::failure;
use crate::components::post::{PostActions, PostCard, PostFields};
use crate::components::raw_text::PageTitle;
use crate::pages::cohorts::id_param;
use crate::sets::ThreadPage;
use crate::t;
use leptos::prelude::*;

/// A general discussion thread of a set.
#[component]
pub fn ThreadRoute() -> impl IntoView {
    let thread = Resource::new(move || id_param("id"), get_thread);
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match thread.await {
                    Ok(thread) => view! { <ThreadView thread /> }.into_any(),
                    Err(error) => view! { <ErrorPage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn ThreadView(thread: ThreadPage) -> impl IntoView {
    let reply = ServerAction::<Reply>::new();
    let (reply_failed, reply_form) = failure(reply.value().get_untracked());
    let flags = ServerAction::<SetThreadFlags>::new();
    let posts = PostActions::new();
    let failed = reply_failed
        .or(failure(flags.value().get_untracked()).0)
        .or(posts.failure());
    let viewer = thread.viewer;
    let id = thread.id;
    let (error, value) = refill(&reply_form, id);
    view! {
        <PageTitle text=thread.title.clone() />
        <p class="breadcrumbs">
            <a href=format!("/sets/{}", thread.set_id)>{thread.set_name.clone()}</a>
        </p>
        <h1>{thread.title.clone()}</h1>
        <p>
            {thread.pinned.then(|| view! { <span class="badge">{t!("set-pinned")}</span> " " })}
            {thread.locked.then(|| view! { <span class="badge">{t!("set-locked")}</span> })}
        </p>
        {failed.as_ref().map(|e| view! { <div class="alert alert-error" role="alert">{alert_text(e)}</div> })}
        {viewer
            .moderates()
            .then(|| {
                view! {
                    <p class="actions">
                        <ActionForm action=flags attr:class="inline-form">
                            <input type="hidden" name="thread_id" value=id />
                            <input type="hidden" name="pinned" value=(!thread.pinned).to_string() />
                            <input type="hidden" name="locked" value=thread.locked.to_string() />
                            <button type="submit" class="secondary">{if thread.pinned { t!("set-unpin") } else { t!("set-pin") }}</button>
                        </ActionForm>
                        <ActionForm action=flags attr:class="inline-form">
                            <input type="hidden" name="thread_id" value=id />
                            <input type="hidden" name="pinned" value=thread.pinned.to_string() />
                            <input type="hidden" name="locked" value=(!thread.locked).to_string() />
                            <button type="submit" class="secondary">{if thread.locked { t!("set-unlock") } else { t!("set-lock") }}</button>
                        </ActionForm>
                    </p>
                }
            })}
        {thread
            .posts
            .clone()
            .into_iter()
            .map(|post| view! { <PostCard post viewer actions=posts /> })
            .collect_view()}
        {if thread.locked && !viewer.moderates() {
            view! { <p class="muted">{t!("set-thread-locked")}</p> }.into_any()
        } else {
            view! {
                <ActionForm action=reply attr:novalidate=true attr:class="stack">
                    <input type="hidden" name="thread_id" value=id />
                    <PostFields
                        label=t!("set-reply-body")
                        field_id="reply-body".to_string()
                        button=t!("set-post-reply")
                        error
                        value
                    />
                </ActionForm>
            }
                .into_any()
        }}
    }
}
