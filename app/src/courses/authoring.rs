//! SQL for writing courses: the administrators' editor and package import.

use super::domain::{CourseDraft, LessonDraft, ModuleDraft, Slug};
use super::markdown;
use super::package::{CoursePackage, ModulePackage};
use crate::language::Language;
use crate::quizzes;
use serde::{Deserialize, Serialize};
use sqlx::{Sqlite, SqlitePool, Transaction};

#[derive(Debug, thiserror::Error)]
pub enum AuthoringError {
    #[error("{0}")]
    Conflict(Conflict),
    #[error("not found")]
    NotFound,
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

/// A change the course's data refuses. The door says it in the page's
/// language; `Display` is the English of the command line.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Conflict {
    #[error("Another course already uses this slug.")]
    CourseSlugTaken,
    #[error("Another module of this course already uses this slug.")]
    ModuleSlugTaken,
    #[error("Another lesson of this module already uses this slug.")]
    LessonSlugTaken,
    #[error(
        "The quiz of \"{module}\" is not in the package, but participants have attempted it; \
         nothing was changed."
    )]
    AttemptedQuizLeftOut { module: String },
    #[error(
        "\"{slug}\" is not in the package, but participants have completed it {completions} times; \
         delete it in the browser first if that is intended. Nothing was changed."
    )]
    CompletedLeftOut { slug: String, completions: i64 },
    #[error("stored slug \"{slug}\" is not valid")]
    StoredSlugInvalid { slug: String },
}

fn unique_violation(error: sqlx::Error, conflict: Conflict) -> AuthoringError {
    match error {
        sqlx::Error::Database(e) if e.is_unique_violation() => AuthoringError::Conflict(conflict),
        other => AuthoringError::Database(other),
    }
}

/// Up or down in a list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Direction {
    Up,
    Down,
}

