//! Reading the commands and their signatures out of `commands.rs` with syn.

use quote::ToTokens;
use syn::{Attribute, FnArg, GenericArgument, Item, Pat, PathArguments, ReturnType, Type};

/// One `#[tauri::command]` function.
#[derive(Debug, Clone, PartialEq)]
pub struct Command {
    /// The Rust name, which is also the name the UI invokes.
    pub name: String,
    pub doc: Vec<String>,
    /// The arguments the UI passes, without the ones Tauri injects.
    pub args: Vec<Arg>,
    pub result: TsType,
    /// Whether it returns `Result<_, AppError>`.
    pub fallible: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Arg {
    /// As the UI passes it: Tauri turns `profile_id` into `profileId`.
    pub name: String,
    pub ty: TsType,
}

/// A TypeScript type, and the generated types from `bindings.ts` it names.
#[derive(Debug, Clone, PartialEq)]
pub struct TsType {
    pub text: String,
    pub names: Vec<String>,
}

impl TsType {
    fn plain(text: &str) -> TsType {
        TsType { text: text.to_owned(), names: Vec::new() }
    }
}

/// Types Tauri fills in itself; the UI never passes them.
const INJECTED: &[&str] = &["State", "Service", "SyncEngine", "AppHandle", "Window", "WebviewWindow", "Webview"];

pub fn parse_commands(source: &str) -> Result<Vec<Command>, String> {
    let file = syn::parse_file(source).map_err(|e| format!("commands.rs does not parse: {e}"))?;
    let mut commands = Vec::new();
    for item in file.items {
        let Item::Fn(f) = item else { continue };
        if !f.attrs.iter().any(is_tauri_command) {
            continue;
        }
        let name = f.sig.ident.to_string();
        let mut args = Vec::new();
        for input in &f.sig.inputs {
            let FnArg::Typed(arg) = input else { return Err(format!("{name}: commands are free functions")) };
            if is_injected(&arg.ty) {
                continue;
            }
            let Pat::Ident(ident) = &*arg.pat else { return Err(format!("{name}: name every argument")) };
            let ty = ts_type(&arg.ty).map_err(|e| format!("{name}: {e}"))?;
            args.push(Arg { name: camel_case(&ident.ident.to_string()), ty });
        }
        let (result, fallible) = match &f.sig.output {
            ReturnType::Default => (TsType::plain("null"), false),
            ReturnType::Type(_, ty) => match generic(ty, "Result") {
                Some(args) => (ts_type(&args[0]).map_err(|e| format!("{name}: {e}"))?, true),
                None => (ts_type(ty).map_err(|e| format!("{name}: {e}"))?, false),
            },
        };
        commands.push(Command { name, doc: doc_lines(&f.attrs), args, result, fallible });
    }
    if commands.is_empty() {
        return Err("commands.rs has no #[tauri::command] function".into());
    }
    Ok(commands)
}

fn is_tauri_command(attr: &Attribute) -> bool {
    let path = attr.path();
    path.segments.len() == 2 && path.segments[0].ident == "tauri" && path.segments[1].ident == "command"
}

fn is_injected(ty: &Type) -> bool {
    last_segment(ty).is_some_and(|s| INJECTED.contains(&s.ident.to_string().as_str()))
}

fn doc_lines(attrs: &[Attribute]) -> Vec<String> {
    attrs
        .iter()
        .filter(|a| a.path().is_ident("doc"))
        .filter_map(|a| match &a.meta {
            syn::Meta::NameValue(nv) => match &nv.value {
                syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(s), .. }) => Some(s.value().trim().to_owned()),
                _ => None,
            },
            _ => None,
        })
        .collect()
}

fn last_segment(ty: &Type) -> Option<&syn::PathSegment> {
    match ty {
        Type::Path(p) => p.path.segments.last(),
        Type::Reference(r) => last_segment(&r.elem),
        _ => None,
    }
}

