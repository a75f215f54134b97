use crate::helpers::{location, new_client, spawn_demo_app, TestApp, COURSE, FIRST_LESSON};
use reqwest::header::{ACCEPT, CONTENT_DISPOSITION, CONTENT_TYPE, REFERER};
use reqwest::{Client, StatusCode};

const ADMIN: &str = "admin@example.org";

/// The fields of the cohort form, with `changes` applied.
fn cohort_fields<'a>(changes: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut fields = vec![
        ("name", "2027 autumn cohort"),
        ("starts_on", "2027-09-01"),
        ("ends_on", "2027-11-30"),
        ("enrolment_open", "on"),
        ("capacity", ""),
        ("enrolment_key", ""),
        ("language", "fr"),
        ("at_risk_days", "10"),
    ];
    for (name, value) in changes {
        match fields.iter_mut().find(|(n, _)| n == name) {
            Some(field) => field.1 = value,
            None => fields.push((name, value)),
        }
    }
    fields
}

/// Creates a cohort of the demo course as the demo administrator; returns its id.
async fn create_cohort(app: &TestApp, admin: &Client, changes: &[(&str, &str)]) -> i64 {
    let course_id = app.scalar("SELECT id FROM courses").await.to_string();
    let mut fields = cohort_fields(changes);
    fields.push(("course_id", &course_id));
    let response = app
        .submit(admin, "/admin/courses/1", "/api/create_cohort", &fields)
        .await;
    let to = location(&response);
    assert!(to.starts_with("/admin/cohorts/"), "created: {to}");
    to.trim_start_matches("/admin/cohorts/")
        .trim_end_matches("?created=1")
        .parse()
        .expect("cohort id")
}

async fn enrol(app: &TestApp, client: &Client, cohort: i64, key: &str) -> String {
    let cohort = cohort.to_string();
    let response = app
        .submit(
            client,
            COURSE,
            "/api/enrol",
            &[("cohort_id", &cohort), ("key", key)],
        )
        .await;
    location(&response)
}

async fn enrolment_status(app: &TestApp, email: &str, cohort: i64) -> String {
    let (status,): (String,) = sqlx::query_as(
        "SELECT e.status FROM enrolments e JOIN users u ON u.id = e.user_id
         WHERE u.email = ? AND e.cohort_id = ?",
    )
    .bind(email)
    .bind(cohort)
    .fetch_optional(&app.pool)
    .await
    .expect("query")
    .unwrap_or_else(|| ("none".to_string(),));
    status
}

