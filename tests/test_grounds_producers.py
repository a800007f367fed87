"""``nav-audit grounds`` on letters as real programs write them (fresh eyes, round 14): a letter shown in a web
case system and printed to PDF by Chromium (its header and footer, its ligatures), text copied on a Mac
(decomposed letters)."""

from __future__ import annotations

import html
import subprocess
import unicodedata

from tests.grounds_letters import GROUNDS, _by_key, _grounds, _letter, _paragraphs


def _chromium_pdf(tmp_path, name: str, paragraphs: list[str], title: str):
    """``paragraphs`` as a web page printed to PDF by headless Chromium with its default header and footer
    (date and title at the top, the page's address and «1/1» at the bottom)."""
    from tests.report_browsers import require

    page = tmp_path / f"{name}.html"
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    page.write_text(f"<!doctype html><html><head><meta charset='utf-8'><title>{html.escape(title)}</title></head>"
                    f"<body style='font-family: sans-serif'>{body}</body></html>", encoding="utf-8")
    pdf = tmp_path / f"{name}.pdf"
    subprocess.run([require("chromium", "chromium-browser"), "--headless", "--no-sandbox", "--disable-gpu",
                    f"--user-data-dir={tmp_path / 'profile'}", "--no-first-run", f"--print-to-pdf={pdf}",
                    page.resolve().as_uri()], capture_output=True, timeout=120, stdin=subprocess.DEVNULL, check=False)
    assert pdf.exists(), "Chromium wrote no PDF"
    return pdf


def test_a_letter_printed_from_a_browser_reads_as_the_letter_without_its_header_footer_or_split_words(tmp_path):
    # Chromium's PDF: pypdf's layout mode put a gap inside every word after a ligature («kvaliﬁseringspr
    # ogram», «ﬁr e»), and the date-and-title header and the address-and-«1/1» footer of a one-page print were
    # paragraphs of the letter (the header joined to the letter's heading)
    from audit.grounds.reading import read_letter

    folder = tmp_path / "brev"
    folder.mkdir()
    letter = [p.strip() for p in _paragraphs("K-web")]
    pdf = _chromium_pdf(tmp_path, "vedtak", letter, "Vedtak om kvalifiseringsprogram – Modia")
    pdf.rename(folder / "vedtak.pdf")
    read = read_letter(folder / "vedtak.pdf")
    assert read.paragraphs == letter, read.paragraphs
    assert any(m.startswith("file://") for m in read.margins)  # kept for the key and identity search
    out = tmp_path / "grounds.csv"
    r = _grounds(folder, "--out", out)
    assert r.exit_code == 0, r.output
    assert [_by_key(out)["K-web"][c] for c in GROUNDS] == ["ja"] * 5


def test_gaps_the_layout_mode_puts_inside_words_go_where_the_plain_mode_reads_the_word_whole():
    from audit.grounds.reading_pdf_text import respaced

    layout = "  Vedtak om kvaliﬁseringspr              ogram\n\n  Alder          34 år\n  de siste ﬁr        e årene."
    plain = "Vedtak om kvaliﬁseringsprogram\nAlder 34 år\nde siste ﬁre årene."
    assert respaced(layout, plain) == "  Vedtak om kvaliﬁseringsprogram\n\n  Alder          34 år\n  de siste ﬁre årene."
    # the plain mode losing the spaces between words is not followed: no word is glued to the next
    assert respaced("  Du er 34 år gammel", "Duer34årgammel") == "  Du er 34 år gammel"
    # a line the plain mode reads otherwise (another order, two columns) stays as laid out
    assert respaced("venstre   høyre", "venstre\nhøyre") == "venstre   høyre"


def test_a_letter_in_decomposed_unicode_reads_as_the_same_letter_composed(tmp_path):
    # text copied on a Mac (or from some PDFs) writes «å» as «a» and a combining ring: «34 år» was no age,
    # and the letter's age criterion «nei»
    folder = tmp_path / "brev"
    folder.mkdir()
    (folder / "K-nfd.txt").write_text(unicodedata.normalize("NFD", _letter("K-nfd")), encoding="utf-8")
    (folder / "K-nfc.txt").write_text(_letter("K-nfc"), encoding="utf-8")
    out = tmp_path / "grounds.csv"
    r = _grounds(folder, "--out", out)
    assert r.exit_code == 0, r.output
    rows = _by_key(out)
    assert [rows["K-nfd"][c] for c in GROUNDS] == [rows["K-nfc"][c] for c in GROUNDS] == ["ja"] * 5


