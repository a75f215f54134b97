//! The audit log, for administrators.

use crate::audit::{AuditFilterForm, AuditLog};
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::{
    accounts::session,
    audit::{
        filter::{AuditFilter, FilterError},
        store,
    },
    state::pool,
    t,
};

/// How many entries one page of the log shows; narrow the filters for more.
pub const AUDIT_PAGE: i64 = 300;

/// Entries matching the filters (each empty for "any"), newest first.
#[server(prefix = "/api", endpoint = "audit_log")]
pub async fn get_audit_log(#[server(flatten)] form: AuditFilterForm) -> Result<AuditLog, AppError> {
    session::require_administrator().await?;
    let filter = AuditFilter::parse(&form).map_err(|error| {
        AppError::Refused(match error {
            FilterError::TooLong => t!("msg-audit-filter-too-long"),
            FilterError::UnknownAction => t!("msg-audit-unknown-action"),
            FilterError::FirstDate => t!("msg-audit-first-date"),
            FilterError::LastDate => t!("msg-audit-last-date"),
        })
    })?;
    let mut entries = store::list(&pool()?, &filter, AUDIT_PAGE).await?;
    let truncated = entries.len() as i64 > AUDIT_PAGE;
    entries.truncate(AUDIT_PAGE as usize);
    Ok(AuditLog { entries, truncated })
}
