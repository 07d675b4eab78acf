#!/usr/bin/env python3
"""Checks the workbook bilan-<Y>.xlsx of built sites with independent
readers: openpyxl (Debian's python3-openpyxl) reads every cell, which must
equal the same cell of the CSV files and the figures of metrics.json, be a
real number where the column is a number, carry the euro and percent
formats, a frozen header row, filters and the document properties; then
LibreOffice (soffice --headless) opens it and converts every sheet to CSV,
which must hold the same values: a real office suite reads the file.

usage: check_workbook.py SITE_DATA_DIR...   (each: OUT/site/data)
Prints one line per folder and "workbook: N passed, M failed".
"""
import csv
from decimal import Decimal
import glob
import json
import math
import os
import shutil
import subprocess
import sys
import tempfile

import openpyxl

NUMERIC = {"year", "integer", "number"}


def same_number(text, value, ratio):
    """Whether the CSV text and the cell's number are the same number.
    Ratios are written with 16 significant digits by the library, amounts
    and values (at most 15 digits) exactly."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return False
    want = float(text)
    if ratio:
        return math.isclose(want, value, rel_tol=1e-15, abs_tol=1e-300)
    return want == value


def csv_text(text):
    """A CSV text cell as the workbook holds it: the CSV writes a ' before
    a text that a spreadsheet would take for a formula (= + - @ tab CR);
    the workbook's strings need no such guard."""
    if len(text) > 1 and text[0] == "'" and text[1] in "=+-@\t\r":
        return text[1:]
    return text


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.reader(f))


def check_sheet(problems, ws, resource, rows):
    fields = resource["schema"]["fields"]
    titles = [f["title"] for f in fields]
    got = [c.value for c in ws[1]]
    if got != titles:
        problems.append(f"{ws.title}: header {got} != {titles}")
    if ws.freeze_panes != "A2":
        problems.append(f"{ws.title}: header not frozen ({ws.freeze_panes})")
    last = openpyxl.utils.get_column_letter(len(fields))
    want_filter = f"A1:{last}{len(rows)}"
    if ws.auto_filter.ref != want_filter:
        problems.append(f"{ws.title}: filter {ws.auto_filter.ref} != {want_filter}")
    if ws.max_row != len(rows) and len(rows) > 1:
        problems.append(f"{ws.title}: {ws.max_row} rows, CSV has {len(rows)}")
    for r, row in enumerate(rows[1:], start=2):
        for c, (field, text) in enumerate(zip(fields, row), start=1):
            cell = ws.cell(row=r, column=c)
            where = f"{ws.title}!{cell.coordinate}"
            if text == "":
                if cell.value is not None:
                    problems.append(f"{where}: {cell.value!r}, CSV empty")
            elif field["type"] in NUMERIC:
                ratio = field["name"] in ("attainment_mean",)
                if not same_number(text, cell.value, ratio):
                    problems.append(f"{where}: {cell.value!r} != {text}")
                fmt = cell.number_format
                if field.get("unit") == "EUR" and "€" not in fmt:
                    problems.append(f"{where}: amount format {fmt!r}")
                if ratio and "%" not in fmt:
                    problems.append(f"{where}: ratio format {fmt!r}")
            elif cell.value != csv_text(text):
                problems.append(f"{where}: {cell.value!r} != {text!r}")


def check_metrics(problems, wb, package, metrics):
    """The workbook's figures are those of metrics.json."""
    cols = {r["title"]: [f["name"] for f in r["schema"]["fields"]]
            for r in package["resources"]}

    def records(title):
        for row in wb[title].iter_rows(min_row=2, values_only=True):
            yield dict(zip(cols[title], row))

    actions = {a["id"]: a for a in metrics["actions"]}
    seen = 0
    for row in records("Actions"):
        seen += 1
        a = actions.get(row["action"])
        if a is None:
            problems.append(f"Actions: {row['action']} not in metrics.json")
        elif float(a["funding_total"]) != row["funding_total"] or \
                float(a["funding_previous"]) != row["funding_previous"]:
            problems.append(f"Actions: {row['action']} funding differs")
    if seen != len(actions):
        problems.append("Actions: not one row per action of metrics.json")
    partners = {p["id"]: p for p in metrics["partners"]}
    for row in records("Partenaires"):
        if float(partners[row["partner"]]["funded_amount"]) != \
                row["funded_amount"]:
            problems.append(f"Partenaires: {row['partner']} funded amount differs")
    year = metrics["year"]
    values = {i["id"]: i["value"] for i in metrics["indicators"]}
    for row in records("Indicateurs"):
        v = values[row["indicator"]]
        if row["year"] == year and v is not None and float(v) != row["value"]:
            problems.append(f"Indicateurs: {row['indicator']} value differs")


