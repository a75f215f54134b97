//! The authorisation matrix: every server function and every page against
//! every kind of caller, each cell run against the real server.
//!
//! One fixture (the demo data plus a second set, a second cohort, a quiz
//! attempt, a certificate, a roster upload…) is built once and copied, so
//! that each cell starts from the same database: a call that changes things
//! cannot change the next cell's answer. A server function or page without a
//! row fails the test, and so does a row for one that no longer exists.

use crate::helpers::{
    day, location, new_client, spawn_demo_app, test_settings, TestApp, DEMO_PASSWORD,
};
use reqwest::header::{ACCEPT, ORIGIN, REFERER};
use reqwest::{Client, Response, StatusCode};
use server::startup::Application;
use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;
use tempfile::TempDir;

/// The kinds of caller, in the order of the matrix's columns.
const CALLERS: [Caller; 12] = [
    Caller::Anonymous,
    Caller::NotEnrolled,
    Caller::Enrolled,
    Caller::OtherSetMember,
    Caller::OtherCohortTutor,
    Caller::CohortTutor,
    Caller::Administrator,
    Caller::Deactivated,
    Caller::DemotedTutor,
    Caller::RemovedTutor,
    Caller::Withdrawn,
    Caller::Reactivated,
];

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Caller {
    Anonymous,
    /// Priya: a participant with no enrolment.
    NotEnrolled,
    /// Aminata: enrolled in the cohort, member of Set A, holds the certificate.
    Enrolled,
    /// Rahim: enrolled in the same cohort, member of Set B.
    OtherSetMember,
    /// Fatou: tutor of another cohort of the same course.
    OtherCohortTutor,
    /// Kwame: tutor of the cohort and of both its sets.
    CohortTutor,
    Administrator,
    /// Chinedu: a member of Set A whose account was deactivated after he
    /// signed in.
    Deactivated,
    /// Omar: a tutor of the cohort, demoted to participant after he signed
    /// in (his `cohort_tutors` row stays: only his current role counts).
    DemotedTutor,
    /// Yaw: a tutor, tutor of the cohort and of Set Y, removed from the
    /// cohort after he signed in.
    RemovedTutor,
    /// Mariam: placed in Set A, then withdrawn from the cohort by an
    /// administrator.
    Withdrawn,
    /// Layla: a member of Set A whose account was deactivated and
    /// reactivated after she signed in; her old session is no longer one.
    Reactivated,
}

impl Caller {
    fn email(self) -> Option<&'static str> {
        match self {
            Caller::Anonymous => None,
            Caller::NotEnrolled => Some("priya.sharma@example.org"),
            Caller::Enrolled => Some("aminata.diallo@example.org"),
            Caller::OtherSetMember => Some("rahim.uddin@example.org"),
            Caller::OtherCohortTutor => Some("fatou.ndiaye@example.org"),
            Caller::CohortTutor => Some("kwame.asante@example.org"),
            Caller::Administrator => Some("admin@example.org"),
            Caller::Deactivated => Some("chinedu.okafor@example.org"),
            Caller::DemotedTutor => Some("omar.almasri@example.org"),
            Caller::RemovedTutor => Some(YAW),
            Caller::Withdrawn => Some("mariam.traore@example.org"),
            Caller::Reactivated => Some("layla.haddad@example.org"),
        }
    }
}

/// The one caller the demo data has no account for: registered by the fixture.
const YAW: &str = "yaw.boateng@example.org";

/// What a caller got.
/// `Y`: it was done or shown (2xx, or a redirect elsewhere than the login page);
/// `n`: refused in words, as the page shows it (400 with a reason or field errors);
/// `-`: denied (401, 403, 404, or sent to the login page).
fn outcome_of(status: StatusCode, to: &str, body: &str) -> Result<char, String> {
    match status.as_u16() {
        200..=299 => Ok('Y'),
        300..=399 if to.starts_with("/login") => Ok('-'),
        300..=399 => Ok('Y'),
        401 | 403 | 404 => Ok('-'),
        400 if body.starts_with("{\"Request\"") => {
            Err(format!("the row's fields do not fit: {body}"))
        }
        400 => Ok('n'),
        _ => Err(format!("{status}: {body}")),
    }
}

/// A form's fields: (name, value).
type Fields = &'static [(&'static str, &'static str)];

