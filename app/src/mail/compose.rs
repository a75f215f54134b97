//! Messages as their recipients read them: in their language, plain text
//! with a light HTML part that says the same, a few kilobytes.

use crate::i18n::text_in;
use crate::language::Language;
use html_escape::{encode_double_quoted_attribute, encode_text};

/// A message's subject and its two parts.
pub struct Composed {
    pub subject: String,
    pub text: String,
    pub html: String,
}

/// The link to choose a new password, valid `minutes`.
pub fn password_reset(language: Language, name: &str, link: &str, minutes: i64) -> Composed {
    let t = |key: &str| text_in(language, key, &[]);
    let greeting = text_in(language, "mail-greeting", &[("name", name.into())]);
    let lead = t("mail-reset-lead");
    let action = t("mail-reset-action");
    let expiry = text_in(
        language,
        "mail-reset-expiry",
        &[("minutes", minutes.into())],
    );
    let ignore = t("mail-reset-ignore");
    Composed {
        subject: t("mail-reset-subject"),
        text: format!("{greeting}\n\n{lead}\n\n{link}\n\n{expiry}\n{ignore}\n"),
        html: page(
            language,
            &format!(
                "<p>{}</p><p>{}</p><p><a href=\"{}\">{}</a></p><p>{}<br>{}</p>",
                encode_text(&greeting),
                encode_text(&lead),
                encode_double_quoted_attribute(link),
                encode_text(&action),
                encode_text(&expiry),
                encode_text(&ignore),
            ),
        ),
    }
}

/// A newcomer's invitation to a cohort, with their set-password link,
/// valid `days`.
pub fn invitation(language: Language, name: &str, cohort: &str, link: &str, days: i64) -> Composed {
    let greeting = text_in(language, "mail-greeting", &[("name", name.into())]);
    let lead = text_in(
        language,
        "mail-invitation-lead",
        &[("cohort", cohort.into())],
    );
    let action = text_in(language, "mail-invitation-action", &[]);
    let expiry = text_in(language, "mail-invitation-expiry", &[("days", days.into())]);
    Composed {
        subject: text_in(
            language,
            "mail-invitation-subject",
            &[("cohort", cohort.into())],
        ),
        text: format!("{greeting}\n\n{lead}\n\n{link}\n\n{expiry}\n"),
        html: page(
            language,
            &format!(
                "<p>{}</p><p>{}</p><p><a href=\"{}\">{}</a></p><p>{}</p>",
                encode_text(&greeting),
                encode_text(&lead),
                encode_double_quoted_attribute(link),
                encode_text(&action),
                encode_text(&expiry),
            ),
        ),
    }
}

/// The HTML part around a body, with the language's direction.
fn page(language: Language, body: &str) -> String {
    format!(
        "<!DOCTYPE html><html lang=\"{}\" dir=\"{}\"><body style=\"font-family:sans-serif;\
         line-height:1.5;max-width:36em\">{body}</body></html>",
        language.code(),
        language.direction()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reset_message_is_in_the_recipients_language_with_its_link() {
        let link = "https://learn.example.org/set-password/abc\"<x>";
        for language in Language::ALL {
            let message = password_reset(language, "Awa <Ndiaye>", link, 60);
            assert!(!message.subject.is_empty(), "{language:?}");
            assert!(message.text.contains(link));
            assert!(message.text.contains("Awa <Ndiaye>"));
            assert!(message
                .html
                .contains(&format!("dir=\"{}\"", language.direction())));
            assert!(
                message.html.contains("Awa &lt;Ndiaye&gt;"),
                "names are escaped"
            );
            assert!(!message.html.contains("<x>"), "links are escaped");
            assert!(message.text.len() + message.html.len() < 4096);
        }
        for language in Language::ALL {
            let message = invitation(language, "Awa", "2027 <spring>", link, 30);
            assert!(message.subject.contains("2027 <spring>"), "{language:?}");
            assert!(message.text.contains(link));
            assert!(message.html.contains("2027 &lt;spring&gt;"));
        }
        let arabic = password_reset(Language::Arabic, "ليلى", link, 60);
        let english = password_reset(Language::English, "Layla", link, 60);
        assert_ne!(arabic.subject, english.subject);
    }
}
