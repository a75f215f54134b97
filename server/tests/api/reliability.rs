//! Crash safety and backups: every write the server acknowledged survives a
//! SIGKILL, and a backup taken under load restores with every write
//! acknowledged before it began.

use crate::helpers::{new_client, spawn_demo_app, TestApp, DEMO_PASSWORD};
use reqwest::header::{ACCEPT, REFERER};
use reqwest::{Client, StatusCode};
use server::config::Settings;
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

const AMINATA: &str = "aminata.diallo@example.org";

/// The real server binary on a random port with demo data in `data_dir`.
fn start_binary(data_dir: &std::path::Path) -> (Child, String) {
    start_binary_with(data_dir, &[])
}

/// The same, with more flags.
pub(crate) fn start_binary_with(data_dir: &std::path::Path, flags: &[&str]) -> (Child, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_server"))
        .args([
            "--listen",
            "127.0.0.1:0",
            "--demo",
            "--courses-dir",
            "../courses",
        ])
        .arg("--data-dir")
        .arg(data_dir)
        .args(flags)
        .env("RUST_LOG", "info")
        .env("NO_COLOR", "1")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("server starts");
    let stdout = child.stdout.take().expect("stdout");
    let mut lines = BufReader::new(stdout).lines();
    let base = loop {
        let line = lines
            .next()
            .expect("the server says where it listens")
            .expect("a line");
        if let Some(rest) = line.split("serving the platform on ").nth(1) {
            break rest.split(',').next().expect("address").to_string();
        }
    };
    // Keep reading so the server never blocks on a full pipe.
    std::thread::spawn(move || for _ in lines {});
    (child, base)
}

async fn log_in(base: &str, email: &str) -> Client {
    let client = new_client();
    let response = client
        .post(format!("{base}/api/login"))
        .header(ACCEPT, "text/html")
        .header(REFERER, format!("{base}/login"))
        .form(&[("email", email), ("password", DEMO_PASSWORD), ("next", "/")])
        .send()
        .await
        .expect("login");
    assert_eq!(response.status(), StatusCode::FOUND, "login {email}");
    client
}

/// A form post as a browser without JavaScript sends it; true when the
/// server acknowledged it (a redirect to the next page, not back with an
/// error).
pub(crate) async fn post(
    client: &Client,
    base: &str,
    action: &str,
    fields: &[(&str, &str)],
) -> bool {
    client
        .post(format!("{base}{action}"))
        .header(ACCEPT, "text/html")
        .header(REFERER, format!("{base}/"))
        .form(fields)
        .send()
        .await
        .is_ok_and(|r| {
            r.status() == StatusCode::FOUND && !crate::helpers::location(&r).contains("__err")
        })
}

pub(crate) async fn open_pool(data_dir: &std::path::Path) -> sqlx::SqlitePool {
    app::db::open(&data_dir.join("hrh.sqlite3"))
        .await
        .expect("database opens")
}

async fn integrity(pool: &sqlx::SqlitePool) -> String {
    sqlx::query_scalar("PRAGMA integrity_check")
        .fetch_one(pool)
        .await
        .expect("integrity check")
}

/// Writes acknowledged by the server, by kind.
#[derive(Default)]
struct Acknowledged {
    replies: Vec<String>,
    completions: Vec<(String, i64)>,
    attempts: Vec<i64>,
}

