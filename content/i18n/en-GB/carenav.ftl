# Care Navigator — English (United Kingdom). This file is complete by definition: every key
# used in the code must exist here (checked at compile time). Other locales fall back to it.

language-autonym = English
language-label = Language
language-switch-to = Read this site in { $language }
# Used by a test of the fallback mechanism; deliberately absent from other locales.
test-fallback-probe = This text exists only in English.
translation-notice = This page was translated by machine and may contain mistakes. The English version is the reference.

## Site shell
site-name = Care Navigator
site-tagline = Adult social care in England, explained
skip-link = Skip to main content
nav-label = Main sections
nav-home = Home
nav-explainers = Understand care
nav-check = Get help
nav-estimate = Estimate costs
nav-providers = Find care
search-label = Search this site
search-hint = For example “respite”, “care home fees” or a care home’s name
search-button = Search
demo-banner-title = Demonstration data
demo-banner-text = Some information on this site was generated for testing. It does not describe real care services or real people.
footer-ogl = Contains public sector information licensed under the Open Government Licence v3.0.
footer-cqc = Information about care services comes from the Care Quality Commission (CQC).
footer-independent = Care Navigator is independent. Care providers do not pay to be listed.
footer-about = About this site
footer-privacy = Privacy and cookies
footer-accessibility = Accessibility

## Home
home-title = Help with adult social care in England
home-lead = Find out how care works, what help you could get, what it might cost, and where to find good care.
home-jobs-heading = What do you need to do?
job-understand-title = Understand how care works
job-understand-text = Plain guides to care, who pays, and what has changed.
job-check-title = Check what help you could get
job-check-text = Answer a few questions to find out what your council may do for you, or for someone you look after.
job-estimate-title = Estimate care costs
job-estimate-text = See what you might pay each week for a care home or care at home, and for how long.
job-find-title = Find and compare care
job-find-text = Search care homes and home care by quality rating, distance and fees.
home-urgent-heading = Need help today?
home-urgent-danger = If someone is in danger, call 999.
home-urgent-health = For urgent health advice, call NHS 111.
home-urgent-council = To ask for care or support, contact the adult social care team at your local council.
home-reform-note = This site follows the rules in force in England today. The plan to cap care costs, announced in 2021, was cancelled in July 2024.

section-explainers-title = Understand how care works
section-explainers-summary = Plain guides to adult social care in England: needs assessments, carers, paying for care, the NHS, and the reforms.
section-check-title = Check what help you could get
section-check-summary = A short set of questions about your situation, ending in next steps, your rights, and letters you can send.
section-estimate-title = Estimate care costs
section-estimate-summary = Work out what you might pay for a care home or care at home under the means test, week by week.
section-providers-title = Find and compare care
section-providers-summary = Search care homes and home care services in England by rating, distance, specialism and fees.

## Search
search-page-title = Search
search-results-count = { $count ->
    [one] 1 result
   *[other] { $count } results
} for “{ $query }”
search-no-results = No pages match “{ $query }”. Try other or fewer words.
search-empty = Type a word or a question, for example “respite” or “care home fees”.
search-error = Search is not available at the moment. Please try again later.
search-loading = Searching…
search-kind-section = Section
search-kind-explainer = Guide
search-kind-tool = Questions and a plan
search-kind-page = Page

## About
about-title = About Care Navigator
about-summary = Who runs this site, where its information comes from, and how we look after your privacy.
about-purpose = Care Navigator explains adult social care in England in plain words, helps you estimate costs, and helps you find and compare care services.
about-data-heading = Where the information comes from
about-data-text = Ratings and details of care services come from the Care Quality Commission. Rules about paying for care come from the law and from the government’s yearly guidance to councils. Each figure shows its source and the date it was checked.
about-privacy-heading = Privacy and cookies
about-privacy-text = We do not ask for your name or contact details, and we do not store what you type into the estimator or the guides. Your answers stay in the page address (the web address at the top of your browser), so only you can share them. That also means anyone who uses this device can see them in its history: to remove them, clear your browsing history, or use a private window. We tell browsers and other caches not to keep these pages, or searches near a place.
about-cookie-text = If you choose a language, we set one cookie called carenav_lang to remember it. Care providers who sign in to publish their fees get a second cookie, carenav_publish, which keeps them signed in for up to 12 hours and is used only on the publishing pages. We use no tracking or advertising cookies.
about-accessibility-heading = Accessibility
about-accessibility-text = We aim to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA. The site works without JavaScript, on small screens and with screen readers. If something does not work for you, please tell us.

## Errors
not-found-title = Page not found
not-found-text = If you typed the web address, check it is correct. If you pasted it, check you copied all of it.
not-found-home = Go to the home page
error-title = Sorry, there is a problem with the service
error-text = Please try again later. Nothing you entered has been stored.
busy-text = This is taking too long. Please try again in a minute. Nothing you entered has been stored.

## Estimator: names of the figures in the rules data
rule-upper_capital_limit = Upper capital limit
rule-lower_capital_limit = Lower capital limit
rule-tariff_income_band = Tariff income band
rule-tariff_income_per_band = Tariff income for each band
rule-personal_expenses_allowance = Personal Expenses Allowance
rule-nhs_nursing_care_standard_rate = NHS-funded Nursing Care (standard rate)
rule-nhs_nursing_care_higher_rate = NHS-funded Nursing Care (higher rate)
rule-property_disregard_weeks = Property disregard (weeks)
rule-mig_single_18_24 = Minimum Income Guarantee: single, aged 18 to 24
rule-mig_single_25_to_pension_age = Minimum Income Guarantee: single, aged 25 to pension age
rule-mig_single_pension_age = Minimum Income Guarantee: single, pension age
rule-mig_couple_18_plus_each = Minimum Income Guarantee: each of a couple, under pension age
rule-mig_couple_pension_age_each = Minimum Income Guarantee: each of a couple, pension age
rule-mig_disability_premium_single = Minimum Income Guarantee: disability premium, single
rule-mig_disability_premium_couple_each = Minimum Income Guarantee: disability premium, each of a couple
rule-mig_lone_parent_18_plus = Minimum Income Guarantee: lone parent
rule-mig_enhanced_disability_premium_single = Minimum Income Guarantee: enhanced disability premium, single
rule-mig_enhanced_disability_premium_couple_each = Minimum Income Guarantee: enhanced disability premium, each of a couple
rule-mig_carer_premium = Minimum Income Guarantee: carer premium
rule-mig_dependent_child = Minimum Income Guarantee: each dependent child
rule-savings_credit_disregard_single = Savings Credit disregard, single
rule-savings_credit_disregard_couple = Savings Credit disregard, couple
rule-dpa_max_interest_rate = Deferred payment maximum interest rate
rule-carers_allowance_weekly = Carer’s Allowance (a week)
rule-carers_allowance_earnings_limit = Carer’s Allowance earnings limit (net, a week)
rule-attendance_allowance_lower = Attendance Allowance, lower rate
rule-attendance_allowance_higher = Attendance Allowance, higher rate
rule-minor_adaptation_limit = Most a free minor adaptation can cost
rule-dfg_maximum = Disabled Facilities Grant, most the council must pay (England)
rule-cap_on_care_costs = Cap on care costs (2021 plan)
rule-daily_living_costs = Daily living costs (2021 plan)

## Estimator: why each amount is what it is
why-self_funding = Your savings and other capital ({ $capital }) are above the upper limit of { $upper }, so you pay the full cost yourself.
why-tariff_income = Your capital ({ $capital }) is between the lower limit ({ $lower }) and the upper limit. The council counts { $per_band } a week of “tariff income” for every { $band }, or part of { $band }, above the lower limit: { $tariff } a week.
why-below_lower_limit = Your capital ({ $capital }) is at or below the lower limit of { $lower }, so it does not count. You still pay from your income.
why-income_counted = Income the council counts: { $income } a week.
why-personal_expenses_allowance = In a care home you keep { $allowance } a week for personal spending (the Personal Expenses Allowance).
why-minimum_income_guarantee = At home you keep at least { $allowance } a week to live on (the Minimum Income Guarantee).
why-dre_and_housing = The council also leaves you { $amount } a week for disability-related costs and housing costs.
why-person_charge = So you pay { $person } a week towards your care.
why-nhs_nursing_care = The NHS pays { $nhs } a week towards nursing care (NHS-funded Nursing Care).
why-council_pays = The council pays the rest: { $council } a week.
why-council_rate_top_up = When the council helps, it pays up to its usual rate for the care it arranges: { $rate } a week. This home costs { $cost } a week, so { $top_up } a week is a “top-up”. Usually someone else, such as a relative, pays a top-up; you can pay it yourself only in a few cases, such as while your home is not yet counted, or with a deferred payment agreement.
why-council_rate_covers = When the council helps, it pays up to its usual rate for the care it arranges ({ $rate } a week). This home costs no more than that, so no top-up is needed.
why-council_rate_unknown = When the council helps, it pays only up to its usual rate for the care it arranges. If this home costs more, the difference is a “top-up”, usually paid by someone else, such as a relative. Ask the council for its usual rate and add it to see the top-up.
why-top_up = Someone else pays a “top-up” of { $top_up } a week for a dearer care home.
why-property_disregarded_home_care = Your home ({ $value }) is not counted while you get care at home.
why-property_disregarded_temporary = Your home ({ $value }) is not counted during a temporary or short stay.
why-property_disregarded_occupant = Your home ({ $value }) is not counted because your partner or a qualifying relative still lives there.
why-property_deferred_payment = Your home ({ $value }) is not sold: with a deferred payment agreement, what it would have paid is lent by the council and repaid later, usually when the home is sold.
why-property_counted_after_disregard = Your home ({ $value }) is not counted for the first { $count } weeks in a care home. After that it counts, unless a partner or qualifying relative lives there.
why-couple_half_capital = For one of a couple, half of joint savings counts: { $capital }.
why-income_disregarded = Some income is not counted: { $amount } a week (earnings and mobility payments).

