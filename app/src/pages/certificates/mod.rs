//! Certificates: the printable certificate, public verification, the
//! staff's page per cohort and name corrections.

pub mod certificate;
pub mod cohort;
pub mod corrections;
pub mod status;
pub mod verify;

use crate::certificates::CorrectionStatus;
use crate::components::error_page::error_message;
use crate::error::AppError;
use crate::t;

/// The message to show for a failed one-field form: the field's message
/// rather than "correct the fields below", since rows share no field.
pub fn failure_text(error: &AppError) -> String {
    error
        .form()
        .and_then(|form| form.fields.first().map(|f| f.message.clone()))
        .unwrap_or_else(|| error_message(error))
}

/// Where a name correction stands, as its requester and administrators read it.
pub fn correction_status(status: CorrectionStatus) -> String {
    match status {
        CorrectionStatus::Pending => t!("correction-status-pending"),
        CorrectionStatus::Approved => t!("correction-status-approved"),
        CorrectionStatus::Refused => t!("correction-status-refused"),
    }
}
