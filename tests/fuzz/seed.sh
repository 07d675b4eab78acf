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
# long BYTE HEAD UNIT N: the selecting byte, HEAD, then UNIT N times
# (printf escapes in each).
long() {
	printf "$1$2"
	i=0
	unit=$(printf "$3"; printf x)
	unit=${unit%x}
	awk -v u="$unit" -v n="$4" 'BEGIN { for (i = 0; i < n; i++) printf "%s", u }'
}
case $harness in
load)
	put '\000' content/clspd.yaml council
	for f in content/partners/*.yaml; do put '\001' "$f" p; done
	for f in content/actions/*.yaml; do put '\002' "$f" a; done
	for f in content/indicators/*.yaml; do put '\003' "$f" i; done
	for f in content/pages/*.md; do put '\004' "$f" pg; done
	put '\005' content/charter.md c
	# The long shapes of the hostile tests, cut to the fuzzer's 64 KiB:
	# a long list of partners, a long title, one long word.
	long '\002' "partners:\n" "  - p\n" 9000 > "$out/long-partners.a"
	long '\002' "title: " "é" 30000 > "$out/long-title.a"
	long '\004' "---\ntitle: t\n---\n" "a" 60000 > "$out/long-word.pg"
	;;
markdown)
	# A whole file, French typography (2); the charter as chapters (4).
	for f in content/actions/*.md content/pages/*.md; do
		put '\002' "$f" md
	done
	put '\006' content/charter.md c
	put '\046' content/charter.md a5
	# The hostile tests' quadratic shapes, cut to the fuzzer's 64 KiB: one
	# long word, combining accents, no-break spaces before colons, emphasis
	# and links by the thousand.
	long '\002' "" "a" 60000 > "$out/long-word.md"
	long '\002' "" "e\314\201" 20000 > "$out/long-accents.md"
	long '\002' "" "a\342\200\257:" 12000 > "$out/long-nbsp.md"
	long '\002' "" "*a* " 15000 > "$out/long-emphasis.md"
	long '\002' "" "[a](https://e.fr/a) " 3000 > "$out/long-links.md"
	long '\006' "## t\n" "\055 r\n" 15000 > "$out/long-rules.c"
	;;
*)
	echo "seed.sh: unknown harness $harness" >&2
	exit 2
	;;
esac
