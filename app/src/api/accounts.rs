//! Registration, login, logout and a person's own account.

use crate::accounts::{CurrentUser, Profile, SignInView};
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::{
    accounts::{domain, login, password_links, session, sign_ins, store},
    error::FormErrors,
    language::Language,
    preferences::Preferences,
    state::{client_address, pool, state},
    t,
};

/// Where to go after logging in: only a path on this site, never another host.
pub fn safe_next(next: Option<&str>) -> &str {
    match next {
        // Browsers drop tabs and newlines from a URL, so `/\t/evil.example`
        // would become `//evil.example`; control characters cannot go in a
        // header at all.
        Some(path)
            if path.starts_with('/')
                && !path.starts_with("//")
                && !path.contains('\\')
                && !path.chars().any(|c| c.is_control() || c.is_whitespace()) =>
        {
            path
        }
        _ => "/",
    }
}

/// The signed-in user, or `None` for a visitor. Anyone may call it.
#[server(prefix = "/api", endpoint = "current_user")]
pub async fn get_current_user() -> Result<Option<CurrentUser>, AppError> {
    session::current_user().await
}

/// Creates a participant account and signs the new user in. Anyone may call it.
#[server(prefix = "/api", endpoint = "register")]
pub async fn register(
    full_name: String,
    email: String,
    country: String,
    cadre: String,
    language: String,
    password: String,
) -> Result<(), AppError> {
    let profile = domain::ProfileForm {
        full_name: &full_name,
        country: &country,
        cadre: &cadre,
        language: &language,
    };
    let pool = pool()?;
    let user_id = login::register(&pool, &email, &password, &profile).await?;
    login::begin_session(&pool, user_id).await?;
    leptos_axum::redirect("/");
    Ok(())
}

/// Signs a person in. A wrong email and a wrong password get the same answer.
#[server(prefix = "/api", endpoint = "login")]
pub async fn login(email: String, password: String, next: Option<String>) -> Result<(), AppError> {
    let mut errors = FormErrors::default();
    errors.keep("email", &email);
    if email.trim().is_empty() {
        errors.add("email", t!("msg-account-email-missing"));
    }
    if password.is_empty() {
        errors.add("password", t!("msg-account-password-missing"));
    }
    errors.into_result()?;
    let pool = pool()?;
    let address = client_address().await.to_string();
    let user_id = match login::check(&pool, &email, password, &address).await? {
        Ok(user_id) => user_id,
        Err(refused) => return Err(login_refused(refused, &email)),
    };
    login::begin_session(&pool, user_id).await?;
    leptos_axum::redirect(safe_next(next.as_deref()));
    Ok(())
}

#[cfg(feature = "ssr")]
fn login_refused(refused: login::Refused, email: &str) -> AppError {
    match refused {
        login::Refused::Wrong => {
            let mut errors = FormErrors::summary(t!("msg-account-login-wrong"));
            errors.keep("email", email);
            AppError::Invalid(errors)
        }
        login::Refused::Paused { minutes } => {
            AppError::TooManyRequests(t!("msg-account-login-paused", count = minutes))
        }
        login::Refused::Deactivated => AppError::Refused(t!("msg-account-deactivated")),
    }
}

/// Sends a link to choose a new password to the account with this email,
/// if there is one, with the same answer either way. Anyone may call it,
/// a few times a minute from one address.
#[server(prefix = "/api", endpoint = "request_password_reset")]
pub async fn request_password_reset(email: String) -> Result<(), AppError> {
    let mut errors = FormErrors::default();
    errors.keep("email", &email);
    let Some(parsed) = errors.check("email", domain::Email::parse(&email)) else {
        return Err(AppError::Invalid(errors));
    };
    let state = state()?;
    if state
        .reset_limiter
        .check_key(&client_address().await)
        .is_err()
    {
        return Err(AppError::TooManyRequests(t!("msg-account-reset-paused")));
    }
    password_links::request_reset(&state.pool, &parsed).await?;
    leptos_axum::redirect("/forgot-password?sent=1");
    Ok(())
}

