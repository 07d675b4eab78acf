#!/usr/bin/env python3
"""Checks subventions.csv field by field against the rules of the
national schema SCDL subventions (schema.data.gouv.fr, scdl/subventions),
written here from its documentation, independently of the Table Schema
clspd writes in datapackage.json: the 16 columns in their order, required
cells, SIRET and RNA patterns, ISO dates, the object and the terms at most
256 characters, the amount a number with a decimal point, the nature and
notificationUE among their allowed values, the date or period of payment,
the percentage between 0.01 and 1.

usage: scdl.py SUBVENTIONS_CSV...   Prints "scdl: N passed, M failed".
"""
import csv
import datetime
import re
import sys

COLUMNS = ["nomAttribuant", "idAttribuant", "dateConvention",
           "referenceDecision", "nomBeneficiaire", "idBeneficiaire",
           "rnaBeneficiaire", "objet", "montant", "nature",
           "conditionsVersement", "datesPeriodeVersement", "idRAE",
           "notificationUE", "pourcentageSubvention", "dispositifAide"]
REQUIRED = {"nomAttribuant", "idAttribuant", "dateConvention",
            "nomBeneficiaire", "objet", "montant", "nature",
            "conditionsVersement", "datesPeriodeVersement",
            "notificationUE", "pourcentageSubvention"}
NATURES = {"aide en numéraire", "aide en nature",
           "aide en numéraire;aide en nature",
           "aide en nature;aide en numéraire"}


def is_date(s):
    try:
        datetime.date.fromisoformat(s)
        return re.fullmatch(r"\d{4}-\d{2}-\d{2}", s) is not None
    except ValueError:
        return False


def check_row(row):
    bad = []
    for c in REQUIRED:
        if row[c] == "":
            bad.append(f"{c} is required")
    for c in ("idAttribuant", "idBeneficiaire"):
        if row[c] and not re.fullmatch(r"\d{14}", row[c]):
            bad.append(f"{c} {row[c]!r} is not 14 digits")
    if row["rnaBeneficiaire"] and \
            not re.fullmatch(r"W\d{9}", row["rnaBeneficiaire"]):
        bad.append(f"rnaBeneficiaire {row['rnaBeneficiaire']!r}")
    if row["dateConvention"] and not is_date(row["dateConvention"]):
        bad.append(f"dateConvention {row['dateConvention']!r}")
    for c in ("objet", "conditionsVersement"):
        if len(row[c]) > 256:
            bad.append(f"{c} longer than 256 characters")
    if row["montant"] and not re.fullmatch(r"\d+(\.\d+)?", row["montant"]):
        bad.append(f"montant {row['montant']!r} is not a number")
    if row["nature"] and row["nature"] not in NATURES:
        bad.append(f"nature {row['nature']!r}")
    period = row["datesPeriodeVersement"]
    if period:
        parts = period.split("/")
        if len(parts) > 2 or not all(is_date(p) for p in parts) or \
                (len(parts) == 2 and parts[0] > parts[1]):
            bad.append(f"datesPeriodeVersement {period!r}")
    if len(row["idRAE"]) > 5:
        bad.append("idRAE longer than 5 characters")
    if row["notificationUE"] not in ("oui", "non"):
        bad.append(f"notificationUE {row['notificationUE']!r}")
    try:
        p = float(row["pourcentageSubvention"])
        if not 0.01 <= p <= 1:
            bad.append(f"pourcentageSubvention {p} outside 0.01 to 1")
    except ValueError:
        bad.append("pourcentageSubvention is not a number")
    return bad


def check(path):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    if not rows or rows[0] != COLUMNS:
        return [f"header {rows[0] if rows else None} is not SCDL's"]
    if len(rows) < 2:
        return ["no subsidy in the file"]
    bad = []
    for i, r in enumerate(rows[1:], start=2):
        if len(r) != len(COLUMNS):
            bad.append(f"row {i}: {len(r)} cells")
            continue
        bad += [f"row {i}: {b}" for b in check_row(dict(zip(COLUMNS, r)))]
    return bad


def main():
    passed = failed = 0
    for path in sys.argv[1:]:
        bad = check(path)
        if bad:
            failed += 1
            print(f"scdl: {path}: FAILED")
            for b in bad[:20]:
                print(f"  {b}")
        else:
            passed += 1
            print(f"scdl: {path}: every field follows the SCDL rules")
    print(f"scdl: {passed} passed, {failed} failed")
    return 1 if failed or not passed else 0


if __name__ == "__main__":
    sys.exit(main())
