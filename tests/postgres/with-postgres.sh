#!/usr/bin/env bash
# Runs a command with its own throw-away PostgreSQL server (test-cluster.sh), stopped and removed
# afterwards whatever the command did; the command sees PARTYDESK_TEST_POSTGRES.
#   bash tests/postgres/with-postgres.sh build/release/tests/partydesk_tests "~[file]"
set -euo pipefail
here=$(dirname "$0")
dir=$(mktemp -d /tmp/partydesk-pg.XXXXXX)
trap 'bash "$here/test-cluster.sh" stop "$dir"' EXIT
PARTYDESK_TEST_POSTGRES=$(bash "$here/test-cluster.sh" start "$dir")
export PARTYDESK_TEST_POSTGRES
"$@"
