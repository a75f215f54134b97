use crate::helpers::{day, location, long_day, new_client, spawn_demo_app, TestApp};
use reqwest::{Client, StatusCode};

const ADMIN: &str = "admin@example.org";
const KWAME: &str = "kwame.asante@example.org";
const FATOU: &str = "fatou.ndiaye@example.org";
const AMINATA: &str = "aminata.diallo@example.org";
const CHINEDU: &str = "chinedu.okafor@example.org";
const LAYLA: &str = "layla.haddad@example.org";

async fn id(app: &TestApp, sql: &str) -> String {
    app.scalar(sql).await.to_string()
}

/// The demo cohort with two sets: Set A (Aminata, Chinedu; tutor Kwame) and
/// Set B (Layla; tutor Fatou, made a tutor of the cohort for it).
struct Sets {
    cohort: String,
    set_a: String,
    set_b: String,
}

async fn form_sets(app: &TestApp, admin: &Client) -> Sets {
    forget_demo_sets(app).await;
    let cohort = id(app, "SELECT id FROM cohorts").await;
    let fatou = app.user_id(FATOU).await.to_string();
    let kwame = app.user_id(KWAME).await.to_string();
    let page = format!("/cohorts/{cohort}/sets");
    let ok = |r: reqwest::Response| {
        assert_eq!(r.status(), StatusCode::FOUND);
        r
    };
    ok(app
        .submit(
            admin,
            "/admin/cohorts/1",
            "/api/assign_tutor",
            &[("cohort_id", &cohort), ("user_id", &fatou)],
        )
        .await);
    for (name, tutor) in [("Set A", &kwame), ("Set B", &fatou)] {
        let response = app
            .submit(
                admin,
                &page,
                "/api/create_set",
                &[("cohort_id", &cohort), ("name", name), ("tutor_id", tutor)],
            )
            .await;
        let to = location(&response);
        assert!(
            to.trim_end_matches('?').ends_with(&page),
            "back to the sets page: {to}"
        );
    }
    let set_a = id(app, "SELECT id FROM learning_sets WHERE name = 'Set A'").await;
    let set_b = id(app, "SELECT id FROM learning_sets WHERE name = 'Set B'").await;
    for (email, set) in [(AMINATA, &set_a), (CHINEDU, &set_a), (LAYLA, &set_b)] {
        let user = app.user_id(email).await.to_string();
        ok(app
            .submit(
                admin,
                &page,
                "/api/place_member",
                &[("cohort_id", &cohort), ("user_id", &user), ("set_id", set)],
            )
            .await);
    }
    Sets {
        cohort,
        set_a,
        set_b,
    }
}

/// The demo's Set A and its round, so that each test builds its own.
async fn forget_demo_sets(app: &TestApp) {
    sqlx::query("DELETE FROM learning_sets")
        .execute(&app.pool)
        .await
        .expect("no sets");
}

/// Opens a round of a set as its tutor, with one presenter; returns its id.
async fn open_round(
    app: &TestApp,
    tutor: &Client,
    set: &str,
    title: &str,
    presenter: &str,
) -> String {
    let presenter = format!("presenters[{}]", app.user_id(presenter).await);
    let (opens, closes) = (day(0), day(14));
    let response = app
        .submit(
            tutor,
            &format!("/sets/{set}"),
            "/api/open_round",
            &[
                ("set_id", set),
                ("round_title", title),
                ("opens_on", &opens),
                ("closes_on", &closes),
                (&presenter, "on"),
                // Alongside the demo's open round, as meant.
                ("overlap", "on"),
            ],
        )
        .await;
    let to = location(&response);
    assert!(to.starts_with("/rounds/"), "opened: {to}");
    to.trim_start_matches("/rounds/").to_string()
}

async fn post(
    app: &TestApp,
    client: &Client,
    page: &str,
    action: &str,
    fields: &[(&str, &str)],
) -> String {
    let response = app.submit(client, page, action, fields).await;
    let (_, body) = app.follow(client, response).await;
    body
}

