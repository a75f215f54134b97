use crate::helpers::{
    is_sent_to_login, location, new_client, spawn_app, spawn_app_with, spawn_demo_app, TestApp,
    COURSE, FIRST_LESSON,
};
use reqwest::header::CONTENT_SECURITY_POLICY;
use reqwest::Client;
use reqwest::StatusCode;

#[tokio::test]
async fn a_participant_enrols_reads_completes_and_sees_progress() {
    let app = spawn_demo_app().await;
    let client = new_client();
    app.register(&client, "Rahim Uddin", "rahim@example.org")
        .await;

    let course = app.page(&client, COURSE).await;
    assert!(course.contains("Join this course") && course.contains("2027 spring cohort"));
    let offer = app.get(&client, FIRST_LESSON).await;
    assert_eq!(offer.status(), StatusCode::OK);
    let offer = offer.text().await.expect("body");
    assert!(offer.contains("Enrol in a cohort of the course to read it."));
    assert!(
        !offer.contains("lesson-body"),
        "the lesson is not shown before enrolling"
    );

    let cohort = app.scalar("SELECT id FROM cohorts").await.to_string();
    for _ in 0..2 {
        let response = app
            .submit(&client, COURSE, "/api/enrol", &[("cohort_id", &cohort)])
            .await;
        assert_eq!(location(&response), format!("{COURSE}?enrolled=1"));
    }
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM enrolments e JOIN users u ON u.id = e.user_id WHERE u.email = 'rahim@example.org'")
            .await,
        1,
        "enrolling twice makes one enrolment"
    );

    let lesson = app.page(&client, FIRST_LESSON).await;
    assert!(lesson.contains("lesson-body") && lesson.contains("Mark as complete"));
    assert!(lesson.contains("0 of 3 done"), "module progress before");
    let lesson_id = app
        .scalar("SELECT l.id FROM lessons l WHERE l.slug = 'why-a-situation-analysis'")
        .await
        .to_string();
    for _ in 0..2 {
        let response = app
            .submit(
                &client,
                FIRST_LESSON,
                "/api/complete_lesson",
                &[("lesson_id", &lesson_id)],
            )
            .await;
        assert_eq!(location(&response), FIRST_LESSON);
    }
    let lesson = app.page(&client, FIRST_LESSON).await;
    assert!(lesson.contains("You have completed this lesson."));
    assert!(
        lesson.contains("1 of 3 done (33%)"),
        "module progress updated at once"
    );
    assert!(
        lesson.contains("1 of 13 done (7%)"),
        "course progress updated at once"
    );

    let home = app.page(&client, "/").await;
    assert!(home.contains("1 of 13 done (7%)"));
    assert!(home.contains(
        "/courses/hrh-planning-management/hrh-situation-analysis/data-sources-and-their-pitfalls"
    ));
    assert!(home.contains("Continue where you left off"));
}

#[tokio::test]
async fn enrolment_in_a_closed_cohort_is_refused_with_a_message() {
    let app = spawn_demo_app().await;
    let admin = app.demo_client("admin@example.org").await;
    let cohort = app.scalar("SELECT id FROM cohorts").await.to_string();
    let participant = new_client();
    app.register(&participant, "Omar Al-Masri", "omar@example.org")
        .await;
    let course_page = app.page(&participant, COURSE).await;
    assert!(course_page.contains(r#"name="cohort_id""#));

    app.submit(
        &admin,
        "/admin/courses",
        "/api/set_cohort_open",
        &[("cohort_id", &cohort), ("open", "false")],
    )
    .await;
    let response = app
        .submit(
            &participant,
            COURSE,
            "/api/enrol",
            &[("cohort_id", &cohort)],
        )
        .await;
    let (_, page) = app.follow(&participant, response).await;
    assert!(page.contains("Enrolment in this cohort is closed."));
    assert!(page.contains("No cohort is open for enrolment at the moment."));
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM enrolments").await,
        3,
        "only the demo enrolments"
    );
}

#[tokio::test]
async fn unknown_courses_and_lessons_are_404_and_visitors_are_asked_to_log_in() {
    let app = spawn_demo_app().await;
    let visitor = new_client();
    assert_eq!(
        app.get(&visitor, "/courses/no-such-course").await.status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get(&visitor, COURSE).await.status(),
        StatusCode::OK,
        "outlines are public"
    );
    let response = app.get(&visitor, FIRST_LESSON).await;
    assert_eq!(response.status(), StatusCode::FOUND);
    assert!(location(&response).starts_with("/login?next=%2Fcourses%2F"));

    let participant = app.demo_client("aminata.diallo@example.org").await;
    let missing = app
        .get(
            &participant,
            "/courses/hrh-planning-management/hrh-situation-analysis/nope",
        )
        .await;
    assert_eq!(missing.status(), StatusCode::NOT_FOUND);
    assert!(missing
        .text()
        .await
        .expect("body")
        .contains("Page not found"));
}

#[tokio::test]
async fn tutors_of_the_cohort_read_lessons_and_other_tutors_are_offered_enrolment() {
    let app = spawn_demo_app().await;
    let kwame = app.demo_client("kwame.asante@example.org").await;
    let page = app.page(&kwame, FIRST_LESSON).await;
    assert!(page.contains("lesson-body"));
    assert!(page.contains("You are reading as a tutor or administrator."));
    let lesson_id = app
        .scalar("SELECT id FROM lessons WHERE slug = 'why-a-situation-analysis'")
        .await
        .to_string();
    let response = app
        .call(&kwame, "/api/complete_lesson", &[("lesson_id", &lesson_id)])
        .await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM lesson_completions").await,
        2,
        "only Aminata's"
    );

    let fatou = app.demo_client("fatou.ndiaye@example.org").await;
    assert!(app
        .page(&fatou, FIRST_LESSON)
        .await
        .contains("Enrol in a cohort of the course to read it."));
}

