//! Administrators run cohorts; tutors and administrators follow progress.

pub mod fields;
pub mod participants;
pub mod progress;
pub mod roster;
pub mod settings;

use leptos_router::hooks::use_params_map;

/// A numeric path parameter; 0 (which matches nothing) when malformed.
pub fn id_param(name: &str) -> i64 {
    use leptos::prelude::GetUntracked;
    use_params_map()
        .get_untracked()
        .get(name)
        .and_then(|id| id.parse::<i64>().ok())
        .unwrap_or(0)
}
