#!/usr/bin/env python3
"""Synthetic CLSPD content at scale, in two equivalent forms:
  OUT/content  : the project's format (docs/format.md)
  OUT/hugo     : a Hugo site holding the same records (front matter + data), with
                 layouts that render the same pages (home, thematics, actions, partners)
Usage: bench-ref-gen.py OUT N_ACTIONS [INDICATORS_PER_ACTION=3] [PARTNERS=40] [THEMATICS=5]
This is the reference corpus generator written for the comparisons of the
project's issues (clspd against Hugo and WeasyPrint), kept here as it was
handed over (only this docstring changed) so that `make bench` measures the
same corpora without any folder beside the repository. tools/bench-gen.py
is the project's own, larger corpus."""
import os, random, sys

out, n = sys.argv[1], int(sys.argv[2])
k = int(sys.argv[3]) if len(sys.argv) > 3 else 3
np_ = int(sys.argv[4]) if len(sys.argv) > 4 else 40
nt = int(sys.argv[5]) if len(sys.argv) > 5 else 5
rnd = random.Random(42)
WORDS = ("médiation prévention jeunes quartier partenaires espace public conflit lien social "
         "insertion accompagnement tranquillité victimes récidive éducateurs bailleur transports "
         "écoute familles parentalité santé décrochage scolaire chantier éducatif citoyenneté").split()
KINDS = "commune departement etat police gendarmerie association paej mission-locale bailleur-social gip".split()


def sent(a, b):
    w = [rnd.choice(WORDS) for _ in range(rnd.randint(a, b))]
    return (" ".join(w)).capitalize() + "."


def para(s):
    return " ".join(sent(8, 18) for _ in range(s))


C = os.path.join(out, "content")
H = os.path.join(out, "hugo")
for d in ("partners", "actions", "indicators", "pages"):
    os.makedirs(os.path.join(C, d), exist_ok=True)
for d in ("content/actions", "content/thematics", "layouts/_default", "layouts/actions", "data/partners"):
    os.makedirs(os.path.join(H, d), exist_ok=True)

pids = [f"partenaire-{i:03d}" for i in range(np_)]
tids = [f"thematique-{i}" for i in range(nt)]
with open(os.path.join(C, "clspd.yaml"), "w") as f:
    f.write("council: CLSPD de Synthèse\nterritory: Synthèse-sur-Mer\nyear: 2025\nthematics:\n")
    for t in tids:
        f.write(f"  - id: {t}\n    title: {sent(4, 8)}\n    group: [{', '.join(rnd.sample(pids, 6))}]\n")
with open(os.path.join(H, "config.toml"), "w") as f:
    f.write('baseURL = "https://example.org/"\ntitle = "CLSPD de Synthèse"\nlanguageCode = "fr"\n'
            'disableKinds = ["taxonomy", "term", "RSS"]\n')
for p in pids:
    kind = rnd.choice(KINDS)
    name = f"Partenaire {p[-3:]} {rnd.choice(WORDS)}"
    with open(os.path.join(C, "partners", p + ".yaml"), "w") as f:
        f.write(f"name: {name}\nkind: {kind}\n")
    with open(os.path.join(H, "data/partners", p + ".yaml"), "w") as f:
        f.write(f"name: {name}\nkind: {kind}\n")
for t in tids:
    with open(os.path.join(H, "content/thematics", t + ".md"), "w") as f:
        f.write(f"---\ntitle: {t}\nthematic: {t}\n---\n")

