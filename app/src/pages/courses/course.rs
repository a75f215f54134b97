use crate::api::courses::{get_course_outline, Enrol};
use crate::components::error_page::ErrorPage;
use crate::components::form::{FormAlert, Notice};
use crate::components::progress::ProgressBar;
use crate::courses::{CohortInfo, CourseOutline};
use crate::pages::certificates::status::CertificateStatus;
use crate::UserResource;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

/// A course's outline (public) with the reader's progress and enrolment.
#[component]
pub fn CoursePage() -> impl IntoView {
    let slug = use_params_map()
        .get_untracked()
        .get("course")
        .unwrap_or_default();
    let outline = Resource::new(move || slug.clone(), get_course_outline);
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match outline.await {
                    Ok(course) => view! { <CourseView course /> }.into_any(),
                    Err(error) => view! { <ErrorPage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn CourseView(course: CourseOutline) -> impl IntoView {
    let enrolled_notice = use_query_map()
        .get_untracked()
        .get("enrolled")
        .map(|_| "You are enrolled. Welcome to the course!");
    let waiting_notice = use_query_map()
        .get_untracked()
        .get("waiting")
        .and_then(|position| position.parse::<i64>().ok())
        .map(|position| {
            format!(
                "The cohort is full, so you are on its waiting list, number {position}. When a place frees up you will be enrolled automatically and the course will appear on your home page."
            )
        });
    let continue_link = course
        .next_lesson()
        .map(|(module, lesson)| (course.lesson_path(module, lesson), lesson.title.clone()));
    let enrolled = course.enrolled_in.is_some();
    let facts = format!(
        "{} · about {} hours",
        course.language.native_name(),
        course.estimated_hours
    );
    view! {
        <Title text=course.title.clone() />
        <p class="breadcrumbs">
            <a href="/courses">"Courses"</a>
        </p>
        <h1>{course.title.clone()}</h1>
        {(!course.published).then(|| view! { <p class="badge">"Draft: not yet published"</p> })}
        <Notice message=enrolled_notice />
        {waiting_notice.map(|message| view! { <div class="alert alert-info" role="status">{message}</div> })}
        <p class="lead">{course.summary.clone()}</p>
        <p class="muted">{facts}</p>
        {match course.enrolled_in.clone() {
            Some(cohort) => {
                view! {
                    <section class="panel">
                        <h2>"Your progress"</h2>
                        <p>{format!("Cohort: {} ({} to {})", cohort.name, cohort.starts_on, cohort.ends_on)}</p>
                        <ProgressBar progress=course.progress() label="Course progress".to_string() />
                        {continue_link
                            .map(|(href, title)| {
                                view! {
                                    <p>
                                        <a class="button" href=href>
                                            {format!("Continue: {title}")}
                                        </a>
                                    </p>
                                }
                            })}
                        {course.certificate.clone().map(|progress| view! { <CertificateStatus progress /> })}
                    </section>
                }
                    .into_any()
            }
            None => {
                view! { <EnrolPanel cohorts=course.open_cohorts.clone() course_slug=course.slug.clone() /> }
                    .into_any()
            }
        }}
        <h2>"Modules"</h2>
        <ol class="outline">
            {course
                .modules
                .iter()
                .map(|module| {
                    let progress = module.progress();
                    view! {
                        <li class="outline-module">
                            <h3>{module.title.clone()}</h3>
                            {enrolled
                                .then(|| {
                                    view! {
                                        <ProgressBar
                                            progress
                                            label=format!("Progress in {}", module.title)
                                        />
                                    }
                                })}
                            {(!module.objectives.is_empty())
                                .then(|| {
                                    view! {
                                        <details>
                                            <summary>"Learning objectives"</summary>
                                            <p class="objectives">{module.objectives.clone()}</p>
                                        </details>
                                    }
                                })}
                            <ol class="outline-lessons">
                                {module
                                    .lessons
                                    .iter()
                                    .map(|lesson| {
                                        let href = course.lesson_path(module, lesson);
                                        let minutes = format!("{} min", lesson.estimated_minutes);
                                        view! {
                                            <li class:done=lesson.completed>
                                                <a href=href>{lesson.title.clone()}</a>
                                                " "
                                                <span class="muted">{minutes}</span>
                                                {lesson
                                                    .completed
                                                    .then(|| view! { <span class="done-mark">" ✓ Completed"</span> })}
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                                {module
                                    .quiz
                                    .clone()
                                    .map(|quiz| {
                                        let standing = match (quiz.passed, quiz.best_score) {
                                            (true, Some(best)) => format!(" ✓ Passed ({best}%)"),
                                            (false, Some(best)) => format!(" Best score {best}%"),
                                            _ => String::new(),
                                        };
                                        view! {
                                            <li class="quiz-link" class:done=quiz.passed>
                                                <a href=format!("/quizzes/{}", quiz.id)>{format!("Quiz: {}", quiz.title)}</a>
                                                <span class="muted">{standing}</span>
                                            </li>
                                        }
                                    })}
                            </ol>
                        </li>
                    }
                })
                .collect_view()}
        </ol>
    }
}

/// The cohorts a visitor or signed-in user can join.
#[component]
pub fn EnrolPanel(cohorts: Vec<CohortInfo>, course_slug: String) -> impl IntoView {
    let login = format!("/login?next=%2Fcourses%2F{course_slug}");
    let user = expect_context::<UserResource>().0;
    let enrol = ServerAction::<Enrol>::new();
    let failed = enrol.value().get_untracked().and_then(Result::err);
    view! {
        <section class="panel">
            <h2>"Join this course"</h2>
            <FormAlert error=failed />
            {if cohorts.is_empty() {
                view! { <p>"No cohort is open for enrolment at the moment."</p> }.into_any()
            } else {
                view! {
                    <Suspense fallback=|| ()>
                        {
                            let cohorts = cohorts.clone();
                            move || {
                                let cohorts = cohorts.clone();
                                let login = login.clone();
                                Suspend::new(async move {
                                    let signed_in = matches!(user.await, Ok(Some(_)));
                                    view! {
                                        <ul class="cohorts">
                                            {cohorts
                                                .into_iter()
                                                .map(|cohort| {
                                                    let places = match cohort.places_left() {
                                                        None => String::new(),
                                                        Some(0) => ", full: you can join the waiting list".to_string(),
                                                        Some(1) => ", 1 place left".to_string(),
                                                        Some(n) => format!(", {n} places left"),
                                                    };
                                                    let when = format!(
                                                        "{} to {}, in {}{places}",
                                                        cohort.starts_on,
                                                        cohort.ends_on,
                                                        cohort.language.native_name(),
                                                    );
                                                    let key_id = format!("key-{}", cohort.id);
                                                    let button = if cohort.is_full() {
                                                        "Join the waiting list"
                                                    } else {
                                                        "Enrol"
                                                    };
                                                    view! {
                                                        <li>
                                                            <strong>{cohort.name.clone()}</strong>
                                                            " "
                                                            <span class="muted">{when}</span>
                                                            {if signed_in {
                                                                view! {
                                                                    <ActionForm action=enrol attr:class="enrol-form">
                                                                        <input type="hidden" name="cohort_id" value=cohort.id />
                                                                        {cohort
                                                                            .requires_key
                                                                            .then(|| {
                                                                                view! {
                                                                                    <label for=key_id.clone()>"Enrolment key"</label>
                                                                                    <input id=key_id.clone() name="key" type="text" autocomplete="off" />
                                                                                }
                                                                            })}
                                                                        <button type="submit">{button}</button>
                                                                    </ActionForm>
                                                                }
                                                                    .into_any()
                                                            } else {
                                                                view! {
                                                                    <a class="button" href=login.clone()>
                                                                        "Log in to enrol"
                                                                    </a>
                                                                }
                                                                    .into_any()
                                                            }}
                                                        </li>
                                                    }
                                                })
                                                .collect_view()}
                                        </ul>
                                    }
                                })
                            }
                        }
                    </Suspense>
                }
                    .into_any()
            }}
        </section>
    }
}
