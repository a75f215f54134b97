//! Action-learning sets. Forming sets: administrators and the cohort's
//! tutors. Everything inside a set: its members, its tutor and
//! administrators only; to anyone else every function answers "not found".

use crate::error::AppError;
use crate::sets::{CohortSets, Moderation, ProposalView, RoundPage, SetPage, ThreadPage};
use leptos::prelude::*;
use std::collections::HashMap;

#[cfg(feature = "ssr")]
use crate::{
    accounts::{session, CurrentUser, Role},
    audit::{
        store::{self as audit, AuditEvent},
        AuditAction,
    },
    cohorts::store::cohort_for_staff,
    error::FormErrors,
    sets::{
        access,
        domain::{body_field, set_name, CommitmentDraft, RoundDraft},
        store::{self, NewPost, PostRecord, SetError},
        ChallengeView, CommitmentView, Outcome, PresenterView, QuestionView, Viewer,
    },
    state::pool,
    t,
};

#[cfg(feature = "ssr")]
impl From<SetError> for AppError {
    fn from(error: SetError) -> Self {
        match error {
            SetError::Refused(message) => AppError::Refused(message),
            SetError::NotFound => AppError::NotFound,
            SetError::Database(e) => e.into(),
        }
    }
}

#[cfg(feature = "ssr")]
fn invalid(field: &str, typed: &str, message: String) -> AppError {
    let mut errors = FormErrors::default();
    errors.keep(field, typed);
    errors.add(field, message);
    AppError::Invalid(errors)
}

/// The caller. To a visitor, as to anyone outside the set, a set's content
/// does not exist: not found, rather than "please log in".
#[cfg(feature = "ssr")]
async fn caller() -> Result<CurrentUser, AppError> {
    session::current_user().await?.ok_or(AppError::NotFound)
}

/// A post's body, or the form's errors tagged with the post it was for
/// (`target`), so that the page refills the right one of its forms.
#[cfg(feature = "ssr")]
fn body_for(body: &str, target: i64) -> Result<crate::sets::domain::PostBody, AppError> {
    body_field(body).map_err(|mut errors| {
        errors.keep("target", &target.to_string());
        AppError::Invalid(errors)
    })
}

/// A post, whoever asks: the caller's access is checked on its round or
/// set next, once.
#[cfg(feature = "ssr")]
async fn post_record(pool: &sqlx::SqlitePool, post_id: i64) -> Result<PostRecord, AppError> {
    store::post(pool, post_id).await?.ok_or(AppError::NotFound)
}

/// A post, if the caller may see its set.
#[cfg(feature = "ssr")]
async fn post_in_set(
    pool: &sqlx::SqlitePool,
    user: &CurrentUser,
    post_id: i64,
) -> Result<PostRecord, AppError> {
    let post = post_record(pool, post_id).await?;
    access::enter(pool, user, post.set_id).await?;
    Ok(post)
}

/// A post, if the caller moderates its set.
#[cfg(feature = "ssr")]
async fn moderated_post(
    pool: &sqlx::SqlitePool,
    user: &CurrentUser,
    post_id: i64,
) -> Result<PostRecord, AppError> {
    let post = post_record(pool, post_id).await?;
    access::moderate(pool, user, post.set_id).await?;
    Ok(post)
}

