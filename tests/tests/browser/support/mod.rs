//! Test harness: the real release server on a free port with a temporary database and index,
//! and headless Chromium (Debian `chromium` + `chromium-driver`) on a phone-sized viewport.

#![allow(dead_code)]

mod a11y;

use std::net::TcpListener;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{Value, json};

/// "Today" for every server the tests start, so that no test depends on the wall clock.
pub const TODAY: &str = "2026-11-29";

pub const PHONE_WIDTH: u64 = 390;
pub const PHONE_HEIGHT: u64 = 844;

/// The checkout being tested. Read at run time (cargo sets `CARGO_MANIFEST_DIR` for tests):
/// the compile-time value is the checkout the binary was first built in, and a build cache
/// shared between checkouts (as `scripts/` sets up) can reuse a binary built elsewhere.
pub fn repo_root() -> PathBuf {
    let manifest = std::env::var("CARGO_MANIFEST_DIR")
        .unwrap_or_else(|_| env!("CARGO_MANIFEST_DIR").to_owned());
    Path::new(&manifest).parent().unwrap().to_path_buf()
}

pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// The test Postgres database named by `var` (scripts/test.sh starts Postgres and sets it);
/// `None` outside CI, where the test is skipped, and a failure under CI.
pub fn e2e_postgres(var: &str) -> Option<String> {
    match std::env::var(var) {
        Ok(url) => Some(url),
        Err(_) => {
            assert!(std::env::var("CI").is_err(), "{var} must be set under CI");
            eprintln!("skipping: {var} not set (scripts/test.sh sets it)");
            None
        }
    }
}

/// A running `carenav serve`.
pub struct Server {
    child: Child,
    pub url: String,
    pub dir: tempfile::TempDir,
    bin: PathBuf,
    /// The database it serves from, when not its directory's SQLite file.
    database_url: Option<String>,
}

impl Server {
    pub async fn start() -> Server {
        Server::start_with(None).await
    }

    /// A server whose directory holds demonstration data (generated, through the real
    /// importer) and the hand-written CQC fixtures.
    pub async fn start_with_providers() -> Server {
        Server::start_prepared(None, |bin, data| {
            let run = |args: &[&str]| {
                let out = Command::new(bin)
                    .args(args)
                    .arg("--data-dir")
                    .arg(data)
                    .env_remove("DATABASE_URL")
                    .output()
                    .expect("run carenav");
                assert!(
                    out.status.success(),
                    "carenav {args:?} failed: {}",
                    String::from_utf8_lossy(&out.stderr)
                );
            };
            run(&["demo-data", "--locations", "2000", "--seed", "7"]);
            let fixture = repo_root().join("crates/ingest/tests/fixtures/cqc_api/valid.jsonl");
            run(&["import", "cqc-api", fixture.to_str().unwrap()]);
        })
        .await
    }

    pub async fn start_with(database_url: Option<&str>) -> Server {
        Server::start_prepared(database_url, |_, _| {}).await
    }

    /// A server whose "today" is `date` (YYYY-MM-DD) instead of [`TODAY`].
    pub async fn start_on(date: &str) -> Server {
        Server::start_full(None, date, |_, _| {}).await
    }

    /// A server on `database_url` (or its own SQLite file), after `prepare(bin, data_dir)`.
    pub async fn start_prepared(
        database_url: Option<&str>,
        prepare: impl FnOnce(&Path, &Path),
    ) -> Server {
        Server::start_full(database_url, TODAY, prepare).await
    }

