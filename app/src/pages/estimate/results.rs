use leptos::prelude::*;

use crate::components::share::ShareButtons;

use super::chart::{CapitalChart, WhoPaysChart};
use super::form::{Answers, Step, to_request};
use crate::components::table_scroll::TableScroll;
use crate::domain_text::{figure_name, warning, why};
use crate::i18n::use_locale;
use crate::pages::providers::parts::long_date;
use crate::t;
use carenav_domain::date::Date;
use carenav_domain::estimate::MAX_CAPITAL;
use carenav_domain::estimate::{Estimate, EstimateError, Phase, RulesChoice, Week, estimate};
use carenav_domain::money::{Pence, parse_money};
use carenav_domain::rules::RULES;

fn phase_name(p: Phase) -> String {
    match p {
        Phase::SelfFunding => t!("est-phase-self_funding"),
        Phase::MeansTested => t!("est-phase-means_tested"),
        Phase::CouncilFunded => t!("est-phase-council_funded"),
    }
}

/// Consecutive weeks in the same phase.
struct PhaseRun<'a> {
    phase: Phase,
    weeks: &'a [Week],
}

fn runs(timeline: &[Week]) -> Vec<PhaseRun<'_>> {
    let mut out: Vec<PhaseRun<'_>> = Vec::new();
    let mut start = 0;
    for i in 1..=timeline.len() {
        if i == timeline.len() || timeline[i].phase != timeline[start].phase {
            out.push(PhaseRun {
                phase: timeline[start].phase,
                weeks: &timeline[start..i],
            });
            start = i;
        }
    }
    out
}

/// The date a week starts, in words ("18 April 2027").
fn week_date(e: &Estimate, week: u32) -> String {
    let locale = use_locale();
    e.timeline
        .get(week as usize - 1)
        .map(|w| long_date(locale, &w.date.to_string()))
        .unwrap_or_default()
}

/// One calendar month of the timeline: what each party paid in the weeks starting in it.
#[derive(Debug, Clone, PartialEq)]
pub struct Month {
    pub year: i64,
    pub month: u32,
    pub weeks: u32,
    pub person: Pence,
    pub council: Pence,
    pub nhs: Pence,
    pub top_up: Pence,
    /// Capital at the end of the month's last week.
    pub capital_end: Pence,
    pub debt: Pence,
}

/// The timeline by calendar month (a week belongs to the month it starts in).
pub fn months(timeline: &[Week]) -> Vec<Month> {
    let mut out: Vec<Month> = Vec::new();
    for w in timeline {
        let (year, month, _) = w.date.ymd();
        match out.last_mut() {
            Some(m) if m.year == year && m.month == month => {
                m.weeks += 1;
                m.person += w.person_pays;
                m.council += w.council_pays;
                m.nhs += w.nhs_pays;
                m.top_up += w.third_party_pays;
                m.capital_end = w.capital_end;
                m.debt = w.deferred_debt;
            }
            _ => out.push(Month {
                year,
                month,
                weeks: 1,
                person: w.person_pays,
                council: w.council_pays,
                nhs: w.nhs_pays,
                top_up: w.third_party_pays,
                capital_end: w.capital_end,
                debt: w.deferred_debt,
            }),
        }
    }
    out
}

/// The answers used, as label and value, in the order they were asked (for the page and the
/// printout).
fn answer_rows(answers: &Answers) -> Vec<(String, String)> {
    let locale = use_locale();
    let tr = |key: &str| crate::i18n::text(locale, key);
    let care_home = answers.is_care_home();
    let mut rows = Vec::new();
    for step in Step::ALL {
        for key in step.keys() {
            let raw = answers.get(key).trim();
            if raw.is_empty() {
                continue;
            }
            let applies = match *key {
                "nursing" | "council_rate" | "top_up" | "occupant" | "deferred_payment" => {
                    care_home
                }
                "age" | "disability_related_expenditure" | "housing_costs" => !care_home,
                _ => true,
            };
            if !applies {
                continue;
            }
            let value = match *key {
                "setting" | "occupant" => tr(&format!("est-o-{raw}")),
                "nursing" | "partner" | "deferred_payment" => {
                    tr(if raw == "yes" { "est-yes" } else { "est-no" })
                }
                "age" => raw.to_owned(),
                _ => match parse_money(raw, MAX_CAPITAL) {
                    Ok(p) => p.format_gbp(),
                    Err(_) => raw.to_owned(),
                },
            };
            let label = if *key == "setting" {
                tr("est-q-setting")
            } else {
                tr(&format!("est-l-{key}"))
            };
            rows.push((label, value));
        }
    }
    rows
}

