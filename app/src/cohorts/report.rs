//! A cohort's progress report: participants × modules, in five queries
//! whatever the cohort's size (participants, modules, lesson completions
//! grouped by module, best quiz attempts, latest set posts), assembled in
//! memory.

use super::store::CohortRecord;
use super::{ModuleStanding, ProgressReport, ReportModule, ReportRow, ReportSort};
use crate::dates::calendar_date;
use crate::dates::today;
use sqlx::SqlitePool;
use std::collections::HashMap;

#[derive(sqlx::FromRow)]
struct Participant {
    enrolment_id: i64,
    user_id: i64,
    full_name: String,
    email: String,
    country: String,
    enrolled_at: String,
}

#[derive(sqlx::FromRow)]
struct ModuleRow {
    id: i64,
    title: String,
    lessons: i64,
    quiz_id: Option<i64>,
}

pub async fn progress_report(
    pool: &SqlitePool,
    cohort: &CohortRecord,
    country: Option<&str>,
    sort: ReportSort,
) -> sqlx::Result<ProgressReport> {
    let participants: Vec<Participant> = sqlx::query_as(
        "SELECT e.id AS enrolment_id, u.id AS user_id, u.full_name, u.email, u.country,
                e.enrolled_at
         FROM enrolments e JOIN users u ON u.id = e.user_id
         WHERE e.cohort_id = ? AND e.status = 'active'
         ORDER BY u.full_name, e.id",
    )
    .bind(cohort.id)
    .fetch_all(pool)
    .await?;
    let modules: Vec<ModuleRow> = sqlx::query_as(
        "SELECT m.id, m.title,
                (SELECT COUNT(*) FROM lessons l WHERE l.module_id = m.id) AS lessons,
                q.id AS quiz_id
         FROM modules m LEFT JOIN quizzes q ON q.module_id = m.id
         WHERE m.course_id = ? ORDER BY m.position, m.id",
    )
    .bind(cohort.course_id)
    .fetch_all(pool)
    .await?;
    let lessons_done: Vec<(i64, i64, i64, String)> = sqlx::query_as(
        "SELECT lc.enrolment_id, l.module_id, COUNT(*), MAX(lc.completed_at)
         FROM enrolments e
         JOIN lesson_completions lc ON lc.enrolment_id = e.id
         JOIN lessons l ON l.id = lc.lesson_id
         WHERE e.cohort_id = ? AND e.status = 'active'
         GROUP BY lc.enrolment_id, l.module_id",
    )
    .bind(cohort.id)
    .fetch_all(pool)
    .await?;
    let quiz_results: Vec<(i64, i64, Option<i64>, bool, String)> = sqlx::query_as(
        "SELECT a.enrolment_id, a.quiz_id, MAX(a.score_percent),
                COALESCE(MAX(CASE WHEN a.passed THEN 1 ELSE 0 END), 0) = 1,
                MAX(a.submitted_at)
         FROM enrolments e
         JOIN quiz_attempts a ON a.enrolment_id = e.id
         WHERE e.cohort_id = ? AND e.status = 'active' AND a.submitted_at IS NOT NULL
         GROUP BY a.enrolment_id, a.quiz_id",
    )
    .bind(cohort.id)
    .fetch_all(pool)
    .await?;
    // Posts in the cohort's action-learning sets count as activity too.
    let set_posts: Vec<(i64, String)> = sqlx::query_as(
        "SELECT p.author_id, MAX(p.created_at)
         FROM learning_sets s JOIN posts p ON p.set_id = s.id
         WHERE s.cohort_id = ?
         GROUP BY p.author_id",
    )
    .bind(cohort.id)
    .fetch_all(pool)
    .await?;

    let mut lessons: HashMap<(i64, i64), i64> = HashMap::new();
    let mut last_activity: HashMap<i64, String> = HashMap::new();
    let mut note_activity = |enrolment_id: i64, at: String| {
        let latest = last_activity.entry(enrolment_id).or_default();
        if at > *latest {
            *latest = at;
        }
    };
    for (enrolment_id, module_id, done, at) in lessons_done {
        lessons.insert((enrolment_id, module_id), done);
        note_activity(enrolment_id, at);
    }
    let enrolment_of: HashMap<i64, i64> = participants
        .iter()
        .map(|p| (p.user_id, p.enrolment_id))
        .collect();
    for (user_id, at) in set_posts {
        if let Some(&enrolment_id) = enrolment_of.get(&user_id) {
            note_activity(enrolment_id, at);
        }
    }
    let mut quizzes: HashMap<(i64, i64), (Option<i64>, bool)> = HashMap::new();
    for (enrolment_id, quiz_id, best, passed, at) in quiz_results {
        quizzes.insert((enrolment_id, quiz_id), (best, passed));
        note_activity(enrolment_id, at);
    }

    let mut countries: Vec<String> = participants.iter().map(|p| p.country.clone()).collect();
    countries.sort();
    countries.dedup();
    let country = country.filter(|c| countries.iter().any(|known| known == c));

    let total_steps: i64 = modules
        .iter()
        .map(|m| m.lessons + i64::from(m.quiz_id.is_some()))
        .sum();
    let as_of = calendar_date(&today().min(cohort.ends_on.clone()));
    let started = calendar_date(&cohort.starts_on);
    let mut completed_by = vec![0i64; modules.len()];
    let mut rows = Vec::new();
    for participant in participants {
        if country.is_some_and(|c| c != participant.country) {
            continue;
        }
        let standings: Vec<ModuleStanding> = modules
            .iter()
            .map(|module| {
                let (quiz_best, quiz_passed) = module
                    .quiz_id
                    .and_then(|quiz| quizzes.get(&(participant.enrolment_id, quiz)).copied())
                    .unwrap_or((None, false));
                ModuleStanding {
                    lessons_done: lessons
                        .get(&(participant.enrolment_id, module.id))
                        .copied()
                        .unwrap_or(0),
                    quiz_best,
                    quiz_passed,
                }
            })
            .collect();
        let mut steps_done = 0;
        for ((module, standing), count) in modules.iter().zip(&standings).zip(&mut completed_by) {
            steps_done += standing.lessons_done + i64::from(standing.quiz_passed);
            if standing.lessons_done >= module.lessons
                && (module.quiz_id.is_none() || standing.quiz_passed)
            {
                *count += 1;
            }
        }
        let percent = if total_steps == 0 {
            0
        } else {
            steps_done * 100 / total_steps
        };
        let last = last_activity
            .remove(&participant.enrolment_id)
            .filter(|at| *at > participant.enrolled_at)
            .unwrap_or(participant.enrolled_at);
        // Quiet days count from the later of the last activity and the
        // cohort's start, up to today or the cohort's end.
        let quiet_since = calendar_date(&last).max(started);
        let at_risk = percent < 100
            && matches!((as_of, started, quiet_since), (Some(as_of), Some(start), Some(since))
                if as_of >= start && (as_of - since).whole_days() > cohort.at_risk_days);
        rows.push(ReportRow {
            user_id: participant.user_id,
            full_name: participant.full_name,
            email: participant.email,
            country: participant.country,
            modules: standings,
            percent,
            last_activity: last,
            at_risk,
        });
    }
    match sort {
        ReportSort::Name => {}
        ReportSort::ProgressAscending => rows.sort_by_key(|r| r.percent),
        ReportSort::ProgressDescending => rows.sort_by_key(|r| std::cmp::Reverse(r.percent)),
        ReportSort::LastActivity => rows.sort_by(|a, b| a.last_activity.cmp(&b.last_activity)),
    }
    Ok(ProgressReport {
        cohort_id: cohort.id,
        cohort_name: cohort.name.clone(),
        course_title: cohort.course_title.clone(),
        at_risk_days: cohort.at_risk_days,
        modules: modules
            .into_iter()
            .zip(completed_by)
            .map(|(m, completed_by)| ReportModule {
                id: m.id,
                title: m.title,
                lessons: m.lessons,
                has_quiz: m.quiz_id.is_some(),
                completed_by,
            })
            .collect(),
        rows,
        countries,
        country: country.map(str::to_string),
        sort,
    })
}

