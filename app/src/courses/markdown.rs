//! Lesson Markdown to safe HTML: rendered by pulldown-cmark, then cleaned by
//! ammonia so that no script, event handler or `javascript:` link can reach
//! a page, whoever wrote the lesson.

use pulldown_cmark::{Event, Options, Parser};

/// The sanitiser's time grows with the square of the nesting depth: a body
/// of nothing but `>` or `<div>` would take minutes. Deeper Markdown keeps
/// its text but loses its structure, and raw HTML past the budget is shown
/// as text; both are far beyond what a lesson or post needs.
const MAX_DEPTH: usize = 32;
const MAX_RAW_HTML_TAGS: usize = 5000;

pub fn render(markdown: &str) -> String {
    let options =
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_FOOTNOTES;
    let mut depth = 0;
    let mut raw_tags = 0;
    let events = Parser::new_ext(markdown, options).filter_map(|event| match event {
        Event::Start(_) => {
            depth += 1;
            (depth <= MAX_DEPTH).then_some(event)
        }
        Event::End(_) => {
            depth -= 1;
            (depth < MAX_DEPTH).then_some(event)
        }
        Event::Html(ref html) | Event::InlineHtml(ref html) => {
            raw_tags += html.matches('<').count();
            Some(if raw_tags > MAX_RAW_HTML_TAGS {
                Event::Text(html.clone())
            } else {
                event
            })
        }
        other => Some(other),
    });
    let mut html = String::with_capacity(markdown.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events);
    ammonia::Builder::default()
        .url_schemes(["http", "https", "mailto"].into())
        .link_rel(Some("noopener noreferrer"))
        .clean(&html)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::render;

    #[test]
    fn scripts_event_handlers_and_javascript_links_never_survive() {
        let html = render(
            "Hello <script>alert('x')</script>\n\n\
             <img src=\"x.png\" onerror=\"alert(1)\">\n\n\
             [click](javascript:alert(1)) <a href=\"javascript:alert(2)\">raw</a>\n\n\
             <div onclick=\"steal()\" style=\"position:fixed\">box</div>\n\n\
             <iframe src=\"https://evil.example\"></iframe>",
        );
        let lower = html.to_lowercase();
        for banned in [
            "<script",
            "alert('x')",
            "onerror",
            "javascript:",
            "onclick",
            "<iframe",
            "style=",
        ] {
            assert!(!lower.contains(banned), "{banned} survived in {html}");
        }
        assert!(html.contains("Hello"));
        assert!(html.contains("box"));
    }

    #[test]
    fn tables_headings_lists_links_images_and_code_survive() {
        let html = render(
            "## Available working time\n\n\
             | Item | Days |\n|---|---|\n| Working days | 260 |\n\n\
             - annual leave\n- public holidays\n\n\
             1. first\n2. second\n\n\
             See [the WISN manual](https://www.who.int/publications/i/item/9789241500197).\n\n\
             ![A chart](/media/chart.png)\n\n\
             ```\nAWT = (260 - 40) x 8\n```\n",
        );
        for kept in [
            "<h2>Available working time</h2>",
            "<table>",
            "<td>260</td>",
            "<ul>",
            "<ol>",
            "href=\"https://www.who.int/publications/i/item/9789241500197\"",
            "rel=\"noopener noreferrer\"",
            "<img src=\"/media/chart.png\" alt=\"A chart\">",
            "<pre><code>AWT = (260 - 40) x 8",
        ] {
            assert!(html.contains(kept), "{kept} missing from {html}");
        }
    }
}

#[cfg(test)]
mod properties {
    use super::{render, MAX_DEPTH};
    use crate::test_input::{text, unsafe_html};
    use proptest::prelude::*;

    /// Markup that tries to get past the sanitiser, in many spellings.
    const ATTACKS: &[&str] = &[
        "<script>alert(1)</script>",
        "<ScRiPt src=//evil.example></sCrIpT>",
        "<scr<script>ipt>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<img src=\"x\" ONERROR = 'alert(1)'>",
        "<svg onload=alert(1)>",
        "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
        "<body onload=alert(1)>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
        "<a href=\" javascript:alert(1)\">x</a>",
        "<a href=\"java\tscript:alert(1)\">x</a>",
        "<a href=\"&#106;avascript:alert(1)\">x</a>",
        "<a href=\"&#x6A;avascript&colon;alert(1)\">x</a>",
        "<a href=\"vbscript:msgbox(1)\">x</a>",
        "<a href=\"data:text/html,<script>alert(1)</script>\">x</a>",
        "[x](javascript:alert(1))",
        "[x](JAVASCRIPT:alert(1) \"t\")",
        "[x](<javascript:alert(1)>)",
        "![x](javascript:alert(1))",
        "[ref]: javascript:alert(1)\n\n[x][ref]",
        "<javascript:alert(1)>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<object data=x></object><embed src=x>",
        "<style>body{display:none}</style>",
        "<div style=\"position:fixed\">x</div>",
        "<p onclick=\"steal()\">x</p>",
        "<form action=\"javascript:alert(1)\"><button formaction=javascript:alert(1)>x",
        "<!-- <script>alert(1)</script> -->",
        "<![CDATA[<script>alert(1)</script>]]>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
        "```\n<script>alert(1)</script>\n```",
        "`<script>`",
        "| a | <script>b</script> |\n|---|---|\n| <img src=x onerror=y> | c |",
        "[^1]\n\n[^1]: <script>alert(1)</script>",
        "> <a href=javascript:alert(1)>quote</a>",
        "- <details open ontoggle=alert(1)>",
    ];

    fn hostile_markdown() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            proptest::sample::select(ATTACKS).prop_map(str::to_string),
            text(),
        ];
        proptest::collection::vec(piece, 0..12).prop_map(|pieces| pieces.join("\n"))
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn rendered_html_is_safe_whatever_the_markdown(markdown in hostile_markdown()) {
            let html = render(&markdown);
            prop_assert_eq!(unsafe_html(&html), None, "{}", html);
        }

        #[test]
        fn rendering_arbitrary_text_never_panics_and_is_stable(markdown in text()) {
            let html = render(&markdown);
            prop_assert_eq!(unsafe_html(&html), None, "{}", html);
            prop_assert_eq!(render(&markdown), html);
        }
    }

    /// Lesson bodies are at most `MAX_LESSON_BODY` bytes; even the deepest
    /// nesting that fits renders quickly, keeping its text.
    #[test]
    fn the_largest_nested_bodies_render_in_good_time() {
        let limit = crate::courses::MAX_LESSON_BODY;
        for unit in [
            ">", "- ", "1. ", "* ", "*", "[", "<div>", "<a>", "<table>", "` ", "|", "\\", "> - ",
        ] {
            let body = format!("{}end", unit.repeat(limit / unit.len()));
            let started = std::time::Instant::now();
            let html = render(&body);
            // Generous for unoptimised test builds; quadratic cases took minutes.
            assert!(
                started.elapsed().as_secs() < 20,
                "{unit:?} took {:?}",
                started.elapsed()
            );
            assert!(html.contains("end"), "{unit:?}");
            assert_eq!(unsafe_html(&html), None, "{unit:?}");
        }
    }

    #[test]
    fn deep_markdown_keeps_its_text_and_the_structure_that_fits() {
        let html = render(&format!("{}deep", "> ".repeat(MAX_DEPTH * 3)));
        assert_eq!(html.matches("<blockquote>").count(), MAX_DEPTH);
        assert_eq!(
            html.matches("<blockquote>").count(),
            html.matches("</blockquote>").count()
        );
        assert!(html.contains("deep"));
    }
}
