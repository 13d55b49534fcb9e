use super::*;

const EXAMPLE: &str = r#"
[connection.orders]
vpc = "vpc-0a1b"
subnet = "subnet-9f8e"
pools = ["pool_etl"]
routes = { office = "192.168.0.0/24" }
hosts = { db = "192.168.0.21" }
grants = ["fedcba9876543210fedcba9876543210"]
tags = { team = "data" }

[connection.billing]
vpc = "vpc-0a1b"
hosts = {}
"#;

/// Every type of datasource authentication, with each way a password is given.
const AUTH: &str = r#"
[auth.orders_db]
type = "passwd"
user = "etl_reader"
password = { env = "ORDERS_DB_PASSWORD" }

[auth.search]
type = "CSS"
user = "admin"
password = { file = "secrets/css.txt" }
certificate = "obs://creds/css.cer"

[auth.mrs]
type = "KRB"
user = "krb"
krb5_conf = "obs://creds/krb5.conf"
keytab = "obs://creds/user.keytab"

[auth.kafka]
type = "Kafka_SSL"
truststore = "obs://creds/trust.jks"
truststore_password = { env = "TRUST_PW" }
keystore = "obs://creds/key.jks"
keystore_password = { env = "STORE_PW" }
key_password = { env = "KEY_PW" }

[auth.old]
ensure = "absent"
"#;

#[test]
fn auth_tables_read_with_references_never_values() {
    use crate::desired::{DesiredAuth, SecretRef};
    use dli_client::AuthField;

    let desired = parse("conf/dli.toml", AUTH).expect("valid");
    assert_eq!(desired.auth.len(), 5);
    assert_eq!(desired.auth["old"], DesiredAuth::Absent);
    let DesiredAuth::Present {
        kind,
        user,
        secrets,
        ..
    } = &desired.auth["orders_db"]
    else {
        panic!("present");
    };
    assert_eq!(kind.to_string(), "passwd");
    assert_eq!(user.as_deref(), Some("etl_reader"));
    assert_eq!(
        secrets[&AuthField::Password],
        SecretRef::Env("ORDERS_DB_PASSWORD".to_owned())
    );
    let DesiredAuth::Present {
        secrets, locations, ..
    } = &desired.auth["search"]
    else {
        panic!("present");
    };
    assert_eq!(
        secrets[&AuthField::Password],
        SecretRef::File("conf/secrets/css.txt".into()),
        "a relative file is beside the desired-state file"
    );
    assert_eq!(
        locations[&AuthField::CertificateLocation],
        "obs://creds/css.cer"
    );
    let DesiredAuth::Present { secrets, .. } = &desired.auth["kafka"] else {
        panic!("present");
    };
    assert_eq!(secrets.len(), 3);
}

#[test]
fn the_example_reads_with_absent_fields_unmanaged_and_empty_ones_clearing() {
    let desired = parse("dli.toml", EXAMPLE).expect("valid");
    let orders = &desired.connections["orders"];
    assert_eq!(orders.vpc.as_deref(), Some("vpc-0a1b"));
    assert_eq!(orders.subnet.as_deref(), Some("subnet-9f8e"));
    assert_eq!(orders.pools, Some(BTreeSet::from(["pool_etl".to_owned()])));
    assert_eq!(orders.queues, None, "absent: not managed");
    assert_eq!(
        orders
            .routes
            .as_ref()
            .map(|routes| routes["office"].to_string()),
        Some("192.168.0.0/24".to_owned())
    );
    assert_eq!(
        orders.hosts.as_ref().map(|hosts| hosts["db"].to_string()),
        Some("192.168.0.21".to_owned())
    );
    assert_eq!(
        orders.tags,
        Some(BTreeMap::from([("team".to_owned(), "data".to_owned())]))
    );
    let billing = &desired.connections["billing"];
    assert_eq!(billing.hosts, Some(BTreeMap::new()), "empty: cleared");
    assert_eq!(billing.tags, None);
    assert_eq!(parse("empty.toml", "").expect("valid"), Desired::default());
}

