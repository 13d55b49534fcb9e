// Generated from openapi/dli.yaml by `cargo xtask generate`. Do not edit: change the document and run the command again.
// openapi/dli.yaml sha256: 58b61227b58ec0c6be23dfb7f0ee31961c80bcde4e08b8f4f0e69af1638d7e63

#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///The queues and elastic resource pools to bind.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct AssociateQueueToEnhancedConnectionRequest {
        ///Elastic resource pool names.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub elastic_resource_pools: ::std::vec::Vec<::std::string::String>,
        ///Queue names (being retired in favour of `elastic_resource_pools`).
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub queues: ::std::vec::Vec<::std::string::String>,
    }
    impl AssociateQueueToEnhancedConnectionRequest {
        pub fn builder() -> builder::AssociateQueueToEnhancedConnectionRequest {
            Default::default()
        }
    }
    ///The result of binding queues or pools.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct AssociateQueueToEnhancedConnectionResponse {
        ///Whether the request succeeded.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_success: ::std::option::Option<bool>,
        ///A message from the service; often empty.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
    }
    impl AssociateQueueToEnhancedConnectionResponse {
        pub fn builder() -> builder::AssociateQueueToEnhancedConnectionResponse {
            Default::default()
        }
    }
    /**A datasource authentication as DLI reports it: never a password. A location that was
not set may be reported as an empty string.
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
    pub struct AuthInfo {
        ///The name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub auth_info_name: ::std::option::Option<::std::string::String>,
        ///The OBS path of the certificate (`CSS`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub certificate_location: ::std::option::Option<::std::string::String>,
        ///When the entry was created, in milliseconds since the Unix epoch.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub create_time: ::std::option::Option<i64>,
        ///The type, one of `passwd`, `CSS`, `KRB` and `Kafka_SSL`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub datasource_type: ::std::option::Option<::std::string::String>,
        ///The OBS path of the keystore (`Kafka_SSL`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub keystore_location: ::std::option::Option<::std::string::String>,
        ///The OBS path of the keytab (`KRB`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub keytab: ::std::option::Option<::std::string::String>,
        ///The OBS path of `krb5.conf` (`KRB`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub krb5_conf: ::std::option::Option<::std::string::String>,
        ///The user that created the entry.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub owner: ::std::option::Option<::std::string::String>,
        ///The OBS path of the truststore (`Kafka_SSL`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub truststore_location: ::std::option::Option<::std::string::String>,
        ///When the entry was last updated, in milliseconds since the Unix epoch.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub update_time: ::std::option::Option<i64>,
        ///The user.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user_name: ::std::option::Option<::std::string::String>,
    }
    impl AuthInfo {
        pub fn builder() -> builder::AuthInfo {
            Default::default()
        }
    }
    /**A datasource authentication's name: letters, digits and `_`, not digits alone and not
starting with `_`, at most 128 characters.
*/
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
    pub struct AuthInfoName(::std::string::String);
    impl ::std::ops::Deref for AuthInfoName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<AuthInfoName> for ::std::string::String {
        fn from(value: AuthInfoName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for AuthInfoName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 128usize {
                return Err("longer than 128 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            {
                ::regress::Regex::new(
                        "^([A-Za-z][A-Za-z0-9_]*|[0-9]+[A-Za-z_][A-Za-z0-9_]*)$",
                    )
                    .unwrap()
            });
            if PATTERN.find(value).is_none() {
                return Err(
                    "doesn't match pattern \"^([A-Za-z][A-Za-z0-9_]*|[0-9]+[A-Za-z_][A-Za-z0-9_]*)$\""
                        .into(),
                );
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for AuthInfoName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for AuthInfoName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for AuthInfoName {
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
    /**The kind of data source: `passwd` (RDS, DWS, DDS and DCS), `CSS` (CSS 6.5.4 or later
in security mode), `KRB` (MRS with Kerberos) or `Kafka_SSL`.
*/
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    pub enum AuthInfoType {
        #[serde(rename = "passwd")]
        Passwd,
        #[serde(rename = "CSS")]
        Css,
        #[serde(rename = "KRB")]
        Krb,
        #[serde(rename = "Kafka_SSL")]
        KafkaSsl,
    }
    impl ::std::fmt::Display for AuthInfoType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Passwd => f.write_str("passwd"),
                Self::Css => f.write_str("CSS"),
                Self::Krb => f.write_str("KRB"),
                Self::KafkaSsl => f.write_str("Kafka_SSL"),
            }
        }
    }
    impl ::std::str::FromStr for AuthInfoType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "passwd" => Ok(Self::Passwd),
                "CSS" => Ok(Self::Css),
                "KRB" => Ok(Self::Krb),
                "Kafka_SSL" => Ok(Self::KafkaSsl),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for AuthInfoType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for AuthInfoType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///The user that logs in to the data source (`passwd`, `CSS`, `KRB`).
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
    pub struct AuthInfoUser(::std::string::String);
    impl ::std::ops::Deref for AuthInfoUser {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<AuthInfoUser> for ::std::string::String {
        fn from(value: AuthInfoUser) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for AuthInfoUser {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 128usize {
                return Err("longer than 128 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for AuthInfoUser {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for AuthInfoUser {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for AuthInfoUser {
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
    ///The tags to add, at most 20 a request.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct BatchCreateResourceTagsRequest {
        ///The tags.
        pub tags: ::std::vec::Vec<Tag>,
    }
    impl BatchCreateResourceTagsRequest {
        pub fn builder() -> builder::BatchCreateResourceTagsRequest {
            Default::default()
        }
    }
    ///`BatchCreateResourceTagsResourceType`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    pub enum BatchCreateResourceTagsResourceType {
        #[serde(rename = "dli_enhanced_datasource")]
        DliEnhancedDatasource,
    }
    impl ::std::fmt::Display for BatchCreateResourceTagsResourceType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::DliEnhancedDatasource => f.write_str("dli_enhanced_datasource"),
            }
        }
    }
    impl ::std::str::FromStr for BatchCreateResourceTagsResourceType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "dli_enhanced_datasource" => Ok(Self::DliEnhancedDatasource),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for BatchCreateResourceTagsResourceType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for BatchCreateResourceTagsResourceType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///The tags to remove (matched by key), at most 20 a request.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct BatchDeleteResourceTagsRequest {
        ///The tags.
        pub tags: ::std::vec::Vec<Tag>,
    }
    impl BatchDeleteResourceTagsRequest {
        pub fn builder() -> builder::BatchDeleteResourceTagsRequest {
            Default::default()
        }
    }
    ///`BatchDeleteResourceTagsResourceType`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    pub enum BatchDeleteResourceTagsResourceType {
        #[serde(rename = "dli_enhanced_datasource")]
        DliEnhancedDatasource,
    }
    impl ::std::fmt::Display for BatchDeleteResourceTagsResourceType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::DliEnhancedDatasource => f.write_str("dli_enhanced_datasource"),
            }
        }
    }
    impl ::std::str::FromStr for BatchDeleteResourceTagsResourceType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "dli_enhanced_datasource" => Ok(Self::DliEnhancedDatasource),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for BatchDeleteResourceTagsResourceType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for BatchDeleteResourceTagsResourceType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///A connection's name; letters, digits and `_`, at most 64 characters.
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
    pub struct ConnectionName(::std::string::String);
    impl ::std::ops::Deref for ConnectionName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ConnectionName> for ::std::string::String {
        fn from(value: ConnectionName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ConnectionName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 64usize {
                return Err("longer than 64 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^[A-Za-z0-9_]{1,64}$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[A-Za-z0-9_]{1,64}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ConnectionName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ConnectionName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ConnectionName {
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
    ///The address a queue should reach.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct CreateConnectivityTaskRequest {
        ///`host:port` or `ip:port`, such as `orders-db:3306`.
        pub address: CreateConnectivityTaskRequestAddress,
    }
    impl CreateConnectivityTaskRequest {
        pub fn builder() -> builder::CreateConnectivityTaskRequest {
            Default::default()
        }
    }
    ///`host:port` or `ip:port`, such as `orders-db:3306`.
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
    pub struct CreateConnectivityTaskRequestAddress(::std::string::String);
    impl ::std::ops::Deref for CreateConnectivityTaskRequestAddress {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateConnectivityTaskRequestAddress>
    for ::std::string::String {
        fn from(value: CreateConnectivityTaskRequestAddress) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateConnectivityTaskRequestAddress {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 3usize {
                return Err("shorter than 3 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CreateConnectivityTaskRequestAddress {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CreateConnectivityTaskRequestAddress {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateConnectivityTaskRequestAddress {
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
    ///A started connectivity test.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct CreateConnectivityTaskResponse {
        ///Whether the request succeeded.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_success: ::std::option::Option<bool>,
        ///A message from the service.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        ///The test's id, for ShowConnectivityTask.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub task_id: ::std::option::Option<i64>,
    }
    impl CreateConnectivityTaskResponse {
        pub fn builder() -> builder::CreateConnectivityTaskResponse {
            Default::default()
        }
    }
    ///What a new enhanced datasource connection is made of.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct CreateEnhancedConnectionRequest {
        ///The id of the subnet of that VPC to peer with.
        pub dest_network_id: CreateEnhancedConnectionRequestDestNetworkId,
        ///The id of the VPC to peer with.
        pub dest_vpc_id: CreateEnhancedConnectionRequestDestVpcId,
        ///The elastic resource pools to peer with the subnet.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub elastic_resource_pools: ::std::vec::Vec<::std::string::String>,
        ///Host names and addresses that jobs resolve through the connection.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub hosts: ::std::vec::Vec<Host>,
        pub name: ConnectionName,
        ///The queues to peer with the subnet.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub queues: ::std::vec::Vec<::std::string::String>,
        ///The id of the route table of the subnet.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub routetable_id: ::std::option::Option<::std::string::String>,
        ///Tags of the connection.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub tags: ::std::vec::Vec<Tag>,
    }
    impl CreateEnhancedConnectionRequest {
        pub fn builder() -> builder::CreateEnhancedConnectionRequest {
            Default::default()
        }
    }
    ///The id of the subnet of that VPC to peer with.
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
    pub struct CreateEnhancedConnectionRequestDestNetworkId(::std::string::String);
    impl ::std::ops::Deref for CreateEnhancedConnectionRequestDestNetworkId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateEnhancedConnectionRequestDestNetworkId>
    for ::std::string::String {
        fn from(value: CreateEnhancedConnectionRequestDestNetworkId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateEnhancedConnectionRequestDestNetworkId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CreateEnhancedConnectionRequestDestNetworkId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CreateEnhancedConnectionRequestDestNetworkId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de>
    for CreateEnhancedConnectionRequestDestNetworkId {
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
    ///The id of the VPC to peer with.
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
    pub struct CreateEnhancedConnectionRequestDestVpcId(::std::string::String);
    impl ::std::ops::Deref for CreateEnhancedConnectionRequestDestVpcId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateEnhancedConnectionRequestDestVpcId>
    for ::std::string::String {
        fn from(value: CreateEnhancedConnectionRequestDestVpcId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateEnhancedConnectionRequestDestVpcId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CreateEnhancedConnectionRequestDestVpcId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CreateEnhancedConnectionRequestDestVpcId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateEnhancedConnectionRequestDestVpcId {
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
    ///The result of creating an enhanced datasource connection.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct CreateEnhancedConnectionResponse {
        ///The id of the new connection.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub connection_id: ::std::option::Option<::uuid::Uuid>,
        ///Whether the request succeeded.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_success: ::std::option::Option<bool>,
        ///A message from the service; often empty.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
    }
    impl CreateEnhancedConnectionResponse {
        pub fn builder() -> builder::CreateEnhancedConnectionResponse {
            Default::default()
        }
    }
    ///A new datasource authentication.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct CreateJobAuthInfoRequest {
        pub auth_info_name: AuthInfoName,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub certificate_location: ::std::option::Option<ObsPath>,
        pub datasource_type: AuthInfoType,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub key_password: ::std::option::Option<crate::password::Password>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub keystore_location: ::std::option::Option<ObsPath>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub keystore_password: ::std::option::Option<crate::password::Password>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub keytab: ::std::option::Option<ObsPath>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub krb5_conf: ::std::option::Option<ObsPath>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub password: ::std::option::Option<crate::password::Password>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub truststore_location: ::std::option::Option<ObsPath>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub truststore_password: ::std::option::Option<crate::password::Password>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user_name: ::std::option::Option<AuthInfoUser>,
    }
    impl CreateJobAuthInfoRequest {
        pub fn builder() -> builder::CreateJobAuthInfoRequest {
            Default::default()
        }
    }
    ///The result of creating a datasource authentication.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct CreateJobAuthInfoResponse {
        ///Whether the request succeeded.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_success: ::std::option::Option<bool>,
        ///A message from the service; often empty.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
    }
    impl CreateJobAuthInfoResponse {
        pub fn builder() -> builder::CreateJobAuthInfoResponse {
            Default::default()
        }
    }
    ///A new route of a connection.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct CreateRouteToEnhancedConnectionRequest {
        ///The IPv4 network the route leads to, such as `192.168.0.0/24`.
        pub cidr: ::std::string::String,
        ///The route's name, unique within the connection; 1 to 64 characters.
        pub name: CreateRouteToEnhancedConnectionRequestName,
    }
    impl CreateRouteToEnhancedConnectionRequest {
        pub fn builder() -> builder::CreateRouteToEnhancedConnectionRequest {
            Default::default()
        }
    }
    ///The route's name, unique within the connection; 1 to 64 characters.
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
    pub struct CreateRouteToEnhancedConnectionRequestName(::std::string::String);
    impl ::std::ops::Deref for CreateRouteToEnhancedConnectionRequestName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateRouteToEnhancedConnectionRequestName>
    for ::std::string::String {
        fn from(value: CreateRouteToEnhancedConnectionRequestName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateRouteToEnhancedConnectionRequestName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 64usize {
                return Err("longer than 64 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CreateRouteToEnhancedConnectionRequestName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CreateRouteToEnhancedConnectionRequestName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateRouteToEnhancedConnectionRequestName {
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
    ///The result of adding a route.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct CreateRouteToEnhancedConnectionResponse {
        ///Whether the request succeeded.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_success: ::std::option::Option<bool>,
        ///A message from the service; often empty.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
    }
    impl CreateRouteToEnhancedConnectionResponse {
        pub fn builder() -> builder::CreateRouteToEnhancedConnectionResponse {
            Default::default()
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
    ///The result of deleting a datasource authentication.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct DeleteJobAuthInfoResponse {
        ///Whether the request succeeded.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_success: ::std::option::Option<bool>,
        ///A message from the service; often empty.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
    }
    impl DeleteJobAuthInfoResponse {
        pub fn builder() -> builder::DeleteJobAuthInfoResponse {
            Default::default()
        }
    }
    ///The result of deleting a route.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct DeleteRouteFromEnhancedConnectionResponse {
        ///Whether the request succeeded.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_success: ::std::option::Option<bool>,
        ///A message from the service; often empty.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
    }
    impl DeleteRouteFromEnhancedConnectionResponse {
        pub fn builder() -> builder::DeleteRouteFromEnhancedConnectionResponse {
            Default::default()
        }
    }
    ///The queues and elastic resource pools to unbind.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct DisassociateQueueFromEnhancedConnectionRequest {
        ///Elastic resource pool names.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub elastic_resource_pools: ::std::vec::Vec<::std::string::String>,
        ///Queue names (being retired in favour of `elastic_resource_pools`).
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub queues: ::std::vec::Vec<::std::string::String>,
    }
    impl DisassociateQueueFromEnhancedConnectionRequest {
        pub fn builder() -> builder::DisassociateQueueFromEnhancedConnectionRequest {
            Default::default()
        }
    }
    ///The result of unbinding queues or pools.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct DisassociateQueueFromEnhancedConnectionResponse {
        ///Whether the request succeeded.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_success: ::std::option::Option<bool>,
        ///A message from the service; often empty.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
    }
    impl DisassociateQueueFromEnhancedConnectionResponse {
        pub fn builder() -> builder::DisassociateQueueFromEnhancedConnectionResponse {
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
    ///An elastic resource pool, as listed.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct ElasticResourcePool {
        ///The compute units the pool has now.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub actual_cu: ::std::option::Option<i64>,
        ///How the pool is charged, as DLI numbers it.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub charging_mode: ::std::option::Option<i64>,
        ///The pool's network, a CIDR.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cidr_in_vpc: ::std::option::Option<::std::string::String>,
        ///When the pool was created, in milliseconds since the Unix epoch.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub create_time: ::std::option::Option<i64>,
        ///The compute units the pool is set to.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub current_cu: ::std::option::Option<i64>,
        ///The pool's description.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///The pool's name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub elastic_resource_pool_name: ::std::option::Option<::std::string::String>,
        ///The enterprise project the pool belongs to.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub enterprise_project_id: ::std::option::Option<::std::string::String>,
        ///Why the pool failed, when it did.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub fail_reason: ::std::option::Option<::std::string::String>,
        ///The pool's id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<i64>,
        ///The pool's IPv6 network, a CIDR.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ipv6_cidr_in_subnet: ::std::option::Option<::std::string::String>,
        ///Whether the pool has IPv6.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ipv6_enable: ::std::option::Option<bool>,
        ///The pool's labels.
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: HashMap::is_empty"
        )]
        pub label: ::std::collections::HashMap<
            ::std::string::String,
            ::std::string::String,
        >,
        ///Who manages the pool, such as `CUSTOMER`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub manager: ::std::option::Option<::std::string::String>,
        ///The most compute units the pool scales to.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub max_cu: ::std::option::Option<i64>,
        ///The fewest compute units the pool scales to.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub min_cu: ::std::option::Option<i64>,
        ///The user who created the pool.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub owner: ::std::option::Option<::std::string::String>,
        ///The compute units paid in advance.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub prepay_cu: ::std::option::Option<i64>,
        ///The names of the pool's queues.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub queues: ::std::vec::Vec<::std::string::String>,
        ///The pool's resource id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub resource_id: ::std::option::Option<::std::string::String>,
        ///The pool's status, such as `AVAILABLE`, `SCALING` or `FAILED`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
        ///When the pool last changed, in milliseconds since the Unix epoch.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub update_time: ::std::option::Option<i64>,
    }
    impl ElasticResourcePool {
        pub fn builder() -> builder::ElasticResourcePool {
            Default::default()
        }
    }
    ///An enhanced datasource connection, as listed.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct EnhancedConnection {
        ///The connection's peerings with queues.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub available_queue_info: ::std::vec::Vec<PeeringResource>,
        ///When the connection was created, in milliseconds since the Unix epoch.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub create_time: ::std::option::Option<i64>,
        ///The id of the peered subnet.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub dest_network_id: ::std::option::Option<::std::string::String>,
        ///The id of the peered VPC.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub dest_vpc_id: ::std::option::Option<::std::string::String>,
        ///The connection's peerings with elastic resource pools.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub elastic_resource_pools: ::std::vec::Vec<PeeringResource>,
        ///The connection's host entries.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub hosts: ::std::vec::Vec<Host>,
        ///The connection's id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::uuid::Uuid>,
        ///Whether IPv6 is enabled for the connection.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ipv6_enable: ::std::option::Option<bool>,
        /**`false` once the connection was granted to a project, `true` before, as the SDK's
model describes it; it does not say by whom, nor whether the connection is the
caller's. DLI spells it in camel case.
*/
        #[serde(
            rename = "isPrivis",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_privis: ::std::option::Option<bool>,
        ///The connection's name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        /**The connection's routes. Not in DLI's published pages nor the SDK's models;
Terraform's provider reads them.
*/
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub routes: ::std::vec::Vec<Route>,
        /**The connection's status: `ACTIVE` or `DELETED` (other values may appear, such as
`CREATING`). Whether it can be deleted depends on its peerings' statuses.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
    }
    impl EnhancedConnection {
        pub fn builder() -> builder::EnhancedConnection {
            Default::default()
        }
    }
    ///What one project may do with a connection.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct EnhancedConnectionPrivilege {
        ///The grantee project.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub applicant_project_id: ::std::option::Option<::std::string::String>,
        ///The object, `edsconnections.<connection_id>`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub object: ::std::option::Option<::std::string::String>,
        ///The privileges granted, such as `BIND_QUEUE`.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub privileges: ::std::vec::Vec<::std::string::String>,
    }
    impl EnhancedConnectionPrivilege {
        pub fn builder() -> builder::EnhancedConnectionPrivilege {
            Default::default()
        }
    }
    ///A host name and the address it resolves to through the connection.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct Host {
        ///The IPv4 address.
        pub ip: ::std::string::String,
        ///The host name.
        pub name: ::std::string::String,
    }
    impl Host {
        pub fn builder() -> builder::Host {
            Default::default()
        }
    }
    ///One page of elastic resource pools.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct ListElasticResourcePoolsResponse {
        ///How many pools match, across all pages.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub count: ::std::option::Option<i64>,
        ///The pools of this page.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub elastic_resource_pools: ::std::vec::Vec<ElasticResourcePool>,
        ///Whether the request succeeded.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_success: ::std::option::Option<bool>,
        ///A message from the service; often empty.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
    }
    impl ListElasticResourcePoolsResponse {
        pub fn builder() -> builder::ListElasticResourcePoolsResponse {
            Default::default()
        }
    }
    ///`ListElasticResourcePoolsTags`
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
    pub struct ListElasticResourcePoolsTags(::std::string::String);
    impl ::std::ops::Deref for ListElasticResourcePoolsTags {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListElasticResourcePoolsTags> for ::std::string::String {
        fn from(value: ListElasticResourcePoolsTags) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListElasticResourcePoolsTags {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^[^=,]+=[^,]*(,[^=,]+=[^,]*)*$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err(
                    "doesn't match pattern \"^[^=,]+=[^,]*(,[^=,]+=[^,]*)*$\"".into(),
                );
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ListElasticResourcePoolsTags {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ListElasticResourcePoolsTags {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListElasticResourcePoolsTags {
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
    ///One page of enhanced datasource connections.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct ListEnhancedConnectionsResponse {
        ///The connections of this page.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub connections: ::std::vec::Vec<EnhancedConnection>,
        ///How many connections match, across all pages.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub count: ::std::option::Option<i64>,
        ///Whether the request succeeded.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_success: ::std::option::Option<bool>,
        ///A message from the service; often empty.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
    }
    impl ListEnhancedConnectionsResponse {
        pub fn builder() -> builder::ListEnhancedConnectionsResponse {
            Default::default()
        }
    }
    ///`ListEnhancedConnectionsTags`
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
    pub struct ListEnhancedConnectionsTags(::std::string::String);
    impl ::std::ops::Deref for ListEnhancedConnectionsTags {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListEnhancedConnectionsTags> for ::std::string::String {
        fn from(value: ListEnhancedConnectionsTags) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListEnhancedConnectionsTags {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^[^=,]+=[^,]*(,[^=,]+=[^,]*)*$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err(
                    "doesn't match pattern \"^[^=,]+=[^,]*(,[^=,]+=[^,]*)*$\"".into(),
                );
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ListEnhancedConnectionsTags {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListEnhancedConnectionsTags {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListEnhancedConnectionsTags {
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
    ///One page of datasource authentications.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct ListJobAuthInfosResponse {
        ///This page's entries.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub auth_infos: ::std::vec::Vec<AuthInfo>,
        ///The number of matching entries across all pages.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub count: ::std::option::Option<i32>,
        ///Whether the request succeeded.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_success: ::std::option::Option<bool>,
        ///A message from the service; often empty.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
    }
    impl ListJobAuthInfosResponse {
        pub fn builder() -> builder::ListJobAuthInfosResponse {
            Default::default()
        }
    }
    ///`ListQueuesQueueType`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    pub enum ListQueuesQueueType {
        #[serde(rename = "sql")]
        Sql,
        #[serde(rename = "general")]
        General,
        #[serde(rename = "all")]
        All,
    }
    impl ::std::fmt::Display for ListQueuesQueueType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Sql => f.write_str("sql"),
                Self::General => f.write_str("general"),
                Self::All => f.write_str("all"),
            }
        }
    }
    impl ::std::str::FromStr for ListQueuesQueueType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "sql" => Ok(Self::Sql),
                "general" => Ok(Self::General),
                "all" => Ok(Self::All),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ListQueuesQueueType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListQueuesQueueType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///The project's queues.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct ListQueuesResponse {
        ///Whether the request succeeded.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_success: ::std::option::Option<bool>,
        ///A message from the service; often empty.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        ///The queues.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub queues: ::std::vec::Vec<Queue>,
    }
    impl ListQueuesResponse {
        pub fn builder() -> builder::ListQueuesResponse {
            Default::default()
        }
    }
    ///`ListQueuesTags`
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
    pub struct ListQueuesTags(::std::string::String);
    impl ::std::ops::Deref for ListQueuesTags {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListQueuesTags> for ::std::string::String {
        fn from(value: ListQueuesTags) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListQueuesTags {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^[^=,]+=[^,]*(,[^=,]+=[^,]*)*$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err(
                    "doesn't match pattern \"^[^=,]+=[^,]*(,[^=,]+=[^,]*)*$\"".into(),
                );
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ListQueuesTags {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListQueuesTags {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListQueuesTags {
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
    ///A file in OBS, as `obs://bucket/key`.
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
    pub struct ObsPath(::std::string::String);
    impl ::std::ops::Deref for ObsPath {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ObsPath> for ::std::string::String {
        fn from(value: ObsPath) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ObsPath {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 1024usize {
                return Err("longer than 1024 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^obs://[^/]+/.+$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^obs://[^/]+/.+$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ObsPath {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ObsPath {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ObsPath {
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
    ///The peering of a connection with one queue or elastic resource pool.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct PeeringResource {
        ///Why the peering failed; empty otherwise.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub err_msg: ::std::option::Option<::std::string::String>,
        ///The name of the queue or elastic resource pool.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///The id of the peering.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub peer_id: ::std::option::Option<::std::string::String>,
        /**The peering's status: `CREATING` while it is set up (the connection cannot be
deleted meanwhile), then `ACTIVE`, or `FAILED` with the reason in `err_msg`.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
        ///When the status last changed, in milliseconds since the Unix epoch.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub update_time: ::std::option::Option<i64>,
    }
    impl PeeringResource {
        pub fn builder() -> builder::PeeringResource {
            Default::default()
        }
    }
    ///Privileges on one object.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct Privilege {
        ///The object; for a connection `edsconnections.<connection_id>`.
        pub object: ::std::string::String,
        ///The privileges; for a connection `BIND_QUEUE`.
        pub privileges: ::std::vec::Vec<::std::string::String>,
    }
    impl Privilege {
        pub fn builder() -> builder::Privilege {
            Default::default()
        }
    }
    /**A project id, used for resource isolation: not empty, without `/`, `?`, `#` or `%`.
*/
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
    pub struct ProjectId(::std::string::String);
    impl ::std::ops::Deref for ProjectId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ProjectId> for ::std::string::String {
        fn from(value: ProjectId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ProjectId {
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
    impl ::std::convert::TryFrom<&str> for ProjectId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ProjectId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ProjectId {
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
    ///A queue, as listed.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct Queue {
        ///How the queue is charged, as DLI numbers it.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub charging_mode: ::std::option::Option<i64>,
        ///The queue's management subnet, a CIDR.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cidr_in_mgntsubnet: ::std::option::Option<::std::string::String>,
        ///The queue's subnet, a CIDR.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cidr_in_subnet: ::std::option::Option<::std::string::String>,
        ///The queue's network, a CIDR.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cidr_in_vpc: ::std::option::Option<::std::string::String>,
        ///When the queue was created, in milliseconds since the Unix epoch.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub create_time: ::std::option::Option<i64>,
        ///The queue's compute units.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cu_count: ::std::option::Option<i64>,
        ///The fewest compute units the queue scales in to.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cu_scale_in_limit: ::std::option::Option<i64>,
        ///The most compute units the queue scales out to.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cu_scale_out_limit: ::std::option::Option<i64>,
        ///The compute units of the queue's specification.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cu_spec: ::std::option::Option<i64>,
        ///The Flink JAR version the queue runs by default.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub default_flink_jar_version: ::std::option::Option<::std::string::String>,
        ///The Flink SQL version the queue runs by default.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub default_flink_sql_version: ::std::option::Option<::std::string::String>,
        ///The HetuEngine version the queue runs by default.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub default_hetu_engine_version: ::std::option::Option<::std::string::String>,
        ///The Spark version the queue runs by default.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub default_spark_version: ::std::option::Option<::std::string::String>,
        ///The queue's description.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///The elastic resource pool the queue belongs to, if any.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub elastic_resource_pool_name: ::std::option::Option<::std::string::String>,
        ///The queue's engine, such as `spark`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub engine: ::std::option::Option<::std::string::String>,
        ///The enterprise project the queue belongs to.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub enterprise_project_id: ::std::option::Option<::std::string::String>,
        ///The queue's feature, such as `basic`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub feature: ::std::option::Option<::std::string::String>,
        ///Whether the queue is restarting.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_restarting: ::std::option::Option<bool>,
        ///The queue's labels, comma-separated.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub labels: ::std::option::Option<::std::string::String>,
        ///The user who created the queue.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub owner: ::std::option::Option<::std::string::String>,
        ///The queue's CPU architecture, such as `x86_64`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub platform: ::std::option::Option<::std::string::String>,
        ///The queue's id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub queue_id: ::std::option::Option<i64>,
        ///The queue's name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub queue_name: ::std::option::Option<::std::string::String>,
        ///The kind of resource the queue is made of.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub queue_resource_type: ::std::option::Option<::std::string::String>,
        ///The queue's type, such as `sql` or `general`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub queue_type: ::std::option::Option<::std::string::String>,
        ///The queue's resource id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub resource_id: ::std::option::Option<::std::string::String>,
        ///Whether the queue is shared (0) or dedicated (1).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub resource_mode: ::std::option::Option<i64>,
        ///The Flink JAR versions the queue runs.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub support_flink_jar_versions: ::std::vec::Vec<::std::string::String>,
        ///The Flink SQL versions the queue runs.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub support_flink_sql_versions: ::std::vec::Vec<::std::string::String>,
        ///The HetuEngine versions the queue runs.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub support_hetu_engine_versions: ::std::vec::Vec<::std::string::String>,
        ///The open-source Flink versions the queue runs.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub support_opensource_flink_versions: ::std::vec::Vec<::std::string::String>,
        ///The Spark versions the queue runs.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub support_spark_versions: ::std::vec::Vec<::std::string::String>,
        ///The compute units in use.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub used_cu: ::std::option::Option<f64>,
    }
    impl Queue {
        pub fn builder() -> builder::Queue {
            Default::default()
        }
    }
    /**A route of a connection, as Show and List report it. Neither DLI's published pages
nor the SDK's models name this array; Terraform's provider reads it.
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
    pub struct Route {
        ///The addresses the route leads to, such as `192.168.0.0/24`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cidr: ::std::option::Option<::std::string::String>,
        ///When the route was added, in milliseconds since the Unix epoch.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub create_time: ::std::option::Option<i64>,
        ///The route's name, unique within the connection.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
    }
    impl Route {
        pub fn builder() -> builder::Route {
            Default::default()
        }
    }
    ///A change to another project's or user's privileges.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct RunAuthorizationActionRequest {
        ///`grant` adds the privileges, `revoke` removes them, `update` replaces them.
        pub action: RunAuthorizationActionRequestAction,
        ///The objects and the privileges on each.
        pub privileges: ::std::vec::Vec<Privilege>,
        ///The grantee project, when privileges go to a project (DLI spells it in camel case).
        #[serde(
            rename = "projectId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub project_id: ::std::option::Option<::std::string::String>,
        ///The grantee user, when privileges go to a user.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user_name: ::std::option::Option<::std::string::String>,
    }
    impl RunAuthorizationActionRequest {
        pub fn builder() -> builder::RunAuthorizationActionRequest {
            Default::default()
        }
    }
    ///`grant` adds the privileges, `revoke` removes them, `update` replaces them.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    pub enum RunAuthorizationActionRequestAction {
        #[serde(rename = "grant")]
        Grant,
        #[serde(rename = "revoke")]
        Revoke,
        #[serde(rename = "update")]
        Update,
    }
    impl ::std::fmt::Display for RunAuthorizationActionRequestAction {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Grant => f.write_str("grant"),
                Self::Revoke => f.write_str("revoke"),
                Self::Update => f.write_str("update"),
            }
        }
    }
    impl ::std::str::FromStr for RunAuthorizationActionRequestAction {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "grant" => Ok(Self::Grant),
                "revoke" => Ok(Self::Revoke),
                "update" => Ok(Self::Update),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for RunAuthorizationActionRequestAction {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for RunAuthorizationActionRequestAction {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///The result of changing privileges.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct RunAuthorizationActionResponse {
        ///Whether the request succeeded.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_success: ::std::option::Option<bool>,
        ///A message from the service; often empty.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
    }
    impl RunAuthorizationActionResponse {
        pub fn builder() -> builder::RunAuthorizationActionResponse {
            Default::default()
        }
    }
    ///The state or result of a connectivity test.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct ShowConnectivityTaskResponse {
        /**`REACHABLE` (published), `UNREACHABLE`, or `CHECKING` while the test runs (both
decided here, not published); any other value is kept as sent.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub connectivity: ::std::option::Option<::std::string::String>,
        ///Whether the request succeeded.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_success: ::std::option::Option<bool>,
        ///A message from the service.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
    }
    impl ShowConnectivityTaskResponse {
        pub fn builder() -> builder::ShowConnectivityTaskResponse {
            Default::default()
        }
    }
    ///The privileges other projects hold on a connection.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct ShowEnhancedConnectionPrivilegeResponse {
        ///The connection's id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub connection_id: ::std::option::Option<::std::string::String>,
        ///Whether the request succeeded.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_success: ::std::option::Option<bool>,
        ///A message from the service; often empty.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        ///One entry per grantee project.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub privileges: ::std::vec::Vec<EnhancedConnectionPrivilege>,
    }
    impl ShowEnhancedConnectionPrivilegeResponse {
        pub fn builder() -> builder::ShowEnhancedConnectionPrivilegeResponse {
            Default::default()
        }
    }
    ///One enhanced datasource connection, with the request's outcome.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct ShowEnhancedConnectionResponse {
        ///The connection's peerings with queues.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub available_queue_info: ::std::vec::Vec<PeeringResource>,
        ///When the connection was created, in milliseconds since the Unix epoch.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub create_time: ::std::option::Option<i64>,
        ///The id of the peered subnet.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub dest_network_id: ::std::option::Option<::std::string::String>,
        ///The id of the peered VPC.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub dest_vpc_id: ::std::option::Option<::std::string::String>,
        ///The connection's peerings with elastic resource pools.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub elastic_resource_pools: ::std::vec::Vec<PeeringResource>,
        ///The connection's host entries.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub hosts: ::std::vec::Vec<Host>,
        ///The connection's id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::uuid::Uuid>,
        ///Whether IPv6 is enabled for the connection.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ipv6_enable: ::std::option::Option<bool>,
        ///Whether the request succeeded.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_success: ::std::option::Option<bool>,
        ///A message from the service; often empty.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        ///The connection's name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        /**The connection's routes. Not in DLI's published pages nor the SDK's models;
Terraform's provider reads them.
*/
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub routes: ::std::vec::Vec<Route>,
        /**The connection's status: `ACTIVE` or `DELETED` (other values may appear, such as
`CREATING`). Whether it can be deleted depends on its peerings' statuses.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
    }
    impl ShowEnhancedConnectionResponse {
        pub fn builder() -> builder::ShowEnhancedConnectionResponse {
            Default::default()
        }
    }
    ///`ShowResourceTagsResourceType`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    pub enum ShowResourceTagsResourceType {
        #[serde(rename = "dli_enhanced_datasource")]
        DliEnhancedDatasource,
    }
    impl ::std::fmt::Display for ShowResourceTagsResourceType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::DliEnhancedDatasource => f.write_str("dli_enhanced_datasource"),
            }
        }
    }
    impl ::std::str::FromStr for ShowResourceTagsResourceType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "dli_enhanced_datasource" => Ok(Self::DliEnhancedDatasource),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ShowResourceTagsResourceType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ShowResourceTagsResourceType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///A resource's tags.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct ShowResourceTagsResponse {
        ///How many tags the resource has.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub count: ::std::option::Option<i32>,
        ///The tags on this page.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub tags: ::std::vec::Vec<Tag>,
    }
    impl ShowResourceTagsResponse {
        pub fn builder() -> builder::ShowResourceTagsResponse {
            Default::default()
        }
    }
    ///A tag of a connection.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct Tag {
        ///The tag's key.
        pub key: ::std::string::String,
        ///The tag's value.
        pub value: ::std::string::String,
    }
    impl Tag {
        pub fn builder() -> builder::Tag {
            Default::default()
        }
    }
    ///The host entries that replace all of a connection's.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct UpdateEnhancedConnectionRequest {
        ///Every host entry the connection keeps; an empty list clears them.
        pub hosts: ::std::vec::Vec<Host>,
    }
    impl UpdateEnhancedConnectionRequest {
        pub fn builder() -> builder::UpdateEnhancedConnectionRequest {
            Default::default()
        }
    }
    ///The result of setting a connection's host entries.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct UpdateEnhancedConnectionResponse {
        ///Whether the request succeeded.
        pub is_success: bool,
        ///A message from the service.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
    }
    impl UpdateEnhancedConnectionResponse {
        pub fn builder() -> builder::UpdateEnhancedConnectionResponse {
            Default::default()
        }
    }
    ///New values for a datasource authentication; a field left out keeps its value.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct UpdateJobAuthInfoRequest {
        pub auth_info_name: AuthInfoName,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub keystore_location: ::std::option::Option<ObsPath>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub keystore_password: ::std::option::Option<crate::password::Password>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub keytab: ::std::option::Option<ObsPath>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub krb5_conf: ::std::option::Option<ObsPath>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub password: ::std::option::Option<crate::password::Password>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub truststore_location: ::std::option::Option<ObsPath>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub truststore_password: ::std::option::Option<crate::password::Password>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user_name: ::std::option::Option<AuthInfoUser>,
    }
    impl UpdateJobAuthInfoRequest {
        pub fn builder() -> builder::UpdateJobAuthInfoRequest {
            Default::default()
        }
    }
    ///The result of updating a datasource authentication.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct UpdateJobAuthInfoResponse {
        ///Whether the request succeeded.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_success: ::std::option::Option<bool>,
        ///A message from the service; often empty.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
    }
    impl UpdateJobAuthInfoResponse {
        pub fn builder() -> builder::UpdateJobAuthInfoResponse {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct AssociateQueueToEnhancedConnectionRequest {
            elastic_resource_pools: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            queues: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AssociateQueueToEnhancedConnectionRequest {
            fn default() -> Self {
                Self {
                    elastic_resource_pools: Ok(Default::default()),
                    queues: Ok(Default::default()),
                }
            }
        }
        impl AssociateQueueToEnhancedConnectionRequest {
            pub fn elastic_resource_pools<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.elastic_resource_pools = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for elastic_resource_pools: {e}"
                        )
                    });
                self
            }
            pub fn queues<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.queues = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for queues: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AssociateQueueToEnhancedConnectionRequest>
        for super::AssociateQueueToEnhancedConnectionRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AssociateQueueToEnhancedConnectionRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    elastic_resource_pools: value.elastic_resource_pools?,
                    queues: value.queues?,
                })
            }
        }
        impl ::std::convert::From<super::AssociateQueueToEnhancedConnectionRequest>
        for AssociateQueueToEnhancedConnectionRequest {
            fn from(value: super::AssociateQueueToEnhancedConnectionRequest) -> Self {
                Self {
                    elastic_resource_pools: Ok(value.elastic_resource_pools),
                    queues: Ok(value.queues),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AssociateQueueToEnhancedConnectionResponse {
            is_success: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AssociateQueueToEnhancedConnectionResponse {
            fn default() -> Self {
                Self {
                    is_success: Ok(Default::default()),
                    message: Ok(Default::default()),
                }
            }
        }
        impl AssociateQueueToEnhancedConnectionResponse {
            pub fn is_success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
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
        impl ::std::convert::TryFrom<AssociateQueueToEnhancedConnectionResponse>
        for super::AssociateQueueToEnhancedConnectionResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AssociateQueueToEnhancedConnectionResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    is_success: value.is_success?,
                    message: value.message?,
                })
            }
        }
        impl ::std::convert::From<super::AssociateQueueToEnhancedConnectionResponse>
        for AssociateQueueToEnhancedConnectionResponse {
            fn from(value: super::AssociateQueueToEnhancedConnectionResponse) -> Self {
                Self {
                    is_success: Ok(value.is_success),
                    message: Ok(value.message),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AuthInfo {
            auth_info_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            certificate_location: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            create_time: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            datasource_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            keystore_location: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            keytab: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            krb5_conf: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            owner: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            truststore_location: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            update_time: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            user_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AuthInfo {
            fn default() -> Self {
                Self {
                    auth_info_name: Ok(Default::default()),
                    certificate_location: Ok(Default::default()),
                    create_time: Ok(Default::default()),
                    datasource_type: Ok(Default::default()),
                    keystore_location: Ok(Default::default()),
                    keytab: Ok(Default::default()),
                    krb5_conf: Ok(Default::default()),
                    owner: Ok(Default::default()),
                    truststore_location: Ok(Default::default()),
                    update_time: Ok(Default::default()),
                    user_name: Ok(Default::default()),
                }
            }
        }
        impl AuthInfo {
            pub fn auth_info_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.auth_info_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for auth_info_name: {e}"
                        )
                    });
                self
            }
            pub fn certificate_location<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.certificate_location = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for certificate_location: {e}"
                        )
                    });
                self
            }
            pub fn create_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.create_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for create_time: {e}")
                    });
                self
            }
            pub fn datasource_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.datasource_type = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for datasource_type: {e}"
                        )
                    });
                self
            }
            pub fn keystore_location<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.keystore_location = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for keystore_location: {e}"
                        )
                    });
                self
            }
            pub fn keytab<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.keytab = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for keytab: {e}")
                    });
                self
            }
            pub fn krb5_conf<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.krb5_conf = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for krb5_conf: {e}")
                    });
                self
            }
            pub fn owner<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.owner = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for owner: {e}")
                    });
                self
            }
            pub fn truststore_location<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.truststore_location = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for truststore_location: {e}"
                        )
                    });
                self
            }
            pub fn update_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.update_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for update_time: {e}")
                    });
                self
            }
            pub fn user_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.user_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_name: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AuthInfo> for super::AuthInfo {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AuthInfo,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    auth_info_name: value.auth_info_name?,
                    certificate_location: value.certificate_location?,
                    create_time: value.create_time?,
                    datasource_type: value.datasource_type?,
                    keystore_location: value.keystore_location?,
                    keytab: value.keytab?,
                    krb5_conf: value.krb5_conf?,
                    owner: value.owner?,
                    truststore_location: value.truststore_location?,
                    update_time: value.update_time?,
                    user_name: value.user_name?,
                })
            }
        }
        impl ::std::convert::From<super::AuthInfo> for AuthInfo {
            fn from(value: super::AuthInfo) -> Self {
                Self {
                    auth_info_name: Ok(value.auth_info_name),
                    certificate_location: Ok(value.certificate_location),
                    create_time: Ok(value.create_time),
                    datasource_type: Ok(value.datasource_type),
                    keystore_location: Ok(value.keystore_location),
                    keytab: Ok(value.keytab),
                    krb5_conf: Ok(value.krb5_conf),
                    owner: Ok(value.owner),
                    truststore_location: Ok(value.truststore_location),
                    update_time: Ok(value.update_time),
                    user_name: Ok(value.user_name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct BatchCreateResourceTagsRequest {
            tags: ::std::result::Result<
                ::std::vec::Vec<super::Tag>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for BatchCreateResourceTagsRequest {
            fn default() -> Self {
                Self {
                    tags: Err("no value supplied for tags".to_string()),
                }
            }
        }
        impl BatchCreateResourceTagsRequest {
            pub fn tags<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Tag>>,
                T::Error: ::std::fmt::Display,
            {
                self.tags = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tags: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<BatchCreateResourceTagsRequest>
        for super::BatchCreateResourceTagsRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BatchCreateResourceTagsRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { tags: value.tags? })
            }
        }
        impl ::std::convert::From<super::BatchCreateResourceTagsRequest>
        for BatchCreateResourceTagsRequest {
            fn from(value: super::BatchCreateResourceTagsRequest) -> Self {
                Self { tags: Ok(value.tags) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct BatchDeleteResourceTagsRequest {
            tags: ::std::result::Result<
                ::std::vec::Vec<super::Tag>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for BatchDeleteResourceTagsRequest {
            fn default() -> Self {
                Self {
                    tags: Err("no value supplied for tags".to_string()),
                }
            }
        }
        impl BatchDeleteResourceTagsRequest {
            pub fn tags<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Tag>>,
                T::Error: ::std::fmt::Display,
            {
                self.tags = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tags: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<BatchDeleteResourceTagsRequest>
        for super::BatchDeleteResourceTagsRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BatchDeleteResourceTagsRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { tags: value.tags? })
            }
        }
        impl ::std::convert::From<super::BatchDeleteResourceTagsRequest>
        for BatchDeleteResourceTagsRequest {
            fn from(value: super::BatchDeleteResourceTagsRequest) -> Self {
                Self { tags: Ok(value.tags) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateConnectivityTaskRequest {
            address: ::std::result::Result<
                super::CreateConnectivityTaskRequestAddress,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateConnectivityTaskRequest {
            fn default() -> Self {
                Self {
                    address: Err("no value supplied for address".to_string()),
                }
            }
        }
        impl CreateConnectivityTaskRequest {
            pub fn address<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CreateConnectivityTaskRequestAddress>,
                T::Error: ::std::fmt::Display,
            {
                self.address = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for address: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateConnectivityTaskRequest>
        for super::CreateConnectivityTaskRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateConnectivityTaskRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { address: value.address? })
            }
        }
        impl ::std::convert::From<super::CreateConnectivityTaskRequest>
        for CreateConnectivityTaskRequest {
            fn from(value: super::CreateConnectivityTaskRequest) -> Self {
                Self { address: Ok(value.address) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateConnectivityTaskResponse {
            is_success: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            task_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateConnectivityTaskResponse {
            fn default() -> Self {
                Self {
                    is_success: Ok(Default::default()),
                    message: Ok(Default::default()),
                    task_id: Ok(Default::default()),
                }
            }
        }
        impl CreateConnectivityTaskResponse {
            pub fn is_success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
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
            pub fn task_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.task_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for task_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateConnectivityTaskResponse>
        for super::CreateConnectivityTaskResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateConnectivityTaskResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    is_success: value.is_success?,
                    message: value.message?,
                    task_id: value.task_id?,
                })
            }
        }
        impl ::std::convert::From<super::CreateConnectivityTaskResponse>
        for CreateConnectivityTaskResponse {
            fn from(value: super::CreateConnectivityTaskResponse) -> Self {
                Self {
                    is_success: Ok(value.is_success),
                    message: Ok(value.message),
                    task_id: Ok(value.task_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateEnhancedConnectionRequest {
            dest_network_id: ::std::result::Result<
                super::CreateEnhancedConnectionRequestDestNetworkId,
                ::std::string::String,
            >,
            dest_vpc_id: ::std::result::Result<
                super::CreateEnhancedConnectionRequestDestVpcId,
                ::std::string::String,
            >,
            elastic_resource_pools: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            hosts: ::std::result::Result<
                ::std::vec::Vec<super::Host>,
                ::std::string::String,
            >,
            name: ::std::result::Result<super::ConnectionName, ::std::string::String>,
            queues: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            routetable_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            tags: ::std::result::Result<
                ::std::vec::Vec<super::Tag>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateEnhancedConnectionRequest {
            fn default() -> Self {
                Self {
                    dest_network_id: Err(
                        "no value supplied for dest_network_id".to_string(),
                    ),
                    dest_vpc_id: Err("no value supplied for dest_vpc_id".to_string()),
                    elastic_resource_pools: Ok(Default::default()),
                    hosts: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                    queues: Ok(Default::default()),
                    routetable_id: Ok(Default::default()),
                    tags: Ok(Default::default()),
                }
            }
        }
        impl CreateEnhancedConnectionRequest {
            pub fn dest_network_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    super::CreateEnhancedConnectionRequestDestNetworkId,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.dest_network_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for dest_network_id: {e}"
                        )
                    });
                self
            }
            pub fn dest_vpc_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    super::CreateEnhancedConnectionRequestDestVpcId,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.dest_vpc_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for dest_vpc_id: {e}")
                    });
                self
            }
            pub fn elastic_resource_pools<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.elastic_resource_pools = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for elastic_resource_pools: {e}"
                        )
                    });
                self
            }
            pub fn hosts<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Host>>,
                T::Error: ::std::fmt::Display,
            {
                self.hosts = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for hosts: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ConnectionName>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn queues<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.queues = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for queues: {e}")
                    });
                self
            }
            pub fn routetable_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.routetable_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for routetable_id: {e}")
                    });
                self
            }
            pub fn tags<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Tag>>,
                T::Error: ::std::fmt::Display,
            {
                self.tags = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tags: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateEnhancedConnectionRequest>
        for super::CreateEnhancedConnectionRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateEnhancedConnectionRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    dest_network_id: value.dest_network_id?,
                    dest_vpc_id: value.dest_vpc_id?,
                    elastic_resource_pools: value.elastic_resource_pools?,
                    hosts: value.hosts?,
                    name: value.name?,
                    queues: value.queues?,
                    routetable_id: value.routetable_id?,
                    tags: value.tags?,
                })
            }
        }
        impl ::std::convert::From<super::CreateEnhancedConnectionRequest>
        for CreateEnhancedConnectionRequest {
            fn from(value: super::CreateEnhancedConnectionRequest) -> Self {
                Self {
                    dest_network_id: Ok(value.dest_network_id),
                    dest_vpc_id: Ok(value.dest_vpc_id),
                    elastic_resource_pools: Ok(value.elastic_resource_pools),
                    hosts: Ok(value.hosts),
                    name: Ok(value.name),
                    queues: Ok(value.queues),
                    routetable_id: Ok(value.routetable_id),
                    tags: Ok(value.tags),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateEnhancedConnectionResponse {
            connection_id: ::std::result::Result<
                ::std::option::Option<::uuid::Uuid>,
                ::std::string::String,
            >,
            is_success: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateEnhancedConnectionResponse {
            fn default() -> Self {
                Self {
                    connection_id: Ok(Default::default()),
                    is_success: Ok(Default::default()),
                    message: Ok(Default::default()),
                }
            }
        }
        impl CreateEnhancedConnectionResponse {
            pub fn connection_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::uuid::Uuid>>,
                T::Error: ::std::fmt::Display,
            {
                self.connection_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for connection_id: {e}")
                    });
                self
            }
            pub fn is_success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
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
        impl ::std::convert::TryFrom<CreateEnhancedConnectionResponse>
        for super::CreateEnhancedConnectionResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateEnhancedConnectionResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    connection_id: value.connection_id?,
                    is_success: value.is_success?,
                    message: value.message?,
                })
            }
        }
        impl ::std::convert::From<super::CreateEnhancedConnectionResponse>
        for CreateEnhancedConnectionResponse {
            fn from(value: super::CreateEnhancedConnectionResponse) -> Self {
                Self {
                    connection_id: Ok(value.connection_id),
                    is_success: Ok(value.is_success),
                    message: Ok(value.message),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateJobAuthInfoRequest {
            auth_info_name: ::std::result::Result<
                super::AuthInfoName,
                ::std::string::String,
            >,
            certificate_location: ::std::result::Result<
                ::std::option::Option<super::ObsPath>,
                ::std::string::String,
            >,
            datasource_type: ::std::result::Result<
                super::AuthInfoType,
                ::std::string::String,
            >,
            key_password: ::std::result::Result<
                ::std::option::Option<crate::password::Password>,
                ::std::string::String,
            >,
            keystore_location: ::std::result::Result<
                ::std::option::Option<super::ObsPath>,
                ::std::string::String,
            >,
            keystore_password: ::std::result::Result<
                ::std::option::Option<crate::password::Password>,
                ::std::string::String,
            >,
            keytab: ::std::result::Result<
                ::std::option::Option<super::ObsPath>,
                ::std::string::String,
            >,
            krb5_conf: ::std::result::Result<
                ::std::option::Option<super::ObsPath>,
                ::std::string::String,
            >,
            password: ::std::result::Result<
                ::std::option::Option<crate::password::Password>,
                ::std::string::String,
            >,
            truststore_location: ::std::result::Result<
                ::std::option::Option<super::ObsPath>,
                ::std::string::String,
            >,
            truststore_password: ::std::result::Result<
                ::std::option::Option<crate::password::Password>,
                ::std::string::String,
            >,
            user_name: ::std::result::Result<
                ::std::option::Option<super::AuthInfoUser>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateJobAuthInfoRequest {
            fn default() -> Self {
                Self {
                    auth_info_name: Err(
                        "no value supplied for auth_info_name".to_string(),
                    ),
                    certificate_location: Ok(Default::default()),
                    datasource_type: Err(
                        "no value supplied for datasource_type".to_string(),
                    ),
                    key_password: Ok(Default::default()),
                    keystore_location: Ok(Default::default()),
                    keystore_password: Ok(Default::default()),
                    keytab: Ok(Default::default()),
                    krb5_conf: Ok(Default::default()),
                    password: Ok(Default::default()),
                    truststore_location: Ok(Default::default()),
                    truststore_password: Ok(Default::default()),
                    user_name: Ok(Default::default()),
                }
            }
        }
        impl CreateJobAuthInfoRequest {
            pub fn auth_info_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AuthInfoName>,
                T::Error: ::std::fmt::Display,
            {
                self.auth_info_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for auth_info_name: {e}"
                        )
                    });
                self
            }
            pub fn certificate_location<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ObsPath>>,
                T::Error: ::std::fmt::Display,
            {
                self.certificate_location = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for certificate_location: {e}"
                        )
                    });
                self
            }
            pub fn datasource_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AuthInfoType>,
                T::Error: ::std::fmt::Display,
            {
                self.datasource_type = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for datasource_type: {e}"
                        )
                    });
                self
            }
            pub fn key_password<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::password::Password>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.key_password = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for key_password: {e}")
                    });
                self
            }
            pub fn keystore_location<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ObsPath>>,
                T::Error: ::std::fmt::Display,
            {
                self.keystore_location = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for keystore_location: {e}"
                        )
                    });
                self
            }
            pub fn keystore_password<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::password::Password>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.keystore_password = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for keystore_password: {e}"
                        )
                    });
                self
            }
            pub fn keytab<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ObsPath>>,
                T::Error: ::std::fmt::Display,
            {
                self.keytab = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for keytab: {e}")
                    });
                self
            }
            pub fn krb5_conf<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ObsPath>>,
                T::Error: ::std::fmt::Display,
            {
                self.krb5_conf = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for krb5_conf: {e}")
                    });
                self
            }
            pub fn password<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::password::Password>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.password = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for password: {e}")
                    });
                self
            }
            pub fn truststore_location<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ObsPath>>,
                T::Error: ::std::fmt::Display,
            {
                self.truststore_location = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for truststore_location: {e}"
                        )
                    });
                self
            }
            pub fn truststore_password<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::password::Password>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.truststore_password = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for truststore_password: {e}"
                        )
                    });
                self
            }
            pub fn user_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::AuthInfoUser>>,
                T::Error: ::std::fmt::Display,
            {
                self.user_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_name: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateJobAuthInfoRequest>
        for super::CreateJobAuthInfoRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateJobAuthInfoRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    auth_info_name: value.auth_info_name?,
                    certificate_location: value.certificate_location?,
                    datasource_type: value.datasource_type?,
                    key_password: value.key_password?,
                    keystore_location: value.keystore_location?,
                    keystore_password: value.keystore_password?,
                    keytab: value.keytab?,
                    krb5_conf: value.krb5_conf?,
                    password: value.password?,
                    truststore_location: value.truststore_location?,
                    truststore_password: value.truststore_password?,
                    user_name: value.user_name?,
                })
            }
        }
        impl ::std::convert::From<super::CreateJobAuthInfoRequest>
        for CreateJobAuthInfoRequest {
            fn from(value: super::CreateJobAuthInfoRequest) -> Self {
                Self {
                    auth_info_name: Ok(value.auth_info_name),
                    certificate_location: Ok(value.certificate_location),
                    datasource_type: Ok(value.datasource_type),
                    key_password: Ok(value.key_password),
                    keystore_location: Ok(value.keystore_location),
                    keystore_password: Ok(value.keystore_password),
                    keytab: Ok(value.keytab),
                    krb5_conf: Ok(value.krb5_conf),
                    password: Ok(value.password),
                    truststore_location: Ok(value.truststore_location),
                    truststore_password: Ok(value.truststore_password),
                    user_name: Ok(value.user_name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateJobAuthInfoResponse {
            is_success: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateJobAuthInfoResponse {
            fn default() -> Self {
                Self {
                    is_success: Ok(Default::default()),
                    message: Ok(Default::default()),
                }
            }
        }
        impl CreateJobAuthInfoResponse {
            pub fn is_success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
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
        impl ::std::convert::TryFrom<CreateJobAuthInfoResponse>
        for super::CreateJobAuthInfoResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateJobAuthInfoResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    is_success: value.is_success?,
                    message: value.message?,
                })
            }
        }
        impl ::std::convert::From<super::CreateJobAuthInfoResponse>
        for CreateJobAuthInfoResponse {
            fn from(value: super::CreateJobAuthInfoResponse) -> Self {
                Self {
                    is_success: Ok(value.is_success),
                    message: Ok(value.message),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateRouteToEnhancedConnectionRequest {
            cidr: ::std::result::Result<::std::string::String, ::std::string::String>,
            name: ::std::result::Result<
                super::CreateRouteToEnhancedConnectionRequestName,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateRouteToEnhancedConnectionRequest {
            fn default() -> Self {
                Self {
                    cidr: Err("no value supplied for cidr".to_string()),
                    name: Err("no value supplied for name".to_string()),
                }
            }
        }
        impl CreateRouteToEnhancedConnectionRequest {
            pub fn cidr<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.cidr = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cidr: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    super::CreateRouteToEnhancedConnectionRequestName,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateRouteToEnhancedConnectionRequest>
        for super::CreateRouteToEnhancedConnectionRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateRouteToEnhancedConnectionRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    cidr: value.cidr?,
                    name: value.name?,
                })
            }
        }
        impl ::std::convert::From<super::CreateRouteToEnhancedConnectionRequest>
        for CreateRouteToEnhancedConnectionRequest {
            fn from(value: super::CreateRouteToEnhancedConnectionRequest) -> Self {
                Self {
                    cidr: Ok(value.cidr),
                    name: Ok(value.name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateRouteToEnhancedConnectionResponse {
            is_success: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateRouteToEnhancedConnectionResponse {
            fn default() -> Self {
                Self {
                    is_success: Ok(Default::default()),
                    message: Ok(Default::default()),
                }
            }
        }
        impl CreateRouteToEnhancedConnectionResponse {
            pub fn is_success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
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
        impl ::std::convert::TryFrom<CreateRouteToEnhancedConnectionResponse>
        for super::CreateRouteToEnhancedConnectionResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateRouteToEnhancedConnectionResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    is_success: value.is_success?,
                    message: value.message?,
                })
            }
        }
        impl ::std::convert::From<super::CreateRouteToEnhancedConnectionResponse>
        for CreateRouteToEnhancedConnectionResponse {
            fn from(value: super::CreateRouteToEnhancedConnectionResponse) -> Self {
                Self {
                    is_success: Ok(value.is_success),
                    message: Ok(value.message),
                }
            }
        }
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
        pub struct DeleteJobAuthInfoResponse {
            is_success: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DeleteJobAuthInfoResponse {
            fn default() -> Self {
                Self {
                    is_success: Ok(Default::default()),
                    message: Ok(Default::default()),
                }
            }
        }
        impl DeleteJobAuthInfoResponse {
            pub fn is_success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
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
        impl ::std::convert::TryFrom<DeleteJobAuthInfoResponse>
        for super::DeleteJobAuthInfoResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DeleteJobAuthInfoResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    is_success: value.is_success?,
                    message: value.message?,
                })
            }
        }
        impl ::std::convert::From<super::DeleteJobAuthInfoResponse>
        for DeleteJobAuthInfoResponse {
            fn from(value: super::DeleteJobAuthInfoResponse) -> Self {
                Self {
                    is_success: Ok(value.is_success),
                    message: Ok(value.message),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DeleteRouteFromEnhancedConnectionResponse {
            is_success: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DeleteRouteFromEnhancedConnectionResponse {
            fn default() -> Self {
                Self {
                    is_success: Ok(Default::default()),
                    message: Ok(Default::default()),
                }
            }
        }
        impl DeleteRouteFromEnhancedConnectionResponse {
            pub fn is_success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
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
        impl ::std::convert::TryFrom<DeleteRouteFromEnhancedConnectionResponse>
        for super::DeleteRouteFromEnhancedConnectionResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DeleteRouteFromEnhancedConnectionResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    is_success: value.is_success?,
                    message: value.message?,
                })
            }
        }
        impl ::std::convert::From<super::DeleteRouteFromEnhancedConnectionResponse>
        for DeleteRouteFromEnhancedConnectionResponse {
            fn from(value: super::DeleteRouteFromEnhancedConnectionResponse) -> Self {
                Self {
                    is_success: Ok(value.is_success),
                    message: Ok(value.message),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DisassociateQueueFromEnhancedConnectionRequest {
            elastic_resource_pools: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            queues: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DisassociateQueueFromEnhancedConnectionRequest {
            fn default() -> Self {
                Self {
                    elastic_resource_pools: Ok(Default::default()),
                    queues: Ok(Default::default()),
                }
            }
        }
        impl DisassociateQueueFromEnhancedConnectionRequest {
            pub fn elastic_resource_pools<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.elastic_resource_pools = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for elastic_resource_pools: {e}"
                        )
                    });
                self
            }
            pub fn queues<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.queues = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for queues: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DisassociateQueueFromEnhancedConnectionRequest>
        for super::DisassociateQueueFromEnhancedConnectionRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DisassociateQueueFromEnhancedConnectionRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    elastic_resource_pools: value.elastic_resource_pools?,
                    queues: value.queues?,
                })
            }
        }
        impl ::std::convert::From<super::DisassociateQueueFromEnhancedConnectionRequest>
        for DisassociateQueueFromEnhancedConnectionRequest {
            fn from(
                value: super::DisassociateQueueFromEnhancedConnectionRequest,
            ) -> Self {
                Self {
                    elastic_resource_pools: Ok(value.elastic_resource_pools),
                    queues: Ok(value.queues),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DisassociateQueueFromEnhancedConnectionResponse {
            is_success: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default
        for DisassociateQueueFromEnhancedConnectionResponse {
            fn default() -> Self {
                Self {
                    is_success: Ok(Default::default()),
                    message: Ok(Default::default()),
                }
            }
        }
        impl DisassociateQueueFromEnhancedConnectionResponse {
            pub fn is_success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
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
        impl ::std::convert::TryFrom<DisassociateQueueFromEnhancedConnectionResponse>
        for super::DisassociateQueueFromEnhancedConnectionResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DisassociateQueueFromEnhancedConnectionResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    is_success: value.is_success?,
                    message: value.message?,
                })
            }
        }
        impl ::std::convert::From<super::DisassociateQueueFromEnhancedConnectionResponse>
        for DisassociateQueueFromEnhancedConnectionResponse {
            fn from(
                value: super::DisassociateQueueFromEnhancedConnectionResponse,
            ) -> Self {
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
        #[derive(Clone, Debug)]
        pub struct ElasticResourcePool {
            actual_cu: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            charging_mode: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            cidr_in_vpc: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            create_time: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            current_cu: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            elastic_resource_pool_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            enterprise_project_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            fail_reason: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            ipv6_cidr_in_subnet: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            ipv6_enable: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            label: ::std::result::Result<
                ::std::collections::HashMap<
                    ::std::string::String,
                    ::std::string::String,
                >,
                ::std::string::String,
            >,
            manager: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            max_cu: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            min_cu: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            owner: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            prepay_cu: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            queues: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            resource_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            update_time: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ElasticResourcePool {
            fn default() -> Self {
                Self {
                    actual_cu: Ok(Default::default()),
                    charging_mode: Ok(Default::default()),
                    cidr_in_vpc: Ok(Default::default()),
                    create_time: Ok(Default::default()),
                    current_cu: Ok(Default::default()),
                    description: Ok(Default::default()),
                    elastic_resource_pool_name: Ok(Default::default()),
                    enterprise_project_id: Ok(Default::default()),
                    fail_reason: Ok(Default::default()),
                    id: Ok(Default::default()),
                    ipv6_cidr_in_subnet: Ok(Default::default()),
                    ipv6_enable: Ok(Default::default()),
                    label: Ok(Default::default()),
                    manager: Ok(Default::default()),
                    max_cu: Ok(Default::default()),
                    min_cu: Ok(Default::default()),
                    owner: Ok(Default::default()),
                    prepay_cu: Ok(Default::default()),
                    queues: Ok(Default::default()),
                    resource_id: Ok(Default::default()),
                    status: Ok(Default::default()),
                    update_time: Ok(Default::default()),
                }
            }
        }
        impl ElasticResourcePool {
            pub fn actual_cu<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.actual_cu = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for actual_cu: {e}")
                    });
                self
            }
            pub fn charging_mode<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.charging_mode = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for charging_mode: {e}")
                    });
                self
            }
            pub fn cidr_in_vpc<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.cidr_in_vpc = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cidr_in_vpc: {e}")
                    });
                self
            }
            pub fn create_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.create_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for create_time: {e}")
                    });
                self
            }
            pub fn current_cu<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.current_cu = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for current_cu: {e}")
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn elastic_resource_pool_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.elastic_resource_pool_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for elastic_resource_pool_name: {e}"
                        )
                    });
                self
            }
            pub fn enterprise_project_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.enterprise_project_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for enterprise_project_id: {e}"
                        )
                    });
                self
            }
            pub fn fail_reason<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.fail_reason = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for fail_reason: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn ipv6_cidr_in_subnet<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.ipv6_cidr_in_subnet = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for ipv6_cidr_in_subnet: {e}"
                        )
                    });
                self
            }
            pub fn ipv6_enable<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.ipv6_enable = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ipv6_enable: {e}")
                    });
                self
            }
            pub fn label<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        ::std::string::String,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.label = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for label: {e}")
                    });
                self
            }
            pub fn manager<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.manager = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for manager: {e}")
                    });
                self
            }
            pub fn max_cu<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.max_cu = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for max_cu: {e}")
                    });
                self
            }
            pub fn min_cu<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.min_cu = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for min_cu: {e}")
                    });
                self
            }
            pub fn owner<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.owner = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for owner: {e}")
                    });
                self
            }
            pub fn prepay_cu<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.prepay_cu = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for prepay_cu: {e}")
                    });
                self
            }
            pub fn queues<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.queues = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for queues: {e}")
                    });
                self
            }
            pub fn resource_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.resource_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for resource_id: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn update_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.update_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for update_time: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ElasticResourcePool>
        for super::ElasticResourcePool {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ElasticResourcePool,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    actual_cu: value.actual_cu?,
                    charging_mode: value.charging_mode?,
                    cidr_in_vpc: value.cidr_in_vpc?,
                    create_time: value.create_time?,
                    current_cu: value.current_cu?,
                    description: value.description?,
                    elastic_resource_pool_name: value.elastic_resource_pool_name?,
                    enterprise_project_id: value.enterprise_project_id?,
                    fail_reason: value.fail_reason?,
                    id: value.id?,
                    ipv6_cidr_in_subnet: value.ipv6_cidr_in_subnet?,
                    ipv6_enable: value.ipv6_enable?,
                    label: value.label?,
                    manager: value.manager?,
                    max_cu: value.max_cu?,
                    min_cu: value.min_cu?,
                    owner: value.owner?,
                    prepay_cu: value.prepay_cu?,
                    queues: value.queues?,
                    resource_id: value.resource_id?,
                    status: value.status?,
                    update_time: value.update_time?,
                })
            }
        }
        impl ::std::convert::From<super::ElasticResourcePool> for ElasticResourcePool {
            fn from(value: super::ElasticResourcePool) -> Self {
                Self {
                    actual_cu: Ok(value.actual_cu),
                    charging_mode: Ok(value.charging_mode),
                    cidr_in_vpc: Ok(value.cidr_in_vpc),
                    create_time: Ok(value.create_time),
                    current_cu: Ok(value.current_cu),
                    description: Ok(value.description),
                    elastic_resource_pool_name: Ok(value.elastic_resource_pool_name),
                    enterprise_project_id: Ok(value.enterprise_project_id),
                    fail_reason: Ok(value.fail_reason),
                    id: Ok(value.id),
                    ipv6_cidr_in_subnet: Ok(value.ipv6_cidr_in_subnet),
                    ipv6_enable: Ok(value.ipv6_enable),
                    label: Ok(value.label),
                    manager: Ok(value.manager),
                    max_cu: Ok(value.max_cu),
                    min_cu: Ok(value.min_cu),
                    owner: Ok(value.owner),
                    prepay_cu: Ok(value.prepay_cu),
                    queues: Ok(value.queues),
                    resource_id: Ok(value.resource_id),
                    status: Ok(value.status),
                    update_time: Ok(value.update_time),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct EnhancedConnection {
            available_queue_info: ::std::result::Result<
                ::std::vec::Vec<super::PeeringResource>,
                ::std::string::String,
            >,
            create_time: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            dest_network_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            dest_vpc_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            elastic_resource_pools: ::std::result::Result<
                ::std::vec::Vec<super::PeeringResource>,
                ::std::string::String,
            >,
            hosts: ::std::result::Result<
                ::std::vec::Vec<super::Host>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::uuid::Uuid>,
                ::std::string::String,
            >,
            ipv6_enable: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_privis: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            routes: ::std::result::Result<
                ::std::vec::Vec<super::Route>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for EnhancedConnection {
            fn default() -> Self {
                Self {
                    available_queue_info: Ok(Default::default()),
                    create_time: Ok(Default::default()),
                    dest_network_id: Ok(Default::default()),
                    dest_vpc_id: Ok(Default::default()),
                    elastic_resource_pools: Ok(Default::default()),
                    hosts: Ok(Default::default()),
                    id: Ok(Default::default()),
                    ipv6_enable: Ok(Default::default()),
                    is_privis: Ok(Default::default()),
                    name: Ok(Default::default()),
                    routes: Ok(Default::default()),
                    status: Ok(Default::default()),
                }
            }
        }
        impl EnhancedConnection {
            pub fn available_queue_info<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::PeeringResource>>,
                T::Error: ::std::fmt::Display,
            {
                self.available_queue_info = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for available_queue_info: {e}"
                        )
                    });
                self
            }
            pub fn create_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.create_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for create_time: {e}")
                    });
                self
            }
            pub fn dest_network_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.dest_network_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for dest_network_id: {e}"
                        )
                    });
                self
            }
            pub fn dest_vpc_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.dest_vpc_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for dest_vpc_id: {e}")
                    });
                self
            }
            pub fn elastic_resource_pools<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::PeeringResource>>,
                T::Error: ::std::fmt::Display,
            {
                self.elastic_resource_pools = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for elastic_resource_pools: {e}"
                        )
                    });
                self
            }
            pub fn hosts<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Host>>,
                T::Error: ::std::fmt::Display,
            {
                self.hosts = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for hosts: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::uuid::Uuid>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn ipv6_enable<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.ipv6_enable = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ipv6_enable: {e}")
                    });
                self
            }
            pub fn is_privis<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_privis = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_privis: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn routes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Route>>,
                T::Error: ::std::fmt::Display,
            {
                self.routes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for routes: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<EnhancedConnection> for super::EnhancedConnection {
            type Error = super::error::ConversionError;
            fn try_from(
                value: EnhancedConnection,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    available_queue_info: value.available_queue_info?,
                    create_time: value.create_time?,
                    dest_network_id: value.dest_network_id?,
                    dest_vpc_id: value.dest_vpc_id?,
                    elastic_resource_pools: value.elastic_resource_pools?,
                    hosts: value.hosts?,
                    id: value.id?,
                    ipv6_enable: value.ipv6_enable?,
                    is_privis: value.is_privis?,
                    name: value.name?,
                    routes: value.routes?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::EnhancedConnection> for EnhancedConnection {
            fn from(value: super::EnhancedConnection) -> Self {
                Self {
                    available_queue_info: Ok(value.available_queue_info),
                    create_time: Ok(value.create_time),
                    dest_network_id: Ok(value.dest_network_id),
                    dest_vpc_id: Ok(value.dest_vpc_id),
                    elastic_resource_pools: Ok(value.elastic_resource_pools),
                    hosts: Ok(value.hosts),
                    id: Ok(value.id),
                    ipv6_enable: Ok(value.ipv6_enable),
                    is_privis: Ok(value.is_privis),
                    name: Ok(value.name),
                    routes: Ok(value.routes),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct EnhancedConnectionPrivilege {
            applicant_project_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            object: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            privileges: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for EnhancedConnectionPrivilege {
            fn default() -> Self {
                Self {
                    applicant_project_id: Ok(Default::default()),
                    object: Ok(Default::default()),
                    privileges: Ok(Default::default()),
                }
            }
        }
        impl EnhancedConnectionPrivilege {
            pub fn applicant_project_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.applicant_project_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for applicant_project_id: {e}"
                        )
                    });
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object: {e}")
                    });
                self
            }
            pub fn privileges<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.privileges = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for privileges: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<EnhancedConnectionPrivilege>
        for super::EnhancedConnectionPrivilege {
            type Error = super::error::ConversionError;
            fn try_from(
                value: EnhancedConnectionPrivilege,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    applicant_project_id: value.applicant_project_id?,
                    object: value.object?,
                    privileges: value.privileges?,
                })
            }
        }
        impl ::std::convert::From<super::EnhancedConnectionPrivilege>
        for EnhancedConnectionPrivilege {
            fn from(value: super::EnhancedConnectionPrivilege) -> Self {
                Self {
                    applicant_project_id: Ok(value.applicant_project_id),
                    object: Ok(value.object),
                    privileges: Ok(value.privileges),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Host {
            ip: ::std::result::Result<::std::string::String, ::std::string::String>,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for Host {
            fn default() -> Self {
                Self {
                    ip: Err("no value supplied for ip".to_string()),
                    name: Err("no value supplied for name".to_string()),
                }
            }
        }
        impl Host {
            pub fn ip<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.ip = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for ip: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Host> for super::Host {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Host,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    ip: value.ip?,
                    name: value.name?,
                })
            }
        }
        impl ::std::convert::From<super::Host> for Host {
            fn from(value: super::Host) -> Self {
                Self {
                    ip: Ok(value.ip),
                    name: Ok(value.name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListElasticResourcePoolsResponse {
            count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            elastic_resource_pools: ::std::result::Result<
                ::std::vec::Vec<super::ElasticResourcePool>,
                ::std::string::String,
            >,
            is_success: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListElasticResourcePoolsResponse {
            fn default() -> Self {
                Self {
                    count: Ok(Default::default()),
                    elastic_resource_pools: Ok(Default::default()),
                    is_success: Ok(Default::default()),
                    message: Ok(Default::default()),
                }
            }
        }
        impl ListElasticResourcePoolsResponse {
            pub fn count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for count: {e}")
                    });
                self
            }
            pub fn elastic_resource_pools<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ElasticResourcePool>>,
                T::Error: ::std::fmt::Display,
            {
                self.elastic_resource_pools = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for elastic_resource_pools: {e}"
                        )
                    });
                self
            }
            pub fn is_success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
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
        impl ::std::convert::TryFrom<ListElasticResourcePoolsResponse>
        for super::ListElasticResourcePoolsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListElasticResourcePoolsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    count: value.count?,
                    elastic_resource_pools: value.elastic_resource_pools?,
                    is_success: value.is_success?,
                    message: value.message?,
                })
            }
        }
        impl ::std::convert::From<super::ListElasticResourcePoolsResponse>
        for ListElasticResourcePoolsResponse {
            fn from(value: super::ListElasticResourcePoolsResponse) -> Self {
                Self {
                    count: Ok(value.count),
                    elastic_resource_pools: Ok(value.elastic_resource_pools),
                    is_success: Ok(value.is_success),
                    message: Ok(value.message),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListEnhancedConnectionsResponse {
            connections: ::std::result::Result<
                ::std::vec::Vec<super::EnhancedConnection>,
                ::std::string::String,
            >,
            count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            is_success: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListEnhancedConnectionsResponse {
            fn default() -> Self {
                Self {
                    connections: Ok(Default::default()),
                    count: Ok(Default::default()),
                    is_success: Ok(Default::default()),
                    message: Ok(Default::default()),
                }
            }
        }
        impl ListEnhancedConnectionsResponse {
            pub fn connections<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::EnhancedConnection>>,
                T::Error: ::std::fmt::Display,
            {
                self.connections = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for connections: {e}")
                    });
                self
            }
            pub fn count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for count: {e}")
                    });
                self
            }
            pub fn is_success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
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
        impl ::std::convert::TryFrom<ListEnhancedConnectionsResponse>
        for super::ListEnhancedConnectionsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListEnhancedConnectionsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    connections: value.connections?,
                    count: value.count?,
                    is_success: value.is_success?,
                    message: value.message?,
                })
            }
        }
        impl ::std::convert::From<super::ListEnhancedConnectionsResponse>
        for ListEnhancedConnectionsResponse {
            fn from(value: super::ListEnhancedConnectionsResponse) -> Self {
                Self {
                    connections: Ok(value.connections),
                    count: Ok(value.count),
                    is_success: Ok(value.is_success),
                    message: Ok(value.message),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListJobAuthInfosResponse {
            auth_infos: ::std::result::Result<
                ::std::vec::Vec<super::AuthInfo>,
                ::std::string::String,
            >,
            count: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            is_success: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListJobAuthInfosResponse {
            fn default() -> Self {
                Self {
                    auth_infos: Ok(Default::default()),
                    count: Ok(Default::default()),
                    is_success: Ok(Default::default()),
                    message: Ok(Default::default()),
                }
            }
        }
        impl ListJobAuthInfosResponse {
            pub fn auth_infos<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::AuthInfo>>,
                T::Error: ::std::fmt::Display,
            {
                self.auth_infos = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for auth_infos: {e}")
                    });
                self
            }
            pub fn count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for count: {e}")
                    });
                self
            }
            pub fn is_success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
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
        impl ::std::convert::TryFrom<ListJobAuthInfosResponse>
        for super::ListJobAuthInfosResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListJobAuthInfosResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    auth_infos: value.auth_infos?,
                    count: value.count?,
                    is_success: value.is_success?,
                    message: value.message?,
                })
            }
        }
        impl ::std::convert::From<super::ListJobAuthInfosResponse>
        for ListJobAuthInfosResponse {
            fn from(value: super::ListJobAuthInfosResponse) -> Self {
                Self {
                    auth_infos: Ok(value.auth_infos),
                    count: Ok(value.count),
                    is_success: Ok(value.is_success),
                    message: Ok(value.message),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListQueuesResponse {
            is_success: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            queues: ::std::result::Result<
                ::std::vec::Vec<super::Queue>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListQueuesResponse {
            fn default() -> Self {
                Self {
                    is_success: Ok(Default::default()),
                    message: Ok(Default::default()),
                    queues: Ok(Default::default()),
                }
            }
        }
        impl ListQueuesResponse {
            pub fn is_success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
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
            pub fn queues<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Queue>>,
                T::Error: ::std::fmt::Display,
            {
                self.queues = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for queues: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ListQueuesResponse> for super::ListQueuesResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListQueuesResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    is_success: value.is_success?,
                    message: value.message?,
                    queues: value.queues?,
                })
            }
        }
        impl ::std::convert::From<super::ListQueuesResponse> for ListQueuesResponse {
            fn from(value: super::ListQueuesResponse) -> Self {
                Self {
                    is_success: Ok(value.is_success),
                    message: Ok(value.message),
                    queues: Ok(value.queues),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PeeringResource {
            err_msg: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            peer_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            update_time: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PeeringResource {
            fn default() -> Self {
                Self {
                    err_msg: Ok(Default::default()),
                    name: Ok(Default::default()),
                    peer_id: Ok(Default::default()),
                    status: Ok(Default::default()),
                    update_time: Ok(Default::default()),
                }
            }
        }
        impl PeeringResource {
            pub fn err_msg<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.err_msg = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for err_msg: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn peer_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.peer_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for peer_id: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn update_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.update_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for update_time: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PeeringResource> for super::PeeringResource {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PeeringResource,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    err_msg: value.err_msg?,
                    name: value.name?,
                    peer_id: value.peer_id?,
                    status: value.status?,
                    update_time: value.update_time?,
                })
            }
        }
        impl ::std::convert::From<super::PeeringResource> for PeeringResource {
            fn from(value: super::PeeringResource) -> Self {
                Self {
                    err_msg: Ok(value.err_msg),
                    name: Ok(value.name),
                    peer_id: Ok(value.peer_id),
                    status: Ok(value.status),
                    update_time: Ok(value.update_time),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Privilege {
            object: ::std::result::Result<::std::string::String, ::std::string::String>,
            privileges: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Privilege {
            fn default() -> Self {
                Self {
                    object: Err("no value supplied for object".to_string()),
                    privileges: Err("no value supplied for privileges".to_string()),
                }
            }
        }
        impl Privilege {
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object: {e}")
                    });
                self
            }
            pub fn privileges<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.privileges = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for privileges: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Privilege> for super::Privilege {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Privilege,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    object: value.object?,
                    privileges: value.privileges?,
                })
            }
        }
        impl ::std::convert::From<super::Privilege> for Privilege {
            fn from(value: super::Privilege) -> Self {
                Self {
                    object: Ok(value.object),
                    privileges: Ok(value.privileges),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Queue {
            charging_mode: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            cidr_in_mgntsubnet: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            cidr_in_subnet: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            cidr_in_vpc: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            create_time: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            cu_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            cu_scale_in_limit: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            cu_scale_out_limit: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            cu_spec: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            default_flink_jar_version: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            default_flink_sql_version: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            default_hetu_engine_version: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            default_spark_version: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            elastic_resource_pool_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            engine: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            enterprise_project_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            feature: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            is_restarting: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            labels: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            owner: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            platform: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            queue_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            queue_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            queue_resource_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            queue_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            resource_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            resource_mode: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            support_flink_jar_versions: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            support_flink_sql_versions: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            support_hetu_engine_versions: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            support_opensource_flink_versions: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            support_spark_versions: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            used_cu: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Queue {
            fn default() -> Self {
                Self {
                    charging_mode: Ok(Default::default()),
                    cidr_in_mgntsubnet: Ok(Default::default()),
                    cidr_in_subnet: Ok(Default::default()),
                    cidr_in_vpc: Ok(Default::default()),
                    create_time: Ok(Default::default()),
                    cu_count: Ok(Default::default()),
                    cu_scale_in_limit: Ok(Default::default()),
                    cu_scale_out_limit: Ok(Default::default()),
                    cu_spec: Ok(Default::default()),
                    default_flink_jar_version: Ok(Default::default()),
                    default_flink_sql_version: Ok(Default::default()),
                    default_hetu_engine_version: Ok(Default::default()),
                    default_spark_version: Ok(Default::default()),
                    description: Ok(Default::default()),
                    elastic_resource_pool_name: Ok(Default::default()),
                    engine: Ok(Default::default()),
                    enterprise_project_id: Ok(Default::default()),
                    feature: Ok(Default::default()),
                    is_restarting: Ok(Default::default()),
                    labels: Ok(Default::default()),
                    owner: Ok(Default::default()),
                    platform: Ok(Default::default()),
                    queue_id: Ok(Default::default()),
                    queue_name: Ok(Default::default()),
                    queue_resource_type: Ok(Default::default()),
                    queue_type: Ok(Default::default()),
                    resource_id: Ok(Default::default()),
                    resource_mode: Ok(Default::default()),
                    support_flink_jar_versions: Ok(Default::default()),
                    support_flink_sql_versions: Ok(Default::default()),
                    support_hetu_engine_versions: Ok(Default::default()),
                    support_opensource_flink_versions: Ok(Default::default()),
                    support_spark_versions: Ok(Default::default()),
                    used_cu: Ok(Default::default()),
                }
            }
        }
        impl Queue {
            pub fn charging_mode<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.charging_mode = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for charging_mode: {e}")
                    });
                self
            }
            pub fn cidr_in_mgntsubnet<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.cidr_in_mgntsubnet = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for cidr_in_mgntsubnet: {e}"
                        )
                    });
                self
            }
            pub fn cidr_in_subnet<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.cidr_in_subnet = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for cidr_in_subnet: {e}"
                        )
                    });
                self
            }
            pub fn cidr_in_vpc<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.cidr_in_vpc = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cidr_in_vpc: {e}")
                    });
                self
            }
            pub fn create_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.create_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for create_time: {e}")
                    });
                self
            }
            pub fn cu_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.cu_count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cu_count: {e}")
                    });
                self
            }
            pub fn cu_scale_in_limit<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.cu_scale_in_limit = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for cu_scale_in_limit: {e}"
                        )
                    });
                self
            }
            pub fn cu_scale_out_limit<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.cu_scale_out_limit = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for cu_scale_out_limit: {e}"
                        )
                    });
                self
            }
            pub fn cu_spec<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.cu_spec = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cu_spec: {e}")
                    });
                self
            }
            pub fn default_flink_jar_version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.default_flink_jar_version = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for default_flink_jar_version: {e}"
                        )
                    });
                self
            }
            pub fn default_flink_sql_version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.default_flink_sql_version = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for default_flink_sql_version: {e}"
                        )
                    });
                self
            }
            pub fn default_hetu_engine_version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.default_hetu_engine_version = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for default_hetu_engine_version: {e}"
                        )
                    });
                self
            }
            pub fn default_spark_version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.default_spark_version = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for default_spark_version: {e}"
                        )
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn elastic_resource_pool_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.elastic_resource_pool_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for elastic_resource_pool_name: {e}"
                        )
                    });
                self
            }
            pub fn engine<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.engine = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for engine: {e}")
                    });
                self
            }
            pub fn enterprise_project_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.enterprise_project_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for enterprise_project_id: {e}"
                        )
                    });
                self
            }
            pub fn feature<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.feature = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for feature: {e}")
                    });
                self
            }
            pub fn is_restarting<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_restarting = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_restarting: {e}")
                    });
                self
            }
            pub fn labels<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.labels = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for labels: {e}")
                    });
                self
            }
            pub fn owner<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.owner = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for owner: {e}")
                    });
                self
            }
            pub fn platform<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.platform = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for platform: {e}")
                    });
                self
            }
            pub fn queue_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.queue_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for queue_id: {e}")
                    });
                self
            }
            pub fn queue_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.queue_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for queue_name: {e}")
                    });
                self
            }
            pub fn queue_resource_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.queue_resource_type = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for queue_resource_type: {e}"
                        )
                    });
                self
            }
            pub fn queue_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.queue_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for queue_type: {e}")
                    });
                self
            }
            pub fn resource_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.resource_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for resource_id: {e}")
                    });
                self
            }
            pub fn resource_mode<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.resource_mode = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for resource_mode: {e}")
                    });
                self
            }
            pub fn support_flink_jar_versions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.support_flink_jar_versions = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for support_flink_jar_versions: {e}"
                        )
                    });
                self
            }
            pub fn support_flink_sql_versions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.support_flink_sql_versions = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for support_flink_sql_versions: {e}"
                        )
                    });
                self
            }
            pub fn support_hetu_engine_versions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.support_hetu_engine_versions = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for support_hetu_engine_versions: {e}"
                        )
                    });
                self
            }
            pub fn support_opensource_flink_versions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.support_opensource_flink_versions = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for support_opensource_flink_versions: {e}"
                        )
                    });
                self
            }
            pub fn support_spark_versions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.support_spark_versions = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for support_spark_versions: {e}"
                        )
                    });
                self
            }
            pub fn used_cu<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.used_cu = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for used_cu: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Queue> for super::Queue {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Queue,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    charging_mode: value.charging_mode?,
                    cidr_in_mgntsubnet: value.cidr_in_mgntsubnet?,
                    cidr_in_subnet: value.cidr_in_subnet?,
                    cidr_in_vpc: value.cidr_in_vpc?,
                    create_time: value.create_time?,
                    cu_count: value.cu_count?,
                    cu_scale_in_limit: value.cu_scale_in_limit?,
                    cu_scale_out_limit: value.cu_scale_out_limit?,
                    cu_spec: value.cu_spec?,
                    default_flink_jar_version: value.default_flink_jar_version?,
                    default_flink_sql_version: value.default_flink_sql_version?,
                    default_hetu_engine_version: value.default_hetu_engine_version?,
                    default_spark_version: value.default_spark_version?,
                    description: value.description?,
                    elastic_resource_pool_name: value.elastic_resource_pool_name?,
                    engine: value.engine?,
                    enterprise_project_id: value.enterprise_project_id?,
                    feature: value.feature?,
                    is_restarting: value.is_restarting?,
                    labels: value.labels?,
                    owner: value.owner?,
                    platform: value.platform?,
                    queue_id: value.queue_id?,
                    queue_name: value.queue_name?,
                    queue_resource_type: value.queue_resource_type?,
                    queue_type: value.queue_type?,
                    resource_id: value.resource_id?,
                    resource_mode: value.resource_mode?,
                    support_flink_jar_versions: value.support_flink_jar_versions?,
                    support_flink_sql_versions: value.support_flink_sql_versions?,
                    support_hetu_engine_versions: value.support_hetu_engine_versions?,
                    support_opensource_flink_versions: value
                        .support_opensource_flink_versions?,
                    support_spark_versions: value.support_spark_versions?,
                    used_cu: value.used_cu?,
                })
            }
        }
        impl ::std::convert::From<super::Queue> for Queue {
            fn from(value: super::Queue) -> Self {
                Self {
                    charging_mode: Ok(value.charging_mode),
                    cidr_in_mgntsubnet: Ok(value.cidr_in_mgntsubnet),
                    cidr_in_subnet: Ok(value.cidr_in_subnet),
                    cidr_in_vpc: Ok(value.cidr_in_vpc),
                    create_time: Ok(value.create_time),
                    cu_count: Ok(value.cu_count),
                    cu_scale_in_limit: Ok(value.cu_scale_in_limit),
                    cu_scale_out_limit: Ok(value.cu_scale_out_limit),
                    cu_spec: Ok(value.cu_spec),
                    default_flink_jar_version: Ok(value.default_flink_jar_version),
                    default_flink_sql_version: Ok(value.default_flink_sql_version),
                    default_hetu_engine_version: Ok(value.default_hetu_engine_version),
                    default_spark_version: Ok(value.default_spark_version),
                    description: Ok(value.description),
                    elastic_resource_pool_name: Ok(value.elastic_resource_pool_name),
                    engine: Ok(value.engine),
                    enterprise_project_id: Ok(value.enterprise_project_id),
                    feature: Ok(value.feature),
                    is_restarting: Ok(value.is_restarting),
                    labels: Ok(value.labels),
                    owner: Ok(value.owner),
                    platform: Ok(value.platform),
                    queue_id: Ok(value.queue_id),
                    queue_name: Ok(value.queue_name),
                    queue_resource_type: Ok(value.queue_resource_type),
                    queue_type: Ok(value.queue_type),
                    resource_id: Ok(value.resource_id),
                    resource_mode: Ok(value.resource_mode),
                    support_flink_jar_versions: Ok(value.support_flink_jar_versions),
                    support_flink_sql_versions: Ok(value.support_flink_sql_versions),
                    support_hetu_engine_versions: Ok(value.support_hetu_engine_versions),
                    support_opensource_flink_versions: Ok(
                        value.support_opensource_flink_versions,
                    ),
                    support_spark_versions: Ok(value.support_spark_versions),
                    used_cu: Ok(value.used_cu),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Route {
            cidr: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            create_time: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Route {
            fn default() -> Self {
                Self {
                    cidr: Ok(Default::default()),
                    create_time: Ok(Default::default()),
                    name: Ok(Default::default()),
                }
            }
        }
        impl Route {
            pub fn cidr<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.cidr = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cidr: {e}")
                    });
                self
            }
            pub fn create_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.create_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for create_time: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Route> for super::Route {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Route,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    cidr: value.cidr?,
                    create_time: value.create_time?,
                    name: value.name?,
                })
            }
        }
        impl ::std::convert::From<super::Route> for Route {
            fn from(value: super::Route) -> Self {
                Self {
                    cidr: Ok(value.cidr),
                    create_time: Ok(value.create_time),
                    name: Ok(value.name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct RunAuthorizationActionRequest {
            action: ::std::result::Result<
                super::RunAuthorizationActionRequestAction,
                ::std::string::String,
            >,
            privileges: ::std::result::Result<
                ::std::vec::Vec<super::Privilege>,
                ::std::string::String,
            >,
            project_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            user_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for RunAuthorizationActionRequest {
            fn default() -> Self {
                Self {
                    action: Err("no value supplied for action".to_string()),
                    privileges: Err("no value supplied for privileges".to_string()),
                    project_id: Ok(Default::default()),
                    user_name: Ok(Default::default()),
                }
            }
        }
        impl RunAuthorizationActionRequest {
            pub fn action<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::RunAuthorizationActionRequestAction>,
                T::Error: ::std::fmt::Display,
            {
                self.action = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for action: {e}")
                    });
                self
            }
            pub fn privileges<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Privilege>>,
                T::Error: ::std::fmt::Display,
            {
                self.privileges = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for privileges: {e}")
                    });
                self
            }
            pub fn project_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.project_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for project_id: {e}")
                    });
                self
            }
            pub fn user_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.user_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_name: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<RunAuthorizationActionRequest>
        for super::RunAuthorizationActionRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RunAuthorizationActionRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    action: value.action?,
                    privileges: value.privileges?,
                    project_id: value.project_id?,
                    user_name: value.user_name?,
                })
            }
        }
        impl ::std::convert::From<super::RunAuthorizationActionRequest>
        for RunAuthorizationActionRequest {
            fn from(value: super::RunAuthorizationActionRequest) -> Self {
                Self {
                    action: Ok(value.action),
                    privileges: Ok(value.privileges),
                    project_id: Ok(value.project_id),
                    user_name: Ok(value.user_name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct RunAuthorizationActionResponse {
            is_success: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for RunAuthorizationActionResponse {
            fn default() -> Self {
                Self {
                    is_success: Ok(Default::default()),
                    message: Ok(Default::default()),
                }
            }
        }
        impl RunAuthorizationActionResponse {
            pub fn is_success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
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
        impl ::std::convert::TryFrom<RunAuthorizationActionResponse>
        for super::RunAuthorizationActionResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RunAuthorizationActionResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    is_success: value.is_success?,
                    message: value.message?,
                })
            }
        }
        impl ::std::convert::From<super::RunAuthorizationActionResponse>
        for RunAuthorizationActionResponse {
            fn from(value: super::RunAuthorizationActionResponse) -> Self {
                Self {
                    is_success: Ok(value.is_success),
                    message: Ok(value.message),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ShowConnectivityTaskResponse {
            connectivity: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            is_success: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ShowConnectivityTaskResponse {
            fn default() -> Self {
                Self {
                    connectivity: Ok(Default::default()),
                    is_success: Ok(Default::default()),
                    message: Ok(Default::default()),
                }
            }
        }
        impl ShowConnectivityTaskResponse {
            pub fn connectivity<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.connectivity = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for connectivity: {e}")
                    });
                self
            }
            pub fn is_success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
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
        impl ::std::convert::TryFrom<ShowConnectivityTaskResponse>
        for super::ShowConnectivityTaskResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ShowConnectivityTaskResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    connectivity: value.connectivity?,
                    is_success: value.is_success?,
                    message: value.message?,
                })
            }
        }
        impl ::std::convert::From<super::ShowConnectivityTaskResponse>
        for ShowConnectivityTaskResponse {
            fn from(value: super::ShowConnectivityTaskResponse) -> Self {
                Self {
                    connectivity: Ok(value.connectivity),
                    is_success: Ok(value.is_success),
                    message: Ok(value.message),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ShowEnhancedConnectionPrivilegeResponse {
            connection_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            is_success: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            privileges: ::std::result::Result<
                ::std::vec::Vec<super::EnhancedConnectionPrivilege>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ShowEnhancedConnectionPrivilegeResponse {
            fn default() -> Self {
                Self {
                    connection_id: Ok(Default::default()),
                    is_success: Ok(Default::default()),
                    message: Ok(Default::default()),
                    privileges: Ok(Default::default()),
                }
            }
        }
        impl ShowEnhancedConnectionPrivilegeResponse {
            pub fn connection_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.connection_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for connection_id: {e}")
                    });
                self
            }
            pub fn is_success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
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
            pub fn privileges<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::EnhancedConnectionPrivilege>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.privileges = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for privileges: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ShowEnhancedConnectionPrivilegeResponse>
        for super::ShowEnhancedConnectionPrivilegeResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ShowEnhancedConnectionPrivilegeResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    connection_id: value.connection_id?,
                    is_success: value.is_success?,
                    message: value.message?,
                    privileges: value.privileges?,
                })
            }
        }
        impl ::std::convert::From<super::ShowEnhancedConnectionPrivilegeResponse>
        for ShowEnhancedConnectionPrivilegeResponse {
            fn from(value: super::ShowEnhancedConnectionPrivilegeResponse) -> Self {
                Self {
                    connection_id: Ok(value.connection_id),
                    is_success: Ok(value.is_success),
                    message: Ok(value.message),
                    privileges: Ok(value.privileges),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ShowEnhancedConnectionResponse {
            available_queue_info: ::std::result::Result<
                ::std::vec::Vec<super::PeeringResource>,
                ::std::string::String,
            >,
            create_time: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            dest_network_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            dest_vpc_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            elastic_resource_pools: ::std::result::Result<
                ::std::vec::Vec<super::PeeringResource>,
                ::std::string::String,
            >,
            hosts: ::std::result::Result<
                ::std::vec::Vec<super::Host>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::uuid::Uuid>,
                ::std::string::String,
            >,
            ipv6_enable: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_success: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            routes: ::std::result::Result<
                ::std::vec::Vec<super::Route>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ShowEnhancedConnectionResponse {
            fn default() -> Self {
                Self {
                    available_queue_info: Ok(Default::default()),
                    create_time: Ok(Default::default()),
                    dest_network_id: Ok(Default::default()),
                    dest_vpc_id: Ok(Default::default()),
                    elastic_resource_pools: Ok(Default::default()),
                    hosts: Ok(Default::default()),
                    id: Ok(Default::default()),
                    ipv6_enable: Ok(Default::default()),
                    is_success: Ok(Default::default()),
                    message: Ok(Default::default()),
                    name: Ok(Default::default()),
                    routes: Ok(Default::default()),
                    status: Ok(Default::default()),
                }
            }
        }
        impl ShowEnhancedConnectionResponse {
            pub fn available_queue_info<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::PeeringResource>>,
                T::Error: ::std::fmt::Display,
            {
                self.available_queue_info = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for available_queue_info: {e}"
                        )
                    });
                self
            }
            pub fn create_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.create_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for create_time: {e}")
                    });
                self
            }
            pub fn dest_network_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.dest_network_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for dest_network_id: {e}"
                        )
                    });
                self
            }
            pub fn dest_vpc_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.dest_vpc_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for dest_vpc_id: {e}")
                    });
                self
            }
            pub fn elastic_resource_pools<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::PeeringResource>>,
                T::Error: ::std::fmt::Display,
            {
                self.elastic_resource_pools = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for elastic_resource_pools: {e}"
                        )
                    });
                self
            }
            pub fn hosts<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Host>>,
                T::Error: ::std::fmt::Display,
            {
                self.hosts = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for hosts: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::uuid::Uuid>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn ipv6_enable<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.ipv6_enable = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ipv6_enable: {e}")
                    });
                self
            }
            pub fn is_success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
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
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn routes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Route>>,
                T::Error: ::std::fmt::Display,
            {
                self.routes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for routes: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ShowEnhancedConnectionResponse>
        for super::ShowEnhancedConnectionResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ShowEnhancedConnectionResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    available_queue_info: value.available_queue_info?,
                    create_time: value.create_time?,
                    dest_network_id: value.dest_network_id?,
                    dest_vpc_id: value.dest_vpc_id?,
                    elastic_resource_pools: value.elastic_resource_pools?,
                    hosts: value.hosts?,
                    id: value.id?,
                    ipv6_enable: value.ipv6_enable?,
                    is_success: value.is_success?,
                    message: value.message?,
                    name: value.name?,
                    routes: value.routes?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::ShowEnhancedConnectionResponse>
        for ShowEnhancedConnectionResponse {
            fn from(value: super::ShowEnhancedConnectionResponse) -> Self {
                Self {
                    available_queue_info: Ok(value.available_queue_info),
                    create_time: Ok(value.create_time),
                    dest_network_id: Ok(value.dest_network_id),
                    dest_vpc_id: Ok(value.dest_vpc_id),
                    elastic_resource_pools: Ok(value.elastic_resource_pools),
                    hosts: Ok(value.hosts),
                    id: Ok(value.id),
                    ipv6_enable: Ok(value.ipv6_enable),
                    is_success: Ok(value.is_success),
                    message: Ok(value.message),
                    name: Ok(value.name),
                    routes: Ok(value.routes),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ShowResourceTagsResponse {
            count: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            tags: ::std::result::Result<
                ::std::vec::Vec<super::Tag>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ShowResourceTagsResponse {
            fn default() -> Self {
                Self {
                    count: Ok(Default::default()),
                    tags: Ok(Default::default()),
                }
            }
        }
        impl ShowResourceTagsResponse {
            pub fn count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for count: {e}")
                    });
                self
            }
            pub fn tags<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Tag>>,
                T::Error: ::std::fmt::Display,
            {
                self.tags = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tags: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ShowResourceTagsResponse>
        for super::ShowResourceTagsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ShowResourceTagsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    count: value.count?,
                    tags: value.tags?,
                })
            }
        }
        impl ::std::convert::From<super::ShowResourceTagsResponse>
        for ShowResourceTagsResponse {
            fn from(value: super::ShowResourceTagsResponse) -> Self {
                Self {
                    count: Ok(value.count),
                    tags: Ok(value.tags),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Tag {
            key: ::std::result::Result<::std::string::String, ::std::string::String>,
            value: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for Tag {
            fn default() -> Self {
                Self {
                    key: Err("no value supplied for key".to_string()),
                    value: Err("no value supplied for value".to_string()),
                }
            }
        }
        impl Tag {
            pub fn key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.key = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for key: {e}")
                    });
                self
            }
            pub fn value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.value = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for value: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Tag> for super::Tag {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Tag,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    key: value.key?,
                    value: value.value?,
                })
            }
        }
        impl ::std::convert::From<super::Tag> for Tag {
            fn from(value: super::Tag) -> Self {
                Self {
                    key: Ok(value.key),
                    value: Ok(value.value),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateEnhancedConnectionRequest {
            hosts: ::std::result::Result<
                ::std::vec::Vec<super::Host>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateEnhancedConnectionRequest {
            fn default() -> Self {
                Self {
                    hosts: Err("no value supplied for hosts".to_string()),
                }
            }
        }
        impl UpdateEnhancedConnectionRequest {
            pub fn hosts<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Host>>,
                T::Error: ::std::fmt::Display,
            {
                self.hosts = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for hosts: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UpdateEnhancedConnectionRequest>
        for super::UpdateEnhancedConnectionRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateEnhancedConnectionRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { hosts: value.hosts? })
            }
        }
        impl ::std::convert::From<super::UpdateEnhancedConnectionRequest>
        for UpdateEnhancedConnectionRequest {
            fn from(value: super::UpdateEnhancedConnectionRequest) -> Self {
                Self { hosts: Ok(value.hosts) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateEnhancedConnectionResponse {
            is_success: ::std::result::Result<bool, ::std::string::String>,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateEnhancedConnectionResponse {
            fn default() -> Self {
                Self {
                    is_success: Err("no value supplied for is_success".to_string()),
                    message: Ok(Default::default()),
                }
            }
        }
        impl UpdateEnhancedConnectionResponse {
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
        impl ::std::convert::TryFrom<UpdateEnhancedConnectionResponse>
        for super::UpdateEnhancedConnectionResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateEnhancedConnectionResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    is_success: value.is_success?,
                    message: value.message?,
                })
            }
        }
        impl ::std::convert::From<super::UpdateEnhancedConnectionResponse>
        for UpdateEnhancedConnectionResponse {
            fn from(value: super::UpdateEnhancedConnectionResponse) -> Self {
                Self {
                    is_success: Ok(value.is_success),
                    message: Ok(value.message),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateJobAuthInfoRequest {
            auth_info_name: ::std::result::Result<
                super::AuthInfoName,
                ::std::string::String,
            >,
            keystore_location: ::std::result::Result<
                ::std::option::Option<super::ObsPath>,
                ::std::string::String,
            >,
            keystore_password: ::std::result::Result<
                ::std::option::Option<crate::password::Password>,
                ::std::string::String,
            >,
            keytab: ::std::result::Result<
                ::std::option::Option<super::ObsPath>,
                ::std::string::String,
            >,
            krb5_conf: ::std::result::Result<
                ::std::option::Option<super::ObsPath>,
                ::std::string::String,
            >,
            password: ::std::result::Result<
                ::std::option::Option<crate::password::Password>,
                ::std::string::String,
            >,
            truststore_location: ::std::result::Result<
                ::std::option::Option<super::ObsPath>,
                ::std::string::String,
            >,
            truststore_password: ::std::result::Result<
                ::std::option::Option<crate::password::Password>,
                ::std::string::String,
            >,
            user_name: ::std::result::Result<
                ::std::option::Option<super::AuthInfoUser>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateJobAuthInfoRequest {
            fn default() -> Self {
                Self {
                    auth_info_name: Err(
                        "no value supplied for auth_info_name".to_string(),
                    ),
                    keystore_location: Ok(Default::default()),
                    keystore_password: Ok(Default::default()),
                    keytab: Ok(Default::default()),
                    krb5_conf: Ok(Default::default()),
                    password: Ok(Default::default()),
                    truststore_location: Ok(Default::default()),
                    truststore_password: Ok(Default::default()),
                    user_name: Ok(Default::default()),
                }
            }
        }
        impl UpdateJobAuthInfoRequest {
            pub fn auth_info_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AuthInfoName>,
                T::Error: ::std::fmt::Display,
            {
                self.auth_info_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for auth_info_name: {e}"
                        )
                    });
                self
            }
            pub fn keystore_location<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ObsPath>>,
                T::Error: ::std::fmt::Display,
            {
                self.keystore_location = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for keystore_location: {e}"
                        )
                    });
                self
            }
            pub fn keystore_password<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::password::Password>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.keystore_password = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for keystore_password: {e}"
                        )
                    });
                self
            }
            pub fn keytab<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ObsPath>>,
                T::Error: ::std::fmt::Display,
            {
                self.keytab = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for keytab: {e}")
                    });
                self
            }
            pub fn krb5_conf<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ObsPath>>,
                T::Error: ::std::fmt::Display,
            {
                self.krb5_conf = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for krb5_conf: {e}")
                    });
                self
            }
            pub fn password<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::password::Password>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.password = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for password: {e}")
                    });
                self
            }
            pub fn truststore_location<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ObsPath>>,
                T::Error: ::std::fmt::Display,
            {
                self.truststore_location = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for truststore_location: {e}"
                        )
                    });
                self
            }
            pub fn truststore_password<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::password::Password>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.truststore_password = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for truststore_password: {e}"
                        )
                    });
                self
            }
            pub fn user_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::AuthInfoUser>>,
                T::Error: ::std::fmt::Display,
            {
                self.user_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_name: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UpdateJobAuthInfoRequest>
        for super::UpdateJobAuthInfoRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateJobAuthInfoRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    auth_info_name: value.auth_info_name?,
                    keystore_location: value.keystore_location?,
                    keystore_password: value.keystore_password?,
                    keytab: value.keytab?,
                    krb5_conf: value.krb5_conf?,
                    password: value.password?,
                    truststore_location: value.truststore_location?,
                    truststore_password: value.truststore_password?,
                    user_name: value.user_name?,
                })
            }
        }
        impl ::std::convert::From<super::UpdateJobAuthInfoRequest>
        for UpdateJobAuthInfoRequest {
            fn from(value: super::UpdateJobAuthInfoRequest) -> Self {
                Self {
                    auth_info_name: Ok(value.auth_info_name),
                    keystore_location: Ok(value.keystore_location),
                    keystore_password: Ok(value.keystore_password),
                    keytab: Ok(value.keytab),
                    krb5_conf: Ok(value.krb5_conf),
                    password: Ok(value.password),
                    truststore_location: Ok(value.truststore_location),
                    truststore_password: Ok(value.truststore_password),
                    user_name: Ok(value.user_name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateJobAuthInfoResponse {
            is_success: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateJobAuthInfoResponse {
            fn default() -> Self {
                Self {
                    is_success: Ok(Default::default()),
                    message: Ok(Default::default()),
                }
            }
        }
        impl UpdateJobAuthInfoResponse {
            pub fn is_success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
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
        impl ::std::convert::TryFrom<UpdateJobAuthInfoResponse>
        for super::UpdateJobAuthInfoResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateJobAuthInfoResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    is_success: value.is_success?,
                    message: value.message?,
                })
            }
        }
        impl ::std::convert::From<super::UpdateJobAuthInfoResponse>
        for UpdateJobAuthInfoResponse {
            fn from(value: super::UpdateJobAuthInfoResponse) -> Self {
                Self {
                    is_success: Ok(value.is_success),
                    message: Ok(value.message),
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

The part of the Huawei Cloud Data Lake Insight (DLI) API that manages enhanced datasource
connections: create, list, show and, at its centre, delete; and around them, binding
queues and elastic resource pools, host entries, routes, privileges for other projects,
tags, and testing what a queue reaches. An enhanced connection peers DLI queues or
elastic resource pools with a VPC so that jobs can reach a data source inside it.

A connection is peered with each of its queues and pools in turn. While any peering is
`CREATING`, the connection cannot be deleted; show the connection and wait until none is.
A `FAILED` peering says why in its `err_msg`. Deleted connections are kept: showing one
answers `200` with the status `DELETED`.

The API gateway in front of DLI allows about 200 calls a second per API; beyond that it
answers `429` (`APIGW.0308`) without a `Retry-After` header. Five failed authentications
in a row lock the access key for five minutes. A `503` is taken to have carried nothing
out (DLI does not say; decided here), so every operation may be sent again after one; a
`500`, `502` or `504` may have, so `x-dli-retry: not-idempotent` operations are settled
by reading first.

Every request is authenticated either with an AK/SK signature (`SDK-HMAC-SHA256`) or with
an IAM token. Every response carries an `X-Request-Id` header; quote it when asking Huawei
Cloud support about a request.


Version: 2.0*/
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
    pub(crate) inner: crate::settings::ClientState,
}
impl Client {
    /// Create a new client.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new(baseurl: &str, inner: crate::settings::ClientState) -> Self {
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
        inner: crate::settings::ClientState,
    ) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
            inner,
        }
    }
}
impl ClientInfo<crate::settings::ClientState> for Client {
    fn api_version() -> &'static str {
        "2.0"
    }
    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }
    fn client(&self) -> &reqwest::Client {
        &self.client
    }
    fn inner(&self) -> &crate::settings::ClientState {
        &self.inner
    }
}
const _: () = {
    #[allow(dead_code)]
    fn assert_client_hooks()
    where
        Client: ClientHooks<crate::settings::ClientState>,
    {}
};
impl Client {
    /**List enhanced datasource connections

Lists the enhanced datasource connections of the project, a page at a time, oldest
first. `count` is the number of matching connections across all pages. Deleted
connections are listed only when `status` is `DELETED`.

Retries: A read: it is sent again after any transient failure.


Sends a `GET` request to `/v2.0/{project_id}/datasource/enhanced-connections`

Arguments:
- `project_id`: The project id, used for resource isolation. It must not be empty and must not contain
`/`, `?`, `#` or `%`.

- `limit`: The most connections in one page; `0` lists them all.
- `name`: Only connections whose name contains this text.
- `offset`: How many matching connections to skip.
- `status`: Only connections with this status, compared without regard to case, such as
`ACTIVE` or `DELETED`.

- `tags`: Only connections that carry every one of these tags, as `key=value,key2=value2`.
```text
let response = client.list_enhanced_connections()
    .project_id(project_id)
    .limit(limit)
    .name(name)
    .offset(offset)
    .status(status)
    .tags(tags)
    .send()
    .await;
```*/
    pub fn list_enhanced_connections(&self) -> builder::ListEnhancedConnections<'_> {
        builder::ListEnhancedConnections::new(self)
    }
    /**Create an enhanced datasource connection

Creates an enhanced datasource connection that peers the given queues and elastic
resource pools with a subnet of a VPC. The connection is created in the background:
until every peering has left `CREATING`, the connection cannot be deleted.

DLI documents `201` for success; a `200` with the same body is success too. Creating is
not idempotent: a request that may have reached DLI must not be sent again blindly, as
it may already have created a connection.

Retries: Sending a create twice can make two connections, so it is sent again only when
the first attempt never reached DLI, was throttled or was answered `503`. An unknown
outcome is settled by looking the name up: names are unique among connections not
deleted.


Sends a `POST` request to `/v2.0/{project_id}/datasource/enhanced-connections`

Arguments:
- `project_id`: The project id, used for resource isolation. It must not be empty and must not contain
`/`, `?`, `#` or `%`.

- `body`
```text
let response = client.create_enhanced_connection()
    .project_id(project_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn create_enhanced_connection(&self) -> builder::CreateEnhancedConnection<'_> {
        builder::CreateEnhancedConnection::new(self)
    }
    /**Show an enhanced datasource connection

Shows one enhanced datasource connection with the status of each of its peerings.
A deleted connection is still shown, with the status `DELETED`; an id that never
existed is refused with a `400` DLI error.

Retries: A read: it is sent again after any transient failure.


Sends a `GET` request to `/v2.0/{project_id}/datasource/enhanced-connections/{connection_id}`

Arguments:
- `project_id`: The project id, used for resource isolation. It must not be empty and must not contain
`/`, `?`, `#` or `%`.

- `connection_id`: The id (a UUID) of the connection, as returned when it was created.
```text
let response = client.show_enhanced_connection()
    .project_id(project_id)
    .connection_id(connection_id)
    .send()
    .await;
```*/
    pub fn show_enhanced_connection(&self) -> builder::ShowEnhancedConnection<'_> {
        builder::ShowEnhancedConnection::new(self)
    }
    /**Set the host entries of an enhanced datasource connection

Replaces every host entry of the connection with the given list; an empty list clears
them. Queues bound to the connection resolve these names to these addresses. At most
20,000 entries; a host name starts with a letter and is at most 128 characters.

Setting the same list twice leaves the same entries, so the request is idempotent and
retried like a delete. Adding or removing one entry is a read (Show), a change and this
write: not atomic, since another writer may change the list in between.

Retries: It replaces every host entry with the list sent, so a second send leaves the same
entries: it is sent again after any transient failure.


Sends a `PUT` request to `/v2.0/{project_id}/datasource/enhanced-connections/{connection_id}`

Arguments:
- `project_id`: The project id, used for resource isolation. It must not be empty and must not contain
`/`, `?`, `#` or `%`.

- `connection_id`: The id (a UUID) of the connection, as returned when it was created.
- `body`
```text
let response = client.update_enhanced_connection()
    .project_id(project_id)
    .connection_id(connection_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_enhanced_connection(&self) -> builder::UpdateEnhancedConnection<'_> {
        builder::UpdateEnhancedConnection::new(self)
    }
    /**Delete an enhanced datasource connection

Deletes an enhanced datasource connection that was created earlier.

A connection that is still being created cannot be deleted: the request is refused
with a `400` DLI error until creation has finished. Deleting a connection that does not
exist, or that was already deleted, is also refused with a `400` DLI error
(`DLI.0001`, `Connection <id> is not exist`). The request has no query and no body.

Retries: A second send deletes nothing more, so it is sent again after any transient
failure. It is then answered "not exist"; after an attempt that may have landed, that
answer means the earlier attempt deleted the connection.


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
    /**Bind queues or elastic resource pools to a connection

Binds queues or elastic resource pools to the connection: DLI builds a VPC peering for
each, shown in Show's `available_queue_info` and `elastic_resource_pools`. Each
peering's `status` goes `CREATING` → `ACTIVE`, or `FAILED` with the reason in
`err_msg`; a first bind often takes 5 to 10 minutes. `queues` is being retired in
favour of `elastic_resource_pools`.

Binding a name that is already bound leaves its peering as it is (not published; the
fake decides so). A name that is not one of the project's queues or pools (see
ListQueues and ListElasticResourcePools) is refused as an unknown object, `400`
`DLI.0002` with `There is no queue named NAME` or `There is no elastic resource pool
named NAME`, and nothing is bound (DLI publishes the code and the queue's message; the
status and the pool's message are decided here).

Retries: A second send of a bind that landed starts over a peering that is under way, so
it is sent again only when the first attempt never reached DLI, was throttled or was
answered `503`. An unknown outcome (a timeout, a lost answer, another `5XX`) is settled
by showing the connection: every pool and queue already bound means the bind landed;
otherwise it is sent again, within the attempts and the deadline.


Sends a `POST` request to `/v2.0/{project_id}/datasource/enhanced-connections/{connection_id}/associate-queue`

Arguments:
- `project_id`: The project id, used for resource isolation. It must not be empty and must not contain
`/`, `?`, `#` or `%`.

- `connection_id`: The id (a UUID) of the connection, as returned when it was created.
- `body`
```text
let response = client.associate_queue_to_enhanced_connection()
    .project_id(project_id)
    .connection_id(connection_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn associate_queue_to_enhanced_connection(
        &self,
    ) -> builder::AssociateQueueToEnhancedConnection<'_> {
        builder::AssociateQueueToEnhancedConnection::new(self)
    }
    /**Unbind queues or elastic resource pools from a connection

Removes the peerings of the named queues or elastic resource pools; they disappear
from Show's lists. Unbinding a name that is not bound is refused with `400 DLI.0001`
(not published; the fake decides so).

Retries: A second send of an unbind that landed is refused, so it is sent again only when
the first attempt never reached DLI, was throttled or was answered `503`. An unknown
outcome (a timeout, a lost answer, another `5XX`) is settled by showing the connection:
no named pool or queue bound any more means the unbind landed; otherwise it is sent
again, within the attempts and the deadline.


Sends a `POST` request to `/v2.0/{project_id}/datasource/enhanced-connections/{connection_id}/disassociate-queue`

Arguments:
- `project_id`: The project id, used for resource isolation. It must not be empty and must not contain
`/`, `?`, `#` or `%`.

- `connection_id`: The id (a UUID) of the connection, as returned when it was created.
- `body`
```text
let response = client.disassociate_queue_from_enhanced_connection()
    .project_id(project_id)
    .connection_id(connection_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn disassociate_queue_from_enhanced_connection(
        &self,
    ) -> builder::DisassociateQueueFromEnhancedConnection<'_> {
        builder::DisassociateQueueFromEnhancedConnection::new(self)
    }
    /**Show which projects may use a connection

The privileges other projects were granted on the connection, one entry per grantee
project. An unknown connection is refused with `400 DLI.0001`.

Retries: A read: it is sent again after any transient failure.


Sends a `GET` request to `/v2.0/{project_id}/datasource/enhanced-connections/{connection_id}/privileges`

Arguments:
- `project_id`: The project id, used for resource isolation. It must not be empty and must not contain
`/`, `?`, `#` or `%`.

- `connection_id`: The id (a UUID) of the connection, as returned when it was created.
```text
let response = client.show_enhanced_connection_privilege()
    .project_id(project_id)
    .connection_id(connection_id)
    .send()
    .await;
```*/
    pub fn show_enhanced_connection_privilege(
        &self,
    ) -> builder::ShowEnhancedConnectionPrivilege<'_> {
        builder::ShowEnhancedConnectionPrivilege::new(self)
    }
    /**Add a route to a connection

Adds a route, so that bound queues reach the addresses in `cidr` through the peering.
Route names are unique per connection: a name already used is refused with
`400 DLI.0001`, which is also why an ambiguous outcome is settled by reading, not by
sending again blindly. The deprecated `POST /v2.0/…/{connection_id}/routes` does the same and is
left out of this document.

Retries: A second send of an add that landed is refused as a name already taken, so it is
sent again only when the first attempt never reached DLI, was throttled or was answered
`503`. An unknown outcome (a timeout, a lost answer, another `5XX`) is settled by showing
the connection: a route of the name and CIDR means the add landed; otherwise it is sent
again, within the attempts and the deadline.


Sends a `POST` request to `/v3/{project_id}/datasource/enhanced-connections/{connection_id}/routes`

Arguments:
- `project_id`: The project id, used for resource isolation. It must not be empty and must not contain
`/`, `?`, `#` or `%`.

- `connection_id`: The id (a UUID) of the connection, as returned when it was created.
- `body`
```text
let response = client.create_route_to_enhanced_connection()
    .project_id(project_id)
    .connection_id(connection_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn create_route_to_enhanced_connection(
        &self,
    ) -> builder::CreateRouteToEnhancedConnection<'_> {
        builder::CreateRouteToEnhancedConnection::new(self)
    }
    /**Delete a route of a connection

Deletes the route with this name. A route that does not exist is refused with
`400 DLI.0002`; deleting twice never deletes twice, so the request is retried like a
connection's delete. The deprecated `DELETE /v2.0/…/{connection_id}/routes/{name}` is
left out of this document.

Retries: A second send deletes nothing more, so it is sent again after any transient
failure. It is then answered "not exist"; after an attempt that may have landed, that
answer means the earlier attempt deleted the route.


Sends a `DELETE` request to `/v3/{project_id}/datasource/enhanced-connections/{connection_id}/routes/{name}`

Arguments:
- `project_id`: The project id, used for resource isolation. It must not be empty and must not contain
`/`, `?`, `#` or `%`.

- `connection_id`: The id (a UUID) of the connection, as returned when it was created.
- `name`: The name of the route.
```text
let response = client.delete_route_from_enhanced_connection()
    .project_id(project_id)
    .connection_id(connection_id)
    .name(name)
    .send()
    .await;
```*/
    pub fn delete_route_from_enhanced_connection(
        &self,
    ) -> builder::DeleteRouteFromEnhancedConnection<'_> {
        builder::DeleteRouteFromEnhancedConnection::new(self)
    }
    /**List datasource authentications

Lists the project's datasource authentications, a page at a time, without their
passwords: DLI never returns one. `count` is the number of matching entries across all
pages. With `auth_info_name`, only the entry of that name (the exact name, decided
here; DLI does not say).

Retries: A read: it is sent again after any transient failure.


Sends a `GET` request to `/v3/{project_id}/datasource/auth-infos`

Arguments:
- `project_id`: The project id, used for resource isolation. It must not be empty and must not contain
`/`, `?`, `#` or `%`.

- `auth_info_name`: Only the entry of this name.
- `limit`: The most entries in one page.
- `offset`: How many matching entries to skip.
```text
let response = client.list_job_auth_infos()
    .project_id(project_id)
    .auth_info_name(auth_info_name)
    .limit(limit)
    .offset(offset)
    .send()
    .await;
```*/
    pub fn list_job_auth_infos(&self) -> builder::ListJobAuthInfos<'_> {
        builder::ListJobAuthInfos::new(self)
    }
    /**Update a datasource authentication

Changes the user, the passwords or the OBS paths of the entry named in the body. A
field left out keeps its value (decided here; DLI does not say). The type, the
certificate and the key password cannot be changed: delete the entry and create it
again. A name that does not exist is refused with `400 DLI.0002`.

Retries: A second send sets the same values again, so it is sent again after any
transient failure.


Sends a `PUT` request to `/v3/{project_id}/datasource/auth-infos`

Arguments:
- `project_id`: The project id, used for resource isolation. It must not be empty and must not contain
`/`, `?`, `#` or `%`.

- `body`
```text
let response = client.update_job_auth_info()
    .project_id(project_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_job_auth_info(&self) -> builder::UpdateJobAuthInfo<'_> {
        builder::UpdateJobAuthInfo::new(self)
    }
    /**Create a datasource authentication

Stores the credentials jobs use to reach a data source, under a name unique in the
project: a user and password (`passwd`, for RDS, DWS, DDS and DCS), a user, password
and certificate (`CSS`), a Kerberos configuration and keytab (`KRB`, for MRS), or a
truststore and optionally a keystore (`Kafka_SSL`). Key material is referenced by its
OBS path; the passwords travel in the body and are never returned. Spark, Flink and SQL
jobs refer to the credentials by name. The deprecated `POST /v2.0/…/auth-infos` does
the same and is left out of this document.

A name already taken is refused with `400 DLI.0006`; a type DLI does not know, or a
type without its required fields, with `400 DLI.0001`. Which fields each type requires
is not published; this document follows the console's forms: `passwd` needs
`user_name` and `password`; `CSS` also `certificate_location`; `KRB` needs
`user_name`, `krb5_conf` and `keytab`; `Kafka_SSL` needs `truststore_location` and
`truststore_password`, and takes `keystore_location` and `keystore_password`
together, `key_password` only with them.

Retries: Sending a create twice is refused as a name already taken, so it is sent again
only when the first attempt never reached DLI, was throttled or was answered `503`. An
unknown outcome is settled by listing the name: an entry created since the create was
sent is the one it made; without one, the create is sent again.


Sends a `POST` request to `/v3/{project_id}/datasource/auth-infos`

Arguments:
- `project_id`: The project id, used for resource isolation. It must not be empty and must not contain
`/`, `?`, `#` or `%`.

- `body`
```text
let response = client.create_job_auth_info()
    .project_id(project_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn create_job_auth_info(&self) -> builder::CreateJobAuthInfo<'_> {
        builder::CreateJobAuthInfo::new(self)
    }
    /**Delete a datasource authentication

Deletes the entry of this name. A name that does not exist is refused with
`400 DLI.0002` (decided here; DLI does not say).

Retries: A second send deletes nothing more, so it is sent again after any transient
failure. It is then answered "does not exist"; after an attempt that may have landed,
that answer means the earlier attempt deleted the entry.


Sends a `DELETE` request to `/v3/{project_id}/datasource/auth-infos/{auth_info_name}`

Arguments:
- `project_id`: The project id, used for resource isolation. It must not be empty and must not contain
`/`, `?`, `#` or `%`.

- `auth_info_name`: The name of the datasource authentication.
```text
let response = client.delete_job_auth_info()
    .project_id(project_id)
    .auth_info_name(auth_info_name)
    .send()
    .await;
```*/
    pub fn delete_job_auth_info(&self) -> builder::DeleteJobAuthInfo<'_> {
        builder::DeleteJobAuthInfo::new(self)
    }
    /**Grant, revoke or update another project's privileges

Grants (`grant`), revokes (`revoke`) or replaces (`update`) the privileges of another
project (`projectId`) or user (`user_name`) on DLI objects. For an enhanced connection
the object is `edsconnections.<connection_id>` and the privilege `BIND_QUEUE`.
Granting what is granted, or revoking what is not, changes nothing, so the request is
retried like a delete.

Retries: Granting or revoking sets a project's privilege, so a second send leaves the same
privileges: it is sent again after any transient failure.


Sends a `PUT` request to `/v1.0/{project_id}/authorization`

Arguments:
- `project_id`: The project id, used for resource isolation. It must not be empty and must not contain
`/`, `?`, `#` or `%`.

- `body`
```text
let response = client.run_authorization_action()
    .project_id(project_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn run_authorization_action(&self) -> builder::RunAuthorizationAction<'_> {
        builder::RunAuthorizationAction::new(self)
    }
    /**Add tags to a resource

Adds at most 20 tags to a resource; a key that is there gets the new value. Adding the
same tags twice leaves the same tags, so the request is retried like a delete. The
answer has no body (`204`; not published, the SDK's model has only a raw body, and
the fake decides so).

Retries: Adding the same tags again leaves the same tags: it is sent again after any
transient failure.


Sends a `POST` request to `/v3/{project_id}/{resource_type}/{resource_id}/tags/create`

Arguments:
- `project_id`: The project id, used for resource isolation. It must not be empty and must not contain
`/`, `?`, `#` or `%`.

- `resource_type`: The type of the tagged resource; for an enhanced connection `dli_enhanced_datasource`
(DLI tags other types through the same paths; this document covers connections).

- `resource_id`: The id of the tagged resource; for a connection, its UUID.
- `body`
```text
let response = client.batch_create_resource_tags()
    .project_id(project_id)
    .resource_type(resource_type)
    .resource_id(resource_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn batch_create_resource_tags(&self) -> builder::BatchCreateResourceTags<'_> {
        builder::BatchCreateResourceTags::new(self)
    }
    /**Remove tags from a resource

Removes at most 20 tags, matched by key; a tag that is not there is not an error, so
the request is retried like a delete. The answer has no body (`204`; not published,
the fake decides so).

Retries: Removing a tag that is gone is not an error: it is sent again after any transient
failure.


Sends a `POST` request to `/v3/{project_id}/{resource_type}/{resource_id}/tags/delete`

Arguments:
- `project_id`: The project id, used for resource isolation. It must not be empty and must not contain
`/`, `?`, `#` or `%`.

- `resource_type`: The type of the tagged resource; for an enhanced connection `dli_enhanced_datasource`
(DLI tags other types through the same paths; this document covers connections).

- `resource_id`: The id of the tagged resource; for a connection, its UUID.
- `body`
```text
let response = client.batch_delete_resource_tags()
    .project_id(project_id)
    .resource_type(resource_type)
    .resource_id(resource_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn batch_delete_resource_tags(&self) -> builder::BatchDeleteResourceTags<'_> {
        builder::BatchDeleteResourceTags::new(self)
    }
    /**Show the tags of a resource

The tags of a resource, a page at a time.

Retries: A read: it is sent again after any transient failure.


Sends a `GET` request to `/v3/{project_id}/{resource_type}/{resource_id}/tags`

Arguments:
- `project_id`: The project id, used for resource isolation. It must not be empty and must not contain
`/`, `?`, `#` or `%`.

- `resource_type`: The type of the tagged resource; for an enhanced connection `dli_enhanced_datasource`
(DLI tags other types through the same paths; this document covers connections).

- `resource_id`: The id of the tagged resource; for a connection, its UUID.
- `limit`: How many tags to return.
- `offset`: How many tags to skip.
```text
let response = client.show_resource_tags()
    .project_id(project_id)
    .resource_type(resource_type)
    .resource_id(resource_id)
    .limit(limit)
    .offset(offset)
    .send()
    .await;
```*/
    pub fn show_resource_tags(&self) -> builder::ShowResourceTags<'_> {
        builder::ShowResourceTags::new(self)
    }
    /**Start a connectivity test from a queue

Starts a test of whether the queue reaches `address` (`host:port` or `ip:port`); read
the result with ShowConnectivityTask and the returned `task_id`. Each request starts
a new test. A name that is neither a queue nor an elastic resource pool of the project
is refused, `400` `DLI.0002` `There is no queue named NAME` (decided here, as for a
bind).

Retries: A test only reads whether the queue reaches the address, so a second send changes
nothing but to start a second test: it is sent again after any transient failure.


Sends a `POST` request to `/v1.0/{project_id}/queues/{queue_name}/connection-test`

Arguments:
- `project_id`: The project id, used for resource isolation. It must not be empty and must not contain
`/`, `?`, `#` or `%`.

- `queue_name`: The name of a queue (or of an elastic resource pool's queue).
- `body`
```text
let response = client.create_connectivity_task()
    .project_id(project_id)
    .queue_name(queue_name)
    .body(body)
    .send()
    .await;
```*/
    pub fn create_connectivity_task(&self) -> builder::CreateConnectivityTask<'_> {
        builder::CreateConnectivityTask::new(self)
    }
    /**Show the result of a connectivity test

The result of a connectivity test in `connectivity`. DLI publishes only `REACHABLE`;
this document, the client and the fake also use `UNREACHABLE`, and `CHECKING` while the
test runs (not published: decided here). Any other value is kept as DLI sent it.

Retries: A read: it is sent again after any transient failure.


Sends a `GET` request to `/v1.0/{project_id}/queues/{queue_name}/connection-test/{task_id}`

Arguments:
- `project_id`: The project id, used for resource isolation. It must not be empty and must not contain
`/`, `?`, `#` or `%`.

- `queue_name`: The name of a queue (or of an elastic resource pool's queue).
- `task_id`: The `task_id` CreateConnectivityTask returned.
```text
let response = client.show_connectivity_task()
    .project_id(project_id)
    .queue_name(queue_name)
    .task_id(task_id)
    .send()
    .await;
```*/
    pub fn show_connectivity_task(&self) -> builder::ShowConnectivityTask<'_> {
        builder::ShowConnectivityTask::new(self)
    }
    /**List queues

Lists the project's queues, all in one answer: DLI does not page this list, so the
client reads it with the body limit of a page (`x-dli-body-limit`). The names are what
AssociateQueueToEnhancedConnection and CreateConnectivityTask take as queues.

Retries: A read: it is sent again after any transient failure.


Sends a `GET` request to `/v1.0/{project_id}/queues`

Arguments:
- `project_id`: The project id, used for resource isolation. It must not be empty and must not contain
`/`, `?`, `#` or `%`.

- `queue_type`: Only queues of this type; `all` (the default) lists every type.
- `tags`: Only queues that carry every one of these tags, as `key=value,key2=value2`.
- `with_charge_info`: Whether to include charging information.
- `with_priv`: Whether to include the caller's privileges on each queue.
```text
let response = client.list_queues()
    .project_id(project_id)
    .queue_type(queue_type)
    .tags(tags)
    .with_charge_info(with_charge_info)
    .with_priv(with_priv)
    .send()
    .await;
```*/
    pub fn list_queues(&self) -> builder::ListQueues<'_> {
        builder::ListQueues::new(self)
    }
    /**List elastic resource pools

Lists the project's elastic resource pools, a page at a time. `count` is the number of
matching pools across all pages. The names are what
AssociateQueueToEnhancedConnection takes as `elastic_resource_pools`.

Retries: A read: it is sent again after any transient failure.


Sends a `GET` request to `/v3/{project_id}/elastic-resource-pools`

Arguments:
- `project_id`: The project id, used for resource isolation. It must not be empty and must not contain
`/`, `?`, `#` or `%`.

- `limit`: The most pools in one page.
- `name`: Only pools whose name contains this text.
- `offset`: How many matching pools to skip.
- `status`: Only pools with this status, such as `AVAILABLE`.
- `tags`: Only pools that carry every one of these tags, as `key=value,key2=value2`.
```text
let response = client.list_elastic_resource_pools()
    .project_id(project_id)
    .limit(limit)
    .name(name)
    .offset(offset)
    .status(status)
    .tags(tags)
    .send()
    .await;
```*/
    pub fn list_elastic_resource_pools(&self) -> builder::ListElasticResourcePools<'_> {
        builder::ListElasticResourcePools::new(self)
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
    /**Builder for [`Client::list_enhanced_connections`]

[`Client::list_enhanced_connections`]: super::Client::list_enhanced_connections*/
    #[derive(Debug, Clone)]
    pub struct ListEnhancedConnections<'a> {
        client: &'a super::Client,
        project_id: Result<types::ProjectId, String>,
        limit: Result<Option<i32>, String>,
        name: Result<Option<::std::string::String>, String>,
        offset: Result<Option<i32>, String>,
        status: Result<Option<::std::string::String>, String>,
        tags: Result<Option<types::ListEnhancedConnectionsTags>, String>,
    }
    impl<'a> ListEnhancedConnections<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err("project_id was not initialized".to_string()),
                limit: Ok(None),
                name: Ok(None),
                offset: Ok(None),
                status: Ok(None),
                tags: Ok(None),
            }
        }
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ProjectId>,
        {
            self.project_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ProjectId` for project_id failed".to_string()
                });
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i32>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i32` for limit failed".to_string());
            self
        }
        pub fn name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.name = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for name failed"
                        .to_string()
                });
            self
        }
        pub fn offset<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i32>,
        {
            self.offset = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i32` for offset failed".to_string());
            self
        }
        pub fn status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.status = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for status failed"
                        .to_string()
                });
            self
        }
        pub fn tags<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListEnhancedConnectionsTags>,
        {
            self.tags = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListEnhancedConnectionsTags` for tags failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v2.0/{project_id}/datasource/enhanced-connections`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ListEnhancedConnectionsResponse>,
            Error<types::DliError>,
        > {
            let Self { client, project_id, limit, name, offset, status, tags } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let name = name.map_err(Error::InvalidRequest)?;
            let offset = offset.map_err(Error::InvalidRequest)?;
            let status = status.map_err(Error::InvalidRequest)?;
            let tags = tags.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2.0/{}/datasource/enhanced-connections", client.baseurl,
                encode_path(& project_id.to_string()),
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
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("name", &name))
                .query(&progenitor_client::QueryParam::new("offset", &offset))
                .query(&progenitor_client::QueryParam::new("status", &status))
                .query(&progenitor_client::QueryParam::new("tags", &tags))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_enhanced_connections",
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
    /**Builder for [`Client::create_enhanced_connection`]

[`Client::create_enhanced_connection`]: super::Client::create_enhanced_connection*/
    #[derive(Debug, Clone)]
    pub struct CreateEnhancedConnection<'a> {
        client: &'a super::Client,
        project_id: Result<types::ProjectId, String>,
        body: Result<types::builder::CreateEnhancedConnectionRequest, String>,
    }
    impl<'a> CreateEnhancedConnection<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err("project_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ProjectId>,
        {
            self.project_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ProjectId` for project_id failed".to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateEnhancedConnectionRequest>,
            <V as std::convert::TryInto<
                types::CreateEnhancedConnectionRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CreateEnhancedConnectionRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateEnhancedConnectionRequest,
            ) -> types::builder::CreateEnhancedConnectionRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v2.0/{project_id}/datasource/enhanced-connections`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::CreateEnhancedConnectionResponse>,
            Error<types::DliError>,
        > {
            let Self { client, project_id, body } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CreateEnhancedConnectionRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2.0/{}/datasource/enhanced-connections", client.baseurl,
                encode_path(& project_id.to_string()),
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
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_enhanced_connection",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                201u16 => ResponseValue::from_response(response).await,
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
    /**Builder for [`Client::show_enhanced_connection`]

[`Client::show_enhanced_connection`]: super::Client::show_enhanced_connection*/
    #[derive(Debug, Clone)]
    pub struct ShowEnhancedConnection<'a> {
        client: &'a super::Client,
        project_id: Result<types::ProjectId, String>,
        connection_id: Result<::uuid::Uuid, String>,
    }
    impl<'a> ShowEnhancedConnection<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err("project_id was not initialized".to_string()),
                connection_id: Err("connection_id was not initialized".to_string()),
            }
        }
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ProjectId>,
        {
            self.project_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ProjectId` for project_id failed".to_string()
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
        ///Sends a `GET` request to `/v2.0/{project_id}/datasource/enhanced-connections/{connection_id}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ShowEnhancedConnectionResponse>,
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
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "show_enhanced_connection",
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
    /**Builder for [`Client::update_enhanced_connection`]

[`Client::update_enhanced_connection`]: super::Client::update_enhanced_connection*/
    #[derive(Debug, Clone)]
    pub struct UpdateEnhancedConnection<'a> {
        client: &'a super::Client,
        project_id: Result<types::ProjectId, String>,
        connection_id: Result<::uuid::Uuid, String>,
        body: Result<types::builder::UpdateEnhancedConnectionRequest, String>,
    }
    impl<'a> UpdateEnhancedConnection<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err("project_id was not initialized".to_string()),
                connection_id: Err("connection_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ProjectId>,
        {
            self.project_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ProjectId` for project_id failed".to_string()
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
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateEnhancedConnectionRequest>,
            <V as std::convert::TryInto<
                types::UpdateEnhancedConnectionRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `UpdateEnhancedConnectionRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateEnhancedConnectionRequest,
            ) -> types::builder::UpdateEnhancedConnectionRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/v2.0/{project_id}/datasource/enhanced-connections/{connection_id}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::UpdateEnhancedConnectionResponse>,
            Error<types::DliError>,
        > {
            let Self { client, project_id, connection_id, body } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let connection_id = connection_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateEnhancedConnectionRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
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
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_enhanced_connection",
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
    /**Builder for [`Client::delete_enhanced_connection`]

[`Client::delete_enhanced_connection`]: super::Client::delete_enhanced_connection*/
    #[derive(Debug, Clone)]
    pub struct DeleteEnhancedConnection<'a> {
        client: &'a super::Client,
        project_id: Result<types::ProjectId, String>,
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
            V: std::convert::TryInto<types::ProjectId>,
        {
            self.project_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ProjectId` for project_id failed".to_string()
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
    /**Builder for [`Client::associate_queue_to_enhanced_connection`]

[`Client::associate_queue_to_enhanced_connection`]: super::Client::associate_queue_to_enhanced_connection*/
    #[derive(Debug, Clone)]
    pub struct AssociateQueueToEnhancedConnection<'a> {
        client: &'a super::Client,
        project_id: Result<types::ProjectId, String>,
        connection_id: Result<::uuid::Uuid, String>,
        body: Result<types::builder::AssociateQueueToEnhancedConnectionRequest, String>,
    }
    impl<'a> AssociateQueueToEnhancedConnection<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err("project_id was not initialized".to_string()),
                connection_id: Err("connection_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ProjectId>,
        {
            self.project_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ProjectId` for project_id failed".to_string()
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
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AssociateQueueToEnhancedConnectionRequest>,
            <V as std::convert::TryInto<
                types::AssociateQueueToEnhancedConnectionRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `AssociateQueueToEnhancedConnectionRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::AssociateQueueToEnhancedConnectionRequest,
            ) -> types::builder::AssociateQueueToEnhancedConnectionRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v2.0/{project_id}/datasource/enhanced-connections/{connection_id}/associate-queue`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::AssociateQueueToEnhancedConnectionResponse>,
            Error<types::DliError>,
        > {
            let Self { client, project_id, connection_id, body } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let connection_id = connection_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::AssociateQueueToEnhancedConnectionRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2.0/{}/datasource/enhanced-connections/{}/associate-queue", client
                .baseurl, encode_path(& project_id.to_string()), encode_path(&
                connection_id.to_string()),
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
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "associate_queue_to_enhanced_connection",
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
    /**Builder for [`Client::disassociate_queue_from_enhanced_connection`]

[`Client::disassociate_queue_from_enhanced_connection`]: super::Client::disassociate_queue_from_enhanced_connection*/
    #[derive(Debug, Clone)]
    pub struct DisassociateQueueFromEnhancedConnection<'a> {
        client: &'a super::Client,
        project_id: Result<types::ProjectId, String>,
        connection_id: Result<::uuid::Uuid, String>,
        body: Result<
            types::builder::DisassociateQueueFromEnhancedConnectionRequest,
            String,
        >,
    }
    impl<'a> DisassociateQueueFromEnhancedConnection<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err("project_id was not initialized".to_string()),
                connection_id: Err("connection_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ProjectId>,
        {
            self.project_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ProjectId` for project_id failed".to_string()
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
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<
                types::DisassociateQueueFromEnhancedConnectionRequest,
            >,
            <V as std::convert::TryInto<
                types::DisassociateQueueFromEnhancedConnectionRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `DisassociateQueueFromEnhancedConnectionRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::DisassociateQueueFromEnhancedConnectionRequest,
            ) -> types::builder::DisassociateQueueFromEnhancedConnectionRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v2.0/{project_id}/datasource/enhanced-connections/{connection_id}/disassociate-queue`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::DisassociateQueueFromEnhancedConnectionResponse>,
            Error<types::DliError>,
        > {
            let Self { client, project_id, connection_id, body } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let connection_id = connection_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::DisassociateQueueFromEnhancedConnectionRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2.0/{}/datasource/enhanced-connections/{}/disassociate-queue",
                client.baseurl, encode_path(& project_id.to_string()), encode_path(&
                connection_id.to_string()),
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
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "disassociate_queue_from_enhanced_connection",
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
    /**Builder for [`Client::show_enhanced_connection_privilege`]

[`Client::show_enhanced_connection_privilege`]: super::Client::show_enhanced_connection_privilege*/
    #[derive(Debug, Clone)]
    pub struct ShowEnhancedConnectionPrivilege<'a> {
        client: &'a super::Client,
        project_id: Result<types::ProjectId, String>,
        connection_id: Result<::uuid::Uuid, String>,
    }
    impl<'a> ShowEnhancedConnectionPrivilege<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err("project_id was not initialized".to_string()),
                connection_id: Err("connection_id was not initialized".to_string()),
            }
        }
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ProjectId>,
        {
            self.project_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ProjectId` for project_id failed".to_string()
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
        ///Sends a `GET` request to `/v2.0/{project_id}/datasource/enhanced-connections/{connection_id}/privileges`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ShowEnhancedConnectionPrivilegeResponse>,
            Error<types::DliError>,
        > {
            let Self { client, project_id, connection_id } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let connection_id = connection_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2.0/{}/datasource/enhanced-connections/{}/privileges", client
                .baseurl, encode_path(& project_id.to_string()), encode_path(&
                connection_id.to_string()),
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
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "show_enhanced_connection_privilege",
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
    /**Builder for [`Client::create_route_to_enhanced_connection`]

[`Client::create_route_to_enhanced_connection`]: super::Client::create_route_to_enhanced_connection*/
    #[derive(Debug, Clone)]
    pub struct CreateRouteToEnhancedConnection<'a> {
        client: &'a super::Client,
        project_id: Result<types::ProjectId, String>,
        connection_id: Result<::uuid::Uuid, String>,
        body: Result<types::builder::CreateRouteToEnhancedConnectionRequest, String>,
    }
    impl<'a> CreateRouteToEnhancedConnection<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err("project_id was not initialized".to_string()),
                connection_id: Err("connection_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ProjectId>,
        {
            self.project_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ProjectId` for project_id failed".to_string()
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
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateRouteToEnhancedConnectionRequest>,
            <V as std::convert::TryInto<
                types::CreateRouteToEnhancedConnectionRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CreateRouteToEnhancedConnectionRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateRouteToEnhancedConnectionRequest,
            ) -> types::builder::CreateRouteToEnhancedConnectionRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v3/{project_id}/datasource/enhanced-connections/{connection_id}/routes`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::CreateRouteToEnhancedConnectionResponse>,
            Error<types::DliError>,
        > {
            let Self { client, project_id, connection_id, body } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let connection_id = connection_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CreateRouteToEnhancedConnectionRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v3/{}/datasource/enhanced-connections/{}/routes", client.baseurl,
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
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_route_to_enhanced_connection",
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
    /**Builder for [`Client::delete_route_from_enhanced_connection`]

[`Client::delete_route_from_enhanced_connection`]: super::Client::delete_route_from_enhanced_connection*/
    #[derive(Debug, Clone)]
    pub struct DeleteRouteFromEnhancedConnection<'a> {
        client: &'a super::Client,
        project_id: Result<types::ProjectId, String>,
        connection_id: Result<::uuid::Uuid, String>,
        name: Result<::std::string::String, String>,
    }
    impl<'a> DeleteRouteFromEnhancedConnection<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err("project_id was not initialized".to_string()),
                connection_id: Err("connection_id was not initialized".to_string()),
                name: Err("name was not initialized".to_string()),
            }
        }
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ProjectId>,
        {
            self.project_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ProjectId` for project_id failed".to_string()
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
        pub fn name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.name = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for name failed"
                        .to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/v3/{project_id}/datasource/enhanced-connections/{connection_id}/routes/{name}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::DeleteRouteFromEnhancedConnectionResponse>,
            Error<types::DliError>,
        > {
            let Self { client, project_id, connection_id, name } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let connection_id = connection_id.map_err(Error::InvalidRequest)?;
            let name = name.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v3/{}/datasource/enhanced-connections/{}/routes/{}", client.baseurl,
                encode_path(& project_id.to_string()), encode_path(& connection_id
                .to_string()), encode_path(& name.to_string()),
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
                operation_id: "delete_route_from_enhanced_connection",
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
    /**Builder for [`Client::list_job_auth_infos`]

[`Client::list_job_auth_infos`]: super::Client::list_job_auth_infos*/
    #[derive(Debug, Clone)]
    pub struct ListJobAuthInfos<'a> {
        client: &'a super::Client,
        project_id: Result<types::ProjectId, String>,
        auth_info_name: Result<Option<types::AuthInfoName>, String>,
        limit: Result<Option<::std::num::NonZeroU32>, String>,
        offset: Result<Option<i32>, String>,
    }
    impl<'a> ListJobAuthInfos<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err("project_id was not initialized".to_string()),
                auth_info_name: Ok(None),
                limit: Ok(None),
                offset: Ok(None),
            }
        }
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ProjectId>,
        {
            self.project_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ProjectId` for project_id failed".to_string()
                });
            self
        }
        pub fn auth_info_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AuthInfoName>,
        {
            self.auth_info_name = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `AuthInfoName` for auth_info_name failed".to_string()
                });
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU32>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU32` for limit failed"
                        .to_string()
                });
            self
        }
        pub fn offset<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i32>,
        {
            self.offset = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i32` for offset failed".to_string());
            self
        }
        ///Sends a `GET` request to `/v3/{project_id}/datasource/auth-infos`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ListJobAuthInfosResponse>,
            Error<types::DliError>,
        > {
            let Self { client, project_id, auth_info_name, limit, offset } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let auth_info_name = auth_info_name.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let offset = offset.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v3/{}/datasource/auth-infos", client.baseurl, encode_path(&
                project_id.to_string()),
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
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "auth_info_name",
                        &auth_info_name,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("offset", &offset))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_job_auth_infos",
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
    /**Builder for [`Client::update_job_auth_info`]

[`Client::update_job_auth_info`]: super::Client::update_job_auth_info*/
    #[derive(Debug, Clone)]
    pub struct UpdateJobAuthInfo<'a> {
        client: &'a super::Client,
        project_id: Result<types::ProjectId, String>,
        body: Result<types::builder::UpdateJobAuthInfoRequest, String>,
    }
    impl<'a> UpdateJobAuthInfo<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err("project_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ProjectId>,
        {
            self.project_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ProjectId` for project_id failed".to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateJobAuthInfoRequest>,
            <V as std::convert::TryInto<
                types::UpdateJobAuthInfoRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `UpdateJobAuthInfoRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateJobAuthInfoRequest,
            ) -> types::builder::UpdateJobAuthInfoRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/v3/{project_id}/datasource/auth-infos`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::UpdateJobAuthInfoResponse>,
            Error<types::DliError>,
        > {
            let Self { client, project_id, body } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateJobAuthInfoRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v3/{}/datasource/auth-infos", client.baseurl, encode_path(&
                project_id.to_string()),
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
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_job_auth_info",
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
    /**Builder for [`Client::create_job_auth_info`]

[`Client::create_job_auth_info`]: super::Client::create_job_auth_info*/
    #[derive(Debug, Clone)]
    pub struct CreateJobAuthInfo<'a> {
        client: &'a super::Client,
        project_id: Result<types::ProjectId, String>,
        body: Result<types::builder::CreateJobAuthInfoRequest, String>,
    }
    impl<'a> CreateJobAuthInfo<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err("project_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ProjectId>,
        {
            self.project_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ProjectId` for project_id failed".to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateJobAuthInfoRequest>,
            <V as std::convert::TryInto<
                types::CreateJobAuthInfoRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CreateJobAuthInfoRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateJobAuthInfoRequest,
            ) -> types::builder::CreateJobAuthInfoRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v3/{project_id}/datasource/auth-infos`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::CreateJobAuthInfoResponse>,
            Error<types::DliError>,
        > {
            let Self { client, project_id, body } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CreateJobAuthInfoRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v3/{}/datasource/auth-infos", client.baseurl, encode_path(&
                project_id.to_string()),
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
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_job_auth_info",
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
    /**Builder for [`Client::delete_job_auth_info`]

[`Client::delete_job_auth_info`]: super::Client::delete_job_auth_info*/
    #[derive(Debug, Clone)]
    pub struct DeleteJobAuthInfo<'a> {
        client: &'a super::Client,
        project_id: Result<types::ProjectId, String>,
        auth_info_name: Result<types::AuthInfoName, String>,
    }
    impl<'a> DeleteJobAuthInfo<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err("project_id was not initialized".to_string()),
                auth_info_name: Err("auth_info_name was not initialized".to_string()),
            }
        }
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ProjectId>,
        {
            self.project_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ProjectId` for project_id failed".to_string()
                });
            self
        }
        pub fn auth_info_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AuthInfoName>,
        {
            self.auth_info_name = value
                .try_into()
                .map_err(|_| {
                    "conversion to `AuthInfoName` for auth_info_name failed".to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/v3/{project_id}/datasource/auth-infos/{auth_info_name}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::DeleteJobAuthInfoResponse>,
            Error<types::DliError>,
        > {
            let Self { client, project_id, auth_info_name } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let auth_info_name = auth_info_name.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v3/{}/datasource/auth-infos/{}", client.baseurl, encode_path(&
                project_id.to_string()), encode_path(& auth_info_name.to_string()),
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
                operation_id: "delete_job_auth_info",
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
    /**Builder for [`Client::run_authorization_action`]

[`Client::run_authorization_action`]: super::Client::run_authorization_action*/
    #[derive(Debug, Clone)]
    pub struct RunAuthorizationAction<'a> {
        client: &'a super::Client,
        project_id: Result<types::ProjectId, String>,
        body: Result<types::builder::RunAuthorizationActionRequest, String>,
    }
    impl<'a> RunAuthorizationAction<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err("project_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ProjectId>,
        {
            self.project_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ProjectId` for project_id failed".to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::RunAuthorizationActionRequest>,
            <V as std::convert::TryInto<
                types::RunAuthorizationActionRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `RunAuthorizationActionRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::RunAuthorizationActionRequest,
            ) -> types::builder::RunAuthorizationActionRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/v1.0/{project_id}/authorization`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::RunAuthorizationActionResponse>,
            Error<types::DliError>,
        > {
            let Self { client, project_id, body } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::RunAuthorizationActionRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1.0/{}/authorization", client.baseurl, encode_path(& project_id
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
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "run_authorization_action",
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
    /**Builder for [`Client::batch_create_resource_tags`]

[`Client::batch_create_resource_tags`]: super::Client::batch_create_resource_tags*/
    #[derive(Debug, Clone)]
    pub struct BatchCreateResourceTags<'a> {
        client: &'a super::Client,
        project_id: Result<types::ProjectId, String>,
        resource_type: Result<types::BatchCreateResourceTagsResourceType, String>,
        resource_id: Result<::std::string::String, String>,
        body: Result<types::builder::BatchCreateResourceTagsRequest, String>,
    }
    impl<'a> BatchCreateResourceTags<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err("project_id was not initialized".to_string()),
                resource_type: Err("resource_type was not initialized".to_string()),
                resource_id: Err("resource_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ProjectId>,
        {
            self.project_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ProjectId` for project_id failed".to_string()
                });
            self
        }
        pub fn resource_type<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::BatchCreateResourceTagsResourceType>,
        {
            self.resource_type = value
                .try_into()
                .map_err(|_| {
                    "conversion to `BatchCreateResourceTagsResourceType` for resource_type failed"
                        .to_string()
                });
            self
        }
        pub fn resource_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.resource_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for resource_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::BatchCreateResourceTagsRequest>,
            <V as std::convert::TryInto<
                types::BatchCreateResourceTagsRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `BatchCreateResourceTagsRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::BatchCreateResourceTagsRequest,
            ) -> types::builder::BatchCreateResourceTagsRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v3/{project_id}/{resource_type}/{resource_id}/tags/create`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<types::DliError>> {
            let Self { client, project_id, resource_type, resource_id, body } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let resource_type = resource_type.map_err(Error::InvalidRequest)?;
            let resource_id = resource_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::BatchCreateResourceTagsRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v3/{}/{}/{}/tags/create", client.baseurl, encode_path(& project_id
                .to_string()), encode_path(& resource_type.to_string()), encode_path(&
                resource_id.to_string()),
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
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "batch_create_resource_tags",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
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
    /**Builder for [`Client::batch_delete_resource_tags`]

[`Client::batch_delete_resource_tags`]: super::Client::batch_delete_resource_tags*/
    #[derive(Debug, Clone)]
    pub struct BatchDeleteResourceTags<'a> {
        client: &'a super::Client,
        project_id: Result<types::ProjectId, String>,
        resource_type: Result<types::BatchDeleteResourceTagsResourceType, String>,
        resource_id: Result<::std::string::String, String>,
        body: Result<types::builder::BatchDeleteResourceTagsRequest, String>,
    }
    impl<'a> BatchDeleteResourceTags<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err("project_id was not initialized".to_string()),
                resource_type: Err("resource_type was not initialized".to_string()),
                resource_id: Err("resource_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ProjectId>,
        {
            self.project_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ProjectId` for project_id failed".to_string()
                });
            self
        }
        pub fn resource_type<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::BatchDeleteResourceTagsResourceType>,
        {
            self.resource_type = value
                .try_into()
                .map_err(|_| {
                    "conversion to `BatchDeleteResourceTagsResourceType` for resource_type failed"
                        .to_string()
                });
            self
        }
        pub fn resource_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.resource_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for resource_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::BatchDeleteResourceTagsRequest>,
            <V as std::convert::TryInto<
                types::BatchDeleteResourceTagsRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `BatchDeleteResourceTagsRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::BatchDeleteResourceTagsRequest,
            ) -> types::builder::BatchDeleteResourceTagsRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v3/{project_id}/{resource_type}/{resource_id}/tags/delete`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<types::DliError>> {
            let Self { client, project_id, resource_type, resource_id, body } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let resource_type = resource_type.map_err(Error::InvalidRequest)?;
            let resource_id = resource_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::BatchDeleteResourceTagsRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v3/{}/{}/{}/tags/delete", client.baseurl, encode_path(& project_id
                .to_string()), encode_path(& resource_type.to_string()), encode_path(&
                resource_id.to_string()),
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
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "batch_delete_resource_tags",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
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
    /**Builder for [`Client::show_resource_tags`]

[`Client::show_resource_tags`]: super::Client::show_resource_tags*/
    #[derive(Debug, Clone)]
    pub struct ShowResourceTags<'a> {
        client: &'a super::Client,
        project_id: Result<types::ProjectId, String>,
        resource_type: Result<types::ShowResourceTagsResourceType, String>,
        resource_id: Result<::std::string::String, String>,
        limit: Result<Option<::std::num::NonZeroU32>, String>,
        offset: Result<Option<i32>, String>,
    }
    impl<'a> ShowResourceTags<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err("project_id was not initialized".to_string()),
                resource_type: Err("resource_type was not initialized".to_string()),
                resource_id: Err("resource_id was not initialized".to_string()),
                limit: Ok(None),
                offset: Ok(None),
            }
        }
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ProjectId>,
        {
            self.project_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ProjectId` for project_id failed".to_string()
                });
            self
        }
        pub fn resource_type<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ShowResourceTagsResourceType>,
        {
            self.resource_type = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ShowResourceTagsResourceType` for resource_type failed"
                        .to_string()
                });
            self
        }
        pub fn resource_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.resource_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for resource_id failed"
                        .to_string()
                });
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU32>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU32` for limit failed"
                        .to_string()
                });
            self
        }
        pub fn offset<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i32>,
        {
            self.offset = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i32` for offset failed".to_string());
            self
        }
        ///Sends a `GET` request to `/v3/{project_id}/{resource_type}/{resource_id}/tags`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ShowResourceTagsResponse>,
            Error<types::DliError>,
        > {
            let Self { client, project_id, resource_type, resource_id, limit, offset } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let resource_type = resource_type.map_err(Error::InvalidRequest)?;
            let resource_id = resource_id.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let offset = offset.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v3/{}/{}/{}/tags", client.baseurl, encode_path(& project_id
                .to_string()), encode_path(& resource_type.to_string()), encode_path(&
                resource_id.to_string()),
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
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("offset", &offset))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "show_resource_tags",
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
    /**Builder for [`Client::create_connectivity_task`]

[`Client::create_connectivity_task`]: super::Client::create_connectivity_task*/
    #[derive(Debug, Clone)]
    pub struct CreateConnectivityTask<'a> {
        client: &'a super::Client,
        project_id: Result<types::ProjectId, String>,
        queue_name: Result<::std::string::String, String>,
        body: Result<types::builder::CreateConnectivityTaskRequest, String>,
    }
    impl<'a> CreateConnectivityTask<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err("project_id was not initialized".to_string()),
                queue_name: Err("queue_name was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ProjectId>,
        {
            self.project_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ProjectId` for project_id failed".to_string()
                });
            self
        }
        pub fn queue_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.queue_name = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for queue_name failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateConnectivityTaskRequest>,
            <V as std::convert::TryInto<
                types::CreateConnectivityTaskRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CreateConnectivityTaskRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateConnectivityTaskRequest,
            ) -> types::builder::CreateConnectivityTaskRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v1.0/{project_id}/queues/{queue_name}/connection-test`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::CreateConnectivityTaskResponse>,
            Error<types::DliError>,
        > {
            let Self { client, project_id, queue_name, body } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let queue_name = queue_name.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CreateConnectivityTaskRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1.0/{}/queues/{}/connection-test", client.baseurl, encode_path(&
                project_id.to_string()), encode_path(& queue_name.to_string()),
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
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_connectivity_task",
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
    /**Builder for [`Client::show_connectivity_task`]

[`Client::show_connectivity_task`]: super::Client::show_connectivity_task*/
    #[derive(Debug, Clone)]
    pub struct ShowConnectivityTask<'a> {
        client: &'a super::Client,
        project_id: Result<types::ProjectId, String>,
        queue_name: Result<::std::string::String, String>,
        task_id: Result<::std::string::String, String>,
    }
    impl<'a> ShowConnectivityTask<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err("project_id was not initialized".to_string()),
                queue_name: Err("queue_name was not initialized".to_string()),
                task_id: Err("task_id was not initialized".to_string()),
            }
        }
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ProjectId>,
        {
            self.project_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ProjectId` for project_id failed".to_string()
                });
            self
        }
        pub fn queue_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.queue_name = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for queue_name failed"
                        .to_string()
                });
            self
        }
        pub fn task_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.task_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for task_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v1.0/{project_id}/queues/{queue_name}/connection-test/{task_id}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ShowConnectivityTaskResponse>,
            Error<types::DliError>,
        > {
            let Self { client, project_id, queue_name, task_id } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let queue_name = queue_name.map_err(Error::InvalidRequest)?;
            let task_id = task_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1.0/{}/queues/{}/connection-test/{}", client.baseurl, encode_path(&
                project_id.to_string()), encode_path(& queue_name.to_string()),
                encode_path(& task_id.to_string()),
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
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "show_connectivity_task",
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
    /**Builder for [`Client::list_queues`]

[`Client::list_queues`]: super::Client::list_queues*/
    #[derive(Debug, Clone)]
    pub struct ListQueues<'a> {
        client: &'a super::Client,
        project_id: Result<types::ProjectId, String>,
        queue_type: Result<Option<types::ListQueuesQueueType>, String>,
        tags: Result<Option<types::ListQueuesTags>, String>,
        with_charge_info: Result<Option<bool>, String>,
        with_priv: Result<Option<bool>, String>,
    }
    impl<'a> ListQueues<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err("project_id was not initialized".to_string()),
                queue_type: Ok(None),
                tags: Ok(None),
                with_charge_info: Ok(None),
                with_priv: Ok(None),
            }
        }
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ProjectId>,
        {
            self.project_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ProjectId` for project_id failed".to_string()
                });
            self
        }
        pub fn queue_type<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListQueuesQueueType>,
        {
            self.queue_type = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListQueuesQueueType` for queue_type failed"
                        .to_string()
                });
            self
        }
        pub fn tags<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListQueuesTags>,
        {
            self.tags = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListQueuesTags` for tags failed".to_string()
                });
            self
        }
        pub fn with_charge_info<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.with_charge_info = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `bool` for with_charge_info failed".to_string()
                });
            self
        }
        pub fn with_priv<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.with_priv = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for with_priv failed".to_string());
            self
        }
        ///Sends a `GET` request to `/v1.0/{project_id}/queues`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ListQueuesResponse>, Error<types::DliError>> {
            let Self {
                client,
                project_id,
                queue_type,
                tags,
                with_charge_info,
                with_priv,
            } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let queue_type = queue_type.map_err(Error::InvalidRequest)?;
            let tags = tags.map_err(Error::InvalidRequest)?;
            let with_charge_info = with_charge_info.map_err(Error::InvalidRequest)?;
            let with_priv = with_priv.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1.0/{}/queues", client.baseurl, encode_path(& project_id
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
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("queue_type", &queue_type))
                .query(&progenitor_client::QueryParam::new("tags", &tags))
                .query(
                    &progenitor_client::QueryParam::new(
                        "with-charge-info",
                        &with_charge_info,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("with-priv", &with_priv))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_queues",
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
    /**Builder for [`Client::list_elastic_resource_pools`]

[`Client::list_elastic_resource_pools`]: super::Client::list_elastic_resource_pools*/
    #[derive(Debug, Clone)]
    pub struct ListElasticResourcePools<'a> {
        client: &'a super::Client,
        project_id: Result<types::ProjectId, String>,
        limit: Result<Option<::std::num::NonZeroU32>, String>,
        name: Result<Option<::std::string::String>, String>,
        offset: Result<Option<i32>, String>,
        status: Result<Option<::std::string::String>, String>,
        tags: Result<Option<types::ListElasticResourcePoolsTags>, String>,
    }
    impl<'a> ListElasticResourcePools<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err("project_id was not initialized".to_string()),
                limit: Ok(None),
                name: Ok(None),
                offset: Ok(None),
                status: Ok(None),
                tags: Ok(None),
            }
        }
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ProjectId>,
        {
            self.project_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ProjectId` for project_id failed".to_string()
                });
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU32>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU32` for limit failed"
                        .to_string()
                });
            self
        }
        pub fn name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.name = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for name failed"
                        .to_string()
                });
            self
        }
        pub fn offset<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i32>,
        {
            self.offset = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i32` for offset failed".to_string());
            self
        }
        pub fn status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.status = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for status failed"
                        .to_string()
                });
            self
        }
        pub fn tags<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListElasticResourcePoolsTags>,
        {
            self.tags = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListElasticResourcePoolsTags` for tags failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v3/{project_id}/elastic-resource-pools`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ListElasticResourcePoolsResponse>,
            Error<types::DliError>,
        > {
            let Self { client, project_id, limit, name, offset, status, tags } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let name = name.map_err(Error::InvalidRequest)?;
            let offset = offset.map_err(Error::InvalidRequest)?;
            let status = status.map_err(Error::InvalidRequest)?;
            let tags = tags.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v3/{}/elastic-resource-pools", client.baseurl, encode_path(&
                project_id.to_string()),
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
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("name", &name))
                .query(&progenitor_client::QueryParam::new("offset", &offset))
                .query(&progenitor_client::QueryParam::new("status", &status))
                .query(&progenitor_client::QueryParam::new("tags", &tags))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_elastic_resource_pools",
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
