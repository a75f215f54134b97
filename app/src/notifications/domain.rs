//! Notices as written and read: their kinds and values, their sentence in a
//! reader's language, when a digest is due, and the signed links that work
//! without signing in (unsubscribing, the calendar feed).

use super::{Cadence, Topic, Unsubscribe};
use crate::i18n::{date_in, text_in, Arg};
use crate::language::Language;
use hmac::{Hmac, Mac};
use sha2::Sha256;

/// What happened.
#[derive(Clone, Copy, Debug, PartialEq, Eq, sqlx::Type)]
#[sqlx(rename_all = "kebab-case")]
pub enum NoticeKind {
    Enrolled,
    Promoted,
    Withdrawn,
    RoundOpened,
    Question,
    Answer,
    Reply,
    PostHidden,
    CommitmentDue,
    CommitmentOverdue,
    CertificateIssued,
    CertificateRevoked,
    CorrectionDecided,
    TutorMessage,
}

impl NoticeKind {
    #[cfg(test)]
    const ALL: [NoticeKind; 14] = [
        NoticeKind::Enrolled,
        NoticeKind::Promoted,
        NoticeKind::Withdrawn,
        NoticeKind::RoundOpened,
        NoticeKind::Question,
        NoticeKind::Answer,
        NoticeKind::Reply,
        NoticeKind::PostHidden,
        NoticeKind::CommitmentDue,
        NoticeKind::CommitmentOverdue,
        NoticeKind::CertificateIssued,
        NoticeKind::CertificateRevoked,
        NoticeKind::CorrectionDecided,
        NoticeKind::TutorMessage,
    ];

    pub fn topic(self) -> Topic {
        use NoticeKind::*;
        match self {
            Enrolled | Promoted | Withdrawn => Topic::Enrolment,
            RoundOpened | Question | Answer | Reply | PostHidden => Topic::SetActivity,
            CommitmentDue | CommitmentOverdue => Topic::Commitments,
            CertificateIssued | CertificateRevoked | CorrectionDecided => Topic::Certificates,
            TutorMessage => Topic::TutorMessages,
        }
    }

    /// The message keys of its sentence and, for some, a second paragraph.
    fn keys(self) -> (&'static str, Option<&'static str>) {
        use NoticeKind::*;
        match self {
            Enrolled => ("notice-enrolled", None),
            Promoted => ("notice-promoted", None),
            Withdrawn => ("notice-withdrawn", None),
            RoundOpened => ("notice-round-opened", Some("notice-round-opened-detail")),
            Question => ("notice-question", None),
            Answer => ("notice-answer", None),
            Reply => ("notice-reply", None),
            PostHidden => ("notice-post-hidden", Some("notice-post-hidden-detail")),
            CommitmentDue => ("notice-commitment-due", Some("notice-commitment-detail")),
            CommitmentOverdue => (
                "notice-commitment-overdue",
                Some("notice-commitment-detail"),
            ),
            CertificateIssued => (
                "notice-certificate-issued",
                Some("notice-certificate-issued-detail"),
            ),
            CertificateRevoked => (
                "notice-certificate-revoked",
                Some("notice-certificate-revoked-detail"),
            ),
            CorrectionDecided => ("notice-correction-decided", None),
            TutorMessage => ("notice-tutor-message", Some("notice-tutor-message-detail")),
        }
    }
}

/// The names a notice's values may have: fixed, because a message's
/// arguments are named by static strings.
const VALUE_NAMES: [&str; 15] = [
    "cohort",
    "course",
    "set",
    "round",
    "number",
    "opens",
    "closes",
    "presenters",
    "author",
    "reason",
    "action",
    "due",
    "decision",
    "message",
    "verify",
];

/// Values that are dates, shown in the reader's language.
const DATE_VALUES: [&str; 3] = ["opens", "closes", "due"];

/// Values that are paths within the platform, shown as full addresses.
const LINK_VALUES: [&str; 1] = ["verify"];

/// A notice for one person, before it is recorded.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub kind: NoticeKind,
    /// Where it leads: a path within the platform.
    pub link: String,
    /// The set or course it belongs to.
    pub context: String,
    pub values: Vec<(&'static str, String)>,
}

impl Notice {
    pub fn new(kind: NoticeKind, link: impl Into<String>, context: impl Into<String>) -> Notice {
        Notice {
            kind,
            link: link.into(),
            context: context.into(),
            values: Vec::new(),
        }
    }

