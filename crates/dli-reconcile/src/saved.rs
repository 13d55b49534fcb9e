//! The plan as JSON: what `dli plan -o json` prints and `--out PLAN` writes, and what `dli
//! apply PLAN` reads back. A saved plan is the file and what was observed; the plan in it is
//! what they give, and only that is applied: [`SavedPlan::verify`] plans again from the
//! saved file and a fresh read, and refuses a plan that was edited or has gone stale.
//! Versioned by `format_version`; `docs/desired-state.md` describes it.

use serde::{Deserialize, Serialize};

use crate::desired::Desired;
use crate::observed::Observed;
use crate::plan::{Plan, PlanError, PlanOptions, Summary, plan};

/// The version of the format this crate writes and reads.
pub const FORMAT_VERSION: u32 = 2;

/// The most bytes of a saved plan read.
pub const MOST_BYTES: usize = 64 << 20;

/// The desired-state file a plan was made from, as it was read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedFile {
    /// Its path, as given (`-` for standard input).
    pub path: String,
    /// Its text.
    pub text: String,
}

/// A plan with what it was made from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedPlan {
    /// [`FORMAT_VERSION`].
    pub format_version: u32,
    /// The project the plan is for.
    pub project_id: String,
    /// The stack of the file.
    pub stack: String,
    /// The options it was made with.
    pub options: PlanOptions,
    /// The connections it was narrowed to (`--target`); empty for the whole file.
    #[serde(default)]
    pub targets: Vec<String>,
    /// The file it was made from.
    pub file: SavedFile,
    /// How many connections each action touches.
    pub summary: Summary,
    /// The plan: what the file and [`SavedPlan::observed`] give.
    pub plan: Plan,
    /// What existed when it was made.
    pub observed: Observed,
}

/// Why a saved plan cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum SavedPlanError {
    /// Not a saved plan.
    #[error("not a saved plan: {0}")]
    Unreadable(String),
    /// Written by another version of the format.
    #[error("a plan of format_version {0}; this dli reads {FORMAT_VERSION}: make the plan again")]
    Version(u32),
    /// Its file no longer reads.
    #[error("the file saved in the plan does not read: {0}")]
    File(String),
    /// Its file no longer plans.
    #[error("the file saved in the plan no longer plans: {0}")]
    Plan(#[from] PlanError),
    /// The plan is not what its file and observation give: it was edited.
    #[error(
        "the plan of {connection} is not what the saved file and observation give: it was edited, or made by another dli; make it again with dli plan --out"
    )]
    Edited {
        /// The first connection that differs.
        connection: String,
    },
    /// What exists changed since, where the plan touches it.
    #[error("stale: {connection} changed since the plan was made; run dli plan again")]
    Stale {
        /// The first connection whose plan differs now.
        connection: String,
    },
}

impl SavedPlan {
    /// Wraps a plan.
    pub fn new(
        project_id: &str,
        stack: &str,
        options: PlanOptions,
        file: SavedFile,
        plan: Plan,
        observed: Observed,
    ) -> Self {
        Self {
            format_version: FORMAT_VERSION,
            project_id: project_id.to_owned(),
            stack: stack.to_owned(),
            options,
            targets: Vec::new(),
            file,
            summary: plan.summary(),
            plan,
            observed,
        }
    }

    /// Reads a saved plan, refusing another version of the format.
    pub fn read(text: &str) -> Result<Self, SavedPlanError> {
        #[derive(Deserialize)]
        struct Version {
            format_version: u32,
        }
        let version: Version = serde_json::from_str(text)
            .map_err(|error| SavedPlanError::Unreadable(error.to_string()))?;
        if version.format_version != FORMAT_VERSION {
            return Err(SavedPlanError::Version(version.format_version));
        }
        serde_json::from_str(text).map_err(|error| SavedPlanError::Unreadable(error.to_string()))
    }

    /// The JSON text.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// The same plan, narrowed to `targets`.
    pub fn targeting(mut self, targets: Vec<String>) -> Self {
        self.targets = targets;
        self
    }

    /// The saved file, read again, narrowed to the plan's targets.
    pub fn desired(&self) -> Result<Desired, SavedPlanError> {
        crate::file::parse(&self.file.path, &self.file.text)
            .map_err(|error| SavedPlanError::File(error.to_string()))?
            .only(&self.targets)
            .map_err(|missing| SavedPlanError::File(format!("it names no {}", missing.join(", "))))
    }

    /// Checks the plan against its file and what exists `now`: the saved plan must be what
    /// the saved file and observation give (else it was edited), and what they give now
    /// (else it is stale, judged only on the connections the plan covers). Returns the plan
    /// to apply, made from `now`.
    pub fn verify(&self, now: &Observed) -> Result<Plan, SavedPlanError> {
        let desired = self.desired()?;
        let then = plan(&desired, &self.observed, &self.options)?;
        if let Some(connection) = first_difference(&then, &self.plan) {
            return Err(SavedPlanError::Edited { connection });
        }
        let fresh = plan(&desired, now, &self.options)?;
        if let Some(connection) = first_difference(&fresh, &self.plan) {
            return Err(SavedPlanError::Stale { connection });
        }
        Ok(fresh)
    }
}

/// The name of the first connection (or datasource authentication) whose plan differs, or
/// `None` when the plans are equal.
fn first_difference(a: &Plan, b: &Plan) -> Option<String> {
    if a == b {
        return None;
    }
    fn first<T: PartialEq>(a: &[T], b: &[T], name: impl Fn(&T) -> &str) -> Option<String> {
        let (mut left, mut right) = (a.iter(), b.iter());
        loop {
            match (left.next(), right.next()) {
                (Some(x), Some(y)) if x == y => continue,
                (None, None) => return None,
                (x, y) => return x.or(y).map(|item| name(item).to_owned()),
            }
        }
    }
    first(&a.connections, &b.connections, |c| c.name.as_str())
        .or_else(|| first(&a.auth, &b.auth, |entry| entry.name.as_str()))
        .or_else(|| Some("the plan".to_owned()))
}

#[cfg(test)]
mod tests;
