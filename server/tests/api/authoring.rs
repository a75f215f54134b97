use crate::helpers::{location, new_client, spawn_app, spawn_demo_app, COURSE, FIRST_LESSON};
use app::courses::{authoring, package};
use reqwest::StatusCode;
use std::path::Path;

const SHIPPED: &str = "../courses/hrh-planning-management";

#[tokio::test]
async fn an_administrator_creates_and_publishes_a_course_with_a_lesson() {
    let app = spawn_app().await;
    let admin = app.admin_client().await;
    let response = app
        .submit(
            &admin,
            "/admin/courses",
            "/api/create_course",
            &[
                ("title", "Supportive supervision"),
                ("slug", ""),
                ("summary", "Supervising health workers so that they grow."),
                ("language", "en"),
                ("estimated_hours", "8"),
            ],
        )
        .await;
    let editor = location(&response);
    assert!(editor.starts_with("/admin/courses/"), "{editor}");
    let course_id = editor.trim_start_matches("/admin/courses/").to_string();
    assert!(
        !app.page(&new_client(), "/courses")
            .await
            .contains("Supportive supervision"),
        "a draft"
    );

    let response = app
        .submit(
            &admin,
            &editor,
            "/api/create_module",
            &[
                ("course_id", &course_id),
                ("title", "Planning a visit"),
                ("slug", ""),
                ("objectives", "- plan a visit"),
            ],
        )
        .await;
    let module_page = location(&response);
    let module_id = module_page
        .trim_start_matches("/admin/modules/")
        .to_string();
    let response = app
        .submit(
            &admin,
            &module_page,
            "/api/create_lesson",
            &[("module_id", &module_id), ("title", "Before the visit")],
        )
        .await;
    let lesson_page = location(&response);
    let lesson_id = lesson_page
        .trim_start_matches("/admin/lessons/")
        .to_string();
    let response = app
        .submit(
            &admin,
            &lesson_page,
            "/api/update_lesson",
            &[
                ("lesson_id", &lesson_id),
                ("title", "Before the visit"),
                ("slug", "before-the-visit"),
                ("estimated_minutes", "12"),
                ("body", "## A checklist\n\n| Step | Who |\n|---|---|\n| Agree the date | Supervisor |\n"),
            ],
        )
        .await;
    assert_eq!(location(&response), format!("{lesson_page}?saved=1"));
    app.submit(
        &admin,
        &editor,
        "/api/publish_course",
        &[("course_id", &course_id), ("published", "true")],
    )
    .await;

    let catalogue = app.page(&new_client(), "/courses").await;
    assert!(catalogue.contains("/courses/supportive-supervision"));
    let lesson = app
        .page(
            &admin,
            "/courses/supportive-supervision/planning-a-visit/before-the-visit",
        )
        .await;
    assert!(lesson.contains("<h2>A checklist</h2>") && lesson.contains("<td>Supervisor</td>"));
}

