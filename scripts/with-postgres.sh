#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL server of its own:
#
#   scripts/with-postgres.sh cargo test -p ciberescudo-collector
#
# Makes a cluster in a temporary directory (initdb, trust authentication,
# superuser `postgres`), starts it on a free loopback port, exports
#
#   CIBERESCUDO_TEST_POSTGRES_URL=postgres://postgres@127.0.0.1:<port>/postgres
#
# runs the command as the calling user, and always stops the server and
# deletes the directory afterwards. Exits with the command's status.
#
# Needs the PostgreSQL server binaries under /usr/lib/postgresql/<version>/bin
# (Debian and Ubuntu's `postgresql` package); the highest version is used.
# As root, the server runs as the `postgres` system user (it refuses root).
set -euo pipefail

if [ "$#" -eq 0 ]; then
    echo "usage: $0 COMMAND [ARGS...]" >&2
    exit 2
fi

# The highest version (sort -V: 10 comes after 9) that has a server.
bindir=$(for dir in /usr/lib/postgresql/*/bin; do
    if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then echo "$dir"; fi
done | sort -V | tail -n 1)
if [ -z "$bindir" ]; then
    echo "$0: no PostgreSQL server found under /usr/lib/postgresql/*/bin (install the postgresql package)" >&2
    exit 1
fi

# Runs a server program as the user the server runs as.
if [ "$(id -u)" -eq 0 ]; then
    as_server() { runuser -u postgres -- "$@"; }
    tmp=$(mktemp -d /tmp/ciberescudo-pg.XXXXXX)
    chown postgres: "$tmp"
else
    as_server() { "$@"; }
    tmp=$(mktemp -d "${TMPDIR:-/tmp}/ciberescudo-pg.XXXXXX")
fi
data="$tmp/data"
started=""

cleanup() {
    local status=$?
    trap - EXIT INT TERM
    # Also after a start that timed out: whatever left a pid file is stopped.
    if [ -n "$started" ] || [ -f "$data/postmaster.pid" ]; then
        as_server "$bindir/pg_ctl" -D "$data" -m fast -w stop >/dev/null 2>&1 \
            || echo "$0: could not stop the server in $data" >&2
    fi
    rm -rf "$tmp"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

locale=C.UTF-8
if ! locale -a 2>/dev/null | grep -qixE 'c\.utf-?8'; then
    locale=C
fi
as_server "$bindir/initdb" -D "$data" --auth=trust --username=postgres -E UTF8 --locale="$locale" >"$tmp/initdb.log" 2>&1 || {
    cat "$tmp/initdb.log" >&2
    echo "$0: initdb failed" >&2
    exit 1
}

port_busy() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

port=55432
while :; do
    if [ "$port" -gt 55532 ]; then
        echo "$0: no free port from 55432 to 55532 (or the server would not start: see above)" >&2
        exit 1
    fi
    if port_busy "$port"; then
        port=$((port + 1))
        continue
    fi
    if as_server "$bindir/pg_ctl" -D "$data" -l "$tmp/server.log" -w -t 60 start \
        -o "-k $tmp -p $port -c listen_addresses=127.0.0.1 -c fsync=on" >/dev/null; then
        started=yes
        break
    fi
    # Another program may have taken the port in the meantime.
    tail -n 5 "$tmp/server.log" >&2 || true
    port=$((port + 1))
done

export CIBERESCUDO_TEST_POSTGRES_URL="postgres://postgres@127.0.0.1:$port/postgres"
echo "$0: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') at $CIBERESCUDO_TEST_POSTGRES_URL" >&2

# The command runs in the background so that a signal to this script is
# handled at once (bash runs traps only between foreground commands): it is
# passed on to the command, and the server is stopped once the command ends.
# `<&0` keeps the terminal as its input (a background job would get /dev/null).
set +e
"$@" <&0 &
child=$!
trap 'kill -INT "$child" 2>/dev/null' INT
trap 'kill -TERM "$child" 2>/dev/null' TERM
wait "$child"
status=$?
while kill -0 "$child" 2>/dev/null; do
    wait "$child"
    status=$?
done
exit "$status"
