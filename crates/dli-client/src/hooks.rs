//! Behaviour added to every generated operation through progenitor's `ClientHooks`.

use progenitor_client::{ClientHooks, Error, OperationInfo};

use crate::{Client, ClientState};

/// The header progenitor adds to every request. DLI does not define it.
const API_VERSION_HEADER: &str = "api-version";

impl ClientHooks<ClientState> for Client {
    async fn pre<E>(
        &self,
        request: &mut reqwest::Request,
        _info: &OperationInfo,
    ) -> Result<(), Error<E>> {
        request.headers_mut().remove(API_VERSION_HEADER);
        Ok(())
    }
}
