//! How a newly read record joins the stored one: the CQC merge rules every importer applies.
//!
//! - A rating update ([`apply_rating`]) makes the new set current and keeps the old one as
//!   history.
//! - A full record (CQC API) replaces the stored one but keeps rating sets only the stored
//!   one knew ([`carry_history`]).
//! - A partial record (the Active Locations spreadsheet) keeps every field only the stored
//!   record knows ([`merge_partial`]).

use super::{Location, RatingSet};

/// Make `set` the current rating; the previous current set joins the history if it is older.
pub fn apply_rating(loc: &mut Location, set: RatingSet) {
    if let Some(old) = loc.current.take()
        && old.date != set.date
    {
        loc.history.insert(0, old);
    }
    loc.current = Some(set);
    sort_history(loc);
}

fn sort_history(loc: &mut Location) {
    let current_date = loc.current.as_ref().and_then(|c| c.date.clone());
    loc.history
        .retain(|h| h.date.is_some() && h.date != current_date);
    loc.history.sort_by(|a, b| b.date.cmp(&a.date));
    loc.history.dedup_by(|a, b| a.date == b.date);
}

/// A full record replaces the old one, but rating sets only the old one knew are kept.
pub fn carry_history(new: &mut Location, old: &Location) {
    for set in old.current.iter().chain(old.history.iter()) {
        if !new
            .current
            .iter()
            .chain(new.history.iter())
            .any(|s| s.date == set.date)
        {
            new.history.push(set.clone());
        }
    }
    sort_history(new);
}

/// The spreadsheet has fewer fields than the API: keep what only the stored record knows.
pub fn merge_partial(new: &mut Location, old: Location) {
    macro_rules! keep {
        ($($f:ident),*) => { $( if new.$f.is_none() { new.$f = old.$f.clone(); } )* };
    }
    keep!(
        provider_id,
        provider_name,
        also_known_as,
        brand_name,
        location_type,
        inspection_directorate,
        registration_date,
        beds,
        address_line1,
        address_line2,
        town,
        county,
        postcode,
        region,
        local_authority,
        latitude,
        longitude,
        phone,
        website
    );
    if new.service_types.is_empty() {
        new.service_types = old.service_types.clone();
    }
    if new.specialisms.is_empty() {
        new.specialisms = old.specialisms.clone();
    }
    // The spreadsheet gives only the overall rating: keep the key questions when it is the
    // same report.
    match (&mut new.current, &old.current) {
        (None, Some(o)) => new.current = Some(o.clone()),
        (Some(n), Some(o)) if n.date == o.date && n.overall == o.overall => {
            *n = o.clone();
        }
        _ => {}
    }
    new.synthetic |= old.synthetic;
    carry_history(new, &old);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::directory::Rating;

    fn set(date: &str, overall: Rating) -> RatingSet {
        RatingSet {
            overall,
            date: Some(date.into()),
            key_questions: Default::default(),
            report_link_id: None,
        }
    }

    #[test]
    fn a_new_rating_moves_the_old_one_into_history() {
        let mut loc = Location {
            current: Some(set("2022-01-01", Rating::RequiresImprovement)),
            history: vec![set("2019-01-01", Rating::RequiresImprovement)],
            ..Default::default()
        };
        apply_rating(&mut loc, set("2025-06-01", Rating::Good));
        assert_eq!(loc.overall(), Rating::Good);
        let dates: Vec<_> = loc
            .history
            .iter()
            .map(|h| h.date.clone().unwrap())
            .collect();
        assert_eq!(dates, vec!["2022-01-01", "2019-01-01"]);
        // Re-applying the same report changes nothing.
        apply_rating(&mut loc, set("2025-06-01", Rating::Good));
        assert_eq!(loc.history.len(), 2);
    }

    #[test]
    fn a_spreadsheet_row_keeps_what_only_the_api_knew() {
        let mut old = Location {
            location_id: "1-1".into(),
            phone: Some("0113 496 0000".into()),
            current: Some(set("2024-01-01", Rating::Good)),
            ..Default::default()
        };
        old.current.as_mut().unwrap().key_questions[0] = Some(crate::directory::KeyRating {
            rating: Rating::Good,
            date: Some("2024-01-01".into()),
        });
        let mut new = Location {
            location_id: "1-1".into(),
            current: Some(set("2024-01-01", Rating::Good)),
            ..Default::default()
        };
        merge_partial(&mut new, old);
        assert_eq!(new.phone.as_deref(), Some("0113 496 0000"));
        assert!(new.current.unwrap().key_questions[0].is_some());
    }
}
