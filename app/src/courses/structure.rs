//! Course structures kept in memory. Every page of a course needs its
//! modules, lessons and quizzes, which change only when someone edits the
//! course, so the server reads them from the database once per edit instead
//! of once per page.
//!
//! Each structure is tagged with the database's content version, which
//! triggers bump on every write to courses, modules, lessons and quizzes, by
//! whichever program makes it (the server, `import-course`, a script).
//! Pages read that version in the same statement as the reader's enrolment,
//! so they never show a course older than the database.

use super::store::{self, CourseRow};
use super::{LessonLink, ModuleOutline, Progress};
use sqlx::SqlitePool;
use std::collections::{HashMap, HashSet};
use std::sync::Arc;

/// A course's modules, lessons (with their text) and quizzes, as of one
/// content version.
#[derive(Debug)]
pub struct CourseStructure {
    pub version: i64,
    pub course: CourseRow,
    /// In reading order, with nothing completed and no quiz attempted.
    pub modules: Vec<ModuleOutline>,
    /// Each lesson's sanitised HTML, by lesson id.
    pub bodies: HashMap<i64, Arc<str>>,
}

impl CourseStructure {
    /// The modules with one enrolment's progress marked.
    pub fn outline(&self, progress: &EnrolmentProgress) -> Vec<ModuleOutline> {
        let mut modules = self.modules.clone();
        for module in &mut modules {
            progress.mark(module);
        }
        modules
    }

    /// A lesson by its module's slug and its own, with its module.
    pub fn lesson(
        &self,
        module_slug: &str,
        lesson_slug: &str,
    ) -> Option<(&ModuleOutline, &LessonLink)> {
        let module = self.modules.iter().find(|m| m.slug == module_slug)?;
        let lesson = module.lessons.iter().find(|l| l.slug == lesson_slug)?;
        Some((module, lesson))
    }

    pub fn body_html(&self, lesson_id: i64) -> Arc<str> {
        self.bodies
            .get(&lesson_id)
            .map_or_else(|| Arc::from(""), Arc::clone)
    }

    /// Roughly the bytes it holds, for the cache's bound.
    fn weight(&self) -> u32 {
        let text: usize = self.bodies.values().map(|body| body.len()).sum();
        let lessons: usize = self.modules.iter().map(|m| m.lessons.len()).sum();
        u32::try_from(text + 256 * (lessons + self.modules.len())).unwrap_or(u32::MAX)
    }
}

/// What one enrolment has done in its course: the lessons completed, and
/// each attempted quiz's best score and whether any attempt passed.
#[derive(Debug, Default, PartialEq)]
pub struct EnrolmentProgress {
    pub completed: HashSet<i64>,
    pub quizzes: HashMap<i64, (Option<i64>, bool)>,
}

impl EnrolmentProgress {
    /// From the completed lessons' ids and each submitted attempt's quiz,
    /// score and pass.
    pub fn new(
        completed: impl IntoIterator<Item = i64>,
        attempts: impl IntoIterator<Item = (i64, Option<i64>, bool)>,
    ) -> EnrolmentProgress {
        let mut quizzes: HashMap<i64, (Option<i64>, bool)> = HashMap::new();
        for (quiz, score, passed) in attempts {
            let standing = quizzes.entry(quiz).or_default();
            standing.0 = standing.0.max(score);
            standing.1 |= passed;
        }
        EnrolmentProgress {
            completed: completed.into_iter().collect(),
            quizzes,
        }
    }

    /// Marks a module with this enrolment's completed lessons and quiz.
    fn mark(&self, module: &mut ModuleOutline) {
        for lesson in &mut module.lessons {
            lesson.completed = self.completed.contains(&lesson.id);
        }
        if let Some(quiz) = &mut module.quiz {
            if let Some(&(best_score, passed)) = self.quizzes.get(&quiz.id) {
                quiz.best_score = best_score;
                quiz.passed = passed;
            }
        }
    }

    /// The module's progress by this enrolment, as if marked.
    pub fn of_module(&self, module: &ModuleOutline) -> Progress {
        module.progress_where(
            |lesson| self.completed.contains(&lesson.id),
            |quiz| {
                self.quizzes
                    .get(&quiz.id)
                    .is_some_and(|&(_, passed)| passed)
            },
        )
    }
}

