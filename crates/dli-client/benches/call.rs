//! One delete through the client with no network: the generated builder, validation, the
//! hooks and signing (a dry run stops there), then parsing the seed's answer.

use criterion::{Criterion, criterion_group, criterion_main};
use dli_client::{Client, Credentials, Environment, Error, types};

fn call(c: &mut Criterion) {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime");
    let client = Client::builder()
        .environment(Environment::from_pairs([]))
        .endpoint("https://dli.cn-north-4.myhuaweicloud.com")
        .project_id("48cc2c48765d4f5a9a3a8d2b4d6e7f01")
        .credentials(Credentials::ak_sk(
            "HPUAXHHSRJXBVZUUZEHW",
            "Kq8vtE2Yp0ZUxHU2cR7kBd4vCAbnW9c3fJhQ6sLm",
        ))
        .dry_run(true)
        .build()
        .expect("valid configuration");
    let body = br#"{"is_success": true, "message": "Deleted"}"#;
    let connection_id: dli_client::ConnectionId = "2a620c33-5609-40c9-affd-2b6453071b0f"
        .parse()
        .expect("a valid id");
    c.bench_function("call/delete_without_network", |b| {
        b.iter(|| {
            let built = runtime.block_on(client.delete_connection(connection_id));
            assert!(matches!(built, Err(Error::DryRun(_))));
            let parsed: types::DeleteEnhancedConnectionResponse =
                serde_json::from_slice(std::hint::black_box(body)).expect("parses");
            parsed
        });
    });
}

criterion_group!(benches, call);
criterion_main!(benches);