#[tokio::test]
async fn a_full_round_challenge_questions_commitments_and_report_back_next_round() {
    let app = spawn_demo_app().await;
    let admin = app.demo_client(ADMIN).await;
    let sets = form_sets(&app, &admin).await;
    let kwame = app.demo_client(KWAME).await;
    let aminata = app.demo_client(AMINATA).await;
    let chinedu = app.demo_client(CHINEDU).await;

    let round1 = open_round(
        &app,
        &kwame,
        &sets.set_a,
        "Retention of newly posted midwives",
        AMINATA,
    )
    .await;
    let page1 = format!("/rounds/{round1}");
    post(
        &app,
        &aminata,
        &page1,
        "/api/post_challenge",
        &[
            ("round_id", &round1),
            (
                "body",
                "District X loses **a third** of its newly posted midwives within a year.",
            ),
        ],
    )
    .await;
    let challenge = id(&app, "SELECT id FROM posts WHERE kind = 'challenge'").await;
    post(
        &app,
        &chinedu,
        &page1,
        "/api/post_question",
        &[
            ("challenge_id", &challenge),
            ("body", "What do the midwives who stay have in common?"),
        ],
    )
    .await;
    let question = id(&app, "SELECT id FROM posts WHERE kind = 'question'").await;
    post(
        &app,
        &aminata,
        &page1,
        "/api/post_answer",
        &[
            ("question_id", &question),
            ("body", "Most grew up in the district."),
        ],
    )
    .await;
    // Due today: the next round asks for its report-back at once.
    let due = day(0);
    post(
        &app,
        &aminata,
        &page1,
        "/api/add_commitment",
        &[
            ("challenge_id", &challenge),
            ("action", "Interview five midwives who left"),
            ("due_on", &due),
        ],
    )
    .await;

    let round = app.page(&chinedu, &page1).await;
    for expected in [
        "<strong>a third</strong>",
        "What do the midwives who stay have in common?",
        "Most grew up in the district.",
        &format!(
            "Interview five midwives who left (due {}) · Open",
            long_day(0)
        ),
    ] {
        assert!(round.contains(expected), "round 1 shows {expected}");
    }
    // Her open commitment is on her home page; Chinedu sees what is new.
    assert!(app
        .page(&aminata, "/")
        .await
        .contains("Interview five midwives who left"));
    let home = app.page(&kwame, "/").await;
    assert!(
        home.contains("Set A"),
        "the tutor's sets are on his home page"
    );

    let round2 = open_round(&app, &kwame, &sets.set_a, "Supervision visits", CHINEDU).await;
    let commitment = id(&app, "SELECT id FROM action_commitments").await;
    let page2 = format!("/rounds/{round2}");
    assert!(app
        .page(&aminata, &page2)
        .await
        .contains("Report back on your earlier commitments"));
    post(
        &app,
        &aminata,
        &page2,
        "/api/report_back",
        &[
            ("commitment_id", &commitment),
            ("round_id", &round2),
            ("outcome", "partly"),
            ("body", "I met three of them: housing was the main reason."),
        ],
    )
    .await;
    let round = app.page(&kwame, &page2).await;
    assert!(round.contains("housing was the main reason"));
    assert!(round.contains("Partly done"));
    assert!(app
        .page(&kwame, &page1)
        .await
        .contains("Partly done (reported in round 2)"));
    assert!(!app
        .page(&aminata, "/")
        .await
        .contains("Interview five midwives who left"));
    // Reporting twice is refused.
    let again = post(
        &app,
        &aminata,
        &page2,
        "/api/report_back",
        &[
            ("commitment_id", &commitment),
            ("round_id", &round2),
            ("outcome", "done"),
            ("body", "Again."),
        ],
    )
    .await;
    assert!(again.contains("You have already reported back on this commitment."));

    // Unread counts: Chinedu has not opened round 2 since Aminata posted.
    let set_page = app.page(&chinedu, &format!("/sets/{}", sets.set_a)).await;
    assert!(set_page.contains("1 new"), "unread in round 2");
    app.page(&chinedu, &page2).await;
    let set_page = app.page(&chinedu, &format!("/sets/{}", sets.set_a)).await;
    assert!(!set_page.contains(" new</span>"), "read now");
}

