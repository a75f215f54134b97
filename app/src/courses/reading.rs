//! What a reader sees of a lesson: the lesson page itself, or an offer to
//! enrol. Shared by the lesson server function and the server's cache of
//! rendered lesson pages, which must agree on who may read what.

use super::access::{self, Reader};
use super::{
    lesson_path, lessons_in_order, model, offline_path, store, CourseOutline, EnrolmentOffer,
    LessonAccess, LessonNeighbour, LessonPage,
};
use crate::accounts::{session, CurrentUser};
use crate::certificates::award::certificate_progress;
use crate::dates::today;
use crate::error::AppError;
use crate::state::AppState;
use std::sync::{Arc, Mutex};
use tower_sessions::Session;

/// One lesson, for enrolled participants, the course's tutors and
/// administrators; other signed-in users are offered enrolment.
pub async fn lesson_access(
    state: &AppState,
    user: &CurrentUser,
    course: &str,
    module: &str,
    lesson: &str,
) -> Result<LessonAccess, AppError> {
    let standing = store::standing(&state.pool, course, Some(user.id))
        .await?
        .ok_or(AppError::NotFound)?;
    read_lesson(state, user, &standing, module, lesson).await
}

/// The signed-in reader of a session and what they see of a lesson, from
/// their standing in memory or one statement: for the lesson page cache,
/// which answers most requests without rendering and so without the lookups
/// a render makes. `None` when the session has no active user or the course
/// does not exist, which the page itself then explains.
pub async fn session_lesson(
    state: &AppState,
    session: &Session,
    course: &str,
    module: &str,
    lesson: &str,
) -> Result<Option<(CurrentUser, Result<LessonAccess, AppError>)>, AppError> {
    let Some(signed) = session::signed_in(session).await? else {
        return Ok(None);
    };
    let Some(standing) = state
        .standings
        .standing(&state.pool, course, signed.user_id)
        .await?
    else {
        return Ok(None);
    };
    let Some(user) = standing.reader.clone() else {
        return Ok(None);
    };
    if !standing.sign_ins.contains(&signed.sign_in) {
        return Ok(None);
    }
    session::keep_alive(session, &state.pool, &signed).await?;
    let access = read_lesson(state, &user, &standing, module, lesson).await;
    Ok(Some((user, access)))
}

async fn read_lesson(
    state: &AppState,
    user: &CurrentUser,
    standing: &model::CourseStanding,
    module: &str,
    lesson: &str,
) -> Result<LessonAccess, AppError> {
    let pool = &state.pool;
    let model::CourseStanding {
        version,
        course_id,
        enrolment,
        progress,
        ..
    } = standing;
    let structure = state
        .courses
        .structure(pool, *course_id, *version)
        .await?
        .ok_or(AppError::NotFound)?;
    let course = &structure.course;
    if !access::may_see_course(course.published, Some(user)) {
        return Err(AppError::NotFound);
    }
    let (lesson_module, row) = structure.lesson(module, lesson).ok_or(AppError::NotFound)?;
    let reader = access::reader_enrolled(pool, user, course.id, enrolment.clone()).await?;
    if !reader.may_read_lessons() {
        return Ok(LessonAccess::NeedsEnrolment(EnrolmentOffer {
            course_slug: course.slug.clone(),
            course_title: course.title.clone(),
            lesson_title: row.title.clone(),
            open_cohorts: store::cohorts(pool, course.id, true).await?,
        }));
    }
    // The structure as it is, with progress looked up: marking a copy of
    // the outline would copy every module's text for each page.
    let modules = &structure.modules;
    let in_order: Vec<_> = lessons_in_order(modules).collect();
    let index = in_order
        .iter()
        .position(|(_, l)| l.id == row.id)
        .ok_or(AppError::NotFound)?;
    let neighbour = |i: usize| {
        in_order.get(i).map(|(m, l)| LessonNeighbour {
            path: lesson_path(&course.slug, &m.slug, &l.slug),
            title: l.title.clone(),
        })
    };
    let (module_position, module) = modules
        .iter()
        .enumerate()
        .find(|(_, m)| m.id == lesson_module.id)
        .ok_or(AppError::NotFound)?;
    Ok(LessonAccess::Read(Box::new(LessonPage {
        id: row.id,
        course_slug: course.slug.clone(),
        course_title: course.title.clone(),
        module_title: module.title.clone(),
        module_position: module_position + 1,
        offline_path: offline_path(&course.slug, &module.slug),
        language: course.language(),
        title: row.title.clone(),
        body_html: structure.body_html(row.id),
        estimated_minutes: row.estimated_minutes,
        can_complete: matches!(&reader, Reader::Participant { cohort, .. } if !cohort.has_ended(&today())),
        read_only_since: match &reader {
            Reader::Participant { cohort, .. } if cohort.has_ended(&today()) => {
                Some(cohort.ends_on.clone())
            }
            _ => None,
        },
        completed: progress.completed.contains(&row.id),
        previous: index.checked_sub(1).and_then(neighbour),
        next: neighbour(index + 1),
        module_progress: progress.of_module(module),
        course_progress: modules
            .iter()
            .map(|module| progress.of_module(module))
            .sum(),
    })))
}

/// Where the lesson server function leaves what it returned while a page is
/// rendered for the page cache: the cache files the HTML under exactly the
/// data it was rendered from, not data read a moment before or after.
#[derive(Clone, Default)]
pub struct RenderedLesson(Arc<Mutex<Option<LessonAccess>>>);

impl RenderedLesson {
    /// Notes the lesson of the request being rendered, if it is rendered for
    /// the cache (the server provides a `RenderedLesson` then).
    pub fn note(access: &LessonAccess) {
        if let Some(RenderedLesson(slot)) = leptos::prelude::use_context::<RenderedLesson>() {
            *slot.lock().unwrap_or_else(|poisoned| poisoned.into_inner()) = Some(access.clone());
        }
    }

    pub fn take(&self) -> Option<LessonAccess> {
        self.0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .take()
    }
}

/// A course's outline with the reader's progress, enrolment and
/// certificate. Anyone sees a published course; drafts only administrators.
pub async fn outline(
    state: &AppState,
    slug: &str,
    user: Option<&CurrentUser>,
) -> Result<CourseOutline, AppError> {
    let pool = &state.pool;
    let standing = store::standing(pool, slug, user.map(|u| u.id))
        .await?
        .ok_or(AppError::NotFound)?;
    let structure = state
        .courses
        .structure(pool, standing.course_id, standing.version)
        .await?
        .ok_or(AppError::NotFound)?;
    let course = &structure.course;
    if !access::may_see_course(course.published, user) {
        return Err(AppError::NotFound);
    }
    let certificate = match &standing.enrolment {
        Some((enrolment_id, _)) => Some(certificate_progress(pool, *enrolment_id).await?),
        None => None,
    };
    Ok(CourseOutline {
        id: course.id,
        language: course.language(),
        slug: course.slug.clone(),
        title: course.title.clone(),
        summary: course.summary.clone(),
        estimated_hours: course.estimated_hours,
        published: course.published,
        modules: structure.outline(&standing.progress),
        enrolled_in: standing.enrolment.map(|(_, cohort)| cohort),
        open_cohorts: store::cohorts(pool, course.id, true).await?,
        certificate,
    })
}
