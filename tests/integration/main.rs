//! The workspace's integration tests, in one binary so that they link once. Each module is an
//! area; shared fixtures are in `dli_tests::fixtures`.

mod auth_infos;
mod bounded;
mod configuration;
mod dry_run;
mod error_chains;
mod example;
mod examples;
mod fake;
mod fault_matrix;
mod generated_code;
mod group;
mod hosts;
mod layout;
mod lifecycle;
mod logs;
mod round_trip;
mod schemas;
mod sdk_models;
mod secrets;
mod throttling;
mod tls;
mod wire;