## Estimator: warnings
warn-unverified_figure = { $figure }: this figure has not yet been checked against the government’s official figures for this period.
warn-unknown_figure_left_out = { $figure }: we do not know this figure for this period, so it was left out. Your council can tell you.
warn-reform_2021_cancelled = This uses the 2021 plan, which was cancelled in July 2024. It shows what would have happened, not the rules today.
warn-reform_daily_living_costs_2021_prices = Under the 2021 plan, daily living costs were set at 2021 prices and would have been uprated.
warn-couple_pension_half_disregard_not_modelled = If half of a private pension is passed to a partner at home, the council may not count that half. This estimate does not include that.
warn-pension_age_boundary = State Pension age is rising from 66 to 67. If you have not reached it yet, the Minimum Income Guarantee for your age may be lower.
warn-disability_benefits_stop_in_care_home = Attendance Allowance and the daily living part of PIP or DLA usually stop after 28 days if the council helps pay for a care home.
warn-local_discretion_home_care = Councils can be more generous at home: a higher Minimum Income Guarantee, higher capital limits, or a weekly maximum charge. Ask your council for its charging policy.
warn-arrangement_fee_possible = If you pay for all your care but ask the council to arrange it, it may charge an arrangement fee.
warn-local_discretion_temporary = Councils can choose how to charge for a temporary stay: like a care home, or like care at home.
warn-deferred_payment_fees_not_modelled = Councils can charge set-up and yearly fees for a deferred payment agreement. These are not included.
warn-not_modelled_general = Not included: other capital disregards (such as personal possessions), Savings Credit disregards, carers’ premiums and dependants. Your council’s financial assessment decides what you pay.
warn-figure_from_earlier_period = { $figure }: we do not have this year’s figure yet, so the estimate uses the latest one we have ({ $value }). Ask your council for this year’s figure.
warn-deferred_payment_interest_latest_used = From week { $week }, we do not have the maximum interest rate for deferred payments yet, so the latest rate we have is used. Ask your council for its rate.
warn-assumes_latest_figures = From week { $week }, figures for later years are not known yet, so the latest known figures are used.
warn-deferred_payment_interest_unknown = From week { $week }, we do not know the maximum interest rate for deferred payments, so no interest is added. Ask your council for its rate.

## Estimator: errors by field
err-not_a_number = Enter a number, like 1250 or 1,250.50
err-negative = Enter an amount of 0 or more
err-too_large = That amount is too large. Check it and try again
err-required_positive = Enter the weekly cost of care, more than £0
err-age_range = Enter an age from 18 to 120
err-age_required_home_care = Enter an age: for care at home it sets the Minimum Income Guarantee
err-council_rate_needs_care_home = A council’s usual rate applies only to a care home
err-nursing_needs_care_home = Nursing care in this estimate applies only to care homes
err-top_up_needs_care_home = A top-up applies only to care homes
err-weeks_range = Choose between 1 and 520 weeks (10 years)
err-not_a_date = Enter a date like 2026-11-23
err-date_out_of_range = Choose a date covered by the rules we hold
err-empty = Enter an amount, or 0
err-too_many_decimals = Enter pounds and pence, with no more than two numbers after the point

## Estimator: questions
est-step-of = Question { $step } of { $total }
est-back = Back
est-continue = Continue
est-see-results = See the estimate
est-change = Change your answers
est-yes = Yes
est-no = No
est-error-prefix = Error
est-error-summary = There is a problem
est-privacy = Your answers stay in this page’s address. We do not store them.
est-err-choose = Choose yes or no
est-err-setting = Choose where the care will be
est-err-occupant = Choose who lives in the home
est-q-setting = Where will the care be?
est-h-setting = The rules are different for care homes and for care in your own home.
est-o-care_home = Moving into a care home for good
est-o-care_home_temporary = A short or temporary stay in a care home (for example respite)
est-o-home_care = Care at home
est-q-cost = How much does the care cost?
est-l-weekly_cost = Weekly cost of care
est-h-weekly_cost = { $setting ->
        [home_care] { est-h-cost-home-care }
       *[other] { est-h-cost-care-home }
    }
est-h-savings-any = { $partner ->
        [yes] { est-h-savings-couple }
       *[other] { est-h-savings }
    }
est-h-cost-care-home = The care home’s full weekly fee.
est-l-council_rate = The council’s usual rate for this kind of care home, a week (optional)
est-h-council_rate = When the council helps to pay, it pays up to its usual rate. Ask the council for it. Leave blank if you do not know.
est-h-cost-home-care = For example, 10 hours a week at £30 an hour is £300.
est-l-nursing = Has the NHS assessed that you need nursing care in the home?
est-h-nursing = If so, the NHS pays part of the fee (NHS-funded Nursing Care).
est-l-top_up = Top-up paid by someone else (optional)
est-h-top_up = Extra each week paid by family or a friend for a dearer home. Leave blank if none.
est-q-you = About you
est-l-age = Your age
est-h-age = At home, your age changes how much income the council must leave you (the Minimum Income Guarantee).
est-l-partner = Are you one of a couple?
est-h-partner = Married, in a civil partnership, or living together as a couple.
est-q-home = Your home
est-q-money = Savings and property
est-l-savings = Savings and investments
est-h-savings = Bank and building society accounts, ISAs, shares and premium bonds. Leave blank if none.
est-h-savings-couple = Joint savings of you and your partner. Half is counted as yours.
est-l-property_value = Value of your home, if you own it (optional)
est-h-property_value = Leave blank if you rent or do not own a home.
est-l-occupant = Who will still live in the home?
est-h-occupant = Your home is not counted while your partner, or a relative aged 60 or over or disabled, still lives there, if they lived there before you moved into the care home. If someone moved in later, the council may still choose not to count it, but it does not have to.
est-o-nobody = Nobody
est-o-partner = My partner
est-o-relative_60_plus = A relative aged 60 or over who lived there before I moved
est-o-relative_incapacitated = A relative who is disabled (incapacitated) and lived there before I moved
est-l-deferred_payment = Will you ask the council for a deferred payment agreement?
est-h-deferred_payment = The council pays some of your fees and you repay it later, usually when the home is sold.
est-q-income = Your weekly income
est-h-income = Enter amounts a week. Leave blank what you do not get.
est-l-state_pension = State Pension
est-l-private_pension = Private or work pensions
est-l-pension_credit = Pension Credit
est-l-attendance_allowance = Attendance Allowance
est-l-pip_daily_living = PIP: daily living part
est-l-pip_mobility = PIP: mobility part
est-l-dla_care = DLA: care part
est-l-dla_mobility = DLA: mobility part
est-l-earnings = Earnings from work
est-l-other = Other income
est-l-disability_related_expenditure = Extra costs because of disability (optional)
est-h-dre = For example extra heating, laundry or a community alarm. Your council decides what counts.
est-l-housing_costs = Rent or mortgage costs you pay yourself (optional)
est-h-housing_costs = After any Housing Benefit.

## Estimator: results
est-results-title = Your care cost estimate
est-rules-used = Rules used: { $period }
est-reform-banner = This shows the 2021 plan, which was cancelled in July 2024. It is not the law today.
est-headline = In the first week you would pay { $person } and the council would pay { $council }.
est-headline-nhs = In the first week you would pay { $person }, the council would pay { $council } and the NHS would pay { $nhs }.
est-phase-now = At the start: { $phase }.
est-phase-self_funding = you pay the full cost
est-phase-means_tested = you and the council share the cost
est-phase-council_funded = the council pays most of the cost
est-m-temporary-help = Week { $week } ({ $date }): while your home is not counted, your savings fall to the upper limit, so the council helps for a while.
est-m-full-cost-again = Week { $week } ({ $date }): your home starts to count, so you pay the full cost again.
est-m-upper = Week { $week } ({ $date }): your savings fall to the upper limit, and the council starts to help.
est-m-property = Week { $week } ({ $date }): your home starts to count.
est-m-lower = Week { $week } ({ $date }): your savings fall to the lower limit.
est-m-cap = Week { $week } ({ $date }): you would reach the cap under the 2021 plan.
est-why-heading = Why: the first week
est-phases-heading = Over { $weeks } weeks
est-col-phase = Stage
est-col-weeks = Weeks
est-col-person-week = You pay a week
est-col-council-week = Council pays a week
est-col-person-total = You pay in total
est-total-person = You pay over { $weeks } weeks
est-total-council = The council pays
est-total-nhs = The NHS pays
est-total-top-up = Top-ups paid by someone else
est-total-deferred = Owed under the deferred payment agreement
est-chart-heading = Over time
est-chart-capital-title = Your savings and other capital, week by week
est-chart-capital-desc = Capital starts at { $start } and is { $end } after { $weeks } weeks. Dashed lines show the upper and lower limits.
est-chart-capital-caption = The line is your capital. Dashed lines: upper and lower limits.
est-chart-pays-title = Who pays each week
est-who-person = You
est-who-council = Council
est-who-nhs = NHS
est-table-summary = See the numbers month by month
est-months-caption = Who pays, month by month (a week counts in the month it starts)
est-col-month = Month
est-col-top-up = Top-up
est-col-capital-end = Capital at the end of the month
est-month-name = { $month } { $year }
est-answers-heading = The answers used
est-answers-start = The estimate starts on { $date }.
est-col-week = Week
est-col-date = Date
est-col-capital = Capital
est-col-debt = Owed
est-what-if-heading = What if…
est-wi-nursing = …the NHS assessed a need for nursing care?
est-wi-no-nursing = …there were no nursing care?
est-wi-partner-home = …my partner still lived in the home?
est-wi-nobody-home = …nobody still lived in the home?
est-wi-reform = …the cancelled 2021 plan had gone ahead?
est-wi-in-force = …back to the rules in force today
est-wi-1-year = …over 1 year
est-wi-5-years = …over 5 years
est-wi-10-years = …over 10 years
est-warnings-heading = Things to know
est-figures-heading = Figures used, and where they come from
est-col-figure = Figure
est-col-period = Period
est-col-value = Amount
est-col-source = Source
est-verified = Checked
est-unverified = Not yet checked against official figures
est-unknown = Not known
est-unknown-figure = We cannot make this estimate: we do not know the { $figure } for { $period }, and we will not guess it. The official source below will have it; your council can also tell you.
est-share-heading = Save or share
est-share-label = Link to this estimate
est-copy = Copy link
est-copied = Link copied.
est-print = Print
est-disclaimer = This is an estimate to help you plan. Your council’s financial assessment decides what you pay.