def _criteria_table_docx(path, key: str):
    """A Word letter whose assessment is a two-column table «Vilkår | Vurdering», as many templates write it."""
    from docx import Document

    text = [p.strip() for p in _paragraphs(key)]
    doc = Document()
    doc.add_paragraph(text[0])
    doc.add_paragraph(text[1])
    doc.add_paragraph(text[2])
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, cell in zip(("Alder", "Arbeidsevne", "Ytelser", "Nødvendig og hensiktsmessig", "Tilpasset program"),
                           text[3:8]):
        row = table.add_row().cells
        row[0].text, row[1].text = label, cell
    for p in text[8:]:
        doc.add_paragraph(p)
    doc.save(path)
    return path


def test_a_table_of_labels_and_their_text_laid_out_by_libreoffice_reads_as_the_word_file(tmp_path):
    # the label ran into its cell's first line («Alder Du er 34 år gammel og er derfor i») and every further
    # line of a cell was a paragraph of its own: «Arbeidsevnevurderingen fra» / «20.01.2025 viser at …» made
    # ground_necessity «nei» in the PDF and «ja» in the Word file it was made from
    from audit.grounds.reading import read_letter
    from tests.report_browsers import soffice_to_pdf

    folder = tmp_path / "brev"
    folder.mkdir()
    word = _criteria_table_docx(tmp_path / "K-tab.docx", "K-tab")
    soffice_to_pdf(word, folder, tmp_path / "lo-profile")
    word.rename(folder / "word.docx")
    assert read_letter(folder / "K-tab.pdf").paragraphs == read_letter(folder / "word.docx").paragraphs
    out = tmp_path / "grounds.csv"
    r = _grounds(folder, "--out", out, "--key-from", "name")
    assert r.exit_code == 0, r.output
    rows = _by_key(out)
    assert [rows["K-tab"][c] for c in GROUNDS] == [rows["word"][c] for c in GROUNDS] == ["ja"] * 5


def test_label_rows_only_takes_tables_of_prose_apart():
    from audit.grounds.reading_pdf_text import label_rows

    table = ("Alder                Du er 34 år gammel og er derfor i\n"
             "                     yrkesaktiv alder.\n"
             "Nødvendig og         Vi mener programmet er nødvendig\n"
             "hensiktsmessig       for deg, fordi du trenger tett oppfølging.\n"
             "Du har rett til å klage")
    assert [x for x in label_rows(table).split("\n") if x] == [
        "Alder", "Du er 34 år gammel og er derfor i", "yrkesaktiv alder.", "Nødvendig og hensiktsmessig",
        "Vi mener programmet er nødvendig", "for deg, fordi du trenger tett oppfølging.", "Du har rett til å klage"]
    # a table of short values (date, benefit, outcome) and prose with one wide gap stay as laid out
    values = "12.01.2025      AAP          avslått\n02.02.2025      Dagpenger    avslått"
    assert label_rows(values) == values
    prose = "Du har ingen rett til dagpenger.   Søknaden ble avslått.\nNeste linje i avsnittet."
    assert label_rows(prose) == prose


