use crate::api::accounts::Login;
use crate::components::form::{failure, FormAlert, PasswordField, TextField};
use crate::components::raw_text::PageTitle;
use crate::t;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// The login form; after logging in the user returns to `?next=` if given.
#[component]
pub fn LoginPage() -> impl IntoView {
    let action = ServerAction::<Login>::new();
    let (failed, form) = failure(action.value().get_untracked());
    let next = use_query_map()
        .get_untracked()
        .get("next")
        .unwrap_or_else(|| "/".to_string());
    view! {
        <PageTitle text=t!("account-log-in") />
        <h1>{t!("account-log-in")}</h1>
        <FormAlert error=failed.clone() />
        <ActionForm action attr:novalidate=true attr:class="stack">
            <input type="hidden" name="next" value=next />
            <TextField
                label=t!("account-email")
                name="email"
                kind="email"
                value=form.value_for("email").unwrap_or_default()
                error=form.message_for("email")
                autocomplete="username"
            />
            <PasswordField
                label=t!("account-password")
                name="password"
                error=form.message_for("password")
                autocomplete="current-password"
            />
            <button type="submit">{t!("account-log-in")}</button>
        </ActionForm>
        <p>
            <a href="/forgot-password">{t!("account-forgot-password")}</a>
        </p>
        <p>{t!("account-new-here")} " " <a href="/register">{t!("account-create-an-account")}</a></p>
    }
}
