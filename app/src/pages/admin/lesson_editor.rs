use crate::api::authoring::{get_lesson_editor, DeleteLesson, LessonEditor, UpdateLesson};
use crate::components::confirm_deletion::ConfirmDeletion;
use crate::components::error_page::ErrorPage;
use crate::components::form::{failure, FormAlert, Notice, TextField};
use crate::components::lesson_body_editor::LessonBodyEditor;
use crate::components::raw_text::PageTitle;
use crate::t;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::{use_params_map, use_query_map};

/// Edits a lesson's title, duration and Markdown body, with a preview.
#[component]
pub fn LessonEditorPage() -> impl IntoView {
    let id = use_params_map()
        .get_untracked()
        .get("id")
        .and_then(|id| id.parse::<i64>().ok())
        .unwrap_or(0);
    let editor = Resource::new(move || id, get_lesson_editor);
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match editor.await {
                    Ok(lesson) => view! { <LessonForm lesson /> }.into_any(),
                    Err(error) => view! { <ErrorPage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn LessonForm(lesson: LessonEditor) -> impl IntoView {
    let saved = use_query_map()
        .get_untracked()
        .get("saved")
        .map(|_| t!("admin-lesson-saved"));
    let update = ServerAction::<UpdateLesson>::new();
    let delete = ServerAction::<DeleteLesson>::new();
    let (failed, form) = failure(update.value().get_untracked());
    let failed = failed.or(failure(delete.value().get_untracked()).0);
    let title = form.value_for("title").unwrap_or(lesson.title.clone());
    let slug = form.value_for("slug").unwrap_or(lesson.slug.clone());
    let minutes = form
        .value_for("estimated_minutes")
        .unwrap_or(lesson.estimated_minutes.to_string());
    let body = form
        .value_for("body")
        .unwrap_or(lesson.body_markdown.clone());
    view! {
        <PageTitle text=t!("admin-lesson-page-title", title = &lesson.title) />
        <p class="breadcrumbs">
            <a href="/admin/courses">{t!("admin-authoring")}</a>
            " › "
            <a href=format!("/admin/courses/{}", lesson.course_id)>{lesson.course_title.clone()}</a>
            " › "
            <a href=format!("/admin/modules/{}", lesson.module_id)>{lesson.module_title.clone()}</a>
        </p>
        <h1>{lesson.title.clone()}</h1>
        <Notice message=saved />
        <FormAlert error=failed.clone() />
        <ActionForm action=update attr:novalidate=true attr:class="stack wide">
            <input type="hidden" name="lesson_id" value=lesson.id />
            <TextField label=t!("admin-title") name="title" value=title error=form.message_for("title") />
            <TextField label=t!("admin-slug") name="slug" value=slug error=form.message_for("slug") />
            <TextField
                label=t!("admin-estimated-minutes")
                name="estimated_minutes"
                kind="number"
                value=minutes
                error=form.message_for("estimated_minutes")
            />
            <LessonBodyEditor
                initial=body
                error=form.message_for("body")
                label=t!("admin-body")
                hint=t!("admin-body-hint")
                preview_label=t!("admin-preview")
                preview_heading=t!("admin-preview-heading")
            />
            <button type="submit">{t!("admin-save-lesson")}</button>
        </ActionForm>
        <section class="panel">
            <h2>{t!("admin-delete-this-lesson")}</h2>
            <p>{t!("admin-lesson-completions", count = lesson.completions)}</p>
            <ActionForm action=delete attr:class="inline-form">
                <input type="hidden" name="lesson_id" value=lesson.id />
                <button type="submit" class="secondary">{t!("admin-delete-lesson")}</button>
            </ActionForm>
        </section>
        <section class="panel">
            <h2>{t!("admin-saved-version")}</h2>
            <p>
                <a href=lesson.reading_path.clone()>{t!("admin-open-lesson")}</a>
            </p>
            <div class="lesson-body preview" inner_html=lesson.body_html.clone()></div>
        </section>
    }
}

/// Asks an administrator to confirm deleting a lesson that participants
/// have completed.
#[component]
pub fn DeleteLessonPage() -> impl IntoView {
    let id = use_params_map()
        .get_untracked()
        .get("id")
        .and_then(|id| id.parse::<i64>().ok())
        .unwrap_or(0);
    let editor = Resource::new(move || id, get_lesson_editor);
    view! {
        <PageTitle text=t!("admin-delete-lesson-page-title") />
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match editor.await {
                    Ok(lesson) => {
                        view! {
                            <ConfirmDeletion
                                heading=t!("admin-delete-named", title = &lesson.title)
                                warning=t!("admin-delete-lesson-warning", count = lesson.completions)
                                action=DeleteLesson::url()
                                id_field="lesson_id"
                                id=lesson.id
                                button=t!("admin-delete-lesson-confirm")
                                back=format!("/admin/lessons/{}", lesson.id)
                            />
                        }
                            .into_any()
                    }
                    Err(error) => view! { <ErrorPage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}