## Explainers
explainer-reviewed = Last checked { $date }
explainer-reading-time = { $minutes ->
    [one] 1 minute to read
   *[other] { $minutes } minutes to read
}
explainer-due-for-review = This page was due for review on { $date }. Some details may be out of date: check with your council.
explainer-not-translated = This guide has not been translated yet, so it is shown in English.
explainer-contents = Contents
explainer-figures = Figures on this page
explainer-figures-note = Figures marked * have not yet been checked against the government’s official figures.
# The link to a figure's source; its name holds the number it shows ($reference, such as 3 or 3*).
explainer-figure-ref-label = Figure { $reference }: where it comes from
explainer-figure-unknown = the current amount (ask your council for it in writing; it is not in our data yet)
explainer-figure-unknown-rate = the current rate (ask your council for it in writing; it is not in our data yet)
explainer-figure-stale = { $value } (the figure for { $period }; we do not have a later figure yet, so ask your council for today’s)
explainer-figure-not-current = This is the latest figure we have. It may have changed since: check it with your council.
figure-per-week = { $amount } a week
figure-percent-per-year = { $rate } a year
figure-weeks = { $count ->
    [one] { $count } week
   *[other] { $count } weeks
}
explainer-sources = Sources
explainer-all = All guides
topic-the-system = How care works
topic-getting-help = Getting help
topic-carers = Carers
topic-paying = Paying for care
topic-health = Health and the NHS
topic-choosing-care = Choosing care
topic-rights = Your rights
topic-reforms = Reforms
topic-reference = Reference
status-in_force = In force
status-proposed = Proposed
status-not_delivered = Promised, not delivered
status-cancelled = Cancelled
status-local_discretion = Council’s choice
decides-national = Decided nationally
decides-council = Your council decides

## Provider directory

# CQC ratings, as CQC words them.
rating-outstanding = Outstanding
rating-good = Good
rating-requires_improvement = Requires improvement
rating-inadequate = Inadequate
rating-not_rated = Not rated
kq-safe = Safe
kq-effective = Effective
kq-caring = Caring
kq-responsive = Responsive
kq-well_led = Well-led
rating-age-years = rated { $n ->
    [one] 1 year
   *[other] { $n } years
} ago
rating-age-months = rated { $n ->
    [one] 1 month
   *[other] { $n } months
} ago
date-long = { $day } { $month } { $year }
month-0 = –
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

# Service types (CQC's many names map onto these).
svc-care-home-nursing = Care home with nursing
svc-care-home = Care home (no nursing)
svc-home-care = Home care
svc-supported-living = Supported living
svc-shared-lives = Shared Lives
svc-extra-care = Extra care housing
svc-hospice = Hospice
svc-rehabilitation = Rehabilitation
svc-community-health = Community health
svc-hospital = Hospital
svc-gp = GP practice
svc-dentist = Dentist
svc-other = Other service
spec-dementia = Dementia
spec-older-people = Older people (over 65)
spec-younger-adults = Younger adults (under 65)
spec-learning-disabilities = Learning disabilities or autism
spec-mental-health = Mental health
spec-physical-disabilities = Physical disabilities
spec-sensory-impairments = Sensory impairments
spec-substance-misuse = Drugs and alcohol
spec-eating-disorders = Eating disorders
spec-mental-health-act = People detained under the Mental Health Act
spec-children = Children

providers-title = Find and compare care
providers-lead = Search care homes, home care and other services in England. Each shows its Care Quality Commission (CQC) ratings, how old they are, and what we know about fees.
providers-q-label = Name, town or postcode
providers-q-hint = For example "Rose Court", "Leeds" or "LS6 1AA". Press / to come back to this box.
providers-near-label = Near (postcode or town)
providers-near-hint = We measure straight-line distance from here.
providers-radius-label = Within
providers-radius-default = 25 km (default)
providers-radius-option = { $km } km
providers-filters = Filters
providers-filter-service = Type of service
providers-filter-specialism = Specialisms
providers-filter-rating = Overall rating
providers-any = Any
providers-at-least = { $rating } or better
providers-filter-key-questions = Key questions
providers-filter-key-questions-hint = CQC rates five key questions. Choose a minimum for any of them.
providers-filter-age = Rated in the last
providers-within-years = { $n } years
providers-filter-beds = Number of beds
providers-beds-min = From
providers-beds-max = to
providers-filter-la = Council area
providers-filter-deregistered = Include services that have closed (deregistered)
providers-sort = Sort by
providers-sort-relevance = Best match
providers-sort-distance = Nearest first
providers-sort-rating = Highest rated first
providers-sort-recent = Most recently rated first
providers-sort-fee = Lowest published fee first
est-home-fee = The weekly cost is the fee { $name } published on { $date }: from { $amount } a week for { $care }. The home says this fee applies from { $from }.
est-home-fee-demo = The weekly cost is a made-up fee for this demonstration, shown for { $name }: from { $amount } a week for { $care } (dated { $date }).
est-home-fee-changed = You changed the weekly cost to { $cost }. The home published { $amount }.
est-home-fee-check = This is the home's lowest published fee. Ask the home in writing what it would charge for the room and care the person needs. NHS-funded nursing care is paid to the home on top of the fee: it is not part of it.
est-home-fee-link = See all of the home's fees
est-home-fee-missing = We could not find a published fee for that home any more. Check the weekly cost with the home.
providers-filter-published = Fees and short breaks
providers-filter-published-hint = Only some providers publish their fees and free short-break places here. A service that has not published is never ranked lower: it is only left out if you choose one of these.
providers-filter-fees-published = Has published its fees
providers-filter-max-fee = Lowest weekly fee up to
providers-max-fee-option = { $amount } a week
providers-accepts-yes = Yes
providers-accepts-no = No
providers-accepts-sometimes = Sometimes
providers-filter-breaks-from = Short-break places free on
providers-filter-breaks-hint = For example 24/12/2026. We only show places the provider has updated in the last 14 days.
providers-filter-breaks-to = Until (leave empty for one day)
providers-filter-break-kind = Kind of short break
provider-card-fee = Fees from { $amount } a week (published { $date })
provider-card-breaks = { $n ->
    [one] 1 short-break place free
   *[other] { $n } short-break places free
} (updated { $date })
providers-apply = Apply
providers-count = { $n ->
    [one] 1 service found
   *[other] { $count } services found
}
providers-near-exact = Distances are from { $place }.
providers-near-outcode = Distances are from the centre of { $place }'s area (approximate: we do not have that exact postcode).
providers-near-town = Distances are from the centre of { $place }.
providers-compare-hint = Tick up to { $n } services, then compare them side by side.
providers-compare-button = Compare ticked services
providers-none = No services match. Try fewer filters, a larger distance, or check the spelling.
providers-pages = Pages of results
providers-previous = Previous page
providers-next = Next page
providers-page-of = Page { $page } of { $pages }

pq-error = { $field }: { $message }
pq-field-q = Name, town or postcode
pq-field-near = Near
pq-field-radius_km = Within
pq-field-service = Type of service
pq-field-specialism = Specialisms
pq-field-min_rating = Overall rating
pq-field-min_safe = Safe
pq-field-min_effective = Effective
pq-field-min_caring = Caring
pq-field-min_responsive = Responsive
pq-field-min_well_led = Well-led
pq-field-rated_within_years = Rated in the last
pq-field-beds_min = Beds from
pq-field-beds_max = Beds to
pq-field-la = Council area
pq-field-include_deregistered = Include closed services
pq-field-fees_published = Has published its fees
pq-field-accepts_council_rate = Takes the council's usual rate
pq-field-max_weekly_fee = Lowest weekly fee up to
pq-field-short_breaks_from = Short-break places free on
pq-field-short_breaks_to = Until
pq-field-short_break_kind = Kind of short break
pq-field-sort = Sort by
pq-field-page = Page
pq-field-per_page = Results per page
pq-err-not_a_number = enter a number, like 10
pq-err-out_of_range = that number is out of range
pq-err-unknown_value = choose one of the options
pq-err-range_reversed = the second number must be the same as or bigger than the first
pq-err-needs_near = enter a postcode or town in "Near" first
pq-err-not_a_flag = tick or untick the box
pq-err-not_a_date = enter a real date, like 24/12/2026
pq-err-dates_reversed = the end date must be the same as the start date or after it
pq-err-unknown_place = we could not find that place. Try a full postcode, the first half of one (like LS6), or a town

