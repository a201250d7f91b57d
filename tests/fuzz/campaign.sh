#!/usr/bin/env bash
# Time-boxed fuzzing campaign over the libFuzzer targets (not part of the test
# command, which only replays the corpora and runs fixed-seed rounds).
#
#   tests/fuzz/campaign.sh BUILD_DIR [SECONDS_PER_TARGET] [TARGET...]
#
# BUILD_DIR: a build with -DPARALLAX_FUZZ=ON (preset "fuzz", or the test
# command's build-asan). Default: 600 s per target, all targets, two at a time
# (JOBS). Each target starts from its seed corpus (tests/fuzz/corpus/NAME) and
# grows a working corpus in BUILD_DIR/fuzz-campaign/NAME/corpus; a crash is
# saved under .../artifacts and the target restarts until its time is up.
# The report gives executions, coverage (libFuzzer's covered edges "cov" and
# features "ft") and crashes per target.
#
# To keep a crash as a regression test: fix the cause, then copy the artifact
# into tests/fuzz/corpus/NAME/ (the replay test runs every file there).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
build_dir=$(cd "${1:?usage: $0 BUILD_DIR [SECONDS_PER_TARGET] [TARGET...]}" && pwd)
seconds=${2:-600}
shift $(($# >= 2 ? 2 : 1))
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(loader segmentation compare session htmlexport)
jobs=${JOBS:-2}
out=$build_dir/fuzz-campaign
supp=$here/../sanitizers
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_stack_use_after_return=1:strict_string_checks=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$supp/lsan.supp:print_suppressions=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-suppressions=$supp/ubsan.supp:print_stacktrace=1:halt_on_error=1}

campaign() {
    local name=$1 binary=$build_dir/tests/fuzz/fuzz_$1
    local dir=$out/$name
    [ -x "$binary" ] || { echo "$name: $binary missing (configure with -DPARALLAX_FUZZ=ON)" >&2; return 1; }
    mkdir -p "$dir/corpus" "$dir/artifacts"
    : >"$dir/log"
    local deadline=$((SECONDS + seconds)) round=0
    while [ $SECONDS -lt $deadline ] && [ $round -lt 50 ]; do
        round=$((round + 1))
        "$binary" -max_total_time=$((deadline - SECONDS)) -seed=$round -max_len=8192 -timeout=30 \
            -rss_limit_mb=3072 -print_final_stats=1 -artifact_prefix="$dir/artifacts/" \
            "$dir/corpus" "$here/corpus/$name" >>"$dir/log" 2>&1 || true
    done
}

summary() {
    local name=$1 dir=$out/$1
    local execs cov ft crashes
    execs=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$dir/log" | awk '{s += $2} END {print s + 0}')
    cov=$(grep -o 'cov: [0-9]*' "$dir/log" | tail -1 | awk '{print $2}')
    ft=$(grep -o 'ft: [0-9]*' "$dir/log" | tail -1 | awk '{print $2}')
    crashes=$(find "$dir/artifacts" -type f | wc -l)
    printf '%-12s %12s %8s %8s %8s %8s\n' "$name" "$execs" "${cov:-?}" "${ft:-?}" \
        "$(find "$dir/corpus" -type f | wc -l)" "$crashes"
}

echo "fuzzing ${targets[*]}: $seconds s each, $jobs at a time; logs in $out" >&2
running=0
for name in "${targets[@]}"; do
    campaign "$name" &
    running=$((running + 1))
    if [ $running -ge "$jobs" ]; then
        wait -n || true
        running=$((running - 1))
    fi
done
wait

printf '%-12s %12s %8s %8s %8s %8s\n' target executions cov ft corpus crashes
for name in "${targets[@]}"; do summary "$name"; done
found=$(find "$out" -path '*/artifacts/*' -type f | wc -l)
if [ "$found" -gt 0 ]; then
    echo "crash inputs:" >&2
    find "$out" -path '*/artifacts/*' -type f >&2
    exit 1
fi
