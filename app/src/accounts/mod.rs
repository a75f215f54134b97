//! Accounts: people, their roles and their sessions.
//!
//! The types here travel between server and pages; parsing, SQL, password
//! hashing and sessions are server-only.

use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
pub mod demo;
#[cfg(feature = "ssr")]
pub mod domain;
#[cfg(feature = "ssr")]
pub mod password;
#[cfg(feature = "ssr")]
pub mod session;
#[cfg(feature = "ssr")]
pub mod store;
#[cfg(feature = "ssr")]
pub mod throttle;

/// What a person may do on the platform.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
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

    pub fn label(self) -> &'static str {
        match self {
            Role::Participant => "Participant",
            Role::Tutor => "Tutor",
            Role::Administrator => "Administrator",
        }
    }

    pub fn parse(value: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == value)
    }
}

/// The interface languages the platform is written for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Language {
    English,
    French,
    Arabic,
}

impl Language {
    pub const ALL: [Language; 3] = [Language::English, Language::French, Language::Arabic];

    pub fn code(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::French => "fr",
            Language::Arabic => "ar",
        }
    }

    /// The language's own name, as its readers look for it in a list.
    pub fn native_name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::French => "Français",
            Language::Arabic => "العربية",
        }
    }

    pub fn parse(code: &str) -> Option<Language> {
        Language::ALL.into_iter().find(|l| l.code() == code)
    }
}

/// Health-workforce cadres and roles our participants come from.
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

pub fn cadre_label(key: &str) -> &str {
    CADRES
        .iter()
        .find(|(k, _)| *k == key)
        .map(|(_, label)| *label)
        .unwrap_or(key)
}

/// Countries by ISO 3166-1 alpha-2 code and English name, sorted by name.
pub fn countries() -> Vec<(&'static str, &'static str)> {
    let mut all: Vec<_> = isocountry::CountryCode::iter()
        .map(|c| (c.alpha2(), c.name()))
        .collect();
    all.sort_by(|a, b| a.1.cmp(b.1));
    all
}

pub fn country_name(code: &str) -> &str {
    isocountry::CountryCode::for_alpha2(code)
        .map(|c| c.name())
        .unwrap_or(code)
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