/// Every refusal names the file, the line and the column of what is wrong, and says why.
#[test]
fn bad_files_are_refused_where_they_are_wrong() {
    #[rustfmt::skip]
    let table: &[(&str, (usize, usize), &str)] = &[
        ("[connection.a]\nvpcs = \"x\"\n", (2, 1), "unknown field `vpcs`"),
        ("[connections.a]\n", (1, 2), "unknown field `connections`"),
        ("[connection.a]\nvpc = 1\n", (2, 7), "invalid type"),
        ("[connection.a]\n[connection.a]\n", (2, 13), "duplicate key"),
        ("[connection.\"bad-name\"]\n", (1, 13), "letters, digits or underscores"),
        ("[connection.a]\nroutes = { office = \"10.0.0.1/8\" }\n", (2, 21), "10.0.0.0/8"),
        ("[connection.a]\nroutes = { \"a/b\" = \"10.0.0.0/8\" }\n", (2, 20), "without / ? # %"),
        ("[connection.a]\nhosts = { db = \"192.168.0.300\" }\n", (2, 16), "hosts.db"),
        ("[connection.a]\npools = [\"p\", \"q\", \"p\"]\n", (2, 20), "given twice"),
        ("[connection.a]\nqueues = [\"a b\"]\n", (2, 11), "queue or pool name"),
        ("[connection.a]\ngrants = [\"../x\"]\n", (2, 11), "project id"),
        ("[connection.a]\ngrants = [\"my_project\"]\n", (2, 11), "32 hex digits"),
        ("[connection.a]\nhosts = { 1bad = \"10.0.0.1\" }\n", (2, 18), "start with a letter"),
        ("[connection.a]\ntags = { \"a=b\" = \"v\" }\n", (2, 18), "letters, digits"),
        ("[connection.a]\ntags = { dli-protect = \"1\" }\n", (2, 24), "leave it out"),
        ("stack = \"a b\"\n", (1, 9), "stack name"),
        ("[connection.a]\ntags = { managed-by = \"me\" }\n", (2, 23), "leave it out"),
        ("[connection.a]\ntags = { _sys_x = \"1\" }\n", (2, 19), "_sys_"),
        ("[connection.a]\nvpc = \"a b\"\n", (2, 7), "vpc:"),
        ("[connection.a]\nsubnet = \"\"\n", (2, 10), "subnet:"),
        ("[connection.é]\n[connection.a\n", (2, 14), ""),
        ("[auth.db]\ntype = \"passwd\"\nuser = \"u\"\npassword = \"hunter2\"\n", (4, 12), "a password is never written in the file: write { env = \"VAR\" } or { file = \"PATH\" }"),
        ("[auth.db]\ntype = \"passwd\"\nuser = \"u\"\npassword = { env = \"A\", file = \"b\" }\n", (4, 12), "give one of env and file"),
        ("[auth.db]\nuser = \"u\"\n", (1, 7), "give its type"),
        ("[auth.db]\ntype = \"LDAP\"\n", (2, 8), "write passwd, CSS, KRB or Kafka_SSL"),
        ("[auth.db]\ntype = \"KRB\"\nuser = \"u\"\nkrb5_conf = \"obs://b/k\"\n", (2, 8), "type KRB needs keytab"),
        ("[auth.db]\ntype = \"passwd\"\nuser = \"u\"\npassword = { env = \"P\" }\nkeytab = \"obs://b/k\"\n", (2, 8), "type passwd takes no keytab"),
        ("[auth.db]\ntype = \"KRB\"\nuser = \"u\"\nkrb5_conf = \"obs://b/c\"\nkeytab = \"s3://b/k\"\n", (5, 10), "not an OBS path"),
        ("[auth.\"_db\"]\nensure = \"absent\"\n", (1, 7), "not starting with `_`"),
        ("[auth.db]\nensure = \"gone\"\n", (2, 10), "write \"present\" or \"absent\""),
        ("[auth.db]\ntype = \"Kafka_SSL\"\ntruststore = \"obs://b/t\"\ntruststore_password = { env = \"T\" }\nkeystore = \"obs://b/k\"\n", (2, 8), "keystore and keystore_password go together"),
    ];
    for (text, (line, column), fragment) in table {
        let errors = parse("dli.toml", text).expect_err(text);
        assert_eq!(errors.errors.len(), 1, "{errors}");
        let error = &errors.errors[0];
        assert_eq!(
            (error.file.as_str(), error.line, error.column),
            ("dli.toml", *line, *column),
            "{text:?}: {error}"
        );
        assert!(error.message.contains(fragment), "{text:?}: {error}");
        assert!(
            error
                .to_string()
                .starts_with(&format!("dli.toml:{line}:{column}: ")),
            "{error}"
        );
    }
}

