//! How connections are printed: tables for people, JSON for programs.

use std::time::{Duration, UNIX_EPOCH};

use comfy_table::{ContentArrangement, Table, presets};
use dli_client::types::{
    ElasticResourcePool, EnhancedConnection, Host, PeeringResource, Queue,
    ShowEnhancedConnectionResponse,
};
use serde_json::Value;

/// A table with no borders, columns aligned, as wide as its content.
fn table(header: &[&str]) -> Table {
    let mut table = Table::new();
    table
        .load_style(presets::NOTHING)
        .set_content_arrangement(ContentArrangement::Disabled)
        .set_header(header.iter().copied());
    table
}

/// An epoch-milliseconds time as RFC 3339, UTC.
fn time(millis: Option<i64>) -> String {
    millis
        .and_then(|ms| u64::try_from(ms).ok())
        .map(|ms| {
            humantime::format_rfc3339_seconds(UNIX_EPOCH + Duration::from_millis(ms)).to_string()
        })
        .unwrap_or_default()
}

fn text(value: Option<&str>) -> &str {
    value.unwrap_or("")
}

/// `etl_queue ACTIVE, pool1 FAILED`.
fn peerings(queues: &[PeeringResource], pools: &[PeeringResource]) -> String {
    queues
        .iter()
        .chain(pools)
        .map(|p| format!("{} {}", text(p.name.as_deref()), text(p.status.as_deref())))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The connections as a table.
pub fn connections_table(connections: &[EnhancedConnection]) -> String {
    let mut table = table(&["ID", "NAME", "STATUS", "PEERINGS", "CREATED"]);
    for c in connections {
        table.add_row(vec![
            c.id.map(|id| id.to_string()).unwrap_or_default(),
            text(c.name.as_deref()).to_owned(),
            text(c.status.as_deref()).to_owned(),
            peerings(&c.available_queue_info, &c.elastic_resource_pools),
            time(c.create_time),
        ]);
    }
    trim_lines(&table.to_string())
}

/// Queues as a table.
pub fn queues_table(queues: &[Queue]) -> String {
    let mut table = table(&["NAME", "TYPE", "POOL", "CUS", "CREATED"]);
    for q in queues {
        table.add_row(vec![
            text(q.queue_name.as_deref()).to_owned(),
            text(q.queue_type.as_deref()).to_owned(),
            text(q.elastic_resource_pool_name.as_deref()).to_owned(),
            q.cu_count.map(|n| n.to_string()).unwrap_or_default(),
            time(q.create_time),
        ]);
    }
    trim_lines(&table.to_string())
}

/// Elastic resource pools as a table.
pub fn pools_table(pools: &[ElasticResourcePool]) -> String {
    let mut table = table(&["NAME", "STATUS", "QUEUES", "CIDR", "CREATED"]);
    for p in pools {
        table.add_row(vec![
            text(p.elastic_resource_pool_name.as_deref()).to_owned(),
            text(p.status.as_deref()).to_owned(),
            p.queues.join(", "),
            text(p.cidr_in_vpc.as_deref()).to_owned(),
            time(p.create_time),
        ]);
    }
    trim_lines(&table.to_string())
}

/// Host entries as a table of names and addresses.
pub fn hosts_table(hosts: &[Host]) -> String {
    let mut table = table(&["NAME", "IP"]);
    for host in hosts {
        table.add_row(vec![host.name.clone(), host.ip.clone()]);
    }
    trim_lines(&table.to_string())
}

/// One connection: its fields, then a table of its peerings and its hosts.
pub fn connection_details(c: &ShowEnhancedConnectionResponse) -> String {
    let mut fields = table(&["FIELD", "VALUE"]);
    let rows = [
        ("id", c.id.map(|id| id.to_string()).unwrap_or_default()),
        ("name", text(c.name.as_deref()).to_owned()),
        ("status", text(c.status.as_deref()).to_owned()),
        ("vpc", text(c.dest_vpc_id.as_deref()).to_owned()),
        ("subnet", text(c.dest_network_id.as_deref()).to_owned()),
        ("created", time(c.create_time)),
        (
            "hosts",
            c.hosts
                .iter()
                .map(|h| format!("{}={}", h.name, h.ip))
                .collect::<Vec<_>>()
                .join(", "),
        ),
    ];
    for (name, value) in rows {
        fields.add_row(vec![name.to_owned(), value]);
    }
    let mut out = trim_lines(&fields.to_string());
    let mut peerings = table(&["KIND", "NAME", "STATUS", "UPDATED", "ERROR"]);
    let kinds = [
        ("queue", &c.available_queue_info),
        ("pool", &c.elastic_resource_pools),
    ];
    for (kind, list) in kinds {
        for p in list {
            peerings.add_row(vec![
                kind.to_owned(),
                text(p.name.as_deref()).to_owned(),
                text(p.status.as_deref()).to_owned(),
                time(p.update_time),
                text(p.err_msg.as_deref()).to_owned(),
            ]);
        }
    }
    if !c.available_queue_info.is_empty() || !c.elastic_resource_pools.is_empty() {
        out.push_str("\n\n");
        out.push_str(&trim_lines(&peerings.to_string()));
    }
    out
}

/// A JSON object on one line, with a space after each `:` and `,`, as DLI's documentation
/// writes its examples: `{"is_success": true, "message": "Deleted"}`.
pub fn inline_json(value: &Value) -> String {
    match value {
        Value::Object(map) => {
            let fields: Vec<String> = map
                .iter()
                .map(|(key, value)| {
                    format!("{}: {}", Value::String(key.clone()), inline_json(value))
                })
                .collect();
            format!("{{{}}}", fields.join(", "))
        }
        Value::Array(items) => {
            let items: Vec<String> = items.iter().map(inline_json).collect();
            format!("[{}]", items.join(", "))
        }
        other => other.to_string(),
    }
}

/// Tables pad every cell; trailing spaces only get in the way of a diff or a grep.
fn trim_lines(text: &str) -> String {
    text.lines()
        .map(|line| line.trim_end().trim_start_matches(' '))
        .collect::<Vec<_>>()
        .join("\n")
}

/// A table with these headers and rows.
pub fn rows_table(headers: &[&str], rows: Vec<Vec<String>>) -> String {
    let mut table = table(headers);
    for row in rows {
        table.add_row(row);
    }
    trim_lines(&table.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_json_reads_like_the_documentation() {
        let value = serde_json::json!({"is_success": true, "message": "Deleted", "list": [1, "a"]});
        assert_eq!(
            inline_json(&value),
            r#"{"is_success": true, "list": [1, "a"], "message": "Deleted"}"#
        );
    }

    #[test]
    fn times_are_utc() {
        assert_eq!(time(Some(1_732_760_400_000)), "2024-11-28T02:20:00Z");
        assert_eq!(time(None), "");
        assert_eq!(time(Some(-1)), "");
    }
}
