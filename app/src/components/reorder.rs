use crate::t;
use leptos::prelude::*;

fn move_form(
    action: &'static str,
    id_field: &'static str,
    id: i64,
    direction: &'static str,
    text: String,
    label: &str,
) -> impl IntoView {
    view! {
        <form method="post" action=action class="inline-form">
            <input type="hidden" name=id_field value=id />
            <input type="hidden" name="direction" value=direction />
            <button type="submit" class="small secondary">
                {text}
                <span class="visually-hidden">{t!("reorder-item", item = label)}</span>
            </button>
        </form>
    }
}

/// "Move up" and "Move down" for one item of an ordered list: plain forms
/// posting `id_field` and `direction` to the move server function at `action`.
#[component]
pub fn ReorderButtons(
    action: &'static str,
    id_field: &'static str,
    id: i64,
    label: String,
    first: bool,
    last: bool,
) -> impl IntoView {
    view! {
        {(!first).then(|| move_form(action, id_field, id, "up", t!("reorder-move-up"), &label))}
        {(!last).then(|| move_form(action, id_field, id, "down", t!("reorder-move-down"), &label))}
    }
}
