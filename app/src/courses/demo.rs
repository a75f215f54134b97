//! Demo course data for a new database: the shipped course packages, one
//! open cohort with a tutor, and a few participants part-way through, in an
//! action-learning set with a round under way.

use super::{authoring, package, store};
use crate::cohorts::{self, domain::CohortSettings, CohortForm};
use crate::error::AppError;
use sqlx::SqlitePool;
use std::path::Path;

fn internal(what: &str) -> impl Fn(String) -> AppError + '_ {
    move |detail| {
        tracing::error!(%detail, "demo data: {what}");
        AppError::Internal
    }
}

async fn user_id(pool: &SqlitePool, email: &str) -> Result<i64, AppError> {
    let (id,): (i64,) = sqlx::query_as("SELECT id FROM users WHERE email = ?")
        .bind(email)
        .fetch_one(pool)
        .await?;
    Ok(id)
}

/// Imports every package under `courses_dir` and, for the first, opens a
/// cohort tutored by Kwame Asante with three participants enrolled.
pub async fn seed(pool: &SqlitePool, courses_dir: &Path) -> Result<usize, AppError> {
    let mut dirs: Vec<_> = std::fs::read_dir(courses_dir)
        .map_err(|e| internal("cannot read the courses folder")(e.to_string()))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.join("course.toml").is_file())
        .collect();
    dirs.sort();
    let mut first_course = None;
    for dir in &dirs {
        let loaded = package::load(dir).map_err(|errors| {
            internal("invalid course package")(
                errors
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join("; "),
            )
        })?;
        let report = authoring::import(pool, &loaded)
            .await
            .map_err(|e| internal("import failed")(e.to_string()))?;
        first_course.get_or_insert(report.course_id);
    }
    let Some(course_id) = first_course else {
        return Ok(0);
    };
    let cohort = CohortSettings::parse(&CohortForm {
        name: "2027 spring cohort".into(),
        starts_on: "2027-03-01".into(),
        ends_on: "2027-05-31".into(),
        enrolment_open: Some("on".into()),
        capacity: "30".into(),
        language: "en".into(),
        ..CohortForm::default()
    })
    .map_err(|e| internal("cohort")(format!("{e:?}")))?;
    let cohort_id = cohorts::store::create(pool, course_id, &cohort).await?;
    cohorts::store::assign_tutor(
        pool,
        cohort_id,
        user_id(pool, "kwame.asante@example.org").await?,
    )
    .await
    .map_err(|e| internal("tutor")(e.to_string()))?;
    let mut participants = Vec::new();
    for email in [
        "aminata.diallo@example.org",
        "chinedu.okafor@example.org",
        "layla.haddad@example.org",
    ] {
        let participant = user_id(pool, email).await?;
        cohorts::store::self_enrol(pool, participant, cohort_id, "")
            .await
            .map_err(|e| internal("enrolment")(e.to_string()))?;
        participants.push(participant);
    }
    let kwame = user_id(pool, "kwame.asante@example.org").await?;
    crate::sets::demo::seed(pool, cohort_id, kwame, &participants).await?;
    // Aminata has read the first two lessons, so "continue" has somewhere to go.
    let aminata = user_id(pool, "aminata.diallo@example.org").await?;
    let (enrolment_id, _) = store::enrolment_in_course(pool, aminata, course_id)
        .await?
        .ok_or(AppError::Internal)?;
    let version = store::content_version(pool).await?;
    let course = store::course_structure(pool, course_id, version)
        .await?
        .ok_or(AppError::Internal)?;
    for (_, lesson) in super::lessons_in_order(&course.modules).take(2) {
        store::complete_lesson(pool, enrolment_id, lesson.id).await?;
    }
    Ok(dirs.len())
}
