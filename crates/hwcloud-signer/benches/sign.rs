//! Signing one DLI request: what every call of the client pays before it is sent.

use criterion::{Criterion, criterion_group, criterion_main};
use hwcloud_signer::{Request, SecretKey, Signer};

fn sign(c: &mut Criterion) {
    let signer = Signer::new(
        "HPUAXHHSRJXBVZUUZEHW",
        SecretKey::new("Kq8vtE2Yp0ZUxHU2cR7kBd4vCAbnW9c3fJhQ6sLm"),
    )
    .expect("valid keys");
    let path = "/v2.0/48cc2c48765d4f5a9a3a8d2b4d6e7f01/datasource/enhanced-connections/2a620c33-5609-40c9-affd-2b6453071b0f";
    c.bench_function("sign/dli_delete", |b| {
        b.iter(|| {
            let request = Request::new("DELETE", std::hint::black_box(path))
                .header("accept", "application/json")
                .header("content-type", "application/json")
                .header("host", "dli.cn-north-4.myhuaweicloud.com")
                .header("user-agent", "dli-client/0.1.0")
                .header("x-project-id", "48cc2c48765d4f5a9a3a8d2b4d6e7f01")
                .header("x-sdk-date", "20261128T080000Z");
            signer.sign(&request).expect("signs")
        });
    });
}

criterion_group!(benches, sign);
criterion_main!(benches);
