use crate::api::cohorts::{get_password_link, SetPasswordByLink};
use crate::components::error_page::ErrorPage;
use crate::components::form::{failure, FormAlert, PasswordField};
use crate::components::raw_text::PageTitle;
use crate::error::AppError;
use crate::t;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// Where a person whose account was made from a roster file chooses their
/// password, from the one-time link their administrator sent them.
#[component]
pub fn SetPasswordPage() -> impl IntoView {
    let token = use_params_map()
        .get_untracked()
        .get("token")
        .unwrap_or_default();
    let owner = Resource::new(move || token.clone(), get_password_link);
    let action = ServerAction::<SetPasswordByLink>::new();
    let (failed, form) = failure(action.value().get_untracked());
    view! {
        // The token is in the address; the site-wide Referrer-Policy
        // (same-origin) keeps it from other sites.
        <PageTitle text=t!("account-choose-password") />
        <Suspense fallback=|| ()>
            {move || {
                let failed = failed.clone();
                let form = form.clone();
                Suspend::new(async move {
                    match owner.await {
                        Ok(owner) => {
                            let token = use_params_map()
                                .get_untracked()
                                .get("token")
                                .unwrap_or_default();
                            view! {
                                <h1>{t!("account-choose-password")}</h1>
                                <p class="lead">
                                    {t!("account-link-welcome", name = &owner.full_name, email = &owner.email)}
                                </p>
                                <FormAlert error=failed />
                                <ActionForm action attr:novalidate=true attr:class="stack">
                                    <input type="hidden" name="token" value=token />
                                    <input type="hidden" name="email" value=owner.email autocomplete="username" />
                                    <PasswordField
                                        label=t!("account-new-password")
                                        name="password"
                                        error=form.message_for("password")
                                        hint=t!("account-link-password-hint")
                                        autocomplete="new-password"
                                    />
                                    <button type="submit">{t!("account-set-password")}</button>
                                </ActionForm>
                            }
                                .into_any()
                        }
                        Err(AppError::Refused(message)) => {
                            view! {
                                <h1>{t!("account-link-broken")}</h1>
                                <div class="alert alert-error" role="alert">{message}</div>
                            }
                                .into_any()
                        }
                        Err(error) => view! { <ErrorPage error /> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
}
