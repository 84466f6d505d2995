//! Fails when ui/src/lib/bindings.ts no longer matches the Rust types.

use std::path::Path;

#[test]
fn typescript_bindings_are_fresh() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../ui/src/lib/bindings.ts");
    let expected = ciberescudo_core::api::bindings::typescript();
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        std::fs::write(&path, &expected).unwrap();
        return;
    }
    let actual = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        actual == expected,
        "{} is stale. Regenerate it with:\n  UPDATE_BINDINGS=1 cargo test -p ciberescudo-core --test bindings",
        path.display()
    );
}
