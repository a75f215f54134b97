//! Strategies for the property tests of every parser of outside input, and
//! the checks that rendered HTML is safe: shared so that each parser is fed
//! the same hostile text.

use proptest::prelude::*;

/// Pieces that have broken parsers before: separators, quotes, fences,
/// markup, line ends, NUL and other controls, right-to-left and bidi
/// override characters, letters whose case changes their length, and
/// characters of one to four bytes.
const FRAGMENTS: &[&str] = &[
    "",
    " ",
    "  ",
    "\t",
    "\n",
    "\r\n",
    "\r",
    "\0",
    "\u{7}",
    "\u{1b}",
    "\u{7f}",
    "\u{85}",
    "\u{a0}",
    "\u{202f}",
    "\u{2028}",
    "\u{feff}",
    "\u{200b}",
    "\u{200f}",
    "\u{202e}",
    "\u{2066}",
    "\u{301}",
    "ليلى حداد",
    "العربية",
    "Aïssatou Bâ",
    "İ",
    "ß",
    "ﬃ",
    "ı",
    "𝕏",
    "😀",
    ",",
    ";",
    "\"",
    "'",
    "`",
    "```",
    "-",
    "--",
    "_",
    "=",
    "+++",
    "#",
    "*",
    "**",
    ">",
    "<",
    "&",
    "[",
    "]",
    "(",
    ")",
    "{",
    "}",
    "|",
    "\\",
    "/",
    ":",
    ".",
    "@",
    "0",
    "1",
    "9",
    "42",
    "-1",
    "1e309",
    "NaN",
    "inf",
    "2027-03-01",
    "a",
    "Z",
    "x@example.org",
    "nurse",
    "SN",
    "javascript:",
    "<script>",
    "</script>",
    "<img src=x onerror=alert(1)>",
];

/// Text as it may arrive: any characters at all, or a mix of the
/// fragments above.
pub fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        proptest::collection::vec(any::<char>(), 0..200).prop_map(String::from_iter),
        proptest::collection::vec(proptest::sample::select(FRAGMENTS), 0..60)
            .prop_map(|parts| parts.concat()),
    ]
}

/// Text with at least `min` characters, for the limits.
pub fn longer_than(min: usize) -> impl Strategy<Value = String> {
    (
        proptest::sample::select(FRAGMENTS),
        any::<char>(),
        1..64usize,
    )
        .prop_map(move |(fragment, c, extra)| {
            let unit = format!("{fragment}{c}");
            unit.repeat(min / unit.chars().count() + extra)
        })
}

/// Why rendered HTML is unsafe, if it is: a script-like element, an event
/// handler or style attribute, or a link or source whose scheme is not
/// http, https or mailto.
pub fn unsafe_html(html: &str) -> Option<String> {
    let lower = html.to_lowercase();
    for element in [
        "<script", "<iframe", "<style", "<object", "<embed", "<svg", "<math",
    ] {
        if lower.contains(element) {
            return Some(format!("{element} element"));
        }
    }
    // Sanitised HTML escapes every `<` in text, so each one opens a tag;
    // attribute values are quoted and never contain a quote.
    let mut rest = lower.as_str();
    while let Some(start) = rest.find('<') {
        rest = &rest[start + 1..];
        let name_end = rest
            .find(|c: char| c.is_whitespace() || c == '>' || c == '/')
            .unwrap_or(rest.len());
        rest = &rest[name_end..];
        loop {
            rest = rest.trim_start_matches(|c: char| c.is_whitespace() || c == '/');
            if rest.is_empty() || rest.starts_with('>') {
                break;
            }
            let name_len = rest
                .find(|c: char| c.is_whitespace() || c == '=' || c == '>')
                .unwrap_or(rest.len());
            let name = &rest[..name_len];
            rest = &rest[name_len..];
            if name.starts_with("on") || name == "style" {
                return Some(format!("attribute {name}"));
            }
            if let Some(after) = rest.strip_prefix("=\"") {
                let value_len = after.find('"').unwrap_or(after.len());
                let value = &after[..value_len];
                if matches!(name, "href" | "src" | "cite" | "action" | "formaction")
                    && !safe_url(value)
                {
                    return Some(format!("{name}=\"{value}\""));
                }
                rest = after.get(value_len + 1..).unwrap_or_default();
            }
        }
    }
    None
}

/// A relative URL or one with an allowed scheme. Browsers drop tabs and
/// newlines inside a scheme, so those are dropped before looking.
fn safe_url(value: &str) -> bool {
    let value: String = value
        .trim_start_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    let scheme_end = value.find(':');
    let path_start = value.find(['/', '?', '#']);
    match (scheme_end, path_start) {
        (Some(colon), Some(path)) if path < colon => true,
        (Some(colon), _) => {
            let scheme = &value[..colon];
            ["http", "https", "mailto"].contains(&scheme)
        }
        (None, _) => true,
    }
}

#[test]
fn the_html_check_finds_what_it_looks_for() {
    for bad in [
        "<p><SCRIPT>x</SCRIPT></p>",
        "<img src=\"x\" onerror=\"alert(1)\">",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<a href=\" java\tscript:alert(1)\">x</a>",
        "<div style=\"color: red\">x</div>",
    ] {
        assert!(unsafe_html(bad).is_some(), "{bad}");
    }
    for good in [
        "<p>javascript: is text &lt;script&gt; too</p>",
        "<a href=\"https://who.int/a:b\" rel=\"noopener noreferrer\">x</a>",
        "<a href=\"/lessons/1?x=a:b\">x</a>",
        "<img src=\"chart.png\" alt=\"on=off\">",
    ] {
        assert_eq!(unsafe_html(good), None, "{good}");
    }
}
