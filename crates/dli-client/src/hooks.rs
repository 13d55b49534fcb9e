//! What the generated client carries, and what it runs around every operation through
//! progenitor's `ClientHooks`: authentication before sending, then the retry loop.

use progenitor_client::{ClientHooks, ClientInfo, Error, OperationInfo};

use crate::call_record;
use crate::generated;
use crate::preview::RequestPreview;
use crate::settings::ClientState;
use crate::transport;

/// The header progenitor adds to every request. DLI does not define it.
const API_VERSION_HEADER: &str = "api-version";

impl ClientHooks<ClientState> for generated::Client {
    async fn pre<E>(
        &self,
        request: &mut reqwest::Request,
        _info: &OperationInfo,
    ) -> Result<(), Error<E>> {
        request.headers_mut().remove(API_VERSION_HEADER);
        let settings = &self.inner().settings;
        if let Err(error) = settings.auth.authenticate(request) {
            // The record carries the typed cause; the generated code only needs to stop.
            call_record::update(|call| call.signing = Some(error));
            return Err(Error::Custom("the request could not be signed".to_owned()));
        }
        let sent_anyway = settings.dry_run_reads && request.method() == reqwest::Method::GET;
        if settings.dry_run && !sent_anyway {
            let preview = RequestPreview::of(request);
            call_record::update(|call| call.dry_run = Some(preview));
            return Err(Error::Custom(
                "dry run: the request was not sent".to_owned(),
            ));
        }
        Ok(())
    }

    async fn exec(
        &self,
        request: reqwest::Request,
        info: &OperationInfo,
    ) -> reqwest::Result<reqwest::Response> {
        // Boxed, so that the generated future stays small (see `call::call`).
        Box::pin(transport::execute(
            &self.inner().settings,
            self.client(),
            request,
            info.operation_id,
        ))
        .await
    }
}
