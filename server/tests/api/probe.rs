//! The outside probe of issue 26, replayed: each test is one finding, made
//! the way the attacker made it, and fails if the hole opens again.

use crate::helpers::{
    location, new_client, spawn_demo_app, TestApp, DEMO_PASSWORD, FIRST_LESSON, PASSWORD,
};
use reqwest::header::{ACCEPT, ORIGIN, REFERER};
use reqwest::{Client, StatusCode};

const PAYLOAD_FORM: &str = "</textarea><form action=\"/api/change_role\" method=\"post\">\
<input name=\"user_id\" value=\"11\"><input name=\"role\" value=\"administrator\">\
<button>Your session expired: continue</button></form>";

/// A link to the course editor carrying a refilled summary, as leptos'
/// no-JavaScript error redirect writes it: made by a failed save, then
/// opened by another administrator.
#[tokio::test]
async fn a_crafted_error_link_renders_no_form_of_the_attackers_choosing() {
    let app = spawn_demo_app().await;
    let admin = app.demo_client("admin@example.org").await;
    let course = app.scalar("SELECT id FROM courses").await.to_string();
    let editor = format!("/admin/courses/{course}");
    let failed = app
        .submit(
            &admin,
            &editor,
            "/api/update_course",
            &[
                ("course_id", &course),
                ("title", ""),
                ("slug", "hrh-planning-management"),
                ("summary", PAYLOAD_FORM),
                ("language", "en"),
                ("estimated_hours", "12"),
            ],
        )
        .await;
    let link = location(&failed);
    assert!(link.contains("__err="), "a failed save refills: {link}");

    let victim = app.demo_client("admin@example.org").await;
    let path = link.strip_prefix(&app.base).unwrap_or(&link).to_string();
    let page = app.page(&victim, &path).await;
    assert!(
        !page.contains("<form action=\"/api/change_role\""),
        "{page}"
    );
    assert!(!page.contains("<button>Your session expired"), "{page}");
    assert_eq!(
        page.matches("</textarea>").count(),
        page.matches("<textarea").count()
    );
    assert!(
        page.contains("&lt;/textarea&gt;&lt;form action=&quot;/api/change_role&quot;")
            || page.contains("&lt;/textarea&gt;&lt;form action=\"/api/change_role\""),
        "the value is shown as the text it is: {page}"
    );
}

/// A title written by a participant ends up in everyone's `<title>`.
#[tokio::test]
async fn a_thread_title_cannot_add_to_the_page_head() {
    let app = spawn_demo_app().await;
    let aminata = app.demo_client("aminata.diallo@example.org").await;
    let set_a = app
        .scalar("SELECT id FROM learning_sets WHERE name = 'Set A'")
        .await
        .to_string();
    let title = "</title><meta http-equiv=\"refresh\" content=\"0;url=//evil.example\">";
    let started = app
        .submit(
            &aminata,
            &format!("/sets/{set_a}"),
            "/api/start_thread",
            &[("set_id", &set_a), ("title", title), ("body", "Hello.")],
        )
        .await;
    assert!(
        !location(&started).contains("__err"),
        "{}",
        location(&started)
    );
    let thread = app.scalar("SELECT id FROM threads").await;
    let layla = app.demo_client("layla.haddad@example.org").await;
    let page = app.page(&layla, &format!("/threads/{thread}")).await;
    assert!(!page.contains("<meta http-equiv=\"refresh\""), "{page}");
    assert_eq!(page.matches("<title>").count(), 1, "{page}");
    assert!(page.contains("&lt;/title&gt;&lt;meta"), "{page}");
}

/// Wrong passwords for each of `accounts`, all sent at once.
async fn wrong_logins_at_once(app: &TestApp, accounts: Vec<String>) {
    let mut guesses = tokio::task::JoinSet::new();
    for email in accounts {
        let (login, base) = (app.url("/api/login"), app.base.clone());
        guesses.spawn(async move { wrong_login(login, base, email).await });
    }
    while let Some(guess) = guesses.join_next().await {
        let status = guess.expect("guess ran").status();
        assert_eq!(status, StatusCode::FOUND);
    }
}

