//! Binding and unbinding queues and pools: one peering each, `CREATING` for a while.

use uuid::Uuid;

use super::{PeerKind, Peering, Store, epoch_ms};

/// Why unbinding failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UnbindError {
    /// No such live connection.
    NotFound,
    /// This queue or pool is not bound to the connection.
    NotBound(String),
}

impl Store {
    /// Binds queues and pools; a name already bound keeps its peering. Whether the
    /// connection exists and is not deleted.
    pub fn bind(&self, project: &str, id: Uuid, names: &[(PeerKind, String)]) -> bool {
        let since_ms = epoch_ms();
        let failing = self.failing_names().clone();
        self.with_live(project, id, |connection, now| {
            for (kind, name) in names {
                if connection
                    .peerings
                    .iter()
                    .any(|p| p.kind == *kind && &p.name == name)
                {
                    continue;
                }
                connection.peerings.push(Peering {
                    name: name.clone(),
                    kind: *kind,
                    since: now,
                    since_ms,
                    fails_with: failing.get(name).cloned(),
                });
            }
        })
        .is_some()
    }

    /// Unbinds queues and pools: all of them, or none when one is not bound.
    pub fn unbind(
        &self,
        project: &str,
        id: Uuid,
        names: &[(PeerKind, String)],
    ) -> Result<(), UnbindError> {
        self.with_live(project, id, |connection, _| {
            if let Some((_, missing)) = names.iter().find(|(kind, name)| {
                !connection
                    .peerings
                    .iter()
                    .any(|p| p.kind == *kind && &p.name == name)
            }) {
                return Err(UnbindError::NotBound(missing.clone()));
            }
            connection.peerings.retain(|p| {
                !names
                    .iter()
                    .any(|(kind, name)| p.kind == *kind && &p.name == name)
            });
            for (_, name) in names {
                connection.failed.remove(name);
            }
            Ok(())
        })
        .unwrap_or(Err(UnbindError::NotFound))
    }
}
