//! Administrators' management of user accounts.

use crate::accounts::UserSummary;
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::{
    accounts::{session, store, Role},
    state::pool,
    t,
};

/// How many users one search shows; narrow the search to see others.
pub const USER_LIST_LIMIT: i64 = 200;

/// Users whose name or email contains `search`. Administrators only.
#[server(prefix = "/api", endpoint = "list_users")]
pub async fn list_users(search: String) -> Result<Vec<UserSummary>, AppError> {
    session::require_administrator().await?;
    if search.chars().count() > 200 {
        return Err(AppError::Refused(t!("msg-account-search-too-long")));
    }
    Ok(store::search(&pool()?, &search, USER_LIST_LIMIT).await?)
}

/// Gives a user another role; it takes effect on their next request.
/// Administrators only, and never on their own account.
#[server(prefix = "/api", endpoint = "change_role")]
pub async fn change_role(user_id: i64, role: String) -> Result<(), AppError> {
    let admin = session::require_administrator().await?;
    let role =
        Role::parse(&role).ok_or_else(|| AppError::Refused(t!("msg-account-unknown-role")))?;
    if admin.id == user_id {
        return Err(AppError::Refused(t!("msg-account-own-role")));
    }
    if !store::set_role(&pool()?, user_id, role, admin.id).await? {
        return Err(AppError::NotFound);
    }
    Ok(())
}

/// Deactivates (or reactivates) an account; a deactivated user cannot log in
/// and loses access at once, but nothing of theirs is deleted.
/// Administrators only, and never on their own account.
#[server(prefix = "/api", endpoint = "set_user_active")]
pub async fn set_user_active(user_id: i64, active: bool) -> Result<(), AppError> {
    let admin = session::require_administrator().await?;
    if admin.id == user_id {
        return Err(AppError::Refused(t!("msg-account-own-deactivation")));
    }
    if !store::set_active(&pool()?, user_id, active, admin.id).await? {
        return Err(AppError::NotFound);
    }
    Ok(())
}
