use crate::courses::Progress;
use leptos::prelude::*;

/// A labelled progress bar: "3 of 8 done (37%)", counting lessons and quizzes.
#[component]
pub fn ProgressBar(progress: Progress, label: String) -> impl IntoView {
    let text = format!(
        "{} of {} done ({}%)",
        progress.done,
        progress.total,
        progress.percent()
    );
    view! {
        <div class="progress" class:complete=progress.is_complete()>
            <progress max=progress.total.max(1) value=progress.done aria-label=label></progress>
            <span>{text}</span>
        </div>
    }
}
