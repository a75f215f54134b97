use crate::helpers::{is_sent_to_login, location, new_client, spawn_app, spawn_app_with, PASSWORD};
use reqwest::StatusCode;

#[tokio::test]
async fn register_log_in_use_a_protected_page_and_log_out() {
    let app = spawn_app().await;
    let client = new_client();
    assert!(is_sent_to_login(&app, &client, "/account").await);

    let response = app
        .register(&client, "Aminata Diallo", "Aminata.Diallo@Example.org")
        .await;
    assert_eq!(response.status(), StatusCode::FOUND);
    assert_eq!(location(&response), "/");
    let home = app.get(&client, "/").await.text().await.expect("body");
    assert!(
        home.contains("My learning"),
        "home after registering: {home}"
    );
    assert!(home.contains("Welcome, Aminata"));

    let response = app.submit(&client, "/", "/api/logout", &[]).await;
    assert_eq!(response.status(), StatusCode::FOUND);
    assert!(is_sent_to_login(&app, &client, "/account").await);

    // The email is matched case-insensitively.
    let response = app
        .login(&client, "aminata.diallo@example.ORG", PASSWORD)
        .await;
    assert_eq!(response.status(), StatusCode::FOUND);
    let account = app.get(&client, "/account").await;
    assert_eq!(account.status(), StatusCode::OK);
    let account = account.text().await.expect("body");
    assert!(account.contains("aminata.diallo@example.org"));

    app.submit(&client, "/account", "/api/logout", &[]).await;
    assert!(is_sent_to_login(&app, &client, "/account").await);
}

#[tokio::test]
async fn login_returns_to_the_page_that_asked_for_it() {
    let app = spawn_app().await;
    let client = new_client();
    app.register(&client, "Chinedu Okafor", "chinedu@example.org")
        .await;
    app.submit(&client, "/", "/api/logout", &[]).await;

    let response = app.get(&client, "/account").await;
    assert_eq!(location(&response), "/login?next=%2Faccount");
    let response = app
        .submit(
            &client,
            "/login?next=%2Faccount",
            "/api/login",
            &[
                ("email", "chinedu@example.org"),
                ("password", PASSWORD),
                ("next", "/account"),
            ],
        )
        .await;
    assert_eq!(location(&response), "/account");

    // Never to another site.
    app.submit(&client, "/", "/api/logout", &[]).await;
    let response = app
        .submit(
            &client,
            "/login",
            "/api/login",
            &[
                ("email", "chinedu@example.org"),
                ("password", PASSWORD),
                ("next", "//evil.example"),
            ],
        )
        .await;
    assert_eq!(location(&response), "/");
}

