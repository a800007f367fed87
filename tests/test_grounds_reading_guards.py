"""``nav-audit grounds``: the reading path's guards — a --key-pattern that would hang the command or cannot
give a key in time, PDF page furniture (running headers and footers, page numbers), PDF form fields (AcroForm).
Every test drives the CLI on letters built by hand (tests/grounds_letters.py)."""

from __future__ import annotations

from tests.grounds_letters import FNR, _by_key, _grounds, _letter, _paragraphs, _shows


# --------------------------------------------------------------------------- --key-pattern


def test_a_key_pattern_that_backtracks_without_end_stops_the_command_instead_of_hanging_it(tmp_path):
    # «(a+)+$» on a line of «a» ending in «!» backtracks without end (Python's re: hours): the command hung
    folder = tmp_path / "brev"
    folder.mkdir()
    (folder / "K-1.txt").write_text(_letter("K-1", ("Med vennlig hilsen", "a" * 5000 + "!\n\nMed vennlig hilsen")),
                                    encoding="utf-8")
    (folder / "K-2.txt").write_text(_letter("K-2"), encoding="utf-8")
    out = tmp_path / "grounds.csv"
    for lang, words in (("nb", "brukte mer enn 1 sekund på ett brev"), ("en", "took more than 1 second on one letter")):
        r = _grounds(folder, "--out", out, "--key-pattern", "(a+)+$", lang=lang)
        assert r.exit_code == 2, r.output
        assert f"--key-pattern «(a+)+$» {words}" in r.output and "K-1.txt" in r.output and "Traceback" not in r.output
    assert not out.exists()
    # a pattern that works is not touched by the limit
    r = _grounds(folder, "--out", out, "--key-pattern", r"Saksnr\.:\s*(?P<key>\S+)")
    assert r.exit_code == 0, r.output
    assert sorted(_by_key(out)) == ["K-1", "K-2"]


def test_a_key_pattern_that_is_invalid_stops_the_command_naming_option_and_pattern(tmp_path):
    folder = tmp_path / "brev"
    folder.mkdir()
    (folder / "K-1.txt").write_text(_letter("K-1"), encoding="utf-8")
    out = tmp_path / "grounds.csv"
    r = _grounds(folder, "--out", out, "--key-pattern", "[")
    assert r.exit_code == 2 and "--key-pattern «[» er ikke et gyldig regulært uttrykk" in r.output, r.output
    assert "hele treffet" in r.output  # the hint says where the key comes from
    assert not out.exists()
    # a pattern whose compiling alone takes minutes and gigabytes (a compile cannot be interrupted in-process)
    r = _grounds(folder, "--out", out, "--key-pattern", r"(\p{L}{65535}){65535}")
    assert r.exit_code == 2 and "--key-pattern «(\\p{L}{65535}){65535}» er for stort til å tolkes" in r.output, r.output
    assert not out.exists()
    r = _grounds(folder, "--out", out, "--key-pattern", r"(K-\d+)")  # the whole key as the group
    assert r.exit_code == 0 and list(_by_key(out)) == ["K-1"]


def test_a_key_pattern_without_a_group_gives_the_whole_match(tmp_path):
    # «K-\d+» is how people write it (grep -o): the match is the key, not a refused pattern
    folder = tmp_path / "brev"
    folder.mkdir()
    (folder / "brev-a.txt").write_text(_letter("K-17"), encoding="utf-8")
    out = tmp_path / "grounds.csv"
    r = _grounds(folder, "--out", out, "--key-pattern", r"K-\d+", "--key-from", "text")
    assert r.exit_code == 0, r.output
    assert list(_by_key(out)) == ["K-17"]


# --------------------------------------------------------------------------- PDF page furniture


