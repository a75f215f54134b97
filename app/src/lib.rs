//! The HRH learning platform: pages, server functions and, behind the `ssr`
//! feature, the server-only domain and database code.
//!
//! Pages are rendered on the server and work as plain HTML. The app runs in
//! leptos' islands mode: only components marked `#[island]` ship to the
//! browser as wasm, which keeps pages light on slow connections.

pub mod accounts;
pub mod api;
pub mod audit;
pub mod certificates;
pub mod cohorts;
pub mod components;
pub mod courses;
pub mod error;
pub mod i18n;
pub mod language;
pub mod mail;
pub mod notifications;
pub mod pages;
pub mod preferences;
pub mod quizzes;
pub mod sets;

#[cfg(feature = "ssr")]
pub mod dates;
#[cfg(feature = "ssr")]
pub mod db;
#[cfg(all(test, feature = "ssr"))]
mod layering;
#[cfg(feature = "ssr")]
pub mod state;
#[cfg(all(test, feature = "ssr"))]
mod test_input;
#[cfg(feature = "ssr")]
pub mod web;

use crate::accounts::CurrentUser;
use crate::error::AppError;
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, MetaTags};
use leptos_router::{
    components::{Route, Router, Routes},
    path, SsrMode,
};

/// The signed-in user for this request, loaded once and shared by the header
/// and the pages.
#[derive(Clone, Copy)]
pub struct UserResource(pub Resource<Result<Option<CurrentUser>, AppError>>);

/// The HTML document around every page.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    // Islands mode: only islands hydrate, so nothing outside them needs its
    // data serialised into the page. leptos' HydrationScripts says so; our
    // PageAssets replaces it and must say it too, or every page carries a
    // second copy of its data as JSON in scripts.
    if let Some(context) = Owner::current_shared_context() {
        context.set_is_hydrating(false);
    }
    let preferences = preferences::Preferences::current();
    let language = preferences.language;
    view! {
        <!DOCTYPE html>
        <html lang=language.code() dir=language.direction()>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
                <PageAssets options light=preferences.light />
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

/// The stylesheet's address and the island loader with the script's and the
/// wasm's addresses filled in; the same for every page, so made once.
struct PageHead {
    stylesheet: String,
    loader: String,
}

impl PageHead {
    /// With hashed file names, the hashes are in the file cargo-leptos
    /// writes beside the server binary: read at the first page, not on each.
    fn get(options: &LeptosOptions) -> &'static PageHead {
        static HEAD: std::sync::OnceLock<PageHead> = std::sync::OnceLock::new();
        HEAD.get_or_init(|| {
            let hashes = if options.hash_files {
                let path = std::env::current_exe()
                    .ok()
                    .and_then(|exe| exe.parent().map(|dir| dir.join(options.hash_file.as_ref())));
                path.and_then(|path| std::fs::read_to_string(path).ok())
                    .unwrap_or_else(|| {
                        leptos::logging::error!(
                            "file hashing is on but the hash file is unreadable"
                        );
                        String::new()
                    })
            } else {
                String::new()
            };
            let name = |kind: &str| {
                let hash = hashes.lines().find_map(|line| {
                    let (file, hash) = line.split_once(':')?;
                    (file.trim() == kind).then(|| format!(".{}", hash.trim()))
                });
                format!(
                    "/{}/{}{}",
                    options.site_pkg_dir,
                    options.output_name,
                    hash.unwrap_or_default()
                )
            };
            // Unhashed and built without cargo-leptos: wasm-bindgen's own name.
            let wasm_suffix = if hashes.is_empty() && option_env!("LEPTOS_OUTPUT_NAME").is_none() {
                "_bg"
            } else {
                ""
            };
            PageHead {
                stylesheet: format!("{}.css", name("css")),
                loader: format!(
                    "{}({:?}, {:?});",
                    include_str!("island_loader.js"),
                    format!("{}.js", name("js")),
                    format!("{}{wasm_suffix}.wasm", name("wasm"))
                ),
            }
        })
    }
}

