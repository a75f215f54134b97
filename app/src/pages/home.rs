use crate::accounts::Role;
use crate::api::cohorts::LeaveWaitingList;
use crate::api::courses::{get_home, Home};
use crate::cohorts::{TutoredCohort, WaitingPlace};
use crate::components::error_page::ErrorPage;
use crate::components::form::Notice;
use crate::components::progress::ProgressBar;
use crate::courses::MyCourse;
use crate::sets::{MyCommitment, MySet};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// "My learning" for a signed-in user; an introduction for visitors. One
/// resource for the whole page, so nothing is fetched twice.
#[component]
pub fn HomePage() -> impl IntoView {
    let home = Resource::new(|| (), |_| get_home());
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match home.await {
                    Ok(Some(home)) => view! { <MyLearning home /> }.into_any(),
                    Ok(None) => view! { <Welcome /> }.into_any(),
                    Err(error) => view! { <ErrorPage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn MyLearning(home: Home) -> impl IntoView {
    let user = home.user;
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
        <MySets sets=home.sets commitments=home.commitments />
        <MyCourses courses=home.courses />
        <WaitingLists waiting=home.waiting />
        <TutoredCohorts tutoring=home.tutoring />
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
fn MyCourses(courses: Vec<MyCourse>) -> impl IntoView {
    if courses.is_empty() {
        return view! {
            <section class="panel">
                <h2>"Your courses"</h2>
                <p>
                    "You are not enrolled in a course yet. "
                    <a href="/courses">"Find a course"</a>
                    " and join its open cohort."
                </p>
            </section>
        }
        .into_any();
    }
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
                        .then(|| view! { <p class="muted">"Your cohort has ended: the course is read-only."</p> })}
                    <ProgressBar progress=course.progress label=format!("Progress in {}", course.course_title) />
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

/// The person's action-learning sets with what is new in them, and their
/// open action commitments.
#[component]
fn MySets(sets: Vec<MySet>, commitments: Vec<MyCommitment>) -> impl IntoView {
    (!sets.is_empty() || !commitments.is_empty())
        .then(|| {
            view! {
                <section class="panel">
                    <h2>"Your action-learning sets"</h2>
                    <ul>
                        {sets
                            .into_iter()
                            .map(|set| {
                                view! {
                                    <li>
                                        <a href=format!("/sets/{}", set.id)>{set.name}</a>
                                        <span class="muted">{format!(" {}", set.course_title)}</span>
                                        {(set.unread > 0)
                                            .then(|| view! { " " <span class="badge badge-new">{format!("{} new", set.unread)}</span> })}
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                    {(!commitments.is_empty())
                        .then(|| {
                            view! {
                                <h3>"Your action commitments"</h3>
                                <ul class="commitments">
                                    {commitments
                                        .into_iter()
                                        .map(|c| {
                                            let due = if c.overdue {
                                                format!(" overdue since {}", c.due_on)
                                            } else {
                                                format!(" due {}", c.due_on)
                                            };
                                            view! {
                                                <li class:overdue=c.overdue>
                                                    {c.action}
                                                    <span class="muted">{due}</span>
                                                    " · "
                                                    <a href=format!("/sets/{}", c.set_id)>{c.set_name}</a>
                                                </li>
                                            }
                                        })
                                        .collect_view()}
                                </ul>
                            }
                        })}
                </section>
            }
        })
}

/// The waiting lists the person is on, with their place in each.
#[component]
fn WaitingLists(waiting: Vec<WaitingPlace>) -> impl IntoView {
    let leave = ServerAction::<LeaveWaitingList>::new();
    (!waiting.is_empty())
        .then(|| {
            view! {
                <section class="panel">
                    <h2>"Waiting lists"</h2>
                    <ul>
                        {waiting
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
        })
}

/// The cohorts the person tutors, each linked to its progress report.
#[component]
fn TutoredCohorts(tutoring: Vec<TutoredCohort>) -> impl IntoView {
    (!tutoring.is_empty())
        .then(|| {
            view! {
                <section class="panel">
                    <h2>"Cohorts you tutor"</h2>
                    <ul>
                        {tutoring
                            .into_iter()
                            .map(|cohort| {
                                view! {
                                    <li>
                                        <a href=format!("/cohorts/{}/progress", cohort.cohort_id)>
                                            {format!("{}: {}", cohort.course_title, cohort.cohort_name)}
                                        </a>
                                        <span class="muted">{format!(" {} participants · ", cohort.enrolled)}</span>
                                        <a href=format!("/cohorts/{}/sets", cohort.cohort_id)>"Sets"</a>
                                        " · "
                                        <a href=format!("/cohorts/{}/certificates", cohort.cohort_id)>
                                            "Certificates"
                                        </a>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </section>
            }
        })
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
