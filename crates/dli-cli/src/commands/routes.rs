//! `dli connection route add|delete|list`.

use std::io::Write;

use dli_client::Client;

use super::changed::json;
use super::many;
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
            let id = args.id;
            let what = format!("route {} → {} added", args.name, args.cidr);
            let (name, cidr) = (args.name.clone(), args.cidr.clone());
            let call = move |client: Client, target: many::Target| {
                let (name, cidr) = (name.clone(), cidr.clone());
                async move { client.add_route(target.id, &name, &cidr).await }
            };
            let targets = many::targets(vec![id]);
            return many::run(client, targets, args.output, |_, _| what.clone(), call, out).await;
        }
        RouteCommand::Delete(args) => {
            let id = args.id;
            let what = format!("route {} deleted", args.name);
            let name = args.name.clone();
            let call = move |client: Client, target: many::Target| {
                let name = name.clone();
                async move { client.delete_route(target.id, &name).await }
            };
            let targets = many::targets(vec![id]);
            return many::run(client, targets, args.output, |_, _| what.clone(), call, out).await;
        }
        RouteCommand::List(args) => {
            let routes = client.routes(args.id).await?;
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
