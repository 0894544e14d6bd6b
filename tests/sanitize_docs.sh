#!/bin/sh
# tests/sanitize_docs.sh TALLY: run a sanitizer build of tally (extract and
# verify) over every document the repository holds -- the held-out sets,
# the samples, the verify round files -- and the seed article when
# $SHARED/seeds exists.  The CLI cases cover each behaviour on a short
# input; these documents are long and varied, and a read out of bounds
# that no case reaches can still show here (heldout33 found one).  Prints
# one line per failing run and a summary; exit 1 when any run reported a
# sanitizer error or died of a signal.
T=${1:?usage: sanitize_docs.sh TALLY}
SHARED=${SHARED:-../shared}
n=0
bad=0
err=${TMPDIR:-/tmp}/tally_san.$$
for f in tests/eval/heldout*/*.txt tests/eval/heldout*/*.md datasets/samples/* \
         tests/data/verify/*.txt "$SHARED"/seeds/*.txt; do
    [ -f "$f" ] || continue
    case $f in */README.md) continue ;; esac
    n=$((n + 1))
    for cmd in extract verify; do
        UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 ASAN_OPTIONS=detect_leaks=1 \
            "$T" "$cmd" "$f" >/dev/null 2>"$err"
        rc=$?
        if [ "$rc" -gt 4 ] || grep -q "Sanitizer\|runtime error" "$err"; then
            bad=$((bad + 1))
            echo "FAIL $cmd $f (exit $rc)"
            head -5 "$err"
        fi
    done
done
rm -f "$err"
echo "sanitize_docs: $n documents, $bad failing runs"
[ "$bad" -eq 0 ]
