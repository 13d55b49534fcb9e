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
