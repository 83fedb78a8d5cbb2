use leptos::prelude::*;
use leptos_meta::provide_meta_context;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{SsrMode, path};

use crate::components::layout::Layout;
use crate::pages::check::emergency::EmergencyPlanPage;
use crate::pages::check::{CheckPage, LetterPage};
use crate::pages::councils::{CouncilPage, CouncilsIndex};
use crate::pages::estimate::EstimatePage;
use crate::pages::explainers::{ExplainerView, ExplainersIndex};
use crate::pages::providers::{
    compare::ComparePage, detail::ProviderPage, search::ProviderSearchPage,
};
use crate::pages::publish::{AvailabilityFormPage, FeesFormPage, PublishHome, SignInPage};
use crate::pages::{about::About, home::Home, not_found::NotFound, search::SearchPage};
use crate::request::{current_locale, demo_data_loaded};

/// The whole site, rendered on the server. Only the `#[island]` components inside it run in
/// the browser (docs/adr/0008-islands.md); navigation between pages is ordinary links and
/// forms.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    provide_context(current_locale());
    let demo = demo_data_loaded();

    view! {
        <Router>
            <Layout demo=demo>
                <Routes fallback=|| view! { <NotFound/> }>
                    <Route path=path!("") view=Home/>
                    <Route path=path!("search") view=SearchPage ssr=SsrMode::Async/>
                    <Route path=path!("about") view=About/>
                    <Route path=path!("explainers") view=ExplainersIndex ssr=SsrMode::Async/>
                    <Route path=path!("explainers/:slug") view=ExplainerView ssr=SsrMode::Async/>
                    <Route path=path!("check") view=CheckPage/>
                    <Route path=path!("check/letters/:slug") view=LetterPage/>
                    <Route path=path!("check/emergency-plan") view=EmergencyPlanPage/>
                    <Route path=path!("estimate") view=EstimatePage ssr=SsrMode::Async/>
                    <Route path=path!("councils") view=CouncilsIndex/>
                    <Route path=path!("councils/:code") view=CouncilPage ssr=SsrMode::Async/>
                    <Route path=path!("publish") view=PublishHome ssr=SsrMode::Async/>
                    <Route path=path!("publish/sign-in") view=SignInPage/>
                    <Route path=path!("publish/:location_id/fees") view=FeesFormPage ssr=SsrMode::Async/>
                    <Route path=path!("publish/:location_id/availability") view=AvailabilityFormPage ssr=SsrMode::Async/>
                    <Route path=path!("providers") view=ProviderSearchPage ssr=SsrMode::Async/>
                    <Route path=path!("providers/compare") view=ComparePage ssr=SsrMode::Async/>
                    <Route path=path!("providers/:location_id") view=ProviderPage ssr=SsrMode::Async/>
                </Routes>
            </Layout>
        </Router>
    }
}
