#!/usr/bin/env python3
"""format_keys.py CLSPD REPO: the documented keys are the accepted keys.

Compares the key tables of docs/format.md (and of the coordinators' guide,
docs/guide/fichiers.md) with the keys the loader accepts, asked of the
program itself: a content folder with an unknown key in every mapping of
every file is checked, and each "unknown key 'zz' in WHAT (expected one
of: ...)" message gives the keys of that mapping. The theme's style.yaml
keys are those of the default theme's file. Prints each difference and
exits 1 when there is one; prints nothing and exits 0 otherwise.

The tables' notation (docs/format.md, introduction): one table per file,
under a heading holding the file's path in backticks; the first column is
the key in backticks, nested keys with dots, list items with [], keys the
writer chooses as <year> or <label>. Rows whose last part is a chosen key
(values.<year>) name no key of a loader table and are not compared.
"""
import os
import re
import subprocess
import sys
import tempfile

BOGUS = "zzzzzzzz"

# The mapping named in the loader's message -> (file, key prefix).
MAPS = {
    "clspd.yaml": ("clspd.yaml", ""),
    "coordinator": ("clspd.yaml", "coordinator."),
    "accessibility": ("clspd.yaml", "accessibility."),
    "privacy": ("clspd.yaml", "privacy."),
    "thematic": ("clspd.yaml", "thematics[]."),
    "partner": ("partners/<id>.yaml", ""),
    "action": ("actions/<id>.yaml", ""),
    "period": ("actions/<id>.yaml", "period."),
    "funding entry": ("actions/<id>.yaml", "funding.<year>[]."),
    "indicator": ("indicators/<id>.yaml", ""),
    "baseline": ("indicators/<id>.yaml", "baseline."),
    "page front matter": ("pages/<id>.md", ""),
    "charter front matter": ("charter.md", ""),
}

# A content folder with the unknown key BOGUS in every mapping.
CONTENT = {
    "clspd.yaml": f"""council: C
territory: T
year: 2025
{BOGUS}: 1
coordinator: {{name: N, {BOGUS}: 1}}
accessibility: {{{BOGUS}: 1}}
privacy: {{min_count: 5, {BOGUS}: 1}}
thematics:
  - {{id: t, title: T, {BOGUS}: 1}}
""",
    "partners/p.yaml": f"name: P\nkind: commune\n{BOGUS}: 1\n",
    "actions/a.yaml": f"""title: A
thematic: t
description: D
objectives: O
{BOGUS}: 1
period: {{start: 2024, {BOGUS}: 1}}
funding:
  2025:
    - {{funder: p, amount: 1, {BOGUS}: 1}}
""",
    "indicators/i.yaml": f"""action: a
label: L
values: {{}}
{BOGUS}: 1
baseline: {{year: 2024, value: 1, {BOGUS}: 1}}
""",
    "pages/x.md": f"---\ntitle: X\n{BOGUS}: 1\n---\nText.\n",
    "charter.md": f"---\ntitle: C\n{BOGUS}: 1\n---\nText.\n",
    "theme/pdf/style.yaml": f"{BOGUS}: 1\n",
}

MESSAGE = re.compile(r": error: unknown key '" + BOGUS +
                     r"' in (.+) \(expected one of: ([^)]*)\)$")


def documented(path, year, label):
    """{file: set of keys} from the key tables of a Markdown file."""
    tables, current, fence = {}, None, False
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("```"):
            fence = not fence
        if fence or line.startswith("```"):
            continue
        if line.startswith("#"):
            m = re.match(r"#+ `([^`]+)`", line)
            current = m.group(1) if m else None
            if current is not None:
                tables.setdefault(current, [])
            continue
        m = re.match(r"\| `([^`]+)` \|", line)
        if current is not None and m:
            key = m.group(1).replace(year, "<year>").replace(label, "<label>")
            tables[current].append(key)
    out = {}
    for f, keys in tables.items():
        seen = set()
        for k in keys:
            if k in seen:
                print(f"{path}: {f}: `{k}` is listed twice")
            seen.add(k)
        out[f] = seen
    return out


def accepted(clspd):
    """{file: set of keys} as the loader reports them."""
    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        for rel, text in CONTENT.items():
            p = os.path.join(tmp, "c", rel)
            os.makedirs(os.path.dirname(p), exist_ok=True)
            with open(p, "w", encoding="utf-8") as f:
                f.write(text)
        env = dict(os.environ, LC_ALL="C", LANGUAGE="")
        r = subprocess.run([clspd, "check", os.path.join(tmp, "c")],
                           capture_output=True, text=True, env=env)
    seen_maps, style_checked = set(), False
    for line in r.stderr.splitlines():
        m = MESSAGE.search(line)
        if m:
            what = m.group(1)
            if what not in MAPS:
                print(f"the loader has a mapping this test does not know: "
                      f"'{what}' ({line})")
                continue
            seen_maps.add(what)
            f, prefix = MAPS[what]
            keys = out.setdefault(f, set())
            for k in m.group(2).split(", "):
                keys.add(prefix + k)
        elif f"unknown PDF style key '{BOGUS}'" in line:
            style_checked = True
    for what in MAPS:
        if what not in seen_maps:
            print(f"no 'unknown key' message for the mapping '{what}':\n"
                  f"{r.stderr}")
    if not style_checked:
        print(f"an unknown key of style.yaml is not reported:\n{r.stderr}")
    return out


def style_keys(repo):
    keys = set()
    for line in open(os.path.join(repo, "themes/default/pdf/style.yaml"),
                     encoding="utf-8"):
        m = re.match(r"([a-z_]+):", line)
        if m:
            keys.add(m.group(1))
    return keys


def compare(name, docs, loader):
    bad = 0
    for f in sorted(set(docs) | set(loader)):
        d = {k for k in docs.get(f, set())
             if not k.rsplit(".", 1)[-1].startswith("<")}
        a = loader.get(f, set())
        for k in sorted(a - d):
            print(f"{name}: `{f}`: `{k}` is accepted but not documented")
            bad = 1
        for k in sorted(d - a):
            print(f"{name}: `{f}`: `{k}` is documented but not accepted")
            bad = 1
    return bad


def main():
    clspd, repo = sys.argv[1], sys.argv[2]
    loader = accepted(clspd)
    loader["theme/pdf/style.yaml"] = style_keys(repo)
    fmt = documented(os.path.join(repo, "docs/format.md"), "<year>",
                     "<label>")
    bad = compare("docs/format.md", fmt, loader)
    # The guide's tables: the same keys, the chosen keys in French.
    guide = documented(os.path.join(repo, "docs/guide/fichiers.md"),
                       "<année>", "<libellé>")
    loader.pop("theme/pdf/style.yaml")
    bad |= compare("docs/guide/fichiers.md", guide, loader)
    # The chosen keys too must be the same in both.
    for f in sorted(set(fmt) & set(guide)):
        for k in sorted(fmt[f] ^ guide[f]):
            print(f"`{f}`: `{k}` is in one of docs/format.md and "
                  f"docs/guide/fichiers.md only")
            bad = 1
    sys.exit(bad)


if __name__ == "__main__":
    main()
