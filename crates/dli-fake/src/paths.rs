//! The twenty-two APIs: the enhanced-connection group, the lists of queues and pools, and the
//! datasource authentications, written once: each operation's method, path template and
//! operation id. A request is matched against it once, as it arrives ([`Matched`]); the
//! stats, the throttle, the router and the handlers all take the API and its path
//! parameters from that match.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{Method, Uri};
use axum::response::Response;
use percent_encoding::percent_decode_str;

use crate::reply::{RequestId, no_such_api};

/// One API: the method, the path template (`{name}` is one segment) and the document's
/// operation id.
#[derive(Debug)]
pub(crate) struct Api {
    pub(crate) method: Method,
    pub(crate) template: &'static str,
    pub(crate) operation: &'static str,
}

/// A row of [`APIS`]: `api!(METHOD, template, "OperationId")`.
macro_rules! api {
    ($method:ident, $template:expr, $operation:literal $(,)?) => {
        Api {
            method: Method::$method,
            template: $template,
            operation: $operation,
        }
    };
}

const CONNECTIONS: &str = "/v2.0/{project_id}/datasource/enhanced-connections";
const AUTH_INFOS: &str = "/v3/{project_id}/datasource/auth-infos";
const CONNECTION: &str = "/v2.0/{project_id}/datasource/enhanced-connections/{connection_id}";

/// How many APIs the fake answers.
pub(crate) const API_COUNT: usize = 22;

/// Every API the fake answers.
pub(crate) const APIS: [Api; API_COUNT] = [
    api!(POST, CONNECTIONS, "CreateEnhancedConnection"),
    api!(GET, CONNECTIONS, "ListEnhancedConnections"),
    api!(GET, CONNECTION, "ShowEnhancedConnection"),
    api!(PUT, CONNECTION, "UpdateEnhancedConnection"),
    api!(DELETE, CONNECTION, "DeleteEnhancedConnection"),
    api!(
        POST,
        "/v2.0/{project_id}/datasource/enhanced-connections/{connection_id}/associate-queue",
        "AssociateQueueToEnhancedConnection"
    ),
    api!(
        POST,
        "/v2.0/{project_id}/datasource/enhanced-connections/{connection_id}/disassociate-queue",
        "DisassociateQueueFromEnhancedConnection"
    ),
    api!(
        GET,
        "/v2.0/{project_id}/datasource/enhanced-connections/{connection_id}/privileges",
        "ShowEnhancedConnectionPrivilege"
    ),
    api!(
        POST,
        "/v3/{project_id}/datasource/enhanced-connections/{connection_id}/routes",
        "CreateRouteToEnhancedConnection"
    ),
    api!(
        DELETE,
        "/v3/{project_id}/datasource/enhanced-connections/{connection_id}/routes/{name}",
        "DeleteRouteFromEnhancedConnection"
    ),
    api!(
        PUT,
        "/v1.0/{project_id}/authorization",
        "RunAuthorizationAction"
    ),
    api!(
        POST,
        "/v3/{project_id}/{resource_type}/{resource_id}/tags/create",
        "BatchCreateResourceTags"
    ),
    api!(
        POST,
        "/v3/{project_id}/{resource_type}/{resource_id}/tags/delete",
        "BatchDeleteResourceTags"
    ),
    api!(
        GET,
        "/v3/{project_id}/{resource_type}/{resource_id}/tags",
        "ShowResourceTags"
    ),
    api!(
        POST,
        "/v1.0/{project_id}/queues/{queue_name}/connection-test",
        "CreateConnectivityTask"
    ),
    api!(
        GET,
        "/v1.0/{project_id}/queues/{queue_name}/connection-test/{task_id}",
        "ShowConnectivityTask"
    ),
    api!(GET, "/v1.0/{project_id}/queues", "ListQueues"),
    api!(
        GET,
        "/v3/{project_id}/elastic-resource-pools",
        "ListElasticResourcePools"
    ),
    api!(POST, AUTH_INFOS, "CreateJobAuthInfo"),
    api!(GET, AUTH_INFOS, "ListJobAuthInfos"),
    api!(PUT, AUTH_INFOS, "UpdateJobAuthInfo"),
    api!(
        DELETE,
        "/v3/{project_id}/datasource/auth-infos/{auth_info_name}",
        "DeleteJobAuthInfo"
    ),
];

/// A request matched to its API: the API's place in [`APIS`] and its path parameters. Made
/// once, as the request arrives, and carried in its extensions.
#[derive(Debug, Clone)]
pub(crate) struct Matched {
    /// The API's place in [`APIS`].
    pub(crate) index: usize,
    /// Its path parameters.
    pub(crate) params: Params,
}

