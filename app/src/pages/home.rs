use crate::api::cohorts::LeaveWaitingList;
use crate::api::courses::{get_home, Home};
use crate::api::notifications::MarkNoticesRead;
use crate::cohorts::{TutoredCohort, WaitingPlace};
use crate::components::error_page::ErrorPage;
use crate::components::form::Notice;
use crate::components::progress::ProgressBar;
use crate::components::raw_text::PageTitle;
use crate::courses::MyCourse;
use crate::i18n::date;
use crate::notifications::WhatsNew;
use crate::sets::{MyCommitment, MySet};
use crate::t;
use leptos::prelude::*;
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
        <PageTitle text=t!("home-my-learning") />
        <h1>{t!("home-my-learning")}</h1>
        <p class="lead">{t!("home-welcome", name = first_name)}</p>
        <Notice message=use_query_map()
            .get_untracked()
            .get("welcome")
            .map(|_| t!("home-password-set")) />
        <WhatsNewPanel whats_new=home.whats_new />
        <MySets sets=home.sets commitments=home.commitments />
        <MyCourses courses=home.courses />
        <WaitingLists waiting=home.waiting />
        <TutoredCohorts tutoring=home.tutoring />
        {user.is_administrator()
            .then(|| {
                view! {
                    <section class="panel">
                        <h2>{t!("home-administration")}</h2>
                        <ul>
                            <li>
                                <a href="/admin/users">{t!("home-manage-users")}</a>
                            </li>
                            <li>
                                <a href="/admin/courses">{t!("home-courses-and-cohorts")}</a>
                            </li>
                        </ul>
                    </section>
                }
            })}
    }
}

/// The newest notices, each a link that marks it read on the way.
#[component]
fn WhatsNewPanel(whats_new: WhatsNew) -> impl IntoView {
    let mark_read = ServerAction::<MarkNoticesRead>::new();
    let empty = whats_new.notices.is_empty();
    view! {
        <section class="panel" id="whats-new">
            <h2>{t!("whats-new")}</h2>
            {empty.then(|| view! { <p>{t!("whats-new-empty")}</p> })}
            <ul class="notices">
                {whats_new
                    .notices
                    .into_iter()
                    .map(|notice| {
                        view! {
                            <li class:unread=!notice.read>
                                {(!notice.read)
                                    .then(|| {
                                        view! { <span class="badge badge-new">{t!("whats-new-unread")}</span> " " }
                                    })}
                                <a href=format!("/notices/{}", notice.id)>{notice.sentence}</a>
                                {notice.detail.map(|detail| view! { <p class="notice-detail" dir="auto">{detail}</p> })}
                                <p class="hint">{notice.context} " · " {date(&notice.created_at)}</p>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            {(whats_new.unread > 0)
                .then(|| {
                    view! {
                        <ActionForm action=mark_read>
                            <button type="submit" class="secondary small">{t!("whats-new-mark-read")}</button>
                        </ActionForm>
                    }
                })}
        </section>
    }
}

/// The reader's courses with progress and a link to continue where they left off.
#[component]
fn MyCourses(courses: Vec<MyCourse>) -> impl IntoView {
    if courses.is_empty() {
        return view! {
            <section class="panel">
                <h2>{t!("home-your-courses")}</h2>
                <p>
                    {t!("home-no-courses")} " "
                    <a href="/courses">{t!("home-find-course")}</a>
                    " " {t!("home-join-cohort")}
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
                    <p class="muted">{t!("home-cohort", cohort = course.cohort_name)}</p>
                    {course
                        .from_waiting_list
                        .then(|| {
                            view! {
                                <p class="alert alert-success">{t!("home-enrolled-from-waiting-list")}</p>
                            }
                        })}
                    {course
                        .cohort_ended
                        .then(|| view! { <p class="muted">{t!("home-cohort-ended")}</p> })}
                    <ProgressBar progress=course.progress label=t!("home-progress-in", course = &course.course_title) />
                    {match course.continue_at {
                        Some(next) => {
                            view! {
                                <p>
                                    <a class="button" href=next.path>
                                        {t!("home-continue", lesson = next.title)}
                                    </a>
                                </p>
                            }
                                .into_any()
                        }
                        None => view! { <p class="done-mark">{t!("home-all-done")}</p> }.into_any(),
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
                    <h2>{t!("home-your-sets")}</h2>
                    <ul>
                        {sets
                            .into_iter()
                            .map(|set| {
                                view! {
                                    <li>
                                        <a href=format!("/sets/{}", set.id)>{set.name}</a>
                                        <span class="muted">{format!(" {}", set.course_title)}</span>
                                        {(set.unread > 0)
                                            .then(|| view! { " " <span class="badge badge-new">{t!("home-unread", count = set.unread)}</span> })}
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                    {(!commitments.is_empty())
                        .then(|| {
                            view! {
                                <h3>{t!("home-your-commitments")}</h3>
                                <ul class="commitments">
                                    {commitments
                                        .into_iter()
                                        .map(|c| {
                                            let due_on = date(&c.due_on);
                                            let due = if c.overdue {
                                                t!("home-overdue-since", date = due_on)
                                            } else {
                                                t!("home-due", date = due_on)
                                            };
                                            view! {
                                                <li class:overdue=c.overdue>
                                                    {c.action}
                                                    <span class="muted">" " {due}</span>
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
                    <h2>{t!("home-waiting-lists")}</h2>
                    <ul>
                        {waiting
                            .into_iter()
                            .map(|place| {
                                view! {
                                    <li>
                                        <a href=format!("/courses/{}", place.course_slug)>{place.course_title}</a>
                                        {t!("home-waiting-place", cohort = place.cohort_name, position = place.position)}
                                        <ActionForm action=leave attr:class="inline-form">
                                            <input type="hidden" name="cohort_id" value=place.cohort_id />
                                            <button type="submit" class="small secondary">{t!("home-leave-waiting-list")}</button>
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
                    <h2>{t!("home-cohorts-you-tutor")}</h2>
                    <ul>
                        {tutoring
                            .into_iter()
                            .map(|cohort| {
                                view! {
                                    <li>
                                        <a href=format!("/cohorts/{}/progress", cohort.cohort_id)>
                                            {t!("home-tutored-cohort", course = cohort.course_title, cohort = cohort.cohort_name)}
                                        </a>
                                        <span class="muted">" " {t!("home-participants", count = cohort.enrolled)} " · "</span>
                                        <a href=format!("/cohorts/{}/sets", cohort.cohort_id)>{t!("home-sets")}</a>
                                        " · "
                                        <a href=format!("/cohorts/{}/certificates", cohort.cohort_id)>
                                            {t!("home-certificates")}
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
        <PageTitle text=t!("home-intro-title") />
        <h1>{t!("home-intro-title")}</h1>
        <p class="lead">{t!("home-intro")}</p>
        <p class="actions">
            <a class="button" href="/courses">
                {t!("home-browse-courses")}
            </a>
            <a class="button secondary" href="/register">
                {t!("account-create-an-account")}
            </a>
            <a class="button secondary" href="/login">
                {t!("account-log-in")}
            </a>
        </p>
    }
}
