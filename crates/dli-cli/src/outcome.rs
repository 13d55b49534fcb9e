//! How a command ends: its exit code, and the errors that decide it.

use std::process::ExitCode;

/// The exit codes `--help` documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// Everything asked for was done.
    Done,
    /// At least one thing failed.
    Failed,
    /// Usage or configuration error; nothing was sent.
    Usage,
    /// `dli plan --detailed-exitcode`: the plan has changes.
    Changes,
    /// Interrupted: nothing new was started after Ctrl-C.
    Interrupted,
}

impl Exit {
    /// The process's exit code.
    pub fn code(self) -> u8 {
        match self {
            Exit::Done => 0,
            Exit::Failed => 1,
            Exit::Usage | Exit::Changes => 2,
            Exit::Interrupted => 130,
        }
    }
}

impl From<Exit> for ExitCode {
    fn from(exit: Exit) -> Self {
        ExitCode::from(exit.code())
    }
}

/// Why a command stopped early.
#[derive(Debug, thiserror::Error)]
pub enum CommandError {
    /// The input or the configuration is wrong; nothing was sent.
    #[error("{0}")]
    Usage(String),
    /// Something was sent, and what came back is not what was asked for.
    #[error("{0}")]
    Failed(String),
    /// A call failed.
    #[error(transparent)]
    Call(#[from] dli_client::Error),
    /// Writing the output failed (a closed pipe, for example).
    #[error("cannot write the output")]
    Output(#[from] std::io::Error),
}

impl From<crate::ids::InvalidIds> for CommandError {
    fn from(error: crate::ids::InvalidIds) -> Self {
        Self::Usage(error.to_string())
    }
}

impl CommandError {
    /// The exit code this error ends the command with.
    pub fn exit(&self) -> Exit {
        match self {
            Self::Usage(_) => Exit::Usage,
            Self::Call(dli_client::Error::InvalidRequest(_)) => Exit::Usage,
            Self::Call(_) | Self::Failed(_) | Self::Output(_) => Exit::Failed,
        }
    }
}

/// An error and every cause under it, joined by `": "`: each error's `Display` tells only
/// its own part, so the whole story is the chain.
pub fn chain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        let part = cause.to_string();
        // A wrapper that repeats its cause word for word (`#[error(transparent)]`) adds
        // nothing.
        if !text.ends_with(&part) {
            text.push_str(": ");
            text.push_str(&part);
        }
        source = cause.source();
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, thiserror::Error)]
    #[error("outer")]
    struct Outer(#[source] std::io::Error);

    #[test]
    fn the_chain_names_every_cause_once() {
        let error = Outer(std::io::Error::other("inner"));
        assert_eq!(chain(&error), "outer: inner");
        let transparent = CommandError::Output(std::io::Error::other("closed"));
        assert_eq!(chain(&transparent), "cannot write the output: closed");
    }
}
