use super::{cadre_options, country_options, language_options};
use crate::api::accounts::Register;
use crate::components::form::{failure, FormAlert, PasswordField, SelectField, TextField};
use crate::components::raw_text::PageTitle;
use crate::t;
use leptos::prelude::*;

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
    // The language the visitor is reading in is the likeliest choice.
    let language = form
        .value_for("language")
        .unwrap_or_else(|| crate::i18n::language().code().into());
    view! {
        <PageTitle text=t!("account-register-title") />
        <h1>{t!("account-register-title")}</h1>
        <FormAlert error=failed.clone() />
        <ActionForm action attr:novalidate=true attr:class="stack">
            <TextField
                label=t!("account-full-name")
                name="full_name"
                value=full_name
                error=form.message_for("full_name")
                hint=t!("account-full-name-hint")
                autocomplete="name"
            />
            <TextField
                label=t!("account-email")
                name="email"
                kind="email"
                value=email
                error=form.message_for("email")
                autocomplete="email"
            />
            <SelectField
                label=t!("account-country")
                name="country"
                options=country_options()
                selected=country
                error=form.message_for("country")
                placeholder=t!("account-choose-country")
                autocomplete="country"
            />
            <SelectField
                label=t!("account-cadre")
                name="cadre"
                options=cadre_options()
                selected=cadre
                error=form.message_for("cadre")
                placeholder=t!("account-choose-cadre")
            />
            <SelectField
                label=t!("account-language")
                name="language"
                options=language_options()
                selected=language
                error=form.message_for("language")
            />
            <PasswordField
                label=t!("account-password")
                name="password"
                error=form.message_for("password")
                hint=t!("account-password-hint")
                autocomplete="new-password"
            />
            <button type="submit">{t!("account-create-account")}</button>
        </ActionForm>
        <p>{t!("account-have-an-account")} " " <a href="/login">{t!("account-log-in")}</a></p>
    }
}
