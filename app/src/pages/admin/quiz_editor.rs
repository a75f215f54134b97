use crate::api::authoring::{get_quiz_source, DeleteQuiz, QuizSource, SaveQuiz};
use crate::components::error_page::ErrorPage;
use crate::components::form::{failure, FormAlert, Notice, TextAreaField};
use crate::components::raw_text::PageTitle;
use crate::t;
use leptos::prelude::*;
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
        .map(|_| t!("admin-quiz-saved"));
    let save = ServerAction::<SaveQuiz>::new();
    let delete = ServerAction::<DeleteQuiz>::new();
    let (failed, form) = failure(save.value().get_untracked());
    let failed = failed.or(failure(delete.value().get_untracked()).0);
    let source = form.value_for("source").unwrap_or(quiz.source.clone());
    let status = if quiz.exists {
        t!("admin-quiz-attempts", count = quiz.attempts)
    } else {
        t!("admin-quiz-none")
    };
    view! {
        <PageTitle text=t!("admin-quiz-page-title", module = &quiz.module_title) />
        <p class="breadcrumbs">
            <a href=format!("/admin/modules/{}", quiz.module_id)>{quiz.module_title.clone()}</a>
        </p>
        <h1>{t!("admin-quiz")}</h1>
        <Notice message=saved />
        <p>{status}</p>
        <FormAlert error=failed />
        <ActionForm action=save attr:novalidate=true attr:class="stack wide">
            <input type="hidden" name="module_id" value=quiz.module_id />
            <TextAreaField
                label=t!("admin-quiz-source")
                name="source"
                value=source
                error=form.message_for("source")
                hint=t!("admin-quiz-source-hint")
                rows=24
            />
            <button type="submit">{t!("admin-save-quiz")}</button>
        </ActionForm>
        {quiz
            .exists
            .then(|| {
                view! {
                    <section class="panel">
                        <h2>{t!("admin-delete-the-quiz")}</h2>
                        <p>{t!("admin-delete-quiz-hint")}</p>
                        <ActionForm action=delete attr:class="inline-form">
                            <input type="hidden" name="module_id" value=quiz.module_id />
                            <button type="submit" class="secondary">{t!("admin-delete-quiz")}</button>
                        </ActionForm>
                    </section>
                }
            })}
    }
}
