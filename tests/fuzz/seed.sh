#!/bin/sh
# Writes a fuzzer's starting corpus from the sample content, for the
# harness named (load, the default, or markdown): each file with the
# byte that selects what the harness does with it in front.
set -eu
out=${1:?usage: seed.sh DIR [HARNESS]}
harness=${2:-load}
cd "$(dirname "$0")/../.."
mkdir -p "$out"
put() { { printf "$1"; cat "$2"; } > "$out/$(basename "$2").$3"; }
case $harness in
load)
	put '\000' content/clspd.yaml council
	for f in content/partners/*.yaml; do put '\001' "$f" p; done
	for f in content/actions/*.yaml; do put '\002' "$f" a; done
	for f in content/indicators/*.yaml; do put '\003' "$f" i; done
	for f in content/pages/*.md; do put '\004' "$f" pg; done
	put '\005' content/charter.md c
	;;
markdown)
	# A whole file, French typography (2); the charter as chapters (4).
	for f in content/actions/*.md content/pages/*.md; do
		put '\002' "$f" md
	done
	put '\006' content/charter.md c
	put '\046' content/charter.md a5
	;;
*)
	echo "seed.sh: unknown harness $harness" >&2
	exit 2
	;;
esac
