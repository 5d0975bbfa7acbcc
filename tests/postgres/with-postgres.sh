#!/usr/bin/env bash
# Runs a command with a throw-away PostgreSQL 15 server: initdb in a temporary folder, the server on
# a local socket only (no TCP port), started as an unprivileged user (PostgreSQL refuses root), and
# stopped and removed afterwards whatever the command did. The command sees
#   PARTYDESK_TEST_POSTGRES=postgresql://partydesk@<socket folder>/postgres
# (TestServer makes a database per test there) and exits with the command's code.
#   bash tests/postgres/with-postgres.sh COMMAND [ARGS…]
set -euo pipefail
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$bin/initdb" ] || { echo "with-postgres: PostgreSQL is not installed (package postgresql)" >&2; exit 1; }
dir=$(mktemp -d /tmp/partydesk-pg.XXXXXX)
as_owner=()
if [ "$(id -u)" -eq 0 ]; then
    chown nobody "$dir"
    chmod 755 "$dir"
    as_owner=(setpriv --reuid=nobody --regid=nogroup --clear-groups --)
fi
stop() {
    "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
}
trap stop EXIT
"${as_owner[@]}" "$bin/initdb" -D "$dir/data" -A trust -U partydesk -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
    { cat "$dir/initdb.log" >&2; exit 1; }
"${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
    -o "-c listen_addresses='' -k $dir -c max_connections=200" start >/dev/null ||
    { cat "$dir/server.log" >&2; exit 1; }
socket=$(printf %s "$dir" | sed 's|/|%2F|g') # mktemp's names need no other escaping
export PARTYDESK_TEST_POSTGRES="postgresql://partydesk@$socket/postgres"
status=0
"$@" || status=$?
[ $status -eq 0 ] || tail -20 "$dir/server.log" >&2
exit $status