async fn wrong_login(login: String, base: String, email: String) -> reqwest::Response {
    new_client()
        .post(login)
        .header(ACCEPT, "text/html")
        .header(REFERER, format!("{base}/login"))
        .header(ORIGIN, base)
        .form(&[
            ("email", email.as_str()),
            ("password", "not the password at all"),
        ])
        .send()
        .await
        .expect("login")
}

/// Forty wrong passwords at once, then the right one: at most ten were
/// checked, and the account is locked for the right one too.
#[tokio::test]
async fn concurrent_wrong_passwords_are_counted_before_they_are_checked() {
    let app = spawn_demo_app().await;
    let email = "layla.haddad@example.org";
    wrong_logins_at_once(&app, vec![email.to_string(); 40]).await;
    assert_eq!(
        app.scalar(&format!(
            "SELECT COUNT(*) FROM failed_attempts WHERE account = '{email}'"
        ))
        .await,
        10,
        "each check is counted before it is made"
    );
    let client = new_client();
    let response = app.login(&client, email, DEMO_PASSWORD).await;
    let (_, page) = app.follow(&client, response).await;
    assert!(page.contains("Too many failed log-ins"), "{page}");
}

/// A burst from one address against many accounts: at most 50 checks.
#[tokio::test]
async fn a_burst_from_one_address_is_checked_at_most_fifty_times() {
    let app = spawn_demo_app().await;
    let accounts: Vec<String> = (0..60)
        .map(|n| format!("sprayed.{n}@example.org"))
        .collect();
    wrong_logins_at_once(&app, accounts).await;
    assert_eq!(app.scalar("SELECT COUNT(*) FROM failed_attempts").await, 50);
}

/// Enrolment keys are guessed like passwords: ten keys, then even the right
/// one waits; enrolling elsewhere meanwhile does not reset the count.
#[tokio::test]
async fn enrolment_keys_cannot_be_guessed_without_limit() {
    let app = spawn_demo_app().await;
    let admin = app.demo_client("admin@example.org").await;
    let open_cohort = app.scalar("SELECT id FROM cohorts").await.to_string();
    let course = app.scalar("SELECT id FROM courses").await.to_string();
    let cohort_fields = [
        ("course_id", course.as_str()),
        ("name", "2027 autumn cohort"),
        ("starts_on", "2027-09-01"),
        ("ends_on", "2027-11-30"),
        ("capacity", "20"),
        ("enrolment_key", "district-2027"),
        ("language", "en"),
        ("at_risk_days", ""),
    ];
    let created = app
        .submit(
            &admin,
            &format!("/admin/courses/{course}"),
            "/api/create_cohort",
            &cohort_fields,
        )
        .await;
    let cohort_page = location(&created).replace("?created=1", "");
    let keyed = cohort_page
        .trim_start_matches("/admin/cohorts/")
        .to_string();
    let mut opened = vec![("cohort_id", keyed.as_str()), ("enrolment_open", "on")];
    opened.extend(cohort_fields.iter().skip(1));
    let saved = app
        .submit(&admin, &cohort_page, "/api/update_cohort", &opened)
        .await;
    assert!(!location(&saved).contains("__err"), "{}", location(&saved));

    let priya = app.demo_client("priya.sharma@example.org").await;
    let enrol = |cohort: String, key: String| {
        let (app, priya) = (&app, &priya);
        async move {
            let response = app
                .submit(
                    priya,
                    crate::helpers::COURSE,
                    "/api/enrol",
                    &[("cohort_id", &cohort), ("key", &key)],
                )
                .await;
            app.follow(priya, response).await.1
        }
    };
    for n in 0..9 {
        let page = enrol(keyed.clone(), format!("guess-{n}")).await;
        assert!(!page.contains("Too many wrong enrolment keys"), "guess {n}");
    }
    // An enrolment in the cohort without a key, with something typed as a
    // key, once cleared the count.
    enrol(open_cohort.clone(), "anything".to_string()).await;
    // Her course page now shows her progress, not the enrolment forms: the
    // answer is read as the hydrated page would.
    let refused = app
        .call(
            &priya,
            "/api/enrol",
            &[("cohort_id", &keyed), ("key", "district-2027")],
        )
        .await;
    assert_eq!(refused.status(), StatusCode::TOO_MANY_REQUESTS);
    let message = refused.text().await.expect("body");
    assert!(
        message.contains("Too many wrong enrolment keys. Please try again in 15 minutes"),
        "{message}"
    );
    let enrolled_in_keyed =
        format!("SELECT COUNT(*) FROM enrolments WHERE cohort_id = {keyed} AND status = 'active'");
    assert_eq!(app.scalar(&enrolled_in_keyed).await, 0);
    // A quarter of an hour later the right key enrols her.
    sqlx::query("UPDATE failed_attempts SET failed_at = '2000-01-01 00:00:00'")
        .execute(&app.pool)
        .await
        .expect("time passes");
    enrol(keyed.clone(), "district-2027".to_string()).await;
    assert_eq!(app.scalar(&enrolled_in_keyed).await, 1);
}

