#!/usr/bin/env python3
"""Independent oracle for clspd's open data (docs/format.md sections 1-3).

Written from docs/format.md only, without reading the generator's sources.

  metrics.py CONTENT                 print the expected metrics.json
  metrics.py --csv CONTENT           print the expected indicators.csv
  metrics.py --check CONTENT OUT     compare OUT/site/data/{metrics.json,
                                     indicators.csv} with the expectation;
                                     print every difference, exit 1 if any

Numbers: amounts and indicator values are read as exact decimals (the YAML
scalar's text, never a binary float) and summed exactly. Every ratio is a
single correctly rounded division of exact operands:
float(Fraction(a) / Fraction(b)). attainment_mean is the float mean of
min(attainment, 1), compared with a relative tolerance.

Comparison: JSON objects must have exactly the expected keys in the expected
order; exact figures (amounts, values, totals, counts) must parse to the same
double as the exact decimal; ratios are compared with a 1e-12 relative
tolerance; null only equals null; 15000 and 15000.0 are equal. The CSV is
compared byte for byte.
"""

import json
import math
import os
import sys
from decimal import Decimal
from fractions import Fraction

import yaml

# --------------------------------------------------------------------------
# Loading (section 1)

class _Loader(yaml.SafeLoader):
    pass


def _construct_decimal(loader, node):
    text = loader.construct_scalar(node).replace("_", "")
    return Decimal(text)


_Loader.add_constructor("tag:yaml.org,2002:float", _construct_decimal)


def _load_yaml(path):
    with open(path, "rb") as f:
        data = f.read()
    return yaml.load(data.decode("utf-8"), Loader=_Loader)


def _num(x):
    """An exact Decimal from a YAML number (int or Decimal)."""
    if isinstance(x, bool):
        raise TypeError("boolean where a number is expected")
    if isinstance(x, int):
        return Decimal(x)
    if isinstance(x, Decimal):
        return x
    raise TypeError("not a number: %r" % (x,))


def _records(folder):
    out = {}
    if not os.path.isdir(folder):
        return out
    for name in sorted(os.listdir(folder)):
        if name.startswith("."):
            continue
        if not name.endswith(".yaml"):
            continue
        rid = name[: -len(".yaml")]
        out[rid] = _load_yaml(os.path.join(folder, name)) or {}
    return out


KIND_FAMILY = {}
for _fam, _kinds in (
    ("collectivites", ["commune", "intercommunalite", "departement", "region"]),
    ("etat", ["etat", "police", "gendarmerie", "justice", "education"]),
    ("associations", ["association", "prevention-specialisee", "mediation-sociale",
                      "centre-social", "paej", "mission-locale"]),
    ("autres", ["bailleur-social", "transport", "sante", "gip", "entreprise", "autre"]),
):
    for _k in _kinds:
        KIND_FAMILY[_k] = _fam
FAMILIES = ["collectivites", "etat", "associations", "autres"]
ACTION_STATUSES = ["prevue", "en-cours", "terminee", "suspendue"]
INDICATOR_STATUSES = ["no-data", "no-target", "achieved", "close", "behind"]


def load(content):
    council = _load_yaml(os.path.join(content, "clspd.yaml"))
    partners = _records(os.path.join(content, "partners"))
    actions = _records(os.path.join(content, "actions"))
    indicators = _records(os.path.join(content, "indicators"))
    return council, partners, actions, indicators


# --------------------------------------------------------------------------
# Metrics (section 2)

def ratio(a, b):
    """a / b as the correctly rounded double of the exact quotient."""
    return float(Fraction(a) / Fraction(b))


def _order_key(rec, rid):
    order = rec.get("order")
    if order is None:
        return (1, 0, rid)
    return (0, int(order), rid)


def _year_map(m):
    """A YAML map year -> x with int keys."""
    if not m:
        return {}
    return {int(k): v for k, v in m.items()}


