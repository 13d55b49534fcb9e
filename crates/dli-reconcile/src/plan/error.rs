//! Why no plan can be made, and whether the file or the flags must change.

use dli_client::ConnectionId;
/// Why no plan can be made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum PlanError {
    /// Several connections that are not deleted carry the name.
    #[error(
        "{count} connections are named {name} ({}): delete all but one, or rename it in the file",
        ids.iter().map(ToString::to_string).collect::<Vec<_>>().join(", "),
        count = ids.len()
    )]
    Ambiguous {
        /// The name.
        name: String,
        /// Their ids.
        ids: Vec<ConnectionId>,
    },
    /// The connection of that name is another project's, seen through its grant.
    #[error(
        "the connection {name} ({id}) is another project's, granted to this one: manage it from its own project, or rename it in the file"
    )]
    GrantedToUs {
        /// The name.
        name: String,
        /// Its id.
        id: ConnectionId,
    },
    /// The file binds queues or pools the project does not have.
    #[error("{name}: the project has no {kind} named {}: see `dli {command} list`", missing.join(", "))]
    Unknown {
        /// The connection.
        name: String,
        /// `queue` or `elastic resource pool`.
        kind: &'static str,
        /// The `dli` command that lists them.
        command: &'static str,
        /// The names.
        missing: Vec<String>,
    },
    /// A connection to create lacks its VPC or subnet.
    #[error("the connection {name} does not exist: give its vpc and subnet to create it")]
    CannotCreate {
        /// The name.
        name: String,
    },
    /// The file grants the project its own connection.
    #[error(
        "{name}: grants names {project}, this project itself: a project needs no grant to its own connection; leave it out"
    )]
    GrantToItself {
        /// The connection.
        name: String,
        /// The project.
        project: String,
    },
    /// The connection of that name is another stack's, or another tool's.
    #[error(
        "the connection {name} ({id}) belongs to {owner}: leave it out of this file, or move it: take it out of its own file, remove its marker (dli connection untag {id} managed-by), then apply this file to adopt it"
    )]
    OwnedElsewhere {
        /// The name.
        name: String,
        /// Its id.
        id: ConnectionId,
        /// Who: `the stack "billing"`, or `managed-by = "terraform"`.
        owner: String,
    },
    /// What the plan needs was not read.
    #[error("the {part} of {name} ({id}) were not read ({why}): nothing can be planned")]
    NotRead {
        /// The connection.
        name: String,
        /// Its id.
        id: ConnectionId,
        /// `tags` or `grants`.
        part: &'static str,
        /// Why.
        why: String,
    },
    /// `--prune` with a file that names no stack.
    #[error(
        "--prune deletes the stack's connections that the file no longer names: name the stack with stack = \"NAME\" at the top of the file"
    )]
    PruneWithoutStack,
    /// `--prune` with a file that names no connection.
    #[error(
        "--prune with a file that names no connection would delete every connection of the stack {stack}: name at least one, or delete them with dli connection delete"
    )]
    PruneEmpty {
        /// The stack.
        stack: String,
    },
    /// `--rotate` names a datasource authentication the file does not keep.
    #[error(
        "--rotate {}: the file has no [auth.NAME] table of that name that should exist; rotate only what the file names",
        names.join(", ")
    )]
    RotateUnknown {
        /// The names.
        names: Vec<String>,
    },
    /// The file names datasource authentications, and they were not read.
    #[error("the datasource authentications were not read: nothing can be planned")]
    AuthUnread,
    /// `--prune` on an observation that did not read the stack's connections.
    #[error("--prune needs the stack's connections read: observe with Reach::Stack")]
    PruneUnread,
}

impl PlanError {
    /// Whether the file (or the flags) must change: the same input is refused again
    /// however DLI stands (exit 2 in `dli`).
    pub fn is_usage(&self) -> bool {
        matches!(
            self,
            Self::Unknown { .. }
                | Self::CannotCreate { .. }
                | Self::GrantToItself { .. }
                | Self::PruneWithoutStack
                | Self::PruneEmpty { .. }
                | Self::RotateUnknown { .. }
        )
    }
}
