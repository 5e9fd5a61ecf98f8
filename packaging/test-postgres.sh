#!/usr/bin/env bash
# A throw-away PostgreSQL server for the tests that run on both engines (issue 16).
#
#   eval "$(bash packaging/test-postgres.sh start)"   # installs PostgreSQL if missing, starts it, prints the export line
#   mvn -B test                                      # the server cases run (without YANGGU_TEST_PG they are skipped)
#   bash packaging/test-postgres.sh stop             # stops it and removes its folder
#
# The cluster lives in $PGTEST_DIR (default /tmp/yanggu-pgtest), listens on localhost:$PGTEST_PORT (default 55432)
# and on a socket in that folder only. The superuser "postgres" logs in without a password (trust, local only);
# the role "wb_pw" must give its password (scram-sha-256), so the tests can check a missing or wrong password.
# PostgreSQL refuses to run as root: the cluster runs as the user "postgres" (created by the Debian package).
set -euo pipefail
dir=${PGTEST_DIR:-/tmp/yanggu-pgtest}
port=${PGTEST_PORT:-55432}

bindir() {
    local d
    for d in /usr/lib/postgresql/*/bin; do
        [ -x "$d/pg_ctl" ] && { echo "$d"; return 0; }
    done
    return 1
}

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

case "${1:-}" in
start)
    if ! bin=$(bindir); then
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq >&2
        apt-get install -y -qq --no-install-recommends postgresql >&2
        bin=$(bindir)
    fi
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate stop >&2 || true
    fi
    rm -rf "$dir"
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -U postgres -E UTF8 --locale=C.UTF-8 -A trust >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    # the role wb_pw logs in with its password only; everyone else (local, tests) is trusted
    hba="$dir/data/pg_hba.conf"
    { echo "host all wb_pw 127.0.0.1/32 scram-sha-256"; echo "host all wb_pw ::1/128 scram-sha-256"; cat "$hba"; } > "$hba.new"
    mv "$hba.new" "$hba"
    [ "$(id -u)" -eq 0 ] && chown postgres "$hba"
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
        -o "-p $port -k $dir -c listen_addresses=localhost -c fsync=off -c max_connections=60" start >&2
    as_owner "$bin/psql" -h "$dir" -p "$port" -U postgres -d postgres -qc \
        "CREATE ROLE wb_pw LOGIN PASSWORD 'richtig-2026'" >&2
    echo "export YANGGU_TEST_PG='postgresql://localhost:$port/postgres?user=postgres&sslmode=disable'"
    ;;
stop)
    if bin=$(bindir) && [ -f "$dir/data/postmaster.pid" ]; then
        as_owner "$bin/pg_ctl" -D "$dir/data" -m fast stop >&2 || true
    fi
    rm -rf "$dir"
    ;;
*)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac
