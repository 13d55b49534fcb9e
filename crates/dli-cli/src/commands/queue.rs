//! `dli queue test-connection QUEUE ADDRESS [--timeout DURATION]`.

use std::io::Write;

use dli_client::Client;

use super::changed::json;
use crate::cli::{TestConnectionArgs, TextOutput};
use crate::outcome::{CommandError, Exit};

/// Tests the address; exit 0 when reachable, 1 when not.
pub async fn test_connection(
    client: &Client,
    args: &TestConnectionArgs,
    out: &mut impl Write,
) -> Result<Exit, CommandError> {
    let found = client
        .test_connectivity(&args.queue, &args.address, args.timeout)
        .await?;
    match args.output {
        TextOutput::Json => json(
            out,
            &serde_json::json!({
                "queue": args.queue,
                "address": args.address,
                "task_id": found.task_id,
                "reachable": found.reachable,
                "connectivity": found.value,
                "message": found.message,
            }),
        )?,
        TextOutput::Text => writeln!(
            out,
            "{} → {}  {} (task {})",
            args.queue, args.address, found.value, found.task_id
        )?,
    }
    Ok(if found.reachable {
        Exit::Done
    } else {
        Exit::Failed
    })
}
