use crate::api::authoring::{
    get_course_editor, CourseEditor, CreateModule, DeleteModule, MoveModule, PublishCourse,
    UpdateCourse,
};
use crate::api::certificates::UpdateCertificateRules;
use crate::api::cohorts::{CreateCohort, SetCohortOpen};
use crate::cohorts::CohortSettingsView;
use crate::components::error_page::ErrorPage;
use crate::components::form::{failure, FormAlert, Notice, TextAreaField, TextField};
use crate::components::raw_text::PageTitle;
use crate::components::reorder::ReorderButtons;
use crate::i18n::date;
use crate::pages::admin::course_fields::{CourseDetails, CourseFields};
use crate::pages::cohorts::fields::CohortFields;
use crate::t;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::{use_params_map, use_query_map};

/// Edits a course: details, publishing, modules and their order, cohorts.
#[component]
pub fn CourseEditorPage() -> impl IntoView {
    let id = use_params_map()
        .get_untracked()
        .get("id")
        .and_then(|id| id.parse::<i64>().ok())
        .unwrap_or(0);
    let editor = Resource::new(move || id, get_course_editor);
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match editor.await {
                    Ok(course) => view! { <CourseForms course /> }.into_any(),
                    Err(error) => view! { <ErrorPage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn CourseForms(course: CourseEditor) -> impl IntoView {
    let query = use_query_map().get_untracked();
    let notice = if query.get("deleted").is_some() {
        Some(t!("admin-module-deleted"))
    } else if query.get("rules").is_some() {
        Some(t!("admin-rules-saved"))
    } else {
        query.get("saved").map(|_| t!("admin-saved"))
    };
    let update_rules = ServerAction::<UpdateCertificateRules>::new();
    let (rules_failed, rules_form) = failure(update_rules.value().get_untracked());
    let rules = course.certificate_rules.clone();
    let update = ServerAction::<UpdateCourse>::new();
    let (update_failed, form) = failure(update.value().get_untracked());
    let details = CourseDetails {
        title: course.title.clone(),
        slug: course.slug.clone(),
        summary: course.summary.clone(),
        language: course.language.clone(),
        estimated_hours: course.estimated_hours.to_string(),
    };

    let publish = ServerAction::<PublishCourse>::new();
    let move_module = ServerAction::<MoveModule>::new();
    let delete_module = ServerAction::<DeleteModule>::new();
    let create_module = ServerAction::<CreateModule>::new();
    let (module_failed, module_form) = failure(create_module.value().get_untracked());
    let create_cohort = ServerAction::<CreateCohort>::new();
    let (cohort_failed, cohort_form) = failure(create_cohort.value().get_untracked());
    let set_open = ServerAction::<SetCohortOpen>::new();
    let other_failure = failure(publish.value().get_untracked())
        .0
        .or(failure(move_module.value().get_untracked()).0)
        .or(failure(delete_module.value().get_untracked()).0)
        .or(failure(set_open.value().get_untracked()).0);
    let module_count = course.modules.len();

    view! {
        <PageTitle text=t!("admin-course-page-title", title = &course.title) />
        <p class="breadcrumbs">
            <a href="/admin/courses">{t!("admin-authoring")}</a>
        </p>
        <h1>{course.title.clone()}</h1>
        <Notice message=notice />
        <FormAlert error=other_failure />
        <section class="panel">
            <p>
                {if course.published { t!("admin-course-published") } else { t!("admin-course-draft") }}
            </p>
            <ActionForm action=publish attr:class="inline-form">
                <input type="hidden" name="course_id" value=course.id />
                <input type="hidden" name="published" value=(!course.published).to_string() />
                <button type="submit">{if course.published { t!("admin-unpublish") } else { t!("admin-publish") }}</button>
            </ActionForm>
            " "
            <a href=format!("/courses/{}", course.slug)>{t!("admin-view-course")}</a>
        </section>

        <section class="panel">
            <h2>{t!("admin-modules")}</h2>
            {(module_count == 0).then(|| view! { <p>{t!("admin-no-modules")}</p> })}
            <ol class="editor-list">
                {course
                    .modules
                    .clone()
                    .into_iter()
                    .enumerate()
                    .map(|(index, module)| {
                        let id = module.id;
                        let title = module.title.clone();
                        let label = format!(": {title}");
                        let lessons = t!("admin-module-lessons", count = module.lessons.len());
                        view! {
                            <li>
                                <a href=format!("/admin/modules/{id}")>{module.title}</a>
                                " "
                                <span class="muted">{lessons}</span>
                                <span class="row-actions">
                                    <ReorderButtons
                                        action=MoveModule::url()
                                        id_field="module_id"
                                        id
                                        label=title.clone()
                                        first=index == 0
                                        last=index + 1 == module_count
                                    />
                                    <ActionForm action=delete_module attr:class="inline-form">
                                        <input type="hidden" name="module_id" value=id />
                                        <button type="submit" class="small secondary">
                                            {t!("admin-delete")}
                                            <span class="visually-hidden">{label}</span>
                                        </button>
                                    </ActionForm>
                                </span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
            <h3>{t!("admin-add-module")}</h3>
            <FormAlert error=module_failed.clone() />
            <ActionForm action=create_module attr:novalidate=true attr:class="stack">
                <input type="hidden" name="course_id" value=course.id />
                <input type="hidden" name="slug" value="" />
                <TextField
                    label=t!("admin-module-title")
                    name="title"
                    value=module_form.value_for("title").unwrap_or_default()
                    error=module_form.message_for("title")
                />
                <TextAreaField
                    label=t!("admin-objectives")
                    name="objectives"
                    value=module_form.value_for("objectives").unwrap_or_default()
                    error=module_form.message_for("objectives")
                    hint=t!("admin-objectives-hint")
                />
                <button type="submit">{t!("admin-add-module-button")}</button>
            </ActionForm>
        </section>

        <section class="panel">
            <h2>{t!("admin-cohorts")}</h2>
            <ul class="editor-list">
                {course
                    .cohorts
                    .clone()
                    .into_iter()
                    .map(|cohort| {
                        let starts = date(&cohort.starts_on);
                        let when = t!("admin-cohort-dates", starts = starts, ends = date(&cohort.ends_on));
                        let (id, open) = (cohort.id, cohort.enrolment_open);
                        let places = match cohort.capacity {
                            Some(capacity) => {
                                t!("admin-cohort-places", enrolled = cohort.enrolled, capacity = capacity)
                            }
                            None => t!("admin-cohort-enrolled", count = cohort.enrolled),
                        };
                        view! {
                            <li>
                                <a href=format!("/admin/cohorts/{id}")>{cohort.name}</a>
                                " "
                                <span class="muted">{when} ", " {places}</span>
                                " "
                                <span class="badge">
                                    {if open { t!("admin-enrolment-open") } else { t!("admin-enrolment-closed") }}
                                </span>
                                <ActionForm action=set_open attr:class="inline-form">
                                    <input type="hidden" name="cohort_id" value=id />
                                    <input type="hidden" name="open" value=(!open).to_string() />
                                    <button type="submit" class="small secondary">
                                        {if open { t!("admin-close-enrolment") } else { t!("admin-open-enrolment") }}
                                    </button>
                                </ActionForm>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <h3>{t!("admin-add-cohort")}</h3>
            <FormAlert error=cohort_failed.clone() />
            <ActionForm action=create_cohort attr:novalidate=true attr:class="stack">
                <input type="hidden" name="course_id" value=course.id />
                <CohortFields form=cohort_form current=CohortSettingsView::default() />
                <button type="submit">{t!("admin-add-cohort-button")}</button>
            </ActionForm>
        </section>

        <section class="panel">
            <h2>{t!("admin-certificate-rules")}</h2>
            <p>{t!("admin-certificate-rules-intro")}</p>
            <FormAlert error=rules_failed />
            <ActionForm action=update_rules attr:novalidate=true attr:class="stack">
                <input type="hidden" name="course_id" value=course.id />
                <TextField
                    label=t!("admin-rules-rounds")
                    name="rounds"
                    kind="number"
                    value=rules_form.value_for("rounds").unwrap_or_else(|| rules.rounds.to_string())
                    error=rules_form.message_for("rounds")
                    hint=t!("admin-rules-rounds-hint")
                />
                <div class="field checkbox">
                    <input
                        type="checkbox"
                        id="needs_approval"
                        name="needs_approval"
                        value="on"
                        checked=rules.needs_approval
                    />
                    <label for="needs_approval">{t!("admin-rules-approval")}</label>
                </div>
                <button type="submit">{t!("admin-save-rules")}</button>
            </ActionForm>
        </section>

        <section class="panel">
            <h2>{t!("admin-course-details")}</h2>
            <FormAlert error=update_failed.clone() />
            <ActionForm action=update attr:novalidate=true attr:class="stack">
                <input type="hidden" name="course_id" value=course.id />
                <CourseFields form current=details new_course=false />
                <button type="submit">{t!("admin-save-course")}</button>
            </ActionForm>
        </section>
    }
}