#[tokio::test]
async fn authoring_errors_are_shown_and_nothing_is_saved() {
    let app = spawn_app().await;
    let admin = app.admin_client().await;
    let response = app
        .submit(
            &admin,
            "/admin/courses",
            "/api/create_course",
            &[
                ("title", ""),
                ("slug", "Not A Slug"),
                ("summary", "S"),
                ("language", "en"),
                ("estimated_hours", "lots"),
            ],
        )
        .await;
    let (_, page) = app.follow(&admin, response).await;
    assert!(page.contains("Enter a title."));
    assert!(page.contains("lower-case letters, digits and single hyphens"));
    assert!(page.contains("whole number"));
    assert!(page.contains(r#"value="Not A Slug""#));
    assert_eq!(app.scalar("SELECT COUNT(*) FROM courses").await, 0);
}

#[tokio::test]
async fn participants_cannot_call_authoring_functions() {
    let app = spawn_demo_app().await;
    let participant = app.demo_client("aminata.diallo@example.org").await;
    let lesson_id = app
        .scalar("SELECT id FROM lessons LIMIT 1")
        .await
        .to_string();
    for (function, fields) in [
        (
            "/api/create_course",
            vec![
                ("title", "x"),
                ("slug", ""),
                ("summary", "x"),
                ("language", "en"),
                ("estimated_hours", "1"),
            ],
        ),
        (
            "/api/update_lesson",
            vec![
                ("lesson_id", lesson_id.as_str()),
                ("title", "x"),
                ("slug", "x"),
                ("estimated_minutes", "1"),
                ("body", "x"),
            ],
        ),
        (
            "/api/publish_course",
            vec![("course_id", "1"), ("published", "false")],
        ),
        ("/api/delete_module", vec![("module_id", "1")]),
        (
            "/api/delete_lesson",
            vec![("lesson_id", lesson_id.as_str()), ("confirmed", "yes")],
        ),
        ("/api/preview_lesson", vec![("body", "x")]),
    ] {
        let response = app.call(&participant, function, &fields).await;
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "{function}");
    }
    assert_eq!(
        app.get(&participant, "/admin/courses").await.status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(app.scalar("SELECT COUNT(*) FROM modules").await, 4);
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM courses WHERE published = TRUE")
            .await,
        1
    );
}

#[tokio::test]
async fn editing_a_published_lesson_keeps_progress_and_sanitises_the_text() {
    let app = spawn_demo_app().await;
    let admin = app.demo_client("admin@example.org").await;
    let lesson_id = app
        .scalar("SELECT id FROM lessons WHERE slug = 'why-a-situation-analysis'")
        .await
        .to_string();
    app.submit(
        &admin,
        "/admin/lessons",
        "/api/update_lesson",
        &[
            ("lesson_id", &lesson_id),
            ("title", "Why a situation analysis?"),
            ("slug", "why-a-situation-analysis"),
            ("estimated_minutes", "15"),
            ("body", "Updated text.\n\n<script>alert(1)</script>\n\n<img src=x onerror=alert(2)>\n\n[bad](javascript:alert(3))"),
        ],
    )
    .await;
    let aminata = app.demo_client("aminata.diallo@example.org").await;
    let lesson = app.page(&aminata, FIRST_LESSON).await;
    assert!(lesson.contains("Updated text."));
    for banned in ["alert(1)", "onerror", "javascript:alert"] {
        assert!(!lesson.contains(banned), "{banned} reached the page");
    }
    assert!(
        lesson.contains("You have completed this lesson."),
        "progress kept"
    );
    assert!(app.page(&aminata, "/").await.contains("2 of 13 done"));
}

#[tokio::test]
async fn modules_are_reordered_and_deleting_one_with_progress_needs_confirmation() {
    let app = spawn_demo_app().await;
    let admin = app.demo_client("admin@example.org").await;
    let first = app
        .scalar("SELECT id FROM modules WHERE slug = 'hrh-situation-analysis'")
        .await
        .to_string();
    app.submit(
        &admin,
        "/admin/courses/1",
        "/api/move_module",
        &[("module_id", &first), ("direction", "down")],
    )
    .await;
    let outline = app.page(&new_client(), COURSE).await;
    let forecasting = outline.find("Workforce planning").expect("module 2");
    let situation = outline.find("HRH situation analysis").expect("module 1");
    assert!(forecasting < situation, "moved down");

    let response = app
        .submit(
            &admin,
            "/admin/courses/1",
            "/api/delete_module",
            &[("module_id", &first)],
        )
        .await;
    assert_eq!(
        location(&response),
        format!("/admin/modules/{first}/delete")
    );
    let confirm = app.page(&admin, &location(&response)).await;
    assert!(confirm.contains("Participants have completed lessons of this module 2 times."));
    assert!(confirm.contains(r#"<form method="post" action="/api/delete_module""#));
    assert!(confirm.contains(r#"name="confirmed" value="yes""#));
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM modules").await,
        4,
        "nothing deleted yet"
    );

    let response = app
        .submit(
            &admin,
            &location(&response),
            "/api/delete_module",
            &[("module_id", &first), ("confirmed", "yes")],
        )
        .await;
    assert_eq!(location(&response), "/admin/courses/1?deleted=1");
    assert_eq!(app.scalar("SELECT COUNT(*) FROM modules").await, 3);
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM course_changes WHERE change = 'module deleted' AND details LIKE '%2 lesson completions%'")
            .await,
        1,
        "recorded"
    );
    let empty = app
        .scalar("SELECT id FROM modules WHERE slug = 'workload-based-staffing-wisn'")
        .await
        .to_string();
    let response = app
        .submit(
            &admin,
            "/admin/courses/1",
            "/api/delete_module",
            &[("module_id", &empty)],
        )
        .await;
    assert_eq!(
        location(&response),
        "/admin/courses/1?deleted=1",
        "no progress: no confirmation"
    );
}

#[tokio::test]
async fn deleting_a_completed_lesson_needs_confirmation_and_is_recorded() {
    let app = spawn_demo_app().await;
    let admin = app.demo_client("admin@example.org").await;
    let done = app
        .scalar("SELECT id FROM lessons WHERE slug = 'why-a-situation-analysis'")
        .await
        .to_string();
    let response = app
        .submit(
            &admin,
            "/admin/lessons",
            "/api/delete_lesson",
            &[("lesson_id", &done)],
        )
        .await;
    assert_eq!(location(&response), format!("/admin/lessons/{done}/delete"));
    let confirm = app.page(&admin, &location(&response)).await;
    assert!(confirm.contains("completed this lesson 1 time"));
    assert!(confirm.contains(r#"<form method="post" action="/api/delete_lesson""#));
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM lessons").await,
        12,
        "nothing deleted yet"
    );

    let response = app
        .submit(
            &admin,
            "/admin/lessons",
            "/api/delete_lesson",
            &[("lesson_id", &done), ("confirmed", "yes")],
        )
        .await;
    assert!(location(&response).ends_with("?deleted=1"));
    assert_eq!(app.scalar("SELECT COUNT(*) FROM lessons").await, 11);
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM course_changes WHERE change = 'lesson deleted'")
            .await,
        1
    );
    let aminata = app.demo_client("aminata.diallo@example.org").await;
    assert!(app.page(&aminata, "/").await.contains("1 of 12 done"));
}

fn load(dir: &Path) -> package::CoursePackage {
    package::load(dir).unwrap_or_else(|errors| panic!("invalid package: {errors:#?}"))
}

#[tokio::test]
async fn the_shipped_package_survives_export_and_import_unchanged() {
    let app = spawn_app().await;
    let original = load(Path::new(SHIPPED));
    assert!(original.modules.len() >= 4);
    assert!(original
        .modules
        .iter()
        .all(|m| (2..=3).contains(&m.lessons.len())));
    authoring::import(&app.pool, &original)
        .await
        .expect("import");

    let out = tempfile::tempdir().expect("tmp");
    let summary = server::course_cli::export_course(
        &app.pool,
        "hrh-planning-management",
        &out.path().join("export"),
    )
    .await
    .expect("export");
    assert!(summary.starts_with("Exported"));
    assert_eq!(load(&out.path().join("export")), original);
}

#[tokio::test]
async fn importing_again_updates_in_place_and_keeps_progress() {
    let app = spawn_demo_app().await;
    let lessons = app.scalar("SELECT COUNT(*) FROM lessons").await;
    let ids = app.scalar("SELECT SUM(id) FROM lessons").await;
    let mut edited = load(Path::new(SHIPPED));
    edited.modules[0].lessons[0].title = "Why analyse the situation first?".into();
    edited.modules[0].lessons[0]
        .body_markdown
        .push_str("\nA new closing line.\n");
    authoring::import(&app.pool, &edited)
        .await
        .expect("re-import");
    authoring::import(&app.pool, &edited)
        .await
        .expect("and again");

    assert_eq!(app.scalar("SELECT COUNT(*) FROM courses").await, 1);
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM lessons").await,
        lessons,
        "no duplicates"
    );
    assert_eq!(
        app.scalar("SELECT SUM(id) FROM lessons").await,
        ids,
        "same rows, updated in place"
    );
    let aminata = app.demo_client("aminata.diallo@example.org").await;
    let lesson = app.page(&aminata, FIRST_LESSON).await;
    assert!(
        lesson.contains("Why analyse the situation first?")
            && lesson.contains("A new closing line.")
    );
    assert!(
        lesson.contains("You have completed this lesson."),
        "progress kept"
    );
}

#[tokio::test]
async fn a_broken_package_is_refused_naming_file_and_line_and_changes_nothing() {
    let app = spawn_demo_app().await;
    let dir = tempfile::tempdir().expect("tmp");
    let original = load(Path::new(SHIPPED));
    let copy = dir.path().join("course");
    package::write(&original, &copy).expect("copy");
    let broken = copy.join("modules/02-workforce-planning-and-forecasting/module.toml");
    std::fs::write(&broken, "title = \"Planning\"\nobjectives = 12\n").expect("break");
    let lessons_before = app.scalar("SELECT COUNT(*) FROM lessons").await;
    let modules_before = app.scalar("SELECT SUM(position * id) FROM modules").await;

    let problems = server::course_cli::import_course(&app.pool, &copy)
        .await
        .expect_err("refused");
    assert!(
        problems
            .iter()
            .any(|p| p.starts_with("modules/02-workforce-planning-and-forecasting/module.toml:2:")),
        "{problems:#?}"
    );
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM lessons").await,
        lessons_before
    );
    assert_eq!(
        app.scalar("SELECT SUM(position * id) FROM modules").await,
        modules_before
    );

    // A package that drops a lesson participants completed is refused whole.
    let mut without = original.clone();
    without.modules[0].lessons.remove(0);
    without.course.title = "Changed title".into();
    let error = authoring::import(&app.pool, &without)
        .await
        .expect_err("refused");
    assert!(error.to_string().contains("why-a-situation-analysis"));
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM courses WHERE title = 'Changed title'")
            .await,
        0,
        "rolled back"
    );
}
