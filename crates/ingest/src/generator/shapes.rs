//! The output objects, in CQC's field order (serde writes fields in declaration order, so the
//! order here is the order in the output).

use serde::Serialize;

use carenav_domain::directory::Rating;

use super::day::Day;
use super::ids::{LinkId, ReportUri};
use super::ratings::KQ_NAMES;

/// One of a location's `gacServiceTypes`.
#[derive(Serialize)]
pub(super) struct ServiceTypeOut {
    pub(super) name: &'static str,
    pub(super) description: &'static str,
}

/// One of a location's `specialisms`.
#[derive(Serialize)]
pub(super) struct SpecialismOut {
    pub(super) name: &'static str,
}

/// One of a location's `regulatedActivities`.
#[derive(Serialize)]
pub(super) struct RegulatedActivityOut {
    pub(super) name: &'static str,
    pub(super) code: &'static str,
}

/// One of an overall rating's `keyQuestionRatings`.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct KeyQuestionOut {
    pub(super) name: &'static str,
    pub(super) rating: &'static str,
    pub(super) report_date: Day,
}

/// `overall` in `currentRatings` (with the report's date and link id) or in one of the
/// `historicRatings` (without).
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct OverallOut {
    pub(super) rating: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) report_date: Option<Day>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) report_link_id: Option<LinkId>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub(super) key_question_ratings: Vec<KeyQuestionOut>,
}

/// A location's `currentRatings`.
#[derive(Serialize)]
pub(super) struct CurrentRatingsOut {
    pub(super) overall: OverallOut,
}

/// One of a location's `historicRatings`: an earlier report's date and ratings.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct HistoricRatingsOut {
    pub(super) report_date: Day,
    pub(super) overall: OverallOut,
}

/// A location's `lastInspection`.
#[derive(Serialize)]
pub(super) struct LastInspectionOut {
    pub(super) date: Day,
}

/// One of a location's `reports`.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct ReportOut {
    pub(super) link_id: LinkId,
    pub(super) report_date: Day,
    pub(super) report_uri: ReportUri,
}

/// A location object.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct LocationOut {
    pub(super) location_id: String,
    pub(super) provider_id: String,
    pub(super) organisation_type: &'static str,
    #[serde(rename = "type")]
    pub(super) location_type: &'static str,
    pub(super) name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) brand_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) brand_name: Option<String>,
    pub(super) registration_status: &'static str,
    pub(super) registration_date: Day,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) deregistration_date: Option<Day>,
    pub(super) dormancy: &'static str,
    pub(super) care_home: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) number_of_beds: Option<u32>,
    pub(super) postal_address_line1: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) postal_address_line2: Option<String>,
    pub(super) postal_address_town_city: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) postal_address_county: Option<&'static str>,
    pub(super) postal_code: String,
    pub(super) region: &'static str,
    pub(super) local_authority: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) onspd_latitude: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) onspd_longitude: Option<f64>,
    pub(super) main_phone_number: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) website: Option<String>,
    pub(super) gac_service_types: Vec<ServiceTypeOut>,
    pub(super) specialisms: Vec<SpecialismOut>,
    pub(super) regulated_activities: Vec<RegulatedActivityOut>,
    pub(super) inspection_directorate: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) current_ratings: Option<CurrentRatingsOut>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) historic_ratings: Option<Vec<HistoricRatingsOut>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) last_inspection: Option<LastInspectionOut>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) reports: Option<Vec<ReportOut>>,
    pub(super) carenav_synthetic: bool,
}

/// A provider object.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct ProviderOut<'a> {
    pub(super) provider_id: &'a str,
    pub(super) organisation_type: &'static str,
    #[serde(rename = "type")]
    pub(super) provider_type: &'static str,
    pub(super) name: &'a str,
    pub(super) ownership_type: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) brand_id: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) brand_name: Option<&'a str>,
    pub(super) location_ids: &'a [String],
    pub(super) postal_address_line1: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) postal_address_line2: Option<&'a str>,
    pub(super) postal_address_town_city: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) postal_address_county: Option<&'static str>,
    pub(super) postal_code: &'a str,
    pub(super) region: &'static str,
    pub(super) local_authority: &'static str,
    pub(super) main_phone_number: &'a str,
    pub(super) carenav_synthetic: bool,
}

/// `keyQuestionRatings` from a set's
/// [`key_questions`](super::ratings::ReportRatings::key_questions).
pub(super) fn key_questions_out(key: &[(Rating, i32); 5]) -> Vec<KeyQuestionOut> {
    key.iter()
        .zip(KQ_NAMES)
        .map(|((r, d), name)| KeyQuestionOut {
            name,
            rating: r.cqc_name(),
            report_date: Day(*d),
        })
        .collect()
}
