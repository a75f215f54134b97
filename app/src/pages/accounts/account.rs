use super::notifications::NotificationsPanel;
use super::{cadre_options, country_options, language_options};
use crate::accounts::{Profile, SignInView};
use crate::api::accounts::{
    my_profile, my_sign_ins, ChangePassword, EndOtherSignIns, EndSignIn, UpdateProfile,
};
use crate::api::notifications::get_notification_settings;
use crate::components::error_page::ErrorPage;
use crate::components::form::{failure, FormAlert, Notice, PasswordField, SelectField, TextField};
use crate::components::layout::LightModeSwitch;
use crate::components::raw_text::PageTitle;
use crate::notifications::NotificationSettings;
use crate::t;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// The signed-in user's own profile, password and sessions.
#[component]
pub fn AccountPage() -> impl IntoView {
    let profile = Resource::new(|| (), |_| my_profile());
    let sign_ins = Resource::new(|| (), |_| my_sign_ins());
    let settings = Resource::new(|| (), |_| get_notification_settings());
    view! {
        <PageTitle text=t!("account-title") />
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match (profile.await, sign_ins.await, settings.await) {
                    (Ok(profile), Ok(sign_ins), Ok(settings)) => {
                        view! { <AccountForms profile sign_ins settings /> }.into_any()
                    }
                    (Err(error), _, _) | (_, Err(error), _) | (_, _, Err(error)) => {
                        view! { <ErrorPage error /> }.into_any()
                    }
                }
            })}
        </Suspense>
    }
}

/// A stored timestamp as the page's language writes its date, and the time.
fn moment(stored: &str) -> String {
    let time = stored.get(11..16).unwrap_or_default();
    format!("{} {time} UTC", crate::i18n::date(stored))
}

/// The browsers signed in to this account, each with a button to end it.
#[component]
fn SignIns(sign_ins: Vec<SignInView>) -> impl IntoView {
    let end = ServerAction::<EndSignIn>::new();
    let end_others = ServerAction::<EndOtherSignIns>::new();
    let (end_failed, _) = failure(end.value().get_untracked());
    let others = sign_ins.iter().filter(|s| !s.current).count();
    view! {
        <section class="panel">
            <h2>{t!("account-sessions")}</h2>
            <p>{t!("account-sessions-hint")}</p>
            <FormAlert error=end_failed />
            <div class="table-scroll">
                <table class="sign-ins">
                    <thead>
                        <tr>
                            <th scope="col">{t!("account-session-device")}</th>
                            <th scope="col">{t!("account-session-started")}</th>
                            <th scope="col">{t!("account-session-last-seen")}</th>
                            <th scope="col">{t!("account-session-address")}</th>
                            <th scope="col">{t!("account-session-action")}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {sign_ins
                            .into_iter()
                            .map(|sign_in| {
                                let device = if sign_in.device.is_empty() {
                                    t!("account-session-unknown-device")
                                } else {
                                    sign_in.device.clone()
                                };
                                view! {
                                    <tr>
                                        <td dir="auto">{device}</td>
                                        <td>{moment(&sign_in.started_at)}</td>
                                        <td>{moment(&sign_in.last_seen_at)}</td>
                                        <td dir="ltr">{sign_in.address.clone()}</td>
                                        <td>
                                            {if sign_in.current {
                                                view! { <strong>{t!("account-session-this-one")}</strong> }.into_any()
                                            } else {
                                                view! {
                                                    <ActionForm action=end attr:class="row-form">
                                                        <input type="hidden" name="sign_in_id" value=sign_in.id />
                                                        <button type="submit" class="small secondary">
                                                            {t!("account-session-end")}
                                                        </button>
                                                    </ActionForm>
                                                }
                                                    .into_any()
                                            }}
                                        </td>
                                    </tr>
                                }
                            })
                            .collect_view()}
                    </tbody>
                </table>
            </div>
            {(others > 0)
                .then(|| {
                    view! {
                        <ActionForm action=end_others>
                            <button type="submit" class="secondary">{t!("account-sessions-end-others")}</button>
                        </ActionForm>
                    }
                })}
        </section>
    }
}

#[component]
fn AccountForms(
    profile: Profile,
    sign_ins: Vec<SignInView>,
    settings: NotificationSettings,
) -> impl IntoView {
    let saved = match use_query_map().get_untracked().get("saved").as_deref() {
        Some("profile") => Some(t!("account-profile-saved")),
        Some("password") => Some(t!("account-password-changed")),
        Some("sessions") => Some(t!("account-sessions-ended")),
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
        <NotificationsPanel settings />
        <SignIns sign_ins />
    }
}
