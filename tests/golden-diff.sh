#!/bin/sh
# Prints what changed between a golden file and a new build of it, in a
# form a reviewer can judge before running `make golden`:
#
#   sh tests/golden-diff.sh GOLDEN NEW
#
# - a PDF: for each page whose text or positions changed, a unified diff
#   of its words, one a line as "y x word" (points from the top-left, to
#   a tenth; pdftotext -bbox), only the changed lines and some context;
#   a page count that changed is said first;
# - a text file (HTML, CSS, JS, JSON, CSV, SVG, XML, text): a unified
#   diff;
# - anything else: the two sizes.
# At most $GOLDEN_DIFF_LINES lines (default 200) are printed.
set -u
want=${1:?usage: golden-diff.sh GOLDEN NEW}
got=${2:?usage: golden-diff.sh GOLDEN NEW}
max=${GOLDEN_DIFF_LINES:-200}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The words of each page of PDF $1 into $2.N, one "y x word" a line.
pdf_words() {
	pdftotext -bbox "$1" - 2>/dev/null | awk -v out="$2" '
	    /<page / { n++; f = out "." n; printf "" > f }
	    /<word / {
		match($0, /xMin="[0-9.]+"/); x = substr($0, RSTART + 6, RLENGTH - 7)
		match($0, /yMin="[0-9.]+"/); y = substr($0, RSTART + 6, RLENGTH - 7)
		w = $0; sub(/^.*<word [^>]*>/, "", w); sub(/<\/word>.*$/, "", w)
		printf "%.1f %.1f %s\n", y, x, w > f
	    }
	    END { print n + 0 > (out ".pages") }'
}

pdf_diff() {
	pdf_words "$want" "$tmp/want"
	pdf_words "$got" "$tmp/got"
	nw=$(cat "$tmp/want.pages")
	ng=$(cat "$tmp/got.pages")
	[ "$nw" = "$ng" ] || echo "pages: $nw in the golden file, $ng now"
	n=$nw
	[ "$ng" -gt "$n" ] && n=$ng
	p=1
	while [ "$p" -le "$n" ]; do
		touch "$tmp/want.$p" "$tmp/got.$p"
		if ! cmp -s "$tmp/want.$p" "$tmp/got.$p"; then
			echo "page $p (y x word):"
			diff -U 2 --label "golden page $p" --label "new page $p" \
			    "$tmp/want.$p" "$tmp/got.$p"
		fi
		p=$((p + 1))
	done
	if cmp -s "$tmp/want.pages" "$tmp/got.pages" &&
	    [ -z "$(for p in $(seq 1 "$n"); do
	    cmp -s "$tmp/want.$p" "$tmp/got.$p" || echo x; done)" ]; then
		echo "same text at the same places: the drawing, fonts or" \
		    "metadata changed ($(wc -c < "$want") bytes," \
		    "now $(wc -c < "$got"))"
	fi
}

{
	if [ ! -e "$got" ]; then
		echo "$got: missing"
	elif [ ! -e "$want" ]; then
		echo "$got: new, not in the golden files"
	else
		case "$want" in
		*.pdf) pdf_diff ;;
		*.html|*.css|*.js|*.json|*.csv|*.svg|*.xml|*.txt|*.md|*.yaml)
			diff -u --label "golden $want" --label "new $got" \
			    "$want" "$got" ;;
		*)
			echo "binary files differ: $(wc -c < "$want") bytes," \
			    "now $(wc -c < "$got")" ;;
		esac
	fi
} > "$tmp/out"
head -n "$max" "$tmp/out"
lines=$(wc -l < "$tmp/out")
[ "$lines" -le "$max" ] || echo "... ($((lines - max)) more lines)"
exit 0
