//! Moderation: hiding, restoring and editing posts, members' flags, and
//! what needs a tutor's attention.

use super::posts::PostRecord;
use crate::audit::store::{self as audit, AuditEvent};
use crate::audit::AuditAction;
use crate::dates::today;
use crate::db::begin_write;
use crate::sets::domain::PostBody;
use crate::sets::{AttentionItem, Concern, FlagView, Moderation};
use sqlx::{SqliteConnection, SqlitePool};

/// Hides a post with the moderator's reason, with its audit entry, on the
/// caller's transaction.
pub async fn hide_post(
    conn: &mut SqliteConnection,
    post: &PostRecord,
    by: i64,
    reason: &str,
) -> sqlx::Result<()> {
    sqlx::query(
        "UPDATE posts SET hidden_at = CURRENT_TIMESTAMP, hidden_by = ?, hidden_reason = ? WHERE id = ?",
    )
    .bind(by)
    .bind(reason)
    .bind(post.id)
    .execute(&mut *conn)
    .await?;
    let after = format!("hidden: {reason}");
    let event = moderation_event(post, by, AuditAction::PostHidden, "shown", &after);
    audit::record(conn, &event).await
}

/// Shows a hidden post again, with its audit entry, on the caller's
/// transaction (a restored round post counts again towards a certificate).
pub async fn restore_post(
    conn: &mut SqliteConnection,
    post: &PostRecord,
    by: i64,
) -> sqlx::Result<()> {
    sqlx::query(
        "UPDATE posts SET hidden_at = NULL, hidden_by = NULL, hidden_reason = NULL WHERE id = ?",
    )
    .bind(post.id)
    .execute(&mut *conn)
    .await?;
    let event = moderation_event(post, by, AuditAction::PostRestored, "hidden", "shown");
    audit::record(conn, &event).await
}

fn moderation_event<'a>(
    post: &PostRecord,
    by: i64,
    action: AuditAction,
    before: &'a str,
    after: &'a str,
) -> AuditEvent<'a> {
    AuditEvent {
        actor_id: Some(by),
        action,
        subject: format!(
            "post {} by {} in set {}",
            post.id, post.author_name, post.set_id
        ),
        before,
        after,
    }
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

/// Marks a flag dealt with.
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
    let unanswered = unanswered(pool, user_id, all_sets).await?;
    Ok(Moderation {
        unanswered,
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
                concern: Concern::Unquestioned { round: number },
                path: format!("/rounds/{round_id}"),
            })
            .collect(),
        overdue: overdue
            .into_iter()
            .map(|(set_name, set_id, person, action, due_on)| AttentionItem {
                set_name,
                person,
                concern: Concern::Overdue { action, due_on },
                path: format!("/sets/{set_id}"),
            })
            .collect(),
        silent: silent
            .into_iter()
            .map(|(set_name, round_id, number, person)| AttentionItem {
                set_name,
                person,
                concern: Concern::Silent { round: number },
                path: format!("/rounds/{round_id}"),
            })
            .collect(),
    })
}

/// Questions nobody answered (the presenter owes the answer) and threads
/// nobody replied to, oldest first, in the moderator's sets.
async fn unanswered(
    pool: &SqlitePool,
    user_id: i64,
    all_sets: bool,
) -> sqlx::Result<Vec<AttentionItem>> {
    let scope =
        "(s.id IN (SELECT t.set_id FROM current_set_tutors t WHERE t.user_id = ?) OR ? = TRUE)";
    let questions: Vec<(String, i64, i64, String, String)> = sqlx::query_as(&format!(
        "SELECT s.name, r.id, r.number, pu.full_name, qu.full_name FROM posts q
         JOIN posts c ON c.id = q.parent_id
         JOIN learning_sets s ON s.id = q.set_id JOIN rounds r ON r.id = q.round_id
         JOIN users pu ON pu.id = c.author_id JOIN users qu ON qu.id = q.author_id
         WHERE q.kind = 'question' AND q.hidden_at IS NULL AND c.hidden_at IS NULL AND {scope}
           AND NOT EXISTS (SELECT 1 FROM posts a
                           WHERE a.parent_id = q.id AND a.kind = 'answer' AND a.hidden_at IS NULL)
         ORDER BY q.id"
    ))
    .bind(user_id)
    .bind(all_sets)
    .fetch_all(pool)
    .await?;
    let threads: Vec<(String, i64, String, String)> = sqlx::query_as(&format!(
        "SELECT s.name, t.id, t.title, u.full_name FROM threads t
         JOIN learning_sets s ON s.id = t.set_id JOIN users u ON u.id = t.author_id
         WHERE {scope}
           AND NOT EXISTS (SELECT 1 FROM posts p
                           WHERE p.thread_id = t.id AND p.kind = 'reply' AND p.hidden_at IS NULL)
         ORDER BY t.id"
    ))
    .bind(user_id)
    .bind(all_sets)
    .fetch_all(pool)
    .await?;
    let questions =
        questions.into_iter().map(
            |(set_name, round_id, round, presenter, asker)| AttentionItem {
                set_name,
                person: presenter,
                concern: Concern::Unanswered { round, asker },
                path: format!("/rounds/{round_id}"),
            },
        );
    let threads = threads
        .into_iter()
        .map(|(set_name, thread_id, title, author)| AttentionItem {
            set_name,
            person: author,
            concern: Concern::UnansweredThread { title },
            path: format!("/threads/{thread_id}"),
        });
    Ok(questions.chain(threads).collect())
}
