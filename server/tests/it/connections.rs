//! The accept loop (`carenav::listen`) over real TCP on loopback: a client that sends part of a
//! request head and stops, or keeps a connection idle, is cut off after the header timeout, and
//! no more than the connection cap are open at once.

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use axum::Router;
use axum::extract::ConnectInfo;
use axum::routing::get;
use carenav::listen::{Limits, serve};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

const HEADER_TIMEOUT: Duration = Duration::from_millis(800);

async fn start(max_connections: usize) -> (SocketAddr, tokio::sync::oneshot::Sender<()>) {
    let app = Router::new().route(
        "/peer",
        get(|ConnectInfo(peer): ConnectInfo<SocketAddr>| async move { peer.ip().to_string() }),
    );
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let limits = Limits {
        header_timeout: HEADER_TIMEOUT,
        max_connections,
    };
    tokio::spawn(serve(listener, app, limits, async {
        let _ = stopped.await;
    }));
    (addr, stop)
}

/// Read until the server closes the connection; what it sent, and how long that took.
async fn read_to_close(stream: &mut TcpStream, within: Duration) -> Option<(String, Duration)> {
    let start = Instant::now();
    let mut buf = Vec::new();
    match tokio::time::timeout(within, stream.read_to_end(&mut buf)).await {
        Ok(_) => Some((String::from_utf8_lossy(&buf).into_owned(), start.elapsed())),
        Err(_) => None,
    }
}

/// Read one response to a request (the body is short and has a Content-Length).
async fn read_response(stream: &mut TcpStream) -> String {
    let mut buf = vec![0u8; 4096];
    let mut got = Vec::new();
    loop {
        let n = tokio::time::timeout(Duration::from_secs(5), stream.read(&mut buf))
            .await
            .expect("a response within 5 s")
            .unwrap();
        assert!(n > 0, "closed before a response");
        got.extend_from_slice(&buf[..n]);
        let text = String::from_utf8_lossy(&got).into_owned();
        if let Some(head_end) = text.find("\r\n\r\n") {
            let len: usize = text[..head_end]
                .lines()
                .find_map(|l| {
                    l.to_ascii_lowercase()
                        .strip_prefix("content-length:")
                        .map(|v| v.trim().parse().unwrap())
                })
                .unwrap_or(0);
            if got.len() >= head_end + 4 + len {
                return text;
            }
        }
    }
}

const REQUEST: &[u8] = b"GET /peer HTTP/1.1\r\nHost: localhost\r\n\r\n";

#[tokio::test]
async fn a_half_sent_request_head_is_cut_off() {
    let (addr, _stop) = start(8).await;
    let mut slow = TcpStream::connect(addr).await.unwrap();
    slow.write_all(b"GET /peer HTTP/1.1\r\nHost: localhost\r\nX-Slow: ")
        .await
        .unwrap();
    let (_, after) = read_to_close(&mut slow, Duration::from_secs(10))
        .await
        .expect("the server closes a connection that stops part-way through its head");
    assert!(
        after >= HEADER_TIMEOUT - Duration::from_millis(100) && after < HEADER_TIMEOUT * 4,
        "closed after {after:?}"
    );

    // A connection that sends nothing at all is closed too.
    let mut silent = TcpStream::connect(addr).await.unwrap();
    assert!(
        read_to_close(&mut silent, Duration::from_secs(10))
            .await
            .is_some()
    );
}

#[tokio::test]
async fn an_idle_kept_alive_connection_is_closed_and_a_busy_one_is_not() {
    let (addr, _stop) = start(8).await;
    let mut conn = TcpStream::connect(addr).await.unwrap();
    // Requests closer together than the timeout keep the connection.
    for _ in 0..3 {
        conn.write_all(REQUEST).await.unwrap();
        let response = read_response(&mut conn).await;
        assert!(response.starts_with("HTTP/1.1 200"), "{response}");
        // The peer address reaches handlers (the publishing rate limits key on it).
        assert!(response.ends_with("127.0.0.1"), "{response}");
        tokio::time::sleep(HEADER_TIMEOUT / 2).await;
    }
    let (_, after) = read_to_close(&mut conn, Duration::from_secs(10))
        .await
        .expect("an idle kept-alive connection is closed");
    assert!(after < HEADER_TIMEOUT * 4, "closed after {after:?}");
}

#[tokio::test]
async fn past_the_connection_cap_a_client_waits_for_a_slot() {
    let (addr, _stop) = start(2).await;
    // The idle connections' timeouts run from when they were accepted, just after this.
    let start = Instant::now();
    let mut idle: Vec<TcpStream> = Vec::new();
    for _ in 0..2 {
        idle.push(TcpStream::connect(addr).await.unwrap());
    }
    // Let the server take both before the third arrives.
    tokio::time::sleep(Duration::from_millis(100)).await;
    let mut third = TcpStream::connect(addr).await.unwrap();
    third.write_all(REQUEST).await.unwrap();
    let mut byte = [0u8; 1];
    assert!(
        tokio::time::timeout(HEADER_TIMEOUT / 2, third.read(&mut byte))
            .await
            .is_err(),
        "a third connection is not served while two are open"
    );
    // The two idle ones time out; then the third is served.
    let response = read_response(&mut third).await;
    assert!(response.starts_with("HTTP/1.1 200"), "{response}");
    assert!(
        start.elapsed() >= HEADER_TIMEOUT - Duration::from_millis(100),
        "served after {:?}",
        start.elapsed()
    );
    drop(idle);
}
