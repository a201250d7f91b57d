#!/usr/bin/env bash
# Developer entry point: installs what is missing, builds, and runs or tests.
#   packaging/dev.sh run    build and start Parallax on the bundled sample
#   packaging/dev.sh test   the full test command (what CI runs), two builds:
#                           1. g++ RelWithDebInfo: build, every test, the .deb
#                           2. clang with ASan+UBSan and the libFuzzer targets:
#                              build, every test again, corpus replay and
#                              fixed-seed fuzz runs (tests labelled "fuzz")
#   packaging/dev.sh test-gcc    only step 1
#   packaging/dev.sh test-asan   only step 2
#   packaging/dev.sh deps   only install missing Debian packages
# Environment: BUILD_DIR (default: build), SAN_BUILD_DIR (default: build-asan),
# JOBS (default: 2).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
build_dir=${BUILD_DIR:-$root/build}
san_build_dir=${SAN_BUILD_DIR:-$root/build-asan}
jobs=${JOBS:-2}

log() { printf '==> %s\n' "$*" >&2; }

section_start=$SECONDS
section() {
    printf '\n==================== %s ====================\n' "$*" >&2
    section_start=$SECONDS
}
section_done() { log "done in $((SECONDS - section_start)) s"; }

install_deps() {
    mapfile -t wanted < <(grep -v '^\s*#' "$here/linux/debian-packages.txt" | grep -v '^\s*$')
    local missing=()
    for pkg in "${wanted[@]}"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        log "all ${#wanted[@]} Debian packages present"
        return
    fi
    log "installing: ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null
}

build() {
    log "configuring $build_dir"
    CXX=${CXX:-g++} cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
    log "building with $jobs jobs"
    cmake --build "$build_dir" -j "$jobs"
}

run_tests() {
    log "running tests"
    QT_QPA_PLATFORM=offscreen ctest --test-dir "$build_dir" --output-on-failure -j "$jobs"
}

package_test() {
    if [ -f "$root/packaging/linux/test-package.sh" ]; then
        bash "$root/packaging/linux/test-package.sh" "$build_dir"
    else
        log "packaging/linux/test-package.sh not there yet: no package test"
    fi
}

# The clang build doubles as the portability check: same -Werror warnings.
# Same settings as the "fuzz" preset in CMakePresets.json.
san_build() {
    log "configuring $san_build_dir (clang, ASan+UBSan, libFuzzer targets)"
    CC=clang CXX=clang++ cmake -S "$root" -B "$san_build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
        -DPARALLAX_SANITIZE=ON -DPARALLAX_FUZZ=ON >/dev/null
    log "building with $jobs jobs"
    cmake --build "$san_build_dir" -j "$jobs"
}

# Any sanitizer report fails its test (-fno-sanitize-recover=all, LSan at exit).
# Suppressions name system libraries only: tests/sanitizers/*.supp.
san_tests() {
    local supp=$root/tests/sanitizers label=$1
    export ASAN_OPTIONS=detect_stack_use_after_return=1:strict_string_checks=1:check_initialization_order=1
    export LSAN_OPTIONS=suppressions=$supp/lsan.supp:print_suppressions=0
    export UBSAN_OPTIONS=suppressions=$supp/ubsan.supp:print_stacktrace=1:halt_on_error=1
    if [ "$label" = fuzz ]; then
        QT_QPA_PLATFORM=offscreen ctest --test-dir "$san_build_dir" --output-on-failure -j "$jobs" -L fuzz
    else
        QT_QPA_PLATFORM=offscreen ctest --test-dir "$san_build_dir" --output-on-failure -j "$jobs" -LE fuzz
    fi
}

test_gcc() {
    section "1/2 g++ RelWithDebInfo: build"
    build
    section_done
    section "1/2 g++: all tests"
    run_tests
    section_done
    section "1/2 g++: Debian package"
    package_test
    section_done
}

test_asan() {
    section "2/2 clang ASan+UBSan: build (with libFuzzer targets)"
    san_build
    section_done
    section "2/2 clang ASan+UBSan: all tests"
    san_tests suite
    section_done
    section "2/2 clang ASan+UBSan: fuzz corpus replay and fixed-seed runs"
    san_tests fuzz
    section_done
}

start_gui() {
    if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
        exec "$build_dir/parallax" --sample
    fi
    log "no display: starting Parallax under Xvfb (nothing will be visible)"
    exec xvfb-run -a -s "-screen 0 1600x1000x24" "$build_dir/parallax" --sample
}

case "${1:-}" in
    deps) install_deps ;;
    run) install_deps; build; start_gui ;;
    test)
        install_deps
        test_gcc
        test_asan
        log "all tests passed in both builds ($((SECONDS / 60)) min $((SECONDS % 60)) s)"
        ;;
    test-gcc) install_deps; test_gcc ;;
    test-asan) install_deps; test_asan ;;
    *) echo "usage: $0 run|test|test-gcc|test-asan|deps" >&2; exit 2 ;;
esac