/// Server functions: (path, fields, expected outcome per caller in the
/// order of `CALLERS`). `{name}` in a field is the fixture's id of that name.
#[rustfmt::skip]
const SERVER_FUNCTIONS: &[(&str, Fields, &str)] = &[
    // Accounts: public, or the caller's own account.
    ("/api/current_user", &[], "YYYYYYYYYYYY"),
    ("/api/register", &[("full_name", "New Person"), ("email", "new.person@example.org"), ("country", "GH"), ("cadre", "nurse"), ("language", "en"), ("password", "a long enough password")], "YYYYYYYYYYYY"),
    ("/api/login", &[("email", "nobody@example.org"), ("password", "a long enough password")], "nnnnnnnnnnnn"),
    ("/api/logout", &[], "YYYYYYYYYYYY"),
    ("/api/request_password_reset", &[("email", "nobody@example.org")], "YYYYYYYYYYYY"),
    ("/api/preferences", &[("language", "fr"), ("light", "on")], "YYYYYYYYYYYY"),
    ("/api/my_profile", &[], "-YYYYYY-YYY-"),
    ("/api/update_profile", &[("full_name", "Same Person"), ("country", "GH"), ("cadre", "nurse"), ("language", "en")], "-YYYYYY-YYY-"),
    ("/api/my_sign_ins", &[], "-YYYYYY-YYY-"),
    // Aminata's older sign-in: only she may end it.
    ("/api/end_sign_in", &[("sign_in_id", "{aminata_sign_in}")], "--Y---------"),
    ("/api/end_other_sign_ins", &[], "-YYYYYY-YYY-"),
    ("/api/change_password", &[("current_password", DEMO_PASSWORD), ("new_password", "another long password"), ("confirm_password", "another long password")], "-YYYYYY-YYY-"),
    // Administration of people and the audit log.
    ("/api/list_users", &[("search", "")], "------Y-----"),
    ("/api/change_role", &[("user_id", "{kofi}"), ("role", "tutor")], "------Y-----"),
    ("/api/set_user_active", &[("user_id", "{kofi}"), ("active", "false")], "------Y-----"),
    ("/api/audit_log", &[], "------Y-----"),
    ("/api/outbox", &[], "------Y-----"),
    // No such message: refused in words to administrators (mail.rs sends one again).
    ("/api/resend_message", &[("message_id", "999999")], "------n-----"),
    // Authoring.
    ("/api/admin_courses", &[], "------Y-----"),
    ("/api/create_course", &[("title", "Another course"), ("slug", "another-course"), ("summary", "A summary."), ("language", "en"), ("estimated_hours", "4")], "------Y-----"),
    ("/api/course_editor", &[("course_id", "{course}")], "------Y-----"),
    ("/api/update_course", &[("course_id", "{course}"), ("title", "HRH planning"), ("slug", "{course_slug}"), ("summary", "A summary."), ("language", "en"), ("estimated_hours", "12")], "------Y-----"),
    ("/api/publish_course", &[("course_id", "{course}"), ("published", "true")], "------Y-----"),
    ("/api/create_module", &[("course_id", "{course}"), ("title", "Another module"), ("slug", "another-module"), ("objectives", "")], "------Y-----"),
    ("/api/module_editor", &[("module_id", "{module}")], "------Y-----"),
    ("/api/update_module", &[("module_id", "{module}"), ("title", "Situation analysis"), ("slug", "{module_slug}"), ("objectives", "")], "------Y-----"),
    ("/api/move_module", &[("module_id", "{module}"), ("direction", "down")], "------Y-----"),
    ("/api/delete_module", &[("module_id", "{module}"), ("confirmed", "yes")], "------Y-----"),
    ("/api/create_lesson", &[("module_id", "{module}"), ("title", "Another lesson")], "------Y-----"),
    ("/api/lesson_editor", &[("lesson_id", "{lesson}")], "------Y-----"),
    ("/api/update_lesson", &[("lesson_id", "{lesson}"), ("title", "Why a situation analysis"), ("slug", "{lesson_slug}"), ("estimated_minutes", "10"), ("body", "Text.")], "------Y-----"),
    ("/api/delete_lesson", &[("lesson_id", "{lesson}"), ("confirmed", "yes")], "------Y-----"),
    ("/api/move_lesson", &[("lesson_id", "{lesson}"), ("direction", "down")], "------Y-----"),
    ("/api/preview_lesson", &[("body", "Some *text*.")], "------Y-----"),
    ("/api/quiz_source", &[("module_id", "{quiz_module}")], "------Y-----"),
    ("/api/save_quiz", &[("module_id", "{quiz_module}"), ("source", "not a quiz")], "------n-----"),
    ("/api/delete_quiz", &[("module_id", "{quiz_module}")], "------n-----"),
    // Reading and progress.
    ("/api/catalogue", &[], "YYYYYYYYYYYY"),
    ("/api/course_outline", &[("slug", "{course_slug}")], "YYYYYYYYYYYY"),
    // Someone signed in but not enrolled is offered enrolment, not the text.
    ("/api/lesson", &[("course", "{course_slug}"), ("module", "{module_slug}"), ("lesson", "{lesson_slug}")], "-YYYYYY-YYY-"),
    // Enrolling twice changes nothing and is not an error; a participant
    // withdrawn by staff is refused.
    ("/api/enrol", &[("cohort_id", "{cohort}")], "-YYYYYY-YYn-"),
    ("/api/complete_lesson", &[("lesson_id", "{lesson}")], "-nYYnnn-nnn-"),
    ("/api/home", &[], "YYYYYYYYYYYY"),
    // Quizzes.
    ("/api/quiz_overview", &[("quiz_id", "{quiz}")], "--YYYYY-----"),
    ("/api/start_attempt", &[("quiz_id", "{quiz}")], "--YYnnn-----"),
    ("/api/attempt_form", &[("attempt_id", "{open_attempt}")], "--Y---------"),
    ("/api/submit_attempt", &[("attempt_id", "{open_attempt}")], "--Y---------"),
    ("/api/attempt_result", &[("attempt_id", "{done_attempt}")], "--Y---------"),
    ("/api/quiz_report", &[("quiz_id", "{quiz}"), ("cohort_id", "{cohort}")], "-----YY-----"),
    // Cohorts and enrolment.
    ("/api/create_cohort", &[("course_id", "{course}"), ("name", "2028 cohort"), ("starts_on", "2028-01-10"), ("ends_on", "2028-03-10"), ("capacity", "20"), ("enrolment_key", ""), ("language", "en"), ("at_risk_days", "")], "------Y-----"),
    ("/api/update_cohort", &[("cohort_id", "{cohort}"), ("name", "2027 spring cohort"), ("starts_on", "2027-03-01"), ("ends_on", "2027-05-31"), ("enrolment_open", "on"), ("capacity", "30"), ("enrolment_key", ""), ("language", "en"), ("at_risk_days", "")], "------Y-----"),
    ("/api/set_cohort_open", &[("cohort_id", "{cohort}"), ("open", "false")], "------Y-----"),
    ("/api/cohort_admin", &[("cohort_id", "{cohort}")], "------Y-----"),
    ("/api/assign_tutor", &[("cohort_id", "{cohort}"), ("user_id", "{fatou}")], "------Y-----"),
    ("/api/remove_tutor", &[("cohort_id", "{cohort}"), ("user_id", "{kwame}")], "------Y-----"),
    ("/api/participants", &[("cohort_id", "{cohort}")], "------Y-----"),
    ("/api/enrol_by_email", &[("cohort_id", "{cohort}"), ("email", "kofi.mensah@example.org")], "------Y-----"),
    ("/api/withdraw_enrolment", &[("enrolment_id", "{enrolment}")], "------Y-----"),
    ("/api/reinstate_enrolment", &[("enrolment_id", "{withdrawn}")], "------Y-----"),
    ("/api/roster_preview", &[("upload_id", "{upload}")], "------Y-----"),
    ("/api/confirm_roster", &[("upload_id", "{upload}")], "------Y-----"),
    ("/api/progress_report", &[("cohort_id", "{cohort}")], "-----YY-----"),
    ("/api/leave_waiting_list", &[("cohort_id", "{cohort}")], "-YYYYYY-YYY-"),
    ("/api/password_link", &[("token", "{token}")], "YYYYYYYYYYYY"),
    ("/api/set_password_by_link", &[("token", "{token}"), ("password", "a long enough password")], "YYYYYYYYYYYY"),
    // Certificates.
    ("/api/certificate", &[("code", "{code}")], "--Y--YY-----"),
    ("/api/verify_certificate", &[("code", "{code}")], "YYYYYYYYYYYY"),
    ("/api/cohort_certificates", &[("cohort_id", "{cohort}")], "-----YY-----"),
    ("/api/approve_completion", &[("enrolment_id", "{enrolment}")], "-----YY-----"),
    ("/api/issue_certificate", &[("enrolment_id", "{rahim_enrolment}"), ("note", "Completed on paper.")], "------Y-----"),
    ("/api/revoke_certificate", &[("certificate_id", "{certificate}"), ("reason_text", "Issued in error.")], "------Y-----"),
    ("/api/request_name_correction", &[("code", "{code}"), ("requested_name", "Aminata B. Diallo"), ("correction_reason", "My passport name.")], "--n--nn-----"),
    ("/api/name_corrections", &[], "------Y-----"),
    ("/api/decide_name_correction", &[("correction_id", "{correction}"), ("decision", "approve")], "------Y-----"),
    ("/api/update_certificate_rules", &[("course_id", "{course}"), ("rounds", "1")], "------Y-----"),
    // Action-learning sets: formation.
    ("/api/cohort_sets", &[("cohort_id", "{cohort}")], "-----YY-----"),
    ("/api/create_set", &[("cohort_id", "{cohort}"), ("name", "Set C"), ("tutor_id", "{kwame}")], "-----YY-----"),
    ("/api/place_member", &[("cohort_id", "{cohort}"), ("user_id", "{ibrahim}"), ("set_id", "{set_b}")], "-----YY-----"),
    ("/api/set_set_tutor", &[("cohort_id", "{cohort}"), ("set_id", "{set_b}"), ("tutor_id", "")], "-----YY-----"),
    ("/api/propose_sets", &[("cohort_id", "{cohort}")], "-----YY-----"),
    ("/api/set_proposal", &[("cohort_id", "{cohort}")], "-----YY-----"),
    ("/api/move_in_proposal", &[("cohort_id", "{cohort}"), ("user_id", "{ibrahim}"), ("to", "0")], "-----YY-----"),
    ("/api/confirm_sets", &[("cohort_id", "{cohort}")], "-----YY-----"),
    ("/api/discard_set_proposal", &[("cohort_id", "{cohort}")], "-----YY-----"),
    // Action-learning sets: rounds and discussion.
    ("/api/set", &[("set_id", "{set_a}")], "--Y--YY-----"),
    // Set Y's tutor was removed from the cohort: only an administrator sees it now.
    ("/api/set", &[("set_id", "{set_y}")], "------Y-----"),
    ("/api/open_round", &[("set_id", "{set_a}"), ("round_title", "Rotas"), ("opens_on", "{today}"), ("closes_on", "{in_two_weeks}"), ("presenters[{layla}]", "on"), ("overlap", "on")], "-----YY-----"),
    // The demo's round 1 is open at those dates: said in words unless meant.
    ("/api/open_round", &[("set_id", "{set_a}"), ("round_title", "Rotas"), ("opens_on", "{today}"), ("closes_on", "{in_two_weeks}"), ("presenters[{layla}]", "on")], "-----nn-----"),
    ("/api/close_round", &[("round_id", "{round}")], "-----YY-----"),
    ("/api/round", &[("round_id", "{round}")], "--Y--YY-----"),
    ("/api/post_challenge", &[("round_id", "{round}"), ("body", "My challenge.")], "--n--nn-----"),
    ("/api/post_question", &[("challenge_id", "{challenge}"), ("body", "What have you tried?")], "--n--YY-----"),
    ("/api/post_answer", &[("question_id", "{question}"), ("body", "Exit interviews.")], "--Y--nn-----"),
    ("/api/add_commitment", &[("challenge_id", "{challenge}"), ("action", "Interview five midwives"), ("due_on", "{in_two_weeks}")], "--Y--nn-----"),
    ("/api/report_back", &[("commitment_id", "{commitment}"), ("round_id", "{round2}"), ("outcome", "done"), ("body", "I interviewed five.")], "--Y--nn-----"),
    ("/api/start_thread", &[("set_id", "{set_a}"), ("title", "Rotas"), ("body", "How do you plan rotas?")], "--Y--YY-----"),
    ("/api/thread", &[("thread_id", "{thread}")], "--Y--YY-----"),
    ("/api/reply", &[("thread_id", "{thread}"), ("body", "With the WISN numbers.")], "--Y--YY-----"),
    ("/api/set_thread_flags", &[("thread_id", "{thread}"), ("pinned", "true"), ("locked", "false")], "-----YY-----"),
    ("/api/hide_post", &[("post_id", "{challenge}"), ("reason", "Names a patient.")], "-----YY-----"),
    ("/api/restore_post", &[("post_id", "{hidden}")], "-----YY-----"),
    // Editing is moderation: the earlier text is kept in `post_edits`.
    ("/api/edit_post", &[("post_id", "{challenge}"), ("body", "My challenge, edited.")], "-----YY-----"),
    ("/api/flag_post", &[("post_id", "{question}"), ("reason", "Off topic.")], "--Y--YY-----"),
    ("/api/resolve_flag", &[("flag_id", "{flag}")], "-----YY-----"),
    ("/api/moderation", &[], "----YYY--Y--"),
    // Notifications: the caller's own, or a signed link's.
    ("/api/whats_new", &[], "-YYYYYY-YYY-"),
    ("/api/unread_notices", &[], "YYYYYYYYYYYY"),
    ("/api/mark_notices_read", &[], "-YYYYYY-YYY-"),
    ("/api/notification_settings", &[], "-YYYYYY-YYY-"),
    ("/api/set_notification_preferences", &[("enrolment", "immediate"), ("set_activity", "weekly"), ("commitments", "daily"), ("certificates", "immediate"), ("tutor_messages", "off")], "-YYYYYY-YYY-"),
    ("/api/set_notification_preferences", &[("enrolment", "sometimes"), ("set_activity", "weekly"), ("commitments", "daily"), ("certificates", "immediate"), ("tutor_messages", "off")], "-nnnnnn-nnn-"),
    ("/api/reset_calendar_link", &[], "-YYYYYY-YYY-"),
    ("/api/unsubscription", &[("token", "{unsubscribe}")], "YYYYYYYYYYYY"),
    ("/api/unsubscription", &[("token", "1.set-activity.0000")], "------------"),
    ("/api/send_reminder", &[("cohort_id", "{cohort}"), ("message", "Keep going."), ("participants[{aminata}]", "on")], "-----YY-----"),
    ("/api/send_reminder", &[("cohort_id", "{cohort}"), ("message", "Keep going.")], "-----nn-----"),
];

