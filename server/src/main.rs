//! `carenav`: serve the portal, migrate the database, build the search index, import data.
//! This file only wires things together; the work lives in the library modules.

use clap::Parser;

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let cli = carenav::cli::Cli::parse();
    carenav::logging::init(cli.log_format);
    match carenav::commands::run(cli).await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}
