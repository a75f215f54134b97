pub mod account;
pub mod login;
pub mod register;
pub mod set_password;

use crate::accounts::{countries, Language, CADRES};

pub(crate) fn country_options() -> Vec<(String, String)> {
    countries()
        .into_iter()
        .map(|(code, name)| (code.to_string(), name.to_string()))
        .collect()
}

pub(crate) fn cadre_options() -> Vec<(String, String)> {
    CADRES
        .iter()
        .map(|(key, label)| (key.to_string(), label.to_string()))
        .collect()
}

pub(crate) fn language_options() -> Vec<(String, String)> {
    Language::ALL
        .iter()
        .map(|l| (l.code().to_string(), l.native_name().to_string()))
        .collect()
}
