//! Build-time content: render the explainers (`content/explainers/<locale>/<slug>.md`) from
//! Markdown to sanitised HTML with a maintained library (pulldown-cmark, then ammonia), and
//! resolve their sources against the register (`content/sources/`). The charging rules are
//! built into `carenav-domain`. Figures stay as shortcodes
//! (`{{rule:key}}`) and are filled in from the rules data when a page is served, so the
//! explainers and the estimator cannot disagree. A malformed file fails the build.

use std::path::{Path, PathBuf};

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd, html};
use serde_json::{Value, json};

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    let register = sources(
        &manifest.join("../content/sources"),
        &out.join("sources.json"),
    );
    explainers(
        &manifest.join("../content/explainers"),
        &out.join("explainers.json"),
        &register,
    );
}

/// The sources register (`content/sources/*.toml`): every source document's title and address,
/// once. Explainers cite sources by id; the build resolves them here. An unknown id is kept
/// with an empty title so that the content tests name it (`content_sources_are_registered`).
fn sources(dir: &Path, out: &Path) -> Vec<Value> {
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
        let file = path.file_name().unwrap().to_string_lossy().into_owned();
        for s in value
            .get("source")
            .and_then(|v| v.as_array())
            .cloned()
            .unwrap_or_default()
        {
            let mut v = serde_json::to_value(&s).unwrap();
            v["file"] = json!(file);
            all.push(v);
        }
    }
    std::fs::write(out, serde_json::to_string(&all).unwrap()).expect("write sources.json");
    all
}

/// Resolve `[[sources]] id = … section = … at = …` against the register.
fn resolve_sources(meta: &mut Value, register: &[Value]) {
    let Some(refs) = meta.get_mut("sources").and_then(|s| s.as_array_mut()) else {
        return;
    };
    for r in refs.iter_mut() {
        let id = r
            .get("id")
            .and_then(|v| v.as_str())
            .unwrap_or("")
            .to_owned();
        let found = register
            .iter()
            .find(|s| s.get("id").and_then(|v| v.as_str()) == Some(id.as_str()));
        let title = found
            .and_then(|s| s.get("title"))
            .cloned()
            .unwrap_or(json!(""));
        let base = found.and_then(|s| s.get("url")).and_then(|u| u.as_str());
        let url = match (base, r.get("at").and_then(|a| a.as_str())) {
            (Some(base), Some(at)) => Some(format!("{}/{}", base.trim_end_matches('/'), at)),
            (Some(base), None) => Some(base.to_owned()),
            (None, _) => None,
        };
        r["title"] = title;
        r["url"] = json!(url);
    }
}

fn slugify(text: &str) -> String {
    let mut s = String::new();
    for c in text.chars() {
        if c.is_alphanumeric() {
            s.extend(c.to_lowercase());
        } else if !s.ends_with('-') && !s.is_empty() {
            s.push('-');
        }
    }
    s.trim_end_matches('-').to_owned()
}

fn explainers(root: &Path, out: &Path, register: &[Value]) {
    println!("cargo:rerun-if-changed={}", root.display());
    let mut pages = Vec::new();
    let mut locales: Vec<_> = std::fs::read_dir(root)
        .map(|d| d.flatten().collect())
        .unwrap_or_default();
    locales.sort_by_key(|e| e.file_name());
    for locale_dir in locales {
        let locale = locale_dir.file_name().to_string_lossy().into_owned();
        println!("cargo:rerun-if-changed={}", locale_dir.path().display());
        let mut files: Vec<_> = std::fs::read_dir(locale_dir.path())
            .unwrap()
            .flatten()
            .collect();
        files.sort_by_key(|e| e.file_name());
        for file in files {
            let path = file.path();
            if path.extension().is_none_or(|e| e != "md") {
                continue;
            }
            println!("cargo:rerun-if-changed={}", path.display());
            pages.push(explainer(&locale, &path, register));
        }
    }
    std::fs::write(out, serde_json::to_string(&pages).unwrap()).expect("write explainers.json");
}

fn explainer(locale: &str, path: &Path, register: &[Value]) -> Value {
    let text =
        std::fs::read_to_string(path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
    let rest = text
        .strip_prefix("+++")
        .unwrap_or_else(|| panic!("{}: front matter must start with +++", path.display()));
    let (front, body) = rest
        .split_once("\n+++")
        .unwrap_or_else(|| panic!("{}: front matter must end with +++", path.display()));
    let meta: toml::Value = toml::from_str(front)
        .unwrap_or_else(|e| panic!("{}: front matter is not valid TOML: {e}", path.display()));
    let slug = path.file_stem().unwrap().to_string_lossy().into_owned();
    let mut meta_json = serde_json::to_value(&meta).unwrap();
    resolve_sources(&mut meta_json, register);

    // Headings get stable ids (anchors); collect them for the contents list.
    let events: Vec<Event> =
        Parser::new_ext(body, Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH).collect();
    let mut headings = Vec::new();
    let mut plain = String::new();
    let mut in_heading: Option<(HeadingLevel, String)> = None;
    for e in &events {
        match e {
            Event::Start(Tag::Heading { level, .. }) => in_heading = Some((*level, String::new())),
            Event::End(TagEnd::Heading(_)) => {
                if let Some((level, t)) = in_heading.take() {
                    headings.push((level, t));
                }
                plain.push('\n');
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some((_, h)) = in_heading.as_mut() {
                    h.push_str(t);
                }
                plain.push_str(t);
            }
            Event::SoftBreak | Event::HardBreak => plain.push(' '),
            Event::End(TagEnd::Paragraph | TagEnd::Item | TagEnd::TableCell) => plain.push('\n'),
            _ => {}
        }
    }
    let mut ids: Vec<String> = Vec::new();
    let mut n = 0;
    let events = events.into_iter().map(|e| match e {
        Event::Start(Tag::Heading {
            level,
            classes,
            attrs,
            ..
        }) => {
            let mut id = slugify(&headings[n].1);
            if ids.contains(&id) {
                id = format!("{id}-{n}");
            }
            ids.push(id.clone());
            n += 1;
            Event::Start(Tag::Heading {
                level,
                id: Some(id.into()),
                classes,
                attrs,
            })
        }
        other => other,
    });
    let mut raw = String::new();
    html::push_html(&mut raw, events);
    let clean = ammonia::Builder::default()
        .add_tag_attributes("h2", &["id"])
        .add_tag_attributes("h3", &["id"])
        .link_rel(None)
        .clean(&raw)
        .to_string();
    let toc: Vec<Value> = headings
        .iter()
        .zip(&ids)
        .filter(|((level, _), _)| *level == HeadingLevel::H2)
        .map(|((_, text), id)| json!({ "id": id, "text": text }))
        .collect();
    let links: Vec<String> = Parser::new(body)
        .filter_map(|e| match e {
            Event::Start(Tag::Link { dest_url, .. }) => Some(dest_url.to_string()),
            _ => None,
        })
        .collect();
    json!({
        "locale": locale,
        "slug": slug,
        "meta": meta_json,
        "html": clean,
        "text": plain,
        "toc": toc,
        "links": links,
        "has_h1": headings.iter().any(|(l, _)| *l == HeadingLevel::H1),
    })
}
