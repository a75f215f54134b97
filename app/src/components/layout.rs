use crate::accounts::Role;
use crate::api::accounts::Logout;
use crate::api::accounts::SetPreferences;
use crate::api::notifications::unread_notices;
use crate::language::Language;
use crate::preferences::Preferences;
use crate::{t, UserResource};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_location;

/// The site header with navigation that depends on the visitor's role.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let user = expect_context::<UserResource>().0;
    view! {
        <header class="site-header">
            <a class="brand" href="/">
                {t!("brand")}
            </a>
            <LanguageSwitch />
            <nav aria-label=t!("nav-main")>
                <Suspense fallback=|| ()>
                    {move || Suspend::new(async move {
                        match user.await {
                            Ok(Some(user)) => {
                                let logout = ServerAction::<Logout>::new();
                                let unread = unread_notices().await.unwrap_or_default();
                                let whats_new = if unread > 0 {
                                    t!("nav-whats-new-count", count = unread)
                                } else {
                                    t!("nav-whats-new")
                                };
                                view! {
                                    <ul class="nav-links">
                                        <li>
                                            <a href="/">{t!("nav-my-learning")}</a>
                                        </li>
                                        <li>
                                            <a href="/#whats-new" class:unread={unread > 0}>{whats_new}</a>
                                        </li>
                                        <li>
                                            <a href="/courses">{t!("nav-courses")}</a>
                                        </li>
                                        {user.is_administrator()
                                            .then(|| {
                                                view! {
                                                    <li>
                                                        <a href="/admin/courses">{t!("nav-authoring")}</a>
                                                    </li>
                                                    <li>
                                                        <a href="/admin/users">{t!("nav-users")}</a>
                                                    </li>
                                                    <li>
                                                        <a href="/admin/name-corrections">{t!("nav-name-corrections")}</a>
                                                    </li>
                                                    <li>
                                                        <a href="/admin/audit">{t!("nav-audit-log")}</a>
                                                    </li>
                                                    <li>
                                                        <a href="/admin/outbox">{t!("admin-outbox")}</a>
                                                    </li>
                                                }
                                            })}
                                        {(user.role != Role::Participant)
                                            .then(|| {
                                                view! {
                                                    <li>
                                                        <a href="/moderation">{t!("nav-moderation")}</a>
                                                    </li>
                                                }
                                            })}
                                        <li>
                                            <a href="/account">{t!("nav-account")}</a>
                                        </li>
                                        <li>
                                            <ActionForm action=logout attr:class="inline-form">
                                                <button type="submit" class="link-button">
                                                    {t!("nav-log-out")}
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
                                            <a href="/courses">{t!("nav-courses")}</a>
                                        </li>
                                        <li>
                                            <a href="/login">{t!("nav-log-in")}</a>
                                        </li>
                                        <li>
                                            <a href="/register">{t!("nav-register")}</a>
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

/// The page being rendered, path and query: where a preference switch
/// returns to, and where logging in leads back to.
pub fn this_page() -> String {
    let location = use_location();
    let path = location.pathname.get_untracked();
    let search = location.search.get_untracked();
    let query = search.trim_start_matches('?');
    if query.is_empty() {
        path
    } else {
        format!("{path}?{query}")
    }
}

/// The other interface languages, one button each: a plain form, so it
/// works without JavaScript.
#[component]
fn LanguageSwitch() -> impl IntoView {
    let current = Preferences::current().language;
    view! {
        <form method="post" action=SetPreferences::url() class="language-switch" aria-label=t!("language-switch")>
            <input type="hidden" name="back" value=this_page() />
            {Language::ALL
                .into_iter()
                .filter(|language| *language != current)
                .map(|language| {
                    view! {
                        <button type="submit" name="language" value=language.code() lang=language.code() class="link-button">
                            {language.native_name()}
                        </button>
                    }
                })
                .collect_view()}
        </form>
    }
}

#[component]
pub fn SiteFooter() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>
                {t!("footer-tagline")} " " <a href="/verify">{t!("footer-verify")}</a>
            </p>
            <LightModeSwitch button_class="link-button" />
        </footer>
    }
}

/// Turns light mode on or off and comes back to this page: at the foot of
/// every page, and among the account's settings.
#[component]
pub fn LightModeSwitch(button_class: &'static str) -> impl IntoView {
    let light = Preferences::current().light;
    view! {
        <form method="post" action=SetPreferences::url() class="inline-form">
            <input type="hidden" name="back" value=this_page() />
            <input type="hidden" name="light" value=if light { "off" } else { "on" } />
            <button type="submit" class=button_class>
                {if light { t!("light-mode-off") } else { t!("light-mode-on") }}
            </button>
        </form>
    }
}
