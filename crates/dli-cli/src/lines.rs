//! Reading stdin a line at a time, as every command that takes `-` does: each line at most
//! [`MAX_LINE`] bytes (a longer one is an error, never read whole), at most [`MAX_LINES`]
//! lines, `# comments` and blank lines skipped.

use std::io::{BufRead, Read};

/// The longest line read from stdin.
pub const MAX_LINE: usize = 4096;
/// The most lines read from stdin, blank and comment lines included.
pub const MAX_LINES: usize = 2_000_000;

/// Why the lines could not be read.
#[derive(Debug)]
pub enum LineError<E> {
    /// Reading failed.
    Read(std::io::Error),
    /// This line (counted from 1) is longer than [`MAX_LINE`].
    TooLong(usize),
    /// There are more than [`MAX_LINES`] lines.
    TooMany,
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
        if number > MAX_LINES {
            return Err(LineError::TooMany);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_bounded_in_length_and_number() {
        let mut seen = Vec::new();
        content_lines("a\n# c\n\n b # d\n".as_bytes(), |number, content| {
            seen.push((number, content.to_owned()));
            Ok::<(), ()>(())
        })
        .expect("read");
        assert_eq!(seen, [(1, "a".to_owned()), (4, "b".to_owned())]);
        // A line of exactly the longest length is read, with or without its newline.
        let longest = "x".repeat(MAX_LINE);
        assert!(content_lines(longest.as_bytes(), |_, _| Ok::<(), ()>(())).is_ok());
        let long = "x".repeat(MAX_LINE + 1);
        assert!(matches!(
            content_lines(long.as_bytes(), |_, _| Ok::<(), ()>(())),
            Err(LineError::TooLong(1))
        ));
        let many = "\n".repeat(MAX_LINES + 1);
        assert!(matches!(
            content_lines(many.as_bytes(), |_, _| Ok::<(), ()>(())),
            Err(LineError::TooMany)
        ));
        let most = "\n".repeat(MAX_LINES);
        assert!(content_lines(most.as_bytes(), |_, _| Ok::<(), ()>(())).is_ok());
    }
}
