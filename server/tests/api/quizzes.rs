use crate::helpers::{location, new_client, spawn_demo_app, TestApp, COURSE};
use reqwest::{Client, StatusCode};

/// Every right answer of the shipped WISN quiz, by question slug.
const RIGHT: [(&str, &str); 9] = [
    ("available-working-time", "1760"),
    ("standard-workload", "3,520"),
    ("required-for-service", "2"),
    ("category-allowance-factor", "1,25"),
    ("individual-allowance-factor", "0.1"),
    ("total-required-staff", "2.6"),
    ("wisn-ratio", "0.77"),
    ("wisn-difference", "-0.6"),
    ("reading-the-ratio", "a"),
];

async fn quiz_id(app: &TestApp) -> String {
    app.scalar("SELECT id FROM quizzes").await.to_string()
}

/// Starts (or resumes) an attempt and returns its id.
async fn start(app: &TestApp, client: &Client) -> String {
    let quiz = quiz_id(app).await;
    let response = app
        .submit(
            client,
            &format!("/quizzes/{quiz}"),
            "/api/start_attempt",
            &[("quiz_id", &quiz)],
        )
        .await;
    let to = location(&response);
    to.strip_prefix("/attempts/")
        .unwrap_or_else(|| panic!("no attempt: {to}"))
        .to_string()
}

/// The form fields answering each question, `wrong` of them wrongly.
async fn answers(app: &TestApp, wrong: usize) -> Vec<(String, String)> {
    let mut fields = Vec::new();
    for (index, (slug, right)) in RIGHT.iter().enumerate() {
        let id: (i64,) = sqlx::query_as("SELECT id FROM quiz_questions WHERE slug = ?")
            .bind(slug)
            .fetch_one(&app.pool)
            .await
            .expect("question");
        let value = if index < wrong {
            if *slug == "reading-the-ratio" {
                "b"
            } else {
                "999"
            }
        } else {
            right
        };
        fields.push((format!("answers[q{}]", id.0), value.to_string()));
    }
    fields
}

