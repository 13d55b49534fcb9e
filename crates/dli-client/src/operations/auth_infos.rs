//! Datasource authentications ("auth infos"): the named credentials jobs use to reach a data
//! source. Create, update and delete them, and list them; which fields each type needs is in
//! [`super::auth_fields`].
//!
//! Their passwords are [`Password`](crate::Password)s: never printed, wiped when dropped. DLI never returns
//! one, so nothing here can read a password back.

use std::fmt::Display;
use std::num::NonZeroU32;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use super::auth_fields::{auth_info_name, check_auth_fields, check_passwords, fields_set};
use crate::Client;
use crate::call::{call, gone, settle};
use crate::error::Error;
use crate::generated::types::{
    AuthInfo, AuthInfoName, CreateJobAuthInfoRequest, CreateJobAuthInfoResponse,
    DeleteJobAuthInfoResponse, UpdateJobAuthInfoRequest, UpdateJobAuthInfoResponse,
};
use crate::response::Response;

/// The entries asked for in one request.
const PAGE_SIZE: NonZeroU32 = NonZeroU32::new(100).expect("not zero");

/// The most pages read: a million entries, so that an answer that never ends cannot keep the
/// listing going.
const MOST_PAGES: u32 = 10_000;

/// How far DLI's clock may be from ours (a signed request outside it is refused): an entry
/// created earlier than this before a create was sent is not that create's.
const CLOCK_SKEW: Duration = Duration::from_secs(15 * 60);

