//! The audit page's filters, read from the form into what the log is
//! searched by.

use super::{AuditAction, AuditFilterForm};
use crate::dates::calendar_date;

/// What the administrators' filters ask for; empty means any.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct AuditFilter {
    pub action: Option<AuditAction>,
    /// Part of the actor's name or email.
    pub actor: String,
    /// Part of the subject.
    pub subject: String,
    /// Inclusive dates, "2026-11-23".
    pub from: Option<String>,
    pub to: Option<String>,
}

/// Why a filter was refused.
#[derive(Debug, PartialEq, Eq)]
pub enum FilterError {
    TooLong,
    UnknownAction,
    FirstDate,
    LastDate,
}

/// The longest text a filter takes.
const MAX_CHARS: usize = 200;

impl AuditFilter {
    pub fn parse(form: &AuditFilterForm) -> Result<AuditFilter, FilterError> {
        let text = |value: &Option<String>| {
            let value = value.as_deref().unwrap_or_default().trim();
            if value.chars().count() > MAX_CHARS {
                Err(FilterError::TooLong)
            } else {
                Ok(value.to_string())
            }
        };
        let date = |value: &Option<String>, invalid: FilterError| match value
            .as_deref()
            .map(str::trim)
            .filter(|v| !v.is_empty())
        {
            None => Ok(None),
            Some(v) if v.len() == 10 && calendar_date(v).is_some() => Ok(Some(v.to_string())),
            Some(_) => Err(invalid),
        };
        let action = match form.action.as_deref().filter(|a| !a.is_empty()) {
            None => None,
            Some(code) => Some(AuditAction::parse(code).ok_or(FilterError::UnknownAction)?),
        };
        Ok(AuditFilter {
            action,
            actor: text(&form.actor)?,
            subject: text(&form.subject)?,
            from: date(&form.from, FilterError::FirstDate)?,
            to: date(&form.to, FilterError::LastDate)?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(action: &str, from: &str, to: &str) -> AuditFilterForm {
        AuditFilterForm {
            action: Some(action.into()),
            actor: Some("  nadia ".into()),
            subject: None,
            from: Some(from.into()),
            to: Some(to.into()),
        }
    }

    #[test]
    fn empty_filters_mean_any_and_text_is_trimmed() {
        let filter = AuditFilter::parse(&form("", "", " ")).expect("valid");
        assert_eq!(filter.action, None);
        assert_eq!(filter.actor, "nadia");
        assert_eq!((filter.from, filter.to), (None, None));
        assert_eq!(
            AuditFilter::parse(&AuditFilterForm::default()),
            Ok(AuditFilter::default())
        );
    }

    #[test]
    fn actions_and_dates_are_checked() {
        let filter =
            AuditFilter::parse(&form("role-changed", "2026-11-01", "2026-11-30")).expect("valid");
        assert_eq!(filter.action, Some(AuditAction::RoleChanged));
        assert_eq!(filter.to.as_deref(), Some("2026-11-30"));
        assert_eq!(
            AuditFilter::parse(&form("made-up", "", "")),
            Err(FilterError::UnknownAction)
        );
        assert_eq!(
            AuditFilter::parse(&form("", "2026-02-30", "")),
            Err(FilterError::FirstDate)
        );
        assert_eq!(
            AuditFilter::parse(&form("", "", "30/11/2026")),
            Err(FilterError::LastDate)
        );
        let long = AuditFilterForm {
            subject: Some("x".repeat(MAX_CHARS + 1)),
            ..AuditFilterForm::default()
        };
        assert_eq!(AuditFilter::parse(&long), Err(FilterError::TooLong));
    }
}
