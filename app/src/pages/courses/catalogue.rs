use crate::api::courses::catalogue;
use crate::components::error_page::ErrorPage;
use crate::components::raw_text::PageTitle;
use crate::language::Language;
use crate::t;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// The public list of published courses, filterable by language.
#[component]
pub fn CataloguePage() -> impl IntoView {
    let language = use_query_map()
        .get_untracked()
        .get("language")
        .unwrap_or_default();
    let courses = Resource::new(
        {
            let language = language.clone();
            move || language.clone()
        },
        |language| catalogue((!language.is_empty()).then_some(language)),
    );
    view! {
        <PageTitle text=t!("catalogue-title") />
        <h1>{t!("catalogue-title")}</h1>
        <form method="get" action="/courses" class="search-form">
            <label for="language">{t!("catalogue-language")}</label>
            <select id="language" name="language">
                <option value="" selected=language.is_empty()>{t!("catalogue-all-languages")}</option>
                {Language::ALL
                    .into_iter()
                    .map(|l| {
                        view! {
                            <option value=l.code() selected=language == l.code()>
                                {l.native_name()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
            <button type="submit" class="secondary">{t!("catalogue-show")}</button>
        </form>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match courses.await {
                    Ok(courses) if courses.is_empty() => {
                        view! { <p>{t!("catalogue-empty")}</p> }.into_any()
                    }
                    Ok(courses) => {
                        view! {
                            <ul class="cards">
                                {courses
                                    .into_iter()
                                    .map(|course| {
                                        let href = format!("/courses/{}", course.slug);
                                        let facts = format!(
                                            "{} · {} · {}",
                                            course.language.native_name(),
                                            t!("course-modules", count = course.modules),
                                            t!("course-hours", count = course.estimated_hours),
                                        );
                                        view! {
                                            <li class="card">
                                                <h2 lang=course.language.code() dir=course.language.direction()>
                                                    <a href=href>{course.title}</a>
                                                </h2>
                                                <p lang=course.language.code() dir=course.language.direction()>
                                                    {course.summary}
                                                </p>
                                                <p class="muted">{facts}</p>
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                        }
                            .into_any()
                    }
                    Err(error) => view! { <ErrorPage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}
