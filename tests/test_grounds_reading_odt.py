"""nav-audit grounds: OpenDocument text (.odt, and the flat .fodt) is read as a Word file is — paragraphs, list
items and table cells in document order, headers and footers set aside, notes and comments searched but not
judged, the same safety (zip size, defusedxml, a clear message for what cannot be read). The files are written
by hand, as LibreOffice writes them."""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from audit.grounds.reading import read_letter
from tests.grounds_letters import FNR, _by_key, _ground_values, _grounds, _letter, _shows

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3"')
MIME = "application/vnd.oasis.opendocument.text"


def _tp(text: str) -> str:
    return f"<text:p>{escape(text)}</text:p>"


def _letter_body(key: str | None = "K-1") -> str:
    """The hand-written letter as OpenDocument paragraphs (its heading a text:h), «Saksnr.» line only with ``key``."""
    paragraphs = [p.replace("\n", " ") for p in _letter(key or "x").split("\n\n") if p.strip()]
    if key is None:
        paragraphs = [p for p in paragraphs if not p.startswith("Saksnr")]
    return f'<text:h text:outline-level="1">{escape(paragraphs[0])}</text:h>' + "".join(_tp(p) for p in paragraphs[1:])


def _content(body: str, automatic_styles: str = "") -> str:
    return (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS}>'
            f"<office:automatic-styles>{automatic_styles}</office:automatic-styles>"
            f"<office:body><office:text>{body}</office:text></office:body></office:document-content>")


def _styles(header: str = "", footer: str = "") -> str:
    master = ""
    if header or footer:
        master = ('<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">'
                  + (f"<style:header>{header}</style:header>" if header else "")
                  + (f"<style:footer>{footer}</style:footer>" if footer else "")
                  + "</style:master-page></office:master-styles>")
    return f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {NS}>{master}</office:document-styles>'


def _meta(title: str = "Vedtak") -> str:
    return (f'<?xml version="1.0" encoding="UTF-8"?><office:document-meta {NS}><office:meta>'
            f"<dc:title>{escape(title)}</dc:title><meta:generator>LibreOffice/7.6</meta:generator>"
            "</office:meta></office:document-meta>")


def _odt(path: Path, body: str, *, header: str = "", footer: str = "", title: str = "Vedtak",
         automatic_styles: str = "", parts: dict[str, str | bytes] | None = None, content: str | None = None) -> Path:
    """An .odt as LibreOffice writes it: «mimetype» first and stored, then content.xml, styles.xml, meta.xml and
    the manifest (``parts`` adds or replaces members)."""
    members: dict[str, str | bytes] = {
        "content.xml": content if content is not None else _content(body, automatic_styles),
        "styles.xml": _styles(header, footer), "meta.xml": _meta(title),
        "META-INF/manifest.xml": ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                                  'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
                                  'manifest:version="1.3"><manifest:file-entry manifest:full-path="/" '
                                  f'manifest:media-type="{MIME}"/></manifest:manifest>'),
    }
    members.update(parts or {})
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("mimetype", MIME, compress_type=zipfile.ZIP_STORED)
        for name, data in members.items():
            z.writestr(name, data)
    return path


def _fodt(path: Path, body: str, *, header: str = "", footer: str = "", title: str = "Vedtak") -> Path:
    """A flat OpenDocument text (.fodt): one XML document with the metadata, styles and body."""
    styles = _styles(header, footer).split("?>", 1)[1]
    master = styles[styles.find("<office:master-styles>"):styles.find("</office:document-styles>")] if header or footer else ""
    path.write_text(f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {NS} office:mimetype="{MIME}">'
                    f"<office:meta><dc:title>{escape(title)}</dc:title></office:meta>{master}"
                    f"<office:body><office:text>{body}</office:text></office:body></office:document>",
                    encoding="utf-8")
    return path


def _word_paragraphs(key: str | None = "K-1") -> list[str]:
    return [p.replace("\n", " ") for p in _letter(key or "x").split("\n\n") if p.strip()
            and (key is not None or not p.startswith("Saksnr"))]


# --------------------------------------------------------------------------- what is read


