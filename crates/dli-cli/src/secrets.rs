//! Where `dli auth` reads a password: the first line of standard input, an environment
//! variable, or a prompt without echo on a terminal. Never the command line; the value goes
//! straight into a [`Password`], which never prints.

use std::io::{BufRead, IsTerminal};

use dli_client::Password;

/// Where one password comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// The first line of standard input.
    Stdin,
    /// This environment variable.
    Env(String),
    /// A prompt without echo, on a terminal only.
    Prompt,
}

/// Why a password could not be read; the message says what to give instead.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct Unreadable(String);

/// Reads the password `field` from `source`; `flag` names the options that give it, for the
/// message when there is no terminal to ask on.
pub fn read(
    field: &str,
    flag: &str,
    source: &Source,
    stdin: impl BufRead,
    env: impl Fn(&str) -> Option<std::ffi::OsString>,
) -> Result<Password, Unreadable> {
    let password = match source {
        Source::Stdin => Password::first_line(stdin)
            .map_err(|error| Unreadable(format!("cannot read {field} from stdin: {error}")))?,
        Source::Env(variable) => env(variable)
            .ok_or_else(|| {
                Unreadable(format!(
                    "{field}: the environment variable {variable} is not set"
                ))
            })?
            .into_string()
            .map(Password::new)
            .map_err(|_| Unreadable(format!("{field}: {variable} is not valid UTF-8")))?,
        Source::Prompt => {
            if !std::io::stdin().is_terminal() {
                return Err(Unreadable(format!(
                    "{field} is needed and there is no terminal to ask on: give \
                     --{flag}-stdin or --{flag}-env VAR"
                )));
            }
            rpassword::prompt_password(format!("{field}: "))
                .map(Password::new)
                .map_err(|error| Unreadable(format!("cannot read {field}: {error}")))?
        }
    };
    password.check(field).map_err(Unreadable)?;
    Ok(password)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(name: &str) -> Option<std::ffi::OsString> {
        (name == "DB_PASSWORD").then(|| "from-env".into())
    }

    #[test]
    fn each_source_gives_the_password_and_each_failure_says_what_to_do() {
        let read_stdin = |input: &str| {
            read(
                "password",
                "password",
                &Source::Stdin,
                input.as_bytes(),
                env,
            )
        };
        assert_eq!(
            read_stdin("s3cret\r\nignored\n").expect("read").expose(),
            "s3cret"
        );
        assert_eq!(
            read_stdin("no newline").expect("read").expose(),
            "no newline"
        );
        assert!(
            read_stdin("\n")
                .unwrap_err()
                .to_string()
                .contains("password is empty")
        );
        let long = "x".repeat(5000);
        assert!(
            read_stdin(&long)
                .unwrap_err()
                .to_string()
                .contains("longer than 4096")
        );
        let from_env = read(
            "password",
            "password",
            &Source::Env("DB_PASSWORD".into()),
            &b""[..],
            env,
        );
        assert_eq!(from_env.expect("read").expose(), "from-env");
        let unset = read(
            "password",
            "password",
            &Source::Env("NOPE".into()),
            &b""[..],
            env,
        );
        assert_eq!(
            unset.unwrap_err().to_string(),
            "password: the environment variable NOPE is not set"
        );
    }
}
