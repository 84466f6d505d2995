//! The organizers' pages in Mexican Spanish (first) and English, from
//! `locales/<lang>/collector.ftl`, embedded at build time so that the server
//! needs no files beside it.
//!
//! A page's language: `?lang=es-MX` or `?lang=en` (then remembered in a
//! `lang` cookie), else that cookie, else `Accept-Language` (English when it
//! prefers English to Spanish), else Mexican Spanish.

use std::sync::OnceLock;

use axum::http::header::{ACCEPT_LANGUAGE, COOKIE};
use axum::http::HeaderMap;
use ciberescudo_report::{AgeBand, State};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::store::Place;
use crate::suppress::Published;

// The collector's own strings, and the state names it shares with the app.
const ES_MX: [&str; 2] =
    [include_str!("../../../locales/es-MX/collector.ftl"), include_str!("../../../locales/es-MX/states.ftl")];
const EN: [&str; 2] = [include_str!("../../../locales/en/collector.ftl"), include_str!("../../../locales/en/states.ftl")];

/// The cookie that remembers a language chosen with `?lang=`.
pub const LANG_COOKIE: &str = "lang";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    EsMx,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::EsMx, Lang::En];

    /// The BCP 47 tag: the `lang` attribute, the `?lang=` value, the cookie.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::EsMx => "es-MX",
            Lang::En => "en",
        }
    }

    pub fn from_tag(tag: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|lang| lang.tag().eq_ignore_ascii_case(tag.trim()))
    }

    /// The language the switch link leads to.
    pub fn other(self) -> Lang {
        match self {
            Lang::EsMx => Lang::En,
            Lang::En => Lang::EsMx,
        }
    }

    /// `?lang=…` of a query string, if it names a known language.
    pub fn from_query(query: Option<&str>) -> Option<Lang> {
        query?
            .split('&')
            .filter_map(|pair| pair.split_once('='))
            .find(|(name, _)| *name == "lang")
            .and_then(|(_, v)| Lang::from_tag(v))
    }

    /// The `lang` cookie, if it names a known language.
    pub fn from_cookie(headers: &HeaderMap) -> Option<Lang> {
        headers
            .get_all(COOKIE)
            .iter()
            .filter_map(|value| value.to_str().ok())
            .flat_map(|value| value.split(';'))
            .filter_map(|pair| pair.trim().split_once('='))
            .find(|(name, _)| *name == LANG_COOKIE)
            .and_then(|(_, value)| Lang::from_tag(value))
    }

    /// English when `Accept-Language` ranks some English above every
    /// Spanish; Mexican Spanish otherwise (including when neither is named).
    pub fn from_accept_language(headers: &HeaderMap) -> Option<Lang> {
        let mut best: Option<(f32, Lang)> = None;
        for value in headers.get_all(ACCEPT_LANGUAGE).iter().filter_map(|v| v.to_str().ok()) {
            for item in value.split(',') {
                let mut parts = item.split(';');
                let range = parts.next().unwrap_or("").trim().to_ascii_lowercase();
                let quality =
                    parts.filter_map(|p| p.trim().strip_prefix("q=")).find_map(|q| q.trim().parse::<f32>().ok()).unwrap_or(1.0);
                let primary = range.split('-').next().unwrap_or("");
                let lang = match primary {
                    "en" => Lang::En,
                    "es" => Lang::EsMx,
                    _ => continue,
                };
                // Strictly better only: at equal quality the earlier one stays.
                if quality > 0.0 && best.is_none_or(|(q, _)| quality > q) {
                    best = Some((quality, lang));
                }
            }
        }
        best.map(|(_, lang)| lang)
    }

    /// The whole rule, for a request's query string and headers.
    pub fn of_request(query: Option<&str>, headers: &HeaderMap) -> Lang {
        Lang::from_query(query)
            .or_else(|| Lang::from_cookie(headers))
            .or_else(|| Lang::from_accept_language(headers))
            .unwrap_or_default()
    }
}

struct Bundles {
    es_mx: FluentBundle<FluentResource>,
    en: FluentBundle<FluentResource>,
}

