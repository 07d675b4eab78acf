#!/usr/bin/env python3
"""Checks that no function of generator/ takes more than 6 parameters.

    python3 tools/check-params.py [ROOT]

A function with a long parameter list is a call nobody can read
(pass a struct instead). Each definition of ROOT (default:
generator/) is counted, in the project's style: the return type on its
own line, then "name(parameters)" at the start of a line, then "{". The
functions listed in KNOWN are exceptions, whose parameters are not ours
to choose: they are reported, not failed, and the list may only shrink
(a listed function that now has 6 or fewer fails, so that it is taken
off the list).

Prints each failure, then "params: N passed, M failed" and exits 1 when
anything failed.
"""
import os
import re
import sys

MAX = 6

# Functions allowed over MAX parameters, with their count.
KNOWN = {
    # libmicrohttpd's request handler: its 8 parameters are the library's
    # type (MHD_AccessHandlerCallback), not ours to change.
    "handle": 8,
}

DEFINITION = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)\(([^;{)]*(?:\([^)]*\)"
                        r"[^;{)]*)*)\)\s*\n\{", re.M)


def count(params):
    """The number of parameters of a definition's parameter text."""
    params = " ".join(params.split())
    if params in ("", "void"):
        return 0
    depth = n = 0
    for c in params:
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "," and depth == 0:
            n += 1
    return n + 1


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = sys.argv[1] if len(sys.argv) > 1 else \
        os.path.join(here, "..", "generator")
    passed = failed = 0
    seen = {}
    for top, _dirs, files in os.walk(root):
        for name in sorted(files):
            if not name.endswith(".c"):
                continue
            path = os.path.join(top, name)
            with open(path, encoding="utf-8") as f:
                text = f.read()
            for m in DEFINITION.finditer(text):
                fn, n = m.group(1), count(m.group(2))
                where = os.path.relpath(path, root)
                seen[fn] = n
                if n <= MAX:
                    passed += 1
                elif fn in KNOWN:
                    print("params: %s: %s takes %d (listed in KNOWN)"
                          % (where, fn, n))
                    passed += 1
                else:
                    print("params: %s: %s takes %d parameters: pass a "
                          "struct (at most %d)" % (where, fn, n, MAX))
                    failed += 1
    for fn in sorted(KNOWN):
        if fn in seen and seen[fn] <= MAX:
            print("params: %s takes %d now: take it off KNOWN in "
                  "tools/check-params.py" % (fn, seen[fn]))
            failed += 1
    print("params: %d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
