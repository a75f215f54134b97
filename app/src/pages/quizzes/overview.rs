use super::id_param;
use crate::api::quizzes::{get_quiz_overview, StartAttempt};
use crate::components::error_page::ErrorPage;
use crate::components::form::{failure, FormAlert};
use crate::components::raw_text::PageTitle;
use crate::quizzes::QuizOverview;
use crate::t;
use leptos::prelude::*;

/// A quiz's rules, the reader's attempts and best score, and "Start attempt".
#[component]
pub fn QuizPage() -> impl IntoView {
    let overview = Resource::new(id_param, get_quiz_overview);
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match overview.await {
                    Ok(quiz) => view! { <QuizView quiz /> }.into_any(),
                    Err(error) => view! { <ErrorPage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn QuizView(quiz: QuizOverview) -> impl IntoView {
    let start = ServerAction::<StartAttempt>::new();
    let (failed, _) = failure(start.value().get_untracked());
    let rules = format!(
        "{} · {} · {}",
        t!("quiz-questions", count = quiz.questions),
        t!("quiz-pass-mark", mark = quiz.pass_mark),
        match quiz.max_attempts {
            Some(n) => t!("quiz-attempts-allowed", count = n),
            None => t!("quiz-unlimited-attempts"),
        }
    );
    let open = quiz.attempts.iter().find(|a| !a.submitted).map(|a| a.id);
    view! {
        <PageTitle text=quiz.title.clone() />
        <p class="breadcrumbs">
            <a href=format!("/courses/{}", quiz.course_slug)>{quiz.course_title.clone()}</a>
            " › "
            {quiz.module_title.clone()}
        </p>
        <h1>{quiz.title.clone()}</h1>
        <p class="muted">{rules}</p>
        <FormAlert error=failed />
        {quiz
            .sees_results
            .then(|| {
                view! {
                    <p>
                        <a class="button secondary" href=format!("/quizzes/{}/report", quiz.id)>
                            {t!("quiz-results-by-cohort")}
                        </a>
                    </p>
                }
            })}
        {match (&quiz.best_score, quiz.passed) {
            (Some(best), true) => {
                view! { <p class="done-mark">{t!("quiz-passed-best", score = *best)}</p> }.into_any()
            }
            (Some(best), false) => view! { <p>{t!("quiz-best-so-far", score = *best)}</p> }.into_any(),
            (None, _) => ().into_any(),
        }}
        {match quiz.cannot_attempt.clone() {
            Some(reason) => view! { <p class="muted">{reason}</p> }.into_any(),
            None => {
                view! {
                    <ActionForm action=start attr:class="inline-form">
                        <input type="hidden" name="quiz_id" value=quiz.id />
                        <button type="submit">
                            {if open.is_some() { t!("quiz-continue-attempt") } else { t!("quiz-start-attempt") }}
                        </button>
                    </ActionForm>
                }
                    .into_any()
            }
        }}
        {(!quiz.attempts.is_empty())
            .then(|| {
                view! {
                    <h2>{t!("quiz-your-attempts")}</h2>
                    <ul class="attempts">
                        {quiz
                            .attempts
                            .iter()
                            .map(|a| {
                                let (href, text) = match a.score {
                                    Some(score) if a.submitted => (
                                        format!("/attempts/{}/result", a.id),
                                        if a.passed {
                                            t!("quiz-attempt-passed", number = a.number, score = score)
                                        } else {
                                            t!("quiz-attempt-not-passed", number = a.number, score = score)
                                        },
                                    ),
                                    _ => (format!("/attempts/{}", a.id), t!("quiz-attempt-open", number = a.number)),
                                };
                                view! {
                                    <li>
                                        <a href=href>{text}</a>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                }
            })}
    }
}
