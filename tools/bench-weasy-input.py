#!/usr/bin/env python3
"""bench-weasy-input.py HUGO_OUT OUT.html: joins the action pages of a built Hugo corpus
(tools/bench-ref-gen.py) into one print-styled HTML report, the input a WeasyPrint user
would render to PDF. Handed over with the reference corpus generator for the comparisons
of the project's issues, kept as it was (only this docstring changed)."""
import glob, re, sys
parts = []
for p in sorted(glob.glob(sys.argv[1] + "/actions/*/index.html")):
    m = re.search(r"<article>.*</article>", open(p, encoding="utf-8").read(), re.S)
    if m:
        parts.append(m.group(0))
css = ("body{font-family:'DejaVu Sans';font-size:10pt;text-align:justify;hyphens:auto} article{break-before:page}"
       " table{border-collapse:collapse} td,th{border:1px solid #999;padding:2pt}"
       " @page{size:A4;margin:2cm;@bottom-center{content:counter(page) ' / ' counter(pages)}}")
open(sys.argv[2], "w", encoding="utf-8").write(
    '<!doctype html><html lang="fr"><head><meta charset="utf-8"><style>' + css + "</style></head><body>"
    + "".join(parts) + "</body></html>")
