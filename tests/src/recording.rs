//! [`RecordingServer`]: a real HTTP server on 127.0.0.1 that answers with scripted replies
//! and records every request exactly as it arrived, so tests can assert on the wire.

use std::collections::VecDeque;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use axum::body::{Body, to_bytes};
use axum::http::{HeaderName, HeaderValue, Request, Response, StatusCode};
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

/// The largest request body the server records.
const BODY_LIMIT: usize = 1 << 20;

/// A request as it reached the server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordedRequest {
    /// The method, such as `DELETE`.
    pub method: String,
    /// The path, without the query.
    pub path: String,
    /// The raw query string, if any.
    pub query: Option<String>,
    /// Every header in arrival order, names lower-case, values lossily decoded.
    pub headers: Vec<(String, String)>,
    /// The body.
    pub body: Vec<u8>,
}

impl RecordedRequest {
    /// The value of the first header with this (lower-case) name.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
    }
}

/// A scripted answer.
#[derive(Debug, Clone)]
pub struct Reply {
    status: u16,
    headers: Vec<(String, String)>,
    body: String,
    delay: Duration,
}

impl Reply {
    /// A JSON answer with this status and body.
    pub fn json(status: u16, body: impl Into<String>) -> Self {
        Self {
            status,
            headers: vec![("content-type".into(), "application/json".into())],
            body: body.into(),
            delay: Duration::ZERO,
        }
    }

    /// An answer with this status, content type and body.
    pub fn raw(status: u16, content_type: &str, body: impl Into<String>) -> Self {
        Self {
            status,
            headers: vec![("content-type".into(), content_type.into())],
            body: body.into(),
            delay: Duration::ZERO,
        }
    }

    /// Waits this long before answering.
    pub fn delayed(mut self, delay: Duration) -> Self {
        self.delay = delay;
        self
    }

    /// Adds a header to the answer.
    pub fn header(mut self, name: &str, value: &str) -> Self {
        self.headers.push((name.to_owned(), value.to_owned()));
        self
    }

    fn to_response(&self) -> Response<Body> {
        let mut response = Response::new(Body::from(self.body.clone()));
        *response.status_mut() =
            StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        for (name, value) in &self.headers {
            if let (Ok(name), Ok(value)) = (
                HeaderName::try_from(name.as_str()),
                HeaderValue::try_from(value.as_str()),
            ) {
                response.headers_mut().append(name, value);
            }
        }
        response
    }
}

#[derive(Debug)]
struct Script {
    replies: VecDeque<Reply>,
    requests: Vec<RecordedRequest>,
}

/// A loopback HTTP server that answers with scripted replies, in order (the last one
/// repeats), and records every request. It stops when dropped.
#[derive(Debug)]
pub struct RecordingServer {
    addr: SocketAddr,
    script: Arc<Mutex<Script>>,
    shutdown: Option<oneshot::Sender<()>>,
    task: JoinHandle<()>,
}

impl RecordingServer {
    /// Starts the server on an ephemeral port of 127.0.0.1.
    pub async fn start(replies: impl IntoIterator<Item = Reply>) -> std::io::Result<Self> {
        let script = Arc::new(Mutex::new(Script {
            replies: replies.into_iter().collect(),
            requests: Vec::new(),
        }));
        let listener = TcpListener::bind("127.0.0.1:0").await?;
        let addr = listener.local_addr()?;
        let (shutdown, stopped) = oneshot::channel::<()>();
        let shared = Arc::clone(&script);
        let app = axum::Router::new().fallback(move |request: Request<Body>| {
            let script = Arc::clone(&shared);
            async move { record_and_reply(&script, request).await }
        });
        let task = tokio::spawn(async move {
            let server = axum::serve(listener, app).with_graceful_shutdown(async move {
                let _ = stopped.await;
            });
            let _ = server.await;
        });
        Ok(Self {
            addr,
            script,
            shutdown: Some(shutdown),
            task,
        })
    }

    /// The base URL, such as `http://127.0.0.1:40123`, without a trailing slash.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The `host:port` the server listens on.
    pub fn authority(&self) -> String {
        self.addr.to_string()
    }

    /// Every request received so far, oldest first.
    pub fn requests(&self) -> Vec<RecordedRequest> {
        lock(&self.script).requests.clone()
    }
}

impl Drop for RecordingServer {
    fn drop(&mut self) {
        if let Some(shutdown) = self.shutdown.take() {
            let _ = shutdown.send(());
        }
        self.task.abort();
    }
}

fn lock(script: &Mutex<Script>) -> std::sync::MutexGuard<'_, Script> {
    script.lock().unwrap_or_else(PoisonError::into_inner)
}

async fn record_and_reply(script: &Mutex<Script>, request: Request<Body>) -> Response<Body> {
    let (parts, body) = request.into_parts();
    let body = to_bytes(body, BODY_LIMIT)
        .await
        .unwrap_or_default()
        .to_vec();
    let recorded = RecordedRequest {
        method: parts.method.to_string(),
        path: parts.uri.path().to_owned(),
        query: parts.uri.query().map(str::to_owned),
        headers: parts
            .headers
            .iter()
            .map(|(name, value)| {
                (
                    name.as_str().to_owned(),
                    String::from_utf8_lossy(value.as_bytes()).into_owned(),
                )
            })
            .collect(),
        body,
    };
    let reply = {
        let mut script = lock(script);
        script.requests.push(recorded);
        if script.replies.len() > 1 {
            script.replies.pop_front()
        } else {
            script.replies.front().cloned()
        }
    };
    if let Some(delay) = reply.as_ref().map(|reply| reply.delay) {
        tokio::time::sleep(delay).await;
    }
    match reply {
        Some(reply) => reply.to_response(),
        None => Reply::json(
            500,
            r#"{"error_code":"TEST","error_msg":"no reply scripted"}"#,
        )
        .to_response(),
    }
}
