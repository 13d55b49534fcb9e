//! `dli-fake`: run the fake DLI from the command line.

use std::io::Write;
use std::net::SocketAddr;
use std::time::Duration;

use anyhow::{Context, bail};
use clap::Parser;
use dli_fake::{FakeConfig, FakeDli};

/// An in-memory fake of DLI's enhanced-connection API, for tests and local development.
///
/// Prints `listening on http://HOST:PORT` as its first line, then serves until interrupted.
#[derive(Parser)]
#[command(version)]
struct Args {
    /// The address to listen on.
    #[arg(long, default_value = "127.0.0.1:0")]
    listen: SocketAddr,
    /// An access key to accept (default: HUAWEICLOUD_SDK_AK).
    #[arg(long, env = "HUAWEICLOUD_SDK_AK", hide_env_values = true)]
    ak: Option<String>,
    /// Its secret key (default: HUAWEICLOUD_SDK_SK).
    #[arg(long, env = "HUAWEICLOUD_SDK_SK", hide_env_values = true)]
    sk: Option<String>,
    /// An IAM token to accept in X-Auth-Token.
    #[arg(long)]
    token: Option<String>,
    /// How long a new connection stays CREATING, such as 500ms or 2s.
    #[arg(long, default_value = "1s", value_parser = humantime::parse_duration)]
    creating_for: Duration,
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let mut config = FakeConfig::default()
        .listen(args.listen)
        .creating_for(args.creating_for);
    match (args.ak, args.sk) {
        (Some(ak), Some(sk)) => config = config.with_key(ak, sk),
        (None, None) => {}
        (Some(_), None) => bail!("--ak needs --sk (or HUAWEICLOUD_SDK_SK)"),
        (None, Some(_)) => bail!("--sk needs --ak (or HUAWEICLOUD_SDK_AK)"),
    }
    if let Some(token) = args.token {
        config = config.with_token(token);
    }
    if config.keys.is_empty() && config.tokens.is_empty() {
        bail!("nothing would be accepted: give --ak and --sk, or --token");
    }
    let fake = FakeDli::start(config)
        .await
        .with_context(|| format!("cannot listen on {}", args.listen))?;
    let mut stdout = std::io::stdout();
    writeln!(stdout, "listening on {}", fake.base_url())?;
    stdout.flush()?;
    tokio::signal::ctrl_c()
        .await
        .context("cannot wait for Ctrl-C")?;
    fake.shutdown().await;
    Ok(())
}
