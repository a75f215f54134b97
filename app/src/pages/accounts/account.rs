use super::{cadre_options, country_options, language_options};
use crate::accounts::Profile;
use crate::api::accounts::{my_profile, ChangePassword, UpdateProfile};
use crate::components::error_page::ErrorPage;
use crate::components::form::{failure, FormAlert, Notice, PasswordField, SelectField, TextField};
use crate::components::layout::LightModeSwitch;
use crate::components::raw_text::PageTitle;
use crate::t;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// The signed-in user's own profile and password.
#[component]
pub fn AccountPage() -> impl IntoView {
    let profile = Resource::new(|| (), |_| my_profile());
    view! {
        <PageTitle text=t!("account-title") />
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match profile.await {
                    Ok(profile) => view! { <AccountForms profile /> }.into_any(),
                    Err(error) => view! { <ErrorPage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn AccountForms(profile: Profile) -> impl IntoView {
    let saved = match use_query_map().get_untracked().get("saved").as_deref() {
        Some("profile") => Some(t!("account-profile-saved")),
        Some("password") => Some(t!("account-password-changed")),
        _ => None,
    };
    let update = ServerAction::<UpdateProfile>::new();
    let (update_failed, form) = failure(update.value().get_untracked());
    let value =
        |name: &str, current: &str| form.value_for(name).unwrap_or_else(|| current.to_string());
    let full_name = value("full_name", &profile.full_name);
    let country = value("country", &profile.country);
    let cadre = value("cadre", &profile.cadre);
    let language = value("language", profile.language.code());

    let change = ServerAction::<ChangePassword>::new();
    let (change_failed, password_form) = failure(change.value().get_untracked());

    view! {
        <h1>{t!("account-title")}</h1>
        <Notice message=saved />
        <section class="panel">
            <h2>{t!("account-profile")}</h2>
            <p>
                {t!("account-email-is")} " " <strong>{profile.email.clone()}</strong> " · "
                {t!("account-role-is", role = profile.role.label())}
            </p>
            <FormAlert error=update_failed.clone() />
            <ActionForm action=update attr:novalidate=true attr:class="stack">
                <TextField
                    label=t!("account-full-name")
                    name="full_name"
                    value=full_name
                    error=form.message_for("full_name")
                    hint=t!("account-full-name-hint")
                    autocomplete="name"
                />
                <SelectField
                    label=t!("account-country")
                    name="country"
                    options=country_options()
                    selected=country
                    error=form.message_for("country")
                    autocomplete="country"
                />
                <SelectField
                    label=t!("account-cadre")
                    name="cadre"
                    options=cadre_options()
                    selected=cadre
                    error=form.message_for("cadre")
                />
                <SelectField
                    label=t!("account-language")
                    name="language"
                    options=language_options()
                    selected=language
                    error=form.message_for("language")
                />
                <button type="submit">{t!("account-save-profile")}</button>
            </ActionForm>
        </section>
        <section class="panel">
            <h2>{t!("account-light-mode")}</h2>
            <p>{t!("account-light-mode-hint")}</p>
            <LightModeSwitch button_class="secondary" />
        </section>
        <section class="panel">
            <h2>{t!("account-change-password")}</h2>
            <FormAlert error=change_failed.clone() />
            <ActionForm action=change attr:novalidate=true attr:class="stack">
                <PasswordField
                    label=t!("account-current-password")
                    name="current_password"
                    error=password_form.message_for("current_password")
                    autocomplete="current-password"
                />
                <PasswordField
                    label=t!("account-new-password")
                    name="new_password"
                    error=password_form.message_for("new_password")
                    hint=t!("account-new-password-hint")
                    autocomplete="new-password"
                />
                <PasswordField
                    label=t!("account-confirm-password")
                    name="confirm_password"
                    error=password_form.message_for("confirm_password")
                    autocomplete="new-password"
                />
                <button type="submit">{t!("account-change-password")}</button>
            </ActionForm>
        </section>
    }
}