/// The stylesheet, and the script that loads the wasm on pages with islands
/// unless the reader chose light mode.
/// In place of leptos' `HashedStylesheet` and `HydrationScripts`, which read
/// the hash file from disk on every request and preload the wasm on every
/// page: 115 KB of wasm with gzip (about 270 KB unpacked, measured on
/// 2026-12-03) that most pages (they have no island) and every browser with
/// JavaScript off downloaded for nothing.
#[component]
fn PageAssets(options: LeptosOptions, light: bool) -> impl IntoView {
    let head = PageHead::get(&options);
    view! {
        <link id="leptos" rel="stylesheet" href=head.stylesheet.as_str() />
        {(!light)
            .then(|| {
                view! {
                    <script type="module" nonce=leptos::nonce::use_nonce()>
                        {head.loader.as_str()}
                    </script>
                }
            })}
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let user = Resource::new(|| (), |_| api::accounts::get_current_user());
    provide_context(UserResource(user));

    view! {
        <Router>
            <a class="skip-link" href="#main">{t!("skip-to-content")}</a>
            <components::layout::SiteHeader />
            <main id="main">
                <Routes fallback=|| view! { <components::error_page::ErrorPage error=AppError::NotFound /> }>
                    <Route path=path!("") view=pages::home::HomePage ssr=SsrMode::Async />
                    <Route path=path!("/register") view=pages::accounts::register::RegisterPage ssr=SsrMode::Async />
                    <Route path=path!("/login") view=pages::accounts::login::LoginPage ssr=SsrMode::Async />
                    <Route path=path!("/forgot-password") view=pages::accounts::forgot_password::ForgotPasswordPage ssr=SsrMode::Async />
                    <Route path=path!("/account") view=pages::accounts::account::AccountPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/users") view=pages::admin::users::UsersPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/audit") view=pages::admin::audit::AuditPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/outbox") view=pages::admin::outbox::OutboxPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/courses") view=pages::admin::courses::CoursesAdminPage ssr=SsrMode::Async />
                    <Route
                        path=path!("/admin/courses/:id")
                        view=pages::admin::course_editor::CourseEditorPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/admin/modules/:id")
                        view=pages::admin::module_editor::ModuleEditorPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/admin/modules/:id/delete")
                        view=pages::admin::module_editor::DeleteModulePage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/admin/modules/:id/quiz")
                        view=pages::admin::quiz_editor::QuizEditorPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/admin/lessons/:id")
                        view=pages::admin::lesson_editor::LessonEditorPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/admin/lessons/:id/delete")
                        view=pages::admin::lesson_editor::DeleteLessonPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/admin/cohorts/:id")
                        view=pages::cohorts::settings::CohortSettingsPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/admin/cohorts/:id/participants")
                        view=pages::cohorts::participants::ParticipantsPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/admin/roster/:id")
                        view=pages::cohorts::roster::RosterPreviewPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/cohorts/:id/progress")
                        view=pages::cohorts::progress::ProgressReportPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/unsubscribe/:token")
                        view=pages::accounts::notifications::UnsubscribePage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/set-password/:token")
                        view=pages::accounts::set_password::SetPasswordPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/cohorts/:id/sets")
                        view=pages::sets::cohort_sets::CohortSetsPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/cohorts/:id/sets/proposal")
                        view=pages::sets::proposal::ProposalPage
                        ssr=SsrMode::Async
                    />
                    <Route path=path!("/sets/:id") view=pages::sets::set::SetRoute ssr=SsrMode::Async />
                    <Route path=path!("/rounds/:id") view=pages::sets::round::RoundRoute ssr=SsrMode::Async />
                    <Route path=path!("/threads/:id") view=pages::sets::thread::ThreadRoute ssr=SsrMode::Async />
                    <Route path=path!("/moderation") view=pages::sets::moderation::ModerationPage ssr=SsrMode::Async />
                    <Route
                        path=path!("/certificates/:code")
                        view=pages::certificates::certificate::CertificateRoute
                        ssr=SsrMode::Async
                    />
                    <Route path=path!("/verify") view=pages::certificates::verify::VerifyPage ssr=SsrMode::Async />
                    <Route path=path!("/verify/:code") view=pages::certificates::verify::VerifyPage ssr=SsrMode::Async />
                    <Route
                        path=path!("/cohorts/:id/certificates")
                        view=pages::certificates::cohort::CohortCertificatesPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/admin/name-corrections")
                        view=pages::certificates::corrections::NameCorrectionsPage
                        ssr=SsrMode::Async
                    />
                    <Route path=path!("/quizzes/:id") view=pages::quizzes::overview::QuizPage ssr=SsrMode::Async />
                    <Route
                        path=path!("/quizzes/:id/report")
                        view=pages::quizzes::report::QuizReportPage
                        ssr=SsrMode::Async
                    />
                    <Route path=path!("/attempts/:id") view=pages::quizzes::attempt::AttemptPage ssr=SsrMode::Async />
                    <Route
                        path=path!("/attempts/:id/result")
                        view=pages::quizzes::result::ResultPage
                        ssr=SsrMode::Async
                    />
                    <Route path=path!("/courses") view=pages::courses::catalogue::CataloguePage ssr=SsrMode::Async />
                    <Route path=path!("/courses/:course") view=pages::courses::course::CoursePage ssr=SsrMode::Async />
                    <Route
                        path=path!("/courses/:course/:module/:lesson")
                        view=pages::courses::lesson::LessonRoute
                        ssr=SsrMode::Async
                    />
                </Routes>
            </main>
            <components::layout::SiteFooter />
        </Router>
    }
}

/// Entry point of the wasm bundle: wakes up the islands on the page.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