def test_an_odt_letter_is_read_and_judged_as_the_word_letter_is(tmp_path):
    folder = tmp_path / "brev"
    folder.mkdir()
    _odt(folder / "vedtak.odt", _letter_body("K-1"))
    letter = read_letter(folder / "vedtak.odt")
    assert letter.problem is None and letter.format == "odt"
    assert letter.paragraphs == [p.strip() for p in _word_paragraphs("K-1")]
    out = tmp_path / "grounds.csv"
    r = _grounds(folder, "--out", out)
    assert r.exit_code == 0, r.output
    rows = _by_key(out)
    assert list(rows) == ["K-1"] and _ground_values(rows["K-1"]) == ["ja"] * 5
    assert "ikke lest" not in r.output  # no longer named among the files of other kinds


def test_odt_spans_spaces_tabs_line_breaks_lists_tables_frames_and_sections_in_document_order(tmp_path):
    body = (
        '<text:h text:outline-level="1">Vedtak om <text:span text:style-name="T1">kvalifiseringsprogram</text:span></text:h>'
        # a span, repeated spaces (text:s), a tab and a soft line break inside one paragraph; a hyperlink
        '<text:p>Du er<text:s text:c="3"/>34<text:tab/>år<text:line-break/>gammel, se '
        '<text:a xlink:href="https://nav.no">nav.no</text:a>.</text:p>'
        # an empty line (two line breaks) separates paragraphs, as in the Word reader
        '<text:p>Første<text:line-break/><text:line-break/>Andre</text:p>'
        # a list with a nested list: each item a paragraph
        '<text:list><text:list-item><text:p>Punkt en</text:p><text:list><text:list-item><text:p>Under</text:p>'
        '</text:list-item></text:list></text:list-item><text:list-item><text:p>Punkt to</text:p></text:list-item></text:list>'
        # a table: header rows, cells in order, a table inside a cell
        '<table:table table:name="T"><table:table-column/><table:table-column/><table:table-header-rows><table:table-row>'
        '<table:table-cell><text:p>Vilkår</text:p></table:table-cell><table:table-cell><text:p>Vurdering</text:p></table:table-cell>'
        '</table:table-row></table:table-header-rows><table:table-row><table:table-cell><text:p>Alder</text:p></table:table-cell>'
        '<table:table-cell><text:p>Du er 34 år.</text:p><table:table><table:table-row><table:table-cell><text:p>Indre</text:p>'
        '</table:table-cell></table:table-row></table:table></table:table-cell><table:covered-table-cell/></table:table-row>'
        '</table:table>'
        # a text box anchored in a paragraph: its paragraphs after that one; its picture makes no scan of a long letter
        '<text:p>Før boksen<draw:frame draw:name="Ramme1"><draw:text-box><text:p>I boksen</text:p></draw:text-box>'
        '</draw:frame> etter</text:p>'
        '<text:section text:name="S1"><text:p>I seksjonen</text:p><text:soft-page-break/><text:p>Siste</text:p></text:section>'
    )
    letter = read_letter(_odt(tmp_path / "K-1.odt", body))
    assert letter.problem is None
    assert letter.paragraphs == [
        "Vedtak om kvalifiseringsprogram", "Du er 34 år gammel, se nav.no.", "Første", "Andre", "Punkt en", "Under",
        "Punkt to", "Vilkår", "Vurdering", "Alder", "Du er 34 år.", "Indre", "Før boksen etter", "I boksen",
        "I seksjonen", "Siste"]


