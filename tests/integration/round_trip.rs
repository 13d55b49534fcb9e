//! Each operation against a real HTTP server on loopback: the request as it arrives, and the
//! answer parsed into its type.

use dli_client::types::{self, DeleteEnhancedConnectionResponse};
use dli_client::{Client, RetryPolicy};
use dli_tests::fixtures::{
    CONNECTION_ID, PROJECT_ID, builder, connection_id, connection_path, connections_path,
};
use dli_tests::{RecordedRequest, RecordingServer, Reply};
use futures_util::TryStreamExt;
use serde_json::{Value, json};

async fn serve(replies: impl IntoIterator<Item = Reply>) -> RecordingServer {
    RecordingServer::start(replies)
        .await
        .expect("start the server")
}

fn client(server: &RecordingServer) -> Client {
    builder(&server.base_url())
        .retry_policy(RetryPolicy::none())
        .build()
        .expect("valid configuration")
}

fn only_request(server: &RecordingServer) -> RecordedRequest {
    let mut requests = server.requests();
    assert_eq!(requests.len(), 1, "{requests:#?}");
    requests.remove(0)
}

#[tokio::test]
async fn delete_sends_the_documented_request_and_parses_the_reply() {
    let server = serve([
        Reply::json(200, r#"{"is_success": true, "message": "Deleted"}"#)
            .header("x-request-id", "4d6bbd7a1f2c4e0b9a8e7c6d5b4a3f21"),
    ])
    .await;

    let response = client(&server)
        .delete_connection(connection_id())
        .await
        .expect("delete succeeds");

    assert_eq!(response.status(), 200);
    assert_eq!(
        response.headers().get("x-request-id").map(|v| v.as_bytes()),
        Some(&b"4d6bbd7a1f2c4e0b9a8e7c6d5b4a3f21"[..])
    );
    assert_eq!(
        response.into_inner(),
        DeleteEnhancedConnectionResponse {
            is_success: true,
            message: Some("Deleted".into()),
        }
    );

    let request = only_request(&server);
    assert_eq!(request.method, "DELETE");
    assert_eq!(request.path, connection_path(PROJECT_ID, CONNECTION_ID));
    assert_eq!(request.query, None);
    assert!(request.body.is_empty());
    assert_eq!(request.header("host"), Some(server.authority().as_str()));
    assert_eq!(request.header("accept"), Some("application/json"));
    assert_eq!(
        request.header("api-version"),
        None,
        "DLI does not define api-version"
    );
    // The exact request, with what changes from run to run (port, date, signature) redacted.
    let host = server.authority();
    let shown: Vec<(String, String)> = request
        .headers
        .iter()
        .map(|(name, value)| {
            let value = match name.as_str() {
                "x-sdk-date" => "<YYYYMMDDTHHMMSSZ>".to_owned(),
                "authorization" => match value.rsplit_once("Signature=") {
                    Some((head, _)) => format!("{head}Signature=<hex>"),
                    None => value.clone(),
                },
                "user-agent" => value.replace(dli_client::SDK_USER_AGENT, "dli-client/<version>"),
                _ => value.replace(&host, "127.0.0.1:<port>"),
            };
            (name.clone(), value)
        })
        .collect();
    insta::assert_yaml_snapshot!(
        "delete_request_on_the_wire",
        (&request.method, &request.path, shown)
    );
}

#[tokio::test]
async fn create_posts_the_body_and_takes_200_or_201() {
    for status in [201, 200] {
        let server = serve([Reply::json(
            status,
            format!(r#"{{"is_success": true, "message": "", "connection_id": "{CONNECTION_ID}"}}"#),
        )])
        .await;
        let request = types::CreateEnhancedConnectionRequest::builder()
            .name("mysql_orders")
            .dest_vpc_id("vpc-1")
            .dest_network_id("subnet-1")
            .queues(vec!["etl_queue".to_owned()])
            .hosts(vec![types::Host {
                name: "orders-db".into(),
                ip: "192.168.0.21".into(),
            }])
            .tags(vec![types::Tag {
                key: "team".into(),
                value: "data".into(),
            }]);
        let created = client(&server)
            .create_connection(request)
            .await
            .unwrap_or_else(|error| panic!("{status} is success: {error}"))
            .into_inner();
        assert_eq!(
            created.connection_id.map(|id| id.to_string()).as_deref(),
            Some(CONNECTION_ID)
        );

        let sent = only_request(&server);
        assert_eq!(sent.method, "POST");
        assert_eq!(sent.path, connections_path(PROJECT_ID));
        assert_eq!(sent.header("content-type"), Some("application/json"));
        let body: Value = serde_json::from_slice(&sent.body).expect("a JSON body");
        assert_eq!(
            body,
            json!({
                "name": "mysql_orders",
                "dest_vpc_id": "vpc-1",
                "dest_network_id": "subnet-1",
                "queues": ["etl_queue"],
                "hosts": [{"name": "orders-db", "ip": "192.168.0.21"}],
                "tags": [{"key": "team", "value": "data"}],
            })
        );
    }
}

#[tokio::test]
async fn an_invalid_create_request_is_refused_before_sending() {
    let server = serve([Reply::json(201, "{}")]).await;
    let client = client(&server);
    let bad_name = types::CreateEnhancedConnectionRequest::builder()
        .name("has-hyphen")
        .dest_vpc_id("vpc-1")
        .dest_network_id("subnet-1");
    let error = client
        .create_connection(bad_name)
        .await
        .expect_err("bad name");
    assert!(error.to_string().contains("name"), "{error}");
    let no_subnet = types::CreateEnhancedConnectionRequest::builder()
        .name("ok")
        .dest_vpc_id("vpc-1");
    let error = client
        .create_connection(no_subnet)
        .await
        .expect_err("no subnet");
    assert!(error.to_string().contains("dest_network_id"), "{error}");
    assert!(server.requests().is_empty(), "nothing may be sent");
}

#[tokio::test]
async fn show_gets_one_connection_with_its_peerings() {
    let body = json!({
        "is_success": true, "message": "", "id": CONNECTION_ID, "name": "mysql_orders",
        "status": "ACTIVE", "create_time": 1_732_760_400_000_i64, "ipv6_enable": false,
        "available_queue_info": [{"peer_id": "p1", "status": "CREATING", "name": "etl_queue",
                                  "err_msg": "", "update_time": 1_732_760_405_000_i64}],
        "elastic_resource_pools": [], "hosts": [{"name": "db", "ip": "10.0.0.1"}],
        "dest_vpc_id": "vpc-1", "dest_network_id": "subnet-1"
    });
    let server = serve([Reply::json(200, body.to_string())]).await;
    let shown = client(&server)
        .connection(connection_id())
        .await
        .expect("show succeeds")
        .into_inner();
    assert_eq!(shown.name.as_deref(), Some("mysql_orders"));
    assert_eq!(shown.create_time, Some(1_732_760_400_000));
    assert_eq!(
        shown.available_queue_info[0].status.as_deref(),
        Some("CREATING")
    );
    assert_eq!(shown.hosts[0].ip, "10.0.0.1");
    let sent = only_request(&server);
    assert_eq!(sent.method, "GET");
    assert_eq!(sent.path, connection_path(PROJECT_ID, CONNECTION_ID));
}

#[tokio::test]
async fn list_sends_its_filters_and_reads_is_privis() {
    let body = json!({
        "is_success": true, "message": "", "count": 1,
        "connections": [{"id": CONNECTION_ID, "name": "a", "status": "ACTIVE", "isPrivis": true}]
    });
    let server = serve([Reply::json(200, body.to_string())]).await;
    let listed = client(&server)
        .connections()
        .status("ACTIVE")
        .name("a")
        .tags([("team", "data")])
        .page_size(50)
        .collect()
        .await
        .expect("list succeeds");
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].is_privis, Some(true));
    let sent = only_request(&server);
    assert_eq!(sent.method, "GET");
    assert_eq!(sent.path, connections_path(PROJECT_ID));
    let query: Vec<(String, String)> = url_pairs(sent.query.as_deref().expect("a query string"));
    for pair in [
        ("limit", "50"),
        ("offset", "0"),
        ("status", "ACTIVE"),
        ("name", "a"),
        ("tags", "team=data"),
    ] {
        assert!(
            query.contains(&(pair.0.to_owned(), pair.1.to_owned())),
            "{pair:?} missing from {query:?}"
        );
    }
}

