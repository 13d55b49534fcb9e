#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]

mod api;
mod auth;
mod config;
mod faults;
#[cfg(fuzzing)]
pub mod fuzzing;
mod lockout;
mod reply;
mod server;
mod store;
mod throttle;

pub use config::{FakeConfig, KeyPair};
pub use faults::{Fault, FaultAction, Faults};
pub use server::FakeDli;
pub use store::{
    Connection, CreateError, DeleteError, Host, ListFilter, NewConnection, Status, Store,
};
