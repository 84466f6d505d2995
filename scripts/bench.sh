#!/usr/bin/env bash
# Every speed, memory and size figure of Ciberescudo in one run, printed as one
# Markdown table (the README's "How fast" quotes it) with the date and the
# machine. Progress goes to stderr, the table alone to stdout:
#
#   scripts/bench.sh                       # everything, about 15 minutes on 2 cores
#   scripts/bench.sh > table.md            # keep the table
#   BENCH_COLLECTOR=0 scripts/bench.sh     # skip the collector's load test (about 2 minutes)
#   BENCH_LAUNCHES=20 scripts/bench.sh     # more launches per app (default 10, after one warm-up)
#
# What it runs:
# - criterion benchmarks in core (crates/core/benches: app, classroom) and the
#   answer latency loop (crates/core/benches/answer.rs, exact p50/p99);
# - the app built as it ships (`npx tauri build --bundles deb`) and a bare Tauri
#   app of the same Tauri version (bench/bare-app), both measured from outside
#   under Xvfb by bench/measure-app.mjs: launch to the first screen through
#   WebDriver, alternating; PSS with lessons open from /proc, also with
#   JavaScriptCore's JIT on (the app turns it off); a class's screen on a
#   teacher's computer (crates/core/examples/teacher_computer.rs), with and
#   without the JIT; binary and .deb sizes;
# - the collector's load test, scripts/bench-collector.sh (wrk, SQLite and PostgreSQL).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
started=$(date +%s)
target_dir="${CARGO_TARGET_DIR:-$root/target}"
# The bare app is its own Cargo project: its own target dir, the same registry cache.
bare_target="${BENCH_BARE_TARGET_DIR:-$target_dir/bare-app}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

./scripts/setup.sh >&2
for tool in xvfb-run tauri-driver WebKitWebDriver python3; do
  command -v "$tool" >/dev/null || { echo "$tool is missing (scripts/setup.sh installs it)" >&2; exit 1; }
done

log "Building the app as it ships (release, UI embedded, .deb)"
# Only a .deb made by this run is measured (see sizes below).
touch "$work/build-started"
if ! npx tauri build --bundles deb --ci >&2; then
  log "The .deb could not be made; measuring the binary alone"
  npx tauri build --no-bundle --ci >&2
fi
app="$target_dir/release/ciberescudo-app"

log "Building the bare Tauri app (bench/bare-app)"
CARGO_TARGET_DIR="$bare_target" cargo build --quiet --release --locked --manifest-path bench/bare-app/Cargo.toml >&2
bare="$bare_target/release/ciberescudo-bare-app"

log "Core benchmarks (criterion, release)"
cargo bench --locked -p ciberescudo-core --bench app --bench classroom >&2
cargo bench --locked -p ciberescudo-core --bench answer | tee "$work/answer.txt" >&2
find content/lessons -mindepth 1 -maxdepth 1 -type d | wc -l >"$work/lessons.txt"

log "A teacher's computer to open a class on (crates/core/examples/teacher_computer.rs)"
cargo run --quiet --locked --release -p ciberescudo-core --example teacher_computer -- "$work/teacher" 2718 >&2

log "The whole app from outside: launches, memory, a class's screen (Xvfb, WebDriver, /proc)"
TEACHER_DATA_DIR="$work/teacher" TEACHER_PIN=2718 \
CIBERESCUDO_APP_BINARY="$app" BARE_APP_BINARY="$bare" WEBKIT_DISABLE_COMPOSITING_MODE=1 \
  xvfb-run --auto-servernum --server-args="-screen 0 1280x900x24" node bench/measure-app.mjs >"$work/app.json"

{
  echo "app_binary=$(stat -c %s "$app")"
  echo "bare_binary=$(stat -c %s "$bare")"
  deb=$(find "$target_dir/release/bundle/deb" -name '*.deb' -newer "$work/build-started" 2>/dev/null | head -n 1)
  if [ -n "$deb" ]; then
    echo "deb=$(stat -c %s "$deb")"
    echo "deb_name=$(basename "$deb")"
    echo "deb_installed_kb=$(dpkg-deb -f "$deb" Installed-Size)"
  fi
} >"$work/sizes.txt"

if [ "${BENCH_COLLECTOR:-1}" != 0 ]; then
  log "The collector under load (scripts/bench-collector.sh)"
  ./scripts/bench-collector.sh | tee "$work/collector.txt" >&2
fi

{
  cpu=$(sed -n 's/^model name\s*:\s*//p' /proc/cpuinfo | head -n 1)
  ram=$(awk '/MemTotal/ {printf "%.0f", $2 / 1048576}' /proc/meminfo)
  os=$(. /etc/os-release && echo "$PRETTY_NAME")
  webkit=$(dpkg-query -W -f='${Version}' libwebkit2gtk-4.1-0 2>/dev/null || echo unknown)
  tauri=$(sed -n '/^name = "tauri"$/{n;s/^version = "\(.*\)"/\1/p}' Cargo.lock)
  echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores of an $cpu, $ram GB RAM, $os," \
    "WebKitGTK $webkit, Tauri $tauri, under Xvfb (no GPU); commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)" \
    "$(git diff --quiet 2>/dev/null || echo '(with uncommitted changes)')"
} >"$work/machine.txt"

BENCH_FINISHED=$(date +%s) python3 bench/table.py "$work" "$target_dir/criterion" "$started"
