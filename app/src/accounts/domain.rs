//! Account input parsed once into types that are valid by construction.

use super::{Language, CADRES};
use crate::error::FormErrors;

/// An email address, trimmed and lower-cased so that uniqueness is
/// case-insensitive wherever it is compared or stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Email(String);

impl Email {
    pub fn parse(input: &str) -> Result<Email, String> {
        let normalised = input.trim().to_lowercase();
        if normalised.is_empty() {
            return Err("Enter your email address.".into());
        }
        if normalised.len() > 254 || !email_address::EmailAddress::is_valid(&normalised) {
            return Err("Enter a valid email address, like name@example.org.".into());
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
            return Err(format!(
                "Use at least {} characters for your password.",
                Self::MIN
            ));
        }
        if length > Self::MAX {
            return Err(format!(
                "Use at most {} characters for your password.",
                Self::MAX
            ));
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
            return Err("Enter your full name.".into());
        }
        if name.chars().count() > Self::MAX {
            return Err(format!("Use at most {} characters.", Self::MAX));
        }
        if name.chars().any(char::is_control) {
            return Err("The name contains characters that cannot be printed.".into());
        }
        Ok(FullName(name))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// An ISO 3166-1 alpha-2 country code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Country(String);

impl Country {
    pub fn parse(input: &str) -> Result<Country, String> {
        let code = input.trim().to_uppercase();
        isocountry::CountryCode::for_alpha2(&code)
            .map(|_| Country(code))
            .map_err(|_| "Choose your country from the list.".to_string())
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
            .ok_or_else(|| "Choose your profession or cadre from the list.".to_string())
    }

    pub fn as_str(&self) -> &str {
        self.0
    }
}

pub fn parse_language(input: &str) -> Result<Language, String> {
    Language::parse(input.trim()).ok_or_else(|| "Choose a language from the list.".to_string())
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
        let mut errors = FormErrors::default();
        self.keep_values(&mut errors);
        self.parse_into(&mut errors).ok_or(errors)
    }
}

impl NewAccount {
    pub fn parse(
        email: &str,
        password: &str,
        profile: &ProfileForm,
    ) -> Result<NewAccount, FormErrors> {
        let mut errors = FormErrors::default();
        profile.keep_values(&mut errors);
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
