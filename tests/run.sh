#!/bin/sh
# tests/run.sh - run every test and end with one line "N passed, N failed".
#
#   BUILD=build sh tests/run.sh UNIT_BINARY...   (make check passes the cmocka binaries;
#   the tally under test is $BUILD/tally)
#
# 1. Each cmocka binary runs with TAP output; every "ok"/"not ok" line counts.
# 2. Each tests/cli/*.case file is one command-line case (see tests/cli/README.md).
# Environment: SHARED (default ../shared), VALGRIND=1 to run the unit tests and the
# CLI cases' tally under valgrind, CASES="glob" to run only some CLI cases.
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${SHARED:-$ROOT/../shared}
case $SHARED in /*) ;; *) SHARED=$ROOT/$SHARED ;; esac
export SHARED ROOT
BUILD=${BUILD:-build}
OUT=$ROOT/$BUILD/out
rm -rf "$OUT"; mkdir -p "$OUT"
pass=0; fail=0; skip=0
failed_list=""

for bin in "$@"; do
    name=$(basename "$bin")
    log=$OUT/$name.log
    if [ -n "$VALGRIND" ]; then
        CMOCKA_MESSAGE_OUTPUT=TAP valgrind -q --leak-check=full --error-exitcode=99 "$bin" >"$log" 2>&1
    else
        (cd "$ROOT" && CMOCKA_MESSAGE_OUTPUT=TAP "$bin") >"$log" 2>&1
    fi
    rc=$?
    # cmocka marks a skipped test "ok N # SKIP" or "not ok N # SKIP": neither passes nor fails
    s=$(grep -Ec '^(not )?ok .*# SKIP' "$log")
    p=$(grep '^ok ' "$log" | grep -vc '# SKIP'); f=$(grep '^not ok ' "$log" | grep -vc '# SKIP')
    if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi   # crashed or leaked
    pass=$((pass + p)); fail=$((fail + f)); skip=$((skip + s))
    if [ "$f" -ne 0 ]; then
        failed_list="$failed_list $name"
        echo "FAIL $name (see $log)"; grep -E '^not ok|ERROR|error' "$log" | head -20
    else
        if [ "$s" -gt 0 ]; then echo "ok   $name: $p passed, $s skipped"; else echo "ok   $name: $p passed"; fi
    fi
done

# ---- CLI cases ----
PATH=$ROOT/$BUILD:$PATH; export PATH
if [ -n "$VALGRIND" ]; then   # the cases' tally runs under valgrind too
    mkdir -p "$OUT/vgbin"
    printf '#!/bin/sh\nexec "%s" -q --leak-check=full --error-exitcode=99 "%s" "$@"\n' \
        "$(command -v valgrind)" "$ROOT/$BUILD/tally" >"$OUT/vgbin/tally"
    chmod +x "$OUT/vgbin/tally"
    PATH=$OUT/vgbin:$PATH
fi
for case in "$ROOT"/tests/cli/${CASES:-*}.case; do
    [ -f "$case" ] || continue
    name=$(basename "$case" .case)
    d=$OUT/cli/$name; mkdir -p "$d/tmp"
    awk -v d="$d" '
        /^--- / { sec = substr($0, 5); gsub(/ /, "_", sec); f = d "/" sec; printf "" > f; next }
        sec != "" { print >> f }
    ' "$case"
    need=$(cat "$d/requires" 2>/dev/null)
    why=""
    for r in $need; do
        case $r in
            shared) [ -d "$SHARED/seeds" ] || why="no $SHARED/seeds" ;;
            *) command -v "$r" >/dev/null 2>&1 || why="no $r" ;;
        esac
    done
    if [ -n "$why" ]; then
        echo "skip $name: $why"; skip=$((skip + 1)); continue
    fi
    for f in "$d"/file_*; do
        [ -f "$f" ] && cp "$f" "$d/tmp/${f##*/file_}"
    done
    [ -f "$d/stdin" ] || : >"$d/stdin"
    ( cd "$ROOT" && TMP=$d/tmp sh "$d/cmd" <"$d/stdin" >"$d/out" 2>"$d/err" )
    rc=$?
    want=0; [ -f "$d/exit" ] && want=$(tr -d ' \n' <"$d/exit")
    bad=""
    [ "$rc" = "$want" ] || bad="exit $rc, expected $want"
    if [ -z "$bad" ] && [ -f "$d/stdout" ] && ! cmp -s "$d/stdout" "$d/out"; then
        bad="stdout differs:"$(diff "$d/stdout" "$d/out" | head -10)
    fi
    for kind in stdout stderr; do
        src=$d/out; [ $kind = stderr ] && src=$d/err
        [ -f "$d/${kind}-contains" ] || continue
        while IFS= read -r line; do
            [ -z "$line" ] && continue
            grep -qF -- "$line" "$src" || { bad="${bad:+$bad; }$kind lacks: $line"; }
        done <"$d/${kind}-contains"
        [ -f "$d/${kind}-lacks" ] || continue
    done
    for kind in stdout stderr; do
        src=$d/out; [ $kind = stderr ] && src=$d/err
        [ -f "$d/${kind}-lacks" ] || continue
        while IFS= read -r line; do
            [ -z "$line" ] && continue
            ! grep -qF -- "$line" "$src" || { bad="${bad:+$bad; }$kind has: $line"; }
        done <"$d/${kind}-lacks"
    done
    if [ -z "$bad" ]; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1)); failed_list="$failed_list $name"
        echo "FAIL $name: $bad"; head -5 "$d/err"
    fi
done
echo "cli: $(ls "$ROOT"/tests/cli/*.case 2>/dev/null | wc -l) cases"
[ -n "$failed_list" ] && echo "failed:$failed_list"
if [ "$skip" -gt 0 ]; then
    echo "$pass passed, $fail failed, $skip skipped"
else
    echo "$pass passed, $fail failed"
fi
[ "$fail" -eq 0 ]
