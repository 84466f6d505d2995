#!/usr/bin/env bash
# Installs whatever is missing, then starts Ciberescudo (development build,
# with live reload of the UI).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No graphical display found: run this from a desktop session." >&2
  echo "(On a server, try: xvfb-run ./scripts/start.sh)" >&2
  exit 1
fi
exec npx tauri dev
