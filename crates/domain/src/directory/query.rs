//! The provider search request and response, shared by the JSON API, the pages and the index.
//! A request is read from URL query pairs (the same for `GET /api/v1/providers` and the
//! search page's GET form), with a clear message for each bad parameter.

use serde::{Deserialize, Serialize};

use super::model::{KeyQuestion, Rating};
use super::vocab;
use crate::date::Date;
use crate::money::Pence;
use crate::publish::{AcceptsCouncilRate, BreakKind, BreakWanted, MAX_AMOUNT_POUNDS};

pub const MAX_QUERY_CHARS: usize = 200;
pub const DEFAULT_PER_PAGE: u32 = 20;
pub const MAX_PER_PAGE: u32 = 50;
pub const MAX_PAGE: u32 = 500;
pub const DEFAULT_RADIUS_KM: f64 = 25.0;
pub const MAX_RADIUS_KM: f64 = 200.0;
/// The `max_weekly_fee` facet's amounts (whole pounds a week).
pub const FEE_FACET_POUNDS: [u32; 5] = [800, 1000, 1200, 1500, 2000];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum SortOrder {
    /// Best text match first; distance when there is no text but a place.
    #[default]
    Relevance,
    Distance,
    Rating,
    Recent,
    /// Lowest published weekly fee first; services that have not published fees follow, in
    /// the order they would otherwise have. Never the default.
    Fee,
}

impl SortOrder {
    pub const ALL: [SortOrder; 5] = [
        SortOrder::Relevance,
        SortOrder::Distance,
        SortOrder::Rating,
        SortOrder::Recent,
        SortOrder::Fee,
    ];

    pub fn code(self) -> &'static str {
        match self {
            SortOrder::Relevance => "relevance",
            SortOrder::Distance => "distance",
            SortOrder::Rating => "rating",
            SortOrder::Recent => "recent",
            SortOrder::Fee => "fee",
        }
    }
}

/// A search of the provider directory.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProviderQuery {
    /// Free text: a name, town, postcode, service or specialism.
    pub q: String,
    /// A postcode, outward code or town to measure distance from.
    pub near: Option<String>,
    pub radius_km: Option<f64>,
    /// Service slugs ([`vocab::SERVICES`]); a location matches if it offers any of them.
    pub services: Vec<String>,
    /// Specialism slugs; a location must have all of them.
    pub specialisms: Vec<String>,
    pub min_rating: Option<Rating>,
    /// Minimum rating per key question (Safe, Effective, Caring, Responsive, Well-led).
    pub min_key: [Option<Rating>; 5],
    pub rated_within_years: Option<u32>,
    pub beds_min: Option<u32>,
    pub beds_max: Option<u32>,
    /// Local authority name, exactly as listed in the facet.
    pub la: Option<String>,
    pub include_deregistered: bool,
    /// Only services that have (true) or have not (false) published their fees.
    pub fees_published: Option<bool>,
    /// Only services whose published fees say this about the council's usual rate.
    pub accepts_council_rate: Option<AcceptsCouncilRate>,
    /// Whole pounds a week: only services whose lowest published weekly fee is at most this.
    pub max_weekly_fee: Option<u32>,
    /// Only services with short-break places published (in the last 14 days) as free on some
    /// day from `short_breaks_from` to `short_breaks_to` (that day alone without a `to`;
    /// from today without a `from`).
    pub short_breaks_from: Option<Date>,
    pub short_breaks_to: Option<Date>,
    pub short_break_kind: Option<BreakKind>,
    pub sort: SortOrder,
    pub page: u32,
    pub per_page: u32,
}

impl Default for ProviderQuery {
    fn default() -> Self {
        Self {
            q: String::new(),
            near: None,
            radius_km: None,
            services: Vec::new(),
            specialisms: Vec::new(),
            min_rating: None,
            min_key: [None; 5],
            rated_within_years: None,
            beds_min: None,
            beds_max: None,
            la: None,
            include_deregistered: false,
            fees_published: None,
            accepts_council_rate: None,
            max_weekly_fee: None,
            short_breaks_from: None,
            short_breaks_to: None,
            short_break_kind: None,
            sort: SortOrder::Relevance,
            page: 1,
            per_page: DEFAULT_PER_PAGE,
        }
    }
}

/// A parameter that could not be used: which one, and what to do about it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[error("{param}: {message}")]
pub struct QueryError {
    pub param: String,
    /// Stable code for translation: `not_a_number`, `out_of_range`, `unknown_value`, ...
    pub code: String,
    /// English explanation for API users.
    pub message: String,
}

