#!/usr/bin/env bash
# Benchmark of issue 10: PartyDesk's whole roster import of a 100,000-row .xlsx (the district demo's
# roster, every column, full ID numbers) into a workspace with the district's tree and no members,
# side by side with LibreOffice converting the same file to CSV. Runs them in turn, RUNS times each,
# and prints wall seconds and peak memory (GNU time) of every run. Needs sqlite3 and LibreOffice.
#   bash tests/bench/import-vs-libreoffice.sh [RUNS] [WORKDIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-3}
work=${2:-$(mktemp -d)}
partydesk=build/release/app/partydesk
export QT_QPA_PLATFORM=offscreen
mkdir -p "$work"
if [ ! -f "$work/roster.xlsx" ]; then
    "$partydesk" demo --scale district --db "$work/district.sqlite" >/dev/null
    "$partydesk" export roster --format xlsx --columns all --full-id --out "$work/roster.xlsx" \
        --db "$work/district.sqlite" >/dev/null
    cp "$work/district.sqlite" "$work/empty.sqlite"
    sqlite3 "$work/empty.sqlite" "PRAGMA foreign_keys = ON; DELETE FROM member; VACUUM;"
fi
rm -f "$work/times.txt"
for i in $(seq "$runs"); do
    cp "$work/empty.sqlite" "$work/target.sqlite"
    /usr/bin/time -o "$work/times.txt" -a -f "partydesk import  %e s  %M KB" "$partydesk" import roster "$work/roster.xlsx" \
        --db "$work/target.sqlite" >/dev/null
    rm -rf "$work/lo" && mkdir "$work/lo"
    /usr/bin/time -o "$work/times.txt" -a -f "libreoffice csv   %e s  %M KB" soffice --headless --convert-to csv --outdir "$work/lo" \
        "$work/roster.xlsx" >/dev/null 2>&1
done
cat "$work/times.txt"