/// Pages and downloads: (method, route as the router knows it, path,
/// expected outcome per caller).
#[rustfmt::skip]
const PAGES: &[(&str, &str, &str, &str)] = &[
    ("GET", "/", "/", "YYYYYYYYYYYY"),
    ("GET", "/register", "/register", "YYYYYYYYYYYY"),
    ("GET", "/login", "/login", "YYYYYYYYYYYY"),
    ("GET", "/forgot-password", "/forgot-password", "YYYYYYYYYYYY"),
    ("GET", "/account", "/account", "-YYYYYY-YYY-"),
    ("GET", "/admin/users", "/admin/users", "------Y-----"),
    ("GET", "/admin/audit", "/admin/audit", "------Y-----"),
    ("GET", "/admin/outbox", "/admin/outbox", "------Y-----"),
    ("GET", "/admin/courses", "/admin/courses", "------Y-----"),
    ("GET", "/admin/courses/{id}", "/admin/courses/{course}", "------Y-----"),
    ("GET", "/admin/modules/{id}", "/admin/modules/{module}", "------Y-----"),
    ("GET", "/admin/modules/{id}/delete", "/admin/modules/{module}/delete", "------Y-----"),
    ("GET", "/admin/modules/{id}/quiz", "/admin/modules/{quiz_module}/quiz", "------Y-----"),
    ("GET", "/admin/lessons/{id}", "/admin/lessons/{lesson}", "------Y-----"),
    ("GET", "/admin/lessons/{id}/delete", "/admin/lessons/{lesson}/delete", "------Y-----"),
    ("GET", "/admin/cohorts/{id}", "/admin/cohorts/{cohort}", "------Y-----"),
    ("GET", "/admin/cohorts/{id}/participants", "/admin/cohorts/{cohort}/participants", "------Y-----"),
    ("GET", "/admin/roster/{id}", "/admin/roster/{upload}", "------Y-----"),
    ("GET", "/cohorts/{id}/progress", "/cohorts/{cohort}/progress", "-----YY-----"),
    ("GET", "/set-password/{token}", "/set-password/{token}", "YYYYYYYYYYYY"),
    ("GET", "/cohorts/{id}/sets", "/cohorts/{cohort}/sets", "-----YY-----"),
    ("GET", "/cohorts/{id}/sets/proposal", "/cohorts/{cohort}/sets/proposal", "-----YY-----"),
    ("GET", "/sets/{id}", "/sets/{set_a}", "--Y--YY-----"),
    ("GET", "/sets/{id}", "/sets/{set_y}", "------Y-----"),
    ("GET", "/rounds/{id}", "/rounds/{round}", "--Y--YY-----"),
    ("GET", "/threads/{id}", "/threads/{thread}", "--Y--YY-----"),
    ("GET", "/moderation", "/moderation", "----YYY--Y--"),
    ("GET", "/certificates/{code}", "/certificates/{code}", "--Y--YY-----"),
    ("GET", "/verify", "/verify", "YYYYYYYYYYYY"),
    ("GET", "/verify/{code}", "/verify/{code}", "YYYYYYYYYYYY"),
    ("GET", "/cohorts/{id}/certificates", "/cohorts/{cohort}/certificates", "-----YY-----"),
    ("GET", "/admin/name-corrections", "/admin/name-corrections", "------Y-----"),
    ("GET", "/quizzes/{id}", "/quizzes/{quiz}", "--YYYYY-----"),
    ("GET", "/quizzes/{id}/report", "/quizzes/{quiz}/report?cohort={cohort}", "-----YY-----"),
    ("GET", "/attempts/{id}", "/attempts/{open_attempt}", "--Y---------"),
    ("GET", "/attempts/{id}/result", "/attempts/{done_attempt}/result", "--Y---------"),
    ("GET", "/courses", "/courses", "YYYYYYYYYYYY"),
    ("GET", "/courses/{course}", "/courses/{course_slug}", "YYYYYYYYYYYY"),
    // As `/api/lesson`: the enrolment offer for someone not enrolled.
    ("GET", "/courses/{course}/{module}/{lesson}", "/courses/{course_slug}/{module_slug}/{lesson_slug}", "-YYYYYY-YYY-"),
    // Downloads served by plain axum handlers.
    ("GET", "/cohorts/{id}/progress.csv", "/cohorts/{cohort}/progress.csv", "-----YY-----"),
    ("GET", "/certificates/{code}/certificate.pdf", "/certificates/{code}/certificate.pdf", "--Y--YY-----"),
    ("GET", "/certificates/{code}/credential.json", "/certificates/{code}/credential.json", "--Y--YY-----"),
    ("POST", "/admin/roster/{id}/links.csv", "/admin/roster/{upload}/links.csv", "------Y-----"),
    ("GET", "/unsubscribe/{token}", "/unsubscribe/{unsubscribe}", "YYYYYYYYYYYY"),
    ("GET", "/notices/{id}", "/notices/{notice}", "--Y---------"),
    ("GET", "/calendar/{token}", "/calendar/{calendar}", "YYYYYYYYYYYY"),
    ("GET", "/calendar/{token}", "/calendar/1.0.0000.ics", "------------"),
    ("POST", "/email/unsubscribe/{token}", "/email/unsubscribe/{unsubscribe}", "YYYYYYYYYYYY"),
    ("POST", "/email/unsubscribe/{token}", "/email/unsubscribe/1.set-activity.0000", "------------"),
];

