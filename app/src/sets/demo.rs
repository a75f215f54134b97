//! A demo set for a new database: Set A of the demo cohort, tutored by
//! Kwame Asante, with a round open now in which Aminata Diallo has posted a
//! challenge and Chinedu Okafor a question.

use super::domain::{PostBody, RoundDraft};
use super::{posting, store};
use crate::error::AppError;
use sqlx::SqlitePool;

fn failed(what: &str) -> impl Fn(store::SetError) -> AppError + '_ {
    move |error| {
        tracing::error!(%error, "demo data: {what}");
        AppError::Internal
    }
}

fn body(text: &str) -> Result<PostBody, AppError> {
    PostBody::parse(text).map_err(|_| AppError::Internal)
}

/// `members` are (user id) in order: the first presents, the second asks.
pub async fn seed(
    pool: &SqlitePool,
    cohort_id: i64,
    tutor_id: i64,
    members: &[i64],
) -> Result<(), AppError> {
    let set_id = store::create_set(pool, cohort_id, "Set A", Some(tutor_id))
        .await
        .map_err(failed("set"))?;
    for member in members {
        store::place_member(pool, cohort_id, *member, Some(set_id))
            .await
            .map_err(failed("member"))?;
    }
    let (Some(presenter), Some(asker)) = (members.first(), members.get(1)) else {
        return Ok(());
    };
    let today = crate::dates::today();
    let in_two_weeks = time::OffsetDateTime::now_utc().date() + time::Duration::days(14);
    let closes_on = format!(
        "{:04}-{:02}-{:02}",
        in_two_weeks.year(),
        u8::from(in_two_weeks.month()),
        in_two_weeks.day()
    );
    let draft = RoundDraft::parse(
        "Keeping midwives in rural posts",
        &today,
        &closes_on,
        vec![*presenter],
    )
    .map_err(|_| AppError::Internal)?;
    let round_id = store::open_round(pool, set_id, &draft, false)
        .await
        .map_err(failed("round"))?;
    let round = store::round(pool, round_id)
        .await?
        .ok_or(AppError::Internal)?;
    let challenge = posting::challenge(
        pool,
        &round,
        *presenter,
        &body(
            "In my region, **a third of newly posted midwives leave within a year**. \
             The district hospitals are always short, and the ones who stay are exhausted. \
             How do I find out why they leave, and what can a regional manager change?",
        )?,
    )
    .await
    .map_err(failed("challenge"))?;
    let challenge = store::post(pool, challenge)
        .await?
        .ok_or(AppError::Internal)?;
    let question = body("What do the midwives who stay have in common?")?;
    posting::question(pool, &round, &challenge, *asker, &question)
        .await
        .map_err(failed("question"))?;
    Ok(())
}
