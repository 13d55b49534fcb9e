//! A change to many connections at once through the library's bulk runner: one line per id
//! as each finishes (or, with `--dry-run`, the signed request it would send).

use std::future::Future;
use std::io::Write;
use std::num::NonZeroUsize;

use dli_client::{Client, Error, Response};
use futures_util::StreamExt;
use serde::Serialize;
use uuid::Uuid;

use crate::cli::TextOutput;
use crate::outcome::{CommandError, Exit, chain};

/// How many changes run at once.
const CONCURRENCY: NonZeroUsize = NonZeroUsize::new(8).expect("not zero");

/// The connection ids a change command names: one id, or `-` for ids on stdin, one a line.
pub fn ids(id: &str) -> Result<Vec<Uuid>, CommandError> {
    Ok(crate::ids::collect(
        &[id.to_owned()],
        std::io::stdin().lock(),
    )?)
}

/// Runs `operation` for every id and prints `<id>  <what>` (or why it failed) for each;
/// exit 1 when any failed.
pub async fn run<T, F, Fut>(
    client: &Client,
    ids: Vec<Uuid>,
    output: TextOutput,
    what: &str,
    operation: F,
    out: &mut impl Write,
) -> Result<Exit, CommandError>
where
    T: Serialize + Send + 'static,
    F: Fn(Client, Uuid) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Result<Response<T>, Error>> + Send + 'static,
{
    let mut outcomes = client.bulk(ids, CONCURRENCY, operation);
    let mut failed = 0;
    while let Some(done) = outcomes.next().await {
        let id = done.item;
        let line = match (&done.result, output) {
            (Ok(response), TextOutput::Json) => serde_json::json!({
                "id": id, "outcome": "done", "answer": response.body(),
                "request_id": response.request_id(),
            }),
            (Ok(response), TextOutput::Text) => {
                let mut line = format!("{id}  {what}");
                if let Some(request_id) = response.request_id() {
                    line.push_str(&format!("  (request id {request_id})"));
                }
                writeln!(out, "{line}")?;
                continue;
            }
            (Err(Error::DryRun(preview)), TextOutput::Json) => {
                serde_json::json!({ "id": id, "outcome": "dry-run", "request": preview.as_ref() })
            }
            (Err(Error::DryRun(preview)), TextOutput::Text) => {
                writeln!(out, "{id}  dry-run\n{preview}")?;
                continue;
            }
            (Err(error), output) => {
                failed += 1;
                if output == TextOutput::Text {
                    writeln!(out, "{id}  failed  {}", chain(error))?;
                    continue;
                }
                serde_json::json!({
                    "id": id, "outcome": "failed", "error_code": error.error_code(),
                    "error_msg": chain(error), "request_id": error.request_id(),
                })
            }
        };
        super::changed::json(out, &line)?;
    }
    Ok(if failed > 0 { Exit::Failed } else { Exit::Done })
}
