#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# A throw-away PostgreSQL + PostGIS server for the tests: its own cluster in a temporary folder, listening on a free
# loopback port, statement log on, loaded with the test tables (tests/postgis/testdata.sql). CTest runs `start` as a
# fixture before the database tests and `stop` after them, also when a test failed.
#
#   pg-server.sh start STATE   create and start; STATE (a file) receives the folder, port and log path
#   pg-server.sh stop STATE    stop and delete the folder (fine when already stopped)
#   pg-server.sh halt STATE    stop at once, as a crash would (the mid-load test)
#   pg-server.sh resume STATE  start the stopped cluster again
set -eu

action=${1:?start, stop, halt or resume}
state=${2:?state file}
here=$(cd "$(dirname "$0")" && pwd)

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
    echo "pg-server: PostgreSQL's server programs are not installed (packages postgresql and postgresql-postgis," \
         "listed in packaging/debian/build-deps)" >&2
    exit 1
fi

# PostgreSQL refuses to run as root (a build root's chroot is root): run it as a system user of its own there.
run_as=""
if [ "$(id -u)" = 0 ]; then
    owner=atlas-pgtest
    id "$owner" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$owner"
    run_as="runuser -u $owner --"
fi
pg() { $run_as "$@"; }

case "$action" in
start)
    dir=$(mktemp -d "${TMPDIR:-/tmp}/atlas-postgis.XXXXXX")
    [ -n "$run_as" ] && chown "$owner" "$dir"
    chmod 700 "$dir"
    pwfile="$dir/superuser-password"
    echo "atlas-test-superuser" > "$pwfile"
    [ -n "$run_as" ] && chown "$owner" "$pwfile"
    pg "$bindir/initdb" --pgdata="$dir/data" --username=atlas_admin --pwfile="$pwfile" --auth-local=trust \
        --auth-host=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
        { cat "$dir/initdb.log" >&2; exit 1; }
    cat >>"$dir/data/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
unix_socket_directories = '$dir'
log_statement = 'all'
log_connections = on
fsync = off
EOF
    # A free port: try a few, as another program may hold one.
    port=""
    for candidate in 55432 55433 55434 55435 55436 55437 55438 55439; do
        if pg "$bindir/pg_ctl" --pgdata="$dir/data" --log="$dir/server.log" --wait --timeout=30 \
               -o "-p $candidate" start >/dev/null 2>&1; then
            port=$candidate
            break
        fi
    done
    if [ -z "$port" ]; then
        cat "$dir/server.log" >&2 || true
        echo "pg-server: the server did not start on any of the ports tried" >&2
        exit 1
    fi
    printf 'dir=%s\nport=%s\nlog=%s\nbindir=%s\n' "$dir" "$port" "$dir/server.log" "$bindir" > "$state"
    pg "$bindir/psql" -X -q -v ON_ERROR_STOP=1 -h "$dir" -p "$port" -U atlas_admin -d postgres \
        -c "CREATE DATABASE atlas_test" >/dev/null
    pg "$bindir/psql" -X -q -v ON_ERROR_STOP=1 -h "$dir" -p "$port" -U atlas_admin -d atlas_test \
        -f "$here/testdata.sql" >"$dir/load.log" 2>&1 || { cat "$dir/load.log" >&2; exit 1; }
    echo "pg-server: PostgreSQL with PostGIS on 127.0.0.1:$port, data in $dir"
    ;;
stop)
    [ -f "$state" ] || exit 0
    dir=$(sed -n 's/^dir=//p' "$state")
    pg "$bindir/pg_ctl" --pgdata="$dir/data" --mode=fast --wait stop >/dev/null 2>&1 || true
    rm -rf "$dir" "$state"
    ;;
halt)
    dir=$(sed -n 's/^dir=//p' "$state")
    pg "$bindir/pg_ctl" --pgdata="$dir/data" --mode=immediate --wait stop >/dev/null
    ;;
resume)
    dir=$(sed -n 's/^dir=//p' "$state")
    port=$(sed -n 's/^port=//p' "$state")
    pg "$bindir/pg_ctl" --pgdata="$dir/data" --log="$dir/server.log" --wait --timeout=30 -o "-p $port" start >/dev/null
    ;;
*)
    echo "pg-server: unknown action $action" >&2
    exit 2
    ;;
esac
