//! The Care Navigator server: configuration, commands, the HTTP router, the JSON API.

pub mod api;
pub mod bench;
pub mod cli;
pub mod clock;
pub mod commands;
pub mod config;
pub mod content;
pub mod health;
pub mod listen;
pub mod logging;
pub mod middleware;
pub mod publish_forms;
pub mod router;
pub mod rules_report;
pub mod state;
