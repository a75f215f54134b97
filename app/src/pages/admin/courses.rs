use crate::api::authoring::{admin_courses, CreateCourse};
use crate::components::error_page::ErrorPage;
use crate::components::form::{failure, FormAlert};
use crate::components::raw_text::PageTitle;
use crate::pages::admin::course_fields::{CourseDetails, CourseFields};
use crate::t;
use leptos::prelude::*;

/// Administrators' list of every course, with a form for a new one.
#[component]
pub fn CoursesAdminPage() -> impl IntoView {
    let courses = Resource::new(|| (), |_| admin_courses());
    let create = ServerAction::<CreateCourse>::new();
    let (failed, form) = failure(create.value().get_untracked());
    let new_course = CourseDetails {
        language: "en".into(),
        ..CourseDetails::default()
    };
    view! {
        <PageTitle text=t!("admin-authoring") />
        <h1>{t!("admin-authoring")}</h1>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match courses.await {
                    Ok(courses) => {
                        view! {
                            <ul class="cards">
                                {courses
                                    .into_iter()
                                    .map(|course| {
                                        let href = format!("/admin/courses/{}", course.id);
                                        view! {
                                            <li class="card">
                                                <a href=href>{course.title}</a>
                                                " "
                                                <span class="badge">
                                                    {if course.published { t!("admin-published") } else { t!("admin-draft") }}
                                                </span>
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
        <section class="panel">
            <h2>{t!("admin-new-course")}</h2>
            <FormAlert error=failed.clone() />
            <ActionForm action=create attr:novalidate=true attr:class="stack">
                <CourseFields form current=new_course new_course=true />
                <button type="submit">{t!("admin-create-course")}</button>
            </ActionForm>
        </section>
    }
}
