//! The fake's command line: the options and the serve loop that both the `dli-fake` binary
//! and `dli fake serve` run. Behind the `cli` feature, so that the library alone does not
//! pull in clap.

use std::io::Write;
use std::net::SocketAddr;
use std::num::NonZeroU32;
use std::time::Duration;

use crate::{FakeConfig, FakeDli};

/// Where the fake listens, what it accepts and how it behaves. Its `Debug` shows whether
/// each secret is set, never the secret.
#[derive(Clone, clap::Args)]
pub struct ServeArgs {
    /// The address to listen on.
    #[arg(long, default_value = "127.0.0.1:0", value_name = "ADDR")]
    pub listen: SocketAddr,
    /// An access key to accept (default: HUAWEICLOUD_SDK_AK).
    #[arg(long, env = "HUAWEICLOUD_SDK_AK", hide_env_values = true)]
    pub ak: Option<String>,
    /// Its secret key (default: HUAWEICLOUD_SDK_SK).
    #[arg(long, env = "HUAWEICLOUD_SDK_SK", hide_env_values = true)]
    pub sk: Option<String>,
    /// The security token that must come with the AK/SK, making them temporary credentials
    /// (default: HUAWEICLOUD_SDK_SECURITY_TOKEN).
    #[arg(long, env = "HUAWEICLOUD_SDK_SECURITY_TOKEN", hide_env_values = true)]
    pub security_token: Option<String>,
    /// An IAM token to accept in X-Auth-Token.
    #[arg(long)]
    pub token: Option<String>,
    /// Answer at most N calls a second per API, such as 200/s; beyond it, 429 APIGW.0308
    /// without Retry-After, as DLI's gateway does.
    #[arg(long, value_name = "N/s", value_parser = parse_rate)]
    pub throttle: Option<NonZeroU32>,
    /// How the throttle counts a second's calls: fixed (whole seconds, as the gateway's
    /// "limit:N, time:1 second" reads) or bucket (a token bucket holding one second's calls).
    #[arg(long, value_enum, default_value = "bucket", value_name = "WINDOW")]
    pub throttle_window: crate::ThrottleWindow,
    /// How long a new connection stays CREATING, such as 500ms or 2s.
    #[arg(long, default_value = "1s", value_name = "DURATION", value_parser = humantime::parse_duration)]
    pub creating_for: Duration,
    /// Make the peering with this queue or pool fail once created, as NAME=REASON
    /// (repeatable); the reason is shown in err_msg.
    #[arg(long = "fail-peering", value_name = "NAME=REASON", value_parser = parse_failing)]
    pub fail_peering: Vec<(String, String)>,
    /// How long a connectivity test answers CHECKING before its result, such as 200ms.
    #[arg(long, default_value = "200ms", value_name = "DURATION", value_parser = humantime::parse_duration)]
    pub test_takes: Duration,
    /// The project's queues (repeat, or give several): ListQueues lists them, and a bind,
    /// create or connectivity test naming another queue is refused (400 DLI.0002). Without
    /// it the queues are etl_queue and sql_queue.
    #[arg(long = "queue", value_name = "NAME", num_args = 1..)]
    pub queues: Vec<String>,
    /// The project's elastic resource pools, as --queue is for queues. Without it the pools
    /// are pool_etl and pool_ml.
    #[arg(long = "pool", value_name = "NAME", num_args = 1..)]
    pub pools: Vec<String>,
}

impl std::fmt::Debug for ServeArgs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let redacted = |secret: &Option<String>| secret.as_ref().map(|_| "<redacted>");
        f.debug_struct("ServeArgs")
            .field("listen", &self.listen)
            .field("ak", &self.ak)
            .field("sk", &redacted(&self.sk))
            .field("security_token", &redacted(&self.security_token))
            .field("token", &redacted(&self.token))
            .field("throttle", &self.throttle)
            .field("throttle_window", &self.throttle_window)
            .field("creating_for", &self.creating_for)
            .field("fail_peering", &self.fail_peering)
            .field("test_takes", &self.test_takes)
            .field("queues", &self.queues)
            .field("pools", &self.pools)
            .finish()
    }
}

/// `NAME=REASON`, both not empty.
fn parse_failing(text: &str) -> Result<(String, String), String> {
    match text.split_once('=') {
        Some((name, reason)) if !name.is_empty() && !reason.is_empty() => {
            Ok((name.to_owned(), reason.to_owned()))
        }
        _ => Err(format!(
            "{text:?}: give NAME=REASON, such as pool_etl=no free addresses"
        )),
    }
}

