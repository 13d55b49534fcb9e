//! The servers the rows run against, each in a process of its own so that its work is not
//! counted as the client's: a static responder (the ceiling) and `dli fake serve`.

use std::convert::Infallible;
use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Child, Command, Stdio};

use anyhow::{Context, bail};
use http_body_util::Full;
use hyper::body::Bytes;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, Response};
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;

/// The body DLI's documentation shows for a delete.
pub const DELETED: &str = r#"{"is_success": true, "message": "Deleted"}"#;

/// Answers every request with the seed's body, verifying nothing; prints where it listens.
pub async fn serve_static() -> anyhow::Result<()> {
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    println!("listening on http://{}", listener.local_addr()?);
    std::io::stdout().flush()?;
    answer_all(listener, 200).await
}

/// Answers every request on `listener` with `status` and the seed's body.
pub async fn answer_all(listener: TcpListener, status: u16) -> anyhow::Result<()> {
    let status = hyper::StatusCode::from_u16(status)?;
    loop {
        let (stream, _) = listener.accept().await?;
        tokio::spawn(async move {
            let service = service_fn(move |_request: Request<hyper::body::Incoming>| async move {
                let mut response = Response::new(Full::new(Bytes::from_static(DELETED.as_bytes())));
                *response.status_mut() = status;
                let headers = response.headers_mut();
                headers.insert(
                    "content-type",
                    hyper::header::HeaderValue::from_static("application/json"),
                );
                headers.insert(
                    "x-request-id",
                    hyper::header::HeaderValue::from_static("0a9b2e6f3c1d4e5fa6b7c8d9e0f1a2b3"),
                );
                Ok::<_, Infallible>(response)
            });
            let _ = http1::Builder::new()
                .serve_connection(TokioIo::new(stream), service)
                .await;
        });
    }
}

/// A server process, stopped when dropped.
pub struct Server {
    child: Child,
    /// Its base URL.
    pub url: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts a server whose first line of output is `listening on URL`.
fn start(mut command: Command) -> anyhow::Result<Server> {
    let mut child = command
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .context("cannot start a server")?;
    let stdout = child.stdout.take().context("no stdout")?;
    let mut first = String::new();
    BufReader::new(stdout).read_line(&mut first)?;
    let Some(url) = first.trim().strip_prefix("listening on ") else {
        let _ = child.kill();
        bail!("the server said {first:?} instead of where it listens");
    };
    Ok(Server {
        url: url.to_owned(),
        child,
    })
}

/// This binary's static responder.
pub fn static_responder() -> anyhow::Result<Server> {
    let mut command = Command::new(std::env::current_exe()?);
    command.arg("serve-static");
    start(command)
}

/// `dli fake serve` with the benchmark's key.
pub fn fake(dli: &Path, ak: &str, sk: &str) -> anyhow::Result<Server> {
    let mut command = Command::new(dli);
    command
        .args([
            "fake",
            "serve",
            "--ak",
            ak,
            "--sk",
            sk,
            "--creating-for",
            "0s",
            // The names the soak binds and tests from.
            "--queue",
            "etl_queue",
            "--pool",
            "pool_soak",
        ])
        .env_clear();
    start(command)
}
