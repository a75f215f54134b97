//! The audit log, for administrators.

use crate::audit::AuditLog;
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::{
    accounts::session,
    audit::{
        store::{self, AuditFilter},
        AuditAction,
    },
    cohorts::domain::calendar_date,
    state::pool,
    t,
};

/// How many entries one page of the log shows; narrow the filters for more.
pub const AUDIT_PAGE: i64 = 300;

/// Entries matching the filters (each empty for "any"), newest first.
#[server(prefix = "/api", endpoint = "audit_log")]
pub async fn get_audit_log(
    action: Option<String>,
    actor: Option<String>,
    subject: Option<String>,
    from: Option<String>,
    to: Option<String>,
) -> Result<AuditLog, AppError> {
    session::require_administrator().await?;
    let text = |value: Option<String>| -> Result<String, AppError> {
        let value = value.unwrap_or_default().trim().to_string();
        if value.chars().count() > 200 {
            return Err(AppError::Refused(t!("msg-audit-filter-too-long")));
        }
        Ok(value)
    };
    let date = |value: Option<String>, invalid: fn() -> String| {
        let value = value.as_deref().map(str::trim).filter(|v| !v.is_empty());
        match value {
            None => Ok(None),
            Some(v) if calendar_date(v).is_some() && v.len() == 10 => Ok(Some(v.to_string())),
            Some(_) => Err(AppError::Refused(invalid())),
        }
    };
    let action = match action.as_deref().filter(|a| !a.is_empty()) {
        None => None,
        Some(code) => Some(
            AuditAction::parse(code)
                .ok_or_else(|| AppError::Refused(t!("msg-audit-unknown-action")))?,
        ),
    };
    let filter = AuditFilter {
        action,
        actor: text(actor)?,
        subject: text(subject)?,
        from: date(from, || t!("msg-audit-first-date"))?,
        to: date(to, || t!("msg-audit-last-date"))?,
    };
    let mut entries = store::list(&pool()?, &filter, AUDIT_PAGE).await?;
    let truncated = entries.len() as i64 > AUDIT_PAGE;
    entries.truncate(AUDIT_PAGE as usize);
    Ok(AuditLog { entries, truncated })
}