#[tokio::test]
async fn drafts_are_hidden_from_everyone_but_administrators() {
    let app = spawn_demo_app().await;
    let admin = app.demo_client("admin@example.org").await;
    let course = app.scalar("SELECT id FROM courses").await.to_string();
    app.submit(
        &admin,
        "/admin/courses",
        "/api/publish_course",
        &[("course_id", &course), ("published", "false")],
    )
    .await;
    let participant = app.demo_client("aminata.diallo@example.org").await;
    assert_eq!(
        app.get(&participant, COURSE).await.status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get(&participant, FIRST_LESSON).await.status(),
        StatusCode::NOT_FOUND
    );
    assert!(!app.page(&participant, "/courses").await.contains(COURSE));
    assert!(app
        .page(&admin, COURSE)
        .await
        .contains("Draft: not yet published"));
}

#[tokio::test]
async fn the_catalogue_filters_by_language() {
    let app = spawn_demo_app().await;
    let visitor = new_client();
    assert!(app
        .page(&visitor, "/courses?language=en")
        .await
        .contains(COURSE));
    let french = app.page(&visitor, "/courses?language=fr").await;
    assert!(!french.contains(COURSE));
    assert!(french.contains("No courses are published in this language yet."));
}

#[tokio::test]
async fn an_empty_platform_has_an_empty_catalogue() {
    let app = spawn_app().await;
    let page = app.page(&new_client(), "/courses").await;
    assert!(page.contains("No courses are published"));
}

/// Course structures are kept in memory: every edit shows on the next page,
/// whether the server made it or another program wrote the database.
#[tokio::test]
async fn pages_show_every_edit_at_once_whoever_wrote_it() {
    let app = spawn_demo_app().await;
    let reader = app.demo_client("aminata.diallo@example.org").await;
    let before = app.page(&reader, FIRST_LESSON).await;
    assert!(before.contains("lesson-body") && !before.contains("Edited in the platform"));
    assert!(app.page(&reader, COURSE).await.contains("outline-module"));

    let admin = app.demo_client("admin@example.org").await;
    let lesson = app
        .scalar("SELECT id FROM lessons WHERE slug = 'why-a-situation-analysis'")
        .await
        .to_string();
    let editor = format!("/admin/lessons/{lesson}");
    let response = app
        .submit(
            &admin,
            &editor,
            "/api/update_lesson",
            &[
                ("lesson_id", &lesson),
                ("title", "Why analyse the situation"),
                ("slug", "why-a-situation-analysis"),
                ("estimated_minutes", "9"),
                ("body", "Edited **in the platform**."),
            ],
        )
        .await;
    assert_eq!(location(&response), format!("{editor}?saved=1"));
    let page = app.page(&reader, FIRST_LESSON).await;
    assert!(
        page.contains("Edited <strong>in the platform</strong>."),
        "{page}"
    );
    assert!(page.contains("Why analyse the situation"));

    // Another program (a course import, a script) writing the database.
    for statement in [
        "UPDATE lessons SET body_html = '<p>Written elsewhere.</p>' WHERE slug = 'why-a-situation-analysis'",
        "UPDATE modules SET title = 'Renamed elsewhere' WHERE slug = 'hrh-situation-analysis'",
    ] {
        sqlx::query(statement)
            .execute(&app.pool)
            .await
            .expect("write");
    }
    assert!(app
        .page(&reader, FIRST_LESSON)
        .await
        .contains("<p>Written elsewhere.</p>"));
    assert!(app
        .page(&reader, COURSE)
        .await
        .contains("Renamed elsewhere"));
    sqlx::query("UPDATE courses SET published = FALSE")
        .execute(&app.pool)
        .await
        .expect("write");
    assert_eq!(
        app.get(&reader, FIRST_LESSON).await.status(),
        StatusCode::NOT_FOUND
    );
}

