//! SQL for reading courses, enrolling and recording progress.

use super::model::{language_of, CourseRow, CourseStanding, CourseStructure, EnrolmentProgress};
use super::{CohortInfo, CourseCard, LessonLink, ModuleOutline, QuizLink};
use crate::accounts::store::{user_from_row, CURRENT_USER_COLUMNS};
use crate::language::Language;
use sqlx::sqlite::SqliteRow;
use sqlx::{FromRow, Row, SqlitePool};
use std::collections::HashMap;
use std::sync::LazyLock;

pub async fn catalogue(
    pool: &SqlitePool,
    language: Option<Language>,
) -> sqlx::Result<Vec<CourseCard>> {
    let rows: Vec<(String, String, String, String, i64, i64)> = sqlx::query_as(
        "SELECT c.slug, c.title, c.summary, c.language, c.estimated_hours,
                (SELECT COUNT(*) FROM modules m WHERE m.course_id = c.id)
         FROM courses c
         WHERE c.published = TRUE AND (? IS NULL OR c.language = ?)
         ORDER BY c.title",
    )
    .bind(language.map(Language::code))
    .bind(language.map(Language::code))
    .fetch_all(pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(
            |(slug, title, summary, language, estimated_hours, modules)| CourseCard {
                slug,
                title,
                summary,
                language: language_of(&language),
                estimated_hours,
                modules,
            },
        )
        .collect())
}

/// The columns of a `CourseRow`, from `courses` as `c`.
const COURSE_COLUMNS: &str =
    "c.id, c.slug, c.title, c.summary, c.language, c.estimated_hours, c.published";

pub async fn course_by_slug(pool: &SqlitePool, slug: &str) -> sqlx::Result<Option<CourseRow>> {
    sqlx::query_as(&format!(
        "SELECT {COURSE_COLUMNS} FROM courses c WHERE c.slug = ?"
    ))
    .bind(slug)
    .fetch_optional(pool)
    .await
}

pub async fn course_by_id(pool: &SqlitePool, id: i64) -> sqlx::Result<Option<CourseRow>> {
    sqlx::query_as(&COURSE_BY_ID)
        .bind(id)
        .fetch_optional(pool)
        .await
}

/// A module's course and the module's title, in one query.
pub async fn module_with_course(
    pool: &SqlitePool,
    module_id: i64,
) -> sqlx::Result<Option<(CourseRow, String)>> {
    #[derive(sqlx::FromRow)]
    struct Row {
        #[sqlx(flatten)]
        course: CourseRow,
        module_title: String,
    }
    let row: Option<Row> = sqlx::query_as(&format!(
        "SELECT {COURSE_COLUMNS}, m.title AS module_title
         FROM modules m JOIN courses c ON c.id = m.course_id
         WHERE m.id = ?"
    ))
    .bind(module_id)
    .fetch_optional(pool)
    .await?;
    Ok(row.map(|row| (row.course, row.module_title)))
}

#[derive(sqlx::FromRow)]
struct OutlineRow {
    module_id: i64,
    module_slug: String,
    module_title: String,
    objectives: String,
    lesson_id: Option<i64>,
    lesson_slug: Option<String>,
    lesson_title: Option<String>,
    estimated_minutes: Option<i64>,
    body_html: Option<String>,
}

/// The content version that `CourseCache` checks its structures against.
pub async fn content_version(pool: &SqlitePool) -> sqlx::Result<i64> {
    sqlx::query_scalar("SELECT version FROM content_version WHERE id = 1")
        .fetch_one(pool)
        .await
}

/// A course's modules and lessons in reading order, for its structure.
pub(crate) const OUTLINE: &str =
    "SELECT m.id AS module_id, m.slug AS module_slug, m.title AS module_title, m.objectives,
            l.id AS lesson_id, l.slug AS lesson_slug, l.title AS lesson_title,
            l.estimated_minutes, l.body_html
     FROM modules m
     LEFT JOIN lessons l ON l.module_id = m.id
     WHERE m.course_id = ?
     ORDER BY m.position, m.id, l.position, l.id";

/// A course's quizzes, for its structure.
pub(crate) const QUIZZES: &str = "SELECT q.module_id, q.id, q.title
     FROM quizzes q JOIN modules m ON m.id = q.module_id
     WHERE m.course_id = ?";

/// A course's row by id, for its structure.
pub(crate) static COURSE_BY_ID: LazyLock<String> =
    LazyLock::new(|| format!("SELECT {COURSE_COLUMNS} FROM courses c WHERE c.id = ?"));

