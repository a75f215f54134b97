//! The elements whose content leptos writes into the page unescaped:
//! `<textarea>` (tachys treats it as a raw-text element) and the page's
//! `<title>` (leptos_meta pastes its text into the head). A value holding
//! `</textarea>` or `</title>` would end the element there and turn the rest
//! into live markup. Every textarea and title of the platform is made here,
//! with its content escaped as every other text node is; a unit test fails
//! when one is written anywhere else.

use leptos::prelude::*;
use leptos_meta::Title;

/// Text as the content of a `<textarea>` or `<title>`: both are RCDATA, so
/// the browser decodes character references there and nothing else, and
/// text without `<` cannot end the element.
pub fn escaped(text: &str) -> String {
    html_escape::encode_text(text).into_owned()
}

/// A `<textarea>` holding `value` as text. The value goes in as escaped
/// inner HTML, which the browser reads back as the same text, in the
/// server's page and when set in the browser alike. Other attributes
/// (`attr:…`, `on:…`) pass through to the element.
#[component]
pub fn TextArea(
    #[prop(into)] id: String,
    name: &'static str,
    rows: u32,
    #[prop(optional, into)] value: String,
    #[prop(optional_no_strip)] describedby: Option<String>,
    #[prop(optional)] invalid: bool,
    /// For an island that reads what is typed (`value()` in the browser).
    #[prop(optional)]
    node_ref: NodeRef<leptos::html::Textarea>,
) -> impl IntoView {
    view! {
        <textarea
            node_ref=node_ref
            id=id
            name=name
            rows=rows
            aria-describedby=describedby
            aria-invalid=invalid.then_some("true")
            inner_html=escaped(&value)
        ></textarea>
    }
}

/// The page's `<title>`. On the server it is written escaped; in the
/// browser leptos_meta sets `document.title`, which takes plain text.
#[component]
pub fn PageTitle(#[prop(into)] text: String) -> impl IntoView {
    #[cfg(feature = "ssr")]
    let text = escaped(&text);
    view! { <Title text=text /> }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn textarea_html(value: &str) -> String {
        let value = value.to_string();
        let owner = Owner::new();
        owner.with(|| view! { <TextArea id="body" name="body" rows=4 value=value /> }.to_html())
    }

    /// What the browser shows in the textarea: its content with character
    /// references decoded (the HTML parser drops one newline right after the
    /// start tag, which `escaped` never begins with unless the text does).
    fn content_of(html: &str) -> (&str, &str, &str) {
        let start = html.find('>').expect("start tag") + 1;
        let end = html.rfind("</textarea>").expect("end tag");
        (&html[..start], &html[start..end], &html[end..])
    }

    #[test]
    fn a_closing_tag_in_the_value_stays_text() {
        let payload = "</textarea><form action=\"/api/change_role\" method=\"post\"><button>Continue</button></form>";
        let html = textarea_html(payload);
        assert!(!html.contains("<form"), "{html}");
        assert_eq!(html.matches("</textarea>").count(), 1, "{html}");
        let (_, content, _) = content_of(&html);
        assert_eq!(html_escape::decode_html_entities(content), payload);
    }

    #[test]
    fn a_title_cannot_end_itself() {
        let title =
            escaped("</title><meta http-equiv=\"refresh\" content=\"0;url=//evil.example\">");
        assert!(!title.contains('<'), "{title}");
        assert!(title.starts_with("&lt;/title&gt;&lt;meta"), "{title}");
    }

    /// Every `<textarea` and `<Title` of the interface is made by this module.
    #[test]
    fn no_other_file_writes_a_textarea_or_a_title() {
        let mut offenders = Vec::new();
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut folders = vec![root];
        while let Some(folder) = folders.pop() {
            for entry in std::fs::read_dir(&folder).expect("source folder") {
                let path = entry.expect("entry").path();
                if path.is_dir() {
                    folders.push(path);
                } else if path.extension().is_some_and(|e| e == "rs")
                    && !path.ends_with("components/raw_text.rs")
                {
                    let source = std::fs::read_to_string(&path).expect("source");
                    if source.contains("<textarea") || source.contains("<Title") {
                        offenders.push(path.display().to_string());
                    }
                }
            }
        }
        assert!(
            offenders.is_empty(),
            "write these through raw_text: {offenders:?}"
        );
    }

    proptest! {
        /// Whatever is refilled, the markup around it is the same and the
        /// content reads back as the value.
        #[test]
        fn arbitrary_values_never_change_the_element_structure(value in any::<String>()) {
            let html = textarea_html(&value);
            let (start, content, end) = content_of(&html);
            let empty = textarea_html("");
            let (empty_start, _, empty_end) = content_of(&empty);
            prop_assert_eq!(start, empty_start);
            prop_assert_eq!(end, empty_end);
            prop_assert!(!content.contains('<'));
            prop_assert_eq!(html_escape::decode_html_entities(content), value);
        }
    }
}
