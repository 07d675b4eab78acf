#!/usr/bin/env python3
"""Checks that the includes of generator/ follow the pipeline.

    python3 tools/check-includes.py [ROOT]

ROOT (default: generator/ beside this script's folder) holds one folder
per stage. A file may include a header of its own folder or of a folder of
a lower rank below; an include of a higher rank (going up the pipeline) or
of another folder of the same rank (two renderers) fails (a folder
ranked within a renderer, such as render/pdf/backend, counts as that
renderer towards the others), and so does any
cycle of includes between modules (a module is x.c with its header x.h:
x.c including y.h while y.c includes x.h is a cycle, though no file
includes itself). The ranks, lowest first:

    util                      allocation, buffers, diagnostics, escaping,
                              the sink renderers write to (util/sink.h)
    source                    where the content is read from: a folder or
                              a git tree, its commit and dates (libgit2)
    markdown                  Markdown texts: their source (struct
                              text), parsing, sanitizing, limits and
                              checks; the parsed documents' scratch
                              arena (cmark)
    load                      content files -> model (YAML, the texts
                              checked by markdown)
    theme                     the theme's files (embedded or a folder),
                              its strings and PDF style parsed into
                              plain structs (with the loader's YAML
                              reader), their contrast checked
    metrics                   model -> figures
    view                      model + figures -> the documents' view tree
    diff                      two models -> what changed (clspd diff)
    render/data render/html render/pdf
                              view -> output files, in memory (a sink);
                              render/pdf has ranks of its own, lowest
                              first:
        render/pdf/backend    libharu, content streams, PDF/A, sRGB, fonts
        render/pdf/typeset    text, lines, pages, tables, charts, Markdown,
                              images
        render/pdf/documents  the report, the charter booklet
    publish                   the sink that writes the output folder
    schema                    the JSON Schemas, from the loader's tables
    build init year           the commands: the pipeline, the starter,
                              the next reporting year
    serve                     the preview server, which runs builds
    . (main.c)                the command line

The PDF typesetting engine knows nothing of a CLSPD: a file of
render/pdf/typeset or render/pdf/backend may include, beyond its rank,
only the folders of the ENGINE allowlist (util, theme and the engine's
own two folders), never load/, view/ or markdown/ though they rank
below it; what the engine needs of them the documents hand it as its own
plain structs (render/pdf/documents/pdf_media.h, util/chart_data.h).

Prints each failure, then "includes: N passed, M failed" (N files whose
includes are all right, M failures) and exits 1 when anything failed.
"""
import os
import re
import sys

RANKS = [
    ["util"],
    ["source"],
    ["markdown"],
    ["load"],
    ["theme"],
    ["metrics"],
    ["view"],
    ["diff"],
    ["render/data", "render/html", "render/pdf"],
    ["publish"],
    ["schema"],
    ["build", "init", "year"],
    ["serve"],
    ["."],
]

# The folders of a renderer, each with a rank within it, lowest first: a
# folder includes its own, or those of a lower rank of the same renderer;
# towards the other stages it has the rank of the renderer.
WITHIN = {
    "render/pdf": [
        ["render/pdf/backend"],
        ["render/pdf/typeset"],
        ["render/pdf/documents"],
    ],
}

# The PDF engine (its folders, keys) and all it may include (values): a
# folder listed, or one below it. The rank check still applies.
ENGINE_ALLOWED = ["util", "theme", "render/pdf/typeset", "render/pdf/backend"]
ENGINE = {
    "render/pdf/typeset": ENGINE_ALLOWED,
    "render/pdf/backend": ENGINE_ALLOWED,
}

# Module dependencies that close a cycle today, each with the work that
# removes it, as ("folder/a", "folder/b"): why. The cycle check ignores
# them, and says so. None today: keep it so.
KNOWN = {
}

INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)


def rank_of(folder):
    """The rank of a folder of ROOT, as (rank, the stage it counts as,
    rank within that stage), or None when it has none."""
    stage, sub = folder, 0
    for name, within in WITHIN.items():
        for i, folders in enumerate(within):
            if folder in folders:
                stage, sub = name, i
    for rank, folders in enumerate(RANKS):
        if stage in folders:
            return (rank, stage, sub)
    return None


def sources(root):
    """Every .c and .h file under root, as paths relative to root."""
    found = []
    for top, _dirs, files in os.walk(root):
        for name in files:
            if name.endswith((".c", ".h")):
                found.append(os.path.relpath(os.path.join(top, name), root))
    return sorted(found)


def includes(root, path):
    """The files of root that path includes, relative to root."""
    with open(os.path.join(root, path), encoding="utf-8") as f:
        text = f.read()
    here = os.path.dirname(path)
    out = []
    for name in INCLUDE.findall(text):
        target = os.path.normpath(os.path.join(here, name))
        if os.path.exists(os.path.join(root, target)):
            out.append(target)
    return out


def layer_failures(path, targets):
    """The includes of path that go up, or sideways, in the pipeline."""
    failures = []
    folder = os.path.dirname(path) or "."
    rank = rank_of(folder)
    if rank is None:
        return ["%s: its folder %s has no rank in tools/check-includes.py"
                % (path, folder)]
    for target in targets:
        tfolder = os.path.dirname(target) or "."
        trank = rank_of(tfolder)
        if tfolder == folder:
            continue
        if trank is None:
            failures.append("%s: includes %s, whose folder has no rank"
                            % (path, target))
        elif trank[0] == rank[0] and trank[1] != rank[1]:
            failures.append("%s: includes %s, of a sibling stage"
                            % (path, target))
        elif trank > rank:
            failures.append("%s: includes %s, up the pipeline (%s is "
                            "above %s)" % (path, target, tfolder, folder))
        elif trank == rank:
            failures.append("%s: includes %s, of a sibling stage"
                            % (path, target))
        elif folder in ENGINE and not within(tfolder, ENGINE[folder]):
            failures.append("%s: includes %s, outside the PDF engine's "
                            "allowlist (%s)" % (path, target,
                                                ", ".join(ENGINE[folder])))
    return failures


def within(folder, allowed):
    """Whether folder is one of allowed, or below one of them."""
    return any(folder == a or folder.startswith(a + "/") for a in allowed)


def cycles(graph):
    """Each include cycle, once, as a list of files (Tarjan's SCCs)."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []
    counter = [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in graph.get(v, []):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            scc = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                scc.append(w)
                if w == v:
                    break
            if len(scc) > 1 or v in graph.get(v, []):
                found.append(sorted(scc))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = sys.argv[1] if len(sys.argv) > 1 else \
        os.path.join(here, "..", "generator")
    sys.setrecursionlimit(10000)
    graph = {}
    passed = failed = 0
    for path in sources(root):
        graph[path] = includes(root, path)
        failures = layer_failures(path, graph[path])
        for f in failures:
            print("includes: " + f, file=sys.stdout)
        if failures:
            failed += len(failures)
        else:
            passed += 1
    modules = {}
    for path, targets in graph.items():
        name = os.path.splitext(path)[0]
        deps = modules.setdefault(name, set())
        deps.update(os.path.splitext(t)[0] for t in targets)
        deps.discard(name)
    for (a, b), why in sorted(KNOWN.items()):
        if b in modules.get(a, ()):
            modules[a].discard(b)
            print("includes: %s -> %s ignored: %s" % (a, b, why))
    for scc in cycles({k: sorted(v) for k, v in modules.items()}):
        print("includes: a cycle between %s" % ", ".join(scc),
              file=sys.stdout)
        failed += 1
    print("includes: %d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
