//! Checks that two translations of a `.ftl` file have the same shape: the
//! same message ids and attributes, the same `$variables`, the same
//! selectors, and `*[other]` as the default of every selection. A
//! difference means a blank or a wrong sentence in one language.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser;

/// What must be equal across languages for one message (or attribute).
#[derive(Debug, Default, PartialEq, Eq)]
struct Shape {
    variables: BTreeSet<String>,
    selectors: BTreeSet<String>,
}

/// Returns one line per difference between `a` and `b`, plus any syntax
/// error and any selection whose default variant is not `other`.
pub fn compare(a_name: &str, a: &str, b_name: &str, b: &str) -> Vec<String> {
    let mut problems = Vec::new();
    let shapes_a = shapes(a_name, a, &mut problems);
    let shapes_b = shapes(b_name, b, &mut problems);
    for (id, shape) in &shapes_a {
        match shapes_b.get(id) {
            None => problems.push(format!("{b_name}: missing `{id}` (present in {a_name})")),
            Some(other) if other.variables != shape.variables => problems.push(format!(
                "`{id}`: variables differ: {a_name} has {:?}, {b_name} has {:?}",
                shape.variables, other.variables
            )),
            Some(other) if other.selectors != shape.selectors => problems.push(format!(
                "`{id}`: selectors differ: {a_name} has {:?}, {b_name} has {:?}",
                shape.selectors, other.selectors
            )),
            Some(_) => {}
        }
    }
    for id in shapes_b.keys().filter(|id| !shapes_a.contains_key(*id)) {
        problems.push(format!("{a_name}: missing `{id}` (present in {b_name})"));
    }
    problems
}

/// The message ids (and `id.attribute`s) of a file.
pub fn message_ids(source: &str) -> BTreeSet<String> {
    shapes("", source, &mut Vec::new()).into_keys().collect()
}

fn shapes(name: &str, source: &str, problems: &mut Vec<String>) -> BTreeMap<String, Shape> {
    let resource = match parser::parse(source) {
        Ok(r) => r,
        Err((r, errors)) => {
            for e in errors {
                problems.push(format!("{name}: syntax error {:?} at bytes {:?}", e.kind, e.pos));
            }
            r
        }
    };
    let mut out = BTreeMap::new();
    for entry in resource.body {
        let (id, value, attributes) = match entry {
            Entry::Message(m) => (m.id.name.to_owned(), m.value, m.attributes),
            Entry::Term(t) => (format!("-{}", t.id.name), Some(t.value), t.attributes),
            _ => continue,
        };
        if let Some(pattern) = value {
            out.insert(id.clone(), shape_of(&pattern, &id, name, problems));
        }
        for attribute in attributes {
            let attr_id = format!("{id}.{}", attribute.id.name);
            out.insert(attr_id.clone(), shape_of(&attribute.value, &attr_id, name, problems));
        }
    }
    out
}

fn shape_of(pattern: &Pattern<&str>, id: &str, file: &str, problems: &mut Vec<String>) -> Shape {
    let mut shape = Shape::default();
    walk_pattern(pattern, &mut shape, id, file, problems);
    shape
}

fn walk_pattern(pattern: &Pattern<&str>, shape: &mut Shape, id: &str, file: &str, problems: &mut Vec<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            walk_expression(expression, shape, id, file, problems);
        }
    }
}

fn walk_expression(expression: &Expression<&str>, shape: &mut Shape, id: &str, file: &str, problems: &mut Vec<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            shape.selectors.insert(describe(selector));
            walk_inline(selector, shape, id, file, problems);
            let default = variants.iter().find(|v| v.default).map(|v| variant_key(&v.key));
            if default.as_deref() != Some("other") {
                problems.push(format!("{file}: `{id}`: the default variant of a selection must be *[other]"));
            }
            for variant in variants {
                walk_pattern(&variant.value, shape, id, file, problems);
            }
        }
        Expression::Inline(inline) => walk_inline(inline, shape, id, file, problems),
    }
}

fn walk_inline(inline: &InlineExpression<&str>, shape: &mut Shape, id: &str, file: &str, problems: &mut Vec<String>) {
    match inline {
        InlineExpression::VariableReference { id: var } => {
            shape.variables.insert(var.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for arg in &arguments.positional {
                walk_inline(arg, shape, id, file, problems);
            }
            for arg in &arguments.named {
                walk_inline(&arg.value, shape, id, file, problems);
            }
        }
        InlineExpression::Placeable { expression } => walk_expression(expression, shape, id, file, problems),
        _ => {}
    }
}

fn variant_key(key: &fluent_syntax::ast::VariantKey<&str>) -> String {
    match key {
        fluent_syntax::ast::VariantKey::Identifier { name } => (*name).to_owned(),
        fluent_syntax::ast::VariantKey::NumberLiteral { value } => (*value).to_owned(),
    }
}

fn describe(selector: &InlineExpression<&str>) -> String {
    match selector {
        InlineExpression::VariableReference { id } => format!("${}", id.name),
        InlineExpression::FunctionReference { id, arguments } => {
            let args: Vec<String> = arguments.positional.iter().map(describe).collect();
            format!("{}({})", id.name, args.join(", "))
        }
        InlineExpression::TermReference { id, .. } => format!("-{}", id.name),
        InlineExpression::MessageReference { id, .. } => id.name.to_owned(),
        _ => "literal".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ES: &str = "hola = Hola, { $name }\nn = { $count ->\n    [one] una lección\n   *[other] { $count } lecciones\n}\n";

    #[test]
    fn same_shape_passes() {
        let en = "hola = Hi, { $name }\nn = { $count ->\n    [one] one lesson\n   *[other] { $count } lessons\n}\n";
        assert_eq!(compare("es", ES, "en", en), Vec::<String>::new());
    }

    #[test]
    fn missing_key_fails() {
        let en = "hola = Hi, { $name }\n";
        let problems = compare("es", ES, "en", en);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0].contains("missing `n`"));
    }

    #[test]
    fn different_variable_fails() {
        let en = "hola = Hi, { $nick }\nn = { $count ->\n   *[other] { $count } lessons\n}\n";
        let problems = compare("es", ES, "en", en);
        assert!(problems.iter().any(|p| p.contains("variables differ")), "{problems:?}");
    }

    #[test]
    fn different_selector_fails() {
        let en = "hola = Hi, { $name }\nn = { $total ->\n   *[other] { $count } lessons\n}\n";
        let problems = compare("es", ES, "en", en);
        assert!(problems.iter().any(|p| p.contains("differ")), "{problems:?}");
    }

    #[test]
    fn default_must_be_other() {
        let en = "hola = Hi, { $name }\nn = { $count ->\n   *[one] one lesson\n    [other] { $count } lessons\n}\n";
        let problems = compare("es", ES, "en", en);
        assert!(problems.iter().any(|p| p.contains("*[other]")), "{problems:?}");
    }
}
