use super::id_param;
use crate::api::quizzes::get_attempt_result;
use crate::components::error_page::ErrorPage;
use crate::components::raw_text::PageTitle;
use crate::quizzes::AttemptResult;
use crate::t;
use leptos::prelude::*;

/// The score of a submitted attempt, with what the review policy allows.
#[component]
pub fn ResultPage() -> impl IntoView {
    let result = Resource::new(id_param, get_attempt_result);
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match result.await {
                    Ok(result) => view! { <ResultView result /> }.into_any(),
                    Err(error) => view! { <ErrorPage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn ResultView(result: AttemptResult) -> impl IntoView {
    let (score, mark) = (result.score, result.pass_mark);
    let verdict = if result.passed {
        t!("quiz-result-passed", score = score, mark = mark)
    } else {
        t!("quiz-result-failed", score = score, mark = mark)
    };
    let left = result
        .attempts_left
        .map(|count| t!("quiz-attempts-left", count = count))
        .unwrap_or_default();
    view! {
        <PageTitle text=t!("quiz-result-title", quiz = &result.quiz_title) />
        <p class="breadcrumbs">
            <a href=format!("/quizzes/{}", result.quiz_id)>{result.quiz_title.clone()}</a>
        </p>
        <h1>{t!("quiz-result-heading", number = result.number, score = result.score)}</h1>
        <div class="alert" class:alert-success=result.passed class:alert-error=!result.passed role="status">
            {verdict}
        </div>
        <p>{left}</p>
        <ol class="review">
            {result
                .questions
                .into_iter()
                .map(|q| {
                    view! {
                        <li class="question" class:right=q.correct class:wrong=!q.correct>
                            <p class="prompt">{q.prompt}</p>
                            <p>{t!("quiz-your-answer-label")} " " <strong>{q.your_answer}</strong></p>
                            <p class="mark">{if q.correct { t!("quiz-right") } else { t!("quiz-not-right") }}</p>
                            {q.feedback.into_iter().map(|f| view! { <p class="feedback">{f}</p> }).collect_view()}
                            {q.correct_answer.map(|a| view! { <p>{t!("quiz-correct-answer")} " " <strong>{a}</strong></p> })}
                            {q.explanation.map(|e| view! { <p class="explanation">{e}</p> })}
                        </li>
                    }
                })
                .collect_view()}
        </ol>
        <p>
            <a class="button secondary" href=format!("/quizzes/{}", result.quiz_id)>{t!("quiz-back")}</a>
        </p>
    }
}
