//! Proposed sets, kept for review between "propose" and "confirm".

use super::errors::{Refusal, SetError};
use super::members::participants;
use crate::db::begin_write;
use crate::sets::formation::{self, Candidate};
use crate::sets::MemberView;
use serde::{Deserialize, Serialize};
use sqlx::SqlitePool;
use std::collections::HashMap;

/// A proposed set, as stored between "propose" and "confirm".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProposedSet {
    pub name: String,
    pub members: Vec<i64>,
}

/// Proposes sets for the participants not yet in one, and keeps the
/// proposal for review. Names continue the cohort's numbering.
pub async fn propose(pool: &SqlitePool, cohort_id: i64) -> Result<(), SetError> {
    let (set_size,): (i64,) = sqlx::query_as("SELECT set_size FROM cohorts WHERE id = ?")
        .bind(cohort_id)
        .fetch_one(pool)
        .await?;
    let people: Vec<Candidate> = participants(pool, cohort_id)
        .await?
        .into_iter()
        .filter(|p| p.set_id.is_none())
        .map(|p| Candidate {
            user_id: p.user_id,
            country: p.country,
            cadre: p.cadre,
        })
        .collect();
    if people.is_empty() {
        return Err(Refusal::EveryonePlaced.into());
    }
    let (existing,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM learning_sets WHERE cohort_id = ?")
            .bind(cohort_id)
            .fetch_one(pool)
            .await?;
    let proposal: Vec<ProposedSet> = formation::propose(&people, set_size as usize)
        .into_iter()
        .enumerate()
        .map(|(i, members)| ProposedSet {
            name: format!("Set {}", existing + i as i64 + 1),
            members,
        })
        .collect();
    save_proposal(pool, cohort_id, &proposal).await
}

async fn save_proposal(
    pool: &SqlitePool,
    cohort_id: i64,
    proposal: &[ProposedSet],
) -> Result<(), SetError> {
    let json =
        serde_json::to_string(proposal).map_err(|_| SetError::from(Refusal::ProposalNotSaved))?;
    sqlx::query(
        "INSERT INTO set_proposals (cohort_id, proposal) VALUES (?, ?)
         ON CONFLICT (cohort_id) DO UPDATE SET proposal = excluded.proposal",
    )
    .bind(cohort_id)
    .bind(json)
    .execute(pool)
    .await?;
    Ok(())
}

pub async fn proposal(pool: &SqlitePool, cohort_id: i64) -> Result<Vec<ProposedSet>, SetError> {
    let row: Option<(String,)> =
        sqlx::query_as("SELECT proposal FROM set_proposals WHERE cohort_id = ?")
            .bind(cohort_id)
            .fetch_optional(pool)
            .await?;
    let (json,) = row.ok_or(SetError::NotFound)?;
    serde_json::from_str(&json).map_err(|_| SetError::NotFound)
}

/// The proposal with each member's name, country and cadre.
pub async fn proposal_view(
    pool: &SqlitePool,
    cohort_id: i64,
) -> Result<Vec<(String, Vec<MemberView>)>, SetError> {
    let sets = proposal(pool, cohort_id).await?;
    let people: HashMap<i64, MemberView> = participants(pool, cohort_id)
        .await?
        .iter()
        .map(|p| (p.user_id, MemberView::from(p)))
        .collect();
    Ok(sets
        .into_iter()
        .map(|set| {
            let members = set
                .members
                .iter()
                .filter_map(|id| people.get(id).cloned())
                .collect();
            (set.name, members)
        })
        .collect())
}

/// Moves one person to another set of the proposal.
pub async fn move_in_proposal(
    pool: &SqlitePool,
    cohort_id: i64,
    user_id: i64,
    to: usize,
) -> Result<(), SetError> {
    let mut sets = proposal(pool, cohort_id).await?;
    if to >= sets.len() || !sets.iter().any(|s| s.members.contains(&user_id)) {
        return Err(SetError::NotFound);
    }
    for set in &mut sets {
        set.members.retain(|&id| id != user_id);
    }
    sets[to].members.push(user_id);
    save_proposal(pool, cohort_id, &sets).await
}

/// Creates the proposed sets with their members, shares the cohort's
/// tutors among them, and forgets the proposal. Returns how many sets.
pub async fn confirm_proposal(pool: &SqlitePool, cohort_id: i64) -> Result<usize, SetError> {
    let sets = proposal(pool, cohort_id).await?;
    let tutors: Vec<i64> = crate::cohorts::store::tutors(pool, cohort_id)
        .await?
        .into_iter()
        .map(|t| t.id)
        .collect();
    let mut tx = begin_write(pool).await?;
    let mut created = 0;
    for (i, set) in sets
        .iter()
        .enumerate()
        .filter(|(_, s)| !s.members.is_empty())
    {
        let tutor = (!tutors.is_empty()).then(|| tutors[i % tutors.len()]);
        let set_id =
            sqlx::query("INSERT INTO learning_sets (cohort_id, name, tutor_id) VALUES (?, ?, ?)")
                .bind(cohort_id)
                .bind(&set.name)
                .bind(tutor)
                .execute(&mut *tx)
                .await
                .map_err(|e| match e {
                    sqlx::Error::Database(d) if d.is_unique_violation() => {
                        SetError::Refused(Refusal::ProposedNameTaken)
                    }
                    e => SetError::Database(e),
                })?
                .last_insert_rowid();
        for user_id in &set.members {
            // Only people still enrolled and still in no set.
            sqlx::query(
                "INSERT INTO set_members (set_id, cohort_id, user_id)
                 SELECT ?, ?, ? WHERE EXISTS (
                     SELECT 1 FROM enrolments WHERE cohort_id = ? AND user_id = ? AND status = 'active')
                 ON CONFLICT DO NOTHING",
            )
            .bind(set_id)
            .bind(cohort_id)
            .bind(user_id)
            .bind(cohort_id)
            .bind(user_id)
            .execute(&mut *tx)
            .await?;
        }
        created += 1;
    }
    sqlx::query("DELETE FROM set_proposals WHERE cohort_id = ?")
        .bind(cohort_id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(created)
}

pub async fn discard_proposal(pool: &SqlitePool, cohort_id: i64) -> sqlx::Result<()> {
    sqlx::query("DELETE FROM set_proposals WHERE cohort_id = ?")
        .bind(cohort_id)
        .execute(pool)
        .await?;
    Ok(())
}
