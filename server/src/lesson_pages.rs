//! Rendered lesson pages, kept and shared between readers.
//!
//! The lesson page is the page read most, and rendering it through leptos
//! costs several times what the rest of the request does. Its HTML follows
//! from a few things only: the path, the reader's preferences (language,
//! light mode), their role (the header's links) and the lesson as they see
//! it (`LessonPage`: its text, their progress, the links either side). So
//! every request still finds the reader and reads their standing exactly as
//! the lesson server function does, with the same access rules; when all of
//! that matches a page rendered before, that page's HTML is sent again with
//! this response's CSP nonce. Readers of a cohort at the same point of a
//! course share one rendered page.

use crate::security::{random_nonce, CspNonce};
use app::accounts::session::RequestUser;
use app::accounts::Role;
use app::courses::reading::{session_lesson, RenderedLesson};
use app::courses::{LessonAccess, LessonPage};
use app::preferences::Preferences;
use app::state::AppState;
use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderName, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use http_body::{Frame, SizeHint};
use std::hash::Hash;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use tower_sessions::Session;

/// Bytes of rendered HTML kept; a lesson page is 10–100 KB.
const CAPACITY_BYTES: u64 = 32 * 1024 * 1024;

/// Says whether a lesson page came from the cache (`hit`) or was rendered
/// (`miss`), with `--cache-status-header`: for operators, and for the tests
/// that check sharing.
const CACHE_HEADER: HeaderName = HeaderName::from_static("x-cache");

pub struct LessonPages {
    app: AppState,
    pages: moka::sync::Cache<PageKey, Arc<RenderedPage>>,
    /// Stands for the nonce while a page is rendered for the cache: drawn at
    /// start-up, so that no lesson text can contain it.
    placeholder: String,
    status_header: bool,
}

#[derive(Hash, PartialEq, Eq)]
struct PageKey {
    path: String,
    preferences: Preferences,
    role: Role,
    /// The `LessonPage`, hashed, so that a key does not hold another copy of
    /// the lesson's HTML for each point of progress (hashing 10 KB costs
    /// about a microsecond). 128 bits make a collision between two pages of
    /// one path, language and role a practical impossibility.
    lesson: u128,
}

impl PageKey {
    fn new(path: &str, preferences: Preferences, role: Role, page: &LessonPage) -> PageKey {
        let mut hasher = xxhash_rust::xxh3::Xxh3::new();
        page.hash(&mut hasher);
        PageKey {
            path: path.to_owned(),
            preferences,
            role,
            lesson: hasher.digest128(),
        }
    }
}

/// A page's HTML, cut where the nonce goes, and its headers.
struct RenderedPage {
    headers: HeaderMap,
    pieces: Vec<Bytes>,
}

impl RenderedPage {
    fn cut(mut headers: HeaderMap, html: &Bytes, placeholder: &str) -> RenderedPage {
        headers.remove(header::CONTENT_LENGTH);
        let mut pieces = Vec::new();
        let mut rest = html.clone();
        while let Some(at) = find(&rest, placeholder.as_bytes()) {
            pieces.push(rest.slice(..at));
            rest = rest.slice(at + placeholder.len()..);
        }
        pieces.push(rest);
        RenderedPage { headers, pieces }
    }

    fn size(&self) -> usize {
        self.pieces.iter().map(Bytes::len).sum()
    }

    /// The page with `nonce` in its places, sent piece by piece rather than
    /// copied into one buffer first.
    fn html(self: &Arc<Self>, nonce: &str) -> Body {
        let nonce = Bytes::copy_from_slice(nonce.as_bytes());
        let gaps = self.pieces.len().saturating_sub(1);
        let remaining = (self.size() + nonce.len() * gaps) as u64;
        Body::new(PageBody {
            page: Arc::clone(self),
            nonce,
            next: 0,
            remaining,
        })
    }
}

/// A rendered page's pieces with the nonce between them, as frames.
struct PageBody {
    page: Arc<RenderedPage>,
    nonce: Bytes,
    /// Even: the piece at half of it; odd: the nonce after that piece.
    next: usize,
    remaining: u64,
}

impl http_body::Body for PageBody {
    type Data = Bytes;
    type Error = std::convert::Infallible;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        _: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Self::Error>>> {
        let piece = self.next / 2;
        let frame = if self.next.is_multiple_of(2) {
            self.page.pieces.get(piece).cloned()
        } else if piece + 1 < self.page.pieces.len() {
            Some(self.nonce.clone())
        } else {
            None
        };
        self.next += 1;
        Poll::Ready(frame.map(|bytes| {
            self.remaining -= bytes.len() as u64;
            Ok(Frame::data(bytes))
        }))
    }

    fn is_end_stream(&self) -> bool {
        self.remaining == 0
    }

    fn size_hint(&self) -> SizeHint {
        SizeHint::with_exact(self.remaining)
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|window| window == needle)
}

impl LessonPages {
    pub fn new(app: AppState, status_header: bool) -> LessonPages {
        LessonPages {
            app,
            pages: moka::sync::Cache::builder()
                .weigher(|key: &PageKey, page: &Arc<RenderedPage>| {
                    u32::try_from(key.path.len() + page.size()).unwrap_or(u32::MAX)
                })
                .max_capacity(CAPACITY_BYTES)
                .build(),
            placeholder: random_nonce(),
            status_header,
        }
    }

    fn tell(&self, headers: &mut HeaderMap, status: &'static str) {
        if self.status_header {
            headers.insert(CACHE_HEADER, HeaderValue::from_static(status));
        }
    }
}