/// Ids of the fixture by name, and each caller's session cookie.
struct Fixture {
    ids: HashMap<&'static str, String>,
    cookies: HashMap<Caller, String>,
    /// A consistent copy of the database and the signing key.
    template: TempDir,
}

impl Fixture {
    /// `text` with each `{name}` replaced by the fixture's id of that name.
    fn fill(&self, text: &str) -> String {
        let mut filled = text.to_string();
        for (name, id) in &self.ids {
            filled = filled.replace(&format!("{{{name}}}"), id);
        }
        assert!(!filled.contains('{'), "no fixture id for {filled}");
        filled
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_server_function_and_page_answers_each_kind_of_caller_as_the_matrix_says() {
    let registered: BTreeSet<String> = leptos::server_fn::axum::server_fn_paths()
        .map(|(path, _)| path.to_string())
        .collect();
    let listed: BTreeSet<String> = SERVER_FUNCTIONS
        .iter()
        .map(|(path, _, _)| path.to_string())
        .collect();
    assert_eq!(
        registered.difference(&listed).collect::<Vec<_>>(),
        Vec::<&String>::new(),
        "server functions without a row in the matrix"
    );
    assert_eq!(
        listed.difference(&registered).collect::<Vec<_>>(),
        Vec::<&String>::new(),
        "rows for server functions that do not exist"
    );
    let routes: BTreeSet<String> = server::startup::page_paths().into_iter().collect();
    let page_rows: BTreeSet<String> = PAGES
        .iter()
        .filter(|(_, route, _, _)| !is_download(route))
        .map(|(_, route, _, _)| route.to_string())
        .collect();
    assert_eq!(routes, page_rows, "every page route has exactly one row");

    let fixture = Arc::new(build_fixture().await);
    let mut cells = tokio::task::JoinSet::new();
    let slots = Arc::new(tokio::sync::Semaphore::new(6));
    for (index, (path, fields, _)) in SERVER_FUNCTIONS.iter().enumerate() {
        for (column, caller) in CALLERS.into_iter().enumerate() {
            let (fixture, slots) = (fixture.clone(), slots.clone());
            cells.spawn(async move {
                let _slot = slots.acquire_owned().await.expect("slot");
                let answer = call_server_function(&fixture, caller, path, fields).await;
                (false, index, column, answer)
            });
        }
    }
    for (index, (method, _, path, _)) in PAGES.iter().enumerate() {
        for (column, caller) in CALLERS.into_iter().enumerate() {
            let (fixture, slots) = (fixture.clone(), slots.clone());
            cells.spawn(async move {
                let _slot = slots.acquire_owned().await.expect("slot");
                let answer = open_page(&fixture, caller, method, path).await;
                (true, index, column, answer)
            });
        }
    }
    let mut functions = vec![[' '; 12]; SERVER_FUNCTIONS.len()];
    let mut pages = vec![[' '; 12]; PAGES.len()];
    let mut failures = Vec::new();
    while let Some(cell) = cells.join_next().await {
        let (is_page, index, column, answer) = cell.expect("cell ran");
        let (name, grid) = if is_page {
            (PAGES[index].2, &mut pages)
        } else {
            (SERVER_FUNCTIONS[index].0, &mut functions)
        };
        match answer {
            Ok(outcome) => grid[index][column] = outcome,
            Err(error) => {
                grid[index][column] = '!';
                failures.push(format!("{name} as {:?}: {error}", CALLERS[column]));
            }
        }
    }
    let mut differences = Vec::new();
    for (row, (path, _, expected)) in SERVER_FUNCTIONS.iter().enumerate() {
        let got: String = functions[row].iter().collect();
        if got != *expected {
            differences.push(format!("{path:<40} expected {expected} got {got}"));
        }
    }
    for (row, (method, _, path, expected)) in PAGES.iter().enumerate() {
        let got: String = pages[row].iter().collect();
        if got != *expected {
            differences.push(format!("{method} {path:<40} expected {expected} got {got}"));
        }
    }
    assert!(
        failures.is_empty() && differences.is_empty(),
        "columns: {CALLERS:?}\n{}\n{}",
        failures.join("\n"),
        differences.join("\n")
    );
}

/// Served by plain axum handlers rather than the page router.
fn is_download(route: &str) -> bool {
    route.ends_with(".csv")
        || route.ends_with(".pdf")
        || route.ends_with(".json")
        || ["/notices/", "/calendar/", "/email/"]
            .iter()
            .any(|prefix| route.starts_with(prefix))
}

/// The real server on a copy of the fixture's database, stopped (and its
/// database closed) when the cell is done.
struct CellServer {
    base: String,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    served: tokio::task::JoinHandle<std::io::Result<()>>,
    pool: sqlx::SqlitePool,
    _data_dir: TempDir,
}

impl CellServer {
    async fn start(fixture: &Fixture) -> CellServer {
        let data_dir = tempfile::tempdir().expect("cell dir");
        let settings = test_settings(data_dir.path());
        let template = test_settings(fixture.template.path());
        std::fs::copy(template.database_path(), settings.database_path()).expect("copy database");
        std::fs::copy(
            template.certificate_key_path(),
            settings.certificate_key_path(),
        )
        .expect("copy key");
        let application = Application::build(&settings).await.expect("cell app");
        let base = format!("http://{}", application.address().expect("address"));
        let pool = application.pool();
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let served = tokio::spawn(application.run_until(async {
            let _ = stopped.await;
        }));
        CellServer {
            base,
            stop: Some(stop),
            served,
            pool,
            _data_dir: data_dir,
        }
    }

    async fn stop(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        let _ = (&mut self.served).await;
        self.pool.close().await;
    }
}

/// A client without a cookie jar, sending the caller's session cookie.
fn request(
    server: &CellServer,
    fixture: &Fixture,
    caller: Caller,
    method: reqwest::Method,
    path: &str,
) -> reqwest::RequestBuilder {
    let client = Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client");
    let builder = client
        .request(method, format!("{}{path}", server.base))
        .header(ORIGIN, server.base.clone());
    match fixture.cookies.get(&caller) {
        Some(cookie) => builder.header(reqwest::header::COOKIE, cookie.clone()),
        None => builder,
    }
}

async fn outcome(response: Response) -> Result<char, String> {
    let status = response.status();
    let to = location(&response);
    let body = response.text().await.unwrap_or_default();
    outcome_of(status, &to, &body)
}

async fn call_server_function(
    fixture: &Fixture,
    caller: Caller,
    path: &str,
    fields: &[(&str, &str)],
) -> Result<char, String> {
    let form: Vec<(String, String)> = fields
        .iter()
        .map(|(name, value)| (fixture.fill(name), fixture.fill(value)))
        .collect();
    in_cell(fixture, caller, reqwest::Method::POST, path, |request| {
        request.form(&form)
    })
    .await
}

async fn open_page(
    fixture: &Fixture,
    caller: Caller,
    method: &str,
    path: &str,
) -> Result<char, String> {
    let method = reqwest::Method::from_bytes(method.as_bytes()).expect("method");
    in_cell(fixture, caller, method, &fixture.fill(path), |request| {
        request.header(ACCEPT, "text/html")
    })
    .await
}

/// Sends one request as `caller` to a server of its own, and says what the
/// caller got.
async fn in_cell(
    fixture: &Fixture,
    caller: Caller,
    method: reqwest::Method,
    path: &str,
    finish: impl FnOnce(reqwest::RequestBuilder) -> reqwest::RequestBuilder,
) -> Result<char, String> {
    let server = CellServer::start(fixture).await;
    let response = finish(request(&server, fixture, caller, method, path))
        .send()
        .await;
    let answer = match response {
        Ok(response) => outcome(response).await,
        Err(error) => Err(error.to_string()),
    };
    server.stop().await;
    answer
}

/// Posts a form as the page at `page` does, and insists that it worked.
async fn done(
    app: &TestApp,
    client: &Client,
    page: &str,
    action: &str,
    fields: &[(&str, &str)],
) -> String {
    let response = app.submit(client, page, action, fields).await;
    let to = location(&response);
    assert!(
        response.status() == StatusCode::FOUND && !to.contains("__err"),
        "{action} in the fixture: {} {to}",
        response.status()
    );
    to
}

async fn text(app: &TestApp, sql: &str) -> String {
    let (value,): (String,) = sqlx::query_as(sql).fetch_one(&app.pool).await.expect(sql);
    value
}

/// The demo data, plus: Rahim in Set B, Ibrahim and Hana enrolled but not
/// in a set (and in a proposal), Mariam placed in Set A then withdrawn, Omar
/// a tutor of the cohort then demoted, Yaw tutor of the cohort and of Set Y
/// then removed from the cohort, Layla deactivated and reactivated, a
/// second cohort tutored by Fatou, a commitment and a second round, a thread with a hidden reply,
/// a flag, a finished and an open quiz attempt, Aminata's certificate with a
/// pending name correction, and a confirmed roster upload.
async fn build_fixture() -> Fixture {
    let app = spawn_demo_app().await;
    let login = |email: &'static str| {
        let app = &app;
        async move { app.demo_client(email).await }
    };
    let admin = login("admin@example.org").await;
    let kwame = login("kwame.asante@example.org").await;
    let aminata = login("aminata.diallo@example.org").await;
    let layla = login("layla.haddad@example.org").await;
    let mut ids: HashMap<&'static str, String> = HashMap::new();
    let scalar = |sql: &'static str| {
        let app = &app;
        async move { app.scalar(sql).await.to_string() }
    };
    let cohort = scalar("SELECT id FROM cohorts").await;
    let course = scalar("SELECT id FROM courses").await;
    let course_page = format!("/courses/{}", text(&app, "SELECT slug FROM courses").await);

