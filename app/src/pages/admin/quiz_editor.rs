use crate::api::authoring::{get_quiz_source, DeleteQuiz, QuizSource, SaveQuiz};
use crate::components::error_page::ErrorPage;
use crate::components::form::{failure, FormAlert, Notice, TextAreaField};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

/// Writes a module's quiz in the course-package TOML format, with the same
/// checks as a package import.
#[component]
pub fn QuizEditorPage() -> impl IntoView {
    let id = use_params_map()
        .get_untracked()
        .get("id")
        .and_then(|id| id.parse::<i64>().ok())
        .unwrap_or(0);
    let source = Resource::new(move || id, get_quiz_source);
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match source.await {
                    Ok(quiz) => view! { <QuizForm quiz /> }.into_any(),
                    Err(error) => view! { <ErrorPage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn QuizForm(quiz: QuizSource) -> impl IntoView {
    let saved = use_query_map()
        .get_untracked()
        .get("saved")
        .map(|_| "The quiz has been saved.");
    let save = ServerAction::<SaveQuiz>::new();
    let delete = ServerAction::<DeleteQuiz>::new();
    let (failed, form) = failure(save.value().get_untracked());
    let failed = failed.or(failure(delete.value().get_untracked()).0);
    let source = form.value_for("source").unwrap_or(quiz.source.clone());
    let status = if quiz.exists {
        format!(
            "This module has a quiz; participants have made {} attempts.",
            quiz.attempts
        )
    } else {
        "This module has no quiz yet. Start from the example below.".to_string()
    };
    view! {
        <Title text=format!("Quiz: {}", quiz.module_title) />
        <p class="breadcrumbs">
            <a href=format!("/admin/modules/{}", quiz.module_id)>{quiz.module_title.clone()}</a>
        </p>
        <h1>"Quiz"</h1>
        <Notice message=saved />
        <p>{status}</p>
        <FormAlert error=failed />
        <ActionForm action=save attr:novalidate=true attr:class="stack wide">
            <input type="hidden" name="module_id" value=quiz.module_id />
            <TextAreaField
                label="Quiz (TOML, the course-package format)"
                name="source"
                value=source
                error=form.message_for("source")
                hint="Question types: single-choice, multiple-choice (partial_credit = true for partial credit), true-false, numeric (answer, tolerance = { absolute = … } or { percent = … }, unit), short-text (accepted = [\"…\"]). Keep a question's id when editing it: attempts refer to it."
                rows=24
            />
            <button type="submit">"Save quiz"</button>
        </ActionForm>
        {quiz
            .exists
            .then(|| {
                view! {
                    <section class="panel">
                        <h2>"Delete the quiz"</h2>
                        <p>"Only possible while nobody has attempted it."</p>
                        <ActionForm action=delete attr:class="inline-form">
                            <input type="hidden" name="module_id" value=quiz.module_id />
                            <button type="submit" class="secondary">"Delete quiz"</button>
                        </ActionForm>
                    </section>
                }
            })}
    }
}
