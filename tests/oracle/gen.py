#!/usr/bin/env python3
"""gen.py SEED OUT: write a random but valid content folder (docs/format.md
section 1) into OUT, aimed at the edge cases of the metrics (section 2).

Every id, reference and string is written as a double-quoted YAML scalar;
numbers are written as plain YAML integers or decimals (at most 2 decimals
for amounts, at most 6 for indicator values). The same SEED always gives the
same folder.
"""

import json
from decimal import Decimal
import os
import random
import sys

KINDS = ["commune", "intercommunalite", "departement", "region",
         "etat", "police", "gendarmerie", "justice", "education",
         "association", "prevention-specialisee", "mediation-sociale",
         "centre-social", "paej", "mission-locale",
         "bailleur-social", "transport", "sante", "gip", "entreprise", "autre"]
STATUSES = ["prevue", "en-cours", "terminee", "suspendue"]

# ids chosen to stress the byte order of sorting ('-' < '0' < 'a') and
# YAML's implicit typing (they are always quoted).
TRICKY_IDS = ["a", "a-b", "a0", "ab", "a-a", "aa", "b", "0", "1", "1-0", "10",
              "2", "z9", "a-b-c", "a-bc", "ab-c", "null", "true", "yes", "no",
              "on", "off", "nan", "inf", "y", "n", "1e3", "0x10", "010", "x",
              "x-1", "x-10", "x-2", "x1", "m" * 64, "m" * 63, "m" * 62 + "-n"]
WORDS = ["mediation", "prevention", "quartier", "jeunes", "ecole", "bus",
         "tilleuls", "centre", "sport", "nuit", "parents", "justice", "sante",
         "logement", "ete", "2024", "x", "a"]

LABELS = [
    "Conflits résolus",
    "Interventions, par lieu",
    'Le "point écoute" (PAEJ)',
    "Taux d’occupation",
    "Plain label",
    "=SUM(1+1)",
    "-moins, +plus",
    "@cmd",
    "Jeunes suivis; orientés",
    "  espaces  ",
    "Quote \" and, comma",
    "Élèves exclus (collèges)",
    "Ligne\nsuivante",
    "Tab\there",
    "€ et %",
    "#1 priorité",
    "'single' quotes",
    "Back\\slash \\n not a newline",
    "Ctrl \u0001\u001f\u007f chars",
    "Line sep \u2028 and emoji \U0001F600",
    "Carriage\r\nreturn",
    "=1+2",
]
UNITS = [None, None, "conflits", "%", "médiateurs", "mises en relation",
         "jours, nuits", 'u"nit', "€"]
BD_LABELS = ["Quartier des Tilleuls", "Centre-ville", "Transports (bus, gare)",
             "Abords des écoles", "Équipements", "1", "true", "null", "A, B",
             'Dit "Le Parc"', "zzz", "aaa", "Zone 10", "Zone 2", "é"]


def q(s):
    """A double-quoted YAML scalar (JSON strings are valid YAML)."""
    out = json.dumps(s, ensure_ascii=False)
    # characters YAML reads as line breaks or refuses raw: escape them
    for c in "\x7f\x85\u2028\u2029\ufeff":
        out = out.replace(c, "\\u%04x" % ord(c))
    return out


