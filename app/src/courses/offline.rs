//! "Download this module": one self-contained HTML file with all of a
//! module's lessons and the stylesheet inline, for reading on a phone
//! without a connection. Nothing in it asks the network for anything.

use super::{access, model, offline_path, store};
use crate::accounts::session::caller;
use crate::error::AppError;
use crate::i18n::{date_in, text_in};
use crate::language::Language;
use crate::preferences::Preferences;
use crate::state::AppState;
use crate::web::{attachment, refusal};
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::Response;
use axum::routing::get;
use axum::Router;
// Titles go into text and into the <title>: escaped for either.
use html_escape::encode_double_quoted_attribute as escape;
use std::fmt::Write;
use tower_sessions::Session;

const STYLESHEET: &str = include_str!("../../../style/main.css");

pub fn routes() -> Router<AppState> {
    Router::new().route(&offline_path("{course}", "{module}"), get(offline_module))
}

async fn offline_module(
    State(state): State<AppState>,
    session: Session,
    headers: HeaderMap,
    Path((course_slug, module_slug)): Path<(String, String)>,
) -> Response {
    let back_to = offline_path(&course_slug, &module_slug);
    match readable_module(&state, &session, &course_slug, &module_slug).await {
        Ok((course, module_title, lessons)) => {
            let language = Preferences::of_request(&headers).language;
            let today = time::OffsetDateTime::now_utc().date().to_string();
            let page = OfflineModule {
                language,
                course_language: course.language(),
                course_title: &course.title,
                module_title: &module_title,
                saved_on: &today,
                lessons: &lessons,
            }
            .render();
            attachment(
                "text/html; charset=utf-8",
                &format!("{course_slug}-{module_slug}.html"),
                page.into_bytes(),
            )
        }
        Err(error) => refusal(error, &back_to),
    }
}

/// The module, if the caller may read its lessons: the same rule as the
/// lesson pages.
async fn readable_module(
    state: &AppState,
    session: &Session,
    course_slug: &str,
    module_slug: &str,
) -> Result<(model::CourseRow, String, Vec<store::LessonRow>), AppError> {
    let user = caller(session, &state.pool).await?;
    let (course, module_title, lessons) =
        store::module_for_reading(&state.pool, course_slug, module_slug)
            .await?
            .ok_or(AppError::NotFound)?;
    if !access::may_see_course(course.published, Some(&user)) {
        return Err(AppError::NotFound);
    }
    if !access::reader(&state.pool, &user, course.id)
        .await?
        .may_read_lessons()
    {
        return Err(AppError::Forbidden);
    }
    Ok((course, module_title, lessons))
}

struct OfflineModule<'a> {
    /// The reader's language, for the file's own words.
    language: Language,
    course_language: Language,
    course_title: &'a str,
    module_title: &'a str,
    saved_on: &'a str,
    lessons: &'a [store::LessonRow],
}

impl OfflineModule<'_> {
    fn render(&self) -> String {
        let text = |key: &str| text_in(self.language, key, &[]);
        // Images would be fetched from the network: the offline copy keeps
        // the text and drops them.
        let offline_body = |html: &str| {
            ammonia::Builder::default()
                .rm_tags(["img"])
                .url_schemes(["http", "https", "mailto"].into())
                .link_rel(Some("noopener noreferrer"))
                .clean(html)
                .to_string()
        };
        let code = self.language.code();
        // The course's own text in the course's language, the rest in the
        // reader's.
        let content = format!(
            " lang=\"{}\" dir=\"{}\"",
            self.course_language.code(),
            self.course_language.direction()
        );
        let mut page = format!(
            "<!DOCTYPE html>\n<html lang=\"{code}\" dir=\"{dir}\">\n<head>\n\
             <meta charset=\"utf-8\">\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
             <title>{module} · {course}</title>\n<style>\n{STYLESHEET}\n</style>\n</head>\n\
             <body>\n<main>\n<p class=\"muted\"{content}>{course}</p>\n<h1{content}>{module}</h1>\n\
             <p class=\"muted\">{saved}</p>\n<nav aria-label=\"{contents}\">\n<ol>\n",
            dir = self.language.direction(),
            module = escape(self.module_title),
            course = escape(self.course_title),
            saved = escape(&text_in(
                self.language,
                "offline-saved-on",
                &[("date", date_in(self.language, self.saved_on).into())],
            )),
            contents = escape(&text("offline-contents")),
        );
        for (number, lesson) in self.lessons.iter().enumerate() {
            let _ = writeln!(
                page,
                "<li><a href=\"#lesson-{}\"{content}>{}</a></li>",
                number + 1,
                escape(&lesson.title)
            );
        }
        page.push_str("</ol>\n</nav>\n");
        for (number, lesson) in self.lessons.iter().enumerate() {
            let _ = write!(
                page,
                "<article id=\"lesson-{}\" class=\"lesson-body\">\n<h2{content}>{}</h2>\n\
                 <p class=\"muted\">{}</p>\n<div{content}>{}</div>\n</article>\n",
                number + 1,
                escape(&lesson.title),
                escape(&text_in(
                    self.language,
                    "offline-minutes",
                    &[("count", lesson.estimated_minutes.into())]
                )),
                offline_body(&lesson.body_html),
            );
        }
        page.push_str("</main>\n</body>\n</html>\n");
        page
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lesson(title: &str, body_html: &str) -> store::LessonRow {
        store::LessonRow {
            id: 1,
            module_id: 1,
            title: title.to_string(),
            body_html: body_html.to_string(),
            estimated_minutes: 12,
        }
    }

    #[test]
    fn the_file_is_self_contained_and_escapes_titles() {
        let lessons = [
            lesson("Why <plan>?", "<p>Workload <em>drives</em> staffing.</p>"),
            lesson(
                "Counting",
                "<p>See <img src=\"https://example.org/chart.png\" alt=\"chart\"> \
                 and <a href=\"https://who.int\">WHO</a>.</p>",
            ),
        ];
        let page = OfflineModule {
            language: Language::French,
            course_language: Language::English,
            course_title: "WISN & you",
            module_title: "Module 1",
            saved_on: "2026-11-24",
            lessons: &lessons,
        }
        .render();
        assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"fr\" dir=\"ltr\">"));
        assert!(
            page.contains("<h1 lang=\"en\" dir=\"ltr\">Module 1</h1>"),
            "{page}"
        );
        assert!(page.contains("Why &lt;plan&gt;?"));
        assert!(page.contains("WISN &amp; you"));
        assert!(page.contains("<em>drives</em>"));
        assert!(page.contains("24 novembre 2026"), "{page}");
        assert!(page.contains("12 minutes"));
        assert!(!page.contains("<img"), "{page}");
        for fetches in ["<link", "<script", "src=", "url(", "@import"] {
            assert!(!page.contains(fetches), "{fetches} in the offline file");
        }
        assert!(page.contains("<a href=\"https://who.int\""));
    }

    #[test]
    fn arabic_files_read_right_to_left() {
        let page = OfflineModule {
            language: Language::Arabic,
            course_language: Language::Arabic,
            course_title: "دورة",
            module_title: "الوحدة",
            saved_on: "2026-05-09",
            lessons: &[lesson("درس", "<p>نص</p>")],
        }
        .render();
        assert!(page.contains("<html lang=\"ar\" dir=\"rtl\">"));
        assert!(page.contains("9 مايو 2026"));
    }
}