fn err(param: &str, code: &str, message: impl Into<String>) -> QueryError {
    QueryError {
        param: param.to_owned(),
        code: code.to_owned(),
        message: message.into(),
    }
}

fn min_key_param(q: KeyQuestion) -> &'static str {
    match q {
        KeyQuestion::Safe => "min_safe",
        KeyQuestion::Effective => "min_effective",
        KeyQuestion::Caring => "min_caring",
        KeyQuestion::Responsive => "min_responsive",
        KeyQuestion::WellLed => "min_well_led",
    }
}

impl ProviderQuery {
    /// The URL parameter name for a key question's minimum rating.
    pub fn key_param(q: KeyQuestion) -> &'static str {
        min_key_param(q)
    }

    /// Read a request from URL query pairs. Empty values count as absent (a GET form sends
    /// every field). Unknown parameters are ignored; repeated list parameters add up, and a
    /// list value may also be comma-separated.
    pub fn from_pairs<K: AsRef<str>, V: AsRef<str>>(
        pairs: impl IntoIterator<Item = (K, V)>,
    ) -> Result<ProviderQuery, Vec<QueryError>> {
        let mut query = ProviderQuery::default();
        let mut errors = Vec::new();
        for (k, v) in pairs {
            let (k, v) = (k.as_ref(), v.as_ref().trim());
            if v.is_empty() {
                continue;
            }
            if let Err(e) = query.set(k, v) {
                errors.push(e);
            }
        }
        if let (Some(lo), Some(hi)) = (query.beds_min, query.beds_max)
            && lo > hi
        {
            errors.push(err(
                "beds_max",
                "range_reversed",
                format!("beds_max ({hi}) is smaller than beds_min ({lo})"),
            ));
        }
        if let (Some(from), Some(to)) = (query.short_breaks_from, query.short_breaks_to)
            && to < from
        {
            errors.push(err(
                "short_breaks_to",
                "dates_reversed",
                format!("short_breaks_to ({to}) is before short_breaks_from ({from})"),
            ));
        }
        if query.sort == SortOrder::Distance && query.near.is_none() {
            errors.push(err(
                "sort",
                "needs_near",
                "sort=distance needs a place in near= (a postcode or town)",
            ));
        }
        if query.radius_km.is_some() && query.near.is_none() {
            errors.push(err(
                "radius_km",
                "needs_near",
                "radius_km needs a place in near= (a postcode or town)",
            ));
        }
        if errors.is_empty() {
            Ok(query)
        } else {
            Err(errors)
        }
    }

    fn set(&mut self, k: &str, v: &str) -> Result<(), QueryError> {
        match k {
            "q" => self.q = v.chars().take(MAX_QUERY_CHARS).collect(),
            "near" => self.near = Some(v.chars().take(60).collect()),
            "radius_km" => {
                let r: f64 = v.parse().map_err(|_| {
                    err(
                        k,
                        "not_a_number",
                        format!("{v:?} is not a number of kilometres"),
                    )
                })?;
                if !(r > 0.0 && r <= MAX_RADIUS_KM) {
                    return Err(err(
                        k,
                        "out_of_range",
                        format!("radius_km must be more than 0 and at most {MAX_RADIUS_KM}"),
                    ));
                }
                self.radius_km = Some(r);
            }
            "service" => {
                for s in v.split(',').map(str::trim).filter(|s| !s.is_empty()) {
                    if !vocab::SERVICES.contains(&s) {
                        return Err(err(
                            k,
                            "unknown_value",
                            format!(
                                "unknown service {s:?}; use one of {}",
                                vocab::SERVICES.join(", ")
                            ),
                        ));
                    }
                    if !self.services.iter().any(|x| x == s) {
                        self.services.push(s.to_owned());
                    }
                }
            }
            "specialism" => {
                for s in v.split(',').map(str::trim).filter(|s| !s.is_empty()) {
                    if !vocab::SPECIALISMS.contains(&s) {
                        return Err(err(
                            k,
                            "unknown_value",
                            format!(
                                "unknown specialism {s:?}; use one of {}",
                                vocab::SPECIALISMS.join(", ")
                            ),
                        ));
                    }
                    if !self.specialisms.iter().any(|x| x == s) {
                        self.specialisms.push(s.to_owned());
                    }
                }
            }
            "min_rating" => self.min_rating = Some(parse_min_rating(k, v)?),
            "rated_within_years" => {
                let n = parse_u32(k, v)?;
                if !(1..=20).contains(&n) {
                    return Err(err(k, "out_of_range", "rated_within_years must be 1 to 20"));
                }
                self.rated_within_years = Some(n);
            }
            "beds_min" => self.beds_min = Some(parse_u32(k, v)?),
            "beds_max" => self.beds_max = Some(parse_u32(k, v)?),
            "la" => self.la = Some(v.chars().take(100).collect()),
            "include_deregistered" | "deregistered" => {
                self.include_deregistered = parse_flag(k, v)?
            }
            "fees_published" => self.fees_published = Some(parse_flag(k, v)?),
            "accepts_council_rate" => {
                self.accepts_council_rate = Some(
                    AcceptsCouncilRate::ALL
                        .into_iter()
                        .find(|a| a.code() == v)
                        .ok_or_else(|| err(k, "unknown_value", "use yes, no or sometimes"))?,
                )
            }
            "max_weekly_fee" => {
                let pounds: f64 =
                    v.trim_start_matches('£')
                        .replace(',', "")
                        .parse()
                        .map_err(|_| {
                            err(
                                k,
                                "not_a_number",
                                format!("{v:?} is not an amount in pounds, like 1200"),
                            )
                        })?;
                if !(1.0..=MAX_AMOUNT_POUNDS).contains(&pounds) {
                    return Err(err(
                        k,
                        "out_of_range",
                        format!("max_weekly_fee must be 1 to {MAX_AMOUNT_POUNDS} pounds"),
                    ));
                }
                self.max_weekly_fee = Some(pounds.floor() as u32);
            }
            "short_breaks_from" => self.short_breaks_from = Some(parse_date(k, v)?),
            "short_breaks_to" => self.short_breaks_to = Some(parse_date(k, v)?),
            "short_break_kind" => {
                self.short_break_kind = Some(BreakKind::from_code(v).ok_or_else(|| {
                    err(
                        k,
                        "unknown_value",
                        format!(
                            "use one of {}",
                            BreakKind::ALL.map(BreakKind::code).join(", ")
                        ),
                    )
                })?)
            }
            "sort" => {
                self.sort = SortOrder::ALL
                    .into_iter()
                    .find(|s| s.code() == v)
                    .ok_or_else(|| {
                        err(
                            k,
                            "unknown_value",
                            "sort must be relevance, distance, rating, recent or fee",
                        )
                    })?
            }
            "page" => {
                let n = parse_u32(k, v)?;
                if !(1..=MAX_PAGE).contains(&n) {
                    return Err(err(
                        k,
                        "out_of_range",
                        format!("page must be 1 to {MAX_PAGE}"),
                    ));
                }
                self.page = n;
            }
            "per_page" => {
                let n = parse_u32(k, v)?;
                if !(1..=MAX_PER_PAGE).contains(&n) {
                    return Err(err(
                        k,
                        "out_of_range",
                        format!("per_page must be 1 to {MAX_PER_PAGE}"),
                    ));
                }
                self.per_page = n;
            }
            _ => {
                if let Some(q) = KeyQuestion::ALL
                    .into_iter()
                    .find(|q| min_key_param(*q) == k)
                {
                    self.min_key[q.index()] = Some(parse_min_rating(k, v)?);
                }
            }
        }
        Ok(())
    }

    /// The request as URL query pairs (defaults left out), for links and paging.
    pub fn to_pairs(&self) -> Vec<(String, String)> {
        let mut out: Vec<(String, String)> = Vec::new();
        let mut push = |k: &str, v: String| out.push((k.to_owned(), v));
        if !self.q.is_empty() {
            push("q", self.q.clone());
        }
        if let Some(n) = &self.near {
            push("near", n.clone());
        }
        if let Some(r) = self.radius_km {
            push("radius_km", format_km(r));
        }
        for s in &self.services {
            push("service", s.clone());
        }
        for s in &self.specialisms {
            push("specialism", s.clone());
        }
        if let Some(r) = self.min_rating {
            push("min_rating", r.code().to_owned());
        }
        for q in KeyQuestion::ALL {
            if let Some(r) = self.min_key[q.index()] {
                push(min_key_param(q), r.code().to_owned());
            }
        }
        if let Some(n) = self.rated_within_years {
            push("rated_within_years", n.to_string());
        }
        if let Some(n) = self.beds_min {
            push("beds_min", n.to_string());
        }
        if let Some(n) = self.beds_max {
            push("beds_max", n.to_string());
        }
        if let Some(la) = &self.la {
            push("la", la.clone());
        }
        if self.include_deregistered {
            push("include_deregistered", "true".into());
        }
        if let Some(f) = self.fees_published {
            push("fees_published", f.to_string());
        }
        if let Some(a) = self.accepts_council_rate {
            push("accepts_council_rate", a.code().to_owned());
        }
        if let Some(n) = self.max_weekly_fee {
            push("max_weekly_fee", n.to_string());
        }
        if let Some(d) = self.short_breaks_from {
            push("short_breaks_from", d.to_string());
        }
        if let Some(d) = self.short_breaks_to {
            push("short_breaks_to", d.to_string());
        }
        if let Some(k) = self.short_break_kind {
            push("short_break_kind", k.code().to_owned());
        }
        if self.sort != SortOrder::Relevance {
            push("sort", self.sort.code().to_owned());
        }
        if self.page != 1 {
            push("page", self.page.to_string());
        }
        if self.per_page != DEFAULT_PER_PAGE {
            push("per_page", self.per_page.to_string());
        }
        out
    }

    /// The request as a query string (without `?`), percent-encoded.
    pub fn to_query_string(&self) -> String {
        self.to_pairs()
            .iter()
            .map(|(k, v)| format!("{k}={}", crate::url::encode_form_value(v)))
            .collect::<Vec<_>>()
            .join("&")
    }

    /// True when nothing narrows the search (no text, place or filter).
    pub fn is_blank(&self) -> bool {
        let defaults = ProviderQuery {
            sort: self.sort,
            page: self.page,
            per_page: self.per_page,
            ..ProviderQuery::default()
        };
        *self == defaults
    }

    /// The radius to use when a place is given.
    pub fn radius(&self) -> f64 {
        self.radius_km.unwrap_or(DEFAULT_RADIUS_KM)
    }

    /// The short break this search asks about, if it filters by one.
    pub fn break_wanted(&self, today: Date) -> Option<BreakWanted> {
        let asked = self.short_breaks_from.is_some()
            || self.short_breaks_to.is_some()
            || self.short_break_kind.is_some();
        asked.then(|| {
            let from = self.short_breaks_from.unwrap_or(today);
            BreakWanted {
                from,
                to: self.short_breaks_to.unwrap_or(from).max(from),
                kind: self.short_break_kind,
            }
        })
    }

    /// `max_weekly_fee` in pence.
    pub fn max_weekly_fee_pence(&self) -> Option<Pence> {
        self.max_weekly_fee.map(|p| Pence(p as i64 * 100))
    }
}

