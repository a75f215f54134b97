//! Interface text in English, French and Arabic.
//!
//! Every string a page shows goes through Fluent (the `fluent-templates`
//! crate): one message file per area under `app/locales/<language>/`, read
//! into the server binary at compile time. Fluent handles plurals per
//! language (Arabic has six forms) and keeps word order with the
//! translator. A test fails when a key is used in the code but missing from
//! a language, or present in one language and not another.
//!
//! Pages are rendered on the server; islands get their text as props, so the
//! message files never ship in the wasm.

#[cfg(feature = "ssr")]
use crate::language::language_id;
pub use crate::language::Language;

/// The language of the current page: English outside a request.
pub fn language() -> Language {
    crate::preferences::Preferences::current().language
}

/// A value put into a message: a name, a title, a count.
#[derive(Clone, Debug)]
pub enum Arg {
    Text(String),
    Number(f64),
}

impl From<String> for Arg {
    fn from(text: String) -> Self {
        Arg::Text(text)
    }
}

impl From<&String> for Arg {
    fn from(text: &String) -> Self {
        Arg::Text(text.clone())
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Self {
        Arg::Text(text.to_string())
    }
}

macro_rules! number_args {
    ($($number:ty),*) => {
        $(impl From<$number> for Arg {
            #[allow(clippy::cast_lossless, clippy::cast_precision_loss)]
            fn from(number: $number) -> Self {
                Arg::Number(number as f64)
            }
        })*
    };
}
number_args!(i32, i64, u8, u32, u64, usize, f64);

/// The text of `$key` in the page's language, with named arguments:
/// `t!("course-modules", count = 6)`.
#[macro_export]
macro_rules! t {
    ($key:literal) => {
        $crate::i18n::text($key, &[])
    };
    ($key:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::text($key, &[$((stringify!($name), $crate::i18n::Arg::from($value))),+])
    };
}

#[cfg(feature = "ssr")]
mod messages {
    fluent_templates::static_loader! {
        pub static MESSAGES = {
            locales: "./locales",
            fallback_language: "en",
            // No invisible isolation marks around arguments: pages mark
            // user text with <bdi> where direction matters.
            customise: |bundle| {
                bundle.set_use_isolating(false);
                bundle.set_formatter(Some(grouped_number));
            },
        };
    }

    /// The language of a bundle, made once per bundle by its memoizer.
    struct Grouping(super::Language);

    impl intl_memoizer::Memoizable for Grouping {
        type Args = ();
        type Error = ();
        fn construct(language: fluent_templates::LanguageIdentifier, _: ()) -> Result<Self, ()> {
            Ok(Grouping(
                super::Language::parse(language.language.as_str())
                    .unwrap_or(super::Language::English),
            ))
        }
    }