    /// With a value of its sentence; `name` is one of `VALUE_NAMES`.
    pub fn with(mut self, name: &'static str, value: impl Into<String>) -> Notice {
        debug_assert!(VALUE_NAMES.contains(&name), "{name} is not a notice value");
        self.values.push((name, value.into()));
        self
    }

    /// The values as stored: a JSON object of strings.
    pub fn values_json(&self) -> String {
        let map: serde_json::Map<String, serde_json::Value> = self
            .values
            .iter()
            .map(|(name, value)| ((*name).to_string(), value.clone().into()))
            .collect();
        serde_json::Value::Object(map).to_string()
    }
}

/// A notice's sentence and second paragraph in `language`, from its stored
/// values; values of unknown names are ignored; links start with
/// `public_url`.
pub fn render(
    language: Language,
    public_url: &str,
    kind: NoticeKind,
    values_json: &str,
) -> (String, Option<String>) {
    let stored: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(values_json).unwrap_or_default();
    let args: Vec<(&'static str, Arg)> = VALUE_NAMES
        .iter()
        .filter_map(|name| {
            let value = stored.get(*name)?.as_str()?;
            let shown = if DATE_VALUES.contains(name) {
                date_in(language, value)
            } else if LINK_VALUES.contains(name) {
                format!("{public_url}{value}")
            } else {
                value.to_string()
            };
            Some((*name, Arg::from(shown)))
        })
        .collect();
    let (sentence, detail) = kind.keys();
    (
        text_in(language, sentence, &args),
        detail.map(|key| text_in(language, key, &args)),
    )
}

/// Which digest period `now` is in, as part of its claim's key: a daily
/// digest goes out once a day after `DIGEST_HOUR` UTC, a weekly one on
/// Mondays after it. `None`: not the time for this cadence.
pub fn digest_period(cadence: Cadence, now: time::OffsetDateTime) -> Option<String> {
    if now.hour() < DIGEST_HOUR {
        return None;
    }
    let date = now.date();
    match cadence {
        Cadence::Daily => Some(date.to_string()),
        Cadence::Weekly if date.weekday() == time::Weekday::Monday => {
            let (year, week, _) = date.to_iso_week_date();
            Some(format!("{year}-W{week:02}"))
        }
        _ => None,
    }
}

/// Digests leave at 05:00 UTC: early morning from West Africa to South Asia,
/// before a participant's first look at their phone.
pub const DIGEST_HOUR: u8 = 5;

/// Signs the links that work without signing in, so that nobody can make
/// one for someone else. Derived from the platform's key.
#[derive(Clone)]
pub struct LinkKey([u8; 32]);

impl LinkKey {
    pub fn new(secret: [u8; 32]) -> LinkKey {
        LinkKey(secret)
    }

    fn mac(&self, message: &str) -> String {
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.0).expect("any key length");
        mac.update(message.as_bytes());
        let tag = mac.finalize().into_bytes();
        tag[..16].iter().map(|b| format!("{b:02x}")).collect()
    }

    fn sign(&self, purpose: &str, user_id: i64, part: &str) -> String {
        let tag = self.mac(&format!("{purpose}:{user_id}:{part}"));
        format!("{user_id}.{part}.{tag}")
    }

    fn open<'t>(&self, purpose: &str, token: &'t str) -> Option<(i64, &'t str)> {
        let mut pieces = token.splitn(3, '.');
        let user_id: i64 = pieces.next()?.parse().ok()?;
        let part = pieces.next()?;
        let tag = pieces.next()?;
        let expected = self.mac(&format!("{purpose}:{user_id}:{part}"));
        // Compared in constant time: a timing difference would let someone
        // find a valid tag byte by byte.
        let same = expected.len() == tag.len()
            && expected
                .bytes()
                .zip(tag.bytes())
                .fold(0u8, |diff, (a, b)| diff | (a ^ b))
                == 0;
        same.then_some((user_id, part))
    }

    /// The token of a person's unsubscribe link.
    pub fn unsubscribe_token(&self, user_id: i64, what: Unsubscribe) -> String {
        self.sign("unsubscribe", user_id, what.code())
    }

    /// Whose unsubscribe link this is, and what it stops.
    pub fn open_unsubscribe(&self, token: &str) -> Option<(i64, Unsubscribe)> {
        let (user_id, code) = self.open("unsubscribe", token)?;
        Some((user_id, Unsubscribe::parse(code)?))
    }

    /// The token of a person's calendar feed; a new generation, a new link.
    pub fn calendar_token(&self, user_id: i64, generation: i64) -> String {
        self.sign("calendar", user_id, &generation.to_string())
    }

    /// Whose calendar this is, and of which generation.
    pub fn open_calendar(&self, token: &str) -> Option<(i64, i64)> {
        let (user_id, generation) = self.open("calendar", token)?;
        Some((user_id, generation.parse().ok()?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    const URL: &str = "https://learn.example.org";

    #[test]
    fn every_kind_has_its_sentence_in_every_language() {
        use NoticeKind::*;
        let notice = Notice::new(RoundOpened, "/sets/1", "Set A")
            .with("set", "Set A")
            .with("round", "Staffing <rota>")
            .with("number", "2")
            .with("opens", "2027-03-01")
            .with("closes", "2027-03-07")
            .with("presenters", "Awa, Kofi")
            .with("verify", "/verify/ABCD-EFGH");
        let json = notice.values_json();
        for language in Language::ALL {
            for kind in NoticeKind::ALL {
                let (sentence, detail) = render(language, URL, kind, &json);
                assert!(!sentence.is_empty(), "{language:?} {kind:?}");
                assert!(
                    detail.is_none_or(|d| !d.is_empty()),
                    "{language:?} {kind:?}"
                );
            }
        }
        let (sentence, detail) = render(Language::English, URL, RoundOpened, &json);
        assert!(sentence.contains("Staffing <rota>"), "{sentence}");
        let detail = detail.expect("dates and presenters");
        assert!(
            detail.contains("1 March 2027") && detail.contains("Awa, Kofi"),
            "{detail}"
        );
        let (_, issued) = render(Language::English, URL, CertificateIssued, &json);
        assert!(issued
            .expect("detail")
            .contains("https://learn.example.org/verify/ABCD-EFGH"));
        let (_, french) = render(Language::French, URL, RoundOpened, &json);
        assert!(french.expect("detail").contains("mars"));
    }

    #[test]
    fn stored_values_that_are_not_json_give_a_sentence_without_them() {
        let (sentence, _) = render(Language::English, URL, NoticeKind::Enrolled, "not json");
        assert!(!sentence.is_empty());
    }

    #[test]
    fn digests_leave_once_a_day_or_on_mondays_after_the_hour() {
        let before = datetime!(2026-12-07 04:59 UTC);
        let monday = datetime!(2026-12-07 05:00 UTC);
        let tuesday = datetime!(2026-12-08 18:00 UTC);
        assert_eq!(digest_period(Cadence::Daily, before), None);
        assert_eq!(
            digest_period(Cadence::Daily, monday).as_deref(),
            Some("2026-12-07")
        );
        assert_eq!(
            digest_period(Cadence::Weekly, monday).as_deref(),
            Some("2026-W50")
        );
        assert_eq!(digest_period(Cadence::Weekly, tuesday), None);
        assert_eq!(
            digest_period(Cadence::Daily, tuesday).as_deref(),
            Some("2026-12-08")
        );
        assert_eq!(digest_period(Cadence::Immediate, monday), None);
    }

    #[test]
    fn signed_links_open_only_unchanged() {
        let key = LinkKey::new([7; 32]);
        let set_activity = Unsubscribe::Topic(Topic::SetActivity);
        let token = key.unsubscribe_token(42, set_activity);
        assert_eq!(key.open_unsubscribe(&token), Some((42, set_activity)));
        let daily = key.unsubscribe_token(42, Unsubscribe::Digest(Cadence::Daily));
        assert_eq!(
            key.open_unsubscribe(&daily),
            Some((42, Unsubscribe::Digest(Cadence::Daily)))
        );
        let forged = token.replacen("42.", "43.", 1);
        assert_eq!(key.open_unsubscribe(&forged), None);
        let other_topic = token.replacen("set-activity", "enrolment", 1);
        assert_eq!(key.open_unsubscribe(&other_topic), None);
        assert_eq!(LinkKey::new([8; 32]).open_unsubscribe(&token), None);
        assert_eq!(key.open_unsubscribe("42.set-activity"), None);
        assert_eq!(key.open_unsubscribe(""), None);
        // A calendar token is not an unsubscribe token.
        let calendar = key.calendar_token(42, 3);
        assert_eq!(key.open_calendar(&calendar), Some((42, 3)));
        assert_eq!(key.open_unsubscribe(&calendar), None);
        assert_ne!(calendar, key.calendar_token(42, 4));
    }
}
