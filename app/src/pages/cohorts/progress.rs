use super::id_param;
use crate::accounts::country_name;
use crate::api::cohorts::get_progress_report;
use crate::cohorts::{ModuleStanding, ProgressReport, ReportModule, ReportSort};
use crate::components::error_page::ErrorPage;
use leptos::prelude::*;
use leptos_meta::Title;
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
        (Some(best), true) => format!("{lessons} · quiz {best}% ✓"),
        (Some(best), false) => format!("{lessons} · quiz {best}%"),
        (None, _) => format!("{lessons} · quiz –"),
    }
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
        .map(|(i, m)| format!("Module {}: {} of {participants}", i + 1, m.completed_by))
        .collect::<Vec<_>>()
        .join("; ");
    view! {
        <figure class="chart">
            <svg
                viewBox=format!("0 0 460 {height}")
                role="img"
                aria-label=format!("Participants who completed each module. {description}")
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
                                <text x="0" y=y + 16 class="chart-label">{format!("M{}", i + 1)}</text>
                                <rect x="40" y=y width=300 height=bar_height class="chart-track" />
                                <rect x="40" y=y width=width height=bar_height class="chart-bar" />
                                <text x=350 y=y + 16 class="chart-label">
                                    {format!("{} of {participants}", module.completed_by)}
                                </text>
                            </g>
                        }
                    })
                    .collect_view()}
            </svg>
            <figcaption>"Participants who completed each module (every lesson read, quiz passed)"</figcaption>
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
    let summary = format!(
        "{} participants; {at_risk} at risk (no activity for more than {} days).",
        report.rows.len(),
        report.at_risk_days
    );
    let country_options: Vec<(String, String)> = report
        .countries
        .iter()
        .map(|code| (code.clone(), country_name(code).to_string()))
        .collect();
    let modules = report.modules.clone();

    view! {
        <Title text=format!("Progress: {}", report.cohort_name) />
        <h1>"Progress report"</h1>
        <p class="lead">{format!("{} · {}", report.course_title, report.cohort_name)}</p>
        <form method="get" class="filters">
            <div class="field">
                <label for="country">"Country"</label>
                <select id="country" name="country">
                    <option value="" selected=country.is_empty()>"All countries"</option>
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
                <label for="sort">"Sort by"</label>
                <select id="sort" name="sort">
                    {ReportSort::ALL
                        .into_iter()
                        .map(|sort| {
                            let selected = sort == report.sort;
                            view! { <option value=sort.code() selected=selected>{sort.label()}</option> }
                        })
                        .collect_view()}
                </select>
            </div>
            <button type="submit">"Show"</button>
            <a class="button secondary" href=csv download="">"Download CSV"</a>
            <a class="button secondary" href=format!("/cohorts/{}/certificates", report.cohort_id)>
                "Certificates"
            </a>
        </form>
        <p>{summary}</p>
        <CompletionChart modules=modules.clone() participants=report.rows.len() />
        <div class="table-scroll">
            <table class="progress-report">
                <thead>
                    <tr>
                        <th scope="col">"Participant"</th>
                        <th scope="col">"Country"</th>
                        {modules
                            .iter()
                            .enumerate()
                            .map(|(i, m)| {
                                view! {
                                    <th scope="col">
                                        <abbr title=m.title.clone()>{format!("M{}", i + 1)}</abbr>
                                    </th>
                                }
                            })
                            .collect_view()}
                        <th scope="col">"Progress"</th>
                        <th scope="col">"Last activity"</th>
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
                                    <th scope="row">
                                        {row.full_name.clone()}
                                        <br />
                                        <span class="muted">{row.email.clone()}</span>
                                    </th>
                                    <td>{country_name(&row.country).to_string()}</td>
                                    {cells}
                                    <td>{format!("{}%", row.percent)}</td>
                                    <td>
                                        {row.last_activity.clone()}
                                        {row.at_risk.then(|| view! { " " <span class="badge badge-warning">"At risk"</span> })}
                                    </td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
}
