//! `/providers`, `/providers/{location_id}`, `/providers/compare`.

use crate::common::get;
use crate::directory::demo_site;

#[tokio::test]
async fn pages_render_without_javascript() {
    let (_data, router) = demo_site().await;
    let (status, _, html) = get(&router, "/providers?q=aireside", &[]).await;
    assert_eq!(status, 200);
    assert!(html.contains("Aireside Manor Nursing Home"));
    assert!(
        html.contains("demo-banner"),
        "demonstration data is labelled"
    );
    let (status, _, html) = get(&router, "/providers/1-1001000002", &[]).await;
    assert_eq!(status, 200);
    assert!(html.contains("Kirkgate House"));
    assert!(html.contains("rating-history"));
    assert!(
        html.contains("provider-below-good"),
        "a repeated Requires improvement shows"
    );
    let (status, _, html) = get(
        &router,
        "/providers/compare?id=1-1001000001&id=1-1001000002",
        &[],
    )
    .await;
    assert_eq!(status, 200);
    assert!(html.contains("Aireside Manor Nursing Home") && html.contains("Kirkgate House"));
    let (status, _, html) = get(&router, "/providers?near=Atlantis", &[]).await;
    assert_eq!(status, 200);
    assert!(
        html.contains("error-summary"),
        "{}",
        &html[..html.len().min(500)]
    );
}