provider-breadcrumbs = Where you are
provider-overall = Overall rating
provider-not-yet-rated = Not yet rated by CQC. New services are usually inspected within a year or two of opening.
provider-old-rating = Old rating
provider-key-questions = Ratings for the five key questions
provider-demo-tag = Demonstration data
provider-demo-text = This service is invented. It is here to show how the directory works.
provider-deregistered = Closed (no longer registered with CQC)
provider-deregistered-on = on { $date }
provider-below-good-run = { $n ->
    [one] Rated below Good at its last inspection.
   *[other] Rated below Good at its last { $n } inspections in a row.
}
provider-distance = { $km } km away
provider-distance-approx = (approximate)
provider-beds = { $n ->
    [one] 1 bed
   *[other] { $n } beds
}
provider-run-by = Run by { $name }
provider-compare-pick = Compare
provider-rating-heading = CQC rating
provider-kq-question = Key question
provider-kq-rating = Rating
provider-kq-date = Date published
provider-cqc-link = Read the inspection reports on the CQC website
provider-history-heading = Rating history
provider-about-heading = About this service
provider-specialisms = Specialisms
provider-beds-label = Beds
provider-address = Address
provider-la = Council area
provider-phone = Phone
provider-website = Website
provider-registered = Registered with CQC
provider-location-id = CQC location ID
provider-fees-heading = Fees
fees-not-published = Fees not published
fees-not-published-why = This provider has not published its fees on Care Navigator. Fees are not published in one place: each provider sets its own prices for people who pay for themselves.
fees-ask-intro = Before you agree to an assessment or a move, ask the provider to tell you in writing:
fees-ask-fee = the weekly fee for the room and the care the person needs
fees-ask-included = what the fee includes, and what costs extra
fees-ask-deposit = whether there is a deposit, how much it is, and whether you get it back
fees-ask-top-up = whether they accept the council's usual rate without a top-up (an extra payment by family or friends)
fees-ask-increases = how much notice they give before fees go up, and when they last went up
fees-ask-after-death = for how many days fees are charged after a resident dies
fees-published-by = Published by the provider on { $date }. These fees apply from { $from }.
fees-published-demo = Made-up fees for this demonstration, dated { $date }: not a real provider's prices. They apply from { $from }.
fees-table-caption = Fees for people who pay for themselves
fees-col-care = Care
fees-col-fee = Fee
fees-estimate-link = Estimate what you would pay at { $amount } a week
fees-check-contract = Published fees are a guide. The contract the provider gives you is what you agree to: check it says the same.
fee-care-residential = Residential care
fee-care-nursing = Nursing care
fee-care-residential_dementia = Residential dementia care
fee-care-nursing_dementia = Nursing dementia care
fee-care-respite_per_day = Short stay (respite)
fee-care-day_service_per_day = Day service
fee-care-home_care_per_hour = Care at home
fee-amount-week = { $amount } a week
fee-amount-day = { $amount } a day
fee-amount-hour = { $amount } an hour
fee-range-week = { $from } to { $to } a week
fee-range-day = { $from } to { $to } a day
fee-range-hour = { $from } to { $to } an hour
fee-extra-week = { $amount } a week
fee-extra-day = { $amount } a day
fee-extra-hour = { $amount } an hour
fee-extra-once = { $amount } once
fee-extra-each = { $amount } each time
fee-included = Included in the fee
fee-extras = Costs extra
fee-none-stated = None stated
fee-deposit = Deposit
fee-deposit-none = No deposit
fee-deposit-refundable = { $amount }, paid back when the stay ends
fee-deposit-not-refundable = { $amount }, not paid back
fee-notice = Notice before fees go up
fee-days = { $n ->
    [one] 1 day
   *[other] { $n } days
}
fee-last-increase-label = Last increase
fee-last-increase = { $percent }% on { $date }
fee-last-increase-none = None stated
fee-accepts-label = Takes the council's usual rate without a top-up
fee-accepts-yes = Yes
fee-accepts-no = No
fee-accepts-sometimes = Sometimes: ask about the room and care you need
fee-after-death = Fees charged after a resident dies
fee-fnc = NHS-funded nursing care is not part of these fees. If a nurse assesses that the person needs it, the NHS pays the home { $amount } a week towards nursing care ({ $dates }).
fee-fnc-old = NHS-funded nursing care is not part of these fees. If a nurse assesses that the person needs it, the NHS pays the home an amount each week towards nursing care. The latest rate we have is { $amount } a week ({ $dates }): ask the home or the NHS for today's rate.
fee-fnc-unknown = NHS-funded nursing care is not part of these fees. If a nurse assesses that the person needs it, the NHS pays the home an amount each week towards nursing care: ask the home or the NHS for today's rate.
fee-fnc-link = About NHS-funded care
fee-history-heading = Fee history
fee-history-weekly = from { $amount } a week
fee-history-from = (fees from { $date })
fee-history-published = fees published
council-rates-heading = What the council pays
council-rates-intro = The usual rate is what { $council } council says it pays for a standard place in { $year }. If the council arranges a place that costs more, someone may be asked to pay the difference (a top-up).
council-rates-old-year = These are the latest rates we have, for { $year }: they may have gone up since. Ask the council for this year's rate.
council-rates-caption = { $council } usual rates, { $year }
council-rates-col-rate = Council's usual rate
council-rates-col-home = This home's lowest published fee
council-rates-col-gap = Difference
council-rates-from = from { $date }.
council-rates-fnc-in = Includes NHS-funded nursing care.
council-rates-fnc-out = Does not include NHS-funded nursing care.
council-rates-source = Source
council-rates-home-none = Not published
council-rates-gap-more = { $amount } a week more than the usual rate
council-rates-gap-less = { $amount } a week less than the usual rate
council-rates-gap-same = The same as the usual rate
council-rates-gap-none = Not known: the home has not published this fee
council-rates-gap-bands = Depends on the band: ask the council which band applies
council-rates-gap-note = A difference is not a top-up by itself: the council must offer at least one suitable place at its usual rate, and a top-up must be agreed in writing.
council-rates-unknown = We do not have the usual rates of { $council } council. Ask its adult social care team what it pays for this kind of care.
council-rates-no-council = We could not tell which council this home is in. Ask the council where the person lives what its usual rate is.
council-page-link = About { $council } council
councils-title = Councils and adult social care
councils-lead = { $n } councils in England arrange adult social care. Choose one to see what it pays for care-home places and the care services in its area.
councils-source = The list of councils and their codes comes from the Office for National Statistics (Counties and Unitary Authorities, April 2025).
council-title = { $council } council
council-lead = { $kind } in { $region }. Government code { $code }.
council-kind-county = A county council
council-kind-unitary = A unitary council
council-kind-metropolitan = A metropolitan borough council
council-kind-london_borough = A London borough council
council-kind-other = A council
council-rates-explain = These are the weekly amounts the council says it pays for a standard care-home place, by year, with where each figure comes from.
council-national-heading = Across England
council-national-council_average_weekly_care_home_cost = In { $year }, councils across England paid on average { $amount } a week for a place in a care home (with or without nursing).
council-national-council_average_home_care_hourly_cost = In { $year }, councils across England paid on average { $amount } an hour for home care.
council-national-source = Source
council-national-unconfirmed = Not yet checked in the report itself. Check it in:
council-national-not-a-price = These are averages of all the care councils paid for across England. They are not the price of any home. They do not tell you what a home near you charges, or what people who pay for their own care are charged.
council-rates-col-from = From
council-services-heading = Care services in this area
council-services-none = There are no care services in the directory for this council yet.
council-services-link = { $n ->
    [one] 1 service in the directory
   *[other] { $n } services in the directory
}
council-contact-heading = Contact adult social care
council-contact-text = Ask { $council } council's adult social care team for a needs assessment, a carer's assessment, or its usual rates. You can find its website and phone number on GOV.UK.
council-contact-link = Find your local council on GOV.UK
council-contact-check = Could the council help? Answer a few questions
breaks-heading = Short breaks
breaks-updated-demo = Made-up short-break places for this demonstration, dated { $date } ({ $age }).
breaks-not-published = This provider has not published short-break places on Care Navigator. Phone to ask whether they have a place on the dates you need.
breaks-updated = Updated by the provider on { $date } ({ $age }).
breaks-stale = { $n ->
   *[other] This has not been updated for more than { $n } days, so we no longer show it as available: places may have gone. Phone to ask.
}
breaks-none-free = The provider says it has no short-break places free at the moment.
breaks-caption = Short-break places free
breaks-col-kind = Kind of break
breaks-col-free = Places free
breaks-col-dates = Dates
breaks-free-of = { $available } of { $maximum }
breaks-dates = { $from } to { $to }
breaks-explainer = About short breaks (respite) and who pays
break-kind-care_home_short_stay = A short stay in a care home
break-kind-day_service = A day service
break-kind-sitting_service = A sitting service at home
break-kind-shared_lives = Shared Lives
published-days-ago = { $n ->
    [0] today
    [one] 1 day ago
   *[other] { $n } days ago
}
provider-fees-explainer = How to choose a care home or home care, including fees and top-ups
provider-org-heading = Provider
provider-other-locations = { $n ->
    [one] This provider runs 1 other service.
   *[other] This provider runs { $n } other services.
}
provider-compare-start = Compare with other services
provider-ogl = Ratings and registration details: Care Quality Commission. Contains public sector information licensed under the Open Government Licence v3.0.

compare-title = Compare services
compare-too-many = You can compare up to { $n } services at a time. We show the first { $n }.
compare-empty = No services chosen yet. Search, tick up to four services, then choose "Compare".
compare-find = Find services to compare
compare-missing = We could not find: { $ids }
compare-share = To share this comparison, copy the address of this page.
compare-history = Rating history
compare-earlier-ratings = { $n ->
    [0] No earlier ratings
    [one] 1 earlier rating
   *[other] { $n } earlier ratings
}
compare-services = Services
compare-fee-from = from { $amount }
compare-fees-published = (published by the provider on { $date })
compare-fees-demo = (made up for this demonstration, { $date })
compare-breaks = { $n ->
    [0] No places free
    [one] 1 place free
   *[other] { $n } places free
} (updated { $age })
compare-breaks-stale = Not shown: last updated { $age }
compare-remove = Remove { $name }
home-find-heading = Find a care home or home care
home-find-hint = A name, town or postcode. You can filter by rating, specialism and distance next.
home-find-button = Find care
search-did-you-mean = Did you mean
related-heading = Read more
related-paying-for-care = Paying for care today: the means test, limits and what is counted
related-your-home = Your home and care costs: the 12-week disregard and deferred payments
related-care-at-home = Care at home: charges and the Minimum Income Guarantee
related-chc = NHS Continuing Healthcare and NHS-funded nursing care
related-choosing-care = Choosing a care home or home care: ratings, fees and contracts
related-respite = Respite and short breaks
related-complaints = Complaints, the Ombudsman and advocacy