/// Chinedu, withdrawn by an administrator, tries to enrol himself again
/// while the cohort is open.
#[tokio::test]
async fn a_withdrawal_by_staff_is_not_undone_by_the_participant() {
    let app = spawn_demo_app().await;
    let admin = app.demo_client("admin@example.org").await;
    let chinedu = app.demo_client("chinedu.okafor@example.org").await;
    let cohort = app.scalar("SELECT id FROM cohorts").await.to_string();
    let chinedu_id = app.user_id("chinedu.okafor@example.org").await;
    let enrolment = app
        .scalar(&format!(
            "SELECT id FROM enrolments WHERE user_id = {chinedu_id}"
        ))
        .await
        .to_string();
    let withdrawn = app
        .submit(
            &admin,
            &format!("/admin/cohorts/{cohort}/participants"),
            "/api/withdraw_enrolment",
            &[("enrolment_id", &enrolment)],
        )
        .await;
    assert!(!location(&withdrawn).contains("__err"));

    let response = app
        .submit(
            &chinedu,
            crate::helpers::COURSE,
            "/api/enrol",
            &[("cohort_id", &cohort)],
        )
        .await;
    let (_, page) = app.follow(&chinedu, response).await;
    assert!(
        page.contains("You were withdrawn from this cohort by its administrators"),
        "{page}"
    );
    assert_eq!(
        app.scalar(&format!(
            "SELECT COUNT(*) FROM enrolments WHERE user_id = {chinedu_id} AND status = 'active'"
        ))
        .await,
        0
    );
    assert_eq!(
        app.scalar(&format!(
            "SELECT COUNT(*) FROM waiting_list WHERE user_id = {chinedu_id}"
        ))
        .await,
        0
    );
    let set_a = app
        .scalar("SELECT id FROM learning_sets WHERE name = 'Set A'")
        .await;
    let set = app.get(&chinedu, &format!("/sets/{set_a}")).await;
    assert_eq!(set.status(), StatusCode::NOT_FOUND);
    assert_eq!(
        app.get(&chinedu, FIRST_LESSON).await.status(),
        StatusCode::OK
    );
}

/// A client that says which browser it is, as the account page shows it.
fn browser(name: &str) -> Client {
    Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .user_agent(name)
        .build()
        .expect("client")
}

async fn signed_in(app: &TestApp, client: &Client) -> bool {
    !crate::helpers::is_sent_to_login(app, client, "/account").await
}

