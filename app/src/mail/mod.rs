//! Outgoing email. A message is composed in its recipient's language and
//! recorded in the outbox in the same transaction as the change that causes
//! it (`store::enqueue`); the server's worker delivers it, by SMTP or, when
//! no mail server is configured, by keeping it as an `.eml` file in the data
//! folder. Administrators follow every message on the outbox page.

use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
pub mod compose;
#[cfg(feature = "ssr")]
pub mod store;

/// Where a message is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::Type), sqlx(rename_all = "kebab-case"))]
pub enum MessageStatus {
    /// Waiting for its first or next attempt.
    Queued,
    /// A worker is delivering it now.
    Sending,
    Sent,
    /// The mail server refused it for good, or every retry failed.
    Failed,
}

/// One message on the outbox page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct OutboxEntry {
    pub id: i64,
    pub to_address: String,
    pub subject: String,
    pub body_text: String,
    pub status: MessageStatus,
    pub attempts: i64,
    pub next_attempt_at: String,
    pub last_result: String,
    pub created_at: String,
    pub sent_at: Option<String>,
}

/// How messages leave: through an SMTP server, or kept in a folder.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Delivery {
    /// The server, without its password: "smtp://mail.example.org:587".
    Smtp(String),
    /// The folder each message is written to as an `.eml` file.
    Kept(String),
}

/// The outbox page: the newest messages, and how they are delivered.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outbox {
    pub entries: Vec<OutboxEntry>,
    pub delivery: Delivery,
}
