use crate::helpers::{location, new_client, spawn_app_with, spawn_demo_app, TestApp, COURSE};
use reqwest::{Client, StatusCode};

const ADMIN: &str = "admin@example.org";
const KWAME: &str = "kwame.asante@example.org";
const AMINATA: &str = "aminata.diallo@example.org";
const CHINEDU: &str = "chinedu.okafor@example.org";
const LAYLA: &str = "layla.haddad@example.org";

async fn enrolment(app: &TestApp, email: &str) -> i64 {
    app.scalar(&format!(
        "SELECT e.id FROM enrolments e JOIN users u ON u.id = e.user_id WHERE u.email = '{email}'"
    ))
    .await
}

/// Everything of the course done by a participant but its last lesson: the
/// part of the journey other tests drive through the pages.
async fn all_but_the_last_lesson(app: &TestApp, email: &str) -> i64 {
    let enrolment = enrolment(app, email).await;
    sqlx::query(
        "INSERT OR IGNORE INTO lesson_completions (enrolment_id, lesson_id)
         SELECT ?, id FROM lessons WHERE id <> (SELECT MAX(id) FROM lessons)",
    )
    .bind(enrolment)
    .execute(&app.pool)
    .await
    .expect("completions");
    sqlx::query(
        "INSERT INTO quiz_attempts (quiz_id, enrolment_id, number, seed, submitted_at, score_percent, passed)
         SELECT id, ?, 1, 1, CURRENT_TIMESTAMP, 100, TRUE FROM quizzes",
    )
    .bind(enrolment)
    .execute(&app.pool)
    .await
    .expect("attempts");
    app.scalar("SELECT MAX(id) FROM lessons").await
}

async fn complete_lesson(app: &TestApp, client: &Client, lesson: i64) -> StatusCode {
    app.submit(
        client,
        COURSE,
        "/api/complete_lesson",
        &[("lesson_id", &lesson.to_string())],
    )
    .await
    .status()
}

async fn code_of(app: &TestApp, email: &str) -> String {
    let (code,): (String,) = sqlx::query_as(
        "SELECT k.code FROM certificates k JOIN enrolments e ON e.id = k.enrolment_id
         JOIN users u ON u.id = e.user_id WHERE u.email = ?",
    )
    .bind(email)
    .fetch_one(&app.pool)
    .await
    .expect("a certificate");
    code
}

/// Downloads the signed credential into a file and checks it the way
/// `server check-credential` does.
async fn credential_file(app: &TestApp, client: &Client, code: &str) -> tempfile::NamedTempFile {
    let response = app
        .get(client, &format!("/certificates/{code}/credential.json"))
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let file = tempfile::NamedTempFile::new().expect("file");
    std::fs::write(file.path(), response.bytes().await.expect("body")).expect("write");
    file
}

async fn check(app: &TestApp, file: &std::path::Path) -> Result<String, String> {
    server::credential_cli::check_credential(&app.settings, file).await
}

