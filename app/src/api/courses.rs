//! Finding, enrolling in and reading courses.

use crate::accounts::CurrentUser;
use crate::cohorts::{TutoredCohort, WaitingPlace};
use crate::courses::{CourseCard, CourseOutline, LessonAccess, MyCourse};
use crate::error::AppError;
use crate::notifications::WhatsNew;
use crate::sets::{MyCommitment, MySet};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// A signed-in person's home page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Home {
    pub user: CurrentUser,
    pub courses: Vec<MyCourse>,
    pub waiting: Vec<WaitingPlace>,
    pub tutoring: Vec<TutoredCohort>,
    pub sets: Vec<MySet>,
    pub commitments: Vec<MyCommitment>,
    pub whats_new: WhatsNew,
}

#[cfg(feature = "ssr")]
use crate::{
    accounts::session,
    cohorts::{self, store::EnrolOutcome},
    courses::{
        access::{self, Reader},
        first_unfinished, lesson_path, reading, store, total_progress, LessonNeighbour,
    },
    dates::today,
    language::Language,
    state::{client_address, pool, state},
    t,
};

/// Published courses, optionally in one language. Anyone may call it.
#[server(prefix = "/api", endpoint = "catalogue")]
pub async fn catalogue(language: Option<String>) -> Result<Vec<CourseCard>, AppError> {
    let language = match language.as_deref().filter(|l| !l.is_empty()) {
        Some(code) => Some(Language::parse(code).ok_or(AppError::NotFound)?),
        None => None,
    };
    Ok(store::catalogue(&pool()?, language).await?)
}

/// A course's outline with the caller's progress. Anyone may see a published
/// course; drafts only administrators.
#[server(prefix = "/api", endpoint = "course_outline")]
pub async fn get_course_outline(slug: String) -> Result<CourseOutline, AppError> {
    let user = session::current_user().await?;
    reading::outline(&state()?, &slug, user.as_ref()).await
}

/// One lesson, for enrolled participants, the course's tutors and
/// administrators; other signed-in users are offered enrolment.
#[server(prefix = "/api", endpoint = "lesson")]
pub async fn lesson(
    course: String,
    module: String,
    lesson: String,
) -> Result<LessonAccess, AppError> {
    let user = session::require_user().await?;
    let access = reading::lesson_access(&state()?, &user, &course, &module, &lesson).await?;
    reading::RenderedLesson::note(&access);
    Ok(access)
}

/// Enrols the caller in an open cohort, with its key when it has one; a
/// full cohort puts them on its waiting list. Enrolling twice changes
/// nothing. Signed-in users only.
#[server(prefix = "/api", endpoint = "enrol")]
pub async fn enrol(cohort_id: i64, key: Option<String>) -> Result<(), AppError> {
    let user = session::require_user().await?;
    let pool = pool()?;
    let key = key.unwrap_or_default();
    let (course_slug, outcome) = cohorts::enrolment::enrol_with_key(
        &pool,
        user.id,
        cohort_id,
        &key,
        &client_address().await.to_string(),
    )
    .await?;
    leptos_axum::redirect(&match outcome {
        EnrolOutcome::Waiting(position) => format!("/courses/{course_slug}?waiting={position}"),
        _ => format!("/courses/{course_slug}?enrolled=1"),
    });
    Ok(())
}

/// Marks a lesson complete for the caller. Participants enrolled in a cohort
/// of the lesson's course only; marking it again changes nothing.
#[server(prefix = "/api", endpoint = "complete_lesson")]
pub async fn complete_lesson(lesson_id: i64) -> Result<(), AppError> {
    let user = session::require_user().await?;
    let pool = pool()?;
    let (course_id, course_slug, module_slug, lesson_slug) =
        store::lesson_location(&pool, lesson_id)
            .await?
            .ok_or(AppError::NotFound)?;
    let Reader::Participant {
        enrolment_id,
        cohort,
    } = access::reader(&pool, &user, course_id).await?
    else {
        return Err(AppError::Refused(t!(
            "msg-course-progress-participants-only"
        )));
    };
    if cohort.has_ended(&today()) {
        return Err(AppError::Refused(t!(
            "msg-course-cohort-ended",
            date = crate::i18n::date(&cohort.ends_on)
        )));
    }
    store::complete_lesson(&pool, enrolment_id, lesson_id).await?;
    leptos_axum::redirect(&lesson_path(&course_slug, &module_slug, &lesson_slug));
    Ok(())
}

/// Everything a signed-in person's home page shows, in one call: their
/// courses with progress, the waiting lists they are on, the cohorts they
/// tutor. `None` for visitors.
#[server(prefix = "/api", endpoint = "home")]
pub async fn get_home() -> Result<Option<Home>, AppError> {
    let pool = pool()?;
    let Some(user) = session::current_user().await? else {
        return Ok(None);
    };
    Ok(Some(Home {
        courses: courses_of(&state()?, user.id).await?,
        waiting: cohorts::store::waiting_places(&pool, user.id).await?,
        tutoring: cohorts::store::tutored_by(&pool, user.id).await?,
        sets: crate::sets::store::my_sets(&pool, user.id).await?,
        commitments: crate::sets::store::my_commitments(&pool, user.id).await?,
        whats_new: crate::notifications::reading::whats_new(
            &pool,
            user.id,
            crate::i18n::language(),
            &state()?.public_url,
        )
        .await?,
        user,
    }))
}

/// A person's courses with progress and where to continue.
#[cfg(feature = "ssr")]
async fn courses_of(
    state: &crate::state::AppState,
    user_id: i64,
) -> Result<Vec<MyCourse>, AppError> {
    let pool = &state.pool;
    let mut courses = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for enrolment in store::enrolments_of(pool, user_id).await? {
        if !seen.insert(enrolment.course_id) {
            continue;
        }
        let modules = state
            .courses
            .outline(pool, enrolment.course_id, Some(enrolment.enrolment_id))
            .await?;
        let progress = total_progress(&modules);
        let continue_at = first_unfinished(&modules).map(|(m, l)| LessonNeighbour {
            path: lesson_path(&enrolment.course_slug, &m.slug, &l.slug),
            title: l.title.clone(),
        });
        courses.push(MyCourse {
            course_slug: enrolment.course_slug,
            course_title: enrolment.course_title,
            cohort_name: enrolment.cohort_name,
            cohort_ended: enrolment.ends_on < today(),
            from_waiting_list: enrolment.from_waiting_list,
            progress,
            continue_at,
        });
    }
    Ok(courses)
}
