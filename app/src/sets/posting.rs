//! Posting in a round: a presenter's challenge, the others' questions, the
//! presenter's answers and action commitments, and report-backs in later
//! rounds. Each operation checks the round's rules for who may post what,
//! then writes the post in one transaction with the certificate it may
//! complete (posts in rounds count towards a course's rules) and the notice
//! it gives to whom it concerns.

use super::domain::{CommitmentDraft, PostBody};
use super::notices::{post_link, tell_about_post, tell_hidden};
use super::store::{
    self, CommitmentRecord, NewPost, PostKind, PostRecord, Refusal, RoundRecord, SetError,
    ThreadRecord,
};
use super::Outcome;
use crate::certificates::award::award_set_member;
use crate::db::begin_write;
use crate::notifications::domain::NoticeKind;
use sqlx::SqlitePool;

/// Only someone other than the presenter questions a challenge.
fn check_questioner(challenge: &PostRecord, author: i64) -> Result<(), Refusal> {
    if challenge.author_id == author {
        Err(Refusal::QuestionOwnChallenge)
    } else {
        Ok(())
    }
}

/// Only the presenter answers, commits and reports on their challenge.
fn check_presenter(presenter: i64, author: i64, refusal: Refusal) -> Result<(), Refusal> {
    if presenter == author {
        Ok(())
    } else {
        Err(refusal)
    }
}

/// A report-back comes from the presenter, in a later round of the set.
fn check_report(
    commitment: &CommitmentRecord,
    round: &RoundRecord,
    author: i64,
) -> Result<(), Refusal> {
    check_presenter(commitment.presenter_id, author, Refusal::ReportNotPresenter)?;
    if round.number <= commitment.round_number {
        return Err(Refusal::ReportSameRound);
    }
    Ok(())
}

