#!/usr/bin/env bash
# Checks the freshly built .debs (scripts/package.sh) by installing them on
# this machine, as a school's technician and a campaign's organizer would:
#   the app: its control file and contents, `apt-get install`, its menu entry
#   and icon, one end-to-end smoke test against /usr/bin/ciberescudo-app (not
#   the build tree), then `apt-get remove`, which must take the program and
#   leave the learner's data;
#   the collector: its control file and contents, `apt-get install`, its
#   system user, settings and systemd unit, one command run as that user, then
#   remove and purge, which must leave the campaign's statistics.
# Needs root, or sudo: CI runs it as root on a fresh Debian 12 machine.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '\033[1m==> %s\033[0m\n' "$*"; }
fail() { echo "test-packages: $*" >&2; exit 1; }

if [ "$(id -u)" -eq 0 ]; then
  as_root() { "$@"; }
elif command -v sudo >/dev/null; then
  as_root() { sudo "$@"; }
else
  fail "installing the packages needs root: run this as root, or install sudo"
fi
apt_get() { as_root env DEBIAN_FRONTEND=noninteractive apt-get -y -qq -o Dpkg::Use-Pty=0 "$@"; }
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
# Each listed absolute path is in the package (Tauri's bundler and cargo-deb
# spell the members with and without a leading "./").
has_paths() {
  local deb="$1" listing
  shift
  listing="$(dpkg-deb -c "$deb" | awk '{print $6}' | sed 's#^\./##; s#^#/#')"
  for p in "$@"; do grep -qxF "$p" <<<"$listing" || fail "$(basename "$deb") has no $p"; done
}
# One file of a package's data (--fsys-tarfile) or control (--ctrl-tarfile)
# archive, to stdout: member DEB ARCHIVE PATH.
member() { dpkg-deb "$2" "$1" | tar -xO --wildcards "*${3#/}"; }

target_dir="${CARGO_TARGET_DIR:-$PWD/target}"
arch="$(dpkg --print-architecture)"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

# ---------------------------------------------------------------- the app

app_deb="$target_dir/release/bundle/deb/Ciberescudo_$(node -p "require('./src-tauri/tauri.conf.json').version")_${arch}.deb"
[ -f "$app_deb" ] || fail "no $app_deb: run scripts/package.sh app first"
desktop=/usr/share/applications/Ciberescudo.desktop
icon=/usr/share/icons/hicolor/128x128/apps/ciberescudo-app.png

log "The app's package: control file and contents"
[ "$(dpkg-deb --field "$app_deb" Package)" = ciberescudo ] || fail "the app's package is not called ciberescudo"
depends="$(dpkg-deb --field "$app_deb" Depends)"
echo "Depends: $depends"
# WebKitGTK 4.1 (libsoup 3) is what Debian 12 and Ubuntu 22.04 and 24.04 all
# have; the 4.0 library is gone from Ubuntu 24.04.
grep -qE '(^|, )libwebkit2gtk-4\.1-0($|[ ,])' <<<"$depends" || fail "the app does not depend on libwebkit2gtk-4.1-0"
! grep -q 'libwebkit2gtk-4\.0' <<<"$depends" || fail "the app depends on the WebKitGTK 4.0 library"
has_paths "$app_deb" /usr/bin/ciberescudo-app "$desktop" "$icon"
member "$app_deb" --fsys-tarfile "$desktop" >"$scratch/app.desktop"
# The menu entry in both languages (the unlocalized keys are English).
for line in 'Name=Ciberescudo' 'Name\[es\]=.+' 'Comment=.+' 'Comment\[es\]=.+' 'Categories=Education;' \
  'Exec=ciberescudo-app' 'Icon=ciberescudo-app'; do
  grep -qxE "$line" "$scratch/app.desktop" || fail "the app's desktop file has no line matching $line"
done

log "Installing the app's package"
# --reinstall: a package of the same version left by an earlier run is
# replaced by this build all the same.
apt_get install --reinstall "$app_deb"
installed ciberescudo || fail "dpkg does not list ciberescudo as installed"
dpkg --verify ciberescudo || fail "the installed files differ from the package's"
[ "$(command -v ciberescudo-app)" = /usr/bin/ciberescudo-app ] || fail "ciberescudo-app is not /usr/bin/ciberescudo-app on the PATH"
[ -f "$desktop" ] && [ -f "$icon" ] || fail "the menu entry or its icon is missing"