def test_odt_header_gives_the_key_footer_notes_and_comments_are_searched_never_judged(tmp_path):
    folder = tmp_path / "brev"
    folder.mkdir()
    # the key in the page header; an identity number in the footer, a footnote, a comment, the metadata, deleted
    # text of a tracked change and text formatted as hidden: each searched, none of them a paragraph
    body = (
        '<text:tracked-changes><text:changed-region text:id="c1"><text:deletion><office:change-info>'
        '<dc:creator>Saksbehandler</dc:creator></office:change-info>'
        f'<text:p>Gjelder {FNR}</text:p></text:deletion></text:changed-region></text:tracked-changes>'
        + _letter_body(None).replace(
            "<text:p>Du er 34 år",
            '<text:p>Du er 34 år<text:note text:id="n1" text:note-class="footnote"><text:note-citation>1</text:note-citation>'
            f'<text:note-body><text:p>Fødselsnr. {FNR[:6]} {FNR[6:]}</text:p></text:note-body></text:note>', 1)
        .replace("<text:p>Vi kan tilby",
                 '<text:p><office:annotation><dc:creator>Kollega</dc:creator><text:p>sjekk saksnr. 2024/117 og '
                 f'{FNR}</text:p></office:annotation><text:span text:style-name="Skjult">Mal: skriv {FNR}</text:span>'
                 "Vi kan tilby", 1))
    hidden = ('<style:style style:name="Skjult" style:family="text">'
              '<style:text-properties text:display="none"/></style:style>')
    _odt(folder / "brev.odt", body, header=_tp("Vår ref.: 2025/4711"), footer=_tp(f"Fødselsnr. {FNR}"),
         title=f"Vedtak {FNR}", automatic_styles=hidden)
    letter = read_letter(folder / "brev.odt")
    assert letter.problem is None
    assert letter.paragraphs == [p.strip() for p in _word_paragraphs(None)]
    assert letter.margins == ["Vår ref.: 2025/4711"]
    out = tmp_path / "grounds.csv"
    r = _grounds(folder, "--out", out)
    assert r.exit_code == 0, r.output
    rows = _by_key(out)
    assert list(rows) == ["2025/4711"]  # the header's reference, not the comment's «saksnr. 2024/117»
    assert _ground_values(rows["2025/4711"]) == ["ja"] * 5
    # footer, footnote, comment, hidden text, deleted text and title: six
    assert rows["2025/4711"]["identity_numbers"] == "6"
    assert "brev.odt inneholder 6 fødselsnummer" in r.output
    assert not _shows(FNR, r.output + out.read_text(encoding="utf-8-sig"))


def test_a_flat_opendocument_text_is_read_too(tmp_path):
    folder = tmp_path / "brev"
    folder.mkdir()
    _fodt(folder / "brev.fodt", _letter_body(None), header=_tp("Saksnr.: K-7"), footer=_tp(f"Fødselsnr. {FNR}"))
    letter = read_letter(folder / "brev.fodt")
    assert letter.problem is None and letter.format == "fodt"
    assert letter.paragraphs == [p.strip() for p in _word_paragraphs(None)]
    out = tmp_path / "grounds.csv"
    r = _grounds(folder, "--out", out)
    assert r.exit_code == 0, r.output
    row = _by_key(out)["K-7"]
    assert _ground_values(row) == ["ja"] * 5 and row["identity_numbers"] == "1"
    # a flat file under a .txt name is read by what it is, not as text full of markup
    (folder / "brev.fodt").rename(folder / "brev.txt")
    assert read_letter(folder / "brev.txt").paragraphs == letter.paragraphs


# --------------------------------------------------------------------------- what is not, and says why


