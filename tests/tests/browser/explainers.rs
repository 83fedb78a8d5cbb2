//! End-to-end: explainers on a phone with JavaScript off, and their links into the tools.

use crate::support::{Browser, Server};

#[tokio::test]
async fn explainer_without_javascript_links_to_the_estimator() {
    let server = Server::start().await;
    let b = Browser::start(false).await;
    b.goto(&format!("{}/explainers", server.url)).await;
    assert_eq!(b.text("h1").await, "Understand how care works");
    b.follow("a[href='/explainers/paying-for-care']").await;
    b.wait_for(
        "the explainer",
        10,
        "return location.pathname === '/explainers/paying-for-care';",
    )
    .await;
    assert_eq!(b.text("h1").await, "Paying for care today: the means test");
    // Figures come from the rules data, with a numbered list of sources.
    assert!(b.text(".app-prose").await.contains("£23,250"));
    assert!(b.text("#figures-title").await.contains("Figures"));
    assert_eq!(b.horizontal_overflow().await, None);
    b.follow(".app-prose a[href^='/estimate']").await;
    b.wait_for(
        "the estimator",
        10,
        "return location.pathname === '/estimate';",
    )
    .await;
    assert_eq!(b.text("h1").await, "Where will the care be?");
    b.close().await;
}

#[tokio::test]
async fn the_reform_page_states_the_cancellation() {
    let server = Server::start().await;
    let b = Browser::start(false).await;
    b.goto(&format!(
        "{}/explainers/reforms-2021-cap-cancelled",
        server.url
    ))
    .await;
    let text = b.text("article").await;
    assert!(
        text.contains("£86,000"),
        "the cap figure comes from the rules data"
    );
    assert!(text.to_lowercase().contains("cancelled"));
    assert!(text.contains("2024"));
    b.close().await;
}
