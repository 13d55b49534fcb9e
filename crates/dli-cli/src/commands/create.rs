//! `dli connection create`.

use std::io::Write;

use dli_client::types;

use crate::cli::{CreateArgs, CreateOutput};
use crate::outcome::{CommandError, Exit, chain};

/// Creates a connection and prints its id (or DLI's answer) at once; then adds its routes
/// and, with `--wait`, waits until it is ready. A later step that fails says so and that
/// the connection exists (exit 1).
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
    // The id goes out as soon as the connection exists, before any later step, so that a
    // step that fails leaves the user with the id of what was made.
    match (args.output, created.connection_id) {
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
    out.flush()?;
    let Some(id) = created.connection_id else {
        return Ok(Exit::Done);
    };
    let exists = |step: String| {
        move |error: dli_client::Error| {
            CommandError::Failed(format!(
                "connection {id} was created and exists, but {step} failed: {}",
                chain(&error)
            ))
        }
    };
    for (name, cidr) in &args.routes {
        client
            .add_route(id, name, cidr)
            .await
            .map_err(exists(format!("adding route {name} ({cidr})")))?;
    }
    if let Some(timeout) = args.wait {
        let shown = client
            .wait_until_deletable(id, timeout)
            .await
            .map_err(exists("waiting for it to be ready".to_owned()))?;
        if let Some((resource, message)) = dli_client::failed_peerings(&shown).into_iter().next() {
            return Err(CommandError::Failed(format!(
                "connection {id} was created and exists, but its peering with {resource} \
                 FAILED: {message}"
            )));
        }
    }
    Ok(Exit::Done)
}