def test_a_letterheads_row_of_labels_with_the_values_below_gives_the_reference_not_the_next_label(tmp_path):
    # «Vår ref.:  Deres ref.:  Vår dato:» over «2024/117  12345  06.12.2025»: a PDF's key was «Deres» (the next
    # label), so a folder of such letters stopped on «two letters have the same case key «Deres»»; a Word
    # table's cells gave no key from the letter at all
    from tests.grounds_letters import _docx, _p, _pdf_doc, _placed

    def cells(texts):
        return "<w:tr>" + "".join(f"<w:tc>{_p(t)}</w:tc>" for t in texts) + "</w:tr>"

    folder = tmp_path / "brev"
    folder.mkdir()
    body = [p.strip() for p in _paragraphs()]
    for i, ref in enumerate(("2024/117", "2024/118")):
        head = [(56, 800, "Vår ref.:"), (220, 800, "Deres ref.:"), (380, 800, "Vår dato:"),
                (56, 775, ref), (220, 775, "12345"), (380, 775, "06.12.2025")]
        (folder / f"brev{i}.pdf").write_bytes(_pdf_doc([head + _placed(body, top=740)]))
    table = "<w:tbl>" + cells(["Vår ref.:", "Deres ref.:", "Vår dato:"]) + cells(["2024/119", "12345", "06.12.2025"]) + "</w:tbl>"
    _docx(folder / "brev2.docx", table + "".join(_p(p) for p in body))
    # a reference whose own line names the next label keeps its value: «Saksnr.: K-9 Dato: 06.12.2025»
    (folder / "brev3.txt").write_text("Saksnr.: K-9 Dato: 06.12.2025\n\n" + "\n\n".join(body), encoding="utf-8")
    out = tmp_path / "grounds.csv"
    r = _grounds(folder, "--out", out)
    assert r.exit_code == 0, r.output
    rows = _by_key(out)
    assert sorted(rows) == ["2024/117", "2024/118", "2024/119", "K-9"], rows
    assert all([row[c] for c in GROUNDS] == ["ja"] * 5 for row in rows.values())


def test_a_row_of_labels_gives_no_key_when_the_values_do_not_line_up():
    from pathlib import Path

    from audit.grounds.keys import find_key

    name = Path("fra-navnet.txt")
    assert find_key("Vår ref.: Deres ref.: Vår dato:\n\n2024/117 06.12.2025", name)[0] == "fra-navnet"  # 3 over 2
    assert find_key("Vår ref.: Deres ref.:\n\nNAV Heimdal", name)[0] == "fra-navnet"  # no digit
    assert find_key("Vår dato: Vår ref.:\n\n06.12.2025 24/5", name)[0] == "24/5"


def test_an_opendocument_text_under_a_word_name_says_what_it_is(tmp_path):
    # LibreOffice's .odt renamed to .docx was «the Word file is damaged or not a .docx»: the user looked for damage
    import zipfile

    folder = tmp_path / "brev"
    folder.mkdir()
    with zipfile.ZipFile(folder / "K-odt.docx", "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", '<?xml version="1.0"?><office:document-content '
                   'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>')
    (folder / "K-1.txt").write_text(_letter("K-1"), encoding="utf-8")
    out = tmp_path / "grounds.csv"
    for lang, words in (("nb", "OpenDocument-dokument (.odt fra LibreOffice)"), ("en", "OpenDocument text (.odt")):
        r = _grounds(folder, "--out", out, "--overwrite", lang=lang)
        assert r.exit_code == 0, r.output
        row = _by_key(out)["K-odt"]
        assert [row[c] for c in GROUNDS] == [""] * 5 and words in row["letter_problem"] and words in r.output


def test_bullets_drawn_in_a_symbol_font_start_list_items_as_other_bullets_do():
    # Word's and LibreOffice's default bullet reaches the text layer as U+F0B7 (a private-use character): the
    # items of a list under «Vi har lagt vekt på dette:» ran together into one paragraph
    from audit.grounds.reading_pdf_text import pdf_page_paragraphs

    page = ("Vi har lagt vekt på dette:\n\n"
            "\uf0b7  Du er 34 år gammel og er derfor i yrkesaktiv alder.\n"
            "\uf0b7  Arbeidsevnen din er vesentlig nedsatt fordi du har hatt langvarige\n"
            "   ryggsmerter siden 2019 og ikke har vært i arbeid de siste fire årene.\n"
            "\uf0a7  Vi kan tilby deg et tilpasset program med arbeidspraksis i en butikk.")
    assert pdf_page_paragraphs(page) == [
        "Vi har lagt vekt på dette:", "• Du er 34 år gammel og er derfor i yrkesaktiv alder.",
        "• Arbeidsevnen din er vesentlig nedsatt fordi du har hatt langvarige ryggsmerter siden 2019 og ikke har "
        "vært i arbeid de siste fire årene.", "• Vi kan tilby deg et tilpasset program med arbeidspraksis i en butikk."]


