use super::course::EnrolPanel;
use crate::api::courses::{lesson, CompleteLesson};
use crate::components::error_page::ErrorPage;
use crate::components::form::FormAlert;
use crate::components::progress::ProgressBar;
use crate::components::raw_text::PageTitle;
use crate::courses::{EnrolmentOffer, LessonAccess, LessonPage};
use crate::i18n::date;
use crate::t;
use leptos::prelude::*;
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
    let minutes = t!("lesson-minutes", count = page.estimated_minutes);
    view! {
        <PageTitle text=format!("{} · {}", page.title, page.course_title) />
        <p class="breadcrumbs">
            <a href=course_href>{page.course_title.clone()}</a>
            " › "
            {t!("lesson-module", position = page.module_position, title = &page.module_title)}
        </p>
        <article class="lesson" lang=page.language.code() dir=page.language.direction()>
            <h1>{page.title.clone()}</h1>
            <p class="muted">{minutes}</p>
            <div class="lesson-body" inner_html=page.body_html.clone()></div>
        </article>
        <section class="lesson-footer panel">
            <FormAlert error=failed />
            {if page.completed {
                view! { <p class="done-mark">{t!("lesson-completed")}</p> }.into_any()
            } else if page.can_complete {
                view! {
                    <ActionForm action=complete attr:class="inline-form">
                        <input type="hidden" name="lesson_id" value=page.id />
                        <button type="submit">{t!("lesson-mark-complete")}</button>
                    </ActionForm>
                }
                    .into_any()
            } else if page.read_only_since.is_none() {
                view! { <p class="muted">{t!("lesson-reading-as-staff")}</p> }.into_any()
            } else {
                ().into_any()
            }}
            {page
                .read_only_since
                .clone()
                .map(|ended| {
                    view! {
                        <p class="muted">{t!("lesson-read-only", date = date(&ended))}</p>
                    }
                })}
            {(page.can_complete || page.read_only_since.is_some())
                .then(|| {
                    view! {
                        <ProgressBar progress=page.module_progress label=t!("lesson-module-progress") />
                        <ProgressBar progress=page.course_progress label=t!("course-progress") />
                    }
                })}
            <p>
                <a href=page.offline_path download>{t!("offline-download")}</a>
                " "
                <span class="muted">{t!("offline-download-hint")}</span>
            </p>
        </section>
        <nav class="pager" aria-label=t!("lesson-pager")>
            {page
                .previous
                .map(|p| {
                    view! {
                        <a class="button secondary" rel="prev" href=p.path>
                            {t!("lesson-previous", title = p.title)}
                        </a>
                    }
                })}
            {page
                .next
                .map(|n| {
                    view! {
                        <a class="button" rel="next" href=n.path>
                            {t!("lesson-next", title = n.title)}
                        </a>
                    }
                })}
        </nav>
    }
}

#[component]
fn EnrolFirst(offer: EnrolmentOffer) -> impl IntoView {
    // Stands for the course link in the sentence, which is split around it.
    const COURSE: &str = "\u{1}";
    let course_href = format!("/courses/{}", offer.course_slug);
    let sentence = t!("lesson-part-of", course = COURSE);
    let (before, after) = sentence.split_once(COURSE).unwrap_or((&sentence, ""));
    view! {
        <PageTitle text=t!("lesson-enrol-title", course = &offer.course_title) />
        <h1>{offer.lesson_title.clone()}</h1>
        <p>
            {before.to_string()}
            <a href=course_href>{offer.course_title.clone()}</a>
            {after.to_string()}
        </p>
        <EnrolPanel cohorts=offer.open_cohorts.clone() course_slug=offer.course_slug.clone() />
    }
}