fn parse_flag(k: &str, v: &str) -> Result<bool, QueryError> {
    match v {
        "1" | "true" | "yes" | "on" | "show" => Ok(true),
        "0" | "false" | "no" | "off" | "hide" => Ok(false),
        _ => Err(err(k, "not_a_flag", "use true or false")),
    }
}

/// `YYYY-MM-DD` (a date input sends this), or `DD/MM/YYYY` as people write it.
fn parse_date(k: &str, v: &str) -> Result<Date, QueryError> {
    let day_month_year = || {
        let mut it = v.split('/').map(str::trim);
        let (d, m, y) = (it.next()?, it.next()?, it.next()?);
        if it.next().is_some() || y.len() != 4 {
            return None;
        }
        Date::parse(&format!("{y}-{m}-{d}"))
    };
    Date::parse(v).or_else(day_month_year).ok_or_else(|| {
        err(
            k,
            "not_a_date",
            format!("{v:?} is not a date: use YYYY-MM-DD, like 2026-12-24"),
        )
    })
}

fn parse_u32(k: &str, v: &str) -> Result<u32, QueryError> {
    v.parse()
        .map_err(|_| err(k, "not_a_number", format!("{v:?} is not a whole number")))
}

fn parse_min_rating(k: &str, v: &str) -> Result<Rating, QueryError> {
    match Rating::from_code(v).or_else(|| Rating::from_cqc(v)) {
        Some(Rating::NotRated) | None => Err(err(
            k,
            "unknown_value",
            "use outstanding, good, requires_improvement or inadequate",
        )),
        Some(r) => Ok(r),
    }
}

