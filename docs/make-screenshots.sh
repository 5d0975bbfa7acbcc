#!/usr/bin/env bash
# Renders the README's gallery of the main window again: every page and tab at 1366x768 (the most
# common office screen) and four at 1920x1080, on a fresh demo community, without a display.
# The report pages come from the page-count tests: PARTYDESK_KEEP_PDFS=DIR keeps their PDFs.
#   bash docs/make-screenshots.sh [build/release/app/partydesk]
set -euo pipefail
cd "$(dirname "$0")/.."
program=${1:-build/release/app/partydesk}
export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-/tmp/partydesk-runtime}
mkdir -p -m 700 "$XDG_RUNTIME_DIR"
# The status bar shows the workspace's path: the one a user's demo would have.
workspace=/home/shuji/PartyDesk/demo-community.sqlite
mkdir -p "$(dirname "$workspace")"
rm -f "$workspace"
"$program" demo --scale community --db "$workspace" >/dev/null
pages=$("$program" screenshot --help | sed -n '/--page/,/--out/p' | sed '$d' | sed 's/.*：//; s/--page.*//' |
    tr -d ' \n' | tr '，,。' '   ')
for page in $pages; do
    "$program" screenshot --page "$page" --size 1366x768 --db "$workspace" --out "docs/screenshots/$page.png" 2>/dev/null
done
for page in home roster rating meetings-charts; do
    "$program" screenshot --page "$page" --size 1920x1080 --db "$workspace" \
        --out "docs/screenshots/$page-1920.png" 2>/dev/null
done
# 256 colours keep the gallery small (Debian's pngquant); the text stays sharp.
if command -v pngquant >/dev/null; then
    pngquant --force --skip-if-larger --ext .png 256 docs/screenshots/*.png || true
fi
