"""Hostile decision letters built by hand for tests/test_grounds_hostile.py: a letter that gives grounds
for every criterion, identity numbers with valid check digits, minimal .docx and .pdf writers that put
text where a word processor or a layout program puts it, and the CLI driven on them."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

from click.testing import CliRunner

from audit.cli import main

LETTER = """Vedtak om kvalifiseringsprogram

Saksnr.: {key}

Vi viser til søknaden din om kvalifiseringsprogram, mottatt 02.02.2025. NAV Midtbyen har innvilget søknaden.

Du er 34 år gammel og er derfor i yrkesaktiv alder.

Arbeidsevnen din er vesentlig nedsatt fordi du har hatt langvarige ryggsmerter siden 2019 og ikke har vært i arbeid de siste fire årene.

Du har ingen rett til dagpenger eller arbeidsavklaringspenger. Søknaden din om arbeidsavklaringspenger ble avslått 12.01.2025, og du har levd av økonomisk sosialhjelp.

Vi mener programmet er nødvendig og hensiktsmessig for deg. Arbeidsevnevurderingen fra 20.01.2025 viser at du trenger tett oppfølging for å komme i arbeid.

Vi kan tilby deg et tilpasset program med arbeidspraksis i en butikk 20 timer i uken og norskkurs 10 timer i uken.

Du har rett til å klage

Med vennlig hilsen
NAV Midtbyen
"""


GROUNDS = ["ground_age", "ground_work_ability", "ground_benefits", "ground_necessity", "ground_program"]


def _fnr(birth: str) -> str:
    """A synthetic identity number with valid mod-11 check digits for the date part ``birth`` (ddmmyy)."""
    w1, w2 = (3, 7, 6, 1, 8, 9, 4, 5, 2), (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
    for n in range(100, 1000):
        d = [int(c) for c in birth + str(n)]
        k1 = (11 - sum(a * b for a, b in zip(w1, d)) % 11) % 11
        k2 = (11 - sum(a * b for a, b in zip(w2, d + [k1])) % 11) % 11
        if k1 < 10 and k2 < 10:
            return birth + str(n) + str(k1) + str(k2)
    raise AssertionError(birth)


FNR = _fnr("150875")


def _letter(key: str = "K-1", *replace: tuple[str, str]) -> str:
    text = LETTER.format(key=key)
    for old, new in replace:
        assert old in text
        text = text.replace(old, new)
    return text


def _grounds(*args, lang: str | None = None):
    extra = ["--lang", lang] if lang else []
    return CliRunner().invoke(main, ["grounds", *map(str, args), *extra])


def _rows(path: Path) -> list[dict]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh, delimiter=";"))


def _by_key(path: Path) -> dict[str, dict]:
    return {r["case_id"]: r for r in _rows(path)}


def _export(tmp_path: Path, keys: list[str]) -> Path:
    path = tmp_path / "uttrekk.csv"
    lines = ["case_id;decision;decision_date"] + [f"{k};granted;2025-03-{i + 1:02d}" for i, k in enumerate(keys)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _ground_values(row: dict) -> list[str]:
    return [row[c] for c in GROUNDS]


def _docx(path: Path, body: str, parts: dict[str, str] | None = None) -> Path:
    from sample_data.letters.docx import W, docx_bytes

    ns = (f'xmlns:w="{W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:v="urn:schemas-microsoft-com:vml"')
    src = zipfile.ZipFile(io.BytesIO(docx_bytes([])))
    with zipfile.ZipFile(path, "w") as z:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "word/document.xml":
                data = f'<?xml version="1.0"?><w:document {ns}><w:body>{body}</w:body></w:document>'.encode()
            z.writestr(item, data)
        for name, xml in (parts or {}).items():
            root = {"header": "w:hdr", "footer": "w:ftr", "footnotes": "w:footnotes",
                    "comments": "w:comments"}[name.rstrip("0123456789")]
            z.writestr(f"word/{name}.xml", f'<?xml version="1.0"?><{root} {ns}>{xml}</{root.split()[0]}>')
    return path


def _rezip(src: Path, dst: Path, edit=None, add: dict[str, "str | bytes"] | None = None) -> Path:
    """A copy of the zip file (.docx) ``src`` at ``dst``: each member through ``edit(name, data)``, which returns its
    (name, data), then the members of ``add``; ``dst`` may replace ``src`` afterwards."""
    with zipfile.ZipFile(src) as a, zipfile.ZipFile(dst, "w") as b:
        for item in a.infolist():
            name, data = edit(item.filename, a.read(item)) if edit else (item.filename, a.read(item))
            if name == item.filename:
                b.writestr(item, data)
            else:
                b.writestr(name, data)
        for name, data in (add or {}).items():
            b.writestr(name, data)
    return dst

def _p(text: str) -> str:
    from xml.sax.saxutils import escape

    return f'<w:p><w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def _body(key_line: str | None = None) -> str:
    paragraphs = [p for p in LETTER.split("\n\n") if not p.startswith("Saksnr")]
    if key_line:
        paragraphs.insert(1, key_line)
    return "".join(_p(p.replace("\n", " ")) for p in paragraphs)


def _pdf_file(objects: list[bytes]) -> bytes:
    """A PDF file of numbered objects (object 1 the catalog), with its cross-reference table and trailer."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _pdf(lines: list[tuple[float, float, str]]) -> bytes:
    """A one-page PDF (Helvetica, WinAnsi) with each text at (x, y), as a layout program places it."""
    stream = b"".join(b"BT /F1 10 Tf %d %d Td (" % (x, y) + t.encode("cp1252").replace(b"(", b"\\(").replace(b")", b"\\)")
                      + b") Tj ET\n" for x, y, t in lines)
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
               b"/Contents 5 0 R >>",
               b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"]
    return _pdf_file(objects)