    /// Whole numbers in messages grouped as their language writes them;
    /// Fluent would print 20000 in every language.
    fn grouped_number(
        value: &fluent_templates::fluent_bundle::FluentValue,
        memoizer: &intl_memoizer::concurrent::IntlLangMemoizer,
    ) -> Option<String> {
        use fluent_templates::fluent_bundle::FluentValue;
        match value {
            #[allow(clippy::cast_possible_truncation)]
            FluentValue::Number(number)
                if number.value.fract() == 0.0 && number.value.abs() >= 1000.0 =>
            {
                memoizer
                    .with_try_get::<Grouping, _, _>((), |grouping| {
                        super::number(number.value as i64, grouping.0)
                    })
                    .ok()
            }
            _ => None,
        }
    }
}

/// The message `key` in the page's language; see [`t!`].
pub fn text(key: &str, args: &[(&'static str, Arg)]) -> String {
    text_in(language(), key, args)
}

/// The message `key` in `language`, for text made outside a page (e-mails,
/// files) or for a language other than the page's.
#[cfg(feature = "ssr")]
pub fn text_in(language: Language, key: &str, args: &[(&'static str, Arg)]) -> String {
    use fluent_templates::fluent_bundle::FluentValue;
    use fluent_templates::Loader;
    let id = language_id(language);
    if args.is_empty() {
        return messages::MESSAGES.lookup(&id, key);
    }
    let args = args
        .iter()
        .map(|(name, value)| {
            let value = match value {
                Arg::Text(text) => FluentValue::from(text.clone()),
                Arg::Number(number) => FluentValue::from(*number),
            };
            (std::borrow::Cow::Borrowed(*name), value)
        })
        .collect();
    messages::MESSAGES.lookup_with_args(&id, key, &args)
}

/// Islands render their text from props, and only the server renders the
/// rest, so the browser never looks a message up.
#[cfg(not(feature = "ssr"))]
pub fn text_in(_language: Language, _key: &str, _args: &[(&'static str, Arg)]) -> String {
    String::new()
}

/// A stored date ("2026-03-02", or a timestamp starting with one) as the
/// page's language writes it: 2 March 2026 · 2 mars 2026 · 2 مارس 2026.
/// Anything else is shown as it is.
pub fn date(stored: &str) -> String {
    date_in(language(), stored)
}

/// A stored timestamp ("2026-03-02 10:15:00") with its date as the page's
/// language writes it, and the time as stored.
pub fn date_time(stored: &str) -> String {
    match stored.get(11..) {
        Some(time) => format!("{} {time}", date(stored)),
        None => date(stored),
    }
}

/// A stored date in `language`, for text made outside a page.
pub fn date_in(language: Language, stored: &str) -> String {
    let mut parts = stored.get(..10).unwrap_or(stored).split('-');
    let (Some(year), Some(month), Some(day)) = (parts.next(), parts.next(), parts.next()) else {
        return stored.to_string();
    };
    match (month.parse::<u8>(), day.parse::<u8>()) {
        (Ok(month @ 1..=12), Ok(day)) => {
            let month = text_in(language, &format!("month-{month}"), &[]);
            format!("{day} {month} {year}")
        }
        _ => stored.to_string(),
    }
}

/// A whole number grouped as the language writes it: 20,000 · 20 000 · 20٬000.
#[cfg(feature = "ssr")]
fn number(value: i64, language: Language) -> String {
    let separator = match language {
        Language::English => ",",
        // A narrow no-break space, as French typography has it.
        Language::French => "\u{202f}",
        Language::Arabic => "\u{066c}",
    };
    let digits = value.unsigned_abs().to_string();
    let mut grouped = String::with_capacity(digits.len() + 8);
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            grouped.push_str(separator);
        }
        grouped.push(digit);
    }
    if value < 0 {
        format!("-{grouped}")
    } else {
        grouped
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    /// Message ids defined in one language's files.
    fn defined(language: Language) -> BTreeSet<String> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("locales")
            .join(language.code());
        let mut ids = BTreeSet::new();
        for entry in std::fs::read_dir(&dir).expect("the language's directory") {
            let path = entry.expect("a directory entry").path();
            let source = std::fs::read_to_string(&path).expect("a message file");
            let resource = fluent_templates::fluent_bundle::FluentResource::try_new(source)
                .unwrap_or_else(|(_, errors)| {
                    panic!("{} does not parse: {errors:?}", path.display())
                });
            for entry in resource.entries() {
                if let fluent_syntax::ast::Entry::Message(message) = entry {
                    assert!(
                        ids.insert(message.id.name.to_string()),
                        "{} defines {} twice",
                        path.display(),
                        message.id.name
                    );
                }
            }
        }
        ids
    }

    /// Keys the code asks for through the `t!` macro.
    fn used() -> BTreeSet<String> {
        let mut keys = BTreeSet::new();
        let mut dirs = vec![std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(dir).expect("a source directory") {
                let path = entry.expect("a directory entry").path();
                if path.is_dir() {
                    dirs.push(path);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let source = std::fs::read_to_string(&path).expect("a source file");
                    // Spelt in two, so that this line is not a use itself.
                    for (at, _) in source.match_indices(concat!("t", "!(")) {
                        // `format!(` ends the same way.
                        let macro_name = source[..at].chars().next_back();
                        if macro_name.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                            continue;
                        }
                        // rustfmt may put the key on the next line.
                        let rest = source[at + 3..].trim_start();
                        let Some(rest) = rest.strip_prefix('"') else {
                            continue;
                        };
                        if let Some(end) = rest.find('"') {
                            keys.insert(rest[..end].to_string());
                        }
                    }
                }
            }
        }
        keys
    }

    #[test]
    fn every_key_the_code_uses_is_in_every_language() {
        let used = used();
        assert!(used.len() > 50, "the scan found the keys: {}", used.len());
        for language in Language::ALL {
            let defined = defined(language);
            let missing: Vec<_> = used.difference(&defined).collect();
            assert!(
                missing.is_empty(),
                "missing in {}: {missing:?}",
                language.code()
            );
        }
    }

    #[test]
    fn every_language_has_the_same_messages() {
        let english = defined(Language::English);
        for language in [Language::French, Language::Arabic] {
            let theirs = defined(language);
            let missing: Vec<_> = english.difference(&theirs).collect();
            let extra: Vec<_> = theirs.difference(&english).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{}: missing {missing:?}, not in English {extra:?}",
                language.code()
            );
        }
    }

    #[test]
    fn messages_take_their_arguments_and_plurals_per_language() {
        assert_eq!(
            text_in(
                Language::English,
                "course-modules",
                &[("count", Arg::from(1))]
            ),
            "1 module"
        );
        assert_eq!(
            text_in(
                Language::French,
                "course-modules",
                &[("count", Arg::from(6))]
            ),
            "6 modules"
        );
        assert_ne!(
            text_in(
                Language::Arabic,
                "course-modules",
                &[("count", Arg::from(2))]
            ),
            text_in(
                Language::Arabic,
                "course-modules",
                &[("count", Arg::from(11))]
            )
        );
    }

    #[test]
    fn dates_are_written_per_language() {
        assert_eq!(date_in(Language::English, "2026-03-02"), "2 March 2026");
        assert_eq!(
            date_in(Language::French, "2026-12-24 10:00:00"),
            "24 décembre 2026"
        );
        assert_eq!(date_in(Language::Arabic, "2026-05-09"), "9 مايو 2026");
        assert_eq!(date_in(Language::English, "soon"), "soon");
        assert_eq!(date_in(Language::English, "2026-13-01"), "2026-13-01");
    }

    #[test]
    fn every_country_has_a_name_in_every_language() {
        for language in Language::ALL {
            let defined = defined(language);
            for country in isocountry::CountryCode::iter() {
                let key = format!("country-{}", country.alpha2());
                assert!(
                    defined.contains(&key),
                    "{key} missing in {}",
                    language.code()
                );
            }
        }
        assert_eq!(text_in(Language::French, "country-SN", &[]), "Sénégal");
    }

    #[test]
    fn numbers_in_messages_are_grouped_per_language() {
        let modules =
            |language| text_in(language, "course-modules", &[("count", Arg::from(20_000))]);
        assert_eq!(modules(Language::English), "20,000 modules");
        assert_eq!(modules(Language::French), "20\u{202f}000 modules");
        assert!(modules(Language::Arabic).starts_with("20\u{066c}000 "));
    }

    #[test]
    fn numbers_are_grouped_per_language() {
        assert_eq!(number(20_000, Language::English), "20,000");
        assert_eq!(
            number(1_500_000, Language::French),
            "1\u{202f}500\u{202f}000"
        );
        assert_eq!(number(-999, Language::Arabic), "-999");
        assert_eq!(number(1234, Language::Arabic), "1\u{066c}234");
    }
}