PLAIN_UNSAFE = {"null", "true", "false", "yes", "no", "on", "off", "y", "n"}


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.seed = seed

    def ref(self, s):
        """An id, sometimes as a plain scalar when it is a string in YAML."""
        if s[0].isalpha() and s not in PLAIN_UNSAFE and self.r.random() < 0.5:
            return s
        return q(s)

    def chance(self, p):
        return self.r.random() < p

    def make_id(self, used):
        r = self.r
        for _ in range(1000):
            if r.random() < 0.45:
                cand = r.choice(TRICKY_IDS)
            else:
                n = r.randint(1, 3)
                cand = "-".join(r.choice(WORDS) for _ in range(n))
                if r.random() < 0.2:
                    cand += "-" + str(r.randint(0, 20))
            if cand not in used:
                used.add(cand)
                return cand
        raise RuntimeError("no id left")

    def text(self):
        r = self.r
        if r.random() < 0.3:
            return [("Point %d de la liste." % i) for i in range(r.randint(1, 3))]
        return r.choice(["Une action de prévention.", "Texte **gras** et *italique*.",
                         "Médiation sociale : lien, écoute.", "Ligne unique"])

    def amount(self):
        r = self.r
        k = r.random()
        if k < 0.15:
            return r.choice(["0", "0.0", "0.00"])
        if k < 0.35:
            return r.choice(["0.10", "0.20", "0.1", "0.2", "0.30", "0.01", "0.05",
                             "0.99", "1.10", "2.20", "3.30"])
        if k < 0.55:
            return "%d.%02d" % (r.randint(0, 99999), r.randint(0, 99))
        if k < 0.65:
            return "%d.%d" % (r.randint(0, 50000), r.randint(0, 9))
        if k < 0.72:
            return "%d.0" % r.randint(0, 50000)
        if k < 0.75:
            return "%d.%02d" % (r.randint(1000000, 99999999), r.randint(0, 99))
        return str(r.choice([r.randint(0, 100), r.randint(100, 100000), 15000, 20000]))

    def value(self, scale=None):
        """An indicator value >= 0 with at most 6 decimals, as text."""
        r = self.r
        k = r.random()
        if scale is None:
            scale = r.choice([1, 10, 100, 1000, 100000, 999999999])
        if k < 0.12:
            return r.choice(["0", "0.0"])
        if k < 0.3:
            return r.choice(["12.5", "0.333333", "0.666667", "0.1", "0.2", "0.3",
                             "1.000001", "0.000001", "99.999999", "2.25", "0.5",
                             "7.125", "1.10", "100.000000"])
        if k < 0.45:
            return "%d.%06d" % (r.randint(0, scale), r.randint(0, 999999))
        if k < 0.55:
            return "%d.%d" % (r.randint(0, scale), r.randint(0, 9))
        return str(r.randint(0, scale))

    def write(self, out):
        r = self.r
        os.makedirs(out, exist_ok=True)
        for d in ("partners", "actions", "indicators"):
            os.makedirs(os.path.join(out, d), exist_ok=True)

        Y = r.choice([2000, 2100, 2001, 2099] + [r.randint(2000, 2100)] * 2 + [2025] * 4)
        self.Y = Y
        years_near = [y for y in range(Y - 3, Y + 2) if 2000 <= y <= 2100]

        # ---- partners
        pused = set()
        npart = r.choice([0, 1, 2, 3, 5, 8, 12, 15]) if self.seed % 7 else r.randint(1, 3)
        partners = [self.make_id(pused) for _ in range(npart)]
        kinds = list(KINDS)
        r.shuffle(kinds)
        for i, pid in enumerate(partners):
            kind = kinds[i % len(kinds)] if r.random() < 0.7 else r.choice(KINDS)
            lines = ["name: %s" % q(r.choice(["Partenaire %s", "Le \"%s\" \\ co", "%s, é\u0002"]) % pid.upper()),
                     "kind: %s" % q(kind) if r.random() < 0.5 else "kind: %s" % kind]
            if self.chance(0.4):
                lines.append("short: %s" % q(pid[:6].upper()))
            if self.chance(0.3):
                lines.append("website: %s" % q("https://%s.example/" % pid))
            if self.chance(0.2):
                lines.append("email: %s" % q("contact@%s.example" % pid))
            if self.chance(0.2):
                lines.append("phone: \"01 02 03 04 05\"")
            if self.chance(0.2):
                lines.append("address: \"1 rue de la Paix\"")
            if self.chance(0.3):
                lines.append(self.text_key("description"))
            self.put(out, "partners/%s.yaml" % pid, lines)

        # ---- clspd.yaml
        tused = set()
        nth = r.choice([1, 1, 2, 3, 4, 5])
        thematics = [self.make_id(tused) for _ in range(nth)]
        lines = ["# generated by tests/oracle/gen.py %d" % self.seed,
                 "council: %s" % q("CLSPD « seed %d », test" % self.seed),
                 "territory: %s" % q("Commune de Test-%d" % self.seed),
                 "year: %d" % Y]
        if self.chance(0.5):
            lines.append("title: %s" % q("Bilan %d" % Y))
        if self.chance(0.5):
            lines.append("locale: %s" % r.choice(["fr", "en"]))
        if self.chance(0.3):
            lines.append("base_url: \"https://clspd.example/\"")
        if self.chance(0.3):
            lines += ["coordinator:", "  name: \"Camille\"",
                      "  email: \"c@example.org\"", "  phone: \"01 00 00 00 00\""]
        lines.append("thematics:")
        for tid in thematics:
            lines.append("  - id: %s" % self.ref(tid))
            lines.append("    title: %s" % q("Thématique %s" % tid))
            if self.chance(0.4):
                lines.append("    description: %s" % q("Description de %s" % tid))
            if partners and self.chance(0.6):
                grp = r.sample(partners, r.randint(0, len(partners)))
                if grp:
                    lines.append("    group:")
                    lines += ["      - %s" % self.ref(p) for p in grp]
                else:
                    lines.append("    group: []")
        self.put(out, "clspd.yaml", lines)

        # ---- actions
        aused = set()
        nact = r.choice([0, 1, 2, 3, 4, 6, 8, 10]) if self.seed % 11 else 0
        if self.seed % 5 == 1:
            nact = max(nact, 4)
        actions = [self.make_id(aused) for _ in range(nact)]
        order_pool = [r.randint(-3, 3) for _ in range(3)]
        for aid in actions:
            lines = ["title: %s" % q("Action %s" % aid),
                     "thematic: %s" % self.ref(r.choice(thematics))]
            if self.chance(0.75):
                lines.append("status: %s" % r.choice(STATUSES))
            if partners and self.chance(0.6):
                lines.append("pilot: %s" % self.ref(r.choice(partners)))
            if self.chance(0.3):
                s = r.randint(2000, 2100)
                lines += ["period:", "  start: %d" % s,
                          "  end: %d" % r.randint(s, 2100)]
            if self.chance(0.6):
                lines.append("order: %d" % r.choice(order_pool + [0, -1, 100, 1]))
            lines.append(self.text_key("description"))
            lines.append(self.text_key("objectives"))
            for k in ("public", "identification", "means", "evaluation",
                      "difficulties", "suggestions"):
                if self.chance(0.25):
                    lines.append(self.text_key(k))
            if partners and self.chance(0.6):
                ps = r.sample(partners, r.randint(0, len(partners)))
                if ps:
                    lines.append("partners:")
                    lines += ["  - %s" % self.ref(p) for p in ps]
                else:
                    lines.append("partners: []")
            if partners and self.chance(0.8):
                lines += self.funding(partners, years_near, Y)
            self.put(out, "actions/%s.yaml" % aid, lines)
            if self.chance(0.2):
                with open(os.path.join(out, "actions", aid + ".md"), "w",
                          encoding="utf-8") as f:
                    f.write("Récit de l’action **%s**.\n\n- un\n- deux\n" % aid)

        # ---- indicators
        if actions:
            iused = set()
            nind = r.choice([0, 1, 3, 5, 8, 12, 16, 20, 30])
            orders = [r.randint(-2, 2) for _ in range(2)]
            # leave some actions without an indicator
            hosts = r.sample(actions, max(1, (len(actions) * 3) // 4))
            for _ in range(nind):
                iid = self.make_id(iused)
                self.put(out, "indicators/%s.yaml" % iid,
                         self.indicator(r.choice(hosts), Y, years_near, orders))

        self.dot_files(out, partners, thematics, actions)
        for d in ("partners", "actions", "indicators"):   # an empty folder
            p = os.path.join(out, d)                      # may be left out
            if not os.listdir(p) and self.chance(0.5):
                os.rmdir(p)

        # ---- pages and charter (do not affect the metrics)
        if self.chance(0.4):
            os.makedirs(os.path.join(out, "pages"), exist_ok=True)
            for i in range(r.randint(1, 3)):
                fm = ["---", "title: %s" % q("Page %d" % i)]
                if self.chance(0.5):
                    fm.append("order: %d" % r.randint(-2, 2))
                fm += ["---", "", "Texte de la page %d." % i, ""]
                with open(os.path.join(out, "pages", "page-%d.md" % i), "w",
                          encoding="utf-8") as f:
                    f.write("\n".join(fm))
        if self.chance(0.3):
            fm = ["---", "title: \"Charte\""]
            if self.chance(0.5):
                fm.append("subtitle: \"Sous-titre\"")
            if self.chance(0.5):
                fm.append("adopted: 2024-03-01")
            if self.chance(0.5):
                fm.append("version: \"1.0\"")
            if partners and self.chance(0.5):
                fm.append("signatories:")
                fm += ["  - %s" % q(p) for p in r.sample(partners, r.randint(1, len(partners)))]
            fm += ["---", "", "## Chapitre un", "", "Texte.", "",
                   "## Chapitre deux", "", "Encore.", ""]
            with open(os.path.join(out, "charter.md"), "w", encoding="utf-8") as f:
                f.write("\n".join(fm))

    def text_key(self, key):
        t = self.text()
        if isinstance(t, list):
            return "%s:\n%s" % (key, "\n".join("  - %s" % q(s) for s in t))
        return "%s: %s" % (key, q(t))

    def funding(self, partners, years_near, Y):
        r = self.r
        if self.chance(0.08):
            return ["funding: {}"]
        lines = ["funding:"]
        years = [y for y in years_near if self.chance(0.6)]
        if Y in years_near and Y not in years and self.chance(0.5):
            years.append(Y)
        if not years:
            return ["funding: {}"]
        r.shuffle(years)
        for y in years:
            n = r.choice([0, 1, 2, 3, 4, 6])
            if n == 0:
                lines.append("  %d: []" % y)
                continue
            lines.append("  %d:" % y)
            last = None
            for _ in range(n):
                f = last if (last and self.chance(0.25)) else r.choice(partners)
                last = f
                keys = [("funder", self.ref(f))]
                if self.chance(0.8):
                    keys.append(("amount", self.amount()))
                if self.chance(0.3):
                    keys.append(("note", q("Note, « %s »" % f)))
                if self.chance(0.2):
                    r.shuffle(keys)
                if self.chance(0.15):
                    lines.append("    - {%s}" % ", ".join("%s: %s" % k for k in keys))
                else:
                    lines.append("    - %s: %s" % keys[0])
                    lines += ["      %s: %s" % k for k in keys[1:]]
        return lines

    def indicator(self, action, Y, years_near, orders):
        r = self.r
        lines = ["action: %s" % self.ref(action), "label: %s" % q(r.choice(LABELS))]
        unit = r.choice(UNITS)
        if unit is not None:
            lines.append("unit: %s" % q(unit))
        d = r.random()
        if d < 0.35:
            lines.append("direction: decrease")
        elif d < 0.6:
            lines.append("direction: increase")
        scale = r.choice([1, 10, 100, 1000, 1000, 999999999])

        # values
        vals = {}
        mode = r.random()
        if mode < 0.1:
            lines.append("values: {}")
        else:
            for y in years_near:
                if self.chance(0.65):
                    vals[y] = self.value(scale)
            if Y in years_near and self.chance(0.5):
                vals[Y] = self.value(scale)
            if Y - 1 in vals and self.chance(0.15):
                vals[Y - 1] = "0"
            if not vals:
                lines.append("values: {}")
            else:
                ys = list(vals)
                if self.chance(0.3):
                    r.shuffle(ys)
                if self.chance(0.2):
                    lines.append("values: {%s}" % ", ".join(
                        "%d: %s" % (y, vals[y]) for y in ys))
                else:
                    lines.append("values:  # by year")
                    lines += ["  %d: %s" % (y, vals[y]) for y in ys]

        # target
        target_y = None
        t = r.random()
        if t < 0.15:
            pass
        elif t < 0.5:
            target_y = self.target_for(vals.get(Y), scale)
            lines.append("target: %s" % target_y)
        else:
            ty = [y for y in years_near if self.chance(0.5)]
            if self.chance(0.6) and Y not in ty and Y in years_near:
                ty.append(Y)
            if not ty:
                lines.append("target: {}")
            else:
                lines.append("target:")
                for y in ty:
                    if y == Y:
                        v = self.target_for(vals.get(Y), scale)
                    else:
                        v = self.value(scale)
                    if y == Y:
                        target_y = v
                    lines.append("  %d: %s" % (y, v))

        # baseline (sometimes equal to the target for Y: progress is null)
        if self.chance(0.55):
            bv = self.value(scale)
            if target_y is not None and self.chance(0.25):
                bv = target_y
            elif self.chance(0.05):
                bv = r.choice(["-3.5", "-1"])
            lines += ["baseline:", "  year: %d" % r.choice(years_near),
                      "  value: %s" % bv]

        # breakdown
        if self.chance(0.45):
            byears = [y for y in years_near if self.chance(0.4)]
            if self.chance(0.5) and Y in years_near and Y not in byears:
                byears.append(Y)
            if not byears or self.chance(0.05):
                lines.append("breakdown: {}")
            else:
                lines.append("breakdown:")
                for y in byears:
                    n = r.choice([0, 1, 2, 3, 4, 5]) if self.chance(0.9) else 1
                    if n == 0:
                        lines.append("  %d: {}" % y)
                        continue
                    labels = r.sample(BD_LABELS, n)
                    kind = r.random()
                    entries = []
                    for lab in labels:
                        if kind < 0.15:
                            v = "0"                         # zero total
                        elif kind < 0.35:
                            v = r.choice(["5", "5.0", "5.000000"])  # ties
                        else:
                            v = self.value(scale)
                        entries.append((q(lab), v))
                    if self.chance(0.2):
                        lines.append("  %d: {%s}" % (y, ", ".join(
                            "%s: %s" % e for e in entries)))
                    else:
                        lines.append("  %d:" % y)
                        lines += ["    %s: %s" % e for e in entries]

        if self.chance(0.3):
            lines.append("source: %s" % q("Source, « données »"))
        if self.chance(0.6):
            lines.append("order: %d" % r.choice(orders + [0, -5, 7]))
        return lines

    def target_for(self, value, scale):
        """A target for Y, often near the value (attainment around 0.8)."""
        r = self.r
        k = r.random()
        if k < 0.03:
            return r.choice(["-5", "-0.5", "-1000"])    # a number, not >= 0
        if value is None or k < 0.3:
            return self.value(scale)
        if k < 0.45:
            return value                                # target == value
        if k < 0.55:
            return r.choice(["0", "5", "4", "4.000001", "3.999999", "6.25"])
        v = Decimal(value)
        f = Decimal(r.choice(["0.8", "1.25", "0.79", "0.81", "1.2", "1.3",
                              "0.75", "1.1", "0.9", "0.5", "2"]))
        if not v:
            return r.choice(["0", "1"])
        t = format((v * f).quantize(Decimal("0.000001")), "f")
        return t.rstrip("0").rstrip(".") if "." in t else t

    def put(self, out, rel, lines):
        eol = "\r\n" if self.r.random() < 0.1 else "\n"
        with open(os.path.join(out, rel), "w", encoding="utf-8", newline="") as f:
            f.write(eol.join(lines) + eol)

    def dot_files(self, out, partners, thematics, actions):
        """Editor files: ignored by clspd, though they would change the
        figures if they were read."""
        r = self.r
        if partners and self.chance(0.5):
            self.put(out, "partners/.ghost.yaml",
                     ["name: \"Ghost\"", "kind: etat"])
        if self.chance(0.5):
            self.put(out, "actions/.draft.yaml",
                     ["title: \"Draft\"", "thematic: %s" % q(thematics[0]),
                      "description: \"d\"", "objectives: \"o\"",
                      "funding:", "  %d:" % self.Y] +
                     (["    - funder: %s" % q(partners[0]), "      amount: 1000"]
                      if partners else ["    []"]))
        if actions and self.chance(0.5):
            self.put(out, "indicators/.old.yaml",
                     ["action: %s" % q(actions[0]), "label: \"Old\"",
                      "values:", "  %d: 1" % self.Y])
        if self.chance(0.3):
            with open(os.path.join(out, "indicators", ".swp"), "wb") as f:
                f.write(b"\x00\xff not yaml")


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: gen.py SEED OUT")
    Gen(int(sys.argv[1])).write(sys.argv[2])


if __name__ == "__main__":
    main()