/// The course, module and lesson slugs of a plain GET of a lesson page.
/// Anything else (a query string carrying a form's error, a HEAD) is
/// rendered as usual.
fn lesson_slugs(request: &Request) -> Option<[&str; 3]> {
    if request.method() != Method::GET || request.uri().query().is_some() {
        return None;
    }
    let mut segments = request.uri().path().strip_prefix("/courses/")?.split('/');
    let slugs = [segments.next()?, segments.next()?, segments.next()?];
    (segments.next().is_none() && slugs.into_iter().all(is_slug)).then_some(slugs)
}

/// Made of the characters `Slug::parse` accepts (anything else cannot find a
/// lesson and is rendered as usual): a module's `offline.html`, on a path of
/// the same shape, is not a lesson.
fn is_slug(segment: &str) -> bool {
    !segment.is_empty()
        && segment
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Answers a lesson page from the cache when the same page was rendered
/// before, and otherwise renders it and keeps it.
pub async fn serve_lesson_page(
    State(pages): State<Arc<LessonPages>>,
    mut request: Request,
    next: Next,
) -> Response {
    let Some([course, module, lesson]) = lesson_slugs(&request) else {
        return next.run(request).await;
    };
    let (Some(session), Some(nonce)) = (
        request.extensions().get::<Session>().cloned(),
        request.extensions().get::<CspNonce>().cloned(),
    ) else {
        return next.run(request).await;
    };
    // Signed out, or the lookup failed: the page says so, as usual.
    let Ok(Some((user, access))) =
        session_lesson(&pages.app, &session, course, module, lesson).await
    else {
        return next.run(request).await;
    };
    // No such lesson, or not theirs to read: rendered, without asking again
    // who they are.
    let Ok(LessonAccess::Read(page)) = access else {
        request.extensions_mut().insert(RequestUser::known(user));
        return next.run(request).await;
    };
    let path = request.uri().path().to_owned();
    let preferences = Preferences::of_request(request.headers());
    let role = user.role;
    if let Some(rendered) = pages
        .pages
        .get(&PageKey::new(&path, preferences, role, &page))
    {
        let mut response = (StatusCode::OK, rendered.html(&nonce.0)).into_response();
        response.headers_mut().extend(rendered.headers.clone());
        pages.tell(response.headers_mut(), "hit");
        return response;
    }
    // The render asks who the reader is again: it is told, not looked up.
    request.extensions_mut().insert(RequestUser::known(user));

    let rendered_lesson = RenderedLesson::default();
    request.extensions_mut().insert(rendered_lesson.clone());
    request
        .extensions_mut()
        .insert(CspNonce(pages.placeholder.clone()));
    let (mut parts, body) = next.run(request).await.into_parts();
    let html = match axum::body::to_bytes(body, usize::MAX).await {
        Ok(html) => html,
        Err(error) => {
            tracing::error!(%error, path, "lesson page render failed");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let rendered = Arc::new(RenderedPage::cut(
        parts.headers.clone(),
        &html,
        &pages.placeholder,
    ));
    let body = rendered.html(&nonce.0);
    // Filed under the data the render used, read by the server function.
    if let (StatusCode::OK, Some(LessonAccess::Read(page))) = (parts.status, rendered_lesson.take())
    {
        pages
            .pages
            .insert(PageKey::new(&path, preferences, role, &page), rendered);
    }
    pages.tell(&mut parts.headers, "miss");
    parts.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_is_cut_at_every_placeholder_and_filled_with_the_nonce() {
        let html =
            Bytes::from_static(b"<script nonce=\"PH\">a</script><p>b</p><i nonce=\"PH\"></i>");
        let page = Arc::new(RenderedPage::cut(HeaderMap::new(), &html, "PH"));
        assert_eq!(page.pieces.len(), 3);
        let body = page.html("n0nce");
        let told = http_body::Body::size_hint(&body).exact();
        let filled = text(body);
        assert_eq!(told, Some(filled.len() as u64), "its length is told");
        assert_eq!(
            filled,
            "<script nonce=\"n0nce\">a</script><p>b</p><i nonce=\"n0nce\"></i>"
        );
        let plain = Arc::new(RenderedPage::cut(
            HeaderMap::new(),
            &Bytes::from_static(b"<p>light</p>"),
            "PH",
        ));
        assert_eq!(text(plain.html("n0nce")), "<p>light</p>");
    }

    #[test]
    fn only_plain_gets_of_a_lesson_path_are_served_from_the_cache() {
        let slugs = |method: Method, uri: &str| {
            let request = Request::builder()
                .method(method)
                .uri(uri)
                .body(Body::empty())
                .expect("request");
            lesson_slugs(&request).map(|slugs| slugs.map(str::to_owned))
        };
        assert_eq!(
            slugs(Method::GET, "/courses/c/m/l"),
            Some(["c", "m", "l"].map(str::to_owned))
        );
        for uri in [
            "/courses/c/m/l?__err=x",
            "/courses/c/m/l/",
            "/courses/c/m",
            "/courses/c//l",
            "/courses/c/m/l/x",
            "/courses/c/m/offline.html",
            "/courses/c/m/L",
            "/course/c/m/l",
        ] {
            assert_eq!(slugs(Method::GET, uri), None, "{uri}");
        }
        assert_eq!(slugs(Method::HEAD, "/courses/c/m/l"), None);
        assert_eq!(slugs(Method::POST, "/courses/c/m/l"), None);
    }

    fn text(body: Body) -> String {
        let bytes = tokio::runtime::Builder::new_current_thread()
            .build()
            .expect("runtime")
            .block_on(axum::body::to_bytes(body, usize::MAX))
            .expect("body");
        String::from_utf8(bytes.to_vec()).expect("utf-8")
    }
}
