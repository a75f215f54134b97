//! Server configuration from command-line flags and environment variables.

use clap::{Args, Parser, Subcommand};
use std::net::SocketAddr;
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "server",
    about = "The learning platform for short courses on human resources for health",
    version
)]
pub struct Cli {
    #[command(flatten)]
    pub settings: Settings,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Clone, Args)]
pub struct Settings {
    /// Folder for the SQLite database; created if missing.
    #[arg(long, env = "HRH_DATA_DIR", default_value = "data", global = true)]
    pub data_dir: PathBuf,

    /// Address and port to listen on.
    #[arg(
        long,
        env = "HRH_LISTEN",
        default_value = "127.0.0.1:3000",
        global = true
    )]
    pub listen: SocketAddr,

    /// The address people use to reach the platform. When it starts with
    /// https://, session cookies are marked Secure.
    #[arg(
        long,
        env = "HRH_PUBLIC_URL",
        default_value = "http://127.0.0.1:3000",
        global = true
    )]
    pub public_url: String,

    /// Folder holding the built site (the wasm, JavaScript and CSS).
    #[arg(
        long,
        env = "HRH_SITE_ROOT",
        default_value = "target/site",
        global = true
    )]
    pub site_root: PathBuf,

    /// Add demo accounts, the shipped courses and a cohort when the database
    /// is new (never on a real deployment).
    #[arg(long, env = "HRH_DEMO", global = true)]
    pub demo: bool,

    /// Folder of course packages loaded as demo data.
    #[arg(
        long,
        env = "HRH_COURSES_DIR",
        default_value = "courses",
        global = true
    )]
    pub courses_dir: PathBuf,

    /// Minutes without a request after which a session expires.
    #[arg(long, env = "HRH_SESSION_IDLE_MINUTES", default_value_t = 7 * 24 * 60, global = true)]
    pub session_idle_minutes: i64,

    /// Certificate lookups on the public verification page allowed per
    /// client address and minute.
    #[arg(
        long,
        env = "HRH_VERIFY_LOOKUPS_PER_MINUTE",
        default_value_t = 30,
        global = true
    )]
    pub verify_lookups_per_minute: u32,

    /// Say in an `X-Cache` header whether a lesson page came from the page
    /// cache (`hit`) or was rendered (`miss`). Off by default: a hit tells a
    /// reader that someone at the same point of the course read the page
    /// recently.
    #[arg(long, env = "HRH_CACHE_STATUS_HEADER", global = true)]
    pub cache_status_header: bool,

    /// Reverse proxies in front of the platform: addresses or networks
    /// (10.0.0.0/8), comma-separated. Their `X-Forwarded-For` header then
    /// names the client for per-address limits. Empty: the connection's peer
    /// is the client, and the header is ignored.
    #[arg(
        long,
        env = "HRH_TRUSTED_PROXIES",
        value_delimiter = ',',
        value_parser = parse_network,
        global = true
    )]
    pub trusted_proxies: Vec<ipnet::IpNet>,

    /// The SMTP server outgoing email goes through, as a URL:
    /// `smtp://user:password@host:587` (STARTTLS, always required with a
    /// password), `smtps://…:465` (TLS), or `smtp://host:25` (a relay on a
    /// trusted network, in clear). Empty: every
    /// message is kept as an `.eml` file in the data folder's `outbox/`,
    /// and on the outbox page.
    #[arg(long, env = "HRH_SMTP_URL", default_value = "", global = true)]
    pub smtp_url: String,

    /// The sender of outgoing email.
    #[arg(
        long,
        env = "HRH_MAIL_FROM",
        default_value = "HRH Learning <no-reply@localhost>",
        global = true
    )]
    pub mail_from: String,

    /// Do no scheduled work (round announcements, commitment reminders,
    /// digests) on this server: for a server that only answers requests
    /// while another sharing its database does that work, and for the
    /// tests, which run it at moments they choose.
    #[arg(long, env = "HRH_NO_SCHEDULED_WORK", global = true)]
    pub no_scheduled_work: bool,
}

/// An address (one host) or a network in CIDR notation.
fn parse_network(text: &str) -> Result<ipnet::IpNet, String> {
    let text = text.trim();
    text.parse::<ipnet::IpNet>()
        .or_else(|_| text.parse::<std::net::IpAddr>().map(ipnet::IpNet::from))
        .map_err(|_| format!("{text} is not an IP address or a network such as 10.0.0.0/8"))
}

impl Settings {
    pub fn database_path(&self) -> PathBuf {
        self.data_dir.join("hrh.sqlite3")
    }

    /// The Ed25519 key that signs certificate credentials; back it up with
    /// the database.
    pub fn certificate_key_path(&self) -> PathBuf {
        self.data_dir.join("certificate-signing-key.pem")
    }

    /// Where messages are kept when no SMTP server is configured.
    pub fn outbox_folder(&self) -> PathBuf {
        self.data_dir.join("outbox")
    }

    pub fn public_url(&self) -> &str {
        self.public_url.trim_end_matches('/')
    }

    pub fn secure_cookies(&self) -> bool {
        self.public_url.starts_with("https://")
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the platform (the default).
    Serve,
    /// Create an administrator, or make an existing account one. Reads the
    /// password from the first line of standard input.
    CreateAdmin {
        #[arg(long)]
        email: String,
        /// Full name, for a new account.
        #[arg(long, default_value = "Administrator")]
        name: String,
        /// ISO 3166 country code, for a new account.
        #[arg(long, default_value = "CH")]
        country: String,
    },
    /// Import a course package folder, or update the course with its slug.
    /// A broken package changes nothing.
    ImportCourse {
        /// The package folder (with course.toml).
        package: PathBuf,
    },
    /// Write a consistent copy of the database and the certificate signing
    /// key into a new folder, while the platform keeps serving.
    Backup {
        /// A folder that does not exist yet, or is empty.
        target: PathBuf,
    },
    /// Restore a backup folder into the data folder, which must have no
    /// database yet. The backup is checked for damage first.
    Restore {
        /// A folder written by `server backup`.
        source: PathBuf,
    },
    /// Check a certificate credential (JSON) offline: its signature with the
    /// key in the data folder, its issuer, and, when the database is there,
    /// whether it was revoked or reissued. Exits 1 when it fails.
    CheckCredential {
        /// The credential file, as downloaded from the certificate page.
        file: PathBuf,
    },
    /// Export a course as a package into a new folder.
    ExportCourse {
        /// The course's slug.
        slug: String,
        /// A folder that does not exist yet, or is empty.
        target: PathBuf,
    },
}
