//! A post in a set, with what its viewer may do to it: members flag it,
//! tutors and administrators hide, restore or edit it.

use crate::api::sets::{EditPost, FlagPost, HidePost, RestorePost};
use crate::components::raw_text::TextArea;
use crate::sets::{PostView, Viewer};
use crate::t;
use leptos::prelude::*;

/// The actions every post on a page shares, created once per page.
#[derive(Clone, Copy)]
pub struct PostActions {
    pub hide: ServerAction<HidePost>,
    pub restore: ServerAction<RestorePost>,
    pub edit: ServerAction<EditPost>,
    pub flag: ServerAction<FlagPost>,
}

impl PostActions {
    pub fn new() -> PostActions {
        PostActions {
            hide: ServerAction::new(),
            restore: ServerAction::new(),
            edit: ServerAction::new(),
            flag: ServerAction::new(),
        }
    }

    /// The error of whichever action failed, for the page's alert.
    pub fn failure(&self) -> Option<crate::error::AppError> {
        use crate::components::form::failure;
        failure(self.hide.value().get_untracked())
            .0
            .or(failure(self.restore.value().get_untracked()).0)
            .or(failure(self.edit.value().get_untracked()).0)
            .or(failure(self.flag.value().get_untracked()).0)
    }
}

impl Default for PostActions {
    fn default() -> Self {
        PostActions::new()
    }
}

/// When a post was written: its date as the page's language writes it, and
/// the time as stored.
fn posted_at(stored: &str) -> String {
    let date = crate::i18n::date(stored);
    match stored.get(11..) {
        Some(time) if !time.is_empty() => t!("post-when", date = date, time = time),
        _ => date,
    }
}

#[component]
pub fn PostCard(
    post: PostView,
    viewer: Viewer,
    actions: PostActions,
    #[prop(optional, into)] label: Option<String>,
) -> impl IntoView {
    let id = post.id;
    let when = posted_at(&post.created_at);
    let hidden = post.hidden.clone();
    let body = post.body_html.clone();
    view! {
        <article class="post" class:hidden-post=hidden.is_some() id=format!("post-{id}")>
            <header class="post-meta">
                {label.map(|l| view! { <span class="badge">{l}</span> " " })}
                <strong>{post.author_name.clone()}</strong>
                " "
                <span class="muted">{when}</span>
                {post.edited.then(|| view! { " " <span class="muted">{t!("post-edited")}</span> })}
            </header>
            {match (&hidden, body) {
                (Some(h), None) => {
                    view! { <p class="muted">{t!("post-hidden", reason = &h.reason)}</p> }.into_any()
                }
                (Some(h), Some(html)) => {
                    view! {
                        <p class="muted">{t!("post-hidden-by", name = &h.hidden_by, reason = &h.reason)}</p>
                        <div class="post-body" dir="auto" inner_html=html></div>
                    }
                        .into_any()
                }
                (None, Some(html)) => view! { <div class="post-body" dir="auto" inner_html=html></div> }.into_any(),
                (None, None) => ().into_any(),
            }}
            {if viewer.moderates() {
                let markdown = post.body_markdown.clone().unwrap_or_default();
                view! {
                    <details class="post-tools">
                        <summary>{t!("post-moderate")}</summary>
                        {if hidden.is_some() {
                            view! {
                                <ActionForm action=actions.restore attr:class="inline-form">
                                    <input type="hidden" name="post_id" value=id />
                                    <button type="submit" class="small secondary">{t!("post-restore")}</button>
                                </ActionForm>
                            }
                                .into_any()
                        } else {
                            view! {
                                <ActionForm action=actions.hide attr:class="row-form">
                                    <input type="hidden" name="post_id" value=id />
                                    <label for=format!("hide-{id}")>{t!("post-hide-reason")}</label>
                                    <input id=format!("hide-{id}") name="reason" type="text" />
                                    <button type="submit" class="small secondary">{t!("post-hide")}</button>
                                </ActionForm>
                            }
                                .into_any()
                        }}
                        <ActionForm action=actions.edit attr:class="stack">
                            <input type="hidden" name="post_id" value=id />
                            <label for=format!("edit-{id}")>{t!("post-edit-label")}</label>
                            <TextArea id=format!("edit-{id}") name="body" rows=4 value=markdown />
                            <button type="submit" class="small secondary">{t!("post-save-edit")}</button>
                        </ActionForm>
                    </details>
                }
                    .into_any()
            } else {
                view! {
                    <details class="post-tools">
                        <summary>{t!("post-flag")}</summary>
                        <ActionForm action=actions.flag attr:class="row-form">
                            <input type="hidden" name="post_id" value=id />
                            <label for=format!("flag-{id}")>{t!("post-flag-reason")}</label>
                            <input id=format!("flag-{id}") name="reason" type="text" />
                            <button type="submit" class="small secondary">{t!("post-flag-button")}</button>
                        </ActionForm>
                    </details>
                }
                    .into_any()
            }}
        </article>
    }
}

/// A labelled Markdown box and a button: the shape of every posting form.
#[component]
pub fn PostFields(
    label: String,
    field_id: String,
    button: String,
    #[prop(optional_no_strip)] error: Option<String>,
    #[prop(optional, into)] value: String,
) -> impl IntoView {
    let hint_id = format!("{field_id}-hint");
    let invalid = error.is_some();
    view! {
        <div class="field" class:invalid=invalid>
            <label for=field_id.clone()>{label}</label>
            <p class="hint" id=hint_id.clone()>{t!("post-markdown-hint", max = 10_000)}</p>
            <TextArea id=field_id name="body" rows=4 value=value describedby=Some(hint_id) invalid=invalid />
            {error.map(|message| view! { <p class="field-error">{message}</p> })}
        </div>
        <button type="submit">{button}</button>
    }
}
