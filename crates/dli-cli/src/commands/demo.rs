//! `dli demo`: the whole lifecycle against an embedded fake DLI, through the real signed
//! client, each step with the command a user would type for it.

use std::io::Write;
use std::time::Duration;

use dli_client::{Client, Credentials, types};
use dli_fake::{FakeConfig, FakeDli};

use crate::outcome::{CommandError, Exit};
use crate::output::{connection_details, connections_table, inline_json};

/// The project the demo works in.
const PROJECT: &str = "demo_project";
/// How long the demo's connection stays `CREATING`.
const CREATING_FOR: Duration = Duration::from_secs(2);

/// Runs the story; any step that does not go as told ends it with an error.
pub async fn run() -> Result<Exit, CommandError> {
    // Random keys: nothing outside this process can use the fake.
    let access_key = format!("DEMO{}", uuid::Uuid::new_v4().simple()).to_uppercase();
    let secret_key = uuid::Uuid::new_v4().simple().to_string();
    let fake = FakeDli::start(
        FakeConfig::default()
            .with_key(&access_key, &secret_key)
            .creating_for(CREATING_FOR),
    )
    .await
    .map_err(|error| CommandError::Failed(format!("cannot start the fake DLI: {error}")))?;
    let client = Client::builder()
        .endpoint(fake.base_url())
        .project_id(PROJECT)
        .credentials(Credentials::ak_sk(&access_key, &secret_key))
        .build()
        .map_err(|error| CommandError::Failed(crate::outcome::chain(&error)))?;
    let mut out = std::io::stdout();
    let result = story(&client, &fake, &mut out).await;
    fake.shutdown().await;
    result
}

fn step(out: &mut impl Write, number: u32, title: &str, command: &str) -> std::io::Result<()> {
    writeln!(out, "\n{number}. {title}\n$ {command}")
}

async fn story(
    client: &Client,
    fake: &FakeDli,
    out: &mut impl Write,
) -> Result<Exit, CommandError> {
    writeln!(
        out,
        "A fake DLI is listening on {} with a random key; every request below is signed and \
         checked as DLI's gateway does it.\nTo type the commands yourself: `dli fake serve --ak AK \
         --sk SK --creating-for 2s`, then export HUAWEICLOUD_SDK_AK=AK HUAWEICLOUD_SDK_SK=SK \
         HUAWEICLOUD_SDK_PROJECT_ID={PROJECT} and add --endpoint with the URL it prints.",
        fake.base_url()
    )?;

    step(
        out,
        1,
        "Create a connection",
        "dli connection create --name demo_orders --vpc vpc-demo --subnet subnet-demo --queue etl_queue",
    )?;
    let created = client
        .create_connection(
            types::CreateEnhancedConnectionRequest::builder()
                .name("demo_orders")
                .dest_vpc_id("vpc-demo")
                .dest_network_id("subnet-demo")
                .queues(vec!["etl_queue".to_owned()]),
        )
        .await?
        .into_inner();
    let id = created
        .connection_id
        .ok_or_else(|| CommandError::Failed("the fake answered without an id".to_owned()))?;
    writeln!(out, "{id}")?;

    step(
        out,
        2,
        "Delete it at once: DLI refuses while the connection is being created",
        &format!("dli connection delete {id}"),
    )?;
    let refused = super::delete::delete_as_text(client, id).await;
    writeln!(out, "{}", refused.line)?;
    if !refused.failed {
        return Err(CommandError::Failed(
            "the fake deleted a connection being created".to_owned(),
        ));
    }

    step(
        out,
        3,
        "Wait until it can be deleted (no peering is CREATING any more)",
        &format!(
            "dli connection delete --wait 5m {id}   # waits, then deletes; here: wait, then show"
        ),
    )?;
    let ready = client
        .wait_until_deletable(id, Duration::from_secs(60))
        .await?;
    writeln!(out, "{}", connection_details(&ready))?;

    step(
        out,
        4,
        "Delete it; DLI answers:",
        &format!("dli connection delete {id}"),
    )?;
    let deleted = super::delete::delete_as_text(client, id).await;
    let Some(answer) = deleted.answer else {
        return Err(CommandError::Failed(format!(
            "the delete of a ready connection failed: {}",
            deleted.line
        )));
    };
    let body = serde_json::to_value(answer).map_err(std::io::Error::other)?;
    writeln!(out, "{}", inline_json(&body))?;
    writeln!(out, "{}", deleted.line)?;

    step(
        out,
        5,
        "Delete it again: it no longer exists",
        &format!("dli connection delete {id}"),
    )?;
    let again = super::delete::delete_as_text(client, id).await;
    if !again.failed || !again.line.contains("is not exist") {
        return Err(CommandError::Failed(format!(
            "deleting a deleted connection did not say it does not exist: {}",
            again.line
        )));
    }
    writeln!(
        out,
        "{}\nerror code {}, request id {}",
        again.line,
        again.error_code.as_deref().unwrap_or("?"),
        again.request_id.as_deref().unwrap_or("?")
    )?;

    step(
        out,
        6,
        "List the deleted connections",
        "dli connection list --status DELETED",
    )?;
    let listed = client.connections().status("DELETED").collect().await?;
    writeln!(out, "{}", connections_table(&listed))?;
    writeln!(
        out,
        "\nDone: create, refusal while creating, wait, delete, not exist, list."
    )?;
    Ok(Exit::Done)
}
