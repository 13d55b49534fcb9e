//! The soak's mix: one call of any of the twenty-two operations on a connection or a
//! datasource authentication a worker holds,
//! and the name of how it ended. A worker keeps what it knows of its connections (bound or
//! not, which routes), so that every call it makes is one DLI would accept; an ending the
//! injected faults cannot explain is named `other`, and fails the soak.

use std::time::Duration;

use dli_client::types::{
    AuthInfoType, CreateEnhancedConnectionRequest, CreateJobAuthInfoRequest, Host, Tag,
    UpdateJobAuthInfoRequest,
};
use dli_client::{Client, Error, Password, Peers, Response, Settled};
use futures_util::StreamExt;
use uuid::Uuid;

/// What a worker knows of one of its connections.
#[derive(Debug)]
pub(super) struct Held {
    id: Uuid,
    /// Whether the pool is bound; `None` after a bind or unbind whose outcome is unknown.
    bound: Option<bool>,
    /// Routes it surely has.
    routes: Vec<String>,
    /// A delete of it failed in a way that may have deleted it.
    maybe_gone: bool,
}

/// How one call ended, and what it changed that the soak counts.
#[derive(Debug, Default)]
pub(super) struct Ended {
    /// The operation the call was for, as the document names it.
    pub(super) operation: &'static str,
    /// How it ended: `success`, `settled: …`, an expected error's label, `gone after an
    /// uncertain delete`, or `other: …`.
    pub(super) word: String,
    /// Its attempts.
    pub(super) attempts: u32,
    pub(super) created: bool,
    pub(super) deleted: bool,
    pub(super) recovered: bool,
}

/// The operations of the mix and their weights (out of 100).
pub(super) const MIX: [(&str, u8); 22] = [
    ("CreateEnhancedConnection", 13),
    ("DeleteEnhancedConnection", 12),
    ("ShowEnhancedConnection", 7),
    ("ListEnhancedConnections", 5),
    ("UpdateEnhancedConnection", 5),
    ("AssociateQueueToEnhancedConnection", 6),
    ("DisassociateQueueFromEnhancedConnection", 6),
    ("CreateRouteToEnhancedConnection", 6),
    ("DeleteRouteFromEnhancedConnection", 6),
    ("ShowEnhancedConnectionPrivilege", 3),
    ("RunAuthorizationAction", 5),
    ("BatchCreateResourceTags", 5),
    ("BatchDeleteResourceTags", 5),
    ("ShowResourceTags", 3),
    ("CreateConnectivityTask", 3),
    ("ShowConnectivityTask", 2),
    ("ListQueues", 1),
    ("ListElasticResourcePools", 1),
    ("CreateJobAuthInfo", 2),
    ("DeleteJobAuthInfo", 2),
    ("UpdateJobAuthInfo", 1),
    ("ListJobAuthInfos", 1),
];

