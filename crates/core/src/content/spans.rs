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
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        SourceFile { path: path.to_owned(), text, line_starts }
    }

    /// 1-based line of a byte offset.
    pub fn line(&self, offset: usize) -> usize {
        self.line_starts.partition_point(|&start| start <= offset).max(1)
    }

    /// The line where `needle` first occurs inside the byte range, or the
    /// range's first line. Used to point at a sentence inside a long string.
    pub fn line_of_text(&self, range: std::ops::Range<usize>, needle: &str) -> usize {
        let slice = self.text.get(range.clone()).unwrap_or("");
        match slice.find(needle) {
            Some(i) => self.line(range.start + i),
            None => self.line(range.start),
        }
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
        assert_eq!(f.line_of_text(0..9, "ef"), 4);
        assert_eq!(f.line_of_text(3..9, "zz"), 2);
    }
}
