#!/usr/bin/env bash
# Builds the Debian package from a built tree, installs it with apt (which
# pulls its dependencies) and checks the INSTALLED Parallax: --version, a
# headless comparison of the sample articles, the desktop entry, AppStream
# metadata and MIME type, and that the window starts under Xvfb.
#   packaging/linux/test-package.sh BUILD_DIR [--screenshot FILE.png]
# Needs root (or sudo) for apt-get; prints PASS/FAIL per check and a final
# "N passed, N failed" line; exits non-zero when any check fails.
set -uo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
app_id=org.example.parallax

build_dir=${1:-}
screenshot=""
if [ "${2:-}" = "--screenshot" ]; then
    screenshot=${3:?--screenshot needs a file name}
fi
if [ -z "$build_dir" ] || [ ! -f "$build_dir/CPackConfig.cmake" ]; then
    echo "usage: $0 BUILD_DIR [--screenshot FILE.png]  (a configured and built tree)" >&2
    exit 2
fi
build_dir=$(cd "$build_dir" && pwd)

passed=0
failed=0
pass() { printf 'PASS  %s\n' "$1"; passed=$((passed + 1)); }
fail() {
    printf 'FAIL  %s\n' "$1"
    [ -n "${2:-}" ] && printf '%s\n' "$2" | sed 's/^/      /' | head -40
    failed=$((failed + 1))
}
summary() {
    echo "$passed passed, $failed failed"
    [ "$failed" -eq 0 ]
    exit $?
}

sudo=()
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
        sudo=(sudo -n)
    else
        fail "root or password-less sudo is needed to install the package"
        summary
    fi
fi

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# --- build the package ----------------------------------------------------------
version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build_dir/CPackConfig.cmake")
rm -f "$build_dir"/parallax_*.deb
if out=$(cd "$build_dir" && cpack -G DEB 2>&1); then
    pass "cpack -G DEB"
else
    fail "cpack -G DEB" "$out"
    summary