/// A course with its modules, lessons and quizzes in order, in three
/// queries, tagged with the content `version` read before them.
pub async fn course_structure(
    pool: &SqlitePool,
    course_id: i64,
    version: i64,
) -> sqlx::Result<Option<CourseStructure>> {
    let Some(course) = course_by_id(pool, course_id).await? else {
        return Ok(None);
    };
    let rows: Vec<OutlineRow> = sqlx::query_as(OUTLINE)
        .bind(course_id)
        .fetch_all(pool)
        .await?;
    let mut modules: Vec<ModuleOutline> = Vec::new();
    let mut bodies = HashMap::new();
    for row in rows {
        if modules.last().map(|m| m.id) != Some(row.module_id) {
            modules.push(ModuleOutline {
                id: row.module_id,
                slug: row.module_slug,
                title: row.module_title,
                objectives: row.objectives,
                lessons: Vec::new(),
                quiz: None,
            });
        }
        if let (
            Some(id),
            Some(slug),
            Some(title),
            Some(estimated_minutes),
            Some(body),
            Some(module),
        ) = (
            row.lesson_id,
            row.lesson_slug,
            row.lesson_title,
            row.estimated_minutes,
            row.body_html,
            modules.last_mut(),
        ) {
            bodies.insert(id, body.into());
            module.lessons.push(LessonLink {
                id,
                slug,
                title,
                estimated_minutes,
                completed: false,
            });
        }
    }
    let quizzes: Vec<(i64, i64, String)> = sqlx::query_as(QUIZZES)
        .bind(course_id)
        .fetch_all(pool)
        .await?;
    for (module_id, id, title) in quizzes {
        if let Some(module) = modules.iter_mut().find(|m| m.id == module_id) {
            module.quiz = Some(QuizLink {
                id,
                title,
                best_score: None,
                passed: false,
            });
        }
    }
    Ok(Some(CourseStructure {
        version,
        course,
        modules,
        bodies,
    }))
}

/// An enrolment's progress, from `enrolments e`, as two JSON arrays: the
/// ids of its completed lessons, and `[quiz id, score, passed]` for each
/// submitted attempt. JSON lets a page read the progress in the statement
/// that finds the enrolment.
const PROGRESS_COLUMNS: &str =
    "(SELECT json_group_array(lesson_id) FROM lesson_completions WHERE enrolment_id = e.id)
         AS completed,
     (SELECT json_group_array(json_array(quiz_id, score_percent, passed))
      FROM quiz_attempts WHERE enrolment_id = e.id AND submitted_at IS NOT NULL)
         AS attempts";

/// A column holding a JSON array (`json_group_array`); none is empty.
fn json_column<T: serde::de::DeserializeOwned>(row: &SqliteRow, column: &str) -> sqlx::Result<T> {
    let text: Option<String> = row.try_get(column)?;
    serde_json::from_str(text.as_deref().unwrap_or("[]"))
        .map_err(|e| sqlx::Error::Decode(Box::new(e)))
}

fn progress_of(row: &SqliteRow) -> sqlx::Result<EnrolmentProgress> {
    let completed: Vec<i64> = json_column(row, "completed")?;
    let attempts: Vec<(i64, Option<i64>, i64)> = json_column(row, "attempts")?;
    Ok(EnrolmentProgress::new(
        completed,
        attempts
            .into_iter()
            .map(|(quiz, score, passed)| (quiz, score, passed != 0)),
    ))
}

/// An enrolment's completed lessons and submitted quiz attempts, in one
/// query.
pub async fn progress(pool: &SqlitePool, enrolment_id: i64) -> sqlx::Result<EnrolmentProgress> {
    let row = sqlx::query(&format!(
        "SELECT {PROGRESS_COLUMNS} FROM enrolments e WHERE e.id = ?"
    ))
    .bind(enrolment_id)
    .fetch_optional(pool)
    .await?;
    match row {
        Some(row) => progress_of(&row),
        None => Ok(EnrolmentProgress::default()),
    }
}

/// A reader's standing in a course, which `caches::Standings` keeps.
pub(crate) static STANDING: LazyLock<String> = LazyLock::new(|| {
    format!(
        "SELECT (SELECT version FROM content_version WHERE id = 1) AS version,
                c.id AS course_id, e.id AS enrolment_id, {COHORT_INFO_COLUMNS},
                {PROGRESS_COLUMNS}, {CURRENT_USER_COLUMNS},
                (SELECT json_group_array(s.id) FROM sign_ins s WHERE s.user_id = u.id)
                    AS sign_ins
         FROM courses c
         LEFT JOIN users u ON u.id = ? AND u.active = TRUE
         LEFT JOIN enrolments e ON e.id = (
             SELECT mine.id FROM enrolments mine JOIN cohorts theirs ON theirs.id = mine.cohort_id
             WHERE mine.user_id = u.id AND theirs.course_id = c.id AND mine.status = 'active'
             ORDER BY mine.id DESC LIMIT 1)
         LEFT JOIN cohorts co ON co.id = e.cohort_id
         WHERE c.slug = ?"
    )
});

