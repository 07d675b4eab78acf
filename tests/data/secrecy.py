#!/usr/bin/env python3
"""Statistical secrecy, end to end: builds a content whose sensitive
indicator has counts below privacy.min_count, then searches every output
file (HTML, SVG, CSS, JSON, CSV, the workbook's XML parts, the PDFs'
text) for every hidden number and every figure that would give one back,
in every form clspd writes numbers in (12.5, 12,5, 12 500,5, 12500.5).
The same content built without privacy.min_count must show each of them:
that proves the search finds what it looks for.

usage: secrecy.py CLSPD
Prints "secrecy: N passed, M failed".
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

COUNCIL = """council: CLSPD de Test
territory: Testville
year: 2025
{privacy}thematics:
  - id: t
    title: Thématique
"""
PARTNER = "name: Partenaire P\nkind: commune\n"
ACTION = """title: Action A
thematic: t
description: Décrire.
objectives: Viser.
pilot: p
"""
# Hidden: 2023's and 2025's values, the baseline, Gare (primary) and Nord
# (secondary: the smallest other entry), and what derives from them.
SENSITIVE = """action: a
label: Jeunes suivis
sensitive: true
baseline: {year: 2022, value: 5.57}
values: {2023: 10.47, 2024: 48.29, 2025: 7.31}
target: 20
breakdown:
  2025: {Gare: 3.17, Centre: 52.61, Nord: 40.93, Sud: 66.89}
