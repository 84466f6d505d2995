#!/usr/bin/env bash
# Builds the Debian packages and prints where they are and how big:
#   the desktop app (Tauri's bundler): target/release/bundle/deb/Ciberescudo_<version>_<arch>.deb
#   the campaign collector (cargo-deb): target/debian/ciberescudo-collector_<version>-1_<arch>.deb
# (under $CARGO_TARGET_DIR instead of target/ when that is set).
#   scripts/package.sh              both
#   scripts/package.sh app          the app only
#   scripts/package.sh collector    the collector only
set -euo pipefail
cd "$(dirname "$0")/.."

what="${1:-all}"
case "$what" in
  app | collector | all) ;;
  *) echo "usage: $0 [app|collector|all]" >&2; exit 2 ;;
esac

./scripts/setup.sh

log() { printf '\033[1m==> %s\033[0m\n' "$*"; }
target_dir="${CARGO_TARGET_DIR:-$PWD/target}"
arch="$(dpkg --print-architecture)"
built=()

if [ "$what" != collector ]; then
  log "The app's .deb (release build, UI embedded)"
  # Leaves the same binary in target/release, which the end-to-end tests run:
  # it differs from the packaged one only in the few bytes where the bundler
  # marks which kind of package it went into.
  npx tauri build --bundles deb --ci
  version="$(node -p "require('./src-tauri/tauri.conf.json').version")"
  built+=("$target_dir/release/bundle/deb/Ciberescudo_${version}_${arch}.deb")
fi

if [ "$what" != app ]; then
  log "The collector's .deb (release build)"
  cargo deb --locked -p ciberescudo-collector
  version="$(cargo pkgid -p ciberescudo-collector | sed 's/.*[@#]//')"
  built+=("$target_dir/debian/ciberescudo-collector_${version}-1_${arch}.deb")
fi

for deb in "${built[@]}"; do
  printf '%s\n  %s bytes, installed size %s KiB\n' "$deb" "$(stat -c %s "$deb")" "$(dpkg-deb --field "$deb" Installed-Size)"
done
