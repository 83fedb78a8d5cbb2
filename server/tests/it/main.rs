//! The server's integration tests, in one binary (one link, not one per file): the real router
//! with a fresh database and index, driven in-process. `routes/` mirrors the routes:
//! `routes/pages/<resource>.rs` and `routes/api/<resource>.rs`, and a test fails when a route
//! has no test module.

mod caching;
mod cold_search;
mod common;
mod connections;
mod directory;
mod index_recovery;
mod operators;
mod outage;
mod routes;
