//! Which handler answers which request: an API of the table behind the gateway's
//! authentication and throttle, and the fake's own `/_fake/` endpoints. The request was
//! matched to its API as it arrived ([`Matched`]); nothing here matches it again.

use std::sync::Arc;

use axum::Router;
use axum::extract::{Request, State};
use axum::handler::Handler;
use axum::response::Response;
use axum::routing::{get, post};
use tower::ServiceExt;

use crate::app::App;
use crate::paths::Matched;
use crate::{admin, api, auth, throttle};

pub(crate) fn router(app: Arc<App>) -> Router {
    // The APIs of the table, each request to its handler. Layers run outside in:
    // authentication first, then the throttle of the API, then the project in the path.
    let apis = Router::new()
        .fallback(serve)
        .layer(axum::middleware::from_fn(api::project_in_path))
        .layer(axum::middleware::from_fn_with_state(
            app.throttle.clone(),
            throttle::gateway,
        ))
        .layer(axum::middleware::from_fn_with_state(
            Arc::clone(&app),
            auth::gateway,
        ))
        .with_state(Arc::clone(&app));
    Router::new()
        .route(
            "/_fake/faults",
            get(admin::list_faults)
                .post(admin::add_fault)
                .delete(admin::clear_faults),
        )
        .route("/_fake/peering-failures", post(admin::fail_peerings))
        .route("/_fake/stats", get(admin::stats))
        .method_not_allowed_fallback(api::unknown_api)
        // Anything else: an API of the table, or one the gateway does not know.
        .fallback(move |request: Request| {
            let apis = apis.clone();
            async move {
                if request.extensions().get::<Matched>().is_some() {
                    apis.oneshot(request)
                        .await
                        .unwrap_or_else(|never| match never {})
                } else {
                    api::unknown_api(request).await
                }
            }
        })
        .with_state(app)
}

/// Hands a matched request to its API's handler.
async fn serve(State(app): State<Arc<App>>, request: Request) -> Response {
    let Some(matched) = request.extensions().get::<Matched>() else {
        return api::unknown_api(request).await;
    };
    // The one place that says which handler answers which operation of the table.
    match matched.api().operation {
        "CreateEnhancedConnection" => api::create.call(request, app).await,
        "ListEnhancedConnections" => api::list.call(request, app).await,
        "ShowEnhancedConnection" => api::show.call(request, app).await,
        "UpdateEnhancedConnection" => api::update.call(request, app).await,
        "DeleteEnhancedConnection" => api::delete.call(request, app).await,
        "AssociateQueueToEnhancedConnection" => api::bind.call(request, app).await,
        "DisassociateQueueFromEnhancedConnection" => api::unbind.call(request, app).await,
        "ShowEnhancedConnectionPrivilege" => api::privileges.call(request, app).await,
        "CreateRouteToEnhancedConnection" => api::add_route.call(request, app).await,
        "DeleteRouteFromEnhancedConnection" => api::delete_route.call(request, app).await,
        "RunAuthorizationAction" => api::authorize.call(request, app).await,
        "BatchCreateResourceTags" => api::add_tags.call(request, app).await,
        "BatchDeleteResourceTags" => api::remove_tags.call(request, app).await,
        "ShowResourceTags" => api::tags.call(request, app).await,
        "CreateConnectivityTask" => api::start_test.call(request, app).await,
        "ShowConnectivityTask" => api::show_test.call(request, app).await,
        "ListQueues" => api::list_queues.call(request, app).await,
        "ListElasticResourcePools" => api::list_pools.call(request, app).await,
        "CreateJobAuthInfo" => api::create_auth_info.call(request, app).await,
        "ListJobAuthInfos" => api::list_auth_infos.call(request, app).await,
        "UpdateJobAuthInfo" => api::update_auth_info.call(request, app).await,
        "DeleteJobAuthInfo" => api::delete_auth_info.call(request, app).await,
        _ => api::unknown_api(request).await,
    }
}
