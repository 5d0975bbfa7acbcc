#!/usr/bin/env bash
# Quick start for Debian 12 or Ubuntu 22.04+ (as root, or as a user with sudo):
#   bash packaging/quickstart.sh demo   installs what is missing, builds, opens a ready demo community
#   bash packaging/quickstart.sh test   installs what is missing, builds, runs the whole test suite
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
    build-essential cmake ninja-build ccache pkg-config
    qt6-base-dev qt6-charts-dev libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libgl-dev catch2 libxlsxwriter-dev libzip-dev fonts-noto-cjk fonts-wqy-microhei
    libreoffice-calc-nogui poppler-utils
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
test)
    install_dependencies
    build
    ctest --preset release
    ;;
*)
    echo "usage: bash packaging/quickstart.sh demo|test" >&2
    exit 2
    ;;
esac
