#!/bin/sh
# sh tests/browser/selftest.sh — proves that the browser checks can fail:
# a11y.mjs and validate.mjs must fail on fixtures/bad/ with exactly the
# rules of fixtures/expected.txt, page by page, and pass every page of
# fixtures/good/. The checks' own output is kept out of the log (its
# summary lines would be counted by .ci/run as real results); it is shown
# only for an assertion that fails. Last line:
# `browser-selftest: N passed, M failed`, one count per assertion.
cd "$(dirname "$0")" || exit 2
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0

ok() { pass=$((pass + 1)); echo "ok   $1"; }
ko() {
	fail=$((fail + 1))
	echo "FAIL $1"
	[ -n "${2-}" ] && sed 's/^/     | /' "$2"
}

# check TOOL SCRIPT: the expected problems, the status, the summary line.
check() {
	tool=$1
	node "$2" fixtures/bad > "$tmp/$tool.bad" 2>&1
	status=$?
	awk -v t="$tool" '$1 == t && $3 != "-" {
		for (i = 3; i <= NF; i++) print $2, $i }' fixtures/expected.txt |
	    LC_ALL=C sort -u > "$tmp/$tool.want"
	sed -n 's/^\([^ :]*\)\(:[0-9]*:[0-9]*\)\{0,1\}: \([^ ]*\) \[.*/\1 \3/p' \
	    "$tmp/$tool.bad" | LC_ALL=C sort -u > "$tmp/$tool.got"
	n=$(awk -v t="$tool" '$1 == t' fixtures/expected.txt | wc -l)
	bad=$(awk -v t="$tool" '$1 == t && $3 != "-"' fixtures/expected.txt |
	    wc -l)
	summary="$tool: $((n - bad)) passed, $bad failed"
	if [ "$status" = 1 ] && cmp -s "$tmp/$tool.want" "$tmp/$tool.got" &&
	    [ "$(tail -n 1 "$tmp/$tool.bad")" = "$summary" ] &&
	    [ "$(ls fixtures/bad/*.html | wc -l)" = "$n" ]; then
		ok "$tool fails on fixtures/bad with the expected rules"
	else
		diff "$tmp/$tool.want" "$tmp/$tool.got" > "$tmp/$tool.diff"
		{ echo "exit status $status (1 expected), summary" \
		    "\"$summary\" expected;" \
		    "expected.txt lists $n pages of fixtures/bad;" \
		    "rules expected (<) and reported (>):"
		  cat "$tmp/$tool.diff"; echo "output:"; cat "$tmp/$tool.bad"; } \
		    > "$tmp/$tool.why"
		ko "$tool on fixtures/bad" "$tmp/$tool.why"
	fi

	node "$2" fixtures/good > "$tmp/$tool.good" 2>&1
	status=$?
	n=$(find fixtures/good -name '*.html' | wc -l)
	if [ "$status" = 0 ] &&
	    [ "$(tail -n 1 "$tmp/$tool.good")" = "$tool: $n passed, 0 failed" ]
	then
		ok "$tool passes fixtures/good ($n pages)"
	else
		ko "$tool on fixtures/good (exit status $status)" "$tmp/$tool.good"
	fi
}

check browser a11y.mjs
check html-validate validate.mjs
echo "browser-selftest: $pass passed, $fail failed"
[ "$fail" = 0 ]
