//! `dli connection bind|unbind ID --pool P… --queue Q… [--wait [DURATION]]`.

use std::io::Write;

use dli_client::{Client, Peers};

use super::changed::{json, one_id, report};
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
    let id = one_id(&args.id)?;
    if args.pools.is_empty() && args.queues.is_empty() {
        return Err(CommandError::Usage(
            "name at least one --pool POOL or --queue QUEUE".to_owned(),
        ));
    }
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
    let Some(timeout) = args.wait else {
        if bind {
            let response = client.bind(id, &peers).await?;
            report(
                out,
                args.output,
                &id.to_string(),
                &format!("binding {names}"),
                &response,
            )?;
        } else {
            let response = client.unbind(id, &peers).await?;
            report(
                out,
                args.output,
                &id.to_string(),
                &format!("unbound {names}"),
                &response,
            )?;
        }
        return Ok(Exit::Done);
    };
    let shown = if bind {
        client.bind_and_wait(id, &peers, timeout).await?
    } else {
        client.unbind_and_wait(id, &peers, timeout).await?
    };
    match args.output {
        TextOutput::Json => json(out, &shown)?,
        TextOutput::Text => {
            let done = if bind { "bound, ACTIVE" } else { "unbound" };
            writeln!(out, "{id}  {done}: {names}")?;
            writeln!(out, "{}", connection_details(&shown))?;
        }
    }
    Ok(Exit::Done)
}
