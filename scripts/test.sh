#!/usr/bin/env bash
# Installs whatever is missing, then runs every test: the lint gates
# (rustfmt, clippy, cargo-deny), core, CLI, report format and collector
# (Rust; the collector against SQLite and a temporary PostgreSQL server; the
# sync engine against the real collector on loopback), the
# IPC contract and generated-types and translation checks, the UI (Vitest),
# the organizers' dashboard in headless Chromium, and the end-to-end tests
# that drive the real app in WebKit under a virtual display; then installs
# the app's and the collector's .deb on this machine, runs a smoke test
# against the installed app and removes them (scripts/test-packages.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh

log() { printf '\033[1m==> %s\033[0m\n' "$*"; }
target_dir="${CARGO_TARGET_DIR:-$PWD/target}"

log "Formatting (rustfmt)"
cargo fmt --all --check

log "Lesson content"
cargo run --quiet --locked -p ciberescudo-cli -- content check content

log "Lints (clippy, every crate and target, warnings are errors)"
cargo clippy --locked --workspace --all-targets -- -D warnings

log "Dependencies: licenses, bans and sources (cargo-deny)"
cargo deny --locked check licenses bans sources

log "Rust tests (core, CLI, IPC contract, report format, collector on SQLite and PostgreSQL, sync engine against the collector)"
# The sync engine's tests run the collector's binary, which this builds
# (for the collector's own tests) before any test starts.
./scripts/with-postgres.sh cargo test --locked --workspace --exclude ciberescudo-app

# Built by the Rust tests above; the dashboard's and the app's end-to-end
# tests run this one binary.
export CIBERESCUDO_COLLECTOR_BINARY="$target_dir/debug/ciberescudo-collector"

log "The organizers' dashboard in headless Chromium"
node --test --test-concurrency=1 tests/e2e-collector/

log "UI type check and tests"
npm run --silent check
npm run --silent test:ui

log "Building the packages: the app's .deb (release, UI embedded) and the collector's"
./scripts/package.sh

log "End-to-end tests in the real app"
# The binary that build left in target/release: the one in the app's .deb.
export CIBERESCUDO_APP_BINARY="$target_dir/release/ciberescudo-app"
export WEBKIT_DISABLE_COMPOSITING_MODE=1
# A private virtual display, so tests never touch the user's screen.
xvfb-run --auto-servernum --server-args="-screen 0 1280x900x24" \
  node --test --test-concurrency=1 tests/e2e/

log "The Debian packages, installed on this machine and removed again"
./scripts/test-packages.sh
