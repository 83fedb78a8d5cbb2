//! `carenav bench`: timings measured in-process on this machine (no network), for
//! docs/performance.md. HTTP latency is measured separately with wrk (scripts/bench.sh).

use std::time::{Duration, Instant};

use axum::body::{Body, to_bytes};
use axum::http::Request;
use carenav_app::i18n::Locale;
use carenav_domain::date::Date;
use carenav_domain::estimate::{
    EstimateRequest, Occupant, Property, RulesChoice, Setting, WeeklyIncome, estimate,
};
use carenav_domain::rules::RULES;
use tower::ServiceExt;

use crate::cli::BenchArgs;

fn summary(name: &str, mut samples: Vec<Duration>) -> String {
    samples.sort();
    let pct = |p: f64| samples[((samples.len() as f64 - 1.0) * p).round() as usize];
    let mean = samples.iter().sum::<Duration>() / samples.len() as u32;
    format!(
        "{name}: n={} mean={:.3} ms p50={:.3} ms p99={:.3} ms max={:.3} ms",
        samples.len(),
        mean.as_secs_f64() * 1e3,
        pct(0.5).as_secs_f64() * 1e3,
        pct(0.99).as_secs_f64() * 1e3,
        samples.last().unwrap().as_secs_f64() * 1e3
    )
}

fn ten_year_request() -> EstimateRequest {
    EstimateRequest {
        setting: Setting::CareHome,
        weekly_cost: 1250.0,
        nursing: true,
        age: None,
        partner: false,
        savings: 60_000.0,
        property: Some(Property {
            value: 250_000.0,
            occupant: Occupant::Nobody,
            deferred_payment: false,
        }),
        weekly_income: WeeklyIncome {
            state_pension: 230.25,
            private_pension: 80.0,
            attendance_allowance: 73.9,
            ..Default::default()
        },
        disability_related_expenditure: 0.0,
        housing_costs: 0.0,
        top_up: 0.0,
        council_rate: 0.0,
        weeks: 520,
        rules: RulesChoice::InForce,
        start_date: Some("2026-11-23".into()),
    }
}

