//! The register of councils with adult social care responsibilities in England
//! (`content/councils/councils.toml`, embedded at build time): GSS code, name, aliases,
//! region and source. Locations, rates and pages join on the code, never on free text;
//! [`find`] turns a name as files write it ("Bristol, City of", "St. Helens") into a council.

use std::sync::LazyLock;

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Council {
    pub code: String,
    /// Codes it had before a boundary change (data from before then uses them).
    #[serde(default)]
    pub former_codes: Vec<String>,
    pub name: String,
    /// county | unitary | metropolitan | london_borough | other
    pub kind: String,
    pub region: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    /// The id of its source in the sources register.
    pub source: String,
}

/// What a council's page and API show: the register's entry, its usual rates (every year
/// imported, newest first), and the directory's local-authority names that join to it with
/// how many services each has. `national_averages` are what councils across England paid on
/// average in the latest year the rules data holds: context beside the rates, never a price.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CouncilDetail {
    pub council: Council,
    pub rates: Vec<crate::publish::CouncilRate>,
    pub areas: Vec<CouncilArea>,
    #[serde(default)]
    pub national_averages: Vec<crate::rules::NationalStatistic>,
}

/// The national averages a council page shows beside its rates: the latest year of each, in
/// the order the rules file first lists them (the care-home week first).
pub fn national_averages() -> Vec<crate::rules::NationalStatistic> {
    use crate::rules::RULES;
    let mut keys: Vec<&str> = Vec::new();
    for s in &RULES.national_statistics {
        if !keys.contains(&s.key.as_str()) {
            keys.push(&s.key);
        }
    }
    keys.into_iter()
        .filter_map(|k| RULES.national_statistic(k).cloned())
        .collect()
}

/// A local-authority name as the directory's records write it, and how many registered
/// services carry it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CouncilArea {
    pub name: String,
    pub services: u64,
}

#[derive(Deserialize)]
struct File {
    council: Vec<Council>,
}

/// Every council, ordered by code.
pub static COUNCILS: LazyLock<Vec<Council>> = LazyLock::new(|| {
    let file: File = serde_json::from_str(include_str!(concat!(env!("OUT_DIR"), "/councils.json")))
        .expect("content/councils/councils.toml has the register's shape");
    file.council
});

/// A council by its GSS code (current or former).
pub fn by_code(code: &str) -> Option<&'static Council> {
    let code = code.trim().to_ascii_uppercase();
    COUNCILS
        .iter()
        .find(|c| c.code == code || c.former_codes.contains(&code))
}

/// A name folded for matching: lower case, "&" as "and", punctuation dropped, spaces squeezed.
pub fn fold(name: &str) -> String {
    let lower = name.trim().to_lowercase().replace('&', " and ");
    let cleaned: String = lower
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    cleaned.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The council a name or code refers to: its code, its name or one of its aliases, folded.
pub fn find(name_or_code: &str) -> Option<&'static Council> {
    if let Some(c) = by_code(name_or_code) {
        return Some(c);
    }
    let want = fold(name_or_code);
    if want.is_empty() {
        return None;
    }
    COUNCILS
        .iter()
        .find(|c| fold(&c.name) == want || c.aliases.iter().any(|a| fold(a) == want))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_register_is_whole_and_unambiguous() {
        assert_eq!(
            COUNCILS.len(),
            153,
            "councils with adult social care duties"
        );
        let mut seen = std::collections::BTreeMap::new();
        let mut codes = std::collections::BTreeSet::new();
        for c in COUNCILS.iter() {
            let prefix = &c.code[..3.min(c.code.len())];
            assert!(
                ["E06", "E08", "E09", "E10"].contains(&prefix) && c.code.len() == 9,
                "{}: {} is not an English upper-tier GSS code",
                c.name,
                c.code
            );
            for code in std::iter::once(&c.code).chain(&c.former_codes) {
                assert!(codes.insert(code.clone()), "{code} twice");
            }
            assert!(
                [
                    "county",
                    "unitary",
                    "metropolitan",
                    "london_borough",
                    "other"
                ]
                .contains(&c.kind.as_str()),
                "{}: kind {}",
                c.name,
                c.kind
            );
            for n in std::iter::once(&c.name).chain(&c.aliases) {
                if let Some(other) = seen.insert(fold(n), &c.code) {
                    assert_eq!(other, &c.code, "{n:?} names two councils");
                }
            }
        }
        let mut sorted: Vec<&str> = COUNCILS.iter().map(|c| c.code.as_str()).collect();
        sorted.sort();
        assert_eq!(
            sorted,
            COUNCILS.iter().map(|c| c.code.as_str()).collect::<Vec<_>>(),
            "ordered by code"
        );
    }

    #[test]
    fn names_as_files_write_them_are_found() {
        assert_eq!(find("Bristol, City of").unwrap().name, "Bristol");
        assert_eq!(
            find("st helens").unwrap().code,
            find("St. Helens").unwrap().code
        );
        assert_eq!(find("Brighton & Hove").unwrap().name, "Brighton and Hove");
        assert_eq!(find("e08000016").unwrap().name, "Barnsley");
        assert_eq!(find("E08000038").unwrap().name, "Barnsley");
        assert!(find("Atlantis").is_none());
        assert!(find("").is_none());
    }
}
