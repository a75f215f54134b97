use super::id_param;
use crate::accounts::country_name;
use crate::api::cohorts::{get_progress_report, SendReminder};
use crate::cohorts::{ModuleStanding, ProgressReport, ReportModule, ReportSort};
use crate::components::error_page::ErrorPage;
use crate::components::form::{failure, FormAlert, Notice};
use crate::components::raw_text::{PageTitle, TextArea};
use crate::t;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// A cohort's progress: participants × modules, with a filter by country,
/// a sort order, a CSV download and a chart of completed modules. For the
/// cohort's tutors and administrators.
#[component]
pub fn ProgressReportPage() -> impl IntoView {
    let query = use_query_map().get_untracked();
    let country = query.get("country").filter(|c| !c.is_empty());
    let sort = query.get("sort");
    let report = Resource::new(
        move || (id_param("id"), country.clone(), sort.clone()),
        |(id, country, sort)| get_progress_report(id, country, sort),
    );
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match report.await {
                    Ok(report) => view! { <ReportTable report /> }.into_any(),
                    Err(error) => view! { <ErrorPage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

fn standing_text(module: &ReportModule, standing: &ModuleStanding) -> String {
    let lessons = format!("{}/{}", standing.lessons_done, module.lessons);
    if !module.has_quiz {
        return lessons;
    }
    match (standing.quiz_best, standing.quiz_passed) {
        (Some(best), true) => t!("report-quiz-passed", lessons = lessons, best = best),
        (Some(best), false) => t!("report-quiz-score", lessons = lessons, best = best),
        (None, _) => t!("report-quiz-not-taken", lessons = lessons),
    }
}

fn sort_label(sort: ReportSort) -> String {
    match sort {
        ReportSort::Name => t!("report-sort-name"),
        ReportSort::ProgressAscending => t!("report-sort-least-progress"),
        ReportSort::ProgressDescending => t!("report-sort-most-progress"),
        ReportSort::LastActivity => t!("report-sort-longest-inactive"),
    }
}

fn module_abbreviation(index: usize) -> String {
    t!("report-module-short", number = index + 1)
}

/// How many participants completed each module, as horizontal bars drawn
/// on the server: no script, no image request.
#[component]
fn CompletionChart(modules: Vec<ReportModule>, participants: usize) -> impl IntoView {
    let bar_height = 22;
    let height = modules.len() * (bar_height + 8) + 8;
    let scale = |count: i64| {
        (count as usize * 300)
            .checked_div(participants)
            .unwrap_or_default()
    };
    let description = modules
        .iter()
        .enumerate()
        .map(|(i, m)| {
            t!(
                "report-chart-module",
                number = i + 1,
                done = m.completed_by,
                total = participants
            )
        })
        .collect::<Vec<_>>()
        .join("; ");
    view! {
        <figure class="chart">
            <svg
                viewBox=format!("0 0 460 {height}")
                role="img"
                aria-label=t!("report-chart-description", modules = description)
                xmlns="http://www.w3.org/2000/svg"
            >
                {modules
                    .into_iter()
                    .enumerate()
                    .map(|(i, module)| {
                        let y = 8 + i * (bar_height + 8);
                        let width = scale(module.completed_by);
                        view! {
                            <g>
                                <text x="0" y=y + 16 class="chart-label">{module_abbreviation(i)}</text>
                                <rect x="40" y=y width=300 height=bar_height class="chart-track" />
                                <rect x="40" y=y width=width height=bar_height class="chart-bar" />
                                <text x=350 y=y + 16 class="chart-label">
                                    {t!("report-chart-count", done = module.completed_by, total = participants)}
                                </text>
                            </g>
                        }
                    })
                    .collect_view()}
            </svg>
            <figcaption>{t!("report-chart-caption")}</figcaption>
        </figure>
    }
}

#[component]
fn ReportTable(report: ProgressReport) -> impl IntoView {
    let id = report.cohort_id;
    let country = report.country.clone().unwrap_or_default();
    let csv = format!(
        "/cohorts/{id}/progress.csv?country={country}&sort={}",
        report.sort.code()
    );
    let at_risk = report.rows.iter().filter(|r| r.at_risk).count();
    let days = report.at_risk_days;
    let summary = t!(
        "report-summary",
        count = report.rows.len(),
        at_risk = at_risk,
        days = days
    );
    let country_options: Vec<(String, String)> = report
        .countries
        .iter()
        .map(|code| (code.clone(), country_name(code)))
        .collect();
    let modules = report.modules.clone();
    let remind = ServerAction::<SendReminder>::new();
    let (remind_failed, remind_form) = failure(remind.value().get_untracked());
    let reminded = use_query_map()
        .get_untracked()
        .get("reminded")
        .and_then(|count| count.parse::<i64>().ok())
        .map(|count| t!("reminder-sent", count = count));
    let message = remind_form
        .value_for("message")
        .unwrap_or_else(|| t!("reminder-default"));

    view! {
        <PageTitle text=t!("report-title", cohort = &report.cohort_name) />
        <h1>{t!("report-heading")}</h1>
        <p class="lead">{format!("{} · {}", report.course_title, report.cohort_name)}</p>
        <form method="get" class="filters">
            <div class="field">
                <label for="country">{t!("cohort-column-country")}</label>
                <select id="country" name="country">
                    <option value="" selected=country.is_empty()>{t!("report-all-countries")}</option>
                    {country_options
                        .into_iter()
                        .map(|(code, name)| {
                            let selected = code == country;
                            view! { <option value=code selected=selected>{name}</option> }
                        })
                        .collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="sort">{t!("report-sort-by")}</label>
                <select id="sort" name="sort">
                    {ReportSort::ALL
                        .into_iter()
                        .map(|sort| {
                            let selected = sort == report.sort;
                            view! { <option value=sort.code() selected=selected>{sort_label(sort)}</option> }
                        })
                        .collect_view()}
                </select>
            </div>
            <button type="submit">{t!("report-show")}</button>
            <a class="button secondary" href=csv download="">{t!("report-download-csv")}</a>
            <a class="button secondary" href=format!("/cohorts/{}/certificates", report.cohort_id)>
                {t!("cohort-certificates-link")}
            </a>
        </form>
        <p>{summary}</p>
        <CompletionChart modules=modules.clone() participants=report.rows.len() />
        <ActionForm action=remind>
        <input type="hidden" name="cohort_id" value=id />
        <div class="table-scroll">
            <table class="progress-report">
                <thead>
                    <tr>
                        <th scope="col">{t!("reminder-select")}</th>
                        <th scope="col">{t!("report-column-participant")}</th>
                        <th scope="col">{t!("cohort-column-country")}</th>
                        {modules
                            .iter()
                            .enumerate()
                            .map(|(i, m)| {
                                view! {
                                    <th scope="col">
                                        <abbr title=m.title.clone()>{module_abbreviation(i)}</abbr>
                                    </th>
                                }
                            })
                            .collect_view()}
                        <th scope="col">{t!("report-column-progress")}</th>
                        <th scope="col">{t!("report-column-last-activity")}</th>
                    </tr>
                </thead>
                <tbody>
                    {report
                        .rows
                        .clone()
                        .into_iter()
                        .map(|row| {
                            let cells = modules
                                .iter()
                                .zip(&row.modules)
                                .map(|(m, s)| view! { <td>{standing_text(m, s)}</td> })
                                .collect_view();
                            view! {
                                <tr class:at-risk=row.at_risk>
                                    <td>
                                        <input
                                            type="checkbox"
                                            name=format!("participants[{}]", row.user_id)
                                            value="on"
                                            checked=row.at_risk
                                            aria-label=t!("reminder-select-person", name = &row.full_name)
                                        />
                                    </td>
                                    <th scope="row">
                                        {row.full_name.clone()}
                                        <br />
                                        <span class="muted">{row.email.clone()}</span>
                                    </th>
                                    <td>{country_name(&row.country)}</td>
                                    {cells}
                                    <td>{t!("report-percent", percent = row.percent)}</td>
                                    <td>
                                        {row.last_activity.clone()}
                                        {row.at_risk.then(|| view! { " " <span class="badge badge-warning">{t!("report-at-risk")}</span> })}
                                    </td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
        <section class="panel" id="reminder">
            <h2>{t!("reminder-title")}</h2>
            <p>{t!("reminder-intro")}</p>
            <Notice message=reminded />
            <FormAlert error=remind_failed />
            <div class="field">
                <label for="reminder-message">{t!("reminder-message")}</label>
                <TextArea id="reminder-message" name="message" rows=5 value=message />
            </div>
            <button type="submit">{t!("reminder-send")}</button>
        </section>
        </ActionForm>
    }
}
