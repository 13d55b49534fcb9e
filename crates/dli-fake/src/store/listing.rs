//! Reading the store whole: listing a project's connections, and counting every
//! project's by status.

use std::collections::BTreeMap;
use std::time::Instant;

use super::{Connection, ListFilter, Status, Store};

impl Store {
    /// How many connections of every project have each status, by DLI's name for it.
    pub fn count_by_status(&self) -> BTreeMap<&'static str, u64> {
        let now = Instant::now();
        let mut counts = BTreeMap::new();
        for connection in self.projects().values().flat_map(BTreeMap::values) {
            *counts.entry(connection.status(now).as_str()).or_default() += 1;
        }
        counts
    }

    /// The matching connections, oldest first, and how many match before paging: the
    /// project's own, and those other projects granted it a privilege on.
    pub fn list(
        &self,
        project: &str,
        filter: &ListFilter,
        offset: usize,
        limit: Option<usize>,
    ) -> (Vec<Connection>, usize) {
        let now = Instant::now();
        let shared = self.shared_with(project);
        let projects = self.projects();
        let own = projects.get(project).into_iter().flat_map(BTreeMap::values);
        let mut matching: Vec<&Connection> = own
            .chain(&shared)
            .filter(|c| {
                let status = c.status(now).as_str();
                match &filter.status {
                    Some(wanted) => status.eq_ignore_ascii_case(wanted),
                    None => status != Status::Deleted.as_str(),
                }
            })
            .filter(|c| {
                filter
                    .name
                    .as_ref()
                    .is_none_or(|name| c.spec.name.contains(name.as_str()))
            })
            .filter(|c| filter.tags.iter().all(|tag| c.spec.tags.contains(tag)))
            .collect();
        matching.sort_by_key(|c| (c.create_time_ms, c.created_at, c.id));
        let count = matching.len();
        let page = matching
            .into_iter()
            .skip(offset)
            .take(limit.unwrap_or(usize::MAX))
            .cloned()
            .collect();
        (page, count)
    }
}
