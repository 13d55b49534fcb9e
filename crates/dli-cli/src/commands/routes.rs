//! `dli connection route add|delete|list`.

use std::io::Write;

use dli_client::Client;

use super::changed::{json, one_id, report};
use crate::cli::{RouteCommand, TextOutput};
use crate::outcome::{CommandError, Exit};
use crate::output::rows_table;

/// Runs a route command.
pub async fn run(
    client: &Client,
    command: &RouteCommand,
    out: &mut impl Write,
) -> Result<Exit, CommandError> {
    match command {
        RouteCommand::Add(args) => {
            let id = one_id(&args.id)?;
            let response = client.add_route(id, &args.name, &args.cidr).await?;
            let what = format!("route {} → {} added", args.name, args.cidr);
            report(out, args.output, &id.to_string(), &what, &response)?;
        }
        RouteCommand::Delete(args) => {
            let id = one_id(&args.id)?;
            let response = client.delete_route(id, &args.name).await?;
            let what = format!("route {} deleted", args.name);
            report(out, args.output, &id.to_string(), &what, &response)?;
        }
        RouteCommand::List(args) => {
            let routes = client.routes(one_id(&args.id)?).await?;
            match args.output {
                TextOutput::Json => json(out, &routes)?,
                TextOutput::Text => {
                    let rows = routes
                        .iter()
                        .map(|route| {
                            vec![
                                route.name.clone().unwrap_or_default(),
                                route.cidr.clone().unwrap_or_default(),
                            ]
                        })
                        .collect();
                    writeln!(out, "{}", rows_table(&["NAME", "CIDR"], rows))?;
                }
            }
        }
    }
    Ok(Exit::Done)
}
