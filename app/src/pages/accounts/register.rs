use super::{cadre_options, country_options, language_options};
use crate::api::accounts::Register;
use crate::components::form::{failure, FormAlert, PasswordField, SelectField, TextField};
use leptos::prelude::*;
use leptos_meta::Title;

/// The registration form. Anyone may open it.
#[component]
pub fn RegisterPage() -> impl IntoView {
    let action = ServerAction::<Register>::new();
    let (failed, form) = failure(action.value().get_untracked());
    let value = |name| form.value_for(name).unwrap_or_default();
    let (full_name, email, country, cadre) = (
        value("full_name"),
        value("email"),
        value("country"),
        value("cadre"),
    );
    let language = form.value_for("language").unwrap_or_else(|| "en".into());
    view! {
        <Title text="Create your account" />
        <h1>"Create your account"</h1>
        <FormAlert error=failed.clone() />
        <ActionForm action attr:novalidate=true attr:class="stack">
            <TextField
                label="Full name"
                name="full_name"
                value=full_name
                error=form.message_for("full_name")
                hint="As it should appear on your certificate."
                autocomplete="name"
            />
            <TextField
                label="Email"
                name="email"
                kind="email"
                value=email
                error=form.message_for("email")
                autocomplete="email"
            />
            <SelectField
                label="Country"
                name="country"
                options=country_options()
                selected=country
                error=form.message_for("country")
                placeholder="Choose your country"
                autocomplete="country"
            />
            <SelectField
                label="Profession or cadre"
                name="cadre"
                options=cadre_options()
                selected=cadre
                error=form.message_for("cadre")
                placeholder="Choose your profession or cadre"
            />
            <SelectField
                label="Preferred language"
                name="language"
                options=language_options()
                selected=language
                error=form.message_for("language")
            />
            <PasswordField
                label="Password"
                name="password"
                error=form.message_for("password")
                hint="8 to 128 characters. A few words you will remember make a good password."
                autocomplete="new-password"
            />
            <button type="submit">"Create account"</button>
        </ActionForm>
        <p>"Already have an account? " <a href="/login">"Log in"</a></p>
    }
}
