//! `dli fake serve`: the fake DLI of `dli-fake`, with its own options and serve loop.

use dli_fake::cli::{ServeArgs, ServeError, serve as serve_fake};

use crate::outcome::{CommandError, Exit};

/// Serves until Ctrl-C; the first line of stdout is `listening on http://HOST:PORT`.
pub async fn serve(args: ServeArgs) -> Result<Exit, CommandError> {
    match serve_fake(args, &mut std::io::stdout()).await {
        Ok(()) => Ok(Exit::Done),
        Err(error @ (ServeError::Usage(_) | ServeError::Listen { .. })) => {
            Err(CommandError::Usage(crate::outcome::chain(&error)))
        }
        Err(error) => Err(CommandError::Failed(crate::outcome::chain(&error))),
    }
}