    for email in [
        "rahim.uddin@example.org",
        "ibrahim.sesay@example.org",
        "hana.yusuf@example.org",
        "mariam.traore@example.org",
    ] {
        let participant = login(email).await;
        done(
            &app,
            &participant,
            &course_page,
            "/api/enrol",
            &[("cohort_id", &cohort)],
        )
        .await;
    }
    let user = |email: &'static str| {
        let app = &app;
        async move { app.user_id(email).await.to_string() }
    };
    // Each participant of the fixture is enrolled in the one demo cohort.
    let enrolment_of = |user_id: String| {
        let app = &app;
        async move {
            sqlx::query_scalar::<_, i64>("SELECT id FROM enrolments WHERE user_id = ?")
                .bind(&user_id)
                .fetch_one(&app.pool)
                .await
                .unwrap_or_else(|error| panic!("enrolment of user {user_id}: {error}"))
        }
    };
    let kwame_id = user("kwame.asante@example.org").await;
    let fatou_id = user("fatou.ndiaye@example.org").await;
    let sets_page = format!("/cohorts/{cohort}/sets");
    done(
        &app,
        &admin,
        &sets_page,
        "/api/create_set",
        &[
            ("cohort_id", &cohort),
            ("name", "Set B"),
            ("tutor_id", &kwame_id),
        ],
    )
    .await;
    let set_b = scalar("SELECT id FROM learning_sets WHERE name = 'Set B'").await;
    let rahim = user("rahim.uddin@example.org").await;
    done(
        &app,
        &admin,
        &sets_page,
        "/api/place_member",
        &[
            ("cohort_id", &cohort),
            ("user_id", &rahim),
            ("set_id", &set_b),
        ],
    )
    .await;
    let set_a = scalar("SELECT id FROM learning_sets WHERE name = 'Set A'").await;
    let mariam = user("mariam.traore@example.org").await;
    done(
        &app,
        &admin,
        &sets_page,
        "/api/place_member",
        &[
            ("cohort_id", &cohort),
            ("user_id", &mariam),
            ("set_id", &set_a),
        ],
    )
    .await;
    done(
        &app,
        &admin,
        &sets_page,
        "/api/propose_sets",
        &[("cohort_id", &cohort)],
    )
    .await;

    // Two more tutors of the cohort: Omar, to be demoted, and Yaw, tutor of
    // Set Y, to be removed from the cohort once both have signed in.
    done(
        &app,
        &new_client(),
        "/register",
        "/api/register",
        &[
            ("full_name", "Yaw Boateng"),
            ("email", YAW),
            ("country", "GH"),
            ("cadre", "nurse"),
            ("language", "en"),
            ("password", DEMO_PASSWORD),
        ],
    )
    .await;
    let omar = user("omar.almasri@example.org").await;
    let yaw = user(YAW).await;
    let cohort_page = format!("/admin/cohorts/{cohort}");
    for tutor in [&omar, &yaw] {
        done(
            &app,
            &admin,
            "/admin/users",
            "/api/change_role",
            &[("user_id", tutor), ("role", "tutor")],
        )
        .await;
        done(
            &app,
            &admin,
            &cohort_page,
            "/api/assign_tutor",
            &[("cohort_id", &cohort), ("user_id", tutor)],
        )
        .await;
    }
    done(
        &app,
        &admin,
        &sets_page,
        "/api/create_set",
        &[
            ("cohort_id", &cohort),
            ("name", "Set Y"),
            ("tutor_id", &yaw),
        ],
    )
    .await;
    let set_y = scalar("SELECT id FROM learning_sets WHERE name = 'Set Y'").await;

    let withdrawn = enrolment_of(mariam.clone()).await;
    let participants_page = format!("/admin/cohorts/{cohort}/participants");
    done(
        &app,
        &admin,
        &participants_page,
        "/api/withdraw_enrolment",
        &[("enrolment_id", &withdrawn.to_string())],
    )
    .await;

    let created = done(
        &app,
        &admin,
        &format!("/admin/courses/{course}"),
        "/api/create_cohort",
        &[
            ("course_id", &course),
            ("name", "2027 autumn cohort"),
            ("starts_on", "2027-09-01"),
            ("ends_on", "2027-11-30"),
            ("capacity", "20"),
            ("enrolment_key", ""),
            ("language", "fr"),
            ("at_risk_days", ""),
        ],
    )
    .await;
    let other_cohort = created
        .trim_start_matches("/admin/cohorts/")
        .trim_end_matches("?created=1")
        .to_string();
    done(
        &app,
        &admin,
        &created,
        "/api/assign_tutor",
        &[("cohort_id", &other_cohort), ("user_id", &fatou_id)],
    )
    .await;

    let round = scalar("SELECT id FROM rounds").await;
    let challenge = scalar("SELECT id FROM posts WHERE kind = 'challenge'").await;
    let question = scalar("SELECT id FROM posts WHERE kind = 'question'").await;
    let round_page = format!("/rounds/{round}");
    done(
        &app,
        &aminata,
        &round_page,
        "/api/add_commitment",
        &[
            ("challenge_id", &challenge),
            ("action", "Interview five midwives who left"),
            ("due_on", &day(7)),
        ],
    )
    .await;
    let commitment = scalar("SELECT id FROM action_commitments").await;
    let chinedu_id = user("chinedu.okafor@example.org").await;
    let presenter = format!("presenters[{chinedu_id}]");
    let opened = done(
        &app,
        &kwame,
        &format!("/sets/{set_a}"),
        "/api/open_round",
        &[
            ("set_id", &set_a),
            ("round_title", "Supervision visits"),
            ("opens_on", &day(0)),
            ("closes_on", &day(14)),
            (&presenter, "on"),
            ("overlap", "on"),
        ],
    )
    .await;
    let round2 = opened.trim_start_matches("/rounds/").to_string();

    done(
        &app,
        &aminata,
        &format!("/sets/{set_a}"),
        "/api/start_thread",
        &[
            ("set_id", &set_a),
            ("title", "Night rotas"),
            ("body", "How do your districts plan night rotas?"),
        ],
    )
    .await;
    let thread = scalar("SELECT id FROM threads").await;
    let thread_page = format!("/threads/{thread}");
    done(
        &app,
        &layla,
        &thread_page,
        "/api/reply",
        &[
            ("thread_id", &thread),
            ("body", "With the WISN workload figures."),
        ],
    )
    .await;
    let hidden = scalar("SELECT MAX(id) FROM posts").await;
    done(
        &app,
        &kwame,
        &thread_page,
        "/api/hide_post",
        &[("post_id", &hidden), ("reason", "Names a colleague.")],
    )
    .await;
    done(
        &app,
        &layla,
        &round_page,
        "/api/flag_post",
        &[("post_id", &challenge), ("reason", "Names a hospital.")],
    )
    .await;
    let flag = scalar("SELECT id FROM post_flags").await;

    let quiz = scalar("SELECT id FROM quizzes").await;
    let quiz_module = scalar("SELECT module_id FROM quizzes").await;
    let started = done(
        &app,
        &aminata,
        &format!("/quizzes/{quiz}"),
        "/api/start_attempt",
        &[("quiz_id", &quiz)],
    )
    .await;
    let done_attempt = started.trim_start_matches("/attempts/").to_string();
    done(
        &app,
        &aminata,
        &started,
        "/api/submit_attempt",
        &[("attempt_id", &done_attempt)],
    )
    .await;
    let started = done(
        &app,
        &aminata,
        &format!("/quizzes/{quiz}"),
        "/api/start_attempt",
        &[("quiz_id", &quiz)],
    )
    .await;
    let open_attempt = started.trim_start_matches("/attempts/").to_string();

    let aminata_id = user("aminata.diallo@example.org").await;
    let enrolment = enrolment_of(aminata_id.clone()).await;
    let rahim_enrolment = enrolment_of(rahim.clone()).await;
    let certificates_page = format!("/cohorts/{cohort}/certificates");
    done(
        &app,
        &admin,
        &certificates_page,
        "/api/issue_certificate",
        &[
            ("enrolment_id", &enrolment.to_string()),
            ("note", "Completed the paper version."),
        ],
    )
    .await;
    let certificate = scalar("SELECT id FROM certificates").await;
    let code = text(&app, "SELECT code FROM certificates").await;
    done(
        &app,
        &aminata,
        &format!("/certificates/{code}"),
        "/api/request_name_correction",
        &[
            ("code", &code),
            ("requested_name", "Aminata Bintou Diallo"),
            ("correction_reason", "As in my passport."),
        ],
    )
    .await;
    let correction = scalar("SELECT id FROM name_corrections").await;

    let roster =
        "full name,email,country,cadre,language\nAwa Camara,awa.camara@example.org,GN,nurse,fr\n";
    let form = reqwest::multipart::Form::new().part(
        "file",
        reqwest::multipart::Part::bytes(roster.as_bytes().to_vec())
            .file_name("nominations.csv")
            .mime_str("text/csv")
            .expect("mime"),
    );
    let uploaded = admin
        .post(app.url(&format!("/admin/cohorts/{cohort}/roster")))
        .header(ACCEPT, "text/html")
        .header(REFERER, app.url(&participants_page))
        .multipart(form)
        .send()
        .await
        .expect("upload");
    let preview = location(&uploaded);
    let upload = preview.trim_start_matches("/admin/roster/").to_string();
    done(
        &app,
        &admin,
        &preview,
        "/api/confirm_roster",
        &[("upload_id", &upload)],
    )
    .await;
    let links = admin
        .post(app.url(&format!("/admin/roster/{upload}/links.csv")))
        .header(ORIGIN, app.base.clone())
        .send()
        .await
        .expect("links")
        .text()
        .await
        .expect("csv");
    let token = links
        .rsplit("/set-password/")
        .next()
        .expect("a link")
        .trim()
        .to_string();

    let mut cookies = HashMap::new();
    for caller in CALLERS {
        let Some(email) = caller.email() else {
            continue;
        };
        let client = new_client();
        let response = app.login(&client, email, DEMO_PASSWORD).await;
        assert_eq!(response.status(), StatusCode::FOUND, "login {email}");
        let session = response
            .cookies()
            .find(|c| c.name() == "hrh_session")
            .map(|c| format!("hrh_session={}", c.value()))
            .expect("session cookie");
        cookies.insert(caller, session);
    }
    done(
        &app,
        &admin,
        "/admin/users",
        "/api/set_user_active",
        &[("user_id", &chinedu_id), ("active", "false")],
    )
    .await;
    done(
        &app,
        &admin,
        "/admin/users",
        "/api/change_role",
        &[("user_id", &omar), ("role", "participant")],
    )
    .await;
    done(
        &app,
        &admin,
        &cohort_page,
        "/api/remove_tutor",
        &[("cohort_id", &cohort), ("user_id", &yaw)],
    )
    .await;
    let layla_id = user("layla.haddad@example.org").await;
    for active in ["false", "true"] {
        done(
            &app,
            &admin,
            "/admin/users",
            "/api/set_user_active",
            &[("user_id", &layla_id), ("active", active)],
        )
        .await;
    }

    let aminata_sign_in = app
        .scalar(&format!(
            "SELECT MIN(id) FROM sign_ins WHERE user_id = {aminata_id}"
        ))
        .await
        .to_string();
    let module = scalar("SELECT m.id FROM modules m ORDER BY m.position LIMIT 1").await;
    let lesson = scalar(
        "SELECT l.id FROM lessons l JOIN modules m ON m.id = l.module_id
         ORDER BY m.position, l.position LIMIT 1",
    )
    .await;
    ids.extend([
        ("course", course),
        ("course_slug", text(&app, "SELECT slug FROM courses").await),
        ("module", module.clone()),
        (
            "module_slug",
            text(
                &app,
                &format!("SELECT slug FROM modules WHERE id = {module}"),
            )
            .await,
        ),
        ("lesson", lesson.clone()),
        (
            "lesson_slug",
            text(
                &app,
                &format!("SELECT slug FROM lessons WHERE id = {lesson}"),
            )
            .await,
        ),
        ("quiz", quiz),
        ("quiz_module", quiz_module),
        ("open_attempt", open_attempt),
        ("done_attempt", done_attempt),
        ("cohort", cohort),
        ("set_a", set_a),
        ("set_b", set_b),
        ("set_y", set_y),
        ("round", round),
        ("round2", round2),
        ("challenge", challenge),
        ("question", question),
        ("commitment", commitment),
        ("thread", thread),
        ("hidden", hidden),
        ("flag", flag),
        ("enrolment", enrolment.to_string()),
        ("rahim_enrolment", rahim_enrolment.to_string()),
        ("withdrawn", withdrawn.to_string()),
        ("certificate", certificate),
        ("code", code),
        ("correction", correction),
        ("upload", upload),
        ("token", token),
        ("aminata_sign_in", aminata_sign_in),
        ("kwame", kwame_id),
        ("fatou", fatou_id),
        ("kofi", user("kofi.mensah@example.org").await),
        ("ibrahim", user("ibrahim.sesay@example.org").await),
        ("layla", layla_id),
        ("today", day(0)),
        ("in_two_weeks", day(14)),
    ]);
    // Aminata's notices, unsubscribe and calendar links: the signed links
    // work for anyone who has them, as an email's links must.
    let aminata_id: i64 = app.user_id("aminata.diallo@example.org").await;
    let notice = app
        .scalar(&format!(
            "SELECT MIN(id) FROM notifications WHERE user_id = {aminata_id}"
        ))
        .await;
    let key = app.link_key();
    let set_activity =
        app::notifications::Unsubscribe::Topic(app::notifications::Topic::SetActivity);
    ids.extend([
        ("notice", notice.to_string()),
        ("aminata", aminata_id.to_string()),
        (
            "unsubscribe",
            key.unsubscribe_token(aminata_id, set_activity),
        ),
        (
            "calendar",
            format!("{}.ics", key.calendar_token(aminata_id, 0)),
        ),
    ]);

    let template = tempfile::tempdir().expect("template dir");
    let settings = test_settings(template.path());
    sqlx::query("VACUUM INTO ?")
        .bind(settings.database_path().to_string_lossy().to_string())
        .execute(&app.pool)
        .await
        .expect("copy of the fixture");
    std::fs::copy(
        app.settings.certificate_key_path(),
        settings.certificate_key_path(),
    )
    .expect("copy key");
    Fixture {
        ids,
        cookies,
        template,
    }
}

#[test]
fn each_row_says_what_every_kind_of_caller_gets() {
    for (path, _, expected) in SERVER_FUNCTIONS {
        assert_eq!(expected.len(), CALLERS.len(), "{path}");
        assert!(expected.chars().all(|c| "Yn-".contains(c)), "{path}");
    }
    for (_, _, path, expected) in PAGES {
        assert_eq!(expected.len(), CALLERS.len(), "{path}");
        assert!(expected.chars().all(|c| "Yn-".contains(c)), "{path}");
    }
}
