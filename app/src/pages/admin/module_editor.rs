use crate::api::authoring::{
    get_module_editor, CreateLesson, DeleteModule, ModuleEditor, MoveLesson, UpdateModule,
};
use crate::components::confirm_deletion::ConfirmDeletion;
use crate::components::error_page::ErrorPage;
use crate::components::form::{failure, FormAlert, Notice, TextAreaField, TextField};
use crate::components::raw_text::PageTitle;
use crate::components::reorder::ReorderButtons;
use crate::t;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::{use_params_map, use_query_map};

fn module_id_param() -> i64 {
    use_params_map()
        .get_untracked()
        .get("id")
        .and_then(|id| id.parse::<i64>().ok())
        .unwrap_or(0)
}

/// Edits a module: title, objectives, its lessons and their order.
#[component]
pub fn ModuleEditorPage() -> impl IntoView {
    let editor = Resource::new(module_id_param, get_module_editor);
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match editor.await {
                    Ok(editor) => view! { <ModuleForms editor /> }.into_any(),
                    Err(error) => view! { <ErrorPage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn ModuleForms(editor: ModuleEditor) -> impl IntoView {
    let query = use_query_map().get_untracked();
    let saved = match query.get("deleted") {
        Some(_) => Some(t!("admin-lesson-deleted")),
        None => query.get("saved").map(|_| t!("admin-saved")),
    };
    let module = editor.module.clone();
    let update = ServerAction::<UpdateModule>::new();
    let (update_failed, form) = failure(update.value().get_untracked());
    let title = form.value_for("title").unwrap_or(module.title.clone());
    let slug = form.value_for("slug").unwrap_or(module.slug.clone());
    let objectives = form
        .value_for("objectives")
        .unwrap_or(module.objectives.clone());
    let move_lesson = ServerAction::<MoveLesson>::new();
    let create_lesson = ServerAction::<CreateLesson>::new();
    let (lesson_failed, lesson_form) = failure(create_lesson.value().get_untracked());
    let delete = ServerAction::<DeleteModule>::new();
    let other_failure = failure(move_lesson.value().get_untracked())
        .0
        .or(failure(delete.value().get_untracked()).0);
    let lesson_count = module.lessons.len();
    view! {
        <PageTitle text=t!("admin-module-page-title", title = &module.title) />
        <p class="breadcrumbs">
            <a href="/admin/courses">{t!("admin-authoring")}</a>
            " › "
            <a href=format!("/admin/courses/{}", editor.course_id)>{editor.course_title.clone()}</a>
        </p>
        <h1>{module.title.clone()}</h1>
        <Notice message=saved />
        <FormAlert error=other_failure />
        <section class="panel">
            <h2>{t!("admin-lessons")}</h2>
            {(lesson_count == 0).then(|| view! { <p>{t!("admin-no-lessons")}</p> })}
            <ol class="editor-list">
                {module
                    .lessons
                    .clone()
                    .into_iter()
                    .enumerate()
                    .map(|(index, lesson)| {
                        let id = lesson.id;
                        let title = lesson.title.clone();
                        view! {
                            <li>
                                <a href=format!("/admin/lessons/{id}")>{lesson.title}</a>
                                <span class="row-actions">
                                    <ReorderButtons
                                        action=MoveLesson::url()
                                        id_field="lesson_id"
                                        id
                                        label=title.clone()
                                        first=index == 0
                                        last=index + 1 == lesson_count
                                    />
                                </span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
            <h3>{t!("admin-add-lesson")}</h3>
            <FormAlert error=lesson_failed.clone() />
            <ActionForm action=create_lesson attr:novalidate=true attr:class="stack">
                <input type="hidden" name="module_id" value=module.id />
                <TextField
                    label=t!("admin-lesson-title")
                    name="title"
                    value=lesson_form.value_for("title").unwrap_or_default()
                    error=lesson_form.message_for("title")
                />
                <button type="submit">{t!("admin-add-lesson-button")}</button>
            </ActionForm>
        </section>
        <section class="panel">
            <h2>{t!("admin-quiz")}</h2>
            <p>
                <a href=format!("/admin/modules/{}/quiz", module.id)>
                    {match &module.quiz {
                        Some(quiz) => t!("admin-edit-quiz", title = &quiz.title),
                        None => t!("admin-add-quiz"),
                    }}
                </a>
            </p>
        </section>
        <section class="panel">
            <h2>{t!("admin-module-details")}</h2>
            <FormAlert error=update_failed.clone() />
            <ActionForm action=update attr:novalidate=true attr:class="stack">
                <input type="hidden" name="module_id" value=module.id />
                <TextField label=t!("admin-title") name="title" value=title error=form.message_for("title") />
                <TextField label=t!("admin-slug") name="slug" value=slug error=form.message_for("slug") />
                <TextAreaField
                    label=t!("admin-objectives")
                    name="objectives"
                    value=objectives
                    error=form.message_for("objectives")
                />
                <button type="submit">{t!("admin-save-module")}</button>
            </ActionForm>
        </section>
        <section class="panel">
            <h2>{t!("admin-delete-this-module")}</h2>
            <p>
                {t!("admin-delete-module-effect", lessons = lesson_count, completions = editor.completions)}
            </p>
            <ActionForm action=delete attr:class="inline-form">
                <input type="hidden" name="module_id" value=module.id />
                <button type="submit" class="secondary">{t!("admin-delete-module")}</button>
            </ActionForm>
        </section>
    }
}

/// Asks an administrator to confirm deleting a module that participants
/// have progress in.
#[component]
pub fn DeleteModulePage() -> impl IntoView {
    let editor = Resource::new(module_id_param, get_module_editor);
    view! {
        <PageTitle text=t!("admin-delete-module-page-title") />
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match editor.await {
                    Ok(editor) => {
                        let lessons = editor.module.lessons.len();
                        let warning = t!("admin-delete-module-warning", completions = editor.completions, lessons = lessons);
                        view! {
                            <ConfirmDeletion
                                heading=t!("admin-delete-named", title = &editor.module.title)
                                warning
                                action=DeleteModule::url()
                                id_field="module_id"
                                id=editor.module.id
                                button=t!("admin-delete-module-confirm")
                                back=format!("/admin/modules/{}", editor.module.id)
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
