//! `ui/src/lib/commands.ts`: one typed function per command, and the
//! `Commands` map of every command's arguments and result.

use std::collections::BTreeSet;
use std::fmt::Write;

use crate::parse::{camel_case, Command};

pub fn typescript(commands: &[Command]) -> String {
    let names: BTreeSet<&str> = commands
        .iter()
        .flat_map(|c| c.args.iter().flat_map(|a| &a.ty.names).chain(&c.result.names))
        .map(String::as_str)
        .collect();

    let mut out = String::from(
        "// Generated from src-tauri/src/commands.rs by crates/ipc-contract. Do not edit.\n\
         // Regenerate: UPDATE_BINDINGS=1 cargo test -p ciberescudo-ipc-contract\n\n",
    );
    if !names.is_empty() {
        let list: Vec<&str> = names.into_iter().collect();
        writeln!(out, "import type {{ {} }} from \"./bindings\";", list.join(", ")).unwrap();
    }
    out.push_str("import { call } from \"./ipc\";\n\n");

    out.push_str("/** Every command the UI may call: its arguments and what it resolves with. */\n");
    out.push_str("export type Commands = {\n");
    for c in commands {
        writeln!(out, "  {}: {{ args: {}; result: {} }};", c.name, args_type(c), c.result.text).unwrap();
    }
    out.push_str("};\n\nexport type CommandName = keyof Commands;\n\n");

    for c in commands {
        if !c.doc.is_empty() {
            writeln!(out, "/** {} */", c.doc.join(" ")).unwrap();
        }
        let params: Vec<String> = c.args.iter().map(|a| format!("{}: {}", a.name, a.ty.text)).collect();
        let names: Vec<&str> = c.args.iter().map(|a| a.name.as_str()).collect();
        let object = if names.is_empty() { "{}".to_owned() } else { format!("{{ {} }}", names.join(", ")) };
        writeln!(out, "export const {} = ({}) => call(\"{}\", {object});\n", camel_case(&c.name), params.join(", "), c.name)
            .unwrap();
    }
    // One blank line at the end, not two.
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

fn args_type(c: &Command) -> String {
    if c.args.is_empty() {
        return "Record<string, never>".into();
    }
    let fields: Vec<String> = c.args.iter().map(|a| format!("{}: {}", a.name, a.ty.text)).collect();
    format!("{{ {} }}", fields.join("; "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse_commands;

    #[test]
    fn writes_a_typed_function_and_a_map_entry_per_command() {
        let commands = parse_commands(
            "/// Opens it.\n#[tauri::command] pub fn open_lesson(service: Service<'_>, profile_id: i64, lesson_id: String) -> Result<LessonView, AppError> { todo!() }\n\
             #[tauri::command] pub fn startup(service: Service<'_>) -> Startup { todo!() }",
        )
        .unwrap();
        let ts = typescript(&commands);
        assert!(ts.contains("import type { LessonView, Startup } from \"./bindings\";"), "{ts}");
        assert!(ts.contains("  open_lesson: { args: { profileId: number; lessonId: string }; result: LessonView };"), "{ts}");
        assert!(ts.contains("  startup: { args: Record<string, never>; result: Startup };"), "{ts}");
        assert!(ts.contains("/** Opens it. */\nexport const openLesson = (profileId: number, lessonId: string) => call(\"open_lesson\", { profileId, lessonId });"), "{ts}");
        assert!(ts.contains("export const startup = () => call(\"startup\", {});"), "{ts}");
    }
}
