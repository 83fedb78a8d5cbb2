//! Convert the charging rules (`content/rules/england.toml`, edited by people) to JSON at
//! build time, so the browser bundle reads them with serde_json (already in the bundle)
//! instead of carrying a TOML parser. A malformed file fails the build.

use std::path::PathBuf;

fn main() {
    let src = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap()).join("../content/rules/england.toml");
    println!("cargo:rerun-if-changed={}", src.display());
    let text = std::fs::read_to_string(&src).unwrap_or_else(|e| panic!("read {}: {e}", src.display()));
    let value: toml::Value = toml::from_str(&text).unwrap_or_else(|e| panic!("{} is not valid TOML: {e}", src.display()));
    let json = serde_json::to_string(&value).expect("TOML converts to JSON");
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("rules.json");
    std::fs::write(out, json).expect("write rules.json");
}
