//! Delivering the outbox: a worker in the server claims due messages
//! (`app::mail::store::claim_due`, so that two servers never send one
//! twice), sends each through SMTP with lettre, or, without a mail server,
//! writes it as an `.eml` file, and records the outcome. A temporary failure
//! is tried again later, each time waiting twice as long; a permanent one
//! (the server refused the address) fails the message at once. A message
//! committed before a crash is still queued after the restart; one claimed
//! by a worker that stopped is taken again once its claim is old.

use app::accounts::password_links::answer_reset_requests;
use app::mail::store::{self, Deliverable};
use app::mail::Delivery;
use app::notifications::mailing::{mail_notices, MailLinks};
use lettre::message::header::{ContentType, Header, HeaderName, HeaderValue};
use lettre::message::{Mailbox, MultiPart, SinglePart};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use sqlx::SqlitePool;
use std::path::PathBuf;
use std::time::Duration;

/// Attempts before a message that keeps failing is marked failed.
const MAX_ATTEMPTS: i64 = 8;
/// The wait before the second attempt; it doubles for each next one.
const FIRST_RETRY: Duration = Duration::from_secs(30);
/// How often the worker looks for due messages.
const EVERY: Duration = Duration::from_secs(2);

/// How the server sends email, from its settings.
pub struct Mailer {
    from: Mailbox,
    route: Route,
}

enum Route {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    Kept(PathBuf),
}

impl Mailer {
    /// From `--smtp-url` (empty: keep messages in `folder`) and
    /// `--mail-from`; a clear message when either is unusable.
    pub fn new(smtp_url: &str, mail_from: &str, folder: PathBuf) -> anyhow::Result<Mailer> {
        let from: Mailbox = mail_from
            .parse()
            .map_err(|e| anyhow::anyhow!("--mail-from {mail_from:?} is not an address: {e}"))?;
        let route = if smtp_url.trim().is_empty() {
            std::fs::create_dir_all(&folder).map_err(|e| {
                anyhow::anyhow!("cannot make the outbox folder {}: {e}", folder.display())
            })?;
            Route::Kept(folder)
        } else {
            let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(&with_tls(smtp_url))
                .map_err(|e| anyhow::anyhow!("--smtp-url is not a usable SMTP URL: {e}"))?
                .timeout(Some(Duration::from_secs(30)))
                .build();
            Route::Smtp(transport)
        };
        Ok(Mailer { from, route })
    }

    /// How messages leave, for the outbox page; never with a password.
    pub fn delivery(&self, smtp_url: &str) -> Delivery {
        match &self.route {
            Route::Kept(folder) => Delivery::Kept(folder.display().to_string()),
            Route::Smtp(_) => Delivery::Smtp(without_password(smtp_url)),
        }
    }

    /// Answers forgotten-password requests, writes the notices wanted at
    /// once as messages, and delivers due messages, until the pool closes.
    pub async fn run(self, pool: SqlitePool, links: MailLinks) {
        let mut tick = tokio::time::interval(EVERY);
        while !pool.is_closed() {
            tick.tick().await;
            if let Err(error) = answer_reset_requests(&pool, &links.public_url).await {
                tracing::error!(%error, "outbox: could not answer forgotten-password requests");
            }
            if let Err(error) = mail_notices(&pool, &links).await {
                tracing::error!(%error, "outbox: could not write notices as messages");
            }
            if let Err(error) = self.deliver_due(&pool).await {
                tracing::error!(%error, "outbox: could not read or record messages");
            }
        }
    }

    /// One round: every message due now.
    pub async fn deliver_due(&self, pool: &SqlitePool) -> sqlx::Result<usize> {
        let due = store::claim_due(pool, 50).await?;
        let count = due.len();
        for message in due {
            match self.deliver(&message).await {
                Ok(result) => store::mark_sent(pool, message.id, &result).await?,
                Err(Failure { permanent, answer }) => {
                    let attempts = message.attempts + 1;
                    let retry_at = (!permanent && attempts < MAX_ATTEMPTS).then(|| {
                        time::OffsetDateTime::now_utc()
                            + FIRST_RETRY * 2u32.pow(attempts as u32 - 1)
                    });
                    tracing::warn!(id = message.id, %answer, permanent, "outbox: not delivered");
                    store::mark_undelivered(pool, message.id, &answer, retry_at).await?
                }
            }
        }
        Ok(count)
    }

