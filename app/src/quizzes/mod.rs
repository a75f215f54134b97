//! Quizzes: questions graded on the server, attempts, pass marks and the
//! review policy that decides what a participant sees afterwards.

use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
pub mod definition;
#[cfg(feature = "ssr")]
pub mod grading;
#[cfg(feature = "ssr")]
pub mod store;

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
