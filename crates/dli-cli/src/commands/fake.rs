//! `dli fake serve`: the fake DLI of `dli-fake`, from this command line.

use std::io::Write;

use dli_fake::{FakeConfig, FakeDli};

use crate::cli::ServeArgs;
use crate::outcome::{CommandError, Exit};

/// Serves until Ctrl-C; the first line of stdout is `listening on http://HOST:PORT`.
pub async fn serve(args: ServeArgs) -> Result<Exit, CommandError> {
    let mut config = FakeConfig::default()
        .listen(args.listen)
        .creating_for(args.creating_for);
    let usage = |message: &str| Err(CommandError::Usage(message.to_owned()));
    match (args.ak, args.sk, args.security_token) {
        (Some(ak), Some(sk), None) => config = config.with_key(ak, sk),
        (Some(ak), Some(sk), Some(token)) => config = config.with_temporary_key(ak, sk, token),
        (None, None, None) => {}
        (None, None, Some(_)) => return usage("--security-token needs --ak and --sk"),
        (Some(_), None, _) => return usage("--ak needs --sk (or HUAWEICLOUD_SDK_SK)"),
        (None, Some(_), _) => return usage("--sk needs --ak (or HUAWEICLOUD_SDK_AK)"),
    }
    if let Some(token) = args.token {
        config = config.with_token(token);
    }
    if let Some(rate) = args.throttle {
        config = config.throttle(rate);
    }
    if config.keys.is_empty() && config.tokens.is_empty() {
        return usage("nothing would be accepted: give --ak and --sk, or --token");
    }
    let fake = FakeDli::start(config).await.map_err(|error| {
        CommandError::Usage(format!("cannot listen on {}: {error}", args.listen))
    })?;
    let mut out = std::io::stdout();
    writeln!(out, "listening on {}", fake.base_url())?;
    out.flush()?;
    tokio::signal::ctrl_c()
        .await
        .map_err(|error| CommandError::Failed(format!("cannot wait for Ctrl-C: {error}")))?;
    fake.shutdown().await;
    Ok(Exit::Done)
}
