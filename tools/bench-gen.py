#!/usr/bin/env python3
"""Writes a synthetic CLSPD content folder for the benchmark (make bench).

Usage: bench-gen.py OUT N [K]

OUT receives a content folder in the project's format (docs/format.md):
clspd.yaml (year 2025, 5 thematics with their groups), 40 partners of every
kind, N actions with every column of the action sheet filled, funding for
2024 and 2025 (several funders, amounts with cents), K indicators per action
(default 3) with values for 2023-2025, targets, breakdowns whose totals
equal the values and some `direction: decrease`, a ~300-word Markdown
narrative per action, 2 pages and a charter. Every key is valid and every
reference exists, so the content builds without an error or a warning.

Deterministic (fixed seed): the same N and K give the same bytes. Python 3
standard library only; 10,000 actions take a few seconds.
"""
import os
import random
import sys

YEAR = 2025
YEARS = (2023, 2024, 2025)
SEED = 20250101

WORDS = """
médiation prévention jeunes quartier partenaires espace public conflit lien
social insertion accompagnement tranquillité victimes récidive éducateurs
bailleur transports écoute familles parentalité santé décrochage scolaire
chantier éducatif citoyenneté habitants institutions présence humaine
tensions cohésion repérage orientation soutien proximité sécurité commune
rencontre dialogue ateliers permanence maraude collège lycée parents
associations réseau coordination diagnostic suivi situations individuelles
confiance respect règles vivre-ensemble nuisances incivilités halls cours
gare bus soirée été vacances sport culture numérique harcèlement addictions
violences intrafamiliales accueil hébergement emploi formation stage
mobilité justice réparation travail intérêt général mesure alternative
""".split()
LINKERS = "et avec pour dans auprès des par sur entre vers".split()

KIND_NAMES = {
    "commune": "Ville de Synthèse-sur-Mer",
    "intercommunalite": "Communauté d’agglomération du Val Synthétique",
    "departement": "Conseil départemental",
    "region": "Conseil régional",
    "etat": "Préfecture",
    "police": "Police nationale, commissariat",
    "gendarmerie": "Gendarmerie, brigade territoriale",
    "justice": "Parquet du tribunal judiciaire",
    "education": "Éducation nationale, collège",
    "association": "Association",
    "prevention-specialisee": "Club de prévention spécialisée",
    "mediation-sociale": "Association de médiation sociale",
    "centre-social": "Centre social",
    "paej": "Point accueil écoute jeunes",
    "mission-locale": "Mission locale",
    "bailleur-social": "Office public de l’habitat",
    "transport": "Réseau de transport urbain",
    "sante": "Centre hospitalier, maison des adolescents",
    "gip": "GIP réussite éducative",
    "entreprise": "Entreprise de sécurité privée",
    "autre": "Conseil citoyen",
}
# 40 partners: every kind once, then more of the usual ones.
EXTRA_KINDS = ("association association association mediation-sociale "
               "centre-social centre-social etat etat commune education "
               "education bailleur-social bailleur-social police "
               "prevention-specialisee sante justice association "
               "intercommunalite").split()
FUNDER_KINDS = {"commune", "intercommunalite", "departement", "region",
                "etat", "bailleur-social", "gip", "transport", "entreprise"}
PLACES = ["Quartier des Tilleuls", "Centre-ville", "Transports (bus, gare)",
          "Abords des établissements scolaires",
          "Équipements (centre social, médiathèque)", "Quartier du Port",
          "Zone commerciale"]
THEMATICS = [
    ("basculement-delinquance-recidive",
     "Lutter contre le basculement dans la délinquance et la récidive"),
    ("tranquillite-publique", "Améliorer la tranquillité publique"),
    ("violences-intrafamiliales",
     "Prévenir les violences intrafamiliales et aider les victimes"),
    ("jeunesse-parentalite", "Accompagner la jeunesse et la parentalité"),
    ("securite-transports", "Sécuriser les transports et l’espace public"),
]
UNITS = ["personnes", "interventions", "jeunes", "familles", "ateliers",
         "signalements", "médiateurs", "conflits", "heures", "structures"]

rnd = random.Random(SEED)
words = WORDS + LINKERS


def sentence(a=8, b=16, mark=False):
    w = rnd.choices(words, k=rnd.randint(a, b))
    w[0] = w[0][0].upper() + w[0][1:]
    if mark:
        i = rnd.randrange(len(w) - 1)
        if rnd.random() < 0.5:
            w[i] = "**" + w[i] + " " + w[i + 1] + "**"
            del w[i + 1]
        else:
            w[i] = f"[{w[i]}](https://ressources.synthese.example/{w[i + 1]})"
    return " ".join(w) + "."


def paragraph(n, mark=True):
    return " ".join(sentence(mark=mark and rnd.random() < 0.3)
                    for _ in range(n))


