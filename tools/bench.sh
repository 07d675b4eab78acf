#!/bin/sh
# The benchmark (make bench): usage `sh tools/bench.sh CLSPD`.
#
# Generates synthetic content with tools/bench-gen.py (1,000 and 10,000
# actions, 3 indicators each) in a temporary folder removed at exit, checks
# that CLSPD builds each one with exit status 0 (and stops loudly if not),
# then times `CLSPD build` on each: the median wall time of 5 runs and the
# peak resident memory (GNU time, /usr/bin/time -v). Prints a table with
# the growth from the smallest to the largest corpus and the throughput.
# Speed is measured, not asserted (the aims are 10,000 actions in under
# 0.5 s and under 100 MiB).
#
# Then clspd is timed on the reference corpora of tools/bench-ref-gen.py
# (the ones used for the comparisons of the issues), and Hugo builds the
# same records side by side when `hugo` is installed; WeasyPrint renders
# 100 of those actions (tools/bench-weasy-input.py) when it is installed.
# A missing comparison tool is skipped with a message and never fails the
# bench.
#
# Environment: BENCH_SIZES (default "1000 10000"), BENCH_K (indicators per
# action, default 3), BENCH_RUNS (default 5), BENCH_HUGO_RUNS (default 3),
# TMPDIR (where the corpora go; a tmpfs such as /dev/shm makes generating
# them faster on a slow disk), BENCH_SERVE_RUNS (edits per server, default
# 9), BENCH_ONLY=serve (only the preview servers' latency, at the end).

die() {
	echo "bench: $*" >&2
	exit 1
}

[ $# -eq 1 ] || die "usage: sh tools/bench.sh CLSPD"
clspd=$1
case $clspd in
/*) ;;
*) clspd=$(pwd)/$clspd ;;
esac
[ -x "$clspd" ] || die "$clspd: not an executable (run make clspd first)"

root=$(cd "$(dirname "$0")/.." && pwd)
gen=$root/tools/bench-gen.py
sizes=${BENCH_SIZES:-1000 10000}
k=${BENCH_K:-3}
runs=${BENCH_RUNS:-5}
hugo_runs=${BENCH_HUGO_RUNS:-3}

command -v python3 >/dev/null 2>&1 ||
	die "python3 is missing (as root: apt-get install python3)"
if [ ! -x /usr/bin/time ] ||
	! /usr/bin/time -v true >/dev/null 2>&1; then
	echo "bench: GNU time (/usr/bin/time -v) is needed to measure peak memory." >&2
	echo "bench: install it as root with:" >&2
	echo "  apt-get install time" >&2
	exit 1
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/clspd-bench.XXXXXX") ||
	die "cannot create a temporary folder"
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Runs a command once under GNU time; prints "WALL_SECONDS PEAK_KIB" on
# stdout. The wall time is taken around the command with a monotonic clock
# (GNU time only gives hundredths); the command's stderr goes to $tmp/err.
# Returns the command's exit status.
timer='import subprocess, sys, time
t = time.perf_counter()
r = subprocess.run(sys.argv[1:]).returncode
sys.stdout.write("%.4f\n" % (time.perf_counter() - t))
sys.exit(r)'
measure() {
	wall=$(python3 -c "$timer" /usr/bin/time -v -o "$tmp/time" "$@" \
		2>"$tmp/err") || return $?
	rss=$(sed -n 's/.*Maximum resident set size (kbytes): *//p' "$tmp/time")
	echo "$wall ${rss:-0}"
}

