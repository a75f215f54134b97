use crate::accounts::{CurrentUser, Role};
use crate::api::cohorts::{get_cohorts_at_home, LeaveWaitingList};
use crate::api::courses::my_courses;
use crate::components::error_page::ErrorPage;
use crate::components::form::Notice;
use crate::components::progress::ProgressBar;
use crate::UserResource;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

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
        <Notice message=use_query_map()
            .get_untracked()
            .get("welcome")
            .map(|_| "Your password is set and you are logged in.") />
        <MyCourses />
        <MyCohorts />
        {(user.role == Role::Administrator)
            .then(|| {
                view! {
                    <section class="panel">
                        <h2>"Administration"</h2>
                        <ul>
                            <li>
                                <a href="/admin/users">"Manage users and roles"</a>
                            </li>
                            <li>
                                <a href="/admin/courses">"Courses and cohorts"</a>
                            </li>
                        </ul>
                    </section>
                }
            })}
    }
}

/// The reader's courses with progress and a link to continue where they left off.
#[component]
fn MyCourses() -> impl IntoView {
    let courses = Resource::new(|| (), |_| my_courses());
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match courses.await {
                    Ok(courses) if courses.is_empty() => {
                        view! {
                            <section class="panel">
                                <h2>"Your courses"</h2>
                                <p>
                                    "You are not enrolled in a course yet. "
                                    <a href="/courses">"Find a course"</a>
                                    " and join its open cohort."
                                </p>
                            </section>
                        }
                            .into_any()
                    }
                    Ok(courses) => {
                        courses
                            .into_iter()
                            .map(|course| {
                                let href = format!("/courses/{}", course.course_slug);
                                view! {
                                    <section class="panel">
                                        <h2>
                                            <a href=href>{course.course_title.clone()}</a>
                                        </h2>
                                        <p class="muted">{format!("Cohort: {}", course.cohort_name)}</p>
                                        {course
                                            .from_waiting_list
                                            .then(|| {
                                                view! {
                                                    <p class="alert alert-success">
                                                        "A place opened up: you were enrolled from the waiting list."
                                                    </p>
                                                }
                                            })}
                                        {course
                                            .cohort_ended
                                            .then(|| {
                                                view! { <p class="muted">"Your cohort has ended: the course is read-only."</p> }
                                            })}
                                        <ProgressBar
                                            progress=course.progress
                                            label=format!("Progress in {}", course.course_title)
                                        />
                                        {match course.continue_at {
                                            Some(next) => {
                                                view! {
                                                    <p>
                                                        <a class="button" href=next.path>
                                                            {format!("Continue where you left off: {}", next.title)}
                                                        </a>
                                                    </p>
                                                }
                                                    .into_any()
                                            }
                                            None => view! { <p class="done-mark">"✓ All lessons completed"</p> }.into_any(),
                                        }}
                                    </section>
                                }
                            })
                            .collect_view()
                            .into_any()
                    }
                    Err(error) => view! { <ErrorPage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// Waiting lists the person is on and cohorts they tutor.
#[component]
fn MyCohorts() -> impl IntoView {
    let cohorts = Resource::new(|| (), |_| get_cohorts_at_home());
    let leave = ServerAction::<LeaveWaitingList>::new();
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let cohorts = match cohorts.await {
                    Ok(cohorts) => cohorts,
                    Err(error) => return view! { <ErrorPage error /> }.into_any(),
                };
                view! {
                    {(!cohorts.waiting.is_empty())
                        .then(|| {
                            view! {
                                <section class="panel">
                                    <h2>"Waiting lists"</h2>
                                    <ul>
                                        {cohorts
                                            .waiting
                                            .clone()
                                            .into_iter()
                                            .map(|place| {
                                                view! {
                                                    <li>
                                                        <a href=format!("/courses/{}", place.course_slug)>{place.course_title}</a>
                                                        {format!(
                                                            ", {}: you are number {} on the waiting list.",
                                                            place.cohort_name,
                                                            place.position,
                                                        )}
                                                        <ActionForm action=leave attr:class="inline-form">
                                                            <input type="hidden" name="cohort_id" value=place.cohort_id />
                                                            <button type="submit" class="small secondary">"Leave the waiting list"</button>
                                                        </ActionForm>
                                                    </li>
                                                }
                                            })
                                            .collect_view()}
                                    </ul>
                                </section>
                            }
                        })}
                    {(!cohorts.tutoring.is_empty())
                        .then(|| {
                            view! {
                                <section class="panel">
                                    <h2>"Cohorts you tutor"</h2>
                                    <ul>
                                        {cohorts
                                            .tutoring
                                            .clone()
                                            .into_iter()
                                            .map(|cohort| {
                                                view! {
                                                    <li>
                                                        <a href=format!("/cohorts/{}/progress", cohort.cohort_id)>
                                                            {format!("{}: {}", cohort.course_title, cohort.cohort_name)}
                                                        </a>
                                                        <span class="muted">{format!(" {} participants", cohort.enrolled)}</span>
                                                    </li>
                                                }
                                            })
                                            .collect_view()}
                                    </ul>
                                </section>
                            }
                        })}
                }
                    .into_any()
            })}
        </Suspense>
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
            <a class="button" href="/courses">
                "Browse courses"
            </a>
            <a class="button secondary" href="/register">
                "Create an account"
            </a>
            <a class="button secondary" href="/login">
                "Log in"
            </a>
        </p>
    }
}