fi
shopt -s nullglob
debs=("$build_dir"/parallax_"$version"_*.deb)
if [ ${#debs[@]} -eq 1 ]; then
    deb=${debs[0]}
    pass "one package: $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"
else
    fail "exactly one parallax_${version}_*.deb in $build_dir" "found: ${debs[*]:-none}"
    summary
fi

depends=$(dpkg-deb -f "$deb" Depends)
echo "      Depends: $depends"
missing=""
for dep in libqt6widgets6 libqt6gui6 libqt6core6 libqt6concurrent6 'libicu[0-9]' libstemmer0d libgumbo1 libmd4c0 qt6-qpa-plugins; do
    grep -Eq "(^|, )$dep" <<<"$depends" || missing+=" $dep"
done
if [ -z "$missing" ]; then pass "Depends names Qt, ICU, libstemmer, gumbo, md4c and qt6-qpa-plugins"; else fail "Depends lacks:$missing" "$depends"; fi

contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
missing=""
for f in ./usr/bin/parallax ./usr/share/applications/$app_id.desktop ./usr/share/metainfo/$app_id.metainfo.xml \
         ./usr/share/mime/packages/$app_id.xml ./usr/share/icons/hicolor/scalable/apps/$app_id.svg \
         ./usr/share/icons/hicolor/16x16/apps/$app_id.png ./usr/share/icons/hicolor/256x256/apps/$app_id.png \
         ./usr/share/doc/parallax/LICENSE ./usr/share/doc/parallax/THIRD-PARTY-NOTICES.txt; do
    grep -qxF "$f" <<<"$contents" || missing+=" $f"
done
if [ -z "$missing" ]; then pass "package holds binary, desktop entry, metainfo, MIME type, icons, licences"; else fail "package lacks:$missing"; fi

# --- install it -------------------------------------------------------------------
if out=$(DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y --reinstall -q "$deb" </dev/null 2>&1); then
    pass "apt-get install ./$(basename "$deb")"
else
    fail "apt-get install ./$(basename "$deb")" "$out"
    summary
fi
installed=$(dpkg-query -W -f='${Version}' parallax 2>/dev/null)
if [ "$installed" = "$version" ]; then pass "dpkg reports parallax $installed installed"; else fail "dpkg reports parallax '$installed', expected $version"; fi

# --- run the installed binary -----------------------------------------------------
exe=/usr/bin/parallax
out=$("$exe" --version 2>&1)
if grep -qF "$version" <<<"$out"; then pass "$exe --version: $out"; else fail "$exe --version prints $version" "$out"; fi

samples=("$root"/resources/samples/*)
if "$exe" compare --json - "${samples[@]}" >"$scratch/comparison.json" 2>"$scratch/err.txt"; then
    check=$(python3 - "$scratch/comparison.json" "${#samples[@]}" <<'EOF'
import json, sys
data = json.load(open(sys.argv[1], encoding="utf-8"))
docs = data.get("documents", [])
sentences = sum(len(d.get("sentences", [])) for d in docs)
assert len(docs) == int(sys.argv[2]), f"{len(docs)} documents, expected {sys.argv[2]}"
assert sentences > 0, "no sentences"
print(f"{len(docs)} documents, {sentences} sentences")
EOF
    )
    if [ $? -eq 0 ]; then pass "$exe compare --json - <sample>: $check"; else fail "compare output" "$check"; fi
else
    fail "$exe compare --json - <sample> exited non-zero" "$(cat "$scratch/err.txt")"
fi

# --- the installed desktop integration --------------------------------------------
if command -v desktop-file-validate >/dev/null; then
    if out=$(desktop-file-validate /usr/share/applications/$app_id.desktop 2>&1) && [ -z "$out" ]; then
        pass "desktop-file-validate"
    else
        fail "desktop-file-validate" "$out"
    fi
else
    echo "SKIP  desktop-file-validate (desktop-file-utils not installed)"
fi
if command -v appstreamcli >/dev/null; then
    if out=$(appstreamcli validate --no-net /usr/share/metainfo/$app_id.metainfo.xml 2>&1); then
        pass "appstreamcli validate --no-net"
    else
        fail "appstreamcli validate --no-net" "$out"
    fi
else
    echo "SKIP  appstreamcli validate (appstream not installed)"
fi
if [ -d /usr/share/mime/application ]; then
    # dpkg's trigger ran update-mime-database when the package was installed.
    if [ -f /usr/share/mime/application/x-parallax-session.xml ]; then
        pass "MIME database knows application/x-parallax-session"
    else
        fail "MIME database lacks application/x-parallax-session"
    fi
fi

# --- the window starts ------------------------------------------------------------
if command -v xvfb-run >/dev/null; then
    runtime=$(mktemp -d)
    chmod 700 "$runtime"
    shot=${screenshot:-$scratch/window.png}
    # Give the window a few seconds on a virtual screen: still running means it
    # started and did not crash; then capture the screen and close it.
    XDG_RUNTIME_DIR=$runtime xvfb-run -a -s "-screen 0 1600x1000x24" bash -c '
        "$1" --sample >"$2/gui.log" 2>&1 &
        pid=$!
        sleep 6
        if ! kill -0 "$pid" 2>/dev/null; then wait "$pid"; echo "exited early with status $?" >>"$2/gui.log"; exit 1; fi
        command -v import >/dev/null && import -window root "$3" 2>>"$2/gui.log"
        kill "$pid"; wait "$pid" 2>/dev/null
        exit 0' _ "$exe" "$scratch" "$shot"
    status=$?
    rm -rf "$runtime"
    if [ $status -eq 0 ]; then
        pass "installed Parallax starts under Xvfb${screenshot:+ (screenshot: $screenshot)}"
    else
        fail "installed Parallax starts under Xvfb" "$(cat "$scratch/gui.log" 2>/dev/null)"
    fi
else
    echo "SKIP  window start (xvfb-run not installed)"
fi

summary