## The navigator ("Check what help you could get"): content/flows/check.toml.
## Questions (nav-q-), hints (nav-h-), errors (nav-e-), options (nav-o-) and outcome titles
## (nav-outcome-). Never "eligible": only an assessor decides.

## The navigator's pages (/check)
check-search-needs-title = Check what help you could get: care and support
check-search-needs-summary = Questions about what is hard at home, then a plan: a needs assessment, benefits such as Attendance Allowance, costs and a letter to the council.
check-search-caring-title = Check what help you could get: if you look after someone
check-search-caring-summary = Questions about your caring, then a plan: a carer's assessment, Carer's Allowance, breaks from caring, an emergency plan and a letter to the council.
check-intro = Answer a few questions, one at a time. At the end you get a plan: what the law says you can ask for, what to do next, and letters you can use. It takes about 5 minutes.
check-urgent-title = If someone is at risk now
check-urgent-short = If someone is in danger, call 999. If an adult is being abused or neglected, call the council's adult social care team and ask for safeguarding.
check-urgent-999 = If someone is in danger or badly hurt, call 999.
check-urgent-safeguarding = If you think an adult is being abused or neglected, call your council's adult social care team and ask for safeguarding. Out of hours, call the council's emergency number, or the police on 101.
check-urgent-come-back = When everyone is safe, you can come back and check what help they could get.
check-urgent-come-back-link = Check what help they could get
check-back = Back
check-continue = Continue
check-or = or
check-error-prefix = Error
check-error-summary = There is a problem
check-answers-so-far = Your answers so far
check-answers = Your answers
check-change = Change
check-privacy = We do not store your answers. They are kept only in the address of this page, so you can bookmark it or share it. Anyone who uses this device can see them in its history.
check-not-translated = This part of the site is not translated yet, so it is in English.
check-plan-title = Your plan
check-plan-lead = What the law says you can ask for, what to do next, and letters you can use.
check-plan-lead-no-letters = What the law says you can ask for, and what to do next.
check-plan-date = Amounts are for { $date }.
check-plan-asks = What you can ask for, and why
check-plan-steps = What to do next
check-plan-letters = Letters you can send
check-plan-letters-lead = Each letter is written from your answers. Fill in the parts in [square brackets]. We do not send it or keep a copy.
check-plan-undecided = What we could not decide
check-plan-undecided-lead = We cannot decide what help anyone gets. Only the council can decide that, after an assessment. Only the Department for Work and Pensions (DWP) can decide about benefits.
check-undecided-unverified = We have not yet checked some of this year's amounts against an official source. They are marked on this page.
check-plan-sources = Sources
check-why = Why this is here: you answered
check-law = The law and guidance:
check-unconfirmed = not yet checked against an official source
check-amount-unknown = not known
check-tool-estimate = Estimate what care could cost
check-tool-providers = Find care services
check-tool-emergency_plan = Print a blank emergency plan
check-share = Keep or share this plan
check-share-label = The address of this plan (it holds your answers)
check-copy-link = Copy link
check-print = Print
check-copied = Copied
check-start-again = Start again
check-disclaimer = This plan gives general information about the law in England. It is not legal advice.
check-letter-back = Back to your plan
check-letter-lead = Fill in the parts in [square brackets] before you send it. You can send it by email or by post, or read it out on the phone.
check-letter-label = The letter
check-letter-copy = Copy the letter
check-letter-download = Download as a text file
check-letter-privacy = We do not send this letter or keep a copy.
check-ep-back = Back to the questions
check-ep-print = Use your browser's Print button (or press Ctrl and P) to print it.

nav-q-for = Who is this for?
nav-e-for = Choose who this is for
nav-o-for-me = Me
nav-o-for-someone_else = Someone I help or look after
nav-o-for-adviser = I am an adviser helping a caller

nav-q-situation = What is happening?
nav-e-situation = Choose what is happening
nav-o-situation-needs_help = Needs help at home, or needs have changed
nav-o-situation-caring = { $who ->
        [you] I look after someone
       *[they] They look after someone (they are a carer)
    }
nav-o-situation-hospital = Leaving hospital
nav-o-situation-paying = Paying for a care home
nav-o-situation-problem = Something has gone wrong with care
nav-o-situation-urgent = Someone is at risk now

nav-o-yes = Yes
nav-o-no = No
nav-o-not_sure = Not sure
nav-o-none = None of these

nav-e-impairment = Choose yes, no or not sure

nav-e-unable = Choose at least one, or "None of these"
nav-o-unable-nutrition = Get and eat enough food and drink
nav-o-unable-hygiene = { $who ->
        [you] Wash yourself and your clothes
       *[they] Wash themselves and their clothes
    }
nav-o-unable-toilet = Use the toilet and manage continence
nav-o-unable-dressing = Get dressed in clothes that suit the weather and the day
nav-o-unable-home_safety = Move around the home safely, including getting in and out
nav-o-unable-habitable_home = Keep the home clean, warm and safe enough to live in
nav-o-unable-relationships = See family and friends, and keep in touch with them
nav-o-unable-work_learning = Work, train, study or volunteer
nav-o-unable-community = Get out to shops, services and activities, including using transport
nav-o-unable-child_care = { $who ->
        [you] Look after a child you are responsible for
       *[they] Look after a child they are responsible for
    }

nav-e-wellbeing = Choose yes, no or not sure


nav-e-caring_hours = Enter a number of hours from 0 to 168, like 35

nav-h-carer_unable = { $who ->
        [you] Choose all that apply. Count it if you can only do it with help, with a lot of pain, worry or upset, or by putting yourself or someone else at risk.
       *[they] Choose all that apply. Count it if they can only do it with help, with a lot of pain, worry or upset, or by putting themselves or someone else at risk.
    }
nav-e-carer_unable = Choose at least one, or "None of these"
nav-o-carer_unable-child_care = Look after a child
nav-o-carer_unable-caring_for_others = Look after someone else who needs care
nav-o-carer_unable-habitable_home = Keep the home clean, warm and safe
nav-o-carer_unable-nutrition = Eat properly
nav-o-carer_unable-relationships = See family and friends
nav-o-carer_unable-work_learning = Work, train, study or volunteer
nav-o-carer_unable-community = Use shops, services and activities
nav-o-carer_unable-recreation = Have time to rest, or for hobbies and friends

nav-e-carer_health = Choose yes or no

nav-e-carer_wellbeing = Choose yes or no

nav-h-cared_for_benefit = Choose all that apply.
nav-e-cared_for_benefit = Choose at least one, "None of these" or "Not sure"
nav-o-benefit-attendance_allowance = Attendance Allowance
nav-o-benefit-pip_daily_living = Personal Independence Payment (the daily living part)
nav-o-benefit-dla_care_middle_or_high = Disability Living Allowance (the care part, middle or highest rate)
nav-o-benefit-constant_attendance_allowance = Constant Attendance Allowance (at the full day rate or more)
nav-o-benefit-afip = Armed Forces Independence Payment
nav-o-benefit-adult_disability_payment = Adult Disability Payment (Scotland, the daily living part)
nav-o-benefit-pension_age_disability_payment = Pension Age Disability Payment (Scotland)
nav-o-benefit-child_disability_payment_care = Child Disability Payment (the care part, middle or highest rate; Scotland)

nav-e-carer_earnings = Enter an amount in pounds, like 150

nav-h-full_time_education = This means 21 hours or more of study a week.
nav-e-full_time_education = Choose yes or no

nav-outcome-urgent_help = Get help now
nav-outcome-needs_assessment_right = You can ask the council for a needs assessment
nav-outcome-needs_likely_eligible = The needs are likely to meet the national rules
nav-outcome-needs_may_be_eligible = The needs may meet the national rules
nav-outcome-needs_unlikely_eligible = The needs may not meet the national rules, but you can still ask for an assessment
nav-outcome-carers_assessment_right = You can ask the council for a carer's assessment
nav-outcome-carer_likely_eligible = { $who ->
        [you] From your answers, your needs as a carer are likely to meet the national rules
       *[they] From your answers, the carer's needs are likely to meet the national rules
    }
nav-outcome-carers_allowance_likely = { $who ->
        [you] You may be able to get Carer's Allowance
       *[they] The carer may be able to get Carer's Allowance
    }
nav-outcome-carers_allowance_earnings_over_limit = { $who ->
        [you] Your earnings may be over the limit for Carer's Allowance: check them
       *[they] The carer's earnings may be over the limit for Carer's Allowance: check them
    }
nav-outcome-carers_allowance_needs_qualifying_benefit = { $who ->
        [you] Carer's Allowance needs the person you care for to get certain benefits
       *[they] Carer's Allowance needs the person being cared for to get certain benefits
    }

### Care Navigator: plain-English text for the navigator ("Check what help you could get").
### Reading age 9 to 11. Never say someone "is eligible" or "will get" something:
### the council decides after an assessment, and the DWP decides benefits.
### Money amounts arrive only through variables, already formatted (or as "not known").
### Where a line must start with a square bracket, the bracket is written as a Fluent
### string literal placeable, because Fluent does not allow "[" at the start of a
### continuation line. It renders as a plain "[".

## A. Questions, hints and errors that fit who is answering.
## $who is "you" (the person answering is the one the question is about)
## or "they" (answering about someone else, such as a relative or an adviser with a caller).
## On the carer path, "they" means the carer.

nav-q-impairment = { $who ->
        [you] Are your needs caused by an illness, a disability or another health condition?
       *[they] Are their needs caused by an illness, a disability or another health condition?
    }

nav-h-impairment = { $who ->
        [you] This includes your physical and mental health, memory problems such as dementia, and learning disabilities.
       *[they] This includes their physical and mental health, memory problems such as dementia, and learning disabilities.
    }

nav-q-unable = { $who ->
        [you] Which of these can you not do, or only do with difficulty?
       *[they] Which of these can they not do, or only do with difficulty?
    }

nav-h-unable = { $who ->
        [you] Choose all that apply. Count it if you can only do it with help, with a lot of pain, worry or upset, by putting yourself or others at risk, or much more slowly than most people.
       *[they] Choose all that apply. Count it if they can only do it with help, with a lot of pain, worry or upset, by putting themselves or others at risk, or much more slowly than most people.
    }

