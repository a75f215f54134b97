use crate::accounts::{cadre_label, country_name, Role, UserSummary};
use crate::api::admin::{list_users, ChangeRole, SetUserActive, USER_LIST_LIMIT};
use crate::components::error_page::ErrorPage;
use crate::components::form::FormAlert;
use leptos::prelude::*;
use leptos_meta::Title;
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
        <Title text="Users" />
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
        <h1>"Users"</h1>
        <form method="get" action="/admin/users" class="search-form" role="search">
            <label for="q">"Search by name or email"</label>
            <input id="q" name="q" type="search" value=search />
            <button type="submit">"Search"</button>
        </form>
        <FormAlert error=failed />
        <p class="muted">
            {if shown as i64 >= USER_LIST_LIMIT {
                format!("Showing the first {shown} users. Search to narrow the list.")
            } else {
                format!("{shown} users")
            }}
        </p>
        <div class="table-scroll">
            <table class="users">
                <thead>
                    <tr>
                        <th scope="col">"Name"</th>
                        <th scope="col">"Email"</th>
                        <th scope="col">"Country"</th>
                        <th scope="col">"Profession"</th>
                        <th scope="col">"Role"</th>
                        <th scope="col">"Status"</th>
                        <th scope="col">"Last login"</th>
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
                                    <td>{country_name(&user.country).to_string()}</td>
                                    <td>{cadre_label(&user.cadre).to_string()}</td>
                                    <td>
                                        <ActionForm action=change_role attr:class="row-form">
                                            <input type="hidden" name="user_id" value=user.id />
                                            <label class="visually-hidden" for=role_id.clone()>
                                                "Role of " {user.full_name.clone()}
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
                                            <button type="submit" class="small">"Save role"</button>
                                        </ActionForm>
                                    </td>
                                    <td>
                                        <ActionForm action=set_active attr:class="row-form">
                                            <input type="hidden" name="user_id" value=user.id />
                                            <input type="hidden" name="active" value=(!user.active).to_string() />
                                            <span>{if user.active { "Active" } else { "Deactivated" }}</span>
                                            <button type="submit" class="small secondary">
                                                {if user.active { "Deactivate" } else { "Reactivate" }}
                                            </button>
                                        </ActionForm>
                                    </td>
                                    <td>
                                        {user
                                            .last_login_at
                                            .as_deref()
                                            .and_then(|at| at.get(..10))
                                            .unwrap_or("Never")
                                            .to_string()}
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
