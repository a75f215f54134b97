use crate::api::authoring::PreviewLesson;
use crate::components::raw_text::TextArea;
use leptos::prelude::*;

/// The Markdown box of the lesson editor. Once the page is interactive it
/// gains a "Preview" button that shows the unsaved text exactly as
/// participants will see it (rendered and sanitised on the server). The
/// words around the box come from the page: `label`, `hint`, the button's
/// `preview_label` and the preview's `preview_heading`.
#[island]
pub fn LessonBodyEditor(
    initial: String,
    error: Option<String>,
    label: String,
    hint: String,
    preview_label: String,
    preview_heading: String,
) -> impl IntoView {
    // What the box holds when Preview is pressed, read from the element:
    // on a slow connection a person types before the wasm has arrived.
    let body = NodeRef::<leptos::html::Textarea>::new();
    let (interactive, set_interactive) = signal(false);
    Effect::new(move |_| set_interactive.set(true));
    let preview = ServerAction::<PreviewLesson>::new();
    let invalid = error.is_some();
    view! {
        <div class="field" class:invalid=invalid>
            <label for="body">{label}</label>
            <p class="hint" id="body-hint">
                {hint}
            </p>
            <TextArea
                id="body"
                name="body"
                rows=18
                value=initial
                describedby=Some("body-hint".to_string())
                invalid=invalid
                node_ref=body
            />
            {error.map(|message| view! { <p class="field-error">{message}</p> })}
            <Show when=move || interactive.get()>
                <button
                    type="button"
                    class="secondary"
                    on:click=move |_| {
                        let text = body.get_untracked().map(|element| element.value()).unwrap_or_default();
                        preview.dispatch(PreviewLesson { body: text });
                    }
                >
                    {preview_label.clone()}
                </button>
            </Show>
            {move || {
                preview
                    .value()
                    .get()
                    .map(|result| match result {
                        Ok(html) => {
                            view! {
                                <section class="panel" aria-live="polite">
                                    <h2>{preview_heading.clone()}</h2>
                                    <div class="lesson-body preview" inner_html=html></div>
                                </section>
                            }
                                .into_any()
                        }
                        Err(error) => view! { <p class="field-error">{error.to_string()}</p> }.into_any(),
                    })
            }}
        </div>
    }
}
