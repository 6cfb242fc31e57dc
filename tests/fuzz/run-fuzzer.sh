#!/usr/bin/env bash
# run-fuzzer.sh TARGET STATS [LIBFUZZER ARGS...]: one fuzz target for $ATLAS_FUZZ_SECONDS (default 30) seconds with
# seed $ATLAS_FUZZ_SEED (default 1, so that the short runs in ./atlas test are repeatable; 0 is random), offline
# when the system allows it (a fuzzed input can name a URL), then one line of statistics appended to STATS.
set -uo pipefail
target="$1" stats="$2"
shift 2
seconds="${ATLAS_FUZZ_SECONDS:-30}"
offline=()
if unshare --net --map-root-user true 2>/dev/null; then
    offline=(unshare --net --map-root-user --)
elif unshare --net true 2>/dev/null; then
    offline=(unshare --net --)
fi
# GDAL's own blocks left at exit are no finding of the input (lsan-fuzz.supp says which and why).
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$(cd "$(dirname "$0")" && pwd)/lsan-fuzz.supp:print_suppressions=0}"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
"${offline[@]}" "$target" -max_total_time="$seconds" -seed="${ATLAS_FUZZ_SEED:-1}" -print_final_stats=1 "$@" 2>&1 |
    tee "$log" | grep -v -E '^#[0-9]+[[:space:]]+(NEW|REDUCE|pulse)'
status="${PIPESTATUS[0]}"
stat() { grep -o "stat::$1: *[0-9]*" "$log" | grep -o '[0-9]*$' | tail -n 1; }
last="$(grep -E '^#[0-9]+' "$log" | tail -n 1)"
printf '%s\t%s s\t%s runs\t%s exec/s\tcov %s\tcorpus %s\t%s\n' "$(basename "$target")" "$seconds" \
    "$(stat number_of_executed_units)" "$(stat average_exec_per_sec)" \
    "$(grep -o 'cov: [0-9]*' <<<"$last" | grep -o '[0-9]*')" "$(grep -o 'corp: [0-9]*' <<<"$last" | grep -o '[0-9]*')" \
    "$([ "$status" = 0 ] && echo ok || echo "FAILED ($status)")" >>"$stats"
exit "$status"
