//! The ids a delete works on: from the arguments, and from stdin for `-` (one a line, blank
//! lines and `#` comments skipped). Every id is checked before anything is sent.

use std::collections::HashSet;
use std::io::BufRead;

use dli_client::ConnectionId;

use crate::lines::{LineError, MAX_LINE, content_lines};

/// Why the ids cannot be read: the message says which argument or line is wrong.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct InvalidIds(String);

/// The most ids one command takes.
const MAX_IDS: usize = 1_000_000;

/// The ids, each once, in the order given; `-` stands for the lines of `stdin`.
pub fn collect(arguments: &[String], stdin: impl BufRead) -> Result<Vec<ConnectionId>, InvalidIds> {
    let mut stdin = Some(stdin);
    let mut ids = Vec::new();
    for argument in arguments {
        if argument == "-" {
            let reader = stdin
                .take()
                .ok_or_else(|| InvalidIds("`-` (stdin) is given twice".to_owned()))?;
            ids.extend(read_lines(reader)?);
        } else {
            ids.push(parse(argument, || "the argument".to_owned())?);
        }
    }
    let mut seen = HashSet::new();
    ids.retain(|id| seen.insert(*id));
    Ok(ids)
}

/// The ids on the lines of a reader: trimmed, blank lines and `# comments` skipped; a line
/// may end with a comment.
pub fn read_lines(reader: impl BufRead) -> Result<Vec<ConnectionId>, InvalidIds> {
    let mut ids = Vec::new();
    content_lines(reader, |number, content| {
        if ids.len() == MAX_IDS {
            return Err(InvalidIds(format!(
                "stdin has more than {MAX_IDS} ids; split the list"
            )));
        }
        ids.push(parse(content, || format!("line {number} of stdin"))?);
        Ok(())
    })
    .map_err(|error| match error {
        LineError::Read(error) => InvalidIds(format!("cannot read stdin: {error}")),
        LineError::TooLong(number) => InvalidIds(format!(
            "line {number} of stdin is longer than {MAX_LINE} bytes"
        )),
        LineError::TooMany => InvalidIds(format!(
            "stdin has more than {} lines; split the list",
            crate::lines::MAX_LINES
        )),
        LineError::Content(error) => error,
    })?;
    Ok(ids)
}

/// The id in `text`, parsed by [`ConnectionId`]'s one parser; the error names `place`, which
/// is only written out when it is needed.
fn parse(text: &str, place: impl FnOnce() -> String) -> Result<ConnectionId, InvalidIds> {
    text.parse::<ConnectionId>()
        .map_err(|error| InvalidIds(format!("{}: {error}", place())))
}

#[cfg(test)]
mod tests {
    use super::*;

    const A: &str = "2a620c33-5609-40c9-affd-2b6453071b0f";
    const B: &str = "8d5ad1a5-3d5e-4a4c-8a4b-0d6c5e1f2a3b";

    #[test]
    fn lines_skip_blanks_and_comments() {
        let input = format!("# ids to delete\n\n  {A}  \n{B} # the old one\n   \n#{A}\n");
        let ids = read_lines(input.as_bytes()).expect("valid");
        assert_eq!(
            ids,
            [A.parse::<ConnectionId>().unwrap(), B.parse().unwrap()]
        );
    }

    #[test]
    fn a_bad_line_is_named() {
        let input = format!("{A}\nnot-an-id\n");
        let error = read_lines(input.as_bytes())
            .expect_err("bad line")
            .to_string();
        assert!(
            error.contains("line 2") && error.contains("not-an-id"),
            "{error}"
        );
    }

    #[test]
    fn a_line_without_end_is_bounded() {
        let long = "a".repeat(MAX_LINE * 3);
        let error = read_lines(long.as_bytes())
            .expect_err("too long")
            .to_string();
        assert!(error.contains("longer than"), "{error}");
        // A last line without a newline is still read.
        assert_eq!(read_lines(A.as_bytes()).expect("valid").len(), 1);
    }

    #[test]
    fn arguments_and_stdin_mix_and_repeat_once() {
        let arguments = vec![A.to_owned(), "-".to_owned(), A.to_owned()];
        let ids = collect(&arguments, format!("{B}\n{A}\n").as_bytes()).expect("valid");
        assert_eq!(
            ids,
            [A.parse::<ConnectionId>().unwrap(), B.parse().unwrap()]
        );
        let twice = vec!["-".to_owned(), "-".to_owned()];
        assert!(collect(&twice, &b""[..]).is_err());
        let bad = vec!["nope".to_owned()];
        assert!(
            collect(&bad, &b""[..])
                .unwrap_err()
                .to_string()
                .contains("the argument")
        );
    }
}

#[cfg(test)]
mod properties {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        #[test]
        fn any_input_gives_ids_it_contains_or_an_error(
            input in prop::collection::vec(any::<u8>(), 0..(MAX_LINE * 2)),
        ) {
            if let Ok(ids) = read_lines(&input[..]) {
                let text = String::from_utf8_lossy(&input).to_lowercase();
                for id in ids {
                    prop_assert!(text.contains(&id.to_string()) || text.contains(&id.uuid().simple().to_string()));
                }
            }
        }

        #[test]
        fn valid_ids_among_comments_and_blanks_are_all_read(
            ids in prop::collection::vec(any::<u128>().prop_map(|n| ConnectionId::from(uuid::Uuid::from_u128(n))), 0..20),
            noise in prop::collection::vec("(#\\PC{0,20})?", 20),
        ) {
            let mut input = String::new();
            for (id, noise) in ids.iter().zip(&noise) {
                input.push_str(&format!("  {id} {noise}\n\n{noise}\n"));
            }
            let read = read_lines(input.as_bytes()).expect("valid input");
            prop_assert_eq!(read, ids);
        }
    }
}
