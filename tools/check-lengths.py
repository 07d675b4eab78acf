#!/usr/bin/env python3
"""Checks that no source file of generator/ is longer than 800 lines.

    python3 tools/check-lengths.py [ROOT]

A file that long holds several things a newcomer looks for under other
names: split it along a seam of its own (the sections of a comparison,
the pages against their helpers, the steps of a stage), the parts
sharing what they must through a private header of the folder
(docs/dev/checks.md). Each .c and .h file of ROOT (default: generator/)
is counted. The files listed in KNOWN are
exceptions, each with the work that removes it: they are reported, not
failed, and the list may only shrink (a listed file that is now within
the limit fails, so that it is taken off the list).

Prints each failure, then "lengths: N passed, M failed" and exits 1 when
anything failed.
"""
import os
import sys

MAX = 800

# Files allowed over MAX lines, relative to ROOT: why, and what ends it.
KNOWN = {
    # Empty: every file of generator/ is within MAX. A file may be listed
    # here only with why it cannot be split yet and what will split it.
}


def lines(path):
    """The number of lines of a file, a last one without "\\n" counted."""
    with open(path, "rb") as f:
        data = f.read()
    return data.count(b"\n") + (1 if data and not data.endswith(b"\n")
                                else 0)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = sys.argv[1] if len(sys.argv) > 1 else \
        os.path.join(here, "..", "generator")
    passed = failed = 0
    for top, dirs, files in os.walk(root):
        dirs.sort()
        for name in sorted(files):
            if not name.endswith((".c", ".h")):
                continue
            path = os.path.join(top, name)
            where = os.path.relpath(path, root)
            n = lines(path)
            if n <= MAX and where in KNOWN:
                print("lengths: %s has %d lines now: take it off KNOWN "
                      "in tools/check-lengths.py" % (where, n))
                failed += 1
            elif n <= MAX:
                passed += 1
            elif where in KNOWN:
                print("lengths: %s has %d lines (listed in KNOWN: %s)"
                      % (where, n, KNOWN[where]))
                passed += 1
            else:
                print("lengths: %s has %d lines: split it along a seam "
                      "of its own (at most %d)" % (where, n, MAX))
                failed += 1
    print("lengths: %d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
