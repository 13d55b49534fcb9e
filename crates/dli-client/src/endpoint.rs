//! Where DLI is: a region's endpoint after the overrides the official SDKs honour (the
//! environment, then the regions file), and explicit endpoints.

use std::collections::HashMap;

use reqwest::Url;
use serde::Deserialize;

use crate::env::Environment;
use crate::error::ConfigError;
use crate::regions::{region_endpoint, region_override_variable};

/// Resolves a region to a base URL: the environment override, then the regions file
/// (`HUAWEICLOUD_SDK_REGIONS_FILE` or `~/.huaweicloud/regions.yaml`), then the table.
pub(crate) fn resolve_region(region: &str, env: &Environment) -> Result<Url, ConfigError> {
    let variable = region_override_variable(region);
    if let Some(value) = env.get(&variable) {
        // A comma-separated list is allowed; the first endpoint is used.
        let first = value.split(',').map(str::trim).find(|e| !e.is_empty());
        if let Some(endpoint) = first {
            return parse_endpoint(endpoint);
        }
    }
    if let Some(endpoint) = regions_file_endpoint(region, env)? {
        return parse_endpoint(&endpoint);
    }
    match region_endpoint(region) {
        Some(endpoint) => parse_endpoint(&endpoint),
        None => Err(ConfigError::UnknownRegion {
            region: region.to_owned(),
        }),
    }
}

#[derive(Deserialize)]
struct RegionEntry {
    id: String,
    #[serde(default)]
    endpoint: Option<String>,
    #[serde(default)]
    endpoints: Vec<String>,
}

fn regions_file_endpoint(region: &str, env: &Environment) -> Result<Option<String>, ConfigError> {
    let (path, explicit) = match env.get("HUAWEICLOUD_SDK_REGIONS_FILE") {
        Some(path) => (path.into(), true),
        None => match env.home_file("regions.yaml") {
            Some(path) => (path, false),
            None => return Ok(None),
        },
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(error) if !explicit && error.kind() == std::io::ErrorKind::NotFound => {
            return Ok(None);
        }
        Err(error) => {
            return Err(ConfigError::File {
                path: path.display().to_string(),
                problem: "cannot open it".to_owned(),
                source: Box::new(error),
            });
        }
    };
    let services: HashMap<String, Vec<RegionEntry>> =
        yaml_serde::from_str(&text).map_err(|error| ConfigError::File {
            path: path.display().to_string(),
            problem: "not a regions file (`DLI: [{id, endpoint}]`)".to_owned(),
            source: Box::new(error),
        })?;
    let entry = services
        .iter()
        .filter(|(service, _)| service.eq_ignore_ascii_case("dli"))
        .flat_map(|(_, entries)| entries)
        .find(|entry| entry.id == region);
    Ok(entry.and_then(|entry| {
        entry
            .endpoint
            .clone()
            .or_else(|| entry.endpoints.first().cloned())
    }))
}

/// Parses an endpoint: `https://` is assumed when no scheme is given, `http://` is accepted
/// (for local use), and a trailing `/` is dropped.
pub(crate) fn parse_endpoint(endpoint: &str) -> Result<Url, ConfigError> {
    let invalid = |reason: &str| ConfigError::InvalidEndpoint {
        endpoint: endpoint.to_owned(),
        reason: reason.to_owned(),
    };
    let trimmed = endpoint.trim();
    if trimmed.is_empty() {
        return Err(invalid("it is empty"));
    }
    let with_scheme = if trimmed.contains("://") {
        trimmed.to_owned()
    } else {
        format!("https://{trimmed}")
    };
    let url = Url::parse(&with_scheme).map_err(|error| invalid(&error.to_string()))?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(invalid("the scheme must be https or http"));
    }
    if url.host_str().is_none_or(str::is_empty) {
        return Err(invalid("it has no host"));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(invalid("it must not have a query or fragment"));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(invalid("it must not carry a user name or password"));
    }
    Ok(url)
}

/// The base URL the generated client takes: no trailing `/`.
pub(crate) fn base_url(url: &Url) -> String {
    url.as_str().trim_end_matches('/').to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::regions::REGIONS;

    fn env(pairs: &[(&str, &str)]) -> Environment {
        Environment::from_pairs(pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())))
    }

    #[test]
    fn every_region_has_an_endpoint() {
        assert_eq!(REGIONS.len(), 28);
        for region in REGIONS {
            let url = resolve_region(region, &env(&[])).expect("known region");
            assert_eq!(url.scheme(), "https");
        }
        assert_eq!(
            region_endpoint("cn-north-4").as_deref(),
            Some("https://dli.cn-north-4.myhuaweicloud.com")
        );
        assert_eq!(
            region_endpoint("eu-west-101").as_deref(),
            Some("https://dli.eu-west-101.myhuaweicloud.eu")
        );
    }

    #[test]
    fn an_unknown_region_lists_the_valid_ones() {
        let error = resolve_region("mars-1", &env(&[])).expect_err("unknown");
        let message = error.to_string();
        assert!(
            message.contains("mars-1") && message.contains("cn-north-4"),
            "{message}"
        );
        assert!(message.contains("eu-west-101"), "{message}");
    }

    #[test]
    fn the_environment_overrides_a_region() {
        let env = env(&[(
            "HUAWEICLOUD_SDK_REGION_DLI_CN_NORTH_4",
            "http://127.0.0.1:9000, https://backup",
        )]);
        let url = resolve_region("cn-north-4", &env).expect("override");
        assert_eq!(base_url(&url), "http://127.0.0.1:9000");
        // An override also makes a region the table does not know usable.
        let env = self::env(&[("HUAWEICLOUD_SDK_REGION_DLI_XX_PRIVATE_1", "dli.private")]);
        let url = resolve_region("xx-private-1", &env).expect("override");
        assert_eq!(base_url(&url), "https://dli.private");
    }

    #[test]
    fn endpoints_are_checked() {
        assert_eq!(
            base_url(&parse_endpoint("dli.example.com/").expect("valid")),
            "https://dli.example.com"
        );
        for bad in [
            "",
            "ftp://x",
            "https://",
            "https://u:p@host",
            "https://h?x=1",
        ] {
            assert!(parse_endpoint(bad).is_err(), "{bad:?}");
        }
    }
}