#[tokio::test]
async fn every_page_is_fetched_until_a_short_one() {
    let page = |ids: std::ops::Range<u32>| {
        let connections: Vec<Value> = ids
            .map(|n| json!({"id": format!("00000000-0000-4000-8000-{n:012}"), "name": format!("c{n}")}))
            .collect();
        Reply::json(
            200,
            json!({"is_success": true, "count": 5, "connections": connections}).to_string(),
        )
    };
    let server = serve([page(0..2), page(2..4), page(4..5)]).await;
    let names: Vec<String> = client(&server)
        .connections()
        .page_size(2)
        .stream()
        .map_ok(|connection| connection.name.unwrap_or_default())
        .try_collect()
        .await
        .expect("every page");
    assert_eq!(names, ["c0", "c1", "c2", "c3", "c4"]);
    let offsets: Vec<String> = server
        .requests()
        .iter()
        .map(|request| {
            url_pairs(request.query.as_deref().unwrap_or(""))
                .into_iter()
                .find(|(key, _)| key == "offset")
                .map(|(_, value)| value)
                .unwrap_or_default()
        })
        .collect();
    assert_eq!(offsets, ["0", "2", "4"]);
}

fn url_pairs(query: &str) -> Vec<(String, String)> {
    query
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .map(|(key, value)| {
            let decode = |text: &str| {
                percent_encoding::percent_decode_str(text)
                    .decode_utf8_lossy()
                    .into_owned()
            };
            (decode(key), decode(value))
        })
        .collect()
}
