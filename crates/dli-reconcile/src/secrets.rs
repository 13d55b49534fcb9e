//! Where a password of the desired-state file is read: an environment variable or a file.
//! The file, a saved plan and every plan hold only this reference; the value is read when it
//! is sent, into a [`Password`], and never printed.

use std::path::{Path, PathBuf};

use dli_client::Password;
use serde::{Deserialize, Serialize};

/// Where a password is read: `{ env = "VAR" }` or `{ file = "PATH" }` in the file.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SecretRef {
    /// This environment variable.
    Env(String),
    /// This file's first line (a path relative to the desired-state file's folder is made
    /// relative to it when the file is read).
    File(PathBuf),
}

impl std::fmt::Display for SecretRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Env(variable) => write!(f, "the environment variable {variable}"),
            Self::File(path) => write!(f, "the file {}", path.display()),
        }
    }
}

impl SecretRef {
    /// A reference written in the file at `file`: a relative password file is taken from
    /// the same folder.
    pub fn file_beside(file: &str, path: &str) -> Self {
        let path = Path::new(path);
        let folder = Path::new(file).parent().filter(|_| file != "-");
        match folder {
            Some(folder) if path.is_relative() && !folder.as_os_str().is_empty() => {
                Self::File(folder.join(path))
            }
            _ => Self::File(path.to_owned()),
        }
    }

    /// Reads the password: the variable's value, or the file's first line without its line
    /// ending. The error says what is missing, never a value.
    pub fn read(&self) -> Result<Password, String> {
        let password = match self {
            Self::Env(variable) => std::env::var_os(variable)
                .ok_or_else(|| format!("{self} is not set"))?
                .into_string()
                .map(Password::new)
                .map_err(|_| format!("{self} is not valid UTF-8"))?,
            Self::File(path) => std::fs::File::open(path)
                .map_err(|error| format!("cannot read {self}: {error}"))
                .and_then(|file| {
                    Password::first_line(std::io::BufReader::new(file))
                        .map_err(|error| format!("{self}: {error}"))
                })?,
        };
        match password.is_empty() {
            true => Err(format!("{self} is empty")),
            false => Ok(password),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_password_is_read_from_a_file_and_its_errors_never_quote_it() {
        let dir = std::env::temp_dir().join(format!("dli-secrets-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("a folder");
        let file = dir.join("pw");
        std::fs::write(&file, "first-line-secret\r\nsecond\n").expect("write");
        let read = SecretRef::File(file.clone()).read().expect("read");
        assert_eq!(read.expose(), "first-line-secret");
        std::fs::write(&file, "x".repeat(5000)).expect("write");
        let error = SecretRef::File(file.clone()).read().unwrap_err();
        assert!(
            error.contains("longer than 4096") && !error.contains("xxx"),
            "{error}"
        );
        std::fs::write(&file, "\n").expect("write");
        assert!(
            SecretRef::File(file.clone())
                .read()
                .unwrap_err()
                .contains("is empty")
        );
        let missing = SecretRef::Env("DLI_TEST_SURELY_UNSET_VARIABLE".to_owned()).read();
        assert_eq!(
            missing.unwrap_err(),
            "the environment variable DLI_TEST_SURELY_UNSET_VARIABLE is not set"
        );
        assert_eq!(
            SecretRef::file_beside("conf/dli.toml", "pw.txt"),
            SecretRef::File(PathBuf::from("conf/pw.txt"))
        );
        assert_eq!(
            SecretRef::file_beside("dli.toml", "/etc/pw"),
            SecretRef::File(PathBuf::from("/etc/pw"))
        );
        assert_eq!(
            SecretRef::file_beside("-", "pw"),
            SecretRef::File(PathBuf::from("pw"))
        );
        let _ = std::fs::remove_dir_all(dir);
    }
}
