use crate::components::form::{SelectField, TextAreaField, TextField};
use crate::error::FormErrors;
use crate::pages::accounts::language_options;
use crate::t;
use leptos::prelude::*;

/// A course's details as stored (all empty for a new course).
#[derive(Clone, Debug, Default)]
pub struct CourseDetails {
    pub title: String,
    pub slug: String,
    pub summary: String,
    pub language: String,
    pub estimated_hours: String,
}

/// The fields of a course's details, shared by "New course" and the course
/// editor: refilled from a failed submission, otherwise from `current`.
/// A new course may leave its slug empty to have it made from the title.
#[component]
pub fn CourseFields(form: FormErrors, current: CourseDetails, new_course: bool) -> impl IntoView {
    let value = |name: &str, current: String| form.value_for(name).unwrap_or(current);
    let title = value("title", current.title);
    let slug = value("slug", current.slug);
    let summary = value("summary", current.summary);
    let language = value("language", current.language);
    let hours = value("estimated_hours", current.estimated_hours);
    let (slug_label, slug_hint) = if new_course {
        (t!("admin-slug-optional"), Some(t!("admin-slug-hint")))
    } else {
        (t!("admin-slug"), None)
    };
    view! {
        <TextField label=t!("admin-title") name="title" value=title error=form.message_for("title") />
        {match slug_hint {
            Some(hint) => {
                view! { <TextField label=slug_label name="slug" value=slug error=form.message_for("slug") hint /> }
                    .into_any()
            }
            None => view! { <TextField label=slug_label name="slug" value=slug error=form.message_for("slug") /> }.into_any(),
        }}
        <TextAreaField label=t!("admin-summary") name="summary" value=summary error=form.message_for("summary") />
        <SelectField
            label=t!("admin-language")
            name="language"
            options=language_options()
            selected=language
            error=form.message_for("language")
        />
        <TextField
            label=t!("admin-estimated-hours")
            name="estimated_hours"
            kind="number"
            value=hours
            error=form.message_for("estimated_hours")
        />
    }
}