def test_odt_that_cannot_be_read_says_why_and_the_others_go_on(tmp_path, monkeypatch):
    import audit.grounds.reading_odt as reading_odt

    folder = tmp_path / "brev"
    folder.mkdir()
    (folder / "K-1.txt").write_text(_letter("K-1"), encoding="utf-8")
    entity = _content(_letter_body("K-2")).replace("?>", '?><!DOCTYPE office:document-content [<!ENTITY e "eeee">]>', 1)
    _odt(folder / "K-2.odt", "", content=entity)  # a DTD with entities is refused (billion laughs), never expanded
    (folder / "K-3.odt").write_bytes(b"PK\x03\x04 not a zip at all")
    _odt(folder / "K-4.odt", _letter_body("K-4"), parts={  # password-protected: content.xml is encrypted bytes
        "META-INF/manifest.xml": '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
                                 '<manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data/>'
                                 "</manifest:file-entry></manifest:manifest>"})
    _odt(folder / "K-5.odt", "")  # no text
    with zipfile.ZipFile(folder / "K-6.odt", "w") as z:  # a spreadsheet under a text's name
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", _content(_letter_body("K-6")))
    _odt(folder / "K-7.odt", _letter_body("K-7") * 6)
    monkeypatch.setattr(reading_odt, "MAX_XML_BYTES", len(_content(_letter_body("K-7") * 3)))  # a zip bomb's size
    out = tmp_path / "grounds.csv"
    r = _grounds(folder, "--out", out)
    assert r.exit_code == 0, r.output
    rows = _by_key(out)
    assert _ground_values(rows["K-1"]) == ["ja"] * 5
    problems = {k: rows[k]["letter_problem"] for k in ("K-2", "K-3", "K-4", "K-5", "K-6", "K-7")}
    assert problems == {"K-2": "OpenDocument-filen er skadet eller ikke et tekstdokument (.odt)",
                        "K-3": "OpenDocument-filen er skadet eller ikke et tekstdokument (.odt)",
                        "K-4": "OpenDocument-filen er passordbeskyttet – lagre den uten passord",
                        "K-5": "filen har ingen tekst",
                        "K-6": "OpenDocument-filen er skadet eller ikke et tekstdokument (.odt)",
                        "K-7": "filen er for stor til å være et vedtaksbrev"}, problems
    assert all(_ground_values(rows[k]) == [""] * 5 for k in problems)
    r = _grounds(folder, "--out", out, "--overwrite", lang="en")
    assert "K-4.odt could not be read (the OpenDocument file is password protected – save it without a password)" \
        in r.output


def test_a_word_file_under_an_odt_name_is_read_as_word(tmp_path):
    # a file is read as what its first bytes say: a .docx renamed .odt is a Word letter (and an .odt renamed .docx
    # keeps its own message: tests/test_grounds_producers.py)
    from sample_data.letters.docx import docx_bytes

    paragraphs = [p.strip() for p in _word_paragraphs("K-9")]
    (tmp_path / "K-9.odt").write_bytes(docx_bytes(paragraphs))
    letter = read_letter(tmp_path / "K-9.odt")
    assert letter.problem is None and letter.format == "docx" and letter.paragraphs == paragraphs


@pytest.mark.parametrize("suffix", [".odt", ".fodt"])
def test_an_odt_letter_named_on_the_command_line_is_read(tmp_path, suffix):
    path = tmp_path / f"K-1{suffix}"
    (_odt if suffix == ".odt" else _fodt)(path, _letter_body("K-1"))
    out = tmp_path / "grounds.csv"
    r = _grounds(path, "--out", out)
    assert r.exit_code == 0, r.output
    assert _ground_values(_by_key(out)["K-1"]) == ["ja"] * 5


def test_an_odt_made_by_libreoffice_from_a_word_letter_reads_as_the_word_letter(tmp_path):
    import subprocess

    from sample_data.letters.docx import docx_bytes
    from tests.report_browsers import require

    paragraphs = [p.strip() for p in _word_paragraphs("K-lo")]
    word = tmp_path / "K-lo.docx"
    word.write_bytes(docx_bytes(paragraphs, [["Vilkår", "Vurdering"], ["Alder", "Du er 34 år gammel."]]))
    folder = tmp_path / "brev"
    folder.mkdir()
    soffice = require("soffice", "libreoffice")
    proc = subprocess.run([soffice, f"-env:UserInstallation={(tmp_path / 'lo-profile').resolve().as_uri()}", "--headless",
                           "--norestore", "--nologo", "--convert-to", "odt", "--outdir", str(folder), str(word)],
                          capture_output=True, text=True, timeout=300, stdin=subprocess.DEVNULL)
    made = folder / "K-lo.odt"
    assert proc.returncode == 0 and made.exists(), proc.stdout + proc.stderr
    assert read_letter(made).format == "odt"
    assert read_letter(made).paragraphs == read_letter(word).paragraphs
    out = tmp_path / "grounds.csv"
    r = _grounds(folder, "--out", out)
    assert r.exit_code == 0, r.output
    assert _ground_values(_by_key(out)["K-lo"]) == ["ja"] * 5
