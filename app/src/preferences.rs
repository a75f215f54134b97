//! How a person wants pages served: in which language, and whether in light
//! mode (no JavaScript, no wasm at all).
//!
//! Both live in cookies, so that the page's language and assets are known
//! from the request alone, before any database query: the language switch
//! and light-mode link set them (and, for a signed-in person, the profile),
//! and signing in copies the profile's choices into them.

use crate::language::Language;
use leptos::prelude::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Preferences {
    pub language: Language,
    /// No script tag at all: every page works as plain HTML.
    pub light: bool,
}

impl Default for Preferences {
    fn default() -> Self {
        Preferences {
            language: Language::English,
            light: false,
        }
    }
}

pub const LANGUAGE_COOKIE: &str = "lang";
pub const LIGHT_COOKIE: &str = "light";

/// Whether cookies are marked `Secure` (the site is served over https),
/// provided by the server with every request's context: the preferences
/// need this one flag, not the whole shared state.
#[derive(Clone, Copy, Debug, Default)]
pub struct SecureCookies(pub bool);

impl Preferences {
    /// The preferences of the request being answered, a page or a server
    /// function alike: the server reads them from each request's headers
    /// once ([`Preferences::of_request`]) and provides them. The defaults
    /// outside a request.
    pub fn current() -> Preferences {
        use_context::<Preferences>().unwrap_or_default()
    }

    /// What a request asks for: its cookies, else the browser's
    /// Accept-Language, else English and the full pages.
    #[cfg(feature = "ssr")]
    pub fn of_request(headers: &axum::http::HeaderMap) -> Preferences {
        use axum::http::header;
        let cookies = crate::web::cookies(headers);
        let cookie = |name: &str| {
            cookies
                .iter()
                .find(|cookie| cookie.name() == name)
                .map(|cookie| cookie.value())
        };
        let language = cookie(LANGUAGE_COOKIE)
            .and_then(Language::parse)
            .unwrap_or_else(|| {
                headers
                    .get(header::ACCEPT_LANGUAGE)
                    .and_then(|value| value.to_str().ok())
                    .map_or(Language::English, crate::language::browser_language)
            });
        Preferences {
            language,
            light: cookie(LIGHT_COOKIE) == Some("1"),
        }
    }

    /// The Set-Cookie values that keep these preferences for a year; `Secure`
    /// when the platform is served over https, like the session cookie.
    #[cfg(feature = "ssr")]
    pub fn cookies(self, secure: bool) -> [String; 2] {
        let attributes = format!(
            "Path=/; SameSite=Lax; HttpOnly{}",
            if secure { "; Secure" } else { "" }
        );
        const YEAR: &str = "Max-Age=31536000";
        let light = if self.light {
            format!("{LIGHT_COOKIE}=1; {YEAR}; {attributes}")
        } else {
            format!("{LIGHT_COOKIE}=; Max-Age=0; {attributes}")
        };
        [
            format!(
                "{LANGUAGE_COOKIE}={}; {YEAR}; {attributes}",
                self.language.code()
            ),
            light,
        ]
    }

    /// Sets the cookies on the response of the current server function,
    /// `Secure` when the server provides `SecureCookies(true)`.
    #[cfg(feature = "ssr")]
    pub fn keep(self) {
        use axum::http::{header, HeaderValue};
        let Some(response) = use_context::<leptos_axum::ResponseOptions>() else {
            return;
        };
        let secure = use_context::<SecureCookies>().is_some_and(|secure| secure.0);
        for cookie in self.cookies(secure) {
            if let Ok(value) = HeaderValue::from_str(&cookie) {
                response.append_header(header::SET_COOKIE, value);
            }
        }
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;
    use axum::http::{header, HeaderMap, HeaderValue};

    fn headers(pairs: &[(header::HeaderName, &'static str)]) -> HeaderMap {
        let mut headers = HeaderMap::new();
        for (name, value) in pairs {
            headers.append(name, HeaderValue::from_static(value));
        }
        headers
    }

    #[test]
    fn the_cookie_wins_over_the_browser_language() {
        let request = headers(&[
            (header::ACCEPT_LANGUAGE, "fr-FR,fr;q=0.9"),
            (header::COOKIE, "id=abc; lang=ar; light=1"),
        ]);
        assert_eq!(
            Preferences::of_request(&request),
            Preferences {
                language: Language::Arabic,
                light: true
            }
        );
    }

    #[test]
    fn visitors_get_their_browser_language_and_full_pages() {
        let request = headers(&[(header::ACCEPT_LANGUAGE, "fr-FR,fr;q=0.9")]);
        assert_eq!(
            Preferences::of_request(&request),
            Preferences {
                language: Language::French,
                light: false
            }
        );
        let nonsense = headers(&[(header::COOKIE, "lang=xx; light=yes")]);
        assert_eq!(Preferences::of_request(&nonsense), Preferences::default());
    }

    #[test]
    fn cookies_round_trip() {
        let chosen = Preferences {
            language: Language::French,
            light: true,
        };
        let [language, light] = chosen.cookies(false);
        let sent = format!(
            "{}; {}",
            language.split(';').next().unwrap_or_default(),
            light.split(';').next().unwrap_or_default()
        );
        let mut request = HeaderMap::new();
        request.insert(
            header::COOKIE,
            HeaderValue::from_str(&sent).expect("a header value"),
        );
        assert_eq!(Preferences::of_request(&request), chosen);
        assert!(chosen.cookies(true).iter().all(|c| c.ends_with("; Secure")));
    }
}