# Median of the numbers on stdin (one a line).
median() {
	sort -n | awk '{ v[NR] = $1 }
		END { if (NR % 2) print v[(NR + 1) / 2];
		      else printf "%.4f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# Times `clspd build CONTENT` $runs times; prints "MEDIAN_S PEAK_KIB".
bench_clspd() {
	content=$1
	out=$tmp/out
	: >"$tmp/walls"
	peak=0
	i=0
	while [ $i -lt "$runs" ]; do
		rm -rf "$out"
		r=$(measure "$clspd" build "$content" -o "$out") || {
			head -n 30 "$tmp/err" >&2
			die "clspd build $content failed while timing"
		}
		echo "${r% *}" >>"$tmp/walls"
		[ "${r#* }" -gt "$peak" ] && peak=${r#* }
		i=$((i + 1))
	done
	rm -rf "$out"
	echo "$(median <"$tmp/walls") $peak"
}

# Checks that CONTENT builds with status 0; echoes the number of files the
# build read (from clspd's summary line), "?" when the line has none.
check_build() {
	content=$1
	"$clspd" build "$content" -o "$tmp/out" 2>"$tmp/err"
	rc=$?
	if [ $rc -ne 0 ]; then
		echo "bench: FAILED: $clspd build $content exited with status $rc;" \
			"its first diagnostics:" >&2
		head -n 30 "$tmp/err" >&2
		exit 1
	fi
	nwarn=$(grep -c ': warning: ' "$tmp/err")
	if [ "$nwarn" -gt 0 ]; then
		echo "bench: note: $nwarn warnings on synthetic content, e.g.:" >&2
		grep -m 3 ': warning: ' "$tmp/err" >&2
	fi
	rm -rf "$tmp/out"
	n=$(sed -n 's/.* \([0-9][0-9]*\) files read.*/\1/p' "$tmp/err" | tail -n 1)
	echo "${n:-?}"
}

# The preview servers' latency (tests/browser/serve-bench.mjs): from a
# file's write to the load event of the page that reloaded itself with the
# change, in Chromium, for clspd serve and, on the same records, hugo
# server; BENCH_SERVE_RUNS edits each (default 9), after one not counted.
# Skipped with a message when Chromium or the browser tests' npm packages
# are missing (make browser-serve installs them).
serve_one() {
	what=$1 tool=$2 dir=$3 file=$4 page=$5 text=$6
	[ "$tool" = hugo ] && ! command -v hugo >/dev/null 2>&1 && {
		printf '  %-44s %-6s skipped (hugo is not installed)\n' "$what" "$tool"
		return 0
	}
	[ "$tool" = clspd ] && tool=clspd:$clspd
	line=$(TMPDIR=$tmp node "$root/tests/browser/serve-bench.mjs" "$tool" \
	    "$dir" "$file" "$page" "$text" "${BENCH_SERVE_RUNS:-9}" \
	    2>"$tmp/err" | grep '^serve-latency:') || {
		printf '  %-44s %-6s failed: %s\n' "$what" "${tool%%:*}" \
		    "$(head -n 1 "$tmp/err")"
		return 0
	}
	printf '  %-44s %-6s %s\n' "$what" "${tool%%:*}" "${line#serve-latency: }"
}

serve_latency() {
	echo
	if [ ! -d "$root/tests/browser/node_modules/playwright-core" ] ||
	    ! command -v "${CHROMIUM:-chromium}" >/dev/null 2>&1; then
		echo "serve latency: skipped (Chromium or tests/browser/node_modules missing: make browser-serve first)"
		return 0
	fi
	echo "serve latency: from a file's write to the load event of the page reloaded with the change"
	echo "(Chromium; aims: under 100 ms on the sample, under 1 s on 1,000 actions);"
	echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) processors"
	serve_one "sample: council (every page)" clspd "$root/content" \
	    clspd.yaml "" "CLSPD de Villeneuve"
	s=$tmp/serve-ref
	python3 "$root/tools/bench-ref-gen.py" "$s" 1000 "$k" >/dev/null ||
	    { echo "serve latency: bench-ref-gen.py failed"; return 0; }
	serve_one "1,000 actions (ref): one narrative" clspd "$s/content" \
	    actions/action-00000.md actions/action-00000.html "## Bilan"
	serve_one "1,000 actions (ref): one narrative" hugo "$s/hugo" \
	    content/actions/action-00000.md actions/action-00000/ "## Bilan"
	serve_one "1,000 actions (ref): council (every page)" clspd \
	    "$s/content" clspd.yaml "" "CLSPD de Synthèse"
	serve_one "1,000 actions (ref): site title (every page)" hugo \
	    "$s/hugo" config.toml "" "CLSPD de Synthèse"
	echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
	rm -rf "$s"
}

# BENCH_ONLY=serve: the servers' latency alone.
case ${BENCH_ONLY:-} in
"") ;;
serve)
	serve_latency
	exit 0
	;;
*) die "BENCH_ONLY: 'serve', or unset for the whole bench" ;;
esac

echo "clspd bench: $clspd"
echo "corpora: $sizes actions, $k indicators each; $runs runs per corpus"
echo

