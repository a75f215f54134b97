//! Notifications: each event reaches whom it concerns in "What's new" and
//! by email as they chose (at once, in a digest, or not), in their
//! language; one click unsubscribes; scheduled work happens once; the
//! calendar feed; a tutor's reminder.

use crate::helpers::*;
use crate::mail::SmtpServer;
use app::notifications::mailing::{send_digests, MailLinks};
use reqwest::StatusCode;
use std::time::Duration;
use time::macros::datetime;

const AMINATA: &str = "aminata.diallo@example.org";
const CHINEDU: &str = "chinedu.okafor@example.org";
const KWAME: &str = "kwame.asante@example.org";

/// Signed in without switching the interface to English, so that the
/// profile's language stays the person's own (Aminata's is French).
async fn signed_in_as_themselves(app: &TestApp, email: &str) -> reqwest::Client {
    let client = new_client();
    app.submit(
        &client,
        "/login",
        "/api/login",
        &[("email", email), ("password", DEMO_PASSWORD)],
    )
    .await;
    client
}

async fn choose(app: &TestApp, client: &reqwest::Client, set_activity: &str) {
    let response = app
        .submit(
            client,
            "/account",
            "/api/set_notification_preferences",
            &[
                ("enrolment", "immediate"),
                ("set_activity", set_activity),
                ("commitments", "immediate"),
                ("certificates", "immediate"),
                ("tutor_messages", "immediate"),
            ],
        )
        .await;
    assert_eq!(
        location(&response),
        "/account?notifications=saved#notifications"
    );
}

/// Chinedu asks another question on Aminata's challenge in the demo round.
async fn chinedu_asks(app: &TestApp, question: &str) {
    let challenge = app
        .scalar("SELECT id FROM posts WHERE kind = 'challenge' ORDER BY id LIMIT 1")
        .await
        .to_string();
    let chinedu = app.demo_client(CHINEDU).await;
    let response = app
        .submit(
            &chinedu,
            "/",
            "/api/post_question",
            &[("challenge_id", &challenge), ("body", question)],
        )
        .await;
    assert_eq!(response.status(), StatusCode::FOUND, "question posted");
}

async fn links(app: &TestApp) -> MailLinks {
    MailLinks {
        public_url: "http://127.0.0.1".into(),
        key: app.link_key(),
    }
}

/// The newest outbox message of a kind to a person: (id, language, subject, text).
async fn newest_to(
    app: &TestApp,
    email: &str,
    kind: &str,
) -> Option<(i64, String, String, String)> {
    sqlx::query_as(
        "SELECT id, language, subject, body_text FROM outbox
         WHERE to_address = ? AND kind = ? ORDER BY id DESC LIMIT 1",
    )
    .bind(email)
    .bind(kind)
    .fetch_optional(&app.pool)
    .await
    .expect("outbox")
}

async fn wait_for(app: &TestApp, email: &str, kind: &str) -> (i64, String, String, String) {
    for _ in 0..100 {
        if let Some(message) = newest_to(app, email, kind).await {
            return message;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("no {kind} message to {email} in 10 s");
}

fn path_after_host<'t>(text: &'t str, prefix: &str) -> &'t str {
    let start = text.find(prefix).expect(prefix);
    let rest = &text[start..];
    rest.split_whitespace().next().expect("a link")
}

