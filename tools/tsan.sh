#!/bin/sh
# make tsan: builds the sample content, 300 generated actions and the
# starter of clspd init with its SVG logo (librsvg and fontconfig drawn
# by the report's and the booklet's threads at once) with a clspd built
# with -fsanitize=thread, 4 loading threads, the site and the PDF side by
# side; fails on any ThreadSanitizer report or failed build.
# Usage: sh tools/tsan.sh CLSPD
set -u
clspd=$1
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/clspd-tsan.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
python3 "$root/tools/bench-gen.py" "$tmp/gen" 300 3 >/dev/null || exit 1
"$clspd" init "$tmp/starter" >/dev/null 2>&1 || exit 1
sed -i 's|^# logo: media/logo.svg|logo: media/logo.svg|' "$tmp/starter/clspd.yaml"
grep -q '^logo: media/logo.svg' "$tmp/starter/clspd.yaml" || {
	echo "tsan: the starter has no logo line to uncomment"; exit 1; }
status=0
for content in "$root/content" "$tmp/gen" "$tmp/starter"; do
	# TSAN_OPTIONS: a report makes clspd exit 66.
	if ! CLSPD_JOBS=4 SOURCE_DATE_EPOCH=1767225600 \
	    TSAN_OPTIONS="exitcode=66 halt_on_error=0" \
	    "$clspd" build "$content" -o "$tmp/out" -q 2>"$tmp/err"; then
		echo "tsan: $content: FAILED"
		cat "$tmp/err"
		status=1
	elif grep -q 'ThreadSanitizer' "$tmp/err"; then
		echo "tsan: $content: reports"
		cat "$tmp/err"
		status=1
	else
		echo "tsan: $content: no report"
	fi
	rm -rf "$tmp/out"
done
exit $status