#[tokio::test]
async fn bad_input_gets_a_clear_message_and_saves_nothing() {
    let app = spawn_demo_app().await;
    let admin = app.demo_client(ADMIN).await;
    let sets = form_sets(&app, &admin).await;
    let kwame = app.demo_client(KWAME).await;
    let aminata = app.demo_client(AMINATA).await;
    let chinedu = app.demo_client(CHINEDU).await;
    let round = open_round(&app, &kwame, &sets.set_a, "Round one", AMINATA).await;
    let page = format!("/rounds/{round}");
    let posts = || app.scalar("SELECT COUNT(*) FROM posts");

    let empty = post(
        &app,
        &aminata,
        &page,
        "/api/post_challenge",
        &[("round_id", &round), ("body", "  ")],
    )
    .await;
    assert!(empty.contains("Write something before posting."));
    let long = "x".repeat(10_001);
    let too_long = post(
        &app,
        &aminata,
        &page,
        "/api/post_challenge",
        &[("round_id", &round), ("body", &long)],
    )
    .await;
    assert!(too_long.contains("Posts are limited to 10000 characters"));
    assert!(too_long.contains(&long), "what was typed is kept");
    let not_presenter = post(
        &app,
        &chinedu,
        &page,
        "/api/post_challenge",
        &[("round_id", &round), ("body", "Mine")],
    )
    .await;
    assert!(
        not_presenter.contains("Only this round&#x27;s presenters post a challenge.")
            || not_presenter.contains("Only this round's presenters post a challenge.")
    );
    assert_eq!(posts().await, 0);

    post(
        &app,
        &aminata,
        &page,
        "/api/post_challenge",
        &[("round_id", &round), ("body", "Absenteeism")],
    )
    .await;
    let challenge = id(&app, "SELECT id FROM posts WHERE kind = 'challenge'").await;
    for (due, message) in [
        ("", "Give the date by which you will have done it."),
        ("2020-01-01", "The due date is in the past"),
    ] {
        let page = post(
            &app,
            &aminata,
            &page,
            "/api/add_commitment",
            &[
                ("challenge_id", &challenge),
                ("action", "Talk to the DHMT"),
                ("due_on", due),
            ],
        )
        .await;
        assert!(page.contains(message), "{message}");
    }
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM action_commitments").await,
        0
    );

    // A closed round takes no more posts.
    post(
        &app,
        &kwame,
        &page,
        "/api/close_round",
        &[("round_id", &round)],
    )
    .await;
    let closed = post(
        &app,
        &chinedu,
        &page,
        "/api/post_question",
        &[("challenge_id", &challenge), ("body", "Why?")],
    )
    .await;
    assert!(closed.contains("is not open for posting"));

    // A locked thread takes no more replies.
    let set_page = format!("/sets/{}", sets.set_a);
    post(
        &app,
        &chinedu,
        &set_page,
        "/api/start_thread",
        &[
            ("set_id", &sets.set_a),
            ("title", "Useful WHO documents"),
            ("body", "The WISN user manual."),
        ],
    )
    .await;
    let thread = id(&app, "SELECT id FROM threads").await;
    let thread_page = format!("/threads/{thread}");
    post(
        &app,
        &kwame,
        &thread_page,
        "/api/set_thread_flags",
        &[
            ("thread_id", &thread),
            ("pinned", "false"),
            ("locked", "true"),
        ],
    )
    .await;
    let locked = post(
        &app,
        &aminata,
        &thread_page,
        "/api/reply",
        &[("thread_id", &thread), ("body", "Thanks!")],
    )
    .await;
    assert!(locked.contains("This thread is locked: no more replies."));
    assert_eq!(
        posts().await,
        2,
        "the challenge and the thread's opening post only"
    );

    // A set you are not in does not exist for you.
    let layla = app.demo_client(LAYLA).await;
    let response = app
        .submit(
            &layla,
            &set_page,
            "/api/start_thread",
            &[("set_id", &sets.set_a), ("title", "Hi"), ("body", "Hello")],
        )
        .await;
    let (_, page) = app.follow(&layla, response).await;
    assert!(page.contains("We could not find that page."));
    assert_eq!(posts().await, 2);
}