/// Switches the interface language or light mode, for visitors (in
/// cookies) and signed-in users (in their profile too), then goes back to
/// the page the switch was on. Anyone may call it.
#[server(prefix = "/api", endpoint = "preferences")]
pub async fn set_preferences(
    language: Option<String>,
    light: Option<String>,
    back: Option<String>,
) -> Result<(), AppError> {
    let mut chosen = Preferences::current();
    if let Some(code) = language {
        chosen.language = Language::parse(&code)
            .ok_or_else(|| AppError::Request(format!("no interface language {code:?}")))?;
    }
    if let Some(light) = light {
        chosen.light = light == "on";
    }
    if let Some(user) = session::current_user().await? {
        store::set_preferences(&pool()?, user.id, chosen).await?;
    }
    chosen.keep();
    leptos_axum::redirect(safe_next(back.as_deref()));
    Ok(())
}

/// Ends the caller's session, deleting it on the server.
#[server(prefix = "/api", endpoint = "logout")]
pub async fn logout() -> Result<(), AppError> {
    session::end().await?;
    leptos_axum::redirect("/");
    Ok(())
}

/// The caller's own profile. Signed-in users only.
#[server(prefix = "/api", endpoint = "my_profile")]
pub async fn my_profile() -> Result<Profile, AppError> {
    let user = session::require_user().await?;
    store::profile(&pool()?, user.id)
        .await?
        .ok_or(AppError::NotFound)
}

/// The caller's own sign-ins (this one marked), most recently used first.
/// Signed-in users only.
#[server(prefix = "/api", endpoint = "my_sign_ins")]
pub async fn my_sign_ins() -> Result<Vec<SignInView>, AppError> {
    let user = session::require_user().await?;
    session::my_sign_ins(user.id).await
}

/// Ends one of the caller's own sessions: that browser is signed out on its
/// next request. Signed-in users only, and only their own sessions.
#[server(prefix = "/api", endpoint = "end_sign_in")]
pub async fn end_sign_in(sign_in_id: i64) -> Result<(), AppError> {
    let user = session::require_user().await?;
    if session::current_sign_in().await? == Some(sign_in_id) {
        return Err(AppError::Refused(t!("msg-account-end-this-session")));
    }
    if !sign_ins::end(&pool()?, user.id, sign_in_id).await? {
        return Err(AppError::NotFound);
    }
    leptos_axum::redirect("/account?saved=sessions");
    Ok(())
}

/// Ends every session of the caller but this one. Signed-in users only.
#[server(prefix = "/api", endpoint = "end_other_sign_ins")]
pub async fn end_other_sign_ins() -> Result<(), AppError> {
    let user = session::require_user().await?;
    let current = session::current_sign_in().await?;
    sign_ins::end_others(&pool()?, user.id, current).await?;
    leptos_axum::redirect("/account?saved=sessions");
    Ok(())
}

/// Saves the caller's own name, country, cadre and language. Signed-in users only.
#[server(prefix = "/api", endpoint = "update_profile")]
pub async fn update_profile(
    full_name: String,
    country: String,
    cadre: String,
    language: String,
) -> Result<(), AppError> {
    let user = session::require_user().await?;
    let update = domain::ProfileForm {
        full_name: &full_name,
        country: &country,
        cadre: &cadre,
        language: &language,
    }
    .parse()
    .map_err(AppError::Invalid)?;
    store::update_profile(&pool()?, user.id, &update).await?;
    Preferences {
        language: update.language,
        ..Preferences::current()
    }
    .keep();
    leptos_axum::redirect("/account?saved=profile");
    Ok(())
}

/// Changes the caller's own password after checking the current one.
/// Signed-in users only.
#[server(prefix = "/api", endpoint = "change_password")]
pub async fn change_password(
    current_password: String,
    new_password: String,
    confirm_password: String,
) -> Result<(), AppError> {
    let user = session::require_user().await?;
    let change = login::PasswordChange {
        current: current_password,
        new: &new_password,
        confirm: &confirm_password,
    };
    login::change_password(&pool()?, user.id, change).await?;
    leptos_axum::redirect("/account?saved=password");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::safe_next;

    #[test]
    fn next_is_limited_to_paths_on_this_site() {
        assert_eq!(safe_next(Some("/account")), "/account");
        assert_eq!(safe_next(Some("//evil.example/")), "/");
        assert_eq!(safe_next(Some("https://evil.example/")), "/");
        assert_eq!(safe_next(Some("/\\evil.example")), "/");
        assert_eq!(safe_next(None), "/");
        assert_eq!(safe_next(Some("/\t/evil.example")), "/");
        assert_eq!(safe_next(Some("/\u{1}")), "/");
        assert_eq!(safe_next(Some("/a b")), "/");
        assert_eq!(safe_next(Some("/courses?page=2")), "/courses?page=2");
    }
}
