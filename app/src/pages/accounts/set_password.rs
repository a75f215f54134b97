use crate::api::cohorts::{get_password_link, SetPasswordByLink};
use crate::components::error_page::ErrorPage;
use crate::components::form::{failure, FormAlert, PasswordField};
use crate::error::AppError;
use leptos::prelude::*;
use leptos_meta::Title;
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
        <Title text="Choose your password" />
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
                                <h1>"Choose your password"</h1>
                                <p class="lead">
                                    {format!("Welcome, {}. Your account is {}.", owner.full_name, owner.email)}
                                </p>
                                <FormAlert error=failed />
                                <ActionForm action attr:novalidate=true attr:class="stack">
                                    <input type="hidden" name="token" value=token />
                                    <input type="hidden" name="email" value=owner.email autocomplete="username" />
                                    <PasswordField
                                        label="New password"
                                        name="password"
                                        error=form.message_for("password")
                                        hint="At least 8 characters."
                                        autocomplete="new-password"
                                    />
                                    <button type="submit">"Set password and log in"</button>
                                </ActionForm>
                            }
                                .into_any()
                        }
                        Err(AppError::Refused(message)) => {
                            view! {
                                <h1>"This link does not work"</h1>
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
