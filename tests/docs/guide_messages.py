#!/usr/bin/env python3
"""guide_messages.py CLSPD REPO: the guide quotes the messages clspd prints.

The guide (docs/guide/*.md) shows the exact diagnostics of common mistakes,
made on the starter folder of `clspd init mon-clspd`. Each such example is
an output block preceded by a comment the forges do not show:

    <!-- check: sed -i 's/^year: 2025/year: 25/' clspd.yaml -->
    ```
    mon-clspd/clspd.yaml:11:7: error: year out of range: 25 (...)
    ```

For each, this script writes the starter in a temporary folder, runs the
command inside mon-clspd/ with sh, runs `clspd check mon-clspd` in French (the
guide's language: LANGUAGE=fr, whatever the machine's locale), and compares its diagnostics (the summary line
left out) with the block. Prints each difference and exits 1 when there is
one, or when no example is found.

With --fix as a third argument, it writes what clspd says into the blocks
instead (after a change of messages or of the starter): read the
difference (git diff docs/guide) before committing it.
"""
import glob
import os
import re
import subprocess
import sys
import tempfile

CHECK = re.compile(r"^<!-- check: (.*) -->$")
# The summary line, in English or in French (a no-break space before ":"):
# it holds a time, so the blocks leave it out.
SUMMARY = re.compile("^clspd(: checked |\u00a0: .* vérifié\u00a0: )")


def examples(path):
    """(line number, command, expected lines) of each checked block."""
    lines = open(path, encoding="utf-8").read().split("\n")
    out = []
    for i, line in enumerate(lines):
        m = CHECK.match(line)
        if not m:
            continue
        if i + 1 >= len(lines) or lines[i + 1] != "```":
            print(f"{path}:{i + 1}: a check comment must stand just "
                  f"before a ``` block")
            out.append((i + 1, None, None))
            continue
        j = i + 2
        want = []
        while j < len(lines) and lines[j] != "```":
            want.append(lines[j])
            j += 1
        out.append((i + 1, m.group(1), want))
    return out


def run(clspd, cmd):
    env = dict(os.environ, LC_ALL="C.UTF-8", LANGUAGE="fr", LANG="C.UTF-8")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([clspd, "init", "mon-clspd"], cwd=tmp, env=env,
                       check=True, capture_output=True)
        subprocess.run(["sh", "-e", "-c", cmd],
                       cwd=os.path.join(tmp, "mon-clspd"), env=env,
                       check=True)
        r = subprocess.run([clspd, "check", "mon-clspd"], cwd=tmp, env=env,
                           capture_output=True)
    got = r.stderr.decode("utf-8", "replace").split("\n")
    return [g for g in got if g and not SUMMARY.match(g)]


def fix(path, line, want, got):
    """Replaces the block after the comment at line (1-based) with got."""
    lines = open(path, encoding="utf-8").read().split("\n")
    start = line + 1
    lines[start:start + len(want)] = got
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


def main():
    clspd, repo = os.path.abspath(sys.argv[1]), sys.argv[2]
    fixing = len(sys.argv) > 3 and sys.argv[3] == "--fix"
    bad, n = 0, 0
    for path in sorted(glob.glob(os.path.join(repo, "docs/guide/*.md"))):
        # From the end, so that a fixed block does not move the others.
        for line, cmd, want in reversed(examples(path)):
            n += 1
            if cmd is None:
                bad = 1
                continue
            got = run(clspd, cmd)
            if got != want and fixing:
                fix(path, line, want, got)
                print(f"{os.path.relpath(path, repo)}:{line}: updated")
            elif got != want:
                bad = 1
                rel = os.path.relpath(path, repo)
                print(f"{rel}:{line}: after `{cmd}`, clspd check says:")
                print("\n".join("  " + g for g in got))
                print("but the guide shows:")
                print("\n".join("  " + w for w in want))
    if n == 0:
        print("no checked example in docs/guide/")
        bad = 1
    sys.exit(bad)


if __name__ == "__main__":
    main()
