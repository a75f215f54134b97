//! Notifications: what a person should hear of (a round opened, a question
//! on their challenge, their certificate), shown in "What's new" with a
//! count in the header, and emailed by their preference for its topic: at
//! once, in a daily or weekly digest, or not at all. Areas record a notice
//! in the transaction of the change that causes it (`store::record`); the
//! server's mail worker turns unmailed notices into email (`mailing`).

use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
pub mod calendar;
#[cfg(feature = "ssr")]
pub mod domain;
#[cfg(feature = "ssr")]
pub mod mailing;
#[cfg(feature = "ssr")]
pub mod reading;
#[cfg(feature = "ssr")]
pub mod routes;
#[cfg(feature = "ssr")]
pub mod store;

/// What a notice is about; each person chooses how each topic reaches them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::Type), sqlx(rename_all = "kebab-case"))]
pub enum Topic {
    /// Enrolment confirmed, promoted from the waiting list, withdrawn.
    Enrolment,
    /// Rounds, questions, answers, replies and hidden posts in a set.
    SetActivity,
    /// Action commitments due soon or overdue.
    Commitments,
    /// Certificates issued or revoked, name corrections decided.
    Certificates,
    /// A tutor's reminder from the progress report.
    TutorMessages,
}

impl Topic {
    pub const ALL: [Topic; 5] = [
        Topic::Enrolment,
        Topic::SetActivity,
        Topic::Commitments,
        Topic::Certificates,
        Topic::TutorMessages,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Topic::Enrolment => "enrolment",
            Topic::SetActivity => "set-activity",
            Topic::Commitments => "commitments",
            Topic::Certificates => "certificates",
            Topic::TutorMessages => "tutor-messages",
        }
    }

    pub fn parse(code: &str) -> Option<Topic> {
        Topic::ALL.into_iter().find(|topic| topic.code() == code)
    }

    /// Set activity is chatty: a daily digest unless the person chooses
    /// otherwise. Everything else matters on the day it happens.
    pub fn default_cadence(self) -> Cadence {
        match self {
            Topic::SetActivity => Cadence::Daily,
            _ => Cadence::Immediate,
        }
    }
}

/// How a topic's notices are emailed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::Type), sqlx(rename_all = "kebab-case"))]
pub enum Cadence {
    Immediate,
    Daily,
    Weekly,
    /// Only in "What's new".
    Off,
}

impl Cadence {
    pub const ALL: [Cadence; 4] = [
        Cadence::Immediate,
        Cadence::Daily,
        Cadence::Weekly,
        Cadence::Off,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Cadence::Immediate => "immediate",
            Cadence::Daily => "daily",
            Cadence::Weekly => "weekly",
            Cadence::Off => "off",
        }
    }

    pub fn parse(code: &str) -> Option<Cadence> {
        Cadence::ALL
            .into_iter()
            .find(|cadence| cadence.code() == code)
    }
}

/// One notice in "What's new", in the reader's language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NoticeView {
    pub id: i64,
    pub sentence: String,
    pub detail: Option<String>,
    pub context: String,
    pub created_at: String,
    pub read: bool,
}

/// The home page's "What's new": the newest notices and how many are unread.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WhatsNew {
    pub notices: Vec<NoticeView>,
    pub unread: i64,
}

/// The account page's notification settings.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NotificationSettings {
    pub choices: Vec<(Topic, Cadence)>,
    /// The private calendar feed, with its secret.
    pub calendar_url: String,
}

/// The notification preferences form: one cadence per topic, as submitted.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PreferencesForm {
    pub enrolment: String,
    pub set_activity: String,
    pub commitments: String,
    pub certificates: String,
    pub tutor_messages: String,
}

impl PreferencesForm {
    /// The form's field for a topic.
    pub fn field(topic: Topic) -> &'static str {
        match topic {
            Topic::Enrolment => "enrolment",
            Topic::SetActivity => "set_activity",
            Topic::Commitments => "commitments",
            Topic::Certificates => "certificates",
            Topic::TutorMessages => "tutor_messages",
        }
    }

    fn value(&self, topic: Topic) -> &str {
        match topic {
            Topic::Enrolment => &self.enrolment,
            Topic::SetActivity => &self.set_activity,
            Topic::Commitments => &self.commitments,
            Topic::Certificates => &self.certificates,
            Topic::TutorMessages => &self.tutor_messages,
        }
    }

    /// Every topic's cadence; `None` if a value is not one of the choices.
    pub fn choices(&self) -> Option<Vec<(Topic, Cadence)>> {
        Topic::ALL
            .into_iter()
            .map(|topic| Cadence::parse(self.value(topic)).map(|cadence| (topic, cadence)))
            .collect()
    }
}

/// What an unsubscribe link stops: one topic's email (a notice's link), or
/// every topic that comes in a digest of a cadence (a digest's link).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Unsubscribe {
    Topic(Topic),
    Digest(Cadence),
}

impl Unsubscribe {
    pub fn code(self) -> &'static str {
        match self {
            Unsubscribe::Topic(topic) => topic.code(),
            Unsubscribe::Digest(cadence) => cadence.code(),
        }
    }

    pub fn parse(code: &str) -> Option<Unsubscribe> {
        match Cadence::parse(code) {
            Some(cadence @ (Cadence::Daily | Cadence::Weekly)) => {
                Some(Unsubscribe::Digest(cadence))
            }
            Some(_) => None,
            None => Topic::parse(code).map(Unsubscribe::Topic),
        }
    }
}

/// The unsubscribe page: what the signed link stops, and whether it has.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Unsubscription {
    pub what: Unsubscribe,
    pub done: bool,
}
