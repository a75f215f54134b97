//! What the course store reads and the caches keep: a course's row, its
//! structure (modules, lessons, quizzes and lesson text) as of one content
//! version, an enrolment's progress, and a reader's standing in a course.
//! The store (`store.rs`) fills them; the caches (`structure.rs`,
//! `standings.rs`) hold them.

use super::{CohortInfo, LessonLink, ModuleOutline, Progress};
use crate::accounts::CurrentUser;
use crate::language::Language;
use std::collections::{HashMap, HashSet};
use std::sync::Arc;

pub(super) fn language_of(code: &str) -> Language {
    Language::parse(code).unwrap_or(Language::English)
}

/// A course row without its modules.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct CourseRow {
    pub id: i64,
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub language: String,
    pub estimated_hours: i64,
    pub published: bool,
}

impl CourseRow {
    pub fn language(&self) -> Language {
        language_of(&self.language)
    }
}

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
    pub(super) fn weight(&self) -> u32 {
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
    pub(super) fn mark(&self, module: &mut ModuleOutline) {
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

/// A course's id by its slug, the content version, and a reader's latest
/// active enrolment in one of its cohorts with its progress: what every page
/// of a course needs besides its structure, in one query.
#[derive(Debug)]
pub struct CourseStanding {
    pub version: i64,
    pub course_id: i64,
    /// The reader, if their account is active: the lesson page cache knows
    /// only the session's user id and learns who it is here.
    pub reader: Option<CurrentUser>,
    /// The reader's live sign-ins: a session naming another is signed out.
    pub sign_ins: Vec<i64>,
    pub enrolment: Option<(i64, CohortInfo)>,
    /// Nothing done without an enrolment.
    pub progress: EnrolmentProgress,
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
