//! The accept loop: HTTP/1.1 connections with a header-read timeout (which also closes a
//! connection left idle between requests), and a cap on open connections.
//!
//! `axum::serve` sets neither, so one slow or idle client held a connection (and its memory)
//! for as long as it liked. A reverse proxy in front should still set its own limits
//! (`docs/deploy.md`); these keep the server safe without one.

use std::convert::Infallible;
use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::Router;
use axum::extract::ConnectInfo;
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;
use tower::ServiceExt;

/// How long open connections may take to finish after a shutdown signal.
const DRAIN: Duration = Duration::from_secs(10);

/// Limits on connections (`carenav serve --header-timeout`, `--max-connections`).
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// A connection must send a whole request head within this long: from when it opens, and
    /// again from the end of each response while it is kept alive. Otherwise it is closed.
    pub header_timeout: Duration,
    /// Connections open at once. At the cap the server stops accepting; new clients wait in
    /// the system's listen queue until a connection closes.
    pub max_connections: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            header_timeout: Duration::from_secs(10),
            max_connections: 512,
        }
    }
}

/// Serve `app` on `listener` until `shutdown` completes, then let open requests finish (up to
/// ten seconds).
pub async fn serve(
    listener: TcpListener,
    app: Router,
    limits: Limits,
    shutdown: impl Future<Output = ()>,
) -> std::io::Result<()> {
    let permits = Arc::new(Semaphore::new(limits.max_connections.max(1)));
    let graceful = GracefulShutdown::new();
    let mut last_full_warning: Option<Instant> = None;
    tokio::pin!(shutdown);
    loop {
        if permits.available_permits() == 0
            && last_full_warning.is_none_or(|t| t.elapsed() > Duration::from_secs(60))
        {
            last_full_warning = Some(Instant::now());
            tracing::warn!(
                max_connections = limits.max_connections,
                "connection limit reached: new connections wait until one closes"
            );
        }
        let permit = tokio::select! {
            p = permits.clone().acquire_owned() => match p {
                Ok(p) => p,
                Err(_) => break,
            },
            () = &mut shutdown => break,
        };
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(a) => a,
                Err(e) => {
                    // Out of file descriptors and the like: wait a little rather than spin.
                    if !is_per_connection(&e) {
                        tracing::warn!(error = %e, "could not accept a connection");
                        tokio::time::sleep(Duration::from_millis(100)).await;
                    }
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let _ = stream.set_nodelay(true);
        let service = app
            .clone()
            .map_request(move |mut req: http::Request<Incoming>| {
                req.extensions_mut().insert(ConnectInfo::<SocketAddr>(peer));
                req
            })
            .map_err(|e: Infallible| match e {});
        let mut http = hyper::server::conn::http1::Builder::new();
        http.timer(TokioTimer::new())
            .header_read_timeout(limits.header_timeout)
            .keep_alive(true);
        let conn = http.serve_connection(TokioIo::new(stream), TowerToHyperService::new(service));
        let conn = graceful.watch(conn);
        tokio::spawn(async move {
            if let Err(e) = conn.await {
                tracing::debug!(error = %e, "connection ended with an error");
            }
            drop(permit);
        });
    }
    drop(listener);
    tokio::select! {
        () = graceful.shutdown() => {}
        () = tokio::time::sleep(DRAIN) => {
            tracing::warn!("some connections were still open {} s after the signal", DRAIN.as_secs());
        }
    }
    Ok(())
}

/// Errors that belong to one connection (it was reset before we took it), not to the listener.
fn is_per_connection(e: &std::io::Error) -> bool {
    use std::io::ErrorKind::*;
    matches!(
        e.kind(),
        ConnectionRefused | ConnectionAborted | ConnectionReset
    )
}