#[tokio::test]
async fn administrators_set_up_a_cohort_with_its_tutors() {
    let app = spawn_demo_app().await;
    let admin = app.demo_client(ADMIN).await;
    let id = create_cohort(
        &app,
        &admin,
        &[("capacity", "25"), ("enrolment_key", "Wisn-2027")],
    )
    .await;
    let page = app.page(&admin, &format!("/admin/cohorts/{id}")).await;
    assert!(page.contains("2027 autumn cohort") && page.contains("0 of 25 places taken"));
    assert!(page.contains("value=\"Wisn-2027\"") && page.contains("value=\"10\""));

    // Bad input: every mistake is shown next to its field and nothing is saved.
    let path = format!("/admin/cohorts/{id}");
    let cohort_id = id.to_string();
    let mut bad = cohort_fields(&[
        ("capacity", "0"),
        ("ends_on", "2027-08-01"),
        ("enrolment_key", "ab"),
    ]);
    bad.push(("cohort_id", &cohort_id));
    let response = app.submit(&admin, &path, "/api/update_cohort", &bad).await;
    let (_, page) = app.follow(&admin, response).await;
    assert!(page.contains("Enter the number of places as a whole number"));
    assert!(page.contains("The end date must not be before the start date."));
    assert!(page.contains("Use 4 to 64 characters for the enrolment key"));
    assert_eq!(
        app.scalar(&format!("SELECT capacity FROM cohorts WHERE id = {id}"))
            .await,
        25
    );

    // Tutors: a tutor can be added and removed; a participant cannot be added.
    let kwame = app.user_id("kwame.asante@example.org").await.to_string();
    let aminata = app.user_id("aminata.diallo@example.org").await.to_string();
    let response = app
        .submit(
            &admin,
            &path,
            "/api/assign_tutor",
            &[("cohort_id", &cohort_id), ("user_id", &kwame)],
        )
        .await;
    assert_eq!(response.status(), StatusCode::FOUND);
    assert!(app
        .page(&admin, &path)
        .await
        .contains("kwame.asante@example.org</span>"));
    let response = app
        .submit(
            &admin,
            &path,
            "/api/assign_tutor",
            &[("cohort_id", &cohort_id), ("user_id", &aminata)],
        )
        .await;
    let (_, page) = app.follow(&admin, response).await;
    assert!(page.contains("Only people with the tutor or administrator role can tutor a cohort."));
    app.submit(
        &admin,
        &path,
        "/api/remove_tutor",
        &[("cohort_id", &cohort_id), ("user_id", &kwame)],
    )
    .await;
    assert_eq!(
        app.scalar(&format!(
            "SELECT COUNT(*) FROM cohort_tutors WHERE cohort_id = {id}"
        ))
        .await,
        0
    );

    // Only administrators: a tutor gets 403 from every management function.
    let tutor = app.demo_client("kwame.asante@example.org").await;
    for (action, fields) in [
        ("/api/update_cohort", bad.clone()),
        (
            "/api/assign_tutor",
            vec![
                ("cohort_id", cohort_id.as_str()),
                ("user_id", kwame.as_str()),
            ],
        ),
        (
            "/api/enrol_by_email",
            vec![
                ("cohort_id", cohort_id.as_str()),
                ("email", "kofi.mensah@example.org"),
            ],
        ),
        ("/api/participants", vec![("cohort_id", cohort_id.as_str())]),
    ] {
        let response = app.call(&tutor, action, &fields).await;
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "{action}");
    }
}

