//! Deletes one enhanced datasource connection.
//!
//! ```text
//! cargo run -p dli-client --example delete_connection -- \
//!     [--endpoint URL] [--region ID] [--project-id ID] CONNECTION_ID
//! ```
//!
//! Credentials come from `HUAWEICLOUD_SDK_AK` / `HUAWEICLOUD_SDK_SK` (and
//! `HUAWEICLOUD_SDK_SECURITY_TOKEN`), or the profile file; the project id from `--project-id`,
//! `HUAWEICLOUD_SDK_PROJECT_ID` or the profile file. Prints the response as JSON on stdout, or
//! the error on stderr and exits non-zero.

use std::process::ExitCode;

use clap::Parser;
use dli_client::Client;

#[derive(Parser)]
#[command(about = "Delete a DLI enhanced datasource connection")]
struct Args {
    /// The endpoint, such as http://127.0.0.1:8080 (wins over --region).
    #[arg(long)]
    endpoint: Option<String>,
    /// The region, such as cn-north-4.
    #[arg(long, default_value = "cn-north-4")]
    region: String,
    /// The project id (else HUAWEICLOUD_SDK_PROJECT_ID or the profile file).
    #[arg(long)]
    project_id: Option<String>,
    /// The id (a UUID) of the connection to delete.
    connection_id: dli_client::ConnectionId,
}

#[tokio::main]
async fn main() -> ExitCode {
    let args = Args::parse();
    match run(args).await {
        Ok(json) => {
            println!("{json}");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}

async fn run(args: Args) -> Result<String, Box<dyn std::error::Error>> {
    let mut builder = Client::builder().region(args.region);
    if let Some(project_id) = args.project_id {
        builder = builder.project_id(project_id);
    }
    if let Some(endpoint) = args.endpoint {
        builder = builder.endpoint(endpoint);
    }
    let client = builder.load_environment()?.build()?;
    let response = client.delete_connection(args.connection_id).await?;
    Ok(serde_json::to_string(&response.into_inner())?)
}