def q(s):
    """A double-quoted YAML scalar."""
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def text(lines, key, n, single=False):
    """A text column: a string or a list of strings."""
    if single or n == 1:
        lines.append(f"{key}: {q(paragraph(n))}")
    else:
        lines.append(f"{key}:")
        lines.extend(f"  - {q(sentence(5, 14, rnd.random() < 0.2))}"
                     for _ in range(n))


def amount(lo, hi):
    return f"{rnd.randint(lo, hi) * 10}.{rnd.randrange(100):02d}"


def write(path, data):
    with open(path, "w", encoding="utf-8") as f:
        f.write(data)


def partners():
    kinds = list(KIND_NAMES) + EXTRA_KINDS
    out = []
    for i, kind in enumerate(kinds):
        pid = f"{kind}-{i + 1:02d}"
        name = f"{KIND_NAMES[kind]} n° {i + 1}"
        lines = [f"name: {q(name)}", f"kind: {kind}"]
        if i % 3 == 0:
            lines.append(f"short: {q(kind[:4].upper() + str(i + 1))}")
        if i % 2 == 0:
            lines.append(f"website: {q(f'https://{pid}.synthese.example/')}")
            lines.append(f"email: {q(f'contact@{pid}.synthese.example')}")
            lines.append(f"phone: {q(f'01 99 00 {i:02d} {i * 7 % 100:02d}')}")
            lines.append(f"address: {q(f'{i + 1} rue de la Synthèse, 99000 Synthèse-sur-Mer')}")
        lines.append(f"description: {q(paragraph(2))}")
        out.append((pid, kind, "\n".join(lines) + "\n"))
    return out


def indicator(aid, j, k):
    kind = rnd.random()
    decrease = kind < 0.25
    percent = 0.25 <= kind < 0.35
    breakdown = not percent and rnd.random() < 0.35
    lines = [f"action: {aid}"]
    if percent:
        label = "Taux de " + " ".join(rnd.choices(WORDS, k=3))
        unit = "%"
        vals = {y: round(rnd.uniform(30, 95), 1) for y in YEARS}
    else:
        label = ("Nombre : " if not decrease else "Signalements : ") + \
            " ".join(rnd.choices(WORDS, k=rnd.randint(2, 5)))
        unit = rnd.choice(UNITS)
        base = rnd.randint(20, 1500)
        step = -1 if decrease else 1
        vals = {y: max(0, int(base * (1 + step * 0.08 * n + rnd.uniform(-0.1, 0.1))))
                for n, y in enumerate(YEARS)}
    fmt = (lambda v: f"{v:.1f}") if percent else str
    lines.append(f"label: {q(label)}")
    lines.append(f"unit: {q(unit)}")
    if decrease:
        lines.append("direction: decrease")
    elif rnd.random() < 0.3:
        lines.append("direction: increase")
    lines.append(f"baseline:\n  year: 2023\n  value: {fmt(vals[2023])}")

    def goal(y):
        v = vals[y] * rnd.uniform(0.85, 1.5)
        return f"{v:.1f}" if percent else str(max(1, round(v)))
    r = rnd.random()
    if r < 0.45:
        lines.append(f"target: {goal(YEAR)}")
    elif r < 0.95:
        lines.append(f"target:\n  2024: {goal(2024)}\n  2025: {goal(2025)}")
    lines.append("values:")
    lines.extend(f"  {y}: {fmt(vals[y])}" for y in YEARS)
    if breakdown:
        places = rnd.sample(PLACES, rnd.randint(3, 5))
        weights = [rnd.uniform(1, 4) for _ in places]
        lines.append("breakdown:")
        for y in YEARS:
            total = vals[y]
            w = [x * rnd.uniform(0.8, 1.2) for x in weights]
            parts = [int(total * x / sum(w)) for x in w[1:]]
            parts.insert(0, total - sum(parts))
            lines.append(f"  {y}:")
            lines.extend(f"    {q(p)}: {v}" for p, v in zip(places, parts))
    lines.append(f"source: {q(sentence(6, 12))}")
    if rnd.random() < 0.7:
        lines.append(f"order: {j + 1}")
    return "\n".join(lines) + "\n"


def narrative():
    items = "\n".join(f"- **{rnd.choice(WORDS).capitalize()}** : {sentence(6, 12)}"
                      for _ in range(rnd.randint(3, 4)))
    steps = "\n".join(f"{n}. {sentence(6, 10)}" for n in range(1, 4))
    link = f"[le diagnostic local](https://clspd.synthese.example/diagnostic-{rnd.randint(1, 99)})"
    return (f"## Bilan de l’année {YEAR}\n\n{paragraph(6)}\n\n{paragraph(4)}\n\n"
            f"### Ce qui a fonctionné\n\n{items}\n\n"
            f"### Difficultés\n\n{paragraph(3)} Voir {link}.\n\n"
            f"## Perspectives {YEAR + 1}\n\n{steps}\n\n{paragraph(3)}\n")


