use reqwest::header::{ACCEPT, LOCATION, REFERER};
use reqwest::redirect::Policy;
use reqwest::{Client, Response, StatusCode};
use server::config::Settings;
use server::startup::Application;
use sqlx::SqlitePool;
use tempfile::TempDir;

pub const PASSWORD: &str = "a long enough password";

pub struct TestApp {
    pub base: String,
    pub pool: SqlitePool,
    /// What the application was started with (its data folder, its address).
    pub settings: Settings,
    _data_dir: TempDir,
}

/// Starts the application on a random port with an empty database.
pub async fn spawn_app() -> TestApp {
    spawn_app_with(|_| {}).await
}

/// The application with the demo accounts, the shipped course and its open cohort.
pub async fn spawn_demo_app() -> TestApp {
    spawn_app_with(|settings| settings.demo = true).await
}

pub const DEMO_PASSWORD: &str = "learn-hrh-2026";
pub const COURSE: &str = "/courses/hrh-planning-management";
pub const FIRST_LESSON: &str =
    "/courses/hrh-planning-management/hrh-situation-analysis/why-a-situation-analysis";

/// Settings of a test application keeping its data in `data_dir`, on a
/// random loopback port.
pub fn test_settings(data_dir: &std::path::Path) -> Settings {
    Settings {
        data_dir: data_dir.to_path_buf(),
        listen: "127.0.0.1:0".parse().expect("address"),
        public_url: "http://127.0.0.1".into(),
        site_root: "target/site".into(),
        demo: false,
        courses_dir: "../courses".into(),
        session_idle_minutes: 60,
        verify_lookups_per_minute: 30,
        cache_status_header: true,
        trusted_proxies: Vec::new(),
        smtp_url: String::new(),
        mail_from: "HRH Learning <no-reply@localhost>".into(),
        no_scheduled_work: false,
    }
}

/// Like `spawn_app`, with settings changed by `adjust`.
pub async fn spawn_app_with(adjust: impl FnOnce(&mut Settings)) -> TestApp {
    let data_dir = tempfile::tempdir().expect("temp dir");
    let mut settings = test_settings(data_dir.path());
    adjust(&mut settings);
    let application = Application::build(&settings).await.expect("build app");
    let address = application.address().expect("address");
    let pool = application.pool();
    tokio::spawn(application.run_until(std::future::pending()));
    TestApp {
        base: format!("http://{address}"),
        pool,
        settings,
        _data_dir: data_dir,
    }
}

/// A browser-like client with its own cookie jar that does not follow
/// redirects, so tests can check where each answer points.
pub fn new_client() -> Client {
    Client::builder()
        .cookie_store(true)
        .redirect(Policy::none())
        .build()
        .expect("client")
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    pub async fn get(&self, client: &Client, path: &str) -> Response {
        client
            .get(self.url(path))
            .header(ACCEPT, "text/html")
            .send()
            .await
            .expect("GET")
    }

    /// Submits a form as a browser does without JavaScript: from `page`,
    /// to the server function at `action`.
    pub async fn submit(
        &self,
        client: &Client,
        page: &str,
        action: &str,
        fields: &[(&str, &str)],
    ) -> Response {
        client
            .post(self.url(action))
            .header(ACCEPT, "text/html")
            .header(REFERER, self.url(page))
            .form(fields)
            .send()
            .await
            .expect("POST")
    }

    /// Calls a server function as the hydrated app does (no redirects).
    pub async fn call(&self, client: &Client, action: &str, fields: &[(&str, &str)]) -> Response {
        client
            .post(self.url(action))
            .form(fields)
            .send()
            .await
            .expect("POST")
    }

    /// Registers a participant with `client` (which is then logged in).
    pub async fn register(&self, client: &Client, name: &str, email: &str) -> Response {
        self.submit(
            client,
            "/register",
            "/api/register",
            &[
                ("full_name", name),
                ("email", email),
                ("country", "GH"),
                ("cadre", "nurse"),
                ("language", "en"),
                ("password", PASSWORD),
            ],
        )
        .await
    }

    /// Logs in, then switches the interface to English, in which the tests
    /// read pages: signing in applies the profile's language, and several
    /// demo profiles are French or Arabic.
    pub async fn login(&self, client: &Client, email: &str, password: &str) -> Response {
        let response = self
            .submit(
                client,
                "/login",
                "/api/login",
                &[("email", email), ("password", password), ("next", "/")],
            )
            .await;
        self.submit(client, "/", "/api/preferences", &[("language", "en")])
            .await;
        response
    }

    /// An administrator, created the way `server create-admin` does, and a
    /// client logged in as them.
    pub async fn admin_client(&self) -> Client {
        server::admin_cli::create_admin(
            &self.pool,
            "root@example.org",
            "Ada Admin",
            "KE",
            PASSWORD,
        )
        .await
        .expect("create admin");
        let client = new_client();
        let response = self.login(&client, "root@example.org", PASSWORD).await;
        assert_eq!(response.status(), StatusCode::FOUND);
        client
    }

    pub async fn user_id(&self, email: &str) -> i64 {
        let (id,): (i64,) = sqlx::query_as("SELECT id FROM users WHERE email = ?")
            .bind(email)
            .fetch_one(&self.pool)
            .await
            .expect("user exists");
        id
    }

    /// Follows a redirect answer and returns the page it points to.
    pub async fn follow(&self, client: &Client, response: Response) -> (String, String) {
        let to = location(&response);
        let path = to.strip_prefix(&self.base).unwrap_or(&to).to_string();
        let page = self.get(client, &path).await.text().await.expect("body");
        (path, page)
    }
}

pub fn location(response: &Response) -> String {
    response
        .headers()
        .get(LOCATION)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string()
}

/// Whether a page requiring login sent this client to the login page.
pub async fn is_sent_to_login(app: &TestApp, client: &Client, path: &str) -> bool {
    let response = app.get(client, path).await;
    response.status() == StatusCode::FOUND && location(&response).starts_with("/login?next=")
}

impl TestApp {
    /// A client logged in as a demo account.
    pub async fn demo_client(&self, email: &str) -> Client {
        let client = new_client();
        let response = self.login(&client, email, DEMO_PASSWORD).await;
        assert_eq!(response.status(), StatusCode::FOUND, "demo login {email}");
        client
    }

    pub async fn page(&self, client: &Client, path: &str) -> String {
        self.get(client, path).await.text().await.expect("body")
    }

    pub async fn scalar(&self, sql: &str) -> i64 {
        let (n,): (i64,) = sqlx::query_as(sql).fetch_one(&self.pool).await.expect(sql);
        n
    }
}

impl TestApp {
    /// The key the application signs its no-login links with.
    pub fn link_key(&self) -> app::notifications::domain::LinkKey {
        let key =
            app::certificates::credential::PlatformKey::load(&self.settings.certificate_key_path())
                .expect("the platform key");
        app::notifications::domain::LinkKey::new(key.derived_secret("links"))
    }
}

/// A date `days` from today as English pages write it: "2 March 2026".
pub fn long_day(days: i64) -> String {
    let date = time::OffsetDateTime::now_utc().date() + time::Duration::days(days);
    format!("{} {} {}", date.day(), date.month(), date.year())
}

/// A date `days` from today, as forms take it.
pub fn day(days: i64) -> String {
    let date = time::OffsetDateTime::now_utc().date() + time::Duration::days(days);
    format!(
        "{:04}-{:02}-{:02}",
        date.year(),
        u8::from(date.month()),
        date.day()
    )
}