#[tokio::test]
async fn a_notice_wanted_at_once_arrives_in_french_and_one_click_stops_the_next() {
    let smtp = SmtpServer::start().await;
    let url = format!("smtp://127.0.0.1:{}", smtp.port);
    let app = spawn_app_with(|settings| {
        settings.demo = true;
        settings.smtp_url = url;
        // No round announcement of the demo's own, in the middle.
        settings.no_scheduled_work = true;
    })
    .await;
    let aminata = signed_in_as_themselves(&app, AMINATA).await;
    choose(&app, &aminata, "immediate").await;
    chinedu_asks(&app, "Who else has tried exit interviews?").await;

    let (id, language, subject, text) = wait_for(&app, AMINATA, "notice").await;
    assert_eq!(language, "fr");
    assert!(
        subject.contains("Chinedu Okafor a posé une question sur votre défi"),
        "{subject}"
    );
    assert!(text.contains("Bonjour Aminata Diallo"), "{text}");
    for _ in 0..100 {
        if smtp
            .received()
            .iter()
            .any(|m| m.contains("aminata.diallo@example.org"))
        {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let mail = smtp
        .received()
        .into_iter()
        .find(|m| m.contains("To: aminata.diallo@example.org"))
        .expect("delivered to Aminata's mailbox");
    assert!(
        mail.contains("List-Unsubscribe: <http://127.0.0.1/unsubscribe/"),
        "{mail}"
    );
    assert!(mail.contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click"));
    assert_eq!(
        app.scalar(&format!(
            "SELECT COUNT(*) FROM outbox WHERE id = {id} AND status = 'sent'"
        ))
        .await,
        1
    );

    // The message's link marks the notice read on the way to the round.
    let notice_path = path_after_host(&text, "/notices/");
    let response = app.get(&aminata, notice_path).await;
    assert!(location(&response).starts_with("/rounds/"), "{notice_path}");
    assert_eq!(
        app.scalar(
            "SELECT COUNT(*) FROM notifications WHERE read_at IS NOT NULL AND kind = 'question'"
        )
        .await,
        1
    );
    // Nobody else opens it.
    let chinedu = app.demo_client(CHINEDU).await;
    assert_eq!(
        app.get(&chinedu, notice_path).await.status(),
        StatusCode::NOT_FOUND
    );

    // Opening the unsubscribe link changes nothing; its button, or a mail
    // client's one-click POST, does, without signing in.
    let token = path_after_host(&text, "/unsubscribe/")
        .trim_start_matches("/unsubscribe/")
        .to_string();
    let page = app
        .page(&new_client(), &format!("/unsubscribe/{token}"))
        .await;
    assert!(
        page.contains("Stop emails about: Activity in your action-learning sets"),
        "{page}"
    );
    let aminata_id = app.user_id(AMINATA).await;
    let one_click = new_client()
        .post(app.url(&format!("/email/unsubscribe/{token}")))
        .form(&[("List-Unsubscribe", "One-Click")])
        .send()
        .await
        .expect("POST");
    assert_eq!(one_click.status(), StatusCode::SEE_OTHER);
    let cadence: String = sqlx::query_scalar(
        "SELECT cadence FROM notification_preferences WHERE user_id = ? AND topic = 'set-activity'",
    )
    .bind(aminata_id)
    .fetch_one(&app.pool)
    .await
    .expect("a choice");
    assert_eq!(cadence, "off");
    let page = app
        .page(&new_client(), &format!("/unsubscribe/{token}"))
        .await;
    assert!(page.contains("these emails are stopped"));
    // A link changed by hand is no link.
    let forged = token.replacen(&aminata_id.to_string(), "1", 1);
    let refused = new_client()
        .post(app.url(&format!("/email/unsubscribe/{forged}")))
        .send()
        .await
        .expect("POST");
    assert_eq!(refused.status(), StatusCode::NOT_FOUND);

    // The next question is in "What's new", and no email is written.
    chinedu_asks(&app, "And what did they say?").await;
    tokio::time::sleep(Duration::from_secs(3)).await;
    assert_eq!(
        app.scalar(&format!(
            "SELECT COUNT(*) FROM outbox WHERE recipient_id = {aminata_id} AND kind = 'notice'"
        ))
        .await,
        1
    );
    let unread = app
        .scalar(&format!(
            "SELECT COUNT(*) FROM notifications WHERE user_id = {aminata_id} AND read_at IS NULL"
        ))
        .await;
    let aminata = app.demo_client(AMINATA).await;
    let home = app.page(&aminata, "/").await;
    assert!(
        home.contains(&format!("What’s new ({unread})")),
        "the header counts them"
    );
    assert!(home.contains("Chinedu Okafor asked a question on your challenge"));
    // Marked read all at once, the count goes.
    let response = app
        .submit(&aminata, "/", "/api/mark_notices_read", &[])
        .await;
    assert_eq!(location(&response), "/#whats-new");
    let home = app.page(&aminata, "/").await;
    assert!(home.contains("What’s new</a>") && !home.contains("What’s new ("));
}

#[tokio::test]
async fn digests_gather_what_is_new_once_per_period_and_only_when_there_is_something() {
    // The test runs the digests at moments it chooses, not the server.
    let app = spawn_app_with(|settings| {
        settings.demo = true;
        settings.no_scheduled_work = true;
    })
    .await;
    let aminata_id = app.user_id(AMINATA).await;
    let links = links(&app).await;
    let digests = |app: &TestApp| {
        let pool = app.pool.clone();
        async move {
            sqlx::query_scalar::<_, i64>(&format!(
                "SELECT COUNT(*) FROM outbox WHERE kind = 'digest' AND recipient_id = {aminata_id}"
            ))
            .fetch_one(&pool)
            .await
            .expect("count")
        }
    };
    let before = digests(&app).await;
    // Set activity comes in the daily digest unless chosen otherwise.
    chinedu_asks(&app, "How many posts are vacant?").await;
    chinedu_asks(&app, "Who decides the postings?").await;
    let early = datetime!(2030-01-08 04:00 UTC);
    let tuesday = datetime!(2030-01-08 06:00 UTC);
    send_digests(&app.pool, &links, early)
        .await
        .expect("digests");
    assert_eq!(digests(&app).await, before, "not before the hour");
    send_digests(&app.pool, &links, tuesday)
        .await
        .expect("digests");
    assert_eq!(digests(&app).await, before + 1);
    let (_, language, subject, text) = newest_to(&app, AMINATA, "digest").await.expect("digest");
    assert_eq!(language, "fr");
    assert!(subject.contains("nouveautés sur HRH Learning"), "{subject}");
    assert!(text.contains("Set A"), "grouped by set: {text}");
    assert_eq!(
        text.matches("a posé une question sur votre défi").count(),
        2,
        "{text}"
    );
    assert!(text.contains("/unsubscribe/"));
    // Once per day, even asked again; nothing new, no digest.
    send_digests(&app.pool, &links, tuesday)
        .await
        .expect("digests");
    send_digests(&app.pool, &links, datetime!(2030-01-09 06:00 UTC))
        .await
        .expect("digests");
    assert_eq!(digests(&app).await, before + 1);

    // A weekly reader hears on Monday only.
    let aminata = app.demo_client(AMINATA).await;
    choose(&app, &aminata, "weekly").await;
    chinedu_asks(&app, "Is there a retention allowance?").await;
    send_digests(&app.pool, &links, datetime!(2030-01-10 06:00 UTC))
        .await
        .expect("digests");
    assert_eq!(digests(&app).await, before + 1);
    send_digests(&app.pool, &links, datetime!(2030-01-14 06:00 UTC))
        .await
        .expect("digests");
    assert_eq!(digests(&app).await, before + 2);
}

#[tokio::test]
async fn scheduled_reminders_happen_once_even_when_two_servers_look() {
    let app = spawn_app_with(|settings| {
        settings.demo = true;
        settings.no_scheduled_work = true;
    })
    .await;
    let aminata = app.demo_client(AMINATA).await;
    let challenge = app
        .scalar("SELECT id FROM posts WHERE kind = 'challenge' ORDER BY id LIMIT 1")
        .await
        .to_string();
    let response = app
        .submit(
            &aminata,
            "/",
            "/api/add_commitment",
            &[
                ("challenge_id", &challenge),
                ("action", "Interview five midwives"),
                ("due_on", &day(2)),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::FOUND);
    let remind = |today: String| {
        let pool = app.pool.clone();
        async move {
            app::sets::notices::remind_commitments(&pool, &today)
                .await
                .expect("reminders")
        }
    };
    let (first, second) = tokio::join!(remind(day(0)), remind(day(0)));
    assert_eq!(first + second, 1, "two servers, one reminder");
    assert_eq!(remind(day(1)).await, 0);
    assert_eq!(remind(day(3)).await, 1, "overdue, once");
    assert_eq!(remind(day(4)).await, 0);
    let kinds: Vec<String> = sqlx::query_scalar(
        "SELECT kind FROM notifications WHERE kind LIKE 'commitment%' ORDER BY id",
    )
    .fetch_all(&app.pool)
    .await
    .expect("notices");
    assert_eq!(kinds, ["commitment-due", "commitment-overdue"]);

    // The demo round opened today: every member and the tutor hear once.
    let today = day(0);
    app::sets::notices::announce_rounds(&app.pool, &today)
        .await
        .expect("rounds");
    let announced = app
        .scalar("SELECT COUNT(*) FROM notifications WHERE kind = 'round-opened'")
        .await;
    assert!(announced >= 3, "{announced}");
    assert_eq!(
        app::sets::notices::announce_rounds(&app.pool, &today)
            .await
            .expect("rounds"),
        0
    );
    let kwame = app.user_id(KWAME).await;
    assert_eq!(
        app.scalar(&format!(
            "SELECT COUNT(*) FROM notifications WHERE kind = 'round-opened' AND user_id = {kwame}"
        ))
        .await,
        1,
        "the tutor too"
    );
}

#[tokio::test]
async fn the_calendar_feed_lists_a_persons_dates_until_its_link_is_reset() {
    let app = spawn_demo_app().await;
    let aminata = app.demo_client(AMINATA).await;
    let account = app.page(&aminata, "/account").await;
    let feed_url = account
        .split("href=\"")
        .find(|part| part.starts_with("http://127.0.0.1/calendar/"))
        .and_then(|part| part.split('"').next())
        .expect("the calendar link on the account page")
        .to_string();
    let feed_path = feed_url.trim_start_matches("http://127.0.0.1").to_string();
    let response = app.get(&new_client(), &feed_path).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert!(response
        .headers()
        .get("content-type")
        .is_some_and(|v| v.to_str().unwrap_or_default().starts_with("text/calendar")));
    let ics = response.text().await.expect("feed");
    assert!(ics.contains("BEGIN:VCALENDAR") && ics.contains("BEGIN:VEVENT"));
    assert!(
        ics.contains("SUMMARY:Keeping midwives in rural posts"),
        "{ics}"
    );
    assert!(ics.contains("UID:cohort-"), "her cohort: {ics}");

    let response = app
        .submit(&aminata, "/account", "/api/reset_calendar_link", &[])
        .await;
    assert_eq!(location(&response), "/account?calendar=new#calendar");
    assert_eq!(
        app.get(&new_client(), &feed_path).await.status(),
        StatusCode::NOT_FOUND,
        "the old link stops working"
    );
    let account = app.page(&aminata, "/account?calendar=new").await;
    assert!(!account.contains(&feed_url));
    assert!(account.contains("A new calendar address is ready"));
}

#[tokio::test]
async fn a_tutor_reminds_chosen_participants_each_in_their_language() {
    let app = spawn_demo_app().await;
    let cohort = app.scalar("SELECT id FROM cohorts").await.to_string();
    let kwame = app.demo_client(KWAME).await;
    let progress = format!("/cohorts/{cohort}/progress");
    let page = app.page(&kwame, &progress).await;
    assert!(page.contains("Send a reminder"), "{page}");
    let aminata_id = app.user_id(AMINATA).await.to_string();
    let outsider = app.user_id("priya.sharma@example.org").await.to_string();

    // Nobody chosen: said in words on the page.
    let response = app
        .submit(
            &kwame,
            &progress,
            "/api/send_reminder",
            &[("cohort_id", &cohort), ("message", "Keep going!")],
        )
        .await;
    let (_, page) = app.follow(&kwame, response).await;
    assert!(page.contains("Select at least one participant"), "{page}");
    assert!(page.contains("Keep going!"), "the message is kept");

    let response = app
        .submit(
            &kwame,
            &progress,
            "/api/send_reminder",
            &[
                ("cohort_id", &cohort),
                ("message", "Module 2 closes on Friday."),
                (&format!("participants[{aminata_id}]"), "on"),
                // Not in the cohort: left out.
                (&format!("participants[{outsider}]"), "on"),
            ],
        )
        .await;
    let (path, page) = app.follow(&kwame, response).await;
    assert!(path.contains("reminded=1"), "{path}");
    assert!(page.contains("The reminder was sent to one participant."));
    let (_, language, subject, text) = wait_for(&app, AMINATA, "notice").await;
    assert_eq!(language, "fr");
    assert!(subject.contains("Kwame Asante vous a écrit"), "{subject}");
    assert!(text.contains("Module 2 closes on Friday."));
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM notifications WHERE kind = 'tutor-message'")
            .await,
        1
    );

    // Only the cohort's staff may send one.
    let aminata = app.demo_client(AMINATA).await;
    let response = app
        .call(
            &aminata,
            "/api/send_reminder",
            &[
                ("cohort_id", &cohort),
                ("message", "Hello all"),
                (&format!("participants[{aminata_id}]"), "on"),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn enrolment_and_certificates_are_told_to_the_person_they_concern() {
    let app = spawn_demo_app().await;
    let cohort = app.scalar("SELECT id FROM cohorts").await.to_string();
    let priya = signed_in_as_themselves(&app, "priya.sharma@example.org").await;
    let response = app
        .submit(&priya, "/courses", "/api/enrol", &[("cohort_id", &cohort)])
        .await;
    assert_eq!(response.status(), StatusCode::FOUND);
    let (_, _, subject, _) = wait_for(&app, "priya.sharma@example.org", "notice").await;
    assert!(subject.starts_with("You are enrolled in"), "{subject}");

    let admin = app.demo_client("admin@example.org").await;
    let enrolment = app
        .scalar(&format!(
            "SELECT id FROM enrolments WHERE user_id = {}",
            app.user_id("priya.sharma@example.org").await
        ))
        .await
        .to_string();
    let response = app
        .submit(
            &admin,
            "/",
            "/api/issue_certificate",
            &[
                ("enrolment_id", &enrolment),
                ("note", "Completed on paper."),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::FOUND);
    let response = app
        .submit(
            &admin,
            "/",
            "/api/withdraw_enrolment",
            &[("enrolment_id", &enrolment)],
        )
        .await;
    assert_eq!(response.status(), StatusCode::FOUND);
    let kinds: Vec<String> = sqlx::query_scalar(
        "SELECT n.kind FROM notifications n JOIN users u ON u.id = n.user_id
         WHERE u.email = 'priya.sharma@example.org' ORDER BY n.id",
    )
    .fetch_all(&app.pool)
    .await
    .expect("notices");
    assert_eq!(kinds, ["enrolled", "certificate-issued", "withdrawn"]);
    let home = app.page(&priya, "/").await;
    assert!(
        home.contains("Anyone can check it at http://127.0.0.1/verify/"),
        "{home}"
    );
}