def _shows(number: str, text: str) -> bool:
    """True when ``text`` shows the personal part of ``number`` in any form (other digits, separators)."""
    import re

    from audit.grounds.identity import plain

    visible = "".join(c for c in plain(text) if c.isprintable())
    return bool(re.search("[^0-9A-Za-z]{0,2}".join(number[6:]), visible))


def _pdf_doc(pages: list[list[tuple[float, float, str]]], fields: list[dict] | None = None,
             image: bool = False, catalog: bytes = b"", xfa: bytes | None = None, xfa_packets: bool = True,
             compress: bool = False, template: bytes | None = None) -> bytes:
    """A PDF of several pages (Helvetica, WinAnsi; each text at (x, y)), with form fields (AcroForm) as a form
    program writes them: ``{"name": …, "value": …, "page": 0, "rect": (x1, y1, x2, y2)}`` plus optional
    ``"type"`` (/Tx, /Ch, /Btn), ``"tooltip"`` and ``"rv"`` (a rich-text value, XHTML); a ``"value"`` of None
    writes no /V; a dotted name («form1[0].#subform[0].Tekst[0]», as a static XFA form names its fields) makes
    the fields above it, each holding its partial name; or sticky notes ``{"note": …, "author": …}`` (``"rc"``:
    its rich text). The values live in the fields, not in the pages' text. ``xfa`` is an XFA datasets packet
    (a template packet before it), or with ``xfa_packets=False`` the whole XDP document in one stream;
    ``compress`` packs it with Flate; ``template`` is the template packet (the form's design). With ``image``
    every page also draws an image over most of the page, as a scan is."""
    import zlib

    def lit(s: str) -> bytes:
        return b"(" + s.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"

    def text(s: str) -> bytes:  # a text string: UTF-16 with a BOM when cp1252 cannot hold it
        try:
            return lit(s)
        except UnicodeEncodeError:
            return b"<FEFF" + s.encode("utf-16-be").hex().upper().encode() + b">"

    fields = fields or []
    n = len(pages)
    page_ids = [4 + 2 * i for i in range(n)]
    field_ids = [4 + 2 * n + i for i in range(len(fields))]
    next_id = 4 + 2 * n + len(fields)
    image_id = next_id
    next_id += 1 if image else 0
    xobject = b" /XObject << /Im1 %d 0 R >>" % image_id if image else b""
    # the fields above a dotted name: one object per prefix, in the order first named
    parents: dict[str, int] = {}
    for fd in fields:
        parts = fd.get("name", "").split(".") if "note" not in fd else []
        for k in range(1, len(parts)):
            prefix = ".".join(parts[:k])
            if prefix not in parents:
                parents[prefix] = next_id
                next_id += 1
    xfa_ids = []
    if xfa is not None:
        xfa_ids = [next_id, next_id + 1] if xfa_packets else [next_id]
        next_id += len(xfa_ids)
    form = [f for f, fd in zip(field_ids, fields) if "note" not in fd and "." not in fd["name"]]
    form += [i for p, i in parents.items() if "." not in p]
    xfa_entry = b""
    if xfa is not None:
        xfa_entry = (b" /XFA [(template) %d 0 R (datasets) %d 0 R]" % tuple(xfa_ids) if xfa_packets
                     else b" /XFA %d 0 R" % xfa_ids[0])
    acro = b" /AcroForm << /Fields [%s]%s >>" % (b" ".join(b"%d 0 R" % f for f in form), xfa_entry) \
        if form or xfa is not None else b""
    objects = [b"<< /Type /Catalog /Pages 2 0 R" + acro + catalog + b" >>",
               b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % p for p in page_ids), n),
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    for i, lines in enumerate(pages):
        stream = b"".join(b"BT /F1 10 Tf %d %d Td " % (x, y) + lit(t) + b" Tj ET\n" for x, y, t in lines)
        if image:
            stream = b"q 495 0 0 700 50 60 cm /Im1 Do Q\n" + stream
        annots = [f for f, fd in zip(field_ids, fields) if fd.get("page", 0) == i]
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >>"
                       + xobject + b" >> /Contents %d 0 R" % (5 + 2 * i)
                       + (b" /Annots [%s]" % b" ".join(b"%d 0 R" % a for a in annots) if annots else b"") + b" >>")
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    for fd in fields:
        if "note" in fd:  # a sticky note: ``{"note": text, "author": …}``
            objects.append(b"<< /Type /Annot /Subtype /Text /Contents " + lit(fd["note"]) + b" /T "
                           + lit(fd.get("author", "")) + (b" /RC " + text(fd["rc"]) if fd.get("rc") else b"")
                           + b" /Rect [500 700 520 720] /P %d 0 R >>" % page_ids[fd.get("page", 0)])
            continue
        kind = fd.get("type", "/Tx")
        value = fd["value"]
        v = b"" if value is None else b" /V " + (value.encode() if kind == "/Btn" else text(value))
        parts = fd["name"].split(".")
        parent = b" /Parent %d 0 R" % parents[".".join(parts[:-1])] if len(parts) > 1 else b""
        objects.append(b"<< /Type /Annot /Subtype /Widget /FT " + kind.encode() + b" /T " + lit(parts[-1]) + parent
                       + (b" /TU " + lit(fd["tooltip"]) if fd.get("tooltip") else b"") + v
                       + (b" /RV " + text(fd["rv"]) if fd.get("rv") else b"")
                       + b" /Rect [%d %d %d %d]" % fd.get("rect", (50, 700, 545, 760))
                       + b" /P %d 0 R /F 4 >>" % page_ids[fd.get("page", 0)])
    if image:
        objects.append(b"<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray "
                       b"/BitsPerComponent 8 /Length 4 >>\nstream\n\x80\x40\x40\x80\nendstream")
    for prefix in parents:
        parts = prefix.split(".")
        kids = [f for f, fd in zip(field_ids, fields) if "note" not in fd and fd["name"].rsplit(".", 1)[0] == prefix
                and "." in fd["name"]]
        kids += [i for p, i in parents.items() if p.rsplit(".", 1)[0] == prefix and "." in p]
        up = b" /Parent %d 0 R" % parents[".".join(parts[:-1])] if len(parts) > 1 else b""
        objects.append(b"<< /T " + lit(parts[-1]) + up + b" /Kids [%s] >>" % b" ".join(b"%d 0 R" % k for k in kids))
    if xfa is not None:
        packets = [template or b'<template xmlns="http://www.xfa.org/schema/xfa-template/3.3/"/>', xfa] \
            if xfa_packets else [xfa]
        for data in packets:
            head = b"<< /Length %d"
            if compress:
                data = zlib.compress(data)
                head += b" /Filter /FlateDecode"
            objects.append(head % len(data) + b" >>\nstream\n" + data + b"\nendstream")
    return _pdf_file(objects)


def _placed(paragraphs: list[str], top: float = 760, width: int = 85) -> list[tuple[float, float, str]]:
    """Paragraphs wrapped at ``width`` characters and placed line by line from ``top`` down, a blank line between."""
    import textwrap

    out, y = [], top
    for p in paragraphs:
        for line in textwrap.wrap(p, width):
            out.append((56, y, line))
            y -= 13
        y -= 13
    return out


def _paragraphs(key: str | None = None) -> list[str]:
    """The hand-written letter's paragraphs (its «Saksnr.» line left out unless ``key`` is given)."""
    return [p.replace("\n", " ") for p in _letter(key or "x").split("\n\n")
            if p.strip() and (key or not p.startswith("Saksnr"))]
