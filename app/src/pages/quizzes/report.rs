use super::id_param;
use crate::api::quizzes::get_quiz_report;
use crate::components::error_page::ErrorPage;
use crate::components::raw_text::PageTitle;
use crate::quizzes::QuizReport;
use crate::t;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// A quiz's results by cohort, for the course's tutors and administrators.
#[component]
pub fn QuizReportPage() -> impl IntoView {
    let cohort = use_query_map()
        .get_untracked()
        .get("cohort")
        .and_then(|c| c.parse::<i64>().ok());
    let report = Resource::new(
        move || (id_param(), cohort),
        |(quiz, cohort)| get_quiz_report(quiz, cohort),
    );
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match report.await {
                    Ok(report) => view! { <ReportView report /> }.into_any(),
                    Err(error) => view! { <ErrorPage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn ReportView(report: QuizReport) -> impl IntoView {
    let selected = report.cohort_id.unwrap_or_default();
    view! {
        <PageTitle text=t!("quiz-report-title", quiz = &report.quiz_title) />
        <p class="breadcrumbs">
            <a href=format!("/quizzes/{}", report.quiz_id)>{report.quiz_title.clone()}</a>
        </p>
        <h1>{t!("quiz-report-heading")}</h1>
        <form method="get" action=format!("/quizzes/{}/report", report.quiz_id) class="search-form">
            <label for="cohort">{t!("quiz-cohort")}</label>
            <select id="cohort" name="cohort">
                {report
                    .cohorts
                    .iter()
                    .map(|(id, name)| {
                        view! {
                            <option value=*id selected=*id == selected>
                                {name.clone()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
            <button type="submit" class="secondary">{t!("quiz-show")}</button>
        </form>
        {report.cohorts.is_empty().then(|| view! { <p>{t!("quiz-no-cohorts")}</p> })}
        <h2>{t!("quiz-participants")}</h2>
        <div class="table-scroll">
            <table>
                <thead>
                    <tr>
                        <th scope="col">{t!("quiz-participant")}</th>
                        <th scope="col">{t!("quiz-attempts")}</th>
                        <th scope="col">{t!("quiz-best-score")}</th>
                        <th scope="col">{t!("quiz-passed-mark", mark = report.pass_mark)}</th>
                    </tr>
                </thead>
                <tbody>
                    {report
                        .participants
                        .into_iter()
                        .map(|p| {
                            view! {
                                <tr>
                                    <td>{p.name}</td>
                                    <td>{p.attempts}</td>
                                    <td>{p.best_score.map(|s| t!("quiz-percent", score = s)).unwrap_or_else(|| "–".into())}</td>
                                    <td>{if p.passed { t!("quiz-yes") } else { t!("quiz-no") }}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
        <h2>{t!("quiz-questions-heading")}</h2>
        <p class="muted">{t!("quiz-questions-hint")}</p>
        <div class="table-scroll">
            <table>
                <thead>
                    <tr>
                        <th scope="col">{t!("quiz-question-column")}</th>
                        <th scope="col">{t!("quiz-right-column")}</th>
                    </tr>
                </thead>
                <tbody>
                    {report
                        .questions
                        .into_iter()
                        .map(|q| {
                            let share = if q.answered == 0 {
                                "–".to_string()
                            } else {
                                t!("quiz-share", right = q.right, answered = q.answered, percent = q.right * 100 / q.answered)
                            };
                            view! {
                                <tr>
                                    <td>{format!("{}. {}", q.number, q.prompt)}</td>
                                    <td>{share}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
}
