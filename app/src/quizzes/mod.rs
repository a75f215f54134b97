//! Quizzes: questions graded on the server, attempts, pass marks and the
//! review policy that decides what a participant sees afterwards.

use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
pub mod attempts;
#[cfg(feature = "ssr")]
pub mod definition;
#[cfg(feature = "ssr")]
pub mod grading;
#[cfg(feature = "ssr")]
pub mod report;
#[cfg(feature = "ssr")]
pub mod store;
#[cfg(feature = "ssr")]
pub mod submission;

/// One attempt in a participant's list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AttemptSummary {
    pub id: i64,
    pub number: i64,
    pub submitted: bool,
    pub score: Option<i64>,
    pub passed: bool,
}

/// A quiz's page: its rules and the reader's attempts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuizOverview {
    pub id: i64,
    pub title: String,
    pub course_slug: String,
    pub course_title: String,
    pub module_title: String,
    pub pass_mark: u8,
    pub max_attempts: Option<u32>,
    pub questions: usize,
    pub attempts: Vec<AttemptSummary>,
    pub best_score: Option<i64>,
    pub passed: bool,
    /// Why the reader cannot start an attempt, if they cannot.
    pub cannot_attempt: Option<String>,
    /// Tutors of the course and administrators see results by cohort.
    pub sees_results: bool,
}

/// How a question is answered, without anything that gives the answer away.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum QuestionInput {
    SingleChoice { options: Vec<(String, String)> },
    MultipleChoice { options: Vec<(String, String)> },
    TrueFalse,
    Numeric { unit: String },
    ShortText,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuestionForm {
    /// The form field: `answers[<field>]`, and `answers[<field>-<option>]`
    /// for each ticked option of a multiple-choice question.
    pub field: String,
    pub number: usize,
    pub prompt: String,
    pub points: u32,
    pub input: QuestionInput,
}

/// An open attempt: the questions in this attempt's order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AttemptForm {
    pub attempt_id: i64,
    pub quiz_id: i64,
    pub quiz_title: String,
    pub number: i64,
    pub questions: Vec<QuestionForm>,
}

/// One participant's standing in a quiz, for tutors and administrators.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ParticipantStanding {
    pub name: String,
    pub attempts: usize,
    pub best_score: Option<i64>,
    pub passed: bool,
}

/// How many of the participants who attempted the quiz got a question right
/// in their best attempt.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuestionStat {
    pub number: usize,
    pub prompt: String,
    pub right: usize,
    pub answered: usize,
}

/// A quiz's results in one cohort.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuizReport {
    pub quiz_id: i64,
    pub quiz_title: String,
    pub pass_mark: u8,
    /// The cohorts the caller may see: (id, name).
    pub cohorts: Vec<(i64, String)>,
    pub cohort_id: Option<i64>,
    pub participants: Vec<ParticipantStanding>,
    pub questions: Vec<QuestionStat>,
}

/// An attempt's page: its questions while open, or a pointer to its result.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum AttemptState {
    Open(AttemptForm),
    Submitted { result_path: String },
}

/// One question on the result page, with only what the review policy allows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuestionReview {
    pub number: usize,
    pub prompt: String,
    pub your_answer: String,
    pub correct: bool,
    pub feedback: Vec<String>,
    pub correct_answer: Option<String>,
    pub explanation: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AttemptResult {
    pub attempt_id: i64,
    pub quiz_id: i64,
    pub quiz_title: String,
    pub number: i64,
    pub score: i64,
    pub pass_mark: u8,
    pub passed: bool,
    pub attempts_left: Option<u32>,
    /// Empty when the policy shows the score only.
    pub questions: Vec<QuestionReview>,
}

/// What a participant sees after submitting an attempt.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ReviewPolicy {
    /// The score and pass or fail only.
    ScoreOnly,
    /// Also right or wrong for each question, with the feedback on what was answered.
    Feedback,
    /// As `Feedback`, and the correct answers with explanations once the
    /// quiz is passed or no attempts are left.
    AnswersWhenDone,
}

/// What a result page may show, given the policy and where the participant stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Review {
    pub marks: bool,
    pub correct_answers: bool,
}

impl ReviewPolicy {
    pub fn review(self, passed: bool, attempts_left: bool) -> Review {
        match self {
            ReviewPolicy::ScoreOnly => Review {
                marks: false,
                correct_answers: false,
            },
            ReviewPolicy::Feedback => Review {
                marks: true,
                correct_answers: false,
            },
            ReviewPolicy::AnswersWhenDone => Review {
                marks: true,
                correct_answers: passed || !attempts_left,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn correct_answers_are_shown_only_once_passed_or_out_of_attempts() {
        let policy = ReviewPolicy::AnswersWhenDone;
        assert!(!policy.review(false, true).correct_answers);
        assert!(policy.review(true, true).correct_answers);
        assert!(policy.review(false, false).correct_answers);
        assert!(policy.review(false, true).marks);
    }

    #[test]
    fn score_only_and_feedback_never_show_correct_answers() {
        for (passed, left) in [(true, true), (false, false)] {
            assert_eq!(
                ReviewPolicy::ScoreOnly.review(passed, left),
                Review {
                    marks: false,
                    correct_answers: false
                }
            );
            assert_eq!(
                ReviewPolicy::Feedback.review(passed, left),
                Review {
                    marks: true,
                    correct_answers: false
                }
            );
        }
    }
}
