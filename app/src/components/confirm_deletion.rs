use crate::t;
use leptos::prelude::*;

/// Asks an administrator to confirm a deletion that loses participants'
/// progress: the warning, a button posting `id_field` and `confirmed=yes`
/// to the delete server function at `action`, and a way back.
#[component]
pub fn ConfirmDeletion(
    heading: String,
    warning: String,
    action: &'static str,
    id_field: &'static str,
    id: i64,
    #[prop(into)] button: String,
    back: String,
) -> impl IntoView {
    view! {
        <h1>{heading}</h1>
        <div class="alert alert-error" role="alert">
            {warning}
        </div>
        <form method="post" action=action class="inline-form">
            <input type="hidden" name=id_field value=id />
            <input type="hidden" name="confirmed" value="yes" />
            <button type="submit">{button}</button>
        </form>
        " "
        <a class="button secondary" href=back>
            {t!("confirm-cancel")}
        </a>
    }
}