"""
OTHER = """action: a
label: Médiations
values: {2024: 120, 2025: 150}
target: 140
"""

# Each hidden figure as raw decimals (JSON, CSV, workbook) and as the
# documents write it in French (comma; percentages rounded); a form ending
# in * is a prefix (the JSON's ratios have 16 or 17 digits). The baseline
# (5.57) is hidden too, but no output shows a baseline yet: add it here
# when one does.
HIDDEN = {
    "2025 value": ["7.31", "7,31"],
    "2023 value": ["10.47", "10,47"],
    "Gare": ["3.17", "3,17"],
    "Nord": ["40.93", "40,93"],
    "breakdown total": ["163.6", "163,6"],
    "evolution (7.31 - 48.29) / 48.29": ["-0.84862*", "−85 %", "-85 %"],
    "attainment 7.31 / 20": ["0.3655", "37 %", "36,6 %", "36,55"],
    "progress (7.31 - 5.57) / (20 - 5.57)": ["0.12058*", "12 %"],
    "share of Gare 3.17 / 163.6": ["0.01937*", "1,9 %"],
    "share of Centre 52.61 / 163.6": ["0.32157*", "32 %"],
    "share of Sud 66.89 / 163.6": ["0.40886*", "41 %"],
}
# Shown: the search must find these in both builds.
SHOWN = {"2024 value": ["48.29", "48,29"], "Centre": ["52.61", "52,61"],
         "Sud": ["66.89", "66,89"]}


def write(root, path, text):
    full = os.path.join(root, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8") as f:
        f.write(text)


def build(clspd, tmp, name, privacy):
    content = os.path.join(tmp, name)
    write(content, "clspd.yaml", COUNCIL.format(privacy=privacy))
    write(content, "partners/p.yaml", PARTNER)
    write(content, "actions/a.yaml", ACTION)
    write(content, "indicators/s.yaml", SENSITIVE)
    write(content, "indicators/o.yaml", OTHER)
    out = os.path.join(tmp, name + "-out")
    env = dict(os.environ, SOURCE_DATE_EPOCH="1767225600")
    run = subprocess.run([clspd, "build", content, "-o", out, "-q"],
                         capture_output=True, text=True, env=env)
    if run.returncode != 0:
        raise RuntimeError(f"build {name} failed: {run.stderr}")
    return out


def texts(out):
    """Every output file as text: PDFs by pdftotext, workbooks by their
    XML parts, the rest as it is. Spaces of any width become one."""
    for base, _, files in os.walk(out):
        for f in files:
            path = os.path.join(base, f)
            if f.endswith(".pdf"):
                t = subprocess.run(["pdftotext", "-q", path, "-"],
                                   capture_output=True, text=True).stdout
            elif f.endswith(".xlsx"):
                with zipfile.ZipFile(path) as z:
                    t = "\n".join(z.read(n).decode("utf-8")
                                  for n in z.namelist())
            else:
                with open(path, encoding="utf-8", errors="replace") as h:
                    t = h.read()
            yield os.path.relpath(path, out), \
                re.sub(r"[\s\u00a0\u202f]+", " ", t)


def found(out, forms):
    """The files that hold one of the forms, as a number (not inside a
    longer number)."""
    hits = []
    pats = [re.compile(r"(?<![0-9.,])" + re.escape(f[:-1]))
            if f.endswith("*") else
            re.compile(r"(?<![0-9.,])" + re.escape(f) + r"(?![0-9])")
            for f in forms]
    for name, text in texts(out):
        for p in pats:
            m = p.search(text)
            if m:
                hits.append(f"{name}: …{text[max(0, m.start() - 40):m.end() + 20]}…")
    return hits


def different_files(a, b):
    """The paths, below a and b, whose bytes (or presence) differ."""
    def files(top):
        out = {}
        for d, _, names in os.walk(top):
            for n in names:
                path = os.path.join(d, n)
                with open(path, "rb") as f:
                    out[os.path.relpath(path, top)] = f.read()
        return out
    fa, fb = files(a), files(b)
    return sorted(k for k in fa.keys() | fb.keys() if fa.get(k) != fb.get(k))


def main():
    clspd = sys.argv[1]
    tmp = tempfile.mkdtemp(prefix="clspd-secrecy-")
    passed = failed = 0
    try:
        masked = build(clspd, tmp, "masked", "privacy: {min_count: 11}\n")
        plain = build(clspd, tmp, "plain", "")
        # The masked outputs are deterministic like the others: the same
        # content built again gives the same bytes, every file.
        again = build(clspd, tmp, "masked-again", "privacy: {min_count: 11}\n")
        differ = different_files(masked, again)
        if differ:
            failed += 1
            print(f"secrecy: a second build differs: {differ[:5]}")
        else:
            passed += 1
        for what, forms in HIDDEN.items():
            leak = found(masked, forms)
            seen = found(plain, forms)
            if leak:
                failed += 1
                print(f"secrecy: {what} published:")
                for h in leak[:5]:
                    print(f"  {h}")
            elif not seen:
                failed += 1
                print(f"secrecy: {what}: not found even without secrecy "
                      f"(the search is wrong)")
            else:
                passed += 1
        for what, forms in SHOWN.items():
            if found(masked, forms) and found(plain, forms):
                passed += 1
            else:
                failed += 1
                print(f"secrecy: {what} should be shown")
        with open(os.path.join(masked, "site/data/metrics.json")) as f:
            metrics = f.read()
        for flag in ['"masked": [', '"value"', '"breakdown_total"',
                     '"masked": true']:
            if flag in metrics:
                passed += 1
            else:
                failed += 1
                print(f"secrecy: metrics.json lacks {flag}")
        with open(os.path.join(masked, "site/data/indicators.csv")) as f:
            csv = f.read()
        if "value_masked" in csv.splitlines()[0] and \
                "s,a,t,Jeunes suivis,,increase,2025,,20,true" in csv:
            passed += 1
        else:
            failed += 1
            print("secrecy: indicators.csv lacks the value_masked flag")
        with open(os.path.join(masked, "site/actions/a.html"),
                  encoding="utf-8") as f:
            page = re.sub(r"[\s\u00a0\u202f]+", " ", f.read())
        if "< 11" in page or "&lt; 11" in page:
            passed += 1
        else:
            failed += 1
            print("secrecy: the action page does not say < 11")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"secrecy: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