for n in $sizes; do
	c=$tmp/c$n
	t0=$(python3 -c 'import time; print(time.time())')
	python3 "$gen" "$c" "$n" "$k" >/dev/null || die "bench-gen.py failed"
	t1=$(python3 -c 'import time; print(time.time())')
	bytes=$(find "$c" -type f -exec cat {} + | wc -c)
	awk -v n="$n" -v a="$t0" -v b="$t1" -v s="$bytes" 'BEGIN {
		printf "generated %d actions (%.1f MiB) in %.1f s\n",
		    n, s / 1048576, b - a }'
	files=$(check_build "$c") || exit 1
	echo "$files" >"$tmp/files$n"
	echo "timing $n actions..."
	bench_clspd "$c" >"$tmp/result$n" || exit 1
done

echo
printf '%8s %11s %11s %14s %13s %10s\n' actions indicators "files read" \
	"median wall s" "peak RSS MiB" "actions/s"
first=
last=
for n in $sizes; do
	read -r wall peak <"$tmp/result$n"
	read -r files <"$tmp/files$n"
	awk -v n="$n" -v k="$k" -v f="$files" -v w="$wall" -v p="$peak" 'BEGIN {
		printf "%8d %11d %11s %14.3f %13.1f %10.0f\n",
		    n, n * k, f, w, p / 1024, (w > 0 ? n / w : 0) }'
	[ -z "$first" ] && first="$n $wall $peak"
	last="$n $wall $peak"
done
if [ "$first" != "$last" ]; then
	echo "$first $last" | awk '{
		printf "growth %d -> %d actions (x%.0f): wall time x%.2f, peak RSS x%.2f\n",
		    $1, $4, $4 / $1, ($2 > 0 ? $5 / $2 : 0), ($3 > 0 ? $6 / $3 : 0) }'
fi
echo "aims (not asserted): 10,000 actions in under 0.5 s, peak under 100 MiB"

# The reference corpus of tools/bench-ref-gen.py (about half the size of
# ours per action), timed for clspd, and side by side with Hugo when
# installed.
hugo_compare() {
	sgen=$root/tools/bench-ref-gen.py
	tools=clspd
	echo
	if command -v hugo >/dev/null 2>&1; then
		tools="clspd hugo"
		echo "hugo comparison ($(hugo version 2>/dev/null | cut -c1-40)), corpora from $sgen,"
	else
		echo "reference corpus from $sgen (hugo is not installed: clspd only),"
	fi
	echo "median of $hugo_runs runs:"
	printf '%8s  %-6s %14s %13s\n' actions tool "median wall s" "peak RSS MiB"
	for n in $sizes; do
		s=$tmp/s$n
		if ! python3 "$sgen" "$s" "$n" "$k" >/dev/null 2>"$tmp/err"; then
			echo "hugo comparison: $n actions: gen.py failed, skipped"
			continue
		fi
		for tool in $tools; do
			: >"$tmp/walls"
			peak=0
			i=0
			ok=1
			while [ $i -lt "$hugo_runs" ]; do
				rm -rf "$tmp/sout"
				if [ $tool = clspd ]; then
					r=$(measure "$clspd" build "$s/content" -o "$tmp/sout")
				else
					r=$(measure hugo --quiet -s "$s/hugo" -d "$tmp/sout")
				fi || { ok=0; break; }
				echo "${r% *}" >>"$tmp/walls"
				[ "${r#* }" -gt "$peak" ] && peak=${r#* }
				i=$((i + 1))
			done
			if [ $ok = 0 ]; then
				echo "hugo comparison: $tool on $n actions failed, skipped:"
				head -n 5 "$tmp/err"
				continue
			fi
			w=$(median <"$tmp/walls")
			echo "$w" >"$tmp/wall-$tool"
			awk -v n="$n" -v t="$tool" -v w="$w" -v p="$peak" 'BEGIN {
				printf "%8d  %-6s %14.3f %13.1f\n", n, t, w, p / 1024 }'
		done
		if [ -f "$tmp/wall-clspd" ] && [ -f "$tmp/wall-hugo" ]; then
			awk -v n="$n" -v c="$(cat "$tmp/wall-clspd")" \
			    -v h="$(cat "$tmp/wall-hugo")" 'BEGIN {
				printf "%8d  clspd (site, PDFs, data) is x%.1f faster than hugo (site only); aim x10\n",
				    n, (c > 0 ? h / c : 0) }'
		fi
		rm -f "$tmp/wall-clspd" "$tmp/wall-hugo"
		rm -rf "$s" "$tmp/sout"
	done
	return 0
}
hugo_compare || echo "hugo comparison: failed, ignored"

