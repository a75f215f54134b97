use crate::api::courses::{get_course_outline, Enrol};
use crate::components::error_page::ErrorPage;
use crate::components::form::{FormAlert, Notice};
use crate::components::progress::ProgressBar;
use crate::components::raw_text::PageTitle;
use crate::courses::{CohortInfo, CourseOutline};
use crate::i18n::date;
use crate::pages::certificates::status::CertificateStatus;
use crate::{t, UserResource};
use leptos::prelude::*;
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
        .map(|_| t!("course-enrolled-notice"));
    let waiting_notice = use_query_map()
        .get_untracked()
        .get("waiting")
        .and_then(|position| position.parse::<i64>().ok())
        .map(|position| t!("course-waiting-notice", position = position));
    let continue_link = course
        .next_lesson()
        .map(|(module, lesson)| (course.lesson_path(module, lesson), lesson.title.clone()));
    let enrolled = course.enrolled_in.is_some();
    // The course's own text is in the course's language, whatever the
    // interface's: readers and screen readers need to know which.
    let (lang, dir) = (course.language.code(), course.language.direction());
    let facts = format!(
        "{} · {}",
        course.language.native_name(),
        t!("course-hours", count = course.estimated_hours)
    );
    view! {
        <PageTitle text=course.title.clone() />
        <p class="breadcrumbs">
            <a href="/courses">{t!("catalogue-title")}</a>
        </p>
        <h1 lang=lang dir=dir>{course.title.clone()}</h1>
        {(!course.published).then(|| view! { <p class="badge">{t!("course-draft")}</p> })}
        <Notice message=enrolled_notice />
        {waiting_notice.map(|message| view! { <div class="alert alert-info" role="status">{message}</div> })}
        <p class="lead" lang=lang dir=dir>{course.summary.clone()}</p>
        <p class="muted">{facts}</p>
        {match course.enrolled_in.clone() {
            Some(cohort) => {
                view! {
                    <section class="panel">
                        <h2>{t!("course-your-progress")}</h2>
                        <p>
                            {t!("course-cohort", name = cohort.name, starts = date(&cohort.starts_on), ends = date(&cohort.ends_on))}
                        </p>
                        <ProgressBar progress=course.progress() label=t!("course-progress") />
                        {continue_link
                            .map(|(href, title)| {
                                view! {
                                    <p>
                                        <a class="button" href=href>
                                            {t!("course-continue", lesson = title)}
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
        <h2>{t!("course-modules-title")}</h2>
        <ol class="outline">
            {course
                .modules
                .iter()
                .map(|module| {
                    let progress = module.progress();
                    view! {
                        <li class="outline-module">
                            <h3 lang=lang dir=dir>{module.title.clone()}</h3>
                            {enrolled
                                .then(|| {
                                    view! {
                                        <ProgressBar
                                            progress
                                            label=t!("course-module-progress", module = &module.title)
                                        />
                                    }
                                })}
                            {(!module.objectives.is_empty())
                                .then(|| {
                                    view! {
                                        <details>
                                            <summary>{t!("course-objectives")}</summary>
                                            <p class="objectives" lang=lang dir=dir>{module.objectives.clone()}</p>
                                        </details>
                                    }
                                })}
                            <ol class="outline-lessons">
                                {module
                                    .lessons
                                    .iter()
                                    .map(|lesson| {
                                        let href = course.lesson_path(module, lesson);
                                        let minutes = t!("course-lesson-minutes", count = lesson.estimated_minutes);
                                        view! {
                                            <li class:done=lesson.completed>
                                                <a href=href lang=lang dir=dir>{lesson.title.clone()}</a>
                                                " "
                                                <span class="muted">{minutes}</span>
                                                {lesson
                                                    .completed
                                                    .then(|| {
                                                        view! {
                                                            " "
                                                            <span class="done-mark">{t!("course-lesson-completed")}</span>
                                                        }
                                                    })}
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                                {module
                                    .quiz
                                    .clone()
                                    .map(|quiz| {
                                        let standing = quiz
                                            .best_score
                                            .map(|best| {
                                                if quiz.passed {
                                                    t!("course-quiz-passed", score = best)
                                                } else {
                                                    t!("course-quiz-best", score = best)
                                                }
                                            });
                                        view! {
                                            <li class="quiz-link" class:done=quiz.passed>
                                                <a href=format!("/quizzes/{}", quiz.id)>{t!("course-quiz", title = &quiz.title)}</a>
                                                {standing.map(|standing| view! { " " <span class="muted">{standing}</span> })}
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
            <h2>{t!("course-join")}</h2>
            <FormAlert error=failed />
            {if cohorts.is_empty() {
                view! { <p>{t!("course-no-cohorts")}</p> }.into_any()
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
                                                    let starts = date(&cohort.starts_on);
                                                    let ends = date(&cohort.ends_on);
                                                    let language = cohort.language.native_name();
                                                    let when = match cohort.places_left() {
                                                        None => t!("course-cohort-when", starts = starts, ends = ends, language = language),
                                                        Some(places) => t!("course-cohort-when-places", starts = starts, ends = ends, language = language, places = places),
                                                    };
                                                    let key_id = format!("key-{}", cohort.id);
                                                    let button = if cohort.is_full() {
                                                        t!("course-join-waiting-list")
                                                    } else {
                                                        t!("course-enrol")
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
                                                                                    <label for=key_id.clone()>{t!("course-enrolment-key")}</label>
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
                                                                        {t!("course-log-in-to-enrol")}
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
