//! Account input parsed once into types that are valid by construction.

use super::CADRES;
use crate::error::FormErrors;
use crate::language::Language;
use crate::t;

/// An email address, trimmed and lower-cased so that uniqueness is
/// case-insensitive wherever it is compared or stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Email(String);

impl Email {
    pub fn parse(input: &str) -> Result<Email, String> {
        let normalised = input.trim().to_lowercase();
        if normalised.is_empty() {
            return Err(t!("msg-account-email-missing"));
        }
        if normalised.len() > 254 {
            return Err(t!("msg-account-email-too-long", max = 254));
        }
        if !email_address::EmailAddress::is_valid(&normalised) {
            return Err(t!("msg-account-email-invalid"));
        }
        Ok(Email(normalised))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A password as typed: 8 to 128 characters, no composition rules (OWASP ASVS).
#[derive(Clone)]
pub struct Password(String);

impl Password {
    pub const MIN: usize = 8;
    pub const MAX: usize = 128;

    pub fn parse(input: &str) -> Result<Password, String> {
        let length = input.chars().count();
        if length < Self::MIN {
            return Err(t!("msg-account-password-too-short", min = Self::MIN));
        }
        if length > Self::MAX {
            return Err(t!("msg-account-password-too-long", max = Self::MAX));
        }
        Ok(Password(input.to_string()))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Password {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Password(…)")
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FullName(String);

impl FullName {
    pub const MAX: usize = 120;

    pub fn parse(input: &str) -> Result<FullName, String> {
        let name = input.split_whitespace().collect::<Vec<_>>().join(" ");
        if name.is_empty() {
            return Err(t!("msg-account-name-missing"));
        }
        if name.chars().count() > Self::MAX {
            return Err(t!("msg-account-name-too-long", max = Self::MAX));
        }
        if name.chars().any(|c| c.is_control() || is_bidi_control(c)) {
            return Err(t!("msg-account-name-unprintable"));
        }
        Ok(FullName(name))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Explicit bidi embeddings, overrides and isolates. A name never needs
/// them (Arabic and Latin text mix without), and they can make a name on a
/// certificate display as another.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// An ISO 3166-1 alpha-2 country code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Country(String);

impl Country {
    pub fn parse(input: &str) -> Result<Country, String> {
        let code = input.trim().to_uppercase();
        isocountry::CountryCode::for_alpha2(&code)
            .map(|_| Country(code))
            .map_err(|_| t!("msg-account-choose-country"))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cadre(&'static str);

impl Cadre {
    pub fn parse(input: &str) -> Result<Cadre, String> {
        CADRES
            .iter()
            .find(|(key, _)| *key == input.trim())
            .map(|(key, _)| Cadre(key))
            .ok_or_else(|| t!("msg-account-choose-cadre"))
    }

    pub fn as_str(&self) -> &str {
        self.0
    }
}

pub fn parse_language(input: &str) -> Result<Language, String> {
    Language::parse(input.trim()).ok_or_else(|| t!("msg-account-choose-language"))
}

/// The profile fields a person can edit themselves.
#[derive(Clone, Debug)]
pub struct ProfileUpdate {
    pub full_name: FullName,
    pub country: Country,
    pub cadre: Cadre,
    pub language: Language,
}

/// A registration, checked field by field so that every mistake is reported
/// at once.
#[derive(Clone, Debug)]
pub struct NewAccount {
    pub email: Email,
    pub password: Password,
    pub profile: ProfileUpdate,
}

/// Raw form input for registration and profile changes.
pub struct ProfileForm<'a> {
    pub full_name: &'a str,
    pub country: &'a str,
    pub cadre: &'a str,
    pub language: &'a str,
}

impl ProfileForm<'_> {
    /// No errors yet, and what was typed, to give back with any.
    pub fn kept(&self) -> FormErrors {
        let mut errors = FormErrors::default();
        self.keep_values(&mut errors);
        errors
    }

    fn keep_values(&self, errors: &mut FormErrors) {
        errors.keep("full_name", self.full_name);
        errors.keep("country", self.country);
        errors.keep("cadre", self.cadre);
        errors.keep("language", self.language);
    }

    fn parse_into(&self, errors: &mut FormErrors) -> Option<ProfileUpdate> {
        let full_name = errors.check("full_name", FullName::parse(self.full_name));
        let country = errors.check("country", Country::parse(self.country));
        let cadre = errors.check("cadre", Cadre::parse(self.cadre));
        let language = errors.check("language", parse_language(self.language));
        Some(ProfileUpdate {
            full_name: full_name?,
            country: country?,
            cadre: cadre?,
            language: language?,
        })
    }

    pub fn parse(&self) -> Result<ProfileUpdate, FormErrors> {
        let mut errors = self.kept();
        self.parse_into(&mut errors).ok_or(errors)
    }
}

impl NewAccount {
    pub fn parse(
        email: &str,
        password: &str,
        profile: &ProfileForm,
    ) -> Result<NewAccount, FormErrors> {
        let mut errors = profile.kept();
        errors.keep("email", email);
        let email = errors.check("email", Email::parse(email));
        let password = errors.check("password", Password::parse(password));
        let profile = profile.parse_into(&mut errors);
        match (email, password, profile) {
            (Some(email), Some(password), Some(profile)) if errors.is_empty() => Ok(NewAccount {
                email,
                password,
                profile,
            }),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn profile() -> ProfileForm<'static> {
        ProfileForm {
            full_name: "  Aminata   Diallo ",
            country: "sn",
            cadre: "midwife",
            language: "fr",
        }
    }

    #[test]
    fn email_is_trimmed_and_lower_cased() {
        let email = Email::parse("  Aminata.Diallo@Sante.GOUV.sn ").expect("valid");
        assert_eq!(email.as_str(), "aminata.diallo@sante.gouv.sn");
    }

    #[test]
    fn invalid_emails_are_refused() {
        for bad in ["", "   ", "no-at-sign", "a@", "@b.org", "two words@x.org"] {
            assert!(Email::parse(bad).is_err(), "{bad:?} should be refused");
        }
    }

    #[test]
    fn password_length_is_counted_in_characters() {
        assert!(Password::parse("1234567").is_err());
        assert!(Password::parse("12345678").is_ok());
        assert!(Password::parse(&"é".repeat(128)).is_ok());
        assert!(Password::parse(&"é".repeat(129)).is_err());
        // Eight Arabic letters are 16 bytes but eight characters.
        assert!(Password::parse("كلمةسرّي").is_ok());
    }

    #[test]
    fn password_debug_never_shows_the_secret() {
        let password = Password::parse("secret-passphrase").expect("valid");
        assert!(!format!("{password:?}").contains("secret"));
    }

    #[test]
    fn full_name_collapses_spaces_and_keeps_non_latin_letters() {
        assert_eq!(
            FullName::parse("  Aminata   Diallo ")
                .expect("valid")
                .as_str(),
            "Aminata Diallo"
        );
        assert!(FullName::parse("ليلى حداد").is_ok());
        assert!(FullName::parse("Ali \u{202e}ssenrae").is_err());
        assert!(FullName::parse("   ").is_err());
        assert!(FullName::parse(&"x".repeat(121)).is_err());
    }

    #[test]
    fn country_and_cadre_must_come_from_the_lists() {
        assert_eq!(Country::parse("ng").expect("valid").as_str(), "NG");
        assert!(Country::parse("XX").is_err());
        assert!(Cadre::parse("midwife").is_ok());
        assert!(Cadre::parse("astronaut").is_err());
    }

    #[test]
    fn registration_reports_every_bad_field_and_keeps_values_but_not_the_password() {
        let form = ProfileForm {
            full_name: "",
            country: "ZZ",
            cadre: "midwife",
            language: "de",
        };
        let errors = NewAccount::parse("not-an-email", "short", &form).expect_err("invalid");
        for name in ["full_name", "country", "language", "email", "password"] {
            assert!(errors.message_for(name).is_some(), "no error for {name}");
        }
        assert!(errors.message_for("cadre").is_none());
        assert_eq!(errors.value_for("email").as_deref(), Some("not-an-email"));
        assert_eq!(errors.value_for("password"), None);
    }

    #[test]
    fn a_good_registration_parses() {
        let account =
            NewAccount::parse("a.diallo@example.org", "long enough", &profile()).expect("valid");
        assert_eq!(account.profile.full_name.as_str(), "Aminata Diallo");
        assert_eq!(account.profile.country.as_str(), "SN");
        assert_eq!(account.profile.language, Language::French);
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use crate::test_input::{longer_than, text};
    use proptest::prelude::*;

    fn email_like() -> impl Strategy<Value = String> {
        prop_oneof![
            text(),
            (
                text(),
                "[A-Za-z0-9._%+-]{1,30}",
                "[A-Za-z0-9-]{1,20}(\\.[A-Za-z]{2,6}){1,2}"
            )
                .prop_map(|(noise, local, domain)| format!("{noise}{local}@{domain}")),
            "[ ]{0,2}[A-Za-z0-9._%+-]{1,30}@[A-Za-z0-9-]{1,20}\\.[A-Za-z]{2,6}[ ]{0,2}",
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn emails_are_trimmed_lower_case_bounded_and_stable(input in email_like()) {
            match Email::parse(&input) {
                Ok(email) => {
                    let address = email.as_str();
                    prop_assert!(!address.is_empty() && address.len() <= 254);
                    prop_assert_eq!(address.trim(), address);
                    prop_assert_eq!(address.to_lowercase(), address);
                    prop_assert_eq!(Email::parse(address), Ok(email.clone()));
                    prop_assert_eq!(Email::parse(&input.to_ascii_uppercase()), Ok(email.clone()));
                }
                Err(reason) => prop_assert!(reason.starts_with("Enter") || reason.contains("254"), "{}", reason),
            }
        }

        #[test]
        fn long_emails_are_refused_with_the_limit(local in "[a-z]{250,300}") {
            let reason = Email::parse(&format!("{local}@example.org")).expect_err("too long");
            prop_assert!(reason.contains("254"), "{}", reason);
        }

        #[test]
        fn passwords_are_kept_exactly_as_typed_when_long_enough(input in prop_oneof![text(), longer_than(Password::MAX)]) {
            let length = input.chars().count();
            match Password::parse(&input) {
                Ok(password) => {
                    prop_assert!((Password::MIN..=Password::MAX).contains(&length));
                    prop_assert_eq!(password.expose(), input.as_str());
                    prop_assert_eq!(format!("{password:?}"), "Password(…)");
                }
                Err(reason) => {
                    let limit = if length < Password::MIN { Password::MIN } else { Password::MAX };
                    prop_assert!(reason.contains(&limit.to_string()), "{}", reason);
                }
            }
        }

        #[test]
        fn names_are_single_spaced_printable_and_bounded(input in prop_oneof![text(), longer_than(FullName::MAX)]) {
            match FullName::parse(&input) {
                Ok(name) => {
                    let name_text = name.as_str();
                    prop_assert!(!name_text.is_empty() && name_text.chars().count() <= FullName::MAX);
                    prop_assert_eq!(name_text.split_whitespace().collect::<Vec<_>>().join(" "), name_text);
                    prop_assert!(!name_text.chars().any(|c| c.is_control() || is_bidi_control(c)));
                    prop_assert_eq!(FullName::parse(name_text), Ok(name.clone()));
                }
                Err(reason) => prop_assert!(!reason.is_empty()),
            }
        }

        #[test]
        fn long_names_are_refused_with_the_limit(name in "[\\p{L}]{121,400}") {
            let reason = FullName::parse(&name).expect_err("too long");
            prop_assert!(reason.contains(&FullName::MAX.to_string()), "{}", reason);
        }

        #[test]
        fn every_country_and_cadre_in_the_lists_is_accepted_as_sent(
            country in proptest::sample::select(isocountry::CountryCode::iter().collect::<Vec<_>>()),
            cadre in proptest::sample::select(&CADRES[..]),
            padding in "[ \t]{0,2}",
        ) {
            let typed = format!("{padding}{}{padding}", country.alpha2().to_lowercase());
            prop_assert_eq!(Country::parse(&typed).map(|c| c.as_str().to_string()), Ok(country.alpha2().to_string()));
            let typed = format!("{padding}{}", cadre.0);
            prop_assert_eq!(Cadre::parse(&typed).map(|c| c.as_str().to_string()), Ok(cadre.0.to_string()));
        }

        #[test]
        fn registrations_never_keep_the_password(
            email in email_like(),
            password in text(),
            full_name in text(),
            country in prop_oneof![text(), Just("SN".to_string())],
            cadre in prop_oneof![text(), Just("nurse".to_string())],
            language in prop_oneof![text(), Just("ar".to_string())],
        ) {
            let form = ProfileForm { full_name: &full_name, country: &country, cadre: &cadre, language: &language };
            match NewAccount::parse(&email, &password, &form) {
                Ok(account) => {
                    prop_assert_eq!(account.password.expose(), password.as_str());
                    prop_assert_eq!(Country::parse(account.profile.country.as_str()), Ok(account.profile.country.clone()));
                }
                Err(errors) => {
                    prop_assert!(!errors.fields.is_empty());
                    prop_assert!(errors.fields.iter().all(|e| !e.message.is_empty()));
                    prop_assert_eq!(errors.value_for("password"), None);
                }
            }
            prop_assert_eq!(form.parse().is_ok(), FullName::parse(&full_name).is_ok()
                && Country::parse(&country).is_ok()
                && Cadre::parse(&cadre).is_ok()
                && parse_language(&language).is_ok());
        }
    }
}