/// A lesson page as served: its cache status, its CSP nonce and its HTML
/// with the nonce taken out.
async fn lesson_as_served(app: &TestApp, client: &Client, path: &str) -> (String, String, String) {
    let response = app.get(client, path).await;
    assert_eq!(response.status(), StatusCode::OK, "{path}");
    let cache = response
        .headers()
        .get("x-cache")
        .map_or("none", |value| value.to_str().expect("ascii"))
        .to_owned();
    let policy = response.headers()[CONTENT_SECURITY_POLICY]
        .to_str()
        .expect("ascii")
        .to_owned();
    let nonce = policy
        .split("'nonce-")
        .nth(1)
        .and_then(|rest| rest.split('\'').next())
        .expect("a nonce in the CSP")
        .to_owned();
    let html = response.text().await.expect("body");
    assert!(
        html.contains(&format!("nonce=\"{nonce}\"")),
        "the page's script carries the response's nonce"
    );
    (cache, nonce.clone(), html.replace(&nonce, "NONCE"))
}

/// Switches the interface language from the lesson page, as its form does.
async fn choose_language(app: &TestApp, client: &Client, code: &str) {
    app.submit(
        client,
        FIRST_LESSON,
        "/api/preferences",
        &[("back", FIRST_LESSON), ("language", code)],
    )
    .await;
}