def test_identity_numbers_in_what_else_travels_with_a_letter_are_counted(tmp_path):
    # a PDF 2.0 keeps its title in XMP metadata only; a file attached to the PDF, a picture's alternative text
    # and a hyperlink's address in a Word letter travel with it too — none of them was searched
    from pypdf import PdfWriter

    from tests.grounds_letters import FNR, _body, _docx, _pdf, _shows

    folder = tmp_path / "brev"
    folder.mkdir()
    (tmp_path / "p.pdf").write_bytes(_pdf([(50, 780 - 13 * i, t) for i, t in enumerate(["Saksnr.: K-xmp",
                                                                                      "Du er 34 år gammel."])]))
    writer = PdfWriter()
    writer.append(tmp_path / "p.pdf")
    writer.xmp_metadata = (
        '<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
        'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/'
        f'elements/1.1/"><dc:title><rdf:Alt><rdf:li xml:lang="x-default">Vedtak {FNR}</rdf:li></rdf:Alt>'
        '</dc:title></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>').encode()
    writer.write(folder / "K-xmp.pdf")
    (tmp_path / "q.pdf").write_bytes(_pdf([(50, 780, "Saksnr.: K-att"), (50, 767, "Du er 34 år gammel.")]))
    writer = PdfWriter()
    writer.append(tmp_path / "q.pdf")
    writer.add_attachment(f"legeerklæring {FNR[:6]}-{FNR[6:]}.pdf", b"%PDF-1.4 vedlegg")
    writer.write(folder / "vedlegg.pdf")
    picture = ('<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/'
               f'wordprocessingDrawing"><wp:docPr id="1" name="Bilde 1" descr="Skannet legeerklæring {FNR}"/>'
               '</wp:inline></w:drawing></w:r></w:p>')
    _docx(folder / "K-alt.docx", _body("Saksnr.: K-alt") + picture)
    path = _docx(folder / "K-link.docx", _body("Saksnr.: K-link"))
    import zipfile

    with zipfile.ZipFile(path, "a") as z:
        z.writestr("word/_rels/document.xml.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.'
                   'openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="http://schemas.'
                   'openxmlformats.org/officeDocument/2006/relationships/hyperlink" '
                   f'Target="https://saksbehandling.example/person/{FNR}" TargetMode="External"/></Relationships>')
    out = tmp_path / "grounds.csv"
    r = _grounds(folder, "--out", out)
    assert r.exit_code == 0, r.output
    rows = _by_key(out)
    assert rows["K-alt"]["identity_numbers"] == rows["K-link"]["identity_numbers"] == "1", rows
    assert rows["K-xmp"]["identity_numbers"] == rows["K-att"]["identity_numbers"] == "1", rows
    assert not _shows(FNR, r.output + out.read_text(encoding="utf-8-sig"))


def test_the_same_letter_downloaded_twice_is_read_once_but_two_letters_for_one_case_still_stop(tmp_path):
    # «K-1 (1).txt» beside «K-1.txt» (a browser's second download) stopped the whole folder with «two letters have
    # the same case key»; a copy named by the case made a case of its own («K-5 - Kopi»)
    folder = tmp_path / "brev"
    folder.mkdir()
    (folder / "K-1.txt").write_text(_letter("K-1"), encoding="utf-8")
    (folder / "K-1 (1).txt").write_text(_letter("K-1"), encoding="utf-8")
    unlabelled = "\n\n".join(p for p in _letter("x").split("\n\n") if not p.startswith("Saksnr"))
    for name in ("K-5.txt", "K-5 - Kopi.txt", "Kopi av K-5.txt", "K-6.txt", "K-7.txt"):
        (folder / name).write_text(unlabelled, encoding="utf-8")
    out = tmp_path / "grounds.csv"
    r = _grounds(folder, "--out", out)
    assert r.exit_code == 0, r.output
    # the same text under two case names is two cases (a template without personal facts), not a copy
    assert sorted(_by_key(out)) == ["K-1", "K-5", "K-6", "K-7"]
    assert "K-1 (1).txt er en kopi av K-1.txt (samme innhold) og er lest én gang" in r.output
    assert "K-5 - Kopi.txt er en kopi av K-5.txt" in r.output and "Kopi av K-5.txt er en kopi av K-5.txt" in r.output
    # the same letter in two folders: named by their paths
    (folder / "2024").mkdir()
    (folder / "2024" / "K-1.txt").write_text(_letter("K-1"), encoding="utf-8")
    r = _grounds(folder, "--out", out, "--overwrite", lang="en")
    assert r.exit_code == 0 and "Note: K-1.txt is a copy of 2024/K-1.txt (the same content) and was read once." in r.output
    # a changed decision for the same case is another letter: named, never merged or dropped in silence
    (folder / "K-1 endringsvedtak.txt").write_text(_letter("K-1").replace("20 timer", "15 timer"), encoding="utf-8")
    r = _grounds(folder, "--out", out, "--overwrite")
    assert r.exit_code == 2 and "to brev har samme saksnøkkel «K-1»" in r.output, r.output


