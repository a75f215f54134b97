//! Lesson Markdown to safe HTML: rendered by pulldown-cmark, then cleaned by
//! ammonia so that no script, event handler or `javascript:` link can reach
//! a page, whoever wrote the lesson.

use pulldown_cmark::{Options, Parser};

pub fn render(markdown: &str) -> String {
    let options =
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_FOOTNOTES;
    let mut html = String::with_capacity(markdown.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, Parser::new_ext(markdown, options));
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