log "Smoke test of the installed app (end to end)"
smoke_home="$scratch/home"
mkdir "$smoke_home"
CIBERESCUDO_APP_BINARY=/usr/bin/ciberescudo-app CIBERESCUDO_SMOKE_HOME="$smoke_home" \
  WEBKIT_DISABLE_COMPOSITING_MODE=1 \
  xvfb-run --auto-servernum --server-args="-screen 0 1280x900x24" \
  node --test --test-concurrency=1 tests/e2e-installed/

log "Removing the app's package"
apt_get remove ciberescudo
! installed ciberescudo || fail "ciberescudo is still installed"
for f in /usr/bin/ciberescudo-app "$desktop" "$icon"; do
  [ ! -e "$f" ] || fail "$f is still there after apt-get remove"
done
# The learner's data, written by the smoke test, stays.
[ -s "$smoke_home/.local/share/mx.ciberescudo.app/progress.sqlite3" ] || fail "apt-get remove took the learner's progress"

# ---------------------------------------------------------- the collector

collector_version="$(cargo pkgid -p ciberescudo-collector | sed 's/.*[@#]//')"
collector_deb="$target_dir/debian/ciberescudo-collector_${collector_version}-1_${arch}.deb"
[ -f "$collector_deb" ] || fail "no $collector_deb: run scripts/package.sh collector first"
user=ciberescudo-collector
settings=/etc/ciberescudo-collector/collector.toml
state=/var/lib/ciberescudo-collector
unit=ciberescudo-collector.service

log "The collector's package: control file and contents"
grep -qE '(^|, )adduser($|[ ,])' <<<"$(dpkg-deb --field "$collector_deb" Depends)" || fail "the collector does not depend on adduser"
has_paths "$collector_deb" /usr/bin/ciberescudo-collector "$settings" "/usr/lib/systemd/system/$unit"
# The settings are a conffile (upgrades keep an organizer's edits), never world-readable.
grep -qxF "$settings" <<<"$(member "$collector_deb" --ctrl-tarfile conffiles)" || fail "$settings is not a conffile"
grep -qE "^-rw-r----- .* (\./)?${settings#/}\$" <<<"$(dpkg-deb -c "$collector_deb")" || fail "$settings is not packaged with mode 0640"

if installed ciberescudo-collector || getent passwd "$user" >/dev/null || [ -e "$state" ]; then
  # Never replace or purge a collector this machine really runs.
  log "Not installing the collector's package: this machine has a collector of its own (the package, the user $user or $state)"
  exit 0
fi

log "Installing the collector's package"
apt_get install "$collector_deb"
installed ciberescudo-collector || fail "dpkg does not list ciberescudo-collector as installed"
getent passwd "$user" | grep -q ":$state:/usr/sbin/nologin\$" || fail "no system user $user with home $state"
[ "$(stat -c '%U:%G %a' "$settings")" = "root:$user 640" ] || fail "$settings is not root:$user 640"
[ "$(stat -c '%U:%G %a' "$state")" = "$user:$user 750" ] || fail "$state is not $user:$user 750"
systemd-analyze verify "/usr/lib/systemd/system/$unit"
# The organizer's commands run as the service's user with the packaged settings.
as_root runuser -u "$user" -- ciberescudo-collector campaign list --config "$settings"
[ "$(stat -c %U "$state/collector.sqlite3")" = "$user" ] || fail "the collector's database is not its user's"

log "Removing and purging the collector's package"
apt_get remove ciberescudo-collector
[ ! -e /usr/bin/ciberescudo-collector ] || fail "the collector's binary is still there after apt-get remove"
[ -f "$settings" ] || fail "apt-get remove took the settings (only purge should)"
apt_get purge ciberescudo-collector
[ ! -e "$settings" ] || fail "$settings is still there after apt-get purge"
[ -s "$state/collector.sqlite3" ] || fail "apt-get purge took the campaign's statistics"
# Only this test made them: leave the machine as it was.
as_root rm -rf "$state"
as_root deluser --system --quiet "$user"
if getent group "$user" >/dev/null; then as_root delgroup --system --quiet "$user"; fi
