//! `/explainers` and `/explainers/{slug}`.

use crate::common::{get, site};

#[tokio::test]
async fn explainer_pages_render_without_javascript() {
    let s = site().await;
    let (status, _, body) = get(&s.router, "/explainers/reforms-2021-cap-cancelled", &[]).await;
    assert_eq!(status, 200);
    assert!(body.contains("£86,000"), "cap figure from the rules data");
    assert!(body.contains("Cancelled"), "status label");
    let (status, _, _) = get(&s.router, "/explainers/no-such-guide", &[]).await;
    assert_eq!(status, 404);
    let (status, _, body) = get(&s.router, "/explainers", &[]).await;
    assert_eq!(status, 200);
    assert!(body.contains("href=\"/explainers/respite-and-short-breaks\""));
}
