"""``nav-audit grounds``: a fresh-eyes pass on the reading path (issue 19, items 1 and 3) — hand-built letters the
hostile-letter test did not try: keys in odd places, invisible marks, scans in Word, tables in content controls,
hidden text, PDF notes and XFA forms, text files of pages, identity numbers typed with spaces around a dash, odd file
names. Every test drives the CLI (the letters' writers are in tests/grounds_letters.py)."""

from __future__ import annotations

from tests.grounds_letters import FNR, _by_key, _grounds, _letter, _paragraphs, _rows, _shows


# --------------------------------------------------------------------------- fresh eyes: keys and invisible marks


def test_an_empty_key_line_takes_no_word_from_the_next_line_but_a_value_in_the_next_cell_is_the_key(tmp_path):
    # «Saksnummer:» left empty in a template took «Vi» from «Vi viser til søknaden din …» as the key of
    # every letter (two letters: «two letters have the same case key «Vi»»); «Vår ref.:» over «Deres ref.:»
    # took «Deres»
    from tests.grounds_letters import _docx

    folder = tmp_path / "brev"
    folder.mkdir()
    for key in ("K-7", "K-8"):
        (folder / f"{key}.txt").write_text(_letter(key).replace(f"Saksnr.: {key}", "Saksnummer:"), encoding="utf-8")
    (folder / "K-9.txt").write_text(_letter("x").replace("Saksnr.: x", "Vår ref.:\n\nDeres ref.:"), encoding="utf-8")
    cells = ('<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Saksnr.:</w:t></w:r></w:p></w:tc>'
             '<w:tc><w:p><w:r><w:t>K-0042</w:t></w:r></w:p></w:tc></w:tr></w:tbl>')
    from tests.grounds_letters import _body

    _docx(folder / "tabell.docx", cells + _body())
    out = tmp_path / "grounds.csv"
    r = _grounds(folder, "--out", out)
    assert r.exit_code == 0, r.output
    assert sorted(_by_key(out)) == ["K-0042", "K-7", "K-8", "K-9"]  # the value in the table's next cell is the key


def test_invisible_marks_a_case_system_leaves_around_numbers_and_names_do_not_hide_the_facts(tmp_path):
    # left-to-right marks around every number and an isolate around the person's (Arabic) name, as a web case
    # system writes them: «Du er \u200e34\u200e år» was no age, and the age was judged «nei»
    import re

    from tests.grounds_letters import _body, _docx, _rezip

    marked = re.sub(r"\d[\d.]*\d|\d", lambda m: "\u200e" + m.group(0) + "\u200e", _letter("K-bidi"))
    marked = marked.replace("Vi viser til søknaden din", "Til \u2067سارة\u2069 Hansen.\n\nVi viser til\u200b søknaden din")
    folder = tmp_path / "brev"
    folder.mkdir()
    (folder / "K-bidi.txt").write_text(marked, encoding="utf-8")
    (folder / "K-plain.txt").write_text(_letter("K-plain").replace("Vi viser til søknaden din",
                                                                   "Til سارة Hansen.\n\nVi viser til søknaden din"),
                                        encoding="utf-8")
    body = _body("Saksnr.: K-\u200eword").replace("34 år", "\u200e34\u200e år")
    _docx(folder / "K-word.docx", body)
    out = tmp_path / "grounds.csv"
    r = _grounds(folder, "--out", out)
    assert r.exit_code == 0, r.output
    rows = _by_key(out)
    assert sorted(rows) == ["K-bidi", "K-plain", "K-word"]  # and not «K-» cut at the mark
    columns = [c for c in rows["K-plain"] if c.startswith("ground_")]
    assert {c: rows["K-bidi"][c] for c in columns} == {c: rows["K-plain"][c] for c in columns}
    assert rows["K-bidi"]["ground_age"] == rows["K-word"]["ground_age"] == "ja"