#[test]
fn too_many_tags_or_hosts_are_refused() {
    let tags: Vec<String> = (0..21).map(|n| format!("k{n} = \"v\"")).collect();
    let text = format!("[connection.a]\ntags = {{ {} }}\n", tags.join(", "));
    let error = parse("f", &text).expect_err("21 tags");
    assert!(error.to_string().contains("at most 18"), "{error}");
    let hosts: Vec<String> = (0..20_001)
        .map(|n| format!("h{n} = \"10.0.0.1\""))
        .collect();
    let text = format!("[connection.a]\nhosts = {{ {} }}\n", hosts.join(", "));
    let error = parse("f", &text).expect_err("20,001 hosts");
    assert!(error.to_string().contains("at most 20000"), "{error}");
}

#[test]
fn every_error_of_a_file_is_reported_in_order() {
    let text = "stack = \"x y\"\n[connection.a]\nvpc = \"a b\"\nhosts = { 1bad = \"10.0.0.1\" }\n[connection.\"b-c\"]\ngrants = [\"nope\"]\n";
    let errors = parse("dli.toml", text).expect_err("four errors");
    let places: Vec<(usize, usize)> = errors.errors.iter().map(|e| (e.line, e.column)).collect();
    assert_eq!(
        places,
        [(1, 9), (3, 7), (4, 18), (5, 13), (6, 11)],
        "{errors}"
    );
    assert_eq!(errors.to_string().lines().count(), 5);
}

#[test]
fn a_stack_and_protect_are_read() {
    let desired =
        parse("f", "stack = \"orders\"\n[connection.a]\nprotect = true\n").expect("valid");
    assert_eq!(desired.stack.as_deref(), Some("orders"));
    assert!(desired.connections["a"].protect);
    assert_eq!(parse("f", "").expect("valid").stack(), crate::DEFAULT_STACK);
}

#[test]
fn positions_count_characters_from_one() {
    assert_eq!(position("ab\ncd", 0), (1, 1));
    assert_eq!(position("ab\ncd", 4), (2, 2));
    assert_eq!(position("é\nx", 3), (2, 1));
    assert_eq!(position("éx", 2), (1, 2));
    assert_eq!(position("short", 99), (1, 6));
}

/// `docs/desired-state.schema.json` is what `dli schema` prints;
/// `DLI_UPDATE_DOCS=1 cargo test -p dli-reconcile` rewrites it.
#[test]
fn the_committed_schema_is_fresh() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../docs/desired-state.schema.json");
    let schema = json_schema();
    if std::env::var_os("DLI_UPDATE_DOCS").is_some() {
        std::fs::write(&path, &schema).expect("write the schema");
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == schema,
        "{} is stale: run `DLI_UPDATE_DOCS=1 cargo test -p dli-reconcile`",
        path.display()
    );
    let parsed: serde_json::Value = serde_json::from_str(&schema).expect("JSON");
    assert_eq!(
        parsed["additionalProperties"], false,
        "unknown keys are refused"
    );
    let table = &parsed["$defs"]["ConnectionTable"];
    assert_eq!(table["additionalProperties"], false);
    for field in [
        "vpc", "subnet", "pools", "queues", "routes", "hosts", "grants", "tags",
    ] {
        assert!(table["properties"].get(field).is_some(), "{field}");
    }
}

