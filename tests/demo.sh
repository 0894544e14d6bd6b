#!/bin/sh
# tests/demo.sh - what 'make demo' runs (from the repository root, after the
# build): 'tally report' over the sample documents of datasets/samples, and
# over the seed article when ../shared/seeds is there, into plots/demo/
# (git-ignored); then the committed example charts in plots/ are refreshed
# from it, and the place to open the report is printed.
#
#   sh tests/demo.sh        (TALLY=path/to/tally and SHARED=dir override)
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT" || exit 1
TALLY=${TALLY:-./tally}
SHARED=${SHARED:-../shared}
OUT=plots/demo
[ -x "$TALLY" ] || { echo "demo: no $TALLY: run 'make' first" >&2; exit 1; }
rm -rf "$OUT"
mkdir -p "$OUT" || exit 1

# Run one report; 0 and 1 (some check inconsistent: the samples have planted
# slips) are both a finished run.
run() {
    name=$1
    shift
    echo "demo: tally report $* -o $OUT/$name"
    "$TALLY" report -j 2 "$@" -o "$OUT/$name"
    rc=$?
    if [ "$rc" -gt 1 ]; then
        echo "demo: tally report failed (exit $rc)" >&2
        exit "$rc"
    fi
}

# Copy the charts of report $1 into plots/ as $1-DOC-CHART.svg ($1-CHART.svg
# when the report has one document).
keep_charts() {
    ndocs=$(ls "$OUT/$1/docs" | wc -l)
    for svg in "$OUT/$1"/docs/*/*.svg; do
        [ -f "$svg" ] || continue
        doc=$(basename "$(dirname "$svg")")
        if [ "$ndocs" -eq 1 ]; then
            cp "$svg" "plots/$1-$(basename "$svg")"
        else
            cp "$svg" "plots/$1-${doc%.*}-$(basename "$svg")"
        fi
    done
}

run samples datasets/samples
keep_charts samples
seeds=$(ls "$SHARED"/seeds/*.txt 2>/dev/null)
if [ -n "$seeds" ]; then
    # shellcheck disable=SC2086
    run seed --against datasets/reference/seed_figures.csv $seeds
    keep_charts seed
else
    echo "demo: no seed article in $SHARED/seeds/: only the samples were run"
fi
echo
echo "demo: open the reports in a browser:"
for r in "$OUT"/*/index.html; do
    echo "  file://$ROOT/$r"
done
echo "demo: example charts refreshed in plots/:"
ls plots/*.svg | sed 's/^/  /'
