use crate::accounts::{CurrentUser, Role};
use crate::components::error_page::ErrorPage;
use crate::UserResource;
use leptos::prelude::*;
use leptos_meta::Title;

/// "My learning" for a signed-in user; an introduction for visitors.
#[component]
pub fn HomePage() -> impl IntoView {
    let user = expect_context::<UserResource>().0;
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match user.await {
                    Ok(Some(user)) => view! { <MyLearning user /> }.into_any(),
                    Ok(None) => view! { <Welcome /> }.into_any(),
                    Err(error) => view! { <ErrorPage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn MyLearning(user: CurrentUser) -> impl IntoView {
    let first_name = user
        .full_name
        .split_whitespace()
        .next()
        .unwrap_or_default()
        .to_string();
    view! {
        <Title text="My learning" />
        <h1>"My learning"</h1>
        <p class="lead">{format!("Welcome, {first_name}.")}</p>
        <section class="panel">
            <h2>"Your courses"</h2>
            <p>
                "You are not enrolled in a course yet. When your cohort opens, it will appear here with your progress."
            </p>
        </section>
        {(user.role == Role::Administrator)
            .then(|| {
                view! {
                    <section class="panel">
                        <h2>"Administration"</h2>
                        <ul>
                            <li>
                                <a href="/admin/users">"Manage users and roles"</a>
                            </li>
                        </ul>
                    </section>
                }
            })}
    }
}

#[component]
fn Welcome() -> impl IntoView {
    view! {
        <Title text="Short courses on human resources for health" />
        <h1>"Short courses on human resources for health"</h1>
        <p class="lead">
            "Study course modules, take quizzes and work on real workplace challenges with colleagues in tutor-led action-learning sets. Built for phones and slow connections."
        </p>
        <p class="actions">
            <a class="button" href="/register">
                "Create an account"
            </a>
            <a class="button secondary" href="/login">
                "Log in"
            </a>
        </p>
    }
}