async fn submit(
    app: &TestApp,
    client: &Client,
    attempt: &str,
    fields: &[(String, String)],
) -> reqwest::Response {
    let mut form: Vec<(&str, &str)> = vec![("attempt_id", attempt)];
    form.extend(fields.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    app.submit(
        client,
        &format!("/attempts/{attempt}"),
        "/api/submit_attempt",
        &form,
    )
    .await
}

#[tokio::test]
async fn no_correct_answer_reaches_the_participant_before_submission() {
    let app = spawn_demo_app().await;
    let aminata = app.demo_client("aminata.diallo@example.org").await;
    let quiz = quiz_id(&app).await;
    let mut seen = String::new();
    seen.push_str(&app.page(&aminata, COURSE).await);
    seen.push_str(&app.page(&aminata, &format!("/quizzes/{quiz}")).await);
    let attempt = start(&app, &aminata).await;
    seen.push_str(&app.page(&aminata, &format!("/attempts/{attempt}")).await);
    for (function, field) in [
        ("/api/quiz_overview", "quiz_id"),
        ("/api/attempt_form", "attempt_id"),
    ] {
        let id = if field == "quiz_id" { &quiz } else { &attempt };
        let response = app.call(&aminata, function, &[(field, id)]).await;
        assert_eq!(response.status(), StatusCode::OK, "{function}");
        seen.push_str(&response.text().await.expect("body"));
    }
    for secret in [
        "= 1,760 hours a year",
        "1 ÷ 0.80 = 1.25",
        "0.769",
        "Right: below 1 means a shortage.",
        "\"correct\"",
        "tolerance",
        "answer_key",
        "explanation",
    ] {
        assert!(
            !seen.contains(secret),
            "{secret} reached the browser before submission"
        );
    }
    assert!(
        seen.contains("What is the available working time"),
        "the questions are shown"
    );
}

#[tokio::test]
async fn an_attempt_is_graded_once_and_replays_change_nothing() {
    let app = spawn_demo_app().await;
    let aminata = app.demo_client("aminata.diallo@example.org").await;
    let attempt = start(&app, &aminata).await;
    let fields = answers(&app, 1).await;
    let response = submit(&app, &aminata, &attempt, &fields).await;
    assert_eq!(location(&response), format!("/attempts/{attempt}/result"));
    let result = app.page(&aminata, &location(&response)).await;
    assert!(result.contains("You passed with 88%"), "8 of 9 right");

    let replay = submit(&app, &aminata, &attempt, &answers(&app, 9).await).await;
    let back = location(&replay);
    let back = back.strip_prefix(&app.base).unwrap_or(&back).to_string();
    let attempt_page = app.get(&aminata, &back).await;
    assert_eq!(
        location(&attempt_page),
        format!("/attempts/{attempt}/result"),
        "sent to the result"
    );
    let page = app
        .page(&aminata, &format!("/attempts/{attempt}/result"))
        .await;
    assert!(page.contains("Attempt 1: 88%"), "the result is unchanged");
    assert_eq!(app.scalar("SELECT COUNT(*) FROM quiz_attempts").await, 1);
    assert_eq!(
        app.scalar("SELECT score_percent FROM quiz_attempts").await,
        88
    );
    let direct = app
        .call(
            &aminata,
            "/api/submit_attempt",
            &[("attempt_id", attempt.as_str())],
        )
        .await;
    assert_eq!(direct.status(), StatusCode::BAD_REQUEST);
    assert!(direct
        .text()
        .await
        .expect("body")
        .contains("already submitted"));
}

#[tokio::test]
async fn bad_answers_are_refused_with_a_message_and_no_score_changes() {
    let app = spawn_demo_app().await;
    let aminata = app.demo_client("aminata.diallo@example.org").await;
    let attempt = start(&app, &aminata).await;
    let mut fields = answers(&app, 0).await;
    fields[0].1 = "about seventeen hundred".into();
    let response = submit(&app, &aminata, &attempt, &fields).await;
    let (_, page) = app.follow(&aminata, response).await;
    assert!(page.contains("is not a number"));
    assert!(
        page.contains(r#"value="about seventeen hundred""#),
        "what was typed is kept"
    );

    let mut unknown_option = answers(&app, 0).await;
    unknown_option[8].1 = "z".into();
    let mut unknown_question = answers(&app, 0).await;
    unknown_question.push(("answers[q99999]".into(), "1".into()));
    for fields in [unknown_option, unknown_question] {
        let response = submit(&app, &aminata, &attempt, &fields).await;
        assert!(location(&response).contains("__err="), "refused");
    }
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM quiz_attempts WHERE submitted_at IS NOT NULL")
            .await,
        0
    );

    // Another participant's attempt does not exist for them.
    let chinedu = app.demo_client("chinedu.okafor@example.org").await;
    let response = app
        .call(
            &chinedu,
            "/api/submit_attempt",
            &[("attempt_id", attempt.as_str())],
        )
        .await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    assert_eq!(
        app.get(&chinedu, &format!("/attempts/{attempt}"))
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn attempts_are_limited_and_correct_answers_shown_only_when_done() {
    let app = spawn_demo_app().await;
    let chinedu = app.demo_client("chinedu.okafor@example.org").await;
    for number in 1..=3 {
        let attempt = start(&app, &chinedu).await;
        let response = submit(&app, &chinedu, &attempt, &answers(&app, 5).await).await;
        let result = app.page(&chinedu, &location(&response)).await;
        assert!(result.contains("You scored 44%"), "attempt {number}");
        assert!(result.contains("✗ Not right"), "marks are shown");
        if number < 3 {
            assert!(
                !result.contains("Correct answer:"),
                "not before the last attempt"
            );
        } else {
            assert!(result.contains("Correct answer:") && result.contains("= 1,760 hours a year"));
            assert!(result.contains("You have no attempts left."));
        }
    }
    let quiz = quiz_id(&app).await;
    let response = app
        .call(&chinedu, "/api/start_attempt", &[("quiz_id", &quiz)])
        .await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM quiz_attempts").await, 3);
    assert!(app
        .page(&chinedu, &format!("/quizzes/{quiz}"))
        .await
        .contains("You have used all your attempts"));
}

#[tokio::test]
async fn a_passed_quiz_counts_toward_progress_and_only_participants_take_quizzes() {
    let app = spawn_demo_app().await;
    let layla = app.demo_client("layla.haddad@example.org").await;
    let attempt = start(&app, &layla).await;
    submit(&app, &layla, &attempt, &answers(&app, 0).await).await;
    let course = app.page(&layla, COURSE).await;
    assert!(
        course.contains("1 of 13 done (7%)"),
        "the quiz is one step of the course"
    );
    assert!(course.contains("✓ Passed (100%)"));

    let kwame = app.demo_client("kwame.asante@example.org").await;
    let quiz = quiz_id(&app).await;
    assert!(app
        .page(&kwame, &format!("/quizzes/{quiz}"))
        .await
        .contains("Only participants enrolled"));
    let response = app
        .call(&kwame, "/api/start_attempt", &[("quiz_id", &quiz)])
        .await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    let outsider = new_client();
    app.register(&outsider, "Priya Sharma", "priya@example.org")
        .await;
    assert_eq!(
        app.get(&outsider, &format!("/quizzes/{quiz}"))
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn quizzes_of_ended_cohorts_are_closed() {
    let app = spawn_demo_app().await;
    sqlx::query("UPDATE cohorts SET starts_on = '2020-01-01', ends_on = '2020-03-31'")
        .execute(&app.pool)
        .await
        .expect("end the cohort");
    let aminata = app.demo_client("aminata.diallo@example.org").await;
    let quiz = quiz_id(&app).await;
    let response = app
        .call(&aminata, "/api/start_attempt", &[("quiz_id", &quiz)])
        .await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    assert!(response
        .text()
        .await
        .expect("body")
        .contains("Your cohort has ended"));
    assert_eq!(app.scalar("SELECT COUNT(*) FROM quiz_attempts").await, 0);
}

#[tokio::test]
async fn the_cohorts_tutor_sees_each_participants_best_score_and_each_questions_success() {
    let app = spawn_demo_app().await;
    let layla = app.demo_client("layla.haddad@example.org").await;
    let attempt = start(&app, &layla).await;
    submit(&app, &layla, &attempt, &answers(&app, 0).await).await;
    let chinedu = app.demo_client("chinedu.okafor@example.org").await;
    let attempt = start(&app, &chinedu).await;
    submit(&app, &chinedu, &attempt, &answers(&app, 5).await).await;

    let quiz = quiz_id(&app).await;
    let kwame = app.demo_client("kwame.asante@example.org").await;
    assert!(app
        .page(&kwame, &format!("/quizzes/{quiz}"))
        .await
        .contains("Results by cohort"));
    let report = app.page(&kwame, &format!("/quizzes/{quiz}/report")).await;
    let squeeze = |html: &str| html.replace("<!>", "").replace(char::is_whitespace, "");
    let report = squeeze(&report);
    assert!(
        report.contains("<td>LaylaHaddad</td><td>1</td><td>100%</td><td>Yes</td>"),
        "{report}"
    );
    assert!(report.contains("<td>ChineduOkafor</td><td>1</td><td>44%</td><td>No</td>"));
    assert!(report.contains("<td>AminataDiallo</td><td>0</td><td>–</td><td>No</td>"));
    assert!(
        report.contains("1of2(50%)"),
        "question 1: Layla right, Chinedu wrong"
    );
    assert!(report.contains("2of2(100%)"), "question 9: both right");

    let fatou = app.demo_client("fatou.ndiaye@example.org").await;
    assert_eq!(
        app.get(&fatou, &format!("/quizzes/{quiz}/report"))
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get(&layla, &format!("/quizzes/{quiz}/report"))
            .await
            .status(),
        StatusCode::FORBIDDEN
    );
    let admin = app.demo_client("admin@example.org").await;
    assert!(
        squeeze(&app.page(&admin, &format!("/quizzes/{quiz}/report")).await)
            .contains("<td>LaylaHaddad</td>")
    );
}

#[tokio::test]
async fn administrators_write_quizzes_in_the_browser_with_the_package_checks() {
    let app = spawn_demo_app().await;
    let admin = app.demo_client("admin@example.org").await;
    let module = app
        .scalar("SELECT id FROM modules WHERE slug = 'hrh-situation-analysis'")
        .await
        .to_string();
    let editor = format!("/admin/modules/{module}/quiz");
    let page = app.page(&admin, &editor).await;
    assert!(page.contains("This module has no quiz yet."));
    let template = app::api::authoring::QUIZ_TEMPLATE;

    let response = app
        .submit(
            &admin,
            &editor,
            "/api/save_quiz",
            &[
                ("module_id", &module),
                ("source", "title = \"x\"\npass_mark = [\n"),
            ],
        )
        .await;
    let (_, page) = app.follow(&admin, response).await;
    assert!(page.contains("Line 2:"), "TOML errors name the line");
    let broken = template.replace("correct = true", "correct = false");
    let response = app
        .submit(
            &admin,
            &editor,
            "/api/save_quiz",
            &[("module_id", &module), ("source", &broken)],
        )
        .await;
    let (_, page) = app.follow(&admin, response).await;
    assert!(page.contains(
        "question 1 (first-question): a single-choice question needs exactly one correct option"
    ));
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM quizzes").await,
        1,
        "only the WISN quiz"
    );

    let response = app
        .submit(
            &admin,
            &editor,
            "/api/save_quiz",
            &[("module_id", &module), ("source", template)],
        )
        .await;
    assert_eq!(location(&response), format!("{editor}?saved=1"));
    assert!(app
        .page(&new_client(), COURSE)
        .await
        .contains("Quiz: Check your understanding"));

    // Editing a quiz keeps its attempts; a quiz with attempts cannot be deleted.
    let aminata = app.demo_client("aminata.diallo@example.org").await;
    let quiz = app
        .scalar(&format!(
            "SELECT id FROM quizzes WHERE module_id = {module}"
        ))
        .await
        .to_string();
    let response = app
        .submit(
            &aminata,
            &format!("/quizzes/{quiz}"),
            "/api/start_attempt",
            &[("quiz_id", &quiz)],
        )
        .await;
    let attempt = location(&response)
        .trim_start_matches("/attempts/")
        .to_string();
    let first = app
        .scalar("SELECT id FROM quiz_questions WHERE slug = 'first-question'")
        .await;
    app.submit(
        &aminata,
        "/",
        "/api/submit_attempt",
        &[
            ("attempt_id", attempt.as_str()),
            (&format!("answers[q{first}]"), "a"),
        ],
    )
    .await;
    let edited = template.replace("Which of these is", "Which one of these is");
    app.submit(
        &admin,
        &editor,
        "/api/save_quiz",
        &[("module_id", &module), ("source", &edited)],
    )
    .await;
    let result = app
        .page(&aminata, &format!("/attempts/{attempt}/result"))
        .await;
    assert!(
        result.contains("Which one of these is"),
        "the attempt still reads its questions"
    );
    let response = app
        .call(&admin, "/api/delete_quiz", &[("module_id", &module)])
        .await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);

    let response = app
        .call(
            &aminata,
            "/api/save_quiz",
            &[("module_id", &module), ("source", template)],
        )
        .await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
}
