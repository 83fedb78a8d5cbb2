//! `/check/emergency-plan`: a blank emergency plan for a carer to print and fill in by hand:
//! what someone stepping in must know. Nothing is typed into the site, so nothing can be
//! stored.

use leptos::prelude::*;

use crate::components::page_title::PageTitle;
use crate::t;

#[component]
pub fn EmergencyPlanPage() -> impl IntoView {
    let fields = [
        t!("nav-ep-person"),
        t!("nav-ep-needs"),
        t!("nav-ep-routine"),
        t!("nav-ep-medication"),
        t!("nav-ep-gp"),
        t!("nav-ep-contacts"),
        t!("nav-ep-carer"),
        t!("nav-ep-other"),
    ];
    view! {
        <PageTitle text=t!("nav-ep-title")/>
        <a class="app-back-link app-no-print" href="/check">{t!("check-ep-back")}</a>
        <h1 class="app-heading-xl">{t!("nav-ep-title")}</h1>
        <p class="app-lead">{t!("nav-ep-intro")}</p>
        <p class="app-no-print">{t!("check-ep-print")}</p>
        <ol class="app-blank-form">
            {fields.into_iter().map(|label| view! {
                <li class="app-blank-form__item">
                    <p class="app-blank-form__label">{label}</p>
                    <div class="app-blank-form__space" aria-hidden="true"></div>
                </li>
            }).collect_view()}
        </ol>
    }
}