pub async fn run(args: BenchArgs) -> anyhow::Result<()> {
    let n = args.iterations.max(10);
    // 1. The estimator: one 10-year (520-week) estimate.
    let req = ten_year_request();
    let today = Date::parse("2026-11-23").expect("date");
    let _ = estimate(&req, &RULES, today).map_err(|e| anyhow::anyhow!("{e:?}"))?;
    let samples = (0..n)
        .map(|_| {
            let t = Instant::now();
            let e = estimate(&req, &RULES, today);
            std::hint::black_box(&e);
            t.elapsed()
        })
        .collect();
    println!("{}", summary("estimator, 520 weeks", samples));

    // 1b. The navigator: a full carer path (every question answered) from the query string's
    //     pairs to the outcomes.
    let pairs = [
        ("for", "me"),
        ("situation", "caring"),
        ("age", "50"),
        ("caring_hours", "50"),
        ("carer_unable", "recreation"),
        ("carer_unable", "relationships"),
        ("carer_health", "no"),
        ("carer_wellbeing", "yes"),
        ("cared_for_benefit", "pip_daily_living"),
        ("carer_earnings", "£120"),
        ("full_time_education", "no"),
    ];
    let flow = carenav_domain::flow::flow("check").expect("content/flows/check.toml");
    let context = carenav_domain::flow::Context {
        date: today,
        rules: &RULES,
    };
    let samples = (0..n)
        .map(|_| {
            let t = Instant::now();
            let answers = carenav_domain::flow::Answers::from_pairs(pairs);
            let e = carenav_domain::flow::evaluate(
                flow,
                &answers,
                &carenav_domain::flow::predicates::PREDICATES,
                &context,
            );
            std::hint::black_box(&e);
            t.elapsed()
        })
        .collect();
    println!("{}", summary("navigator, full carer path", samples));

    // 2. Site search and 3. page rendering, against a fresh store and index.
    let dir = tempfile::tempdir()?;
    let site_root = args.site_root.clone();
    let data = crate::cli::DataArgs {
        data_dir: dir.path().to_path_buf(),
        database_url: None,
    };
    let state = crate::commands::prepare(&data, &site_root).await?;
    let services = state.services.clone();
    let queries = [
        "care home",
        "estimate costs",
        "respite",
        "compare",
        "help",
        "nursing home fees",
    ];
    let samples = (0..n)
        .map(|i| {
            let t = Instant::now();
            let r = services.search_site(queries[i % queries.len()], Locale::EnGb, 20);
            std::hint::black_box(&r);
            t.elapsed()
        })
        .collect();
    println!("{}", summary("site search (in-process)", samples));

    let router = crate::router::build(state, &site_root);
    let pages = [
        ("render home page (in-process)", "/"),
        (
            "render 10-year estimate results page (in-process)",
            "/estimate?view=results&setting=care_home&weekly_cost=1250&nursing=no&age=84&partner=no&savings=60000&state_pension=230.25&start_date=2026-11-23&weeks=520",
        ),
        (
            "render navigator plan, carer path (in-process)",
            "/check?for=me&situation=caring&age=50&caring_hours=50&carer_unable=recreation&carer_health=yes&carer_wellbeing=yes&cared_for_benefit=attendance_allowance&carer_earnings=120&full_time_education=no",
        ),
        (
            "render navigator plan, needs path (in-process)",
            "/check?for=me&situation=needs_help&impairment=yes&unable=nutrition&unable=dressing&wellbeing=yes&age=66&setting=home",
        ),
    ];
    for (name, path) in pages {
        let mut samples = Vec::with_capacity(n);
        for _ in 0..n {
            let t = Instant::now();
            let res = router
                .clone()
                .oneshot(Request::get(path).body(Body::empty())?)
                .await?;
            let body = to_bytes(res.into_body(), 50_000_000).await?;
            std::hint::black_box(&body);
            samples.push(t.elapsed());
        }
        println!("{}", summary(name, samples));
    }

    if let (Some(dir), Some(file)) = (&args.provider_data_dir, &args.provider_queries) {
        providers(dir, file, &site_root).await?;
    }
    Ok(())
}

/// Each kind of provider search, in-process: geocoding, search, facets and the JSON the API
/// would send (no HTTP). Every query of a kind runs once per round, after one warm-up round.
async fn providers(
    dir: &std::path::Path,
    file: &std::path::Path,
    site_root: &std::path::Path,
) -> anyhow::Result<()> {
    let data = crate::cli::DataArgs {
        data_dir: dir.to_path_buf(),
        database_url: None,
    };
    let state = crate::commands::prepare(&data, site_root).await?;
    let services = state.services.clone();
    let text = std::fs::read_to_string(file)?;
    let mut kinds: Vec<(String, Vec<carenav_domain::directory::ProviderQuery>)> = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let Some((kind, raw)) = line.split_once('\t') else {
            anyhow::bail!(
                "{}: line {}: expected kind<TAB>query",
                file.display(),
                n + 1
            );
        };
        let query = crate::api::parse_query(Some(raw))
            .map_err(|e| anyhow::anyhow!("{}: line {}: {}", file.display(), n + 1, e[0].message))?;
        match kinds.iter_mut().find(|(k, _)| k == kind) {
            Some((_, qs)) => qs.push(query),
            None => kinds.push((kind.to_owned(), vec![query])),
        }
    }
    let today = crate::api::today_days();
    let mut all = Vec::new();
    for (kind, queries) in &kinds {
        let mut samples = Vec::new();
        for round in 0..3 {
            for q in queries {
                let t = Instant::now();
                let results = services.search_providers(q, today).await;
                let json = results.map(|r| serde_json::to_vec(&r).map(|v| v.len()));
                std::hint::black_box(&json);
                if round > 0 {
                    samples.push(t.elapsed());
                }
            }
        }
        all.extend(samples.iter().copied());
        println!("{}", summary(&format!("provider search: {kind}"), samples));
    }
    println!("{}", summary("provider search: whole mix", all));
    Ok(())
}
