//! The plan as JSON: what `dli plan -o json` prints and `--out PLAN` writes, and what `dli
//! apply PLAN` reads back. Versioned by `format_version`; `docs/desired-state.md` describes it.

use serde::{Deserialize, Serialize};

use crate::observed::Observed;
use crate::plan::{Plan, PlanOptions, Summary};

/// The version of the format this crate writes and reads.
pub const FORMAT_VERSION: u32 = 1;

/// The most bytes of a saved plan read.
pub const MOST_BYTES: usize = 64 << 20;

/// A plan with what it was made from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedPlan {
    /// [`FORMAT_VERSION`].
    pub format_version: u32,
    /// The project the plan is for.
    pub project_id: String,
    /// The options it was made with.
    pub options: PlanOptions,
    /// The names the file gives, in order.
    pub names: Vec<String>,
    /// How many connections each action touches.
    pub summary: Summary,
    /// The plan.
    pub plan: Plan,
    /// What existed when it was made; applying it is refused once this has changed.
    pub observed: Observed,
}

/// Why a saved plan cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SavedPlanError {
    /// Not a saved plan.
    #[error("not a saved plan: {0}")]
    Unreadable(String),
    /// Written by another version of the format.
    #[error("a plan of format_version {0}; this dli reads {FORMAT_VERSION}: make the plan again")]
    Version(u32),
}

impl SavedPlan {
    /// Wraps a plan.
    pub fn new(
        project_id: &str,
        options: PlanOptions,
        names: Vec<String>,
        plan: Plan,
        observed: Observed,
    ) -> Self {
        Self {
            format_version: FORMAT_VERSION,
            project_id: project_id.to_owned(),
            options,
            names,
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
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_saved_plan_reads_back_and_another_version_is_refused() {
        let saved = SavedPlan::new(
            "p",
            PlanOptions::default(),
            vec!["a".into()],
            Plan::default(),
            Observed::default(),
        );
        let text = saved.to_json();
        assert_eq!(SavedPlan::read(&text), Ok(saved));
        let other = text.replace("\"format_version\": 1", "\"format_version\": 2");
        assert_eq!(SavedPlan::read(&other), Err(SavedPlanError::Version(2)));
        assert!(matches!(
            SavedPlan::read("{}"),
            Err(SavedPlanError::Unreadable(_))
        ));
    }
}
