//! `dli demo`: the whole lifecycle against an embedded fake DLI, through the real signed
//! client, each step with the command a user would type for it.

use std::io::Write;
use std::time::Duration;

use dli_client::{Client, Credentials, Peers, types};
use dli_fake::{FakeConfig, FakeDli};

use crate::outcome::{CommandError, Exit};
use crate::output::{connection_details, connections_table, inline_json};

mod desired;

/// The project the demo works in.
const PROJECT: &str = "demo_project";
/// The elastic resource pool the demo binds.
const POOL: &str = "pool_etl";
/// The project the demo grants.
const GRANTEE: &str = "330e068af1334c9782f4226acc00a2e2";
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
            .with_pools([POOL])
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
         --sk SK --creating-for 2s --pool pool_etl`, then export HUAWEICLOUD_SDK_AK=AK HUAWEICLOUD_SDK_SK=SK \
         HUAWEICLOUD_SDK_PROJECT_ID={PROJECT} and add --endpoint with the URL it prints.",
        fake.base_url()
    )?;

    step(
        out,
        1,
        "Create a connection with an elastic resource pool",
        "dli connection create --name demo_orders --vpc vpc-demo --subnet subnet-demo --pool pool_etl",
    )?;
    let created = client
        .create_connection(
            types::CreateEnhancedConnectionRequest::builder()
                .name("demo_orders")
                .dest_vpc_id("vpc-demo")
                .dest_network_id("subnet-demo")
                .elastic_resource_pools(vec![POOL.to_owned()]),
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
    let refused = super::delete::delete_as_text(client, id.into()).await;
    writeln!(out, "{}", refused.line)?;
    if !refused.failed {
        return Err(CommandError::Failed(
            "the fake deleted a connection being created".to_owned(),
        ));
    }

    step(
        out,
        3,
        "Wait for the pool's peering to be ACTIVE",
        &format!(
            "dli connection bind {id} --pool {POOL} --wait   # binding again keeps the peering"
        ),
    )?;
    let ready = client
        .wait_for_peerings(id, &Peers::pools([POOL]), Duration::from_secs(60))
        .await?;
    writeln!(out, "{}", connection_details(&ready))?;

    the_rest(client, id, out).await?;
    credentials(client, out).await?;
    desired::steps(client, 11, out).await?;

    step(
        out,
        16,
        "Delete it; DLI answers:",
        &format!("dli connection delete {id}"),
    )?;
    let deleted = super::delete::delete_as_text(client, id.into()).await;
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
        17,
        "Delete it again: it no longer exists",
        &format!("dli connection delete {id}"),
    )?;
    let again = super::delete::delete_as_text(client, id.into()).await;
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
        18,
        "List the deleted connections",
        "dli connection list --status DELETED",
    )?;
    let listed = client.connections().status("DELETED").collect().await?;
    writeln!(out, "{}", connections_table(&listed))?;
    writeln!(
        out,
        "\nDone: create with a pool, refusal while creating, the peering, a route, host entries, \
         a connectivity test, a grant, a tag, unbinding, credentials, export, plan, apply, delete, not exist, list."
    )?;
    Ok(Exit::Done)
}

/// Step 10: credentials for the connection's database, stored as a datasource
/// authentication, then listed; the password travels once and is never shown.
async fn credentials(client: &Client, out: &mut impl Write) -> Result<(), CommandError> {
    step(
        out,
        10,
        "Store the credentials of the database behind the connection, then list them",
        "dli auth create orders_db_auth --type passwd --user etl_reader --password-env ORDERS_DB_PASSWORD && dli auth list",
    )?;
    let password = dli_client::Password::new(uuid::Uuid::new_v4().simple().to_string());
    let request = types::CreateJobAuthInfoRequest::builder()
        .auth_info_name("orders_db_auth")
        .datasource_type(types::AuthInfoType::Passwd)
        .user_name(Some(
            "etl_reader"
                .parse()
                .map_err(|_| CommandError::Failed("a user".to_owned()))?,
        ))
        .password(Some(password));
    client.create_auth_info(request).await?;
    writeln!(out, "orders_db_auth  created")?;
    let listed = client.auth_infos().await?;
    let rows = listed
        .iter()
        .map(|entry| {
            let text = |value: &Option<String>| value.clone().unwrap_or_default();
            vec![
                text(&entry.auth_info_name),
                text(&entry.datasource_type),
                text(&entry.user_name),
            ]
        })
        .collect();
    writeln!(
        out,
        "{}",
        crate::output::rows_table(&["NAME", "TYPE", "USER"], rows)
    )?;
    writeln!(out, "(no password column: DLI never returns one)")?;
    Ok(())
}

/// Steps 4 to 9: a route, host entries, a connectivity test, a grant, a tag, unbinding.
async fn the_rest(
    client: &Client,
    id: uuid::Uuid,
    out: &mut impl Write,
) -> Result<(), CommandError> {
    step(
        out,
        4,
        "Add a route to the data source's network",
        &format!("dli connection route add {id} --name orders_net --cidr 192.168.0.0/24"),
    )?;
    client.add_route(id, "orders_net", "192.168.0.0/24").await?;
    // What DLI shows now, not what was asked for.
    for route in client.routes(id).await? {
        writeln!(
            out,
            "route {}  {}",
            route.name.as_deref().unwrap_or("?"),
            route.cidr.as_deref().unwrap_or("?")
        )?;
    }

    step(
        out,
        5,
        "Name the database host",
        &format!("dli connection hosts set {id} --host orders-db=192.168.0.21"),
    )?;
    let host = types::Host {
        name: "orders-db".to_owned(),
        ip: "192.168.0.21".to_owned(),
    };
    client.set_hosts(id, vec![host]).await?;
    for host in client.hosts(id).await? {
        writeln!(out, "host {}  {}", host.name, host.ip)?;
    }

    step(
        out,
        6,
        "Test that the pool reaches it",
        &format!("dli queue test-connection {POOL} orders-db:3306"),
    )?;
    let found = client
        .test_connectivity(POOL, "orders-db:3306", Duration::from_secs(30))
        .await?;
    writeln!(
        out,
        "{POOL} → orders-db:3306  {} (task {})",
        found.value, found.task_id
    )?;
    if !found.reachable {
        return Err(CommandError::Failed(
            "the pool does not reach a host of its connection".to_owned(),
        ));
    }

    step(
        out,
        7,
        "Let another project bind its queues to the connection",
        &format!("dli connection grant {id} --project {GRANTEE}"),
    )?;
    client.grant(id, GRANTEE).await?;
    let privileges = client.privileges(id).await?.into_inner();
    for held in &privileges.privileges {
        writeln!(
            out,
            "{}  {}",
            held.applicant_project_id.as_deref().unwrap_or("?"),
            held.privileges.join(",")
        )?;
    }

    step(
        out,
        8,
        "Tag it",
        &format!("dli connection tag {id} team=data"),
    )?;
    let tag = types::Tag {
        key: "team".to_owned(),
        value: "data".to_owned(),
    };
    client.tag(id, vec![tag]).await?;
    let tags = client.tags(id).await?;
    let tags: Vec<String> = tags
        .iter()
        .map(|t| format!("{}={}", t.key, t.value))
        .collect();
    writeln!(out, "{}", tags.join(" "))?;

    step(
        out,
        9,
        "Unbind the pool, and wait until its peering is gone",
        &format!("dli connection unbind {id} --pool {POOL} --wait"),
    )?;
    let shown = client
        .unbind_and_wait(id, &Peers::pools([POOL]), Duration::from_secs(30))
        .await?;
    let pools: Vec<&str> = shown
        .elastic_resource_pools
        .iter()
        .filter_map(|pool| pool.name.as_deref())
        .collect();
    writeln!(
        out,
        "{id}  pools bound now: {}",
        if pools.is_empty() {
            "none".to_owned()
        } else {
            pools.join(", ")
        }
    )?;
    Ok(())
}
