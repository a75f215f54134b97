//! Running cohorts: settings, tutors, enrolment and withdrawal, waiting
//! lists, roster uploads from spreadsheets and progress reports.

use crate::language::Language;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
pub mod domain;
#[cfg(feature = "ssr")]
pub mod downloads;
#[cfg(feature = "ssr")]
pub mod enrolment;
#[cfg(feature = "ssr")]
pub mod reminders;
#[cfg(feature = "ssr")]
pub mod report;
#[cfg(feature = "ssr")]
pub mod roster;
#[cfg(feature = "ssr")]
pub mod store;

/// A cohort's settings as the administrators' form shows them.
/// The cohort form as submitted: the page's field names, the values as
/// typed. `CohortSettings::parse` makes valid settings of it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CohortForm {
    pub name: String,
    pub starts_on: String,
    pub ends_on: String,
    /// The checkbox: present ("on") when ticked.
    #[serde(default)]
    pub enrolment_open: Option<String>,
    pub capacity: String,
    pub enrolment_key: String,
    pub language: String,
    pub at_risk_days: String,
    #[serde(default)]
    pub set_size: Option<String>,
}

impl CohortForm {
    /// Whether the box is ticked: a browser sends "on"; an empty value, as
    /// a missing one, is not ticked.
    pub fn enrolment_open(&self) -> bool {
        self.enrolment_open
            .as_deref()
            .is_some_and(|v| !v.is_empty())
    }

    /// Each field's name and what was typed in it, to give back with errors.
    pub fn fields(&self) -> [(&'static str, &str); 9] {
        [
            ("name", &self.name),
            ("starts_on", &self.starts_on),
            ("ends_on", &self.ends_on),
            ("capacity", &self.capacity),
            ("enrolment_key", &self.enrolment_key),
            ("language", &self.language),
            ("at_risk_days", &self.at_risk_days),
            ("set_size", self.set_size.as_deref().unwrap_or_default()),
            (
                "enrolment_open",
                if self.enrolment_open() { "on" } else { "" },
            ),
        ]
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CohortSettingsView {
    pub name: String,
    pub starts_on: String,
    pub ends_on: String,
    pub enrolment_open: bool,
    pub capacity: Option<i64>,
    pub enrolment_key: Option<String>,
    pub language: Language,
    pub at_risk_days: i64,
    pub set_size: i64,
}

impl Default for CohortSettingsView {
    fn default() -> Self {
        CohortSettingsView {
            name: String::new(),
            starts_on: String::new(),
            ends_on: String::new(),
            enrolment_open: true,
            capacity: None,
            enrolment_key: None,
            language: Language::English,
            at_risk_days: 14,
            set_size: 9,
        }
    }
}

/// A person who can be named in a list: tutors, candidates.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonRef {
    pub id: i64,
    pub full_name: String,
    pub email: String,
}

/// Everything the administrators' cohort page shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CohortAdmin {
    pub id: i64,
    pub course_id: i64,
    pub course_title: String,
    pub settings: CohortSettingsView,
    pub enrolled: i64,
    pub waiting: i64,
    pub tutors: Vec<PersonRef>,
    /// Tutors and administrators not yet assigned to this cohort.
    pub tutor_candidates: Vec<PersonRef>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum EnrolmentStatus {
    Active,
    Withdrawn,
}

/// One enrolment in the administrators' participant list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RosterEntry {
    pub enrolment_id: i64,
    pub full_name: String,
    pub email: String,
    pub country: String,
    pub status: EnrolmentStatus,
    /// How the current enrolment came about: self, administrator, roster, waiting-list.
    pub source: String,
    pub enrolled_at: String,
    pub requested_set: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WaitingEntry {
    pub position: i64,
    pub full_name: String,
    pub email: String,
    pub joined_at: String,
}

/// The administrators' participant page of a cohort.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Participants {
    pub cohort_id: i64,
    pub cohort_name: String,
    pub course_title: String,
    pub capacity: Option<i64>,
    pub enrolments: Vec<RosterEntry>,
    pub waiting: Vec<WaitingEntry>,
}

/// What confirming a roster row will do (or did).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum RowPlan {
    NewAccount,
    ExistingAccount,
    AlreadyEnrolled,
    /// Withdrawn earlier: left as it is; reinstate from the participant list.
    Withdrawn,
    Error(String),
}

/// One data row of an uploaded roster, numbered as in the spreadsheet
/// (the header is row 1).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RosterRowView {
    pub row: usize,
    pub full_name: String,
    pub email: String,
    pub plan: RowPlan,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RosterPreview {
    pub upload_id: i64,
    pub cohort_id: i64,
    pub cohort_name: String,
    pub file_name: String,
    pub confirmed: bool,
    /// A problem with the file as a whole (missing column, too many rows,
    /// not enough places); nothing can be confirmed while it is set.
    pub file_error: Option<String>,
    pub rows: Vec<RosterRowView>,
    /// Accounts made by this upload whose owners have not set a password.
    pub accounts_without_password: i64,
}

impl RosterPreview {
    pub fn count(&self, wanted: fn(&RowPlan) -> bool) -> usize {
        self.rows.iter().filter(|r| wanted(&r.plan)).count()
    }
}

/// One module's column in the progress report.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportModule {
    pub id: i64,
    pub title: String,
    pub lessons: i64,
    pub has_quiz: bool,
    /// Participants (after the filter) who completed every step of it.
    pub completed_by: i64,
}

/// One participant's standing in one module.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ModuleStanding {
    pub lessons_done: i64,
    pub quiz_best: Option<i64>,
    pub quiz_passed: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportRow {
    pub user_id: i64,
    pub full_name: String,
    pub email: String,
    pub country: String,
    pub modules: Vec<ModuleStanding>,
    /// Steps done out of all steps (lessons and quizzes), in percent.
    pub percent: i64,
    pub last_activity: String,
    pub at_risk: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProgressReport {
    pub cohort_id: i64,
    pub cohort_name: String,
    pub course_title: String,
    pub at_risk_days: i64,
    pub modules: Vec<ReportModule>,
    pub rows: Vec<ReportRow>,
    /// Country codes of all participants, for the filter.
    pub countries: Vec<String>,
    pub country: Option<String>,
    pub sort: ReportSort,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ReportSort {
    #[default]
    Name,
    ProgressAscending,
    ProgressDescending,
    LastActivity,
}

impl ReportSort {
    pub const ALL: [ReportSort; 4] = [
        ReportSort::Name,
        ReportSort::ProgressAscending,
        ReportSort::ProgressDescending,
        ReportSort::LastActivity,
    ];

    pub fn code(self) -> &'static str {
        match self {
            ReportSort::Name => "name",
            ReportSort::ProgressAscending => "progress",
            ReportSort::ProgressDescending => "-progress",
            ReportSort::LastActivity => "activity",
        }
    }

    pub fn parse(code: &str) -> ReportSort {
        ReportSort::ALL
            .into_iter()
            .find(|s| s.code() == code)
            .unwrap_or_default()
    }
}

/// A place on a waiting list, for the participant's home page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WaitingPlace {
    pub cohort_id: i64,
    pub cohort_name: String,
    pub course_title: String,
    pub course_slug: String,
    pub position: i64,
}

/// A cohort a tutor is assigned to, for their home page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TutoredCohort {
    pub cohort_id: i64,
    pub cohort_name: String,
    pub course_title: String,
    pub enrolled: i64,
}
