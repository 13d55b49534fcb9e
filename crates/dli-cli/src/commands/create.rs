//! `dli connection create`.

use std::io::Write;

use dli_client::types;

use crate::cli::{CreateArgs, CreateOutput};
use crate::outcome::{CommandError, Exit};

/// Creates a connection and prints its id (or DLI's answer); with `--wait`, returns once
/// the connection is ready.
pub async fn run(
    client: &dli_client::Client,
    args: &CreateArgs,
    out: &mut impl Write,
) -> Result<Exit, CommandError> {
    let request = types::CreateEnhancedConnectionRequest::builder()
        .name(args.name.as_str())
        .dest_vpc_id(args.vpc.as_str())
        .dest_network_id(args.subnet.as_str())
        .queues(args.queues.clone())
        .elastic_resource_pools(args.pools.clone())
        .hosts(
            args.hosts
                .iter()
                .map(|(name, ip)| types::Host {
                    name: name.clone(),
                    ip: ip.clone(),
                })
                .collect::<Vec<_>>(),
        )
        .tags(
            args.tags
                .iter()
                .map(|(key, value)| types::Tag {
                    key: key.clone(),
                    value: value.clone(),
                })
                .collect::<Vec<_>>(),
        );
    let created = client.create_connection(request).await?.into_inner();
    let id = created.connection_id;
    if let Some(id) = id {
        for (name, cidr) in &args.routes {
            client.add_route(id, name, cidr).await?;
        }
        if let Some(timeout) = args.wait {
            client.wait_until_deletable(id, timeout).await?;
        }
    }
    match (args.output, id) {
        (CreateOutput::Json, _) => writeln!(
            out,
            "{}",
            serde_json::to_string(&created).map_err(std::io::Error::other)?
        )?,
        (CreateOutput::Id, Some(id)) => writeln!(out, "{id}")?,
        (CreateOutput::Id, None) => {
            return Err(CommandError::Failed(
                "DLI answered without a connection id; run with --output json to see its answer"
                    .to_owned(),
            ));
        }
    }
    Ok(Exit::Done)
}
