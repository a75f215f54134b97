use clap::Parser;
use server::config::{Cli, Command};
use server::startup::{shutdown_signal, Application};
use std::io::BufRead;
use tracing_subscriber::EnvFilter;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    return_large_blocks_to_the_system();
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn")),
        )
        .init();
    let cli = Cli::parse();
    match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => {
            let application = Application::build(&cli.settings).await?;
            tracing::info!(
                "serving the platform on http://{}, database {}",
                application.address()?,
                cli.settings.database_path().display()
            );
            application.run_until(shutdown_signal()).await?;
        }
        Command::CreateAdmin {
            email,
            name,
            country,
        } => {
            eprintln!("Password for {email} (8 to 128 characters), then Enter:");
            let mut password = String::new();
            std::io::stdin().lock().read_line(&mut password)?;
            let password = password.trim_end_matches(['\r', '\n']);
            let pool = open_database(&cli.settings).await?;
            match server::admin_cli::create_admin(&pool, &email, &name, &country, password).await {
                Ok(true) => println!("Created administrator {email}."),
                Ok(false) => println!("{email} is now an administrator with the new password."),
                Err(error) => {
                    eprintln!("error: {error}");
                    std::process::exit(1);
                }
            }
        }
        Command::ImportCourse { package } => {
            let pool = open_database(&cli.settings).await?;
            match server::course_cli::import_course(&pool, &package).await {
                Ok(summary) => println!("{summary}"),
                Err(problems) => {
                    for problem in problems {
                        eprintln!("error: {problem}");
                    }
                    eprintln!("Nothing was imported.");
                    std::process::exit(1);
                }
            }
        }
        Command::Backup { target } => {
            report(server::backup_cli::backup(&cli.settings, &target).await)
        }
        Command::Restore { source } => {
            report(server::backup_cli::restore(&cli.settings, &source).await)
        }
        Command::CheckCredential { file } => {
            match server::credential_cli::check_credential(&cli.settings, &file).await {
                Ok(verdict) => println!("{verdict}"),
                Err(problem) => {
                    eprintln!("{problem}");
                    std::process::exit(1);
                }
            }
        }
        Command::ExportCourse { slug, target } => {
            let pool = open_database(&cli.settings).await?;
            match server::course_cli::export_course(&pool, &slug, &target).await {
                Ok(summary) => println!("{summary}"),
                Err(error) => {
                    eprintln!("error: {error}");
                    std::process::exit(1);
                }
            }
        }
    }
    Ok(())
}

async fn open_database(settings: &server::config::Settings) -> anyhow::Result<sqlx::SqlitePool> {
    std::fs::create_dir_all(&settings.data_dir)?;
    Ok(app::db::open(&settings.database_path()).await?)
}

/// Argon2 allocates a 19 MiB block for each hash. glibc keeps freed blocks of
/// that size in its per-thread arenas, so after a burst of registrations the
/// server held some 600 MiB it no longer used (docs/soak.md). Blocks over
/// 128 KiB served by mmap go back to the system when freed.
fn return_large_blocks_to_the_system() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only changes an allocator setting; no memory is touched.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 128 * 1024);
    }
}

/// Prints a command's summary, or its error and exits with 1.
fn report(outcome: Result<String, String>) {
    match outcome {
        Ok(summary) => println!("{summary}"),
        Err(problem) => {
            eprintln!("error: {problem}");
            std::process::exit(1);
        }
    }
}
