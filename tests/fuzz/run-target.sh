#!/usr/bin/env bash
# Runs one libFuzzer target the way the test suite does (CTest calls this).
#   run-target.sh replay TARGET CORPUS_DIR
#       every input of the corpus once (regressions and seeds)
#   run-target.sh fixed TARGET CORPUS_DIR WORK_DIR RUNS
#       RUNS mutations from the corpus with a fixed seed; new inputs go to
#       WORK_DIR (emptied first), never into the repository's corpus
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
supp=$here/../sanitizers
# Same sanitizer settings as the rest of the suite (see tests/sanitizers).
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_stack_use_after_return=1:strict_string_checks=1:check_initialization_order=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$supp/lsan.supp:print_suppressions=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-suppressions=$supp/ubsan.supp:print_stacktrace=1:halt_on_error=1}

mode=$1 target=$2 corpus=$3
case "$mode" in
replay)
    mapfile -t inputs < <(find "$corpus" -type f | LC_ALL=C sort)
    [ ${#inputs[@]} -gt 0 ] || { echo "empty corpus: $corpus" >&2; exit 1; }
    exec "$target" -timeout=60 -rss_limit_mb=4096 "${inputs[@]}"
    ;;
fixed)
    work=$4 runs=$5
    rm -rf "$work"
    mkdir -p "$work"
    # -seed and -runs make the run reproducible; -max_len keeps each
    # execution short. The corpus (read-only here) comes second.
    exec "$target" -seed=1 -runs="$runs" -max_len=2048 -timeout=60 -rss_limit_mb=4096 \
        -print_final_stats=1 "$work" "$corpus"
    ;;
*)
    echo "usage: $0 replay TARGET CORPUS | fixed TARGET CORPUS WORK RUNS" >&2
    exit 2
    ;;
esac
