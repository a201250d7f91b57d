#!/usr/bin/env bash
# End-to-end benchmark: `parallax compare --json OUT FILES` against the difflib
# peer (../shared/bench/peer_difflib.py) on the same generated corpora, in the
# same run. Prints a Markdown table (input, parallax wall/peak, peer wall/peak,
# ratio). Not a test: nothing here asserts a time.
#
# Usage: tests/bench/run.sh [PARALLAX_BINARY] [--only NAME...]
#   PARALLAX_BINARY  a Release build (default: build-release/parallax)
# Environment: WORK (scratch folder, default /tmp/parallax-bench),
#   PEER_MAX_SECONDS (skip the peer on inputs known to take longer, default 300),
#   PEER_JOBS (worker processes of the peer, default 2), RUNS (runs of inputs
#   under a second, default 21; longer inputs are run 3 times, over 10 s once).
# Wall time and peak memory come from /usr/bin/time -v (10 ms resolution); the
# median over the runs is shown. The Bible quality check (bible_quality.py) is
# run on the Gospels and whole-Bible outputs, the generator's ground truth
# (cluster_quality.py) on the generated clusters.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
SOURCE="$(cd "$HERE/../.." && pwd)"
SHARED="${SHARED:-$SOURCE/../shared}"
BIN="${1:-$SOURCE/build-release/parallax}"
shift || true
[[ "${1:-}" == --only ]] && shift
ONLY=("$@")
WORK="${WORK:-/tmp/parallax-bench}"
RUNS="${RUNS:-21}"
PEER_MAX_SECONDS="${PEER_MAX_SECONDS:-300}"
PEER_JOBS="${PEER_JOBS:-2}"

[[ -x "$BIN" ]] || { echo "no parallax binary at $BIN (build Release first)" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "/usr/bin/time is needed (Debian package time)" >&2; exit 2; }
if [[ ! -f "$SHARED/bench/gen_corpus.py" ]]; then
    echo "$SHARED/bench/gen_corpus.py not found: no corpora, nothing to run" >&2
    exit 0
fi

mkdir -p "$WORK"
CORPORA="$WORK/corpora"
python3 "$SHARED/bench/gen_corpus.py" --out "$CORPORA" >/dev/null
# The four Gospels of the verse-aligned KJV/ASV pair.
BIBLE="$SHARED/data/bible"
if [[ -f "$BIBLE/verse_ids.txt" ]]; then
    mkdir -p "$CORPORA/gospels"
    for t in kjv asv; do
        paste -d '\t' "$BIBLE/verse_ids.txt" "$BIBLE/$t.txt" \
            | awk -F '\t' '$1 ~ /^(Matt|Mark|Luke|John)\./ { print $2 }' >"$CORPORA/gospels/$t.txt"
    done
fi

# Peer seconds known from the shared README (2 cores): inputs it cannot finish
# within PEER_MAX_SECONDS are not run.
peer_estimate() {
    case "$1" in
        huge2|bible2) echo 100000 ;;
        n200_s30) echo 60 ;;
        gospels) echo 110 ;;
        *) echo 10 ;;
    esac
}

# measure OUTFILE CMD... -> prints "wall_seconds peak_kb" of one run. OUTFILE (which CMD
# writes) is removed first: every run writes a new file, as a first export does. Replacing
# the previous run's file instead would add ext4's block allocation at the replacing rename
# or truncation (about 0.1 s for the 125 MB of n200_s30) to whichever tool runs next.
measure() {
    local log="$WORK/time.log"
    rm -f "$1"
    shift
    /usr/bin/time -v -o "$log" "$@" >/dev/null 2>"$WORK/stderr.log" || { cat "$WORK/stderr.log" >&2; return 1; }
    awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; ++i) s = s * 60 + p[i]; w = s }
                /Maximum resident set size/ { m = $2 } END { printf "%.2f %d\n", w, m }' "$log"
}

# median_of OUTFILE CMD... -> "median_wall median_peak_kb runs"
median_of() {
    local first
    first="$(measure "$@")"
    local wall="${first% *}"
    local runs=1
    if awk -v w="$wall" 'BEGIN { exit !(w < 1.0) }'; then runs="$RUNS";
    elif awk -v w="$wall" 'BEGIN { exit !(w < 10.0) }'; then runs=3; fi
    { echo "$first"; for ((i = 1; i < runs; ++i)); do measure "$@"; done; } \
        | sort -n -k1,1 | awk -v n="$runs" '{ w[NR] = $1; m[NR] = $2 } END { k = int((n + 1) / 2); printf "%s %s %d\n", w[k], m[k], n }'
}

# shown_wall SECONDS -> "0.12 s", or "< 0.01 s" under /usr/bin/time's resolution
# (its wall clock is in hundredths of a second: the Sochi reports take ~9 ms).
shown_wall() {
    awk -v w="$1" 'BEGIN { if (w > 0) printf "%s s", w; else print "< 0.01 s" }'
}

wanted() {
    [[ ${#ONLY[@]} -eq 0 ]] && return 0
    local x; for x in "${ONLY[@]}"; do [[ "$x" == "$1" ]] && return 0; done; return 1
}

echo "| input | files | parallax wall | parallax peak | peer wall | peer peak | peer / parallax |"
echo "|---|---:|---:|---:|---:|---:|---:|"
for name in seeds n5_s30 n20_s30 n50_s30 n200_s30 huge2 gospels bible2; do
    wanted "$name" || continue
    dir="$CORPORA/$name"
    [[ -d "$dir" ]] || continue
    files=("$dir"/*.txt)
    out="$WORK/$name.json"
    read -r pw pm pn < <(median_of "$out" "$BIN" compare --json "$out" "${files[@]}")
    if (( $(peer_estimate "$name") > PEER_MAX_SECONDS )); then
        peer="not run, > $((PEER_MAX_SECONDS / 60)) min | – | –"
    else
        read -r qw qm qn < <(median_of "$WORK/$name.peer.json" python3 "$SHARED/bench/peer_difflib.py" -j "$PEER_JOBS" -o "$WORK/$name.peer.json" "${files[@]}")
        ratio="$(awk -v a="$qw" -v b="$pw" 'BEGIN { if (b > 0) printf "%.1f×", a / b; else printf "> %.0f×", a / 0.01 }')"
        peer="$(shown_wall "$qw") (n=$qn) | $((qm / 1024)) MB | $ratio"
    fi
    echo "| $name | ${#files[@]} | $(shown_wall "$pw") (n=$pn) | $((pm / 1024)) MB | $peer |"
    if [[ "$name" == gospels || "$name" == bible2 ]]; then
        echo "|   ↳ quality | | $(python3 "$HERE/bible_quality.py" "$out" || true) | | | | |"
    elif [[ "$name" == n*_s30 ]]; then
        echo "|   ↳ quality | | $(python3 "$HERE/cluster_quality.py" --shared "$SHARED" --summary "$name" "$out" || true) | | | | |"
    fi
done
