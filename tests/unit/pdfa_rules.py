#!/usr/bin/env python3
"""The PDF/A-1b rules (ISO 19005-1, level B) a clspd PDF must meet, checked
one by one on the file itself, read with qpdf's JSON (python3 and qpdf
only). PDFBox's validator (test_pdf_pdfa.c) checks the same file as a
whole; this says which rule broke, and checks what it does not: the
/ID, the CIDSet against the glyphs drawn, the ICC profile's header.

Usage: pdfa_rules.py [--links] FILE.pdf. Prints "ok: rule" or "FAIL:
rule: why" per rule; exits 1 when any rule fails. With --links, a file
without annotations fails too (so that the annotation rules are not met
by having none to check)."""

import base64
import datetime
import hashlib
import json
import re
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET

failures = 0


def check(rule, ok, why=""):
    global failures
    if ok:
        print("ok: " + rule)
    else:
        failures += 1
        print("FAIL: %s: %s" % (rule, why))


def load(path):
    out = subprocess.run(["qpdf", "--json", "--json-stream-data=inline",
                          "--decode-level=generalized", path],
                         check=True, capture_output=True).stdout
    doc = json.loads(out)
    objs = {}
    trailer = None
    for entry in doc["qpdf"][1:]:
        for key, val in entry.items():
            if key == "trailer":
                trailer = val["value"]
            else:
                objs[key[4:]] = val
    return objs, trailer


class Pdf:
    def __init__(self, path):
        self.raw = open(path, "rb").read()
        self.objs, self.trailer = load(path)

    def get(self, v):
        """The value of v, references followed; streams as their dict."""
        while isinstance(v, str) and re.fullmatch(r"\d+ \d+ R", v):
            o = self.objs[v]
            v = o["value"] if "value" in o else o["stream"]["dict"]
        return v

    def data(self, ref):
        return base64.b64decode(self.objs[ref]["stream"]["data"])


def text(v):
    """A PDF string of qpdf's JSON as text ("u:..." or "b:hex")."""
    if v.startswith("u:"):
        return v[2:]
    b = bytes.fromhex(v[2:])
    if b.startswith(b"\xfe\xff"):
        return b[2:].decode("utf-16-be")
    return b.decode("latin-1")


def pdf_date(s):
    m = re.fullmatch(r"D:(\d{14})(Z|[+-]\d\d'\d\d'?|Z00'00')?", s)
    t = datetime.datetime.strptime(m.group(1), "%Y%m%d%H%M%S")
    tz = m.group(2) or "Z"
    off = 0 if tz.startswith("Z") else \
        (int(tz[1:3]) * 60 + int(tz[4:6])) * (1 if tz[0] == "+" else -1)
    return t - datetime.timedelta(minutes=off)


def xmp_date(s):
    d = datetime.datetime.fromisoformat(s.replace("Z", "+00:00"))
    return d.astimezone(datetime.timezone.utc).replace(tzinfo=None)


def file_structure(p):
    raw = p.raw
    m = re.match(rb"%PDF-1\.(\d)\r?\n%(.{4})", raw, re.S)
    check("6.1.2 header: version 1.4 at most, then a binary comment",
          m is not None and int(m.group(1)) <= 4 and
          all(c > 127 for c in m.group(2)), raw[:16])
    check("6.1.2 nothing after the last %%EOF but one end of line",
          re.search(rb"%%EOF\r?\n?$", raw) is not None, raw[-12:])
    t = p.trailer
    check("6.1.3 trailer /ID of two 16-byte strings",
          isinstance(t.get("/ID"), list) and len(t["/ID"]) == 2 and
          all(len(bytes.fromhex(s[2:])) == 16 for s in t["/ID"]), t)
    check("6.1.3 no /Encrypt", "/Encrypt" not in t)
    # The /ID is the MD5 of the file written with a zero /ID.
    ids = re.findall(rb"<([0-9A-F]{32})>", raw[raw.rfind(b"trailer"):])
    zeroed = raw[:raw.rfind(b"trailer")] + \
        raw[raw.rfind(b"trailer"):].replace(ids[0] if ids else b"<>",
                                            b"0" * 32)
    md5 = hashlib.md5(zeroed).hexdigest().upper().encode()
    check("/ID is the MD5 of the file with a zero /ID (reproducible)",
          len(ids) == 2 and ids[0] == ids[1] == md5, (ids, md5))
    check("6.1.4 no cross-reference streams, no object streams (PDF 1.5)",
          b"/ObjStm" not in raw and b"/XRef" not in raw)


