//! Serving the fake: the accept loop, fault injection in front of the router, request ids,
//! and shutdown.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::http::{HeaderValue, Request, Response, StatusCode, header};
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::net::TcpListener;
use tokio::sync::watch;
use tokio::task::{JoinHandle, JoinSet};
use tower::ServiceExt;
use uuid::Uuid;

use crate::app::App;
use crate::config::FakeConfig;
use crate::faults::{Fault, FaultAction, Faults};
use crate::injected::injected;
use crate::paths::Matched;
use crate::reply::RequestId;
use crate::router::router;
use crate::store::Store;

/// A running fake DLI. Dropping it stops it; [`FakeDli::shutdown`] stops it and waits.
#[derive(Debug)]
pub struct FakeDli {
    addr: SocketAddr,
    app: Arc<App>,
    stop: watch::Sender<bool>,
    task: Option<JoinHandle<()>>,
}

/// The connection is closed without an answer (the `drop` fault).
#[derive(Debug)]
pub(crate) struct Dropped;

impl std::fmt::Display for Dropped {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("connection dropped by fault injection")
    }
}

impl std::error::Error for Dropped {}

impl FakeDli {
    /// Starts the fake on `config.listen` (by default an ephemeral port of 127.0.0.1).
    pub async fn start(config: FakeConfig) -> std::io::Result<Self> {
        let listener = TcpListener::bind(config.listen).await?;
        let addr = listener.local_addr()?;
        let app = App::new(config);
        let router = router(Arc::clone(&app));
        let (stop, stopped) = watch::channel(false);
        let task = tokio::spawn(serve(listener, Arc::clone(&app), router, stopped));
        Ok(Self {
            addr,
            app,
            stop,
            task: Some(task),
        })
    }

    /// The address it listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The base URL, such as `http://127.0.0.1:40123`.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The fault queue.
    pub fn faults(&self) -> &Faults {
        &self.app.faults
    }

    /// Queues a fault.
    pub fn inject(&self, fault: Fault) {
        self.app.faults.push(fault);
    }

    /// How many calls the throttle refused with `429` so far (0 without a throttle).
    pub fn throttled(&self) -> u64 {
        self.app
            .throttle
            .as_ref()
            .map_or(0, |throttle| throttle.refused())
    }

    /// How many API requests arrived so far, those answered by an injected fault included.
    pub fn requests(&self) -> u64 {
        self.app.requests.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// What the fake served so far: requests by operation id, `429`s, connections by status.
    pub fn stats(&self) -> crate::Stats {
        self.app.stats()
    }

    /// How many times this access key failed to authenticate.
    pub fn auth_failures(&self, access_key: &str) -> u64 {
        self.app.lockout.failures(access_key)
    }

    /// Whether this access key is locked after failed authentications.
    pub fn is_locked(&self, access_key: &str) -> bool {
        self.app.lockout.is_locked(access_key)
    }

    /// The stored connections.
    pub fn store(&self) -> &Store {
        &self.app.store
    }

    /// Stops accepting, closes every connection and waits for the server to end.
    pub async fn shutdown(mut self) {
        let _ = self.stop.send(true);
        if let Some(task) = self.task.take() {
            let _ = task.await;
        }
    }
}

impl Drop for FakeDli {
    fn drop(&mut self) {
        let _ = self.stop.send(true);
    }
}

async fn serve(
    listener: TcpListener,
    app: Arc<App>,
    router: Router,
    mut stopped: watch::Receiver<bool>,
) {
    let mut connections = JoinSet::new();
    loop {
        while connections.try_join_next().is_some() {}
        let accepted = tokio::select! {
            _ = stopped.changed() => break,
            accepted = listener.accept() => accepted,
        };
        let Ok((stream, _)) = accepted else {
            // Out of file descriptors, for example: wait instead of spinning.
            tokio::time::sleep(Duration::from_millis(10)).await;
            continue;
        };
        let read_timeout = app.config.read_timeout;
        let app = Arc::clone(&app);
        let router = router.clone();
        let service = hyper::service::service_fn(move |request: Request<Incoming>| {
            handle(Arc::clone(&app), router.clone(), request.map(Body::new))
        });
        connections.spawn(async move {
            let _ = hyper::server::conn::http1::Builder::new()
                .timer(TokioTimer::new())
                .header_read_timeout(read_timeout)
                .serve_connection(TokioIo::new(stream), service)
                .await;
        });
    }
    connections.shutdown().await;
}

/// Answers one request as the gateway and DLI would, faults first; `Err` drops the
/// connection.
pub(crate) async fn handle(
    app: Arc<App>,
    router: Router,
    request: Request<Body>,
) -> Result<Response<Body>, Dropped> {
    let request_id = Uuid::new_v4().simple().to_string();
    let path = request.uri().path().to_owned();
    let mut request = request;
    if !path.starts_with("/_fake/") {
        app.requests
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        // The one match of the request to its API, which everything after it reads.
        if let Some(matched) = Matched::of(request.method(), request.uri()) {
            app.counts.add(&matched);
            request.extensions_mut().insert(matched);
        }
    }
    let mut response = match fault_for(&app, request.method().as_str(), &path) {
        Some(FaultAction::Drop) => return Err(Dropped),
        Some(FaultAction::HandleThenDrop) => {
            drop(route(router, request, &request_id).await);
            return Err(Dropped);
        }
        Some(FaultAction::Delay { millis }) => {
            tokio::time::sleep(Duration::from_millis(millis)).await;
            route(router, request, &request_id).await
        }
        Some(action) => injected(action),
        None => route(router, request, &request_id).await,
    };
    if let Ok(value) = HeaderValue::from_str(&request_id) {
        response.headers_mut().insert("x-request-id", value);
    }
    Ok(response)
}

fn fault_for(app: &App, method: &str, path: &str) -> Option<FaultAction> {
    if path.starts_with("/_fake/") {
        return None;
    }
    app.faults.take(method, path)
}

async fn route(router: Router, mut request: Request<Body>, request_id: &str) -> Response<Body> {
    request
        .extensions_mut()
        .insert(RequestId(request_id.to_owned()));
    let mut response = match router.oneshot(request).await {
        Ok(response) => response,
        Err(never) => match never {},
    };
    // The gateway answers a method a path lacks as an unknown API (404 APIGW.0101), without
    // the `Allow` header the router adds.
    if response.status() == StatusCode::NOT_FOUND {
        response.headers_mut().remove(header::ALLOW);
    }
    response
}
