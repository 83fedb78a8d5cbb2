//! Pieces the directory pages share: rating badges, dates and ages in words, result cards.

use carenav_domain::directory::model::days_from_iso;
use carenav_domain::directory::query::KeyQuestionRatings;
use carenav_domain::directory::vocab::{service_slug, specialism_slug};
use carenav_domain::directory::{KeyQuestion, ProviderSummary, Rating};
use leptos::prelude::*;

use crate::i18n::{Locale, text, text_count, text_with, use_locale};
use crate::t;

/// Most locations a comparison shows side by side.
pub const MAX_COMPARE: usize = 4;

pub fn rating_label(locale: Locale, r: Rating) -> String {
    text(locale, &format!("rating-{}", r.code()))
}

pub fn key_question_label(locale: Locale, q: KeyQuestion) -> String {
    text(locale, &format!("kq-{}", q.code()))
}

pub fn service_label(locale: Locale, slug: &str) -> String {
    text(locale, &format!("svc-{slug}"))
}

pub fn specialism_label(locale: Locale, slug: &str) -> String {
    text(locale, &format!("spec-{slug}"))
}

/// Service slugs of CQC service type names, each once, in the vocabulary's order.
pub fn service_slugs(names: &[String]) -> Vec<&'static str> {
    let mut slugs: Vec<&'static str> = names.iter().map(|n| service_slug(n)).collect();
    slugs.sort_by_key(|s| carenav_domain::directory::vocab::service_bit(s));
    slugs.dedup();
    slugs
}

/// Specialism slugs of CQC names, each once (names without a filter are left out).
pub fn specialism_slugs(names: &[String]) -> Vec<&'static str> {
    let mut slugs: Vec<&'static str> = names.iter().filter_map(|n| specialism_slug(n)).collect();
    slugs.sort_by_key(|s| carenav_domain::directory::vocab::specialism_bit(s));
    slugs.dedup();
    slugs
}

/// "12 March 2022" (month names from the locale).
pub fn long_date(locale: Locale, iso: &str) -> String {
    if iso.len() < 10 {
        return iso.to_owned();
    }
    let (y, m, d) = (&iso[0..4], &iso[5..7], &iso[8..10]);
    let month = m.parse::<u32>().unwrap_or(0);
    let day = d.parse::<u32>().unwrap_or(0);
    text_with(
        locale,
        "date-long",
        &[
            ("day", day.to_string()),
            ("month", text(locale, &format!("month-{month}"))),
            ("year", y.to_owned()),
        ],
    )
}

/// Whole years (or months, under a year) since an ISO date.
pub fn age_parts(today: i64, iso: &str) -> Option<(u32, bool)> {
    let days = today - days_from_iso(iso)?;
    if days < 365 {
        Some(((days.max(0) / 30).max(1) as u32, false))
    } else {
        Some(((days as f64 / 365.25).floor() as u32, true))
    }
}

/// "rated 4 years ago" / "rated 3 months ago".
pub fn rating_age(locale: Locale, today: i64, iso: &str) -> String {
    match age_parts(today, iso) {
        Some((n, true)) => text_count(locale, "rating-age-years", "n", n as i64),
        Some((n, false)) => text_count(locale, "rating-age-months", "n", n as i64),
        None => String::new(),
    }
}

/// Ratings four or more years old are flagged.
pub fn is_old(today: i64, iso: &str) -> bool {
    days_from_iso(iso).is_some_and(|d| today - d >= 4 * 365)
}

