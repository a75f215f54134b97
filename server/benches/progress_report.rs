//! How long the progress report of a large cohort takes to render: 300
//! participants, a course of 8 modules with 3 lessons and a quiz each,
//! realistic progress. Starts the real server on loopback and times the
//! whole page (query, assembly and HTML) as the cohort's administrator sees it.
//!
//! Run: `cargo bench -p server --bench progress_report` (or `make bench-report`).
//! Target (issue #5): under 100 ms per report on the 2-core reference machine.

use rand::{Rng, SeedableRng};
use server::config::Settings;
use server::startup::Application;
use sqlx::SqlitePool;
use std::time::{Duration, Instant};

const PARTICIPANTS: usize = 300;
const MODULES: usize = 8;
const LESSONS_PER_MODULE: usize = 3;
const RUNS: usize = 50;
const PASSWORD: &str = "benchmark password";

async fn seed(pool: &SqlitePool) -> anyhow::Result<i64> {
    let mut rng = rand::rngs::StdRng::seed_from_u64(5);
    let mut tx = pool.begin().await?;
    let course = sqlx::query(
        "INSERT INTO courses (slug, title, summary, language, estimated_hours, published)
         VALUES ('bench', 'Benchmark course', 'For timing.', 'en', 20, TRUE)",
    )
    .execute(&mut *tx)
    .await?
    .last_insert_rowid();
    let cohort = sqlx::query(
        "INSERT INTO cohorts (course_id, name, starts_on, ends_on, capacity)
         VALUES (?, 'Large cohort', '2026-01-05', '2027-12-31', 300)",
    )
    .bind(course)
    .execute(&mut *tx)
    .await?
    .last_insert_rowid();
    let mut lessons = Vec::new();
    let mut quizzes = Vec::new();
    for m in 0..MODULES {
        let module = sqlx::query(
            "INSERT INTO modules (course_id, slug, position, title) VALUES (?, ?, ?, ?)",
        )
        .bind(course)
        .bind(format!("module-{m}"))
        .bind(m as i64)
        .bind(format!("Module {m}"))
        .execute(&mut *tx)
        .await?
        .last_insert_rowid();
        let mut in_module = Vec::new();
        for l in 0..LESSONS_PER_MODULE {
            in_module.push(
                sqlx::query(
                    "INSERT INTO lessons (module_id, slug, position, title, body_markdown,
                                          body_html, estimated_minutes)
                     VALUES (?, ?, ?, ?, 'Text', '<p>Text</p>', 10)",
                )
                .bind(module)
                .bind(format!("lesson-{l}"))
                .bind(l as i64)
                .bind(format!("Lesson {l}"))
                .execute(&mut *tx)
                .await?
                .last_insert_rowid(),
            );
        }
        lessons.push(in_module);
        quizzes.push(
            sqlx::query(
                "INSERT INTO quizzes (module_id, title, pass_mark, review_policy)
                 VALUES (?, 'Check', 70, 'score-only')",
            )
            .bind(module)
            .execute(&mut *tx)
            .await?
            .last_insert_rowid(),
        );
    }
    let countries = ["GH", "SN", "NG", "ML", "JO", "EG", "BD", "IN"];
    for p in 0..PARTICIPANTS {
        let user = sqlx::query(
            "INSERT INTO users (email, full_name, country, cadre, language, password_hash)
             VALUES (?, ?, ?, 'nurse', 'en', '')",
        )
        .bind(format!("p{p}@example.org"))
        .bind(format!("Participant {p:03}"))
        .bind(countries[p % countries.len()])
        .execute(&mut *tx)
        .await?
        .last_insert_rowid();
        let enrolment = sqlx::query("INSERT INTO enrolments (cohort_id, user_id) VALUES (?, ?)")
            .bind(cohort)
            .bind(user)
            .execute(&mut *tx)
            .await?
            .last_insert_rowid();
        // Each participant got through a random number of modules.
        let reached = rng.gen_range(0..=MODULES);
        for (m, in_module) in lessons.iter().enumerate().take(reached) {
            for lesson in in_module {
                sqlx::query(
                    "INSERT INTO lesson_completions (enrolment_id, lesson_id, completed_at)
                     VALUES (?, ?, datetime('now', ?))",
                )
                .bind(enrolment)
                .bind(lesson)
                .bind(format!("-{} days", rng.gen_range(0..60)))
                .execute(&mut *tx)
                .await?;
            }
            for number in 1..=rng.gen_range(1..=3) {
                let score = rng.gen_range(30..=100);
                sqlx::query(
                    "INSERT INTO quiz_attempts (quiz_id, enrolment_id, number, seed, submitted_at,
                                                score_percent, passed)
                     VALUES (?, ?, ?, 0, datetime('now'), ?, ?)",
                )
                .bind(quizzes[m])
                .bind(enrolment)
                .bind(number)
                .bind(score)
                .bind(score >= 70)
                .execute(&mut *tx)
                .await?;
            }
        }
    }
    tx.commit().await?;
    Ok(cohort)
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let data_dir = tempfile::tempdir()?;
    let settings = Settings {
        data_dir: data_dir.path().to_path_buf(),
        listen: "127.0.0.1:0".parse()?,
        public_url: "http://127.0.0.1".into(),
        site_root: "target/site".into(),
        demo: false,
        courses_dir: "courses".into(),
        session_idle_minutes: 60,
        verify_lookups_per_minute: 30,
        cache_status_header: false,
        trusted_proxies: Vec::new(),
        smtp_url: String::new(),
        mail_from: "HRH Learning <no-reply@localhost>".into(),
        no_scheduled_work: true,
    };
    let application = Application::build(&settings).await?;
    let base = format!("http://{}", application.address()?);
    let pool = application.pool();
    tokio::spawn(application.run_until(std::future::pending()));

    let cohort = seed(&pool).await?;
    server::admin_cli::create_admin(&pool, "bench@example.org", "Bench Admin", "GH", PASSWORD)
        .await?;
    let client = reqwest::Client::builder().cookie_store(true).build()?;
    client
        .post(format!("{base}/api/login"))
        .header("Accept", "text/html")
        .form(&[
            ("email", "bench@example.org"),
            ("password", PASSWORD),
            ("next", "/"),
        ])
        .send()
        .await?;

    let url = format!("{base}/cohorts/{cohort}/progress");
    let mut times = Vec::with_capacity(RUNS);
    let mut bytes = 0;
    for run in 0..=RUNS {
        let started = Instant::now();
        let response = client.get(&url).send().await?;
        anyhow::ensure!(
            response.status().is_success(),
            "status {}",
            response.status()
        );
        let body = response.text().await?;
        anyhow::ensure!(
            body.contains("Participant 299"),
            "the report lists everyone"
        );
        // The first request warms caches and the connection.
        if run > 0 {
            times.push(started.elapsed());
            bytes = body.len();
        }
    }
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "progress report, {PARTICIPANTS} participants x {MODULES} modules, {RUNS} runs: \
         median {:.1} ms, p95 {:.1} ms, max {:.1} ms ({} KB of HTML)",
        ms(times[RUNS / 2]),
        ms(times[RUNS * 95 / 100]),
        ms(times[RUNS - 1]),
        bytes / 1024
    );
    Ok(())
}
