#!/usr/bin/env bash
# Runs `reper-bench --server` (docs/benchmarks.md, "On a PostgreSQL server") against a throwaway
# PostgreSQL 15 cluster: initdb in a temporary folder, listening on 127.0.0.1 only on a free port,
# run as the postgres user when this script runs as root (PostgreSQL refuses root), as the tests'
# PgCluster does. The cluster is stopped and its folder removed on exit, however the run ends.
#
#   scripts/bench-server.sh [reper-bench options…]       e.g. --years 10 --scale 2 --repeat 5
#   REPER_BENCH=build-rel/bench/reper-bench scripts/bench-server.sh …   (default build/bench/reper-bench)
#   PG_BINDIR=/usr/lib/postgresql/15/bin                                 (the default)
#   REPER_BENCH_PG_CONF="shared_buffers=256MB work_mem=16MB"             extra settings of the server
#   REPER_BENCH_PG_LOG=FILE          keep the server's log there (e.g. with auto_explain in
#                                    REPER_BENCH_PG_CONF: the plans of the slow statements)
#   REPER_BENCH_PG_STATEMENTS=N      after the run, the N statements that took the server's most time
#                                    (pg_stat_statements: normalised text, no values)
#
# The server keeps PostgreSQL's default durability (fsync, synchronous_commit on), as a real one
# would; its settings are printed before the run. Only a benchmark: nothing here is for production.
set -euo pipefail
cd "$(dirname "$0")/.."
bench=${REPER_BENCH:-build/bench/reper-bench}
pgbin=${PG_BINDIR:-/usr/lib/postgresql/15/bin}
[ -x "$bench" ] || { echo "bench-server: $bench is not built (ninja -C build reper-bench)" >&2; exit 2; }
[ -x "$pgbin/initdb" ] || { echo "bench-server: $pgbin/initdb is missing (apt-get install postgresql-15)" >&2; exit 2; }

as_server=()
if [ "$(id -u)" = 0 ]; then
    as_server=(setpriv --reuid=postgres --regid=postgres --init-groups --)
fi

dir=$(mktemp -d /tmp/reper-bench-pg.XXXXXX)
started=""
bench_pid=""
cleanup() {
    if [ -n "$bench_pid" ]; then
        kill "$bench_pid" 2>/dev/null || true
        wait "$bench_pid" 2>/dev/null || true
    fi
    if [ -n "${REPER_BENCH_PG_LOG:-}" ] && [ -f "$dir/server.log" ]; then
        cp "$dir/server.log" "$REPER_BENCH_PG_LOG" || true
    fi
    if [ -n "$started" ]; then
        "${as_server[@]}" "$pgbin/pg_ctl" stop -D "$dir/data" -m immediate -w >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
chmod 700 "$dir"
[ ${#as_server[@]} -eq 0 ] || chown postgres:postgres "$dir"

# The superuser's password: random, in a file only the server's user reads, then in PGPASSWORD for
# reper-bench; never on a command line, never printed.
owner=reper_bench_owner
password=$(od -An -tx1 -N24 /dev/urandom | tr -d ' \n')
(umask 077 && printf '%s' "$password" > "$dir/pw")
[ ${#as_server[@]} -eq 0 ] || chown postgres:postgres "$dir/pw"
"${as_server[@]}" "$pgbin/initdb" -D "$dir/data" -U "$owner" --pwfile="$dir/pw" -A scram-sha-256 -E UTF8 \
    --locale=C.UTF-8 --no-instructions >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
rm -f "$dir/pw"

port=""
for _ in 1 2 3 4 5 6 7 8; do
    try=$((20000 + RANDOM % 40000))
    preload=""
    [ -z "${REPER_BENCH_PG_STATEMENTS:-}" ] || preload="-c shared_preload_libraries=pg_stat_statements"
    # shellcheck disable=SC2086 # the extra settings are words
    if "${as_server[@]}" "$pgbin/pg_ctl" start -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-p $try -k $dir -c listen_addresses=127.0.0.1 -c logging_collector=off $preload $(for s in ${REPER_BENCH_PG_CONF:-}; do printf -- '-c %s ' "$s"; done)" \
        >/dev/null 2>&1; then
        port=$try
        started=1
        break
    fi
done
[ -n "$port" ] || { echo "bench-server: the server did not start; its log:" >&2; cat "$dir/server.log" >&2; exit 1; }

export PGPASSWORD="$password"
"$pgbin/psql" -X -q -h 127.0.0.1 -p "$port" -U "$owner" -d postgres -v ON_ERROR_STOP=1 \
    -c "CREATE DATABASE reper" >/dev/null
echo "bench-server: PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (throwaway, $dir)"
"$pgbin/psql" -X -q -A -t -h 127.0.0.1 -p "$port" -U "$owner" -d reper -c \
    "SELECT string_agg(name || '=' || setting || coalesce(unit, ''), ' ' ORDER BY name) FROM pg_settings
     WHERE name IN ('shared_buffers', 'work_mem', 'effective_cache_size', 'fsync', 'synchronous_commit',
                    'max_wal_size', 'jit', 'ssl')" | sed 's/^/bench-server: settings /'
if [ -n "${REPER_BENCH_PG_STATEMENTS:-}" ]; then
    "$pgbin/psql" -X -q -h 127.0.0.1 -p "$port" -U "$owner" -d reper -c "CREATE EXTENSION pg_stat_statements" >/dev/null
fi
# In the background and waited for, so that a signal to this script stops the run and the server at
# once (bash runs a trap only after its foreground command has ended).
status=0
"$bench" --server "postgresql://$owner@127.0.0.1:$port/reper" "$@" &
bench_pid=$!
wait "$bench_pid" || status=$?
bench_pid=""
if [ -n "${REPER_BENCH_PG_STATEMENTS:-}" ]; then
    echo
    echo "bench-server: the statements that took the server's most time"
    "$pgbin/psql" -X -q -P pager=off -h 127.0.0.1 -p "$port" -U "$owner" -d reper -c \
        "SELECT calls, round(total_exec_time::numeric) AS total_ms, round(mean_exec_time::numeric, 3) AS mean_ms,
                rows, left(regexp_replace(query, '\s+', ' ', 'g'), 150) AS statement
         FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT ${REPER_BENCH_PG_STATEMENTS//[^0-9]/}"
fi
exit $status
