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

## Sections still being built
coming-soon-badge = Coming soon
coming-soon-text = This part of Care Navigator is being built.
coming-soon-meanwhile = Until it is ready, the adult social care team at your local council can answer your questions.
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
search-kind-page = Page

## About
about-title = About Care Navigator
about-summary = Who runs this site, where its information comes from, and how we look after your privacy.
about-purpose = Care Navigator explains adult social care in England in plain words, helps you estimate costs, and helps you find and compare care services.
about-data-heading = Where the information comes from
about-data-text = Ratings and details of care services come from the Care Quality Commission. Rules about paying for care come from the law and from the government’s yearly guidance to councils. Each figure shows its source and the date it was checked.
about-privacy-heading = Privacy and cookies
about-privacy-text = We do not ask for your name or contact details, and we do not store what you type into the estimator or the guides. Your answers stay in the page address, so only you can share them.
about-cookie-text = If you choose a language, we set one cookie called carenav_lang to remember it. We use no tracking or advertising cookies.
about-accessibility-heading = Accessibility
about-accessibility-text = We aim to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA. The site works without JavaScript, on small screens and with screen readers. If something does not work for you, please tell us.

## Errors
not-found-title = Page not found
not-found-text = If you typed the web address, check it is correct. If you pasted it, check you copied all of it.
not-found-home = Go to the home page
error-title = Sorry, there is a problem with the service
error-text = Please try again later. Nothing you entered has been stored.