def metadata(p, catalog):
    ref = catalog.get("/Metadata")
    check("6.7.2 a Metadata stream in the catalog", ref is not None)
    if ref is None:
        return
    d = p.get(ref)
    check("6.7.2 /Type /Metadata /Subtype /XML, not filtered",
          d.get("/Type") == "/Metadata" and d.get("/Subtype") == "/XML" and
          "/Filter" not in d, d)
    x = p.data(ref).decode("utf-8")
    head = re.match(r"<\?xpacket begin=\"\ufeff\" id=\"W5M0MpCehiHzreSzNTczk"
                    r"c9d\"\?>", x)
    check("6.7.5 xpacket header, no bytes nor encoding attribute",
          head is not None and "bytes=" not in x and "encoding=" not in x,
          x[:80])
    check("6.7.5 xpacket trailer", re.search(r"<\?xpacket end=\"[rw]\"\?>$",
                                             x) is not None, x[-30:])
    ns = {"rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
          "dc": "http://purl.org/dc/elements/1.1/",
          "xmp": "http://ns.adobe.com/xap/1.0/",
          "pdf": "http://ns.adobe.com/pdf/1.3/",
          "pdfaid": "http://www.aiim.org/pdfa/ns/id/"}
    root = ET.fromstring(x[x.index("<x:xmpmeta"):x.rindex("<?xpacket")])

    def one(path):
        e = root.find(".//" + path, ns)
        return None if e is None else e.text

    check("6.7.11 pdfaid:part 1, pdfaid:conformance B",
          one("pdfaid:part") == "1" and one("pdfaid:conformance") == "B")
    info = p.get(p.trailer.get("/Info", "{}")) or {}
    pairs = [("/Title", "dc:title/rdf:Alt/rdf:li"),
             ("/Author", "dc:creator/rdf:Seq/rdf:li"),
             ("/Subject", "dc:description/rdf:Alt/rdf:li"),
             ("/Creator", "xmp:CreatorTool"),
             ("/Producer", "pdf:Producer"),
             ("/Keywords", "pdf:Keywords")]
    for key, path in pairs:
        v = text(info[key]) if key in info else None
        check("6.7.3 Info %s = XMP %s" % (key, path.split("/")[0]),
              v == one(path), (v, one(path)))
    for key, path in (("/CreationDate", "xmp:CreateDate"),
                      ("/ModDate", "xmp:ModifyDate")):
        v = text(info[key]) if key in info else None
        x = one(path)
        check("6.7.3 Info %s = XMP %s, the same instant" % (key, path),
              (v is None and x is None) or (v is not None and x is not None
                                            and pdf_date(v) == xmp_date(x)),
              (v, x))


def output_intent(p, catalog):
    intents = p.get(catalog.get("/OutputIntents", [])) or []
    pdfa = [p.get(i) for i in intents if p.get(i).get("/S") == "/GTS_PDFA1"]
    check("6.2.2 one GTS_PDFA1 output intent", len(pdfa) == 1, intents)
    if len(pdfa) != 1:
        return
    oi = pdfa[0]
    ref = oi.get("/DestOutputProfile")
    check("6.2.2 with OutputConditionIdentifier and a DestOutputProfile",
          "/OutputConditionIdentifier" in oi and ref is not None, oi)
    icc = p.data(ref)
    size, = struct.unpack(">I", icc[:4])
    check("6.2.2 the profile: an ICC v2 RGB monitor profile, N 3, whole",
          size == len(icc) and icc[8] < 4 and icc[12:16] in (b"mntr", b"prtr")
          and icc[16:20] == b"RGB " and icc[36:40] == b"acsp" and
          p.get(ref).get("/N") == 3, (icc[8], icc[12:20], size, len(icc)))