def test_links_in_a_folder_that_lead_nowhere_are_named_not_passed_over_in_silence(tmp_path):
    # a shortcut to a letter that was moved, or a link to itself, was skipped without a word: the user's count of
    # letters and the table's did not agree and nothing said why. A link to a letter read anyway is read once.
    import os

    folder = tmp_path / "brev"
    (folder / "sub").mkdir(parents=True)
    (folder / "K-1.txt").write_text(_letter("K-1"), encoding="utf-8")
    os.symlink(tmp_path / "flyttet" / "K-2.pdf", folder / "K-2.pdf")
    os.symlink(folder / "K-3.docx", folder / "K-3.docx")
    os.symlink(folder / "K-1.txt", folder / "sub" / "lenke.txt")
    os.symlink(folder, folder / "sub" / "løkke")  # a loop: folders behind links are not followed
    out = tmp_path / "grounds.csv"
    r = _grounds(folder, "--out", out)
    assert r.exit_code == 0, r.output
    assert list(_by_key(out)) == ["K-1"]
    assert "2 snarveier (symbolske lenker) i mappene peker ikke på noen fil og er ikke lest: K-2.pdf, K-3.docx." in r.output


def _ocr_pdf(paragraphs: list[str], gap: float) -> bytes:
    """A scan with an OCR text layer as some OCR programs write it: an image, and each word drawn invisibly
    (render mode 3) at its own position, scaled to its box, with no space character between words; ``gap`` is
    the room between two words in points."""
    import textwrap

    from tests.grounds_letters import _pdf_file

    ops, y = [], 790
    for p in paragraphs:
        for line in textwrap.wrap(p, 80):
            x = 56.0
            for w in line.split():
                width = len(w) * 5.6
                ops.append(b"BT 3 Tr /F1 10 Tf %.1f Tz 1 0 0 1 %.1f %d Tm (" % (100 * width / (len(w) * 6.0), x, y)
                           + w.encode("cp1252") + b") Tj ET\n")
                x += width + gap
            y -= 13
        y -= 13
    stream = b"q 495 0 0 700 50 60 cm /Im1 Do Q\n" + b"".join(ops)
    return _pdf_file([
        b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> "
        b"/XObject << /Im1 6 0 R >> >> /Contents 5 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 "
        b"/Length 4 >>\nstream\n\x80\x40\x40\x80\nendstream"])


def test_an_ocr_text_layer_whose_words_run_together_is_unreadable_not_judged_nei(tmp_path):
    # words placed by position without spaces, close together: pypdf read «Duer34årgammelogerderfori…» and the
    # letter was judged «nei» on every criterion whose words it no longer found
    folder = tmp_path / "brev"
    folder.mkdir()
    (folder / "K-tett.pdf").write_bytes(_ocr_pdf([p.strip() for p in _paragraphs("K-tett")], gap=0.5))
    (folder / "K-luft.pdf").write_bytes(_ocr_pdf([p.strip() for p in _paragraphs("K-luft")], gap=6.0))
    out = tmp_path / "grounds.csv"
    r = _grounds(folder, "--out", out, "--key-from", "name")
    assert r.exit_code == 0, r.output
    rows = _by_key(out)
    assert [rows["K-tett"][c] for c in GROUNDS] == [""] * 5
    assert rows["K-tett"]["letter_problem"].startswith("PDF-filens tekstlag mangler mellomrom mellom ordene")
    assert [rows["K-luft"][c] for c in GROUNDS] == ["ja"] * 5  # an OCR layer with room between words is read