#[tokio::test]
async fn completing_the_course_issues_a_certificate_that_verifies_until_revoked() {
    let app = spawn_demo_app().await;
    let aminata = app.demo_client(AMINATA).await;
    let last = all_but_the_last_lesson(&app, AMINATA).await;
    let course = app.page(&aminata, COURSE).await;
    assert!(
        course.contains("Complete every lesson"),
        "rules on the course page"
    );
    assert!(course.contains("lessons completed"));
    assert_eq!(app.scalar("SELECT COUNT(*) FROM certificates").await, 0);

    assert_eq!(
        complete_lesson(&app, &aminata, last).await,
        StatusCode::FOUND
    );
    let code = code_of(&app, AMINATA).await;
    let course = app.page(&aminata, COURSE).await;
    assert!(
        course.contains(&format!("/certificates/{code}")),
        "link to it"
    );
    // Completing again (a double click) never makes a second certificate.
    complete_lesson(&app, &aminata, last).await;
    assert_eq!(app.scalar("SELECT COUNT(*) FROM certificates").await, 1);

    let page = app.page(&aminata, &format!("/certificates/{code}")).await;
    assert!(page.contains("Aminata Diallo") && page.contains(&code));
    assert!(page.contains("<svg"), "QR code on the printable page");
    let chinedu = app.demo_client(CHINEDU).await;
    let other = app.get(&chinedu, &format!("/certificates/{code}")).await;
    assert_eq!(other.status(), StatusCode::NOT_FOUND, "not someone else's");
    let kwame = app.demo_client(KWAME).await;
    let tutor = app.get(&kwame, &format!("/certificates/{code}")).await;
    assert_eq!(tutor.status(), StatusCode::OK, "the cohort's tutor sees it");

    let visitor = new_client();
    let verdict = app.page(&visitor, &format!("/verify/{code}")).await;
    assert!(verdict.contains("Valid certificate"), "{verdict}");
    assert!(verdict.contains("Aminata Diallo"));
    let typed = code.to_lowercase().replace('-', " ");
    let verdict = app
        .page(
            &visitor,
            &format!("/verify?code={}", typed.replace(' ', "+")),
        )
        .await;
    assert!(verdict.contains("Valid certificate"), "typed loosely");
    let unknown = app.get(&visitor, "/verify/ZZZZ-ZZZZ-ZZZZ").await;
    assert_eq!(unknown.status(), StatusCode::OK);
    assert!(unknown
        .text()
        .await
        .expect("body")
        .contains("There is no certificate with the code ZZZZ-ZZZZ-ZZZZ"));
    let garbled = app.page(&visitor, "/verify/0O1IL").await;
    assert!(garbled.contains("never contains 0, 1, I, L or O"));

    let pdf = app
        .get(&aminata, &format!("/certificates/{code}/certificate.pdf"))
        .await;
    assert_eq!(pdf.status(), StatusCode::OK);
    assert_eq!(pdf.headers()["content-type"], "application/pdf");
    let bytes = pdf.bytes().await.expect("pdf");
    assert!(bytes.starts_with(b"%PDF-") && bytes.len() < 100_000);
    let anonymous = app
        .get(&visitor, &format!("/certificates/{code}/certificate.pdf"))
        .await;
    assert!(location(&anonymous).starts_with("/login?next="));

    let key = app.get(&visitor, "/.well-known/certificate-key.json").await;
    let key: serde_json::Value =
        serde_json::from_slice(&key.bytes().await.expect("body")).expect("key document");
    assert!(key["publicKeyMultibase"]
        .as_str()
        .expect("key")
        .starts_with("z6Mk"));

    let credential = credential_file(&app, &aminata, &code).await;
    let verdict = check(&app, credential.path()).await.expect("valid");
    assert!(
        verdict.starts_with("VALID:") && verdict.contains("Aminata Diallo"),
        "{verdict}"
    );
    let tampered = tempfile::NamedTempFile::new().expect("file");
    let text = std::fs::read_to_string(credential.path()).expect("read");
    std::fs::write(
        tampered.path(),
        text.replace("Aminata Diallo", "Amina Diallo"),
    )
    .expect("write");
    let problem = check(&app, tampered.path()).await.expect_err("tampered");
    assert!(problem.contains("signature does not match"), "{problem}");
    std::fs::write(tampered.path(), "not json").expect("write");
    let problem = check(&app, tampered.path()).await.expect_err("malformed");
    assert!(problem.contains("not a credential"), "{problem}");

    let admin = app.demo_client(ADMIN).await;
    let certificate = app.scalar("SELECT id FROM certificates").await.to_string();
    let cohort = app.scalar("SELECT id FROM cohorts").await;
    let page = format!("/cohorts/{cohort}/certificates");
    let no_reason = app
        .submit(
            &admin,
            &page,
            "/api/revoke_certificate",
            &[("certificate_id", &certificate), ("reason_text", " ")],
        )
        .await;
    let (_, body) = app.follow(&admin, no_reason).await;
    assert!(body.contains("reason"), "asks for a reason");
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM certificates WHERE revoked_at IS NOT NULL")
            .await,
        0
    );
    let by_tutor = app
        .call(
            &kwame,
            "/api/revoke_certificate",
            &[("certificate_id", &certificate), ("reason_text", "fraud")],
        )
        .await;
    assert_eq!(
        by_tutor.status(),
        StatusCode::FORBIDDEN,
        "administrators only"
    );
    let revoked = app
        .submit(
            &admin,
            &page,
            "/api/revoke_certificate",
            &[
                ("certificate_id", &certificate),
                ("reason_text", "Quiz answers copied"),
            ],
        )
        .await;
    assert_eq!(location(&revoked), format!("{page}?revoked=1"));
    let verdict = app.page(&visitor, &format!("/verify/{code}")).await;
    assert!(
        verdict.contains("Revoked") && verdict.contains("no longer valid"),
        "{verdict}"
    );
    let problem = check(&app, credential.path()).await.expect_err("revoked");
    assert!(
        problem.contains("revoked") && problem.contains("Quiz answers copied"),
        "{problem}"
    );
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM certificates").await,
        1,
        "kept on record"
    );
    let audit = app.page(&admin, "/admin/audit?subject=Aminata").await;
    assert!(
        audit.contains("<td>Certificate revoked</td>") && audit.contains("Quiz answers copied")
    );
    assert!(
        audit.contains("<td>the platform</td><td>Certificate issued</td>"),
        "{audit}"
    );
}

