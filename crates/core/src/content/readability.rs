//! Reading ease as `CONTENT.md` defines it: Fernández-Huerta for Spanish and
//! Flesch for English, over sentences, words and syllables counted here.

use crate::Locale;

/// Counts over a piece of running text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TextStats {
    pub sentences: usize,
    pub words: usize,
    pub syllables: usize,
}

impl TextStats {
    pub fn of(pieces: &[&str], locale: Locale) -> TextStats {
        let mut stats = TextStats::default();
        for piece in pieces {
            for sentence in sentences(piece) {
                stats.sentences += 1;
                for word in words(sentence) {
                    stats.words += 1;
                    stats.syllables += syllables(word, locale);
                }
            }
        }
        stats
    }

    /// Higher is easier. `None` for text without words.
    pub fn reading_ease(&self, locale: Locale) -> Option<f64> {
        if self.words == 0 || self.sentences == 0 {
            return None;
        }
        let words = self.words as f64;
        let sentences = self.sentences as f64;
        let syllables = self.syllables as f64;
        Some(match locale {
            // 206.84 − 0.60·P − 1.02·F: P syllables per 100 words, F words
            // per sentence (Gwillim Law's correction of the usual misprint,
            // which takes F as sentences per 100 words and so rates short
            // sentences as harder).
            Locale::EsMx => 206.84 - 0.60 * (100.0 * syllables / words) - 1.02 * (words / sentences),
            Locale::En => 206.835 - 1.015 * (words / sentences) - 84.6 * (syllables / words),
        })
    }
}

/// Splits running text (a paragraph or a list item) into sentences. A
/// sentence ends at `.`, `!`, `?` or `…` followed by a space or the end;
/// the end of the piece always ends one. Decimal points and domain names
/// ("gob.mx") do not end sentences.
pub fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if matches!(c, '.' | '!' | '?' | '…') {
            // Closing quotes and brackets belong to the sentence they end.
            let mut end = i + c.len_utf8();
            while let Some(&(j, next)) = chars.peek() {
                if matches!(next, '.' | '!' | '?' | '…' | '"' | '»' | '”' | ')' | '\'') {
                    end = j + next.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            let at_boundary = chars.peek().is_none_or(|&(_, next)| next.is_whitespace());
            if at_boundary {
                push_sentence(&mut out, &text[start..end]);
                start = end;
            }
        }
    }
    push_sentence(&mut out, &text[start..]);
    out
}

fn push_sentence<'a>(out: &mut Vec<&'a str>, candidate: &'a str) {
    let trimmed = candidate.trim();
    if words(trimmed).next().is_some() {
        out.push(trimmed);
    }
}

/// The words of a text: runs of letters, digits and inner apostrophes or
/// hyphens ("don't", "e-mail"), without surrounding punctuation.
pub fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| c.is_whitespace() || c == '/' || c == '—' || c == '–')
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.chars().any(char::is_alphanumeric))
}

pub fn syllables(word: &str, locale: Locale) -> usize {
    let lower = word.to_lowercase();
    if lower.chars().all(|c| c.is_ascii_digit() || !c.is_alphabetic()) {
        // Numbers are read aloud; count roughly one syllable per digit.
        return lower.chars().filter(char::is_ascii_digit).count().max(1);
    }
    match locale {
        Locale::EsMx => spanish_syllables(&lower),
        Locale::En => english_syllables(&lower),
    }
}

/// Spanish syllabification is regular: every syllable has one vowel nucleus.
/// Strong vowels (a, e, o, and accented í, ú) are each a nucleus; unaccented
/// i, u and ü glide into a neighbour (diphthongs and triphthongs). The u of
/// que, qui, gue, gui is silent, and y is a consonant except as a word.
fn spanish_syllables(word: &str) -> usize {
    if word == "y" {
        return 1;
    }
    let chars: Vec<char> = word.chars().collect();
    let mut count = 0;
    let mut i = 0;
    while i < chars.len() {
        if !is_spanish_vowel(chars[i]) || is_silent_u(&chars, i) {
            i += 1;
            continue;
        }
        // A run of vowels: count its nuclei.
        let mut nuclei = 0;
        let mut weak_only = true;
        while i < chars.len() && is_spanish_vowel(chars[i]) && !is_silent_u(&chars, i) {
            if matches!(chars[i], 'a' | 'e' | 'o' | 'á' | 'é' | 'ó' | 'í' | 'ú') {
                nuclei += 1;
                weak_only = false;
            }
            i += 1;
        }
        count += if weak_only { 1 } else { nuclei };
    }
    count.max(1)
}

fn is_spanish_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'á' | 'é' | 'í' | 'ó' | 'ú' | 'ü')
}

fn is_silent_u(chars: &[char], i: usize) -> bool {
    chars[i] == 'u' && i > 0 && matches!(chars[i - 1], 'q' | 'g') && matches!(chars.get(i + 1), Some('e' | 'i' | 'é' | 'í'))
}

