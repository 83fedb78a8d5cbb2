//! `GET /api/v1/providers` and `/api/v1/providers/{location_id}`.

use crate::directory::{api, demo_site, names};

#[tokio::test]
async fn relevance_filters_facets_and_distance() {
    let (_data, router) = demo_site().await;

    // Exact name first; a one-letter typo still finds it; a prefix while typing finds it.
    for q in [
        "Aireside Manor Nursing Home",
        "aireside manor",
        "Airside Manor",
        "Aireside Manr",
        "airesi",
    ] {
        let (status, body) = api(
            &router,
            &format!("/api/v1/providers?q={}", q.replace(' ', "+")),
        )
        .await;
        assert_eq!(status, 200);
        assert_eq!(
            names(&body).first().map(String::as_str),
            Some("Aireside Manor Nursing Home"),
            "query {q:?}: {:?}",
            names(&body)
        );
    }

    // A postcode query is a place: results come nearest first, with distances.
    let (_, body) = api(&router, "/api/v1/providers?q=LS6+3HN").await;
    let d: Vec<f64> = body["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["distance_km"].as_f64().unwrap())
        .collect();
    assert!(!d.is_empty());
    assert!(d.windows(2).all(|w| w[0] <= w[1]), "{d:?}");
    assert!(d[0] < 1.0, "{d:?}");
    assert_eq!(body["near"]["source"], "exact");

    // Synonyms: "nursing home" and "domiciliary care" find care homes and home care.
    let (_, body) = api(&router, "/api/v1/providers?q=domiciliary+care&per_page=50").await;
    assert!(body["total"].as_u64().unwrap() > 0);
    assert!(
        body["results"]
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["service_types"].as_array().unwrap().iter().any(|s| s
                .as_str()
                .unwrap()
                .to_lowercase()
                .contains("home"))),
        "{:?}",
        names(&body)
    );

    // Filters and facet counts agree: each facet count equals the total when it is chosen.
    let base = "/api/v1/providers?near=Leeds&radius_km=50";
    let (_, body) = api(&router, base).await;
    let total = body["total"].as_u64().unwrap();
    assert!(total > 0);
    for f in body["facets"]["service"].as_array().unwrap() {
        let (value, count) = (f["value"].as_str().unwrap(), f["count"].as_u64().unwrap());
        let (_, filtered) = api(&router, &format!("{base}&service={value}")).await;
        assert_eq!(
            filtered["total"].as_u64().unwrap(),
            count,
            "service {value}"
        );
    }
    for f in body["facets"]["min_rating"].as_array().unwrap() {
        let (value, count) = (f["value"].as_str().unwrap(), f["count"].as_u64().unwrap());
        let (_, filtered) = api(&router, &format!("{base}&min_rating={value}")).await;
        assert_eq!(filtered["total"].as_u64().unwrap(), count, "rating {value}");
    }
    let spec = "/api/v1/providers?near=Leeds&radius_km=10&min_rating=good&specialism=dementia";
    let (_, body) = api(&router, spec).await;
    for r in body["results"].as_array().unwrap() {
        assert!(r["distance_km"].as_f64().unwrap() <= 10.0);
        assert!(matches!(
            r["overall_rating"].as_str().unwrap(),
            "good" | "outstanding"
        ));
        assert!(
            r["specialisms"]
                .as_array()
                .unwrap()
                .iter()
                .any(|s| s.as_str().unwrap().contains("Dementia"))
        );
    }
    let (_, radius) = api(&router, "/api/v1/providers?near=Leeds&radius_km=50").await;
    let within10 = radius["facets"]["radius_km"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["value"] == "10")
        .unwrap()["count"]
        .as_u64()
        .unwrap();
    let (_, ten) = api(&router, "/api/v1/providers?near=Leeds&radius_km=10").await;
    assert_eq!(ten["total"].as_u64().unwrap(), within10);

    // Deregistered locations are hidden unless asked for.
    let q = "/api/v1/providers?q=Old+Mill+Residential+Home&per_page=50";
    let (_, hidden) = api(&router, q).await;
    assert!(!names(&hidden).contains(&"Old Mill Residential Home".to_owned()));
    assert!(hidden["facets"]["deregistered"].as_u64().unwrap() >= 1);
    let (_, shown) = api(&router, &format!("{q}&include_deregistered=true")).await;
    assert_eq!(names(&shown)[0], "Old Mill Residential Home");
    assert_eq!(shown["results"][0]["deregistered"], true);

    // Sorting by rating date: newest first.
    let (_, recent) = api(&router, "/api/v1/providers?sort=recent&per_page=20").await;
    let dates: Vec<String> = recent["results"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|r| r["rating_date"].as_str().map(str::to_owned))
        .collect();
    assert!(dates.windows(2).all(|w| w[0] >= w[1]), "{dates:?}");
}

#[tokio::test]
async fn bad_parameters_are_clear_400s() {
    let (_data, router) = demo_site().await;
    for (uri, param) in [
        ("/api/v1/providers?radius_km=far&near=Leeds", "radius_km"),
        ("/api/v1/providers?service=spa", "service"),
        ("/api/v1/providers?min_safe=excellent", "min_safe"),
        ("/api/v1/providers?sort=distance", "sort"),
        ("/api/v1/providers?page=0", "page"),
        ("/api/v1/providers?near=Atlantis", "near"),
    ] {
        let (status, body) = api(&router, uri).await;
        assert_eq!(status, 400, "{uri}");
        assert_eq!(body["error"]["fields"][0]["param"], param, "{uri}: {body}");
        assert!(!body["error"]["message"].as_str().unwrap().is_empty());
    }
    let (status, _) = api(&router, "/api/v1/providers/not-an-id").await;
    assert_eq!(status, 400);
    let (status, _) = api(&router, "/api/v1/providers/1-999").await;
    assert_eq!(status, 404);
}