#[tokio::test]
async fn set_participation_and_a_tutors_approval_complete_the_rules() {
    let app = spawn_demo_app().await;
    let admin = app.demo_client(ADMIN).await;
    let kwame = app.demo_client(KWAME).await;
    let course = app.scalar("SELECT id FROM courses").await.to_string();
    let rules = [
        ("course_id", course.as_str()),
        ("rounds", "2"),
        ("needs_approval", "on"),
    ];
    let refused = app
        .call(&kwame, "/api/update_certificate_rules", &rules)
        .await;
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    let bad = app
        .submit(
            &admin,
            "/admin/courses/1",
            "/api/update_certificate_rules",
            &[("course_id", &course), ("rounds", "lots")],
        )
        .await;
    let (_, body) = app.follow(&admin, bad).await;
    assert!(
        body.contains("Enter a whole number of rounds"),
        "message in the page"
    );
    let saved = app
        .submit(
            &admin,
            "/admin/courses/1",
            "/api/update_certificate_rules",
            &rules,
        )
        .await;
    assert_eq!(location(&saved), format!("/admin/courses/{course}?rules=1"));

    // Aminata presented in the demo's first round; everything else done.
    let aminata = app.demo_client(AMINATA).await;
    let last = all_but_the_last_lesson(&app, AMINATA).await;
    complete_lesson(&app, &aminata, last).await;
    let page = app.page(&aminata, COURSE).await;
    assert!(page.contains("Post in at least 2 rounds of your set"));
    assert!(page.contains("Posted in 1 round"));
    assert!(page.contains("Approval by your tutor"));
    assert_eq!(app.scalar("SELECT COUNT(*) FROM certificates").await, 0);

    // Relaxing the rules to one round leaves only the approval missing.
    let one_round = [
        ("course_id", course.as_str()),
        ("rounds", "1"),
        ("needs_approval", "on"),
    ];
    app.submit(
        &admin,
        "/admin/courses/1",
        "/api/update_certificate_rules",
        &one_round,
    )
    .await;
    assert_eq!(app.scalar("SELECT COUNT(*) FROM certificates").await, 0);

    let cohort = app.scalar("SELECT id FROM cohorts").await;
    let staff_page = format!("/cohorts/{cohort}/certificates");
    let list = app.page(&kwame, &staff_page).await;
    assert!(list.contains("Aminata Diallo") && list.contains("Approve completion"));
    let layla = app.demo_client(LAYLA).await;
    let not_staff = app.get(&layla, &staff_page).await;
    assert_eq!(not_staff.status(), StatusCode::NOT_FOUND);
    let aminata_enrolment = enrolment(&app, AMINATA).await.to_string();
    let self_approval = app
        .call(
            &aminata,
            "/api/approve_completion",
            &[("enrolment_id", &aminata_enrolment)],
        )
        .await;
    assert_eq!(self_approval.status(), StatusCode::NOT_FOUND);
    let approved = app
        .submit(
            &kwame,
            &staff_page,
            "/api/approve_completion",
            &[("enrolment_id", &aminata_enrolment)],
        )
        .await;
    assert_eq!(location(&approved), format!("{staff_page}?approved=1"));
    let code = code_of(&app, AMINATA).await;
    assert!(app.page(&aminata, COURSE).await.contains(&code));

    // Chinedu only asked a question: without presenting, no certificate.
    let last = all_but_the_last_lesson(&app, CHINEDU).await;
    let chinedu = app.demo_client(CHINEDU).await;
    complete_lesson(&app, &chinedu, last).await;
    let chinedu_enrolment = enrolment(&app, CHINEDU).await.to_string();
    app.submit(
        &kwame,
        &staff_page,
        "/api/approve_completion",
        &[("enrolment_id", &chinedu_enrolment)],
    )
    .await;
    assert_eq!(app.scalar("SELECT COUNT(*) FROM certificates").await, 1);
    let page = app.page(&chinedu, COURSE).await;
    assert!(
        page.contains("Not yet presented"),
        "says which rule is missing"
    );
}