#[component]
pub fn Results(answers: Answers) -> impl IntoView {
    let req = to_request(&answers);
    let today = Date::parse(answers.get("start_date")).unwrap_or_else(|| Date::from_unix_days(0));
    let result = estimate(&req, &RULES, today);
    let change = format!(
        "/estimate?step=1&{}",
        answers.without(&["from", "step", "view"]).query()
    );
    match result {
        Ok(e) => view! { <EstimateView e answers change/> }.into_any(),
        Err(EstimateError::UnknownFigure {
            key,
            period,
            check_title,
            check_url,
        }) => {
            let locale = use_locale();
            view! {
                <h1 class="app-heading-xl">{t!("est-results-title")}</h1>
                <div class="app-warning-panel" role="alert">
                    <p>{t!("est-unknown-figure", figure = figure_name(locale, &key), period = period)}</p>
                    {check_title.map(|title| match check_url {
                        Some(url) => view! { <p><a href=url>{title}</a></p> }.into_any(),
                        None => view! { <p>{title}</p> }.into_any(),
                    })}
                </div>
                <p><a href=change>{t!("est-change")}</a></p>
            }
            .into_any()
        }
        Err(EstimateError::Invalid { .. }) => view! {
            <h1 class="app-heading-xl">{t!("est-results-title")}</h1>
            <p><a href=change>{t!("est-change")}</a></p>
        }
        .into_any(),
    }
}

