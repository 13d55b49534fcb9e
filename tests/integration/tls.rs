//! TLS: certificates are verified, and extra roots can be trusted.

use dli_tests::fixtures::connection_id;
use std::sync::Arc;

use dli_client::{Client, Credentials, Environment, Error, RetryPolicy};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;
use tokio_rustls::TlsAcceptor;
use tokio_rustls::rustls::ServerConfig;
use tokio_rustls::rustls::pki_types::{PrivateKeyDer, PrivatePkcs8KeyDer};

const BODY: &str = r#"{"is_success": true, "message": "Deleted"}"#;

/// An HTTPS server for `localhost` with a self-signed certificate; answers every request with
/// the success body. Returns its port and the certificate in PEM.
async fn https_server() -> (u16, String) {
    let certified =
        rcgen::generate_simple_self_signed(vec!["localhost".to_owned()]).expect("a certificate");
    let cert_pem = certified.cert.pem();
    let key = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(
        certified.signing_key.serialize_der(),
    ));
    let config = ServerConfig::builder()
        .with_no_client_auth()
        .with_single_cert(vec![certified.cert.der().clone()], key)
        .expect("a server configuration");
    let acceptor = TlsAcceptor::from(Arc::new(config));
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let port = listener.local_addr().expect("address").port();
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            let acceptor = acceptor.clone();
            tokio::spawn(async move {
                let Ok(mut tls) = acceptor.accept(stream).await else {
                    return;
                };
                let mut request = Vec::new();
                let mut buffer = [0u8; 1024];
                while !request.windows(4).any(|w| w == b"\r\n\r\n") {
                    match tls.read(&mut buffer).await {
                        Ok(0) | Err(_) => return,
                        Ok(n) => request.extend_from_slice(&buffer[..n]),
                    }
                }
                let response = format!(
                    "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{BODY}",
                    BODY.len()
                );
                let _ = tls.write_all(response.as_bytes()).await;
                let _ = tls.shutdown().await;
            });
        }
    });
    (port, cert_pem)
}

fn builder(port: u16) -> dli_client::ClientBuilder {
    Client::builder()
        .environment(Environment::from_pairs([]))
        .endpoint(format!("https://localhost:{port}"))
        .project_id("48cc2c48765d4f5a9a3a8d2b4d6e7f01")
        .credentials(Credentials::ak_sk("AK", "SK"))
        .retry_policy(RetryPolicy::none())
}

#[tokio::test]
async fn an_untrusted_certificate_is_refused() {
    let (port, _) = https_server().await;
    let error = builder(port)
        .build()
        .expect("valid configuration")
        .delete_connection(connection_id())
        .await
        .expect_err("the certificate is not trusted");
    assert!(matches!(error, Error::Tls(_)), "{error:?}");
}

#[tokio::test]
async fn an_extra_root_certificate_is_trusted() {
    let (port, cert_pem) = https_server().await;
    let response = builder(port)
        .root_certificates_pem(cert_pem)
        .build()
        .expect("valid configuration")
        .delete_connection(connection_id())
        .await
        .expect("the certificate is trusted");
    assert!(response.is_success);
}