/// 12345 → "12,345".
pub fn group_digits(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::with_capacity(s.len() + s.len() / 3);
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[component]
pub fn RatingBadge(rating: Rating) -> impl IntoView {
    let locale = use_locale();
    view! {
        <span class=format!("app-rating app-rating--{}", rating.code())>{rating_label(locale, rating)}</span>
    }
}

/// The overall rating with its date and age, or "not yet rated" said plainly.
#[component]
pub fn OverallRating(rating: Rating, date: Option<String>, today: i64) -> impl IntoView {
    let locale = use_locale();
    match (rating, date) {
        (Rating::NotRated, _) | (_, None) => view! {
            <p class="app-overall">
                <RatingBadge rating=Rating::NotRated/>
                " "<span class="app-overall__age">{t!("provider-not-yet-rated")}</span>
            </p>
        }
        .into_any(),
        (rating, Some(date)) => {
            let old = is_old(today, &date);
            view! {
                <p class="app-overall">
                    <span class="app-visually-hidden">{t!("provider-overall")}": "</span>
                    <RatingBadge rating/>
                    " "
                    <span class=if old { "app-overall__age app-overall__age--old" } else { "app-overall__age" }>
                        {rating_age(locale, today, &date)}
                        " ("<time datetime=date.clone()>{long_date(locale, &date)}</time>")"
                    </span>
                    {old.then(|| view! { " "<strong class="app-tag app-tag--warn">{t!("provider-old-rating")}</strong> })}
                </p>
            }
            .into_any()
        }
    }
}

/// The five key questions, compactly.
#[component]
pub fn KeyQuestionList(ratings: KeyQuestionRatings) -> impl IntoView {
    let locale = use_locale();
    view! {
        <ul class="app-kq" aria-label=t!("provider-key-questions")>
            {KeyQuestion::ALL.into_iter().map(|q| view! {
                <li class="app-kq__item">
                    <span class="app-kq__name">{key_question_label(locale, q)}</span>
                    <RatingBadge rating=ratings.get(q)/>
                </li>
            }).collect_view()}
        </ul>
    }
}

/// One search result.
#[component]
pub fn ProviderCard(
    summary: ProviderSummary,
    today: i64,
    #[prop(optional)] compare: bool,
) -> impl IntoView {
    let locale = use_locale();
    let href = format!("/providers/{}", summary.location_id);
    let heading_id = format!("card-{}", summary.location_id);
    let services = service_slugs(&summary.service_types)
        .into_iter()
        .map(|s| service_label(locale, s))
        .collect::<Vec<_>>()
        .join(", ");
    let place = [summary.town.clone(), summary.postcode.clone()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(", ");
    let below = summary.below_good_in_a_row;
    let id = summary.location_id.clone();
    let labelled_by = heading_id.clone();
    view! {
        <li class="app-card" aria-labelledby=labelled_by>
            <h3 class="app-card__title" id=heading_id>
                <a href=href>{summary.name.clone()}</a>
            </h3>
            <p class="app-card__meta">
                {services}
                {(!place.is_empty()).then(|| view! { " · "{place} })}
            </p>
            {summary.synthetic.then(|| view! { <p><span class="app-tag">{t!("provider-demo-tag")}</span></p> })}
            {summary.deregistered.then(|| view! { <p><strong class="app-tag app-tag--warn">{t!("provider-deregistered")}</strong></p> })}
            <OverallRating rating=summary.overall_rating date=summary.rating_date.clone() today/>
            {(below >= 2).then(|| view! {
                <p class="app-card__warning">{text_count(locale, "provider-below-good-run", "n", below as i64)}</p>
            })}
            {(summary.overall_rating != Rating::NotRated).then(|| view! { <KeyQuestionList ratings=summary.key_questions.clone()/> })}
            <ul class="app-card__facts">
                {summary.distance_km.map(|d| view! {
                    <li>
                        {text_with(locale, "provider-distance", &[("km", format!("{d:.1}"))])}
                        {summary.position_approximate.then(|| view! { " "{t!("provider-distance-approx")} })}
                    </li>
                })}
                {summary.beds.map(|b| view! { <li>{text_count(locale, "provider-beds", "n", b as i64)}</li> })}
                {summary.provider_name.clone().map(|p| view! { <li>{t!("provider-run-by", name = p)}</li> })}
                {summary.weekly_fee_from.zip(summary.fees_published_on).map(|(fee, on)| view! {
                    <li class="app-card__fee">
                        {text_with(locale, "provider-card-fee", &[("amount", fee.format_gbp()), ("date", long_date(locale, &on.to_string()))])}
                    </li>
                })}
                {summary.short_break_places.zip(summary.short_breaks_updated).map(|(n, on)| view! {
                    <li class="app-card__breaks">
                        {text_with(locale, "provider-card-breaks", &[("n", n.to_string()), ("date", long_date(locale, &on.to_string()))])}
                    </li>
                })}
            </ul>
            {compare.then(|| view! {
                <p class="app-card__compare">
                    <input class="app-checkbox" type="checkbox" name="id" value=id.clone() form="compare-form"
                        id=format!("compare-{id}")/>
                    <label for=format!("compare-{id}")>{t!("provider-compare-pick")}</label>
                </p>
            })}
        </li>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Keys built at run time exist in English (the `t!` macro checks the others).
    #[test]
    fn runtime_keys_exist() {
        let l = crate::i18n::loader(Locale::EnGb);
        let mut keys: Vec<String> = Vec::new();
        keys.extend(Rating::ALL.iter().map(|r| format!("rating-{}", r.code())));
        keys.extend(KeyQuestion::ALL.iter().map(|q| format!("kq-{}", q.code())));
        keys.extend(
            carenav_domain::directory::vocab::SERVICES
                .iter()
                .map(|s| format!("svc-{s}")),
        );
        keys.extend(
            carenav_domain::directory::vocab::SPECIALISMS
                .iter()
                .map(|s| format!("spec-{s}")),
        );
        keys.extend((1..=12).map(|m| format!("month-{m}")));
        keys.extend(
            carenav_domain::publish::AcceptsCouncilRate::ALL
                .iter()
                .map(|a| format!("providers-accepts-{}", a.code())),
        );
        keys.extend(
            carenav_domain::directory::SortOrder::ALL
                .iter()
                .map(|s| format!("providers-sort-{}", s.code())),
        );
        for code in [
            "not_a_number",
            "out_of_range",
            "unknown_value",
            "range_reversed",
            "needs_near",
            "not_a_flag",
            "unknown_place",
            "not_a_date",
            "dates_reversed",
        ] {
            keys.push(format!("pq-err-{code}"));
        }
        let every_param = carenav_domain::directory::ProviderQuery {
            q: "x".into(),
            near: Some("x".into()),
            radius_km: Some(1.0),
            services: vec!["x".into()],
            specialisms: vec!["x".into()],
            min_rating: Some(Rating::Good),
            min_key: [Some(Rating::Good); 5],
            rated_within_years: Some(1),
            beds_min: Some(1),
            beds_max: Some(2),
            la: Some("x".into()),
            include_deregistered: true,
            fees_published: Some(true),
            accepts_council_rate: Some(carenav_domain::publish::AcceptsCouncilRate::Yes),
            max_weekly_fee: Some(900),
            short_breaks_from: carenav_domain::date::Date::parse("2026-12-24"),
            short_breaks_to: carenav_domain::date::Date::parse("2026-12-31"),
            short_break_kind: Some(carenav_domain::publish::BreakKind::DayService),
            sort: carenav_domain::directory::SortOrder::Rating,
            page: 2,
            per_page: 10,
        };
        keys.extend(
            every_param
                .to_pairs()
                .into_iter()
                .map(|(k, _)| format!("pq-field-{k}")),
        );
        for links in [
            crate::components::related::ESTIMATE,
            crate::components::related::PROVIDERS,
        ] {
            keys.extend(links.iter().map(|(_, k)| (*k).to_owned()));
        }
        for key in keys {
            assert!(l.has(&key), "missing Fluent key {key}");
        }
    }

    #[test]
    fn ages_and_numbers() {
        let today = days_from_iso("2026-11-23").unwrap();
        assert_eq!(age_parts(today, "2022-11-01"), Some((4, true)));
        assert_eq!(age_parts(today, "2026-08-01"), Some((3, false)));
        assert_eq!(age_parts(today, "2026-11-20"), Some((1, false)));
        assert!(is_old(today, "2022-11-01") && !is_old(today, "2023-11-01"));
        assert_eq!(group_digits(1234567), "1,234,567");
        assert_eq!(group_digits(12), "12");
        assert_eq!(long_date(Locale::EnGb, "2022-03-12"), "12 March 2022");
        assert_eq!(
            rating_age(Locale::EnGb, today, "2022-11-01"),
            "rated 4 years ago"
        );
    }
}
