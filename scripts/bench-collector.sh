#!/usr/bin/env bash
# The collector under load, with a standard tool (wrk) on loopback: realistic
# reports (10 lessons, 80 question counters each), 10% of them retries of
# earlier ones, for a bounded time; then a straight count of the unique
# reports is compared with the aggregates, exactly. Once on SQLite and once
# on PostgreSQL (a temporary cluster). Prints one line per figure.
#
#   scripts/bench-collector.sh            # 20 s per backend, 32 connections
#   BENCH_DURATION=60s BENCH_CONNECTIONS=64 scripts/bench-collector.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
duration=${BENCH_DURATION:-20s}
connections=${BENCH_CONNECTIONS:-32}
threads=2

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
for tool in wrk python3; do
  if ! command -v "$tool" >/dev/null; then
    as_root apt-get update -qq && DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "$tool"
  fi
done
[ "${1:-}" = "--postgres" ] || ./scripts/setup.sh >/dev/null

cargo build --quiet --release --locked -p ciberescudo-collector
binary="${CARGO_TARGET_DIR:-$root/target}/release/ciberescudo-collector"

# One backend: $1 names it, $2 is the `database` setting.
run() {
  local name=$1 database=$2 work
  work=$(mktemp -d)
  trap 'kill "${server:-0}" 2>/dev/null || true; rm -rf "$work"' RETURN
  cat >"$work/collector.toml" <<TOML
listen = "127.0.0.1:0"
database = "$database"
[rate_limit]
# One sender (wrk) plays every school: lift the per-sender limit.
per_second = 1000000
burst = 1000000
TOML
  local code week salt url
  code=$("$binary" campaign create --config "$work/collector.toml" --name "Bench" \
    --starts "$(date -d '-60 days' +%F)" --ends "$(date -d '+60 days' +%F)")
  "$binary" serve --config "$work/collector.toml" >"$work/out" 2>"$work/log" &
  server=$!
  for _ in $(seq 100); do grep -q '^listening on' "$work/out" 2>/dev/null && break; sleep 0.1; done
  url=$(sed -n 's/^listening on //p' "$work/out")
  week=$(date -d '-7 days' +%G-W%V)
  salt=$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')
  local result
  result=$(cd scripts/bench-collector && BENCH_CAMPAIGN="$code" BENCH_WEEK="$week" BENCH_SALT="$salt" \
    BENCH_THREADS=$threads BENCH_COUNTS="$work/made" \
    wrk -t$threads -c"$connections" -d"$duration" --latency -s reports.lua "$url" | grep '^BENCH')
  kill "$server"; wait "$server" 2>/dev/null || true
  local where=$database
  local verified
  verified=$(python3 scripts/bench-collector/verify.py "$work/made" $threads "$salt" \
    "$([ "$name" = sqlite ] && echo sqlite || echo postgres)" "$where" "$connections")
  echo "$name ${result#BENCH } ${verified#VERIFY }"
}

if [ "${1:-}" = "--postgres" ]; then
  # Inside scripts/with-postgres.sh: a fresh database in its cluster.
  psql "$CIBERESCUDO_TEST_POSTGRES_URL" -qc "CREATE DATABASE bench"
  run postgres "${CIBERESCUDO_TEST_POSTGRES_URL%/*}/bench"
  exit
fi
echo "collector load test: $(nproc) cores, wrk -t$threads -c$connections -d$duration, $(date -u +%F)"
sqlite_dir=$(mktemp -d)
run sqlite "$sqlite_dir/collector.sqlite3"
rm -rf "$sqlite_dir"
# PostgreSQL: a temporary cluster for the run, stopped after.
./scripts/with-postgres.sh "$0" --postgres
