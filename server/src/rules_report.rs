//! `carenav rules report`: which figures in the rules data have run out, run out soon, or
//! have no value today, and which explainers are past their review date. A report, not a
//! failing check: the site keeps serving and says on each page when a figure is not today's.

use carenav_app::explainers::EXPLAINERS;
use carenav_domain::date::Date;
use carenav_domain::rules::{Expiring, RULES};
use serde::Serialize;

/// Figures whose data ends within this many days are reported.
pub const WARN_DAYS: i64 = 90;

#[derive(Debug, Serialize)]
pub struct Report {
    pub today: Date,
    pub within_days: i64,
    /// The last day the charging periods cover.
    pub covered_until: Option<Date>,
    pub figures: Vec<Expiring>,
    /// Explainers whose `review_by` date has passed (slug, review_by).
    pub reviews_due: Vec<(String, String)>,
}

impl Report {
    /// Figures whose data has ended or ends within the window (not those simply unknown).
    pub fn running_out(&self) -> impl Iterator<Item = &Expiring> {
        self.figures.iter().filter(|e| e.state != "unknown_now")
    }
}

pub fn report(today: Date, within_days: i64) -> Report {
    let mut reviews_due: Vec<(String, String)> = EXPLAINERS
        .iter()
        .filter(|e| Date::parse(&e.meta.review_by).is_none_or(|d| d < today))
        .map(|e| (format!("{}/{}", e.locale, e.slug), e.meta.review_by.clone()))
        .collect();
    reviews_due.sort();
    Report {
        today,
        within_days,
        covered_until: RULES.last_date(),
        figures: RULES.expiring(today, within_days),
        reviews_due,
    }
}

/// The report as lines for a terminal.
pub fn render(r: &Report) -> String {
    let mut out = format!(
        "Rules data report for {} (figures ending within {} days)\n",
        r.today, r.within_days
    );
    match r.covered_until {
        Some(d) => out.push_str(&format!("Charging periods cover up to {d}.\n")),
        None => out.push_str("No charging periods.\n"),
    }
    let mut any = false;
    for e in &r.figures {
        any = true;
        let when = match (e.last_known, e.days_left) {
            (Some(d), Some(n)) if n < 0 => format!("data ended {d} ({} days ago)", -n),
            (Some(d), Some(n)) => format!("data ends {d} (in {n} days)"),
            _ => "never known".to_owned(),
        };
        let what = match e.state {
            "ended" => "ENDED     ",
            "ends_soon" => "ENDS SOON ",
            _ => "NO VALUE  ",
        };
        out.push_str(&format!("{what}{:<45} {when}\n", e.key));
    }
    if !any {
        out.push_str("Every figure is known for today and for the next period.\n");
    }
    for (page, by) in &r.reviews_due {
        out.push_str(&format!("REVIEW    {page:<45} review by {by} has passed\n"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reports_figures_ending_and_ended() {
        let last = RULES.last_date().unwrap();
        let r = report(last.add_days(-10), WARN_DAYS);
        assert!(r.running_out().any(|e| e.state == "ends_soon"));
        let text = render(&r);
        assert!(text.contains("ENDS SOON mig_single_pension_age"), "{text}");

        let r = report(last.add_days(400), WARN_DAYS);
        let text = render(&r);
        assert!(text.contains("ENDED     mig_single_pension_age"), "{text}");
        assert!(text.contains("REVIEW"), "reviews are due by then: {text}");
    }
}