FORBIDDEN_KEYS = {"/AA": "6.6.2 no additional actions",
                  "/JS": "6.6.1 no JavaScript",
                  "/EmbeddedFiles": "6.1.11 no embedded files",
                  "/SMask": "6.4 no soft mask",
                  "/OCProperties": "6.1.13 no optional content",
                  "/Encrypt": "6.1.3 no encryption",
                  "/TR": "6.2.8 no transfer functions",
                  "/Alternates": "6.2.4 no alternate images"}


def walk(v, seen_keys):
    if isinstance(v, dict):
        for k, x in v.items():
            seen_keys.append((k, x))
            walk(x, seen_keys)
    elif isinstance(v, list):
        for x in v:
            walk(x, seen_keys)


def forbidden(p):
    pairs = []
    for o in p.objs.values():
        walk(o.get("value", o.get("stream", {}).get("dict")), pairs)
    for key, rule in sorted(FORBIDDEN_KEYS.items()):
        check(rule, all(k != key for k, _ in pairs))
    check("6.4 no transparency: /CA and /ca 1 or absent, /BM Normal",
          all(x == 1 for k, x in pairs if k in ("/CA", "/ca")) and
          all(x in ("/Normal", "/Compatible") for k, x in pairs
              if k == "/BM"))
    check("6.1.10 no LZW", all("/LZWDecode" not in json.dumps(x)
                               for k, x in pairs if k == "/Filter"))
    actions = [x for k, x in pairs if k == "/S" and isinstance(x, str)]
    bad = {"/Launch", "/Sound", "/Movie", "/ResetForm", "/ImportData",
           "/JavaScript", "/Hide", "/SetOCGState", "/Rendition", "/Trans",
           "/GoTo3DView", "/SetState", "/NoOp"}
    check("6.6.1 only allowed actions", not bad & set(actions), actions)


def annotations(p, pages, need_links):
    bad = []
    n = 0
    for page in pages:
        for a in p.get(page).get("/Annots", []):
            a = p.get(a)
            n += 1
            f = a.get("/F", 0)
            if not f & 4 or f & (1 | 2 | 32):
                bad.append(a)
            act = p.get(a.get("/A", {})) or {}
            if a.get("/Subtype") == "/Link" and act and \
                    act.get("/S") not in ("/URI", "/GoTo"):
                bad.append(a)
    check("6.5.3 %d annotations: print flag, not hidden, invisible nor "
          "NoView; links with URI or GoTo only" % n,
          not bad and (n > 0 or not need_links), bad)


def ttf_metrics(font):
    """unitsPerEm, advance widths, glyph lengths of a TrueType program."""
    ntab, = struct.unpack(">H", font[4:6])
    tab = {}
    for i in range(ntab):
        tag, _, off, ln = struct.unpack(">4sIII", font[12 + 16 * i:28 + 16 * i])
        tab[tag] = font[off:off + ln]
    upem, = struct.unpack(">H", tab[b"head"][18:20])
    longloca, = struct.unpack(">h", tab[b"head"][50:52])
    nglyphs, = struct.unpack(">H", tab[b"maxp"][4:6])
    nhm, = struct.unpack(">H", tab[b"hhea"][34:36])
    adv = [struct.unpack(">H", tab[b"hmtx"][4 * i:4 * i + 2])[0]
           for i in range(nhm)]
    adv += [adv[-1]] * (nglyphs - nhm)
    if longloca:
        loca = struct.unpack(">%dI" % (nglyphs + 1),
                             tab[b"loca"][:4 * (nglyphs + 1)])
    else:
        loca = [2 * x for x in struct.unpack(">%dH" % (nglyphs + 1),
                                             tab[b"loca"][:2 * (nglyphs + 1)])]
    glyf = tab[b"glyf"]
    parts = {}
    for g in range(nglyphs):
        at, ln = loca[g], loca[g + 1] - loca[g]
        if ln >= 10 and struct.unpack(">h", glyf[at:at + 2])[0] < 0:
            parts[g] = components(glyf[at:at + ln])
    return upem, adv, [loca[i + 1] - loca[i] for i in range(nglyphs)], parts


