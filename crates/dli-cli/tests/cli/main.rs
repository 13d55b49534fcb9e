//! `dli` run as a user runs it, against the fake DLI on loopback: every command, its output
//! (insta snapshots, with ids, times and ports redacted) and its exit code.

mod auth;
mod bulk_changes;
mod connections;
mod delete;
mod delete_interrupted;
mod delete_wait;
mod demo;
mod desired;
mod group;
mod guides;
mod hosts;
mod malformed_ids;
mod newcomer;
mod resources;
mod secrets;
mod stacks;
mod support;
