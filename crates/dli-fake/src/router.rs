//! Which handler answers which path: the API behind the gateway's authentication and
//! throttle, and the fake's own `/_fake/` endpoints.

use std::sync::Arc;

use axum::Router;
use axum::routing::{get, post};

use crate::app::App;
use crate::{admin, api, auth, throttle};

const CONNECTIONS: &str = "/v2.0/{project_id}/datasource/enhanced-connections";
const CONNECTION: &str = "/v2.0/{project_id}/datasource/enhanced-connections/{connection_id}";

pub(crate) fn router(app: Arc<App>) -> Router {
    let api = Router::new()
        .route(CONNECTIONS, post(api::create).get(api::list))
        .route(
            CONNECTION,
            get(api::show).put(api::update).delete(api::delete),
        )
        // Layers run outside in: authentication first, then the throttle of the API.
        .route_layer(axum::middleware::from_fn_with_state(
            app.throttle.clone(),
            throttle::gateway,
        ))
        .route_layer(axum::middleware::from_fn_with_state(
            Arc::clone(&app),
            auth::gateway,
        ));
    let admin = Router::new().route(
        "/_fake/faults",
        get(admin::list_faults)
            .post(admin::add_fault)
            .delete(admin::clear_faults),
    );
    api.merge(admin)
        .fallback(api::unknown_api)
        .method_not_allowed_fallback(api::unknown_api)
        .with_state(app)
}
