#!/bin/sh
# Regenerates the golden files: the whole output of content/, built with a
# fixed SOURCE_DATE_EPOCH, outside git, copied to tests/golden/content/. Run it on
# purpose only (`make golden`), after checking the differences are wanted:
# the golden test compares every output file byte for byte.
set -eu
clspd=${1:?usage: golden.sh CLSPD}
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# Built from a copy outside the project's repository: no git stamp (the
# project's commit changes at every commit; see tests/unit/test_golden.c).
cp -R content "$tmp/content"
SOURCE_DATE_EPOCH=1767225600 "$clspd" build "$tmp/content" -o "$tmp/out" -q
rm -rf tests/golden/content
mkdir -p tests/golden
cp -R "$tmp/out" tests/golden/content
git diff --stat -- tests/golden 2>/dev/null || true
echo "golden: tests/golden/content regenerated"
