//! `dli-fake`: run the fake DLI from the command line.

use std::io::Write;
use std::net::SocketAddr;
use std::num::NonZeroU32;
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
    /// The security token that must come with the AK/SK, making them temporary credentials
    /// (default: HUAWEICLOUD_SDK_SECURITY_TOKEN).
    #[arg(long, env = "HUAWEICLOUD_SDK_SECURITY_TOKEN", hide_env_values = true)]
    security_token: Option<String>,
    /// An IAM token to accept in X-Auth-Token.
    #[arg(long)]
    token: Option<String>,
    /// Answer at most N calls a second per API, such as 200/s; beyond it, 429 APIGW.0308
    /// without Retry-After, as DLI's gateway does.
    #[arg(long, value_name = "N/s", value_parser = parse_rate)]
    throttle: Option<NonZeroU32>,
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
    match (args.ak, args.sk, args.security_token) {
        (Some(ak), Some(sk), None) => config = config.with_key(ak, sk),
        (Some(ak), Some(sk), Some(token)) => config = config.with_temporary_key(ak, sk, token),
        (None, None, Some(_)) => bail!("--security-token needs --ak and --sk"),
        (None, None, None) => {}
        (Some(_), None, _) => bail!("--ak needs --sk (or HUAWEICLOUD_SDK_SK)"),
        (None, Some(_), _) => bail!("--sk needs --ak (or HUAWEICLOUD_SDK_AK)"),
    }
    if let Some(per_second) = args.throttle {
        config = config.throttle(per_second);
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

/// A rate such as `200/s` or `200`: calls a second, at least 1.
fn parse_rate(text: &str) -> Result<NonZeroU32, String> {
    let number = text.trim().strip_suffix("/s").unwrap_or(text.trim());
    number
        .parse::<NonZeroU32>()
        .map_err(|_| format!("{text:?} is not a rate such as 200/s (a whole number above 0)"))
}
