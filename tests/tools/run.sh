#!/bin/sh
# Tests of the build's own tools (tools/), run by `make test`:
#
#   sh tests/tools/run.sh BUILD_PACKAGE...
#
# - tools/deps.sh passes the build packages on a machine that has them
#   without calling dpkg, dpkg-query or apt-get (they are replaced by
#   stand-ins that record their call and fail), and fails, naming the
#   package, for one it cannot find;
# - tools/check-includes.py passes on generator/ and fails on a folder
#   with an include that goes up the pipeline (between stages, markdown/
#   including load/, or between the ranked folders of render/pdf), one
#   between two renderers, one of the PDF engine (render/pdf/typeset,
#   backend) outside its allowlist (view/, load/), and one with a cycle;
# - tools/check-params.py fails on a function of more than 6 parameters;
# - tools/check-lengths.py fails on a file of more than 800 lines, passes
#   one of 800, and fails on a file of its KNOWN list now within it.
# Ends with the line "tools: N passed, M failed" and exits 1 when a check
# failed.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0

ok() { passed=$((passed + 1)); }
ko() { failed=$((failed + 1)); echo "tools: FAIL: $*" >&2; }

# Stand-ins for the package tools: each records that it was called.
mkdir "$tmp/bin"
for t in dpkg dpkg-query apt-get apt; do
	printf '#!/bin/sh\necho %s >> "%s/called"\nexit 1\n' "$t" "$tmp" \
	    > "$tmp/bin/$t"
	chmod +x "$tmp/bin/$t"
done

# 1. The build packages, all present: no package tool is called.
if PATH="$tmp/bin:$PATH" sh "$root/tools/deps.sh" "$@" \
    > "$tmp/out" 2>&1 && [ ! -e "$tmp/called" ]; then
	ok
else
	ko "tools/deps.sh called $(cat "$tmp/called" 2>/dev/null) or failed:" \
	    "$(cat "$tmp/out")"
fi
rm -f "$tmp/called"

# 2. A package that nothing provides: named in the failure.
if PATH="$tmp/bin:$PATH" sh "$root/tools/deps.sh" clspd-no-such-package \
    > "$tmp/out" 2>&1; then
	ko "tools/deps.sh passed with a missing package"
elif grep -q 'clspd-no-such-package' "$tmp/out"; then
	ok
else
	ko "tools/deps.sh did not name the missing package: $(cat "$tmp/out")"
fi

# 3. The include checker fails on an include up the pipeline, on one
# between two renderers, and on a cycle between two modules; it passes
# on generator/ (make test also runs it there, with its own count).
checker="$root/tools/check-includes.py"
g="$tmp/generator"
mkdir -p "$g/util" "$g/view" "$g/render/html" "$g/render/pdf"
printf '#include "../view/view.h"\n' > "$g/util/buf.h"
: > "$g/view/view.h"
if python3 "$checker" "$g" > "$tmp/out" 2>&1; then
	ko "check-includes passed an include up the pipeline"
elif grep -q 'util/buf.h: includes view/view.h, up the pipeline' \
    "$tmp/out"; then
	ok
else
	ko "check-includes did not name the include up: $(cat "$tmp/out")"
fi
: > "$g/util/buf.h"
# Markdown is a stage below the loader: it may not read the model.
mkdir -p "$g/markdown" "$g/load"
printf '#include "../load/model.h"\n' > "$g/markdown/markdown.h"
: > "$g/load/model.h"
if python3 "$checker" "$g" > "$tmp/out" 2>&1; then
	ko "check-includes passed markdown/ including load/"
elif grep -q 'markdown/markdown.h: includes load/model.h, up the pipeline' \
    "$tmp/out"; then
	ok
else
	ko "check-includes did not name the include up: $(cat "$tmp/out")"
fi
: > "$g/markdown/markdown.h"
printf '#include "../html/site.h"\n' > "$g/render/pdf/pdf.h"
: > "$g/render/html/site.h"
if python3 "$checker" "$g" > "$tmp/out" 2>&1; then
	ko "check-includes passed an include between two renderers"
elif grep -q 'includes render/html/site.h, of a sibling stage' "$tmp/out"
then
	ok
else
	ko "check-includes did not name the sibling include: $(cat "$tmp/out")"
fi
: > "$g/render/pdf/pdf.h"
# Within render/pdf: backend below typeset below documents; another
# renderer may not include any of them.
mkdir -p "$g/render/pdf/backend" "$g/render/pdf/typeset"
printf '#include "../typeset/line.h"\n' > "$g/render/pdf/backend/page.h"
: > "$g/render/pdf/typeset/line.h"
if python3 "$checker" "$g" > "$tmp/out" 2>&1; then
	ko "check-includes passed render/pdf/backend including typeset"
elif grep -q 'includes render/pdf/typeset/line.h, up the pipeline' \
    "$tmp/out"; then
	ok
else
	ko "check-includes did not name the include up: $(cat "$tmp/out")"
fi
: > "$g/render/pdf/backend/page.h"
printf '#include "../pdf/backend/page.h"\n' > "$g/render/html/site.h"
if python3 "$checker" "$g" > "$tmp/out" 2>&1; then
	ko "check-includes passed render/html including render/pdf/backend"
elif grep -q 'includes render/pdf/backend/page.h, of a sibling stage' \
    "$tmp/out"; then
	ok
else
	ko "check-includes did not name the sibling include: $(cat "$tmp/out")"