def action(aid, thematic, order, pids, funders):
    lines = [f"title: {q(sentence(3, 7)[:-1])}", f"thematic: {thematic}"]
    lines.append("status: " + rnd.choices(
        ["en-cours", "terminee", "prevue", "suspendue"], [60, 15, 15, 10])[0])
    parts = rnd.sample(pids, rnd.randint(3, 8))
    lines.append(f"pilot: {parts[0]}")
    start = rnd.randint(2021, 2025)
    lines.append(f"period:\n  start: {start}\n  end: {start + rnd.randint(0, 3)}")
    if order is not None:
        lines.append(f"order: {order}")
    text(lines, "description", rnd.randint(2, 4))
    text(lines, "objectives", rnd.randint(2, 4))
    text(lines, "public", 2, single=True)
    text(lines, "identification", 1)
    text(lines, "means", rnd.randint(2, 3))
    lines.append("partners:")
    lines.extend(f"  - {p}" for p in parts[1:])
    lines.append("funding:")
    for y in (2024, 2025):
        lines.append(f"  {y}:")
        for f in rnd.sample(funders, rnd.randint(2, 5)):
            lines.append(f"    - funder: {f}\n      amount: {amount(50, 4000)}")
            if rnd.random() < 0.3:
                lines.append(f"      note: {q(sentence(4, 8))}")
    text(lines, "evaluation", rnd.randint(2, 4))
    text(lines, "difficulties", rnd.randint(1, 3))
    text(lines, "suggestions", rnd.randint(1, 3))
    return "\n".join(lines) + "\n"


def main():
    if len(sys.argv) not in (3, 4):
        sys.exit("usage: bench-gen.py OUT N [K]")
    out, n = sys.argv[1], int(sys.argv[2])
    k = int(sys.argv[3]) if len(sys.argv) == 4 else 3
    for d in ("partners", "actions", "indicators", "pages"):
        os.makedirs(os.path.join(out, d), exist_ok=True)

    plist = partners()
    pids = [p for p, _, _ in plist]
    funders = [p for p, kind, _ in plist if kind in FUNDER_KINDS]
    for pid, _, data in plist:
        write(os.path.join(out, "partners", pid + ".yaml"), data)

    cfg = ["# Synthetic content written by tools/bench-gen.py",
           f"council: {q('CLSPD de Synthèse-sur-Mer')}",
           f"territory: {q('Commune de Synthèse-sur-Mer')}",
           f"year: {YEAR}",
           f"title: {q(f'Bilan annuel {YEAR} du CLSPD de Synthèse-sur-Mer')}",
           "locale: fr",
           f"base_url: {q('https://clspd.synthese.example/')}",
           "coordinator:",
           f"  name: {q('Dominique Martin')}",
           f"  email: {q('coordination@synthese.example')}",
           f"  phone: {q('01 99 00 00 00')}",
           "thematics:"]
    for tid, title in THEMATICS:
        cfg.append(f"  - id: {tid}\n    title: {q(title)}")
        cfg.append(f"    description: {q(paragraph(2))}")
        cfg.append("    group:")
        cfg.extend(f"      - {p}" for p in sorted(rnd.sample(pids, rnd.randint(5, 10))))
    write(os.path.join(out, "clspd.yaml"), "\n".join(cfg) + "\n")

    for i, (pid, title) in enumerate((("introduction", "Introduction"),
                                      ("methodologie", "Méthodologie de l’évaluation"))):
        body = (f"---\ntitle: {q(title)}\norder: {i + 1}\n---\n\n{paragraph(5)}\n\n"
                f"## {sentence(3, 5)[:-1]}\n\n- {sentence()}\n- {sentence()}\n\n"
                f"{paragraph(4)}\n")
        write(os.path.join(out, "pages", pid + ".md"), body)

    chapters = "".join(f"\n## {sentence(2, 4)[:-1]}\n\n{paragraph(4)}\n"
                       for _ in range(4))
    signatories = "".join(f"  - {p}\n" for p in sorted(rnd.sample(pids, 12)))
    write(os.path.join(out, "charter.md"),
          f"---\ntitle: {q('Livret de bonne conduite au sein de l’espace public')}\n"
          f"subtitle: {q('Écrit ensemble par les habitants et les institutions')}\n"
          f"adopted: {YEAR}-11-18\nversion: {q('1.0')}\nsignatories:\n{signatories}"
          f"---\n{chapters}")

    adir = os.path.join(out, "actions")
    idir = os.path.join(out, "indicators")
    for i in range(n):
        aid = f"action-{i + 1:05d}"
        tid = THEMATICS[i % len(THEMATICS)][0]
        order = i // len(THEMATICS) + 1 if rnd.random() < 0.8 else None
        write(os.path.join(adir, aid + ".yaml"), action(aid, tid, order, pids, funders))
        write(os.path.join(adir, aid + ".md"), narrative())
        for j in range(k):
            write(os.path.join(idir, f"{aid}-i{j + 1}.yaml"), indicator(aid, j, k))
    print(f"bench-gen: {n} actions, {n * k} indicators, {len(pids)} partners in {out}")


if __name__ == "__main__":
    main()
