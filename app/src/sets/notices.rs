//! Who in a set hears of what: the presenter of a question on their
//! challenge, the asker of its answer, a thread's writers of a reply, an
//! author of their hidden post; and, found by scheduled work, everyone in a
//! set of a round that opened, a presenter of a commitment due or overdue.
//! Each notice is recorded on the transaction of what caused it; scheduled
//! ones on the transaction that claims their event (`claim_run`), so that
//! each is announced once, across restarts and servers.

use super::store::{self, PostRecord};
use crate::dates::calendar_date;
use crate::db::begin_write;
use crate::notifications::domain::{Notice, NoticeKind};
use crate::notifications::store as notices;
use sqlx::{SqliteConnection, SqlitePool};

/// Where a post is read.
pub fn post_link(post_round: Option<i64>, thread: Option<i64>) -> String {
    match (post_round, thread) {
        (Some(round), _) => format!("/rounds/{round}"),
        (None, Some(thread)) => format!("/threads/{thread}"),
        (None, None) => "/".into(),
    }
}

/// Tells `to` (but never the author) that `author` wrote in the set: a
/// question, an answer or a reply; `place` is the round or thread's title.
pub async fn tell_about_post(
    conn: &mut SqliteConnection,
    kind: NoticeKind,
    set_id: i64,
    link: String,
    place: &str,
    author: i64,
    to: &[i64],
) -> sqlx::Result<()> {
    let others: Vec<i64> = to.iter().copied().filter(|id| *id != author).collect();
    if others.is_empty() {
        return Ok(());
    }
    let (set_name, author_name) = store::names_for_notice(conn, set_id, author).await?;
    let notice = Notice::new(kind, link, set_name.as_str())
        .with("set", set_name)
        .with("author", author_name)
        .with("round", place);
    notices::record_for_each(conn, &others, &notice).await
}

/// Tells a post's author it was hidden, and why.
pub async fn tell_hidden(
    conn: &mut SqliteConnection,
    post: &PostRecord,
    reason: &str,
) -> sqlx::Result<()> {
    let (set_name, _) = store::names_for_notice(conn, post.set_id, post.author_id).await?;
    let notice = Notice::new(
        NoticeKind::PostHidden,
        post_link(post.round_id, post.thread_id),
        set_name.as_str(),
    )
    .with("set", set_name)
    .with("reason", reason);
    notices::record(conn, post.author_id, &notice).await
}

/// Announces every round open on `today` not announced yet, to its set's
/// members and tutor, with its dates and presenters; how many.
pub async fn announce_rounds(pool: &SqlitePool, today: &str) -> sqlx::Result<usize> {
    let mut announced = 0;
    for round in store::rounds_open_on(pool, today).await? {
        let mut tx = begin_write(pool).await?;
        if !notices::claim_run(&mut tx, "round-opened", &round.id.to_string()).await? {
            continue;
        }
        let presenters = store::presenter_names(&mut tx, round.id).await?.join(", ");
        let notice = Notice::new(
            NoticeKind::RoundOpened,
            format!("/rounds/{}", round.id),
            round.set_name.as_str(),
        )
        .with("set", round.set_name.as_str())
        .with("round", round.title.as_str())
        .with("number", round.number.to_string())
        .with("opens", round.opens_on.as_str())
        .with("closes", round.closes_on.as_str())
        .with("presenters", presenters);
        let audience = store::set_audience(&mut tx, round.set_id).await?;
        notices::record_for_each(&mut tx, &audience, &notice).await?;
        tx.commit().await?;
        announced += 1;
    }
    Ok(announced)
}

/// Days before its due date that a commitment's presenter is reminded.
pub const DUE_SOON_DAYS: i64 = 2;
/// Overdue commitments older than this are not chased any more.
const OVERDUE_DAYS: i64 = 30;

/// Reminds presenters of commitments due within `DUE_SOON_DAYS` and of
/// overdue ones without a report-back, once each; how many.
pub async fn remind_commitments(pool: &SqlitePool, today: &str) -> sqlx::Result<usize> {
    let Some(date) = calendar_date(today) else {
        return Ok(0);
    };
    let day = |offset: i64| (date + time::Duration::days(offset)).to_string();
    let mut reminded = 0;
    let windows = [
        (
            NoticeKind::CommitmentDue,
            "commitment-due",
            day(0),
            day(DUE_SOON_DAYS),
        ),
        (
            NoticeKind::CommitmentOverdue,
            "commitment-overdue",
            day(-OVERDUE_DAYS),
            day(-1),
        ),
    ];
    for (kind, job, first, last) in windows {
        for commitment in store::commitments_due(pool, &first, &last).await? {
            let mut tx = begin_write(pool).await?;
            if !notices::claim_run(&mut tx, job, &commitment.id.to_string()).await? {
                continue;
            }
            let notice = Notice::new(
                kind,
                format!("/sets/{}", commitment.set_id),
                commitment.set_name.as_str(),
            )
            .with("set", commitment.set_name.as_str())
            .with("action", commitment.action.as_str())
            .with("due", commitment.due_on.as_str());
            notices::record(&mut tx, commitment.presenter_id, &notice).await?;
            tx.commit().await?;
            reminded += 1;
        }
    }
    Ok(reminded)
}
