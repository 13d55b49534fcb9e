//! Which handler answers which path: the API behind the gateway's authentication and
//! throttle, and the fake's own `/_fake/` endpoints.

use std::sync::Arc;

use axum::Router;
use axum::routing::{MethodFilter, MethodRouter, get, on, post};

use crate::app::App;
use crate::paths::{APIS, Api};
use crate::{admin, api, auth, throttle};

/// The handler of an API of [`APIS`], for the API's method.
fn handler(api: &Api) -> MethodRouter<Arc<App>> {
    // The table holds the four methods DLI uses, each one a method filter.
    let method = MethodFilter::try_from(api.method.clone())
        .unwrap_or_else(|_| unreachable!("{} has no method filter", api.method));
    match api.operation {
        "CreateEnhancedConnection" => on(method, api::create),
        "ListEnhancedConnections" => on(method, api::list),
        "ShowEnhancedConnection" => on(method, api::show),
        "UpdateEnhancedConnection" => on(method, api::update),
        "DeleteEnhancedConnection" => on(method, api::delete),
        "AssociateQueueToEnhancedConnection" => on(method, api::bind),
        "DisassociateQueueFromEnhancedConnection" => on(method, api::unbind),
        "ShowEnhancedConnectionPrivilege" => on(method, api::privileges),
        "CreateRouteToEnhancedConnection" => on(method, api::add_route),
        "DeleteRouteFromEnhancedConnection" => on(method, api::delete_route),
        "RunAuthorizationAction" => on(method, api::authorize),
        "BatchCreateResourceTags" => on(method, api::add_tags),
        "BatchDeleteResourceTags" => on(method, api::remove_tags),
        "ShowResourceTags" => on(method, api::tags),
        "CreateConnectivityTask" => on(method, api::start_test),
        "ShowConnectivityTask" => on(method, api::show_test),
        "ListQueues" => on(method, api::list_queues),
        "ListElasticResourcePools" => on(method, api::list_pools),
        "CreateJobAuthInfo" => on(method, api::create_auth_info),
        "ListJobAuthInfos" => on(method, api::list_auth_infos),
        "UpdateJobAuthInfo" => on(method, api::update_auth_info),
        "DeleteJobAuthInfo" => on(method, api::delete_auth_info),
        other => unreachable!("{other} has no handler"),
    }
}

pub(crate) fn router(app: Arc<App>) -> Router {
    // Each API of the table at its template and method.
    let api = APIS
        .iter()
        .fold(Router::new(), |router, api| {
            router.route(api.template, handler(api))
        })
        // Layers run outside in: authentication first, then the throttle of the API, then
        // the project in the path.
        .route_layer(axum::middleware::from_fn(api::project_in_path))
        .route_layer(axum::middleware::from_fn_with_state(
            app.throttle.clone(),
            throttle::gateway,
        ))
        .route_layer(axum::middleware::from_fn_with_state(
            Arc::clone(&app),
            auth::gateway,
        ));
    let admin = Router::new()
        .route(
            "/_fake/faults",
            get(admin::list_faults)
                .post(admin::add_fault)
                .delete(admin::clear_faults),
        )
        .route("/_fake/peering-failures", post(admin::fail_peerings))
        .route("/_fake/stats", get(admin::stats));
    api.merge(admin)
        .fallback(api::unknown_api)
        .method_not_allowed_fallback(api::unknown_api)
        .with_state(app)
}
