pub mod attempt;
pub mod overview;
pub mod report;
pub mod result;

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// The numeric `:id` of the current route, or 0 (which matches nothing).
pub(crate) fn id_param() -> i64 {
    use_params_map()
        .get_untracked()
        .get("id")
        .and_then(|id| id.parse::<i64>().ok())
        .unwrap_or(0)
}