def source_of(content):
    """The git stamp of CONTENT, asked of the git command (clspd reads it
    with libgit2): HEAD's id and committer date, whether a file below
    CONTENT differs from HEAD (ignored files left out); None outside git."""
    import subprocess

    def git(*args):
        r = subprocess.run(["git", "-C", content] + list(args),
                           capture_output=True, text=True)
        return r.stdout.strip() if r.returncode == 0 else None

    if git("rev-parse", "--is-inside-work-tree") != "true":
        return None
    commit = git("rev-parse", "--verify", "-q", "HEAD")
    if not commit:
        return None
    status = git("status", "--porcelain", "--untracked-files=all",
                 "--ignore-submodules", "--", ".")
    return {"commit": commit,
            "date": git("log", "-1", "--format=%cI", "HEAD"),
            "modified": bool(status)}


def compute(content):
    council, partners, actions, indicators = load(content)
    Y = int(council["year"])
    thematics = council["thematics"]
    th_index = {t["id"]: i for i, t in enumerate(thematics)}

    # ---- orders
    action_ids = sorted(
        actions,
        key=lambda a: (th_index[actions[a]["thematic"]],) + _order_key(actions[a], a))
    action_place = {a: i for i, a in enumerate(action_ids)}
    indicator_ids = sorted(
        indicators,
        key=lambda i: (action_place[indicators[i]["action"]],)
        + _order_key(indicators[i], i))
    partner_ids = sorted(partners)

    # ---- indicators
    ind_out = []
    csv_rows = []
    att_of = {}
    status_count = {s: 0 for s in INDICATOR_STATUSES}
    for iid in indicator_ids:
        rec = indicators[iid]
        values = {y: _num(v) for y, v in _year_map(rec.get("values")).items()}
        direction = rec.get("direction") or "increase"
        tgt = rec.get("target")
        if isinstance(tgt, dict):
            targets = {y: _num(v) for y, v in _year_map(tgt).items()}
        elif tgt is None:
            targets = {}
        else:
            targets = {Y: _num(tgt)}
        value = values.get(Y)
        previous = values.get(Y - 1)
        target = targets.get(Y)

        evolution = None
        if value is not None and previous is not None and previous != 0:
            evolution = ratio(value - previous, previous)

        attainment = None
        if value is not None and target is not None:
            if direction == "increase":
                if target > 0:
                    attainment = ratio(value, target)
            else:
                if value > 0:
                    attainment = ratio(target, value)

        progress = None
        baseline = rec.get("baseline")
        bval = None
        if isinstance(baseline, dict) and baseline.get("value") is not None:
            bval = _num(baseline["value"])
        if value is not None and target is not None and bval is not None \
                and target != bval:
            progress = ratio(value - bval, target - bval)

        if value is None:
            status = "no-data"
        elif target is None:
            status = "no-target"
        elif (value >= target if direction == "increase" else value <= target):
            status = "achieved"
        elif attainment is not None and attainment >= 0.8:
            status = "close"
        else:
            status = "behind"
        status_count[status] += 1

        bd_all = _year_map(rec.get("breakdown"))
        bd_y = bd_all.get(Y) or {}
        bd_items = [(str(lbl), _num(v)) for lbl, v in bd_y.items()]
        bd_total = sum((v for _, v in bd_items), Decimal(0))
        breakdown = []
        priority = None
        best = None
        for lbl, v in bd_items:
            breakdown.append({
                "label": lbl,
                "value": v,
                "share": None if bd_total == 0 else Ratio(ratio(v, bd_total)),
            })
            if best is None or v > best:
                best = v
                priority = lbl

        att_of[iid] = attainment
        ind_out.append({
            "id": iid,
            "action": rec["action"],
            "label": rec["label"],
            "unit": rec.get("unit"),
            "direction": direction,
            "value": value,
            "previous": previous,
            "target": target,
            "evolution": Ratio.of(evolution),
            "attainment": Ratio.of(attainment),
            "progress": Ratio.of(progress),
            "status": status,
            "breakdown": breakdown,
            "breakdown_total": bd_total,
            "priority": priority,
        })

        unit = rec.get("unit")
        for y in sorted(set(values) | set(targets)):
            csv_rows.append([
                iid, rec["action"], actions[rec["action"]]["thematic"],
                rec["label"], "" if unit is None else unit, direction, str(y),
                fmt_num(values.get(y)), fmt_num(targets.get(y)),
            ])

    def att_mean(ids):
        xs = [min(att_of[i], 1.0) for i in ids if att_of[i] is not None]
        if not xs:
            return None
        s = 0.0
        for x in xs:
            s += x
        return Ratio(s / len(xs), approx=True)

    # ---- actions
    inds_of = {a: [] for a in action_ids}
    for iid in indicator_ids:
        inds_of[indicators[iid]["action"]].append(iid)

    act_out = []
    total = Decimal(0)
    total_prev = Decimal(0)
    by_funder = {}          # funder -> amount for Y (only funders with an amount)
    act_total = {}
    action_status_count = {s: 0 for s in ACTION_STATUSES}
    funders_of_action = {}  # action -> set of funders in Y entries
    for aid in action_ids:
        rec = actions[aid]
        funding = _year_map(rec.get("funding"))
        ft = Decimal(0)
        fbf = {}
        funders_y = set()
        for e in funding.get(Y) or []:
            funders_y.add(e["funder"])
            if e.get("amount") is not None:
                amt = _num(e["amount"])
                ft += amt
                fbf[e["funder"]] = fbf.get(e["funder"], Decimal(0)) + amt
        fp = Decimal(0)
        for e in funding.get(Y - 1) or []:
            if e.get("amount") is not None:
                fp += _num(e["amount"])
        funders_of_action[aid] = funders_y
        for f, amt in fbf.items():
            by_funder[f] = by_funder.get(f, Decimal(0)) + amt
        total += ft
        total_prev += fp
        act_total[aid] = ft
        status = rec.get("status") or "en-cours"
        action_status_count[status] += 1
        act_out.append({
            "id": aid,
            "title": rec["title"],
            "thematic": rec["thematic"],
            "status": status,
            "pilot": rec.get("pilot"),
            "funding_total": ft,
            "funding_previous": fp,
            "funding_by_funder": {f: fbf[f] for f in sorted(fbf)},
            "indicators": list(inds_of[aid]),
            "attainment_mean": att_mean(inds_of[aid]),
        })

    # ---- thematics
    th_out = []
    for t in thematics:
        ids = [a for a in action_ids if actions[a]["thematic"] == t["id"]]
        th_out.append({
            "id": t["id"],
            "title": t["title"],
            "actions": ids,
            "funding_total": sum((act_total[a] for a in ids), Decimal(0)),
        })

    # ---- funding
    bf_list = sorted(by_funder.items(), key=lambda kv: (-kv[1], kv[0]))
    by_funder_out = [{
        "partner": f,
        "amount": amt,
        "share": None if total == 0 else Ratio(ratio(amt, total)),
    } for f, amt in bf_list]
    by_family = {fam: Decimal(0) for fam in FAMILIES}
    for f, amt in by_funder.items():
        by_family[KIND_FAMILY[partners[f]["kind"]]] += amt

    # ---- partners
    p_out = []
    for pid in partner_ids:
        rec = partners[pid]
        pilot_of = [a for a in action_ids if actions[a].get("pilot") == pid]
        partner_of = [a for a in action_ids if pid in (actions[a].get("partners") or [])]
        funder_of = [a for a in action_ids if pid in funders_of_action[a]]
        group_of = [t["id"] for t in thematics if pid in (t.get("group") or [])]
        p_out.append({
            "id": pid,
            "name": rec["name"],
            "kind": rec["kind"],
            "family": KIND_FAMILY[rec["kind"]],
            "pilot_of": pilot_of,
            "partner_of": partner_of,
            "funder_of": funder_of,
            "group_of": group_of,
            "funded_amount": by_funder.get(pid, Decimal(0)),
            "actions": len(set(pilot_of) | set(partner_of) | set(funder_of)),
        })

    achieved = status_count["achieved"]
    rated = achieved + status_count["close"] + status_count["behind"]
    metrics = {
        "year": Y,
        "council": council["council"],
        "territory": council["territory"],
        "source": source_of(content),
        "summary": {
            "actions": len(action_ids),
            "actions_by_status": action_status_count,
            "indicators": len(indicator_ids),
            "indicators_by_status": status_count,
            "achievement_rate": None if rated == 0 else Ratio(ratio(achieved, rated)),
            "attainment_mean": att_mean(indicator_ids),
            "funding_total": total,
            "funding_previous": total_prev,
            "funding_evolution": None if total_prev == 0
            else Ratio(ratio(total - total_prev, total_prev)),
        },
        "funding": {"by_funder": by_funder_out, "by_family": by_family},
        "thematics": th_out,
        "actions": act_out,
        "indicators": ind_out,
        "partners": p_out,
    }
    header = ["indicator", "action", "thematic", "label", "unit", "direction",
              "year", "value", "target"]
    csv = "".join(",".join(csv_field(f, i < 5 and row is not header)
                           for i, f in enumerate(row)) + "\r\n"
                  for row in [header] + csv_rows)
    return metrics, csv.encode("utf-8")


