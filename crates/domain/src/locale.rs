//! The languages the site is offered in, and how a request chooses one. The words themselves
//! are Fluent files, loaded by the UI (`carenav_app::i18n`).

/// The languages the site is offered in.
/// Serialised as its tag (`"en-GB"`, `"pl"`, `"ur"`), e.g. in an island's props.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize,
)]
pub enum Locale {
    #[serde(rename = "en-GB")]
    #[default]
    EnGb,
    /// Polish: the most spoken language in England after English (Census 2021).
    #[serde(rename = "pl")]
    Pl,
    /// Urdu: widely spoken in England, written right to left.
    #[serde(rename = "ur")]
    Ur,
}

impl Locale {
    pub const ALL: [Locale; 3] = [Locale::EnGb, Locale::Pl, Locale::Ur];

    /// BCP 47 tag, as used in `lang` attributes, file names and the index.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::EnGb => "en-GB",
            Locale::Pl => "pl",
            Locale::Ur => "ur",
        }
    }

    /// Writing direction for the `dir` attribute.
    pub fn dir(self) -> &'static str {
        match self {
            Locale::Ur => "rtl",
            _ => "ltr",
        }
    }

    pub fn from_tag(tag: &str) -> Option<Locale> {
        let lower = tag.trim().to_ascii_lowercase();
        Locale::ALL
            .into_iter()
            .find(|l| l.tag().to_ascii_lowercase() == lower)
            .or_else(|| match lower.split(['-', '_']).next() {
                Some("en") => Some(Locale::EnGb),
                Some("pl") => Some(Locale::Pl),
                Some("ur") => Some(Locale::Ur),
                _ => None,
            })
    }

    /// Choose from an `Accept-Language` header, honouring q-values; English otherwise.
    pub fn negotiate(accept_language: &str) -> Locale {
        let mut best: Option<(f32, Locale)> = None;
        for part in accept_language.split(',') {
            let mut bits = part.split(';');
            let tag = bits.next().unwrap_or_default();
            let q = bits
                .find_map(|b| b.trim().strip_prefix("q="))
                .and_then(|q| q.parse::<f32>().ok())
                .unwrap_or(1.0);
            if let Some(locale) = Locale::from_tag(tag)
                && best.is_none_or(|(bq, _)| q > bq)
            {
                best = Some((q, locale));
            }
        }
        best.map(|(_, l)| l).unwrap_or_default()
    }
}
