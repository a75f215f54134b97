use super::course::EnrolPanel;
use crate::api::courses::{lesson, CompleteLesson};
use crate::components::error_page::ErrorPage;
use crate::components::form::FormAlert;
use crate::components::progress::ProgressBar;
use crate::courses::{EnrolmentOffer, LessonAccess, LessonPage};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

/// A lesson to read, with previous/next and "Mark as complete"; readers who
/// are not enrolled are offered enrolment instead.
#[component]
pub fn LessonRoute() -> impl IntoView {
    let params = use_params_map().get_untracked();
    let key = (
        params.get("course").unwrap_or_default(),
        params.get("module").unwrap_or_default(),
        params.get("lesson").unwrap_or_default(),
    );
    let page = Resource::new(move || key.clone(), |(c, m, l)| lesson(c, m, l));
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match page.await {
                    Ok(LessonAccess::Read(page)) => view! { <LessonView page=*page /> }.into_any(),
                    Ok(LessonAccess::NeedsEnrolment(offer)) => view! { <EnrolFirst offer /> }.into_any(),
                    Err(error) => view! { <ErrorPage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn LessonView(page: LessonPage) -> impl IntoView {
    let complete = ServerAction::<CompleteLesson>::new();
    let failed = complete.value().get_untracked().and_then(Result::err);
    let course_href = format!("/courses/{}", page.course_slug);
    let module_label = format!("Module {}: {}", page.module_position, page.module_title);
    let minutes = format!("About {} minutes", page.estimated_minutes);
    view! {
        <Title text=format!("{} · {}", page.title, page.course_title) />
        <p class="breadcrumbs">
            <a href=course_href>{page.course_title.clone()}</a>
            " › "
            {module_label}
        </p>
        <article class="lesson">
            <h1>{page.title.clone()}</h1>
            <p class="muted">{minutes}</p>
            <div class="lesson-body" inner_html=page.body_html.clone()></div>
        </article>
        <section class="lesson-footer panel">
            <FormAlert error=failed />
            {if page.completed {
                view! { <p class="done-mark">"✓ You have completed this lesson."</p> }.into_any()
            } else if page.can_complete {
                view! {
                    <ActionForm action=complete attr:class="inline-form">
                        <input type="hidden" name="lesson_id" value=page.id />
                        <button type="submit">"Mark as complete"</button>
                    </ActionForm>
                }
                    .into_any()
            } else if page.read_only_since.is_none() {
                view! { <p class="muted">"You are reading as a tutor or administrator."</p> }.into_any()
            } else {
                ().into_any()
            }}
            {page
                .read_only_since
                .clone()
                .map(|ended| {
                    view! {
                        <p class="muted">
                            {format!("Your cohort ended on {ended}: you can read the course, but progress is no longer recorded.")}
                        </p>
                    }
                })}
            {(page.can_complete || page.read_only_since.is_some())
                .then(|| {
                    view! {
                        <ProgressBar progress=page.module_progress label="Module progress".to_string() />
                        <ProgressBar progress=page.course_progress label="Course progress".to_string() />
                    }
                })}
        </section>
        <nav class="pager" aria-label="Lessons">
            {page
                .previous
                .map(|p| {
                    view! {
                        <a class="button secondary" rel="prev" href=p.path>
                            {format!("← Previous: {}", p.title)}
                        </a>
                    }
                })}
            {page
                .next
                .map(|n| {
                    view! {
                        <a class="button" rel="next" href=n.path>
                            {format!("Next: {} →", n.title)}
                        </a>
                    }
                })}
        </nav>
    }
}

#[component]
fn EnrolFirst(offer: EnrolmentOffer) -> impl IntoView {
    let course_href = format!("/courses/{}", offer.course_slug);
    view! {
        <Title text=format!("Enrol to read · {}", offer.course_title) />
        <h1>{offer.lesson_title.clone()}</h1>
        <p>
            "This lesson is part of "
            <a href=course_href>{offer.course_title.clone()}</a>
            ". Enrol in a cohort of the course to read it."
        </p>
        <EnrolPanel cohorts=offer.open_cohorts.clone() course_slug=offer.course_slug.clone() />
    }
}
