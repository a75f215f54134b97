//! Set input parsed once: post bodies, set names, rounds, commitments,
//! reasons.

use crate::cohorts::domain::today;
use crate::courses::domain::{bounded_text, parse_date};
use crate::courses::markdown;
use crate::error::FormErrors;

/// A post's text: Markdown, not empty, at most `MAX` characters; rendered
/// and sanitised like lessons, once, when it is written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PostBody {
    pub markdown: String,
    pub html: String,
}

impl PostBody {
    pub const MAX: usize = 10_000;

    pub fn parse(input: &str) -> Result<PostBody, String> {
        let markdown = input.trim().replace("\r\n", "\n");
        if markdown.is_empty() {
            return Err("Write something before posting.".into());
        }
        let length = markdown.chars().count();
        if length > Self::MAX {
            return Err(format!(
                "Posts are limited to {} characters; this one has {length}. Shorten it or split it into two posts.",
                Self::MAX
            ));
        }
        let html = markdown::render(&markdown);
        Ok(PostBody { markdown, html })
    }
}

/// A body field of a form: the parsed body or the form's errors, with what
/// was typed kept.
pub fn body_field(input: &str) -> Result<PostBody, FormErrors> {
    let mut errors = FormErrors::default();
    errors.keep("body", input);
    match errors.check("body", PostBody::parse(input)) {
        Some(body) => Ok(body),
        None => Err(errors),
    }
}

pub fn set_name(input: &str) -> Result<String, String> {
    bounded_text(input, "set name", 60, true)
}

/// Why a post is hidden or flagged: said in a few words.
pub fn reason(input: &str) -> Result<String, String> {
    bounded_text(input, "reason", 300, true)
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoundDraft {
    pub title: String,
    pub opens_on: String,
    pub closes_on: String,
    pub presenters: Vec<i64>,
}

impl RoundDraft {
    pub fn parse(
        title: &str,
        opens_on: &str,
        closes_on: &str,
        presenters: Vec<i64>,
    ) -> Result<RoundDraft, FormErrors> {
        let mut errors = FormErrors::default();
        errors.keep("round_title", title);
        errors.keep("opens_on", opens_on);
        errors.keep("closes_on", closes_on);
        let title = errors.check("round_title", bounded_text(title, "round title", 120, true));
        let opens_on = errors.check("opens_on", parse_date(opens_on));
        let closes_on = errors.check("closes_on", parse_date(closes_on));
        if let (Some(opens), Some(closes)) = (&opens_on, &closes_on) {
            if closes < opens {
                errors.add("closes_on", "The round must not close before it opens.");
            }
        }
        if presenters.is_empty() {
            errors.add("presenters", "Choose who presents in this round.");
        }
        match (title, opens_on, closes_on) {
            (Some(title), Some(opens_on), Some(closes_on)) if errors.is_empty() => Ok(RoundDraft {
                title,
                opens_on,
                closes_on,
                presenters,
            }),
            _ => Err(errors),
        }
    }
}

/// An action the presenter commits to, with a due date not in the past.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CommitmentDraft {
    pub action: String,
    pub due_on: String,
}

impl CommitmentDraft {
    pub fn parse(action: &str, due_on: &str) -> Result<CommitmentDraft, FormErrors> {
        let mut errors = FormErrors::default();
        errors.keep("action", action);
        errors.keep("due_on", due_on);
        let action = errors.check("action", bounded_text(action, "action", 500, true));
        let due_on = if due_on.trim().is_empty() {
            errors.add("due_on", "Give the date by which you will have done it.");
            None
        } else {
            errors.check("due_on", parse_date(due_on))
        };
        if due_on.as_ref().is_some_and(|due| *due < today()) {
            errors.add(
                "due_on",
                "The due date is in the past: choose today or a later date.",
            );
        }
        match (action, due_on) {
            (Some(action), Some(due_on)) if errors.is_empty() => {
                Ok(CommitmentDraft { action, due_on })
            }
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn posts_are_not_empty_not_too_long_and_sanitised() {
        assert!(PostBody::parse("  \n ").is_err());
        assert!(PostBody::parse(&"x".repeat(PostBody::MAX + 1)).is_err());
        assert!(PostBody::parse(&"x".repeat(PostBody::MAX)).is_ok());
        let body = PostBody::parse("**Retention** <script>alert(1)</script>").expect("valid");
        assert!(body.html.contains("<strong>Retention</strong>"));
        assert!(!body.html.contains("<script"));
    }

    #[test]
    fn commitments_need_an_action_and_a_due_date_not_in_the_past() {
        let errors = CommitmentDraft::parse("Meet the DHMT", "").expect_err("no date");
        assert!(errors.message_for("due_on").is_some());
        let errors = CommitmentDraft::parse("Meet the DHMT", "2020-01-01").expect_err("past");
        assert!(errors
            .message_for("due_on")
            .expect("message")
            .contains("past"));
        let errors = CommitmentDraft::parse(" ", "2099-01-01").expect_err("no action");
        assert!(errors.message_for("action").is_some());
        assert!(CommitmentDraft::parse("Meet the DHMT", &today()).is_ok());
    }

    #[test]
    fn rounds_need_presenters_and_dates_in_order() {
        let errors =
            RoundDraft::parse("Round 1", "2027-03-10", "2027-03-01", vec![]).expect_err("invalid");
        assert!(errors.message_for("closes_on").is_some());
        assert!(errors.message_for("presenters").is_some());
        assert!(RoundDraft::parse("Round 1", "2027-03-01", "2027-03-14", vec![4]).is_ok());
    }
}
