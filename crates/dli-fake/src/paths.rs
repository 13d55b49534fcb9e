//! The twenty-two APIs: the enhanced-connection group, the lists of queues and pools, and the
//! datasource authentications, written once: each operation's method,
//! path template and operation id. The router routes by it, the stats count by it, and the
//! handlers read their path parameters by name through it.

use axum::http::{Method, Uri};
use percent_encoding::percent_decode_str;

/// One API: the method, the path template (`{name}` is one segment) and the document's
/// operation id.
#[derive(Debug)]
pub(crate) struct Api {
    pub(crate) method: Method,
    pub(crate) template: &'static str,
    pub(crate) operation: &'static str,
}

const fn api(method: Method, template: &'static str, operation: &'static str) -> Api {
    Api {
        method,
        template,
        operation,
    }
}

const CONNECTIONS: &str = "/v2.0/{project_id}/datasource/enhanced-connections";
const AUTH_INFOS: &str = "/v3/{project_id}/datasource/auth-infos";
const CONNECTION: &str = "/v2.0/{project_id}/datasource/enhanced-connections/{connection_id}";

/// How many APIs the fake answers.
pub(crate) const API_COUNT: usize = 22;

/// Every API the fake answers.
pub(crate) const APIS: [Api; API_COUNT] = [
    api(Method::POST, CONNECTIONS, "CreateEnhancedConnection"),
    api(Method::GET, CONNECTIONS, "ListEnhancedConnections"),
    api(Method::GET, CONNECTION, "ShowEnhancedConnection"),
    api(Method::PUT, CONNECTION, "UpdateEnhancedConnection"),
    api(Method::DELETE, CONNECTION, "DeleteEnhancedConnection"),
    api(
        Method::POST,
        "/v2.0/{project_id}/datasource/enhanced-connections/{connection_id}/associate-queue",
        "AssociateQueueToEnhancedConnection",
    ),
    api(
        Method::POST,
        "/v2.0/{project_id}/datasource/enhanced-connections/{connection_id}/disassociate-queue",
        "DisassociateQueueFromEnhancedConnection",
    ),
    api(
        Method::GET,
        "/v2.0/{project_id}/datasource/enhanced-connections/{connection_id}/privileges",
        "ShowEnhancedConnectionPrivilege",
    ),
    api(
        Method::POST,
        "/v3/{project_id}/datasource/enhanced-connections/{connection_id}/routes",
        "CreateRouteToEnhancedConnection",
    ),
    api(
        Method::DELETE,
        "/v3/{project_id}/datasource/enhanced-connections/{connection_id}/routes/{name}",
        "DeleteRouteFromEnhancedConnection",
    ),
    api(
        Method::PUT,
        "/v1.0/{project_id}/authorization",
        "RunAuthorizationAction",
    ),
    api(
        Method::POST,
        "/v3/{project_id}/{resource_type}/{resource_id}/tags/create",
        "BatchCreateResourceTags",
    ),
    api(
        Method::POST,
        "/v3/{project_id}/{resource_type}/{resource_id}/tags/delete",
        "BatchDeleteResourceTags",
    ),
    api(
        Method::GET,
        "/v3/{project_id}/{resource_type}/{resource_id}/tags",
        "ShowResourceTags",
    ),
    api(
        Method::POST,
        "/v1.0/{project_id}/queues/{queue_name}/connection-test",
        "CreateConnectivityTask",
    ),
    api(
        Method::GET,
        "/v1.0/{project_id}/queues/{queue_name}/connection-test/{task_id}",
        "ShowConnectivityTask",
    ),
    api(Method::GET, "/v1.0/{project_id}/queues", "ListQueues"),
    api(
        Method::GET,
        "/v3/{project_id}/elastic-resource-pools",
        "ListElasticResourcePools",
    ),
    api(Method::POST, AUTH_INFOS, "CreateJobAuthInfo"),
    api(Method::GET, AUTH_INFOS, "ListJobAuthInfos"),
    api(Method::PUT, AUTH_INFOS, "UpdateJobAuthInfo"),
    api(
        Method::DELETE,
        "/v3/{project_id}/datasource/auth-infos/{auth_info_name}",
        "DeleteJobAuthInfo",
    ),
];

/// The place in [`APIS`] of the API a request of `method` to `path` (not a template) calls.
pub(crate) fn find(method: &Method, path: &str) -> Option<usize> {
    APIS.iter()
        .position(|api| api.method == *method && fits(api.template, path))
}

/// The place in [`APIS`] of an operation.
pub(crate) fn index_of(operation: &str) -> usize {
    APIS.iter()
        .position(|api| api.operation == operation)
        .unwrap_or_else(|| panic!("{operation} is not an API of the table"))
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
/// (lossily: bad UTF-8 cannot make the fake fail).
#[derive(Debug)]
pub(crate) struct Params {
    pairs: Vec<(&'static str, String)>,
}

impl Params {
    /// The parameters of `uri` as the template of `operation` names them. The router sent
    /// the request here, so the path fits the template; a parameter it lacks is empty.
    pub(crate) fn of(operation: &str, uri: &Uri) -> Self {
        let template = APIS[index_of(operation)].template;
        let pairs = template
            .split('/')
            .zip(uri.path().split('/'))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_operation_of_the_document_is_in_the_table_once() {
        let document = include_str!("../../../openapi/dli.yaml");
        let documented: Vec<&str> = document
            .lines()
            .filter_map(|line| line.trim().strip_prefix("operationId:"))
            .map(str::trim)
            .collect();
        assert_eq!(documented.len(), APIS.len());
        for id in documented {
            assert_eq!(
                APIS.iter().filter(|api| api.operation == id).count(),
                1,
                "{id}"
            );
        }
    }

    #[test]
    fn requests_find_their_api_and_its_parameters() {
        let connection =
            "/v2.0/p1/datasource/enhanced-connections/2a620c33-5609-40c9-affd-2b6453071b0f";
        let found = |method: Method, path: &str| find(&method, path).map(|i| APIS[i].operation);
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
        let params = Params::of("DeleteRouteFromEnhancedConnection", &uri);
        assert_eq!(params.get("project_id"), "p 1");
        assert_eq!(params.get("connection_id"), "c1");
        assert_eq!(params.get("name"), "r/1");
        assert_eq!(params.get("queue_name"), "");
    }
}
