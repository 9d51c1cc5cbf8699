# Shared by scripts/run and scripts/test: install what is missing, then configure and build.
# Sourced, not executed. Safe to run again: apt-get only runs for missing packages and
# CMake only rebuilds what changed.

SAMSA_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

# Debian 12 packages the build, the tests, the app and its Debian packages need.
SAMSA_PACKAGES=(
    build-essential cmake ninja-build pkg-config python3
    qt6-base-dev qt6-charts-dev libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qtkeychain-qt6-dev libgl-dev libssl-dev
    libasio-dev zlib1g-dev libsnappy-dev liblz4-dev libzstd-dev
    librdkafka-dev kcat python3-kafka python3-confluent-kafka
    clang libclang-rt-14-dev
    xvfb xauth
    # The SVG icon, Qt's own translations, and a CJK font for the zh_CN screenshots.
    libqt6svg6 qt6-translations-l10n fonts-wqy-microhei
    librsvg2-bin dpkg-dev file man-db systemd lintian appstream desktop-file-utils
    mmdebstrap iproute2
)

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

samsa_install_packages() {
    local missing=()
    for p in "${SAMSA_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        say "All ${#SAMSA_PACKAGES[@]} Debian packages are present"
        return
    fi
    say "Installing missing Debian packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "error: need root or sudo to install packages" >&2; exit 1; }
        sudo=(sudo)
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# samsa_build PRESET: configure once, then an incremental build.
samsa_build() {
    local preset=$1
    cd "$SAMSA_ROOT"
    if [ ! -f "build/$preset/build.ninja" ]; then
        say "Configuring (preset $preset)"
        cmake --preset "$preset"
    fi
    say "Building (preset $preset)"
    cmake --build --preset "$preset" --parallel "$(nproc)"
    # Editors and clang tools look for the compilation database at the top level.
    ln -sf "build/$preset/compile_commands.json" compile_commands.json
}
