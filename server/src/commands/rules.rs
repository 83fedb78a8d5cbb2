//! `carenav rules report`: which figures in the rules data end soon or have ended.

use anyhow::Context;

use crate::cli::RulesReportArgs;

pub fn report(args: RulesReportArgs) -> anyhow::Result<()> {
    let today = match args.today.as_deref() {
        None => crate::clock::today(),
        Some(s) => carenav_domain::date::Date::parse(s)
            .with_context(|| format!("--today {s:?} is not a date like 2026-11-29"))?,
    };
    let report = crate::rules_report::report(today, args.within_days);
    if args.json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        print!("{}", crate::rules_report::render(&report));
    }
    Ok(())
}
