//! Every user-facing string comes from Fluent files in `content/i18n/<locale>/carenav.ftl`.
//!
//! Use [`t!`](crate::t) in views: `t!("home-title")` or `t!("x", count = 3)`. Keys are checked
//! against the English file at compile time. A key missing from another locale falls back to
//! English at run time.

use std::sync::LazyLock;

use i18n_embed::LanguageLoader;
use i18n_embed::fluent::FluentLanguageLoader;
use rust_embed::RustEmbed;
use unic_langid::LanguageIdentifier;

#[derive(RustEmbed)]
#[folder = "../content/i18n"]
struct Localizations;

pub use carenav_domain::locale::Locale;

/// A language's name in itself, for the language switcher.
pub fn autonym(locale: Locale) -> String {
    loader(locale).get("language-autonym")
}

static LOADERS: LazyLock<Vec<FluentLanguageLoader>> = LazyLock::new(|| {
    Locale::ALL
        .into_iter()
        .map(|locale| {
            let fallback: LanguageIdentifier = Locale::EnGb.tag().parse().expect("valid tag");
            let requested: LanguageIdentifier = locale.tag().parse().expect("valid tag");
            let loader = FluentLanguageLoader::new("carenav", fallback);
            loader
                .load_languages(&Localizations, &[requested])
                .expect("translations embedded at build time load");
            // Fluent's Unicode isolation marks would show up in HTML.
            loader.set_use_isolating(false);
            loader
        })
        .collect()
});

/// Whether `locale`'s own file has `key` (not through the English fallback): for parts of the
/// site that say when they are shown in English instead.
pub fn has_own(locale: Locale, key: &str) -> bool {
    use std::collections::HashSet;
    // Each locale's own message ids, read once.
    static IDS: LazyLock<Vec<HashSet<String>>> = LazyLock::new(|| {
        Locale::ALL
            .into_iter()
            .map(|l| {
                let text = Localizations::get(&format!("{}/carenav.ftl", l.tag()))
                    .map(|f| String::from_utf8_lossy(&f.data).into_owned())
                    .unwrap_or_default();
                text.lines()
                    // A message starts at the line's start; indented lines continue one.
                    .filter(|line| !line.starts_with(char::is_whitespace))
                    .filter_map(|line| line.split_once('='))
                    .map(|(id, _)| id.trim())
                    .filter(|id| {
                        !id.is_empty()
                            && id
                                .chars()
                                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
                    })
                    .map(str::to_owned)
                    .collect()
            })
            .collect()
    });
    let i = Locale::ALL.iter().position(|l| *l == locale).unwrap_or(0);
    IDS[i].contains(key)
}

/// The loader for `locale` (English fills any gaps).
pub fn loader(locale: Locale) -> &'static FluentLanguageLoader {
    let i = Locale::ALL.iter().position(|l| *l == locale).unwrap_or(0);
    &LOADERS[i]
}

/// Look a key up at run time, for crates other than this one (the `t!` macro checks keys at
/// compile time but only works inside this crate). A unit test checks the keys used this way.
pub fn text(locale: Locale, key: &str) -> String {
    loader(locale).get(key)
}

/// Render a message with named arguments at run time (for codes produced by the domain).
pub fn text_with(locale: Locale, key: &str, args: &[(&str, String)]) -> String {
    use std::collections::HashMap;
    let map: HashMap<String, String> = args
        .iter()
        .map(|(k, v)| ((*k).to_owned(), v.clone()))
        .collect();
    loader(locale).get_args(key, map)
}

/// Render a message with one number argument, so Fluent can choose the plural form.
pub fn text_count(locale: Locale, key: &str, name: &str, n: i64) -> String {
    use std::collections::HashMap;
    let mut map: HashMap<&str, i64> = HashMap::new();
    map.insert(name, n);
    loader(locale).get_args(key, map)
}

/// The locale of the page being rendered.
pub fn use_locale() -> Locale {
    leptos::prelude::use_context::<Locale>().unwrap_or_default()
}

/// Translate a key in the current page's locale: `t!("key")`, `t!("key", name = value)`.
#[macro_export]
macro_rules! t {
    ($($args:tt)*) => {
        i18n_embed_fl::fl!($crate::i18n::loader($crate::i18n::use_locale()), $($args)*)
    };
}

/// Translate a key in an explicit locale (for code outside a Leptos owner).
#[macro_export]
macro_rules! t_in {
    ($locale:expr, $($args:tt)*) => {
        i18n_embed_fl::fl!($crate::i18n::loader($locale), $($args)*)
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiates_by_quality() {
        assert_eq!(Locale::negotiate("pl-PL,pl;q=0.9,en;q=0.8"), Locale::Pl);
        assert_eq!(Locale::negotiate("fr-FR,ur;q=0.5,en;q=0.9"), Locale::EnGb);
        assert_eq!(Locale::negotiate("de"), Locale::EnGb);
        assert_eq!(Locale::negotiate(""), Locale::EnGb);
    }

    #[test]
    fn every_locale_loads_and_missing_keys_fall_back_to_english() {
        for locale in Locale::ALL {
            assert!(!autonym(locale).is_empty());
        }
        assert_ne!(autonym(Locale::Pl), autonym(Locale::EnGb));
        // `test-fallback-probe` exists only in en-GB on purpose.
        let english = loader(Locale::EnGb).get("test-fallback-probe");
        assert_eq!(loader(Locale::Pl).get("test-fallback-probe"), english);
        assert_eq!(Locale::Ur.dir(), "rtl");
    }

    /// Every key in every locale exists in English (no orphans), and English is complete by
    /// definition; report how complete each other locale is.
    #[test]
    fn other_locales_have_no_unknown_keys() {
        let keys = |tag: &str| -> Vec<String> {
            let file = Localizations::get(&format!("{tag}/carenav.ftl")).expect("file exists");
            let text = std::str::from_utf8(&file.data).expect("utf-8").to_owned();
            text.lines()
                .filter(|l| {
                    !l.starts_with([' ', '#', '.', '\t', '}', '*', '[']) && l.contains(" =")
                })
                .map(|l| l.split(" =").next().unwrap_or_default().trim().to_owned())
                .collect()
        };
        let english = keys("en-GB");
        for locale in [Locale::Pl, Locale::Ur] {
            for key in keys(locale.tag()) {
                assert!(
                    english.contains(&key),
                    "{} has a key English lacks: {key}",
                    locale.tag()
                );
            }
        }
    }
}