#[tokio::test]
async fn self_enrolment_needs_the_key_and_a_full_cohort_keeps_a_waiting_list() {
    let app = spawn_demo_app().await;
    let admin = app.demo_client(ADMIN).await;
    let id = create_cohort(
        &app,
        &admin,
        &[("capacity", "1"), ("enrolment_key", "Wisn-2027")],
    )
    .await;
    let kofi = app.demo_client("kofi.mensah@example.org").await;
    let hana = app.demo_client("hana.yusuf@example.org").await;
    let omar = app.demo_client("omar.almasri@example.org").await;

    // Without the right key: a clear message, no enrolment.
    let response = app
        .submit(
            &kofi,
            COURSE,
            "/api/enrol",
            &[("cohort_id", &id.to_string()), ("key", "guess")],
        )
        .await;
    let (_, page) = app.follow(&kofi, response).await;
    assert!(page.contains("That enrolment key is not right."));
    assert_eq!(
        enrolment_status(&app, "kofi.mensah@example.org", id).await,
        "none"
    );

    // The key ignores case and spaces; the one place is taken.
    assert_eq!(
        enrol(&app, &kofi, id, " wisn-2027 ").await,
        format!("{COURSE}?enrolled=1")
    );
    // Then the cohort is full: the others queue in order.
    assert_eq!(
        enrol(&app, &hana, id, "WISN-2027").await,
        format!("{COURSE}?waiting=1")
    );
    assert_eq!(
        enrol(&app, &omar, id, "wisn-2027").await,
        format!("{COURSE}?waiting=2")
    );
    assert_eq!(
        enrol(&app, &omar, id, "wisn-2027").await,
        format!("{COURSE}?waiting=2")
    );
    let course = app.page(&hana, &format!("{COURSE}?waiting=1")).await;
    assert!(course.contains("you are on its waiting list, number 1"));
    assert!(app
        .page(&hana, "/")
        .await
        .contains("you are number 1 on the waiting list."));

    // Kofi makes progress, then is withdrawn: Hana takes the place.
    let lesson = app
        .scalar("SELECT id FROM lessons WHERE slug = 'why-a-situation-analysis'")
        .await
        .to_string();
    app.submit(
        &kofi,
        FIRST_LESSON,
        "/api/complete_lesson",
        &[("lesson_id", &lesson)],
    )
    .await;
    let kofi_enrolment = app
        .scalar(&format!(
            "SELECT e.id FROM enrolments e JOIN users u ON u.id = e.user_id
             WHERE u.email = 'kofi.mensah@example.org' AND e.cohort_id = {id}"
        ))
        .await
        .to_string();
    let participants = format!("/admin/cohorts/{id}/participants");
    let response = app
        .submit(
            &admin,
            &participants,
            "/api/withdraw_enrolment",
            &[("enrolment_id", &kofi_enrolment)],
        )
        .await;
    assert_eq!(
        location(&response),
        format!("{participants}?done=withdrawn")
    );
    assert_eq!(
        enrolment_status(&app, "kofi.mensah@example.org", id).await,
        "withdrawn"
    );
    assert_eq!(
        enrolment_status(&app, "hana.yusuf@example.org", id).await,
        "active"
    );
    let home = app.page(&hana, "/").await;
    assert!(home.contains("A place opened up: you were enrolled from the waiting list."));
    assert!(app
        .page(&omar, "/")
        .await
        .contains("you are number 1 on the waiting list."));
    // A withdrawn participant no longer reads the course.
    assert!(app
        .page(&kofi, FIRST_LESSON)
        .await
        .contains("Enrol in a cohort of the course to read it."));

    // Reinstating needs a free place.
    let response = app
        .submit(
            &admin,
            &participants,
            "/api/reinstate_enrolment",
            &[("enrolment_id", &kofi_enrolment)],
        )
        .await;
    let (_, page) = app.follow(&admin, response).await;
    assert!(page.contains("The cohort is full: all 1 places are taken."));

    // Raising the capacity enrols the waiting list; then Kofi is
    // reinstated with his progress.
    let cohort_id = id.to_string();
    let mut fields = cohort_fields(&[("capacity", "3"), ("enrolment_key", "Wisn-2027")]);
    fields.push(("cohort_id", &cohort_id));
    app.submit(
        &admin,
        &format!("/admin/cohorts/{id}"),
        "/api/update_cohort",
        &fields,
    )
    .await;
    assert_eq!(
        enrolment_status(&app, "omar.almasri@example.org", id).await,
        "active"
    );
    app.submit(
        &admin,
        &participants,
        "/api/reinstate_enrolment",
        &[("enrolment_id", &kofi_enrolment)],
    )
    .await;
    assert_eq!(
        enrolment_status(&app, "kofi.mensah@example.org", id).await,
        "active"
    );
    assert!(app
        .page(&kofi, FIRST_LESSON)
        .await
        .contains("You have completed this lesson."));

    // The capacity cannot go below the number enrolled.
    let mut fields = cohort_fields(&[("capacity", "2")]);
    fields.push(("cohort_id", &cohort_id));
    let response = app
        .submit(
            &admin,
            &format!("/admin/cohorts/{id}"),
            "/api/update_cohort",
            &fields,
        )
        .await;
    let (_, page) = app.follow(&admin, response).await;
    assert!(page.contains("3 participants are enrolled already"));
    let list = app.page(&admin, &participants).await;
    assert!(list.contains("3 of 3 places taken."));
    assert!(list.contains("from the waiting list"));
}

