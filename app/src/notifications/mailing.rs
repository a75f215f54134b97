//! Turning notices into email, for the server's mail worker: each notice a
//! person wants at once becomes one message; notices waiting for a digest
//! become one message a day or a week. Each message is written to the
//! outbox in the transaction that marks its notices mailed, so a notice is
//! mailed once, even with two servers or a restart in between.

use super::domain::{digest_period, render, LinkKey};
use super::store::{self, NoticeRow, Recipient};
use super::{Cadence, Unsubscribe};
use crate::db::begin_write;
use crate::mail::compose::{self, Composed, DigestLine, Footer};
use crate::mail::store::{self as outbox, MessageKind, NewMessage};
use sqlx::{SqliteConnection, SqlitePool};

/// What links in messages need: the public address and the link key.
#[derive(Clone)]
pub struct MailLinks {
    pub public_url: String,
    pub key: LinkKey,
}

impl MailLinks {
    fn absolute(&self, path: &str) -> String {
        format!("{}{path}", self.public_url)
    }

    fn unsubscribe_url(&self, user_id: i64, what: Unsubscribe) -> String {
        let token = self.key.unsubscribe_token(user_id, what);
        self.absolute(&format!("/unsubscribe/{token}"))
    }

    /// The link a notice leads to, through the page that marks it read.
    fn notice_url(&self, notice: &NoticeRow) -> String {
        self.absolute(&format!("/notices/{}", notice.id))
    }
}

async fn enqueue(
    conn: &mut SqliteConnection,
    kind: MessageKind,
    to: &Recipient,
    composed: Composed,
    unsubscribe_url: String,
) -> sqlx::Result<()> {
    let message = NewMessage {
        kind,
        recipient_id: to.id,
        to_address: &to.email,
        language: to.language,
        subject: composed.subject,
        body_text: composed.text,
        body_html: composed.html,
        unsubscribe_url: Some(unsubscribe_url),
    };
    outbox::enqueue(conn, &message).await.map(|_| ())
}

/// Emails every notice wanted at once that is not yet mailed; how many.
pub async fn mail_notices(pool: &SqlitePool, links: &MailLinks) -> sqlx::Result<usize> {
    let mut mailed = 0;
    for notice in store::unmailed_immediate(pool, 50).await? {
        let mut tx = begin_write(pool).await?;
        if !store::claim_mailed(&mut tx, notice.id).await? {
            continue;
        }
        // A deactivated account's notice is marked mailed and not sent.
        if let Some(to) = store::recipient(&mut tx, notice.user_id).await? {
            let (sentence, detail) =
                render(to.language, &links.public_url, notice.kind, &notice.params);
            let unsubscribe = links.unsubscribe_url(to.id, Unsubscribe::Topic(notice.topic));
            let footer = Footer {
                settings_url: &links.absolute("/account#notifications"),
                unsubscribe_url: &unsubscribe,
            };
            let composed = compose::notice(
                to.language,
                &to.full_name,
                &sentence,
                detail.as_deref(),
                &links.notice_url(&notice),
                &footer,
            );
            enqueue(&mut tx, MessageKind::Notice, &to, composed, unsubscribe).await?;
            mailed += 1;
        }
        tx.commit().await?;
    }
    Ok(mailed)
}

/// Sends the digests due at `now`: one per person and period, only when
/// something is new; how many.
pub async fn send_digests(
    pool: &SqlitePool,
    links: &MailLinks,
    now: time::OffsetDateTime,
) -> sqlx::Result<usize> {
    let mut sent = 0;
    for cadence in [Cadence::Daily, Cadence::Weekly] {
        let Some(period) = digest_period(cadence, now) else {
            continue;
        };
        let job = format!("{}-digest", cadence.code());
        for user_id in store::waiting_for_digest(pool, cadence).await? {
            let mut tx = begin_write(pool).await?;
            if !store::claim_run(&mut tx, &job, &format!("{user_id}:{period}")).await? {
                continue;
            }
            let notices = store::take_for_digest(&mut tx, user_id, cadence).await?;
            if let Some(to) = store::recipient(&mut tx, user_id).await? {
                if !notices.is_empty() {
                    let unsubscribe = links.unsubscribe_url(to.id, Unsubscribe::Digest(cadence));
                    let composed = digest_message(&to, &notices, &unsubscribe, links);
                    enqueue(&mut tx, MessageKind::Digest, &to, composed, unsubscribe).await?;
                    sent += 1;
                }
            }
            tx.commit().await?;
        }
    }
    Ok(sent)
}

/// A digest's message, its notices grouped by set or course in the order
/// each group first appears.
fn digest_message(
    to: &Recipient,
    notices: &[NoticeRow],
    unsubscribe_url: &str,
    links: &MailLinks,
) -> Composed {
    let mut groups: Vec<(String, Vec<DigestLine>)> = Vec::new();
    for notice in notices {
        let line = DigestLine {
            sentence: render(to.language, &links.public_url, notice.kind, &notice.params).0,
            link: links.notice_url(notice),
        };
        match groups
            .iter_mut()
            .find(|(context, _)| *context == notice.context)
        {
            Some((_, lines)) => lines.push(line),
            None => groups.push((notice.context.clone(), vec![line])),
        }
    }
    let footer = Footer {
        settings_url: &links.absolute("/account#notifications"),
        unsubscribe_url,
    };
    compose::digest(to.language, &to.full_name, &groups, &footer)
}
