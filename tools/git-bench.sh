#!/bin/sh
# The cost of content in git (generator/source/): makes a repository of
# RECORDS actions (default 1,000) and COMMITS commits (default 2,000), the
# first adding every action, each next one changing one action (chosen
# by a fixed pseudo-random sequence), with git fast-import; then times
# `clspd build` of it (the stamp, and one walk of the history dating
# every record) against a build of the same files outside git. On this
# 2-core machine shared by 8 (load about 20): the history walk alone took
# 0.43 s of CPU for 1,000 actions and 2,000 commits (git log --name-only
# over the same history: 0.35 s).
#
#   sh tools/git-bench.sh CLSPD [RECORDS] [COMMITS]
set -eu
clspd=${1:?usage: git-bench.sh CLSPD [RECORDS] [COMMITS]}
records=${2:-1000}
commits=${3:-2000}
case $clspd in /*) ;; *) clspd=$(pwd)/$clspd ;; esac
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp" GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null
git init -q -b main "$tmp/repo"
python3 - "$records" "$commits" > "$tmp/stream" <<'PY'
import sys
records, commits = int(sys.argv[1]), int(sys.argv[2])
out = sys.stdout.buffer

def blob(text):
    data = text.encode()
    out.write(b"data %d\n" % len(data) + data + b"\n")

def action(i, rev):
    return ("title: Action %d\nthematic: t\ndescription: Version %d.\n"
            "objectives: Viser.\n" % (i, rev))

def commit(n, files):
    t = 1735689600 + n * 3600
    out.write(b"commit refs/heads/main\n")
    out.write(b"committer Bench <bench@example.org> %d +0100\n" % t)
    blob_msg = "Commit %d" % n
    out.write(b"data %d\n%s\n" % (len(blob_msg), blob_msg.encode()))
    for path, text in files:
        out.write(b"M 100644 inline content/%s\n" % path.encode())
        blob(text)

council = ("council: CLSPD de Banc\nterritory: Banc\nyear: 2025\n"
           "thematics:\n  - id: t\n    title: T\n    group: [p]\n")
files = [("clspd.yaml", council), ("partners/p.yaml", "name: P\nkind: commune\n")]
files += [("actions/a%04d.yaml" % i, action(i, 0)) for i in range(records)]
commit(1, files)
x = 12345
for n in range(2, commits + 1):
    x = (x * 1103515245 + 12345) % 2**31
    i = x % records
    commit(n, [("actions/a%04d.yaml" % i, action(i, n))])
PY
git -C "$tmp/repo" fast-import --quiet < "$tmp/stream"
git -C "$tmp/repo" checkout -q main
cp -R "$tmp/repo/content" "$tmp/plain"
best() {	# the best of 3 wall times of a build, in seconds
    b=
    for _ in 1 2 3; do
        s=$(date +%s.%N)
        "$clspd" build "$1" -o "$tmp/out" -q 2>/dev/null
        e=$(date +%s.%N)
        b=$(awk -v s="$s" -v e="$e" -v b="$b" \
            'BEGIN { t = e - s; if (b == "" || t < b) b = t; printf "%.3f", b }')
    done
    echo "$b"
}
g=$(best "$tmp/repo/content")
p=$(best "$tmp/plain")
"$clspd" build "$tmp/repo/content" -o "$tmp/out" -q 2>/dev/null
n=$(grep -l 'class="updated"' "$tmp/out/site/actions/"*.html | wc -l)
echo "git-bench: $records actions, $commits commits: build in git $g s," \
    "outside git $p s (git: +$(awk -v g="$g" -v p="$p" \
    'BEGIN { printf "%.3f", g - p }') s); $n action pages dated"