#[tokio::test]
async fn administrators_enrol_existing_accounts_by_email() {
    let app = spawn_demo_app().await;
    let admin = app.demo_client(ADMIN).await;
    let id = create_cohort(&app, &admin, &[("enrolment_open", "")]).await;
    let participants = format!("/admin/cohorts/{id}/participants");
    let cohort_id = id.to_string();

    let response = app
        .submit(
            &admin,
            &participants,
            "/api/enrol_by_email",
            &[("cohort_id", &cohort_id), ("email", "nobody@example.org")],
        )
        .await;
    let (_, page) = app.follow(&admin, response).await;
    assert!(page.contains("No account uses this email."));
    assert!(
        page.contains("value=\"nobody@example.org\""),
        "the email is kept"
    );

    // Enrolment is closed to participants, not to administrators.
    for expected in ["enrolled", "already"] {
        let response = app
            .submit(
                &admin,
                &participants,
                "/api/enrol_by_email",
                &[
                    ("cohort_id", &cohort_id),
                    ("email", " Priya.Sharma@example.org "),
                ],
            )
            .await;
        assert_eq!(
            location(&response),
            format!("{participants}?done={expected}")
        );
    }
    let list = app.page(&admin, &participants).await;
    assert!(list.contains("priya.sharma@example.org") && list.contains("by an administrator"));
    let kofi = app.demo_client("kofi.mensah@example.org").await;
    let response = app
        .submit(&kofi, COURSE, "/api/enrol", &[("cohort_id", &cohort_id)])
        .await;
    let (_, page) = app.follow(&kofi, response).await;
    assert!(page.contains("Enrolment in this cohort is closed."));
}

pub(crate) async fn upload_roster(
    app: &TestApp,
    client: &Client,
    cohort: i64,
    file: &[u8],
) -> reqwest::Response {
    let form = reqwest::multipart::Form::new().part(
        "file",
        reqwest::multipart::Part::bytes(file.to_vec())
            .file_name("nominations.csv")
            .mime_str("text/csv")
            .expect("mime"),
    );
    client
        .post(app.url(&format!("/admin/cohorts/{cohort}/roster")))
        .header(ACCEPT, "text/html")
        .header(
            REFERER,
            app.url(&format!("/admin/cohorts/{cohort}/participants")),
        )
        .multipart(form)
        .send()
        .await
        .expect("upload")
}

/// A spreadsheet exported the French way: BOM, semicolons, CRLF.
const ROSTER: &str = "\u{feff}Nom complet;Courriel;Pays;Profession;Langue;Groupe\r\n\
    Aïssatou Bâ;aissatou.ba@example.org;SN;Nurse;fr;Set A\r\n\
    ليلى الخطيب;layla.khatib@example.org;JO;planner;ar;Set B\r\n\
    Aminata Diallo;aminata.diallo@example.org;ML;health-manager;fr;\r\n\
    Kofi Mensah;kofi.mensah@example.org;GH;hr-officer;en;Set A\r\n\
    Sans Courriel;;SN;nurse;fr;\r\n";