fn format_km(r: f64) -> String {
    if r.fract() == 0.0 {
        format!("{r:.0}")
    } else {
        format!("{r}")
    }
}

/// How a place or a location's position was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GeoSource {
    /// From the imported postcode directory, or the location's own CQC coordinates.
    Exact,
    /// The centre of the postcode's outward code (e.g. "LS6"), from CQC's own coordinates.
    Outcode,
    /// The centre of the locations listed in that town.
    Town,
}

/// The place a search measured distance from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Place {
    pub label: String,
    pub latitude: f64,
    pub longitude: f64,
    pub source: GeoSource,
}

/// Key question ratings of a result, compactly.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct KeyQuestionRatings {
    pub safe: Rating,
    pub effective: Rating,
    pub caring: Rating,
    pub responsive: Rating,
    pub well_led: Rating,
}

impl KeyQuestionRatings {
    pub fn get(&self, q: KeyQuestion) -> Rating {
        match q {
            KeyQuestion::Safe => self.safe,
            KeyQuestion::Effective => self.effective,
            KeyQuestion::Caring => self.caring,
            KeyQuestion::Responsive => self.responsive,
            KeyQuestion::WellLed => self.well_led,
        }
    }
}

/// One search result.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProviderSummary {
    pub location_id: String,
    pub name: String,
    pub provider_name: Option<String>,
    /// CQC service type names.
    pub service_types: Vec<String>,
    pub specialisms: Vec<String>,
    pub overall_rating: Rating,
    pub rating_date: Option<String>,
    pub key_questions: KeyQuestionRatings,
    /// Straight-line distance from the searched place, when there was one.
    pub distance_km: Option<f64>,
    pub town: Option<String>,
    pub postcode: Option<String>,
    pub local_authority: Option<String>,
    pub beds: Option<u32>,
    /// The location's position was approximated (outward-code centre).
    pub position_approximate: bool,
    /// Ratings "Requires improvement" or worse in a row, newest first.
    pub below_good_in_a_row: u32,
    pub deregistered: bool,
    pub synthetic: bool,
    /// The lowest weekly fee for a care-home place the provider has published, and the day
    /// it was published (none: not published, or not priced by the week or day).
    #[serde(default)]
    pub weekly_fee_from: Option<Pence>,
    #[serde(default)]
    pub fees_published_on: Option<Date>,
    /// Short-break places published as free (for the dates searched, or from today), and
    /// when they were last updated; none when nothing fresh was published.
    #[serde(default)]
    pub short_break_places: Option<u32>,
    #[serde(default)]
    pub short_breaks_updated: Option<Date>,
}