def test_a_scanned_letter_with_a_typed_line_or_two_is_unreadable_not_judged_nei(tmp_path):
    # a scan pasted into Word (or a scanned PDF) with only a stamped «Saksnr.» as text was judged «nei» on every
    # criterion — for what the image says; a letter with a logo and its whole text is still read
    from tests.grounds_letters import _body, _docx, _p, _pdf_doc, _placed

    picture = ('<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/'
               'wordprocessingDrawing"><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
               '<a:graphicData><a:blip r:embed="rId7" xmlns:r="http://schemas.openxmlformats.org/officeDocument/'
               '2006/relationships"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>')
    folder = tmp_path / "brev"
    folder.mkdir()
    _docx(folder / "skann.docx", _p("Saksnr.: K-scan") + picture)
    _docx(folder / "bilde.docx", picture)
    _docx(folder / "logo.docx", picture + _body("Saksnr.: K-logo"))
    (folder / "skann.pdf").write_bytes(_pdf_doc([[(56, 800, "Saksnr.: K-pdfscan")]], image=True))
    (folder / "logo.pdf").write_bytes(_pdf_doc([_placed(_paragraphs("K-pdflogo"))], image=True))
    out = tmp_path / "grounds.csv"
    r = _grounds(folder, "--out", out, lang="en")
    assert r.exit_code == 0, r.output
    rows = _by_key(out)
    grounds = ("ground_age", "ground_work_ability", "ground_benefits", "ground_necessity", "ground_program")
    for key in ("K-scan", "bilde", "K-pdfscan"):
        assert [rows[key][c] for c in grounds] == [""] * 5, rows[key]
        assert rows[key]["letter_problem"].startswith("the letter is an image (scanned?) with almost no text")
    for key in ("K-logo", "K-pdflogo"):
        assert [rows[key][c] for c in grounds] == ["ja"] * 5 and rows[key]["letter_problem"] == ""


def test_table_rows_and_cells_inside_content_controls_are_read(tmp_path):
    # Word's repeating section puts a table's rows inside a content control (w:sdt), and a template may put one
    # around a cell: only rows and cells directly in the table were read, so the grounds in them were lost
    from tests.grounds_letters import _docx, _p

    body = _paragraphs("K-sdt")

    def row(label: str, text: str) -> str:
        return (f'<w:sdt><w:sdtContent><w:tr><w:tc>{_p(label)}</w:tc><w:sdt><w:sdtContent><w:tc>{_p(text)}</w:tc>'
                '</w:sdtContent></w:sdt></w:tr></w:sdtContent></w:sdt>')

    table = ("<w:tbl><w:tblPr/><w:tr><w:tc>" + _p("Vilkår") + "</w:tc><w:tc>" + _p("Vurdering") + "</w:tc></w:tr>"
             + "".join(row(label, text) for label, text in zip(
                 ("Alder", "Arbeidsevne", "Ytelser", "Nødvendig og hensiktsmessig", "Program"), body[3:8]))
             + "</w:tbl>")
    folder = tmp_path / "brev"
    folder.mkdir()
    _docx(folder / "K-sdt.docx", "".join(_p(x) for x in body[:3]) + table + "".join(_p(x) for x in body[8:]))
    out = tmp_path / "grounds.csv"
    r = _grounds(folder, "--out", out)
    assert r.exit_code == 0, r.output
    (row_,) = _rows(out)
    assert [row_[c] for c in ("ground_age", "ground_work_ability", "ground_benefits", "ground_necessity",
                              "ground_program")] == ["ja"] * 5, row_


