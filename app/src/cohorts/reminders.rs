//! A tutor's reminder from the progress report: one message to the
//! participants they chose, each told in "What's new" and by email as they
//! prefer, the frame of the message in the participant's own language.

use super::domain::ReminderDraft;
use super::store::{self, CohortRecord};
use crate::accounts::CurrentUser;
use crate::db::begin_write;
use crate::notifications::domain::{Notice, NoticeKind};
use crate::notifications::store as notices;
use sqlx::SqlitePool;

/// Sends the reminder to those of the chosen participants who are active
/// in the cohort (anyone else is left out, not refused); how many.
pub async fn send(
    pool: &SqlitePool,
    cohort: &CohortRecord,
    tutor: &CurrentUser,
    draft: &ReminderDraft,
) -> sqlx::Result<usize> {
    let mut tx = begin_write(pool).await?;
    let recipients = store::active_among(&mut tx, cohort.id, &draft.participants).await?;
    let notice = Notice::new(
        NoticeKind::TutorMessage,
        format!("/courses/{}", cohort.course_slug),
        cohort.course_title.as_str(),
    )
    .with("author", tutor.full_name.as_str())
    .with("cohort", cohort.name.as_str())
    .with("message", draft.message.as_str());
    notices::record_for_each(&mut tx, &recipients, &notice).await?;
    tx.commit().await?;
    Ok(recipients.len())
}