/// A spreadsheet cell that cannot run as a formula when opened
/// (CSV injection): text starting with = + - @ gets a leading apostrophe.
pub(super) fn spreadsheet_cell(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

/// The report as CSV, one row per participant.
pub fn to_csv(report: &ProgressReport) -> Result<Vec<u8>, csv::Error> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let mut header: Vec<String> = [
        "Full name",
        "Email",
        "Country",
        "Progress %",
        "Last activity",
        "At risk",
    ]
    .map(String::from)
    .to_vec();
    for (index, module) in report.modules.iter().enumerate() {
        let n = index + 1;
        header.push(format!("M{n} lessons done (of {})", module.lessons));
        if module.has_quiz {
            header.push(format!("M{n} quiz best %"));
            header.push(format!("M{n} quiz passed"));
        }
    }
    writer.write_record(&header)?;
    for row in &report.rows {
        let mut record = vec![
            spreadsheet_cell(&row.full_name),
            spreadsheet_cell(&row.email),
            row.country.clone(),
            row.percent.to_string(),
            row.last_activity.clone(),
            if row.at_risk { "yes" } else { "no" }.to_string(),
        ];
        for (module, standing) in report.modules.iter().zip(&row.modules) {
            record.push(standing.lessons_done.to_string());
            if module.has_quiz {
                record.push(
                    standing
                        .quiz_best
                        .map(|b| b.to_string())
                        .unwrap_or_default(),
                );
                record.push(if standing.quiz_passed { "yes" } else { "no" }.to_string());
            }
        }
        writer.write_record(&record)?;
    }
    writer
        .into_inner()
        .map_err(|e| csv::Error::from(e.into_error()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_like_cells_are_defused() {
        assert_eq!(spreadsheet_cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(spreadsheet_cell("-2+3"), "'-2+3");
        assert_eq!(spreadsheet_cell("Aminata Diallo"), "Aminata Diallo");
    }
}
