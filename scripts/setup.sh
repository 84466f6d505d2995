#!/usr/bin/env bash
# Installs whatever is missing to build, run and test Ciberescudo on Debian 12.
# Idempotent: each step checks first, so a second run takes seconds.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '\033[1m==> %s\033[0m\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# System libraries for Tauri (WebKitGTK 4.1), the end-to-end driver, a virtual
# display for headless runs, and fonts so that emoji avatars render offline.
# For the collector's tests: a PostgreSQL server (the tests start their own
# temporary cluster) and Chromium with its WebDriver for the dashboard.
APT_PACKAGES=(
  build-essential pkg-config curl file
  libwebkit2gtk-4.1-dev libxdo-dev libssl-dev libayatana-appindicator3-dev librsvg2-dev
  webkit2gtk-driver xvfb xauth fonts-noto-color-emoji fonts-dejavu-core
  postgresql chromium chromium-driver
)
missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  log "Installing system packages: ${missing[*]}"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

command -v cargo >/dev/null || { echo "Rust (cargo) is required: https://rustup.rs" >&2; exit 1; }
command -v npm >/dev/null || { echo "Node.js 20 with npm is required" >&2; exit 1; }
for tool in fmt clippy; do
  cargo "$tool" --version >/dev/null 2>&1 || { echo "cargo $tool is required: rustup component add ${tool/fmt/rustfmt}" >&2; exit 1; }
done

# tauri-driver sits between WebDriver clients and WebKitWebDriver.
if ! command -v tauri-driver >/dev/null || ! tauri-driver --help >/dev/null 2>&1; then
  log "Installing tauri-driver"
  cargo install tauri-driver --version "^2.1" --locked
fi

# cargo-deny checks the dependencies' licenses and sources in the test command.
if ! cargo deny --version >/dev/null 2>&1; then
  log "Installing cargo-deny"
  cargo install cargo-deny --version "0.20.2" --locked
fi

# cargo-deb makes the collector's .deb (scripts/package.sh).
if ! cargo deb --version >/dev/null 2>&1; then
  log "Installing cargo-deb"
  cargo install cargo-deb --version "3.8.0" --locked
fi

# JavaScript dependencies, exactly as locked.
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  log "Installing npm packages"
  npm ci --no-audit --no-fund
fi
