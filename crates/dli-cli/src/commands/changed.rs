//! What the commands share: printing a value as JSON.

use std::io::Write;

use serde::Serialize;

use crate::outcome::CommandError;

/// Prints a value as one line of JSON.
pub fn json<T: Serialize + ?Sized>(out: &mut impl Write, value: &T) -> Result<(), CommandError> {
    let text = serde_json::to_string(value).map_err(std::io::Error::other)?;
    writeln!(out, "{text}")?;
    Ok(())
}
