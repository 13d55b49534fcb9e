//! Building a [`Client`]: credentials, project, endpoint, retries, timeouts and network
//! settings, from code, the environment or the profile file.

use std::sync::Arc;
use std::time::Duration;

use crate::auth::{Authenticator, SDK_USER_AGENT};
use crate::client::Client;
use crate::credentials::{Credentials, Secret};
use crate::endpoint::{base_url, parse_endpoint, resolve_region};
use crate::env::Environment;
use crate::error::ConfigError;
use crate::generated::{self, types};
use crate::pacing::{Pacer, RateLimit};
use crate::profile::Profile;
use crate::retry::RetryPolicy;
use crate::settings::{BodyLimits, ClientState, Settings, Timeouts};

/// Builds a [`Client`]. Nothing is read from the environment unless asked
/// ([`ClientBuilder::from_env`], [`ClientBuilder::load_environment`]), except the per-region
/// endpoint overrides (`HUAWEICLOUD_SDK_REGION_DLI_<REGION>`) that the official SDKs honour.
///
/// ```
/// use dli_client::{Client, Credentials, RetryPolicy};
/// use std::time::Duration;
///
/// let client = Client::builder()
///     .credentials(Credentials::ak_sk("MY_AK", "MY_SK"))
///     .project_id("48cc2c48765d4f5a9a3a8d2b4d6e7f01")
///     .region("cn-north-4")
///     .retry_policy(RetryPolicy::default().max_attempts(5))
///     .deadline(Duration::from_secs(30))
///     .build()?;
/// # Ok::<(), dli_client::ConfigError>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct ClientBuilder {
    credentials: Option<Credentials>,
    project_id: Option<String>,
    region: Option<String>,
    endpoint: Option<String>,
    retry: RetryPolicy,
    timeouts: Timeouts,
    proxy: Option<Secret>,
    #[cfg_attr(not(any(feature = "rustls", feature = "native-tls")), allow(dead_code))]
    root_certificates: Vec<Vec<u8>>,
    env: Environment,
    dry_run: bool,
    dry_run_reads: bool,
    rate_limit: RateLimit,
    body_limits: BodyLimits,
}

impl Client {
    /// Starts building a client: the only way to make one.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::new()
    }
}

impl ClientBuilder {
    /// An empty builder.
    pub fn new() -> Self {
        Self::default()
    }

    /// A builder with credentials and project id from the process environment
    /// (`HUAWEICLOUD_SDK_AK`, `HUAWEICLOUD_SDK_SK`, `HUAWEICLOUD_SDK_SECURITY_TOKEN`,
    /// `HUAWEICLOUD_SDK_PROJECT_ID`), else from the profile file
    /// (`HUAWEICLOUD_SDK_CREDENTIALS_FILE` or `~/.huaweicloud/credentials`, section `[basic]`).
    pub fn from_env() -> Result<Self, ConfigError> {
        Self::new().load_environment()
    }

    /// Uses this environment instead of the process's, for loading and for endpoint
    /// overrides.
    #[must_use]
    pub fn environment(mut self, env: Environment) -> Self {
        self.env = env;
        self
    }

    /// Fills in the credentials and project id not set yet, from the environment, then the
    /// profile file. Partial settings are an error that names what is missing.
    pub fn load_environment(mut self) -> Result<Self, ConfigError> {
        let env = self.env.clone();
        let ak = env.get("HUAWEICLOUD_SDK_AK");
        let sk = env.get("HUAWEICLOUD_SDK_SK");
        let token = env.get("HUAWEICLOUD_SDK_SECURITY_TOKEN");
        let env_credentials = match (ak, sk, token) {
            (Some(ak), Some(sk), None) => Some(Credentials::ak_sk(ak, sk)),
            (Some(ak), Some(sk), Some(token)) => Some(Credentials::temporary(ak, sk, token)),
            (Some(_), None, _) => return Err(partial("HUAWEICLOUD_SDK_AK", "HUAWEICLOUD_SDK_SK")),
            (None, Some(_), _) => return Err(partial("HUAWEICLOUD_SDK_SK", "HUAWEICLOUD_SDK_AK")),
            (None, None, Some(_)) => {
                return Err(partial(
                    "HUAWEICLOUD_SDK_SECURITY_TOKEN",
                    "HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK",
                ));
            }
            (None, None, None) => None,
        };
        let env_project = env.get("HUAWEICLOUD_SDK_PROJECT_ID");

        let needs_profile = (self.credentials.is_none() && env_credentials.is_none())
            || (self.project_id.is_none() && env_project.is_none());
        let profile = if needs_profile {
            Profile::load(&env)?
        } else {
            Profile::default()
        };

        if self.credentials.is_none() {
            self.credentials = env_credentials.or(profile.credentials);
        }
        if self.project_id.is_none() {
            self.project_id = env_project.or(profile.project_id);
        }
        Ok(self)
    }

