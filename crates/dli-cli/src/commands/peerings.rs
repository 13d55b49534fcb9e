//! `dli connection bind|unbind ID --pool P… --queue Q… [--wait [DURATION]]`.

use std::io::Write;

use dli_client::{Client, Peers};

use super::changed::json;
use super::many;
use crate::cli::{PeersArgs, TextOutput};
use crate::outcome::{CommandError, Exit};
use crate::output::connection_details;

/// Binds (`bind` true) or unbinds, and waits when asked.
pub async fn run(
    client: &Client,
    args: &PeersArgs,
    bind: bool,
    out: &mut impl Write,
) -> Result<Exit, CommandError> {
    if args.pools.is_empty() && args.queues.is_empty() {
        return Err(CommandError::Usage(
            "name at least one --pool POOL or --queue QUEUE".to_owned(),
        ));
    }
    let ids = many::ids(&args.id)?;
    let peers = Peers {
        queues: args.queues.clone(),
        pools: args.pools.clone(),
    };
    let names = peers
        .pools
        .iter()
        .chain(&peers.queues)
        .cloned()
        .collect::<Vec<_>>()
        .join(", ");
    let timeout = match args.wait {
        Some(timeout) if !args.dry_run => timeout,
        _ => {
            let what = if bind {
                format!("binding {names}")
            } else {
                format!("unbound {names}")
            };
            let output = args.output;
            return if bind {
                let call = move |client: Client, id| {
                    let peers = peers.clone();
                    async move { client.bind(id, &peers).await }
                };
                many::run(client, ids, output, &what, call, out).await
            } else {
                let call = move |client: Client, id| {
                    let peers = peers.clone();
                    async move { client.unbind(id, &peers).await }
                };
                many::run(client, ids, output, &what, call, out).await
            };
        }
    };
    // Waiting: one connection after the other, each until its peerings are ready or gone.
    let mut exit = Exit::Done;
    let single = ids.len() == 1;
    for id in ids {
        let shown = if bind {
            client.bind_and_wait(id, &peers, timeout).await
        } else {
            client.unbind_and_wait(id, &peers, timeout).await
        };
        let shown = match shown {
            Ok(shown) => shown,
            Err(error) if single => return Err(error.into()),
            Err(error) => {
                writeln!(out, "{id}  failed  {}", crate::outcome::chain(&error))?;
                exit = Exit::Failed;
                continue;
            }
        };
        match args.output {
            TextOutput::Json => json(out, &shown)?,
            TextOutput::Text => {
                let done = if bind { "bound, ACTIVE" } else { "unbound" };
                writeln!(out, "{id}  {done}: {names}")?;
                writeln!(out, "{}", connection_details(&shown))?;
            }
        }
    }
    Ok(exit)
}
