//! What each command does. Every command writes its results to stdout and its diagnostics
//! to stderr, and ends with an [`Exit`].

mod auth;
mod changed;
mod create;
mod delete;
mod demo;
mod desired;
mod drive;
mod fake;
mod hosts;
mod list;
mod many;
mod peerings;
mod privileges;
mod queue;
mod resources;
mod routes;
mod show;
mod tags;

use std::io::Write;

use clap::CommandFactory;
use dli_client::RateLimit;

use crate::cli::{
    AuthCommand, Cli, Command, ConnectionCommand, FakeCommand, PoolCommand, QueueCommand,
};
use crate::client;
use crate::outcome::{CommandError, Exit};

/// Runs the command line.
pub async fn run(cli: Cli) -> Exit {
    let result = match cli.command {
        Command::Connection(connection) => {
            self::connection(&connection.global, connection.command).await
        }
        Command::Completions { shell } => {
            let mut command = Cli::command();
            clap_complete::generate(shell, &mut command, "dli", &mut std::io::stdout());
            Ok(Exit::Done)
        }
        Command::Queue(queue) => {
            match client::build(&queue.global, client::Sending::one_call(&queue.global)) {
                Ok(client) => match &queue.command {
                    QueueCommand::List(args) => {
                        resources::queues(&client, args, &mut std::io::stdout()).await
                    }
                    QueueCommand::TestConnection(args) => {
                        queue::test_connection(&client, args, &mut std::io::stdout()).await
                    }
                },
                Err(error) => Err(error),
            }
        }
        Command::Pool(pool) => {
            match client::build(&pool.global, client::Sending::one_call(&pool.global)) {
                Ok(client) => match &pool.command {
                    PoolCommand::List(args) => {
                        resources::pools(&client, args, &mut std::io::stdout()).await
                    }
                },
                Err(error) => Err(error),
            }
        }
        Command::Auth(auth) => self::auth(&auth.global, &auth.command).await,
        Command::Plan(args) => desired::plan(&args, &mut std::io::stdout()).await,
        Command::Apply(args) => desired::apply(&args, &mut std::io::stdout()).await,
        Command::Export(args) => desired::export(&args, &mut std::io::stdout()).await,
        Command::Schema => desired::schema(&mut std::io::stdout()),
        Command::Show(args) => desired::show(&args, &mut std::io::stdout()),
        Command::Fake(FakeCommand::Serve(args)) => fake::serve(args).await,
        Command::Demo => demo::run().await,
    };
    match result {
        Ok(exit) => exit,
        // A dry run of a single call: the request it would have sent is the result.
        Err(CommandError::Call(dli_client::Error::DryRun(preview))) => {
            let _ = writeln!(std::io::stdout(), "dry-run\n{preview}");
            Exit::Done
        }
        Err(error) => {
            let _ = writeln!(
                std::io::stderr(),
                "error: {}",
                crate::outcome::chain(&error)
            );
            error.exit()
        }
    }
}

async fn auth(global: &crate::cli::Global, command: &AuthCommand) -> Result<Exit, CommandError> {
    // Every name of a delete is checked before the client is even built.
    let (names, sending) = match command {
        AuthCommand::Delete(args) => (
            auth::names(&args.names, std::io::stdin().lock())?,
            client::Sending {
                dry_run: global.dry_run,
                dry_run_reads: false,
                rate_limit: args.pace.rate_limit(),
            },
        ),
        _ => (Vec::new(), client::Sending::one_call(global)),
    };
    let client = client::build(global, sending)?;
    let mut out = std::io::stdout();
    let stdin = || std::io::BufReader::new(std::io::stdin());
    match command {
        AuthCommand::List(args) => auth::list(&client, args, &mut out).await,
        AuthCommand::Show(args) => auth::show(&client, args, &mut out).await,
        AuthCommand::Create(args) => auth::create(&client, args, stdin(), &mut out).await,
        AuthCommand::Update(args) => auth::update(&client, args, stdin(), &mut out).await,
        AuthCommand::Delete(args) => auth::delete(&client, args, names, &mut out).await,
    }
}

async fn connection(
    global: &crate::cli::Global,
    command: ConnectionCommand,
) -> Result<Exit, CommandError> {
    let dry_run = global.dry_run;
    // Work over many connections is paced to the gateway's limit unless a rate is given.
    let pace = match &command {
        ConnectionCommand::Delete(args) => Some(args.pace),
        ConnectionCommand::Bind(args) | ConnectionCommand::Unbind(args) => Some(args.pace),
        ConnectionCommand::Grant(args) | ConnectionCommand::Revoke(args) => Some(args.pace),
        ConnectionCommand::Tag(args) => Some(args.pace),
        ConnectionCommand::Untag(args) => Some(args.pace),
        _ => None,
    };
    let rate_limit = pace.map_or(RateLimit::None, crate::cli::Pace::rate_limit);
    // Every id of a delete is checked before the client is even built: bad input sends
    // nothing.
    let delete_ids = match &command {
        ConnectionCommand::Delete(args) => crate::ids::collect(&args.ids, std::io::stdin().lock())?,
        _ => Vec::new(),
    };
    // The one place the command's client is built.
    // Commands that read, change and write show in a dry run the change they would send,
    // so they read.
    let dry_run_reads = matches!(
        &command,
        ConnectionCommand::Hosts(crate::cli::HostsArgs {
            command: Some(crate::cli::HostsCommand::Add(_) | crate::cli::HostsCommand::Remove(_)),
            ..
        })
    );
    let client = client::build(
        global,
        client::Sending {
            dry_run,
            dry_run_reads,
            rate_limit,
        },
    )?;
    let mut out = std::io::stdout();
    match command {
        ConnectionCommand::List(args) => list::run(&client, &args, &mut out).await,
        ConnectionCommand::Show(args) => show::run(&client, &args, &mut out).await,
        ConnectionCommand::Create(args) => create::run(&client, &args, &mut out).await,
        ConnectionCommand::Hosts(args) => {
            hosts::run(
                &client,
                args,
                std::io::BufReader::new(std::io::stdin()),
                &mut out,
            )
            .await
        }
        ConnectionCommand::Bind(args) => {
            peerings::run(&client, &args, true, dry_run, &mut out).await
        }
        ConnectionCommand::Unbind(args) => {
            peerings::run(&client, &args, false, dry_run, &mut out).await
        }
        ConnectionCommand::Route(command) => routes::run(&client, &command, &mut out).await,
        ConnectionCommand::Privileges(args) => privileges::show(&client, &args, &mut out).await,
        ConnectionCommand::Grant(args) => privileges::change(&client, &args, true, &mut out).await,
        ConnectionCommand::Revoke(args) => {
            privileges::change(&client, &args, false, &mut out).await
        }
        ConnectionCommand::Tag(args) => tags::tag(&client, &args, &mut out).await,
        ConnectionCommand::Untag(args) => tags::untag(&client, &args, &mut out).await,
        ConnectionCommand::Tags(args) => tags::show(&client, &args, &mut out).await,
        ConnectionCommand::Delete(args) => delete::run(&client, &args, dry_run, delete_ids).await,
    }
}
