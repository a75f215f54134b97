//! Courses, modules and lessons; cohorts, enrolment and reading progress.
//!
//! The types here travel between server and pages; parsing, Markdown, SQL
//! and course packages are server-only.

use crate::language::Language;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
pub mod access;
#[cfg(feature = "ssr")]
pub mod authoring;
#[cfg(feature = "ssr")]
pub mod caches;
#[cfg(feature = "ssr")]
pub mod demo;
#[cfg(feature = "ssr")]
pub mod domain;
#[cfg(feature = "ssr")]
pub mod markdown;
#[cfg(feature = "ssr")]
pub mod model;
#[cfg(feature = "ssr")]
pub mod offline;
#[cfg(feature = "ssr")]
pub mod package;
#[cfg(feature = "ssr")]
pub mod reading;
#[cfg(feature = "ssr")]
pub mod store;

/// The longest lesson body accepted, in bytes of Markdown.
pub const MAX_LESSON_BODY: usize = 100_000;

/// How much of something is done: lessons of a module, or of a course.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Progress {
    pub done: u32,
    pub total: u32,
}

impl Progress {
    /// Whole percent, rounded down so that 100 % means everything is done.
    pub fn percent(self) -> u32 {
        (self.done.min(self.total) * 100)
            .checked_div(self.total)
            .unwrap_or(0)
    }

    pub fn is_complete(self) -> bool {
        self.total > 0 && self.done >= self.total
    }
}

impl std::ops::Add for Progress {
    type Output = Progress;

    fn add(self, other: Progress) -> Progress {
        Progress {
            done: self.done + other.done,
            total: self.total + other.total,
        }
    }
}

impl std::iter::Sum for Progress {
    fn sum<I: Iterator<Item = Progress>>(parts: I) -> Progress {
        parts.fold(Progress::default(), |sum, part| sum + part)
    }
}

/// A course as the catalogue lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CourseCard {
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub language: Language,
    pub estimated_hours: i64,
    pub modules: i64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LessonLink {
    pub id: i64,
    pub slug: String,
    pub title: String,
    pub estimated_minutes: i64,
    pub completed: bool,
}

/// A module's quiz with the reader's standing in it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuizLink {
    pub id: i64,
    pub title: String,
    pub best_score: Option<i64>,
    pub passed: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ModuleOutline {
    pub id: i64,
    pub slug: String,
    pub title: String,
    pub objectives: String,
    pub lessons: Vec<LessonLink>,
    pub quiz: Option<QuizLink>,
}

impl ModuleOutline {
    /// Completed lessons, and the quiz once passed, out of all of them.
    pub fn progress(&self) -> Progress {
        self.progress_where(|lesson| lesson.completed, |quiz| quiz.passed)
    }

    /// The same, by marks kept elsewhere than the module's own (an
    /// enrolment's, without marking a copy of the module first).
    pub fn progress_where(
        &self,
        completed: impl Fn(&LessonLink) -> bool,
        passed: impl Fn(&QuizLink) -> bool,
    ) -> Progress {
        let quiz_done = self.quiz.as_ref().is_some_and(passed);
        Progress {
            done: self.lessons.iter().filter(|l| completed(l)).count() as u32
                + u32::from(quiz_done),
            total: self.lessons.len() as u32 + u32::from(self.quiz.is_some()),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CohortInfo {
    pub id: i64,
    pub name: String,
    pub starts_on: String,
    pub ends_on: String,
    pub enrolment_open: bool,
    /// `None`: no limit.
    pub capacity: Option<i64>,
    /// Active enrolments.
    pub enrolled: i64,
    pub requires_key: bool,
    pub language: Language,
}

impl CohortInfo {
    pub fn places_left(&self) -> Option<i64> {
        self.capacity.map(|c| (c - self.enrolled).max(0))
    }

    pub fn is_full(&self) -> bool {
        self.places_left() == Some(0)
    }

    /// Past its end date (`today` as YYYY-MM-DD): read-only for participants.
    pub fn has_ended(&self, today: &str) -> bool {
        self.ends_on.as_str() < today
    }
}

/// A course's outline, with the reader's progress when they are enrolled.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CourseOutline {
    pub id: i64,
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub language: Language,
    pub estimated_hours: i64,
    pub published: bool,
    pub modules: Vec<ModuleOutline>,
    /// The reader's cohort, when they are enrolled.
    pub enrolled_in: Option<CohortInfo>,
    pub open_cohorts: Vec<CohortInfo>,
    /// The reader's certificate, or where they stand with its rules.
    pub certificate: Option<crate::certificates::CertificateProgress>,
}

/// Every lesson of a course in reading order, with its module.
pub fn lessons_in_order(
    modules: &[ModuleOutline],
) -> impl Iterator<Item = (&ModuleOutline, &LessonLink)> {
    modules
        .iter()
        .flat_map(|m| m.lessons.iter().map(move |l| (m, l)))
}

pub fn total_progress(modules: &[ModuleOutline]) -> Progress {
    modules.iter().map(ModuleOutline::progress).sum()
}

/// The first lesson not yet completed, in course order: where the reader
/// left off.
pub fn first_unfinished(modules: &[ModuleOutline]) -> Option<(&ModuleOutline, &LessonLink)> {
    lessons_in_order(modules).find(|(_, l)| !l.completed)
}

impl CourseOutline {
    pub fn progress(&self) -> Progress {
        total_progress(&self.modules)
    }

    pub fn next_lesson(&self) -> Option<(&ModuleOutline, &LessonLink)> {
        first_unfinished(&self.modules)
    }

    pub fn lesson_path(&self, module: &ModuleOutline, lesson: &LessonLink) -> String {
        lesson_path(&self.slug, &module.slug, &lesson.slug)
    }
}

pub fn lesson_path(course: &str, module: &str, lesson: &str) -> String {
    format!("/courses/{course}/{module}/{lesson}")
}

/// The address of a module's offline copy: one HTML file with its lessons.
pub fn offline_path(course: &str, module: &str) -> String {
    format!("/courses/{course}/{module}/offline.html")
}

/// A neighbouring lesson, for previous/next links.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct LessonNeighbour {
    pub path: String,
    pub title: String,
}

/// One lesson, ready to read.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct LessonPage {
    pub id: i64,
    pub course_slug: String,
    pub course_title: String,
    /// The course's language, in which its lessons are written.
    pub language: crate::language::Language,
    pub module_title: String,
    pub module_position: usize,
    /// Where the whole module downloads as one file for offline reading.
    pub offline_path: String,
    pub title: String,
    /// Shared with the course structure in memory, not copied for each page.
    pub body_html: std::sync::Arc<str>,
    pub estimated_minutes: i64,
    /// Whether the reader may mark it complete (an enrolled participant
    /// whose cohort is running).
    pub can_complete: bool,
    /// The end date of the reader's cohort, once it has ended.
    pub read_only_since: Option<String>,
    pub completed: bool,
    pub previous: Option<LessonNeighbour>,
    pub next: Option<LessonNeighbour>,
    pub module_progress: Progress,
    pub course_progress: Progress,
}