#[tokio::test]
async fn a_roster_file_is_previewed_then_confirmed_once_with_set_password_links() {
    let app = spawn_demo_app().await;
    let admin = app.demo_client(ADMIN).await;
    let cohort = app.scalar("SELECT id FROM cohorts").await;
    let users_before = app.scalar("SELECT COUNT(*) FROM users").await;

    let response = upload_roster(&app, &admin, cohort, ROSTER.as_bytes()).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let preview_path = location(&response);
    assert!(preview_path.starts_with("/admin/roster/"));
    let preview = app.page(&admin, &preview_path).await;
    for expected in [
        "5 rows: 2 new accounts, 1 existing accounts to enrol, 1 unchanged, 1 with errors.",
        "Aïssatou Bâ",
        "ليلى الخطيب",
        "New account, will be enrolled",
        "Existing account, will be enrolled",
        "Already enrolled: no change",
        "Error: Email: Enter your email address.",
        "<td>6</td>",
    ] {
        assert!(preview.contains(expected), "preview shows {expected}");
    }
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM users").await,
        users_before,
        "nothing changes before confirming"
    );

    let upload_id = preview_path
        .trim_start_matches("/admin/roster/")
        .to_string();
    let response = app
        .submit(
            &admin,
            &preview_path,
            "/api/confirm_roster",
            &[("upload_id", &upload_id)],
        )
        .await;
    assert_eq!(location(&response), format!("{preview_path}?confirmed=1"));
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM users").await,
        users_before + 2
    );
    assert_eq!(
        app.scalar(&format!(
            "SELECT COUNT(*) FROM enrolments WHERE cohort_id = {cohort} AND source = 'roster'"
        ))
        .await,
        3
    );
    let (language, set): (String, Option<String>) = sqlx::query_as(
        "SELECT u.language, e.requested_set FROM users u JOIN enrolments e ON e.user_id = u.id
         WHERE u.email = 'layla.khatib@example.org'",
    )
    .fetch_one(&app.pool)
    .await
    .expect("new account");
    assert_eq!((language.as_str(), set.as_deref()), ("ar", Some("Set B")));

    // Each newcomer was emailed a set-password link, in their language.
    let invitations: Vec<(String, String, String)> = sqlx::query_as(
        "SELECT to_address, language, body_text FROM outbox WHERE kind = 'invitation'
         ORDER BY to_address",
    )
    .fetch_all(&app.pool)
    .await
    .expect("invitations");
    let addressed: Vec<(&str, &str)> = invitations
        .iter()
        .map(|(to, language, _)| (to.as_str(), language.as_str()))
        .collect();
    assert_eq!(
        addressed,
        [
            ("aissatou.ba@example.org", "fr"),
            ("layla.khatib@example.org", "ar")
        ]
    );
    let emailed = invitations[0]
        .2
        .split("/set-password/")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .expect("a link")
        .to_string();
    let emailed_path = format!("/set-password/{emailed}");
    assert!(app
        .page(&new_client(), &emailed_path)
        .await
        .contains("Aïssatou Bâ"));

    // The same file again changes nothing.
    let response = upload_roster(&app, &admin, cohort, ROSTER.as_bytes()).await;
    let again = app.page(&admin, &location(&response)).await;
    assert!(again.contains(
        "5 rows: 0 new accounts, 0 existing accounts to enrol, 4 unchanged, 1 with errors."
    ));
    assert!(again.contains("Nothing to enrol from this file."));

    // The links spreadsheet: one working link per new account.
    let links = admin
        .post(app.url(&format!("/admin/roster/{upload_id}/links.csv")))
        .send()
        .await
        .expect("links");
    assert_eq!(links.status(), StatusCode::OK);
    assert!(links.headers()[CONTENT_DISPOSITION]
        .to_str()
        .expect("header")
        .contains("attachment"));
    let csv = links.text().await.expect("csv");
    assert_eq!(csv.lines().count(), 3, "header and two links: {csv}");
    let line = csv
        .lines()
        .find(|l| l.contains("aissatou.ba@example.org"))
        .expect("link");
    let token = line
        .rsplit("/set-password/")
        .next()
        .expect("token")
        .trim()
        .to_string();
    let page = app
        .page(&new_client(), &format!("/set-password/{token}"))
        .await;
    assert!(page.contains("Welcome, Aïssatou Bâ."));
    // The spreadsheet's links replace the emailed ones, as its page says.
    assert!(app
        .page(&new_client(), &emailed_path)
        .await
        .contains("This link does not work"));

    // The account cannot log in before a password is set.
    let newcomer = new_client();
    let response = app.login(&newcomer, "aissatou.ba@example.org", "").await;
    assert_ne!(location(&response), "/");
    let path = format!("/set-password/{token}");
    let response = app
        .submit(
            &newcomer,
            &path,
            "/api/set_password_by_link",
            &[("token", &token), ("password", "short")],
        )
        .await;
    let (_, page) = app.follow(&newcomer, response).await;
    assert!(page.contains("Use at least 8 characters"));
    let response = app
        .submit(
            &newcomer,
            &path,
            "/api/set_password_by_link",
            &[("token", &token), ("password", "a new long password")],
        )
        .await;
    assert_eq!(location(&response), "/?welcome=1");
    let home = app.page(&newcomer, "/?welcome=1").await;
    assert!(home.contains("Your password is set and you are logged in."));
    assert!(home.contains("Cohort: 2027 spring cohort"));

    // The link works once.
    let page = app.page(&new_client(), &path).await;
    assert!(page.contains("This link does not work any more"));
    let response = app
        .submit(
            &new_client(),
            &path,
            "/api/set_password_by_link",
            &[("token", &token), ("password", "another long password")],
        )
        .await;
    let (_, page) = app.follow(&new_client(), response).await;
    assert!(page.contains("This link does not work any more"));
    let again = new_client();
    assert_eq!(
        location(
            &app.login(&again, "aissatou.ba@example.org", "a new long password")
                .await
        ),
        "/"
    );

    // Only administrators upload or download links.
    let tutor = app.demo_client("kwame.asante@example.org").await;
    let response = upload_roster(&app, &tutor, cohort, ROSTER.as_bytes()).await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    let response = tutor
        .post(app.url(&format!("/admin/roster/{upload_id}/links.csv")))
        .send()
        .await
        .expect("links");
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    let response = app
        .call(&tutor, "/api/roster_preview", &[("upload_id", &upload_id)])
        .await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn bad_roster_files_get_a_clear_message() {
    let app = spawn_demo_app().await;
    let admin = app.demo_client(ADMIN).await;
    let cohort = app.scalar("SELECT id FROM cohorts").await;
    let participants = format!("/admin/cohorts/{cohort}/participants");

    let response = upload_roster(&app, &admin, cohort, b"").await;
    assert_eq!(
        location(&response),
        format!("{participants}?upload=empty#upload")
    );
    assert!(app
        .page(&admin, &format!("{participants}?upload=empty"))
        .await
        .contains("Choose a CSV file to upload."));
    let response = upload_roster(&app, &admin, cohort, b"name,email\n\xff\xfe bad bytes\n").await;
    assert_eq!(
        location(&response),
        format!("{participants}?upload=not-utf8#upload")
    );

    let response = upload_roster(&app, &admin, cohort, b"name;country\nAma;GH\n").await;
    let preview = app.page(&admin, &location(&response)).await;
    assert!(preview.contains("The header row has no column for: email, profession or cadre."));
    assert!(preview.contains("Nothing to enrol from this file."));

    // More rows than places: refused as a whole.
    let mut big = String::from("name,email,country,cadre\n");
    for i in 0..40 {
        big.push_str(&format!("Person {i},person{i}@example.org,GH,nurse\n"));
    }
    let response = upload_roster(&app, &admin, cohort, big.as_bytes()).await;
    let path = location(&response);
    let preview = app.page(&admin, &path).await;
    assert!(preview.contains(
        "This file would enrol 40 more participants, but only 27 of 30 places are left."
    ));
    let upload_id = path.trim_start_matches("/admin/roster/").to_string();
    let response = app
        .submit(
            &admin,
            &path,
            "/api/confirm_roster",
            &[("upload_id", &upload_id)],
        )
        .await;
    let (_, page) = app.follow(&admin, response).await;
    assert!(page.contains("only 27 of 30 places are left"));
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM users WHERE email LIKE 'person%'")
            .await,
        0
    );
}

