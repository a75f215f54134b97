use clap::Parser;
use server::config::{Cli, Command};
use server::startup::{shutdown_signal, Application};
use std::io::BufRead;
use tracing_subscriber::EnvFilter;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
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
            std::fs::create_dir_all(&cli.settings.data_dir)?;
            let pool = app::db::open(&cli.settings.database_path()).await?;
            match server::admin_cli::create_admin(&pool, &email, &name, &country, password).await {
                Ok(true) => println!("Created administrator {email}."),
                Ok(false) => println!("{email} is now an administrator with the new password."),
                Err(error) => {
                    eprintln!("error: {error}");
                    std::process::exit(1);
                }
            }
        }
    }
    Ok(())
}
