use crate::cohorts::CohortSettingsView;
use crate::components::form::{SelectField, TextField};
use crate::error::FormErrors;
use crate::pages::accounts::language_options;
use crate::t;
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
            label=t!("cohort-field-name")
            name="name"
            value=value("name", current.name)
            error=form.message_for("name")
        />
        <TextField
            label=t!("cohort-field-starts-on")
            name="starts_on"
            kind="date"
            value=value("starts_on", current.starts_on)
            error=form.message_for("starts_on")
        />
        <TextField
            label=t!("cohort-field-ends-on")
            name="ends_on"
            kind="date"
            value=value("ends_on", current.ends_on)
            error=form.message_for("ends_on")
            hint=t!("cohort-field-ends-on-hint")
        />
        <SelectField
            label=t!("cohort-field-language")
            name="language"
            options=language_options()
            selected=value("language", current.language.code().to_string())
            error=form.message_for("language")
        />
        <TextField
            label=t!("cohort-field-capacity")
            name="capacity"
            kind="number"
            value=value("capacity", current.capacity.map(|c| c.to_string()).unwrap_or_default())
            error=form.message_for("capacity")
            hint=t!("cohort-field-capacity-hint")
        />
        <TextField
            label=t!("cohort-field-enrolment-key")
            name="enrolment_key"
            value=value("enrolment_key", current.enrolment_key.unwrap_or_default())
            error=form.message_for("enrolment_key")
            hint=t!("cohort-field-enrolment-key-hint")
        />
        <TextField
            label=t!("cohort-field-at-risk-days")
            name="at_risk_days"
            kind="number"
            value=value("at_risk_days", current.at_risk_days.to_string())
            error=form.message_for("at_risk_days")
        />
        <TextField
            label=t!("cohort-field-set-size")
            name="set_size"
            kind="number"
            value=value("set_size", current.set_size.to_string())
            error=form.message_for("set_size")
        />
        <div class="field checkbox">
            <input type="checkbox" id="enrolment_open" name="enrolment_open" value="on" checked=open />
            <label for="enrolment_open">{t!("cohort-field-enrolment-open")}</label>
        </div>
    }
}