#[tokio::test]
async fn every_acknowledged_write_survives_a_sigkill() {
    let data = tempfile::tempdir().expect("temp dir");
    let (mut child, base) = start_binary(data.path());
    let setup = open_pool(data.path()).await;
    let thread_set: i64 = sqlx::query_scalar("SELECT id FROM learning_sets")
        .fetch_one(&setup)
        .await
        .expect("the demo set");
    let lessons: Vec<i64> = sqlx::query_scalar("SELECT id FROM lessons ORDER BY id")
        .fetch_all(&setup)
        .await
        .expect("lessons");
    let quiz: i64 = sqlx::query_scalar("SELECT id FROM quizzes")
        .fetch_one(&setup)
        .await
        .expect("quiz");
    let cohort: i64 = sqlx::query_scalar("SELECT id FROM cohorts")
        .fetch_one(&setup)
        .await
        .expect("cohort");
    setup.close().await;

    let aminata = log_in(&base, AMINATA).await;
    assert!(
        post(
            &aminata,
            &base,
            "/api/start_thread",
            &[
                ("set_id", &thread_set.to_string()),
                ("title", "Crash test"),
                ("body", "Replies follow.")
            ],
        )
        .await
    );
    let pool = open_pool(data.path()).await;
    let thread: i64 = sqlx::query_scalar("SELECT MAX(id) FROM threads")
        .fetch_one(&pool)
        .await
        .expect("the thread");
    pool.close().await;
    let thread = thread.to_string();
    // Participants registered and enrolled before the burst.
    let mut learners = Vec::new();
    for n in 0..12 {
        let email = format!("crash.{n}@example.org");
        let client = new_client();
        assert!(
            post(
                &client,
                &base,
                "/api/register",
                &[
                    ("full_name", &format!("Learner {n}")),
                    ("email", &email),
                    ("country", "GH"),
                    ("cadre", "nurse"),
                    ("language", "en"),
                    ("password", "a long enough password"),
                ],
            )
            .await
        );
        assert!(
            post(
                &client,
                &base,
                "/api/enrol",
                &[("cohort_id", &cohort.to_string())]
            )
            .await
        );
        learners.push((email, client));
    }

    let acknowledged = Arc::new(Mutex::new(Acknowledged::default()));
    let mut burst = tokio::task::JoinSet::new();
    {
        let (base, acknowledged, thread) = (base.clone(), acknowledged.clone(), thread.clone());
        burst.spawn(async move {
            for n in 0.. {
                let body = format!("Reply number {n}");
                let fields = [("thread_id", thread.as_str()), ("body", body.as_str())];
                if post(&aminata, &base, "/api/reply", &fields).await {
                    acknowledged.lock().expect("lock").replies.push(body);
                }
            }
        });
    }
    for (email, client) in learners {
        let (base, acknowledged, lessons) = (base.clone(), acknowledged.clone(), lessons.clone());
        burst.spawn(async move {
            let quiz = quiz.to_string();
            if let Ok(response) = client
                .post(format!("{base}/api/start_attempt"))
                .header(ACCEPT, "text/html")
                .header(REFERER, format!("{base}/"))
                .form(&[("quiz_id", quiz.as_str())])
                .send()
                .await
            {
                let to = crate::helpers::location(&response);
                if let Some(attempt) = to
                    .strip_prefix("/attempts/")
                    .and_then(|a| a.parse::<i64>().ok())
                {
                    let id = attempt.to_string();
                    if post(
                        &client,
                        &base,
                        "/api/submit_attempt",
                        &[("attempt_id", id.as_str())],
                    )
                    .await
                    {
                        acknowledged.lock().expect("lock").attempts.push(attempt);
                    }
                }
            }
            for lesson in lessons {
                let id = lesson.to_string();
                if post(
                    &client,
                    &base,
                    "/api/complete_lesson",
                    &[("lesson_id", id.as_str())],
                )
                .await
                {
                    acknowledged
                        .lock()
                        .expect("lock")
                        .completions
                        .push((email.clone(), lesson));
                }
            }
        });
    }
    tokio::time::sleep(Duration::from_millis(1500)).await;
    child.kill().expect("SIGKILL");
    child.wait().expect("killed");
    burst.abort_all();
    while burst.join_next().await.is_some() {}

    let acknowledged = std::mem::take(&mut *acknowledged.lock().expect("lock"));
    let writes =
        acknowledged.replies.len() + acknowledged.completions.len() + acknowledged.attempts.len();
    assert!(
        writes > 20,
        "the burst was under way when the server died ({writes} writes)"
    );

    let (mut restarted, base) = start_binary(data.path());
    let health = new_client()
        .get(format!("{base}/healthz"))
        .send()
        .await
        .expect("healthz");
    assert_eq!(health.status(), StatusCode::OK);
    let pool = open_pool(data.path()).await;
    assert_eq!(integrity(&pool).await, "ok");
    for body in &acknowledged.replies {
        let found: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM posts WHERE body_markdown = ?")
            .bind(body)
            .fetch_one(&pool)
            .await
            .expect("count");
        assert_eq!(found, 1, "acknowledged reply lost: {body}");
    }
    for (email, lesson) in &acknowledged.completions {
        let found: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM lesson_completions c JOIN enrolments e ON e.id = c.enrolment_id
             JOIN users u ON u.id = e.user_id WHERE u.email = ? AND c.lesson_id = ?",
        )
        .bind(email)
        .bind(lesson)
        .fetch_one(&pool)
        .await
        .expect("count");
        assert_eq!(
            found, 1,
            "acknowledged completion lost: {email} lesson {lesson}"
        );
    }
    for attempt in &acknowledged.attempts {
        let submitted: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM quiz_attempts WHERE id = ? AND submitted_at IS NOT NULL",
        )
        .bind(attempt)
        .fetch_one(&pool)
        .await
        .expect("count");
        assert_eq!(submitted, 1, "acknowledged quiz submission lost: {attempt}");
    }
    restarted.kill().expect("stop");
    restarted.wait().expect("stopped");
}

