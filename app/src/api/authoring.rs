//! Administrators write and publish courses, modules, lessons and cohorts.
//! Every function here is for administrators only.

use crate::courses::{CohortInfo, ModuleOutline};
use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
use crate::{
    accounts::session,
    courses::{
        authoring::{self, AuthoringError, Conflict, Direction},
        domain::{CourseDraft, LessonDraft, ModuleDraft},
        markdown, store,
    },
    error::FormErrors,
    quizzes::definition::QuizDefinition,
    state::{pool, state},
    t,
};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CourseListEntry {
    pub id: i64,
    pub slug: String,
    pub title: String,
    pub published: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CourseEditor {
    pub id: i64,
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub language: String,
    pub estimated_hours: i64,
    pub published: bool,
    pub modules: Vec<ModuleOutline>,
    pub cohorts: Vec<CohortInfo>,
    pub certificate_rules: crate::certificates::RulesView,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ModuleEditor {
    pub course_id: i64,
    pub course_title: String,
    pub module: ModuleOutline,
    /// Lesson completions recorded in this module.
    pub completions: i64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LessonEditor {
    pub course_id: i64,
    pub course_title: String,
    pub module_id: i64,
    pub module_title: String,
    pub reading_path: String,
    pub id: i64,
    pub slug: String,
    pub title: String,
    pub estimated_minutes: i64,
    pub body_markdown: String,
    pub body_html: String,
    /// Times participants have completed this lesson.
    pub completions: i64,
}

#[cfg(feature = "ssr")]
impl From<AuthoringError> for AppError {
    #[track_caller]
    fn from(error: AuthoringError) -> Self {
        match error {
            AuthoringError::Conflict(conflict) => AppError::Refused(match conflict {
                Conflict::CourseSlugTaken => t!("msg-course-slug-taken"),
                Conflict::ModuleSlugTaken => t!("msg-course-module-slug-taken"),
                Conflict::LessonSlugTaken => t!("msg-course-lesson-slug-taken"),
                // What a package import refuses is written for authors at
                // the command line, in English.
                other => other.to_string(),
            }),
            AuthoringError::NotFound => AppError::NotFound,
            AuthoringError::Database(e) => AppError::from(e),
        }
    }
}

#[cfg(feature = "ssr")]
fn parse_direction(direction: &str) -> Result<Direction, AppError> {
    match direction {
        "up" => Ok(Direction::Up),
        "down" => Ok(Direction::Down),
        _ => Err(AppError::Refused(t!("msg-course-unknown-direction"))),
    }
}

/// Every course, drafts included.
#[server(prefix = "/api", endpoint = "admin_courses")]
pub async fn admin_courses() -> Result<Vec<CourseListEntry>, AppError> {
    session::require_administrator().await?;
    Ok(authoring::all_courses(&pool()?)
        .await?
        .into_iter()
        .map(|(id, slug, title, published)| CourseListEntry {
            id,
            slug,
            title,
            published,
        })
        .collect())
}

/// Creates a draft course and opens its editor.
#[server(prefix = "/api", endpoint = "create_course")]
pub async fn create_course(
    title: String,
    slug: String,
    summary: String,
    language: String,
    estimated_hours: String,
) -> Result<(), AppError> {
    session::require_administrator().await?;
    let draft = CourseDraft::parse(&title, &slug, &summary, &language, &estimated_hours)
        .map_err(AppError::Invalid)?;
    let id = authoring::create_course(&pool()?, &draft).await?;
    leptos_axum::redirect(&format!("/admin/courses/{id}"));
    Ok(())
}

#[server(prefix = "/api", endpoint = "course_editor")]
pub async fn get_course_editor(course_id: i64) -> Result<CourseEditor, AppError> {
    session::require_administrator().await?;
    let state = state()?;
    let pool = &state.pool;
    let course = store::course_by_id(pool, course_id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(CourseEditor {
        modules: state.courses.outline(pool, course.id, None).await?,
        cohorts: store::cohorts(pool, course.id, false).await?,
        certificate_rules: crate::certificates::store::rules(pool, course.id)
            .await?
            .map(|rules| crate::certificates::RulesView {
                rounds: rules.rounds,
                needs_approval: rules.needs_approval,
            })
            .unwrap_or_default(),
        id: course.id,
        slug: course.slug,
        title: course.title,
        summary: course.summary,
        language: course.language,
        estimated_hours: course.estimated_hours,
        published: course.published,
    })
}

#[server(prefix = "/api", endpoint = "update_course")]
pub async fn update_course(
    course_id: i64,
    title: String,
    slug: String,
    summary: String,
    language: String,
    estimated_hours: String,
) -> Result<(), AppError> {
    session::require_administrator().await?;
    let draft = CourseDraft::parse(&title, &slug, &summary, &language, &estimated_hours)
        .map_err(AppError::Invalid)?;
    authoring::update_course(&pool()?, course_id, &draft).await?;
    leptos_axum::redirect(&format!("/admin/courses/{course_id}?saved=1"));
    Ok(())
}

/// Publishes (or unpublishes) a course: only published courses are listed.
#[server(prefix = "/api", endpoint = "publish_course")]
pub async fn publish_course(course_id: i64, published: bool) -> Result<(), AppError> {
    session::require_administrator().await?;
    authoring::set_published(&pool()?, course_id, published).await?;
    Ok(())
}

#[server(prefix = "/api", endpoint = "create_module")]
pub async fn create_module(
    course_id: i64,
    title: String,
    slug: String,
    objectives: String,
) -> Result<(), AppError> {
    session::require_administrator().await?;
    let state = state()?;
    let pool = &state.pool;
    store::course_by_id(pool, course_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let fallback = format!(
        "module-{}",
        state.courses.outline(pool, course_id, None).await?.len() + 1
    );
    let draft =
        ModuleDraft::parse(&title, &slug, &objectives, &fallback).map_err(AppError::Invalid)?;
    let id = authoring::create_module(pool, course_id, &draft).await?;
    leptos_axum::redirect(&format!("/admin/modules/{id}"));
    Ok(())
}

#[server(prefix = "/api", endpoint = "module_editor")]
pub async fn get_module_editor(module_id: i64) -> Result<ModuleEditor, AppError> {
    session::require_administrator().await?;
    let state = state()?;
    let pool = &state.pool;
    let course_id = authoring::course_of_module(pool, module_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let course = store::course_by_id(pool, course_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let module = state
        .courses
        .outline(pool, course_id, None)
        .await?
        .into_iter()
        .find(|m| m.id == module_id)
        .ok_or(AppError::NotFound)?;
    Ok(ModuleEditor {
        course_id,
        course_title: course.title,
        module,
        completions: authoring::module_progress_count(pool, module_id).await?,
    })
}

#[server(prefix = "/api", endpoint = "update_module")]
pub async fn update_module(
    module_id: i64,
    title: String,
    slug: String,
    objectives: String,
) -> Result<(), AppError> {
    session::require_administrator().await?;
    let draft =
        ModuleDraft::parse(&title, &slug, &objectives, "module").map_err(AppError::Invalid)?;
    authoring::update_module(&pool()?, module_id, &draft).await?;
    leptos_axum::redirect(&format!("/admin/modules/{module_id}?saved=1"));
    Ok(())
}

#[server(prefix = "/api", endpoint = "move_module")]
pub async fn move_module(module_id: i64, direction: String) -> Result<(), AppError> {
    session::require_administrator().await?;
    authoring::move_module(&pool()?, module_id, parse_direction(&direction)?).await?;
    Ok(())
}

/// Deletes a module. When participants have progress in it, nothing is
/// deleted until the administrator confirms on the page that explains it.
#[server(prefix = "/api", endpoint = "delete_module")]
pub async fn delete_module(module_id: i64, confirmed: Option<String>) -> Result<(), AppError> {
    let admin = session::require_administrator().await?;
    let pool = pool()?;
    authoring::course_of_module(&pool, module_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let completions = authoring::module_progress_count(&pool, module_id).await?;
    if completions > 0 && confirmed.as_deref() != Some("yes") {
        leptos_axum::redirect(&format!("/admin/modules/{module_id}/delete"));
        return Ok(());
    }
    let course_id = authoring::delete_module(&pool, module_id, admin.id).await?;
    leptos_axum::redirect(&format!("/admin/courses/{course_id}?deleted=1"));
    Ok(())
}

#[server(prefix = "/api", endpoint = "create_lesson")]
pub async fn create_lesson(module_id: i64, title: String) -> Result<(), AppError> {
    session::require_administrator().await?;
    let pool = pool()?;
    let module = get_module_editor(module_id).await?;
    let fallback = format!("lesson-{}", module.module.lessons.len() + 1);
    let draft = LessonDraft::parse(&title, "", "10", "", &fallback).map_err(AppError::Invalid)?;
    let id = authoring::create_lesson(&pool, module_id, &draft).await?;
    leptos_axum::redirect(&format!("/admin/lessons/{id}"));
    Ok(())
}

#[server(prefix = "/api", endpoint = "lesson_editor")]
pub async fn get_lesson_editor(lesson_id: i64) -> Result<LessonEditor, AppError> {
    session::require_administrator().await?;
    let pool = pool()?;
    let lesson = authoring::lesson_source(&pool, lesson_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let module = get_module_editor(lesson.module_id).await?;
    let course = store::course_by_id(&pool, module.course_id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(LessonEditor {
        course_id: module.course_id,
        course_title: module.course_title,
        module_id: module.module.id,
        reading_path: crate::courses::lesson_path(&course.slug, &module.module.slug, &lesson.slug),
        module_title: module.module.title,
        id: lesson.id,
        slug: lesson.slug,
        title: lesson.title,
        estimated_minutes: lesson.estimated_minutes,
        body_markdown: lesson.body_markdown,
        body_html: lesson.body_html,
        completions: authoring::lesson_progress_count(&pool, lesson_id).await?,
    })
}

/// Saves a lesson in place; participants keep their progress.
#[server(prefix = "/api", endpoint = "update_lesson")]
pub async fn update_lesson(
    lesson_id: i64,
    title: String,
    slug: String,
    estimated_minutes: String,
    body: String,
) -> Result<(), AppError> {
    session::require_administrator().await?;
    let draft = LessonDraft::parse(&title, &slug, &estimated_minutes, &body, "lesson")
        .map_err(AppError::Invalid)?;
    authoring::update_lesson(&pool()?, lesson_id, &draft).await?;
    leptos_axum::redirect(&format!("/admin/lessons/{lesson_id}?saved=1"));
    Ok(())
}

/// Deletes a lesson. When participants have completed it, nothing is
/// deleted until the administrator confirms on the page that explains it.
#[server(prefix = "/api", endpoint = "delete_lesson")]
pub async fn delete_lesson(lesson_id: i64, confirmed: Option<String>) -> Result<(), AppError> {
    let admin = session::require_administrator().await?;
    let pool = pool()?;
    authoring::module_of_lesson(&pool, lesson_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let completions = authoring::lesson_progress_count(&pool, lesson_id).await?;
    if completions > 0 && confirmed.as_deref() != Some("yes") {
        leptos_axum::redirect(&format!("/admin/lessons/{lesson_id}/delete"));
        return Ok(());
    }
    let module_id = authoring::delete_lesson(&pool, lesson_id, admin.id).await?;
    leptos_axum::redirect(&format!("/admin/modules/{module_id}?deleted=1"));
    Ok(())
}

#[server(prefix = "/api", endpoint = "move_lesson")]
pub async fn move_lesson(lesson_id: i64, direction: String) -> Result<(), AppError> {
    session::require_administrator().await?;
    authoring::move_lesson(&pool()?, lesson_id, parse_direction(&direction)?).await?;
    Ok(())
}

/// Renders unsaved lesson Markdown exactly as participants would see it.
#[server(prefix = "/api", endpoint = "preview_lesson")]
pub async fn preview_lesson(body: String) -> Result<String, AppError> {
    session::require_administrator().await?;
    if body.len() > crate::courses::MAX_LESSON_BODY {
        return Err(AppError::Refused(t!("msg-course-preview-too-long")));
    }
    Ok(markdown::render(&body))
}

/// A module's quiz as TOML text (the course-package format), or a
/// template for a new one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuizSource {
    pub module_id: i64,
    pub module_title: String,
    pub exists: bool,
    pub attempts: i64,
    pub source: String,
}

/// A small quiz to start from, valid as it is.
pub const QUIZ_TEMPLATE: &str = r#"title = "Check your understanding"
pass_mark = 70
# max_attempts = 3      (leave out for unlimited attempts)
shuffle = false
review = "answers-when-done"   # or "score-only", "feedback"

[[questions]]
id = "first-question"
type = "single-choice"         # or multiple-choice, true-false, numeric, short-text
prompt = "Which of these is a health-workforce density indicator?"
explanation = "Density relates the number of health workers to the population."
options = [
  { id = "a", text = "Health workers per 10,000 population", correct = true },
  { id = "b", text = "Beds per facility", feedback = "That describes facilities, not the workforce." },
]

[[questions]]
id = "second-question"
type = "numeric"
prompt = "A district of 250,000 people has 500 nurses. How many nurses per 10,000 population?"
answer = 20
tolerance = { absolute = 0 }
explanation = "500 ÷ 250,000 × 10,000 = 20."
"#;

#[server(prefix = "/api", endpoint = "quiz_source")]
pub async fn get_quiz_source(module_id: i64) -> Result<QuizSource, AppError> {
    session::require_administrator().await?;
    let pool = pool()?;
    let module = get_module_editor(module_id).await?;
    let stored = crate::quizzes::store::quiz_of_module(&pool, module_id).await?;
    let attempts = authoring::quiz_attempt_count(&pool, module_id).await?;
    let source = match &stored {
        Some(quiz) => toml::to_string(&quiz.definition).map_err(|error| {
            tracing::error!(%error, "cannot write quiz as TOML");
            AppError::Internal
        })?,
        None => QUIZ_TEMPLATE.to_string(),
    };
    Ok(QuizSource {
        module_id,
        module_title: module.module.title,
        exists: stored.is_some(),
        attempts,
        source,
    })
}

/// Creates or replaces a module's quiz from TOML, checked like a course
/// package; questions keep their attempts when their id stays the same.
#[server(prefix = "/api", endpoint = "save_quiz")]
pub async fn save_quiz(module_id: i64, source: String) -> Result<(), AppError> {
    session::require_administrator().await?;
    let pool = pool()?;
    authoring::course_of_module(&pool, module_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let quiz = QuizDefinition::from_source(&source).map_err(|message| {
        let mut errors = FormErrors::default();
        errors.keep("source", &source);
        errors.add("source", message);
        AppError::Invalid(errors)
    })?;
    authoring::save_quiz(&pool, module_id, &quiz).await?;
    leptos_axum::redirect(&format!("/admin/modules/{module_id}/quiz?saved=1"));
    Ok(())
}

/// Removes a module's quiz, which is refused once participants attempted it.
#[server(prefix = "/api", endpoint = "delete_quiz")]
pub async fn delete_quiz(module_id: i64) -> Result<(), AppError> {
    session::require_administrator().await?;
    if !authoring::delete_unattempted_quiz(&pool()?, module_id).await? {
        return Err(AppError::Refused(t!("msg-quiz-attempted-cannot-delete")));
    }
    leptos_axum::redirect(&format!("/admin/modules/{module_id}?saved=1"));
    Ok(())
}
