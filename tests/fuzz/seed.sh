#!/bin/sh
# Writes the fuzzer's starting corpus from the sample content: each file
# with the byte that selects its kind of record in front.
set -eu
out=${1:?usage: seed.sh DIR}
cd "$(dirname "$0")/../.."
mkdir -p "$out"
put() { { printf "$1"; cat "$2"; } > "$out/$(basename "$2").$3"; }
put '\000' content/clspd.yaml council
for f in content/partners/*.yaml; do put '\001' "$f" p; done
for f in content/actions/*.yaml; do put '\002' "$f" a; done
for f in content/indicators/*.yaml; do put '\003' "$f" i; done
for f in content/pages/*.md; do put '\004' "$f" pg; done
put '\005' content/charter.md c