#[tokio::test]
async fn only_members_their_tutor_and_administrators_reach_anything_of_a_set() {
    let app = spawn_demo_app().await;
    let admin = app.demo_client(ADMIN).await;
    let sets = form_sets(&app, &admin).await;
    let kwame = app.demo_client(KWAME).await;
    let aminata = app.demo_client(AMINATA).await;
    let chinedu = app.demo_client(CHINEDU).await;
    let round = open_round(&app, &kwame, &sets.set_a, "Round one", AMINATA).await;
    let round_page = format!("/rounds/{round}");
    post(
        &app,
        &aminata,
        &round_page,
        "/api/post_challenge",
        &[("round_id", &round), ("body", "Challenge")],
    )
    .await;
    let challenge = id(&app, "SELECT id FROM posts WHERE kind = 'challenge'").await;
    post(
        &app,
        &chinedu,
        &round_page,
        "/api/post_question",
        &[("challenge_id", &challenge), ("body", "Question")],
    )
    .await;
    let question = id(&app, "SELECT id FROM posts WHERE kind = 'question'").await;
    post(
        &app,
        &aminata,
        &round_page,
        "/api/add_commitment",
        &[
            ("challenge_id", &challenge),
            ("action", "Act"),
            ("due_on", &day(2)),
        ],
    )
    .await;
    let commitment = id(&app, "SELECT id FROM action_commitments").await;
    post(
        &app,
        &chinedu,
        &format!("/sets/{}", sets.set_a),
        "/api/start_thread",
        &[("set_id", &sets.set_a), ("title", "T"), ("body", "B")],
    )
    .await;
    let thread = id(&app, "SELECT id FROM threads").await;
    post(
        &app,
        &chinedu,
        &round_page,
        "/api/flag_post",
        &[("post_id", &challenge), ("reason", "Names a colleague")],
    )
    .await;
    let flag = id(&app, "SELECT id FROM post_flags").await;
    let presenter = format!("presenters[{}]", app.user_id(AMINATA).await);
    let set = sets.set_a.as_str();

    // Every server function of a set, with arguments about Set A.
    let calls: Vec<(&str, Vec<(&str, &str)>)> = vec![
        ("/api/set", vec![("set_id", set)]),
        (
            "/api/open_round",
            vec![
                ("set_id", set),
                ("round_title", "X"),
                ("opens_on", "2027-01-01"),
                ("closes_on", "2027-01-02"),
                (&presenter, "on"),
            ],
        ),
        ("/api/close_round", vec![("round_id", &round)]),
        ("/api/round", vec![("round_id", &round)]),
        (
            "/api/post_challenge",
            vec![("round_id", &round), ("body", "X")],
        ),
        (
            "/api/post_question",
            vec![("challenge_id", &challenge), ("body", "X")],
        ),
        (
            "/api/post_answer",
            vec![("question_id", &question), ("body", "X")],
        ),
        (
            "/api/add_commitment",
            vec![
                ("challenge_id", &challenge),
                ("action", "X"),
                ("due_on", "2099-01-01"),
            ],
        ),
        (
            "/api/report_back",
            vec![
                ("commitment_id", &commitment),
                ("round_id", &round),
                ("outcome", "done"),
                ("body", "X"),
            ],
        ),
        (
            "/api/start_thread",
            vec![("set_id", set), ("title", "X"), ("body", "X")],
        ),
        ("/api/thread", vec![("thread_id", &thread)]),
        ("/api/reply", vec![("thread_id", &thread), ("body", "X")]),
        (
            "/api/set_thread_flags",
            vec![
                ("thread_id", &thread),
                ("pinned", "true"),
                ("locked", "true"),
            ],
        ),
        (
            "/api/hide_post",
            vec![("post_id", &challenge), ("reason", "X")],
        ),
        ("/api/restore_post", vec![("post_id", &challenge)]),
        (
            "/api/edit_post",
            vec![("post_id", &challenge), ("body", "X")],
        ),
        (
            "/api/flag_post",
            vec![("post_id", &challenge), ("reason", "X")],
        ),
        ("/api/resolve_flag", vec![("flag_id", &flag)]),
    ];
    let pages = [
        format!("/sets/{set}"),
        format!("/rounds/{round}"),
        format!("/threads/{thread}"),
    ];
    let outsiders = [
        ("a participant of another set", app.demo_client(LAYLA).await),
        ("the tutor of another set", app.demo_client(FATOU).await),
        ("a visitor", new_client()),
    ];
    let before = app.scalar("SELECT COUNT(*) FROM posts").await;
    for (who, client) in &outsiders {
        for (action, fields) in &calls {
            let response = app.call(client, action, fields).await;
            assert_eq!(response.status(), StatusCode::NOT_FOUND, "{who}: {action}");
        }
        for path in &pages {
            assert_eq!(
                app.get(client, path).await.status(),
                StatusCode::NOT_FOUND,
                "{who}: {path}"
            );
        }
    }
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM posts").await,
        before,
        "nothing written"
    );
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM threads WHERE pinned")
            .await,
        0
    );
    // Insiders get in.
    for client in [&aminata, &chinedu, &kwame, &admin] {
        for path in &pages {
            assert_eq!(
                app.get(client, path).await.status(),
                StatusCode::OK,
                "{path}"
            );
        }
    }
    // Members do not moderate.
    let response = app
        .call(
            &chinedu,
            "/api/hide_post",
            &[("post_id", &challenge), ("reason", "X")],
        )
        .await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    // Forming sets is for the cohort's tutors and administrators.
    let response = app
        .call(&chinedu, "/api/cohort_sets", &[("cohort_id", &sets.cohort)])
        .await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    let _ = sets.set_b;
}