#[tokio::test]
async fn the_progress_report_is_for_the_cohorts_tutors_and_administrators() {
    let app = spawn_demo_app().await;
    let cohort = app.scalar("SELECT id FROM cohorts").await;
    let path = format!("/cohorts/{cohort}/progress");
    // Chinedu enrolled long ago and has done nothing since.
    sqlx::query(
        "UPDATE cohorts SET starts_on = '2026-01-05', at_risk_days = 7;
         UPDATE enrolments SET enrolled_at = '2026-01-05 08:00:00'
         WHERE user_id = (SELECT id FROM users WHERE email = 'chinedu.okafor@example.org');
         UPDATE posts SET created_at = '2026-01-06 09:30:00'
         WHERE author_id = (SELECT id FROM users WHERE email = 'chinedu.okafor@example.org')",
    )
    .execute(&app.pool)
    .await
    .expect("backdate");

    let tutor = app.demo_client("kwame.asante@example.org").await;
    let report = app.page(&tutor, &path).await;
    for expected in [
        "Aminata Diallo",
        "Chinedu Okafor",
        "Layla Haddad",
        "2/3",
        "quiz –",
        "3 participants; 1 at risk (no activity for more than 7 days).",
        "<svg",
        "0 of 3",
    ] {
        assert!(report.contains(expected), "report shows {expected}");
    }
    let chinedu_row = report
        .split("<tr")
        .find(|row| row.contains("Chinedu Okafor"))
        .expect("row");
    assert!(chinedu_row.contains("At risk"));
    assert!(
        chinedu_row.contains("2026-01-06 09:30:00"),
        "his question in the set is his last activity"
    );

    let filtered = app
        .page(&tutor, &format!("{path}?country=JO&sort=-progress"))
        .await;
    assert!(filtered.contains("Layla Haddad") && !filtered.contains("Aminata Diallo"));

    let csv = app
        .get(
            &tutor,
            &format!("/cohorts/{cohort}/progress.csv?sort=-progress"),
        )
        .await;
    assert_eq!(csv.status(), StatusCode::OK);
    assert!(csv.headers()[CONTENT_TYPE]
        .to_str()
        .expect("type")
        .starts_with("text/csv"));
    let csv = csv.text().await.expect("csv");
    let mut lines = csv.lines();
    assert!(lines
        .next()
        .expect("header")
        .starts_with("Full name,Email,Country,Progress %"));
    assert!(
        lines.next().expect("first").starts_with("Aminata Diallo,"),
        "most progress first"
    );

    // Everyone else: not found, or asked to log in.
    let home = app.page(&tutor, "/").await;
    assert!(
        home.contains(&format!("/cohorts/{cohort}/progress")),
        "linked from the tutor's home"
    );
    for email in ["fatou.ndiaye@example.org", "aminata.diallo@example.org"] {
        let client = app.demo_client(email).await;
        assert_eq!(
            app.get(&client, &path).await.status(),
            StatusCode::NOT_FOUND,
            "{email}"
        );
        let csv = app
            .get(&client, &format!("/cohorts/{cohort}/progress.csv"))
            .await;
        assert_eq!(csv.status(), StatusCode::NOT_FOUND, "{email}");
        let cohort_id = cohort.to_string();
        let response = app
            .call(
                &client,
                "/api/progress_report",
                &[("cohort_id", &cohort_id)],
            )
            .await;
        assert_eq!(response.status(), StatusCode::NOT_FOUND, "{email}");
    }
    let visitor = new_client();
    assert!(location(&app.get(&visitor, &path).await).starts_with("/login?next="));
    assert!(location(
        &app.get(&visitor, &format!("/cohorts/{cohort}/progress.csv"))
            .await
    )
    .starts_with("/login?next="));
    let admin = app.demo_client(ADMIN).await;
    assert_eq!(app.get(&admin, &path).await.status(), StatusCode::OK);
}