/// The type arguments of `Name<…>`, if `ty` is that.
fn generic(ty: &Type, name: &str) -> Option<Vec<Type>> {
    let segment = last_segment(ty)?;
    if segment.ident != name {
        return None;
    }
    let PathArguments::AngleBracketed(args) = &segment.arguments else { return None };
    Some(
        args.args
            .iter()
            .filter_map(|a| match a {
                GenericArgument::Type(t) => Some(t.clone()),
                _ => None,
            })
            .collect(),
    )
}

/// Rust → TypeScript, as serde serialises it over IPC.
fn ts_type(ty: &Type) -> Result<TsType, String> {
    if let Type::Tuple(t) = ty {
        if t.elems.is_empty() {
            return Ok(TsType::plain("null"));
        }
    }
    if let Some(inner) = generic(ty, "Vec") {
        let inner = ts_type(&inner[0])?;
        let text = if inner.text.contains(' ') { format!("({})[]", inner.text) } else { format!("{}[]", inner.text) };
        return Ok(TsType { text, names: inner.names });
    }
    if let Some(inner) = generic(ty, "Option") {
        let inner = ts_type(&inner[0])?;
        return Ok(TsType { text: format!("{} | null", inner.text), names: inner.names });
    }
    let segment = last_segment(ty).ok_or_else(|| format!("unsupported type `{}`", ty.to_token_stream()))?;
    if !segment.arguments.is_none() {
        return Err(format!("unsupported generic type `{}`", ty.to_token_stream()));
    }
    let name = segment.ident.to_string();
    Ok(match name.as_str() {
        "String" | "str" => TsType::plain("string"),
        "bool" => TsType::plain("boolean"),
        "i8" | "i16" | "i32" | "i64" | "u8" | "u16" | "u32" | "u64" | "usize" | "isize" | "f32" | "f64" => {
            TsType::plain("number")
        }
        _ => TsType { text: name.clone(), names: vec![name] },
    })
}

/// `profile_id` → `profileId`, as Tauri renames command arguments.
pub(crate) fn camel_case(snake: &str) -> String {
    let mut out = String::new();
    let mut upper = false;
    for c in snake.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const SOURCE: &str = r#"
        /// Lists them.
        #[tauri::command(async)]
        pub fn list_things(service: Service<'_>, profile_id: i64, tags: Vec<String>) -> Result<Vec<ThingView>, AppError> { todo!() }

        #[tauri::command]
        pub fn save(service: State<'_, AppService>, place: Option<Place>) -> Result<(), AppError> { todo!() }

        #[tauri::command]
        pub fn pure(text: String) -> Strength { todo!() }

        fn helper() {}
    "#;

    #[test]
    fn reads_commands_their_arguments_and_results() {
        let commands = parse_commands(SOURCE).unwrap();
        let names: Vec<&str> = commands.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, ["list_things", "save", "pure"]);

        let list = &commands[0];
        assert_eq!(list.doc, ["Lists them."]);
        assert!(list.fallible);
        assert_eq!(
            list.args,
            vec![
                Arg { name: "profileId".into(), ty: TsType::plain("number") },
                Arg { name: "tags".into(), ty: TsType::plain("string[]") },
            ]
        );
        assert_eq!(list.result, TsType { text: "ThingView[]".into(), names: vec!["ThingView".into()] });

        assert_eq!(commands[1].args[0].ty, TsType { text: "Place | null".into(), names: vec!["Place".into()] });
        assert_eq!(commands[1].result, TsType::plain("null"));
        assert!(!commands[2].fallible);
    }

    #[test]
    fn refuses_what_it_cannot_translate() {
        let err = parse_commands("#[tauri::command] fn f(x: HashMap<String, u8>) {}").unwrap_err();
        assert!(err.contains("unsupported generic type"), "{err}");
        assert!(parse_commands("fn not_a_command() {}").is_err());
    }

    #[test]
    fn arguments_are_camel_cased_like_tauri_does() {
        assert_eq!(camel_case("profile_id"), "profileId");
        assert_eq!(camel_case("a_b_c"), "aBC");
        assert_eq!(camel_case("text"), "text");
    }
}
