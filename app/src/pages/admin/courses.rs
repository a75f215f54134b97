use crate::api::authoring::{admin_courses, CreateCourse};
use crate::components::error_page::ErrorPage;
use crate::components::form::{failure, FormAlert};
use crate::pages::admin::course_fields::{CourseDetails, CourseFields};
use leptos::prelude::*;
use leptos_meta::Title;

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
        <Title text="Authoring" />
        <h1>"Authoring"</h1>
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
                                                    {if course.published { "Published" } else { "Draft" }}
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
            <h2>"New course"</h2>
            <FormAlert error=failed.clone() />
            <ActionForm action=create attr:novalidate=true attr:class="stack">
                <CourseFields form current=new_course new_course=true />
                <button type="submit">"Create course"</button>
            </ActionForm>
        </section>
    }
}