def test_running_headers_footers_and_page_numbers_of_a_pdf_are_no_paragraphs_but_give_the_key(tmp_path):
    # a letter over three pages, each with a running header («… – side 2 av 3», and the case number), a footer
    # holding an identity number, and a page number: the header and footer were paragraphs, shifting every
    # paragraph number, the identity number was counted once per page, and a paragraph broken by a page break
    # was two
    from tests.grounds_letters import _pdf_doc, _placed

    body = _paragraphs()
    broken = body[3].split(" ")  # the work ability paragraph, broken across the first page break
    first, rest = " ".join(broken[:8]), " ".join(broken[8:])
    pages = [_placed([*body[:3], first]), _placed([rest, *body[4:6]]), _placed(body[6:])]
    for i, page in enumerate(pages, 1):
        page += [(56, 812, f"NAV Heimdal – Vedtak om kvalifiseringsprogram – side {i} av 3"),
                 (56, 799, "Saksnr.: K-hdr"), (56, 44, f"Fødselsnr. {FNR}"),
                 (290, 30, f"{i}" if i % 2 else f"- {i} -")]
    folder = tmp_path / "brev"
    folder.mkdir()
    (folder / "brev.pdf").write_bytes(_pdf_doc(pages))
    (folder / "K-txt.txt").write_text("\n\n".join(body) + "\n", encoding="utf-8")
    out = tmp_path / "grounds.csv"
    r = _grounds(folder, "--out", out)
    assert r.exit_code == 0, r.output
    rows = _by_key(out)
    assert sorted(rows) == ["K-hdr", "K-txt"]  # the key from the running header
    pdf, txt = rows["K-hdr"], rows["K-txt"]
    assert pdf["identity_numbers"] == "1" and "brev.pdf inneholder 1 fødselsnummer" in r.output
    evidence = [c for c in pdf if c.startswith("ground_")]
    assert {c: pdf[c] for c in evidence} == {c: txt[c] for c in evidence}  # same paragraphs, same numbers
    assert not _shows(FNR, r.output + out.read_text(encoding="utf-8-sig"))


def test_a_one_page_pdf_loses_only_its_page_number_and_a_line_repeated_inside_pages_stays(tmp_path):
    from tests.grounds_letters import _pdf_doc, _placed

    body = _paragraphs("K-one")
    one = _placed(body) + [(280, 30, "Side 1 av 1")]
    # «Uke 1: …» / «Uke 2: …» at the top of two pages differ by more than a page number: they stay
    two = [_placed(["Uke 1: arbeidspraksis i en butikk 20 timer i uken.", *body[:5]]),
           _placed(["Uke 2: arbeidspraksis i en butikk 20 timer i uken.", *body[5:]])]
    folder = tmp_path / "brev"
    folder.mkdir()
    (folder / "K-one.pdf").write_bytes(_pdf_doc([one]))
    (folder / "K-two.pdf").write_bytes(_pdf_doc(two))
    (folder / "K-one.txt").write_text("\n\n".join(body) + "\n", encoding="utf-8")
    from audit.grounds.reading import read_letter

    assert read_letter(folder / "K-one.pdf").paragraphs == read_letter(folder / "K-one.txt").paragraphs
    paragraphs = read_letter(folder / "K-two.pdf").paragraphs
    assert paragraphs[0].startswith("Uke 1:") and "Uke 2: arbeidspraksis i en butikk 20 timer i uken." in paragraphs


