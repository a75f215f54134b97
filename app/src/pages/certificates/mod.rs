//! Certificates: the printable certificate, public verification, the
//! staff's page per cohort and name corrections.

pub mod certificate;
pub mod cohort;
pub mod corrections;
pub mod status;
pub mod verify;

use crate::error::AppError;

/// The message to show for a failed one-field form: the field's message
/// rather than "correct the fields below", since rows share no field.
pub fn failure_text(error: &AppError) -> String {
    error
        .form()
        .and_then(|form| form.fields.first().map(|f| f.message.clone()))
        .unwrap_or_else(|| error.to_string())
}
