//! All SQL about action-learning sets. Callers have checked access
//! (`access.rs`); these functions check what the data itself must hold
//! (membership, open rounds, unlocked threads) and say why when it does not.

use super::domain::{CommitmentDraft, PostBody, RoundDraft};
use super::formation::Candidate;
use super::{
    AttentionItem, CohortSets, CommitmentView, FlagView, HiddenView, MemberView, Moderation,
    MyCommitment, MySet, Outcome, PostView, ReportBackView, RoundLink, SetSummary, ThreadLink,
    Viewer,
};
use crate::cohorts::store::CohortRecord;
use crate::dates::today;
use crate::db::begin_write;
use crate::t;
use serde::{Deserialize, Serialize};
use sqlx::SqlitePool;
use std::collections::HashMap;

/// An expected refusal, in words for the page.
#[derive(Debug, thiserror::Error)]
pub enum SetError {
    #[error("{0}")]
    Refused(String),
    #[error("not found")]
    NotFound,
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

#[derive(sqlx::FromRow)]
struct MemberRow {
    set_id: Option<i64>,
    user_id: i64,
    full_name: String,
    country: String,
    cadre: String,
}

impl From<&MemberRow> for MemberView {
    fn from(row: &MemberRow) -> Self {
        MemberView {
            user_id: row.user_id,
            full_name: row.full_name.clone(),
            country: row.country.clone(),
            cadre: row.cadre.clone(),
        }
    }
}

/// The cohort's active participants, each with their set if they have one.
async fn participants(pool: &SqlitePool, cohort_id: i64) -> sqlx::Result<Vec<MemberRow>> {
    sqlx::query_as(
        "SELECT m.set_id, u.id AS user_id, u.full_name, u.country, u.cadre
         FROM enrolments e JOIN users u ON u.id = e.user_id
         LEFT JOIN set_members m ON m.cohort_id = e.cohort_id AND m.user_id = e.user_id
         WHERE e.cohort_id = ? AND e.status = 'active'
         ORDER BY u.full_name, u.id",
    )
    .bind(cohort_id)
    .fetch_all(pool)
    .await
}

pub async fn cohort_sets(pool: &SqlitePool, cohort: &CohortRecord) -> sqlx::Result<CohortSets> {
    let sets: Vec<(i64, String, Option<i64>, Option<String>)> = sqlx::query_as(
        "SELECT s.id, s.name, t.user_id, u.full_name FROM learning_sets s
         LEFT JOIN current_set_tutors t ON t.set_id = s.id
         LEFT JOIN users u ON u.id = t.user_id
         WHERE s.cohort_id = ? ORDER BY s.id",
    )
    .bind(cohort.id)
    .fetch_all(pool)
    .await?;
    let people = participants(pool, cohort.id).await?;
    let (set_size, has_proposal): (i64, bool) = sqlx::query_as(
        "SELECT set_size, EXISTS (SELECT 1 FROM set_proposals WHERE cohort_id = cohorts.id)
         FROM cohorts WHERE id = ?",
    )
    .bind(cohort.id)
    .fetch_one(pool)
    .await?;
    let tutors = crate::cohorts::store::tutors(pool, cohort.id)
        .await?
        .into_iter()
        .map(|t| (t.id, t.full_name))
        .collect();
    Ok(CohortSets {
        cohort_id: cohort.id,
        cohort_name: cohort.name.clone(),
        course_title: cohort.course_title.clone(),
        set_size,
        sets: sets
            .into_iter()
            .map(|(id, name, tutor_id, tutor_name)| SetSummary {
                id,
                name,
                tutor_id,
                tutor_name,
                members: people
                    .iter()
                    .filter(|p| p.set_id == Some(id))
                    .map(MemberView::from)
                    .collect(),
            })
            .collect(),
        unassigned: people
            .iter()
            .filter(|p| p.set_id.is_none())
            .map(MemberView::from)
            .collect(),
        tutors,
        has_proposal,
    })
}

async fn check_tutor(
    pool: &SqlitePool,
    cohort_id: i64,
    tutor_id: Option<i64>,
) -> Result<(), SetError> {
    if let Some(tutor_id) = tutor_id {
        if !crate::cohorts::store::is_tutor(pool, tutor_id, cohort_id).await? {
            return Err(SetError::Refused(t!("msg-set-tutor-not-in-cohort")));
        }
    }
    Ok(())
}

pub async fn create_set(
    pool: &SqlitePool,
    cohort_id: i64,
    name: &str,
    tutor_id: Option<i64>,
) -> Result<i64, SetError> {
    check_tutor(pool, cohort_id, tutor_id).await?;
    let done =
        sqlx::query("INSERT INTO learning_sets (cohort_id, name, tutor_id) VALUES (?, ?, ?)")
            .bind(cohort_id)
            .bind(name)
            .bind(tutor_id)
            .execute(pool)
            .await;
    match done {
        Ok(done) => Ok(done.last_insert_rowid()),
        Err(sqlx::Error::Database(e)) if e.is_unique_violation() => {
            Err(SetError::Refused(t!("msg-set-name-taken")))
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn set_tutor(
    pool: &SqlitePool,
    cohort_id: i64,
    set_id: i64,
    tutor_id: Option<i64>,
) -> Result<(), SetError> {
    check_tutor(pool, cohort_id, tutor_id).await?;
    sqlx::query("UPDATE learning_sets SET tutor_id = ? WHERE id = ? AND cohort_id = ?")
        .bind(tutor_id)
        .bind(set_id)
        .bind(cohort_id)
        .execute(pool)
        .await?;
    Ok(())
}

/// Puts a participant of the cohort into one of its sets (moving them out
/// of any other), or takes them out of their set when `set_id` is `None`.
pub async fn place_member(
    pool: &SqlitePool,
    cohort_id: i64,
    user_id: i64,
    set_id: Option<i64>,
) -> Result<(), SetError> {
    let mut tx = begin_write(pool).await?;
    let enrolled: Option<(i64,)> = sqlx::query_as(
        "SELECT 1 FROM enrolments WHERE cohort_id = ? AND user_id = ? AND status = 'active'",
    )
    .bind(cohort_id)
    .bind(user_id)
    .fetch_optional(&mut *tx)
    .await?;
    if enrolled.is_none() {
        return Err(SetError::Refused(t!("msg-set-member-not-enrolled")));
    }
    sqlx::query("DELETE FROM set_members WHERE cohort_id = ? AND user_id = ?")
        .bind(cohort_id)
        .bind(user_id)
        .execute(&mut *tx)
        .await?;
    if let Some(set_id) = set_id {
        let (members, set_size): (i64, i64) = sqlx::query_as(
            "SELECT (SELECT COUNT(*) FROM set_members WHERE set_id = ?), set_size
             FROM cohorts WHERE id = ?",
        )
        .bind(set_id)
        .bind(cohort_id)
        .fetch_one(&mut *tx)
        .await?;
        if members >= set_size {
            return Err(SetError::Refused(t!("msg-set-full", size = set_size)));
        }
        let done = sqlx::query(
            "INSERT INTO set_members (set_id, cohort_id, user_id)
             SELECT id, cohort_id, ? FROM learning_sets WHERE id = ? AND cohort_id = ?",
        )
        .bind(user_id)
        .bind(set_id)
        .bind(cohort_id)
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() == 0 {
            return Err(SetError::NotFound);
        }
    }
    tx.commit().await?;
    Ok(())
}

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
        return Err(SetError::Refused(t!("msg-set-everyone-placed")));
    }
    let (existing,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM learning_sets WHERE cohort_id = ?")
            .bind(cohort_id)
            .fetch_one(pool)
            .await?;
    let proposal: Vec<ProposedSet> = super::formation::propose(&people, set_size as usize)
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
    let json = serde_json::to_string(proposal)
        .map_err(|_| SetError::Refused(t!("msg-set-proposal-not-saved")))?;
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
                        SetError::Refused(t!("msg-set-proposed-name-taken"))
                    }
                    e => e.into(),
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

pub async fn members(pool: &SqlitePool, set_id: i64) -> sqlx::Result<Vec<MemberView>> {
    let rows: Vec<MemberRow> = sqlx::query_as(
        "SELECT m.set_id, u.id AS user_id, u.full_name, u.country, u.cadre
         FROM set_members m JOIN users u ON u.id = m.user_id
         JOIN enrolments e ON e.cohort_id = m.cohort_id AND e.user_id = m.user_id
         WHERE m.set_id = ? AND e.status = 'active'
         ORDER BY u.full_name",
    )
    .bind(set_id)
    .fetch_all(pool)
    .await?;
    Ok(rows.iter().map(MemberView::from).collect())
}

/// Posts by others the user has not seen, per round or thread of a set.
const UNREAD: &str = "SELECT COUNT(*) FROM posts p
     LEFT JOIN post_reads r ON r.user_id = ? AND (r.round_id = p.round_id OR r.thread_id = p.thread_id)
     WHERE p.author_id <> ? AND p.hidden_at IS NULL AND p.id > COALESCE(r.last_post_id, 0)";

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
        let today = today();
        !self.closed && self.opens_on <= today && today <= self.closes_on
    }

    pub fn check_open(&self) -> Result<(), SetError> {
        if self.is_open() {
            Ok(())
        } else {
            let (number, opens, closes) = (self.number, &self.opens_on, &self.closes_on);
            Err(SetError::Refused(if self.closed {
                t!(
                    "msg-set-round-closed",
                    number = number,
                    opens = crate::i18n::date(opens),
                    closes = crate::i18n::date(closes)
                )
            } else {
                t!(
                    "msg-set-round-not-open",
                    number = number,
                    opens = crate::i18n::date(opens),
                    closes = crate::i18n::date(closes)
                )
            }))
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

pub async fn threads(
    pool: &SqlitePool,
    set_id: i64,
    viewer_id: i64,
) -> sqlx::Result<Vec<ThreadLink>> {
    let rows: Vec<(i64, String, String, bool, bool, i64)> = sqlx::query_as(
        "SELECT t.id, t.title, u.full_name, t.pinned, t.locked,
                (SELECT COUNT(*) FROM posts p WHERE p.thread_id = t.id)
         FROM threads t JOIN users u ON u.id = t.author_id
         WHERE t.set_id = ? ORDER BY t.pinned DESC, t.id DESC",
    )
    .bind(set_id)
    .fetch_all(pool)
    .await?;
    let mut links = Vec::with_capacity(rows.len());
    for (id, title, author_name, pinned, locked, posts) in rows {
        let (unread,): (i64,) = sqlx::query_as(&format!("{UNREAD} AND p.thread_id = ?"))
            .bind(viewer_id)
            .bind(viewer_id)
            .bind(id)
            .fetch_one(pool)
            .await?;
        links.push(ThreadLink {
            id,
            title,
            author_name,
            pinned,
            locked,
            posts,
            unread,
        });
    }
    Ok(links)
}

/// Opens a round; its presenters must be members of the set.
pub async fn open_round(
    pool: &SqlitePool,
    set_id: i64,
    draft: &RoundDraft,
) -> Result<i64, SetError> {
    let members: Vec<i64> = members(pool, set_id)
        .await?
        .into_iter()
        .map(|m| m.user_id)
        .collect();
    if draft.presenters.iter().any(|p| !members.contains(p)) {
        return Err(SetError::Refused(t!("msg-set-presenters-not-members")));
    }
    let mut tx = begin_write(pool).await?;
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

#[derive(sqlx::FromRow)]
pub struct PostRecord {
    pub id: i64,
    pub set_id: i64,
    pub author_id: i64,
    pub kind: String,
    pub round_id: Option<i64>,
    pub thread_id: Option<i64>,
    pub parent_id: Option<i64>,
    pub author_name: String,
    pub body_markdown: String,
    pub body_html: String,
    pub created_at: String,
    pub edited: bool,
    pub hidden: bool,
    pub hidden_reason: Option<String>,
    pub hidden_by_name: Option<String>,
}

impl PostRecord {
    /// The post as `viewer` may see it.
    pub fn view(&self, viewer: Viewer) -> PostView {
        let moderator = viewer.moderates();
        PostView {
            id: self.id,
            author_id: self.author_id,
            author_name: self.author_name.clone(),
            created_at: self.created_at.clone(),
            edited: self.edited,
            body_html: (!self.hidden || moderator).then(|| self.body_html.clone()),
            body_markdown: moderator.then(|| self.body_markdown.clone()),
            hidden: self.hidden.then(|| HiddenView {
                reason: self.hidden_reason.clone().unwrap_or_default(),
                hidden_by: self.hidden_by_name.clone().unwrap_or_default(),
            }),
        }
    }
}

const POST: &str =
    "SELECT p.id, p.set_id, p.author_id, p.kind, p.round_id, p.thread_id, p.parent_id,
        u.full_name AS author_name, p.body_markdown, p.body_html, p.created_at,
        p.edited_at IS NOT NULL AS edited, p.hidden_at IS NOT NULL AS hidden, p.hidden_reason,
        h.full_name AS hidden_by_name
     FROM posts p JOIN users u ON u.id = p.author_id LEFT JOIN users h ON h.id = p.hidden_by";

pub async fn post(pool: &SqlitePool, post_id: i64) -> sqlx::Result<Option<PostRecord>> {
    sqlx::query_as(&format!("{POST} WHERE p.id = ?"))
        .bind(post_id)
        .fetch_optional(pool)
        .await
}

pub async fn round_posts(pool: &SqlitePool, round_id: i64) -> sqlx::Result<Vec<PostRecord>> {
    sqlx::query_as(&format!("{POST} WHERE p.round_id = ? ORDER BY p.id"))
        .bind(round_id)
        .fetch_all(pool)
        .await
}

pub async fn thread_posts(pool: &SqlitePool, thread_id: i64) -> sqlx::Result<Vec<PostRecord>> {
    sqlx::query_as(&format!("{POST} WHERE p.thread_id = ? ORDER BY p.id"))
        .bind(thread_id)
        .fetch_all(pool)
        .await
}

/// Where a new post goes.
pub struct NewPost {
    pub set_id: i64,
    pub author_id: i64,
    pub kind: &'static str,
    pub round_id: Option<i64>,
    pub thread_id: Option<i64>,
    pub parent_id: Option<i64>,
}

async fn insert_post(
    conn: &mut sqlx::SqliteConnection,
    new: &NewPost,
    body: &PostBody,
) -> sqlx::Result<i64> {
    Ok(sqlx::query(
        "INSERT INTO posts (set_id, author_id, kind, round_id, thread_id, parent_id,
                            body_markdown, body_html)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(new.set_id)
    .bind(new.author_id)
    .bind(new.kind)
    .bind(new.round_id)
    .bind(new.thread_id)
    .bind(new.parent_id)
    .bind(&body.markdown)
    .bind(&body.html)
    .execute(conn)
    .await?
    .last_insert_rowid())
}

pub async fn add_post(pool: &SqlitePool, new: &NewPost, body: &PostBody) -> sqlx::Result<i64> {
    let mut conn = pool.acquire().await?;
    insert_post(&mut conn, new, body).await
}

pub async fn is_presenter(pool: &SqlitePool, round_id: i64, user_id: i64) -> sqlx::Result<bool> {
    let row: Option<(i64,)> =
        sqlx::query_as("SELECT 1 FROM round_presenters WHERE round_id = ? AND user_id = ?")
            .bind(round_id)
            .bind(user_id)
            .fetch_optional(pool)
            .await?;
    Ok(row.is_some())
}

/// A presenter's challenge in a round, if they posted one.
pub async fn challenge_of(
    pool: &SqlitePool,
    round_id: i64,
    user_id: i64,
) -> sqlx::Result<Option<i64>> {
    let row: Option<(i64,)> = sqlx::query_as(
        "SELECT id FROM posts WHERE round_id = ? AND author_id = ? AND kind = 'challenge'",
    )
    .bind(round_id)
    .bind(user_id)
    .fetch_optional(pool)
    .await?;
    Ok(row.map(|(id,)| id))
}

pub async fn add_commitment(
    pool: &SqlitePool,
    challenge: &PostRecord,
    draft: &CommitmentDraft,
) -> sqlx::Result<i64> {
    Ok(sqlx::query(
        "INSERT INTO action_commitments (set_id, round_id, challenge_id, presenter_id, action, due_on)
         VALUES (?, ?, ?, ?, ?, ?)",
    )
    .bind(challenge.set_id)
    .bind(challenge.round_id)
    .bind(challenge.id)
    .bind(challenge.author_id)
    .bind(&draft.action)
    .bind(&draft.due_on)
    .execute(pool)
    .await?
    .last_insert_rowid())
}

#[derive(sqlx::FromRow)]
pub struct CommitmentRecord {
    pub id: i64,
    pub set_id: i64,
    pub round_id: i64,
    pub round_number: i64,
    pub challenge_id: i64,
    pub presenter_id: i64,
    pub presenter_name: String,
    pub action: String,
    pub due_on: String,
    pub report_post_id: Option<i64>,
    pub outcome: Option<String>,
    pub report_round_number: Option<i64>,
}

const COMMITMENT: &str =
    "SELECT c.id, c.set_id, c.round_id, r.number AS round_number, c.challenge_id,
        c.presenter_id, u.full_name AS presenter_name, c.action, c.due_on,
        b.post_id AS report_post_id, b.outcome, rr.number AS report_round_number
     FROM action_commitments c JOIN rounds r ON r.id = c.round_id
     JOIN users u ON u.id = c.presenter_id
     LEFT JOIN report_backs b ON b.commitment_id = c.id
     LEFT JOIN posts bp ON bp.id = b.post_id
     LEFT JOIN rounds rr ON rr.id = bp.round_id";

pub async fn commitment(pool: &SqlitePool, id: i64) -> sqlx::Result<Option<CommitmentRecord>> {
    sqlx::query_as(&format!("{COMMITMENT} WHERE c.id = ?"))
        .bind(id)
        .fetch_optional(pool)
        .await
}

pub async fn set_commitments(
    pool: &SqlitePool,
    set_id: i64,
) -> sqlx::Result<Vec<CommitmentRecord>> {
    sqlx::query_as(&format!("{COMMITMENT} WHERE c.set_id = ? ORDER BY c.id"))
        .bind(set_id)
        .fetch_all(pool)
        .await
}

impl CommitmentRecord {
    pub fn view(&self, posts: &HashMap<i64, PostView>) -> CommitmentView {
        let report_back = match (self.report_post_id, self.outcome.as_deref()) {
            (Some(post_id), Some(outcome)) => posts.get(&post_id).map(|post| ReportBackView {
                outcome: Outcome::parse(outcome).unwrap_or(Outcome::NotDone),
                round_number: self.report_round_number.unwrap_or_default(),
                post: post.clone(),
            }),
            _ => None,
        };
        CommitmentView {
            id: self.id,
            round_number: self.round_number,
            action: self.action.clone(),
            due_on: self.due_on.clone(),
            overdue: self.report_post_id.is_none() && self.due_on < today(),
            report_back,
        }
    }
}

/// Posts a report-back on a commitment, once.
pub async fn report_back(
    pool: &SqlitePool,
    commitment: &CommitmentRecord,
    round_id: i64,
    outcome: Outcome,
    body: &PostBody,
) -> Result<i64, SetError> {
    let mut tx = begin_write(pool).await?;
    let post_id = insert_post(
        &mut tx,
        &NewPost {
            set_id: commitment.set_id,
            author_id: commitment.presenter_id,
            kind: "report-back",
            round_id: Some(round_id),
            thread_id: None,
            parent_id: Some(commitment.challenge_id),
        },
        body,
    )
    .await?;
    let done = sqlx::query(
        "INSERT INTO report_backs (commitment_id, post_id, outcome) VALUES (?, ?, ?)
         ON CONFLICT DO NOTHING",
    )
    .bind(commitment.id)
    .bind(post_id)
    .bind(outcome.code())
    .execute(&mut *tx)
    .await?;
    if done.rows_affected() == 0 {
        return Err(SetError::Refused(t!("msg-set-already-reported")));
    }
    tx.commit().await?;
    Ok(post_id)
}

#[derive(sqlx::FromRow)]
pub struct ThreadRecord {
    pub id: i64,
    pub set_id: i64,
    pub title: String,
    pub pinned: bool,
    pub locked: bool,
}

pub async fn thread(pool: &SqlitePool, thread_id: i64) -> sqlx::Result<Option<ThreadRecord>> {
    sqlx::query_as("SELECT id, set_id, title, pinned, locked FROM threads WHERE id = ?")
        .bind(thread_id)
        .fetch_optional(pool)
        .await
}

pub async fn start_thread(
    pool: &SqlitePool,
    set_id: i64,
    author_id: i64,
    title: &str,
    body: &PostBody,
) -> sqlx::Result<i64> {
    let mut tx = begin_write(pool).await?;
    let thread_id = sqlx::query("INSERT INTO threads (set_id, title, author_id) VALUES (?, ?, ?)")
        .bind(set_id)
        .bind(title)
        .bind(author_id)
        .execute(&mut *tx)
        .await?
        .last_insert_rowid();
    insert_post(
        &mut tx,
        &NewPost {
            set_id,
            author_id,
            kind: "opening",
            round_id: None,
            thread_id: Some(thread_id),
            parent_id: None,
        },
        body,
    )
    .await?;
    tx.commit().await?;
    Ok(thread_id)
}

pub async fn set_thread_flags(
    pool: &SqlitePool,
    thread_id: i64,
    pinned: bool,
    locked: bool,
) -> sqlx::Result<()> {
    sqlx::query("UPDATE threads SET pinned = ?, locked = ? WHERE id = ?")
        .bind(pinned)
        .bind(locked)
        .bind(thread_id)
        .execute(pool)
        .await?;
    Ok(())
}

pub async fn hide_post(pool: &SqlitePool, post_id: i64, by: i64, reason: &str) -> sqlx::Result<()> {
    sqlx::query(
        "UPDATE posts SET hidden_at = CURRENT_TIMESTAMP, hidden_by = ?, hidden_reason = ? WHERE id = ?",
    )
    .bind(by)
    .bind(reason)
    .bind(post_id)
    .execute(pool)
    .await?;
    Ok(())
}

pub async fn restore_post(pool: &SqlitePool, post_id: i64) -> sqlx::Result<()> {
    sqlx::query(
        "UPDATE posts SET hidden_at = NULL, hidden_by = NULL, hidden_reason = NULL WHERE id = ?",
    )
    .bind(post_id)
    .execute(pool)
    .await?;
    Ok(())
}

/// Replaces a post's text, keeping what it said before.
pub async fn edit_post(
    pool: &SqlitePool,
    post: &PostRecord,
    by: i64,
    body: &PostBody,
) -> sqlx::Result<()> {
    let mut tx = begin_write(pool).await?;
    sqlx::query("INSERT INTO post_edits (post_id, edited_by, previous_markdown) VALUES (?, ?, ?)")
        .bind(post.id)
        .bind(by)
        .bind(&post.body_markdown)
        .execute(&mut *tx)
        .await?;
    sqlx::query(
        "UPDATE posts SET body_markdown = ?, body_html = ?, edited_at = CURRENT_TIMESTAMP WHERE id = ?",
    )
    .bind(&body.markdown)
    .bind(&body.html)
    .bind(post.id)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(())
}

pub async fn flag_post(pool: &SqlitePool, post_id: i64, by: i64, reason: &str) -> sqlx::Result<()> {
    sqlx::query("INSERT INTO post_flags (post_id, flagged_by, reason) VALUES (?, ?, ?)")
        .bind(post_id)
        .bind(by)
        .bind(reason)
        .execute(pool)
        .await?;
    Ok(())
}

/// Marks a flag dealt with; returns the flagged post's set.
pub async fn resolve_flag(pool: &SqlitePool, flag_id: i64, by: i64) -> sqlx::Result<()> {
    sqlx::query(
        "UPDATE post_flags SET resolved_at = CURRENT_TIMESTAMP, resolved_by = ? WHERE id = ?",
    )
    .bind(by)
    .bind(flag_id)
    .execute(pool)
    .await?;
    Ok(())
}

pub async fn flag_set(pool: &SqlitePool, flag_id: i64) -> sqlx::Result<Option<i64>> {
    let row: Option<(i64,)> = sqlx::query_as(
        "SELECT p.set_id FROM post_flags f JOIN posts p ON p.id = f.post_id WHERE f.id = ?",
    )
    .bind(flag_id)
    .fetch_optional(pool)
    .await?;
    Ok(row.map(|(id,)| id))
}

/// Remembers the newest post the user has seen in a round or thread.
pub async fn mark_read(
    pool: &SqlitePool,
    user_id: i64,
    round_id: Option<i64>,
    thread_id: Option<i64>,
    last_post_id: i64,
) -> sqlx::Result<()> {
    let updated = sqlx::query(
        "UPDATE post_reads SET last_post_id = ?
         WHERE user_id = ? AND (round_id = ? OR thread_id = ?)",
    )
    .bind(last_post_id)
    .bind(user_id)
    .bind(round_id)
    .bind(thread_id)
    .execute(pool)
    .await?;
    if updated.rows_affected() == 0 {
        sqlx::query(
            "INSERT INTO post_reads (user_id, round_id, thread_id, last_post_id) VALUES (?, ?, ?, ?)
             ON CONFLICT DO NOTHING",
        )
        .bind(user_id)
        .bind(round_id)
        .bind(thread_id)
        .bind(last_post_id)
        .execute(pool)
        .await?;
    }
    Ok(())
}

/// The sets a person sees on their home page, with what they have not read.
pub async fn my_sets(pool: &SqlitePool, user_id: i64) -> sqlx::Result<Vec<MySet>> {
    let rows: Vec<(i64, String, String)> = sqlx::query_as(
        "SELECT s.id, s.name, c.title FROM learning_sets s
         JOIN cohorts co ON co.id = s.cohort_id JOIN courses c ON c.id = co.course_id
         WHERE s.id IN (
             SELECT t.set_id FROM current_set_tutors t WHERE t.user_id = ?
             UNION
             SELECT m.set_id FROM set_members m
             JOIN enrolments e ON e.cohort_id = m.cohort_id AND e.user_id = m.user_id
             WHERE m.user_id = ? AND e.status = 'active')
         ORDER BY s.id DESC",
    )
    .bind(user_id)
    .bind(user_id)
    .fetch_all(pool)
    .await?;
    let mut sets = Vec::with_capacity(rows.len());
    for (id, name, course_title) in rows {
        let (unread,): (i64,) = sqlx::query_as(&format!("{UNREAD} AND p.set_id = ?"))
            .bind(user_id)
            .bind(user_id)
            .bind(id)
            .fetch_one(pool)
            .await?;
        sets.push(MySet {
            id,
            name,
            course_title,
            unread,
        });
    }
    Ok(sets)
}

/// A presenter's commitments without a report-back, soonest first.
pub async fn my_commitments(pool: &SqlitePool, user_id: i64) -> sqlx::Result<Vec<MyCommitment>> {
    let rows: Vec<(i64, String, String, String)> = sqlx::query_as(
        "SELECT s.id, s.name, c.action, c.due_on FROM action_commitments c
         JOIN learning_sets s ON s.id = c.set_id
         WHERE c.presenter_id = ? AND c.id NOT IN (SELECT commitment_id FROM report_backs)
         ORDER BY c.due_on, c.id",
    )
    .bind(user_id)
    .fetch_all(pool)
    .await?;
    let today = today();
    Ok(rows
        .into_iter()
        .map(|(set_id, set_name, action, due_on)| MyCommitment {
            overdue: due_on < today,
            set_id,
            set_name,
            action,
            due_on,
        })
        .collect())
}

#[derive(sqlx::FromRow)]
struct FlagRow {
    id: i64,
    set_name: String,
    set_id: i64,
    round_id: Option<i64>,
    thread_id: Option<i64>,
    author_name: String,
    flagged_by: String,
    reason: String,
    body: String,
}

/// What needs the moderator's attention in the sets they tutor (every set,
/// for an administrator).
pub async fn moderation(
    pool: &SqlitePool,
    user_id: i64,
    all_sets: bool,
) -> sqlx::Result<Moderation> {
    let scope =
        "(s.id IN (SELECT t.set_id FROM current_set_tutors t WHERE t.user_id = ?) OR ? = TRUE)";
    let flags: Vec<FlagRow> = sqlx::query_as(&format!(
        "SELECT f.id, s.name AS set_name, s.id AS set_id, p.round_id, p.thread_id,
                a.full_name AS author_name, b.full_name AS flagged_by, f.reason,
                p.body_markdown AS body
         FROM post_flags f JOIN posts p ON p.id = f.post_id
         JOIN learning_sets s ON s.id = p.set_id
         JOIN users a ON a.id = p.author_id JOIN users b ON b.id = f.flagged_by
         WHERE f.resolved_at IS NULL AND {scope} ORDER BY f.id"
    ))
    .bind(user_id)
    .bind(all_sets)
    .fetch_all(pool)
    .await?;
    let unquestioned: Vec<(String, i64, String, i64)> = sqlx::query_as(&format!(
        "SELECT s.name, r.id, u.full_name, r.number FROM posts p
         JOIN learning_sets s ON s.id = p.set_id JOIN rounds r ON r.id = p.round_id
         JOIN users u ON u.id = p.author_id
         WHERE p.kind = 'challenge' AND p.hidden_at IS NULL AND {scope}
           AND NOT EXISTS (SELECT 1 FROM posts q WHERE q.parent_id = p.id AND q.kind = 'question')
         ORDER BY p.id"
    ))
    .bind(user_id)
    .bind(all_sets)
    .fetch_all(pool)
    .await?;
    let overdue: Vec<(String, i64, String, String, String)> = sqlx::query_as(&format!(
        "SELECT s.name, s.id, u.full_name, c.action, c.due_on FROM action_commitments c
         JOIN learning_sets s ON s.id = c.set_id JOIN users u ON u.id = c.presenter_id
         WHERE c.due_on < ? AND c.id NOT IN (SELECT commitment_id FROM report_backs) AND {scope}
         ORDER BY c.due_on"
    ))
    .bind(today())
    .bind(user_id)
    .bind(all_sets)
    .fetch_all(pool)
    .await?;
    // The current round of a set: its latest round that has opened and is
    // not closed.
    let silent: Vec<(String, i64, i64, String)> = sqlx::query_as(&format!(
        "SELECT s.name, r.id, r.number, u.full_name FROM learning_sets s
         JOIN rounds r ON r.set_id = s.id
         JOIN set_members m ON m.set_id = s.id JOIN users u ON u.id = m.user_id
         JOIN enrolments e ON e.cohort_id = m.cohort_id AND e.user_id = m.user_id AND e.status = 'active'
         WHERE {scope} AND r.closed_at IS NULL AND r.opens_on <= ?
           AND r.number = (SELECT MAX(x.number) FROM rounds x
                           WHERE x.set_id = s.id AND x.closed_at IS NULL AND x.opens_on <= ?)
           AND NOT EXISTS (SELECT 1 FROM posts p WHERE p.round_id = r.id AND p.author_id = m.user_id)
         ORDER BY s.id, u.full_name"
    ))
    .bind(user_id)
    .bind(all_sets)
    .bind(today())
    .bind(today())
    .fetch_all(pool)
    .await?;
    Ok(Moderation {
        flags: flags
            .into_iter()
            .map(|flag| FlagView {
                id: flag.id,
                set_name: flag.set_name,
                path: match (flag.round_id, flag.thread_id) {
                    (Some(round), _) => format!("/rounds/{round}"),
                    (_, Some(thread)) => format!("/threads/{thread}"),
                    _ => format!("/sets/{}", flag.set_id),
                },
                author_name: flag.author_name,
                flagged_by: flag.flagged_by,
                reason: flag.reason,
                excerpt: flag.body.chars().take(160).collect(),
            })
            .collect(),
        unquestioned: unquestioned
            .into_iter()
            .map(|(set_name, round_id, person, number)| AttentionItem {
                set_name,
                person,
                detail: t!("msg-set-unquestioned", round = number),
                path: format!("/rounds/{round_id}"),
            })
            .collect(),
        overdue: overdue
            .into_iter()
            .map(|(set_name, set_id, person, action, due_on)| AttentionItem {
                set_name,
                person,
                detail: t!(
                    "msg-set-overdue",
                    action = action,
                    due = crate::i18n::date(&due_on)
                ),
                path: format!("/sets/{set_id}"),
            })
            .collect(),
        silent: silent
            .into_iter()
            .map(|(set_name, round_id, number, person)| AttentionItem {
                set_name,
                person,
                detail: t!("msg-set-silent", round = number),
                path: format!("/rounds/{round_id}"),
            })
            .collect(),
    })
}