#[tokio::test]
async fn tutors_moderate_and_see_what_needs_attention() {
    let app = spawn_demo_app().await;
    let admin = app.demo_client(ADMIN).await;
    let sets = form_sets(&app, &admin).await;
    let kwame = app.demo_client(KWAME).await;
    let aminata = app.demo_client(AMINATA).await;
    let chinedu = app.demo_client(CHINEDU).await;
    let round = open_round(&app, &kwame, &sets.set_a, "Round one", AMINATA).await;
    let page = format!("/rounds/{round}");
    post(
        &app,
        &aminata,
        &page,
        "/api/post_challenge",
        &[
            ("round_id", &round),
            ("body", "Nurse Z in ward 3 is always late."),
        ],
    )
    .await;
    let challenge = id(&app, "SELECT id FROM posts WHERE kind = 'challenge'").await;
    post(
        &app,
        &aminata,
        &page,
        "/api/add_commitment",
        &[
            ("challenge_id", &challenge),
            ("action", "Talk to HR"),
            ("due_on", &day(1)),
        ],
    )
    .await;
    sqlx::query("UPDATE action_commitments SET due_on = '2026-01-01'")
        .execute(&app.pool)
        .await
        .expect("make it overdue");
    post(
        &app,
        &chinedu,
        &page,
        "/api/flag_post",
        &[("post_id", &challenge), ("reason", "Names a colleague")],
    )
    .await;

    let moderation = app.page(&kwame, "/moderation").await;
    for expected in [
        "Open flags (1)",
        "Names a colleague",
        "Challenges with no question yet (1)",
        "Commitments past their due date without a report-back (1)",
        "Talk to HR",
        "Members who have not posted in the current round (1)",
        "Has not posted in round 1",
    ] {
        assert!(moderation.contains(expected), "moderation shows {expected}");
    }
    // Fatou tutors Set B only: nothing of Set A reaches her.
    let fatou = app.demo_client(FATOU).await;
    assert!(app
        .page(&fatou, "/moderation")
        .await
        .contains("Open flags (0)"));

    // Hide: members see the reason, not the text; the tutor sees both.
    post(
        &app,
        &kwame,
        &page,
        "/api/hide_post",
        &[
            ("post_id", &challenge),
            ("reason", "Names a colleague; please rephrase"),
        ],
    )
    .await;
    let seen = app.page(&chinedu, &page).await;
    assert!(seen.contains("Hidden by the tutor: Names a colleague; please rephrase"));
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM audit_events WHERE action = 'post-hidden' AND after LIKE '%Names a colleague%'")
            .await,
        1,
        "hiding is in the audit log"
    );
    assert!(!seen.contains("always late"));
    assert!(app.page(&kwame, &page).await.contains("always late"));
    post(
        &app,
        &kwame,
        &page,
        "/api/restore_post",
        &[("post_id", &challenge)],
    )
    .await;
    assert!(app.page(&chinedu, &page).await.contains("always late"));

    // Edit: recorded with the earlier text.
    post(
        &app,
        &kwame,
        &page,
        "/api/edit_post",
        &[
            ("post_id", &challenge),
            ("body", "A nurse in ward 3 is often late."),
        ],
    )
    .await;
    let seen = app.page(&chinedu, &page).await;
    assert!(
        seen.contains("A nurse in ward 3 is often late.") && seen.contains("(edited by a tutor)")
    );
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM post_edits WHERE previous_markdown LIKE 'Nurse Z%'")
            .await,
        1
    );
    let flag = id(&app, "SELECT id FROM post_flags").await;
    post(
        &app,
        &kwame,
        "/moderation",
        "/api/resolve_flag",
        &[("flag_id", &flag)],
    )
    .await;
    assert!(app
        .page(&kwame, "/moderation")
        .await
        .contains("Open flags (0)"));

    // Pin a thread: it comes first.
    let set_page = format!("/sets/{}", sets.set_a);
    for title in ["First thread", "Second thread"] {
        post(
            &app,
            &chinedu,
            &set_page,
            "/api/start_thread",
            &[("set_id", &sets.set_a), ("title", title), ("body", "Text")],
        )
        .await;
    }
    let first = id(&app, "SELECT id FROM threads WHERE title = 'First thread'").await;
    post(
        &app,
        &kwame,
        &set_page,
        "/api/set_thread_flags",
        &[
            ("thread_id", &first),
            ("pinned", "true"),
            ("locked", "false"),
        ],
    )
    .await;
    let listing = app.page(&aminata, &set_page).await;
    let (first_at, second_at) = (listing.find("First thread"), listing.find("Second thread"));
    assert!(first_at < second_at, "the pinned thread is listed first");
    assert!(listing.contains("Pinned"));
}

