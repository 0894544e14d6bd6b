#!/bin/sh
# tests/eval/run.sh - run every evaluation program (tests/eval/*.c, built into
# $BUILD/tests/eval/) and print their scores.  An evaluation is not a test: it
# prints precision, recall and accuracies and always exits 0 unless a program
# crashes.  Needs ../shared (SHARED); says so and stops when it is absent.
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${BUILD:-build}
SHARED=${SHARED:-$ROOT/../shared}
case $SHARED in /*) ;; *) SHARED=$ROOT/$SHARED ;; esac
if [ ! -d "$SHARED" ]; then
    echo "eval: $SHARED is absent: nothing to evaluate"; exit 0
fi
export SHARED ROOT
rc=0
for p in "$ROOT/$BUILD"/tests/eval/*; do
    [ -x "$p" ] && [ -f "$p" ] || continue
    case $p in *.o|*.d) continue ;; esac
    echo "== $(basename "$p")"
    (cd "$ROOT" && "$p" "$SHARED") || rc=1
done
exit $rc
