//! Set input parsed once: post bodies, set names, rounds, commitments,
//! reasons.

use crate::courses::domain::{bounded_text, parse_date, unix_line_ends};
use crate::courses::markdown;
use crate::dates::today;
use crate::error::FormErrors;
use crate::t;

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
        let markdown = unix_line_ends(input.trim());
        if markdown.is_empty() {
            return Err(t!("msg-set-post-empty"));
        }
        let length = markdown.chars().count();
        if length > Self::MAX {
            return Err(t!(
                "msg-set-post-too-long",
                max = Self::MAX.to_string(),
                length = length.to_string()
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
                errors.add("closes_on", t!("msg-set-round-closes-before-opening"));
            }
        }
        if presenters.is_empty() {
            errors.add("presenters", t!("msg-set-round-no-presenters"));
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
            errors.add("due_on", t!("msg-set-commitment-no-due-date"));
            None
        } else {
            errors.check("due_on", parse_date(due_on))
        };
        if due_on.as_ref().is_some_and(|due| *due < today()) {
            errors.add("due_on", t!("msg-set-commitment-due-in-past"));
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

#[cfg(test)]
mod properties {
    use super::*;
    use crate::test_input::{longer_than, text, unsafe_html};
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn posts_are_trimmed_bounded_and_safe_whatever_is_typed(input in text()) {
            match PostBody::parse(&input) {
                Ok(body) => {
                    prop_assert!(!body.markdown.is_empty() && body.markdown.trim() == body.markdown);
                    prop_assert!(!body.markdown.contains('\r'));
                    prop_assert!(body.markdown.chars().count() <= PostBody::MAX);
                    prop_assert_eq!(unsafe_html(&body.html), None, "{}", body.html);
                    prop_assert_eq!(PostBody::parse(&body.markdown), Ok(body.clone()));
                }
                Err(reason) => prop_assert!(!reason.is_empty()),
            }
        }

        #[test]
        // Twice the limit: Windows line ends count as one character.
        fn long_posts_are_refused_with_the_limit(long in longer_than(2 * PostBody::MAX + 1)) {
            let input = format!("x{long}x");
            let reason = PostBody::parse(&input).map(|_| ()).expect_err("too long");
            prop_assert!(reason.contains(&PostBody::MAX.to_string()), "{}", reason);
            let errors = body_field(&input).map(|_| ()).expect_err("too long");
            prop_assert_eq!(errors.value_for("body"), Some(input));
        }

        #[test]
        fn names_and_reasons_are_trimmed_and_bounded(input in prop_oneof![text(), longer_than(300)]) {
            for (parsed, max) in [(set_name(&input), 60), (reason(&input), 300)] {
                match parsed {
                    Ok(text) => {
                        prop_assert!(!text.is_empty() && text.trim() == text);
                        prop_assert!(text.chars().count() <= max);
                    }
                    Err(message) => prop_assert!(
                        message.starts_with("Enter") || message.contains(&max.to_string()),
                        "{}", message
                    ),
                }
            }
        }

        #[test]
        fn rounds_and_commitments_keep_their_promises(
            title in text(),
            opens_on in prop_oneof![text(), Just("2027-03-01".to_string())],
            closes_on in prop_oneof![text(), Just("2027-03-14".to_string())],
            presenters in proptest::collection::vec(any::<i64>(), 0..3),
            due_on in prop_oneof![text(), Just("2099-12-31".to_string())],
        ) {
            if let Ok(round) = RoundDraft::parse(&title, &opens_on, &closes_on, presenters) {
                prop_assert!(round.opens_on <= round.closes_on);
                prop_assert!(!round.presenters.is_empty());
                prop_assert!(!round.title.is_empty() && round.title.chars().count() <= 120);
            }
            if let Ok(commitment) = CommitmentDraft::parse(&title, &due_on) {
                prop_assert!(commitment.due_on >= today());
                prop_assert!(!commitment.action.is_empty() && commitment.action.chars().count() <= 500);
            }
        }
    }
}
