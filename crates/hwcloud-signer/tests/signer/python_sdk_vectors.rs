//! Vectors produced by Huawei's official Python signer (`huaweicloudsdkcore`) for DLI
//! requests; `tests/vectors/generate.py` regenerates them.

use hwcloud_signer::{Authorization, Request, SecretKey, Signer, verify};
use serde::Deserialize;

#[derive(Deserialize)]
struct Vectors {
    access_key: String,
    secret_key: String,
    vectors: Vec<Vector>,
}

#[derive(Deserialize)]
struct Vector {
    name: String,
    method: String,
    path: String,
    query: String,
    headers: Vec<(String, String)>,
    body: String,
    authorization: String,
}

fn load() -> Vectors {
    serde_json::from_str(include_str!("../vectors/python-sdk.json")).expect("valid vector file")
}

fn request(vector: &Vector) -> Request<'_> {
    let mut request = Request::new(&vector.method, &vector.path)
        .query(&vector.query)
        .body(vector.body.as_bytes());
    for (name, value) in &vector.headers {
        request = request.header(name, value);
    }
    request
}

#[test]
fn every_python_vector_matches() {
    let vectors = load();
    assert!(vectors.vectors.len() >= 18);
    for kind in [
        "a PUT with a JSON body",
        "a v3 path",
        "a v1.0 path with a queue name",
        "create a datasource authentication",
        "list datasource authentications",
        "update a datasource authentication",
        "delete a datasource authentication",
    ] {
        assert!(
            vectors
                .vectors
                .iter()
                .any(|vector| vector.name.contains(kind)),
            "no vector for {kind}"
        );
    }
    let signer =
        Signer::new(&vectors.access_key, SecretKey::new(&vectors.secret_key)).expect("valid keys");
    for vector in &vectors.vectors {
        let signature = signer.sign(&request(vector)).expect("sign");
        assert_eq!(
            signature.authorization(),
            vector.authorization,
            "vector {:?}",
            vector.name
        );
    }
}

#[test]
fn every_python_vector_verifies() {
    let vectors = load();
    let key = SecretKey::new(&vectors.secret_key);
    for vector in &vectors.vectors {
        let authorization: Authorization = vector.authorization.parse().expect("parse");
        verify(&request(vector), &authorization, &key)
            .unwrap_or_else(|e| panic!("vector {:?}: {e}", vector.name));
    }
}

#[test]
fn a_tampered_request_does_not_verify() {
    let vectors = load();
    let key = SecretKey::new(&vectors.secret_key);
    let vector = &vectors.vectors[0];
    let authorization: Authorization = vector.authorization.parse().expect("parse");
    let tampered = vector.path.replace("2a620c33", "2a620c34");
    let mut request = Request::new(&vector.method, &tampered);
    for (name, value) in &vector.headers {
        request = request.header(name, value);
    }
    assert!(verify(&request, &authorization, &key).is_err());
}