nav-q-wellbeing = { $who ->
        [you] Are these things having a big effect on your life or wellbeing, or are they likely to?
       *[they] Are these things having a big effect on their life or wellbeing, or are they likely to?
    }

nav-h-wellbeing = { $who ->
        [you] For example your health, safety, dignity, how you feel, or your control over your day.
       *[they] For example their health, safety, dignity, how they feel, or their control over their day.
    }

nav-q-age = { $path ->
        [caring] { $who ->
            [you] How old are you?
           *[they] How old is the carer?
        }
       *[other] { $who ->
            [you] How old are you?
           *[they] How old are they?
        }
    }

nav-h-age = { $path ->
        [caring] { $who ->
            [you] Your own age, not the age of the person you look after.
           *[they] The carer's own age, not the age of the person they look after.
        }
       *[other] Age in whole years.
    }

nav-e-age = { $who ->
        [you] Enter your age in years, like 78
       *[they] Enter their age in years, like 78
    }

nav-q-caring_hours = { $who ->
        [you] About how many hours a week do you spend caring?
       *[they] About how many hours a week do they spend caring?
    }

nav-h-caring_hours = { $who ->
        [you] Count everything: help with washing, meals, medicines, appointments and keeping the person you care for company or safe. If you care for more than one person, give the hours for the one you care for most.
       *[they] Count everything: help with washing, meals, medicines, appointments and keeping the person they care for company or safe. If they care for more than one person, give the hours for the one they care for most.
    }

nav-q-carer_unable = { $who ->
        [you] Because of caring, which of these can you not do, or only do with difficulty?
       *[they] Because of caring, which of these can they not do, or only do with difficulty?
    }

nav-q-carer_health = { $who ->
        [you] Is caring making your own health worse, or putting it at risk?
       *[they] Is caring making their own health worse, or putting it at risk?
    }

nav-q-carer_wellbeing = { $who ->
        [you] Is caring having a big effect on your life or wellbeing, or is it likely to?
       *[they] Is caring having a big effect on their life or wellbeing, or is it likely to?
    }

nav-q-cared_for_benefit = { $who ->
        [you] Does the person you care for get any of these?
       *[they] Does the person they care for get any of these?
    }

nav-q-carer_earnings = { $who ->
        [you] How much do you earn a week, after tax and National Insurance?
       *[they] How much do they earn a week, after tax and National Insurance?
    }

nav-h-carer_earnings = { $who ->
        [you] If you do not work, enter 0.
       *[they] If they do not work, enter 0.
    }

nav-q-full_time_education = { $who ->
        [you] Are you in full-time education?
       *[they] Are they in full-time education?
    }

nav-q-setting = { $who ->
        [you] Where do you live now?
       *[they] Where do they live now?
    }

nav-e-setting = { $who ->
        [you] Choose where you live now
       *[they] Choose where they live now
    }

