use crate::courses::Progress;
use crate::t;
use leptos::prelude::*;

/// A labelled progress bar: "3 of 8 done (37%)", counting lessons and quizzes.
#[component]
pub fn ProgressBar(progress: Progress, label: String) -> impl IntoView {
    let (done, total, percent) = (progress.done, progress.total, progress.percent());
    let text = t!(
        "progress-done",
        done = done,
        total = total,
        percent = percent
    );
    view! {
        <div class="progress" class:complete=progress.is_complete()>
            <progress max=progress.total.max(1) value=progress.done aria-label=label></progress>
            <span>{text}</span>
        </div>
    }
}