# The report PDF side by side with WeasyPrint on the same actions
# (tools/bench-weasy-input.py joins the Hugo pages into one print-styled
# HTML file): BENCH_WEASY actions (default 100), median of $hugo_runs.
weasy_compare() {
	n=${BENCH_WEASY:-100}
	if ! command -v weasyprint >/dev/null 2>&1 ||
	    ! command -v hugo >/dev/null 2>&1; then
		echo "weasyprint comparison: skipped (weasyprint or hugo missing)"
		return 0
	fi
	echo
	s=$tmp/w$n
	python3 "$root/tools/bench-ref-gen.py" "$s" "$n" "$k" >/dev/null 2>"$tmp/err" &&
	    hugo --quiet -s "$s/hugo" -d "$s/hugo-out" 2>>"$tmp/err" &&
	    python3 "$root/tools/bench-weasy-input.py" "$s/hugo-out" "$s/report.html" \
	    2>>"$tmp/err" || {
		echo "weasyprint comparison: preparing the input failed:"
		head -n 5 "$tmp/err"
		return 0
	}
	echo "weasyprint comparison ($(weasyprint --version 2>/dev/null)), $n actions, median of $hugo_runs runs:"
	printf '%8s  %-10s %14s %13s %7s\n' actions tool "median wall s" \
	    "peak RSS MiB" pages
	for tool in clspd weasyprint; do
		: >"$tmp/walls"
		peak=0
		i=0
		while [ $i -lt "$hugo_runs" ]; do
			rm -rf "$tmp/wout" "$tmp/w.pdf"
			if [ $tool = clspd ]; then
				r=$(measure "$clspd" build "$s/content" -o "$tmp/wout")
			else
				r=$(measure weasyprint "$s/report.html" "$tmp/w.pdf")
			fi || { echo "weasyprint comparison: $tool failed:";
				head -n 5 "$tmp/err"; return 0; }
			echo "${r% *}" >>"$tmp/walls"
			[ "${r#* }" -gt "$peak" ] && peak=${r#* }
			i=$((i + 1))
		done
		w=$(median <"$tmp/walls")
		echo "$w" >"$tmp/wall-$tool"
		if [ $tool = clspd ]; then
			pdf=$(ls "$tmp"/wout/pdf/rapport-*.pdf 2>/dev/null | head -n 1)
		else
			pdf=$tmp/w.pdf
		fi
		pages=$(pdfinfo "$pdf" 2>/dev/null | sed -n 's/^Pages: *//p')
		awk -v n="$n" -v t="$tool" -v w="$w" -v p="$peak" \
		    -v g="${pages:-?}" 'BEGIN {
			printf "%8d  %-10s %14.3f %13.1f %7s\n", n, t, w, p / 1024, g }'
	done
	awk -v c="$(cat "$tmp/wall-clspd")" -v w="$(cat "$tmp/wall-weasyprint")" \
	    'BEGIN { printf "clspd (whole build) is x%.0f faster than weasyprint (PDF only); aim x50\n",
		(c > 0 ? w / c : 0) }'
	rm -rf "$s" "$tmp/wout" "$tmp/w.pdf"
}
weasy_compare || echo "weasyprint comparison: failed, ignored"

# The report alone at 1,000 actions (about 2,000 pages): the aim is
# under 2 s for the whole build.
if [ -d "$tmp/c1000" ] || python3 "$gen" "$tmp/c1000" 1000 "$k" >/dev/null; then
	rm -rf "$tmp/rout"
	r=$(measure "$clspd" build "$tmp/c1000" -o "$tmp/rout") && {
		pages=$(pdfinfo "$tmp"/rout/pdf/rapport-*.pdf 2>/dev/null |
		    sed -n 's/^Pages: *//p')
		echo
		echo "1,000 actions: whole build ${r% *} s, report of ${pages:-?} pages; aim under 2 s"
	}
fi

serve_latency || echo "serve latency: failed, ignored"
exit 0
