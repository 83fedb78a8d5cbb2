//! Build-time data: convert the charging rules (`content/rules/england.toml`) to JSON for
//! [`rules::RULES`](src/rules.rs). A malformed file fails the build; the rules' own checks
//! (dates, overlaps, sources) run in this crate's tests.

use std::path::PathBuf;

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    let src = manifest.join("../../content/rules/england.toml");
    println!("cargo:rerun-if-changed={}", src.display());
    let text =
        std::fs::read_to_string(&src).unwrap_or_else(|e| panic!("read {}: {e}", src.display()));
    let value: toml::Value = toml::from_str(&text)
        .unwrap_or_else(|e| panic!("{} is not valid TOML: {e}", src.display()));
    std::fs::write(
        out.join("rules.json"),
        serde_json::to_string(&value).expect("TOML converts to JSON"),
    )
    .expect("write rules.json");
    let councils = manifest.join("../../content/councils/councils.toml");
    println!("cargo:rerun-if-changed={}", councils.display());
    let text = std::fs::read_to_string(&councils)
        .unwrap_or_else(|e| panic!("read {}: {e}", councils.display()));
    let value: toml::Value = toml::from_str(&text)
        .unwrap_or_else(|e| panic!("{} is not valid TOML: {e}", councils.display()));
    std::fs::write(
        out.join("councils.json"),
        serde_json::to_string(&value).expect("TOML converts to JSON"),
    )
    .expect("write councils.json");
    flows(
        &manifest.join("../../content/flows"),
        &out.join("flows.json"),
    );
}

/// Every flow in `content/flows/*.toml`, as one JSON array (in file-name order). The engine's
/// types read it; the health check runs in this crate's tests (`flow::tests_content`).
fn flows(dir: &std::path::Path, out: &std::path::Path) {
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("read {}: {e}", dir.display()))
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    let mut all = Vec::new();
    for path in files {
        println!("cargo:rerun-if-changed={}", path.display());
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
        let value: toml::Value = toml::from_str(&text)
            .unwrap_or_else(|e| panic!("{} is not valid TOML: {e}", path.display()));
        all.push(value);
    }
    std::fs::write(
        out,
        serde_json::to_string(&all).expect("TOML converts to JSON"),
    )
    .expect("write flows.json");
}
