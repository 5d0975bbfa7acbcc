#!/usr/bin/env bash
# Quick start for Debian 12 or Ubuntu 22.04+ (as root, or as a user with sudo):
#   bash packaging/quickstart.sh demo   installs what is missing, builds, opens a ready demo community
#   bash packaging/quickstart.sh test   installs what is missing, builds, runs the whole test suite
#   bash packaging/quickstart.sh build  installs what is missing and builds (no tests, no window)
#   bash packaging/quickstart.sh deb    installs what is missing, builds and makes the .deb in build/release
set -euo pipefail
cd "$(dirname "$0")/.."

# Every package the build, the tests, the demo and the .deb need, named here: installs use
# --no-install-recommends, so a package that is only recommended (libqt6opengl6-dev, whose CMake
# files Qt Charts needs) must be in this list or a fresh machine never gets it.
packages=(
    build-essential cmake ninja-build ccache pkg-config file dpkg-dev
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n qt6-qpa-plugins libgl-dev catch2 libxlsxwriter-dev libzip-dev libsqlite3-dev
    libfreexl-dev libuchardet-dev libsodium-dev libicu-dev libpq-dev
    libqt6sql6-psql postgresql
    fonts-noto-cjk fonts-wqy-microhei
    libreoffice-calc-nogui poppler-utils
    clang libclang-rt-14-dev
)

install_dependencies() {
    local missing=()
    for package in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "Installing: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
    cmake --preset release >/dev/null
    cmake --build --preset release
}

case "${1:-}" in
demo)
    install_dependencies
    build
    data="${XDG_DATA_HOME:-$HOME/.local/share}/PartyDesk"
    mkdir -p "$data"
    if [ ! -f "$data/demo-community.sqlite" ]; then
        build/release/app/partydesk demo --scale community --db "$data/demo-community.sqlite"
    fi
    exec build/release/app/partydesk --db "$data/demo-community.sqlite"
    ;;
build)
    install_dependencies
    build
    ;;
deb)
    install_dependencies
    build
    cmake --build --preset release --target package
    ;;
test)
    install_dependencies
    build
    ctest --preset release
    ;;
*)
    echo "usage: bash packaging/quickstart.sh demo|test|build|deb" >&2
    exit 2
    ;;
esac
