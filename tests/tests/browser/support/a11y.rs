//! Accessibility checks for the page a [`Browser`] has open: axe-core's WCAG 2.2 AA rules, and
//! reflow (nothing scrolls sideways; start the browser 320 px wide with
//! [`Browser::start_sized`] for WCAG 1.4.10). Both return what they found as text, so that a
//! test can visit every page and report every problem at once.

use std::sync::OnceLock;

use serde_json::{Value, json};

use super::Browser;

/// The axe-core rule tags run: WCAG 2.0, 2.1 and 2.2, levels A and AA.
const AXE_TAGS: [&str; 5] = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/// axe.min.js, read once from `CARENAV_AXE_JS` (scripts/test.sh installs axe-core from npm and
/// sets it). Missing is a failure, not a skip: the guard must not switch itself off.
fn axe_source() -> &'static str {
    static SOURCE: OnceLock<String> = OnceLock::new();
    SOURCE.get_or_init(|| {
        let path = std::env::var("CARENAV_AXE_JS").unwrap_or_else(|_| {
            panic!(
                "CARENAV_AXE_JS is not set: run the end-to-end tests with scripts/test.sh \
                 (it installs axe-core from npm and sets CARENAV_AXE_JS to its axe.min.js)"
            )
        });
        std::fs::read_to_string(&path).unwrap_or_else(|e| {
            panic!("CARENAV_AXE_JS={path}: {e}; scripts/test.sh installs axe-core there")
        })
    })
}

/// In the page: run axe-core with `arguments[0]` (tags) and report `{ok: violations}` or
/// `{error}`. axe-core leaves its "experimental" rules out by default; those that test a WCAG
/// success criterion in scope are switched on too (in 4.14: 1.3.1, a bold paragraph used as a
/// heading, a table cell used as a caption, a data cell without a header; 1.3.4, orientation).
///
/// With page JavaScript off (`arguments[1]` false) Chromium still runs a WebDriver script and
/// its promise jobs, but no timers, and axe-core yields between rules with `setTimeout(f, 0)`:
/// while it runs, such timeouts become promise jobs. Longer ones (axe-core's guards against a
/// frame or an asset that never answers; the site has neither) never fire.
const AXE_RUN: &str = r#"
const done = arguments[arguments.length - 1];
const [tags, javascript] = arguments;
const { setTimeout: realSetTimeout, clearTimeout: realClearTimeout } = window;
if (!javascript) {
  window.setTimeout = (f, ms, ...args) => {
    if (!(ms > 1)) Promise.resolve().then(() => f(...args));
    return 0;
  };
  window.clearTimeout = () => {};
}
const restore = () => {
  window.setTimeout = realSetTimeout;
  window.clearTimeout = realClearTimeout;
};
const rules = {};
for (const r of axe.getRules(['experimental'])) {
  if (r.tags.some((t) => tags.includes(t))) rules[r.ruleId] = { enabled: true };
}
axe.run(document, { runOnly: { type: 'tag', values: tags }, rules, resultTypes: ['violations'] })
  .then((r) => { restore(); done({ ok: r.violations }); },
        (e) => { restore(); done({ error: String((e && e.stack) || e) }); });
"#;

/// In the page: the elements that stick out past the viewport's right edge (left, right to
/// left) further than their parent does, where the overflow starts, widest first; elements
/// inside a scrolling or clipping box are left out, since they do not scroll the page.
const OVERFLOW_SCRIPT: &str = r#"
const root = document.documentElement;
const vw = root.clientWidth;
const rtl = getComputedStyle(root).direction === 'rtl';
const past = (el) => {
  const r = el.getBoundingClientRect();
  return rtl ? -r.left : r.right - vw;
};
const clipped = (el) => {
  for (let p = el.parentElement; p && p !== root && p !== document.body; p = p.parentElement) {
    if (getComputedStyle(p).overflowX !== 'visible') return true;
  }
  return false;
};
const offenders = [...document.body.querySelectorAll('*')]
  .filter((el) => past(el) > 0.5 && past(el) > past(el.parentElement) + 0.5 && !clipped(el))
  .sort((a, b) => past(b) - past(a));
return {
  scrollWidth: root.scrollWidth,
  clientWidth: vw,
  offenders: offenders.slice(0, 8).map((el) => {
    const r = el.getBoundingClientRect();
    const name = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
      + [...el.classList].map((c) => '.' + c).join('');
    return `${name} (${Math.round(r.left)}..${Math.round(r.right)} px): `
      + JSON.stringify((el.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 80));
  }),
};
"#;

impl Browser {
    /// Run axe-core on the page now open: one entry per failing rule, with every node that
    /// fails it (its selector and the start of its HTML).
    pub async fn axe_violations(&self) -> Vec<String> {
        if self.js("return typeof window.axe === 'object';").await != Value::Bool(true) {
            // WebDriver's scripts run in the page but are not subject to its Content Security
            // Policy (script-src with a nonce), nor to JavaScript being switched off.
            self.js(&format!("{}\n;\nreturn typeof window.axe;", axe_source()))
                .await;
        }
        let result = self
            .client
            .execute_async(AXE_RUN, vec![json!(AXE_TAGS), json!(self.javascript)])
            .await
            .unwrap_or_else(|e| panic!("axe.run: {e}"));
        if let Some(e) = result.get("error") {
            panic!("axe.run failed: {e}");
        }
        let text = |v: &Value| v.as_str().unwrap_or("?").to_owned();
        result["ok"]
            .as_array()
            .expect("axe violations")
            .iter()
            .map(|v| {
                let mut s = format!(
                    "{} ({}): {} <{}>",
                    text(&v["id"]),
                    text(&v["impact"]),
                    text(&v["help"]),
                    text(&v["helpUrl"])
                );
                for node in v["nodes"].as_array().into_iter().flatten() {
                    let html: String = text(&node["html"]).chars().take(200).collect();
                    s.push_str(&format!("\n    at {}: {html}", node["target"]));
                }
                s
            })
            .collect()
    }

    /// If the page now open scrolls sideways, what sticks out. (Not `scrollWidth <= innerWidth`:
    /// on an emulated phone the visual viewport, `innerWidth`, widens to fit a page that is too
    /// wide, so that comparison always holds.)
    pub async fn horizontal_overflow(&self) -> Option<String> {
        let m = self.js(OVERFLOW_SCRIPT).await;
        (m["scrollWidth"].as_u64() > m["clientWidth"].as_u64()).then(|| {
            let offenders: Vec<String> = m["offenders"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|o| format!("    {}", o.as_str().unwrap_or("?")))
                .collect();
            format!(
                "scrolls sideways: {} px of content in {} px; where it starts (elements reaching further than their parent, furthest first):\n{}",
                m["scrollWidth"],
                m["clientWidth"],
                offenders.join("\n")
            )
        })
    }
}