fn bundle(lang: Lang, sources: [&'static str; 2]) -> FluentBundle<FluentResource> {
    let langid = lang.tag().parse().expect("es-MX and en are language ids");
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    // Both languages run left to right: isolation marks would only be noise.
    bundle.set_use_isolating(false);
    for source in sources {
        let resource = FluentResource::try_new(source.to_owned())
            .unwrap_or_else(|(_, errors)| panic!("{}: a locale file does not parse: {errors:?}", lang.tag()));
        bundle.add_resource(resource).unwrap_or_else(|errors| panic!("{}: {errors:?}", lang.tag()));
    }
    bundle
}

fn bundles() -> &'static Bundles {
    static BUNDLES: OnceLock<Bundles> = OnceLock::new();
    BUNDLES.get_or_init(|| Bundles { es_mx: bundle(Lang::EsMx, ES_MX), en: bundle(Lang::En, EN) })
}

/// One message in one language. A missing id comes back as the id itself
/// (and a test makes sure no page asks for one).
pub fn message(lang: Lang, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    let bundle = match lang {
        Lang::EsMx => &bundles().es_mx,
        Lang::En => &bundles().en,
    };
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
        tracing::error!(id, lang = lang.tag(), "missing message");
        return id.to_owned();
    };
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors).into_owned();
    if !errors.is_empty() {
        tracing::error!(id, lang = lang.tag(), ?errors, "message formatted with errors");
    }
    text
}

pub fn has_message(lang: Lang, id: &str) -> bool {
    match lang {
        Lang::EsMx => bundles().es_mx.has_message(id),
        Lang::En => bundles().en.has_message(id),
    }
}

/// What templates and the CSV writer hold: a language and the ways to say
/// things in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tr {
    pub lang: Lang,
}

impl Tr {
    pub fn new(lang: Lang) -> Tr {
        Tr { lang }
    }

    /// A message without arguments.
    pub fn s(&self, id: &str) -> String {
        message(self.lang, id, &[])
    }

    /// A message with one text argument.
    pub fn with(&self, id: &str, name: &str, value: &str) -> String {
        message(self.lang, id, &[(name, FluentValue::from(value.to_owned()))])
    }

    /// A message with two text arguments.
    pub fn with2(&self, id: &str, name: &str, value: &str, name2: &str, value2: &str) -> String {
        message(self.lang, id, &[(name, FluentValue::from(value.to_owned())), (name2, FluentValue::from(value2.to_owned()))])
    }

    pub fn band(&self, band: &AgeBand) -> String {
        self.s(&format!("collector-band-{}", band.tag()))
    }

    pub fn state(&self, state: &State) -> String {
        self.s(&format!("state-{}", state.code()))
    }

    pub fn place(&self, place: &Place) -> String {
        match place {
            Place::State(state) => self.state(state),
            Place::NotGiven => self.s("state-not-given"),
        }
    }

