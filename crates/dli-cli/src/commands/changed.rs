//! How a command that changed something says so: a line, or DLI's answer as JSON.

use std::io::Write;

use serde::Serialize;

use crate::cli::TextOutput;
use crate::outcome::CommandError;

/// Prints `<subject>  <what>  (request id …)` or, for JSON, the answer's body.
pub fn report<T: Serialize>(
    out: &mut impl Write,
    output: TextOutput,
    subject: &str,
    what: &str,
    response: &dli_client::Response<T>,
) -> Result<(), CommandError> {
    match output {
        TextOutput::Json => json(out, response.body()),
        TextOutput::Text => {
            let mut line = format!("{subject}  {what}");
            if let Some(request_id) = response.request_id() {
                line.push_str(&format!("  (request id {request_id})"));
            }
            writeln!(out, "{line}")?;
            Ok(())
        }
    }
}

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
