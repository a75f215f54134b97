use crate::helpers::{is_sent_to_login, location, new_client, spawn_app, PASSWORD};
use reqwest::StatusCode;

#[tokio::test]
async fn an_administrator_changes_a_role_and_it_takes_effect_at_once() {
    let app = spawn_app().await;
    let admin = app.admin_client().await;
    let kwame = new_client();
    app.register(&kwame, "Kwame Asante", "kwame@example.org")
        .await;
    assert_eq!(
        app.get(&kwame, "/admin/users").await.status(),
        StatusCode::FORBIDDEN
    );

    let id = app.user_id("kwame@example.org").await.to_string();
    let response = app
        .submit(
            &admin,
            "/admin/users",
            "/api/change_role",
            &[("user_id", &id), ("role", "administrator")],
        )
        .await;
    assert_eq!(response.status(), StatusCode::FOUND);
    assert!(location(&response).starts_with(&app.url("/admin/users")));

    // Kwame's existing session now has the new role.
    let page = app.get(&kwame, "/admin/users").await;
    assert_eq!(page.status(), StatusCode::OK);
    assert!(page
        .text()
        .await
        .expect("body")
        .contains("root@example.org"));

    app.submit(
        &admin,
        "/admin/users",
        "/api/change_role",
        &[("user_id", &id), ("role", "tutor")],
    )
    .await;
    assert_eq!(
        app.get(&kwame, "/admin/users").await.status(),
        StatusCode::FORBIDDEN
    );
}

#[tokio::test]
async fn a_deactivated_user_loses_access_and_cannot_log_in_until_reactivated() {
    let app = spawn_app().await;
    let admin = app.admin_client().await;
    let fatou = new_client();
    app.register(&fatou, "Fatou Ndiaye", "fatou@example.org")
        .await;
    let id = app.user_id("fatou@example.org").await.to_string();

    app.submit(
        &admin,
        "/admin/users",
        "/api/set_user_active",
        &[("user_id", &id), ("active", "false")],
    )
    .await;
    assert!(is_sent_to_login(&app, &fatou, "/account").await);
    let response = app.login(&fatou, "fatou@example.org", PASSWORD).await;
    let (_, page) = app.follow(&fatou, response).await;
    assert!(page.contains("This account has been deactivated"));

    let list = app
        .get(&admin, "/admin/users?q=fatou")
        .await
        .text()
        .await
        .expect("body");
    assert!(list.contains("Deactivated") && list.contains("Reactivate"));

    app.submit(
        &admin,
        "/admin/users",
        "/api/set_user_active",
        &[("user_id", &id), ("active", "true")],
    )
    .await;
    let response = app.login(&fatou, "fatou@example.org", PASSWORD).await;
    assert_eq!(location(&response), "/");
    let (count,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM users WHERE email = 'fatou@example.org'")
            .fetch_one(&app.pool)
            .await
            .expect("count");
    assert_eq!(count, 1, "nothing is deleted");
}

#[tokio::test]
async fn administrators_search_users_by_name_or_email() {
    let app = spawn_app().await;
    let admin = app.admin_client().await;
    app.register(&new_client(), "Aminata Diallo", "aminata@example.org")
        .await;
    app.register(&new_client(), "Kofi Mensah", "kofi@example.org")
        .await;

    let page = app
        .get(&admin, "/admin/users?q=AMINATA")
        .await
        .text()
        .await
        .expect("body");
    assert!(page.contains("aminata@example.org"));
    assert!(!page.contains("kofi@example.org"));
    let page = app
        .get(&admin, "/admin/users?q=kofi%40")
        .await
        .text()
        .await
        .expect("body");
    assert!(page.contains("Kofi Mensah"));
    assert!(!page.contains("Aminata Diallo"));
    // LIKE wildcards typed by the administrator match only themselves.
    let page = app
        .get(&admin, "/admin/users?q=%25")
        .await
        .text()
        .await
        .expect("body");
    assert!(!page.contains("Kofi Mensah"));
}

#[tokio::test]
async fn an_administrator_cannot_demote_or_deactivate_themselves() {
    let app = spawn_app().await;
    let admin = app.admin_client().await;
    let id = app.user_id("root@example.org").await.to_string();
    let response = app
        .submit(
            &admin,
            "/admin/users",
            "/api/change_role",
            &[("user_id", &id), ("role", "participant")],
        )
        .await;
    let (_, page) = app.follow(&admin, response).await;
    assert!(page.contains("You cannot change your own role"));
    let response = app
        .call(
            &admin,
            "/api/set_user_active",
            &[("user_id", &id), ("active", "false")],
        )
        .await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    assert_eq!(
        app.get(&admin, "/admin/users").await.status(),
        StatusCode::OK
    );
}

#[tokio::test]
async fn create_admin_promotes_an_existing_account() {
    let app = spawn_app().await;
    app.register(&new_client(), "Nadia Benali", "nadia@example.org")
        .await;
    let created = server::admin_cli::create_admin(
        &app.pool,
        "NADIA@example.org",
        "ignored",
        "MA",
        "a new admin password",
    )
    .await
    .expect("promote");
    assert!(!created);
    let client = new_client();
    app.login(&client, "nadia@example.org", "a new admin password")
        .await;
    assert_eq!(
        app.get(&client, "/admin/users").await.status(),
        StatusCode::OK
    );
    assert!(
        server::admin_cli::create_admin(&app.pool, "x@example.org", "X", "MA", "short")
            .await
            .is_err()
    );
}