    /// The credentials to send.
    #[must_use]
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

    /// The project id: it fills the request path and is sent as `X-Project-Id`.
    #[must_use]
    pub fn project_id(mut self, project_id: impl Into<String>) -> Self {
        self.project_id = Some(project_id.into());
        self
    }

    /// The region, such as `cn-north-4`; see [`REGIONS`](crate::REGIONS).
    #[must_use]
    pub fn region(mut self, region: impl Into<String>) -> Self {
        self.region = Some(region.into());
        self
    }

    /// An explicit endpoint, which wins over the region: `https://host[:port]`, or
    /// `http://…` for a local service. Without a scheme, `https://` is assumed.
    #[must_use]
    pub fn endpoint(mut self, endpoint: impl Into<String>) -> Self {
        self.endpoint = Some(endpoint.into());
        self
    }

    /// How failed attempts are retried (default: [`RetryPolicy::default`]).
    #[must_use]
    pub fn retry_policy(mut self, retry: RetryPolicy) -> Self {
        self.retry = retry;
        self
    }

    /// All time limits at once (default: [`Timeouts::default`]).
    #[must_use]
    pub fn timeouts(mut self, timeouts: Timeouts) -> Self {
        self.timeouts = timeouts;
        self
    }

    /// The limit for establishing a connection (default 10 s).
    #[must_use]
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.timeouts.connect = timeout;
        self
    }

    /// The limit for one attempt (default 30 s).
    #[must_use]
    pub fn attempt_timeout(mut self, timeout: Duration) -> Self {
        self.timeouts.attempt = timeout;
        self
    }

    /// The limit for a whole call, retries included (default 120 s).
    #[must_use]
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.timeouts.deadline = deadline;
        self
    }

    /// Sends every request through this proxy (`http://`, `https://` or `socks5://` URL,
    /// credentials allowed). Without it, the system's proxy settings apply.
    #[must_use]
    pub fn proxy(mut self, proxy: impl Into<String>) -> Self {
        self.proxy = Some(Secret::new(proxy));
        self
    }

    /// How fast the client sends, all its calls together (default: [`RateLimit::None`]).
    /// [`RateLimit::Adaptive`] suits bulk work: it learns the API gateway's limit from its
    /// `429`s and keeps just under it.
    #[must_use]
    pub fn rate_limit(mut self, rate_limit: RateLimit) -> Self {
        self.rate_limit = rate_limit;
        self
    }

    /// The most of a success answer's body a call reads (default 1 MiB). A larger answer is
    /// [`Error::ResponseTooLarge`](crate::Error::ResponseTooLarge), after reading no more than
    /// this. Listings have a limit of their own, [`ClientBuilder::page_body_limit`].
    #[must_use]
    pub fn body_limit(mut self, bytes: usize) -> Self {
        self.body_limits.object = bytes;
        self
    }

    /// The most of one page of a listing a call reads (default 16 MiB). Connections with
    /// thousands of hosts each make large pages: lower the page size or raise this.
    #[must_use]
    pub fn page_body_limit(mut self, bytes: usize) -> Self {
        self.body_limits.page = bytes;
        self
    }

    /// Builds and signs every request but sends none: each call fails with
    /// [`Error::DryRun`](crate::Error::DryRun), which holds the request as it would have
    /// been sent, secrets redacted. Default: off.
    #[must_use]
    pub fn dry_run(mut self, dry_run: bool) -> Self {
        self.dry_run = dry_run;
        self
    }

    /// In a dry run ([`ClientBuilder::dry_run`]), sends the reads (`GET`) all the same, and
    /// holds back only the changes: a change made from what was read (adding host entries
    /// to those there, for example) is then shown exactly as it would be sent. Default:
    /// off, so a dry run sends nothing.
    #[must_use]
    pub fn dry_run_reads(mut self, reads: bool) -> Self {
        self.dry_run_reads = reads;
        self
    }

    /// Trusts the certificates of this PEM bundle, besides the platform's roots.
    #[cfg(any(feature = "rustls", feature = "native-tls"))]
    #[must_use]
    pub fn root_certificates_pem(mut self, pem: impl Into<Vec<u8>>) -> Self {
        self.root_certificates.push(pem.into());
        self
    }

    /// Checks the settings and builds the client; nothing is sent.
    pub fn build(self) -> Result<Client, ConfigError> {
        let profile_path = Profile::path(&self.env).map_or_else(
            || "~/.huaweicloud/credentials".to_owned(),
            |(p, _)| p.display().to_string(),
        );
        let credentials = self
            .credentials
            .ok_or_else(|| ConfigError::MissingCredentials {
                profile: profile_path.clone(),
            })?;
        let project_id = self.project_id.ok_or(ConfigError::MissingProjectId {
            profile: profile_path,
        })?;
        let project = check_project_id(&project_id)?;
        let base = match (&self.endpoint, &self.region) {
            (Some(endpoint), _) => parse_endpoint(endpoint)?,
            (None, Some(region)) => resolve_region(region, &self.env)?,
            (None, None) => return Err(ConfigError::MissingEndpoint),
        };

        let mut http = reqwest::Client::builder()
            .connect_timeout(self.timeouts.connect)
            .timeout(self.timeouts.attempt)
            .redirect(reqwest::redirect::Policy::none())
            .user_agent(SDK_USER_AGENT);
        if let Some(proxy) = &self.proxy {
            let proxy =
                reqwest::Proxy::all(proxy.expose()).map_err(|source| ConfigError::Network {
                    setting: "the proxy is not a valid proxy URL".to_owned(),
                    source: source.without_url(),
                })?;
            http = http.proxy(proxy);
        }
        #[cfg(any(feature = "rustls", feature = "native-tls"))]
        for pem in &self.root_certificates {
            let certificates = reqwest::Certificate::from_pem_bundle(pem).map_err(|source| {
                ConfigError::Network {
                    setting: "the root certificates are not valid PEM".to_owned(),
                    source,
                }
            })?;
            http = http.tls_certs_merge(certificates);
        }
        let http = http.build().map_err(|source| ConfigError::Network {
            setting: "the HTTP client cannot be set up with these settings".to_owned(),
            source,
        })?;

        let settings = Settings {
            auth: Authenticator::new(credentials, &project_id)?,
            retry: self.retry,
            timeouts: self.timeouts,
            dry_run: self.dry_run,
            dry_run_reads: self.dry_run_reads,
            pacer: Pacer::new(self.rate_limit),
            body_limits: self.body_limits,
        };
        let state = ClientState {
            settings: Arc::new(settings),
        };
        Ok(Client::new(
            generated::Client::new_with_client(&base_url(&base), http, state),
            project,
        ))
    }
}

fn partial(found: &str, missing: &str) -> ConfigError {
    ConfigError::PartialCredentials {
        found: found.to_owned(),
        missing: missing.to_owned(),
    }
}

/// Checks a project id the way the API document does, and that it can travel in a header.
pub(crate) fn check_project_id(project_id: &str) -> Result<types::ProjectId, ConfigError> {
    match types::ProjectId::try_from(project_id) {
        Ok(project) if !project_id.chars().any(char::is_control) => Ok(project),
        _ => Err(ConfigError::InvalidProjectId(project_id.to_owned())),
    }
}
