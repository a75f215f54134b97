//! Action-learning sets: forming them, a set's page, rounds, threads and
//! the tutors' moderation page.

pub mod cohort_sets;
pub mod moderation;
pub mod proposal;
pub mod round;
pub mod set;
pub mod thread;

use crate::components::error_page::error_message;
use crate::error::{AppError, FormErrors};

/// The words for an alert above a page's forms: an invalid post says what
/// was wrong instead of pointing at fields.
pub fn alert_text(error: &AppError) -> String {
    match error.form() {
        Some(form) if !form.fields.is_empty() => form
            .fields
            .iter()
            .map(|f| f.message.clone())
            .collect::<Vec<_>>()
            .join(" "),
        _ => error_message(error),
    }
}

/// The error and typed text for the form about `target`, when the failed
/// submission was that form's.
pub fn refill(form: &FormErrors, target: i64) -> (Option<String>, String) {
    if form.value_for("target") == Some(target.to_string()) {
        (
            form.message_for("body"),
            form.value_for("body").unwrap_or_default(),
        )
    } else {
        (None, String::new())
    }
}
