use crate::helpers::{location, new_client, spawn_demo_app, DEMO_PASSWORD, FIRST_LESSON};
use reqwest::header::{ACCEPT, ACCEPT_LANGUAGE};
use reqwest::StatusCode;

const OFFLINE_MODULE: &str = "/courses/hrh-planning-management/hrh-situation-analysis/offline.html";

async fn page_in(app: &crate::helpers::TestApp, accept_language: &str, path: &str) -> String {
    new_client()
        .get(app.url(path))
        .header(ACCEPT, "text/html")
        .header(ACCEPT_LANGUAGE, accept_language)
        .send()
        .await
        .expect("GET")
        .text()
        .await
        .expect("body")
}

#[tokio::test]
async fn visitors_get_their_browser_language_and_can_switch() {
    let app = spawn_demo_app().await;
    let french = page_in(&app, "fr-SN,fr;q=0.9,en;q=0.5", "/courses").await;
    assert!(
        french.contains("<html lang=\"fr\" dir=\"ltr\">"),
        "{french}"
    );
    assert!(french.contains("<h1>Cours</h1>") && french.contains("Vérifier un certificat"));
    let arabic = page_in(&app, "ar-JO,ar;q=0.9", "/courses").await;
    assert!(arabic.contains("<html lang=\"ar\" dir=\"rtl\">"));
    assert!(arabic.contains("<h1>الدورات</h1>"));
    let other = page_in(&app, "de-DE,de;q=0.9", "/courses").await;
    assert!(other.contains("<html lang=\"en\" dir=\"ltr\">"));

    let client = new_client();
    let response = app
        .submit(
            &client,
            "/courses?language=fr",
            "/api/preferences",
            &[("language", "ar"), ("back", "/courses?language=fr")],
        )
        .await;
    assert_eq!(location(&response), "/courses?language=fr");
    let page = app.page(&client, "/courses").await;
    assert!(page.contains("dir=\"rtl\""), "the choice is kept");

    let refused = app
        .call(&client, "/api/preferences", &[("language", "xx")])
        .await;
    assert_eq!(refused.status(), StatusCode::BAD_REQUEST);
    let elsewhere = app
        .submit(
            &client,
            "/",
            "/api/preferences",
            &[("language", "fr"), ("back", "//evil.example/")],
        )
        .await;
    assert_eq!(location(&elsewhere), "/", "never back to another site");
}

#[tokio::test]
async fn the_profile_keeps_the_language_and_light_mode_across_devices() {
    let app = spawn_demo_app().await;
    let laptop = app.demo_client("chinedu.okafor@example.org").await;
    for (field, value) in [("language", "fr"), ("light", "on")] {
        app.submit(&laptop, "/", "/api/preferences", &[(field, value)])
            .await;
    }
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM users WHERE email = 'chinedu.okafor@example.org' AND language = 'fr' AND light_mode")
            .await,
        1
    );

    // A second device: signing in applies the profile.
    let phone = new_client();
    app.submit(
        &phone,
        "/login",
        "/api/login",
        &[
            ("email", "chinedu.okafor@example.org"),
            ("password", DEMO_PASSWORD),
        ],
    )
    .await;
    let lesson = app.page(&phone, FIRST_LESSON).await;
    assert!(lesson.contains("<html lang=\"fr\""));
    assert!(
        !lesson.contains("type=\"module\"") && !lesson.contains(".wasm"),
        "light mode leaves the island loader out"
    );
    assert!(
        lesson.contains("Mode complet"),
        "the way back is on the page"
    );

    app.submit(&phone, "/", "/api/preferences", &[("light", "off")])
        .await;
    let account = app.page(&phone, "/account").await;
    assert!(
        account.contains("type=\"module\""),
        "full mode has the island loader"
    );
}

#[tokio::test]
async fn an_enrolled_participant_downloads_a_module_as_one_file() {
    let app = spawn_demo_app().await;
    let participant = app.demo_client("chinedu.okafor@example.org").await;
    let response = app.get(&participant, OFFLINE_MODULE).await;
    assert_eq!(response.status(), StatusCode::OK);
    let disposition = response
        .headers()
        .get("content-disposition")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string();
    assert!(disposition.starts_with("attachment;"), "{disposition}");
    let file = response.text().await.expect("body");
    let titles: Vec<(String,)> = sqlx::query_as(
        "SELECT l.title FROM lessons l JOIN modules m ON m.id = l.module_id
         WHERE m.slug = 'hrh-situation-analysis' ORDER BY l.position",
    )
    .fetch_all(&app.pool)
    .await
    .expect("lesson titles");
    assert!(titles.len() >= 2);
    for (title,) in &titles {
        assert!(file.contains(title.as_str()), "{title} is in the file");
    }
    for fetches in ["<link", "<script", "<img", "src="] {
        assert!(!file.contains(fetches), "{fetches} in the offline file");
    }
    assert!(file.contains("<style>"), "styles are inline");

    let visitor = new_client();
    let response = app.get(&visitor, OFFLINE_MODULE).await;
    assert!(location(&response).starts_with("/login?next="));
    let outsider = new_client();
    app.register(&outsider, "Nia Outsider", "nia@example.org")
        .await;
    let response = app.get(&outsider, OFFLINE_MODULE).await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    let missing = app
        .get(
            &participant,
            "/courses/hrh-planning-management/no-such-module/offline.html",
        )
        .await;
    assert_eq!(missing.status(), StatusCode::NOT_FOUND);
}
