// Generated from openapi/dli.yaml by `cargo xtask generate`. Do not edit: change the document and run the command again.
// openapi/dli.yaml sha256: ded67810abe4b241b6b4956b333dcfcb2d59c2e166572c56bf78f6d7a0bdb978

#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///`DeleteEnhancedConnectionProjectId`
    #[derive(
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct DeleteEnhancedConnectionProjectId(::std::string::String);
    impl ::std::ops::Deref for DeleteEnhancedConnectionProjectId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<DeleteEnhancedConnectionProjectId>
    for ::std::string::String {
        fn from(value: DeleteEnhancedConnectionProjectId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for DeleteEnhancedConnectionProjectId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^[^/?#%]+$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[^/?#%]+$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for DeleteEnhancedConnectionProjectId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for DeleteEnhancedConnectionProjectId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for DeleteEnhancedConnectionProjectId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///The result of deleting an enhanced datasource connection.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct DeleteEnhancedConnectionResponse {
        ///Whether the request succeeded; `true` means the connection was deleted.
        pub is_success: bool,
        ///A message from the service; `Deleted` when the request succeeded.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
    }
    impl DeleteEnhancedConnectionResponse {
        pub fn builder() -> builder::DeleteEnhancedConnectionResponse {
            Default::default()
        }
    }
    /**An error from DLI or from the API gateway in front of it. Every field is optional:
gateway errors add `request_id`, and authorization failures may add
`encoded_authorization_message`.
*/
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct DliError {
        ///An encoded explanation of why an authorization check failed.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub encoded_authorization_message: ::std::option::Option<::std::string::String>,
        ///The error code, such as `DLI.0001` or `APIGW.0301`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error_code: ::std::option::Option<::std::string::String>,
        ///A human-readable description of the error.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error_msg: ::std::option::Option<::std::string::String>,
        ///The id of the request, set by the API gateway.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub request_id: ::std::option::Option<::std::string::String>,
    }
    impl DliError {
        pub fn builder() -> builder::DliError {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct DeleteEnhancedConnectionResponse {
            is_success: ::std::result::Result<bool, ::std::string::String>,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DeleteEnhancedConnectionResponse {
            fn default() -> Self {
                Self {
                    is_success: Err("no value supplied for is_success".to_string()),
                    message: Ok(Default::default()),
                }
            }
        }
        impl DeleteEnhancedConnectionResponse {
            pub fn is_success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.is_success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_success: {e}")
                    });
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DeleteEnhancedConnectionResponse>
        for super::DeleteEnhancedConnectionResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DeleteEnhancedConnectionResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    is_success: value.is_success?,
                    message: value.message?,
                })
            }
        }
        impl ::std::convert::From<super::DeleteEnhancedConnectionResponse>
        for DeleteEnhancedConnectionResponse {
            fn from(value: super::DeleteEnhancedConnectionResponse) -> Self {
                Self {
                    is_success: Ok(value.is_success),
                    message: Ok(value.message),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DliError {
            encoded_authorization_message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            error_code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            error_msg: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DliError {
            fn default() -> Self {
                Self {
                    encoded_authorization_message: Ok(Default::default()),
                    error_code: Ok(Default::default()),
                    error_msg: Ok(Default::default()),
                    request_id: Ok(Default::default()),
                }
            }
        }
        impl DliError {
            pub fn encoded_authorization_message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.encoded_authorization_message = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for encoded_authorization_message: {e}"
                        )
                    });
                self
            }
            pub fn error_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.error_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error_code: {e}")
                    });
                self
            }
            pub fn error_msg<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.error_msg = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error_msg: {e}")
                    });
                self
            }
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DliError> for super::DliError {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DliError,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    encoded_authorization_message: value.encoded_authorization_message?,
                    error_code: value.error_code?,
                    error_msg: value.error_msg?,
                    request_id: value.request_id?,
                })
            }
        }
        impl ::std::convert::From<super::DliError> for DliError {
            fn from(value: super::DliError) -> Self {
                Self {
                    encoded_authorization_message: Ok(
                        value.encoded_authorization_message,
                    ),
                    error_code: Ok(value.error_code),
                    error_msg: Ok(value.error_msg),
                    request_id: Ok(value.request_id),
                }
            }
        }
    }
    /// Error types.
    pub mod error {
        /// Error from a `TryFrom` or `FromStr` implementation.
        pub struct ConversionError(::std::borrow::Cow<'static, str>);
        impl ::std::error::Error for ConversionError {}
        impl ::std::fmt::Display for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Display::fmt(&self.0, f)
            }
        }
        impl ::std::fmt::Debug for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Debug::fmt(&self.0, f)
            }
        }
        impl From<&'static str> for ConversionError {
            fn from(value: &'static str) -> Self {
                Self(value.into())
            }
        }
        impl From<String> for ConversionError {
            fn from(value: String) -> Self {
                Self(value.into())
            }
        }
    }
}
#[derive(Clone, Debug)]
/**Client for Data Lake Insight (DLI) enhanced datasource connections

The part of the Huawei Cloud Data Lake Insight (DLI) API that deletes an enhanced
datasource connection. An enhanced connection peers a DLI queue or elastic resource pool
with a VPC so that jobs can reach a data source inside it.

Every request is authenticated either with an AK/SK signature (`SDK-HMAC-SHA256`) or with
an IAM token. Every response carries an `X-Request-Id` header; quote it when asking Huawei
Cloud support about a request.


Version: 2.0*/
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
    pub(crate) inner: crate::ClientState,
}
impl Client {
    /// Create a new client.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new(baseurl: &str, inner: crate::ClientState) -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        let client = {
            let dur = ::std::time::Duration::from_secs(15u64);
            reqwest::ClientBuilder::new().connect_timeout(dur).timeout(dur)
        };
        #[cfg(target_arch = "wasm32")]
        let client = reqwest::ClientBuilder::new();
        Self::new_with_client(baseurl, client.build().unwrap(), inner)
    }
    /// Construct a new client with an existing `reqwest::Client`,
    /// allowing more control over its configuration.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new_with_client(
        baseurl: &str,
        client: reqwest::Client,
        inner: crate::ClientState,
    ) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
            inner,
        }
    }
}
impl ClientInfo<crate::ClientState> for Client {
    fn api_version() -> &'static str {
        "2.0"
    }
    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }
    fn client(&self) -> &reqwest::Client {
        &self.client
    }
    fn inner(&self) -> &crate::ClientState {
        &self.inner
    }
}
const _: () = {
    #[allow(dead_code)]
    fn assert_client_hooks()
    where
        Client: ClientHooks<crate::ClientState>,
    {}
};
impl Client {
    /**Delete an enhanced datasource connection

Deletes an enhanced datasource connection that was created earlier.

A connection that is still being created cannot be deleted: the request is refused
with a `400` DLI error until creation has finished. Deleting a connection that does not
exist, or that was already deleted, is also refused with a `400` DLI error
(`DLI.0001`, `Connection <id> is not exist`). The request has no query and no body.


Sends a `DELETE` request to `/v2.0/{project_id}/datasource/enhanced-connections/{connection_id}`

Arguments:
- `project_id`: The project id, used for resource isolation. It must not be empty and must not contain
`/`, `?`, `#` or `%`.

- `connection_id`: The id (a UUID) of the connection, as returned when it was created.
```text
let response = client.delete_enhanced_connection()
    .project_id(project_id)
    .connection_id(connection_id)
    .send()
    .await;
```*/
    pub fn delete_enhanced_connection(&self) -> builder::DeleteEnhancedConnection<'_> {
        builder::DeleteEnhancedConnection::new(self)
    }
}
/// Types for composing operation parameters.
#[allow(clippy::all)]
pub mod builder {
    use super::types;
    #[allow(unused_imports)]
    use super::{
        encode_path, ByteStream, ClientInfo, ClientHooks, Error, OperationInfo,
        RequestBuilderExt, ResponseValue,
    };
    /**Builder for [`Client::delete_enhanced_connection`]

[`Client::delete_enhanced_connection`]: super::Client::delete_enhanced_connection*/
    #[derive(Debug, Clone)]
    pub struct DeleteEnhancedConnection<'a> {
        client: &'a super::Client,
        project_id: Result<types::DeleteEnhancedConnectionProjectId, String>,
        connection_id: Result<::uuid::Uuid, String>,
    }
    impl<'a> DeleteEnhancedConnection<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err("project_id was not initialized".to_string()),
                connection_id: Err("connection_id was not initialized".to_string()),
            }
        }
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DeleteEnhancedConnectionProjectId>,
        {
            self.project_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `DeleteEnhancedConnectionProjectId` for project_id failed"
                        .to_string()
                });
            self
        }
        pub fn connection_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.connection_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: uuid :: Uuid` for connection_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/v2.0/{project_id}/datasource/enhanced-connections/{connection_id}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::DeleteEnhancedConnectionResponse>,
            Error<types::DliError>,
        > {
            let Self { client, project_id, connection_id } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let connection_id = connection_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2.0/{}/datasource/enhanced-connections/{}", client.baseurl,
                encode_path(& project_id.to_string()), encode_path(& connection_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_enhanced_connection",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
}
/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}
