pub mod account;
pub mod forgot_password;
pub mod login;
pub mod notifications;
pub mod register;
pub mod set_password;

use crate::accounts::{cadre_label, countries, CADRES};
use crate::language::Language;

pub(crate) fn country_options() -> Vec<(String, String)> {
    countries()
        .into_iter()
        .map(|(code, name)| (code.to_string(), name))
        .collect()
}

pub(crate) fn cadre_options() -> Vec<(String, String)> {
    CADRES
        .iter()
        .map(|(key, _)| (key.to_string(), cadre_label(key)))
        .collect()
}

pub(crate) fn language_options() -> Vec<(String, String)> {
    Language::ALL
        .iter()
        .map(|l| (l.code().to_string(), l.native_name().to_string()))
        .collect()
}