def test_word_fields_and_position_tabs_read_as_the_page_shows_them(tmp_path):
    # a position tab (w:ptab: «Begrunnelse» left, «side 1» right) glued the two words together; a simple field's
    # result («K-77» of a MERGEFIELD) is the key, its code is not the text
    from audit.grounds.keys import find_key
    from audit.grounds.reading import read_letter
    from tests.grounds_letters import _body, _docx

    field = ('<w:p><w:r><w:t xml:space="preserve">Saksnr.: </w:t></w:r><w:fldSimple w:instr=" MERGEFIELD '
             'Saksnummer \\* MERGEFORMAT "><w:r><w:t>K-77</w:t></w:r></w:fldSimple></w:p>')
    tab = ('<w:p><w:r><w:t>Begrunnelse</w:t></w:r><w:r><w:ptab w:relativeTo="margin" w:alignment="right" '
           'w:leader="none"/><w:t>side 1</w:t></w:r></w:p>')
    path = _docx(tmp_path / "brev.docx", field + tab + _body())
    letter = read_letter(path)
    assert letter.paragraphs[:2] == ["Saksnr.: K-77", "Begrunnelse side 1"]
    assert find_key(letter.text, path) == ("K-77", "label") and "MERGEFIELD" not in letter.text


def test_a_two_column_letter_laid_out_by_libreoffice_reads_as_the_word_file(tmp_path):
    # side by side, the layout mode put a line of each column into one row, so the blank lines between one
    # column's paragraphs came and went with the other's lines: «Vi mener programmet er» was a paragraph of its
    # own, the next two paragraphs one, and the paragraph the column break cut was two
    from docx import Document
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    from audit.grounds.reading import read_letter
    from tests.report_browsers import soffice_to_pdf

    filler = "Dette avsnittet gjør brevet langt nok til å gå over flere sider, slik et virkelig vedtak kan gjøre det. " * 3
    doc = Document()
    doc.add_paragraph("Saksnr.: K-cols")
    columns = OxmlElement("w:cols")
    columns.set(qn("w:num"), "2")
    columns.set(qn("w:space"), "720")
    doc.sections[0]._sectPr.append(columns)
    for text in [p.strip() for p in _paragraphs()] + [filler] * 4:
        doc.add_paragraph(text)
    folder = tmp_path / "brev"
    folder.mkdir()
    doc.save(tmp_path / "K-cols.docx")
    soffice_to_pdf(tmp_path / "K-cols.docx", folder, tmp_path / "lo-profile")
    assert read_letter(folder / "K-cols.pdf").paragraphs == read_letter(tmp_path / "K-cols.docx").paragraphs


def test_a_short_first_line_going_on_with_a_small_letter_is_no_heading():
    from audit.grounds.reading_pdf_text import pdf_page_paragraphs

    column = ("Vi mener programmet er\nnødvendig og hensiktsmessig for\ndeg. Arbeidsevnevurderingen fra\n"
              "20.01.2025 viser at du trenger tett\noppfølging.")
    assert pdf_page_paragraphs(column) == [" ".join(column.split("\n"))]
    assert pdf_page_paragraphs("Vedtak\nDu er 34 år gammel og er derfor i yrkesaktiv alder.") == [
        "Vedtak", "Du er 34 år gammel og er derfor i yrkesaktiv alder."]


