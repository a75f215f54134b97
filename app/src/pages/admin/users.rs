use crate::accounts::{cadre_label, country_name, Role, UserSummary};
use crate::api::admin::{list_users, ChangeRole, SetUserActive, USER_LIST_LIMIT};
use crate::components::error_page::ErrorPage;
use crate::components::form::FormAlert;
use crate::components::raw_text::PageTitle;
use crate::i18n::date;
use crate::t;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// Administrators search users, change roles and deactivate accounts.
#[component]
pub fn UsersPage() -> impl IntoView {
    let search = use_query_map().get_untracked().get("q").unwrap_or_default();
    let users = Resource::new(
        {
            let search = search.clone();
            move || search.clone()
        },
        list_users,
    );
    view! {
        <PageTitle text=t!("admin-users") />
        <Suspense fallback=|| ()>
            {move || {
                let search = search.clone();
                Suspend::new(async move {
                    match users.await {
                        Ok(users) => view! { <UserList users search /> }.into_any(),
                        Err(error) => view! { <ErrorPage error /> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
}

#[component]
fn UserList(users: Vec<UserSummary>, search: String) -> impl IntoView {
    let change_role = ServerAction::<ChangeRole>::new();
    let set_active = ServerAction::<SetUserActive>::new();
    let failed = change_role
        .value()
        .get_untracked()
        .and_then(Result::err)
        .or_else(|| set_active.value().get_untracked().and_then(Result::err));
    let shown = users.len();
    view! {
        <h1>{t!("admin-users")}</h1>
        <form method="get" action="/admin/users" class="search-form" role="search">
            <label for="q">{t!("admin-users-search-label")}</label>
            <input id="q" name="q" type="search" value=search />
            <button type="submit">{t!("admin-users-search")}</button>
        </form>
        <FormAlert error=failed />
        <p class="muted">
            {if shown as i64 >= USER_LIST_LIMIT {
                t!("admin-users-first", count = shown)
            } else {
                t!("admin-users-count", count = shown)
            }}
        </p>
        <div class="table-scroll">
            <table class="users">
                <thead>
                    <tr>
                        <th scope="col">{t!("admin-users-name")}</th>
                        <th scope="col">{t!("admin-users-email")}</th>
                        <th scope="col">{t!("admin-users-country")}</th>
                        <th scope="col">{t!("admin-users-profession")}</th>
                        <th scope="col">{t!("admin-users-role")}</th>
                        <th scope="col">{t!("admin-users-status")}</th>
                        <th scope="col">{t!("admin-users-last-login")}</th>
                    </tr>
                </thead>
                <tbody>
                    {users
                        .into_iter()
                        .map(|user| {
                            let role_id = format!("role-{}", user.id);
                            view! {
                                <tr class:inactive=!user.active>
                                    <td>{user.full_name.clone()}</td>
                                    <td>{user.email.clone()}</td>
                                    <td>{country_name(&user.country)}</td>
                                    <td>{cadre_label(&user.cadre).to_string()}</td>
                                    <td>
                                        <ActionForm action=change_role attr:class="row-form">
                                            <input type="hidden" name="user_id" value=user.id />
                                            <label class="visually-hidden" for=role_id.clone()>
                                                {t!("admin-users-role-of", name = &user.full_name)}
                                            </label>
                                            <select id=role_id name="role">
                                                {Role::ALL
                                                    .into_iter()
                                                    .map(|role| {
                                                        view! {
                                                            <option value=role.as_str() selected=role == user.role>
                                                                {role.label()}
                                                            </option>
                                                        }
                                                    })
                                                    .collect_view()}
                                            </select>
                                            <button type="submit" class="small">{t!("admin-users-save-role")}</button>
                                        </ActionForm>
                                    </td>
                                    <td>
                                        <ActionForm action=set_active attr:class="row-form">
                                            <input type="hidden" name="user_id" value=user.id />
                                            <input type="hidden" name="active" value=(!user.active).to_string() />
                                            <span>{if user.active { t!("admin-users-active") } else { t!("admin-users-deactivated") }}</span>
                                            <button type="submit" class="small secondary">
                                                {if user.active { t!("admin-users-deactivate") } else { t!("admin-users-reactivate") }}
                                            </button>
                                        </ActionForm>
                                    </td>
                                    <td>
                                        {user
                                            .last_login_at
                                            .as_deref()
                                            .map_or_else(|| t!("admin-users-never"), date)}
                                    </td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
}
