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

/// Where a notice's or digest's reader changes what they receive.
pub struct Footer<'a> {
    pub settings_url: &'a str,
    pub unsubscribe_url: &'a str,
}

impl Footer<'_> {
    fn text(&self, language: Language) -> String {
        let why = text_in(language, "mail-footer-why", &[]);
        let stop = text_in(language, "mail-footer-stop", &[]);
        format!(
            "-- \n{why} {}\n{stop} {}\n",
            self.settings_url, self.unsubscribe_url
        )
    }

    fn html(&self, language: Language) -> String {
        format!(
            "<hr><p style=\"font-size:small\">{} <a href=\"{}\">{}</a><br>\
             <a href=\"{}\">{}</a></p>",
            encode_text(&text_in(language, "mail-footer-why", &[])),
            encode_double_quoted_attribute(self.settings_url),
            encode_text(&text_in(language, "mail-footer-settings", &[])),
            encode_double_quoted_attribute(self.unsubscribe_url),
            encode_text(&text_in(language, "mail-footer-stop", &[])),
        )
    }
}

/// One notice by itself: its sentence as the subject, its second paragraph,
/// and where to see it.
pub fn notice(
    language: Language,
    name: &str,
    sentence: &str,
    detail: Option<&str>,
    link: &str,
    footer: &Footer,
) -> Composed {
    let greeting = text_in(language, "mail-greeting", &[("name", name.into())]);
    let action = text_in(language, "mail-notice-open", &[]);
    let detail_text = detail.map(|d| format!("{d}\n\n")).unwrap_or_default();
    let detail_html = detail
        .map(|d| format!("<p>{}</p>", encode_text(d)))
        .unwrap_or_default();
    Composed {
        subject: sentence.to_string(),
        text: format!(
            "{greeting}\n\n{sentence}\n\n{detail_text}{action}: {link}\n\n{}",
            footer.text(language)
        ),
        html: page(
            language,
            &format!(
                "<p>{}</p><p>{}</p>{detail_html}<p><a href=\"{}\">{}</a></p>{}",
                encode_text(&greeting),
                encode_text(sentence),
                encode_double_quoted_attribute(link),
                encode_text(&action),
                footer.html(language),
            ),
        ),
    }
}

/// One line of a digest: a notice's sentence and its link.
pub struct DigestLine {
    pub sentence: String,
    pub link: String,
}

/// Everything since the last digest, grouped by set or course.
pub fn digest(
    language: Language,
    name: &str,
    groups: &[(String, Vec<DigestLine>)],
    footer: &Footer,
) -> Composed {
    let count: usize = groups.iter().map(|(_, lines)| lines.len()).sum();
    let greeting = text_in(language, "mail-greeting", &[("name", name.into())]);
    let lead = text_in(language, "mail-digest-lead", &[("count", count.into())]);
    let mut text = format!("{greeting}\n\n{lead}\n");
    let mut html = format!(
        "<p>{}</p><p>{}</p>",
        encode_text(&greeting),
        encode_text(&lead)
    );
    for (context, lines) in groups {
        text.push_str(&format!("\n{context}\n"));
        html.push_str(&format!(
            "<h2 style=\"font-size:1em\">{}</h2><ul>",
            encode_text(context)
        ));
        for line in lines {
            text.push_str(&format!("- {}\n  {}\n", line.sentence, line.link));
            html.push_str(&format!(
                "<li><a href=\"{}\">{}</a></li>",
                encode_double_quoted_attribute(&line.link),
                encode_text(&line.sentence)
            ));
        }
        html.push_str("</ul>");
    }
    text.push('\n');
    text.push_str(&footer.text(language));
    html.push_str(&footer.html(language));
    Composed {
        subject: text_in(language, "mail-digest-subject", &[("count", count.into())]),
        text,
        html: page(language, &html),
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
        let footer = Footer {
            settings_url: "https://learn.example.org/account",
            unsubscribe_url: "https://learn.example.org/unsubscribe/1.x.y",
        };
        for language in Language::ALL {
            let one = notice(language, "Awa", "A <question>", Some("Why?"), link, &footer);
            assert_eq!(one.subject, "A <question>");
            assert!(one.text.contains(footer.unsubscribe_url), "{language:?}");
            assert!(one.html.contains("A &lt;question&gt;"));
            let lines = vec![DigestLine {
                sentence: "Round 2 opened".into(),
                link: link.into(),
            }];
            let many = digest(language, "Awa", &[("Set <A>".into(), lines)], &footer);
            assert!(many.text.contains("Set <A>") && many.html.contains("Set &lt;A&gt;"));
            assert!(many.html.contains(footer.settings_url));
        }
        let arabic = password_reset(Language::Arabic, "ليلى", link, 60);
        let english = password_reset(Language::English, "Layla", link, 60);
        assert_ne!(arabic.subject, english.subject);
    }
}
