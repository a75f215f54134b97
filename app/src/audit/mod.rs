//! The audit log: who changed roles, enrolled people, issued or revoked
//! certificates, hid posts or deactivated accounts, when, and what the thing
//! was before and after. Administrators read it with filters.

use crate::t;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
pub mod filter;
#[cfg(feature = "ssr")]
pub mod store;

/// What an audit event records. The stored name is the kebab-case code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum AuditAction {
    RoleChanged,
    AccountDeactivated,
    AccountReactivated,
    EnrolledByAdministrator,
    RosterConfirmed,
    EnrolmentWithdrawn,
    EnrolmentReinstated,
    CertificateIssued,
    CertificateRevoked,
    NameCorrectionDecided,
    PostHidden,
    PostRestored,
}

impl AuditAction {
    pub const ALL: [AuditAction; 12] = [
        AuditAction::RoleChanged,
        AuditAction::AccountDeactivated,
        AuditAction::AccountReactivated,
        AuditAction::EnrolledByAdministrator,
        AuditAction::RosterConfirmed,
        AuditAction::EnrolmentWithdrawn,
        AuditAction::EnrolmentReinstated,
        AuditAction::CertificateIssued,
        AuditAction::CertificateRevoked,
        AuditAction::NameCorrectionDecided,
        AuditAction::PostHidden,
        AuditAction::PostRestored,
    ];

    pub fn code(self) -> &'static str {
        match self {
            AuditAction::RoleChanged => "role-changed",
            AuditAction::AccountDeactivated => "account-deactivated",
            AuditAction::AccountReactivated => "account-reactivated",
            AuditAction::EnrolledByAdministrator => "enrolled-by-administrator",
            AuditAction::RosterConfirmed => "roster-confirmed",
            AuditAction::EnrolmentWithdrawn => "enrolment-withdrawn",
            AuditAction::EnrolmentReinstated => "enrolment-reinstated",
            AuditAction::CertificateIssued => "certificate-issued",
            AuditAction::CertificateRevoked => "certificate-revoked",
            AuditAction::NameCorrectionDecided => "name-correction-decided",
            AuditAction::PostHidden => "post-hidden",
            AuditAction::PostRestored => "post-restored",
        }
    }

    /// The action as administrators read it, in the page's language.
    pub fn label(self) -> String {
        match self {
            AuditAction::RoleChanged => t!("admin-audit-role-changed"),
            AuditAction::AccountDeactivated => t!("admin-audit-account-deactivated"),
            AuditAction::AccountReactivated => t!("admin-audit-account-reactivated"),
            AuditAction::EnrolledByAdministrator => t!("admin-audit-enrolled-by-administrator"),
            AuditAction::RosterConfirmed => t!("admin-audit-roster-confirmed"),
            AuditAction::EnrolmentWithdrawn => t!("admin-audit-enrolment-withdrawn"),
            AuditAction::EnrolmentReinstated => t!("admin-audit-enrolment-reinstated"),
            AuditAction::CertificateIssued => t!("admin-audit-certificate-issued"),
            AuditAction::CertificateRevoked => t!("admin-audit-certificate-revoked"),
            AuditAction::NameCorrectionDecided => t!("admin-audit-name-correction-decided"),
            AuditAction::PostHidden => t!("admin-audit-post-hidden"),
            AuditAction::PostRestored => t!("admin-audit-post-restored"),
        }
    }

    pub fn parse(code: &str) -> Option<AuditAction> {
        AuditAction::ALL.into_iter().find(|a| a.code() == code)
    }
}

/// One line of the audit log as administrators see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEntry {
    pub at: String,
    /// "Nadia Benali <admin@example.org>"; `None` when the platform itself
    /// made the change.
    pub actor: Option<String>,
    /// The action's code (see [`AuditAction::code`]), as stored.
    pub action: String,
    pub subject: String,
    pub before: String,
    pub after: String,
}

/// The audit page: the entries matching the filters, newest first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditLog {
    pub entries: Vec<AuditEntry>,
    /// More entries matched than are shown.
    pub truncated: bool,
}

#[cfg(test)]
mod tests {
    use super::AuditAction;

    #[test]
    fn every_action_parses_back_from_its_code() {
        for action in AuditAction::ALL {
            assert_eq!(AuditAction::parse(action.code()), Some(action));
        }
        assert_eq!(AuditAction::parse("dropped-tables"), None);
    }
}

/// The audit page's filters as submitted; each empty (or missing) for "any".
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditFilterForm {
    #[serde(default)]
    pub action: Option<String>,
    #[serde(default)]
    pub actor: Option<String>,
    #[serde(default)]
    pub subject: Option<String>,
    #[serde(default)]
    pub from: Option<String>,
    #[serde(default)]
    pub to: Option<String>,
}