#[tokio::test]
async fn an_ended_cohort_is_read_only_for_its_participants() {
    let app = spawn_demo_app().await;
    sqlx::query("UPDATE cohorts SET starts_on = '2025-01-06', ends_on = '2025-03-28'")
        .execute(&app.pool)
        .await
        .expect("end the cohort");
    let aminata = app.demo_client("aminata.diallo@example.org").await;
    let lesson = app.page(&aminata, FIRST_LESSON).await;
    assert!(lesson.contains("lesson-body"), "still readable");
    assert!(lesson.contains("Your cohort ended on 28 March 2025"));
    assert!(!lesson.contains("Mark as complete"));
    let third = app
        .scalar("SELECT id FROM lessons ORDER BY id LIMIT 1 OFFSET 2")
        .await
        .to_string();
    let before = app.scalar("SELECT COUNT(*) FROM lesson_completions").await;
    let response = app
        .submit(
            &aminata,
            FIRST_LESSON,
            "/api/complete_lesson",
            &[("lesson_id", &third)],
        )
        .await;
    let (_, page) = app.follow(&aminata, response).await;
    assert!(page.contains("Your cohort ended on 28 March 2025: the course is read-only now."));
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM lesson_completions").await,
        before
    );
    assert!(app
        .page(&aminata, "/")
        .await
        .contains("Your cohort has ended: the course is read-only."));
}