class Ratio(float):
    """A float figure that is a ratio (compared with a tolerance)."""

    def __new__(cls, x, approx=False):
        self = float.__new__(cls, x)
        self.approx = approx
        return self

    @staticmethod
    def of(x):
        return None if x is None else Ratio(x)


def fmt_num(d):
    """An exact number as written in the CSV: plain decimal, no exponent,
    no trailing zeros, no trailing point; empty for null."""
    if d is None:
        return ""
    s = format(d, "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    if s in ("-0", ""):
        s = "0"
    return s


def csv_field(s, text=False):
    # A text cell that a spreadsheet would read as a formula gets a "'".
    if text and s[:1] in ("=", "+", "-", "@", "\t", "\r"):
        s = "'" + s
    if any(c in s for c in ',"\r\n'):
        return '"' + s.replace('"', '""') + '"'
    return s


# --------------------------------------------------------------------------
# JSON output of the expectation

def _to_json(x):
    if isinstance(x, dict):
        return {k: _to_json(v) for k, v in x.items()}
    if isinstance(x, list):
        return [_to_json(v) for v in x]
    if isinstance(x, Decimal):
        if x == x.to_integral_value():
            return int(x)
        return float(x)
    if isinstance(x, Ratio):
        return float(x)
    return x


# --------------------------------------------------------------------------
# Comparison

REL_TOL = 1e-12


class _Dup(Exception):
    pass


def _pairs(pairs):
    keys = [k for k, _ in pairs]
    if len(set(keys)) != len(keys):
        dups = sorted({k for k in keys if keys.count(k) > 1})
        raise _Dup("duplicate keys %s" % dups)
    return dict(pairs)


def _show(x):
    if isinstance(x, Decimal):
        return str(x)
    if isinstance(x, Ratio):
        return repr(float(x))
    if isinstance(x, (dict, list)):
        s = json.dumps(_to_json(x), ensure_ascii=False)
        return s if len(s) < 200 else s[:200] + "..."
    return json.dumps(x, ensure_ascii=False)


def _is_num(x):
    return isinstance(x, (int, float, Decimal)) and not isinstance(x, bool)


def compare(exp, got, path, out):
    if isinstance(exp, dict):
        if not isinstance(got, dict):
            out.append((path, _show(exp), _show(got)))
            return
        ek, gk = list(exp), list(got)
        if ek != gk:
            missing = [k for k in ek if k not in got]
            extra = [k for k in gk if k not in exp]
            if missing or extra:
                out.append((path + " (keys)",
                            "missing %s" % missing if missing else "-",
                            "extra %s" % extra if extra else "-"))
            common_e = [k for k in ek if k in got]
            common_g = [k for k in gk if k in exp]
            if common_e != common_g:
                out.append((path + " (key order)", str(common_e), str(common_g)))
        for k in ek:
            if k in got:
                compare(exp[k], got[k], "%s.%s" % (path, k), out)
        return
    if isinstance(exp, list):
        if not isinstance(got, list):
            out.append((path, _show(exp), _show(got)))
            return
        if len(exp) != len(got):
            out.append((path + " (length %d vs %d)" % (len(exp), len(got)),
                        _show(exp), _show(got)))
            # still compare ids lists / first items to localise
        for i, (e, g) in enumerate(zip(exp, got)):
            compare(e, g, "%s[%d]" % (path, i), out)
        return
    if exp is None or got is None:
        if exp is not got:
            out.append((path, _show(exp), _show(got)))
        return
    if _is_num(exp):
        if not _is_num(got):
            out.append((path, _show(exp), _show(got)))
            return
        g = float(got)
        if isinstance(exp, Ratio):
            e = float(exp)
            if not (e == g or abs(e - g) <= REL_TOL * max(abs(e), abs(g))):
                out.append((path, repr(e), repr(g)))
        else:
            # exact figure: must be the double nearest to the exact decimal
            if float(exp) != g:
                out.append((path, _show(exp), _show(got)))
        return
    if isinstance(exp, str):
        if exp != got:
            out.append((path, _show(exp), _show(got)))
        return
    if exp != got or type(exp) != type(got):
        out.append((path, _show(exp), _show(got)))


def _cut(line):
    if line is None:
        return "(no line)"
    s = repr(line.decode("utf-8", "backslashreplace"))
    return s if len(s) <= 300 else s[:300] + "..."


def _csv_lines(b):
    return b.split(b"\r\n")


def check(content, outdir):
    exp_json, exp_csv = compute(content)
    problems = []
    mpath = os.path.join(outdir, "site", "data", "metrics.json")
    cpath = os.path.join(outdir, "site", "data", "indicators.csv")
    try:
        with open(mpath, "rb") as f:
            raw = f.read()
        got = json.loads(raw.decode("utf-8"), object_pairs_hook=_pairs,
                         parse_float=Decimal, parse_int=int)
    except (OSError, ValueError, _Dup) as e:
        print("  metrics.json: cannot read: %s" % e)
        got = None
        problems.append("json")
    if got is not None:
        diffs = []
        compare(exp_json, got, "$", diffs)
        if diffs:
            problems.append("json")
            print("  metrics.json: %d difference(s)" % len(diffs))
            for p, e, g in diffs[:40]:
                print("    %s\n      expected: %s\n      got:      %s" % (p, e, g))
            if len(diffs) > 40:
                print("    ... %d more" % (len(diffs) - 40))
    try:
        with open(cpath, "rb") as f:
            got_csv = f.read()
    except OSError as e:
        print("  indicators.csv: cannot read: %s" % e)
        got_csv = None
        problems.append("csv")
    if got_csv is not None and got_csv != exp_csv:
        problems.append("csv")
        el, gl = _csv_lines(exp_csv), _csv_lines(got_csv)
        lf = got_csv.count(b"\n") - got_csv.count(b"\r\n")
        if lf > exp_csv.count(b"\n") - exp_csv.count(b"\r\n"):
            print("  indicators.csv: %d line(s) end with a bare LF; expected CRLF"
                  " line ends (compared below with bare LFs as line ends)" % lf)
            gl = got_csv.replace(b"\r\n", b"\n").split(b"\n")
            el = exp_csv.replace(b"\r\n", b"\n").split(b"\n")
        print("  indicators.csv: differs (%d expected lines, %d got)"
              % (len(el) - 1, len(gl) - 1))
        shown = 0
        for n in range(max(len(el), len(gl))):
            e = el[n] if n < len(el) else None
            g = gl[n] if n < len(gl) else None
            if e != g:
                print("    line %d\n      expected: %s\n      got:      %s"
                      % (n + 1, _cut(e), _cut(g)))
                shown += 1
                if shown >= 15:
                    print("    ...")
                    break
    return not problems


def main(argv):
    if len(argv) >= 2 and argv[1] == "--check":
        if len(argv) != 4:
            sys.exit("usage: metrics.py --check CONTENT OUT")
        sys.exit(0 if check(argv[2], argv[3]) else 1)
    if len(argv) == 3 and argv[1] == "--csv":
        _, csv = compute(argv[2])
        sys.stdout.buffer.write(csv)
        return
    if len(argv) != 2:
        sys.exit("usage: metrics.py [--csv] CONTENT | --check CONTENT OUT")
    m, _ = compute(argv[1])
    print(json.dumps(_to_json(m), ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main(sys.argv)
