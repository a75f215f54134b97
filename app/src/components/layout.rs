use crate::accounts::Role;
use crate::api::accounts::Logout;
use crate::UserResource;
use leptos::prelude::*;

/// The site header with navigation that depends on the visitor's role.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let user = expect_context::<UserResource>().0;
    view! {
        <header class="site-header">
            <a class="brand" href="/">
                "HRH Learning"
            </a>
            <nav aria-label="Main">
                <Suspense fallback=|| ()>
                    {move || Suspend::new(async move {
                        match user.await {
                            Ok(Some(user)) => {
                                let logout = ServerAction::<Logout>::new();
                                view! {
                                    <ul class="nav-links">
                                        <li>
                                            <a href="/">"My learning"</a>
                                        </li>
                                        <li>
                                            <a href="/courses">"Courses"</a>
                                        </li>
                                        {(user.role == Role::Administrator)
                                            .then(|| {
                                                view! {
                                                    <li>
                                                        <a href="/admin/courses">"Authoring"</a>
                                                    </li>
                                                    <li>
                                                        <a href="/admin/users">"Users"</a>
                                                    </li>
                                                    <li>
                                                        <a href="/admin/name-corrections">"Name corrections"</a>
                                                    </li>
                                                    <li>
                                                        <a href="/admin/audit">"Audit log"</a>
                                                    </li>
                                                }
                                            })}
                                        {(user.role != Role::Participant)
                                            .then(|| {
                                                view! {
                                                    <li>
                                                        <a href="/moderation">"Moderation"</a>
                                                    </li>
                                                }
                                            })}
                                        <li>
                                            <a href="/account">"Account"</a>
                                        </li>
                                        <li>
                                            <ActionForm action=logout attr:class="inline-form">
                                                <button type="submit" class="link-button">
                                                    "Log out"
                                                </button>
                                            </ActionForm>
                                        </li>
                                    </ul>
                                }
                                    .into_any()
                            }
                            _ => {
                                view! {
                                    <ul class="nav-links">
                                        <li>
                                            <a href="/courses">"Courses"</a>
                                        </li>
                                        <li>
                                            <a href="/login">"Log in"</a>
                                        </li>
                                        <li>
                                            <a href="/register">"Register"</a>
                                        </li>
                                    </ul>
                                }
                                    .into_any()
                            }
                        }
                    })}
                </Suspense>
            </nav>
        </header>
    }
}

#[component]
pub fn SiteFooter() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>
                "Short courses on human resources for health. "
                <a href="/verify">"Verify a certificate"</a>
            </p>
        </footer>
    }
}