    async fn start_full(
        database_url: Option<&str>,
        today: &str,
        prepare: impl FnOnce(&Path, &Path),
    ) -> Server {
        let root = repo_root();
        // scripts/test.sh hands over this clone's server binary (CARENAV_BIN) and assets;
        // otherwise the build's own: the machine's cache (CARGO_TARGET_DIR) or ./target.
        let bin = std::env::var_os("CARENAV_BIN")
            .map(PathBuf::from)
            .unwrap_or_else(|| {
                std::env::var_os("CARGO_TARGET_DIR")
                    .map(PathBuf::from)
                    .unwrap_or_else(|| root.join("target"))
                    .join("release/carenav")
            });
        let site = std::env::var_os("CARENAV_SITE_ROOT")
            .map(PathBuf::from)
            .unwrap_or_else(|| root.join("target/site"));
        assert!(
            bin.exists(),
            "{} is missing: run scripts/build.sh (or scripts/test.sh)",
            bin.display()
        );
        assert!(
            site.join("pkg/manifest.json").exists(),
            "browser assets are missing: run scripts/build.sh (or scripts/test.sh)"
        );
        let dir = tempfile::tempdir().unwrap();
        prepare(&bin, &dir.path().join("data"));
        let port = free_port();
        let log = std::fs::File::create(dir.path().join("server.log")).unwrap();
        let mut cmd = Command::new(&bin);
        cmd.args(["serve", "--addr", &format!("127.0.0.1:{port}")])
            .arg("--data-dir")
            .arg(dir.path().join("data"))
            .env("LEPTOS_SITE_ROOT", &site)
            .env("CARENAV_TODAY", today)
            .env_remove("DATABASE_URL")
            .stdout(Stdio::null())
            .stderr(log);
        if let Some(url) = database_url {
            cmd.env("DATABASE_URL", url);
        }
        let child = cmd.spawn().expect("start carenav");
        let server = Server {
            child,
            url: format!("http://127.0.0.1:{port}"),
            dir,
            bin,
            database_url: database_url.map(str::to_owned),
        };
        server.wait_ready().await;
        server
    }