nav-o-setting-home = { $who ->
        [you] At home (your own home or a family member's)
       *[they] At home (their own home or a family member's)
    }

nav-o-setting-care_home = In a care home

## B. Outcome explanations (nav-outcome-<id>-text), then titles for the new outcomes.
## Amounts come only from variables. Say "could", "may" or "likely", never "will".

nav-outcome-urgent_help-text = If someone is in danger now, call 999. If you think an adult is being abused or neglected, call your council's adult social care team and ask for safeguarding. Out of hours, call the council's emergency number, or the police on 101. You do not need proof to report a worry.

nav-outcome-needs_assessment_right-text = { $who ->
        [you] Under section 9 of the Care Act 2014, the council must assess any adult who may need care and support. It does not matter how big or small your needs are. It does not matter how much money you have. The assessment is free.
       *[they] Under section 9 of the Care Act 2014, the council must assess any adult who may need care and support. It does not matter how big or small their needs are. It does not matter how much money they have. The assessment is free. You can ask for one for them, if they agree. If they cannot decide for themselves, you can still ask.
    }

nav-outcome-needs_likely_eligible-text = { $who ->
        [you] There are national rules for who gets help. The needs must come from an illness, a disability or another health condition. They must stop you doing at least two of ten everyday things. And they must have a big effect on your wellbeing. Your answers seem to fit these rules. But only the council can decide, after it assesses you.
       *[they] There are national rules for who gets help. The needs must come from an illness, a disability or another health condition. They must stop the person doing at least two of ten everyday things. And they must have a big effect on their wellbeing. Your answers seem to fit these rules. But only the council can decide, after it assesses them.
    }

nav-outcome-needs_may_be_eligible-text = There are national rules for who gets help. The needs must come from an illness, a disability or another health condition. They must stop the person doing at least two of ten everyday things. And they must have a big effect on their wellbeing. Some of your answers seem to fit these rules, but we could not be sure about all of them. So it is worth asking for an assessment. Only the council can decide.

nav-outcome-needs_unlikely_eligible-text = { $who ->
        [you] From your answers, your needs may not meet the national rules today. But under section 9 of the Care Act 2014, the council must still assess you if you may need care and support. If it decides your needs do not meet the rules, it must tell you why in writing and give you advice about other help.
       *[they] From your answers, their needs may not meet the national rules today. But under section 9 of the Care Act 2014, the council must still assess them if they may need care and support. If it decides their needs do not meet the rules, it must tell them why in writing and give advice about other help.
    }

nav-outcome-attendance_allowance_consider-text = { $who ->
        [you] Attendance Allowance is for people who have reached State Pension age and need help with personal care, or someone to watch over them, because of an illness or disability. Your income and savings do not count. The lower weekly rate is { $attendance_allowance_lower } and the higher weekly rate is { $attendance_allowance_higher }.
       *[they] Attendance Allowance is for people who have reached State Pension age and need help with personal care, or someone to watch over them, because of an illness or disability. Their income and savings do not count. The lower weekly rate is { $attendance_allowance_lower } and the higher weekly rate is { $attendance_allowance_higher }.
    }

nav-outcome-pip_consider-text = { $who ->
        [you] Personal Independence Payment (PIP) is for people aged 16 or over and under State Pension age who need help because of an illness or disability. Its daily living part is for help with everyday tasks. We do not check PIP here, but you can find out how to claim on GOV.UK.
       *[they] Personal Independence Payment (PIP) is for people aged 16 or over and under State Pension age who need help because of an illness or disability. Its daily living part is for help with everyday tasks. We do not check PIP here, but you can find out how they can claim on GOV.UK.
    }

nav-outcome-state_pension_age_check-text = { $who ->
        [you] State Pension age is going up, and the exact age depends on your date of birth. Under section 26 of the Pensions Act 2014, it goes up between 2026 and 2028. It matters because it changes which benefits you could claim, so check it on GOV.UK.
       *[they] State Pension age is going up, and the exact age depends on their date of birth. Under section 26 of the Pensions Act 2014, it goes up between 2026 and 2028. It matters because it changes which benefits they could claim, so check it on GOV.UK.
    }

nav-outcome-care_costs-text = { $who ->
        [you] The council may charge for your care and support. It does a financial assessment to work out what you may pay, based on your income and savings. Our cost estimator can give you a rough idea first.
       *[they] The council may charge for their care and support. It does a financial assessment to work out what they may pay, based on their income and savings. Our cost estimator can give you a rough idea first.
    }

nav-outcome-carers_assessment_right-text = { $who ->
        [you] Under section 10 of the Care Act 2014, the council must assess any adult carer who may need support. It does not matter how much care you give, or how much money you have. The assessment is free, and it is about you, not just the person you care for.
       *[they] Under section 10 of the Care Act 2014, the council must assess any adult carer who may need support. It does not matter how much care they give, or how much money they have. The assessment is free, and it is about the carer, not just the person they care for.
    }

nav-outcome-carer_likely_eligible-text = { $who ->
        [you] There are national rules for carers. Caring must harm your health or put it at risk, or stop you doing at least one of eight everyday things. It must also have a big effect on your wellbeing. Your answers seem to fit these rules. But only the council can decide, after a carer's assessment.
       *[they] There are national rules for carers. Caring must harm the carer's health or put it at risk, or stop them doing at least one of eight everyday things. It must also have a big effect on their wellbeing. Your answers seem to fit these rules. But only the council can decide, after a carer's assessment.
    }

nav-outcome-carers_allowance_likely-text = { $who ->
        [you] From your answers, you may be able to get Carer's Allowance. The weekly rate is { $carers_allowance_weekly } and the weekly earnings limit is { $carers_allowance_earnings_limit }. The Department for Work and Pensions (DWP) decides if you get it, so you need to claim.
       *[they] From your answers, the carer may be able to get Carer's Allowance. The weekly rate is { $carers_allowance_weekly } and the weekly earnings limit is { $carers_allowance_earnings_limit }. The Department for Work and Pensions (DWP) decides if they get it, so they need to claim.
    }

nav-outcome-carers_allowance_earnings_over_limit-text = { $who ->
        [you] The weekly earnings limit for Carer's Allowance is { $carers_allowance_earnings_limit }. The limit is for "net" earnings. That is your pay after tax and National Insurance. You can also take off half of what you pay into a pension, and some care costs. Your net earnings may be under the limit, so check.
       *[they] The weekly earnings limit for Carer's Allowance is { $carers_allowance_earnings_limit }. The limit is for "net" earnings. That is the carer's pay after tax and National Insurance. They can also take off half of what they pay into a pension, and some care costs. Their net earnings may be under the limit, so check.
    }

nav-outcome-carers_allowance_needs_qualifying_benefit-text = { $who ->
        [you] To get Carer's Allowance, the person you care for must get one of the benefits in the list, such as Attendance Allowance or the daily living part of PIP. If they do not get one, or you are not sure, check. If they get none, they could claim Attendance Allowance or PIP first. Then you could claim Carer's Allowance.
       *[they] To get Carer's Allowance, the person they care for must get one of the benefits in the list, such as Attendance Allowance or the daily living part of PIP. If that person does not get one, or you are not sure, check. If they get none, they could claim Attendance Allowance or PIP first. Then the carer could claim Carer's Allowance.
    }

nav-outcome-carers_allowance_watch-text = { $who ->
        [you] If the person you care for gets an extra amount for severe disability in their benefits (the Severe Disability Premium, or the same kind of extra in Pension Credit), it could stop if you are paid Carer's Allowance. Talk to them before you claim. If you get a State Pension, you usually cannot be paid Carer's Allowance too. It can still be worth claiming. The Department for Work and Pensions (DWP) may record that you qualify, and this can mean more money from other benefits such as Pension Credit.
       *[they] If the person they care for gets an extra amount for severe disability in their benefits (the Severe Disability Premium, or the same kind of extra in Pension Credit), it could stop if the carer is paid Carer's Allowance. The carer should talk to them before claiming. If the carer gets a State Pension, they usually cannot be paid Carer's Allowance too. It can still be worth claiming. The Department for Work and Pensions (DWP) may record that they qualify, and this can mean more money from other benefits such as Pension Credit.
    }

nav-outcome-short_breaks-text = { $who ->
        [you] A short break (respite) gives you time off from caring. It could be a short stay in a care home, a day centre, a care worker at home, or a stay with a Shared Lives carer (a checked person who shares their home). The council usually arranges it after an assessment. If the break is care for the person you look after, the council may charge them, after checking their money. It will not charge you for it.
       *[they] A short break (respite) gives the carer time off from caring. It could be a short stay in a care home, a day centre, a care worker at home, or a stay with a Shared Lives carer (a checked person who shares their home). The council usually arranges it after an assessment. If the break is care for the person they look after, the council may charge that person, after checking their money. It will not charge the carer for it.
    }

nav-outcome-emergency_plan-text = { $who ->
        [you] If you fall ill or have an accident, someone may need to step in fast. You can write down what that person needs to know, such as medicines, routines and who to call. This helps keep the person you care for safe. Some councils and carers' centres also run emergency schemes, so ask about one.
       *[they] If the carer falls ill or has an accident, someone may need to step in fast. The carer can write down what that person needs to know, such as medicines, routines and who to call. This helps keep the person they care for safe. Some councils and carers' centres also run emergency schemes, so ask about one.
    }

nav-outcome-other_situation-text = We are still building this part of the checker. The guides linked below explain what you can do now.

nav-outcome-young_person-text = { $who ->
        [you] People under 18 get help from the council's children's services, not from adult social care. Children's services can assess what help you need. If you look after someone, you have a right to a young carer's assessment. Ask children's services for one. When you are nearly 18, the council can do a "transition assessment" to plan for your care and support as an adult.
       *[they] People under 18 get help from the council's children's services, not from adult social care. Children's services can assess what help they need. If they look after someone, they have a right to a young carer's assessment. Ask children's services for one. When they are nearly 18, the council can do a "transition assessment" to plan for their care and support as an adult.
    }

nav-outcome-carers_allowance_conditions-text = { $who ->
        [you] To get Carer's Allowance, you must be 16 or over. You must care for one person for 35 hours a week or more. That person must get a certain disability benefit, such as Attendance Allowance or the daily living part of PIP. Your net earnings must not be more than the weekly limit. And you must not be in full-time education (21 hours or more of study a week). From your answers, one of these does not fit yet. If things change, check again.
       *[they] To get Carer's Allowance, the carer must be 16 or over. They must care for one person for 35 hours a week or more. That person must get a certain disability benefit, such as Attendance Allowance or the daily living part of PIP. The carer's net earnings must not be more than the weekly limit. And they must not be in full-time education (21 hours or more of study a week). From your answers, one of these does not fit yet. If things change, check again.
    }

nav-outcome-attendance_allowance_consider = Attendance Allowance could help
nav-outcome-pip_consider = Personal Independence Payment could help
nav-outcome-state_pension_age_check = Check State Pension age
nav-outcome-care_costs = What care may cost
nav-outcome-carers_allowance_watch = Check how Carer's Allowance affects other benefits
nav-outcome-short_breaks = Breaks from caring
nav-outcome-emergency_plan = Make an emergency plan
nav-outcome-other_situation = Guides for your situation
nav-outcome-young_person = Help for people under 18 comes from children's services
nav-outcome-carers_allowance_conditions = What Carer's Allowance needs

## C. Next steps. Each is a short instruction; the plan lists them in order.

nav-step-call-999 = If someone is in danger now, call 999.
nav-step-safeguarding = If you think an adult is being abused or neglected, call your council's adult social care team and ask for safeguarding. Out of hours, call the council's emergency number, or the police on 101.
nav-step-contact-council-needs = { $who ->
        [you] Contact the adult social care team at the council where you live, by phone, online form or letter. Ask for a needs assessment. If things are urgent, say so. The council can help straight away, before the assessment. The letter below can help.
       *[they] Contact the adult social care team at the council where they live, and ask for a needs assessment. If things are urgent, say so. The council can help straight away, before the assessment. The letter below can help.
    }
nav-step-prepare-needs = Before the assessment, write down what is hard on good days and on bad days, and who helps now.
nav-step-ask-written = Ask for the assessment, and any care and support plan, in writing.
nav-step-contact-council-carer = { $who ->
        [you] Contact the adult social care team at the council where the person you care for lives, or your local carers' centre. Ask for a carer's assessment. The letter below can help.
       *[they] Contact the adult social care team at the council where the person being cared for lives, or the carer's local carers' centre. Ask for a carer's assessment. The letter below can help.
    }
nav-step-prepare-carer = { $who ->
        [you] Write down what you do as a carer in a normal week, and how it affects you.
       *[they] Ask the carer to write down what they do in a normal week, and how it affects them.
    }
nav-step-claim-carers-allowance = { $who ->
        [you] Claim Carer's Allowance online on GOV.UK, or by post on a paper form. The Department for Work and Pensions (DWP) decides if you get it.
       *[they] The carer can claim Carer's Allowance online on GOV.UK, or by post on a paper form. The Department for Work and Pensions (DWP) decides if they get it.
    }
nav-step-check-net-earnings = { $who ->
        [you] Check your net earnings. That is your pay after tax and National Insurance. You can also take off half of what you pay into a pension, and some care costs. Then compare the total with the earnings limit.
       *[they] Check the carer's net earnings. That is their pay after tax and National Insurance. They can also take off half of what they pay into a pension, and some care costs. Then compare the total with the earnings limit.
    }
nav-step-cared-for-benefit = { $who ->
        [you] Check if the person you care for could claim Attendance Allowance or PIP. If they get one of them, you could then claim Carer's Allowance.
       *[they] Check if the person being cared for could claim Attendance Allowance or PIP. If they get one, the carer could then claim Carer's Allowance.
    }
nav-step-talk-sdp = { $who ->
        [you] Talk to the person you care for before you claim Carer's Allowance. If they get an extra amount for severe disability in their benefits (for example in Pension Credit), it could stop if you are paid Carer's Allowance.
       *[they] The carer should talk to the person they care for before claiming Carer's Allowance. If that person gets an extra amount for severe disability in their benefits (the Severe Disability Premium, or the same kind of extra in Pension Credit), it could stop if the carer is paid Carer's Allowance.
    }
nav-step-claim-aa = Find out how to claim Attendance Allowance on GOV.UK. The DWP decides who gets it, and at which rate.
nav-step-claim-pip = Find out how to claim Personal Independence Payment (PIP) on GOV.UK. The DWP decides after its own assessment.
nav-step-check-spa = Check State Pension age on GOV.UK, using the date of birth.
nav-step-estimate-costs = Use our cost estimator to get a rough idea of what care may cost.
nav-step-ask-breaks = In the carer's assessment, ask about breaks from caring and how to get one.
nav-step-emergency-plan = Fill in an emergency plan for someone stepping in, and keep it by the phone.
nav-step-read-guides = Read the guides linked below.

nav-step-childrens-services = { $who ->
        [you] Contact the council's children's services and ask for an assessment (a young carer's assessment if you look after someone).
       *[they] Contact the council's children's services and ask for an assessment (a young carer's assessment if they look after someone).
    }

## D. What we could not decide.

nav-undecided-needs = Only the council's needs assessment can decide if the needs meet the national rules. Our answer is a guide, not a decision.
nav-undecided-carer = Only the council's carer's assessment can decide if a carer's needs meet the national rules. Our answer is a guide, not a decision.
nav-undecided-charges = What the council charges depends on its financial assessment of income and savings. We cannot work this out for you.
nav-undecided-carers-allowance = The DWP decides who gets Carer's Allowance. We cannot decide this for you.
nav-undecided-aa = The DWP decides who gets Attendance Allowance, and at which rate.
nav-undecided-pip = The DWP decides who gets PIP, after its own assessment.
nav-undecided-spa = We asked for age in years, so we cannot tell if someone aged { $age } has reached State Pension age. Check on GOV.UK, using the date of birth.

## E. Letters: plain text to copy, print or download. We never send them.
## The code joins paragraphs with blank lines. Square brackets mark what we do not know.
## $list arrives as lines that each start with "- ". $hours is a number of hours.

nav-letter-sender =
    { "[" }Your name]
    { "[" }Your address]
    { "[" }Your phone number or email]
    { "[" }Today's date]

nav-letter-recipient =
    Adult Social Care
    { "[" }Name of the council]
    { "[" }The council's address or email]

nav-letter-greeting = Dear Adult Social Care team,

nav-letter-signoff =
    Yours faithfully,

    { "[" }Your name]

nav-letter-writer = [How you know them, for example "their daughter", or your job and organisation if you are an adviser]

nav-letter-escalate = If I do not hear from you by then, I will use the council's complaints procedure. I may also contact the Local Government and Social Care Ombudsman.

nav-letter-needs-title = Letter asking for a needs assessment

