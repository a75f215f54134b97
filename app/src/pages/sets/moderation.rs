use crate::api::sets::{get_moderation, ResolveFlag};
use crate::components::error_page::ErrorPage;
use crate::components::form::{failure, FormAlert};
use crate::sets::{AttentionItem, Moderation};
use leptos::prelude::*;
use leptos_meta::Title;

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
fn Attention(title: &'static str, empty: &'static str, items: Vec<AttentionItem>) -> impl IntoView {
    view! {
        <section class="panel">
            <h2>{format!("{title} ({})", items.len())}</h2>
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
                                        {format!(" ({}): ", item.set_name)}
                                        <a href=item.path>{item.detail}</a>
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
        <Title text="Moderation" />
        <h1>"Moderation"</h1>
        <p class="lead">"Across the sets you tutor."</p>
        <FormAlert error=failed />
        <section class="panel">
            <h2>{format!("Open flags ({})", moderation.flags.len())}</h2>
            {if moderation.flags.is_empty() {
                view! { <p class="muted">"No post is flagged."</p> }.into_any()
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
                                        {format!(": \"{}\" · flagged by {}: {}", flag.excerpt, flag.flagged_by, flag.reason)}
                                        <ActionForm action=resolve attr:class="inline-form">
                                            <input type="hidden" name="flag_id" value=flag.id />
                                            <button type="submit" class="small secondary">"Mark as dealt with"</button>
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
            title="Challenges with no question yet"
            empty="Every challenge has a question."
            items=moderation.unquestioned.clone()
        />
        <Attention
            title="Commitments past their due date without a report-back"
            empty="No overdue commitment."
            items=moderation.overdue.clone()
        />
        <Attention
            title="Members who have not posted in the current round"
            empty="Everyone has posted in the current round."
            items=moderation.silent.clone()
        />
    }
}
