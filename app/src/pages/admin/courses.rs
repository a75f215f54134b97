use crate::api::authoring::{admin_courses, CreateCourse};
use crate::components::error_page::ErrorPage;
use crate::components::form::{failure, FormAlert, SelectField, TextAreaField, TextField};
use crate::pages::accounts::language_options;
use leptos::prelude::*;
use leptos_meta::Title;

/// Administrators' list of every course, with a form for a new one.
#[component]
pub fn CoursesAdminPage() -> impl IntoView {
    let courses = Resource::new(|| (), |_| admin_courses());
    let create = ServerAction::<CreateCourse>::new();
    let (failed, form) = failure(create.value().get_untracked());
    let value = |name| form.value_for(name).unwrap_or_default();
    let (title, slug, summary, hours) = (
        value("title"),
        value("slug"),
        value("summary"),
        value("estimated_hours"),
    );
    let language = form.value_for("language").unwrap_or_else(|| "en".into());
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
                <TextField label="Title" name="title" value=title error=form.message_for("title") />
                <TextField
                    label="Slug (optional)"
                    name="slug"
                    value=slug
                    error=form.message_for("slug")
                    hint="The course's address: /courses/<slug>. Made from the title if left empty."
                />
                <TextAreaField label="Summary" name="summary" value=summary error=form.message_for("summary") />
                <SelectField
                    label="Language"
                    name="language"
                    options=language_options()
                    selected=language
                    error=form.message_for("language")
                />
                <TextField
                    label="Estimated hours"
                    name="estimated_hours"
                    kind="number"
                    value=hours
                    error=form.message_for("estimated_hours")
                />
                <button type="submit">"Create course"</button>
            </ActionForm>
        </section>
    }
}
