#!/usr/bin/env bash
# Developer entry point: installs what is missing, builds, and runs or tests.
#   packaging/dev.sh run    build and start Parallax on the bundled sample
#   packaging/dev.sh test   build and run every test
#   packaging/dev.sh deps   only install missing Debian packages
# Environment: BUILD_DIR (default: build), JOBS (default: 2).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
build_dir=${BUILD_DIR:-$root/build}
jobs=${JOBS:-2}

log() { printf '==> %s\n' "$*" >&2; }

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
    cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
    log "building with $jobs jobs"
    cmake --build "$build_dir" -j "$jobs"
}

run_tests() {
    log "running tests"
    QT_QPA_PLATFORM=offscreen ctest --test-dir "$build_dir" --output-on-failure -j "$jobs"
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
    test) install_deps; build; run_tests ;;
    *) echo "usage: $0 run|test|deps" >&2; exit 2 ;;
esac
