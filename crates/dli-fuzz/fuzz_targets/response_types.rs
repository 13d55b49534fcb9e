//! Any body either parses as a response type or is refused, and what parses survives a
//! round trip unchanged.

#![no_main]

use dli_client::types::{
    CreateEnhancedConnectionResponse, DeleteEnhancedConnectionResponse, DliError,
    ListEnhancedConnectionsResponse, ShowEnhancedConnectionResponse,
};
use libfuzzer_sys::fuzz_target;
use serde::Serialize;
use serde::de::DeserializeOwned;

fn round_trip<T: Serialize + DeserializeOwned>(body: &[u8]) {
    let Ok(parsed) = serde_json::from_slice::<T>(body) else {
        return;
    };
    let value = serde_json::to_value(&parsed).expect("a parsed body serializes");
    let again: T = serde_json::from_value(value.clone()).expect("what was written parses");
    assert_eq!(serde_json::to_value(&again).expect("serializes"), value);
}

fuzz_target!(|body: &[u8]| {
    round_trip::<DeleteEnhancedConnectionResponse>(body);
    round_trip::<ShowEnhancedConnectionResponse>(body);
    round_trip::<ListEnhancedConnectionsResponse>(body);
    round_trip::<CreateEnhancedConnectionResponse>(body);
    round_trip::<DliError>(body);
});
