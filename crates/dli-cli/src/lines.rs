//! Reading stdin a line at a time, as every command that takes `-` does: each line at most
//! [`MAX_LINE`] bytes (a longer one is an error, never read whole), `# comments` and blank
//! lines skipped.

use std::io::{BufRead, Read};

/// The longest line read from stdin.
pub const MAX_LINE: usize = 4096;

/// Why the lines could not be read.
#[derive(Debug)]
pub enum LineError<E> {
    /// Reading failed.
    Read(std::io::Error),
    /// This line (counted from 1) is longer than [`MAX_LINE`].
    TooLong(usize),
    /// What `each` said of a line.
    Content(E),
}

/// Calls `each` with the number and the content (comment cut off, trimmed) of every line
/// that has any.
pub fn content_lines<E>(
    mut reader: impl BufRead,
    mut each: impl FnMut(usize, &str) -> Result<(), E>,
) -> Result<(), LineError<E>> {
    let mut line = Vec::new();
    for number in 1.. {
        line.clear();
        let read = (&mut reader)
            .take(MAX_LINE as u64 + 1)
            .read_until(b'\n', &mut line)
            .map_err(LineError::Read)?;
        if read == 0 {
            break;
        }
        if line.len() > MAX_LINE && !line.ends_with(b"\n") {
            return Err(LineError::TooLong(number));
        }
        let text = String::from_utf8_lossy(&line);
        let content = text.split('#').next().unwrap_or("").trim();
        if !content.is_empty() {
            each(number, content).map_err(LineError::Content)?;
        }
    }
    Ok(())
}
