//! The profile file of Huawei's official SDKs: the `[basic]` section of
//! `HUAWEICLOUD_SDK_CREDENTIALS_FILE`, else `~/.huaweicloud/credentials`.

use std::path::PathBuf;

use crate::credentials::Credentials;
use crate::env::Environment;
use crate::error::ConfigError;

/// What the `[basic]` section of the profile file holds.
#[derive(Debug, Default)]
pub(crate) struct Profile {
    pub(crate) credentials: Option<Credentials>,
    pub(crate) project_id: Option<String>,
}

impl Profile {
    /// The profile file and whether it was named explicitly.
    pub(crate) fn path(env: &Environment) -> Option<(PathBuf, bool)> {
        match env.get("HUAWEICLOUD_SDK_CREDENTIALS_FILE") {
            Some(path) => Some((PathBuf::from(path), true)),
            None => env.home_file("credentials").map(|path| (path, false)),
        }
    }

    pub(crate) fn load(env: &Environment) -> Result<Self, ConfigError> {
        let Some((path, explicit)) = Self::path(env) else {
            return Ok(Self::default());
        };
        let shown = path.display().to_string();
        let file_error = |problem: &str, source: crate::error::Cause| ConfigError::File {
            path: shown.clone(),
            problem: problem.to_owned(),
            source,
        };
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(error) if !explicit && error.kind() == std::io::ErrorKind::NotFound => {
                return Ok(Self::default());
            }
            Err(error) => return Err(file_error("cannot open it", Box::new(error))),
        };
        let ini = ini::Ini::load_from_str(&text)
            .map_err(|error| file_error("not an INI file", Box::new(error)))?;
        let Some(basic) = ini.section(Some("basic")) else {
            return Ok(Self::default());
        };
        let value = |key: &str| {
            basic
                .get(key)
                .map(str::trim)
                .filter(|value| !value.is_empty())
                .map(str::to_owned)
        };
        let key_error = |found: &str, missing: &str| ConfigError::PartialCredentials {
            found: format!("`{found}` in [basic] of {shown}"),
            missing: format!("`{missing}` in [basic] of {shown}"),
        };
        let credentials = match (value("ak"), value("sk"), value("security_token")) {
            (Some(ak), Some(sk), None) => Some(Credentials::ak_sk(ak, sk)),
            (Some(ak), Some(sk), Some(token)) => Some(Credentials::temporary(ak, sk, token)),
            (Some(_), None, _) => return Err(key_error("ak", "sk")),
            (None, Some(_), _) => return Err(key_error("sk", "ak")),
            (None, None, Some(_)) => return Err(key_error("security_token", "ak` and `sk")),
            (None, None, None) => None,
        };
        Ok(Self {
            credentials,
            project_id: value("project_id"),
        })
    }
}
