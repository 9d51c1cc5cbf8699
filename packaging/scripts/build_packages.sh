#!/usr/bin/env bash
# Builds the Debian packages from a configured and built tree into an empty directory.
# Usage: build_packages.sh BUILD_DIR OUT_DIR [CPACK]
set -euo pipefail
build=$(cd "$1" && pwd)
out=$2
cpack=${3:-cpack}

# Packages of an earlier version must not be mistaken for this build's.
rm -rf "$out"
mkdir -p "$out"
"$cpack" --config "$build/CPackConfig.cmake" -G DEB -B "$out"
rm -rf "$out/_CPack_Packages"

shopt -s nullglob
debs=("$out"/*.deb)
if [ ${#debs[@]} -eq 0 ]; then
    echo "error: cpack wrote no .deb into $out" >&2
    exit 1
fi
for deb in "${debs[@]}"; do
    echo "== $(basename "$deb")"
    dpkg-deb --field "$deb" Package Version Architecture Depends Recommends Installed-Size
done