/// The mix as the report says it.
pub(super) fn described() -> String {
    MIX.iter()
        .map(|(operation, weight)| format!("{operation} {weight}%"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The errors the injected faults explain: throttling and `503` past the attempts, a
/// connection lost or an attempt timed out on every try.
fn explained(error: &Error) -> bool {
    let label = error.label();
    matches!(
        label.as_str(),
        "API error 503" | "API error 429" | "connection lost"
    ) || label.starts_with("timeout (")
}

/// The pool the soak binds and unbinds.
const POOL: &str = "pool_soak";

fn of<T>(response: &Response<T>) -> (String, u32) {
    let word = match response.settled() {
        Settled::FoundByName => "settled: found by name",
        Settled::GoneOnRetry => "settled: gone on retry",
        Settled::ShownByRead => "settled: shown by read",
        _ => "success",
    };
    (word.to_owned(), response.attempts())
}

/// One worker's connections and its calls.
#[derive(Debug, Default)]
pub(super) struct Worker {
    pub(super) number: usize,
    pub(super) held: Vec<Held>,
    /// The names of creates whose outcome stayed unknown (the lookup by name failed too).
    pub(super) unknown_creates: Vec<String>,
    /// Its datasource authentications, by name, and whether each may not exist (its create
    /// or delete ended unknown).
    pub(super) auths: Vec<(String, bool)>,
}

impl Worker {
    /// Makes call number `n`: an operation drawn from the mix (a create when the worker
    /// holds nothing).
    pub(super) async fn call(&mut self, client: &Client, n: u64) -> Ended {
        let mut roll = fastrand::u8(..100);
        let mut operation = MIX[0].0;
        for (candidate, weight) in MIX {
            if roll < weight {
                operation = candidate;
                break;
            }
            roll -= weight;
        }
        let index = fastrand::usize(..self.held.len().max(1));
        if self.held.is_empty() {
            operation = "CreateEnhancedConnection";
        } else if self.held[index].maybe_gone {
            // A connection whose delete may have landed is deleted again, and nothing else.
            operation = "DeleteEnhancedConnection";
        }
        let mut ended = Ended {
            operation,
            ..Ended::default()
        };
        let result: Result<(String, u32), Error> = match operation {
            "CreateEnhancedConnection" => {
                let name = format!("w{}_{n}", self.number);
                let request = CreateEnhancedConnectionRequest::builder()
                    .name(name.as_str())
                    .dest_vpc_id("vpc")
                    .dest_network_id("subnet");
                let created = client.create_connection(request).await;
                if created.as_ref().is_err_and(Error::is_outcome_unknown) {
                    self.unknown_creates.push(name);
                }
                created.map(|answer| {
                    let shown = of(&answer);
                    ended.recovered = answer.is_recovered();
                    if let Some(id) = answer.into_inner().connection_id {
                        ended.created = true;
                        self.held.push(Held {
                            id,
                            bound: Some(false),
                            routes: Vec::new(),
                            maybe_gone: false,
                        });
                    }
                    shown
                })
            }
            "DeleteEnhancedConnection" => {
                let held = self.held.swap_remove(index);
                match client.delete_connection(held.id).await {
                    Ok(answer) => {
                        ended.deleted = true;
                        Ok(of(&answer))
                    }
                    Err(error) if error.is_not_found() && held.maybe_gone => {
                        ended.deleted = true;
                        ended.word = "gone after an uncertain delete".to_owned();
                        Err(error)
                    }
                    Err(error) => {
                        self.held.push(Held {
                            maybe_gone: true,
                            ..held
                        });
                        Err(error)
                    }
                }
            }
            "ShowEnhancedConnection" => {
                client.connection(self.held[index].id).await.map(|a| of(&a))
            }
            "ListEnhancedConnections" => {
                let mut page = client.connections().page_size(20).stream().take(20);
                let mut failed = None;
                while let Some(item) = page.next().await {
                    if let Err(error) = item {
                        failed = Some(error);
                        break;
                    }
                }
                // A listing's attempts are not reported; count it as one.
                failed.map_or(Ok(("success".to_owned(), 1)), Err)
            }
            "UpdateEnhancedConnection" => {
                let hosts = vec![Host {
                    name: "db".to_owned(),
                    ip: "10.0.0.1".to_owned(),
                }];
                client
                    .set_hosts(self.held[index].id, hosts)
                    .await
                    .map(|a| of(&a))
            }
            "AssociateQueueToEnhancedConnection" | "DisassociateQueueFromEnhancedConnection" => {
                let bind = operation == "AssociateQueueToEnhancedConnection";
                let held = &mut self.held[index];
                // Only what DLI accepts: bind what is not bound, unbind what is.
                if held.bound != Some(!bind) {
                    ended.operation = "ShowEnhancedConnection";
                    return self.show_instead(client, index, ended).await;
                }
                let peers = Peers::pools([POOL]);
                let result = if bind {
                    client.bind(held.id, &peers).await.map(|a| of(&a))
                } else {
                    client.unbind(held.id, &peers).await.map(|a| of(&a))
                };
                held.bound = if result.is_ok() { Some(bind) } else { None };
                result
            }
            "CreateRouteToEnhancedConnection" => {
                let held = &mut self.held[index];
                let name = format!("r{n}");
                let result = client
                    .add_route(held.id, &name, "10.0.0.0/8")
                    .await
                    .map(|a| of(&a));
                if result.is_ok() {
                    held.routes.push(name);
                }
                result
            }
            "DeleteRouteFromEnhancedConnection" => {
                let held = &mut self.held[index];
                let Some(name) = held.routes.pop() else {
                    ended.operation = "ShowEnhancedConnection";
                    return self.show_instead(client, index, ended).await;
                };
                client.delete_route(held.id, &name).await.map(|a| of(&a))
            }
            "ShowEnhancedConnectionPrivilege" => {
                client.privileges(self.held[index].id).await.map(|a| of(&a))
            }
            "RunAuthorizationAction" => {
                let id = self.held[index].id;
                if fastrand::bool() {
                    client.grant(id, "p_soak").await.map(|a| of(&a))
                } else {
                    client.revoke(id, "p_soak").await.map(|a| of(&a))
                }
            }
            "BatchCreateResourceTags" => {
                let tags = vec![Tag {
                    key: "team".to_owned(),
                    value: format!("v{n}"),
                }];
                last(client.tag(self.held[index].id, tags).await)
            }
            "BatchDeleteResourceTags" => last(client.untag(self.held[index].id, ["team"]).await),
            "ShowResourceTags" => client
                .tags(self.held[index].id)
                .await
                .map(|_| ("success".to_owned(), 1)),
            "CreateJobAuthInfo" => {
                let name = format!("a{}_{n}", self.number);
                let request = CreateJobAuthInfoRequest::builder()
                    .auth_info_name(name.as_str())
                    .datasource_type(AuthInfoType::Passwd)
                    .user_name(Some("soak".parse().expect("a user")))
                    .password(Some(Password::new(format!("soak-{n}"))));
                let created = client.create_auth_info(request).await;
                match &created {
                    Ok(_) => self.auths.push((name, false)),
                    Err(error) if error.is_outcome_unknown() => self.auths.push((name, true)),
                    Err(_) => {}
                }
                created.map(|a| of(&a))
            }
            "DeleteJobAuthInfo" | "UpdateJobAuthInfo" if self.auths.is_empty() => {
                ended.operation = "ListJobAuthInfos";
                client.auth_infos().await.map(|_| ("success".to_owned(), 1))
            }
            "DeleteJobAuthInfo" => {
                let (name, maybe_gone) =
                    self.auths.swap_remove(fastrand::usize(..self.auths.len()));
                match client.delete_auth_info(&name).await {
                    Ok(answer) => Ok(of(&answer)),
                    Err(error) if error.is_not_found() && maybe_gone => {
                        ended.word = "gone after an uncertain delete".to_owned();
                        Err(error)
                    }
                    Err(error) => {
                        self.auths.push((name, true));
                        Err(error)
                    }
                }
            }
            "UpdateJobAuthInfo" => match self.auths.iter().find(|(_, maybe)| !maybe) {
                Some((name, _)) => {
                    let request = UpdateJobAuthInfoRequest::builder()
                        .auth_info_name(name.as_str())
                        .password(Some(Password::new(format!("rotated-{n}"))));
                    client.update_auth_info(request).await.map(|a| of(&a))
                }
                None => {
                    ended.operation = "ListJobAuthInfos";
                    client.auth_infos().await.map(|_| ("success".to_owned(), 1))
                }
            },
            "ListJobAuthInfos" => client.auth_infos().await.map(|_| ("success".to_owned(), 1)),
            "ListQueues" => client.queues().await.map(|_| ("success".to_owned(), 1)),
            "ListElasticResourcePools" => client.pools().await.map(|_| ("success".to_owned(), 1)),
            _ => client
                .test_connectivity("etl_queue", "10.0.0.9:5432", Duration::from_secs(10))
                .await
                .map(|_| ("success".to_owned(), 1)),
        };
        self.name(result, ended)
    }

    /// A Show, for a call that has nothing DLI would accept to do.
    async fn show_instead(&mut self, client: &Client, index: usize, ended: Ended) -> Ended {
        let result = client.connection(self.held[index].id).await.map(|a| of(&a));
        self.name(result, ended)
    }

    /// Names how a call ended.
    fn name(&self, result: Result<(String, u32), Error>, mut ended: Ended) -> Ended {
        match result {
            Ok((word, attempts)) => {
                ended.word = word;
                ended.attempts = attempts;
            }
            Err(error) => {
                ended.attempts = error.attempts().unwrap_or(1);
                if ended.word.is_empty() {
                    ended.word = if explained(&error) {
                        error.label()
                    } else {
                        format!("other: {}: {}", ended.operation, error)
                    };
                }
            }
        }
        ended
    }

    /// The connections whose delete may have landed, to reconcile once the faults stop.
    pub(super) fn uncertain(&self) -> impl Iterator<Item = Uuid> + '_ {
        self.held
            .iter()
            .filter(|held| held.maybe_gone)
            .map(|held| held.id)
    }
}

/// The last answer of a change made in several calls.
fn last(answers: Result<Vec<Response<()>>, Error>) -> Result<(String, u32), Error> {
    let mut answers = answers?;
    Ok(answers
        .pop()
        .map_or(("success".to_owned(), 1), |answer| of(&answer)))
}
