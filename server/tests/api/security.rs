use crate::helpers::{spawn_demo_app, FIRST_LESSON};
use reqwest::header::{ACCEPT, ORIGIN};
use reqwest::StatusCode;

#[tokio::test]
async fn every_answer_carries_the_security_headers() {
    let app = spawn_demo_app().await;
    let client = crate::helpers::new_client();
    for path in ["/", "/courses", "/login", "/no-such-page"] {
        let response = app.get(&client, path).await;
        let headers = response.headers();
        let header = |name: &str| {
            headers
                .get(name)
                .and_then(|v| v.to_str().ok())
                .unwrap_or_default()
                .to_string()
        };
        assert_eq!(header("x-content-type-options"), "nosniff", "{path}");
        assert_eq!(header("referrer-policy"), "same-origin", "{path}");
        assert_eq!(header("x-frame-options"), "DENY", "{path}");
        assert!(
            header("content-security-policy").contains("frame-ancestors 'none'"),
            "{path}"
        );
        assert_eq!(
            header("strict-transport-security"),
            "",
            "no HSTS over plain HTTP"
        );
    }
}

#[tokio::test]
async fn cross_site_requests_of_every_kind_are_refused() {
    let app = spawn_demo_app().await;
    let participant = app.demo_client("kofi.mensah@example.org").await;
    let admin = app.demo_client("admin@example.org").await;
    let cohort = app.scalar("SELECT id FROM cohorts").await.to_string();
    let lesson = app
        .scalar("SELECT id FROM lessons LIMIT 1")
        .await
        .to_string();
    let evil = "https://evil.example";
    let before = (
        app.scalar("SELECT COUNT(*) FROM enrolments").await,
        app.scalar("SELECT COUNT(*) FROM roster_uploads").await,
    );

    // A server function posted by a form on another site.
    let response = participant
        .post(app.url("/api/enrol"))
        .header(ACCEPT, "text/html")
        .header(ORIGIN, evil)
        .form(&[("cohort_id", cohort.as_str())])
        .send()
        .await
        .expect("POST");
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    // A server function called by a script on another site (no Origin, a
    // foreign Referer).
    let response = participant
        .post(app.url("/api/complete_lesson"))
        .header("referer", format!("{evil}/page"))
        .form(&[("lesson_id", lesson.as_str())])
        .send()
        .await
        .expect("POST");
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    // Fetch metadata alone is enough.
    let response = admin
        .post(app.url("/api/set_cohort_open"))
        .header("sec-fetch-site", "cross-site")
        .form(&[("cohort_id", cohort.as_str()), ("open", "false")])
        .send()
        .await
        .expect("POST");
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    // A file upload and a download that changes state.
    let form = reqwest::multipart::Form::new().part(
        "file",
        reqwest::multipart::Part::bytes(
            b"name,email,country,cadre\nA,a@example.org,GH,nurse\n".to_vec(),
        )
        .file_name("x.csv"),
    );
    let response = admin
        .post(app.url(&format!("/admin/cohorts/{cohort}/roster")))
        .header(ORIGIN, evil)
        .multipart(form)
        .send()
        .await
        .expect("upload");
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    let response = admin
        .post(app.url("/admin/roster/1/links.csv"))
        .header(ORIGIN, evil)
        .send()
        .await
        .expect("links");
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    // Logging out is a change too.
    let response = participant
        .post(app.url("/api/logout"))
        .header(ORIGIN, evil)
        .send()
        .await
        .expect("logout");
    assert_eq!(response.status(), StatusCode::FORBIDDEN);

    assert_eq!(
        (
            app.scalar("SELECT COUNT(*) FROM enrolments").await,
            app.scalar("SELECT COUNT(*) FROM roster_uploads").await,
        ),
        before,
        "nothing changed"
    );
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM cohorts WHERE enrolment_open")
            .await,
        1
    );
    assert_eq!(app.scalar("SELECT COUNT(*) FROM lesson_completions WHERE enrolment_id IN (SELECT id FROM enrolments WHERE user_id = (SELECT id FROM users WHERE email = 'kofi.mensah@example.org'))").await, 0);

    // The same request from the platform's own pages goes through.
    let own = app.url("");
    let response = participant
        .post(app.url("/api/enrol"))
        .header(ACCEPT, "text/html")
        .header(ORIGIN, own.trim_end_matches('/'))
        .form(&[("cohort_id", cohort.as_str())])
        .send()
        .await
        .expect("POST");
    assert_eq!(response.status(), StatusCode::FOUND);
    assert!(app
        .page(&participant, FIRST_LESSON)
        .await
        .contains("lesson-body"));
}
