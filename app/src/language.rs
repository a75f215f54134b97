//! The interface languages and how a browser's wish is matched to them.
//! Shared by every area (a profile's language, a cohort's, a page's);
//! imports none.

use serde::{Deserialize, Serialize};

/// The interface languages the platform is written for. Stored as its code
/// (`en`, `fr`, `ar`), which the tables' CHECK constraints hold to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::Type))]
pub enum Language {
    #[cfg_attr(feature = "ssr", sqlx(rename = "en"))]
    English,
    #[cfg_attr(feature = "ssr", sqlx(rename = "fr"))]
    French,
    #[cfg_attr(feature = "ssr", sqlx(rename = "ar"))]
    Arabic,
}

impl Language {
    pub const ALL: [Language; 3] = [Language::English, Language::French, Language::Arabic];

    pub fn code(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::French => "fr",
            Language::Arabic => "ar",
        }
    }

    /// The language's own name, as its readers look for it in a list.
    pub fn native_name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::French => "Français",
            Language::Arabic => "العربية",
        }
    }

    pub fn parse(code: &str) -> Option<Language> {
        Language::ALL.into_iter().find(|l| l.code() == code)
    }
}

impl Language {
    /// Arabic is written right to left.
    pub fn direction(self) -> &'static str {
        match self {
            Language::Arabic => "rtl",
            Language::English | Language::French => "ltr",
        }
    }
}

#[cfg(feature = "ssr")]
pub fn language_id(language: Language) -> fluent_templates::LanguageIdentifier {
    use fluent_templates::langid;
    match language {
        Language::English => langid!("en"),
        Language::French => langid!("fr"),
        Language::Arabic => langid!("ar"),
    }
}

/// The best of our languages for an Accept-Language header.
#[cfg(feature = "ssr")]
pub fn browser_language(accept_language: &str) -> Language {
    use fluent_langneg::{negotiate_languages, NegotiationStrategy};
    let requested = fluent_langneg::accepted_languages::parse(accept_language);
    let available: Vec<_> = Language::ALL.into_iter().map(language_id).collect();
    let english = language_id(Language::English);
    negotiate_languages(
        &requested,
        &available,
        Some(&english),
        NegotiationStrategy::Lookup,
    )
    .first()
    .and_then(|id| Language::parse(id.language.as_str()))
    .unwrap_or(Language::English)
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    #[test]
    fn the_browser_language_is_matched_to_ours() {
        assert_eq!(
            browser_language("fr-FR,fr;q=0.9,en;q=0.8"),
            Language::French
        );
        assert_eq!(browser_language("ar-EG,ar;q=0.9"), Language::Arabic);
        assert_eq!(browser_language("de-DE,de;q=0.9"), Language::English);
        assert_eq!(browser_language("de, ar;q=0.5"), Language::Arabic);
        assert_eq!(browser_language(""), Language::English);
    }
}