def test_a_word_document_whose_main_part_has_another_name_is_read(tmp_path):
    # Word on the web and other programs may name the main part «word/document2.xml» (the package's relationships
    # say which part it is): such a letter was «damaged»
    from tests.grounds_letters import _body, _docx, _rezip

    folder = tmp_path / "brev"
    folder.mkdir()

    def renamed(name: str, data: bytes) -> tuple[str, bytes]:
        if name in ("_rels/.rels", "[Content_Types].xml"):
            data = data.replace(b"word/document.xml", b"word/document2.xml")
        return ("word/document2.xml" if name == "word/document.xml" else name), data

    _rezip(_docx(tmp_path / "src.docx", _body("Saksnr.: K-doc2")), folder / "K-doc2.docx", renamed)
    out = tmp_path / "grounds.csv"
    r = _grounds(folder, "--out", out)
    assert r.exit_code == 0, r.output
    (row,) = _rows(out)
    assert row["letter_problem"] == "" and row["ground_age"] == "ja", row


def test_identity_numbers_in_a_pdfs_sticky_notes_are_counted_like_a_word_documents_comments(tmp_path):
    from tests.grounds_letters import _pdf_doc, _placed

    folder = tmp_path / "brev"
    folder.mkdir()
    note = {"note": f"Sjekk fnr {FNR[:6]} {FNR[6:]} før utsending", "author": "Saksbehandler"}
    (folder / "K-note.pdf").write_bytes(_pdf_doc([_placed(_paragraphs("K-note"))], [note]))
    out = tmp_path / "grounds.csv"
    r = _grounds(folder, "--out", out)
    assert r.exit_code == 0, r.output
    (row,) = _rows(out)
    assert row["case_id"] == "K-note" and row["identity_numbers"] == "1" and row["ground_age"] == "ja"
    assert "K-note.pdf inneholder 1 fødselsnummer" in r.output and not _shows(FNR, r.output)


def test_identity_numbers_typed_with_a_spaced_dash_or_two_spaces_are_counted_and_masked(tmp_path):
    # «150875 - 12345» (a dash between spaces), two spaces or a tab between the groups: not counted in a letter,
    # and a file named so was shown as it is in the table's «letter» column and the notes
    folder = tmp_path / "brev"
    folder.mkdir()
    spaced = f"{FNR[:6]} - {FNR[6:]}"
    (folder / "K-dash.txt").write_text(_letter("K-dash", ("Du er 34 år", f"Fødselsnummer: {spaced}. Du er 34 år")),
                                       encoding="utf-8")
    (folder / "K-tab.txt").write_text(_letter("K-tab", ("Du er 34 år", f"Fnr.\t{FNR[:6]}\t{FNR[6:]}. Du er 34 år")),
                                      encoding="utf-8")
    (folder / f"vedtak {spaced}.txt").write_text(_letter("K-name"), encoding="utf-8")
    out = tmp_path / "grounds.csv"
    r = _grounds(folder, "--out", out)
    assert r.exit_code == 0, r.output
    rows = _by_key(out)
    assert {k: rows[k]["identity_numbers"] for k in rows} == {"K-dash": "1", "K-tab": "1", "K-name": "1"}
    assert rows["K-name"]["letter"] == "vedtak •••••••••••.txt"
    assert not _shows(FNR, r.output + out.read_text(encoding="utf-8-sig"))
    r = _grounds(folder, "--out", tmp_path / f"g {spaced}.csv", lang="en")
    assert r.exit_code == 2 and "--out seems to contain a national identity number" in r.output


def test_a_dynamic_xfa_form_is_unreadable_not_judged_on_its_please_wait_page(tmp_path):
    from tests.grounds_letters import _pdf_doc

    wait = ["Please wait...", "If this message is not eventually replaced by the proper contents of the document,",
            "your PDF viewer may not be able to display this type of document."]
    folder = tmp_path / "brev"
    folder.mkdir()
    (folder / "K-xfa.pdf").write_bytes(_pdf_doc([[(56, 780 - 13 * i, x) for i, x in enumerate(wait)]],
                                                catalog=b" /NeedsRendering true"))
    out = tmp_path / "grounds.csv"
    r = _grounds(folder, "--out", out)
    assert r.exit_code == 0, r.output
    (row,) = _rows(out)
    assert row["ground_age"] == "" and row["letter_problem"].startswith("PDF-filen er et dynamisk XFA-skjema"), row


