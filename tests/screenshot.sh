#!/bin/sh
# tests/screenshot.sh - a picture of a report's index.html taken by headless
# Chromium, to see at a glance that the page renders (tables, charts).
# Skipped, with a message and exit 0, when no Chromium is installed.
#
#   sh tests/screenshot.sh [INDEX.html [OUT.png]]
#   default: plots/demo/samples/index.html -> plots/demo/index.png
#   (runs tests/demo.sh first when the report is not there)
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT" || exit 1
IN=${1:-plots/demo/samples/index.html}
OUT=${2:-plots/demo/index.png}
browser=""
for c in chromium chromium-browser google-chrome google-chrome-stable; do
    if command -v "$c" >/dev/null 2>&1; then browser=$c; break; fi
done
if [ -z "$browser" ]; then
    echo "screenshot: skipped: no chromium on PATH (install chromium to take one)"
    exit 0
fi
if [ ! -f "$IN" ]; then
    sh tests/demo.sh >/dev/null || exit 1
fi
case $IN in /*) url="file://$IN" ;; *) url="file://$ROOT/$IN" ;; esac
rm -f "$OUT"
"$browser" --headless --disable-gpu --no-sandbox --hide-scrollbars \
    --window-size=1280,3000 --screenshot="$OUT" "$url" >/dev/null 2>&1
if [ -s "$OUT" ]; then
    echo "screenshot: $OUT"
else
    echo "screenshot: $browser made no picture of $url" >&2
    exit 1
fi