def test_text_copied_from_a_pdf_with_its_line_breaks_and_no_blank_lines_is_read_by_sentence_not_by_line(tmp_path):
    # copied from a PDF viewer into a text file: lines broken at the page's width, no blank line between paragraphs;
    # each line was a paragraph, so «… fordi du har hatt langvarige» / «ryggsmerter siden 2019 …» cut the sentence
    import textwrap

    from audit.grounds.reading import read_letter

    paragraphs = [p.strip() for p in _paragraphs("K-wrap")]
    path = tmp_path / "K-wrap.txt"
    path.write_text("\r\n".join(x for p in paragraphs for x in textwrap.wrap(p, 75)), encoding="cp1252")
    read = read_letter(path).paragraphs
    assert "Du er 34 år gammel og er derfor i yrkesaktiv alder." in read
    assert any(p.startswith("Arbeidsevnen din er vesentlig nedsatt fordi du har hatt langvarige ryggsmerter siden 2019")
               for p in read), read
    assert all(p[:1].isupper() for p in read)  # no paragraph starts inside a sentence
    # one paragraph per line, as a case system exports it, stays one paragraph per line
    path.write_text("\n".join(paragraphs), encoding="utf-8")
    assert read_letter(path).paragraphs == paragraphs


def _one_letter_without_saksnr(tmp_path, name: str):
    """A folder with a letter named ``name`` that has no «Saksnr» line, and one (K-0043) that has."""
    folder = tmp_path / "brev"
    folder.mkdir()
    unlabelled = "\n\n".join(p for p in _letter("x").split("\n\n") if not p.startswith("Saksnr"))
    (folder / name).write_text(unlabelled, encoding="utf-8")
    (folder / "b.txt").write_text(_letter("K-0043"), encoding="utf-8")
    return folder


def test_keys_taken_from_file_names_are_said_with_an_example_and_the_option_that_helps(tmp_path):
    # «Vedtak K-0042.txt» without a «Saksnr» line gave the key «Vedtak K-0042», which joins no export row — silently
    folder = _one_letter_without_saksnr(tmp_path, "Vedtak K-0042.txt")
    out = tmp_path / "grounds.csv"
    r = _grounds(folder, "--out", out, lang="en")
    assert r.exit_code == 0, r.output
    assert ("Note: 1 of 2 letters have no «Saksnr» line; the case key is the file name (e.g. «Vedtak K-0042»). "
            "If the case number is only part of the name, give --key-pattern") in r.output
    r = _grounds(folder, "--out", out, "--overwrite", "--key-pattern", r"K-\d+")
    assert r.exit_code == 0 and sorted(_by_key(out)) == ["K-0042", "K-0043"] and "filnavnet" not in r.output


def test_file_names_that_are_keys_alone_are_said_without_suggesting_a_key_pattern(tmp_path):
    # «K-0042.txt» is the key already: the note says where the key came from, and no option is suggested
    folder = _one_letter_without_saksnr(tmp_path, "K-0042.txt")
    r = _grounds(folder, "--out", tmp_path / "grounds.csv")
    assert r.exit_code == 0, r.output
    assert "Merk: 1 av 2 brev har ingen «Saksnr»-linje; saksnøkkelen er filnavnet (f.eks. «K-0042»)." in r.output
    assert "--key-pattern" not in r.output and sorted(_by_key(tmp_path / "grounds.csv")) == ["K-0042", "K-0043"]


def test_a_small_pdf_whose_page_unpacks_to_megabytes_of_drawing_is_refused_in_a_moment(tmp_path):
    # 40 kB on disk, 6 MB of text instructions unpacked: reading it took half a minute (a larger one, minutes)
    import zlib

    from tests.grounds_letters import _pdf_file

    line = b"BT /F1 10 Tf 56 %d Td (Dette er en lang linje med tekst som gjentas mange ganger i brevet.) Tj ET\n"
    stream = zlib.compress(b"".join(line % (800 - (i % 60) * 13) for i in range(60000)))
    folder = tmp_path / "brev"
    folder.mkdir()
    (folder / "K-tung.pdf").write_bytes(_pdf_file([
        b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream"]))
    (folder / "K-1.txt").write_text(_letter("K-1"), encoding="utf-8")
    out = tmp_path / "grounds.csv"
    r = _grounds(folder, "--out", out, "--key-from", "name")
    assert r.exit_code == 0, r.output
    row = _by_key(out)["K-tung"]
    assert [row[c] for c in GROUNDS] == [""] * 5 and "over 4 MB" in row["letter_problem"]