nav-letter-needs-subject = Request for a needs assessment under section 9 of the Care Act 2014

nav-letter-needs-intro = { $who ->
        [you] I am writing to ask for an assessment of my needs for care and support. My date of birth is [Your date of birth].
       *[they] I am writing to ask for an assessment of the care and support needs of [Their full name]. Their date of birth is [Their date of birth]. Their address is [Their address]. [Keep one: They know about this letter and agree to it. / I act for them as their [attorney / deputy]. / They cannot decide this for themselves, and I am their [relationship].]
    }

nav-letter-needs-facts = { $who ->
        [you] Because of my health, I cannot do these things, or can only do them with help, pain or risk:
            { $list }
       *[they] Because of their health, they cannot do these things, or can only do them with help, pain or risk:
            { $list }
    }

nav-letter-needs-facts-plain = { $who ->
        [you] I cannot do these things, or can only do them with help, pain or risk:
            { $list }
       *[they] They cannot do these things, or can only do them with help, pain or risk:
            { $list }
    }

nav-letter-needs-facts-unknown = [Describe what is hard, on good days and bad days. For example: washing, getting dressed, meals, using the toilet, moving around the home, or getting out. Say who helps now.]

nav-letter-needs-wellbeing = { $who ->
        [you] This is having a big effect on my wellbeing, or is likely to. [Say how, for example on your health, safety, mood or dignity.]
       *[they] This is having a big effect on their wellbeing, or is likely to. [Say how, for example on their health, safety, mood or dignity.]
    }

nav-letter-needs-law = Under section 9 of the Care Act 2014, the council must assess any adult who may need care and support. This applies whatever the level of their needs and however much money they have.

nav-letter-needs-ask = { $who ->
        [you] Please arrange the assessment, and tell me in writing when it will happen. Please reply by [a date about 2 weeks from today]. [If this is urgent, say why here.] [Say here if you need an interpreter, an advocate or another kind of help.]
       *[they] Please arrange the assessment, and tell [Their full name] and me in writing when it will happen. Please reply to us both by [a date about 2 weeks from today]. [If this is urgent, say why here.] [Say here if they need an interpreter, an advocate or another kind of help.]
    }

nav-letter-carer-title = Letter asking for a carer's assessment

nav-letter-carer-subject = Request for a carer's assessment under section 10 of the Care Act 2014

nav-letter-carer-intro = { $who ->
        [you] I am writing to ask for a carer's assessment. My date of birth is [Your date of birth]. I look after [Full name of the person you care for]. I spend about { $hours } hours a week caring.
       *[they] I am writing to ask for a carer's assessment for [The carer's full name]. Their date of birth is [The carer's date of birth]. Their address is [The carer's address]. They look after [Full name of the person they care for]. They spend about { $hours } hours a week caring. [Keep one: They know about this letter and agree to it. / I act for them as their [attorney / deputy]. / They cannot decide this for themselves, and I am their [relationship].]
    }

nav-letter-carer-facts = { $who ->
        [you] Because of caring, I cannot do these things, or can only do them with difficulty:
            { $list }
       *[they] Because of caring, [The carer's full name] cannot do these things, or can only do them with difficulty:
            { $list }
    }

nav-letter-carer-facts-unknown = { $who ->
        [you] [Describe what you do as a carer in a normal week, and how caring affects your health, sleep, work, family and time for yourself.]
       *[they] [Describe what the carer does in a normal week, and how caring affects their health, sleep, work, family and time for themselves.]
    }

nav-letter-carer-health = { $who ->
        [you] Caring is making my own health worse, or putting it at risk. [Say how, for example sleep, pain, stress or mood.]
       *[they] Caring is making their own health worse, or putting it at risk. [Say how, for example sleep, pain, stress or mood.]
    }

nav-letter-carer-wellbeing = { $who ->
        [you] Caring is having a big effect on my wellbeing. [Say how, for example on your sleep, work, family or time for yourself.]
       *[they] Caring is having a big effect on their wellbeing. [Say how.]
    }

nav-letter-carer-law = Under section 10 of the Care Act 2014, the council must assess any adult carer who may need support. This applies whatever the level of their needs and however much money they have.

nav-letter-carer-ask = { $who ->
        [you] Please arrange a carer's assessment. As part of it, please look at a break from caring. Please tell me in writing when it will happen, and reply by [a date about 2 weeks from today].
       *[they] Please arrange a carer's assessment. As part of it, please look at a break from caring. Please tell [The carer's full name] and me in writing when it will happen. Please reply to us both by [a date about 2 weeks from today].
    }

## F. The emergency plan: a blank form to print and fill in by hand.

nav-ep-title = Emergency plan for someone stepping in
nav-ep-intro = Print this page and fill it in by hand. Keep it by the phone, and tell someone you trust where it is. We do not store anything.
nav-ep-person = Name of the person you care for
nav-ep-needs = What help they need, and anything to watch out for
nav-ep-routine = Their daily routine: meals, sleep, likes and dislikes
nav-ep-medication = Where their list of medicines is kept
nav-ep-gp = Their GP: the surgery's name and phone number
nav-ep-contacts = Who to call: names and phone numbers
nav-ep-carer = Your name and phone number
nav-ep-other = Anything else someone stepping in should know

## Publishing (providers)
pub-title = Publish your fees and short breaks
pub-sign-in-needed = To publish, sign in with the link the Care Navigator team sent you. Each link works once, for 7 days.
pub-what-for = Providers publish their fees and their free short-break places here, so that families and carers can see them before they phone. What you publish is shown with its date on your locations' pages.
pub-sign-in-title = Sign in to publish
pub-sign-in-text = Select the button to sign in. You will stay signed in for 12 hours on this device, or until you sign out.
pub-sign-in-button = Sign in
pub-sign-in-failed = This sign-in link has expired, has been used already, or was withdrawn. Ask the Care Navigator team for a new one.
pub-signed-out = You have signed out.
pub-home-title = Publish for { $provider }
pub-home-intro = Choose what to publish for each of your locations. Everything you publish is shown to the public with its date, and kept in the history.
pub-published-on = Published on { $date }
pub-updated-on = Updated on { $date }
pub-not-published = Not published
pub-edit-fees = Publish or change fees for { $name }
pub-edit-availability = Publish or change short-break places for { $name }
pub-done-fees = Fees published for { $name }.
pub-done-availability = Short-break places published for { $name }.
pub-done-see = See what the public sees
pub-sign-out = Sign out
pub-back = Back to your locations
pub-not-yours-title = Not one of your locations
pub-not-yours = You can publish only for your own locations.
pub-fees-title = Fees for { $name }
pub-fees-intro = Give the fees for people who pay for themselves. Leave a row blank if you do not offer that kind of care.
pub-fees-fnc = Do not include NHS-funded nursing care in nursing fees: the NHS pays it to you directly, and we show it beside your fees.
pub-fees-heading = Fees
pub-fees-rows-hint = Give the lowest fee, and the highest if fees depend on the room.
pub-fee-from = { $care }: lowest fee
pub-fee-to = { $care }: highest fee
pub-fee-to-hint = Leave blank if there is one fee.
pub-fee-period = { $care }: per
pub-fee-room = { $care }: room (optional)
pub-fee-room-label = { $care }: room
pub-period-week = week
pub-period-day = day
pub-period-hour = hour
pub-period-once = once
pub-period-each = each time
pub-terms-heading = What the fee includes, and your terms
pub-f-valid_from = Date these fees apply from
pub-date-hint = For example, 2026-04-01
pub-f-included = What the fee includes
pub-included-hint = One thing on each line, for example meals, laundry, activities.
pub-extras-legend = What costs extra
pub-extras-hint = For example hairdresser, chiropody, newspapers. Leave rows blank if you do not need them.
pub-extra-name = Extra { $n }: what
pub-extra-amount = Extra { $n }: amount
pub-extra-period = Extra { $n }: charged
pub-f-deposit = Do you ask for a deposit?
pub-deposit-none = No deposit
pub-deposit-refundable = Yes, paid back when the stay ends
pub-deposit-kept = Yes, not paid back
pub-f-deposit_amount = Deposit amount
pub-deposit-amount-hint = Only if you ask for a deposit.
pub-f-increase_notice_days = How many days' notice do you give before fees go up?
pub-f-last_increase = Have your fees gone up before?
pub-last-increase-none = No
pub-last-increase-some = Yes
pub-f-last_increase_date = Date of the last increase
pub-f-last_increase_percent = Last increase, in per cent
pub-f-accepts_council_rate = Do you take the council's usual rate without a top-up?
pub-f-fees_after_death_days = For how many days are fees charged after a resident dies?
pub-f-items = Fees
pub-publish-warning = When you publish, these fees are shown to the public at once, with today's date. The fees you published before stay in the history.
pub-publish-fees = Publish fees
pub-breaks-title = Short-break places at { $name }
pub-breaks-intro = Say how many short-break places are free, and when. Update this at least every 14 days: older information is no longer shown as available.
pub-break-row = Places { $n }
pub-break-kind = Places { $n }: kind of break
pub-break-available = Places { $n }: how many are free
pub-break-maximum = Places { $n }: how many you have in all
pub-break-from = Places { $n }: from
pub-break-to = Places { $n }: to
pub-breaks-empty-hint = If every row is blank, we will show that you have no places free at the moment.
pub-publish-breaks = Publish short-break places
pub-err-required = { $label }: enter an answer
pub-err-choose = { $label }: choose an answer
pub-err-date = { $label }: enter a real date, like 2026-04-01
pub-err-date-range = { $label }: check the date (it cannot be in the past for places, or more than a year ahead)
pub-err-money = { $label }: enter an amount in pounds, like 1150 or 1150.50
pub-err-money-range = { $label }: enter an amount more than £0 and less than £20,000
pub-err-number = { $label }: enter a whole number, like 28
pub-err-inconsistent = { $label }: this does not fit with your other answers (for example, more places free than you have, or a highest fee below the lowest)
pub-err-out_of_range = { $label }: this is outside what is possible: check it
