//! Which handler answers which path: the API behind the gateway's authentication and
//! throttle, and the fake's own `/_fake/` endpoints.

use std::sync::Arc;

use axum::Router;
use axum::routing::{delete, get, post, put};

use crate::app::App;
use crate::{admin, api, auth, throttle};

const CONNECTIONS: &str = "/v2.0/{project_id}/datasource/enhanced-connections";
const CONNECTION: &str = "/v2.0/{project_id}/datasource/enhanced-connections/{connection_id}";
const ROUTES: &str = "/v3/{project_id}/datasource/enhanced-connections/{connection_id}/routes";
const TAGS: &str = "/v3/{project_id}/{resource_type}/{resource_id}/tags";
const TESTS: &str = "/v1.0/{project_id}/queues/{queue_name}/connection-test";

pub(crate) fn router(app: Arc<App>) -> Router {
    let api = Router::new()
        .route(CONNECTIONS, post(api::create).get(api::list))
        .route(
            CONNECTION,
            get(api::show).put(api::update).delete(api::delete),
        )
        .route(&format!("{CONNECTION}/associate-queue"), post(api::bind))
        .route(
            &format!("{CONNECTION}/disassociate-queue"),
            post(api::unbind),
        )
        .route(&format!("{CONNECTION}/privileges"), get(api::privileges))
        .route("/v1.0/{project_id}/authorization", put(api::authorize))
        .route(ROUTES, post(api::add_route))
        .route(&format!("{ROUTES}/{{name}}"), delete(api::delete_route))
        .route(TAGS, get(api::tags))
        .route(&format!("{TAGS}/create"), post(api::add_tags))
        .route(&format!("{TAGS}/delete"), post(api::remove_tags))
        .route(TESTS, post(api::start_test))
        .route(&format!("{TESTS}/{{task_id}}"), get(api::show_test))
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
