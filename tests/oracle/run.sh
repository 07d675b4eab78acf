#!/bin/sh
# Differential test of clspd's open data against an independent oracle.
#
#   sh tests/oracle/run.sh CLSPD
#
# For seeds 1..N (N = $ORACLE_SEEDS, default 40), tests/oracle/gen.py writes a
# random valid content folder, CLSPD builds it (must exit 0), and
# tests/oracle/metrics.py compares site/data/metrics.json and
# site/data/indicators.csv with its own computation from docs/format.md.
# The sample content/ is checked too. Ends with the line
#   oracle: N passed, M failed
# and exits 1 when anything failed.
set -u
clspd=${1:?usage: run.sh CLSPD}
case $clspd in
/*) ;;
*/*) clspd=$(pwd)/$clspd ;;
esac
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
seeds=${ORACLE_SEEDS:-40}
python=${PYTHON:-python3}

if ! "$python" -c 'import yaml' 2>/dev/null; then
    echo "oracle: python3-yaml is missing (apt-get install -y python3-yaml)" >&2
    echo "oracle: 0 passed, 1 failed"
    exit 1
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' INT TERM

passed=0
failed=0

# check NAME CONTENT: build CONTENT and compare; updates the counters
check() {
    name=$1 content=$2 out=$tmp/out
    rm -rf "$out"
    SOURCE_DATE_EPOCH=1767225600 "$clspd" build "$content" -o "$out" \
        >"$tmp/build.log" 2>&1
    rc=$?
    if [ "$rc" -ne 0 ]; then
        failed=$((failed + 1))
        echo "FAIL $name: clspd build exited $rc (content: $content)"
        { grep -v ': warning: ' "$tmp/build.log"; grep ': warning: ' "$tmp/build.log"; } |
            head -n 40 | sed 's/^/  /'
        repro "$name"
        return
    fi
    if "$python" "$here/metrics.py" --check "$content" "$out" >"$tmp/check.log" 2>&1; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        echo "FAIL $name (content: $content)"
        cat "$tmp/check.log"
        repro "$name"
    fi
}

# repro NAME: how to get the failing content back (seeds are deterministic)
repro() {
    case $1 in
    seed\ *)
        s=${1#seed }
        echo "  reproduce: python3 tests/oracle/gen.py $s /tmp/oracle-$s &&" \
             "$clspd build /tmp/oracle-$s -o /tmp/oracle-$s.out &&" \
             "python3 tests/oracle/metrics.py --check /tmp/oracle-$s /tmp/oracle-$s.out"
        ;;
    esac
}

check sample "$root/content"

i=1
while [ "$i" -le "$seeds" ]; do
    c=$tmp/seed-$i
    if ! "$python" "$here/gen.py" "$i" "$c" 2>"$tmp/gen.log"; then
        failed=$((failed + 1))
        echo "FAIL seed $i: gen.py failed"
        sed 's/^/  /' "$tmp/gen.log"
    else
        check "seed $i" "$c"
        # keep the folder only while it is needed: regenerate with
        #   python3 tests/oracle/gen.py SEED DIR
        rm -rf "$c"
    fi
    i=$((i + 1))
done

echo "oracle: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
