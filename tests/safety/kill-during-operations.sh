#!/usr/bin/env bash
# Kills PartyDesk with SIGKILL at random moments during every long operation and checks what is
# left: the workspace passes its whole-file check, and each output is either the old file, absent,
# or a whole new one; no temporary file of ours survives the next run.
#   tests/safety/kill-during-operations.sh PARTYDESK_BINARY [RUNS]   (RUNS per operation, default 30)
set -uo pipefail
partydesk=$1
runs=${2:-30}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$work/runtime"
mkdir -p "$work/runtime" && chmod 700 "$work/runtime"
failures=0

fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

hash_of() { [ -e "$1" ] && sha256sum "$1" | cut -d' ' -f1 || echo absent; }

# Runs the command in the background, kills it after a random part of `budget_ms`.
kill_during() {
    local budget_ms=$1
    shift
    "$@" >"$work/last.log" 2>&1 &
    local pid=$!
    local delay=$((RANDOM % budget_ms))
    sleep "$(printf '0.%03d' "$delay")"
    kill -9 "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
}

check_workspace() {
    "$partydesk" check --db "$1" >"$work/check.log" 2>&1 || fail "$2: workspace not sound: $(cat "$work/check.log")"
}

# An output after a kill: the old file, no file, or a whole new one.
check_output() {
    local file=$1 old=$2 label=$3
    local now
    now=$(hash_of "$file")
    [ "$now" = absent ] || [ "$now" = "$old" ] && return 0
    "$partydesk" check "$file" >"$work/check.log" 2>&1 || fail "$label: a torn file was left: $(cat "$work/check.log")"
}

"$partydesk" demo --scale community --db "$work/w.sqlite" >/dev/null 2>&1 || { echo "demo failed" >&2; exit 1; }
mkdir -p "$work/out"

timed() { # milliseconds one uninterrupted run takes, at least 200
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s%N)
    local ms=$(((end - start) / 1000000))
    [ "$ms" -lt 200 ] && ms=200
    echo "$ms"
}

run_export() { # label, output file, command...
    local label=$1 out=$2
    shift 2
    "$@" >/dev/null 2>&1 || { fail "$label: does not run: $*"; return; }
    local budget
    budget=$(timed "$@")
    [ "$budget" -gt 999 ] && budget=999
    for ((i = 0; i < runs; i++)); do
        local old
        old=$(hash_of "$out")
        kill_during "$budget" "$@"
        check_output "$out" "$old" "$label (run $i)"
        check_workspace "$work/w.sqlite" "$label (run $i)"
    done
    # The next whole run leaves no temporary file of ours.
    "$@" >/dev/null 2>&1 || fail "$label: the run after the kills failed"
    if ls "$work/out"/*.partial >/dev/null 2>&1; then fail "$label: .partial files left: $(ls "$work/out")"; fi
    echo "$label: $runs kills, budget ${budget} ms"
}

db=(--db "$work/w.sqlite")
run_export "roster .xlsx" "$work/out/r.xlsx" "$partydesk" export roster --format xlsx --out "$work/out/r.xlsx" "${db[@]}"
run_export "roster .pdf" "$work/out/r.pdf" "$partydesk" export roster --format pdf --out "$work/out/r.pdf" "${db[@]}"
run_export "monthly report .pdf" "$work/out/m.pdf" "$partydesk" report monthly --month 2026-10 --out "$work/out/m.pdf" "${db[@]}"
run_export "rating report .xlsx" "$work/out/s.xlsx" "$partydesk" scoring report --year 2025 --format xlsx --out "$work/out/s.xlsx" "${db[@]}"

# A backup to a new file: after a kill, no file or a sound one.
budget=$(timed "$partydesk" backup --out "$work/out/b0.sqlite" "${db[@]}")
[ "$budget" -gt 999 ] && budget=999
for ((i = 0; i < runs; i++)); do
    rm -f "$work/out/b.sqlite"
    kill_during "$budget" "$partydesk" backup --out "$work/out/b.sqlite" "${db[@]}"
    [ -e "$work/out/b.sqlite" ] && check_workspace "$work/out/b.sqlite" "backup (run $i)"
    check_workspace "$work/w.sqlite" "backup (run $i)"
done
echo "backup: $runs kills, budget ${budget} ms"

# The demo writes a new workspace: after a kill the file is sound and either empty or whole.
budget=$(timed "$partydesk" demo --scale community --db "$work/d0.sqlite")
[ "$budget" -gt 999 ] && budget=999
for ((i = 0; i < runs; i++)); do
    rm -f "$work/d.sqlite"*
    kill_during "$budget" "$partydesk" demo --scale community --db "$work/d.sqlite"
    # Killed early: no file, or one without tables yet. Empty: the demo can be built now; whole:
    # it says the workspace already holds data. Either way the file is then sound.
    "$partydesk" demo --scale community --db "$work/d.sqlite" >"$work/demo.log" 2>&1 ||
        grep -q -e "already" -e "已有" "$work/demo.log" || fail "demo (run $i): $(cat "$work/demo.log")"
    check_workspace "$work/d.sqlite" "demo (run $i)"
done
echo "demo: $runs kills, budget ${budget} ms"

# An import into the workspace: all of it or none of it; the workspace stays sound.
"$partydesk" export roster --format xlsx --columns all --full-id --full-phone --out "$work/out/all.xlsx" "${db[@]}" >/dev/null 2>&1
cp "$work/w.sqlite" "$work/i0.sqlite"
budget=$(timed "$partydesk" import roster "$work/out/all.xlsx" --update-existing --db "$work/i0.sqlite")
[ "$budget" -gt 999 ] && budget=999
for ((i = 0; i < runs; i++)); do
    kill_during "$budget" "$partydesk" import roster "$work/out/all.xlsx" --update-existing "${db[@]}"
    check_workspace "$work/w.sqlite" "import (run $i)"
done
echo "import: $runs kills, budget ${budget} ms"

# A restore: the workspace is the old one or the backup, whole either way.
"$partydesk" backup --out "$work/out/keep.sqlite" "${db[@]}" >/dev/null 2>&1 || fail "backup for restore"
budget=$(timed "$partydesk" restore "$work/out/keep.sqlite" --db "$work/i0.sqlite")
[ "$budget" -gt 999 ] && budget=999
for ((i = 0; i < runs; i++)); do
    kill_during "$budget" "$partydesk" restore "$work/out/keep.sqlite" "${db[@]}"
    check_workspace "$work/w.sqlite" "restore (run $i)"
done
echo "restore: $runs kills, budget ${budget} ms"

if [ "$failures" -gt 0 ]; then
    echo "$failures failure(s)" >&2
    exit 1
fi
echo "all kills left whole files"