def components(g):
    """The glyphs a composite glyph (its bytes, g) is made of."""
    out, i = [], 10
    while i + 4 <= len(g):
        flags, part = struct.unpack(">HH", g[i:i + 4])
        out.append(part)
        if not flags & 0x20:
            break
        i += 4 + (4 if flags & 1 else 2) + \
            (8 if flags & 0x80 else 4 if flags & 0x40 else 2 if flags & 8
             else 0)
    return out


def widths(w, dw):
    out = {}
    i = 0
    while i < len(w):
        if isinstance(w[i + 1], list):
            for k, x in enumerate(w[i + 1]):
                out[w[i] + k] = x
            i += 2
        else:
            for c in range(w[i], w[i + 1] + 1):
                out[c] = w[i + 2]
            i += 3
    return lambda c: out.get(c, dw)


TOKEN = re.compile(rb"\s*(?:(\()|<([0-9A-Fa-f\s]*)>|(/[^\s/\[\]()<>]+)|"
                   rb"([\[\]])|([^\s/\[\]()<>]+))")


def literal(s, i):
    """The bytes of the literal string starting after s[i - 1] == '('."""
    out = bytearray()
    depth = 1
    while True:
        c = s[i]
        i += 1
        if c == 0x5C:
            e = s[i]
            i += 1
            out += {ord("n"): b"\n", ord("r"): b"\r", ord("t"): b"\t",
                    ord("b"): b"\b", ord("f"): b"\f"}.get(e, bytes([e]))
            continue
        if c == 0x28:
            depth += 1
        elif c == 0x29:
            depth -= 1
            if depth == 0:
                return bytes(out), i
        out.append(c)


def used_codes(content):
    """(font resource name, 2-byte code) of every glyph shown."""
    font, i, used = None, 0, []
    operands = []
    while True:
        m = TOKEN.match(content, i)
        if m is None or m.end() == i:
            break
        i = m.end()
        if m.group(1):
            s, i = literal(content, i)
            operands.append(s)
        elif m.group(2) is not None:
            operands.append(bytes.fromhex(m.group(2).decode()))
        elif m.group(3):
            operands.append(m.group(3).decode())
        elif m.group(4):
            continue
        else:
            op = m.group(5)
            if op == b"Tf":
                font = operands[-2]
            elif op in (b"Tj", b"TJ", b"'", b'"'):
                for s in operands:
                    if isinstance(s, bytes):
                        used += [(font, s[k] << 8 | s[k + 1])
                                 for k in range(0, len(s) - 1, 2)]
            if re.fullmatch(rb"[-+.0-9]+", op):
                operands.append(float(op))
            else:
                operands = []
    return used