/// Course structures by course id. Bounded by the size of the lessons' text,
/// so a catalogue too large for memory keeps only the courses being read.
pub struct CourseCache {
    structures: moka::sync::Cache<i64, Arc<CourseStructure>>,
}

/// 64 MB of lesson text: hundreds of typical short courses.
const CACHE_BYTES: u64 = 64 * 1024 * 1024;

impl Default for CourseCache {
    fn default() -> Self {
        CourseCache {
            structures: moka::sync::Cache::builder()
                .weigher(|_, structure: &Arc<CourseStructure>| structure.weight())
                .max_capacity(CACHE_BYTES)
                .build(),
        }
    }
}

impl CourseCache {
    /// The structure of a course as of content `version`, read from the
    /// database when the one in memory is older or missing. `None`: no such
    /// course.
    pub async fn structure(
        &self,
        pool: &SqlitePool,
        course_id: i64,
        version: i64,
    ) -> sqlx::Result<Option<Arc<CourseStructure>>> {
        if let Some(structure) = self.structures.get(&course_id) {
            if structure.version == version {
                return Ok(Some(structure));
            }
        }
        // Read after `version` was, so never older than it; a newer version
        // read meanwhile only makes the next page read it again.
        let Some(structure) = store::course_structure(pool, course_id, version).await? else {
            self.structures.invalidate(&course_id);
            return Ok(None);
        };
        let structure = Arc::new(structure);
        self.structures.insert(course_id, Arc::clone(&structure));
        Ok(Some(structure))
    }

    /// A course's modules with an enrolment's progress (none marked without
    /// one), for pages that have not read the content version yet: as fresh
    /// as the database, so authoring reads through it too.
    pub async fn outline(
        &self,
        pool: &SqlitePool,
        course_id: i64,
        enrolment_id: Option<i64>,
    ) -> sqlx::Result<Vec<ModuleOutline>> {
        let version = store::content_version(pool).await?;
        let Some(structure) = self.structure(pool, course_id, version).await? else {
            return Ok(Vec::new());
        };
        let progress = match enrolment_id {
            Some(enrolment_id) => store::progress(pool, enrolment_id).await?,
            None => EnrolmentProgress::default(),
        };
        Ok(structure.outline(&progress))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quiz_keeps_its_best_score_and_counts_as_passed_once_any_attempt_passed() {
        let progress = EnrolmentProgress::new(
            [3, 1, 3],
            [
                (7, Some(40), false),
                (7, Some(90), true),
                (7, Some(60), false),
                (8, None, false),
            ],
        );
        assert_eq!(progress.completed, HashSet::from([1, 3]));
        assert_eq!(progress.quizzes[&7], (Some(90), true));
        assert_eq!(progress.quizzes[&8], (None, false));
    }

    #[test]
    fn a_modules_progress_looked_up_is_its_progress_once_marked() {
        let lesson = |id| LessonLink {
            id,
            slug: format!("l{id}"),
            title: format!("Lesson {id}"),
            estimated_minutes: 5,
            completed: false,
        };
        let module = ModuleOutline {
            id: 1,
            slug: "m".into(),
            title: "Module".into(),
            objectives: String::new(),
            lessons: vec![lesson(1), lesson(2), lesson(3)],
            quiz: Some(super::super::QuizLink {
                id: 7,
                title: "Quiz".into(),
                best_score: None,
                passed: false,
            }),
        };
        for progress in [
            EnrolmentProgress::default(),
            EnrolmentProgress::new([2, 9], [(7, Some(40), false)]),
            EnrolmentProgress::new([1, 2, 3], [(7, Some(90), true)]),
            EnrolmentProgress::new([], [(8, Some(90), true)]),
        ] {
            let mut marked = module.clone();
            progress.mark(&mut marked);
            assert_eq!(progress.of_module(&module), marked.progress());
        }
        let done = EnrolmentProgress::new([1, 2, 3], [(7, Some(90), true)]);
        assert_eq!(done.of_module(&module), Progress { done: 4, total: 4 });
    }
}
