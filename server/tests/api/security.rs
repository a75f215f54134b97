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

#[tokio::test]
async fn scripts_run_only_with_the_nonce_the_policy_names() {
    let app = spawn_demo_app().await;
    let client = crate::helpers::new_client();
    let mut nonces = Vec::new();
    for _ in 0..2 {
        let response = app.get(&client, "/login").await;
        let policy = response.headers()["content-security-policy"]
            .to_str()
            .expect("ascii")
            .to_string();
        let nonce = policy
            .split("'nonce-")
            .nth(1)
            .and_then(|rest| rest.split('\'').next())
            .expect("a nonce in script-src")
            .to_string();
        assert!(policy.contains("script-src 'self' 'nonce-"), "{policy}");
        assert!(policy.contains("default-src 'self'") && policy.contains("object-src 'none'"));
        assert!(!policy.contains("unsafe-inline"), "{policy}");
        let page = response.text().await.expect("page");
        let scripts = page.matches("<script").count();
        assert!(scripts > 0, "the login page has its show-password script");
        assert!(
            !page.contains("<leptos-island data-"),
            "no island on the login page, so no wasm is fetched"
        );
        assert_eq!(
            page.matches(&format!("nonce=\"{nonce}\"")).count(),
            page.matches("<script").count() - page.matches("<script src").count(),
            "every inline script carries this response's nonce"
        );
        nonces.push(nonce);
    }
    assert_ne!(nonces[0], nonces[1], "a fresh nonce for every answer");
}

#[tokio::test]
async fn failed_logins_are_throttled_per_account_and_the_lock_ends() {
    let app = crate::helpers::spawn_demo_app().await;
    let client = crate::helpers::new_client();
    let email = "aminata.diallo@example.org";
    for _ in 0..10 {
        let response = app.login(&client, email, "wrong password").await;
        let (_, page) = app.follow(&client, response).await;
        assert!(page.contains("The email or password is wrong."));
    }
    let response = app
        .login(&client, email, crate::helpers::DEMO_PASSWORD)
        .await;
    let (_, page) = app.follow(&client, response).await;
    assert!(
        page.contains("Too many failed log-ins") && page.contains("try again in 15 minutes"),
        "even the right password waits while the account is locked"
    );
    // Unknown accounts are throttled the same way, so the answer tells
    // nothing about which accounts exist; other accounts are not locked.
    let other = app
        .login(
            &crate::helpers::new_client(),
            "chinedu.okafor@example.org",
            crate::helpers::DEMO_PASSWORD,
        )
        .await;
    assert_eq!(
        crate::helpers::location(&other),
        "/",
        "another account logs in"
    );
    // Fifteen minutes later the lock has ended.
    sqlx::query("UPDATE failed_attempts SET failed_at = '2000-01-01 00:00:00'")
        .execute(&app.pool)
        .await
        .expect("time passes");
    let response = app
        .login(&client, email, crate::helpers::DEMO_PASSWORD)
        .await;
    assert_eq!(crate::helpers::location(&response), "/");
    assert_eq!(
        app.scalar(&format!(
            "SELECT COUNT(*) FROM failed_attempts WHERE account = '{email}'"
        ))
        .await,
        0,
        "a successful login clears the account's failures"
    );
}

#[tokio::test]
async fn many_failures_from_one_address_lock_that_address() {
    let app = crate::helpers::spawn_demo_app().await;
    let client = crate::helpers::new_client();
    for n in 0..50 {
        sqlx::query(
            "INSERT INTO failed_attempts (account, address, failed_at) VALUES (?, '127.0.0.1', ?)",
        )
        .bind(format!("sprayed.{n}@example.org"))
        .bind(app::dates::now_timestamp())
        .execute(&app.pool)
        .await
        .expect("failure");
    }
    let response = app
        .login(
            &client,
            "layla.haddad@example.org",
            crate::helpers::DEMO_PASSWORD,
        )
        .await;
    let (_, page) = app.follow(&client, response).await;
    assert!(page.contains("Too many failed log-ins"), "{page}");
}

#[tokio::test]
async fn administrators_read_the_audit_log_with_filters() {
    let app = crate::helpers::spawn_demo_app().await;
    let admin = app.demo_client("admin@example.org").await;
    let kwame = app.user_id("kwame.asante@example.org").await.to_string();
    let changed = app
        .submit(
            &admin,
            "/admin/users",
            "/api/change_role",
            &[("user_id", &kwame), ("role", "administrator")],
        )
        .await;
    assert_eq!(changed.status(), StatusCode::FOUND);
    let layla = app.user_id("layla.haddad@example.org").await.to_string();
    app.submit(
        &admin,
        "/admin/users",
        "/api/set_user_active",
        &[("user_id", &layla), ("active", "false")],
    )
    .await;

    let (role_row, deactivation_row) = ("<td>Role changed</td>", "<td>Account deactivated</td>");
    let log = app.page(&admin, "/admin/audit").await;
    assert!(
        log.contains(role_row) && log.contains("Kwame Asante"),
        "{log}"
    );
    assert!(
        log.contains("<td>tutor</td><td>administrator</td>"),
        "before and after"
    );
    assert!(log.contains(deactivation_row) && log.contains("Nadia Benali"));
    let filtered = app.page(&admin, "/admin/audit?action=role-changed").await;
    assert!(filtered.contains(role_row) && !filtered.contains(deactivation_row));
    let by_subject = app.page(&admin, "/admin/audit?subject=layla").await;
    assert!(by_subject.contains(deactivation_row) && !by_subject.contains(role_row));
    let future = app.page(&admin, "/admin/audit?from=2999-01-01").await;
    assert!(future.contains("Nothing matches these filters."));
    let bad_date = app.page(&admin, "/admin/audit?from=yesterday").await;
    assert!(bad_date.contains("Enter the first date as YYYY-MM-DD"));

    let participant = app.demo_client("chinedu.okafor@example.org").await;
    let refused = app.get(&participant, "/admin/audit").await;
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
}

/// Fails a login once, as a client behind a proxy that forwarded for
/// 203.0.113.5, and returns the address the failure was counted against.
async fn address_of_a_failed_login(trusted_proxies: &[&str]) -> String {
    let proxies: Vec<ipnet::IpNet> = trusted_proxies
        .iter()
        .map(|network| network.parse().expect("network"))
        .collect();
    let app = crate::helpers::spawn_app_with(|settings| {
        settings.demo = true;
        settings.trusted_proxies = proxies;
    })
    .await;
    let response = crate::helpers::new_client()
        .post(app.url("/api/login"))
        .header(ACCEPT, "text/html")
        .header(ORIGIN, app.base.clone())
        .header("x-forwarded-for", "198.51.100.1, 203.0.113.5")
        .form(&[
            ("email", "layla.haddad@example.org"),
            ("password", "not her password"),
        ])
        .send()
        .await
        .expect("login");
    assert_eq!(response.status(), StatusCode::FOUND);
    let (address,): (String,) = sqlx::query_as("SELECT address FROM failed_attempts")
        .fetch_one(&app.pool)
        .await
        .expect("one failure");
    address
}

#[tokio::test]
async fn only_a_trusted_proxy_says_who_the_client_is() {
    assert_eq!(
        address_of_a_failed_login(&["127.0.0.0/8"]).await,
        "203.0.113.5"
    );
    assert_eq!(address_of_a_failed_login(&[]).await, "127.0.0.1");
}
