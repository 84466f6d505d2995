//! Turning byte offsets of a parsed file into the line numbers people see.

use std::path::{Path, PathBuf};

/// A file's text, kept so that byte offsets can be reported as lines.
pub(crate) struct SourceFile {
    pub path: PathBuf,
    pub text: String,
    line_starts: Vec<usize>,
}

impl SourceFile {
    pub fn new(path: &Path, text: String) -> SourceFile {
        let line_starts = std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1)).collect();
        SourceFile { path: path.to_owned(), text, line_starts }
    }

    /// 1-based line of a byte offset.
    pub fn line(&self, offset: usize) -> usize {
        self.line_starts.partition_point(|&start| start <= offset).max(1)
    }

    /// Where `needle` first occurs inside the byte range, as a byte range,
    /// treating a run of whitespace in the needle as matching any run of
    /// whitespace in the text: a body's lines are joined with spaces, so a
    /// sentence may be split over lines (and indented) in the file.
    pub fn find_text(&self, range: std::ops::Range<usize>, needle: &str) -> Option<std::ops::Range<usize>> {
        let haystack = self.text.get(range.clone())?;
        let mut parts = needle.split_whitespace();
        let first = parts.next()?;
        let rest: Vec<&str> = parts.collect();
        let mut from = 0;
        while let Some(i) = haystack[from..].find(first) {
            let start = from + i;
            let mut end = start + first.len();
            let matched = rest.iter().all(|part| {
                let after = &haystack[end..];
                let trimmed = after.trim_start();
                let gap = after.len() - trimmed.len();
                if gap > 0 && trimmed.starts_with(part) {
                    end += gap + part.len();
                    true
                } else {
                    false
                }
            });
            if matched {
                return Some(range.start + start..range.start + end);
            }
            from = start + first.chars().next().map_or(1, char::len_utf8);
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_to_lines() {
        let f = SourceFile::new(Path::new("x"), "ab\ncd\n\nef".into());
        assert_eq!(f.line(0), 1);
        assert_eq!(f.line(2), 1);
        assert_eq!(f.line(3), 2);
        assert_eq!(f.line(6), 3);
        assert_eq!(f.line(7), 4);
        assert_eq!(f.find_text(0..9, "ef"), Some(7..9));
        assert_eq!(f.find_text(3..9, "zz"), None);
        assert_eq!(f.find_text(0..9, "b  cd"), Some(1..5));
        assert_eq!(f.find_text(0..9, "ab cd"), Some(0..5));
        assert_eq!(f.find_text(0..9, "cd ef"), Some(3..9));
        assert_eq!(f.find_text(3..9, "ab"), None);
    }
}
