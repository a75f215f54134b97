//! Action-learning sets: small groups of a cohort's participants with a
//! tutor, meeting in rounds (challenge → questions → action commitments →
//! report-back at a later round), with general threads and moderation.
//!
//! What is said in a set stays in the set: only its members, its tutor and
//! administrators may read or write anything of it (`access.rs`).

use crate::t;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
pub mod access;
#[cfg(feature = "ssr")]
pub mod demo;
#[cfg(feature = "ssr")]
pub mod domain;
#[cfg(feature = "ssr")]
pub mod formation;
#[cfg(feature = "ssr")]
pub mod notices;
#[cfg(feature = "ssr")]
pub mod posting;
#[cfg(feature = "ssr")]
pub mod round_page;
#[cfg(feature = "ssr")]
pub mod store;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemberView {
    pub user_id: i64,
    pub full_name: String,
    pub country: String,
    pub cadre: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SetSummary {
    pub id: i64,
    pub name: String,
    pub tutor_id: Option<i64>,
    pub tutor_name: Option<String>,
    pub members: Vec<MemberView>,
}

/// A cohort's sets, for the administrators and tutors who form them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CohortSets {
    pub cohort_id: i64,
    pub cohort_name: String,
    pub course_title: String,
    pub set_size: i64,
    pub sets: Vec<SetSummary>,
    /// Active participants in no set yet.
    pub unassigned: Vec<MemberView>,
    /// The cohort's tutors, who can be given a set.
    pub tutors: Vec<(i64, String)>,
    pub has_proposal: bool,
}

/// A proposal of sets under review: nothing is saved until it is confirmed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProposalView {
    pub cohort_id: i64,
    pub cohort_name: String,
    pub sets: Vec<(String, Vec<MemberView>)>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Viewer {
    Member,
    Tutor,
    Administrator,
}

impl Viewer {
    /// Tutors and administrators keep the process: pin, lock, hide, edit.
    pub fn moderates(self) -> bool {
        !matches!(self, Viewer::Member)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoundLink {
    pub id: i64,
    pub number: i64,
    pub title: String,
    pub opens_on: String,
    pub closes_on: String,
    pub open: bool,
    pub unread: i64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ThreadLink {
    pub id: i64,
    pub title: String,
    pub author_name: String,
    pub pinned: bool,
    pub locked: bool,
    pub posts: i64,
    pub unread: i64,
}

/// A set's own page: members, rounds and threads.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SetPage {
    pub id: i64,
    pub name: String,
    pub cohort_name: String,
    pub course_title: String,
    pub tutor_name: Option<String>,
    pub members: Vec<MemberView>,
    pub rounds: Vec<RoundLink>,
    pub threads: Vec<ThreadLink>,
    pub viewer: Viewer,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HiddenView {
    pub reason: String,
    pub hidden_by: String,
}

/// One post as the viewer may see it: a hidden post's text reaches only
/// tutors and administrators.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PostView {
    pub id: i64,
    pub author_id: i64,
    pub author_name: String,
    pub created_at: String,
    pub edited: bool,
    pub body_html: Option<String>,
    /// For the moderators' edit form.
    pub body_markdown: Option<String>,
    pub hidden: Option<HiddenView>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::Type), sqlx(rename_all = "kebab-case"))]
pub enum Outcome {
    Done,
    Partly,
    NotDone,
}

impl Outcome {
    pub const ALL: [Outcome; 3] = [Outcome::Done, Outcome::Partly, Outcome::NotDone];

    pub fn code(self) -> &'static str {
        match self {
            Outcome::Done => "done",
            Outcome::Partly => "partly",
            Outcome::NotDone => "not-done",
        }
    }

    pub fn parse(code: &str) -> Option<Outcome> {
        Outcome::ALL.into_iter().find(|o| o.code() == code)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportBackView {
    pub outcome: Outcome,
    pub round_number: i64,
    pub post: PostView,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CommitmentView {
    pub id: i64,
    pub round_number: i64,
    pub action: String,
    pub due_on: String,
    pub report_back: Option<ReportBackView>,
    /// Past its due date with no report-back.
    pub overdue: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuestionView {
    pub question: PostView,
    pub answers: Vec<PostView>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChallengeView {
    pub challenge: PostView,
    pub questions: Vec<QuestionView>,
    pub commitments: Vec<CommitmentView>,
}

/// One presenter's part of a round.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PresenterView {
    pub user_id: i64,
    pub full_name: String,
    pub challenge: Option<ChallengeView>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoundPage {
    pub set_id: i64,
    pub set_name: String,
    pub id: i64,
    pub number: i64,
    pub title: String,
    pub opens_on: String,
    pub closes_on: String,
    pub open: bool,
    pub viewer: Viewer,
    pub viewer_id: i64,
    pub presenters: Vec<PresenterView>,
    /// Report-backs posted in this round, on commitments of earlier rounds.
    pub report_backs: Vec<(String, CommitmentView)>,
    /// The viewer's own commitments from earlier rounds still to report on.
    pub to_report: Vec<CommitmentView>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ThreadPage {
    pub set_id: i64,
    pub set_name: String,
    pub id: i64,
    pub title: String,
    pub pinned: bool,
    pub locked: bool,
    pub viewer: Viewer,
    pub posts: Vec<PostView>,
}

/// What needs a tutor's attention across their sets.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Moderation {
    pub flags: Vec<FlagView>,
    pub unquestioned: Vec<AttentionItem>,
    pub overdue: Vec<AttentionItem>,
    pub silent: Vec<AttentionItem>,
    /// Questions without an answer (the presenter owes it) and threads
    /// without a reply.
    pub unanswered: Vec<AttentionItem>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FlagView {
    pub id: i64,
    pub set_name: String,
    /// Where the flagged post is shown.
    pub path: String,
    pub author_name: String,
    pub flagged_by: String,
    pub reason: String,
    pub excerpt: String,
}

/// One line of the moderation page: which set, whom it is about, what, and
/// where to look.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AttentionItem {
    pub set_name: String,
    pub person: String,
    pub concern: Concern,
    pub path: String,
}

/// What a moderation line is about.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Concern {
    /// A challenge nobody has questioned yet, in a round.
    Unquestioned { round: i64 },
    /// A commitment past its due date without a report-back.
    Overdue { action: String, due_on: String },
    /// A member who has not posted in the current round.
    Silent { round: i64 },
    /// A question nobody has answered, in a round.
    Unanswered { round: i64, asker: String },
    /// A thread nobody has replied to.
    UnansweredThread { title: String },
}

impl Concern {
    /// The concern in the page's language.
    pub fn describe(&self) -> String {
        match self {
            Concern::Unquestioned { round } => t!("msg-set-unquestioned", round = *round),
            Concern::Overdue { action, due_on } => t!(
                "msg-set-overdue",
                action = action,
                due = crate::i18n::date(due_on)
            ),
            Concern::Silent { round } => t!("msg-set-silent", round = *round),
            Concern::Unanswered { round, asker } => {
                t!("msg-set-unanswered", round = *round, asker = asker)
            }
            Concern::UnansweredThread { title } => t!("msg-set-thread-unanswered", title = title),
        }
    }
}

/// A set on its member's home page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MySet {
    pub id: i64,
    pub name: String,
    pub course_title: String,
    pub unread: i64,
}

/// An open action commitment on its presenter's home page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyCommitment {
    pub set_id: i64,
    pub set_name: String,
    pub action: String,
    pub due_on: String,
    pub overdue: bool,
}
