use crate::api::authoring::PreviewLesson;
use leptos::prelude::*;

/// The Markdown box of the lesson editor. Once the page is interactive it
/// gains a "Preview" button that shows the unsaved text exactly as
/// participants will see it (rendered and sanitised on the server).
#[island]
pub fn LessonBodyEditor(initial: String, error: Option<String>) -> impl IntoView {
    let (text, set_text) = signal(initial.clone());
    let (interactive, set_interactive) = signal(false);
    Effect::new(move |_| set_interactive.set(true));
    let preview = ServerAction::<PreviewLesson>::new();
    let invalid = error.is_some();
    view! {
        <div class="field" class:invalid=invalid>
            <label for="body">"Lesson text (Markdown)"</label>
            <p class="hint" id="body-hint">
                "Headings with ##, lists with -, tables with | pipes |, links as [text](https://…)."
            </p>
            <textarea
                id="body"
                name="body"
                rows="18"
                aria-describedby="body-hint"
                aria-invalid=invalid.then_some("true")
                on:input=move |ev| set_text.set(event_target_value(&ev))
            >
                {initial}
            </textarea>
            {error.map(|message| view! { <p class="field-error">{message}</p> })}
            <Show when=move || interactive.get()>
                <button
                    type="button"
                    class="secondary"
                    on:click=move |_| {
                        preview.dispatch(PreviewLesson { body: text.get_untracked() });
                    }
                >
                    "Preview"
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
                                    <h2>"Preview (not saved)"</h2>
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
