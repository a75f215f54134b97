use crate::api::accounts::RequestPasswordReset;
use crate::components::form::{failure, FormAlert, TextField};
use crate::components::raw_text::PageTitle;
use crate::t;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// "Forgot your password?": an email address in, a link out by email. The
/// page says the same whether or not an account uses the address.
#[component]
pub fn ForgotPasswordPage() -> impl IntoView {
    let action = ServerAction::<RequestPasswordReset>::new();
    let (failed, form) = failure(action.value().get_untracked());
    let sent = use_query_map().get_untracked().get("sent").is_some();
    view! {
        <PageTitle text=t!("account-forgot-title") />
        <h1>{t!("account-forgot-title")}</h1>
        {sent
            .then(|| {
                view! {
                    <p class="alert alert-success" role="status">
                        {t!("account-forgot-sent")}
                    </p>
                }
            })}
        <FormAlert error=failed.clone() />
        <p>{t!("account-forgot-intro")}</p>
        <ActionForm action attr:novalidate=true attr:class="stack">
            <TextField
                label=t!("account-email")
                name="email"
                kind="email"
                value=form.value_for("email").unwrap_or_default()
                error=form.message_for("email")
                autocomplete="username"
            />
            <button type="submit">{t!("account-forgot-send")}</button>
        </ActionForm>
        <p>
            <a href="/login">{t!("account-log-in")}</a>
        </p>
    }
}
