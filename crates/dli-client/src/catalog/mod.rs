//! The operation table: every operation of `openapi/dli.yaml` with the facts the client
//! acts on. `cargo xtask generate` writes it (`table.rs`) from the document's
//! `x-dli-retry` and `x-dli-commands`; the retry decision, the body limit, the pacer and
//! `dli`'s list of commands read it, and nothing else says which operation is which.

mod classes;
#[rustfmt::skip]
mod table;

pub use classes::{BodyLimit, RetryClass};
pub use table::OPERATIONS;

/// One operation of the document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Operation {
    /// The document's `operationId`, such as `DeleteEnhancedConnection`.
    pub id: &'static str,
    /// The generated client's name of it, such as `delete_enhanced_connection`.
    pub name: &'static str,
    /// The HTTP method.
    pub method: &'static str,
    /// The path template.
    pub path: &'static str,
    /// Whether it is sent again after an attempt that may have reached DLI.
    pub retry: RetryClass,
    /// Which body limit applies to its success answers.
    pub body_limit: BodyLimit,
    /// The pacer's lane: DLI's gateway throttles each API on its own, so every operation
    /// has a lane of its own, numbered by its place in [`OPERATIONS`].
    pub lane: usize,
    /// The `dli` commands that call it, such as `connection delete`.
    pub commands: &'static [&'static str],
}

impl Operation {
    /// What a call of an operation missing from the table is treated as: not idempotent,
    /// one object's body limit, a lane of its own.
    pub(crate) const UNKNOWN: Operation = Operation {
        id: "unknown",
        name: "unknown",
        method: "",
        path: "",
        retry: RetryClass::NotIdempotent,
        body_limit: BodyLimit::Object,
        lane: usize::MAX,
        commands: &[],
    };

    /// The operation the generated client names `name`.
    pub fn named(name: &str) -> Option<&'static Operation> {
        table::index_of(name).map(|index| &OPERATIONS[index])
    }

    /// The operation of this `operationId`.
    pub fn with_id(id: &str) -> Option<&'static Operation> {
        OPERATIONS.iter().find(|operation| operation.id == id)
    }

    /// Whether a second send has no effect beyond the first.
    pub fn is_idempotent(&self) -> bool {
        self.retry == RetryClass::Idempotent
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every name the generated client hands its hooks is in the table, so no call falls
    /// back to the cautious defaults.
    #[test]
    fn every_generated_operation_is_in_the_table() {
        let generated = include_str!("../generated.rs");
        let names: Vec<&str> = generated
            .split("operation_id: \"")
            .skip(1)
            .filter_map(|rest| rest.split('"').next())
            .collect();
        assert_eq!(names.len(), OPERATIONS.len());
        for name in names {
            let operation =
                Operation::named(name).unwrap_or_else(|| panic!("{name} is not in the table"));
            assert_eq!(operation.name, name);
            assert_eq!(Operation::with_id(operation.id), Some(operation));
        }
        for (index, operation) in OPERATIONS.iter().enumerate() {
            assert_eq!(operation.lane, index, "{}", operation.id);
        }
    }

    /// The retry class of every operation of the document: which may be sent again after
    /// an ambiguous outcome.
    #[test]
    fn each_operation_has_its_retry_class() {
        #[rustfmt::skip]
        let table: &[(&str, bool)] = &[
            ("create_enhanced_connection",                  false),
            ("list_enhanced_connections",                   true),
            ("show_enhanced_connection",                    true),
            // Replacing every host entry: sent twice, the same as once.
            ("update_enhanced_connection",                  true),
            ("delete_enhanced_connection",                  true),
            // A second bind or unbind may be refused or change what the first did.
            ("associate_queue_to_enhanced_connection",      false),
            ("disassociate_queue_from_enhanced_connection", false),
            // A second create is refused for its name.
            ("create_route_to_enhanced_connection",         false),
            ("delete_route_from_enhanced_connection",       true),
            ("show_enhanced_connection_privilege",          true),
            ("run_authorization_action",                    true),
            // Tags: adding the same again, or removing a missing one, changes nothing.
            ("batch_create_resource_tags",                  true),
            ("batch_delete_resource_tags",                  true),
            ("show_resource_tags",                          true),
            // A second start is a second test, which only reads.
            ("create_connectivity_task",                    true),
            ("show_connectivity_task",                      true),
            ("list_queues",                                 true),
            ("list_elastic_resource_pools",                 true),
            // A second create is refused for its name; a second update sets the same values.
            ("create_job_auth_info",                        false),
            ("list_job_auth_infos",                         true),
            ("update_job_auth_info",                        true),
            ("delete_job_auth_info",                        true),
        ];
        assert_eq!(table.len(), OPERATIONS.len());
        for (name, idempotent) in table {
            let found = Operation::named(name).expect("in the table");
            assert_eq!(found.is_idempotent(), *idempotent, "{name}");
        }
        assert_eq!(Operation::named("nothing_of_the_kind"), None);
        let limit = |id| Operation::with_id(id).expect(id).body_limit;
        assert_eq!(limit("ListEnhancedConnections"), BodyLimit::Page);
        assert_eq!(limit("ShowEnhancedConnection"), BodyLimit::Object);
        // A listing DLI answers whole, marked in the document.
        assert_eq!(limit("ListQueues"), BodyLimit::Page);
        assert_eq!(limit("ListJobAuthInfos"), BodyLimit::Page);
    }
}
