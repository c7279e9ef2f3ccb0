#!/usr/bin/env bash
# A throwaway PostgreSQL server for the test suite: 127.0.0.1 only, trust auth.
#
#   tools/pg_test_server.sh start    # prints the URL on stdout (everything else goes to stderr)
#   tools/pg_test_server.sh stop     # stops it and deletes its data
#   tools/pg_test_server.sh status   # exit 0 and the URL if running
#
#   export FEASIBILITY_TEST_PG_URL="$(tools/pg_test_server.sh start)"
#   .venv/bin/pytest tests/storage tests/exchange
#   tools/pg_test_server.sh stop
#
# Environment: FEASIBILITY_PG_PORT (default 55432), FEASIBILITY_PG_DIR (default
# /tmp/feasibility-pg-$PORT). On a machine without PostgreSQL, `start` installs
# it with apt-get (needs root or sudo). initdb refuses to run as root, so as
# root the server runs as the `postgres` user (or `nobody` if that does not exist).
set -euo pipefail

PORT="${FEASIBILITY_PG_PORT:-55432}"
STATE_DIR="${FEASIBILITY_PG_DIR:-/tmp/feasibility-pg-${PORT}}"
DATA_DIR="${STATE_DIR}/data"
LOG_FILE="${STATE_DIR}/server.log"
URL="postgresql+psycopg://postgres@127.0.0.1:${PORT}/postgres"

log() { echo "pg_test_server: $*" >&2; }

find_bin() {
    local dir
    if command -v pg_config >/dev/null 2>&1; then
        dir="$(pg_config --bindir 2>/dev/null || true)"
        if [ -n "$dir" ] && [ -x "$dir/initdb" ]; then echo "$dir"; return 0; fi
    fi
    # Debian/Ubuntu keep the server binaries out of PATH; take the newest major version.
    for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        if [ -x "$dir/initdb" ]; then echo "$dir"; return 0; fi
    done
    if command -v initdb >/dev/null 2>&1; then dirname "$(readlink -f "$(command -v initdb)")"; return 0; fi
    return 1
}

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null 2>&1; then sudo "$@"; else
        log "need root (or sudo) to run: $*"; exit 1
    fi
}

install_postgres() {
    log "PostgreSQL not found; installing it with apt-get"
    if ! command -v apt-get >/dev/null 2>&1; then
        log "no apt-get on this machine: install PostgreSQL (initdb, pg_ctl) and run again"; exit 1
    fi
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q >&2
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >&2
}

run_user() {
    if [ "$(id -u)" -ne 0 ]; then id -un; return; fi
    if id postgres >/dev/null 2>&1; then echo postgres; else echo nobody; fi
}

# Run a command as the server's user, from a directory that user can read.
as_server() {
    local user
    user="$(run_user)"
    if [ "$user" = "$(id -un)" ]; then (cd "$STATE_DIR" && "$@"); return; fi
    if command -v runuser >/dev/null 2>&1; then
        (cd "$STATE_DIR" && runuser -u "$user" -- "$@")
    else
        (cd "$STATE_DIR" && su -s /bin/sh "$user" -c "$(printf '%q ' "$@")")
    fi
}

is_running() {
    [ -f "$DATA_DIR/postmaster.pid" ] && as_server "$BIN/pg_ctl" -D "$DATA_DIR" status >/dev/null 2>&1
}

cmd_start() {
    if ! BIN="$(find_bin)"; then
        install_postgres
        BIN="$(find_bin)" || { log "initdb still not found after installing PostgreSQL"; exit 1; }
    fi
    if [ -d "$DATA_DIR" ] && is_running; then
        log "already running (data in $DATA_DIR)"
        echo "$URL"
        return 0
    fi
    rm -rf "$STATE_DIR"
    mkdir -p "$STATE_DIR"
    chmod 700 "$STATE_DIR"
    local user
    user="$(run_user)"
    if [ "$(id -u)" -eq 0 ]; then chown "$user" "$STATE_DIR"; fi
    log "initdb as $user into $DATA_DIR ($BIN)"
    as_server "$BIN/initdb" -D "$DATA_DIR" -U postgres -A trust -E UTF8 --locale=C --no-sync >"$STATE_DIR/initdb.log" 2>&1 \
        || { cat "$STATE_DIR/initdb.log" >&2; log "initdb failed"; exit 1; }
    # Only 127.0.0.1, a private socket directory, and no durability: it is thrown away.
    if ! as_server "$BIN/pg_ctl" -D "$DATA_DIR" -l "$LOG_FILE" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $PORT -c unix_socket_directories='$STATE_DIR' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        start >&2; then
        cat "$LOG_FILE" >&2 || true
        log "the server did not start (is port $PORT taken?)"
        exit 1
    fi
    log "running on 127.0.0.1:$PORT; stop it with: $0 stop"
    echo "$URL"
}

cmd_stop() {
    if [ ! -d "$DATA_DIR" ]; then log "not running"; rm -rf "$STATE_DIR"; return 0; fi
    BIN="$(find_bin)" || { log "PostgreSQL binaries not found"; exit 1; }
    if is_running; then as_server "$BIN/pg_ctl" -D "$DATA_DIR" -m fast -w stop >&2; fi
    rm -rf "$STATE_DIR"
    log "stopped; removed $STATE_DIR"
}

cmd_status() {
    BIN="$(find_bin)" || { log "PostgreSQL not installed"; exit 1; }
    if [ -d "$DATA_DIR" ] && is_running; then echo "$URL"; else log "not running"; exit 1; fi
}

case "${1:-}" in
    start) cmd_start ;;
    stop) cmd_stop ;;
    status) cmd_status ;;
    *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