    /// Run a `carenav` command on this server's data (as an operator would); its output.
    pub fn carenav(&self, args: &[&str]) -> String {
        let mut cmd = Command::new(&self.bin);
        cmd.args(args)
            .arg("--data-dir")
            .arg(self.dir.path().join("data"))
            .env_remove("DATABASE_URL");
        if let Some(url) = &self.database_url {
            cmd.env("DATABASE_URL", url);
        }
        let out = cmd.output().expect("run carenav");
        assert!(
            out.status.success(),
            "carenav {args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    async fn wait_ready(&self) {
        let deadline = Instant::now() + Duration::from_secs(60);
        let http = reqwest::Client::new();
        while Instant::now() < deadline {
            if let Ok(res) = http.get(format!("{}/readyz", self.url)).send().await
                && res.status().is_success()
            {
                return;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("server did not become ready; log:\n{}", self.log());
    }

    pub fn log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("server.log")).unwrap_or_default()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A chromedriver process and one browser session.
pub struct Browser {
    javascript: bool,
    driver: Child,
    driver_url: String,
    pub client: Client,
    _profile: tempfile::TempDir,
}

impl Browser {
    pub async fn start(javascript: bool) -> Browser {
        Browser::start_sized(javascript, PHONE_WIDTH).await
    }

    /// A phone `width` CSS pixels wide (and [`PHONE_HEIGHT`] high).
    pub async fn start_sized(javascript: bool, width: u64) -> Browser {
        let port = free_port();
        // Its own process group, so that the driver and every Chromium process it starts can
        // be killed together on any exit path (see `Drop`), panics included.
        let driver = Command::new("chromedriver")
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .process_group(0)
            .spawn()
            .expect(
                "start chromedriver (Debian package chromium-driver; scripts/test.sh installs it)",
            );
        let driver_url = format!("http://127.0.0.1:{port}");
        let profile = tempfile::tempdir().unwrap();
        let mut options = json!({
            "binary": "/usr/bin/chromium",
            "args": [
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--disable-sync", "--disable-quic",
                format!("--user-data-dir={}", profile.path().display()),
            ],
            "mobileEmulation": {
                "deviceMetrics": { "width": width, "height": PHONE_HEIGHT, "pixelRatio": 3.0 }
            }
        });
        if !javascript {
            options["prefs"] = json!({ "profile.managed_default_content_settings.javascript": 2 });
        }
        let mut caps = serde_json::Map::new();
        caps.insert("browserName".into(), json!("chrome"));
        caps.insert("goog:chromeOptions".into(), options);
        caps.insert("goog:loggingPrefs".into(), json!({ "browser": "ALL" }));

        let deadline = Instant::now() + Duration::from_secs(20);
        let mut guard = DriverGuard {
            driver: Some(driver),
            profile: profile.path().to_path_buf(),
        };
        let client = loop {
            match ClientBuilder::rustls()
                .unwrap()
                .capabilities(caps.clone())
                .connect(&driver_url)
                .await
            {
                Ok(c) => break c,
                Err(e) if Instant::now() < deadline => {
                    let _ = e;
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
                Err(e) => panic!("could not start a Chromium session: {e}"),
            }
        };
        // Nothing may wait forever (CI has a time limit): scripts 10 s, page loads 30 s.
        client
            .update_timeouts(fantoccini::wd::TimeoutConfiguration::new(
                Some(Duration::from_secs(10)),
                Some(Duration::from_secs(30)),
                Some(Duration::from_secs(0)),
            ))
            .await
            .expect("set WebDriver timeouts");
        let driver = guard.driver.take().expect("driver");
        Browser {
            javascript,
            driver,
            driver_url,
            client,
            _profile: profile,
        }
    }

    /// Open a page. With JavaScript on, wait until the WASM bundle has hydrated it: until
    /// then a re-render may replace any node a test reads.
    pub async fn goto(&self, url: &str) {
        self.client.goto(url).await.unwrap();
        self.settle().await;
    }

    /// With JavaScript on, wait for hydration of the page now loaded (after a full page load
    /// `data-hydrated` starts unset; after a client-side navigation it stays set).
    pub async fn settle(&self) {
        if self.javascript {
            self.wait_hydrated().await;
        }
    }

    /// The text of the first element matching `css` (its `innerText`, trimmed). Read in one
    /// script, so a re-render between finding and reading cannot make it stale; waits up to
    /// 10 s for the element to exist.
    pub async fn text(&self, css: &str) -> String {
        let script = format!(
            "const e = document.querySelector({css:?}); return e ? e.innerText.trim() : null;"
        );
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            match self.js(&script).await {
                Value::String(s) => return s,
                _ if Instant::now() > deadline => panic!("{css}: no such element"),
                _ => tokio::time::sleep(Duration::from_millis(50)).await,
            }
        }
    }

    /// Run a script. A script that races a navigation (the old document is gone, the new one
    /// not ready) is retried for up to 10 s.
    pub async fn js(&self, script: &str) -> Value {
        retry(&format!("script\n{script}"), || {
            self.client.execute(script, vec![])
        })
        .await
    }

    pub async fn html_attr(&self, name: &str) -> Value {
        self.js(&format!(
            "return document.documentElement.getAttribute({name:?});"
        ))
        .await
    }

    /// Poll `check` until it holds, or fail after `secs` seconds.
    pub async fn wait_for(&self, what: &str, secs: u64, script: &str) {
        let deadline = Instant::now() + Duration::from_secs(secs);
        loop {
            if self.js(script).await == Value::Bool(true) {
                return;
            }
            if Instant::now() > deadline {
                panic!("timed out waiting for {what}");
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    pub async fn wait_hydrated(&self) {
        self.wait_for(
            "hydration",
            20,
            "return document.documentElement.getAttribute('data-hydrated') === 'true';",
        )
        .await;
    }

    /// The browser console's errors since the last call (ChromeDriver's log endpoint).
    pub async fn console_errors(&self) -> Vec<String> {
        let id = self.client.session_id().await.unwrap().unwrap();
        let res: Value = reqwest::Client::new()
            .post(format!("{}/session/{id}/se/log", self.driver_url))
            .json(&json!({ "type": "browser" }))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        res["value"]
            .as_array()
            .unwrap_or_else(|| panic!("unexpected log response: {res}"))
            .iter()
            .filter(|e| e["level"] == "SEVERE")
            .map(|e| e["message"].as_str().unwrap_or_default().to_owned())
            .collect()
    }

    /// Run a Chrome DevTools command through ChromeDriver (e.g. emulate print media).
    pub async fn cdp(&self, cmd: &str, params: Value) -> Value {
        let id = self.client.session_id().await.unwrap().unwrap();
        reqwest::Client::new()
            .post(format!("{}/session/{id}/goog/cdp/execute", self.driver_url))
            .json(&json!({ "cmd": cmd, "params": params }))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap()
    }

    /// Click the element matching `css`, finding it again if a re-render replaced it.
    pub async fn click(&self, css: &str) {
        retry(css, || async {
            self.client.find(Locator::Css(css)).await?.click().await
        })
        .await
    }

    /// Choose a radio button.
    pub async fn choose(&self, css: &str) {
        if self.javascript {
            self.click(css).await;
        } else {
            // ChromeDriver's element actions hang with page JavaScript off (see `submit`).
            self.js(&format!(
                "document.querySelector({css:?}).checked = true; return true;"
            ))
            .await;
        }
    }

    pub async fn fill(&self, css: &str, text: &str) {
        if !self.javascript {
            self.js(&format!(
                "document.querySelector({css:?}).value = {text:?}; return true;"
            ))
            .await;
            return;
        }
        retry(css, || async {
            let el = self.client.find(Locator::Css(css)).await?;
            el.clear().await?;
            el.send_keys(text).await
        })
        .await
    }

    /// Follow a link: a click with JavaScript on; without it, open the link's URL (see
    /// `submit`).
    pub async fn follow(&self, css: &str) {
        if self.javascript {
            self.click(css).await;
            self.settle().await;
        } else {
            self.open_href(css).await;
        }
    }

    /// Open the address of the link matching `css` (with page JavaScript off, ChromeDriver's
    /// click on a navigating link waits forever; see `submit`).
    async fn open_href(&self, css: &str) {
        let href = self
            .js(&format!("return document.querySelector({css:?}).href;"))
            .await;
        self.goto(href.as_str().unwrap_or_else(|| panic!("no link {css}")))
            .await;
    }

    /// Show the page as it prints (`true`) or on screen again (`false`).
    pub async fn emulate_print(&self, print: bool) {
        let media = if print { "print" } else { "" };
        self.cdp(
            "Emulation.setEmulatedMedia",
            serde_json::json!({ "media": media }),
        )
        .await;
    }

    /// The computed `display` of the first element matching `css`.
    pub async fn display(&self, css: &str) -> String {
        self.js(&format!(
            "return getComputedStyle(document.querySelector({css:?})).display;"
        ))
        .await
        .as_str()
        .unwrap_or_default()
        .to_owned()
    }

    /// Submit the page's main form and wait for the next page to load. Every form submits by
    /// loading a page (there is no client router: ADR 8), so the next page is the one on
    /// which a marker set on this one is gone. (Waiting for the heading to change, or for an
    /// error summary, returned too early when the page submitted from already showed one.)
    pub async fn submit(&self) {
        self.js("window.__carenavSubmitted = true; return true;")
            .await;
        if self.javascript {
            self.click("form.app-form button[type=submit]").await;
        } else {
            // With page JavaScript off, ChromeDriver's click on a navigating submit button
            // waits forever; submitting the form from the WebDriver script is the same GET.
            self.js("document.querySelector('form.app-form').requestSubmit(); return true;")
                .await;
        }
        let script = "return window.__carenavSubmitted === undefined && document.readyState !== 'loading' && !!document.querySelector('h1');";
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if self.js(script).await == Value::Bool(true) {
                self.settle().await;
                return;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("the form did not move on");
    }

    /// Submit the form `form_css` (a POST or GET that loads a page) and wait for the next page.
    pub async fn submit_form(&self, form_css: &str) {
        self.js("window.__carenavSubmitted = true; return true;")
            .await;
        if self.javascript {
            self.click(&format!("{form_css} button[type=submit]")).await;
        } else {
            self.js(&format!(
                "document.querySelector({form_css:?}).requestSubmit(); return true;"
            ))
            .await;
        }
        let script = "return window.__carenavSubmitted === undefined && document.readyState !== 'loading' && !!document.querySelector('h1');";
        let deadline = Instant::now() + Duration::from_secs(10);
        while self.js(script).await != Value::Bool(true) {
            if Instant::now() > deadline {
                let at = self
                    .js("return location.href + ' | ' + (document.querySelector('h1') || {}).textContent + ' | ' + document.body.innerText.slice(0, 300);")
                    .await;
                panic!("submitting {form_css}: the next page did not load (at {at})");
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        self.settle().await;
    }

    /// Submit the form inside region `region` (an element whose content is replaced, in place
    /// with JavaScript or by a page load without it) and wait until new content is there.
    pub async fn submit_in(&self, region: &str) {
        self.mark_region(region).await;
        if self.javascript {
            self.click(&format!("#{region} form button[type=submit]"))
                .await;
        } else {
            self.js(&format!(
                "document.querySelector('#{region} form').requestSubmit(); return true;"
            ))
            .await;
        }
        self.wait_region(region).await;
    }

    /// Follow a link inside region `region` (see [`Browser::submit_in`]).
    pub async fn follow_in(&self, region: &str, css: &str) {
        self.mark_region(region).await;
        if self.javascript {
            self.click(css).await;
        } else {
            self.open_href(css).await;
        }
        self.wait_region(region).await;
    }

    async fn mark_region(&self, region: &str) {
        self.js(&format!(
            "document.querySelectorAll('#{region} > *').forEach(e => e.dataset.old = '1'); return true;"
        ))
        .await;
    }

    async fn wait_region(&self, region: &str) {
        self.wait_for(
            "new content in the region",
            10,
            &format!(
                "return document.readyState !== 'loading' && !!document.querySelector('#{region} h1') && !document.querySelector('#{region} [data-old]');"
            ),
        )
        .await;
        self.settle().await;
    }

    pub async fn close(self) {
        let client = self.client.clone();
        let _ = client.close().await;
        // `Drop` kills whatever is left of the driver's process group.
    }
}

/// Run a WebDriver action, repeating it for up to 10 s while it fails for a reason a re-render
/// or a navigation explains (see [`is_transient`]); any other failure panics naming `what`.
async fn retry<T, F, Fut>(what: &str, mut action: F) -> T
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Result<T, fantoccini::error::CmdError>>,
{
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        match action().await {
            Ok(v) => return v,
            Err(e) if Instant::now() < deadline && is_transient(&e) => {
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
            Err(e) => panic!("{what}: {e}"),
        }
    }
}

/// Errors worth retrying: the element was replaced by a re-render, or the page was between
/// documents.
fn is_transient(e: &fantoccini::error::CmdError) -> bool {
    use fantoccini::error::{CmdError, ErrorStatus};
    match e {
        CmdError::Standard(w) => matches!(
            w.error,
            ErrorStatus::StaleElementReference
                | ErrorStatus::NoSuchElement
                | ErrorStatus::JavascriptError
                | ErrorStatus::ElementNotInteractable
                | ErrorStatus::ElementClickIntercepted
        ),
        _ => false,
    }
}

/// Kill chromedriver's whole process group (the driver and every Chromium process it
/// started), then any process still using this browser's profile directory.
fn kill_browser_processes(driver: &mut Child, profile: &Path) {
    let pgid = driver.id();
    let _ = Command::new("kill")
        .args(["-KILL", "--", &format!("-{pgid}")])
        .stderr(Stdio::null())
        .status();
    let _ = driver.kill();
    let _ = driver.wait();
    let _ = Command::new("pkill")
        .args(["-KILL", "-f", "--"])
        .arg(format!("user-data-dir={}", profile.display()))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
}

/// Kills the driver if `Browser::start` itself fails part-way.
struct DriverGuard {
    driver: Option<Child>,
    profile: PathBuf,
}

impl Drop for DriverGuard {
    fn drop(&mut self) {
        if let Some(mut d) = self.driver.take() {
            kill_browser_processes(&mut d, &self.profile);
        }
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let profile = self._profile.path().to_path_buf();
        kill_browser_processes(&mut self.driver, &profile);
    }
}
