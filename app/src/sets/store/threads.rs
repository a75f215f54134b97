//! A set's general threads, outside its rounds.

use super::errors::UNREAD;
use super::posts::{insert_post, NewPost, PostKind};
use crate::db::begin_write;
use crate::sets::domain::PostBody;
use crate::sets::ThreadLink;
use sqlx::SqlitePool;

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
            kind: PostKind::Opening,
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
