use crate::helpers::{new_client, spawn_app};
use reqwest::StatusCode;

#[tokio::test]
async fn healthz_answers_after_checking_the_database() {
    let app = spawn_app().await;
    let response = new_client()
        .get(app.url("/healthz"))
        .send()
        .await
        .expect("GET");
    assert_eq!(response.status(), StatusCode::OK);
    app.pool.close().await;
    let response = new_client()
        .get(app.url("/healthz"))
        .send()
        .await
        .expect("GET");
    assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
}

#[tokio::test]
async fn unknown_pages_get_a_404_page_with_a_title() {
    let app = spawn_app().await;
    let response = app.get(&new_client(), "/no/such/page").await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    let page = response.text().await.expect("body");
    assert!(page.contains("<title>Page not found</title>"));
}

#[tokio::test]
async fn every_page_has_a_title_and_navigation_depends_on_the_role() {
    let app = spawn_app().await;
    let visitor = new_client();
    for (path, title) in [
        ("/", "Short courses on human resources for health"),
        ("/login", "Log in"),
        ("/register", "Create your account"),
    ] {
        let page = app.get(&visitor, path).await.text().await.expect("body");
        assert!(page.contains(&format!("<title>{title}</title>")), "{path}");
        assert!(page.contains(r#"href="/login""#));
        assert!(!page.contains(r#"href="/admin/users""#));
    }
    let admin = app.admin_client().await;
    let page = app.get(&admin, "/").await.text().await.expect("body");
    assert!(page.contains("<title>My learning</title>"));
    assert!(page.contains(r#"href="/admin/users""#));
    assert!(page.contains("Log out"));
}

#[tokio::test]
async fn html_is_compressed_for_clients_that_accept_it() {
    let app = spawn_app().await;
    let response = new_client()
        .get(app.url("/register"))
        .header("accept-encoding", "br")
        .send()
        .await
        .expect("GET");
    assert_eq!(
        response
            .headers()
            .get("content-encoding")
            .map(|v| v.as_bytes()),
        Some(&b"br"[..])
    );
}