    async fn deliver(&self, message: &Deliverable) -> Result<String, Failure> {
        let email = self.compose(message)?;
        match &self.route {
            Route::Smtp(transport) => match transport.send(email).await {
                Ok(response) => Ok(response.message().collect::<Vec<_>>().join(" ")),
                Err(error) => Err(Failure {
                    permanent: error.is_permanent(),
                    answer: error.to_string(),
                }),
            },
            Route::Kept(folder) => {
                let file = folder.join(format!("{}.eml", message.id));
                tokio::fs::write(&file, email.formatted())
                    .await
                    .map(|()| format!("kept in {}", file.display()))
                    .map_err(|e| Failure {
                        permanent: false,
                        answer: format!("cannot write {}: {e}", file.display()),
                    })
            }
        }
    }

    fn compose(&self, message: &Deliverable) -> Result<Message, Failure> {
        let refused = |answer: String| Failure {
            permanent: true,
            answer,
        };
        let to: Mailbox = message
            .to_address
            .parse()
            .map_err(|e| refused(format!("not an address: {e}")))?;
        let mut builder = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(&message.subject);
        if let Some(url) = &message.unsubscribe_url {
            builder = builder
                .header(ListUnsubscribe(format!("<{url}>")))
                .header(ListUnsubscribePost);
        }
        builder
            .multipart(
                MultiPart::alternative()
                    .singlepart(
                        SinglePart::builder()
                            .header(ContentType::TEXT_PLAIN)
                            .body(message.body_text.clone()),
                    )
                    .singlepart(
                        SinglePart::builder()
                            .header(ContentType::TEXT_HTML)
                            .body(message.body_html.clone()),
                    ),
            )
            .map_err(|e| refused(format!("cannot compose: {e}")))
    }
}

/// RFC 2369's `List-Unsubscribe`: where one click stops these messages.
#[derive(Clone)]
struct ListUnsubscribe(String);

impl Header for ListUnsubscribe {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("List-Unsubscribe")
    }

    fn parse(value: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(ListUnsubscribe(value.to_string()))
    }

    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), self.0.clone())
    }
}

/// RFC 8058's `List-Unsubscribe-Post`: the link works by a POST, with no
/// page to click through, so mail clients can offer their own button.
#[derive(Clone)]
struct ListUnsubscribePost;

impl Header for ListUnsubscribePost {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("List-Unsubscribe-Post")
    }

    fn parse(_: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(ListUnsubscribePost)
    }

    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), "List-Unsubscribe=One-Click".into())
    }
}

struct Failure {
    permanent: bool,
    answer: String,
}

/// An `smtp://` URL with a user and password requires STARTTLS unless it
/// says otherwise (`?tls=opportunistic`), so that a password never crosses
/// the network in clear; without credentials (a relay on the local network)
/// it is taken as written.
fn with_tls(url: &str) -> String {
    let url = url.trim();
    if url.starts_with("smtp://") && url.contains('@') && !url.contains("tls=") {
        let separator = if url.contains('?') { '&' } else { '?' };
        format!("{url}{separator}tls=required")
    } else {
        url.to_string()
    }
}

/// An SMTP URL as it may be shown: the password replaced.
fn without_password(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            let credentials = &url[scheme + 3..at];
            let user = credentials.split(':').next().unwrap_or_default();
            format!("{}{user}:…{}", &url[..scheme + 3], &url[at..])
        }
        _ => url.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_outbox_page_never_shows_the_smtp_password() {
        assert_eq!(
            without_password("smtp://mailer:s3cret@mail.example.org:587"),
            "smtp://mailer:…@mail.example.org:587"
        );
        assert_eq!(
            without_password("smtp://mail.example.org:25?tls=none"),
            "smtp://mail.example.org:25?tls=none"
        );
    }

    #[test]
    fn credentials_are_sent_only_over_starttls() {
        assert_eq!(
            with_tls("smtp://user:pass@mail.example.org:587"),
            "smtp://user:pass@mail.example.org:587?tls=required"
        );
        assert_eq!(with_tls("smtp://relay:25"), "smtp://relay:25");
        assert_eq!(
            with_tls("smtps://user:pass@mail.example.org:465"),
            "smtps://user:pass@mail.example.org:465"
        );
    }

    #[test]
    fn a_bad_smtp_url_or_sender_is_refused_in_words() {
        let folder = std::env::temp_dir();
        let bad_url = Mailer::new("http://nowhere", "a@b.c", folder.clone());
        assert!(bad_url.is_err_and(|e| e.to_string().contains("--smtp-url")));
        let bad_from = Mailer::new("", "not an address", folder);
        assert!(bad_from.is_err_and(|e| e.to_string().contains("--mail-from")));
    }
}
