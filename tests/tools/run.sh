#!/bin/sh
# Tests of the build's own tools (tools/), run by `make test`:
#
#   sh tests/tools/run.sh BUILD_PACKAGE...
#
# - tools/deps.sh passes the build packages on a machine that has them
#   without calling dpkg, dpkg-query or apt-get (they are replaced by
#   stand-ins that record their call and fail), and fails, naming the
#   package, for one it cannot find;
# - tools/check-includes.sh passes on generator/ and fails on a folder
#   with an include that goes up the pipeline and on one with a cycle.
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

# 3. The include checker, when it exists.
if [ -f "$root/tools/check-includes.sh" ]; then
	. "$here/includes.sh"
fi

echo "tools: $passed passed, $failed failed"
[ "$failed" = 0 ]