    /// A whole number with thousands grouped by commas, as written in
    /// Mexico and in English alike: `12,340`.
    pub fn number(&self, value: i64) -> String {
        let digits = value.unsigned_abs().to_string();
        let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
        if value < 0 {
            out.push('-');
        }
        for (i, digit) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push(',');
            }
            out.push(digit);
        }
        out
    }

    /// A published figure as a page shows it: `1,230` or `<10`.
    pub fn figure(&self, value: &Published) -> String {
        match value {
            Published::Shown(n) => self.number(*n),
            Published::Hidden(under) => format!("<{under}"),
        }
    }

    pub fn percent(&self, value: &Option<u32>) -> String {
        match value {
            Some(percent) => message(self.lang, "collector-percent", &[("value", FluentValue::from(*percent))]),
            None => self.s("collector-no-share"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn headers(pairs: &[(&str, &str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.append(axum::http::HeaderName::from_bytes(name.as_bytes()).unwrap(), HeaderValue::from_str(value).unwrap());
        }
        map
    }

    #[test]
    fn query_then_cookie_then_accept_language_then_spanish() {
        let none = HeaderMap::new();
        assert_eq!(Lang::of_request(None, &none), Lang::EsMx);
        assert_eq!(Lang::of_request(Some("lang=en"), &none), Lang::En);
        assert_eq!(Lang::of_request(Some("from=2026-W48&lang=EN"), &none), Lang::En);
        assert_eq!(Lang::of_request(Some("lang=fr"), &none), Lang::EsMx);
        let cookie = headers(&[("cookie", "collector-session=abc; lang=en"), ("accept-language", "es-MX")]);
        assert_eq!(Lang::of_request(None, &cookie), Lang::En);
        assert_eq!(Lang::of_request(Some("lang=es-MX"), &cookie), Lang::EsMx);
        assert_eq!(Lang::of_request(None, &headers(&[("accept-language", "en-US,en;q=0.9")])), Lang::En);
        assert_eq!(Lang::of_request(None, &headers(&[("accept-language", "fr-FR, en;q=0.5")])), Lang::En);
        assert_eq!(Lang::of_request(None, &headers(&[("accept-language", "es-MX,es;q=0.9,en;q=0.8")])), Lang::EsMx);
        assert_eq!(Lang::of_request(None, &headers(&[("accept-language", "en;q=0.4, es;q=0.7")])), Lang::EsMx);
        assert_eq!(Lang::of_request(None, &headers(&[("accept-language", "de, fr")])), Lang::EsMx);
        assert_eq!(Lang::of_request(None, &headers(&[("accept-language", "en;q=0")])), Lang::EsMx);
    }

    #[test]
    fn states_bands_and_numbers_in_both_languages() {
        let (es, en) = (Tr::new(Lang::EsMx), Tr::new(Lang::En));
        let state = |n| State::from_number(n).unwrap();
        assert_eq!(es.state(&state(1)), "Aguascalientes");
        assert_eq!(es.state(&state(9)), "Ciudad de México");
        assert_eq!(en.state(&state(9)), "Mexico City");
        assert_eq!(es.state(&state(15)), "México");
        assert_eq!(en.state(&state(15)), "State of Mexico");
        assert_eq!(es.state(&state(32)), "Zacatecas");
        assert_eq!(en.place(&Place::NotGiven), "Not given");
        assert_eq!(es.place(&Place::NotGiven), "No indicado");
        for lang in Lang::ALL {
            let tr = Tr::new(lang);
            for state in State::all() {
                assert!(has_message(lang, &format!("state-{}", state.code())), "{lang:?} {state}");
            }
            for band in AgeBand::ALL {
                assert!(has_message(lang, &format!("collector-band-{}", band.tag())), "{lang:?} {band:?}");
            }
            assert_eq!(tr.number(0), "0");
            assert_eq!(tr.number(999), "999");
            assert_eq!(tr.number(1000), "1,000");
            assert_eq!(tr.number(1234567), "1,234,567");
            assert_eq!(tr.figure(&Published::Hidden(10)), "<10");
        }
        assert_eq!(es.percent(&Some(85)), "85 %");
        assert_eq!(en.percent(&Some(85)), "85%");
        assert_eq!(es.with("collector-signed-in-as", "username", "ana"), "Sesión iniciada como ana");
    }

    /// Every `collector-…` id written in the sources and templates exists in
    /// both languages (ids built at run time, ending in `-`, are checked above).
    #[test]
    fn every_message_the_code_asks_for_exists() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut files = Vec::new();
        let mut dirs = vec![root.join("src"), root.join("templates")];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    dirs.push(path);
                } else {
                    files.push(path);
                }
            }
        }
        let mut checked = 0;
        for file in files {
            let text = std::fs::read_to_string(&file).unwrap();
            for (start, _) in text.match_indices("\"collector-") {
                let id: String =
                    text[start + 1..].chars().take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-').collect();
                let closed = text[start + 1 + id.len()..].starts_with('"');
                if id.ends_with('-') || !closed || id == "collector-session" || id == "collector-csrf" {
                    continue;
                }
                for lang in Lang::ALL {
                    assert!(has_message(lang, &id), "{}: {id} is missing in {}", file.display(), lang.tag());
                }
                checked += 1;
            }
        }
        assert!(checked > 50, "only {checked} message ids found: is the scan broken?");
    }
}
