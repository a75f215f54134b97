//! A set's rounds and who presents in each.

use super::errors::{Refusal, SetError, UNREAD};
use super::members::members;
use crate::dates::today;
use crate::db::begin_write;
use crate::sets::domain::RoundDraft;
use crate::sets::RoundLink;
use sqlx::{Sqlite, SqlitePool};

#[derive(sqlx::FromRow)]
pub struct RoundRecord {
    pub id: i64,
    pub set_id: i64,
    pub number: i64,
    pub title: String,
    pub opens_on: String,
    pub closes_on: String,
    pub closed: bool,
}

impl RoundRecord {
    /// Open for posting: not closed, and today within its dates.
    pub fn is_open(&self) -> bool {
        self.check_open_on(&today()).is_ok()
    }

    pub fn check_open(&self) -> Result<(), Refusal> {
        self.check_open_on(&today())
    }

    fn check_open_on(&self, today: &str) -> Result<(), Refusal> {
        let (number, opens_on, closes_on) =
            (self.number, self.opens_on.clone(), self.closes_on.clone());
        if self.closed {
            Err(Refusal::RoundClosed {
                number,
                opens_on,
                closes_on,
            })
        } else if !(self.opens_on.as_str() <= today && today <= self.closes_on.as_str()) {
            Err(Refusal::RoundNotOpen {
                number,
                opens_on,
                closes_on,
            })
        } else {
            Ok(())
        }
    }
}

const ROUND: &str =
    "SELECT id, set_id, number, title, opens_on, closes_on, closed_at IS NOT NULL AS closed
     FROM rounds";

pub async fn round(pool: &SqlitePool, round_id: i64) -> sqlx::Result<Option<RoundRecord>> {
    sqlx::query_as(&format!("{ROUND} WHERE id = ?"))
        .bind(round_id)
        .fetch_optional(pool)
        .await
}

pub async fn rounds(
    pool: &SqlitePool,
    set_id: i64,
    viewer_id: i64,
) -> sqlx::Result<Vec<RoundLink>> {
    let rows: Vec<RoundRecord> =
        sqlx::query_as(&format!("{ROUND} WHERE set_id = ? ORDER BY number"))
            .bind(set_id)
            .fetch_all(pool)
            .await?;
    let mut links = Vec::with_capacity(rows.len());
    for row in rows {
        let (unread,): (i64,) = sqlx::query_as(&format!("{UNREAD} AND p.round_id = ?"))
            .bind(viewer_id)
            .bind(viewer_id)
            .bind(row.id)
            .fetch_one(pool)
            .await?;
        links.push(RoundLink {
            open: row.is_open(),
            id: row.id,
            number: row.number,
            title: row.title,
            opens_on: row.opens_on,
            closes_on: row.closes_on,
            unread,
        });
    }
    Ok(links)
}

/// Opens a round; its presenters must be members of the set. A round at
/// dates another open round covers is refused unless `overlap_meant`:
/// members would otherwise be asked to present and report twice at once.
pub async fn open_round(
    pool: &SqlitePool,
    set_id: i64,
    draft: &RoundDraft,
    overlap_meant: bool,
) -> Result<i64, SetError> {
    let members: Vec<i64> = members(pool, set_id)
        .await?
        .into_iter()
        .map(|m| m.user_id)
        .collect();
    if draft.presenters.iter().any(|p| !members.contains(p)) {
        return Err(Refusal::PresentersNotMembers.into());
    }
    let mut tx = begin_write(pool).await?;
    let overlapping: Option<(i64, String, String)> = sqlx::query_as(
        "SELECT number, opens_on, closes_on FROM rounds
         WHERE set_id = ? AND closed_at IS NULL AND opens_on <= ? AND closes_on >= ?
         ORDER BY number LIMIT 1",
    )
    .bind(set_id)
    .bind(&draft.closes_on)
    .bind(&draft.opens_on)
    .fetch_optional(&mut *tx)
    .await?;
    if let (Some((number, opens_on, closes_on)), false) = (overlapping, overlap_meant) {
        return Err(Refusal::RoundsOverlap {
            number,
            opens_on,
            closes_on,
        }
        .into());
    }
    let round_id = sqlx::query(
        "INSERT INTO rounds (set_id, number, title, opens_on, closes_on)
         VALUES (?, (SELECT COALESCE(MAX(number), 0) + 1 FROM rounds WHERE set_id = ?), ?, ?, ?)",
    )
    .bind(set_id)
    .bind(set_id)
    .bind(&draft.title)
    .bind(&draft.opens_on)
    .bind(&draft.closes_on)
    .execute(&mut *tx)
    .await?
    .last_insert_rowid();
    for presenter in &draft.presenters {
        sqlx::query(
            "INSERT INTO round_presenters (round_id, user_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
        )
        .bind(round_id)
        .bind(presenter)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(round_id)
}

pub async fn close_round(pool: &SqlitePool, round_id: i64) -> sqlx::Result<()> {
    sqlx::query(
        "UPDATE rounds SET closed_at = CURRENT_TIMESTAMP WHERE id = ? AND closed_at IS NULL",
    )
    .bind(round_id)
    .execute(pool)
    .await?;
    Ok(())
}

pub async fn presenters(pool: &SqlitePool, round_id: i64) -> sqlx::Result<Vec<(i64, String)>> {
    sqlx::query_as(
        "SELECT u.id, u.full_name FROM round_presenters r JOIN users u ON u.id = r.user_id
         WHERE r.round_id = ? ORDER BY u.full_name",
    )
    .bind(round_id)
    .fetch_all(pool)
    .await
}

pub async fn is_presenter<'e>(
    executor: impl sqlx::Executor<'e, Database = Sqlite>,
    round_id: i64,
    user_id: i64,
) -> sqlx::Result<bool> {
    sqlx::query_scalar(
        "SELECT EXISTS (SELECT 1 FROM round_presenters WHERE round_id = ? AND user_id = ?)",
    )
    .bind(round_id)
    .bind(user_id)
    .fetch_one(executor)
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round(opens_on: &str, closes_on: &str, closed: bool) -> RoundRecord {
        RoundRecord {
            id: 1,
            set_id: 1,
            number: 2,
            title: "Round 2".into(),
            opens_on: opens_on.into(),
            closes_on: closes_on.into(),
            closed,
        }
    }

    #[test]
    fn a_round_is_open_from_its_first_day_to_its_last() {
        let r = round("2026-12-01", "2026-12-07", false);
        assert!(r.check_open_on("2026-12-01").is_ok());
        assert!(r.check_open_on("2026-12-07").is_ok());
        assert!(matches!(
            r.check_open_on("2026-11-30"),
            Err(Refusal::RoundNotOpen { number: 2, .. })
        ));
        assert!(matches!(
            r.check_open_on("2026-12-08"),
            Err(Refusal::RoundNotOpen { .. })
        ));
    }

    #[test]
    fn a_closed_round_says_so_even_within_its_dates() {
        let r = round("2026-12-01", "2026-12-07", true);
        assert!(matches!(
            r.check_open_on("2026-12-03"),
            Err(Refusal::RoundClosed { number: 2, .. })
        ));
    }
}
