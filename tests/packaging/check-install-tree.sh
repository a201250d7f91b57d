#!/usr/bin/env bash
# Installs a built tree into a scratch root (cmake --install, DESTDIR) and
# checks what the .deb will hold: every file in place, icons of the sizes
# their directories promise, a MIME type the database accepts, and an
# installed binary that runs.
#   check-install-tree.sh BUILD_DIR SOURCE_DIR
set -uo pipefail
build_dir=$1
source_dir=$2
app_id=org.example.parallax
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
failed=0
fail() { echo "FAIL  $*"; failed=$((failed + 1)); }
pass() { echo "PASS  $*"; }

if ! DESTDIR="$scratch/root" cmake --install "$build_dir" --prefix /usr >"$scratch/install.log" 2>&1; then
    cat "$scratch/install.log"
    fail "cmake --install"
    exit 1
fi
tree=$scratch/root/usr

for f in bin/parallax share/applications/$app_id.desktop share/metainfo/$app_id.metainfo.xml \
         share/mime/packages/$app_id.xml share/icons/hicolor/scalable/apps/$app_id.svg \
         share/doc/parallax/LICENSE share/doc/parallax/THIRD-PARTY-NOTICES.txt; do
    [ -f "$tree/$f" ] && pass "installed $f" || fail "missing $f"
done
# parallax-cli is for Windows consoles only.
[ ! -e "$tree/bin/parallax-cli" ] && pass "parallax-cli not installed on Linux" || fail "parallax-cli installed on Linux"

# Each PNG must really be the size its hicolor directory names.
for size in 16 24 32 48 64 128 256 512; do
    png=$tree/share/icons/hicolor/${size}x${size}/apps/$app_id.png
    if [ ! -f "$png" ]; then fail "missing ${size}x${size} icon"; continue; fi
    actual=$(python3 -c 'import struct,sys; d=open(sys.argv[1],"rb").read(24); print("%dx%d" % struct.unpack(">II", d[16:24]) if d[:8]==b"\x89PNG\r\n\x1a\n" else "not-png")' "$png")
    [ "$actual" = "${size}x${size}" ] && pass "icon ${size}x${size}" || fail "icon ${size}x${size} is $actual"
done

# The desktop entry's Icon= and the metainfo's launchable name installed files.
grep -qx "Icon=$app_id" "$tree/share/applications/$app_id.desktop" && pass "desktop entry names the installed icon" \
    || fail "desktop entry Icon= is not $app_id"
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$tree/share/metainfo/$app_id.metainfo.xml" \
    && pass "metainfo launches the installed desktop entry" || fail "metainfo launchable does not name $app_id.desktop"
version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build_dir/CPackConfig.cmake")
grep -q "<release version=\"$version\"" "$tree/share/metainfo/$app_id.metainfo.xml" \
    && pass "metainfo release is $version" || fail "metainfo has no release $version"

if command -v update-mime-database >/dev/null; then
    mkdir -p "$scratch/mime/packages"
    cp "$tree/share/mime/packages/$app_id.xml" "$scratch/mime/packages/"
    if update-mime-database "$scratch/mime" >/dev/null 2>"$scratch/mime.log" \
        && grep -q '\*\.parallax' "$scratch/mime/globs2" && [ -f "$scratch/mime/application/x-parallax-session.xml" ]; then
        pass "update-mime-database accepts application/x-parallax-session (*.parallax)"
    else
        cat "$scratch/mime.log"
        fail "update-mime-database rejects the MIME package"
    fi
fi

out=$("$tree/bin/parallax" --version 2>&1)
grep -qF "$version" <<<"$out" && pass "installed parallax --version: $out" || fail "installed parallax --version: $out"

echo "failures: $failed"
[ "$failed" -eq 0 ]