pub async fn standing(
    pool: &SqlitePool,
    course_slug: &str,
    user_id: Option<i64>,
) -> sqlx::Result<Option<CourseStanding>> {
    let row = sqlx::query(&STANDING)
        .bind(user_id)
        .bind(course_slug)
        .fetch_optional(pool)
        .await?;
    let Some(row) = row else {
        return Ok(None);
    };
    let enrolment = match row.try_get::<Option<i64>, _>("enrolment_id")? {
        Some(enrolment_id) => Some((enrolment_id, CohortRow::from_row(&row)?.into())),
        None => None,
    };
    Ok(Some(CourseStanding {
        version: row.try_get("version")?,
        course_id: row.try_get("course_id")?,
        reader: user_from_row(&row)?,
        sign_ins: json_column(&row, "sign_ins")?,
        progress: progress_of(&row)?,
        enrolment,
    }))
}

/// The columns of a `CohortInfo`, from `cohorts co`.
pub(crate) const COHORT_INFO_COLUMNS: &str =
    "co.id, co.name, co.starts_on, co.ends_on, co.enrolment_open, co.capacity,
     (SELECT COUNT(*) FROM enrolments x WHERE x.cohort_id = co.id AND x.status = 'active')
         AS enrolled,
     (co.enrolment_key IS NOT NULL) AS requires_key, co.language";

#[derive(sqlx::FromRow)]
pub(crate) struct CohortRow {
    id: i64,
    name: String,
    starts_on: String,
    ends_on: String,
    enrolment_open: bool,
    capacity: Option<i64>,
    enrolled: i64,
    requires_key: bool,
    language: String,
}

impl From<CohortRow> for CohortInfo {
    fn from(row: CohortRow) -> Self {
        CohortInfo {
            id: row.id,
            name: row.name,
            starts_on: row.starts_on,
            ends_on: row.ends_on,
            enrolment_open: row.enrolment_open,
            capacity: row.capacity,
            enrolled: row.enrolled,
            requires_key: row.requires_key,
            language: language_of(&row.language),
        }
    }
}

pub async fn cohorts(
    pool: &SqlitePool,
    course_id: i64,
    open_only: bool,
) -> sqlx::Result<Vec<CohortInfo>> {
    let rows: Vec<CohortRow> = sqlx::query_as(&format!(
        "SELECT {COHORT_INFO_COLUMNS} FROM cohorts co
         WHERE co.course_id = ? AND (co.enrolment_open = TRUE OR ? = FALSE)
         ORDER BY co.starts_on, co.id"
    ))
    .bind(course_id)
    .bind(open_only)
    .fetch_all(pool)
    .await?;
    Ok(rows.into_iter().map(CohortInfo::from).collect())
}

/// The reader's latest active enrolment in a cohort of this course.
pub async fn enrolment_in_course(
    pool: &SqlitePool,
    user_id: i64,
    course_id: i64,
) -> sqlx::Result<Option<(i64, CohortInfo)>> {
    #[derive(sqlx::FromRow)]
    struct Row {
        enrolment_id: i64,
        #[sqlx(flatten)]
        cohort: CohortRow,
    }
    let row: Option<Row> = sqlx::query_as(&format!(
        "SELECT e.id AS enrolment_id, {COHORT_INFO_COLUMNS}
         FROM enrolments e JOIN cohorts co ON co.id = e.cohort_id
         WHERE e.user_id = ? AND co.course_id = ? AND e.status = 'active'
         ORDER BY e.id DESC LIMIT 1"
    ))
    .bind(user_id)
    .bind(course_id)
    .fetch_optional(pool)
    .await?;
    Ok(row.map(|row| (row.enrolment_id, row.cohort.into())))
}

/// The cohorts of a course a tutor is assigned to.
pub async fn tutor_cohorts(
    pool: &SqlitePool,
    user_id: i64,
    course_id: i64,
) -> sqlx::Result<Vec<CohortInfo>> {
    let rows: Vec<CohortRow> = sqlx::query_as(&format!(
        "SELECT {COHORT_INFO_COLUMNS}
         FROM cohorts co JOIN current_cohort_tutors t ON t.cohort_id = co.id
         WHERE t.user_id = ? AND co.course_id = ?
         ORDER BY co.starts_on, co.id"
    ))
    .bind(user_id)
    .bind(course_id)
    .fetch_all(pool)
    .await?;
    Ok(rows.into_iter().map(CohortInfo::from).collect())
}

