//! Making the location objects: each one's place, name, provider, timeline, services and
//! ratings, in the order they are written.

use std::collections::HashSet;

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use carenav_domain::directory::Rating;

use super::GenerateOptions;
use super::day::Day;
use super::ids::{ReportUri, new_cqc_id};
use super::kinds::{Kind, Pool, kinds};
use super::names::{bracket_name, location_name, provider_name, slug};
use super::places::Places;
use super::providers::{Group, plan_groups};
use super::services::{beds, specialisms};
use super::shapes::{
    CurrentRatingsOut, HistoricRatingsOut, LastInspectionOut, LocationOut, OverallOut,
    RegulatedActivityOut, ReportOut, ServiceTypeOut, SpecialismOut, key_questions_out,
};
use super::timeline::timeline;

/// What one location adds to the statistics.
pub(super) struct Counted {
    pub(super) care_home: bool,
    pub(super) home_care: bool,
    pub(super) deregistered: bool,
    pub(super) never_rated: bool,
    pub(super) beds: u32,
}

/// One run's state: the stream, the places, every location's kind and provider (planned up
/// front), and the ids used so far.
pub(super) struct Generator {
    rng: ChaCha8Rng,
    places: Places,
    /// Each location's kind, by index.
    kinds: Vec<Kind>,
    /// The providers, each filled in (name, address, location ids) as its locations are made.
    pub(super) groups: Vec<Group>,
    /// Each location's provider: an index into `groups`.
    group_of: Vec<usize>,
    /// CQC ids used so far (locations and providers).
    ids: HashSet<u64>,
}

impl Generator {
    /// Plans the run: the places, every location's kind, and the providers that run them.
    pub(super) fn new(options: &GenerateOptions) -> Generator {
        let mut rng = ChaCha8Rng::seed_from_u64(options.seed);
        let places = Places::new(rng.random());
        let kinds = kinds(&mut rng, options.locations);
        let mut ids = HashSet::with_capacity(options.locations * 2);
        let (groups, group_of) = plan_groups(&mut rng, &kinds, &mut ids);
        Generator {
            rng,
            places,
            kinds,
            groups,
            group_of,
            ids,
        }
    }