#[tokio::test]
async fn lesson_pages_are_rendered_once_for_readers_at_the_same_point() {
    let app = spawn_demo_app().await;
    let chinedu = app.demo_client("chinedu.okafor@example.org").await;
    let (first, nonce, rendered) = lesson_as_served(&app, &chinedu, FIRST_LESSON).await;
    assert_eq!(first, "miss");
    assert!(rendered.contains("lesson-body") && rendered.contains("Mark as complete"));
    let (again, second_nonce, cached) = lesson_as_served(&app, &chinedu, FIRST_LESSON).await;
    assert_eq!(again, "hit");
    assert_ne!(nonce, second_nonce, "each answer has its own nonce");
    assert_eq!(cached, rendered, "the cached page is the rendered one");

    // Another reader at the same point of the course shares the page.
    let rahim = new_client();
    app.register(&rahim, "Rahim Uddin", "rahim@example.org")
        .await;
    let cohort = app.scalar("SELECT id FROM cohorts").await.to_string();
    app.submit(&rahim, COURSE, "/api/enrol", &[("cohort_id", &cohort)])
        .await;
    let (shared, _, page) = lesson_as_served(&app, &rahim, FIRST_LESSON).await;
    assert_eq!(shared, "hit");
    assert_eq!(page, rendered);

    // Whoever reads it differently gets their own page: further on, in
    // another role, in another language.
    let aminata = app.demo_client("aminata.diallo@example.org").await;
    let (cache, _, page) = lesson_as_served(&app, &aminata, FIRST_LESSON).await;
    assert_eq!(cache, "miss");
    assert!(page.contains("You have completed this lesson.") && !page.contains("Mark as complete"));
    let kwame = app.demo_client("kwame.asante@example.org").await;
    let (cache, _, page) = lesson_as_served(&app, &kwame, FIRST_LESSON).await;
    assert_eq!(cache, "miss");
    assert!(page.contains("You are reading as a tutor or administrator."));
    choose_language(&app, &chinedu, "fr").await;
    let (cache, _, page) = lesson_as_served(&app, &chinedu, FIRST_LESSON).await;
    assert_eq!(cache, "miss");
    assert!(page.contains("Marquer comme terminée"));
    choose_language(&app, &chinedu, "en").await;

    // Completing the lesson changes the page at once, for that reader only.
    let lesson = app
        .scalar("SELECT id FROM lessons WHERE slug = 'why-a-situation-analysis'")
        .await
        .to_string();
    app.submit(
        &chinedu,
        FIRST_LESSON,
        "/api/complete_lesson",
        &[("lesson_id", &lesson)],
    )
    .await;
    let (cache, _, page) = lesson_as_served(&app, &chinedu, FIRST_LESSON).await;
    assert_eq!(cache, "miss");
    assert!(page.contains("You have completed this lesson.") && page.contains("1 of 3 done"));
    let (cache, _, page) = lesson_as_served(&app, &rahim, FIRST_LESSON).await;
    assert_eq!(cache, "hit");
    assert!(page.contains("Mark as complete"));

    // Nobody reads a cached page they may not read.
    let outsider = new_client();
    app.register(&outsider, "Nadia Karim", "nadia@example.org")
        .await;
    let (cache, _, page) = lesson_as_served(&app, &outsider, FIRST_LESSON).await;
    assert_eq!(cache, "none");
    assert!(
        page.contains("Enrol in a cohort of the course to read it.")
            && !page.contains("lesson-body")
    );
    assert!(is_sent_to_login(&app, &new_client(), FIRST_LESSON).await);
    sqlx::query("UPDATE users SET active = FALSE WHERE email = 'chinedu.okafor@example.org'")
        .execute(&app.pool)
        .await
        .expect("write");
    assert!(
        is_sent_to_login(&app, &chinedu, FIRST_LESSON).await,
        "a deactivated account is signed out at once"
    );
    sqlx::query("UPDATE courses SET published = FALSE")
        .execute(&app.pool)
        .await
        .expect("write");
    assert_eq!(
        app.get(&rahim, FIRST_LESSON).await.status(),
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn whether_a_page_was_cached_is_told_only_when_asked() {
    let app = spawn_app_with(|settings| {
        settings.demo = true;
        settings.cache_status_header = false;
    })
    .await;
    let reader = app.demo_client("aminata.diallo@example.org").await;
    for _ in 0..2 {
        let response = app.get(&reader, FIRST_LESSON).await;
        assert_eq!(response.status(), StatusCode::OK);
        assert!(response.headers().get("x-cache").is_none());
    }
}

#[tokio::test]
async fn readers_standings_kept_in_memory_follow_every_write_to_them() {
    let app = spawn_demo_app().await;
    let chinedu = app.demo_client("chinedu.okafor@example.org").await;
    let (_, _, page) = lesson_as_served(&app, &chinedu, FIRST_LESSON).await;
    assert!(page.contains("Mark as complete"));
    let (_, _, again) = lesson_as_served(&app, &chinedu, FIRST_LESSON).await;
    assert_eq!(again, page);

    // Any write to the server's database shows at once, even one the
    // platform's code does not make: SQLite reports it (through a trigger,
    // for progress).
    sqlx::query(
        "INSERT INTO lesson_completions (enrolment_id, lesson_id)
         SELECT e.id, l.id FROM enrolments e JOIN users u ON u.id = e.user_id
         JOIN lessons l ON l.slug = 'why-a-situation-analysis'
         WHERE u.email = 'chinedu.okafor@example.org'",
    )
    .execute(&app.pool)
    .await
    .expect("write");
    let (_, _, page) = lesson_as_served(&app, &chinedu, FIRST_LESSON).await;
    assert!(page.contains("You have completed this lesson."), "progress");

    let withdraw = |status: &'static str| {
        sqlx::query(
            "UPDATE enrolments SET status = ?
             WHERE user_id = (SELECT id FROM users WHERE email = 'chinedu.okafor@example.org')",
        )
        .bind(status)
        .execute(&app.pool)
    };
    withdraw("withdrawn").await.expect("write");
    let (cache, _, page) = lesson_as_served(&app, &chinedu, FIRST_LESSON).await;
    assert_eq!(cache, "none");
    assert!(
        page.contains("Enrol in a cohort of the course to read it."),
        "a withdrawn participant is offered enrolment at once"
    );
    withdraw("active").await.expect("write");
    let (_, _, page) = lesson_as_served(&app, &chinedu, FIRST_LESSON).await;
    assert!(page.contains("You have completed this lesson."));

    // Another program's change to a course reaches no hook of the server,
    // which follows the content version instead: it shows within seconds.
    let other_program = app::db::open(&app.settings.database_path())
        .await
        .expect("open");
    sqlx::query(
        "UPDATE lessons SET title = 'Why analyse the situation first'
         WHERE slug = 'why-a-situation-analysis'",
    )
    .execute(&other_program)
    .await
    .expect("write");
    let mut shown = false;
    for _ in 0..50 {
        let (_, _, page) = lesson_as_served(&app, &chinedu, FIRST_LESSON).await;
        if page.contains("Why analyse the situation first") {
            shown = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(shown, "the course as the other program left it");
}