pub async fn is_tutor_of_course(
    pool: &SqlitePool,
    user_id: i64,
    course_id: i64,
) -> sqlx::Result<bool> {
    let row: Option<(i64,)> = sqlx::query_as(
        "SELECT 1 FROM current_cohort_tutors t JOIN cohorts co ON co.id = t.cohort_id
         WHERE t.user_id = ? AND co.course_id = ? LIMIT 1",
    )
    .bind(user_id)
    .bind(course_id)
    .fetch_optional(pool)
    .await?;
    Ok(row.is_some())
}

/// Read beside its course, whose `id` and `title` it would otherwise shadow.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct LessonRow {
    #[sqlx(rename = "lesson_id")]
    pub id: i64,
    pub module_id: i64,
    #[sqlx(rename = "lesson_title")]
    pub title: String,
    pub body_html: String,
    pub estimated_minutes: i64,
}

/// A module by its address, with its course and every lesson's body in
/// order: the offline copy of the module.
pub async fn module_for_reading(
    pool: &SqlitePool,
    course_slug: &str,
    module_slug: &str,
) -> sqlx::Result<Option<(CourseRow, String, Vec<LessonRow>)>> {
    #[derive(sqlx::FromRow)]
    struct Row {
        #[sqlx(flatten)]
        course: CourseRow,
        module_title: String,
        #[sqlx(flatten)]
        lesson: LessonRow,
    }
    let rows: Vec<Row> = sqlx::query_as(&format!(
        "SELECT {COURSE_COLUMNS}, m.title AS module_title,
                l.id AS lesson_id, l.module_id, l.title AS lesson_title, l.body_html,
                l.estimated_minutes
         FROM courses c
         JOIN modules m ON m.course_id = c.id
         JOIN lessons l ON l.module_id = m.id
         WHERE c.slug = ? AND m.slug = ?
         ORDER BY l.position"
    ))
    .bind(course_slug)
    .bind(module_slug)
    .fetch_all(pool)
    .await?;
    let mut rows = rows.into_iter();
    let Some(first) = rows.next() else {
        return Ok(None);
    };
    let lessons = std::iter::once(first.lesson)
        .chain(rows.map(|row| row.lesson))
        .collect();
    Ok(Some((first.course, first.module_title, lessons)))
}

/// The course a lesson belongs to, with its slugs for the lesson's address.
pub async fn lesson_location(
    pool: &SqlitePool,
    lesson_id: i64,
) -> sqlx::Result<Option<(i64, String, String, String)>> {
    sqlx::query_as(
        "SELECT c.id, c.slug, m.slug, l.slug
         FROM lessons l JOIN modules m ON m.id = l.module_id JOIN courses c ON c.id = m.course_id
         WHERE l.id = ?",
    )
    .bind(lesson_id)
    .fetch_optional(pool)
    .await
}

/// Records a completed lesson; completing it again changes nothing. When it
/// completes the course's rules, the certificate is issued in the same
/// transaction.
pub async fn complete_lesson(
    pool: &SqlitePool,
    enrolment_id: i64,
    lesson_id: i64,
) -> sqlx::Result<()> {
    let mut tx = crate::db::begin_write(pool).await?;
    sqlx::query(
        "INSERT INTO lesson_completions (enrolment_id, lesson_id) VALUES (?, ?)
         ON CONFLICT DO NOTHING",
    )
    .bind(enrolment_id)
    .bind(lesson_id)
    .execute(&mut *tx)
    .await?;
    crate::certificates::award::award(&mut tx, enrolment_id).await?;
    tx.commit().await
}

/// The user's active enrolments, newest first.
pub async fn enrolments_of(pool: &SqlitePool, user_id: i64) -> sqlx::Result<Vec<EnrolmentOfUser>> {
    sqlx::query_as(
        "SELECT e.id AS enrolment_id, c.id AS course_id, c.slug AS course_slug,
                c.title AS course_title, co.name AS cohort_name, co.ends_on,
                (e.source = 'waiting-list') AS from_waiting_list
         FROM enrolments e
         JOIN cohorts co ON co.id = e.cohort_id
         JOIN courses c ON c.id = co.course_id
         WHERE e.user_id = ? AND e.status = 'active'
         ORDER BY e.id DESC",
    )
    .bind(user_id)
    .fetch_all(pool)
    .await
}

#[derive(sqlx::FromRow)]
pub struct EnrolmentOfUser {
    pub enrolment_id: i64,
    pub course_id: i64,
    pub course_slug: String,
    pub course_title: String,
    pub cohort_name: String,
    pub ends_on: String,
    pub from_waiting_list: bool,
}