/// One facet value and how many results it would give.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FacetCount {
    pub value: String,
    pub count: u64,
}

/// Counts for every filter. Each filter's counts apply every other filter but not itself,
/// so a person sees what choosing another value would give.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Facets {
    pub service: Vec<FacetCount>,
    pub specialism: Vec<FacetCount>,
    /// Results at or above each rating (`min_rating` values).
    pub min_rating: Vec<FacetCount>,
    /// Per key question (`safe`, ...): results at or above each rating.
    pub key_questions: Vec<(String, Vec<FacetCount>)>,
    /// Results rated within 1, 2, 3 and 5 years.
    pub rated_within_years: Vec<FacetCount>,
    /// Results in bed ranges: `1-9`, `10-29`, `30-59`, `60+`.
    pub beds: Vec<FacetCount>,
    pub la: Vec<FacetCount>,
    /// Results within 5, 10, 25 and 50 km (only when a place was given).
    pub radius_km: Vec<FacetCount>,
    /// Deregistered locations the search would add if shown.
    pub deregistered: u64,
    /// Results that have (`true`) and have not (`false`) published fees.
    #[serde(default)]
    pub fees_published: Vec<FacetCount>,
    /// Results whose published fees say `yes`, `no` or `sometimes` to the council's rate.
    #[serde(default)]
    pub accepts_council_rate: Vec<FacetCount>,
    /// Results whose lowest published weekly fee is at most each amount (whole pounds).
    #[serde(default)]
    pub max_weekly_fee: Vec<FacetCount>,
    /// Results with short-break places free for the dates asked (from today when none), and
    /// by `short_break_kind`.
    #[serde(default)]
    pub short_breaks: u64,
    #[serde(default)]
    pub short_break_kind: Vec<FacetCount>,
}

