//! Server-rendered SVG charts (no script needed), each with a text alternative; the data
//! table next to them carries the same numbers.

use leptos::prelude::*;

use crate::t;
use carenav_domain::estimate::Week;
use carenav_domain::money::Pence;

// A narrow drawing, so that on a 390 px phone and on A4 paper the labels (15 units, see
// `.app-chart__label`) come out at about 13 px or more.
const W: f64 = 440.0;
const H: f64 = 240.0;
const LEFT: f64 = 80.0;
const RIGHT: f64 = 10.0;
const TOP: f64 = 14.0;
const BOTTOM: f64 = 30.0;

fn x(week: u32, weeks: u32) -> f64 {
    LEFT + (W - LEFT - RIGHT) * (week.saturating_sub(1)) as f64 / (weeks.max(2) - 1) as f64
}

fn y(value: Pence, max: Pence) -> f64 {
    let max = max.0.max(1) as f64;
    TOP + (H - TOP - BOTTOM) * (1.0 - (value.0 as f64 / max).clamp(0.0, 1.0))
}

fn year_ticks(weeks: u32) -> Vec<(u32, String)> {
    let step = if weeks > 260 {
        104
    } else if weeks > 104 {
        52
    } else {
        13
    };
    (0..=weeks)
        .step_by(step as usize)
        .map(|w| (w.max(1), w.to_string()))
        .collect()
}

/// Capital at the start of each week, with the upper and lower limits marked.
#[component]
pub fn CapitalChart(
    timeline: Vec<Week>,
    upper: Option<Pence>,
    lower: Option<Pence>,
) -> impl IntoView {
    let weeks = timeline.len() as u32;
    let max = timeline
        .iter()
        .map(|w| w.capital_start)
        .chain(upper)
        .max()
        .unwrap_or(Pence(1))
        .max(Pence(100));
    let points = timeline
        .iter()
        .map(|w| format!("{:.1},{:.1}", x(w.week, weeks), y(w.capital_start, max)))
        .collect::<Vec<_>>()
        .join(" ");
    let limit = move |value: Option<Pence>, class: &'static str| {
        value.map(|v| {
            let yy = y(v, max);
            view! {
                <line class=class x1=LEFT y1=yy x2=W - RIGHT y2=yy/>
                <text class="app-chart__label" x=LEFT + 4.0 y=yy - 4.0>{v.format_gbp()}</text>
            }
        })
    };
    let desc = t!(
        "est-chart-capital-desc",
        start = timeline
            .first()
            .map(|w| w.capital_start.format_gbp())
            .unwrap_or_default(),
        end = timeline
            .last()
            .map(|w| w.capital_end.format_gbp())
            .unwrap_or_default(),
        weeks = weeks
    );
    view! {
        <figure class="app-chart">
            <svg class="app-chart__svg" viewBox=format!("0 0 {W} {H}") role="img" aria-labelledby="chart-capital-title chart-capital-desc" preserveAspectRatio="xMidYMid meet">
                <title id="chart-capital-title">{t!("est-chart-capital-title")}</title>
                <desc id="chart-capital-desc">{desc}</desc>
                <line class="app-chart__axis" x1=LEFT y1=H - BOTTOM x2=W - RIGHT y2=H - BOTTOM/>
                <line class="app-chart__axis" x1=LEFT y1=TOP x2=LEFT y2=H - BOTTOM/>
                <text class="app-chart__label" x="4" y=TOP + 6.0>{max.format_gbp()}</text>
                <text class="app-chart__label" x="4" y=H - BOTTOM>"£0"</text>
                {year_ticks(weeks).into_iter().map(|(w, label)| view! {
                    <text class="app-chart__label" x=x(w, weeks) y=H - 10.0 text-anchor="middle">{label}</text>
                }).collect_view()}
                {limit(upper, "app-chart__limit app-chart__limit--upper")}
                {limit(lower, "app-chart__limit app-chart__limit--lower")}
                <polyline class="app-chart__line" points=points/>
            </svg>
            <figcaption class="app-chart__caption">{t!("est-chart-capital-caption")}</figcaption>
        </figure>
    }
}

/// Who pays each week: person, council, NHS (stacked), sampled so bars stay legible.
#[component]
pub fn WhoPaysChart(timeline: Vec<Week>) -> impl IntoView {
    let weeks = timeline.len() as u32;
    let every = (weeks / 52).max(1) as usize * 4;
    let max = timeline
        .iter()
        .map(|w| w.person_pays + w.council_pays + w.nhs_pays)
        .max()
        .unwrap_or(Pence(1))
        .max(Pence(100));
    let bar_w = ((W - LEFT - RIGHT) / (weeks as f64 / every as f64).max(1.0) * 0.8).max(1.0);
    let bars = timeline
        .iter()
        .step_by(every)
        .map(|w| {
            let bx = x(w.week, weeks) - bar_w / 2.0;
            let mut base = Pence::ZERO;
            let mut rects = Vec::new();
            for (amount, class) in [
                (w.person_pays, "app-chart__bar--person"),
                (w.council_pays, "app-chart__bar--council"),
                (w.nhs_pays, "app-chart__bar--nhs"),
            ] {
                if amount > Pence::ZERO {
                    let top = y(base + amount, max);
                    let bottom = y(base, max);
                    rects.push(view! { <rect class=class x=format!("{bx:.1}") y=format!("{top:.1}") width=format!("{bar_w:.1}") height=format!("{:.1}", bottom - top)/> });
                    base += amount;
                }
            }
            rects.collect_view()
        })
        .collect_view();
    view! {
        <figure class="app-chart">
            <svg class="app-chart__svg" viewBox=format!("0 0 {W} {H}") role="img" aria-labelledby="chart-pays-title" preserveAspectRatio="xMidYMid meet">
                <title id="chart-pays-title">{t!("est-chart-pays-title")}</title>
                <line class="app-chart__axis" x1=LEFT y1=H - BOTTOM x2=W - RIGHT y2=H - BOTTOM/>
                <text class="app-chart__label" x="4" y=TOP + 6.0>{max.format_gbp()}</text>
                <text class="app-chart__label" x="4" y=H - BOTTOM>"£0"</text>
                {year_ticks(weeks).into_iter().map(|(w, label)| view! {
                    <text class="app-chart__label" x=x(w, weeks) y=H - 10.0 text-anchor="middle">{label}</text>
                }).collect_view()}
                {bars}
            </svg>
            <figcaption class="app-chart__caption">
                <span class="app-key app-key--person">{t!("est-who-person")}</span>" "
                <span class="app-key app-key--council">{t!("est-who-council")}</span>" "
                <span class="app-key app-key--nhs">{t!("est-who-nhs")}</span>
            </figcaption>
        </figure>
    }
}
