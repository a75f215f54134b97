pub mod account;
pub mod login;
pub mod register;
pub mod set_password;

use crate::accounts::{cadre_label, countries, Language, Role, CADRES};
use crate::t;

pub(crate) fn country_options() -> Vec<(String, String)> {
    countries()
        .into_iter()
        .map(|(code, name)| (code.to_string(), name.to_string()))
        .collect()
}

pub(crate) fn cadre_options() -> Vec<(String, String)> {
    CADRES
        .iter()
        .map(|(key, _)| (key.to_string(), cadre_name(key)))
        .collect()
}

/// A profession or cadre by its key, in the page's language.
pub(crate) fn cadre_name(key: &str) -> String {
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
        _ => cadre_label(key).to_string(),
    }
}

/// A role as people read it, in the page's language.
pub(crate) fn role_name(role: Role) -> String {
    match role {
        Role::Participant => t!("account-role-participant"),
        Role::Tutor => t!("account-role-tutor"),
        Role::Administrator => t!("account-role-administrator"),
    }
}

pub(crate) fn language_options() -> Vec<(String, String)> {
    Language::ALL
        .iter()
        .map(|l| (l.code().to_string(), l.native_name().to_string()))
        .collect()
}