def test_hidden_text_in_a_word_letter_is_not_the_letters_text_but_its_identity_numbers_count(tmp_path):
    # a template's instructions formatted as hidden text (Word's «Skjult»: neither shown nor printed) were read as
    # the letter: «Du er 34 år gammel …» in hidden text gave the age «ja» to a letter that says nothing of it
    from xml.sax.saxutils import escape

    from tests.grounds_letters import _body, _docx, _rezip

    def hidden(text: str) -> str:
        return (f'<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'
                '<w:r><w:t>Alder:</w:t></w:r></w:p>')

    body = _body("Saksnr.: K-hidden").replace("Du er 34 år gammel og er derfor i yrkesaktiv alder.", "Alder")
    folder = tmp_path / "brev"
    folder.mkdir()
    _docx(folder / "K-hidden.docx", hidden(f"Du er 34 år gammel og er derfor i yrkesaktiv alder. Fnr {FNR}.") + body)
    out = tmp_path / "grounds.csv"
    r = _grounds(folder, "--out", out)
    assert r.exit_code == 0, r.output
    (row,) = _rows(out)
    assert row["ground_age"] == "nei" and row["ground_program"] == "ja" and row["identity_numbers"] == "1", row


def test_a_text_file_of_pages_apart_by_form_feeds_loses_its_running_headers_like_a_pdf(tmp_path):
    # text extracted from a PDF (pdftotext) keeps the pages apart by form feeds, with the running header and the
    # page number on each: they were paragraphs («\fNAV Heimdal – … – side 2 av 3»), shifting every number
    body = _paragraphs()
    pages = [body[:4], body[4:7], body[7:]]
    text = "\f".join(f"NAV Heimdal – Vedtak om kvalifiseringsprogram – side {i} av 3\nSaksnr.: K-ff\n\n"
                     + "\n\n".join(page) + f"\n\n\n                 {i}\n" for i, page in enumerate(pages, 1)) + "\f"
    folder = tmp_path / "brev"
    folder.mkdir()
    (folder / "brev.txt").write_text(text, encoding="utf-8")
    (folder / "K-txt.txt").write_text("\n\n".join(body) + "\n", encoding="utf-8")
    out = tmp_path / "grounds.csv"
    r = _grounds(folder, "--out", out)
    assert r.exit_code == 0, r.output
    rows = _by_key(out)
    assert sorted(rows) == ["K-ff", "K-txt"]
    columns = [c for c in rows["K-txt"] if c.startswith("ground_")]
    assert {c: rows["K-ff"][c] for c in columns} == {c: rows["K-txt"][c] for c in columns}


def test_the_letters_own_key_line_beats_a_comment_or_footnote_but_a_letterhead_header_still_gives_it(tmp_path):
    # Word's comments and footnotes were searched before the body: a colleague's comment «Husk å sjekke saksnr.
    # 2024/117 mot arkivet» made 2024/117 the key of a letter whose own line says K-body — its row joined to
    # another case; and «Vår ref.:» over the date cell of a letterhead took the date as the key
    from tests.grounds_letters import _body, _docx, _p

    comment = f'<w:comment w:id="0" w:author="Kari">{_p("Husk å sjekke saksnr. 2024/117 mot arkivet.")}</w:comment>'
    folder = tmp_path / "brev"
    folder.mkdir()
    _docx(folder / "a.docx", _body("Saksnr.: K-body"), {"comments": comment})
    _docx(folder / "b.docx", _body("Saksnr.: K-foot"),
          {"footnotes": f'<w:footnote w:id="1">{_p("Se saksnummer 2023/5 for den forrige søknaden.")}</w:footnote>'})
    _docx(folder / "c.docx", _body("Saksnr.: K-ignored"), {"header1": _p("Vår ref.: 2025/4711")})
    cells = ('<w:tbl><w:tr><w:tc>' + _p("Vår ref.:") + '</w:tc><w:tc>' + _p("24.05.2025") + '</w:tc></w:tr></w:tbl>')
    _docx(folder / "K-date.docx", cells + _body())
    out = tmp_path / "grounds.csv"
    r = _grounds(folder, "--out", out)
    assert r.exit_code == 0, r.output
    assert sorted(_by_key(out)) == ["2025/4711", "K-body", "K-date", "K-foot"]


