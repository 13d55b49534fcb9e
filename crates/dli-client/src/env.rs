//! Where configuration is read from: the process environment, or a fixed set of variables
//! (for tests and for programs that want configuration they control).

use std::collections::HashMap;
use std::fmt;
use std::path::PathBuf;
use std::sync::Arc;

/// A source of environment variables.
#[derive(Clone)]
pub struct Environment(Source);

#[derive(Clone)]
enum Source {
    Process,
    Fixed(Arc<HashMap<String, String>>),
}

impl Environment {
    /// The process environment.
    pub fn process() -> Self {
        Self(Source::Process)
    }

    /// A fixed set of variables; nothing else is visible, not even `HOME`.
    pub fn from_pairs(pairs: impl IntoIterator<Item = (String, String)>) -> Self {
        Self(Source::Fixed(Arc::new(pairs.into_iter().collect())))
    }

    /// A variable's value; unset, empty and non-UTF-8 values all count as absent.
    pub fn get(&self, name: &str) -> Option<String> {
        let value = match &self.0 {
            Source::Process => std::env::var(name).ok(),
            Source::Fixed(map) => map.get(name).cloned(),
        };
        value.filter(|value| !value.trim().is_empty())
    }

    /// `~/.huaweicloud/<name>`, where the official SDKs keep their files.
    pub(crate) fn home_file(&self, name: &str) -> Option<PathBuf> {
        let home = self.get("HOME").or_else(|| self.get("USERPROFILE"))?;
        Some(PathBuf::from(home).join(".huaweicloud").join(name))
    }
}

impl Default for Environment {
    fn default() -> Self {
        Self::process()
    }
}

impl fmt::Debug for Environment {
    // Values are never shown: they may be secrets.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0 {
            Source::Process => f.write_str("Environment::Process"),
            Source::Fixed(map) => write!(f, "Environment::Fixed({} variables)", map.len()),
        }
    }
}
