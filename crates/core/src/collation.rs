//! Alphabetical order as a reader of each language expects it, from the
//! Unicode collation data (CLDR) that ICU4X ships compiled in.
//!
//! Spanish has its own letter ñ between n and o ("nube", "número", "ñandú",
//! "oso"); English sorts ñ with n. In both, accents and case only break ties
//! between words that are otherwise the same ("arbol" < "árbol" < "azul").

use std::cmp::Ordering;

use icu_collator::options::CollatorOptions;
use icu_collator::{Collator, CollatorBorrowed};
use icu_locale_core::locale;

use crate::Locale;

/// A collator for `locale` at the default (tertiary) strength: base letters
/// decide, then accents, then case.
fn collator(locale: Locale) -> CollatorBorrowed<'static> {
    let prefs = match locale {
        // CLDR's Mexican Spanish inherits its order from "es".
        Locale::EsMx => locale!("es"),
        Locale::En => locale!("en"),
    };
    Collator::try_new(prefs.into(), CollatorOptions::default()).expect("the collation data for es and en is compiled in")
}

/// Compares two words in `locale`'s alphabetical order.
pub fn compare(locale: Locale, a: &str, b: &str) -> Ordering {
    collator(locale).compare(a, b)
}

/// Sorts `items` by the text `key` gives, in `locale`'s alphabetical order.
/// The sort is stable: items whose text is identical keep their order.
pub fn sort_by_term<T>(items: &mut [T], locale: Locale, key: impl Fn(&T) -> &str) {
    let collator = collator(locale);
    items.sort_by(|a, b| collator.compare(key(a), key(b)));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(locale: Locale, words: &[&'static str]) -> Vec<&'static str> {
        let mut words = words.to_vec();
        sort_by_term(&mut words, locale, |w| w);
        words
    }

    #[test]
    fn spanish_puts_enie_after_n() {
        assert_eq!(sorted(Locale::EsMx, &["oso", "ñandú", "número", "nube"]), ["nube", "número", "ñandú", "oso"]);
        assert_eq!(sorted(Locale::EsMx, &["ñu", "nz", "o"]), ["nz", "ñu", "o"], "ñ is a letter, not an accented n");
        assert_eq!(sorted(Locale::EsMx, &["Ñandú", "nube"]), ["nube", "Ñandú"]);
    }

    #[test]
    fn english_sorts_enie_with_n() {
        assert_eq!(sorted(Locale::En, &["oso", "ñandú", "número", "nube"]), ["ñandú", "nube", "número", "oso"]);
    }

    #[test]
    fn accents_only_break_ties() {
        for locale in Locale::ALL {
            assert_eq!(sorted(locale, &["b", "árbol", "azul", "arbol"]), ["arbol", "árbol", "azul", "b"], "{locale:?}");
            assert_eq!(sorted(locale, &["éxito", "estafa", "fraude"]), ["estafa", "éxito", "fraude"], "{locale:?}");
        }
    }

    #[test]
    fn case_only_breaks_ties() {
        for locale in Locale::ALL {
            assert_eq!(sorted(locale, &["Zeta", "alfa", "Beta"]), ["alfa", "Beta", "Zeta"], "{locale:?}");
            assert_eq!(sorted(locale, &["Wifi", "wifi", "web"]), ["web", "wifi", "Wifi"], "{locale:?}");
        }
    }

    #[test]
    fn modern_spanish_does_not_treat_ch_or_ll_as_letters() {
        assert_eq!(sorted(Locale::EsMx, &["cosa", "chico"]), ["chico", "cosa"]);
        assert_eq!(sorted(Locale::EsMx, &["luz", "llave"]), ["llave", "luz"]);
    }

    #[test]
    fn english_order() {
        assert_eq!(
            sorted(Locale::En, &["zebra", "Apple", "éclair", "eagle", "banana", "app"]),
            ["app", "Apple", "banana", "eagle", "éclair", "zebra"]
        );
    }

    #[test]
    fn compare_agrees_with_the_sort() {
        assert_eq!(compare(Locale::EsMx, "ñandú", "nube"), Ordering::Greater);
        assert_eq!(compare(Locale::En, "ñandú", "nube"), Ordering::Less);
        assert_eq!(compare(Locale::EsMx, "árbol", "arbol"), Ordering::Greater);
        assert_eq!(compare(Locale::EsMx, "árbol", "b"), Ordering::Less);
    }

    #[test]
    fn sorting_is_stable_on_identical_text() {
        let mut items = [("b", 1), ("a", 2), ("b", 3)];
        sort_by_term(&mut items, Locale::EsMx, |i| i.0);
        assert_eq!(items, [("a", 2), ("b", 1), ("b", 3)]);
    }
}
