#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]

mod admin;
mod api;
mod app;
mod auth;
#[cfg(feature = "cli")]
pub mod cli;
mod config;
mod faults;
#[cfg(fuzzing)]
pub mod fuzzing;
mod injected;
mod lockout;
mod paths;
mod reply;
mod router;
mod server;
mod stats;
mod store;
mod throttle;

pub use config::{FakeConfig, KeyPair};
pub use faults::{Fault, FaultAction, Faults};
pub use server::FakeDli;
pub use stats::Stats;
pub use store::{
    AuthEntry, AuthError, Connection, CreateError, DeleteError, Host, ListFilter, NewConnection,
    Status, Store,
};
pub use throttle::ThrottleWindow;
