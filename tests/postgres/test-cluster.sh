#!/usr/bin/env bash
# A throw-away PostgreSQL 15 server for the tests: initdb in DIR, listening only on a local socket in
# DIR (no TCP port), run as an unprivileged user (PostgreSQL refuses root). CTest starts it before
# the "postgres:" tests and stops it after them (tests/CMakeLists.txt).
#   bash tests/postgres/test-cluster.sh start DIR   prints the server's URL for PARTYDESK_TEST_POSTGRES
#   bash tests/postgres/test-cluster.sh stop DIR    stops it and removes DIR
set -euo pipefail
action=${1:?start or stop}
dir=${2:?a folder for the cluster}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$bin/initdb" ] || { echo "test-cluster: PostgreSQL is not installed (package postgresql)" >&2; exit 1; }
as_owner=()
[ "$(id -u)" -eq 0 ] && as_owner=(setpriv --reuid=nobody --regid=nogroup --clear-groups --)

stop() {
    [ -d "$dir/data" ] && "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
}

case "$action" in
start)
    stop
    if [ ${#as_owner[@]} -gt 0 ] && ! "${as_owner[@]}" test -x / -a -x "$bin/initdb"; then
        echo "test-cluster: the server runs as 'nobody', who cannot enter / (mode $(stat -c %a /)); make it 755" >&2
        exit 1
    fi
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown nobody:nogroup "$dir"
    "${as_owner[@]}" "$bin/initdb" -D "$dir/data" -A trust -U partydesk -E UTF8 --locale=C.UTF-8 \
        >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    # Each test process holds a few connections; two processes run at once.
    "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
        -o "-c listen_addresses='' -k $dir -c max_connections=100" start >/dev/null ||
        { cat "$dir/server.log" >&2; exit 1; }
    echo "postgresql://partydesk@$(printf %s "$dir" | sed 's|/|%2F|g')/postgres"
    ;;
stop)
    stop
    ;;
*)
    echo "usage: test-cluster.sh start|stop DIR" >&2
    exit 2
    ;;
esac
