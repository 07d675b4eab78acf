#!/usr/bin/env python3
"""Checks that a Markdown format reference documents every key clspd
accepts, and no key clspd refuses (issue 12: the docs kept true by tests).

Usage: check-doc-keys.py [--schemas DIR] FILE.md
       check-doc-keys.py [--schemas DIR] --list

The keys clspd accepts come from the JSON Schemas that `clspd schema`
writes from the loader's own tables (default: schemas/ beside this
folder), flattened into the notation of the reference: nested keys joined
with dots, `[]` for the items of a list, `<year>` and `<label>` for keys
the writer chooses (coordinator.name, thematics[].id,
funding.<year>[].funder, breakdown.<year>.<label>).

The reference has one section per file, whose heading holds the file's
path in backticks ("### `actions/<id>.yaml`"), with Markdown tables whose
first column is the key in backticks. A key that only holds other keys
(coordinator, funding.<year>) counts as documented when one of its keys
is; a map of years or labels (values.<year>) when its own key is.

Prints each key missing on either side and exits 1 if there is one;
prints "doc-keys: N keys checked, all documented" and exits 0 otherwise.
Python 3 standard library only.
"""
import json
import os
import re
import sys

# The sections of the reference: the path in the heading, the schema.
SECTIONS = [
    ("clspd.yaml", "clspd.schema.json"),
    ("partners/<id>.yaml", "partner.schema.json"),
    ("actions/<id>.yaml", "action.schema.json"),
    ("indicators/<id>.yaml", "indicator.schema.json"),
    ("pages/<id>.md", "page.schema.json"),
    ("charter.md", "charter.schema.json"),
    ("theme/pdf/style.yaml", "style.schema.json"),
]

YEAR_PATTERN = "^(20[0-9][0-9]|2100)$"


def types(node):
    t = node.get("type", [])
    return set(t if isinstance(t, list) else [t])


def flatten(node, prefix, out, parents):
    """Adds to out the paths of node's keys; parents gets the paths that
    only hold other keys."""
    for key, sub in node.get("properties", {}).items():
        walk(sub, f"{prefix}{key}", out, parents)


def walk(node, path, out, parents):
    out.append(path)
    items = node.get("items", {}) if "array" in types(node) else {}
    if "properties" in node:
        parents.add(path)
        flatten(node, path + ".", out, parents)
    elif "properties" in items:
        parents.add(path)
        flatten(items, path + "[].", out, parents)
    elif "patternProperties" in node:
        parents.add(path)
        walk(node["patternProperties"][YEAR_PATTERN], path + ".<year>",
             out, parents)
    elif isinstance(node.get("additionalProperties"), dict):
        parents.add(path)
        walk(node["additionalProperties"], path + ".<label>", out, parents)


def schema_keys(schemas):
    """{section path: (keys in order, the keys that only hold keys)}"""
    keys = {}
    for section, name in SECTIONS:
        with open(os.path.join(schemas, name), encoding="utf-8") as f:
            schema = json.load(f)
        out, parents = [], set()
        flatten(schema, "", out, parents)
        keys[section] = (out, parents)
    return keys


def doc_keys(path):
    """{section path: [(key, line)]} from the reference's tables."""
    found, current, level = {}, None, 0
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for number, line in enumerate(lines, 1):
        heading = re.match(r"^(#+)\s+(.*)$", line)
        if heading:
            depth = len(heading.group(1))
            if current is not None and depth > level:
                continue	# a subsection of the file's section
            current = None
            for section, _ in SECTIONS:
                if f"`{section}`" in heading.group(2):
                    current, level = section, depth
                    found.setdefault(section, [])
            continue
        if current is None or not line.lstrip().startswith("|"):
            continue
        first = line.strip().strip("|").split("|")[0].strip()
        key = re.fullmatch(r"`([^`]+)`", first)
        if key:
            found[current].append((key.group(1), number))
    return found


def documented(key, doc, parents):
    """Whether key is documented in doc (a set of keys)."""
    if key in doc:
        return True
    if key in parents:
        return any(d.startswith(key + ".") or d.startswith(key + "[")
                   for d in doc)
    if key.endswith(".<year>") or key.endswith(".<label>"):
        return key.rsplit(".", 1)[0] in doc
    return False


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    schemas = os.path.join(here, "..", "schemas")
    args = argv[1:]
    if len(args) >= 2 and args[0] == "--schemas":
        schemas, args = args[1], args[2:]
    if len(args) != 1:
        sys.stderr.write(__doc__.split("\n\n")[1] + "\n")
        return 2
    keys = schema_keys(schemas)
    if args[0] == "--list":
        for section, (out, _) in keys.items():
            print(f"{section}: " + ", ".join(out))
        return 0
    doc, problems, total = doc_keys(args[0]), 0, 0
    for section, (out, parents) in keys.items():
        if section not in doc:
            print(f"{args[0]}: no section with `{section}` in its heading")
            problems += 1
            continue
        written = {k for k, _ in doc[section]}
        for key in out:
            total += 1
            if not documented(key, written, parents):
                print(f"{args[0]}: `{key}` ({section}) is accepted by "
                      f"clspd but not documented")
                problems += 1
        for key, line in doc[section]:
            if key not in out:
                print(f"{args[0]}:{line}: `{key}` ({section}) is "
                      f"documented but clspd does not accept it")
                problems += 1
    if problems:
        print(f"doc-keys: {problems} problem(s)")
        return 1
    print(f"doc-keys: {total} keys checked, all documented")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