def test_a_one_page_pdfs_running_header_and_footer_with_a_page_number_are_set_aside(tmp_path):
    # «NAV Lerkendal | Vedtak | Side 1 av 1» on a one-page letter has no other page to repeat on: it was the
    # letter's first paragraph, shifting every paragraph number, and its footer «… – side 1 av 1» its last
    from audit.grounds.identity import count_identity_numbers
    from audit.grounds.reading import read_letter
    from tests.grounds_letters import _pdf_doc, _placed

    body = _paragraphs()
    # a body line that names a page («se side 2 av vedtaket») is no furniture: it is not at the page's edge
    body[4] = body[4] + " Se side 2 av 3 i vedtaket om arbeidsevne."
    page = [(56, 812, "NAV Lerkendal | Vedtak | Side 1 av 1"), (56, 799, "Saksnr.: K-hdr"),
            *_placed(body, top=770), (56, 30, f"NAV Lerkendal – Fødselsnr. {FNR} – side 1/1")]
    folder = tmp_path / "brev"
    folder.mkdir()
    (folder / "brev.pdf").write_bytes(_pdf_doc([page]))
    letter = read_letter(folder / "brev.pdf")
    assert sum(count_identity_numbers(p) for p in letter.paragraphs) == 0  # (so that a failure never shows it)
    assert letter.paragraphs == ["Saksnr.: K-hdr", *(p.strip() for p in body)]
    assert letter.margins[0] == "NAV Lerkendal | Vedtak | Side 1 av 1" and len(letter.margins) == 2
    assert count_identity_numbers(letter.margins[1]) == 1
    (folder / "K-txt.txt").write_text("Saksnr.: K-txt\n\n" + "\n\n".join(body) + "\n", encoding="utf-8")
    out = tmp_path / "grounds.csv"
    r = _grounds(folder, "--out", out)
    assert r.exit_code == 0, r.output
    rows = _by_key(out)
    pdf, txt = rows["K-hdr"], rows["K-txt"]
    assert pdf["identity_numbers"] == "1"
    evidence = [c for c in pdf if c.startswith("ground_")]
    assert {c: pdf[c] for c in evidence} == {c: txt[c] for c in evidence}  # same paragraphs, same numbers
    assert not _shows(FNR, r.output + out.read_text(encoding="utf-8-sig"))


def test_a_word_letter_with_a_running_header_and_page_numbers_laid_out_by_libreoffice_reads_as_the_word_file(
        tmp_path):
    # a real layout program's PDF of a three-page letter: header «… Saksnr.: K-lo» and footer «Side N av 3» on
    # every page were six paragraphs more than the .docx has, and every number after them shifted
    from docx import Document
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    from tests.report_browsers import soffice_to_pdf

    def field(paragraph, code: str) -> None:
        run = paragraph.add_run()._r
        for kind, text in (("begin", None), (None, code), ("separate", None), (None, "1"), ("end", None)):
            if kind:
                el = OxmlElement("w:fldChar")
                el.set(qn("w:fldCharType"), kind)
            elif text == code:
                el = OxmlElement("w:instrText")
                el.text = code
            else:
                el = OxmlElement("w:t")
                el.text = text
            run.append(el)

    doc = Document()
    section = doc.sections[0]
    section.header.paragraphs[0].text = "NAV Heimdal – Vedtak om kvalifiseringsprogram – Saksnr.: K-lo"
    footer = section.footer.paragraphs[0]
    footer.add_run("Side ")
    field(footer, "PAGE")
    footer.add_run(" av ")
    field(footer, "NUMPAGES")
    filler = "Dette avsnittet gjør brevet langt nok til å gå over flere sider, slik et virkelig vedtak kan. " * 3
    for i, text in enumerate(_paragraphs()):
        doc.add_paragraph(text)
        if i in (2, 4):
            for _ in range(9):
                doc.add_paragraph(filler)
    folder = tmp_path / "brev"
    folder.mkdir()
    doc.save(tmp_path / "K-lo.docx")
    soffice_to_pdf(tmp_path / "K-lo.docx", folder, tmp_path / "lo-profile")
    (tmp_path / "K-lo.docx").rename(folder / "word.docx")
    out = tmp_path / "grounds.csv"
    r = _grounds(folder, "--out", out, "--key-from", "text")
    assert r.exit_code == 2 and "to brev har samme saksnøkkel «K-lo»" in r.output  # both found it in the header
    r = _grounds(folder, "--out", out, "--key-from", "name")
    assert r.exit_code == 0, r.output
    rows = _by_key(out)
    columns = [c for c in rows["word"] if c.startswith("ground_")]
    assert {c: rows["K-lo"][c] for c in columns} == {c: rows["word"][c] for c in columns}
    assert rows["word"]["ground_program"] == "ja"