#[tokio::test]
async fn logout_deletes_the_session_on_the_server() {
    let app = spawn_app().await;
    let client = new_client();
    app.register(&client, "Layla Haddad", "layla@example.org")
        .await;
    let (sessions,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM tower_sessions")
        .fetch_one(&app.pool)
        .await
        .expect("count");
    assert_eq!(sessions, 1);
    app.submit(&client, "/", "/api/logout", &[]).await;
    let (sessions,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM tower_sessions")
        .fetch_one(&app.pool)
        .await
        .expect("count");
    assert_eq!(sessions, 0);
}

#[tokio::test]
async fn the_session_cookie_is_http_only_lax_and_renewed_at_login() {
    let app = spawn_app().await;
    let client = new_client();
    let response = app
        .register(&client, "Omar Al-Masri", "omar@example.org")
        .await;
    let cookie = session_cookie(&response);
    assert!(cookie.contains("HttpOnly"));
    assert!(cookie.contains("SameSite=Lax"));
    assert!(!cookie.contains("Secure"), "not Secure over plain http");

    // A session id planted before login is not kept.
    let planted = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client");
    let response = planted
        .post(app.url("/api/login"))
        .header("accept", "text/html")
        .header("referer", app.url("/login"))
        .header("cookie", "hrh_session=AAAAAAAAAAAAAAAAAAAAAA")
        .form(&[("email", "omar@example.org"), ("password", PASSWORD)])
        .send()
        .await
        .expect("login");
    assert!(!session_cookie(&response).contains("AAAAAAAAAAAAAAAAAAAAAA"));
}

#[tokio::test]
async fn registration_errors_show_next_to_the_fields_and_keep_what_was_typed() {
    let app = spawn_app().await;
    let client = new_client();
    app.register(&client, "Priya Sharma", "priya@example.org")
        .await;

    let visitor = new_client();
    let response = app
        .submit(
            &visitor,
            "/register",
            "/api/register",
            &[
                ("full_name", "Priya Two"),
                ("email", "PRIYA@example.org"),
                ("country", "NP"),
                ("cadre", "planner"),
                ("language", "en"),
                ("password", "secret-password-1"),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::FOUND);
    let (path, page) = app.follow(&visitor, response).await;
    assert!(path.starts_with("/register?"), "back to the form: {path}");
    assert!(page.contains("An account with this email already exists"));
    assert!(page.contains(r#"value="PRIYA@example.org""#), "email kept");
    assert!(page.contains(r#"value="Priya Two""#), "name kept");
    assert!(
        page.contains(r#"<option value="NP" selected"#),
        "country kept"
    );
    assert!(!page.contains("secret-password-1"), "password never echoed");

    let response = app
        .submit(
            &visitor,
            "/register",
            "/api/register",
            &[
                ("full_name", "Rahim Uddin"),
                ("email", "rahim at example"),
                ("country", "BD"),
                ("cadre", "planner"),
                ("language", "en"),
                ("password", "short"),
            ],
        )
        .await;
    let (_, page) = app.follow(&visitor, response).await;
    assert!(page.contains("Enter a valid email address"));
    assert!(page.contains("Use at least 8 characters"));
    assert!(page.contains(r#"value="rahim at example""#));
    let (users,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM users")
        .fetch_one(&app.pool)
        .await
        .expect("count");
    assert_eq!(users, 1, "nothing saved for bad input");
}

#[tokio::test]
async fn a_wrong_login_does_not_say_whether_the_account_exists() {
    let app = spawn_app().await;
    let client = new_client();
    app.register(&client, "Hana Yusuf", "hana@example.org")
        .await;
    let visitor = new_client();

    let wrong_password = app
        .login(&visitor, "hana@example.org", "not her password")
        .await;
    let (_, wrong_password) = app.follow(&visitor, wrong_password).await;
    let unknown_email = app
        .login(&visitor, "nobody@example.org", "not her password")
        .await;
    let (_, unknown_email) = app.follow(&visitor, unknown_email).await;
    for page in [&wrong_password, &unknown_email] {
        assert!(page.contains("The email or password is wrong."));
    }
    assert!(is_sent_to_login(&app, &visitor, "/account").await);
}

#[tokio::test]
async fn people_change_their_own_profile_and_password() {
    let app = spawn_app().await;
    let client = new_client();
    app.register(&client, "Mariam Traore", "mariam@example.org")
        .await;

    let response = app
        .submit(
            &client,
            "/account",
            "/api/update_profile",
            &[
                ("full_name", "Mariam Traoré"),
                ("country", "ML"),
                ("cadre", "midwife"),
                ("language", "fr"),
            ],
        )
        .await;
    assert_eq!(location(&response), "/account?saved=profile");
    let page = app
        .get(&client, "/account?saved=profile")
        .await
        .text()
        .await
        .expect("body");
    assert!(
        page.contains("Votre profil a été enregistré."),
        "the interface follows the profile's new language at once"
    );
    assert!(page.contains(r#"value="Mariam Traoré""#));
    assert!(page.contains(r#"<option value="ML" selected"#));

    let response = app
        .submit(
            &client,
            "/account",
            "/api/change_password",
            &[
                ("current_password", "wrong current"),
                ("new_password", "brand new password"),
                ("confirm_password", "brand new password"),
            ],
        )
        .await;
    let (_, page) = app.follow(&client, response).await;
    assert!(
        page.contains("Votre mot de passe actuel est incorrect."),
        "server messages are in the reader's language too"
    );

    let response = app
        .submit(
            &client,
            "/account",
            "/api/change_password",
            &[
                ("current_password", PASSWORD),
                ("new_password", "brand new password"),
                ("confirm_password", "brand new password"),
            ],
        )
        .await;
    assert_eq!(location(&response), "/account?saved=password");

    let other = new_client();
    let old = app.login(&other, "mariam@example.org", PASSWORD).await;
    assert!(
        location(&old).starts_with(&app.url("/login?")),
        "old password refused"
    );
    let new = app
        .login(&other, "mariam@example.org", "brand new password")
        .await;
    assert_eq!(location(&new), "/");
}

#[tokio::test]
async fn a_participant_calling_an_administrator_function_is_refused() {
    let app = spawn_app().await;
    let client = new_client();
    app.register(&client, "Ibrahim Sesay", "ibrahim@example.org")
        .await;
    let id = app.user_id("ibrahim@example.org").await.to_string();

    let response = app
        .call(
            &client,
            "/api/change_role",
            &[("user_id", &id), ("role", "administrator")],
        )
        .await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    let response = app
        .call(&client, "/api/list_users", &[("search", "")])
        .await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    let anonymous = new_client();
    let response = app
        .call(&anonymous, "/api/list_users", &[("search", "")])
        .await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);

    let (role,): (String,) = sqlx::query_as("SELECT role FROM users WHERE email = ?")
        .bind("ibrahim@example.org")
        .fetch_one(&app.pool)
        .await
        .expect("role");
    assert_eq!(role, "participant");
    let page = app.get(&client, "/admin/users").await;
    assert_eq!(page.status(), StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn cookies_are_secure_when_the_platform_is_served_over_https() {
    let app =
        spawn_app_with(|settings| settings.public_url = "https://learn.example.org".into()).await;
    let response = app
        .register(&new_client(), "Rahim Uddin", "rahim@example.org")
        .await;
    for cookie in response.headers().get_all("set-cookie") {
        let cookie = cookie.to_str().expect("a cookie");
        assert!(cookie.contains("; Secure"), "{cookie}");
    }
    assert!(session_cookie(&response).contains("; Secure"));
}

#[tokio::test]
async fn a_session_expires_after_the_idle_time() {
    let app = spawn_app_with(|settings| settings.session_idle_minutes = 0).await;
    let client = new_client();
    let response = app
        .register(&client, "Kofi Mensah", "kofi@example.org")
        .await;
    assert_eq!(response.status(), StatusCode::FOUND);
    // The same cookie, sent again, no longer names a live session.
    let cookie = session_cookie(&response)
        .split(';')
        .next()
        .unwrap_or_default()
        .to_string();
    let replay = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client");
    let response = replay
        .get(app.url("/account"))
        .header("cookie", cookie)
        .send()
        .await
        .expect("GET");
    assert_eq!(response.status(), StatusCode::FOUND);
    assert!(location(&response).starts_with("/login"));
}

#[tokio::test]
async fn a_session_in_use_is_renewed_without_a_write_on_every_request() {
    // One minute of idle time: the session is renewed once 8 s have passed.
    let app = spawn_app_with(|settings| settings.session_idle_minutes = 1).await;
    let client = new_client();
    app.register(&client, "Kofi Mensah", "kofi@example.org")
        .await;
    let expiry = "SELECT unixepoch(MAX(expiry_date)) FROM tower_sessions";
    let at_sign_in = app.scalar(expiry).await;

    assert_eq!(app.get(&client, "/account").await.status(), StatusCode::OK);
    assert_eq!(app.scalar(expiry).await, at_sign_in, "renewed too soon");

    tokio::time::sleep(std::time::Duration::from_secs(9)).await;
    assert_eq!(app.get(&client, "/account").await.status(), StatusCode::OK);
    assert!(
        app.scalar(expiry).await >= at_sign_in + 9,
        "a session in use still expires a minute after sign-in"
    );
}

/// The session cookie among those a response sets (the language and
/// light-mode cookies come with it at sign-in).
fn session_cookie(response: &reqwest::Response) -> String {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|cookie| cookie.starts_with("hrh_session="))
        .expect("session cookie")
        .to_string()
}