def fonts(p, pages):
    used = {}
    for page in pages:
        pg = p.get(page)
        res = p.get(pg.get("/Resources", {}))
        names = p.get(res.get("/Font", {}))
        contents = pg.get("/Contents")
        refs = contents if isinstance(contents, list) else [contents]
        data = b"\n".join(p.data(r) for r in refs)
        for name, code in used_codes(data):
            used.setdefault(names[name], set()).add(code)
    check("6.3.4 glyphs are drawn", sum(len(c) for c in used.values()) > 0)
    for ref, codes in sorted(used.items()):
        f = p.get(ref)
        name = f.get("/BaseFont")
        ok = f.get("/Subtype") == "/Type0" and f.get("/Encoding") == \
            "/Identity-H"
        check("6.3.3 %s: a Type0 font, Identity-H" % name, ok, f)
        if not ok:
            continue
        cid = p.get(p.get(f["/DescendantFonts"])[0])
        desc = p.get(cid["/FontDescriptor"])
        check("6.3.4 %s: embedded (FontFile2)" % name, "/FontFile2" in desc)
        check("6.3.3.2 %s: a CIDToGIDMap stream" % name,
              cid.get("/Subtype") == "/CIDFontType2" and
              isinstance(cid.get("/CIDToGIDMap"), str))
        check("6.3.5 %s: a CIDSet (a subset)" % name, "/CIDSet" in desc)
        check("FontDescriptor %s: CapHeight" % name, "/CapHeight" in desc)
        if "/FontFile2" not in desc or "/CIDSet" not in desc:
            continue
        upem, adv, glen, parts = ttf_metrics(p.data(desc["/FontFile2"]))
        m = p.data(cid["/CIDToGIDMap"])
        gid = lambda c: m[2 * c] << 8 | m[2 * c + 1] if 2 * c + 1 < \
            len(m) else 0
        bits = p.data(desc["/CIDSet"])
        inset = lambda c: c // 8 < len(bits) and \
            bits[c // 8] & (0x80 >> c % 8) != 0
        w = widths(cid.get("/W", []), cid.get("/DW", 1000))
        # Identity-H: the code is the CID.
        wrong = [c for c in codes
                 if abs(w(c) - adv[gid(c)] * 1000 / upem) > 1]
        check("6.3.6 %s: /W = the program's advances, %d glyphs drawn" %
              (name, len(codes)), not wrong,
              [(hex(c), w(c), adv[gid(c)] * 1000 / upem) for c in wrong])
        missing = [hex(c) for c in codes if not inset(c) or gid(c) == 0]
        check("6.3.5 %s: every CID drawn is in the CIDSet and the font" %
              name, not missing, missing)
        # 6.3.4: a composite glyph drawn whole (an accented letter is a
        # letter and an accent): each part of each part is in the program.
        todo, seen, empty = [gid(c) for c in codes], set(), []
        while todo:
            g = todo.pop()
            if g in seen or g >= len(glen):
                continue
            seen.add(g)
            for q in parts.get(g, []):
                if q >= len(glen) or glen[q] == 0:
                    empty.append((g, q))
                todo.append(q)
        check("6.3.4 %s: every part of every composite glyph drawn is "
              "embedded" % name, not empty, empty)
        extra = [hex(c) for c in range(1, 8 * len(bits))
                 if inset(c) and (gid(c) == 0 or gid(c) >= len(glen))]
        check("6.3.5 %s: every CID of the CIDSet has a glyph" % name,
              not extra and inset(0), extra)


def main():
    args = sys.argv[1:]
    need_links = args[:1] == ["--links"]
    p = Pdf(args[-1])
    catalog = p.get(p.trailer["/Root"])
    pages = []
    stack = [catalog["/Pages"]]
    while stack:
        node = p.get(stack.pop(0))
        if node.get("/Type") == "/Page":
            pages.append(None)
        for kid in node.get("/Kids", []):
            if p.get(kid).get("/Type") == "/Page":
                pages.append(kid)
            else:
                stack.append(kid)
    pages = [x for x in pages if x is not None]
    file_structure(p)
    metadata(p, catalog)
    output_intent(p, catalog)
    forbidden(p)
    annotations(p, pages, need_links)
    fonts(p, pages)
    print("pdfa_rules: %s" % ("all rules met" if failures == 0 else
                              "%d rules broken" % failures))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