/// English spelling is irregular; this is the usual vowel-group heuristic
/// with corrections for silent endings, good to a syllable or so per word,
/// which is what a reading-ease estimate needs.
fn english_syllables(word: &str) -> usize {
    let word: String = word.chars().filter(|c| c.is_ascii_alphabetic()).collect();
    if word.is_empty() {
        return 1;
    }
    if word.len() <= 3 {
        return 1;
    }
    let mut w = word.as_str();
    // Silent endings: "-es" and "-ed" add no syllable unless after a sibilant or t/d.
    if let Some(stem) = w.strip_suffix("es") {
        if !(stem.ends_with('s')
            || stem.ends_with('z')
            || stem.ends_with('x')
            || stem.ends_with("ch")
            || stem.ends_with("sh")
            || stem.ends_with('c')
            || stem.ends_with('g'))
        {
            w = stem;
        }
    } else if let Some(stem) = w.strip_suffix("ed") {
        if !(stem.ends_with('t') || stem.ends_with('d')) {
            w = stem;
        }
    } else if let Some(stem) = w.strip_suffix('e') {
        // A final silent e, except "-le" after a consonant ("sim-ple").
        let consonant_le = stem.ends_with('l') && stem.len() >= 2 && !is_english_vowel(stem.as_bytes()[stem.len() - 2] as char);
        if !consonant_le && !stem.ends_with(|c: char| is_english_vowel(c)) {
            w = stem;
        }
    }
    let bytes: Vec<char> = w.chars().collect();
    let mut count = 0;
    let mut previous_vowel = false;
    for (i, &c) in bytes.iter().enumerate() {
        // A leading y is a consonant ("you"); elsewhere it is a vowel ("my").
        let vowel = is_english_vowel(c) || (c == 'y' && i > 0);
        if vowel && !previous_vowel {
            count += 1;
        }
        previous_vowel = vowel;
    }
    count.max(1)
}

fn is_english_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spanish_syllables_follow_the_rules() {
        let cases = [
            ("casa", 2),
            ("contraseña", 4),
            ("celular", 3),
            ("ciudad", 2), // diphthong iu
            ("país", 2),   // hiatus with accented í
            ("maíz", 2),
            ("poema", 3), // hiatus of strong vowels
            ("aéreo", 4),
            ("que", 1), // silent u
            ("guitarra", 3),
            ("pingüino", 3), // ü is pronounced, glides into i
            ("hoy", 1),      // y is a consonant
            ("y", 1),
            ("buey", 1),
            ("Uruguay", 3),
            ("videojuego", 5), // vi-de-o-jue-go
        ];
        for (word, expected) in cases {
            assert_eq!(syllables(word, Locale::EsMx), expected, "{word}");
        }
    }

    #[test]
    fn english_syllables_are_close() {
        let cases = [
            ("password", 2),
            ("the", 1),
            ("make", 1),
            ("simple", 2),
            ("asked", 1),
            ("wanted", 2),
            ("phones", 1),
            ("messages", 3),
            ("you", 1),
            ("happy", 2),
            ("beautiful", 3),
            ("information", 4),
        ];
        for (word, expected) in cases {
            assert_eq!(syllables(word, Locale::En), expected, "{word}");
        }
    }

    #[test]
    fn sentences_end_at_terminators_not_in_domains() {
        assert_eq!(
            sentences("¡Hola! Visita gob.mx hoy. ¿Ya? Son 3.5 puntos… Listo"),
            vec!["¡Hola!", "Visita gob.mx hoy.", "¿Ya?", "Son 3.5 puntos…", "Listo"]
        );
        assert_eq!(sentences("He said \"stop.\" Then left."), vec!["He said \"stop.\"", "Then left."]);
        assert!(sentences(" ... ").is_empty());
    }

    #[test]
    fn words_skip_punctuation() {
        let w: Vec<_> = words("¿Tu contraseña? ¡Es secreta! — don't, e-mail 2026.").collect();
        assert_eq!(w, vec!["Tu", "contraseña", "Es", "secreta", "don't", "e-mail", "2026"]);
    }

    #[test]
    fn reading_ease_formulas() {
        // 10 words, 1 sentence, 15 syllables.
        let s = TextStats { sentences: 1, words: 10, syllables: 15 };
        let es = s.reading_ease(Locale::EsMx).unwrap();
        assert!((es - (206.84 - 0.60 * 150.0 - 1.02 * 10.0)).abs() < 1e-9);
        let en = s.reading_ease(Locale::En).unwrap();
        assert!((en - (206.835 - 1.015 * 10.0 - 84.6 * 1.5)).abs() < 1e-9);
        assert_eq!(TextStats::default().reading_ease(Locale::En), None);
    }

    #[test]
    fn shorter_sentences_read_easier_in_spanish_too() {
        // Same words and syllables; only the sentences differ.
        let short = TextStats { sentences: 4, words: 40, syllables: 72 };
        let long = TextStats { sentences: 1, words: 40, syllables: 72 };
        let (short, long) = (short.reading_ease(Locale::EsMx).unwrap(), long.reading_ease(Locale::EsMx).unwrap());
        assert!(short > long, "{short} > {long}");
        assert!((short - long - 1.02 * 30.0).abs() < 1e-9);
    }

    #[test]
    fn simple_text_is_easier_than_dense_text() {
        let easy = TextStats::of(&["Tu clave es tuya. No la compartas. Cuida tu cuenta."], Locale::EsMx);
        let hard = TextStats::of(
            &["La autenticación multifactorial constituye una salvaguarda imprescindible contra accesos ilegítimos."],
            Locale::EsMx,
        );
        assert!(easy.reading_ease(Locale::EsMx) > hard.reading_ease(Locale::EsMx));
        assert_eq!(easy.sentences, 3);
        assert_eq!(easy.words, 10);
    }
}
