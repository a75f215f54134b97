//! The one error type every server function returns, so that pages can show
//! expected failures in words and map them to the right HTTP status.

use crate::t;
use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

/// A message about one form field, shown next to it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    pub field: String,
    pub message: String,
}

/// What a form submission got wrong, plus what the user typed (never
/// passwords), so that a page rendered without JavaScript can refill the form.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FormErrors {
    /// A message about the form as a whole, shown above it.
    pub summary: Option<String>,
    pub fields: Vec<FieldError>,
    pub values: Vec<(String, String)>,
}

impl FormErrors {
    /// An error about the whole form, such as a failed login.
    pub fn summary(message: impl Into<String>) -> FormErrors {
        FormErrors {
            summary: Some(message.into()),
            ..FormErrors::default()
        }
    }

    pub fn summary_text(&self) -> String {
        self.summary
            .clone()
            .unwrap_or_else(|| t!("error-invalid-form"))
    }

    pub fn add(&mut self, field: &str, message: impl Into<String>) {
        self.fields.push(FieldError {
            field: field.to_string(),
            message: message.into(),
        });
    }

    /// The parsed value, or `None` with its message recorded against `field`.
    pub fn check<T>(&mut self, field: &str, parsed: Result<T, String>) -> Option<T> {
        match parsed {
            Ok(value) => Some(value),
            Err(message) => {
                self.add(field, message);
                None
            }
        }
    }

    pub fn keep(&mut self, field: &str, value: &str) {
        self.values.push((field.to_string(), value.to_string()));
    }

    pub fn message_for(&self, field: &str) -> Option<String> {
        self.fields
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.message.clone())
    }

    pub fn value_for(&self, field: &str) -> Option<String> {
        self.values
            .iter()
            .find(|(f, _)| f == field)
            .map(|(_, v)| v.clone())
    }

    pub fn is_empty(&self) -> bool {
        self.fields.is_empty() && self.summary.is_none()
    }

    /// `Ok(())` when nothing was added, the invalid-form error otherwise.
    pub fn into_result(self) -> Result<(), AppError> {
        if self.is_empty() {
            Ok(())
        } else {
            Err(AppError::Invalid(self))
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    #[error("{}", .0.summary_text())]
    Invalid(FormErrors),
    /// An expected refusal whose message is safe to show as it is.
    #[error("{0}")]
    Refused(String),
    #[error("Please log in to continue.")]
    Unauthenticated,
    #[error("You do not have permission to do that.")]
    Forbidden,
    #[error("We could not find that page.")]
    NotFound,
    /// Too many requests from one client; the message says how long to wait.
    #[error("{0}")]
    TooManyRequests(String),
    #[error("Something went wrong on our side. Please try again in a moment.")]
    Internal,
    #[error("The request could not be read: {0}")]
    Request(String),
}

impl AppError {
    pub fn form(&self) -> Option<&FormErrors> {
        match self {
            AppError::Invalid(errors) => Some(errors),
            _ => None,
        }
    }

    pub fn status(&self) -> u16 {
        match self {
            AppError::Invalid(_) | AppError::Refused(_) | AppError::Request(_) => 400,
            AppError::Unauthenticated => 401,
            AppError::Forbidden => 403,
            AppError::NotFound => 404,
            AppError::TooManyRequests(_) => 429,
            AppError::Internal => 500,
        }
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        AppError::Request(value.to_string())
    }
}

#[cfg(feature = "ssr")]
/// A database fault is logged with where it surfaced (the `?` that
/// converted it, through `#[track_caller]`) and what the database said, so
/// that the failing statement can be found; the person sees only
/// "something went wrong".
impl From<sqlx::Error> for AppError {
    #[track_caller]
    fn from(error: sqlx::Error) -> Self {
        let at = std::panic::Location::caller();
        tracing::error!(%error, detail = ?error, %at, "database error");
        AppError::Internal
    }
}

#[cfg(feature = "ssr")]
impl From<tower_sessions::session::Error> for AppError {
    fn from(error: tower_sessions::session::Error) -> Self {
        tracing::error!(%error, "session store error");
        AppError::Internal
    }
}