#[tokio::test]
async fn proposed_sets_are_reviewed_and_confirmed() {
    let app = spawn_demo_app().await;
    let admin = app.demo_client(ADMIN).await;
    forget_demo_sets(&app).await;
    let cohort = id(&app, "SELECT id FROM cohorts").await;
    // More participants: everyone who is not staff joins the demo cohort.
    sqlx::query(
        "INSERT INTO enrolments (cohort_id, user_id)
         SELECT ?, id FROM users WHERE role = 'participant' AND id NOT IN (SELECT user_id FROM enrolments)",
    )
    .bind(&cohort)
    .execute(&app.pool)
    .await
    .expect("enrol everyone");
    let cohort_id = cohort.clone();
    let mut fields = vec![
        ("cohort_id", cohort_id.as_str()),
        ("name", "2027 spring cohort"),
        ("starts_on", "2027-03-01"),
        ("ends_on", "2027-05-31"),
        ("enrolment_open", "on"),
        ("capacity", "30"),
        ("enrolment_key", ""),
        ("language", "en"),
        ("at_risk_days", "14"),
    ];
    fields.push(("set_size", "4"));
    app.submit(
        &admin,
        &format!("/admin/cohorts/{cohort}"),
        "/api/update_cohort",
        &fields,
    )
    .await;

    let sets_page = format!("/cohorts/{cohort}/sets");
    let response = app
        .submit(
            &admin,
            &sets_page,
            "/api/propose_sets",
            &[("cohort_id", &cohort)],
        )
        .await;
    assert_eq!(location(&response), format!("{sets_page}/proposal"));
    let proposal = app.page(&admin, &format!("{sets_page}/proposal")).await;
    // 10 participants, at most 4 a set: 3 sets of 4, 3 and 3.
    for expected in [
        "Set 1",
        "Set 2",
        "Set 3",
        "4 members from 4 countries",
        "3 members from 3 countries",
    ] {
        assert!(proposal.contains(expected), "proposal shows {expected}");
    }
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM learning_sets").await,
        0,
        "nothing saved yet"
    );

    let kofi = app.user_id("kofi.mensah@example.org").await.to_string();
    app.submit(
        &admin,
        &format!("{sets_page}/proposal"),
        "/api/move_in_proposal",
        &[("cohort_id", &cohort), ("user_id", &kofi), ("to", "2")],
    )
    .await;
    let response = app
        .submit(
            &admin,
            &format!("{sets_page}/proposal"),
            "/api/confirm_sets",
            &[("cohort_id", &cohort)],
        )
        .await;
    assert_eq!(location(&response), format!("{sets_page}?formed=3"));
    assert_eq!(app.scalar("SELECT COUNT(*) FROM learning_sets").await, 3);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM set_members").await, 10);
    assert_eq!(
        app.scalar(&format!(
            "SELECT COUNT(*) FROM set_members m JOIN learning_sets s ON s.id = m.set_id
             WHERE s.name = 'Set 3' AND m.user_id = {kofi}"
        ))
        .await,
        1,
        "the move was kept"
    );
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM learning_sets WHERE tutor_id IS NOT NULL")
            .await,
        3,
        "the cohort's tutor is shared among the sets"
    );
    // A full set takes nobody more.
    let full = id(
        &app,
        "SELECT set_id FROM set_members GROUP BY set_id HAVING COUNT(*) = 4 LIMIT 1",
    )
    .await;
    let outsider = id(
        &app,
        &format!("SELECT user_id FROM set_members WHERE set_id <> {full} LIMIT 1"),
    )
    .await;
    let response = app
        .submit(
            &admin,
            &sets_page,
            "/api/place_member",
            &[
                ("cohort_id", &cohort),
                ("user_id", &outsider),
                ("set_id", &full),
            ],
        )
        .await;
    let (_, page) = app.follow(&admin, response).await;
    assert!(
        page.contains("That set is full: this cohort&#x27;s sets have at most 4 members.")
            || page.contains("That set is full: this cohort's sets have at most 4 members.")
    );
    // A participant cannot see or form the cohort's sets.
    let aminata = app.demo_client(AMINATA).await;
    assert_eq!(
        app.get(&aminata, &sets_page).await.status(),
        StatusCode::NOT_FOUND
    );
    let response = app
        .call(&aminata, "/api/propose_sets", &[("cohort_id", &cohort)])
        .await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn overlapping_rounds_are_meant_report_backs_wait_for_the_due_date_and_unanswered_questions_show(
) {
    let app = spawn_demo_app().await;
    let kwame = app.demo_client(KWAME).await;
    let aminata = app.demo_client(AMINATA).await;
    let set_a = id(&app, "SELECT id FROM learning_sets WHERE name = 'Set A'").await;

    // The demo's question on Aminata's challenge has no answer yet.
    let moderation = app.page(&kwame, "/moderation").await;
    assert!(
        moderation.contains("Questions and threads waiting for an answer (1)"),
        "{moderation}"
    );
    assert!(moderation.contains("Question from Chinedu Okafor in round 1 has no answer yet"));
    let question = id(&app, "SELECT id FROM posts WHERE kind = 'question'").await;
    let round1 = id(&app, "SELECT id FROM rounds").await;
    let page1 = format!("/rounds/{round1}");
    post(
        &app,
        &aminata,
        &page1,
        "/api/post_answer",
        &[("question_id", &question), ("body", "Most grew up nearby.")],
    )
    .await;
    let moderation = app.page(&kwame, "/moderation").await;
    assert!(moderation.contains("Every question has an answer and every thread a reply."));

    // A second round at round 1's dates: said, with what was typed kept.
    let presenter = format!("presenters[{}]", app.user_id(CHINEDU).await);
    let round = |overlap: bool| {
        let mut fields = vec![
            ("set_id", set_a.clone()),
            ("round_title", "Rotas".to_string()),
            ("opens_on", day(0)),
            ("closes_on", day(7)),
            (presenter.as_str(), "on".to_string()),
        ];
        if overlap {
            fields.push(("overlap", "on".to_string()));
        }
        fields
    };
    let fields = round(false);
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let page = post(
        &app,
        &kwame,
        &format!("/sets/{set_a}"),
        "/api/open_round",
        &fields,
    )
    .await;
    assert!(
        page.contains("Round 1 is still open at these dates"),
        "{page}"
    );
    assert!(page.contains("value=\"Rotas\""), "kept");
    assert_eq!(app.scalar("SELECT COUNT(*) FROM rounds").await, 1);

    // Aminata commits to an action due in five days, then round 2 opens.
    let challenge = id(&app, "SELECT id FROM posts WHERE kind = 'challenge'").await;
    post(
        &app,
        &aminata,
        &page1,
        "/api/add_commitment",
        &[
            ("challenge_id", &challenge),
            ("action", "Ask the matrons"),
            ("due_on", &day(5)),
        ],
    )
    .await;
    let fields = round(true);
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let response = app
        .submit(
            &kwame,
            &format!("/sets/{set_a}"),
            "/api/open_round",
            &fields,
        )
        .await;
    let page2 = location(&response);
    assert!(page2.starts_with("/rounds/"), "{page2}");
    let asked = "Report back on your earlier commitments";
    assert!(
        !app.page(&aminata, &page2).await.contains(asked),
        "not before its due date"
    );
    sqlx::query("UPDATE action_commitments SET due_on = ?")
        .bind(day(0))
        .execute(&app.pool)
        .await
        .expect("due today");
    assert!(
        app.page(&aminata, &page2).await.contains(asked),
        "from its due date"
    );
}
