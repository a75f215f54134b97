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
    cohorts::store::cohort_for_staff,
    error::FormErrors,
    i18n::date,
    sets::{
        access,
        domain::{body_field, set_name, CommitmentDraft, RoundDraft},
        posting, round_page,
        store::{self, PostKind, PostRecord, Refusal, SetError},
        Outcome, Viewer,
    },
    state::pool,
    t,
};

#[cfg(feature = "ssr")]
impl From<SetError> for AppError {
    #[track_caller]
    fn from(error: SetError) -> Self {
        match error {
            SetError::Refused(refusal) => AppError::Refused(refusal_message(&refusal)),
            SetError::NotFound => AppError::NotFound,
            SetError::Database(e) => AppError::from(e),
        }
    }
}

/// A refused round keeps what was typed, so that only the dates or the
/// "open it anyway" box need changing.
#[cfg(feature = "ssr")]
fn round_refused(draft: &RoundDraft, error: SetError) -> AppError {
    let SetError::Refused(refusal) = error else {
        return error.into();
    };
    let mut errors = FormErrors::summary(refusal_message(&refusal));
    errors.keep("round_title", &draft.title);
    errors.keep("opens_on", &draft.opens_on);
    errors.keep("closes_on", &draft.closes_on);
    AppError::Invalid(errors)
}

/// A refusal in the page's language.
#[cfg(feature = "ssr")]
fn refusal_message(refusal: &Refusal) -> String {
    match refusal {
        Refusal::TutorNotInCohort => t!("msg-set-tutor-not-in-cohort"),
        Refusal::NameTaken => t!("msg-set-name-taken"),
        Refusal::MemberNotEnrolled => t!("msg-set-member-not-enrolled"),
        Refusal::SetFull { size } => t!("msg-set-full", size = *size),
        Refusal::EveryonePlaced => t!("msg-set-everyone-placed"),
        Refusal::ProposalNotSaved => t!("msg-set-proposal-not-saved"),
        Refusal::ProposedNameTaken => t!("msg-set-proposed-name-taken"),
        Refusal::PresentersNotMembers => t!("msg-set-presenters-not-members"),
        Refusal::RoundClosed {
            number,
            opens_on,
            closes_on,
        } => t!(
            "msg-set-round-closed",
            number = *number,
            opens = date(opens_on),
            closes = date(closes_on)
        ),
        Refusal::RoundNotOpen {
            number,
            opens_on,
            closes_on,
        } => t!(
            "msg-set-round-not-open",
            number = *number,
            opens = date(opens_on),
            closes = date(closes_on)
        ),
        Refusal::RoundsOverlap {
            number,
            opens_on,
            closes_on,
        } => t!(
            "msg-set-rounds-overlap",
            number = *number,
            opens = date(opens_on),
            closes = date(closes_on)
        ),
        Refusal::ChallengeNotPresenter => t!("msg-set-challenge-not-presenter"),
        Refusal::ChallengePosted => t!("msg-set-challenge-posted"),
        Refusal::QuestionOwnChallenge => t!("msg-set-question-own-challenge"),
        Refusal::AnswerNotPresenter => t!("msg-set-answer-not-presenter"),
        Refusal::CommitmentNotPresenter => t!("msg-set-commitment-not-presenter"),
        Refusal::ReportNotPresenter => t!("msg-set-report-not-presenter"),
        Refusal::ReportSameRound => t!("msg-set-report-same-round"),
        Refusal::AlreadyReported => t!("msg-set-already-reported"),
        Refusal::ThreadLocked => t!("msg-set-thread-locked"),
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

/// A post of one kind in a round, with the round, if the caller may write
/// in the round's set.
#[cfg(feature = "ssr")]
async fn round_post(
    pool: &sqlx::SqlitePool,
    user: &CurrentUser,
    post_id: i64,
    kind: PostKind,
) -> Result<(PostRecord, store::RoundRecord), AppError> {
    let post = post_record(pool, post_id).await?;
    let round_id = post
        .round_id
        .filter(|_| post.kind == kind)
        .ok_or(AppError::NotFound)?;
    let (round, _) = round_in_set(pool, user, round_id).await?;
    Ok((post, round))
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

/// Opens a round with its presenters (checkboxes `presenters[<user id>]`);
/// `overlap` says a round at another open round's dates is meant.
/// The set's tutor and administrators only.
#[server(prefix = "/api", endpoint = "open_round")]
pub async fn open_round(
    set_id: i64,
    round_title: String,
    opens_on: String,
    closes_on: String,
    presenters: Option<HashMap<String, String>>,
    overlap: Option<String>,
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
    let round_id = store::open_round(&pool, set_id, &draft, overlap.is_some())
        .await
        .map_err(|error| round_refused(&draft, error))?;
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
    Ok(round_page::load(&pool, set, round, viewer, user.id).await?)
}

/// A presenter posts their challenge, once per round.
#[server(prefix = "/api", endpoint = "post_challenge")]
pub async fn post_challenge(round_id: i64, body: String) -> Result<(), AppError> {
    let pool = pool()?;
    let user = caller().await?;
    let (round, _) = round_in_set(&pool, &user, round_id).await?;
    let body = body_for(&body, round_id)?;
    posting::challenge(&pool, &round, user.id, &body).await?;
    Ok(())
}

/// Another member asks the presenter an open question about a challenge.
#[server(prefix = "/api", endpoint = "post_question")]
pub async fn post_question(challenge_id: i64, body: String) -> Result<(), AppError> {
    let pool = pool()?;
    let user = caller().await?;
    let (challenge, round) = round_post(&pool, &user, challenge_id, PostKind::Challenge).await?;
    let body = body_for(&body, challenge.id)?;
    posting::question(&pool, &round, &challenge, user.id, &body).await?;
    Ok(())
}

/// The presenter answers a question about their challenge.
#[server(prefix = "/api", endpoint = "post_answer")]
pub async fn post_answer(question_id: i64, body: String) -> Result<(), AppError> {
    let pool = pool()?;
    let user = caller().await?;
    let (question, round) = round_post(&pool, &user, question_id, PostKind::Question).await?;
    let body = body_for(&body, question.id)?;
    posting::answer(&pool, &round, &question, user.id, &body).await?;
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
    let (challenge, round) = round_post(&pool, &user, challenge_id, PostKind::Challenge).await?;
    let draft = CommitmentDraft::parse(&action, &due_on).map_err(AppError::Invalid)?;
    posting::commit(&pool, &round, &challenge, user.id, &draft).await?;
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
    let outcome = Outcome::parse(&outcome)
        .ok_or_else(|| invalid("outcome", &outcome, t!("msg-set-report-no-outcome")))?;
    let body = body_for(&body, commitment.id)?;
    posting::report_back(&pool, &round, &commitment, user.id, outcome, &body).await?;
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
        return Err(SetError::from(Refusal::ThreadLocked).into());
    }
    let body = body_for(&body, thread_id)?;
    posting::reply(&pool, &thread, user.id, &body).await?;
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
    posting::hide(&pool, &post, user.id, &why).await?;
    Ok(())
}

#[server(prefix = "/api", endpoint = "restore_post")]
pub async fn restore_post(post_id: i64) -> Result<(), AppError> {
    let pool = pool()?;
    let user = caller().await?;
    let post = moderated_post(&pool, &user, post_id).await?;
    posting::restore(&pool, &post, user.id).await?;
    Ok(())
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