#[component]
fn EstimateView(e: Estimate, answers: Answers, change: String) -> impl IntoView {
    let locale = use_locale();
    let first = e.first_week.clone();
    let weeks = e.timeline.len() as u32;
    let reform = e.rules == RulesChoice::Reform2021;
    let period_label = if reform {
        RULES.reform_2021.label.clone()
    } else {
        RULES
            .periods
            .iter()
            .find(|p| p.id == e.rules_period)
            .map(|p| p.label.clone())
            .unwrap_or_default()
    };
    let (upper, lower) = {
        let get = |key: &str| -> Option<Pence> {
            if reform {
                RULES.reform_2021.values.get(key).and_then(|v| v.pence())
            } else {
                RULES
                    .lookup(key, e.start_date)
                    .and_then(|f| f.value.pence())
            }
        };
        (get("upper_capital_limit"), get("lower_capital_limit"))
    };
    let headline = if first.nhs_pays > Pence::ZERO {
        t!(
            "est-headline-nhs",
            person = first.person_pays.format_gbp(),
            council = first.council_pays.format_gbp(),
            nhs = first.nhs_pays.format_gbp()
        )
    } else {
        t!(
            "est-headline",
            person = first.person_pays.format_gbp(),
            council = first.council_pays.format_gbp()
        )
    };
    let m = e.milestones.clone();
    let milestones: Vec<String> = [
        m.temporary_help_week
            .map(|w| t!("est-m-temporary-help", week = w, date = week_date(&e, w))),
        m.full_cost_again_week
            .map(|w| t!("est-m-full-cost-again", week = w, date = week_date(&e, w))),
        m.upper_limit_week
            .map(|w| t!("est-m-upper", week = w, date = week_date(&e, w))),
        m.property_disregard_end_week
            .filter(|w| m.full_cost_again_week != Some(*w))
            .map(|w| t!("est-m-property", week = w, date = week_date(&e, w))),
        m.lower_limit_week
            .map(|w| t!("est-m-lower", week = w, date = week_date(&e, w))),
        m.cap_reached_week
            .map(|w| t!("est-m-cap", week = w, date = week_date(&e, w))),
    ]
    .into_iter()
    .flatten()
    .collect();

    // "What if" links: one answer changed; with WASM loaded they recalculate in the browser.
    let base = answers.without(&["from", "step"]).with("view", "results");
    let link = |a: Answers| format!("/estimate?{}", a.query());
    let mut what_ifs: Vec<(String, String)> = Vec::new();
    if answers.is_care_home() {
        let nursing = answers.get("nursing") == "yes";
        what_ifs.push((
            link(base.with("nursing", if nursing { "no" } else { "yes" })),
            if nursing {
                t!("est-wi-no-nursing")
            } else {
                t!("est-wi-nursing")
            },
        ));
        if !answers.get("property_value").is_empty() {
            let occupied = answers.get("occupant") != "nobody";
            what_ifs.push((
                link(base.with("occupant", if occupied { "nobody" } else { "partner" })),
                if occupied {
                    t!("est-wi-nobody-home")
                } else {
                    t!("est-wi-partner-home")
                },
            ));
        }
    }
    what_ifs.push(if reform {
        (link(base.with("rules", "in_force")), t!("est-wi-in-force"))
    } else {
        (link(base.with("rules", "reform_2021")), t!("est-wi-reform"))
    });
    for (w, label) in [
        (52, t!("est-wi-1-year")),
        (260, t!("est-wi-5-years")),
        (520, t!("est-wi-10-years")),
    ] {
        if w != weeks {
            what_ifs.push((link(base.with("weeks", w.to_string())), label));
        }
    }
    let share = link(base.clone());
    let month_rows = months(&e.timeline);
    let answer_list = answer_rows(&answers);
    let has_debt = e.totals.deferred_debt > Pence::ZERO;
    let has_top_up = e.totals.third_party_pays > Pence::ZERO;
    let figures = e.figures.clone();
    let phase_rows = runs(&e.timeline)
        .into_iter()
        .map(|r| {
            let a = r.weeks.first().unwrap();
            let b = r.weeks.last().unwrap();
            let range = |f: fn(&Week) -> Pence| {
                let (x, y) = (f(a), f(b));
                if x == y {
                    x.format_gbp()
                } else {
                    format!("{} – {}", x.format_gbp(), y.format_gbp())
                }
            };
            let total: Pence = r.weeks.iter().map(|w| w.person_pays).sum();
            view! { <tr>
                <td>{phase_name(r.phase)}</td>
                <td>{format!("{} – {}", a.week, b.week)}</td>
                <td class="app-table__num">{range(|w| w.person_pays)}</td>
                <td class="app-table__num">{range(|w| w.council_pays)}</td>
                <td class="app-table__num">{total.format_gbp()}</td>
            </tr> }
        })
        .collect_view();

    view! {
        <div class="app-results-page">
            <span class="app-caption">{t!("est-rules-used", period = period_label)}</span>
            <h1 class="app-heading-xl">{t!("est-results-title")}</h1>
            {reform.then(|| view! { <div class="app-warning-panel" role="note"><strong>{t!("est-reform-banner")}</strong></div> })}
            <p class="app-lead" id="est-headline">{headline}</p>
            <p>{t!("est-phase-now", phase = phase_name(first.phase))}</p>
            {(!milestones.is_empty()).then(|| view! {
                <ul class="app-list" id="est-milestones">{milestones.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ul>
            })}

            <h2 class="app-heading-m">{t!("est-why-heading")}</h2>
            <ul class="app-list" id="est-why">
                {e.explanations.iter().map(|n| view! { <li>{why(locale, n)}</li> }).collect_view()}
            </ul>

            <h2 class="app-heading-m" id="est-phases-heading">{t!("est-phases-heading", weeks = weeks)}</h2>
            <TableScroll labelled_by="est-phases-heading">
                <table class="app-table" id="est-phases">
                    <thead><tr>
                        <th scope="col">{t!("est-col-phase")}</th>
                        <th scope="col">{t!("est-col-weeks")}</th>
                        <th scope="col" class="app-table__num">{t!("est-col-person-week")}</th>
                        <th scope="col" class="app-table__num">{t!("est-col-council-week")}</th>
                        <th scope="col" class="app-table__num">{t!("est-col-person-total")}</th>
                    </tr></thead>
                    <tbody>
                        {phase_rows}
                    </tbody>
                </table>
            </TableScroll>
            <dl class="app-summary-list" id="est-totals">
                <div class="app-summary-list__row"><dt>{t!("est-total-person", weeks = weeks)}</dt><dd>{e.totals.person_pays.format_gbp()}</dd></div>
                <div class="app-summary-list__row"><dt>{t!("est-total-council")}</dt><dd>{e.totals.council_pays.format_gbp()}</dd></div>
                <div class="app-summary-list__row"><dt>{t!("est-total-nhs")}</dt><dd>{e.totals.nhs_pays.format_gbp()}</dd></div>
                {(e.totals.third_party_pays > Pence::ZERO).then(|| view! {
                    <div class="app-summary-list__row"><dt>{t!("est-total-top-up")}</dt><dd>{e.totals.third_party_pays.format_gbp()}</dd></div>
                })}
                {has_debt.then(|| view! {
                    <div class="app-summary-list__row"><dt>{t!("est-total-deferred")}</dt><dd>{e.totals.deferred_debt.format_gbp()}</dd></div>
                })}
            </dl>

            <h2 class="app-heading-m">{t!("est-chart-heading")}</h2>
            <CapitalChart timeline=e.timeline.clone() upper lower/>
            <WhoPaysChart timeline=e.timeline.clone()/>
            <details class="app-details app-details--print-open">
                <summary>{t!("est-table-summary")}</summary>
                <TableScroll labelled_by="est-months-caption">
                    <table class="app-table" id="est-months">
                        <caption class="app-table__caption" id="est-months-caption">{t!("est-months-caption")}</caption>
                        <thead><tr>
                            <th scope="col">{t!("est-col-month")}</th>
                            <th scope="col" class="app-table__num">{t!("est-col-weeks")}</th>
                            <th scope="col" class="app-table__num">{t!("est-who-person")}</th>
                            <th scope="col" class="app-table__num">{t!("est-who-council")}</th>
                            <th scope="col" class="app-table__num">{t!("est-who-nhs")}</th>
                            {has_top_up.then(|| view! { <th scope="col" class="app-table__num">{t!("est-col-top-up")}</th> })}
                            <th scope="col" class="app-table__num">{t!("est-col-capital-end")}</th>
                            {has_debt.then(|| view! { <th scope="col" class="app-table__num">{t!("est-col-debt")}</th> })}
                        </tr></thead>
                        <tbody>
                            {month_rows.into_iter().map(|mo| view! { <tr>
                                <th scope="row">{t!("est-month-name", month = crate::i18n::text(locale, &format!("month-{}", mo.month)), year = mo.year)}</th>
                                <td class="app-table__num">{mo.weeks}</td>
                                <td class="app-table__num">{mo.person.format_gbp()}</td>
                                <td class="app-table__num">{mo.council.format_gbp()}</td>
                                <td class="app-table__num">{mo.nhs.format_gbp()}</td>
                                {has_top_up.then(|| view! { <td class="app-table__num">{mo.top_up.format_gbp()}</td> })}
                                <td class="app-table__num">{mo.capital_end.format_gbp()}</td>
                                {has_debt.then(|| view! { <td class="app-table__num">{mo.debt.format_gbp()}</td> })}
                            </tr> }).collect_view()}
                        </tbody>
                    </table>
                </TableScroll>
            </details>

            <h2 class="app-heading-m">{t!("est-what-if-heading")}</h2>
            <ul class="app-list app-what-if" id="est-what-if">
                {what_ifs.into_iter().map(|(href, label)| view! { <li><a href=href>{label}</a></li> }).collect_view()}
            </ul>

            <h2 class="app-heading-m">{t!("est-warnings-heading")}</h2>
            <ul class="app-list" id="est-warnings">
                {e.warnings.iter().map(|n| view! { <li>{warning(locale, n)}</li> }).collect_view()}
            </ul>

            <h2 class="app-heading-m" id="est-figures-heading">{t!("est-figures-heading")}</h2>
            <TableScroll labelled_by="est-figures-heading">
                <table class="app-table" id="est-figures">
                    <thead><tr>
                        <th scope="col">{t!("est-col-figure")}</th>
                        <th scope="col">{t!("est-col-period")}</th>
                        <th scope="col" class="app-table__num">{t!("est-col-value")}</th>
                        <th scope="col">{t!("est-col-source")}</th>
                    </tr></thead>
                    <tbody>
                        {figures.into_iter().map(|f| {
                            let value = f.value.map(|v| if f.key.ends_with("weeks") { format!("{v}") } else { Pence::from_pounds(v).unwrap_or_default().format_gbp() }).unwrap_or_else(|| t!("est-unknown"));
                            let status = if f.verified { t!("est-verified") } else { t!("est-unverified") };
                            view! { <tr>
                                <td>{figure_name(locale, &f.key)}</td>
                                <td>{f.period}</td>
                                <td class="app-table__num">{value}</td>
                                <td>
                                    <span class=if f.verified { "app-tag app-tag--ok" } else { "app-tag app-tag--warn" }>{status}</span>" "
                                    {match (f.source_title, f.source_url) {
                                        (Some(title), Some(url)) => view! { <a href=url>{title}</a> }.into_any(),
                                        (Some(title), None) => view! { <span>{title}</span> }.into_any(),
                                        _ => view! { <span>{t!("est-unknown")}</span> }.into_any(),
                                    }}
                                </td>
                            </tr> }
                        }).collect_view()}
                    </tbody>
                </table>
            </TableScroll>

            <h2 class="app-heading-m" id="est-answers-heading">{t!("est-answers-heading")}</h2>
            <dl class="app-summary-list" id="est-answers">
                {answer_list.into_iter().map(|(label, value)| view! {
                    <div class="app-summary-list__row"><dt>{label}</dt><dd>{value}</dd></div>
                }).collect_view()}
            </dl>
            <p class="app-hint">{t!("est-answers-start", date = long_date(locale, &e.start_date.to_string()))}</p>

            <h2 class="app-heading-m">{t!("est-share-heading")}</h2>
            <label class="app-label" for="est-share">{t!("est-share-label")}</label>
            <input class="app-input" id="est-share" type="text" readonly value=share.clone()/>
            <ShareButtons prefix="est".to_owned() copy=t!("est-copy") print=t!("est-print") copied=t!("est-copied") copy_from=String::new()/>
            <p><a href=change>{t!("est-change")}</a></p>
            <p class="app-note">{t!("est-disclaimer")}</p>
        </div>
    }
}