    /// Location `index` (made in order), and what it adds to the statistics.
    pub(super) fn location(&mut self, index: usize) -> (LocationOut, Counted) {
        let rng = &mut self.rng;
        let kind = self.kinds[index];
        let group = &mut self.groups[self.group_of[index]];

        let la = match group.home_la {
            Some(la) if group.local && (group.pool == Pool::Nhs || rng.random_bool(0.85)) => la,
            _ => self.places.authority(rng),
        };
        group.home_la.get_or_insert(la);
        let address = self.places.address(rng, la, kind.is_office());

        // "London" is every London borough's post town: name places after the borough.
        let place = if address.town == "London" {
            address.authority
        } else {
            address.town.as_str()
        };
        let mut name = location_name(rng, kind, place, address.authority);
        if let Some(brand) = &group.brand
            && brand.bracket
            && matches!(kind, Kind::HomeCare | Kind::HomeCareSupported)
        {
            name = bracket_name(&brand.name, place, &group.used_names);
            group.used_names.push(name.clone());
        }
        if group.name.is_none() {
            group.name = Some(provider_name(rng, group, &name));
            group.address = Some(address.clone());
        }

        let deregistered = rng.random_bool(0.09);
        let history = timeline(rng, kind, deregistered);
        let location_id = new_cqc_id(rng, &mut self.ids);
        group.location_ids.push(location_id.clone());

        let care_home = matches!(kind, Kind::Residential | Kind::Nursing);
        let younger = care_home && rng.random_bool(if kind == Kind::Nursing { 0.10 } else { 0.22 });
        let bed_count = care_home.then(|| beds(rng, kind, younger));

        let website_share = match kind.pool() {
            Pool::Nhs => 1.0,
            Pool::Gp => 0.9,
            Pool::Dentist => 0.8,
            _ if group.brand.is_some() => 0.95,
            _ => 0.55,
        };
        let website = rng.random_bool(website_share).then(|| {
            let site = match &group.brand {
                Some(brand) => slug(&brand.name),
                None => slug(&name),
            };
            format!("https://www.{site}.example")
        });
        let gac_service_types = kind
            .service_types(rng)
            .into_iter()
            .map(|(name, description)| ServiceTypeOut { name, description })
            .collect();
        let specialisms = specialisms(rng, kind, younger)
            .into_iter()
            .map(|name| SpecialismOut { name })
            .collect();
        let regulated_activities = kind
            .regulated_activities(rng)
            .into_iter()
            .map(|(name, code)| RegulatedActivityOut { name, code })
            .collect();

        let (mut current_ratings, mut historic_ratings, mut last_inspection, mut reports) =
            (None, None, None, None);
        if let Some((current, older)) = history.sets.split_first() {
            current_ratings = Some(CurrentRatingsOut {
                overall: OverallOut {
                    rating: current.overall.cqc_name(),
                    report_date: Some(Day(current.date)),
                    report_link_id: Some(current.link_id),
                    key_question_ratings: key_questions_out(&current.key_questions),
                },
            });
            historic_ratings = Some(
                older
                    .iter()
                    .map(|s| HistoricRatingsOut {
                        report_date: Day(s.date),
                        overall: OverallOut {
                            rating: s.overall.cqc_name(),
                            report_date: None,
                            report_link_id: None,
                            key_question_ratings: key_questions_out(&s.key_questions),
                        },
                    })
                    .collect(),
            );
            let inspected = (current.date - rng.random_range(20..=120)).max(history.registered);
            last_inspection = Some(LastInspectionOut {
                date: Day(inspected),
            });
            reports = Some(
                history
                    .sets
                    .iter()
                    .map(|s| ReportOut {
                        link_id: s.link_id,
                        report_date: Day(s.date),
                        report_uri: ReportUri(s.link_id),
                    })
                    .collect(),
            );
        } else if history.explicit_not_rated {
            current_ratings = Some(CurrentRatingsOut {
                overall: OverallOut {
                    rating: Rating::NotRated.cqc_name(),
                    report_date: None,
                    report_link_id: None,
                    key_question_ratings: Vec::new(),
                },
            });
        }

        let registered = !deregistered;
        let counted = Counted {
            care_home: registered && care_home,
            home_care: registered && matches!(kind, Kind::HomeCare | Kind::HomeCareSupported),
            deregistered,
            never_rated: registered && kind != Kind::Dentist && history.sets.is_empty(),
            beds: if registered {
                bed_count.unwrap_or(0)
            } else {
                0
            },
        };
        let (brand_id, brand_name) = match &group.brand {
            Some(b) => (Some(b.id.clone()), Some(b.name.clone())),
            None => (None, None),
        };
        let out = LocationOut {
            location_id,
            provider_id: group.id.clone(),
            organisation_type: "Location",
            location_type: kind.cqc_type(),
            name,
            brand_id,
            brand_name,
            registration_status: if deregistered {
                "Deregistered"
            } else {
                "Registered"
            },
            registration_date: Day(history.registered),
            deregistration_date: history.deregistered.map(Day),
            dormancy: if history.dormant { "Y" } else { "N" },
            care_home: if care_home { "Y" } else { "N" },
            number_of_beds: bed_count,
            postal_address_line1: address.line1,
            postal_address_line2: address.line2,
            postal_address_town_city: address.town,
            postal_address_county: (!address.county.is_empty()).then_some(address.county),
            postal_code: address.postcode,
            region: address.region,
            local_authority: address.authority,
            onspd_latitude: address.lat_lon.map(|p| p.0),
            onspd_longitude: address.lat_lon.map(|p| p.1),
            main_phone_number: address.phone,
            website,
            gac_service_types,
            specialisms,
            regulated_activities,
            inspection_directorate: kind.directorate(),
            current_ratings,
            historic_ratings,
            last_inspection,
            reports,
            carenav_synthetic: true,
        };
        (out, counted)
    }
}
