#!/bin/sh
# The open data checked by independent readers (tests/data/README.md):
# builds the sample, the `clspd init` starter, 40 generated actions and a
# content with awkward cells, then validates every CSV against
# datapackage.json (validate.mjs, the npm packages datapackage and
# tableschema) and reads the workbook with openpyxl and LibreOffice
# (check_workbook.py). First, both checks must fail on damaged copies:
# a check that cannot fail proves nothing.
set -u
clspd=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
py=/usr/bin/python3	# Debian's, with python3-openpyxl
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export SOURCE_DATE_EPOCH=1767225600
status=0

build() {	# CONTENT NAME
	if ! "$clspd" build "$1" -o "$tmp/$2" -q 2>"$tmp/$2.err"; then
		echo "opendata: cannot build $2:"; cat "$tmp/$2.err"
		status=1
	fi
}

build "$root/content" sample
"$clspd" init "$tmp/starter-content" >/dev/null && build "$tmp/starter-content" starter
python3 "$root/tools/bench-gen.py" "$tmp/gen-content" 40 >/dev/null && build "$tmp/gen-content" generated
mkdir -p "$tmp/awkward-content"
cp -R "$tmp/starter-content/." "$tmp/awkward-content/"
cat > "$tmp/awkward-content/partners/awk.yaml" <<'YAML'
name: "=SUM(A1:A2), \"guillemets\", @moi"
short: "+33"
kind: association
siret: 356 000 000 00048
rna: W9C1000123
YAML
cat > "$tmp/awkward-content/actions/awk.yaml" <<'YAML'
title: "-Action, avec virgule\net retour"
thematic: THEMATIC
description: D.
objectives: O.
pilot: awk
funding:
  2024:
    - {funder: awk, amount: 0.01, note: "@note, \"citée\""}
  2025:
    - {funder: awk}
    - {funder: awk, amount: 999999999.99, convention: 2025-02-01,
       paid: 2025-02-01/2025-12-31, object: "=Objet, \"cité\"",
       nature: numeraire-et-nature, terms: "Trois versements, au 1er du mois"}
YAML
thematic=$(sed -n 's/^ *- id: *//p' "$tmp/awkward-content/clspd.yaml" | head -1)
sed -i "s/THEMATIC/$thematic/" "$tmp/awkward-content/actions/awk.yaml"
build "$tmp/awkward-content" awkward
# Built again, the same bytes (subventions.csv and the identifiers too).
build "$tmp/awkward-content" awkward-again
if diff -r "$tmp/awkward" "$tmp/awkward-again" >"$tmp/again.log"; then
	echo "opendata: 1 passed, 0 failed"
else
	echo "opendata: a second build of the same content differs:"
	head -20 "$tmp/again.log"; status=1
	echo "opendata: 0 passed, 1 failed"
fi

# The checks must fail on damaged copies.
mkdir -p "$tmp/bad-amount" "$tmp/bad-cell"
cp "$tmp/sample/site/data/"* "$tmp/bad-amount/"
cp "$tmp/sample/site/data/"* "$tmp/bad-cell/"
set_cell() {	# FILE ROW COLUMN VALUE (0-based row and column)
	"$py" - "$@" <<'PY'
import csv, sys
path, r, c, v = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
rows = list(csv.reader(open(path, newline="", encoding="utf-8")))
rows[r][c] = v
with open(path, "w", newline="", encoding="utf-8") as f:
    csv.writer(f, lineterminator="\r\n").writerows(rows)
PY
}
set_cell "$tmp/bad-amount/funding.csv" 1 6 -5
set_cell "$tmp/bad-cell/partners.csv" 1 8 12345
if node "$here/validate.mjs" "$tmp/bad-amount" >"$tmp/self.log" 2>&1; then
	echo "opendata: the validator passed a negative amount"; status=1
	cat "$tmp/self.log"
fi
if "$py" "$here/check_workbook.py" "$tmp/bad-cell" >"$tmp/self.log" 2>&1; then
	echo "workbook: the check passed a workbook that differs from its CSV"
	status=1; cat "$tmp/self.log"
fi

dirs=""
for d in sample starter generated awkward; do
	dirs="$dirs $tmp/$d/site/data"
done
node "$here/validate.mjs" $dirs || status=1
"$py" "$here/check_workbook.py" $dirs || status=1
# The subsidies in the national format, field by field (the awkward
# content has one; a damaged copy must fail).
"$py" "$here/scdl.py" "$tmp/awkward/site/data/subventions.csv" || status=1
mkdir -p "$tmp/bad-scdl"
cp "$tmp/awkward/site/data/subventions.csv" "$tmp/bad-scdl/"
set_cell "$tmp/bad-scdl/subventions.csv" 1 1 1234
if "$py" "$here/scdl.py" "$tmp/bad-scdl/subventions.csv" >"$tmp/self.log" 2>&1; then
	echo "scdl: the check passed a SIRET of 4 digits"; status=1
fi
# Statistical secrecy: no hidden number in any output file.
"$py" "$here/secrecy.py" "$clspd" || status=1
exit $status
