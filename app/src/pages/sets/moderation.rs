use crate::api::sets::{get_moderation, ResolveFlag};
use crate::components::error_page::ErrorPage;
use crate::components::form::{failure, FormAlert};
use crate::components::raw_text::PageTitle;
use crate::sets::{AttentionItem, Moderation};
use crate::t;
use leptos::prelude::*;

/// What needs a tutor's attention across their sets.
#[component]
pub fn ModerationPage() -> impl IntoView {
    let moderation = Resource::new(|| (), |_| get_moderation());
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match moderation.await {
                    Ok(moderation) => view! { <ModerationView moderation /> }.into_any(),
                    Err(error) => view! { <ErrorPage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Attention(heading: String, empty: String, items: Vec<AttentionItem>) -> impl IntoView {
    view! {
        <section class="panel">
            <h2>{heading}</h2>
            {if items.is_empty() {
                view! { <p class="muted">{empty}</p> }.into_any()
            } else {
                view! {
                    <ul class="editor-list">
                        {items
                            .into_iter()
                            .map(|item| {
                                view! {
                                    <li>
                                        <strong>{item.person}</strong>
                                        " "
                                        {t!("moderation-in-set", set = &item.set_name)}
                                        " "
                                        <a href=item.path>{item.concern.describe()}</a>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                }
                    .into_any()
            }}
        </section>
    }
}

#[component]
fn ModerationView(moderation: Moderation) -> impl IntoView {
    let resolve = ServerAction::<ResolveFlag>::new();
    let failed = failure(resolve.value().get_untracked()).0;
    view! {
        <PageTitle text=t!("moderation-title") />
        <h1>{t!("moderation-title")}</h1>
        <p class="lead">{t!("moderation-lead")}</p>
        <FormAlert error=failed />
        <section class="panel">
            <h2>{t!("moderation-flags", count = moderation.flags.len())}</h2>
            {if moderation.flags.is_empty() {
                view! { <p class="muted">{t!("moderation-no-flags")}</p> }.into_any()
            } else {
                view! {
                    <ul class="editor-list">
                        {moderation
                            .flags
                            .clone()
                            .into_iter()
                            .map(|flag| {
                                view! {
                                    <li>
                                        <a href=flag.path>{format!("{} ({})", flag.author_name, flag.set_name)}</a>
                                        {t!("moderation-flag-detail", excerpt = flag.excerpt, name = flag.flagged_by, reason = flag.reason)}
                                        <ActionForm action=resolve attr:class="inline-form">
                                            <input type="hidden" name="flag_id" value=flag.id />
                                            <button type="submit" class="small secondary">{t!("moderation-resolve")}</button>
                                        </ActionForm>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                }
                    .into_any()
            }}
        </section>
        <Attention
            heading=t!("moderation-unanswered", count = moderation.unanswered.len())
            empty=t!("moderation-unanswered-none")
            items=moderation.unanswered.clone()
        />
        <Attention
            heading=t!("moderation-unquestioned", count = moderation.unquestioned.len())
            empty=t!("moderation-unquestioned-none")
            items=moderation.unquestioned.clone()
        />
        <Attention
            heading=t!("moderation-overdue", count = moderation.overdue.len())
            empty=t!("moderation-overdue-none")
            items=moderation.overdue.clone()
        />
        <Attention
            heading=t!("moderation-silent", count = moderation.silent.len())
            empty=t!("moderation-silent-none")
            items=moderation.silent.clone()
        />
    }
}
