//! Milestones read from the finished timeline: lasting crossings of the capital limits, and
//! the council's temporary help during the property disregard.

use super::{Milestones, Phase, Week};

/// Complete the milestones seen while running (the end of the property disregard, the cap)
/// with those read from the timeline.
pub(super) fn complete(mut milestones: Milestones, timeline: &[Week]) -> Milestones {
    milestones.upper_limit_week = lasting_drop(timeline, |w| w.phase == Phase::SelfFunding);
    milestones.lower_limit_week = lasting_drop(timeline, |w| w.phase != Phase::CouncilFunded);
    if let Some(end) = milestones.property_disregard_end_week
        && let Some(help) = temporary_help(timeline, end)
    {
        milestones.temporary_help_week = Some(help);
        milestones.full_cost_again_week = Some(end);
    }
    milestones
}

/// The first week of the last run of weeks where `above` no longer holds, having held
/// before: a crossing that lasts to the end of the timeline (not a dip that comes back).
fn lasting_drop(timeline: &[Week], above: impl Fn(&Week) -> bool) -> Option<u32> {
    let last_above = timeline.iter().rposition(&above)?;
    timeline.get(last_above + 1).map(|w| w.week)
}

/// During the property disregard, savings may fall to the upper limit, so the council helps
/// for a while; when the home starts to count (week `end`) the full cost comes back. The
/// week the help starts, when it is so.
fn temporary_help(timeline: &[Week], end: u32) -> Option<u32> {
    let before = &timeline[..(end as usize - 1).min(timeline.len())];
    let help = before
        .iter()
        .find(|w| w.phase != Phase::SelfFunding && w.week > 1)?;
    let full_cost_again = timeline
        .get(end as usize - 1)
        .is_some_and(|w| w.phase == Phase::SelfFunding);
    (full_cost_again && timeline[0].phase == Phase::SelfFunding).then_some(help.week)
}