impl Client {
    /// Stores a datasource authentication: credentials that jobs refer to by name.
    ///
    /// `request` is a [`CreateJobAuthInfoRequest`] or its builder. The fields must suit its
    /// type ([`auth_fields`](crate::auth_fields)): a missing or foreign field, an empty password or an OBS path
    /// that is not `obs://bucket/key` is an [`Error::InvalidRequest`], and nothing is sent.
    ///
    /// A create is not sent again after it may have reached DLI. When its outcome is unknown,
    /// the name is listed: an entry created since the create was sent is the one it made
    /// ([`Settled::ShownByRead`](crate::Settled::ShownByRead)); without one, the create is
    /// sent again, within the retry policy's attempts and the call's deadline.
    ///
    /// # Example
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let (fake, client) = dli_tests::examples::client_of(dli_fake::FakeConfig::default()).await?;
    /// use dli_client::Password;
    /// use dli_client::types::{AuthInfoType, CreateJobAuthInfoRequest};
    ///
    /// let password = Password::new(std::env::var("ORDERS_DB_PASSWORD").unwrap_or("example".into()));
    /// client
    ///     .create_auth_info(
    ///         CreateJobAuthInfoRequest::builder()
    ///             .auth_info_name("orders_db_auth")
    ///             .datasource_type(AuthInfoType::Passwd)
    ///             .user_name(Some("etl_reader".parse()?))
    ///             .password(Some(password)),
    ///     )
    ///     .await?;
    ///
    /// // A type without its required fields is refused before anything is sent.
    /// let no_password = CreateJobAuthInfoRequest::builder()
    ///     .auth_info_name("other_auth")
    ///     .datasource_type(AuthInfoType::Passwd)
    ///     .user_name(Some("etl_reader".parse()?));
    /// let error = client.create_auth_info(no_password).await.unwrap_err();
    /// assert!(error.to_string().contains("needs password"), "{error}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn create_auth_info<R>(
        &self,
        request: R,
    ) -> Result<Response<CreateJobAuthInfoResponse>, Error>
    where
        R: TryInto<CreateJobAuthInfoRequest>,
        R::Error: Display,
    {
        let body = request.try_into().map_err(|error| {
            Error::InvalidRequest(format!("invalid datasource authentication: {error}"))
        })?;
        check_auth_fields(body.datasource_type, &fields_set(&body)).map_err(|problem| {
            Error::InvalidRequest(format!(
                "datasource authentication {}: {problem}",
                *body.auth_info_name
            ))
        })?;
        check_passwords([
            ("password", body.password.as_ref()),
            ("truststore_password", body.truststore_password.as_ref()),
            ("keystore_password", body.keystore_password.as_ref()),
            ("key_password", body.key_password.as_ref()),
        ])?;
        let name = body.auth_info_name.to_string();
        let sent_at = SystemTime::now();
        settle(
            &self.api().inner.settings,
            || {
                call(
                    self.api()
                        .create_job_auth_info()
                        .project_id(self.project())
                        .body(body.clone())
                        .send(),
                )
            },
            || {
                let name = name.clone();
                async move {
                    let earliest = millis(sent_at.checked_sub(CLOCK_SKEW));
                    Ok(self
                        .auth_info(&name)
                        .await?
                        .is_some_and(|found| found.create_time.is_none_or(|at| at >= earliest)))
                }
            },
            CreateJobAuthInfoResponse::default,
        )
        .await
    }

    /// Changes a datasource authentication: its user, passwords or OBS paths. A field left
    /// out keeps its value. The type, the certificate and the key password cannot be changed
    /// (delete the entry and create it again). Sending it twice sets the same values, so it
    /// is retried after any transient failure.
    ///
    /// # Example
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let (fake, client) = dli_tests::examples::client_of(dli_fake::FakeConfig::default()).await?;
    /// use dli_client::Password;
    /// use dli_client::types::{AuthInfoType, CreateJobAuthInfoRequest, UpdateJobAuthInfoRequest};
    ///
    /// # client.create_auth_info(CreateJobAuthInfoRequest::builder().auth_info_name("orders_db_auth")
    /// #     .datasource_type(AuthInfoType::Passwd).user_name(Some("etl_reader".parse()?))
    /// #     .password(Some(Password::new("first")))).await?;
    /// client
    ///     .update_auth_info(
    ///         UpdateJobAuthInfoRequest::builder()
    ///             .auth_info_name("orders_db_auth")
    ///             .user_name(Some("etl_writer".parse()?))
    ///             .password(Some(Password::new("rotated"))),
    ///     )
    ///     .await?;
    /// let found = client.auth_info("orders_db_auth").await?.ok_or("listed")?;
    /// assert_eq!(found.user_name.as_deref(), Some("etl_writer"));
    /// # Ok(())
    /// # }
    /// ```
    pub async fn update_auth_info<R>(
        &self,
        request: R,
    ) -> Result<Response<UpdateJobAuthInfoResponse>, Error>
    where
        R: TryInto<UpdateJobAuthInfoRequest>,
        R::Error: Display,
    {
        let body = request.try_into().map_err(|error| {
            Error::InvalidRequest(format!("invalid datasource authentication: {error}"))
        })?;
        check_passwords([
            ("password", body.password.as_ref()),
            ("truststore_password", body.truststore_password.as_ref()),
            ("keystore_password", body.keystore_password.as_ref()),
        ])?;
        call(
            self.api()
                .update_job_auth_info()
                .project_id(self.project())
                .body(body)
                .send(),
        )
        .await
    }

    /// Deletes the datasource authentication of this name. A retry answered "does not
    /// exist" after an attempt that may have landed is success
    /// ([`Settled::GoneOnRetry`](crate::Settled::GoneOnRetry)).
    ///
    /// # Example
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let (fake, client) = dli_tests::examples::client_of(dli_fake::FakeConfig::default()).await?;
    /// # use dli_client::types::{AuthInfoType, CreateJobAuthInfoRequest};
    /// # client.create_auth_info(CreateJobAuthInfoRequest::builder().auth_info_name("orders_db_auth")
    /// #     .datasource_type(AuthInfoType::Passwd).user_name(Some("etl_reader".parse()?))
    /// #     .password(Some(dli_client::Password::new("first")))).await?;
    /// client.delete_auth_info("orders_db_auth").await?;
    /// assert!(client.auth_info("orders_db_auth").await?.is_none());
    /// # Ok(())
    /// # }
    /// ```
    pub async fn delete_auth_info(
        &self,
        name: &str,
    ) -> Result<Response<DeleteJobAuthInfoResponse>, Error> {
        let name = auth_info_name(name)?;
        gone(
            self.api()
                .delete_job_auth_info()
                .project_id(self.project())
                .auth_info_name(name)
                .send(),
            DeleteJobAuthInfoResponse::default,
        )
        .await
    }

    /// Every datasource authentication of the configured project, every page fetched in turn
    /// (100 a page), without passwords: DLI never returns one.
    ///
    /// # Example
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let (fake, client) = dli_tests::examples::client_of(dli_fake::FakeConfig::default()).await?;
    /// for entry in client.auth_infos().await? {
    ///     println!("{:?} {:?} {:?}", entry.auth_info_name, entry.datasource_type, entry.user_name);
    /// }
    /// # Ok(())
    /// # }
    /// ```
    pub async fn auth_infos(&self) -> Result<Vec<AuthInfo>, Error> {
        self.list_auth_infos(None).await
    }

    /// The datasource authentication of this name, if there is one.
    ///
    /// # Example
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let (fake, client) = dli_tests::examples::client_of(dli_fake::FakeConfig::default()).await?;
    /// assert!(client.auth_info("nothing_here").await?.is_none());
    /// # Ok(())
    /// # }
    /// ```
    pub async fn auth_info(&self, name: &str) -> Result<Option<AuthInfo>, Error> {
        let name = auth_info_name(name)?;
        let found = self.list_auth_infos(Some(name.clone())).await?;
        Ok(found
            .into_iter()
            .find(|entry| entry.auth_info_name.as_deref() == Some(&*name)))
    }

    /// Every page of the listing, by name or not. A page whose answer is larger than the
    /// body limit is asked for again in pages half the size, as a connection listing is.
    async fn list_auth_infos(&self, name: Option<AuthInfoName>) -> Result<Vec<AuthInfo>, Error> {
        let mut entries = Vec::new();
        let (mut offset, mut size) = (0u32, PAGE_SIZE);
        for _ in 0..MOST_PAGES {
            let page = loop {
                let mut request = self
                    .api()
                    .list_job_auth_infos()
                    .project_id(self.project())
                    .limit(size)
                    .offset(i32::try_from(offset).unwrap_or(i32::MAX));
                if let Some(name) = &name {
                    request = request.auth_info_name(name.clone());
                }
                match call(request.send()).await {
                    Err(Error::ResponseTooLarge { .. }) if size.get() > 1 => {
                        size = NonZeroU32::new(size.get().div_ceil(2)).unwrap_or(NonZeroU32::MIN);
                    }
                    other => break other?.into_inner(),
                }
            };
            let fetched = u32::try_from(page.auth_infos.len()).unwrap_or(u32::MAX);
            entries.extend(page.auth_infos);
            offset = offset.saturating_add(fetched);
            let total = page.count.and_then(|count| u32::try_from(count).ok());
            if fetched < size.get() || total.is_some_and(|total| offset >= total) {
                break;
            }
        }
        Ok(entries)
    }
}

/// Milliseconds since the Unix epoch, 0 before it.
fn millis(at: Option<SystemTime>) -> i64 {
    at.and_then(|at| at.duration_since(UNIX_EPOCH).ok())
        .and_then(|since| i64::try_from(since.as_millis()).ok())
        .unwrap_or(0)
}
