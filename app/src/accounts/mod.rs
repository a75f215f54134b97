//! Accounts: people, their roles and their sessions.
//!
//! The types here travel between server and pages; parsing, SQL, password
//! hashing and sessions are server-only.

use crate::language::Language;
use crate::t;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
pub mod demo;
#[cfg(feature = "ssr")]
pub mod domain;
#[cfg(feature = "ssr")]
pub mod login;
#[cfg(feature = "ssr")]
pub mod password;
#[cfg(feature = "ssr")]
pub mod password_links;
#[cfg(feature = "ssr")]
pub mod session;
#[cfg(feature = "ssr")]
pub mod sign_ins;
#[cfg(feature = "ssr")]
pub mod store;
#[cfg(feature = "ssr")]
pub mod throttle;

/// What a person may do on the platform.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Role {
    Participant,
    Tutor,
    Administrator,
}

impl Role {
    pub const ALL: [Role; 3] = [Role::Participant, Role::Tutor, Role::Administrator];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Participant => "participant",
            Role::Tutor => "tutor",
            Role::Administrator => "administrator",
        }
    }

    /// The role as people read it, in the page's language.
    pub fn label(self) -> String {
        match self {
            Role::Participant => t!("account-role-participant"),
            Role::Tutor => t!("account-role-tutor"),
            Role::Administrator => t!("account-role-administrator"),
        }
    }

    pub fn parse(value: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == value)
    }
}

/// Health-workforce cadres and roles our participants come from, by key and
/// English name (a roster file may give either).
pub const CADRES: [(&str, &str); 12] = [
    ("health-manager", "Health manager or administrator"),
    ("hr-officer", "Human resources officer"),
    ("planner", "Health workforce planner"),
    ("educator", "Educator of health workers"),
    ("nurse", "Nurse"),
    ("midwife", "Midwife"),
    ("medical-doctor", "Medical doctor"),
    ("clinical-officer", "Clinical officer"),
    ("community-health-worker", "Community health worker"),
    ("pharmacist", "Pharmacist"),
    ("public-health-officer", "Public health officer"),
    ("other", "Other"),
];

/// A profession or cadre by its key, in the page's language.
pub fn cadre_label(key: &str) -> String {
    match key {
        "health-manager" => t!("account-cadre-health-manager"),
        "hr-officer" => t!("account-cadre-hr-officer"),
        "planner" => t!("account-cadre-planner"),
        "educator" => t!("account-cadre-educator"),
        "nurse" => t!("account-cadre-nurse"),
        "midwife" => t!("account-cadre-midwife"),
        "medical-doctor" => t!("account-cadre-medical-doctor"),
        "clinical-officer" => t!("account-cadre-clinical-officer"),
        "community-health-worker" => t!("account-cadre-community-health-worker"),
        "pharmacist" => t!("account-cadre-pharmacist"),
        "public-health-officer" => t!("account-cadre-public-health-officer"),
        "other" => t!("account-cadre-other"),
        _ => key.to_string(),
    }
}

/// Countries by ISO 3166-1 alpha-2 code and name in the reader's language,
/// in the order a reader looks for them: accents and case set aside, so
/// that "États-Unis" comes among the E.
pub fn countries() -> Vec<(&'static str, String)> {
    use unicode_normalization::UnicodeNormalization;
    let sort_key = |name: &str| -> String {
        name.nfd()
            .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
            .flat_map(char::to_lowercase)
            .collect()
    };
    let mut all: Vec<_> = isocountry::CountryCode::iter()
        .map(|c| (c.alpha2(), country_name(c.alpha2())))
        .map(|(code, name)| (sort_key(&name), code, name))
        .collect();
    all.sort();
    all.into_iter()
        .map(|(_, code, name)| (code, name))
        .collect()
}

/// A country's name in the reader's language (app/locales/*/countries.ftl);
/// an unknown code as it is.
pub fn country_name(code: &str) -> String {
    match isocountry::CountryCode::for_alpha2(code) {
        Ok(country) => crate::i18n::text(&format!("country-{}", country.alpha2()), &[]),
        Err(_) => code.to_string(),
    }
}

/// The signed-in person, as pages need them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CurrentUser {
    pub id: i64,
    pub full_name: String,
    pub email: String,
    pub role: Role,
    pub language: Language,
}

impl CurrentUser {
    /// The one test of "is an administrator", wherever a rule needs it.
    pub fn is_administrator(&self) -> bool {
        self.role == Role::Administrator
    }
}

/// A person's own profile, for the account page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    pub full_name: String,
    pub email: String,
    pub country: String,
    pub cadre: String,
    pub language: Language,
    pub role: Role,
}

/// One row of the administrators' user list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserSummary {
    pub id: i64,
    pub full_name: String,
    pub email: String,
    pub country: String,
    pub cadre: String,
    pub role: Role,
    pub active: bool,
    pub last_login_at: Option<String>,
}

/// One signed-in session of a person, as their account page lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignInView {
    pub id: i64,
    pub started_at: String,
    pub last_seen_at: String,
    /// The browser's own description of itself (its User-Agent).
    pub device: String,
    pub address: String,
    /// The session this page was asked for.
    pub current: bool,
}
