//! The fake's request handling without a socket, for the fuzz targets in `crates/dli-fuzz`;
//! compiled only under `--cfg fuzzing`.

use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::http::{Request, Response};

use crate::FakeConfig;
use crate::app::App;
use crate::router::router;
use crate::server::handle;

/// A fake that answers requests handed to it in the process.
#[derive(Debug)]
pub struct InProcess {
    app: Arc<App>,
    router: Router,
}

impl InProcess {
    /// A fresh fake with this configuration: an empty store, no faults, no lockouts.
    pub fn new(config: FakeConfig) -> Self {
        let app = App::new(config);
        let router = router(Arc::clone(&app));
        Self { app, router }
    }

    /// The answer to one request, or `None` when the connection would be dropped.
    pub async fn answer(&self, request: Request<Body>) -> Option<Response<Body>> {
        handle(Arc::clone(&self.app), self.router.clone(), request)
            .await
            .ok()
    }
}