/// Why the fake could not serve.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ServeError {
    /// The options contradict each other or accept nothing; the message says what to give.
    #[error("{0}")]
    Usage(&'static str),
    /// The address cannot be listened on.
    #[error("cannot listen on {addr}")]
    Listen {
        /// The address.
        addr: SocketAddr,
        /// Why.
        #[source]
        source: std::io::Error,
    },
    /// Writing the `listening on` line failed.
    #[error("cannot write the address")]
    Output(#[source] std::io::Error),
    /// Ctrl-C cannot be waited for.
    #[error("cannot wait for Ctrl-C")]
    Signal(#[source] std::io::Error),
}

/// The queues `dli fake serve` lists when given no `--queue`.
pub const DEFAULT_QUEUES: [&str; 2] = ["etl_queue", "sql_queue"];

/// The elastic resource pools `dli fake serve` lists when given no `--pool`.
pub const DEFAULT_POOLS: [&str; 2] = ["pool_etl", "pool_ml"];

impl ServeArgs {
    /// The configuration these options describe; contradictory options are an error that
    /// says what to give.
    pub fn config(self) -> Result<FakeConfig, ServeError> {
        let mut config = FakeConfig::default()
            .listen(self.listen)
            .creating_for(self.creating_for)
            .test_takes(self.test_takes);
        for (name, reason) in self.fail_peering {
            config = config.failing_peering(name, reason);
        }
        // One way to answer: a name is checked against the listed set, given or default.
        let or_default = |given: Vec<String>, default: &[&str]| {
            if given.is_empty() {
                default.iter().map(|name| (*name).to_owned()).collect()
            } else {
                given
            }
        };
        config = config
            .with_queues(or_default(self.queues, &DEFAULT_QUEUES))
            .with_pools(or_default(self.pools, &DEFAULT_POOLS));
        config = match (self.ak, self.sk, self.security_token) {
            (Some(ak), Some(sk), None) => config.with_key(ak, sk),
            (Some(ak), Some(sk), Some(token)) => config.with_temporary_key(ak, sk, token),
            (None, None, None) => config,
            (None, None, Some(_)) => {
                return Err(ServeError::Usage("--security-token needs --ak and --sk"));
            }
            (Some(_), None, _) => {
                return Err(ServeError::Usage("--ak needs --sk (or HUAWEICLOUD_SDK_SK)"));
            }
            (None, Some(_), _) => {
                return Err(ServeError::Usage("--sk needs --ak (or HUAWEICLOUD_SDK_AK)"));
            }
        };
        if let Some(token) = self.token {
            config = config.with_token(token);
        }
        if let Some(per_second) = self.throttle {
            config = config
                .throttle(per_second)
                .throttle_window(self.throttle_window);
        }
        if config.keys.is_empty() && config.tokens.is_empty() {
            return Err(ServeError::Usage(
                "nothing would be accepted: give --ak and --sk, or --token",
            ));
        }
        Ok(config)
    }
}

/// Serves until Ctrl-C; the first line written to `out` is `listening on http://HOST:PORT`.
pub async fn serve(args: ServeArgs, out: &mut impl Write) -> Result<(), ServeError> {
    let addr = args.listen;
    let fake = FakeDli::start(args.config()?)
        .await
        .map_err(|source| ServeError::Listen { addr, source })?;
    writeln!(out, "listening on {}", fake.base_url())
        .and_then(|()| out.flush())
        .map_err(ServeError::Output)?;
    tokio::signal::ctrl_c().await.map_err(ServeError::Signal)?;
    fake.shutdown().await;
    Ok(())
}

/// A rate such as `200/s` or `200`: calls a second, at least 1.
pub fn parse_rate(text: &str) -> Result<NonZeroU32, String> {
    let number = text.trim().strip_suffix("/s").unwrap_or(text.trim());
    number
        .parse::<NonZeroU32>()
        .map_err(|_| format!("{text:?} is not a rate such as 200/s (a whole number above 0)"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(line: &[&str]) -> Result<ServeArgs, clap::Error> {
        #[derive(clap::Parser)]
        struct Line {
            #[command(flatten)]
            args: ServeArgs,
        }
        let line = [&["dli-fake"], line].concat();
        <Line as clap::Parser>::try_parse_from(line).map(|line| line.args)
    }

    #[test]
    fn debug_shows_no_secret() {
        let parsed = args(&[
            "--ak",
            "VISIBLE-AK",
            "--sk",
            "sk-never-shown",
            "--security-token",
            "st-never-shown",
            "--token",
            "token-never-shown",
        ])
        .expect("parses");
        let shown = format!("{parsed:?}");
        assert!(shown.contains("VISIBLE-AK"), "{shown}");
        for secret in ["sk-never-shown", "st-never-shown", "token-never-shown"] {
            assert!(!shown.contains(secret), "{shown}");
        }
        assert_eq!(shown.matches("<redacted>").count(), 3, "{shown}");
    }

    #[test]
    fn rates_are_checked() {
        assert_eq!(parse_rate("200/s").map(NonZeroU32::get), Ok(200));
        assert_eq!(parse_rate(" 7 ").map(NonZeroU32::get), Ok(7));
        assert!(parse_rate("0/s").is_err() && parse_rate("fast").is_err());
    }

    #[test]
    fn options_become_a_configuration_or_say_what_is_missing() {
        let config = args(&["--ak", "A", "--sk", "S", "--throttle", "50/s"])
            .expect("parses")
            .config()
            .expect("valid");
        assert_eq!(config.keys.len(), 1);
        assert_eq!(config.throttle.map(NonZeroU32::get), Some(50));
        let refused = |line: &[&str]| match args(line).expect("parses").config() {
            Err(ServeError::Usage(message)) => message,
            other => panic!("{line:?} was accepted: {other:?}"),
        };
        assert!(refused(&["--ak", "A"]).contains("--sk"));
        assert!(refused(&["--security-token", "T"]).contains("--ak and --sk"));
        assert!(refused(&[]).contains("nothing would be accepted"));
        assert!(args(&["--throttle", "0/s", "--token", "t"]).is_err());
    }

    #[test]
    fn without_queues_or_pools_the_default_set_is_listed_and_checked() {
        let names = |set: &Option<std::collections::BTreeSet<String>>| -> Vec<String> {
            set.iter().flatten().cloned().collect()
        };
        let config = args(&["--token", "t"])
            .expect("parses")
            .config()
            .expect("valid");
        assert_eq!(names(&config.queues), DEFAULT_QUEUES);
        assert_eq!(names(&config.pools), DEFAULT_POOLS);
        let given = args(&["--token", "t", "--pool", "pool_x"])
            .expect("parses")
            .config()
            .expect("valid");
        assert_eq!(names(&given.pools), ["pool_x"]);
        assert_eq!(
            names(&given.queues),
            DEFAULT_QUEUES,
            "each has its own default"
        );
    }
}
