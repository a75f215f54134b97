//! Work the server does on a timer: announcing rounds that opened,
//! reminding presenters of commitments due or overdue, and sending digests.
//! Each piece of work is claimed in the database in the transaction that
//! does it (`scheduled_runs`), so it is done once, across restarts and with
//! several servers on one database; nothing is remembered in memory.

use app::notifications::mailing::{send_digests, MailLinks};
use sqlx::SqlitePool;
use std::time::Duration;

/// How often the server looks for work due.
const EVERY: Duration = Duration::from_secs(60);

/// Runs until the pool closes.
pub async fn run(pool: SqlitePool, links: MailLinks) {
    let mut tick = tokio::time::interval(EVERY);
    while !pool.is_closed() {
        tick.tick().await;
        if let Err(error) = run_due(&pool, &links, time::OffsetDateTime::now_utc()).await {
            tracing::error!(%error, "scheduled work: could not read or record");
        }
    }
}

/// Everything due at `now`; how many notices and digests it made.
pub async fn run_due(
    pool: &SqlitePool,
    links: &MailLinks,
    now: time::OffsetDateTime,
) -> sqlx::Result<usize> {
    let today = now.date().to_string();
    let rounds = app::sets::notices::announce_rounds(pool, &today).await?;
    let reminders = app::sets::notices::remind_commitments(pool, &today).await?;
    let digests = send_digests(pool, links, now).await?;
    if rounds + reminders + digests > 0 {
        tracing::info!(rounds, reminders, digests, "scheduled work done");
    }
    Ok(rounds + reminders + digests)
}
