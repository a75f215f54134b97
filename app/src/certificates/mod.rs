//! Certificates: completion rules per course, issue (automatic, by a
//! tutor's approval or by hand) and revocation, the printable certificate
//! and its PDF, public verification by code, signed credentials and name
//! corrections.

use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
pub mod access;
#[cfg(feature = "ssr")]
pub mod award;
#[cfg(feature = "ssr")]
pub mod code;
#[cfg(feature = "ssr")]
pub mod credential;
#[cfg(feature = "ssr")]
pub mod downloads;
#[cfg(feature = "ssr")]
pub mod pdf;
#[cfg(feature = "ssr")]
pub mod rules;
#[cfg(feature = "ssr")]
pub mod store;

/// The platform's name on certificates and credentials.
pub const PLATFORM_NAME: &str = "HRH Learning";

/// One completion rule and where the participant stands with it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RuleStatus {
    pub rule: String,
    pub met: bool,
    pub progress: String,
}

/// The certificate part of a participant's course page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum CertificateProgress {
    Issued { code: String, revoked: bool },
    InProgress(Vec<RuleStatus>),
}

/// What a certificate says, as the public verification page shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CertificateFacts {
    pub code: String,
    pub holder_name: String,
    pub course_title: String,
    /// "2 March 2026 – 30 April 2026"
    pub cohort_dates: String,
    pub issued_on: String,
    /// The day it was revoked, in words, if it was.
    pub revoked_on: Option<String>,
    /// The date of the latest name correction, if any.
    pub corrected_on: Option<String>,
}

/// The outcome of a public lookup.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Verification {
    Found(CertificateFacts),
    NoSuchCode(String),
}

/// The printable certificate, for its holder and the cohort's staff.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CertificatePage {
    pub facts: CertificateFacts,
    pub platform_name: String,
    pub verify_url: String,
    /// The QR code of `verify_url`, as an SVG made on the server.
    pub qr_svg: String,
    pub is_holder: bool,
    pub revocation_reason: Option<String>,
    pub corrections: Vec<NameCorrectionView>,
    /// Whether the PDF can draw the name and the course's title
    /// (`pdf::can_print`); if not, the page offers printing itself instead.
    pub pdf_prints: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum CorrectionStatus {
    Pending,
    Approved,
    Refused,
}

impl CorrectionStatus {
    pub fn parse(stored: &str) -> CorrectionStatus {
        match stored {
            "approved" => CorrectionStatus::Approved,
            "refused" => CorrectionStatus::Refused,
            _ => CorrectionStatus::Pending,
        }
    }
}

/// A date as the certificate and its command-line check write it: in
/// English, like the certificate's fixed text ("2 March 2026").
pub fn long_date(stored: &str) -> String {
    crate::i18n::date_in(crate::language::Language::English, stored)
}

/// A request to correct the name on a certificate.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NameCorrectionView {
    pub id: i64,
    pub code: String,
    pub course_title: String,
    pub previous_name: String,
    pub requested_name: String,
    pub reason: String,
    pub requested_at: String,
    pub status: CorrectionStatus,
    pub decided_at: Option<String>,
    pub decision_note: String,
}

/// A certificate in the staff's list of a cohort.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CertificateSummary {
    pub id: i64,
    pub code: String,
    pub issued_on: String,
    pub by_hand: bool,
    pub revoked_on: Option<String>,
}

/// One participant on the staff's certificates page of a cohort.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CertificateRow {
    pub enrolment_id: i64,
    pub full_name: String,
    pub email: String,
    pub rules: Vec<RuleStatus>,
    pub approved: bool,
    pub certificate: Option<CertificateSummary>,
}

/// The staff's certificates page of a cohort.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CohortCertificates {
    pub cohort_id: i64,
    pub cohort_name: String,
    pub course_title: String,
    pub needs_approval: bool,
    /// Administrators issue by hand and revoke; tutors approve.
    pub is_administrator: bool,
    pub rows: Vec<CertificateRow>,
}

/// A course's certificate rules, as the course editor shows them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RulesView {
    pub rounds: u32,
    pub needs_approval: bool,
}
