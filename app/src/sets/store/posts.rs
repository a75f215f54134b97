//! Posts, in rounds and in threads, and what each reader has seen.

use crate::sets::domain::PostBody;
use crate::sets::{HiddenView, PostView, Viewer};
use sqlx::{Sqlite, SqliteConnection, SqlitePool};

/// What a post is, as stored in `posts.kind`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, sqlx::Type)]
#[sqlx(rename_all = "kebab-case")]
pub enum PostKind {
    /// A presenter's challenge, opening their part of a round.
    Challenge,
    /// Another member's question about a challenge.
    Question,
    /// The presenter's answer to a question.
    Answer,
    /// The presenter's report, in a later round, on a commitment.
    ReportBack,
    /// A thread's first post.
    Opening,
    Reply,
}

#[derive(Clone, sqlx::FromRow)]
pub struct PostRecord {
    pub id: i64,
    pub set_id: i64,
    pub author_id: i64,
    pub kind: PostKind,
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

/// The report-back posts on a set's commitments, which later rounds hold.
pub async fn report_back_posts(pool: &SqlitePool, set_id: i64) -> sqlx::Result<Vec<PostRecord>> {
    sqlx::query_as(&format!(
        "{POST} WHERE p.id IN (SELECT b.post_id FROM report_backs b
             JOIN action_commitments c ON c.id = b.commitment_id WHERE c.set_id = ?)
         ORDER BY p.id"
    ))
    .bind(set_id)
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
    pub kind: PostKind,
    pub round_id: Option<i64>,
    pub thread_id: Option<i64>,
    pub parent_id: Option<i64>,
}

pub async fn insert_post(
    conn: &mut SqliteConnection,
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

/// A presenter's challenge in a round, if they posted one.
pub async fn challenge_of<'e>(
    pool: impl sqlx::Executor<'e, Database = Sqlite>,
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