fi
: > "$g/render/html/site.h"
# The PDF engine (typeset, backend) includes only util/, theme/ and its
# own folders, though load/ and view/ rank below it.
printf '#include "../../../view/chart.h"\n' \
    > "$g/render/pdf/typeset/chart.h"
: > "$g/view/chart.h"
if python3 "$checker" "$g" > "$tmp/out" 2>&1; then
	ko "check-includes passed render/pdf/typeset including view/"
elif grep -q 'typeset/chart.h: includes view/chart.h, outside the PDF engine' \
    "$tmp/out"; then
	ok
else
	ko "check-includes did not name the engine's include: $(cat "$tmp/out")"
fi
: > "$g/render/pdf/typeset/chart.h"
printf '#include "../../../load/model.h"\n' > "$g/render/pdf/backend/page.h"
if python3 "$checker" "$g" > "$tmp/out" 2>&1; then
	ko "check-includes passed render/pdf/backend including load/"
elif grep -q 'backend/page.h: includes load/model.h, outside the PDF engine' \
    "$tmp/out"; then
	ok
else
	ko "check-includes did not name the engine's include: $(cat "$tmp/out")"
fi
# Its allowlist: util/, theme/, and the documents may include view/.
mkdir -p "$g/theme" "$g/render/pdf/documents"
: > "$g/theme/pdf_theme.h"
printf '#include "%s"\n' ../../../util/buf.h ../../../theme/pdf_theme.h \
    ../backend/page.h > "$g/render/pdf/typeset/chart.h"
: > "$g/render/pdf/backend/page.h"
printf '#include "%s"\n' ../../../view/chart.h ../typeset/chart.h \
    > "$g/render/pdf/documents/report.c"
if python3 "$checker" "$g" > "$tmp/out" 2>&1; then
	ok
else
	ko "check-includes failed the engine's allowed includes: $(cat "$tmp/out")"
fi
: > "$g/render/pdf/typeset/chart.h"
: > "$g/render/pdf/documents/report.c"
printf '#include "b.h"\n' > "$g/view/a.c"
: > "$g/view/a.h"
printf '#include "a.h"\n' > "$g/view/b.c"
: > "$g/view/b.h"
if python3 "$checker" "$g" > "$tmp/out" 2>&1; then
	ko "check-includes passed a cycle"
elif grep -q 'a cycle between view/a, view/b' "$tmp/out"; then
	ok
else
	ko "check-includes did not name the cycle: $(cat "$tmp/out")"
fi
if python3 "$checker" "$root/generator" > "$tmp/out" 2>&1; then
	ok
else
	ko "check-includes fails on generator/: $(cat "$tmp/out")"
fi

# 4. The parameter count fails on a function of 7 parameters.
mkdir -p "$tmp/params/x"
printf 'static int\nf(int a, int b, int c, int d, int e, int f, int g)\n{\n\treturn 0;\n}\n' \
    > "$tmp/params/x/a.c"
if python3 "$root/tools/check-params.py" "$tmp/params" > "$tmp/out" 2>&1
then
	ko "check-params passed a function of 7 parameters"
elif grep -q 'x/a.c: f takes 7 parameters' "$tmp/out"; then
	ok
else
	ko "check-params did not name the function: $(cat "$tmp/out")"
fi

# 5. The length check fails on a file of 801 lines, names it, and passes
# one of 800; a file listed in KNOWN passes while long and fails once
# within the limit (taken off the list), so the list only shrinks.
lengths="$root/tools/check-lengths.py"
mkdir -p "$tmp/lengths/x"
seq 800 > "$tmp/lengths/x/a.c"
if python3 "$lengths" "$tmp/lengths" > "$tmp/out" 2>&1; then
	ok
else
	ko "check-lengths failed a file of 800 lines: $(cat "$tmp/out")"
fi
seq 801 > "$tmp/lengths/x/a.c"
if python3 "$lengths" "$tmp/lengths" > "$tmp/out" 2>&1; then
	ko "check-lengths passed a file of 801 lines"
elif grep -q 'x/a.c has 801 lines: split it' "$tmp/out"; then
	ok
else
	ko "check-lengths did not name the long file: $(cat "$tmp/out")"
fi
# The script with KNOWN = {"x/b.c": ...}, as the integrator would list a
# file: allowed while long, a failure once within the limit.
known_lengths() {
	python3 -c 'import importlib.util, sys
spec = importlib.util.spec_from_file_location("lengths", sys.argv[1])
m = importlib.util.module_from_spec(spec)
spec.loader.exec_module(m)
m.KNOWN = {"x/b.c": "a test"}
sys.argv = sys.argv[1:]
sys.exit(m.main())' "$lengths" "$tmp/lengths"
}
rm "$tmp/lengths/x/a.c"
seq 900 > "$tmp/lengths/x/b.c"
if known_lengths > "$tmp/out" 2>&1 &&
    grep -q 'x/b.c has 900 lines (listed in KNOWN: a test)' "$tmp/out"; then
	ok
else
	ko "check-lengths failed a long file listed in KNOWN: $(cat "$tmp/out")"
fi
seq 10 > "$tmp/lengths/x/b.c"
if known_lengths > "$tmp/out" 2>&1; then
	ko "check-lengths passed a short file still listed in KNOWN"
elif grep -q 'x/b.c has 10 lines now: take it off KNOWN' "$tmp/out"; then
	ok
else
	ko "check-lengths did not ask to shrink KNOWN: $(cat "$tmp/out")"
fi

echo "tools: $passed passed, $failed failed"
[ "$failed" = 0 ]