#[tokio::test]
async fn changing_the_password_ends_every_other_session() {
    let app = spawn_demo_app().await;
    let email = "aminata.diallo@example.org";
    let (phone, laptop) = (browser("Probe phone"), browser("Probe laptop"));
    app.login(&phone, email, DEMO_PASSWORD).await;
    app.login(&laptop, email, DEMO_PASSWORD).await;
    // The phone reads a lesson, so that the lesson page cache knows her.
    assert_eq!(app.get(&phone, FIRST_LESSON).await.status(), StatusCode::OK);
    let changed = app
        .submit(
            &laptop,
            "/account",
            "/api/change_password",
            &[
                ("current_password", DEMO_PASSWORD),
                ("new_password", PASSWORD),
                ("confirm_password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(location(&changed), "/account?saved=password");
    assert!(
        signed_in(&app, &laptop).await,
        "the changer stays signed in"
    );
    assert!(
        crate::helpers::is_sent_to_login(&app, &phone, FIRST_LESSON).await,
        "the lesson page cache knows the session ended"
    );
    assert!(!signed_in(&app, &phone).await, "the other session ended");
}

#[tokio::test]
async fn reactivating_an_account_does_not_revive_its_old_sessions() {
    let app = spawn_demo_app().await;
    let admin = app.demo_client("admin@example.org").await;
    let layla = app.demo_client("layla.haddad@example.org").await;
    let layla_id = app.user_id("layla.haddad@example.org").await.to_string();
    for active in ["false", "true"] {
        let response = app
            .submit(
                &admin,
                "/admin/users",
                "/api/set_user_active",
                &[("user_id", &layla_id), ("active", active)],
            )
            .await;
        assert!(!location(&response).contains("__err"));
    }
    assert!(!signed_in(&app, &layla).await);
    let again = new_client();
    app.login(&again, "layla.haddad@example.org", DEMO_PASSWORD)
        .await;
    assert!(signed_in(&app, &again).await, "she can sign in again");
}

/// The account page lists each browser signed in and ends the ones chosen.
#[tokio::test]
async fn the_account_page_lists_and_ends_sessions() {
    let app = spawn_demo_app().await;
    let email = "rahim.uddin@example.org";
    let (phone, laptop, tablet) = (
        browser("Probe phone"),
        browser("Probe laptop"),
        browser("Probe tablet"),
    );
    for client in [&phone, &laptop, &tablet, &laptop] {
        app.login(client, email, DEMO_PASSWORD).await;
    }
    let rahim = app.user_id(email).await;
    assert_eq!(
        app.scalar(&format!(
            "SELECT COUNT(*) FROM sign_ins WHERE user_id = {rahim}"
        ))
        .await,
        3,
        "signing in again on the laptop replaced its sign-in"
    );
    let page = app.page(&laptop, "/account").await;
    assert!(page.contains("Where you are signed in"), "{page}");
    for device in ["Probe phone", "Probe laptop", "Probe tablet"] {
        assert!(page.contains(device), "{device}: {page}");
    }
    assert_eq!(page.matches("This browser").count(), 1);
    assert_eq!(page.matches("End this session").count(), 2);

    let phone_sign_in = app
        .scalar(&format!(
            "SELECT id FROM sign_ins WHERE user_id = {rahim} AND device = 'Probe phone'"
        ))
        .await
        .to_string();
    let ended = app
        .submit(
            &laptop,
            "/account",
            "/api/end_sign_in",
            &[("sign_in_id", &phone_sign_in)],
        )
        .await;
    let (_, page) = app.follow(&laptop, ended).await;
    assert!(page.contains("The session has been ended"), "{page}");
    assert!(!signed_in(&app, &phone).await);
    assert!(signed_in(&app, &tablet).await);

    // Its own session is ended by logging out, not from this list.
    let laptop_sign_in = app
        .scalar(&format!(
            "SELECT id FROM sign_ins WHERE user_id = {rahim} AND device = 'Probe laptop'"
        ))
        .await
        .to_string();
    let refused = app
        .submit(
            &laptop,
            "/account",
            "/api/end_sign_in",
            &[("sign_in_id", &laptop_sign_in)],
        )
        .await;
    let (_, page) = app.follow(&laptop, refused).await;
    assert!(page.contains("To end this session, log out."), "{page}");

    let everywhere = app
        .submit(&laptop, "/account", "/api/end_other_sign_ins", &[])
        .await;
    assert_eq!(location(&everywhere), "/account?saved=sessions");
    assert!(!signed_in(&app, &tablet).await);
    assert!(signed_in(&app, &laptop).await);
}

/// Kwame is demoted to participant: his `cohort_tutors` row stays, his
/// powers do not.
#[tokio::test]
async fn a_demoted_tutor_keeps_no_power_over_the_cohort() {
    let app = spawn_demo_app().await;
    let admin = app.demo_client("admin@example.org").await;
    let kwame = app.demo_client("kwame.asante@example.org").await;
    let cohort = app.scalar("SELECT id FROM cohorts").await.to_string();
    let set_a = app
        .scalar("SELECT id FROM learning_sets WHERE name = 'Set A'")
        .await
        .to_string();
    let progress = format!("/cohorts/{cohort}/progress.csv");
    assert_eq!(app.get(&kwame, &progress).await.status(), StatusCode::OK);
    let kwame_id = app.user_id("kwame.asante@example.org").await.to_string();
    app.submit(
        &admin,
        "/admin/users",
        "/api/change_role",
        &[("user_id", &kwame_id), ("role", "participant")],
    )
    .await;

    assert_ne!(app.get(&kwame, &progress).await.status(), StatusCode::OK);
    let made_tutor = app
        .call(
            &kwame,
            "/api/set_set_tutor",
            &[
                ("cohort_id", &cohort),
                ("set_id", &set_a),
                ("tutor_id", &kwame_id),
            ],
        )
        .await;
    assert!(
        made_tutor.status().is_client_error(),
        "{}",
        made_tutor.status()
    );
    let set = app.get(&kwame, &format!("/sets/{set_a}")).await;
    assert_eq!(set.status(), StatusCode::NOT_FOUND);
}

/// A set's tutor removed from the cohort before `remove_tutor` cleared the
/// set's tutor (the data the probe found): the set is closed to him.
#[tokio::test]
async fn a_tutor_no_longer_of_the_cohort_sees_none_of_its_sets() {
    let app = spawn_demo_app().await;
    let kwame = app.demo_client("kwame.asante@example.org").await;
    let set_a = app
        .scalar("SELECT id FROM learning_sets WHERE name = 'Set A'")
        .await;
    assert_eq!(
        app.get(&kwame, &format!("/sets/{set_a}")).await.status(),
        StatusCode::OK
    );
    sqlx::query("DELETE FROM cohort_tutors")
        .execute(&app.pool)
        .await
        .expect("removed, the old way");
    assert_eq!(
        app.get(&kwame, &format!("/sets/{set_a}")).await.status(),
        StatusCode::NOT_FOUND
    );
    let moderation = app.page(&kwame, "/moderation").await;
    assert!(!moderation.contains("Set A"), "{moderation}");
}

/// `back` after a language switch and `next` after logging in: a control
/// character once made the server panic, a tab made a link to another site.
#[tokio::test]
async fn redirects_after_a_form_stay_on_this_site() {
    let app = spawn_demo_app().await;
    let client = new_client();
    let switched = app
        .submit(
            &client,
            "/",
            "/api/preferences",
            &[("language", "fr"), ("back", "/\u{1}")],
        )
        .await;
    assert_eq!(switched.status(), StatusCode::FOUND);
    assert_eq!(location(&switched), "/");
    let logged_in = app
        .submit(
            &client,
            "/login",
            "/api/login",
            &[
                ("email", "layla.haddad@example.org"),
                ("password", DEMO_PASSWORD),
                ("next", "/\t/evil.example"),
            ],
        )
        .await;
    assert_eq!(location(&logged_in), "/");
}

/// A name that a spreadsheet would run as a formula, in the links file an
/// administrator opens to send set-password links.
#[tokio::test]
async fn the_set_password_links_file_runs_no_formula() {
    let app = spawn_demo_app().await;
    let admin = app.demo_client("admin@example.org").await;
    let cohort = app.scalar("SELECT id FROM cohorts").await;
    let roster = "full name,email,country,cadre,language\n\
\"=HYPERLINK(\"\"http://evil.example\"\",\"\"Open\"\")\",awa.camara@example.org,GN,nurse,fr\n";
    let uploaded = crate::cohorts::upload_roster(&app, &admin, cohort, roster.as_bytes()).await;
    let preview = location(&uploaded);
    let upload = preview.trim_start_matches("/admin/roster/").to_string();
    let confirmed = app
        .submit(
            &admin,
            &preview,
            "/api/confirm_roster",
            &[("upload_id", &upload)],
        )
        .await;
    assert_eq!(location(&confirmed), format!("{preview}?confirmed=1"));
    let csv = admin
        .post(app.url(&format!("/admin/roster/{upload}/links.csv")))
        .header(ORIGIN, app.base.clone())
        .send()
        .await
        .expect("links")
        .text()
        .await
        .expect("csv");
    let row = csv.lines().nth(1).expect("one link");
    assert!(row.starts_with("\"'=HYPERLINK("), "{csv}");
}

/// On a shared phone, the back button must not show the last person's pages.
#[tokio::test]
async fn signed_in_pages_are_kept_by_no_cache() {
    let app = spawn_demo_app().await;
    let cache_control = |response: &reqwest::Response| {
        response
            .headers()
            .get(reqwest::header::CACHE_CONTROL)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_string()
    };
    let visitor = new_client();
    let public = app.get(&visitor, "/courses").await;
    assert!(!cache_control(&public).contains("no-store"));
    let aminata = app.demo_client("aminata.diallo@example.org").await;
    for path in ["/", "/account", FIRST_LESSON, "/courses"] {
        let page = app.get(&aminata, path).await;
        assert_eq!(page.status(), StatusCode::OK, "{path}");
        assert_eq!(cache_control(&page), "private, no-store", "{path}");
    }
}

/// A name in Devanagari printed as empty boxes on the PDF: now there is no
/// such PDF, and the page says to print the certificate page instead.
#[tokio::test]
async fn a_name_the_pdf_cannot_draw_gets_the_printable_page_instead() {
    let app = spawn_demo_app().await;
    let admin = app.demo_client("admin@example.org").await;
    let aminata = app.demo_client("aminata.diallo@example.org").await;
    let aminata_id = app.user_id("aminata.diallo@example.org").await;
    sqlx::query("UPDATE users SET full_name = 'सीता शर्मा' WHERE id = ?")
        .bind(aminata_id)
        .execute(&app.pool)
        .await
        .expect("a name in Devanagari");
    let cohort = app.scalar("SELECT id FROM cohorts").await;
    let enrolment = app
        .scalar(&format!(
            "SELECT id FROM enrolments WHERE user_id = {aminata_id}"
        ))
        .await
        .to_string();
    let issued = app
        .submit(
            &admin,
            &format!("/cohorts/{cohort}/certificates"),
            "/api/issue_certificate",
            &[
                ("enrolment_id", &enrolment),
                ("note", "Completed on paper."),
            ],
        )
        .await;
    assert!(
        !location(&issued).contains("__err"),
        "{}",
        location(&issued)
    );
    let (code,): (String,) = sqlx::query_as("SELECT code FROM certificates")
        .fetch_one(&app.pool)
        .await
        .expect("certificate");

    let page = app.page(&aminata, &format!("/certificates/{code}")).await;
    assert!(page.contains("सीता शर्मा"), "{page}");
    assert!(page.contains("print this page instead"), "{page}");
    assert!(!page.contains("certificate.pdf"), "{page}");
    let pdf = app
        .get(&aminata, &format!("/certificates/{code}/certificate.pdf"))
        .await;
    assert_eq!(pdf.status(), StatusCode::BAD_REQUEST);
    assert!(pdf
        .text()
        .await
        .expect("body")
        .contains("Print the certificate page instead"));
}
