//! The benchmark's data generator, a binary of its own so that none of it
//! is in the platform's: fills a fresh data folder with a realistic platform
//! (at scale 1, 20,000 participants, 20 courses, 60 cohorts of 300 with
//! their sets, rounds, progress, quiz attempts and certificates).
//!
//! `generate-dataset --data-dir DIR --courses-dir courses --scale 0.1`

mod dataset;

use clap::Parser;
use server::config::Settings;

#[derive(Debug, Parser)]
#[command(about = "Fills a fresh data folder with a realistic platform for benchmarks")]
struct Cli {
    #[command(flatten)]
    settings: Settings,
    /// A fraction of the full size, more than 0 and at most 1.
    #[arg(long, default_value_t = 1.0)]
    scale: f64,
}

#[tokio::main]
async fn main() {
    let cli = Cli::parse();
    let outcome = match dataset::Scale::new(cli.scale) {
        Ok(scale) => dataset::generate(&cli.settings, scale).await,
        Err(problem) => Err(problem),
    };
    match outcome {
        Ok(summary) => println!("{summary}"),
        Err(problem) => {
            eprintln!("{problem}");
            std::process::exit(1);
        }
    }
}