/// Writes a post in a round with the certificate it may complete, and
/// tells `to` of it with a notice of `kind`.
async fn post_in_round(
    pool: &SqlitePool,
    round: &RoundRecord,
    new: &NewPost,
    body: &PostBody,
    (kind, to): (NoticeKind, i64),
) -> Result<i64, SetError> {
    let mut tx = begin_write(pool).await?;
    let id = store::insert_post(&mut tx, new, body).await?;
    award_set_member(&mut tx, new.set_id, new.author_id).await?;
    let link = post_link(Some(round.id), None);
    tell_about_post(
        &mut tx,
        kind,
        round.set_id,
        link,
        &round.title,
        new.author_id,
        &[to],
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

fn new_post(round: &RoundRecord, author: i64, kind: PostKind, parent: Option<i64>) -> NewPost {
    NewPost {
        set_id: round.set_id,
        author_id: author,
        kind,
        round_id: Some(round.id),
        thread_id: None,
        parent_id: parent,
    }
}

/// A presenter's challenge, once per round.
pub async fn challenge(
    pool: &SqlitePool,
    round: &RoundRecord,
    author: i64,
    body: &PostBody,
) -> Result<i64, SetError> {
    round.check_open()?;
    let mut tx = begin_write(pool).await?;
    if !store::is_presenter(&mut *tx, round.id, author).await? {
        return Err(Refusal::ChallengeNotPresenter.into());
    }
    if store::challenge_of(&mut *tx, round.id, author)
        .await?
        .is_some()
    {
        return Err(Refusal::ChallengePosted.into());
    }
    let new = new_post(round, author, PostKind::Challenge, None);
    let id = store::insert_post(&mut tx, &new, body).await?;
    award_set_member(&mut tx, round.set_id, author).await?;
    tx.commit().await?;
    Ok(id)
}

/// Another member's question about a challenge of the round.
pub async fn question(
    pool: &SqlitePool,
    round: &RoundRecord,
    challenge: &PostRecord,
    author: i64,
    body: &PostBody,
) -> Result<i64, SetError> {
    round.check_open()?;
    check_questioner(challenge, author)?;
    let new = new_post(round, author, PostKind::Question, Some(challenge.id));
    let tell = (NoticeKind::Question, challenge.author_id);
    post_in_round(pool, round, &new, body, tell).await
}

/// The presenter's answer to a question about their challenge.
pub async fn answer(
    pool: &SqlitePool,
    round: &RoundRecord,
    question: &PostRecord,
    author: i64,
    body: &PostBody,
) -> Result<i64, SetError> {
    round.check_open()?;
    let challenge = match question.parent_id {
        Some(id) => store::post(pool, id).await?.ok_or(SetError::NotFound)?,
        None => return Err(SetError::NotFound),
    };
    check_presenter(challenge.author_id, author, Refusal::AnswerNotPresenter)?;
    let new = new_post(round, author, PostKind::Answer, Some(question.id));
    let tell = (NoticeKind::Answer, question.author_id);
    post_in_round(pool, round, &new, body, tell).await
}

/// The presenter commits to an action, with a due date.
pub async fn commit(
    pool: &SqlitePool,
    round: &RoundRecord,
    challenge: &PostRecord,
    author: i64,
    draft: &CommitmentDraft,
) -> Result<i64, SetError> {
    round.check_open()?;
    check_presenter(challenge.author_id, author, Refusal::CommitmentNotPresenter)?;
    Ok(store::add_commitment(pool, challenge, draft).await?)
}

/// The presenter reports back, in a later round of the set, on an earlier
/// commitment; once.
pub async fn report_back(
    pool: &SqlitePool,
    round: &RoundRecord,
    commitment: &CommitmentRecord,
    author: i64,
    outcome: Outcome,
    body: &PostBody,
) -> Result<i64, SetError> {
    if round.set_id != commitment.set_id {
        return Err(SetError::NotFound);
    }
    round.check_open()?;
    check_report(commitment, round, author)?;
    let mut tx = begin_write(pool).await?;
    let id = store::insert_report_back(&mut tx, commitment, round.id, outcome, body).await?;
    award_set_member(&mut tx, commitment.set_id, author).await?;
    tx.commit().await?;
    Ok(id)
}

/// A reply in a thread, and a notice to everyone else who wrote in it.
/// Whether the thread is locked to the author is the caller's check, since
/// moderators may still write.
pub async fn reply(
    pool: &SqlitePool,
    thread: &ThreadRecord,
    author: i64,
    body: &PostBody,
) -> Result<i64, SetError> {
    let mut tx = begin_write(pool).await?;
    let writers = store::thread_authors(&mut tx, thread.id).await?;
    let new = NewPost {
        set_id: thread.set_id,
        author_id: author,
        kind: PostKind::Reply,
        round_id: None,
        thread_id: Some(thread.id),
        parent_id: None,
    };
    let id = store::insert_post(&mut tx, &new, body).await?;
    let link = post_link(None, Some(thread.id));
    tell_about_post(
        &mut tx,
        NoticeKind::Reply,
        thread.set_id,
        link,
        &thread.title,
        author,
        &writers,
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// A moderator hides a post, with their reason, which its author is told.
pub async fn hide(
    pool: &SqlitePool,
    post: &PostRecord,
    by: i64,
    reason: &str,
) -> Result<(), SetError> {
    let mut tx = begin_write(pool).await?;
    store::hide_post(&mut tx, post, by, reason).await?;
    tell_hidden(&mut tx, post, reason).await?;
    tx.commit().await?;
    Ok(())
}

/// A moderator shows a hidden post again; a round post counts again
/// towards its author's certificate.
pub async fn restore(pool: &SqlitePool, post: &PostRecord, by: i64) -> Result<(), SetError> {
    let mut tx = begin_write(pool).await?;
    store::restore_post(&mut tx, post, by).await?;
    if post.round_id.is_some() {
        award_set_member(&mut tx, post.set_id, post.author_id).await?;
    }
    tx.commit().await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn post(author_id: i64) -> PostRecord {
        PostRecord {
            id: 7,
            set_id: 1,
            author_id,
            kind: PostKind::Challenge,
            round_id: Some(3),
            thread_id: None,
            parent_id: None,
            author_name: "Awa Ndiaye".into(),
            body_markdown: String::new(),
            body_html: String::new(),
            created_at: "2026-12-01 10:00:00".into(),
            edited: false,
            hidden: false,
            hidden_reason: None,
            hidden_by_name: None,
        }
    }

    fn round(number: i64) -> RoundRecord {
        RoundRecord {
            id: 3,
            set_id: 1,
            number,
            title: String::new(),
            opens_on: "2026-12-01".into(),
            closes_on: "2026-12-07".into(),
            closed: false,
        }
    }

    fn commitment(presenter_id: i64, round_number: i64) -> CommitmentRecord {
        CommitmentRecord {
            id: 5,
            set_id: 1,
            round_id: 2,
            round_number,
            challenge_id: 7,
            presenter_id,
            presenter_name: "Awa Ndiaye".into(),
            action: "Draft the rota".into(),
            due_on: "2026-12-20".into(),
            report_post_id: None,
            outcome: None,
            report_round_number: None,
        }
    }

    #[test]
    fn presenters_do_not_question_their_own_challenge() {
        assert_eq!(
            check_questioner(&post(11), 11),
            Err(Refusal::QuestionOwnChallenge)
        );
        assert_eq!(check_questioner(&post(11), 12), Ok(()));
    }

    #[test]
    fn only_the_presenter_answers_and_commits() {
        assert_eq!(check_presenter(11, 11, Refusal::AnswerNotPresenter), Ok(()));
        assert_eq!(
            check_presenter(11, 12, Refusal::CommitmentNotPresenter),
            Err(Refusal::CommitmentNotPresenter)
        );
    }

    #[test]
    fn report_backs_come_from_the_presenter_in_a_later_round() {
        assert_eq!(check_report(&commitment(11, 1), &round(2), 11), Ok(()));
        assert_eq!(
            check_report(&commitment(11, 1), &round(2), 12),
            Err(Refusal::ReportNotPresenter)
        );
        assert_eq!(
            check_report(&commitment(11, 2), &round(2), 11),
            Err(Refusal::ReportSameRound)
        );
    }
}