async fn touch_course(tx: &mut Transaction<'_, Sqlite>, course_id: i64) -> sqlx::Result<()> {
    sqlx::query("UPDATE courses SET updated_at = CURRENT_TIMESTAMP WHERE id = ?")
        .bind(course_id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

pub async fn create_course(pool: &SqlitePool, draft: &CourseDraft) -> Result<i64, AuthoringError> {
    let done = sqlx::query(
        "INSERT INTO courses (slug, title, summary, language, estimated_hours) VALUES (?, ?, ?, ?, ?)",
    )
    .bind(draft.slug.as_str())
    .bind(&draft.title)
    .bind(&draft.summary)
    .bind(draft.language.code())
    .bind(draft.estimated_hours)
    .execute(pool)
    .await
    .map_err(|e| unique_violation(e, Conflict::CourseSlugTaken))?;
    Ok(done.last_insert_rowid())
}

pub async fn update_course(
    pool: &SqlitePool,
    id: i64,
    draft: &CourseDraft,
) -> Result<(), AuthoringError> {
    let done = sqlx::query(
        "UPDATE courses SET slug = ?, title = ?, summary = ?, language = ?, estimated_hours = ?,
                updated_at = CURRENT_TIMESTAMP
         WHERE id = ?",
    )
    .bind(draft.slug.as_str())
    .bind(&draft.title)
    .bind(&draft.summary)
    .bind(draft.language.code())
    .bind(draft.estimated_hours)
    .bind(id)
    .execute(pool)
    .await
    .map_err(|e| unique_violation(e, Conflict::CourseSlugTaken))?;
    if done.rows_affected() == 0 {
        return Err(AuthoringError::NotFound);
    }
    Ok(())
}

pub async fn set_published(
    pool: &SqlitePool,
    id: i64,
    published: bool,
) -> Result<(), AuthoringError> {
    let done = sqlx::query(
        "UPDATE courses SET published = ?, updated_at = CURRENT_TIMESTAMP WHERE id = ?",
    )
    .bind(published)
    .bind(id)
    .execute(pool)
    .await?;
    if done.rows_affected() == 0 {
        return Err(AuthoringError::NotFound);
    }
    Ok(())
}

/// Course of a module, or of a lesson's module.
pub async fn course_of_module(pool: &SqlitePool, module_id: i64) -> sqlx::Result<Option<i64>> {
    let row: Option<(i64,)> = sqlx::query_as("SELECT course_id FROM modules WHERE id = ?")
        .bind(module_id)
        .fetch_optional(pool)
        .await?;
    Ok(row.map(|(id,)| id))
}

pub async fn module_of_lesson(pool: &SqlitePool, lesson_id: i64) -> sqlx::Result<Option<i64>> {
    let row: Option<(i64,)> = sqlx::query_as("SELECT module_id FROM lessons WHERE id = ?")
        .bind(lesson_id)
        .fetch_optional(pool)
        .await?;
    Ok(row.map(|(id,)| id))
}

async fn next_position(
    tx: &mut Transaction<'_, Sqlite>,
    sql: &str,
    parent: i64,
) -> sqlx::Result<i64> {
    let (next,): (i64,) = sqlx::query_as(sql)
        .bind(parent)
        .fetch_one(&mut **tx)
        .await?;
    Ok(next)
}

pub async fn create_module(
    pool: &SqlitePool,
    course_id: i64,
    draft: &ModuleDraft,
) -> Result<i64, AuthoringError> {
    let mut tx = crate::db::begin_write(pool).await?;
    let position = next_position(
        &mut tx,
        "SELECT COALESCE(MAX(position), 0) + 1 FROM modules WHERE course_id = ?",
        course_id,
    )
    .await?;
    let done = sqlx::query(
        "INSERT INTO modules (course_id, slug, position, title, objectives) VALUES (?, ?, ?, ?, ?)",
    )
    .bind(course_id)
    .bind(draft.slug.as_str())
    .bind(position)
    .bind(&draft.title)
    .bind(&draft.objectives)
    .execute(&mut *tx)
    .await
    .map_err(|e| unique_violation(e, Conflict::ModuleSlugTaken))?;
    touch_course(&mut tx, course_id).await?;
    tx.commit().await?;
    Ok(done.last_insert_rowid())
}

pub async fn update_module(
    pool: &SqlitePool,
    id: i64,
    draft: &ModuleDraft,
) -> Result<(), AuthoringError> {
    let done = sqlx::query("UPDATE modules SET slug = ?, title = ?, objectives = ? WHERE id = ?")
        .bind(draft.slug.as_str())
        .bind(&draft.title)
        .bind(&draft.objectives)
        .bind(id)
        .execute(pool)
        .await
        .map_err(|e| unique_violation(e, Conflict::ModuleSlugTaken))?;
    if done.rows_affected() == 0 {
        return Err(AuthoringError::NotFound);
    }
    Ok(())
}

/// Swaps a module or lesson with its neighbour. `table` and `parent` are
/// fixed names from this module, never user input.
async fn move_row(
    pool: &SqlitePool,
    table: &str,
    parent: &str,
    id: i64,
    direction: Direction,
) -> Result<(), AuthoringError> {
    let mut tx = crate::db::begin_write(pool).await?;
    let row: Option<(i64, i64)> = sqlx::query_as(&format!(
        "SELECT {parent}, position FROM {table} WHERE id = ?"
    ))
    .bind(id)
    .fetch_optional(&mut *tx)
    .await?;
    let Some((parent_id, position)) = row else {
        return Err(AuthoringError::NotFound);
    };
    let (comparison, order) = match direction {
        Direction::Up => ("<", "DESC"),
        Direction::Down => (">", "ASC"),
    };
    let neighbour: Option<(i64, i64)> = sqlx::query_as(&format!(
        "SELECT id, position FROM {table} WHERE {parent} = ? AND position {comparison} ?
         ORDER BY position {order} LIMIT 1"
    ))
    .bind(parent_id)
    .bind(position)
    .fetch_optional(&mut *tx)
    .await?;
    if let Some((other_id, other_position)) = neighbour {
        for (row_id, new_position) in [(id, other_position), (other_id, position)] {
            sqlx::query(&format!("UPDATE {table} SET position = ? WHERE id = ?"))
                .bind(new_position)
                .bind(row_id)
                .execute(&mut *tx)
                .await?;
        }
    }
    tx.commit().await?;
    Ok(())
}

pub async fn move_module(
    pool: &SqlitePool,
    id: i64,
    direction: Direction,
) -> Result<(), AuthoringError> {
    move_row(pool, "modules", "course_id", id, direction).await
}

pub async fn move_lesson(
    pool: &SqlitePool,
    id: i64,
    direction: Direction,
) -> Result<(), AuthoringError> {
    move_row(pool, "lessons", "module_id", id, direction).await
}

/// How many lesson completions a module holds.
pub async fn module_progress_count(pool: &SqlitePool, module_id: i64) -> sqlx::Result<i64> {
    let (n,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM lesson_completions lc JOIN lessons l ON l.id = lc.lesson_id
         WHERE l.module_id = ?",
    )
    .bind(module_id)
    .fetch_one(pool)
    .await?;
    Ok(n)
}

/// Deletes a module with its lessons (and their progress), recording who did it.
pub async fn delete_module(
    pool: &SqlitePool,
    module_id: i64,
    by: i64,
) -> Result<i64, AuthoringError> {
    let completions = module_progress_count(pool, module_id).await?;
    let mut tx = crate::db::begin_write(pool).await?;
    let row: Option<(i64, String, String)> =
        sqlx::query_as("SELECT course_id, slug, title FROM modules WHERE id = ?")
            .bind(module_id)
            .fetch_optional(&mut *tx)
            .await?;
    let Some((course_id, slug, title)) = row else {
        return Err(AuthoringError::NotFound);
    };
    sqlx::query("DELETE FROM modules WHERE id = ?")
        .bind(module_id)
        .execute(&mut *tx)
        .await?;
    sqlx::query("INSERT INTO course_changes (course_id, changed_by, change, details) VALUES (?, ?, 'module deleted', ?)")
        .bind(course_id)
        .bind(by)
        .bind(format!("module \"{title}\" ({slug}) with {completions} lesson completions"))
        .execute(&mut *tx)
        .await?;
    touch_course(&mut tx, course_id).await?;
    tx.commit().await?;
    Ok(course_id)
}

pub async fn lesson_progress_count(pool: &SqlitePool, lesson_id: i64) -> sqlx::Result<i64> {
    let (n,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM lesson_completions WHERE lesson_id = ?")
            .bind(lesson_id)
            .fetch_one(pool)
            .await?;
    Ok(n)
}

/// Deletes a lesson (and its progress), recording who did it. Returns the
/// lesson's module.
pub async fn delete_lesson(
    pool: &SqlitePool,
    lesson_id: i64,
    by: i64,
) -> Result<i64, AuthoringError> {
    let completions = lesson_progress_count(pool, lesson_id).await?;
    let mut tx = crate::db::begin_write(pool).await?;
    let row: Option<(i64, i64, String, String)> = sqlx::query_as(
        "SELECT m.course_id, l.module_id, l.slug, l.title FROM lessons l JOIN modules m ON m.id = l.module_id
         WHERE l.id = ?",
    )
    .bind(lesson_id)
    .fetch_optional(&mut *tx)
    .await?;
    let Some((course_id, module_id, slug, title)) = row else {
        return Err(AuthoringError::NotFound);
    };
    sqlx::query("DELETE FROM lessons WHERE id = ?")
        .bind(lesson_id)
        .execute(&mut *tx)
        .await?;
    sqlx::query("INSERT INTO course_changes (course_id, changed_by, change, details) VALUES (?, ?, 'lesson deleted', ?)")
        .bind(course_id)
        .bind(by)
        .bind(format!("lesson \"{title}\" ({slug}) with {completions} completions"))
        .execute(&mut *tx)
        .await?;
    touch_course(&mut tx, course_id).await?;
    tx.commit().await?;
    Ok(module_id)
}

pub async fn create_lesson(
    pool: &SqlitePool,
    module_id: i64,
    draft: &LessonDraft,
) -> Result<i64, AuthoringError> {
    let mut tx = crate::db::begin_write(pool).await?;
    let position = next_position(
        &mut tx,
        "SELECT COALESCE(MAX(position), 0) + 1 FROM lessons WHERE module_id = ?",
        module_id,
    )
    .await?;
    let done = sqlx::query(
        "INSERT INTO lessons (module_id, slug, position, title, body_markdown, body_html, estimated_minutes)
         VALUES (?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(module_id)
    .bind(draft.slug.as_str())
    .bind(position)
    .bind(&draft.title)
    .bind(&draft.body_markdown)
    .bind(markdown::render(&draft.body_markdown))
    .bind(draft.estimated_minutes)
    .execute(&mut *tx)
    .await
    .map_err(|e| unique_violation(e, Conflict::LessonSlugTaken))?;
    tx.commit().await?;
    Ok(done.last_insert_rowid())
}

/// Saves a lesson in place: its id, and so everyone's progress, is kept.
pub async fn update_lesson(
    pool: &SqlitePool,
    id: i64,
    draft: &LessonDraft,
) -> Result<(), AuthoringError> {
    let done = sqlx::query(
        "UPDATE lessons SET slug = ?, title = ?, body_markdown = ?, body_html = ?, estimated_minutes = ?,
                updated_at = CURRENT_TIMESTAMP
         WHERE id = ?",
    )
    .bind(draft.slug.as_str())
    .bind(&draft.title)
    .bind(&draft.body_markdown)
    .bind(markdown::render(&draft.body_markdown))
    .bind(draft.estimated_minutes)
    .bind(id)
    .execute(pool)
    .await
    .map_err(|e| unique_violation(e, Conflict::LessonSlugTaken))?;
    if done.rows_affected() == 0 {
        return Err(AuthoringError::NotFound);
    }
    Ok(())
}

pub async fn quiz_attempt_count(pool: &SqlitePool, module_id: i64) -> sqlx::Result<i64> {
    let (n,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM quiz_attempts a JOIN quizzes q ON q.id = a.quiz_id WHERE q.module_id = ?",
    )
    .bind(module_id)
    .fetch_one(pool)
    .await?;
    Ok(n)
}

/// Saves a module's quiz in one transaction.
pub async fn save_quiz(
    pool: &SqlitePool,
    module_id: i64,
    quiz: &quizzes::definition::QuizDefinition,
) -> Result<i64, AuthoringError> {
    let mut tx = crate::db::begin_write(pool).await?;
    let id = quizzes::store::save_definition(&mut tx, module_id, quiz).await?;
    tx.commit().await?;
    Ok(id)
}

/// Deletes a module's quiz unless participants attempted it; false if they did.
pub async fn delete_unattempted_quiz(
    pool: &SqlitePool,
    module_id: i64,
) -> Result<bool, AuthoringError> {
    let mut tx = crate::db::begin_write(pool).await?;
    let removed = quizzes::store::remove_unattempted(&mut tx, module_id).await?;
    tx.commit().await?;
    Ok(removed)
}

/// The lesson as stored, for the editor.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, sqlx::FromRow)]
pub struct LessonSource {
    pub id: i64,
    pub module_id: i64,
    pub slug: String,
    pub title: String,
    pub estimated_minutes: i64,
    pub body_markdown: String,
    pub body_html: String,
}

pub async fn lesson_source(pool: &SqlitePool, id: i64) -> sqlx::Result<Option<LessonSource>> {
    sqlx::query_as(
        "SELECT id, module_id, slug, title, estimated_minutes, body_markdown, body_html FROM lessons WHERE id = ?",
    )
    .bind(id)
    .fetch_optional(pool)
    .await
}

/// All courses, drafts included, for administrators: (id, slug, title, published).
pub async fn all_courses(pool: &SqlitePool) -> sqlx::Result<Vec<(i64, String, String, bool)>> {
    sqlx::query_as("SELECT id, slug, title, published FROM courses ORDER BY title")
        .fetch_all(pool)
        .await
}

#[derive(Debug, PartialEq, Eq)]
pub struct ImportReport {
    pub course_id: i64,
    pub created: bool,
    pub modules: usize,
    pub lessons: usize,
    pub removed: Vec<String>,
}

/// Imports a checked package in one transaction: the course, modules and
/// lessons are matched by slug and updated in place (progress is kept),
/// new ones are added, and ones no longer in the package are removed unless
/// participants have progress in them, which refuses the whole import.
pub async fn import(
    pool: &SqlitePool,
    package: &CoursePackage,
) -> Result<ImportReport, AuthoringError> {
    let mut tx = crate::db::begin_write(pool).await?;
    let course = &package.course;
    let existing: Option<(i64,)> = sqlx::query_as("SELECT id FROM courses WHERE slug = ?")
        .bind(course.slug.as_str())
        .fetch_optional(&mut *tx)
        .await?;
    let created = existing.is_none();
    let course_id = match existing {
        Some((id,)) => {
            sqlx::query(
                "UPDATE courses SET title = ?, summary = ?, language = ?, estimated_hours = ?, published = ?,
                        updated_at = CURRENT_TIMESTAMP WHERE id = ?",
            )
            .bind(&course.title)
            .bind(&course.summary)
            .bind(course.language.code())
            .bind(course.estimated_hours)
            .bind(package.published)
            .bind(id)
            .execute(&mut *tx)
            .await?;
            id
        }
        None => sqlx::query(
            "INSERT INTO courses (slug, title, summary, language, estimated_hours, published) VALUES (?, ?, ?, ?, ?, ?)",
        )
        .bind(course.slug.as_str())
        .bind(&course.title)
        .bind(&course.summary)
        .bind(course.language.code())
        .bind(course.estimated_hours)
        .bind(package.published)
        .execute(&mut *tx)
        .await?
        .last_insert_rowid(),
    };

    let mut removed = Vec::new();
    let mut kept_modules = Vec::new();
    let mut lessons = 0;
    for (index, module) in package.modules.iter().enumerate() {
        let module_id = upsert_module(&mut tx, course_id, module, index as i64 + 1).await?;
        kept_modules.push(module_id);
        let mut kept_lessons = Vec::new();
        for (index, lesson) in module.lessons.iter().enumerate() {
            kept_lessons.push(upsert_lesson(&mut tx, module_id, lesson, index as i64 + 1).await?);
            lessons += 1;
        }
        removed.extend(
            remove_others(&mut tx, "lessons", "module_id", module_id, &kept_lessons).await?,
        );
        match &module.quiz {
            Some(quiz) => {
                quizzes::store::save_definition(&mut tx, module_id, quiz).await?;
            }
            None => {
                if !quizzes::store::remove_unattempted(&mut tx, module_id).await? {
                    return Err(AuthoringError::Conflict(Conflict::AttemptedQuizLeftOut {
                        module: module.module.slug.as_str().to_string(),
                    }));
                }
            }
        }
    }
    removed.extend(remove_others(&mut tx, "modules", "course_id", course_id, &kept_modules).await?);
    tx.commit().await?;
    Ok(ImportReport {
        course_id,
        created,
        modules: package.modules.len(),
        lessons,
        removed,
    })
}

async fn upsert_module(
    tx: &mut Transaction<'_, Sqlite>,
    course_id: i64,
    module: &ModulePackage,
    position: i64,
) -> sqlx::Result<i64> {
    let draft = &module.module;
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO modules (course_id, slug, position, title, objectives) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (course_id, slug) DO UPDATE
         SET position = excluded.position, title = excluded.title, objectives = excluded.objectives
         RETURNING id",
    )
    .bind(course_id)
    .bind(draft.slug.as_str())
    .bind(position)
    .bind(&draft.title)
    .bind(&draft.objectives)
    .fetch_one(&mut **tx)
    .await?;
    Ok(id)
}

async fn upsert_lesson(
    tx: &mut Transaction<'_, Sqlite>,
    module_id: i64,
    lesson: &LessonDraft,
    position: i64,
) -> sqlx::Result<i64> {
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO lessons (module_id, slug, position, title, body_markdown, body_html, estimated_minutes)
         VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (module_id, slug) DO UPDATE
         SET position = excluded.position, title = excluded.title, body_markdown = excluded.body_markdown,
             body_html = excluded.body_html, estimated_minutes = excluded.estimated_minutes,
             updated_at = CURRENT_TIMESTAMP
         RETURNING id",
    )
    .bind(module_id)
    .bind(lesson.slug.as_str())
    .bind(position)
    .bind(&lesson.title)
    .bind(&lesson.body_markdown)
    .bind(markdown::render(&lesson.body_markdown))
    .bind(lesson.estimated_minutes)
    .fetch_one(&mut **tx)
    .await?;
    Ok(id)
}

/// Removes the children of `parent_id` not in `kept`, refusing when any has
/// progress. `table` and `parent` are fixed names from this module.
async fn remove_others(
    tx: &mut Transaction<'_, Sqlite>,
    table: &str,
    parent: &str,
    parent_id: i64,
    kept: &[i64],
) -> Result<Vec<String>, AuthoringError> {
    let rows: Vec<(i64, String)> =
        sqlx::query_as(&format!("SELECT id, slug FROM {table} WHERE {parent} = ?"))
            .bind(parent_id)
            .fetch_all(&mut **tx)
            .await?;
    let mut removed = Vec::new();
    for (id, slug) in rows.into_iter().filter(|(id, _)| !kept.contains(id)) {
        let progress_sql = if table == "modules" {
            "SELECT COUNT(*) FROM lesson_completions lc JOIN lessons l ON l.id = lc.lesson_id WHERE l.module_id = ?"
        } else {
            "SELECT COUNT(*) FROM lesson_completions WHERE lesson_id = ?"
        };
        let (progress,): (i64,) = sqlx::query_as(progress_sql)
            .bind(id)
            .fetch_one(&mut **tx)
            .await?;
        if progress > 0 {
            return Err(AuthoringError::Conflict(Conflict::CompletedLeftOut {
                slug: slug.clone(),
                completions: progress,
            }));
        }
        sqlx::query(&format!("DELETE FROM {table} WHERE id = ?"))
            .bind(id)
            .execute(&mut **tx)
            .await?;
        removed.push(slug);
    }
    Ok(removed)
}

/// A course as a package, for export.
pub async fn package_of(
    pool: &SqlitePool,
    course_id: i64,
) -> Result<CoursePackage, AuthoringError> {
    let course = super::store::course_by_id(pool, course_id)
        .await?
        .ok_or(AuthoringError::NotFound)?;
    let modules: Vec<(i64, String, String, String)> = sqlx::query_as(
        "SELECT id, slug, title, objectives FROM modules WHERE course_id = ? ORDER BY position, id",
    )
    .bind(course_id)
    .fetch_all(pool)
    .await?;
    let mut packaged = Vec::new();
    for (module_id, slug, title, objectives) in modules {
        let lessons: Vec<(String, String, i64, String)> = sqlx::query_as(
            "SELECT slug, title, estimated_minutes, body_markdown FROM lessons WHERE module_id = ? ORDER BY position, id",
        )
        .bind(module_id)
        .fetch_all(pool)
        .await?;
        let quiz = quizzes::store::quiz_of_module(pool, module_id)
            .await?
            .map(|stored| stored.definition);
        packaged.push(ModulePackage {
            quiz,
            module: ModuleDraft {
                slug: stored_slug(&slug)?,
                title,
                objectives,
            },
            lessons: lessons
                .into_iter()
                .map(|(slug, title, estimated_minutes, body_markdown)| {
                    Ok(LessonDraft {
                        slug: stored_slug(&slug)?,
                        title,
                        estimated_minutes,
                        body_markdown,
                    })
                })
                .collect::<Result<_, AuthoringError>>()?,
        });
    }
    Ok(CoursePackage {
        course: CourseDraft {
            slug: stored_slug(&course.slug)?,
            title: course.title.clone(),
            summary: course.summary.clone(),
            language: Language::parse(&course.language).unwrap_or(Language::English),
            estimated_hours: course.estimated_hours,
        },
        published: course.published,
        modules: packaged,
    })
}

fn stored_slug(slug: &str) -> Result<Slug, AuthoringError> {
    Slug::parse(slug).map_err(|_| {
        AuthoringError::Conflict(Conflict::StoredSlugInvalid {
            slug: slug.to_string(),
        })
    })
}