/// A lesson the reader may not open yet, with the cohorts they could join.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EnrolmentOffer {
    pub course_slug: String,
    pub course_title: String,
    pub lesson_title: String,
    pub open_cohorts: Vec<CohortInfo>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum LessonAccess {
    Read(Box<LessonPage>),
    NeedsEnrolment(EnrolmentOffer),
}

/// One of the reader's courses on their home page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyCourse {
    pub course_slug: String,
    pub course_title: String,
    pub cohort_name: String,
    /// Past its end date: the course is read-only.
    pub cohort_ended: bool,
    /// Enrolled when a place freed up while they were on the waiting list.
    pub from_waiting_list: bool,
    pub progress: Progress,
    /// Where to continue: the first lesson not yet completed.
    pub continue_at: Option<LessonNeighbour>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lesson(id: i64, completed: bool) -> LessonLink {
        LessonLink {
            id,
            slug: format!("l{id}"),
            title: format!("Lesson {id}"),
            estimated_minutes: 10,
            completed,
        }
    }

    fn module(id: i64, lessons: Vec<LessonLink>) -> ModuleOutline {
        ModuleOutline {
            id,
            slug: format!("m{id}"),
            title: format!("Module {id}"),
            objectives: String::new(),
            lessons,
            quiz: None,
        }
    }

    fn outline(modules: Vec<ModuleOutline>) -> CourseOutline {
        CourseOutline {
            id: 1,
            slug: "hrh".into(),
            title: "HRH".into(),
            summary: String::new(),
            language: Language::English,
            estimated_hours: 10,
            published: true,
            modules,
            enrolled_in: None,
            open_cohorts: vec![],
            certificate: None,
        }
    }

    #[test]
    fn percent_rounds_down_and_handles_empty_modules() {
        assert_eq!(Progress { done: 0, total: 0 }.percent(), 0);
        assert_eq!(Progress { done: 1, total: 3 }.percent(), 33);
        assert_eq!(Progress { done: 2, total: 3 }.percent(), 66);
        assert_eq!(Progress { done: 3, total: 3 }.percent(), 100);
        assert_eq!(Progress { done: 5, total: 3 }.percent(), 100);
        assert!(!Progress { done: 0, total: 0 }.is_complete());
        assert!(Progress { done: 3, total: 3 }.is_complete());
    }

    #[test]
    fn course_progress_adds_up_its_modules() {
        let course = outline(vec![
            module(1, vec![lesson(1, true), lesson(2, true)]),
            module(2, vec![lesson(3, true), lesson(4, false), lesson(5, false)]),
            module(3, vec![]),
        ]);
        assert_eq!(course.modules[0].progress(), Progress { done: 2, total: 2 });
        assert_eq!(course.progress(), Progress { done: 3, total: 5 });
        assert_eq!(course.progress().percent(), 60);
    }

    #[test]
    fn a_passed_quiz_counts_as_one_more_step_of_its_module() {
        let mut with_quiz = module(1, vec![lesson(1, true), lesson(2, false)]);
        with_quiz.quiz = Some(QuizLink {
            id: 1,
            title: "WISN".into(),
            best_score: Some(60),
            passed: false,
        });
        assert_eq!(with_quiz.progress(), Progress { done: 1, total: 3 });
        if let Some(quiz) = with_quiz.quiz.as_mut() {
            quiz.passed = true;
        }
        assert_eq!(with_quiz.progress(), Progress { done: 2, total: 3 });
    }

    #[test]
    fn continue_goes_to_the_first_lesson_not_completed_in_course_order() {
        let course = outline(vec![
            module(1, vec![lesson(1, true), lesson(2, false)]),
            module(2, vec![lesson(3, true)]),
        ]);
        let (next_module, next_lesson) = course.next_lesson().expect("a lesson left");
        assert_eq!((next_module.id, next_lesson.id), (1, 2));
        assert_eq!(
            course.lesson_path(next_module, next_lesson),
            "/courses/hrh/m1/l2"
        );

        let done = outline(vec![module(1, vec![lesson(1, true)])]);
        assert!(done.next_lesson().is_none());
    }
}
