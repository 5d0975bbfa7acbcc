#!/usr/bin/env bash
# Builds the fuzz preset (clang, libFuzzer, ASan, UBSan) and runs each outside-file reader's fuzzer for
# SECONDS on a copy of its committed corpus. Fails when any of them finds a crash, a leak, a hang
# (over 10 s) or more than 1 GB of memory; the input that did it is kept in build/fuzz/findings/.
#   bash tests/fuzz/run-fuzzers.sh [SECONDS]       (default 60)
# PARTYDESK_BUILD_LOCK=FILE builds under flock FILE; FUZZ_BUILD_JOBS=N limits the build's jobs.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}

cmake --preset fuzz >/dev/null
build=(cmake --build --preset fuzz ${FUZZ_BUILD_JOBS:+-j"$FUZZ_BUILD_JOBS"})
if [ -n "${PARTYDESK_BUILD_LOCK:-}" ]; then
    flock "$PARTYDESK_BUILD_LOCK" "${build[@]}" >/dev/null
else
    "${build[@]}" >/dev/null
fi

# Leaks inside Debian's libfreexl are known (see lsan.supp); any other leak fails.
export LSAN_OPTIONS="suppressions=$(pwd)/tests/fuzz/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
findings=build/fuzz/findings
mkdir -p "$findings"
failed=()
for target in xlsx xls csv package; do
    case $target in
    xlsx | xls) max_len=65536 ;;
    csv) max_len=8192 ;;
    package) max_len=4096 ;;
    esac
    mkdir -p "$work/$target"
    cp tests/fuzz/corpus/$target/* "$work/$target/"
    start=$(date +%s)
    if build/fuzz/tests/fuzz/fuzz_$target "$work/$target" -max_total_time="$seconds" -max_len=$max_len \
        -rss_limit_mb=1024 -timeout=10 -print_final_stats=1 -artifact_prefix="$findings/$target-" \
        >"$work/$target.log" 2>&1; then
        result=ok
    else
        result=FAILED
        failed+=("$target")
    fi
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/$target.log")
    speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$work/$target.log")
    echo "fuzz_$target: $result, ${runs:-?} runs in $(($(date +%s) - start)) s (${speed:-?}/s), corpus $(ls "$work/$target" | wc -l) inputs"
    if [ "$result" = FAILED ]; then
        grep -E -A40 "ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error" "$work/$target.log" | head -80
        echo "the input is in $findings/"
    fi
done
[ ${#failed[@]} -eq 0 ] || { echo "fuzzers that failed: ${failed[*]}"; exit 1; }
echo "fuzzers: ${seconds} s each, no crash"
