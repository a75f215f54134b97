use crate::cohorts::CohortSettingsView;
use crate::components::form::{SelectField, TextField};
use crate::error::FormErrors;
use crate::pages::accounts::language_options;
use leptos::prelude::*;

/// The fields of a cohort's settings, shared by "Add a cohort" and the
/// cohort page: refilled from a failed submission, otherwise from `current`.
#[component]
pub fn CohortFields(form: FormErrors, current: CohortSettingsView) -> impl IntoView {
    let value = |name: &str, current: String| form.value_for(name).unwrap_or(current);
    let open = match form.value_for("enrolment_open") {
        Some(typed) => !typed.is_empty(),
        None => current.enrolment_open,
    };
    view! {
        <TextField
            label="Cohort name"
            name="name"
            value=value("name", current.name)
            error=form.message_for("name")
        />
        <TextField
            label="Starts on"
            name="starts_on"
            kind="date"
            value=value("starts_on", current.starts_on)
            error=form.message_for("starts_on")
        />
        <TextField
            label="Ends on"
            name="ends_on"
            kind="date"
            value=value("ends_on", current.ends_on)
            error=form.message_for("ends_on")
            hint="After this date the course is read-only for the cohort's participants."
        />
        <SelectField
            label="Language of the cohort"
            name="language"
            options=language_options()
            selected=value("language", current.language.code().to_string())
            error=form.message_for("language")
        />
        <TextField
            label="Places (optional)"
            name="capacity"
            kind="number"
            value=value("capacity", current.capacity.map(|c| c.to_string()).unwrap_or_default())
            error=form.message_for("capacity")
            hint="Leave empty for no limit. When the cohort is full, people who enrol join a waiting list."
        />
        <TextField
            label="Enrolment key (optional)"
            name="enrolment_key"
            value=value("enrolment_key", current.enrolment_key.unwrap_or_default())
            error=form.message_for("enrolment_key")
            hint="If set, participants must type it to enrol. Capitals do not matter."
        />
        <TextField
            label="Days without activity before a participant is \"at risk\""
            name="at_risk_days"
            kind="number"
            value=value("at_risk_days", current.at_risk_days.to_string())
            error=form.message_for("at_risk_days")
        />
        <TextField
            label="Largest action-learning set"
            name="set_size"
            kind="number"
            value=value("set_size", current.set_size.to_string())
            error=form.message_for("set_size")
        />
        <div class="field checkbox">
            <input type="checkbox" id="enrolment_open" name="enrolment_open" value="on" checked=open />
            <label for="enrolment_open">"Enrolment is open"</label>
        </div>
    }
}
