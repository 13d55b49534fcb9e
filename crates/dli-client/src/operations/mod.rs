//! The calls of the API, as methods of [`Client`](crate::Client): each fills in the
//! configured project, checks its inputs before anything is sent, and returns [`Error`].
//! An operation added to `openapi/dli.yaml` needs one short method here; the machinery
//! that runs a call, settles an unknown outcome and waits is in [`crate::call`].

mod auth_fields;
mod auth_infos;
mod auth_values;
pub use auth_fields::{
    AuthField, auth_fields, auth_info_name, check_auth_fields, check_auth_fields_as,
};
pub use auth_values::AuthValues;
mod connections;
mod connectivity;
mod create;
mod hosts;
pub use hosts::check_host_name;
mod list;
mod peerings;
mod privileges;
mod resources;
mod routes;
#[cfg(test)]
mod settling_tests;
mod tags;
mod wait;

pub use connectivity::Connectivity;
pub use list::ConnectionList;
pub use peerings::Peers;
pub use privileges::BIND_QUEUE;
pub use wait::failed_peerings;

#[cfg(test)]
mod properties {
    use proptest::prelude::*;

    use crate::error::json_body;
    use crate::generated::types;
    use crate::response::Reported;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        /// Whatever the body, parsing ends without a panic, and an answer that parses is
        /// judged by its `is_success` alone: a failure exactly when the JSON says `false`,
        /// with the JSON's message.
        #[test]
        fn response_types_parse_any_json_or_refuse_it(body in prop_oneof![
            prop::collection::vec(any::<u8>(), 0..512),
            json_body(),
        ]) {
            let value = serde_json::from_slice::<serde_json::Value>(&body).ok();
            let expected = value.as_ref().and_then(|value| {
                (value.get("is_success") == Some(&serde_json::Value::Bool(false)))
                    .then(|| value["message"].as_str().unwrap_or_default().to_owned())
            });
            if let Ok(shown) = serde_json::from_slice::<types::ShowEnhancedConnectionResponse>(&body) {
                prop_assert_eq!(shown.failure().map(str::to_owned), expected.clone());
            }
            if let Ok(listed) = serde_json::from_slice::<types::ListEnhancedConnectionsResponse>(&body) {
                prop_assert_eq!(listed.failure().map(str::to_owned), expected.clone());
            }
            if let Ok(created) = serde_json::from_slice::<types::CreateEnhancedConnectionResponse>(&body) {
                prop_assert_eq!(created.failure().map(str::to_owned), expected.clone());
            }
            if let Ok(deleted) = serde_json::from_slice::<types::DeleteEnhancedConnectionResponse>(&body) {
                prop_assert_eq!(deleted.failure().map(str::to_owned), expected.clone());
            }
            if let Ok(updated) = serde_json::from_slice::<types::UpdateEnhancedConnectionResponse>(&body) {
                prop_assert_eq!(updated.failure().map(str::to_owned), expected.clone());
            }
            if let Ok(bound) = serde_json::from_slice::<types::AssociateQueueToEnhancedConnectionResponse>(&body) {
                prop_assert_eq!(bound.failure().map(str::to_owned), expected.clone());
            }
            if let Ok(privileges) = serde_json::from_slice::<types::ShowEnhancedConnectionPrivilegeResponse>(&body) {
                prop_assert_eq!(privileges.failure().map(str::to_owned), expected.clone());
            }
            if let Ok(tested) = serde_json::from_slice::<types::ShowConnectivityTaskResponse>(&body) {
                prop_assert_eq!(tested.failure().map(str::to_owned), expected);
            }
            // Tags carry no `is_success`: judged by their status alone, never by the body.
            if let Ok(tags) = serde_json::from_slice::<types::ShowResourceTagsResponse>(&body) {
                prop_assert_eq!(tags.failure(), None);
            }
        }
    }
}