impl Matched {
    /// The API a request of `method` to `uri` calls, with its parameters.
    pub(crate) fn of(method: &Method, uri: &Uri) -> Option<Self> {
        let path = uri.path();
        let index = APIS
            .iter()
            .position(|api| api.method == *method && fits(api.template, path))?;
        Some(Self {
            index,
            params: Params::of(APIS[index].template, path),
        })
    }

    /// The API.
    pub(crate) fn api(&self) -> &'static Api {
        &APIS[self.index]
    }
}

/// Whether `path` fits `template`, a `{name}` standing for any one non-empty segment.
fn fits(template: &str, path: &str) -> bool {
    let (mut template, mut path) = (template.split('/'), path.split('/'));
    loop {
        match (template.next(), path.next()) {
            (None, None) => return true,
            (Some(want), Some(got))
                if want == got || (want.starts_with('{') && !got.is_empty()) => {}
            _ => return false,
        }
    }
}

/// A request's path parameters, by the names of its API's template, percent-decoded
/// (lossily: bad UTF-8 cannot make the fake fail). A handler takes them as an argument.
#[derive(Debug, Clone)]
pub(crate) struct Params {
    pairs: Vec<(&'static str, String)>,
}

impl Params {
    /// The parameters of `path`, which fits `template`.
    fn of(template: &'static str, path: &str) -> Self {
        let pairs = template
            .split('/')
            .zip(path.split('/'))
            .filter_map(|(want, got)| {
                let name = want.strip_prefix('{')?.strip_suffix('}')?;
                Some((
                    name,
                    percent_decode_str(got).decode_utf8_lossy().into_owned(),
                ))
            })
            .collect();
        Self { pairs }
    }

    /// The parameter called `name`; empty when there is none.
    pub(crate) fn get(&self, name: &str) -> &str {
        self.pairs
            .iter()
            .find(|(known, _)| *known == name)
            .map_or("", |(_, value)| value.as_str())
    }
}

impl<S: Sync> FromRequestParts<S> for Params {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Response> {
        match parts.extensions.get::<Matched>() {
            Some(matched) => Ok(matched.params.clone()),
            // Only a matched request reaches a handler.
            None => Err(no_such_api(&RequestId::in_extensions(&parts.extensions))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_the_documents_operations_each_at_its_method_and_path() {
        let spec = dli_spec::Spec::load().expect("load the document");
        let facts = spec.operation_facts().expect("every operation's facts");
        assert_eq!(facts.len(), APIS.len(), "one row an operation");
        for fact in facts {
            let rows: Vec<&Api> = APIS.iter().filter(|api| api.operation == fact.id).collect();
            let [api] = rows.as_slice() else {
                panic!("{}: {} rows", fact.id, rows.len());
            };
            assert_eq!(api.method.as_str(), fact.method, "{}", fact.id);
            assert_eq!(api.template, fact.path, "{}", fact.id);
        }
    }

    #[test]
    fn requests_find_their_api_and_its_parameters() {
        let connection =
            "/v2.0/p1/datasource/enhanced-connections/2a620c33-5609-40c9-affd-2b6453071b0f";
        let found = |method: Method, path: &str| {
            let uri: Uri = path.parse().expect("a uri");
            Matched::of(&method, &uri).map(|matched| matched.api().operation)
        };
        assert_eq!(
            found(Method::DELETE, connection),
            Some("DeleteEnhancedConnection")
        );
        assert_eq!(
            found(
                Method::DELETE,
                "/v3/p1/datasource/enhanced-connections/x/routes/r1"
            ),
            Some("DeleteRouteFromEnhancedConnection")
        );
        // Another method, a missing or an extra segment, an empty one.
        assert_eq!(found(Method::PATCH, "/v1.0/p1/authorization"), None);
        assert_eq!(found(Method::GET, &format!("{connection}/y")), None);
        assert_eq!(found(Method::GET, "/v2.0/p1/datasource"), None);
        assert_eq!(
            found(Method::GET, "/v2.0//datasource/enhanced-connections"),
            None
        );

        let uri: Uri = "/v3/p%201/datasource/enhanced-connections/c1/routes/r%2F1"
            .parse()
            .expect("a uri");
        let matched = Matched::of(&Method::DELETE, &uri).expect("matched");
        assert_eq!(matched.api().operation, "DeleteRouteFromEnhancedConnection");
        let params = matched.params;
        assert_eq!(params.get("project_id"), "p 1");
        assert_eq!(params.get("connection_id"), "c1");
        assert_eq!(params.get("name"), "r/1");
        assert_eq!(params.get("queue_name"), "");
    }
}
