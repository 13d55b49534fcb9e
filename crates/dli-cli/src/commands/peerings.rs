//! `dli connection bind|unbind ID --pool P… --queue Q… [--wait [DURATION]]`.

use std::io::Write;
use std::time::Duration;

use dli_client::types::ShowEnhancedConnectionResponse;
use dli_client::{Client, Error, Peers, Response};

use super::many::{self, Target};
use crate::cli::PeersArgs;
use crate::outcome::{CommandError, Exit};

/// Binds (`bind` true) or unbinds every connection named, in one bulk run, and with
/// `--wait` waits for each one's peerings as part of its change, so that many connections
/// wait at once, paced.
pub async fn run(
    client: &Client,
    args: &PeersArgs,
    bind: bool,
    dry_run: bool,
    out: &mut impl Write,
) -> Result<Exit, CommandError> {
    if args.pools.is_empty() && args.queues.is_empty() {
        return Err(CommandError::Usage(
            "name at least one --pool POOL or --queue QUEUE".to_owned(),
        ));
    }
    let targets = many::targets(many::ids(&args.id)?);
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
    // A dry run shows the change and does not wait for it.
    let wait = args.wait.filter(|_| !dry_run);
    let what = move |_: &Target, shown: &Option<ShowEnhancedConnectionResponse>| match (bind, shown)
    {
        (true, None) => format!("binding {names}"),
        (false, None) => format!("unbinding {names}"),
        (true, Some(_)) => format!("bound {names}: every peering ACTIVE"),
        (false, Some(_)) => format!("unbound {names}: none shown any more"),
    };
    let call = move |client: Client, target: Target| {
        let peers = peers.clone();
        async move { change(&client, target, &peers, bind, wait).await }
    };
    many::run(client, targets, args.output, what, call, out).await
}

/// One connection's bind or unbind, and with `wait` the wait for its peerings; the answer
/// carries the connection as last shown when it waited.
async fn change(
    client: &Client,
    target: Target,
    peers: &Peers,
    bind: bool,
    wait: Option<Duration>,
) -> Result<Response<Option<ShowEnhancedConnectionResponse>>, Error> {
    let id = target.id;
    if bind {
        let bound = client.bind(id, peers).await?;
        let shown = match wait {
            Some(timeout) => Some(client.wait_for_peerings(id, peers, timeout).await?),
            None => None,
        };
        Ok(bound.map(|_| shown))
    } else {
        let unbound = client.unbind(id, peers).await?;
        let shown = match wait {
            Some(timeout) => Some(client.wait_until_unbound(id, peers, timeout).await?),
            None => None,
        };
        Ok(unbound.map(|_| shown))
    }
}