def test_keys_and_names_from_odd_file_names_are_one_line_of_visible_characters(tmp_path):
    # a file name holding a line break or a right-to-left override (which shows «K-2‮x» reversed in a spreadsheet)
    # gave the case key «K-1\nx» and wrote the override into the table
    folder = tmp_path / "brev"
    folder.mkdir()
    for name in ("K-1\nx", "K-2\u202ex", "K-3\t"):
        (folder / f"{name}.txt").write_text(_letter("x").replace("Saksnr.: x\n\n", ""), encoding="utf-8")
    out = tmp_path / "grounds.csv"
    r = _grounds(folder, "--out", out)
    assert r.exit_code == 0, r.output
    rows = _rows(out)
    assert sorted(row["case_id"] for row in rows) == ["K-1 x", "K-2x", "K-3"]
    assert not any(c in row["letter"] for row in rows for c in "\n\t\u202e")


def test_identity_numbers_in_the_data_a_word_letter_carries_are_counted(tmp_path):
    # a document-assembly program stores the case's data with the letter (customXml/item1.xml), and a picture's
    # part may be named by the number: it travels with the file, but was not searched
    from tests.grounds_letters import _body, _docx, _rezip

    folder = tmp_path / "brev"
    folder.mkdir()
    _rezip(_docx(tmp_path / "src.docx", _body("Saksnr.: K-data")), folder / "K-data.docx",
           add={"customXml/item1.xml": f'<?xml version="1.0"?><sak><bruker fnr="{FNR}"/><navn>Kari</navn></sak>',
                f"word/media/{FNR[:6]}-{FNR[6:]}.png": b"\x89PNG"})
    out = tmp_path / "grounds.csv"
    r = _grounds(folder, "--out", out)
    assert r.exit_code == 0, r.output
    (row,) = _rows(out)
    assert row["case_id"] == "K-data" and row["identity_numbers"] == "2" and row["ground_age"] == "ja", row
    assert not _shows(FNR, r.output + out.read_text(encoding="utf-8-sig"))


def test_a_word_letter_written_as_one_paragraph_with_empty_lines_reads_as_its_paragraphs(tmp_path):
    # a generated letter that is one Word paragraph with empty lines (two line breaks) between its paragraphs was
    # one paragraph: every criterion's evidence said «avsnitt 1»
    from xml.sax.saxutils import escape

    from tests.grounds_letters import _docx

    paragraphs = _paragraphs("K-br")
    runs = "<w:r><w:br/><w:br/></w:r>".join(f'<w:r><w:t xml:space="preserve">{escape(p)}</w:t></w:r>'
                                            for p in paragraphs)
    folder = tmp_path / "brev"
    folder.mkdir()
    _docx(folder / "K-br.docx", f"<w:p>{runs}</w:p>")
    (folder / "K-txt.txt").write_text("\n\n".join(_paragraphs("K-txt")) + "\n", encoding="utf-8")
    out = tmp_path / "grounds.csv"
    r = _grounds(folder, "--out", out)
    assert r.exit_code == 0, r.output
    rows = _by_key(out)
    columns = [c for c in rows["K-txt"] if c.startswith("ground_")]
    assert {c: rows["K-br"][c] for c in columns} == {c: rows["K-txt"][c] for c in columns}
    assert "avsnitt 4" in rows["K-br"]["ground_age_evidence"]
