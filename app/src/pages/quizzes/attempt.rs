use super::id_param;
use crate::api::quizzes::{get_attempt_form, SubmitAttempt};
use crate::components::error_page::ErrorPage;
use crate::components::form::{failure, FormAlert};
use crate::components::raw_text::PageTitle;
use crate::error::FormErrors;
use crate::quizzes::{AttemptForm, AttemptState, QuestionForm, QuestionInput};
use crate::t;
use leptos::prelude::*;

/// All questions of an open attempt on one page, submitted together.
#[component]
pub fn AttemptPage() -> impl IntoView {
    let form = Resource::new(id_param, get_attempt_form);
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match form.await {
                    Ok(AttemptState::Open(attempt)) => view! { <AttemptView attempt /> }.into_any(),
                    Ok(AttemptState::Submitted { result_path }) => {
                        #[cfg(feature = "ssr")]
                        leptos_axum::redirect(&result_path);
                        view! {
                            <p>
                                {t!("quiz-attempt-submitted")}
                                " "
                                <a href=result_path>{t!("quiz-see-result")}</a>
                            </p>
                        }
                            .into_any()
                    }
                    Err(error) => view! { <ErrorPage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn AttemptView(attempt: AttemptForm) -> impl IntoView {
    let submit = ServerAction::<SubmitAttempt>::new();
    let (failed, typed) = failure(submit.value().get_untracked());
    view! {
        <PageTitle text=t!("quiz-attempt-title", quiz = &attempt.quiz_title, number = attempt.number) />
        <p class="breadcrumbs">
            <a href=format!("/quizzes/{}", attempt.quiz_id)>{attempt.quiz_title.clone()}</a>
        </p>
        <h1>{t!("quiz-attempt", number = attempt.number)}</h1>
        <FormAlert error=failed />
        <ActionForm action=submit attr:class="quiz" attr:novalidate=true>
            <input type="hidden" name="attempt_id" value=attempt.attempt_id />
            {attempt
                .questions
                .into_iter()
                .map(|question| view! { <Question question typed=typed.clone() /> })
                .collect_view()}
            <button type="submit">{t!("quiz-submit")}</button>
        </ActionForm>
    }
}

#[component]
fn Question(question: QuestionForm, typed: FormErrors) -> impl IntoView {
    let field = question.field.clone();
    let name = format!("answers[{field}]");
    let error = typed.message_for(&field);
    let invalid = error.is_some();
    let previous = typed.value_for(&field).unwrap_or_default();
    let (number, points) = (question.number, question.points);
    let legend = if points == 1 {
        t!("quiz-question", number = number)
    } else {
        t!("quiz-question-points", number = number, points = points)
    };
    let input = match question.input {
        QuestionInput::SingleChoice { options } => options
            .into_iter()
            .map(|(id, text)| {
                let checked = previous == id;
                view! {
                    <label class="option">
                        <input type="radio" name=name.clone() value=id checked=checked />
                        {text}
                    </label>
                }
            })
            .collect_view()
            .into_any(),
        QuestionInput::MultipleChoice { options } => view! {
            <p class="hint">{t!("quiz-choose-all")}</p>
            {options
                .into_iter()
                .map(|(id, text)| {
                    view! {
                        <label class="option">
                            <input type="checkbox" name=format!("answers[{field}-{id}]") value="on" />
                            {text}
                        </label>
                    }
                })
                .collect_view()}
        }
        .into_any(),
        QuestionInput::TrueFalse => [("true", t!("quiz-true")), ("false", t!("quiz-false"))]
            .into_iter()
            .map(|(value, text)| {
                view! {
                    <label class="option">
                        <input type="radio" name=name.clone() value=value checked=previous == value />
                        {text}
                    </label>
                }
            })
            .collect_view()
            .into_any(),
        QuestionInput::Numeric { unit } => {
            let id = format!("{}-input", question.field);
            view! {
                <label class="visually-hidden" for=id.clone()>
                    {t!("quiz-your-answer")}
                </label>
                <span class="numeric">
                    <input id=id type="text" inputmode="decimal" name=name.clone() value=previous.clone() autocomplete="off" />
                    " "
                    {unit}
                </span>
            }
                .into_any()
        }
        QuestionInput::ShortText => {
            let id = format!("{}-input", question.field);
            view! {
                <label class="visually-hidden" for=id.clone()>
                    {t!("quiz-your-answer")}
                </label>
                <input id=id type="text" name=name.clone() value=previous.clone() autocomplete="off" />
            }
                .into_any()
        }
    };
    view! {
        <fieldset class="question" class:invalid=invalid>
            <legend>{legend}</legend>
            <p class="prompt">{question.prompt}</p>
            {input}
            {error.map(|message| view! { <p class="field-error">{message}</p> })}
        </fieldset>
    }
}
