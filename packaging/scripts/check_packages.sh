#!/usr/bin/env bash
# Checks the built packages the way Debian and software centres will: lintian on both
# (no errors allowed; warnings are printed), appstreamcli and desktop-file-validate on the
# desktop metadata, systemd-analyze on the unit, and the contents Debian policy asks for.
# Usage: check_packages.sh PACKAGE_DIR
set -euo pipefail
dir=$(cd "$1" && pwd)

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }

shopt -s nullglob
app_deb=("$dir"/samsa_*.deb)
broker_deb=("$dir"/samsa-broker_*.deb)
[ ${#app_deb[@]} -eq 1 ] || { echo "error: expected one samsa_*.deb in $dir" >&2; exit 1; }
[ ${#broker_deb[@]} -eq 1 ] || { echo "error: expected one samsa-broker_*.deb in $dir" >&2; exit 1; }
app_deb=${app_deb[0]}
broker_deb=${broker_deb[0]}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
dpkg-deb -x "$app_deb" "$tmp/app"
dpkg-deb -x "$broker_deb" "$tmp/broker"
dpkg-deb -e "$broker_deb" "$tmp/broker-control"

echo "== lintian"
# --fail-on error: warnings and notes are shown for review but do not fail the check.
if lintian --fail-on error --info --display-level ">=info" --tag-display-limit 0 \
        "$app_deb" "$broker_deb" | tee "$tmp/lintian.txt"; then
    pass "lintian reports no errors ($(grep -c '^W: ' "$tmp/lintian.txt" || true) warnings)"
else
    fail "lintian reports errors"
fi

echo "== AppStream and desktop entry"
metainfo=$tmp/app/usr/share/metainfo/io.github.samsa.Samsa.metainfo.xml
desktop=$tmp/app/usr/share/applications/io.github.samsa.Samsa.desktop
if appstreamcli validate --no-net --explain "$metainfo"; then
    pass "appstreamcli validate"
else
    fail "appstreamcli validate"
fi
if desktop-file-validate "$desktop"; then
    pass "desktop-file-validate"
else
    fail "desktop-file-validate"
fi
# The metainfo must name the version being packaged.
version=$(dpkg-deb --field "$app_deb" Version)
if grep -q "<release version=\"$version\"" "$metainfo"; then
    pass "metainfo release $version"
else
    fail "metainfo has no release $version"
fi
icon=$(sed -n 's/^Icon=//p' "$desktop")
for size in 16x16 22x22 24x24 32x32 48x48 64x64 128x128 256x256 512x512; do
    png=$tmp/app/usr/share/icons/hicolor/$size/apps/$icon.png
    if [ -f "$png" ] && file -b "$png" | grep -q "PNG image data, ${size/x/ x }"; then
        continue
    fi
    fail "icon $size missing or of the wrong size"
done
[ -f "$tmp/app/usr/share/icons/hicolor/scalable/apps/$icon.svg" ] || fail "scalable icon missing"
pass "icons"

echo "== broker service and configuration"
unit=$(cd "$tmp/broker" && find . -path '*/systemd/system/samsa-broker.service' | head -n 1)
if [ -z "$unit" ]; then
    fail "no samsa-broker.service in the package"
else
    # Verified inside a root made of the package plus this machine's systemd units, so
    # ExecStart= resolves to the packaged program and the targets it names exist. The
    # man page is checked below; man itself would look on this machine.
    vroot=$tmp/verify-root
    cp -a "$tmp/broker" "$vroot"
    mkdir -p "$vroot/usr/lib/systemd/system"
    cp -rn /usr/lib/systemd/system/. "$vroot/usr/lib/systemd/system/"
    if systemd-analyze verify --man=no --root="$vroot" "$vroot/${unit#./}" 2>&1 | tee "$tmp/verify.txt" \
            && ! grep -q . "$tmp/verify.txt"; then
        pass "systemd-analyze verify"
    else
        fail "systemd-analyze verify"
    fi
fi
if grep -qx '/etc/samsa/server.properties' "$tmp/broker-control/conffiles"; then
    pass "server.properties is a conffile"
else
    fail "server.properties is not listed in conffiles"
fi
properties=$tmp/broker/etc/samsa/server.properties
active=$(grep -v -e '^#' -e '^[[:space:]]*$' "$properties" | sort)
expected=$(printf '%s\n' 'listeners=PLAINTEXT://127.0.0.1:9092' 'log.dirs=/var/lib/samsa' | sort)
if [ "$active" = "$expected" ]; then
    pass "server.properties sets only listeners and log.dirs"
else
    fail "server.properties active lines differ: $active"
fi

echo "== Debian policy"
for pkg in samsa samsa-broker; do
    root=$tmp/app
    [ "$pkg" = samsa-broker ] && root=$tmp/broker
    for f in copyright changelog.gz; do
        [ -f "$root/usr/share/doc/$pkg/$f" ] || fail "$pkg lacks /usr/share/doc/$pkg/$f"
    done
    for bin in "$root"/usr/bin/*; do
        file -b "$bin" | grep -q ', stripped' || fail "$bin is not stripped"
        page=$(find "$root/usr/share/man" -name "$(basename "$bin").[0-9].gz" | head -n 1)
        [ -n "$page" ] || fail "no man page for $(basename "$bin")"
        [ -n "$page" ] || continue
        LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l "$page" >/dev/null 2>"$tmp/man.txt" || true
        [ ! -s "$tmp/man.txt" ] || fail "man page warnings for $(basename "$bin"): $(cat "$tmp/man.txt")"
    done
done
pass "doc files, stripped binaries, man pages"

if [ "$failures" -ne 0 ]; then
    echo "package checks: $failures failed" >&2
    exit 1
fi
echo "package checks: all passed"
