use crate::api::accounts::Login;
use crate::components::form::{failure, FormAlert, PasswordField, TextField};
use leptos::prelude::*;
use leptos_meta::Title;
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
        <Title text="Log in" />
        <h1>"Log in"</h1>
        <FormAlert error=failed.clone() />
        <ActionForm action attr:novalidate=true attr:class="stack">
            <input type="hidden" name="next" value=next />
            <TextField
                label="Email"
                name="email"
                kind="email"
                value=form.value_for("email").unwrap_or_default()
                error=form.message_for("email")
                autocomplete="username"
            />
            <PasswordField
                label="Password"
                name="password"
                error=form.message_for("password")
                autocomplete="current-password"
            />
            <button type="submit">"Log in"</button>
        </ActionForm>
        <p>"New here? " <a href="/register">"Create an account"</a></p>
    }
}
