//! Each operation of the matrix: the part of the path its fault is aimed at, what it works
//! on, and the call itself.

use std::time::Duration;

use dli_client::catalog::Operation;
use dli_client::types::{
    AuthInfoType, CreateJobAuthInfoRequest, Host, Tag, UpdateJobAuthInfoRequest,
};
use dli_client::{Client, Error, Password, Peers, Settled};
use dli_fake::{AuthEntry, FakeDli};
use dli_tests::fixtures::{PROJECT_ID, new_connection};

/// The part of the path that tells the operation's own request from the others it makes (a
/// bind's settling Show, a create's lookup), with its method.
pub(super) fn fragment(operation: &Operation) -> &'static str {
    match operation.id {
        "CreateEnhancedConnection" | "ListEnhancedConnections" => {
            "/datasource/enhanced-connections"
        }
        "ShowEnhancedConnection" | "UpdateEnhancedConnection" | "DeleteEnhancedConnection" => {
            "/datasource/enhanced-connections/"
        }
        "AssociateQueueToEnhancedConnection" => "/associate-queue",
        "DisassociateQueueFromEnhancedConnection" => "/disassociate-queue",
        "ShowEnhancedConnectionPrivilege" => "/privileges",
        "CreateRouteToEnhancedConnection" => "/routes",
        "DeleteRouteFromEnhancedConnection" => "/routes/",
        "RunAuthorizationAction" => "/authorization",
        "BatchCreateResourceTags" => "/tags/create",
        "BatchDeleteResourceTags" => "/tags/delete",
        "ShowResourceTags" => "/tags",
        "CreateConnectivityTask" => "/connection-test",
        "ShowConnectivityTask" => "/connection-test/",
        "ListQueues" => "/queues",
        "ListElasticResourcePools" => "/elastic-resource-pools",
        "CreateJobAuthInfo" | "ListJobAuthInfos" | "UpdateJobAuthInfo" => "/datasource/auth-infos",
        "DeleteJobAuthInfo" => "/datasource/auth-infos/",
        other => panic!("{other}: add the operation to the fault matrix"),
    }
}

/// The name of the datasource authentication made for the connection `id`.
fn auth_name(id: uuid::Uuid) -> String {
    format!("a{}", id.simple())
}

/// An answer's attempts and how its success was known.
fn of<T>(response: dli_client::Response<T>) -> (u32, Settled) {
    (response.attempts(), response.settled())
}

/// What the operation works on, made in the fake directly, so that no fault touches it: a
/// connection bound to a queue, with a route and a tag.
pub(super) fn prepare(fake: &FakeDli) -> uuid::Uuid {
    let mut spec = new_connection(&format!("m{}", uuid::Uuid::new_v4().simple()));
    spec.queues = vec!["etl_queue".to_owned()];
    let id = fake.store().create(PROJECT_ID, spec).expect("stored");
    fake.store()
        .add_route(PROJECT_ID, id, "old", "10.0.0.0/8")
        .expect("a route");
    fake.store().change_tags(
        PROJECT_ID,
        id,
        &[("team".to_owned(), "data".to_owned())],
        true,
    );
    let fields = [("user_name", "u"), ("password", "p")]
        .map(|(field, value)| (field.to_owned(), value.to_owned()))
        .into();
    fake.store()
        .create_auth_info(
            PROJECT_ID,
            &auth_name(id),
            AuthEntry::new("passwd", &fields),
        )
        .expect("an auth info");
    id
}

/// The attempts of a call (0 for a call made of several, such as a listing), and how its
/// success was known.
pub(super) async fn call(
    client: &Client,
    id: uuid::Uuid,
    operation: &Operation,
) -> Result<(u32, Settled), Error> {
    let answered = |attempts: u32, settled: Settled| Ok((attempts, settled));
    match operation.id {
        "CreateEnhancedConnection" => {
            let request = dli_client::types::CreateEnhancedConnectionRequest::builder()
                .name(format!("n{}", uuid::Uuid::new_v4().simple()))
                .dest_vpc_id("vpc")
                .dest_network_id("subnet");
            client.create_connection(request).await.map(of)
        }
        "ListEnhancedConnections" => {
            client.connections().page_size(1000).collect().await?;
            answered(0, Settled::Answered)
        }
        "ShowEnhancedConnection" => client.connection(id).await.map(of),
        "UpdateEnhancedConnection" => {
            let hosts = vec![Host {
                name: "db".to_owned(),
                ip: "10.0.0.1".to_owned(),
            }];
            client.set_hosts(id, hosts).await.map(of)
        }
        "DeleteEnhancedConnection" => client.delete_connection(id).await.map(of),
        "AssociateQueueToEnhancedConnection" => {
            client.bind(id, &Peers::pools(["pool_m"])).await.map(of)
        }
        "DisassociateQueueFromEnhancedConnection" => client
            .unbind(id, &Peers::queues(["etl_queue"]))
            .await
            .map(of),
        "ShowEnhancedConnectionPrivilege" => client.privileges(id).await.map(of),
        "CreateRouteToEnhancedConnection" => client
            .add_route(id, "office", "192.168.0.0/24")
            .await
            .map(of),
        "DeleteRouteFromEnhancedConnection" => client.delete_route(id, "old").await.map(of),
        "RunAuthorizationAction" => client.grant(id, "p_other").await.map(of),
        "BatchCreateResourceTags" => {
            let tags = vec![Tag {
                key: "env".to_owned(),
                value: "prod".to_owned(),
            }];
            let mut answers = client.tag(id, tags).await?;
            answers
                .pop()
                .map(of)
                .ok_or(Error::InvalidRequest("no answer".to_owned()))
        }
        "BatchDeleteResourceTags" => {
            let mut answers = client.untag(id, ["team"]).await?;
            answers
                .pop()
                .map(of)
                .ok_or(Error::InvalidRequest("no answer".to_owned()))
        }
        "ShowResourceTags" => {
            client.tags(id).await?;
            answered(0, Settled::Answered)
        }
        "CreateConnectivityTask" | "ShowConnectivityTask" => {
            client
                .test_connectivity("etl_queue", "10.0.0.9:5432", Duration::from_secs(1))
                .await?;
            answered(0, Settled::Answered)
        }
        "ListQueues" => {
            client.queues().await?;
            answered(0, Settled::Answered)
        }
        "ListElasticResourcePools" => {
            client.pools().await?;
            answered(0, Settled::Answered)
        }
        "CreateJobAuthInfo" => {
            let request = CreateJobAuthInfoRequest::builder()
                .auth_info_name(format!("n{}", uuid::Uuid::new_v4().simple()))
                .datasource_type(AuthInfoType::Passwd)
                .user_name(Some("u".parse().expect("a user")))
                .password(Some(Password::new("p")));
            client.create_auth_info(request).await.map(of)
        }
        "ListJobAuthInfos" => {
            client.auth_infos().await?;
            answered(0, Settled::Answered)
        }
        "UpdateJobAuthInfo" => {
            let request = UpdateJobAuthInfoRequest::builder()
                .auth_info_name(auth_name(id))
                .password(Some(Password::new("rotated")));
            client.update_auth_info(request).await.map(of)
        }
        "DeleteJobAuthInfo" => client.delete_auth_info(&auth_name(id)).await.map(of),
        other => panic!("{other}: add the operation to the fault matrix"),
    }
}
