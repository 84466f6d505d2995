//! The small markup of lesson bodies: paragraphs separated by blank lines,
//! and lists made of lines that start with "- ". Nothing else, so that no
//! lesson can smuggle HTML into the app.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(tag = "type", rename_all = "camelCase")]
pub enum Block {
    Paragraph { text: String },
    List { items: Vec<String> },
}

/// Splits a body into blocks. Lines of a paragraph are joined with spaces;
/// consecutive list lines form one list.
pub fn parse_body(body: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut paragraph: Vec<&str> = Vec::new();
    let mut items: Vec<String> = Vec::new();

    fn flush_paragraph(paragraph: &mut Vec<&str>, blocks: &mut Vec<Block>) {
        if !paragraph.is_empty() {
            blocks.push(Block::Paragraph { text: paragraph.join(" ") });
            paragraph.clear();
        }
    }
    fn flush_list(items: &mut Vec<String>, blocks: &mut Vec<Block>) {
        if !items.is_empty() {
            blocks.push(Block::List { items: std::mem::take(items) });
        }
    }

    for line in body.lines().map(str::trim) {
        if line.is_empty() {
            flush_paragraph(&mut paragraph, &mut blocks);
            flush_list(&mut items, &mut blocks);
        } else if let Some(item) = line.strip_prefix("- ") {
            flush_paragraph(&mut paragraph, &mut blocks);
            items.push(item.trim().to_owned());
        } else if !items.is_empty() && paragraph.is_empty() && !line.starts_with("- ") {
            // A wrapped list item continues on the next line.
            let last = items.last_mut().expect("items is not empty");
            last.push(' ');
            last.push_str(line);
        } else {
            paragraph.push(line);
        }
    }
    flush_paragraph(&mut paragraph, &mut blocks);
    flush_list(&mut items, &mut blocks);
    blocks
}

impl Block {
    /// The pieces of running text in a block: a paragraph, or each list item.
    pub fn texts(&self) -> Vec<&str> {
        match self {
            Block::Paragraph { text } => vec![text.as_str()],
            Block::List { items } => items.iter().map(String::as_str).collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_and_lists() {
        let body = "Hola, ¿cómo estás?\nBien.\n\n- uno\n- dos\n  sigue dos\n\nFin.";
        assert_eq!(
            parse_body(body),
            vec![
                Block::Paragraph { text: "Hola, ¿cómo estás? Bien.".into() },
                Block::List { items: vec!["uno".into(), "dos sigue dos".into()] },
                Block::Paragraph { text: "Fin.".into() },
            ]
        );
    }

    #[test]
    fn list_right_after_paragraph() {
        let body = "Haz esto:\n- uno\n- dos";
        assert_eq!(
            parse_body(body),
            vec![Block::Paragraph { text: "Haz esto:".into() }, Block::List { items: vec!["uno".into(), "dos".into()] },]
        );
    }

    #[test]
    fn markup_is_plain_text() {
        let blocks = parse_body("<script>alert(1)</script>");
        assert_eq!(blocks, vec![Block::Paragraph { text: "<script>alert(1)</script>".into() }]);
    }
}
