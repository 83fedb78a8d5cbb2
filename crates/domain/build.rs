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
}
