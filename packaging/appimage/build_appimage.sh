#!/usr/bin/env bash
# Builds Samsa-<version>-x86_64.AppImage: a Release build installed into an AppDir, then
# linuxdeploy with its Qt plugin bundling every library and Qt plugin the programs need.
# README.md beside this file explains the tools and the choices.
#
# Usage: packaging/appimage/build_appimage.sh [--appdir-only]
#   LINUXDEPLOY   path to linuxdeploy-x86_64.AppImage (default: linuxdeploy in PATH);
#                 linuxdeploy-plugin-qt-x86_64.AppImage must be in PATH or beside it
#   BUILD_DIR     build tree to use (default: build/appimage)
#   --appdir-only stop after staging the AppDir (no linuxdeploy needed)
set -euo pipefail

source_dir=$(cd "$(dirname "$0")/../.." && pwd)
build_dir=${BUILD_DIR:-$source_dir/build/appimage}
appdir=$build_dir/AppDir
app_id=io.github.samsa.Samsa

cmake -S "$source_dir" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_INSTALL_PREFIX=/usr -DSAMSA_BUILD_TESTS=OFF -DSAMSA_BUILD_BENCH=OFF
cmake --build "$build_dir" --parallel "$(nproc)"

# The app component brings the program, desktop entry, icons, metainfo and man page.
# Of the broker only the program: its systemd unit and /etc file belong to the system
# package, not to a portable app.
rm -rf "$appdir"
DESTDIR=$appdir cmake --install "$build_dir" --prefix /usr --component app --strip
install -D -m 0755 "$build_dir/broker/samsa-broker" "$appdir/usr/bin/samsa-broker"
strip "$appdir/usr/bin/samsa-broker"
echo "AppDir staged in $appdir"
if [ "${1:-}" = --appdir-only ]; then
    exit 0
fi

linuxdeploy=${LINUXDEPLOY:-$(command -v linuxdeploy || command -v linuxdeploy-x86_64.AppImage || true)}
[ -n "$linuxdeploy" ] || { echo "error: set LINUXDEPLOY to linuxdeploy-x86_64.AppImage" >&2; exit 1; }
PATH=$(dirname "$linuxdeploy"):$PATH

version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build_dir/CMakeCache.txt")
export QMAKE=${QMAKE:-$(command -v qmake6 || echo /usr/lib/qt6/bin/qmake)}
# Plugins Qt loads by name, which linuxdeploy-plugin-qt cannot infer from the linked
# libraries: SVG (the window icon is an SVG) and the Wayland platform with its shell
# integrations; XCB is always deployed. EXTRA_QT_PLUGINS is the older plugin's name.
export EXTRA_QT_MODULES="svg;waylandcompositor"
export EXTRA_QT_PLUGINS=$EXTRA_QT_MODULES
export EXTRA_PLATFORM_PLUGINS="libqwayland-generic.so"
# Without FUSE (containers, CI) the tool AppImages extract themselves and run.
export APPIMAGE_EXTRACT_AND_RUN=1
export LINUXDEPLOY_OUTPUT_VERSION=$version

cd "$build_dir"
"$linuxdeploy" --appdir "$appdir" \
    --executable "$appdir/usr/bin/samsa" \
    --executable "$appdir/usr/bin/samsa-broker" \
    --desktop-file "$appdir/usr/share/applications/$app_id.desktop" \
    --icon-file "$appdir/usr/share/icons/hicolor/256x256/apps/$app_id.png" \
    --plugin qt \
    --output appimage
ls -l "$build_dir"/Samsa-*.AppImage
