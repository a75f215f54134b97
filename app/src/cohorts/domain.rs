//! Cohort settings and enrolment keys, parsed once into valid values.

use super::CohortForm;
use crate::accounts::domain::parse_language;
use crate::courses::domain::{bounded_text, parse_date};
use crate::error::FormErrors;
use crate::language::Language;
use crate::t;

/// What a participant types to enrol in a cohort that has one. Compared
/// without regard to case or surrounding spaces: phones capitalise the first
/// letter, and a key read out in a meeting has no case anyway.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EnrolmentKey(String);

impl EnrolmentKey {
    pub const MIN: usize = 4;
    pub const MAX: usize = 64;

    pub fn parse(input: &str) -> Result<EnrolmentKey, String> {
        let key = input.trim();
        let length = key.chars().count();
        if !(Self::MIN..=Self::MAX).contains(&length) {
            return Err(t!(
                "msg-cohort-key-length",
                min = Self::MIN,
                max = Self::MAX
            ));
        }
        if key.chars().any(char::is_control) {
            return Err(t!("msg-cohort-key-control"));
        }
        Ok(EnrolmentKey(key.to_string()))
    }

    pub fn matches(&self, typed: &str) -> bool {
        typed.trim().to_lowercase() == self.0.to_lowercase()
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A cohort as administrators set it up.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CohortSettings {
    pub name: String,
    pub starts_on: String,
    pub ends_on: String,
    pub enrolment_open: bool,
    /// `None`: no limit.
    pub capacity: Option<i64>,
    pub enrolment_key: Option<EnrolmentKey>,
    pub language: Language,
    pub at_risk_days: i64,
    /// The most members an action-learning set of this cohort gets.
    pub set_size: i64,
}

impl CohortSettings {
    pub const MAX_CAPACITY: i64 = 5000;
    pub const DEFAULT_AT_RISK_DAYS: i64 = 14;
    pub const DEFAULT_SET_SIZE: i64 = 9;

    pub fn parse(form: &CohortForm) -> Result<CohortSettings, FormErrors> {
        let mut errors = FormErrors::default();
        for (field, value) in form.fields() {
            errors.keep(field, value);
        }
        let name = errors.check("name", bounded_text(&form.name, "cohort name", 120, true));
        let starts_on = errors.check("starts_on", parse_date(&form.starts_on));
        let ends_on = errors.check("ends_on", parse_date(&form.ends_on));
        if let (Some(start), Some(end)) = (&starts_on, &ends_on) {
            if end < start {
                errors.add("ends_on", t!("msg-cohort-ends-before-start"));
            }
        }
        let capacity = errors.check("capacity", parse_capacity(&form.capacity));
        let enrolment_key = errors.check(
            "enrolment_key",
            match form.enrolment_key.trim() {
                "" => Ok(None),
                key => EnrolmentKey::parse(key).map(Some),
            },
        );
        let language = errors.check("language", parse_language(&form.language));
        let at_risk_days = errors.check("at_risk_days", parse_at_risk_days(&form.at_risk_days));
        let set_size = errors.check(
            "set_size",
            parse_set_size(form.set_size.as_deref().unwrap_or_default()),
        );
        match (
            name,
            starts_on,
            ends_on,
            capacity,
            enrolment_key,
            language,
            at_risk_days,
            set_size,
        ) {
            (
                Some(name),
                Some(starts_on),
                Some(ends_on),
                Some(capacity),
                Some(enrolment_key),
                Some(language),
                Some(at_risk_days),
                Some(set_size),
            ) if errors.is_empty() => Ok(CohortSettings {
                name,
                starts_on,
                ends_on,
                enrolment_open: form.enrolment_open(),
                capacity,
                enrolment_key,
                language,
                at_risk_days,
                set_size,
            }),
            _ => Err(errors),
        }
    }
}

fn parse_capacity(input: &str) -> Result<Option<i64>, String> {
    let input = input.trim();
    if input.is_empty() {
        return Ok(None);
    }
    match input.parse::<i64>() {
        Ok(n) if (1..=CohortSettings::MAX_CAPACITY).contains(&n) => Ok(Some(n)),
        // As the number is typed in the form: 5000, not 5,000.
        _ => Err(t!(
            "msg-cohort-capacity-invalid",
            max = CohortSettings::MAX_CAPACITY.to_string()
        )),
    }
}

fn parse_at_risk_days(input: &str) -> Result<i64, String> {
    let input = input.trim();
    if input.is_empty() {
        return Ok(CohortSettings::DEFAULT_AT_RISK_DAYS);
    }
    match input.parse::<i64>() {
        Ok(n) if (1..=365).contains(&n) => Ok(n),
        _ => Err(t!("msg-cohort-at-risk-days-invalid")),
    }
}

fn parse_set_size(input: &str) -> Result<i64, String> {
    let input = input.trim();
    if input.is_empty() {
        return Ok(CohortSettings::DEFAULT_SET_SIZE);
    }
    match input.parse::<i64>() {
        Ok(n) if (2..=30).contains(&n) => Ok(n),
        _ => Err(t!("msg-cohort-set-size-invalid")),
    }
}

/// A tutor's reminder, as parsed from the progress report's form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReminderDraft {
    pub message: String,
    pub participants: Vec<i64>,
}

/// The longest reminder: a short message, read on a phone.
pub const REMINDER_MAX_CHARS: usize = 2000;

impl ReminderDraft {
    /// The message and the checked participants (`participants[<user id>]`);
    /// a message in words for what is missing or too long.
    pub fn parse(message: &str, checked: &[String]) -> Result<ReminderDraft, String> {
        let message = message.trim();
        let participants: Vec<i64> = checked.iter().filter_map(|id| id.parse().ok()).collect();
        if participants.is_empty() {
            return Err(t!("msg-reminder-nobody"));
        }
        if message.is_empty() {
            return Err(t!("msg-reminder-empty"));
        }
        if message.chars().count() > REMINDER_MAX_CHARS {
            return Err(t!("msg-reminder-too-long", max = REMINDER_MAX_CHARS));
        }
        Ok(ReminderDraft {
            message: message.to_string(),
            participants,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(starts_on: &str, ends_on: &str, capacity: &str) -> CohortForm {
        CohortForm {
            name: "March 2027".into(),
            starts_on: starts_on.into(),
            ends_on: ends_on.into(),
            enrolment_open: Some("on".into()),
            capacity: capacity.into(),
            enrolment_key: String::new(),
            language: "fr".into(),
            at_risk_days: String::new(),
            set_size: None,
        }
    }

    #[test]
    fn a_cohort_cannot_end_before_it_starts() {
        let errors =
            CohortSettings::parse(&form("2027-03-10", "2027-03-01", "")).expect_err("invalid");
        assert!(errors.message_for("ends_on").is_some());
        let settings = CohortSettings::parse(&form("2027-03-01", "2027-04-30", "")).expect("valid");
        assert_eq!(settings.capacity, None);
        assert_eq!(settings.language, Language::French);
        assert_eq!(settings.at_risk_days, 14);
    }

    #[test]
    fn capacity_is_empty_for_no_limit_or_a_positive_number() {
        let settings =
            CohortSettings::parse(&form("2027-03-01", "2027-04-30", " 30 ")).expect("valid");
        assert_eq!(settings.capacity, Some(30));
        for bad in ["0", "-3", "thirty", "5001", "2.5"] {
            let errors =
                CohortSettings::parse(&form("2027-03-01", "2027-04-30", bad)).expect_err(bad);
            assert!(errors.message_for("capacity").is_some(), "{bad}");
        }
    }

    #[test]
    fn enrolment_keys_match_without_regard_to_case_or_spaces() {
        let key = EnrolmentKey::parse(" Wisn-2027 ").expect("valid");
        assert_eq!(key.as_str(), "Wisn-2027");
        assert!(key.matches("wisn-2027 "));
        assert!(key.matches("WISN-2027"));
        assert!(!key.matches("wisn2027"));
        assert!(!key.matches(""));
        for bad in ["abc", "\u{7}bell", &"k".repeat(65)] {
            assert!(EnrolmentKey::parse(bad).is_err(), "{bad:?}");
        }
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use crate::dates::calendar_date;
    use crate::test_input::{longer_than, text};
    use proptest::prelude::*;

    fn date() -> impl Strategy<Value = String> {
        prop_oneof![
            (2000..=2100i32, 1..=12u8, 1..=28u8)
                .prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}")),
            text(),
        ]
    }

    fn number() -> impl Strategy<Value = String> {
        prop_oneof![
            Just(String::new()),
            (-10..6000i64).prop_map(|n| format!(" {n}")),
            text()
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn enrolment_keys_are_trimmed_bounded_and_match_themselves(
            input in prop_oneof![text(), "[ ]{0,2}[A-Za-z0-9-]{1,70}[ ]{0,2}", longer_than(EnrolmentKey::MAX)],
        ) {
            match EnrolmentKey::parse(&input) {
                Ok(key) => {
                    let stored = key.as_str();
                    prop_assert_eq!(stored.trim(), stored);
                    prop_assert!((EnrolmentKey::MIN..=EnrolmentKey::MAX).contains(&stored.chars().count()));
                    prop_assert!(!stored.chars().any(char::is_control));
                    prop_assert!(key.matches(&input));
                    let shouted = format!(" {} ", stored.to_ascii_uppercase());
                    prop_assert!(key.matches(&shouted));
                    prop_assert!(key.matches(&stored.to_lowercase()));
                    prop_assert_eq!(EnrolmentKey::parse(stored), Ok(key.clone()));
                }
                Err(reason) => prop_assert!(
                    reason.contains(&EnrolmentKey::MAX.to_string()) || reason.contains("cannot be typed"),
                    "{}", reason
                ),
            }
        }

        #[test]
        fn cohort_settings_keep_their_promises_whatever_the_form(
            name in prop_oneof![text(), Just("March 2027".to_string())],
            starts_on in date(),
            ends_on in date(),
            enrolment_open in any::<bool>(),
            capacity in number(),
            enrolment_key in prop_oneof![Just(String::new()), text()],
            language in prop_oneof![Just("fr".to_string()), text()],
            at_risk_days in number(),
            set_size in number(),
        ) {
            let form = CohortForm {
                name: name.clone(),
                starts_on,
                ends_on,
                enrolment_open: enrolment_open.then(|| "on".to_string()),
                capacity,
                enrolment_key,
                language,
                at_risk_days,
                set_size: Some(set_size),
            };
            match CohortSettings::parse(&form) {
                Ok(settings) => {
                    prop_assert!(!settings.name.is_empty() && settings.name.chars().count() <= 120);
                    prop_assert!(settings.starts_on <= settings.ends_on);
                    prop_assert_eq!(parse_date(&settings.starts_on), Ok(settings.starts_on.clone()));
                    prop_assert!(calendar_date(&settings.ends_on).is_some());
                    prop_assert!(settings.capacity.is_none_or(|c| (1..=CohortSettings::MAX_CAPACITY).contains(&c)));
                    prop_assert!((1..=365).contains(&settings.at_risk_days));
                    prop_assert!((2..=30).contains(&settings.set_size));
                    prop_assert_eq!(settings.enrolment_open, enrolment_open);
                }
                Err(errors) => {
                    prop_assert!(!errors.fields.is_empty());
                    prop_assert!(errors.fields.iter().all(|e| e.message.len() > 10));
                    prop_assert_eq!(errors.value_for("name"), Some(name.clone()));
                }
            }
        }

        #[test]
        fn capacities_above_the_limit_are_refused_with_it(capacity in (CohortSettings::MAX_CAPACITY + 1)..) {
            let message = parse_capacity(&capacity.to_string()).expect_err("too many");
            prop_assert!(message.contains(&CohortSettings::MAX_CAPACITY.to_string()));
        }

        #[test]
        fn stored_dates_and_timestamps_read_back_and_anything_else_never_panics(
            noise in text(),
            (year, month, day) in (2000..=2100i32, 1..=12u8, 1..=28u8),
            time in prop_oneof![Just(""), Just(" 09:30:00")],
        ) {
            let _ = calendar_date(&noise);
            let stored = format!("{year:04}-{month:02}-{day:02}{time}");
            let date = calendar_date(&stored).expect("a stored date");
            prop_assert_eq!((date.year(), u8::from(date.month()), date.day()), (year, month, day));
        }
    }

    #[test]
    fn a_reminder_needs_someone_and_a_short_message() {
        let ids = vec!["12".to_string(), "x".to_string(), "14".to_string()];
        let draft = ReminderDraft::parse("  Keep going!  ", &ids).expect("valid");
        assert_eq!(draft.message, "Keep going!");
        assert_eq!(draft.participants, vec![12, 14]);
        assert!(ReminderDraft::parse("Hello", &[]).is_err());
        assert!(ReminderDraft::parse("   ", &ids).is_err());
        let long = "a".repeat(REMINDER_MAX_CHARS + 1);
        assert!(ReminderDraft::parse(&long, &ids).is_err());
    }
}
