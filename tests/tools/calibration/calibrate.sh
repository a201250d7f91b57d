#!/bin/sh
# Regenerates app/core/similarity/paraphrasemodelweights.cpp: builds
# parallax_calibrate and fits the paraphrase model on msr_paraphrase_train.txt
# (10-fold cross-validation chooses the regularisation and the decision
# threshold). The MSRP files are evaluation-only data outside the repo
# (../shared/data/msrp); only the fitted numbers land in the source.
#
# usage: tests/tools/calibration/calibrate.sh [extra parallax_calibrate options]
#   BUILD_DIR   build directory to use (default: build-calibration)
#   MSRP_DIR    directory with msr_paraphrase_train.txt (default: ../shared/data/msrp)
# e.g. --report-test "$MSRP_DIR/msr_paraphrase_test.txt" prints the test
# figures after the fit (they are never used for any choice).
set -eu
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
BUILD_DIR=${BUILD_DIR:-"$ROOT/build-calibration"}
MSRP_DIR=${MSRP_DIR:-"$ROOT/../shared/data/msrp"}
TRAIN="$MSRP_DIR/msr_paraphrase_train.txt"
if [ ! -f "$TRAIN" ]; then
    echo "calibrate.sh: $TRAIN not found (set MSRP_DIR)" >&2
    exit 1
fi
cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$BUILD_DIR" --target parallax_calibrate
"$BUILD_DIR/tests/tools/parallax_calibrate" "$TRAIN" --out "$ROOT/app/core/similarity/paraphrasemodelweights.cpp" "$@"
if command -v clang-format >/dev/null 2>&1; then
    clang-format -i "$ROOT/app/core/similarity/paraphrasemodelweights.cpp"
fi
