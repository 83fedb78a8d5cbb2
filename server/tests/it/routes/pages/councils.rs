//! `/councils` and `/councils/:code`.

use crate::common::{get, site};

#[tokio::test]
async fn the_councils_and_a_council_page_render_without_javascript() {
    let site = site().await;
    let (status, _, page) = get(&site.router, "/councils", &[]).await;
    assert_eq!(status, 200);
    assert!(page.contains("153 councils"));
    assert!(page.contains("href=\"/councils/E08000035\""));

    let (status, _, page) = get(&site.router, "/councils/E08000035", &[]).await;
    assert_eq!(status, 200);
    assert!(
        page.contains("<h1 id=\"council-name\" class=\"app-heading-xl\">Leeds council</h1>"),
        "{page}"
    );
    // No rates imported: unknown is said, not guessed.
    assert!(page.contains("id=\"council-rates-none\""));
    assert!(page.contains("https://www.gov.uk/find-local-council"));
    // The national averages from the rules data, said to be national and not a price, with the
    // source and (only a summary stated them) the report to check them in.
    assert!(page.contains("id=\"council-national\""), "{page}");
    assert!(
        page.contains("In 2024 to 2025, councils across England paid on average £1,185.55 a week")
    );
    assert!(page.contains("£23.56 an hour for home care"));
    // The care-home week first, as the rules file lists it.
    assert!(page.find("£1,185.55").unwrap() < page.find("£23.56").unwrap());
    assert!(page.contains("They are not the price of any home."));
    assert!(page.contains("Not yet checked in the report itself."));
    assert!(page.contains("https://www.gov.uk/government/statistics/adult-social-care-finance-report-england-2024-to-2025/"));

    let (status, _, _) = get(&site.router, "/councils/E99999999", &[]).await;
    assert_eq!(status, 404);
}