# --------------------------------------------------------------------------- PDF form fields (AcroForm)


def test_a_letter_written_into_a_pdf_form_is_read_from_its_fields(tmp_path):
    # the values of a filled form live in its fields, not in the page's text: the key, the identity number
    # and the grounds were not read at all (every criterion «nei», the key the file name)
    from tests.grounds_letters import _pdf_doc

    body = _paragraphs()
    static = [(56, 800, "Vedtak om kvalifiseringsprogram"), (56, 770, "Saksnummer:"), (56, 750, "Fødselsnummer:"),
              (56, 720, "Begrunnelse:"), (56, 100, "Med vennlig hilsen"), (56, 87, "NAV Midtbyen")]
    fields = [{"name": "Tekst1", "tooltip": "Saksnummer", "value": "K-form", "rect": (160, 765, 400, 780)},
              {"name": "fnr", "value": f"{FNR[:6]} {FNR[6:]}", "rect": (160, 745, 400, 760)},
              {"name": "begrunnelse", "value": "\n\n".join(body[1:7]), "rect": (56, 200, 540, 715)},
              {"name": "godkjent", "type": "/Btn", "value": "/Yes", "rect": (56, 150, 70, 164)}]
    folder = tmp_path / "brev"
    folder.mkdir()
    (folder / "skjema.pdf").write_bytes(_pdf_doc([static], fields))
    # the same form printed with its values on the page (flattened): read once, not twice
    printed = static + [(160, 770, "K-flat")] + [(56, 700 - 13 * i, line) for i, line in enumerate(
        "\n".join(body[1:7]).split("\n"))]
    fields_flat = [dict(fields[0], value="K-flat"), fields[2]]
    (folder / "flat.pdf").write_bytes(_pdf_doc([printed], fields_flat))
    out = tmp_path / "grounds.csv"
    r = _grounds(folder, "--out", out)
    assert r.exit_code == 0, r.output
    rows = _by_key(out)
    assert sorted(rows) == ["K-flat", "K-form"]
    form = rows["K-form"]
    assert [form[c] for c in ("ground_age", "ground_work_ability", "ground_benefits", "ground_necessity",
                              "ground_program")] == ["ja"] * 5, form
    assert form["identity_numbers"] == "1" and "skjema.pdf inneholder 1 fødselsnummer" in r.output
    assert not _shows(FNR, r.output + out.read_text(encoding="utf-8-sig"))
    from audit.grounds.reading import read_letter

    flat = read_letter(folder / "flat.pdf").paragraphs
    assert sum(p.startswith("Du er 34 år gammel") for p in flat) == 1  # the value on the page is not added again


def test_a_key_pattern_that_takes_a_stretch_of_the_letter_gives_no_key_from_it(tmp_path):
    # «Saksnr(.*)» took the rest of the line — a sentence of the letter — into the table's case_id
    folder = tmp_path / "brev"
    folder.mkdir()
    (folder / "a.txt").write_text(_letter("K-9", ("Saksnr.: K-9", "Saksnr.: K-9 gjelder deg som søkte om programmet i fjor høst")),
                                  encoding="utf-8")
    (folder / "b.txt").write_text(_letter("K-10"), encoding="utf-8")
    out = tmp_path / "grounds.csv"
    r = _grounds(folder, "--out", out, "--key-pattern", r"Saksnr\.:\s*(.*)")
    assert r.exit_code == 0, r.output
    assert list(_by_key(out)) == ["K-10"]  # a.txt is skipped with a note: its match is no case number
    assert "a.txt" in r.output and "fjor høst" not in out.read_text("utf-8")