/// The same files go to the parser and to the JSON Schema: each bad one is refused by both,
/// each good one taken by both. (What no pattern can say, such as host bits in a network,
/// is the parser's alone.)
#[test]
fn the_parser_and_the_schema_refuse_the_same_files() {
    let schema: serde_json::Value = serde_json::from_str(&json_schema()).expect("JSON");
    let validator = jsonschema::options()
        .with_draft(jsonschema::Draft::Draft202012)
        .build(&schema)
        .expect("a valid JSON Schema");
    let tags: Vec<String> = (0..19).map(|n| format!("k{n} = \"v\"")).collect();
    let many_tags = format!("[connection.a]\ntags = {{ {} }}\n", tags.join(", "));
    #[rustfmt::skip]
    let bad: Vec<&str> = vec![
        "stack = \"a b\"\n",
        "stack = \"\"\n",
        "stack = 1\n",
        "[connection.\"bad-name\"]\n",
        "[connection.a]\nvpcs = \"x\"\n",
        "[connection.a]\nvpc = \"a b\"\n",
        "[connection.a]\nsubnet = \"\"\n",
        "[connection.a]\npools = [\"p\", \"p\"]\n",
        "[connection.a]\nqueues = [\"a b\"]\n",
        "[connection.a]\ngrants = [\"my_project\"]\n",
        "[connection.a]\ngrants = [\"fedcba9876543210fedcba98765432\"]\n",
        "[connection.a]\nroutes = { \"a/b\" = \"10.0.0.0/8\" }\n",
        "[connection.a]\nroutes = { office = \"10.0.0.0/33\" }\n",
        "[connection.a]\nroutes = { office = \"10.0.0.300/8\" }\n",
        "[connection.a]\nhosts = { 1bad = \"10.0.0.1\" }\n",
        "[connection.a]\nhosts = { db = \"192.168.0.300\" }\n",
        "[connection.a]\ntags = { \"a=b\" = \"v\" }\n",
        "[connection.a]\ntags = { \" team\" = \"v\" }\n",
        "[connection.a]\ntags = { _sys_x = \"1\" }\n",
        "[connection.a]\ntags = { managed-by = \"me\" }\n",
        "[connection.a]\ntags = { dli-protect = \"true\" }\n",
        &many_tags,
        "[connection.a]\nprotect = \"yes\"\n",
        "[auth.db]\ntype = \"passwd\"\nuser = \"u\"\npassword = \"hunter2\"\n",
        "[auth.db]\ntype = \"passwd\"\nuser = \"u\"\npassword = { env = \"A\", file = \"b\" }\n",
        "[auth.db]\nuser = \"u\"\n",
        "[auth.db]\ntype = \"LDAP\"\n",
        "[auth.db]\ntype = \"KRB\"\nuser = \"u\"\nkrb5_conf = \"obs://b/k\"\n",
        "[auth.db]\ntype = \"KRB\"\nkeytab = \"s3://b/k\"\n",
        "[auth._db]\nensure = \"absent\"\n",
        "[auth.db]\nensure = \"gone\"\n",
        "[auth.db]\ntype = \"Kafka_SSL\"\ntruststore = \"obs://b/t\"\ntruststore_password = { env = \"T\" }\nkeystore = \"obs://b/k\"\n",
        "[auth.db]\ntype = \"passwd\"\nuser = \"u\"\npassword = { env = \"P\" }\ncolour = \"red\"\n",
    ];
    for text in bad {
        let value: serde_json::Value = toml::from_str(text).expect("TOML");
        assert!(parse("dli.toml", text).is_err(), "the parser took {text:?}");
        assert!(!validator.is_valid(&value), "the schema took {text:?}");
    }
    let good = [
        EXAMPLE,
        "stack = \"orders-prod_1\"\n[connection.a]\nprotect = true\ntags = { \"cost center:2@x\" = \"\" }\n",
        "[connection.a]\nhosts = { db-1 = \"10.0.0.1\" }\nroutes = { \"office net\" = \"0.0.0.0/0\" }\n",
        "",
        AUTH,
        "[auth.gone]\nensure = \"absent\"\n",
    ];
    for text in good {
        let value: serde_json::Value = toml::from_str(text).expect("TOML");
        assert!(
            parse("dli.toml", text).is_ok(),
            "the parser refused {text:?}"
        );
        assert!(validator.is_valid(&value), "the schema refused {text:?}");
    }
}
