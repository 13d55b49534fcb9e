//! What the commands share: printing a value as JSON, reading one connection id.

use std::io::Write;

use serde::Serialize;

use crate::outcome::CommandError;

/// Prints a value as one line of JSON.
pub fn json<T: Serialize + ?Sized>(out: &mut impl Write, value: &T) -> Result<(), CommandError> {
    let text = serde_json::to_string(value).map_err(std::io::Error::other)?;
    writeln!(out, "{text}")?;
    Ok(())
}

/// One connection id from the command line, checked.
pub fn one_id(id: &str) -> Result<uuid::Uuid, CommandError> {
    Ok(crate::ids::collect(&[id.to_owned()], std::io::empty())?[0])
}