#[tokio::test]
async fn a_backup_taken_under_load_restores_every_earlier_write() {
    let app = spawn_demo_app().await;
    let aminata = app.demo_client(AMINATA).await;
    let set = app.scalar("SELECT id FROM learning_sets").await.to_string();
    let thread = start_thread(&app, &aminata, &set).await;
    let acknowledged = Arc::new(Mutex::new(Vec::<String>::new()));
    let load = {
        let (acknowledged, base, aminata) =
            (acknowledged.clone(), app.base.clone(), aminata.clone());
        tokio::spawn(async move {
            for n in 0.. {
                let body = format!("Under load {n}");
                if post(
                    &aminata,
                    &base,
                    "/api/reply",
                    &[("thread_id", thread.as_str()), ("body", body.as_str())],
                )
                .await
                {
                    acknowledged.lock().expect("lock").push(body);
                }
            }
        })
    };
    while acknowledged.lock().expect("lock").len() < 20 {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let before_backup = acknowledged.lock().expect("lock").clone();
    let backup = tempfile::tempdir().expect("backup dir");
    let target = backup.path().join("2026-11-23");
    let summary = server::backup_cli::backup(&app.settings, &target)
        .await
        .expect("backup");
    assert!(summary.contains("signing key"), "{summary}");
    let during = acknowledged.lock().expect("lock").len();
    tokio::time::sleep(Duration::from_millis(200)).await;
    load.abort();
    assert!(
        acknowledged.lock().expect("lock").len() > during,
        "the platform kept serving writes after the backup"
    );
    let again = server::backup_cli::backup(&app.settings, &target).await;
    assert!(again.expect_err("not over a backup").contains("not empty"));

    let fresh = tempfile::tempdir().expect("fresh dir");
    let restored = Settings {
        data_dir: fresh.path().join("data"),
        ..app.settings.clone()
    };
    server::backup_cli::restore(&restored, &target)
        .await
        .expect("restore");
    let twice = server::backup_cli::restore(&restored, &target).await;
    assert!(twice
        .expect_err("never over a database")
        .contains("already exists"));
    let pool = app::db::open(&restored.database_path())
        .await
        .expect("opens");
    assert_eq!(integrity(&pool).await, "ok");
    for body in &before_backup {
        let found: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM posts WHERE body_markdown = ?")
            .bind(body)
            .fetch_one(&pool)
            .await
            .expect("count");
        assert_eq!(
            found, 1,
            "a write acknowledged before the backup is missing: {body}"
        );
    }
    assert_eq!(
        std::fs::read(restored.certificate_key_path()).expect("key restored"),
        std::fs::read(app.settings.certificate_key_path()).expect("key"),
    );
    let missing = server::backup_cli::restore(&restored, fresh.path()).await;
    assert!(missing
        .expect_err("not a backup")
        .contains("is it a backup folder"));
}

async fn start_thread(app: &TestApp, client: &Client, set: &str) -> String {
    let response = app
        .submit(
            client,
            &format!("/sets/{set}"),
            "/api/start_thread",
            &[
                ("set_id", set),
                ("title", "Backups"),
                ("body", "Replies follow."),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::FOUND);
    app.scalar("SELECT MAX(id) FROM threads").await.to_string()
}

async fn rows(pool: &sqlx::SqlitePool, table: &str) -> i64 {
    sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {table}"))
        .fetch_one(pool)
        .await
        .expect(table)
}

/// `ANALYZE` (run by an operator, or by `generate-dataset`) writes value
/// samples to `sqlite_stat4`, with which SQLite prepares every statement
/// again each time it runs. Opening the database empties them and keeps the
/// per-index statistics.
#[tokio::test]
async fn opening_the_database_forgets_value_samples_but_keeps_index_statistics() {
    let data = tempfile::tempdir().expect("temp dir");
    let pool = open_pool(data.path()).await;
    for statement in [
        "INSERT INTO users (email, full_name, country, cadre, language, password_hash)
         VALUES ('a@example.org', 'A', 'SN', 'nurse', 'fr', 'x'),
                ('b@example.org', 'B', 'JO', 'nurse', 'ar', 'x')",
        "ANALYZE",
    ] {
        sqlx::query(statement)
            .execute(&pool)
            .await
            .expect(statement);
    }
    assert!(
        rows(&pool, "sqlite_stat4").await > 0,
        "ANALYZE wrote samples"
    );
    pool.close().await;

    let pool = open_pool(data.path()).await;
    assert_eq!(rows(&pool, "sqlite_stat4").await, 0);
    assert!(rows(&pool, "sqlite_stat1").await > 0);
}
