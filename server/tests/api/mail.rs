//! Outgoing email: the forgotten-password link from request to new
//! password, the outbox page, and delivery to a real SMTP server.

use crate::helpers::*;
use std::time::Duration;

/// Waits until the outbox message `id` is no longer queued or being sent.
async fn delivered(app: &TestApp, id: i64) -> String {
    for _ in 0..100 {
        let status: String = sqlx::query_scalar("SELECT status FROM outbox WHERE id = ?")
            .bind(id)
            .fetch_one(&app.pool)
            .await
            .expect("status");
        if status != "queued" && status != "sending" {
            return status;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("message {id} was not delivered in 10 s");
}

/// The newest message's id, language, subject and text.
async fn newest_message(app: &TestApp) -> (i64, String, String, String) {
    sqlx::query_as(
        "SELECT id, language, subject, body_text FROM outbox
         WHERE kind IN ('password-reset', 'invitation') ORDER BY id DESC LIMIT 1",
    )
    .fetch_one(&app.pool)
    .await
    .expect("a message")
}

fn token_in(text: &str) -> String {
    text.split("/set-password/")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .expect("a set-password link")
        .to_string()
}

/// Asks for a link and waits until the mail worker has answered the
/// request (the request only records it).
async fn ask_for_a_link(app: &TestApp, email: &str) -> String {
    let response = app
        .submit(
            &new_client(),
            "/forgot-password",
            "/api/request_password_reset",
            &[("email", email)],
        )
        .await;
    for _ in 0..100 {
        if app.scalar("SELECT COUNT(*) FROM reset_requests").await == 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    location(&response)
}

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

/// The median time of 25 requests for existing accounts (fresh ones, so
/// that none reaches the limit of three messages an hour, which would spare
/// it the work of a message) and of 25 for unknown addresses, alternating,
/// after 5 of each to warm up; `batch` picks the accounts.
async fn reset_timings(app: &TestApp, batch: usize) -> (Duration, Duration) {
    let client = new_client();
    let mut timings = [Vec::new(), Vec::new()];
    for round in 0..60 {
        let exists = round % 2 == 0;
        let email = if exists {
            format!("timing.{}@example.org", batch * 30 + round / 2)
        } else {
            format!("nobody.{batch}.{round}@example.org")
        };
        let started = std::time::Instant::now();
        let response = client
            .post(app.url("/api/request_password_reset"))
            .header("Accept", "text/html")
            .header("Referer", app.url("/forgot-password"))
            .header("X-Forwarded-For", format!("10.1.{batch}.{}", round + 1))
            .form(&[("email", email.as_str())])
            .send()
            .await
            .expect("POST");
        let elapsed = started.elapsed();
        assert_eq!(location(&response), "/forgot-password?sent=1");
        if round >= 10 {
            timings[usize::from(!exists)].push(elapsed);
        }
    }
    let [existing, unknown] = timings.map(median);
    (existing, unknown)
}

#[tokio::test]
async fn the_answer_takes_as_long_whether_or_not_an_account_exists() {
    // Behind a trusted proxy, each request comes from its own address, so
    // that the per-address limit does not answer instead.
    let app = spawn_app_with(|settings| {
        settings.demo = true;
        settings.trusted_proxies = vec!["127.0.0.1/32".parse().expect("network")];
    })
    .await;
    for n in 0..90 {
        sqlx::query(
            "INSERT INTO users (email, full_name, country, cadre, language, role, password_hash)
             VALUES (?, 'Timing Person', 'GH', 'nurse', 'fr', 'participant', 'x')",
        )
        .bind(format!("timing.{n}@example.org"))
        .execute(&app.pool)
        .await
        .expect("account");
    }
    // The same work either way: what is left is noise. Answering in the
    // request (a lookup, a new link, a composed message) adds about a
    // millisecond on this machine, which this bound catches; a busy machine
    // gets three tries.
    let mut seen = Vec::new();
    for batch in 0..3 {
        let (existing, unknown) = reset_timings(&app, batch).await;
        let (fast, slow) = (existing.min(unknown), existing.max(unknown));
        if slow - fast < Duration::from_micros(600) + fast * 15 / 100 {
            return;
        }
        seen.push((existing, unknown));
    }
    panic!("existing accounts and unknown addresses answer in different times: {seen:?}");
}

#[tokio::test]
async fn a_forgotten_password_link_arrives_works_once_and_ends_other_sessions() {
    let app = spawn_demo_app().await;
    // Signed in without switching the interface to English, which would
    // make English her language.
    let elsewhere = new_client();
    app.submit(
        &elsewhere,
        "/login",
        "/api/login",
        &[
            ("email", "layla.haddad@example.org"),
            ("password", DEMO_PASSWORD),
        ],
    )
    .await;
    assert!(!is_sent_to_login(&app, &elsewhere, "/account").await);

    // The same answer whether or not an account uses the address.
    assert_eq!(
        ask_for_a_link(&app, " Layla.Haddad@example.org ").await,
        "/forgot-password?sent=1"
    );
    assert_eq!(
        ask_for_a_link(&app, "nobody@example.org").await,
        "/forgot-password?sent=1"
    );
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM outbox WHERE kind = 'password-reset'")
            .await,
        1
    );
    let page = app.page(&new_client(), "/forgot-password?sent=1").await;
    assert!(page.contains("a link to choose a new password is on its way"));

    // Written in the recipient's language, kept as a file without SMTP.
    let (id, language, subject, text) = newest_message(&app).await;
    assert_eq!(language, "ar");
    assert!(subject.contains("كلمة مرور جديدة"), "{subject}");
    assert_eq!(delivered(&app, id).await, "sent");
    let file = app.settings.outbox_folder().join(format!("{id}.eml"));
    let eml = std::fs::read_to_string(&file).expect("the kept message");
    assert!(eml.contains("To: layla.haddad@example.org"), "{eml}");
    assert!(eml.contains("multipart/alternative"));

    let token = token_in(&text);
    let path = format!("/set-password/{token}");
    let visitor = new_client();
    let response = app
        .submit(
            &visitor,
            &path,
            "/api/set_password_by_link",
            &[("token", &token), ("password", "a brand new password")],
        )
        .await;
    assert_eq!(location(&response), "/?welcome=1");
    assert!(
        is_sent_to_login(&app, &elsewhere, "/account").await,
        "the other session ended"
    );
    let response = app
        .login(
            &new_client(),
            "layla.haddad@example.org",
            "a brand new password",
        )
        .await;
    assert_eq!(location(&response), "/");

    // Once only.
    let page = app.page(&new_client(), &path).await;
    assert!(page.contains("This link does not work any more"));
}

#[tokio::test]
async fn requests_are_limited_and_bad_addresses_are_refused_in_words() {
    let app = spawn_demo_app().await;
    let response = app
        .submit(
            &new_client(),
            "/forgot-password",
            "/api/request_password_reset",
            &[("email", "not an address")],
        )
        .await;
    let (_, page) = app.follow(&new_client(), response).await;
    assert!(page.contains("value=\"not an address\""), "kept");
    // Three messages an hour to one account, whatever is asked.
    for _ in 0..5 {
        ask_for_a_link(&app, "aminata.diallo@example.org").await;
    }
    let user = app.user_id("aminata.diallo@example.org").await;
    let sent: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM outbox WHERE recipient_id = ? AND kind = 'password-reset'",
    )
    .bind(user)
    .fetch_one(&app.pool)
    .await
    .expect("count");
    assert_eq!(sent, 3);
    // Five requests a minute from one address.
    assert_ne!(
        ask_for_a_link(&app, "nobody@example.org").await,
        "/forgot-password?sent=1"
    );
}

#[tokio::test]
async fn administrators_follow_and_resend_messages_on_the_outbox_page() {
    let app = spawn_demo_app().await;
    ask_for_a_link(&app, "priya.sharma@example.org").await;
    let (id, ..) = newest_message(&app).await;
    delivered(&app, id).await;
    let admin = app.admin_client().await;
    let page = app.page(&admin, "/admin/outbox").await;
    assert!(page.contains("priya.sharma@example.org"));
    assert!(page.contains("No mail server is configured"));
    assert!(page.contains(&format!("{id}.eml")));
    let response = app
        .submit(
            &admin,
            "/admin/outbox",
            "/api/resend_message",
            &[("message_id", &id.to_string())],
        )
        .await;
    assert_eq!(location(&response), "/admin/outbox?resent=1");
    assert_eq!(delivered(&app, id).await, "sent");
    let attempts = app
        .scalar(&format!("SELECT attempts FROM outbox WHERE id = {id}"))
        .await;
    assert_eq!(attempts, 2);
    let participant = app.demo_client("priya.sharma@example.org").await;
    assert!(!app
        .page(&participant, "/admin/outbox")
        .await
        .contains("priya.sharma@example.org<"));
}

/// A real SMTP server (Python's aiosmtpd) on a free port, writing what it
/// receives into a maildir.
pub(crate) struct SmtpServer {
    pub(crate) port: u16,
    maildir: tempfile::TempDir,
    child: std::process::Child,
}

impl SmtpServer {
    pub(crate) async fn start() -> SmtpServer {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        let maildir = tempfile::tempdir().expect("maildir");
        let child = std::process::Command::new("python3")
            .args(["-m", "aiosmtpd", "-n", "-l", &format!("127.0.0.1:{port}")])
            .args(["-c", "aiosmtpd.handlers.Mailbox"])
            .arg(maildir.path().join("mail"))
            .spawn()
            .expect("aiosmtpd (make tools installs it)");
        for _ in 0..100 {
            if tokio::net::TcpStream::connect(("127.0.0.1", port))
                .await
                .is_ok()
            {
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        SmtpServer {
            port,
            maildir,
            child,
        }
    }

    pub(crate) fn received(&self) -> Vec<String> {
        let new = self.maildir.path().join("mail").join("new");
        std::fs::read_dir(new)
            .map(|entries| {
                entries
                    .filter_map(|e| std::fs::read_to_string(e.ok()?.path()).ok())
                    .collect()
            })
            .unwrap_or_default()
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[tokio::test]
async fn messages_go_through_a_real_smtp_server_and_an_unreachable_one_is_retried() {
    let smtp = SmtpServer::start().await;
    let url = format!("smtp://127.0.0.1:{}", smtp.port);
    let app = spawn_app_with(|settings| {
        settings.demo = true;
        settings.smtp_url = url;
    })
    .await;
    ask_for_a_link(&app, "kwame.asante@example.org").await;
    let (id, _, subject, text) = newest_message(&app).await;
    assert_eq!(delivered(&app, id).await, "sent");
    // The demo's digests may arrive too; they carry an unsubscribe link.
    let received: Vec<String> = smtp
        .received()
        .into_iter()
        .filter(|mail| !mail.contains("List-Unsubscribe"))
        .collect();
    assert_eq!(received.len(), 1, "delivered once");
    let mail = &received[0];
    assert!(mail.contains("To: kwame.asante@example.org"), "{mail}");
    assert!(
        mail.contains("From: ") && mail.contains("<no-reply@localhost>"),
        "{mail}"
    );
    assert!(mail.contains(&subject) || mail.contains("Subject: =?utf-8"));
    assert!(text.contains("http://127.0.0.1/set-password/"));

    // A server that does not answer: the message waits for a retry, with
    // what went wrong, and is not lost.
    drop(smtp);
    ask_for_a_link(&app, "fatou.ndiaye@example.org").await;
    let (id, ..) = newest_message(&app).await;
    for _ in 0..100 {
        let attempts = app
            .scalar(&format!("SELECT attempts FROM outbox WHERE id = {id}"))
            .await;
        if attempts > 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let (status, result): (String, String) =
        sqlx::query_as("SELECT status, last_result FROM outbox WHERE id = ?")
            .bind(id)
            .fetch_one(&app.pool)
            .await
            .expect("row");
    assert_eq!(status, "queued", "{result}");
    assert!(!result.is_empty());
}

#[tokio::test]
async fn a_message_committed_before_a_sigkill_is_delivered_once_after_the_restart() {
    use crate::reliability::{open_pool, post, start_binary_with};
    let smtp = SmtpServer::start().await;
    let url = format!("smtp://127.0.0.1:{}", smtp.port);
    let data = tempfile::tempdir().expect("data");
    let (mut child, base) = start_binary_with(data.path(), &["--smtp-url", &url]);
    let people = [
        "aminata.diallo@example.org",
        "chinedu.okafor@example.org",
        "layla.haddad@example.org",
        "omar.almasri@example.org",
        "priya.sharma@example.org",
    ];
    for email in people {
        let client = new_client();
        let asked = post(
            &client,
            &base,
            "/api/request_password_reset",
            &[("email", email)],
        )
        .await;
        assert!(asked, "{email}");
    }
    // Killed as soon as the requests were answered: most, usually all, of
    // the messages are committed and not yet delivered.
    child.kill().expect("SIGKILL");
    child.wait().expect("stopped");
    let pool = open_pool(data.path()).await;
    // A request is answered by the worker: each acknowledged one is still
    // waiting, or its message is written.
    let recorded: i64 = sqlx::query_scalar(
        "SELECT (SELECT COUNT(*) FROM outbox WHERE kind = 'password-reset')
              + (SELECT COUNT(*) FROM reset_requests)",
    )
    .fetch_one(&pool)
    .await
    .expect("count");
    assert_eq!(recorded, 5, "every acknowledged request is kept");
    // A message the worker was sending at the kill may have reached the
    // mail server already: it is sent again after its claim expires (at
    // least once). Every other one must arrive exactly once.
    let mid_send: Vec<String> = sqlx::query_scalar(
        "SELECT to_address FROM outbox WHERE kind = 'password-reset' AND status = 'sending'",
    )
    .fetch_all(&pool)
    .await
    .expect("claims");
    pool.close().await;

    let (mut child, _) = start_binary_with(data.path(), &["--smtp-url", &url]);
    let pool = open_pool(data.path()).await;
    // A message caught mid-send waits out its claim (two minutes).
    for _ in 0..1500 {
        let sent: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM outbox WHERE status = 'sent' AND kind = 'password-reset'",
        )
        .fetch_one(&pool)
        .await
        .expect("count");
        if sent == 5 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    child.kill().expect("stop");
    child.wait().expect("stopped");
    // Digests of the demo's set activity may arrive too; they carry an
    // unsubscribe link, which account messages never do.
    let mut received: Vec<String> = smtp
        .received()
        .iter()
        .filter(|mail| !mail.contains("List-Unsubscribe"))
        .filter_map(|mail| {
            mail.lines()
                .find_map(|line| line.strip_prefix("To: "))
                .map(str::to_string)
        })
        .collect();
    received.sort();
    received.dedup_by(|a, b| a == b && mid_send.contains(a));
    assert_eq!(received, people.map(String::from).to_vec(), "each once");
}
