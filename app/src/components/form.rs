//! Labelled form fields that show their own error, for server-rendered forms.

use crate::components::error_page::error_message;
use crate::components::password_input::PasswordInput;
use crate::components::raw_text::TextArea;
use crate::error::{AppError, FormErrors};
use crate::t;
use leptos::prelude::*;

/// What a page shows after a failed submission of a form: the error for the
/// alert above it and, when it was invalid input, the per-field messages and
/// the values to refill. Pass `action.value().get_untracked()`.
pub fn failure<T>(outcome: Option<Result<T, AppError>>) -> (Option<AppError>, FormErrors) {
    let error = outcome.and_then(Result::err);
    let form = error
        .as_ref()
        .and_then(|e| e.form().cloned())
        .unwrap_or_default();
    (error, form)
}

fn described_by(ids: [Option<String>; 2]) -> Option<String> {
    let ids: Vec<String> = ids.into_iter().flatten().collect();
    (!ids.is_empty()).then(|| ids.join(" "))
}

/// A labelled text input (any `type` but password).
#[component]
pub fn TextField(
    #[prop(into)] label: String,
    name: &'static str,
    #[prop(default = "text")] kind: &'static str,
    #[prop(optional, into)] value: String,
    #[prop(optional_no_strip)] error: Option<String>,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(optional)] autocomplete: Option<&'static str>,
) -> impl IntoView {
    let hint_id = hint.as_ref().map(|_| format!("{name}-hint"));
    let invalid = error.is_some();
    let error_id = error.as_ref().map(|_| format!("{name}-error"));
    let describedby = described_by([hint_id.clone(), error_id.clone()]);
    view! {
        <div class="field" class:invalid=invalid>
            <label for=name>{label}</label>
            {hint.map(|text| view! { <p class="hint" id=hint_id>{text}</p> })}
            <input
                id=name
                name=name
                type=kind
                value=value
                autocomplete=autocomplete
                aria-invalid=invalid.then_some("true")
                aria-describedby=describedby
            />
            {error.map(|message| view! { <p class="field-error" id=error_id>{message}</p> })}
        </div>
    }
}

/// A labelled password input; with JavaScript it gains a show/hide button.
/// A password is never written back into the page.
#[component]
pub fn PasswordField(
    #[prop(into)] label: String,
    name: &'static str,
    #[prop(optional_no_strip)] error: Option<String>,
    #[prop(optional, into)] hint: Option<String>,
    autocomplete: &'static str,
) -> impl IntoView {
    let hint_id = hint.as_ref().map(|_| format!("{name}-hint"));
    let invalid = error.is_some();
    let error_id = error.as_ref().map(|_| format!("{name}-error"));
    let describedby = described_by([hint_id.clone(), error_id.clone()]);
    view! {
        <div class="field" class:invalid=invalid>
            <label for=name>{label}</label>
            {hint.map(|text| view! { <p class="hint" id=hint_id>{text}</p> })}
            <PasswordInput
                name=name
                autocomplete=autocomplete
                invalid=invalid
                describedby=describedby
                show=t!("form-show-password")
                hide=t!("form-hide-password")
            />
            {error.map(|message| view! { <p class="field-error" id=error_id>{message}</p> })}
        </div>
    }
}

/// A labelled multi-line text box.
#[component]
pub fn TextAreaField(
    #[prop(into)] label: String,
    name: &'static str,
    #[prop(optional, into)] value: String,
    #[prop(optional_no_strip)] error: Option<String>,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(default = 4)] rows: u32,
) -> impl IntoView {
    let invalid = error.is_some();
    let hint_id = hint.as_ref().map(|_| format!("{name}-hint"));
    let error_id = error.as_ref().map(|_| format!("{name}-error"));
    let describedby = described_by([hint_id.clone(), error_id.clone()]);
    view! {
        <div class="field" class:invalid=invalid>
            <label for=name>{label}</label>
            {hint.map(|text| view! { <p class="hint" id=hint_id>{text}</p> })}
            <TextArea id=name name=name rows=rows value=value describedby=describedby invalid=invalid />
            {error.map(|message| view! { <p class="field-error" id=error_id>{message}</p> })}
        </div>
    }
}

/// A labelled drop-down list of (value, label) options.
#[component]
pub fn SelectField(
    #[prop(into)] label: String,
    name: &'static str,
    options: Vec<(String, String)>,
    #[prop(optional, into)] selected: String,
    #[prop(optional_no_strip)] error: Option<String>,
    #[prop(optional, into)] placeholder: Option<String>,
    #[prop(optional)] autocomplete: Option<&'static str>,
) -> impl IntoView {
    let invalid = error.is_some();
    let error_id = error.as_ref().map(|_| format!("{name}-error"));
    view! {
        <div class="field" class:invalid=invalid>
            <label for=name>{label}</label>
            <select
                id=name
                name=name
                autocomplete=autocomplete
                aria-invalid=invalid.then_some("true")
                aria-describedby=error_id.clone()
            >
                {placeholder
                    .map(|text| {
                        view! {
                            <option value="" selected=selected.is_empty()>
                                {text}
                            </option>
                        }
                    })}
                {options
                    .into_iter()
                    .map(|(value, text)| {
                        let is_selected = value == selected;
                        view! {
                            <option value=value selected=is_selected>
                                {text}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
            {error.map(|message| view! { <p class="field-error" id=error_id>{message}</p> })}
        </div>
    }
}

/// The message above a form after a failed submission.
#[component]
pub fn FormAlert(error: Option<AppError>) -> impl IntoView {
    error.map(|error| {
        view! {
            <div class="alert alert-error" role="alert">
                {error_message(&error)}
            </div>
        }
    })
}

/// A confirmation shown after a successful change.
#[component]
pub fn Notice(message: Option<String>) -> impl IntoView {
    message.map(|message| {
        view! {
            <div class="alert alert-success" role="status">
                {message}
            </div>
        }
    })
}