#[tokio::test]
async fn administrators_issue_by_hand_and_approve_name_corrections_under_the_same_code() {
    let app = spawn_demo_app().await;
    let admin = app.demo_client(ADMIN).await;
    let cohort = app.scalar("SELECT id FROM cohorts").await;
    let staff_page = format!("/cohorts/{cohort}/certificates");
    let layla_enrolment = enrolment(&app, LAYLA).await.to_string();
    let kwame = app.demo_client(KWAME).await;
    let by_tutor = app
        .call(
            &kwame,
            "/api/issue_certificate",
            &[("enrolment_id", &layla_enrolment), ("note", "done offline")],
        )
        .await;
    assert_eq!(by_tutor.status(), StatusCode::FORBIDDEN);
    let no_note = app
        .submit(
            &admin,
            &staff_page,
            "/api/issue_certificate",
            &[("enrolment_id", &layla_enrolment), ("note", "")],
        )
        .await;
    let (_, body) = app.follow(&admin, no_note).await;
    assert!(body.contains("reason"), "asks for a note");
    let fields = [
        ("enrolment_id", layla_enrolment.as_str()),
        ("note", "Completed on paper during the network outage"),
    ];
    let issued = app
        .submit(&admin, &staff_page, "/api/issue_certificate", &fields)
        .await;
    assert_eq!(location(&issued), format!("{staff_page}?issued=1"));
    let twice = app.call(&admin, "/api/issue_certificate", &fields).await;
    assert_eq!(twice.status(), StatusCode::BAD_REQUEST);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM certificates").await, 1);
    let code = code_of(&app, LAYLA).await;

    let layla = app.demo_client(LAYLA).await;
    let before = credential_file(&app, &layla, &code).await;
    let certificate_page = format!("/certificates/{code}");
    let chinedu = app.demo_client(CHINEDU).await;
    let not_theirs = app
        .call(
            &chinedu,
            "/api/request_name_correction",
            &[
                ("code", &code),
                ("requested_name", "Chinedu"),
                ("correction_reason", "mine now"),
            ],
        )
        .await;
    assert_eq!(not_theirs.status(), StatusCode::NOT_FOUND);
    let request = [
        ("code", code.as_str()),
        ("requested_name", "Layla  Al-Haddad"),
        ("correction_reason", "The name in my passport"),
    ];
    let asked = app
        .submit(
            &layla,
            &certificate_page,
            "/api/request_name_correction",
            &request,
        )
        .await;
    assert_eq!(location(&asked), format!("{certificate_page}?requested=1"));
    let again = app
        .call(&layla, "/api/request_name_correction", &request)
        .await;
    assert_eq!(
        again.status(),
        StatusCode::BAD_REQUEST,
        "one waiting request at a time"
    );

    let review = app.page(&admin, "/admin/name-corrections").await;
    assert!(review.contains("Layla Al-Haddad") && review.contains("The name in my passport"));
    let correction = app
        .scalar("SELECT id FROM name_corrections")
        .await
        .to_string();
    let by_participant = app
        .call(
            &layla,
            "/api/decide_name_correction",
            &[("correction_id", &correction), ("decision", "approve")],
        )
        .await;
    assert_eq!(by_participant.status(), StatusCode::FORBIDDEN);
    let decided = app
        .submit(
            &admin,
            "/admin/name-corrections",
            "/api/decide_name_correction",
            &[("correction_id", &correction), ("decision", "approve")],
        )
        .await;
    assert_eq!(location(&decided), "/admin/name-corrections?decided=1");
    assert_eq!(code_of(&app, LAYLA).await, code, "same code");
    let verdict = app.page(&new_client(), &format!("/verify/{code}")).await;
    assert!(verdict.contains("Layla Al-Haddad") && verdict.contains("Name corrected on"));
    let history = app.page(&layla, &certificate_page).await;
    assert!(
        history.contains("Layla Haddad") && history.contains("Approved"),
        "history kept"
    );
    let problem = check(&app, before.path()).await.expect_err("superseded");
    assert!(problem.contains("reissued"), "{problem}");
    let after = credential_file(&app, &layla, &code).await;
    assert!(check(&app, after.path()).await.is_ok());
    let pdf = app
        .get(&layla, &format!("/certificates/{code}/certificate.pdf"))
        .await;
    assert!(pdf.bytes().await.expect("pdf").starts_with(b"%PDF-"));
}

#[tokio::test]
async fn certificate_lookups_are_rate_limited_per_client() {
    let app = spawn_app_with(|settings| settings.verify_lookups_per_minute = 3).await;
    let visitor = new_client();
    for _ in 0..3 {
        let response = app.get(&visitor, "/verify/ZZZZ-ZZZZ-ZZZZ").await;
        assert_eq!(response.status(), StatusCode::OK);
    }
    let refused = app.get(&visitor, "/verify/ZZZZ-ZZZZ-ZZZZ").await;
    assert_eq!(refused.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(refused
        .text()
        .await
        .expect("body")
        .contains("Too many certificate lookups"));
    let form = app.get(&visitor, "/verify").await;
    assert_eq!(
        form.status(),
        StatusCode::OK,
        "the empty form is not a lookup"
    );
}