/// A round, if the caller may see its set.
#[cfg(feature = "ssr")]
async fn round_in_set(
    pool: &sqlx::SqlitePool,
    user: &CurrentUser,
    round_id: i64,
) -> Result<(store::RoundRecord, Viewer), AppError> {
    let round = store::round(pool, round_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let (_, viewer) = access::enter_to_write(pool, user, round.set_id).await?;
    Ok((round, viewer))
}

// Forming sets.

/// The pool and the cohort, if the caller forms its sets: administrators
/// and the cohort's tutors.
#[cfg(feature = "ssr")]
async fn cohort_staff(
    cohort_id: i64,
) -> Result<(sqlx::SqlitePool, crate::cohorts::store::CohortRecord), AppError> {
    let pool = pool()?;
    let user = session::require_user().await?;
    let cohort = cohort_for_staff(&pool, &user, cohort_id).await?;
    Ok((pool, cohort))
}

#[server(prefix = "/api", endpoint = "cohort_sets")]
pub async fn get_cohort_sets(cohort_id: i64) -> Result<CohortSets, AppError> {
    let (pool, cohort) = cohort_staff(cohort_id).await?;
    Ok(store::cohort_sets(&pool, &cohort).await?)
}

#[cfg(feature = "ssr")]
fn optional_id(value: &str) -> Option<i64> {
    value.trim().parse().ok()
}

#[server(prefix = "/api", endpoint = "create_set")]
pub async fn create_set(cohort_id: i64, name: String, tutor_id: String) -> Result<(), AppError> {
    let (pool, _) = cohort_staff(cohort_id).await?;
    let parsed = set_name(&name).map_err(|message| invalid("name", &name, message))?;
    store::create_set(&pool, cohort_id, &parsed, optional_id(&tutor_id)).await?;
    Ok(())
}

/// Puts a participant into a set of the cohort, or (with an empty
/// `set_id`) out of any.
#[server(prefix = "/api", endpoint = "place_member")]
pub async fn place_member(cohort_id: i64, user_id: i64, set_id: String) -> Result<(), AppError> {
    let (pool, _) = cohort_staff(cohort_id).await?;
    store::place_member(&pool, cohort_id, user_id, optional_id(&set_id)).await?;
    Ok(())
}

#[server(prefix = "/api", endpoint = "set_set_tutor")]
pub async fn set_set_tutor(cohort_id: i64, set_id: i64, tutor_id: String) -> Result<(), AppError> {
    let (pool, _) = cohort_staff(cohort_id).await?;
    store::set_tutor(&pool, cohort_id, set_id, optional_id(&tutor_id)).await?;
    Ok(())
}

#[server(prefix = "/api", endpoint = "propose_sets")]
pub async fn propose_sets(cohort_id: i64) -> Result<(), AppError> {
    let (pool, _) = cohort_staff(cohort_id).await?;
    store::propose(&pool, cohort_id).await?;
    leptos_axum::redirect(&format!("/cohorts/{cohort_id}/sets/proposal"));
    Ok(())
}

#[server(prefix = "/api", endpoint = "set_proposal")]
pub async fn get_set_proposal(cohort_id: i64) -> Result<ProposalView, AppError> {
    let (pool, cohort) = cohort_staff(cohort_id).await?;
    Ok(ProposalView {
        cohort_id,
        cohort_name: cohort.name,
        sets: store::proposal_view(&pool, cohort_id).await?,
    })
}

#[server(prefix = "/api", endpoint = "move_in_proposal")]
pub async fn move_in_proposal(cohort_id: i64, user_id: i64, to: usize) -> Result<(), AppError> {
    let (pool, _) = cohort_staff(cohort_id).await?;
    store::move_in_proposal(&pool, cohort_id, user_id, to).await?;
    Ok(())
}

#[server(prefix = "/api", endpoint = "confirm_sets")]
pub async fn confirm_sets(cohort_id: i64) -> Result<(), AppError> {
    let (pool, _) = cohort_staff(cohort_id).await?;
    let created = store::confirm_proposal(&pool, cohort_id).await?;
    leptos_axum::redirect(&format!("/cohorts/{cohort_id}/sets?formed={created}"));
    Ok(())
}

#[server(prefix = "/api", endpoint = "discard_set_proposal")]
pub async fn discard_set_proposal(cohort_id: i64) -> Result<(), AppError> {
    let (pool, _) = cohort_staff(cohort_id).await?;
    store::discard_proposal(&pool, cohort_id).await?;
    leptos_axum::redirect(&format!("/cohorts/{cohort_id}/sets"));
    Ok(())
}

// Inside a set.

#[server(prefix = "/api", endpoint = "set")]
pub async fn get_set(set_id: i64) -> Result<SetPage, AppError> {
    let pool = pool()?;
    let user = caller().await?;
    let (set, viewer) = access::enter(&pool, &user, set_id).await?;
    let tutor_name = match set.tutor_id {
        Some(id) => crate::accounts::store::profile(&pool, id)
            .await?
            .map(|p| p.full_name),
        None => None,
    };
    Ok(SetPage {
        id: set.id,
        name: set.name,
        cohort_name: set.cohort_name,
        course_title: set.course_title,
        tutor_name,
        members: store::members(&pool, set_id).await?,
        rounds: store::rounds(&pool, set_id, user.id).await?,
        threads: store::threads(&pool, set_id, user.id).await?,
        viewer,
    })
}

/// Opens a round with its presenters (checkboxes `presenters[<user id>]`).
/// The set's tutor and administrators only.
#[server(prefix = "/api", endpoint = "open_round")]
pub async fn open_round(
    set_id: i64,
    round_title: String,
    opens_on: String,
    closes_on: String,
    presenters: Option<HashMap<String, String>>,
) -> Result<(), AppError> {
    let pool = pool()?;
    let user = caller().await?;
    access::moderate(&pool, &user, set_id).await?;
    let presenters: Vec<i64> = presenters
        .unwrap_or_default()
        .keys()
        .filter_map(|id| id.parse().ok())
        .collect();
    let draft = RoundDraft::parse(&round_title, &opens_on, &closes_on, presenters)
        .map_err(AppError::Invalid)?;
    let round_id = store::open_round(&pool, set_id, &draft).await?;
    leptos_axum::redirect(&format!("/rounds/{round_id}"));
    Ok(())
}

#[server(prefix = "/api", endpoint = "close_round")]
pub async fn close_round(round_id: i64) -> Result<(), AppError> {
    let pool = pool()?;
    let user = caller().await?;
    let round = store::round(&pool, round_id)
        .await?
        .ok_or(AppError::NotFound)?;
    access::moderate(&pool, &user, round.set_id).await?;
    store::close_round(&pool, round_id).await?;
    Ok(())
}

/// A round: each presenter's challenge with its questions and answers, their
/// action commitments, and report-backs on earlier commitments.
#[server(prefix = "/api", endpoint = "round")]
pub async fn get_round(round_id: i64) -> Result<RoundPage, AppError> {
    let pool = pool()?;
    let user = caller().await?;
    let round = store::round(&pool, round_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let (set, viewer) = access::enter(&pool, &user, round.set_id).await?;
    let posts = store::round_posts(&pool, round_id).await?;
    let commitments = store::set_commitments(&pool, set.id).await?;
    // Report-backs are posts of later rounds: load those that concern this set.
    let mut views: HashMap<i64, crate::sets::PostView> =
        posts.iter().map(|p| (p.id, p.view(viewer))).collect();
    for commitment in &commitments {
        if let Some(post_id) = commitment.report_post_id {
            if let std::collections::hash_map::Entry::Vacant(entry) = views.entry(post_id) {
                if let Some(post) = store::post(&pool, post_id).await? {
                    entry.insert(post.view(viewer));
                }
            }
        }
    }
    let children = |parent: i64, kind: &str| -> Vec<&PostRecord> {
        posts
            .iter()
            .filter(|p| p.parent_id == Some(parent) && p.kind == kind)
            .collect()
    };
    let mut presenters = Vec::new();
    for (user_id, full_name) in store::presenters(&pool, round_id).await? {
        let challenge = posts
            .iter()
            .find(|p| p.kind == "challenge" && p.author_id == user_id)
            .map(|challenge| ChallengeView {
                challenge: challenge.view(viewer),
                questions: children(challenge.id, "question")
                    .into_iter()
                    .map(|question| QuestionView {
                        question: question.view(viewer),
                        answers: children(question.id, "answer")
                            .into_iter()
                            .map(|a| a.view(viewer))
                            .collect(),
                    })
                    .collect(),
                commitments: commitments
                    .iter()
                    .filter(|c| c.challenge_id == challenge.id)
                    .map(|c| c.view(&views))
                    .collect(),
            });
        presenters.push(PresenterView {
            user_id,
            full_name,
            challenge,
        });
    }
    let report_backs: Vec<(String, CommitmentView)> = commitments
        .iter()
        .filter(|c| {
            c.report_post_id
                .is_some_and(|id| posts.iter().any(|p| p.id == id))
        })
        .map(|c| (c.presenter_name.clone(), c.view(&views)))
        .collect();
    let to_report: Vec<CommitmentView> = commitments
        .iter()
        .filter(|c| {
            c.presenter_id == user.id && c.report_post_id.is_none() && c.round_number < round.number
        })
        .map(|c| c.view(&views))
        .collect();
    if let Some(last) = posts.last() {
        store::mark_read(&pool, user.id, Some(round_id), None, last.id).await?;
    }
    Ok(RoundPage {
        set_id: set.id,
        set_name: set.name,
        open: round.is_open(),
        id: round.id,
        number: round.number,
        title: round.title,
        opens_on: round.opens_on,
        closes_on: round.closes_on,
        viewer,
        viewer_id: user.id,
        presenters,
        report_backs,
        to_report,
    })
}

/// A presenter posts their challenge, once per round.
#[server(prefix = "/api", endpoint = "post_challenge")]
pub async fn post_challenge(round_id: i64, body: String) -> Result<(), AppError> {
    let pool = pool()?;
    let user = caller().await?;
    let (round, _) = round_in_set(&pool, &user, round_id).await?;
    round.check_open()?;
    if !store::is_presenter(&pool, round_id, user.id).await? {
        return Err(AppError::Refused(t!("msg-set-challenge-not-presenter")));
    }
    if store::challenge_of(&pool, round_id, user.id)
        .await?
        .is_some()
    {
        return Err(AppError::Refused(t!("msg-set-challenge-posted")));
    }
    let body = body_for(&body, round_id)?;
    let new = NewPost {
        set_id: round.set_id,
        author_id: user.id,
        kind: "challenge",
        round_id: Some(round_id),
        thread_id: None,
        parent_id: None,
    };
    store::add_post(&pool, &new, &body).await?;
    crate::certificates::award::award_set_member(&pool, new.set_id, user.id).await?;
    Ok(())
}

/// Another member asks the presenter an open question about a challenge.
#[server(prefix = "/api", endpoint = "post_question")]
pub async fn post_question(challenge_id: i64, body: String) -> Result<(), AppError> {
    let pool = pool()?;
    let user = caller().await?;
    let challenge = post_record(&pool, challenge_id).await?;
    let round_id = challenge
        .round_id
        .filter(|_| challenge.kind == "challenge")
        .ok_or(AppError::NotFound)?;
    let (round, _) = round_in_set(&pool, &user, round_id).await?;
    round.check_open()?;
    if challenge.author_id == user.id {
        return Err(AppError::Refused(t!("msg-set-question-own-challenge")));
    }
    let body = body_for(&body, challenge.id)?;
    let new = NewPost {
        set_id: challenge.set_id,
        author_id: user.id,
        kind: "question",
        round_id: Some(round_id),
        thread_id: None,
        parent_id: Some(challenge.id),
    };
    store::add_post(&pool, &new, &body).await?;
    crate::certificates::award::award_set_member(&pool, new.set_id, user.id).await?;
    Ok(())
}

/// The presenter answers a question about their challenge.
#[server(prefix = "/api", endpoint = "post_answer")]
pub async fn post_answer(question_id: i64, body: String) -> Result<(), AppError> {
    let pool = pool()?;
    let user = caller().await?;
    let question = post_record(&pool, question_id).await?;
    let (challenge_id, round_id) = question
        .parent_id
        .zip(question.round_id)
        .filter(|_| question.kind == "question")
        .ok_or(AppError::NotFound)?;
    let (round, _) = round_in_set(&pool, &user, round_id).await?;
    round.check_open()?;
    let challenge = store::post(&pool, challenge_id)
        .await?
        .ok_or(AppError::NotFound)?;
    if challenge.author_id != user.id {
        return Err(AppError::Refused(t!("msg-set-answer-not-presenter")));
    }
    let body = body_for(&body, question.id)?;
    let new = NewPost {
        set_id: question.set_id,
        author_id: user.id,
        kind: "answer",
        round_id: Some(round_id),
        thread_id: None,
        parent_id: Some(question.id),
    };
    store::add_post(&pool, &new, &body).await?;
    crate::certificates::award::award_set_member(&pool, new.set_id, user.id).await?;
    Ok(())
}

/// The presenter commits to an action, with a due date.
#[server(prefix = "/api", endpoint = "add_commitment")]
pub async fn add_commitment(
    challenge_id: i64,
    action: String,
    due_on: String,
) -> Result<(), AppError> {
    let pool = pool()?;
    let user = caller().await?;
    let challenge = post_record(&pool, challenge_id).await?;
    let round_id = challenge
        .round_id
        .filter(|_| challenge.kind == "challenge")
        .ok_or(AppError::NotFound)?;
    let (round, _) = round_in_set(&pool, &user, round_id).await?;
    round.check_open()?;
    if challenge.author_id != user.id {
        return Err(AppError::Refused(t!("msg-set-commitment-not-presenter")));
    }
    let draft = CommitmentDraft::parse(&action, &due_on).map_err(AppError::Invalid)?;
    store::add_commitment(&pool, &challenge, &draft).await?;
    Ok(())
}

/// The presenter reports back, in a later round, on an earlier commitment.
#[server(prefix = "/api", endpoint = "report_back")]
pub async fn report_back(
    commitment_id: i64,
    round_id: i64,
    outcome: String,
    body: String,
) -> Result<(), AppError> {
    let pool = pool()?;
    let user = caller().await?;
    let commitment = store::commitment(&pool, commitment_id)
        .await?
        .ok_or(AppError::NotFound)?;
    // Access is checked on the round, which must be of the commitment's set.
    let (round, _) = round_in_set(&pool, &user, round_id).await?;
    if round.set_id != commitment.set_id {
        return Err(AppError::NotFound);
    }
    round.check_open()?;
    if commitment.presenter_id != user.id {
        return Err(AppError::Refused(t!("msg-set-report-not-presenter")));
    }
    if round.number <= commitment.round_number {
        return Err(AppError::Refused(t!("msg-set-report-same-round")));
    }
    let outcome = Outcome::parse(&outcome)
        .ok_or_else(|| invalid("outcome", &outcome, t!("msg-set-report-no-outcome")))?;
    let body = body_for(&body, commitment.id)?;
    store::report_back(&pool, &commitment, round_id, outcome, &body).await?;
    crate::certificates::award::award_set_member(&pool, commitment.set_id, user.id).await?;
    Ok(())
}

#[server(prefix = "/api", endpoint = "start_thread")]
pub async fn start_thread(set_id: i64, title: String, body: String) -> Result<(), AppError> {
    let pool = pool()?;
    let user = caller().await?;
    access::enter_to_write(&pool, &user, set_id).await?;
    let mut errors = FormErrors::default();
    errors.keep("title", &title);
    errors.keep("body", &body);
    let title = errors.check(
        "title",
        crate::courses::domain::bounded_text(&title, "title", 120, true),
    );
    let parsed = errors.check("body", crate::sets::domain::PostBody::parse(&body));
    let (Some(title), Some(body)) = (title, parsed) else {
        return Err(AppError::Invalid(errors));
    };
    let thread_id = store::start_thread(&pool, set_id, user.id, &title, &body).await?;
    leptos_axum::redirect(&format!("/threads/{thread_id}"));
    Ok(())
}

#[server(prefix = "/api", endpoint = "thread")]
pub async fn get_thread(thread_id: i64) -> Result<ThreadPage, AppError> {
    let pool = pool()?;
    let user = caller().await?;
    let thread = store::thread(&pool, thread_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let (set, viewer) = access::enter(&pool, &user, thread.set_id).await?;
    let posts = store::thread_posts(&pool, thread_id).await?;
    if let Some(last) = posts.last() {
        store::mark_read(&pool, user.id, None, Some(thread_id), last.id).await?;
    }
    Ok(ThreadPage {
        set_id: set.id,
        set_name: set.name,
        id: thread.id,
        title: thread.title,
        pinned: thread.pinned,
        locked: thread.locked,
        viewer,
        posts: posts.iter().map(|p| p.view(viewer)).collect(),
    })
}

#[server(prefix = "/api", endpoint = "reply")]
pub async fn reply(thread_id: i64, body: String) -> Result<(), AppError> {
    let pool = pool()?;
    let user = caller().await?;
    let thread = store::thread(&pool, thread_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let (_, viewer) = access::enter_to_write(&pool, &user, thread.set_id).await?;
    if thread.locked && !viewer.moderates() {
        return Err(AppError::Refused(t!("msg-set-thread-locked")));
    }
    let body = body_for(&body, thread_id)?;
    let new = NewPost {
        set_id: thread.set_id,
        author_id: user.id,
        kind: "reply",
        round_id: None,
        thread_id: Some(thread_id),
        parent_id: None,
    };
    store::add_post(&pool, &new, &body).await?;
    Ok(())
}

// Moderation: the set's tutor and administrators.

#[server(prefix = "/api", endpoint = "set_thread_flags")]
pub async fn set_thread_flags(thread_id: i64, pinned: bool, locked: bool) -> Result<(), AppError> {
    let pool = pool()?;
    let user = caller().await?;
    let thread = store::thread(&pool, thread_id)
        .await?
        .ok_or(AppError::NotFound)?;
    access::moderate(&pool, &user, thread.set_id).await?;
    store::set_thread_flags(&pool, thread_id, pinned, locked).await?;
    Ok(())
}

#[server(prefix = "/api", endpoint = "hide_post")]
pub async fn hide_post(post_id: i64, reason: String) -> Result<(), AppError> {
    let pool = pool()?;
    let user = caller().await?;
    let post = moderated_post(&pool, &user, post_id).await?;
    let why = crate::sets::domain::reason(&reason)
        .map_err(|message| invalid("reason", &reason, message))?;
    store::hide_post(&pool, post.id, user.id, &why).await?;
    record_moderation(&pool, &user, &post, AuditAction::PostHidden, &why).await
}

#[cfg(feature = "ssr")]
async fn record_moderation(
    pool: &sqlx::SqlitePool,
    user: &CurrentUser,
    post: &PostRecord,
    action: AuditAction,
    reason: &str,
) -> Result<(), AppError> {
    let (before, after) = match action {
        AuditAction::PostHidden => ("shown".to_string(), format!("hidden: {reason}")),
        _ => ("hidden".to_string(), "shown".to_string()),
    };
    let event = AuditEvent {
        actor_id: Some(user.id),
        action,
        subject: format!(
            "post {} by {} in set {}",
            post.id, post.author_name, post.set_id
        ),
        before: &before,
        after: &after,
    };
    Ok(audit::record(pool, &event).await?)
}

#[server(prefix = "/api", endpoint = "restore_post")]
pub async fn restore_post(post_id: i64) -> Result<(), AppError> {
    let pool = pool()?;
    let user = caller().await?;
    let post = moderated_post(&pool, &user, post_id).await?;
    store::restore_post(&pool, post.id).await?;
    record_moderation(&pool, &user, &post, AuditAction::PostRestored, "").await
}

/// Changes a post's text; the earlier text is kept in `post_edits`.
#[server(prefix = "/api", endpoint = "edit_post")]
pub async fn edit_post(post_id: i64, body: String) -> Result<(), AppError> {
    let pool = pool()?;
    let user = caller().await?;
    let post = moderated_post(&pool, &user, post_id).await?;
    let body = body_for(&body, post.id)?;
    store::edit_post(&pool, &post, user.id, &body).await?;
    Ok(())
}

/// A member asks the tutor to look at a post.
#[server(prefix = "/api", endpoint = "flag_post")]
pub async fn flag_post(post_id: i64, reason: String) -> Result<(), AppError> {
    let pool = pool()?;
    let user = caller().await?;
    let post = post_in_set(&pool, &user, post_id).await?;
    let why = crate::sets::domain::reason(&reason)
        .map_err(|message| invalid("reason", &reason, message))?;
    store::flag_post(&pool, post.id, user.id, &why).await?;
    Ok(())
}

#[server(prefix = "/api", endpoint = "resolve_flag")]
pub async fn resolve_flag(flag_id: i64) -> Result<(), AppError> {
    let pool = pool()?;
    let user = caller().await?;
    let set_id = store::flag_set(&pool, flag_id)
        .await?
        .ok_or(AppError::NotFound)?;
    access::moderate(&pool, &user, set_id).await?;
    store::resolve_flag(&pool, flag_id, user.id).await?;
    Ok(())
}

/// Across the caller's sets: open flags, challenges without questions,
/// overdue commitments, members silent in the current round.
#[server(prefix = "/api", endpoint = "moderation")]
pub async fn get_moderation() -> Result<Moderation, AppError> {
    let pool = pool()?;
    let user = session::require_role(&[Role::Tutor, Role::Administrator]).await?;
    Ok(store::moderation(&pool, user.id, user.is_administrator()).await?)
}