def check_csv_metrics(problems, data, metrics):
    """The flat tables add up to metrics.json: each action's funding of
    the year and the year before, each funder's amount of the year and
    each action's attainment mean (a round trip from the CSV files, not
    through the workbook)."""
    def rows(name):
        with open(os.path.join(data, name), newline="",
                  encoding="utf-8") as f:
            return list(csv.DictReader(f))
    year = metrics["year"]
    by_action = {}
    by_funder = {}
    for r in rows("funding.csv"):
        y, amount = int(r["year"]), Decimal(r["amount"] or "0")
        key = (r["action"], y)
        by_action[key] = by_action.get(key, Decimal(0)) + amount
        if y == year:
            by_funder[r["funder"]] = by_funder.get(r["funder"],
                                                   Decimal(0)) + amount
    for a in metrics["actions"]:
        for y, name in ((year, "funding_total"),
                        (year - 1, "funding_previous")):
            got = by_action.get((a["id"], y), Decimal(0))
            if got != Decimal(str(a[name])):
                problems.append(f"funding.csv: {a['id']} {y} adds up to "
                                f"{got}, metrics.json says {a[name]}")
    for f in metrics["funding"]["by_funder"]:
        got = by_funder.get(f["partner"], Decimal(0))
        if got != Decimal(str(f["amount"])):
            problems.append(f"funding.csv: {f['partner']} {year} adds up "
                            f"to {got}, metrics.json says {f['amount']}")
    means = {r["action"]: r["attainment_mean"] for r in rows("actions.csv")}
    for a in metrics["actions"]:
        want = a["attainment_mean"]
        got = means.get(a["id"])
        if got is None or (got == "") != (want is None) or \
                (want is not None and float(got) != float(want)):
            problems.append(f"actions.csv: {a['id']} attainment_mean "
                            f"{got!r}, metrics.json says {want!r}")


def office_number(text):
    """A number as LibreOffice exports it: raw, but a percentage keeps its
    sign (89.9697961119014%)."""
    if text.endswith("%"):
        return float(text[:-1]) / 100
    return float(text)


def check_office(problems, xlsx, package, data):
    """LibreOffice converts every sheet; the values are the CSV's."""
    tmp = tempfile.mkdtemp(prefix="clspd-lo-")
    try:
        cmd = ["soffice", f"-env:UserInstallation=file://{tmp}/profile",
               "--headless", "--convert-to",
               "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,"
               "false,false,false,-1", "--outdir", tmp, xlsx]
        run = subprocess.run(cmd, capture_output=True, text=True,
                             timeout=120)
        base = os.path.splitext(os.path.basename(xlsx))[0]
        for res in package["resources"]:
            out = os.path.join(tmp, f"{base}-{res['title']}.csv")
            if not os.path.exists(out):
                problems.append(f"LibreOffice: no sheet {res['title']} "
                                f"({run.stderr.strip()[:200]})")
                continue
            got = read_csv(out)
            want = read_csv(os.path.join(data, res["path"]))
            if len(got) != len(want):
                problems.append(f"LibreOffice {res['title']}: {len(got)} "
                                f"rows != {len(want)}")
                continue
            fields = res["schema"]["fields"]
            for r in range(1, len(want)):
                for c, f in enumerate(fields):
                    a, b = got[r][c], want[r][c]
                    if f["type"] in NUMERIC and b != "":
                        ok = a != "" and math.isclose(office_number(a),
                                                      float(b), rel_tol=1e-14)
                    else:
                        ok = a == csv_text(b)
                    if not ok:
                        problems.append(f"LibreOffice {res['title']} row "
                                        f"{r + 1} col {c + 1}: {a!r} != {b!r}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def check(data):
    problems = []
    with open(os.path.join(data, "datapackage.json"), encoding="utf-8") as f:
        package = json.load(f)
    with open(os.path.join(data, "metrics.json"), encoding="utf-8") as f:
        metrics = json.load(f)
    books = glob.glob(os.path.join(data, "bilan-*.xlsx"))
    if books != [os.path.join(data, f"bilan-{metrics['year']}.xlsx")]:
        return [f"workbook: expected bilan-{metrics['year']}.xlsx, found {books}"]
    wb = openpyxl.load_workbook(books[0])
    titles = [r["title"] for r in package["resources"]]
    if wb.sheetnames != titles:
        problems.append(f"sheets {wb.sheetnames} != {titles}")
    want_title = f"Bilan {metrics['year']} – {metrics['council']}"
    if wb.properties.title != want_title or \
            wb.properties.creator != metrics["council"]:
        problems.append(f"properties: {wb.properties.title!r}, "
                        f"{wb.properties.creator!r}")
    for res in package["resources"]:
        if res["title"] in wb.sheetnames:
            check_sheet(problems, wb[res["title"]], res,
                        read_csv(os.path.join(data, res["path"])))
    check_metrics(problems, wb, package, metrics)
    check_csv_metrics(problems, data, metrics)
    check_office(problems, books[0], package, data)
    return problems


def main():
    passed = failed = 0
    for data in sys.argv[1:]:
        try:
            problems = check(data)
        except Exception as e:  # a crash of the check is a failure
            problems = [f"{type(e).__name__}: {e}"]
        if problems:
            failed += 1
            print(f"workbook: {data}: FAILED")
            for p in problems[:40]:
                print(f"  {p}")
        else:
            passed += 1
            print(f"workbook: {data}: every cell as in the CSV files and "
                  f"metrics.json, opened by LibreOffice")
    print(f"workbook: {passed} passed, {failed} failed")
    return 1 if failed or not passed else 0


if __name__ == "__main__":
    sys.exit(main())