/// A page of results.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProviderResults {
    pub total: u64,
    pub page: u32,
    pub per_page: u32,
    pub near: Option<Place>,
    pub facets: Facets,
    pub results: Vec<ProviderSummary>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(s: &[(&str, &str)]) -> Result<ProviderQuery, Vec<QueryError>> {
        ProviderQuery::from_pairs(s.iter().copied())
    }

    #[test]
    fn reads_and_writes_every_parameter() {
        let q = parse(&[
            ("q", "rose court"),
            ("near", "LS6 1AA"),
            ("radius_km", "10"),
            ("service", "care-home,care-home-nursing"),
            ("specialism", "dementia"),
            ("min_rating", "good"),
            ("min_safe", "requires_improvement"),
            ("rated_within_years", "3"),
            ("beds_min", "10"),
            ("beds_max", "60"),
            ("la", "Leeds"),
            ("include_deregistered", "true"),
            ("sort", "distance"),
            ("page", "2"),
            ("per_page", "10"),
            ("unknown", "ignored"),
        ])
        .unwrap();
        assert_eq!(q.services, vec!["care-home", "care-home-nursing"]);
        assert_eq!(q.min_key[0], Some(Rating::RequiresImprovement));
        let again = ProviderQuery::from_pairs(q.to_pairs()).unwrap();
        assert_eq!(again, q);
        assert!(q.to_query_string().contains("q=rose+court"));
        assert!(parse(&[("q", ""), ("near", "")]).unwrap().is_blank());
    }

    #[test]
    fn bad_parameters_say_which_and_why() {
        let errors = parse(&[
            ("radius_km", "far"),
            ("service", "spa"),
            ("min_rating", "excellent"),
            ("page", "0"),
            ("beds_min", "50"),
            ("beds_max", "5"),
        ])
        .unwrap_err();
        let params: Vec<_> = errors.iter().map(|e| e.param.as_str()).collect();
        assert_eq!(
            params,
            vec!["radius_km", "service", "min_rating", "page", "beds_max"]
        );
        let errors = parse(&[("sort", "distance")]).unwrap_err();
        assert_eq!(errors[0].code, "needs_near");
    }

    #[test]
    fn published_fact_parameters() {
        let q = parse(&[
            ("fees_published", "true"),
            ("accepts_council_rate", "sometimes"),
            ("max_weekly_fee", "£1,250.50"),
            ("short_breaks_from", "24/12/2026"),
            ("short_breaks_to", "2026-12-31"),
            ("short_break_kind", "day_service"),
            ("sort", "fee"),
        ])
        .unwrap();
        assert_eq!(q.max_weekly_fee, Some(1250));
        assert_eq!(q.max_weekly_fee_pence(), Some(Pence(125_000)));
        assert_eq!(q.short_breaks_from, Date::parse("2026-12-24"));
        assert_eq!(ProviderQuery::from_pairs(q.to_pairs()).unwrap(), q);
        let today = Date::parse("2026-12-07").unwrap();
        let w = q.break_wanted(today).unwrap();
        assert_eq!(
            (w.from.to_string(), w.to.to_string()),
            ("2026-12-24".into(), "2026-12-31".into())
        );
        assert_eq!(w.kind, Some(BreakKind::DayService));
        // A kind alone asks about today; nothing asks about nothing.
        let w = parse(&[("short_break_kind", "shared_lives")])
            .unwrap()
            .break_wanted(today)
            .unwrap();
        assert_eq!((w.from, w.to), (today, today));
        assert!(ProviderQuery::default().break_wanted(today).is_none());

        let errors = parse(&[
            ("fees_published", "perhaps"),
            ("accepts_council_rate", "always"),
            ("max_weekly_fee", "lots"),
            ("short_breaks_from", "31/02/2026"),
            ("short_break_kind", "holiday"),
        ])
        .unwrap_err();
        let codes: Vec<_> = errors
            .iter()
            .map(|e| (e.param.as_str(), e.code.as_str()))
            .collect();
        assert_eq!(
            codes,
            vec![
                ("fees_published", "not_a_flag"),
                ("accepts_council_rate", "unknown_value"),
                ("max_weekly_fee", "not_a_number"),
                ("short_breaks_from", "not_a_date"),
                ("short_break_kind", "unknown_value"),
            ]
        );
        let errors = parse(&[
            ("max_weekly_fee", "0"),
            ("short_breaks_from", "2026-12-31"),
            ("short_breaks_to", "2026-12-24"),
        ])
        .unwrap_err();
        assert_eq!(errors[0].code, "out_of_range");
        assert_eq!(
            (errors[1].param.as_str(), errors[1].code.as_str()),
            ("short_breaks_to", "dates_reversed")
        );
    }
}
