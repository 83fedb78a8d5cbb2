//! "Use this home's fee": when the weekly cost came from a home's page (`fee_of=<location>`),
//! the estimator names the fee it used — the home, the amount, the care it is for and the
//! day it was published — read from the store, never from the address, so a shared link
//! cannot put words in a provider's mouth. If the person changed the amount, it says so.

use carenav_domain::directory::model::is_location_id;
use carenav_domain::estimate::MAX_WEEKLY_COST;
use carenav_domain::money::parse_money;
use leptos::prelude::*;

use super::form::Answers;
use crate::i18n::{text, text_with, use_locale};
use crate::pages::providers::parts::long_date;
use crate::pages::providers::{PublishedHomeFee, home_fee};
use crate::t;

#[component]
pub fn HomeFeeNote(answers: Answers) -> impl IntoView {
    let id = answers.get("fee_of").to_owned();
    if !is_location_id(&id) {
        return ().into_any();
    }
    let cost = parse_money(answers.get("weekly_cost"), MAX_WEEKLY_COST).ok();
    let fee = Resource::new(move || id.clone(), home_fee);
    view! {
        <Suspense fallback=|| ()>
            {move || fee.get().map(|found| match found {
                Ok(Some(f)) => view! { <Note fee=f cost/> }.into_any(),
                _ => view! {
                    <div class="app-inset" id="est-home-fee">
                        <p>{t!("est-home-fee-missing")}</p>
                    </div>
                }
                .into_any(),
            })}
        </Suspense>
    }
    .into_any()
}

#[component]
fn Note(fee: PublishedHomeFee, cost: Option<carenav_domain::money::Pence>) -> impl IntoView {
    let locale = use_locale();
    let amount = fee.weekly.format_gbp();
    let said = text_with(
        locale,
        if fee.synthetic {
            "est-home-fee-demo"
        } else {
            "est-home-fee"
        },
        &[
            ("name", fee.name.clone()),
            ("amount", amount.clone()),
            (
                "care",
                text(locale, &format!("fee-care-{}", fee.care_type.code())),
            ),
            ("date", long_date(locale, &fee.published.to_string())),
            ("from", long_date(locale, &fee.valid_from.to_string())),
        ],
    );
    let changed = cost.filter(|c| *c != fee.weekly).map(|c| {
        text_with(
            locale,
            "est-home-fee-changed",
            &[("cost", c.format_gbp()), ("amount", amount.clone())],
        )
    });
    view! {
        <div class="app-inset" id="est-home-fee">
            <p>{said}</p>
            {changed.map(|c| view! { <p id="est-home-fee-changed">{c}</p> })}
            <p>{t!("est-home-fee-check")}" "
                <a href=format!("/providers/{}#fees", fee.location_id)>{t!("est-home-fee-link")}</a>
            </p>
        </div>
    }
}
