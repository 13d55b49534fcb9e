//! The JSON Schema of each field of the file, with the constraints of [`rules`](crate::rules)
//! written as patterns, lengths and counts, so that an editor refuses what `dli plan` would.
//! A table test feeds the same bad files to the parser and to the schema. What a pattern
//! cannot say (host bits in a network, a grant to the project itself, a pool the project
//! lacks) only the parser and the plan check.

use schemars::{Schema, SchemaGenerator, json_schema};

use crate::desired::MOST_FILE_TAGS;
use crate::rules::MOST_HOSTS;

/// An IPv4 address, a dotted quad.
const IPV4: &str = r"((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])";

/// Every key of a table may be left out: absent is "not managed".
pub(super) fn optional(schema: &mut Schema) {
    schema.remove("required");
}

/// A list of distinct names, each matching `pattern`.
fn names(pattern: &str) -> Schema {
    json_schema!({
        "type": "array",
        "uniqueItems": true,
        "items": { "type": "string", "pattern": pattern },
    })
}

pub(super) fn stack(_: &mut SchemaGenerator) -> Schema {
    json_schema!({ "type": "string", "pattern": "^[A-Za-z0-9_-]{1,64}$" })
}

pub(super) fn connection_names(_: &mut SchemaGenerator) -> Schema {
    json_schema!({ "type": "string", "pattern": "^[A-Za-z0-9_]{1,64}$" })
}

pub(super) fn resource_id(_: &mut SchemaGenerator) -> Schema {
    json_schema!({ "type": "string", "pattern": r"^\S{1,64}$" })
}

pub(super) fn peers(_: &mut SchemaGenerator) -> Schema {
    names("^[A-Za-z0-9_-]{1,128}$")
}

pub(super) fn grants(_: &mut SchemaGenerator) -> Schema {
    names("^[0-9A-Fa-f]{32}$")
}

pub(super) fn routes(_: &mut SchemaGenerator) -> Schema {
    json_schema!({
        "type": "object",
        "propertyNames": { "pattern": "^[^/?#%]{1,64}$" },
        "additionalProperties": {
            "type": "string",
            "pattern": format!("^{IPV4}/(3[0-2]|[12]?[0-9])$"),
        },
    })
}

pub(super) fn hosts(_: &mut SchemaGenerator) -> Schema {
    json_schema!({
        "type": "object",
        "maxProperties": MOST_HOSTS,
        "propertyNames": { "pattern": r"^[A-Za-z]\S{0,127}$" },
        "additionalProperties": { "type": "string", "pattern": format!("^{IPV4}$") },
    })
}

pub(super) fn tags(_: &mut SchemaGenerator) -> Schema {
    json_schema!({
        "type": "object",
        "maxProperties": MOST_FILE_TAGS,
        "propertyNames": {
            "pattern": r"^[\p{L}\p{N}_.:+@-]([\p{L}\p{N} _.:+@-]{0,126}[\p{L}\p{N}_.:+@-])?$",
            "not": { "enum": ["managed-by", "dli-protect"] },
            "allOf": [{ "not": { "pattern": "^_sys_" } }],
        },
        "additionalProperties": { "type": "string", "maxLength": 255 },
    })
}

pub(super) fn protect(_: &mut SchemaGenerator) -> Schema {
    json_schema!({ "type": "boolean" })
}

pub(super) fn auth_names(_: &mut SchemaGenerator) -> Schema {
    json_schema!({
        "type": "string",
        "maxLength": 128,
        "pattern": "^([A-Za-z][A-Za-z0-9_]*|[0-9]+[A-Za-z_][A-Za-z0-9_]*)$",
    })
}

pub(super) fn auth_type(_: &mut SchemaGenerator) -> Schema {
    json_schema!({ "type": "string", "enum": ["passwd", "CSS", "KRB", "Kafka_SSL"] })
}

pub(super) fn auth_user(_: &mut SchemaGenerator) -> Schema {
    json_schema!({ "type": "string", "minLength": 1, "maxLength": 128 })
}

pub(super) fn obs_path(_: &mut SchemaGenerator) -> Schema {
    json_schema!({ "type": "string", "maxLength": 1024, "pattern": "^obs://[^/]+/.+$" })
}

/// A password's reference: never the password.
pub(super) fn secret(_: &mut SchemaGenerator) -> Schema {
    json_schema!({
        "type": "object",
        "description": "Where the password is read when it is sent; never the password itself.",
        "properties": {
            "env": { "type": "string", "minLength": 1, "description": "An environment variable." },
            "file": { "type": "string", "minLength": 1, "description": "A file whose first line is the password; relative to this file's folder." },
        },
        "additionalProperties": false,
        "minProperties": 1,
        "maxProperties": 1,
    })
}

pub(super) fn ensure(_: &mut SchemaGenerator) -> Schema {
    json_schema!({ "type": "string", "enum": ["present", "absent"] })
}

/// `[auth.NAME]`: every key may be left out, but each type needs its fields, written from the
/// client's one table of them ([`dli_client::auth_fields`]); `ensure = "absent"` needs none.
pub(super) fn auth_table(schema: &mut Schema) {
    use dli_client::types::AuthInfoType;

    optional(schema);
    let present = json_schema!({
        "not": { "properties": { "ensure": { "const": "absent" } }, "required": ["ensure"] },
    });
    let mut rules = vec![serde_json::json!({ "if": present, "then": { "required": ["type"] } })];
    for kind in [
        AuthInfoType::Passwd,
        AuthInfoType::Css,
        AuthInfoType::Krb,
        AuthInfoType::KafkaSsl,
    ] {
        let (required, _) = dli_client::auth_fields(kind);
        let keys: Vec<&str> = required
            .iter()
            .map(|field| super::file_key(*field))
            .collect();
        rules.push(serde_json::json!({
            "if": { "properties": { "type": { "const": kind.to_string() } }, "required": ["type"] },
            "then": { "required": keys },
        }));
    }
    schema.insert("allOf".to_owned(), rules.into());
    schema.insert(
        "dependentRequired".to_owned(),
        serde_json::json!({
            "keystore": ["keystore_password"],
            "keystore_password": ["keystore"],
            "key_password": ["keystore"],
        }),
    );
}
