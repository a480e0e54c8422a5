//! Helpers shared by the integration tests (each test crate uses a part).
#![allow(dead_code)]

pub mod corpus;
pub mod hostile;
pub mod invariants;