for i in range(n):
    aid = f"action-{i:05d}"
    t = tids[i % nt]
    fields = {
        "description": [sent(5, 12) for _ in range(3)],
        "objectives": [sent(5, 10) for _ in range(3)],
        "public": sent(8, 16), "identification": sent(5, 10),
        "means": [sent(8, 16) for _ in range(2)],
        "evaluation": [sent(5, 10) for _ in range(2)],
        "difficulties": [sent(5, 10)], "suggestions": [sent(5, 10)],
    }
    parts = rnd.sample(pids, 4)
    fund = [(rnd.choice(pids), rnd.randint(1, 50) * 1000) for _ in range(3)]
    narrative = "## Bilan\n\n" + para(4) + "\n\n- " + sent(5, 9) + "\n- " + sent(5, 9) + "\n\n" + para(3) + "\n"
    inds = []
    for j in range(k):
        vals = {y: rnd.randint(10, 200) for y in (2023, 2024, 2025)}
        inds.append((f"{aid}-i{j}", sent(3, 6)[:-1], rnd.randint(50, 220), vals))
    y = [f"title: Action {i} {sent(2, 5)[:-1]}", f"thematic: {t}", f"pilot: {parts[0]}"]
    for key, v in fields.items():
        if isinstance(v, list):
            y.append(f"{key}:")
            y += [f"  - {s}" for s in v]
        else:
            y.append(f"{key}: {v}")
    y.append(f"partners: [{', '.join(parts)}]")
    y.append("funding:\n  2025:")
    y += [f"    - {{funder: {fu}, amount: {am}}}" for fu, am in fund]
    with open(os.path.join(C, "actions", aid + ".yaml"), "w") as f:
        f.write("\n".join(y) + "\n")
    with open(os.path.join(C, "actions", aid + ".md"), "w") as f:
        f.write(narrative)
    for iid, label, target, vals in inds:
        with open(os.path.join(C, "indicators", iid + ".yaml"), "w") as f:
            f.write(f"action: {aid}\nlabel: {label}\ntarget: {target}\nvalues: {{{', '.join(f'{a}: {b}' for a, b in vals.items())}}}\n")
    # Hugo: the same record as front matter, narrative as body
    fm = [l.replace("description:", "actiondescription:", 1) if l.startswith("description:") else l for l in y]
    fm.append("indicators:")
    for iid, label, target, vals in inds:
        fm.append(f"  - {{id: {iid}, label: '{label}', target: {target}, value: {vals[2025]}, previous: {vals[2024]}}}")
    with open(os.path.join(H, "content/actions", aid + ".md"), "w") as f:
        f.write("---\n" + "\n".join(fm) + "\n---\n" + narrative)

L = os.path.join(H, "layouts")
open(os.path.join(L, "_default/baseof.html"), "w").write(
    '<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>{{ .Title }}</title>'
    '<link rel="stylesheet" href="/style.css"></head><body><nav><a href="/">{{ site.Title }}</a></nav>'
    '<main>{{ block "main" . }}{{ end }}</main></body></html>\n')
open(os.path.join(L, "index.html"), "w").write(
    '{{ define "main" }}<h1>{{ site.Title }}</h1>{{ range where site.RegularPages "Section" "thematics" }}'
    '<h2>{{ .Title }}</h2><ul>{{ $t := .Params.thematic }}{{ range where (where site.RegularPages "Section" "actions") "Params.thematic" $t }}'
    '<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}{{ end }}\n')
open(os.path.join(L, "_default/single.html"), "w").write(
    '{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ $t := .Params.thematic }}{{ range where (where site.RegularPages "Section" "actions") "Params.thematic" $t }}'
    '<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}\n')
open(os.path.join(L, "_default/list.html"), "w").write('{{ define "main" }}<h1>{{ .Title }}</h1>{{ end }}\n')
open(os.path.join(L, "actions/single.html"), "w").write(
    '{{ define "main" }}<article><h1>{{ .Title }}</h1>'
    '{{ range $k := slice "actiondescription" "objectives" "means" "evaluation" "difficulties" "suggestions" }}'
    '<h2>{{ $k }}</h2><ul>{{ range index $.Params $k }}<li>{{ . | markdownify }}</li>{{ end }}</ul>{{ end }}'
    '<h2>Public</h2><p>{{ .Params.public | markdownify }}</p><h2>Repérage</h2><p>{{ .Params.identification | markdownify }}</p>'
    '<h2>Partenaires</h2><ul>{{ range .Params.partners }}<li>{{ (index site.Data.partners .).name }}</li>{{ end }}</ul>'
    '<h2>Indicateurs</h2><table><tr><th>Indicateur</th><th>Valeur</th><th>Cible</th><th>Réalisation</th></tr>'
    '{{ range .Params.indicators }}<tr><td>{{ .label }}</td><td>{{ .value }}</td><td>{{ .target }}</td>'
    '<td>{{ div (mul .value 100) .target }} %</td></tr>{{ end }}</table>'
    '<h2>Bilan</h2>{{ .Content }}</article>{{ end }}\n')
print(f"{n} actions, {n * k} indicators, {np_} partners in {out}")
