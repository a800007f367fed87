"""nav-audit grounds: reading letters (.txt, .docx, .pdf), case keys, identity numbers in letters."""

from __future__ import annotations

from pathlib import Path

import pytest

from audit.grounds.identity import count_identity_numbers
from audit.grounds.keys import BadPattern, compile_pattern, find_key, is_identity_key
from audit.grounds.reading import collect_letters, pdf_page_paragraphs, read_letter, text_paragraphs
from sample_data.letters.docx import docx_bytes
from sample_data.letters.pdf import pdf_bytes

PARAGRAPHS = [
    "Vedtak om kvalifiseringsprogram",
    "Saksnr.: K-0042",
    "Du er 34 år gammel. Arbeidsevnen din er vesentlig nedsatt fordi du har hatt ryggsmerter i mange år, "
    "og du har ikke vært i arbeid siden 2016. Dette er en lang linje som må brytes i PDF-en, slik at avsnittet "
    "går over flere linjer på siden.",
    "Med vennlig hilsen",
]


def _docx(path: Path, paragraphs: list[str], table: list[list[str]] | None = None, extra_body: str = "") -> Path:
    path.write_bytes(docx_bytes(paragraphs, table, extra_body=extra_body))
    return path


def test_plain_text_paragraphs_blank_lines_and_wrapped_lines(tmp_path):
    p = tmp_path / "K-1.txt"
    p.write_text("Tittel\n\nFørste linje i et av-\nsnitt som fortsetter\n\n\nSiste\n", encoding="utf-8")
    assert read_letter(p).paragraphs == ["Tittel", "Første linje i et avsnitt som fortsetter", "Siste"]
    assert text_paragraphs("én\nto\ntre") == ["én", "to", "tre"]  # no blank line: one paragraph per line


def test_plain_text_in_cp1252_and_utf16(tmp_path):
    a = tmp_path / "a.txt"
    a.write_bytes("Du får økonomisk stønad.".encode("cp1252"))
    b = tmp_path / "b.txt"
    b.write_bytes("Du får økonomisk stønad.".encode("utf-16"))
    assert read_letter(a).paragraphs == read_letter(b).paragraphs == ["Du får økonomisk stønad."]


def test_docx_paragraphs_in_document_order_with_tables(tmp_path):
    path = _docx(tmp_path / "K-0042.docx", PARAGRAPHS, table=[["Vilkår", "Vurdering"], ["Alder", "Du er 34 år."]])
    letter = read_letter(path)
    assert letter.problem is None
    assert letter.paragraphs == PARAGRAPHS[:2] + ["Vilkår", "Vurdering", "Alder", "Du er 34 år."] + PARAGRAPHS[2:]


def test_docx_tracked_changes_fields_links_content_controls_and_nested_tables(tmp_path):
    extra = (
        # tracked change: inserted text counts, deleted text does not; a field code is not text
        '<w:p><w:r><w:t>Du er </w:t></w:r><w:del><w:r><w:delText>33</w:delText></w:r></w:del>'
        '<w:ins><w:r><w:t>34</w:t></w:r></w:ins><w:r><w:t xml:space="preserve"> år</w:t></w:r>'
        '<w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:tab/><w:t>gammel.</w:t></w:r></w:p>'
        # a hyperlink and a soft line break inside a paragraph
        '<w:p><w:hyperlink r:id="rId9"><w:r><w:t>nav.no</w:t></w:r></w:hyperlink><w:r><w:br/><w:t>Lenke</w:t></w:r></w:p>'
        # a content control around a paragraph, and a table inside a table cell
        '<w:sdt><w:sdtContent><w:p><w:r><w:t>Fra malen</w:t></w:r></w:p></w:sdtContent></w:sdt>'
        '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Ytre</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>Indre</w:t></w:r></w:p>'
        '</w:tc></w:tr></w:tbl></w:tc></w:tr></w:tbl>'
    )
    letter = read_letter(_docx(tmp_path / "K-1.docx", ["Tittel"], extra_body=extra))
    assert letter.paragraphs == ["Tittel", "Du er 34 år gammel.", "nav.no Lenke", "Fra malen", "Ytre", "Indre"]


def test_docx_with_an_entity_declaration_is_refused(tmp_path):
    import zipfile

    good = _docx(tmp_path / "good.docx", ["Du er 34 år."])
    evil = tmp_path / "evil.docx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(evil, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "word/document.xml":
                data = data.replace(b"?>\n", b'?>\n<!DOCTYPE w [<!ENTITY e "eeeeeeeeee">]>\n', 1)
            dst.writestr(item, data)
    assert read_letter(evil).problem == "grounds.problem.damaged_docx"


def test_pdf_with_a_text_layer_is_read_as_paragraphs(tmp_path):
    path = tmp_path / "K-0042.pdf"
    path.write_bytes(pdf_bytes(PARAGRAPHS))
    letter = read_letter(path)
    assert letter.problem is None
    assert letter.paragraphs == PARAGRAPHS  # wrapped lines joined, æøå through WinAnsi


def test_pdf_paragraphs_are_split_at_the_space_between_them_not_only_at_short_lines(tmp_path):
    # a paragraph whose last line is the page's longest, and a list item ending its list: only the vertical gap
    # between paragraphs (read in pypdf's layout mode) shows where they end
    paragraphs = ["Tittel", "Uke 1–8: arbeid på et sagbruk. Uke 9–26: kurs i bakeri og konditori.", "Neste avsnitt.",
                  "Ting:", "• sagbruk", "• bakeri med opplæring tre dager i uken", "Slutt."]
    path = tmp_path / "K-0043.pdf"
    path.write_bytes(pdf_bytes(paragraphs))
    assert read_letter(path).paragraphs == paragraphs


def test_pdf_page_paragraphs_split_on_short_lines():
    text = "Overskrift\nEn lang linje som fortsetter på neste linje i samme avsnitt\nog slutter her.\nNytt avsnitt."
    assert pdf_page_paragraphs(text) == [
        "Overskrift", "En lang linje som fortsetter på neste linje i samme avsnitt og slutter her.", "Nytt avsnitt."]


def test_pdf_list_items_are_paragraphs_of_their_own():
    text = ("Vi har vurdert saken din grundig, og du oppfyller vilkårene for å delta i kvalifiseringsprogram.\n"
            "Programmet består av:\n- arbeidstrening på et lager\n- jobbsøkerkurs hos en tiltaksarrangør\n"
            "2) norskkurs tre dager i uken\nMed vennlig hilsen")
    paragraphs = pdf_page_paragraphs(text)
    assert paragraphs[0].endswith("kvalifiseringsprogram. Programmet består av:")  # a full line ends nothing
    assert paragraphs[1:] == ["- arbeidstrening på et lager", "- jobbsøkerkurs hos en tiltaksarrangør",
                              "2) norskkurs tre dager i uken", "Med vennlig hilsen"]


def test_unreadable_letters_say_why(tmp_path):
    scanned = tmp_path / "skannet.pdf"
    scanned.write_bytes(pdf_bytes([]))  # a page without text: like a scan
    broken = tmp_path / "brutt.docx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    empty = tmp_path / "tom.txt"
    empty.write_text("  \n\n", encoding="utf-8")
    assert read_letter(scanned).problem == "grounds.problem.no_text_pdf"
    assert read_letter(broken).problem == "grounds.problem.damaged_docx"
    assert read_letter(empty).problem == "grounds.problem.empty"


def test_collect_letters_from_folders_and_files(tmp_path):
    (tmp_path / "sub").mkdir()
    for name in ("b.txt", "a.docx", "sub/c.pdf", "notes.csv", "~$a.docx"):
        (tmp_path / name).write_bytes(b"x")
    found = [p.relative_to(tmp_path).as_posix() for p in collect_letters([tmp_path, tmp_path / "b.txt"])]
    assert found == ["a.docx", "b.txt", "sub/c.pdf"]
    with pytest.raises(ValueError):
        collect_letters([tmp_path / "notes.csv"])
    with pytest.raises(FileNotFoundError):
        collect_letters([tmp_path / "missing"])


@pytest.mark.parametrize("line,key", [
    ("Saksnr.: K-0042", "K-0042"), ("Saksnummer 2024/117", "2024/117"), ("Vår ref.: 24/1234.", "24/1234"),
    ("Vår dato: 01.02.2025    Vår referanse: AB-7", "AB-7"), ("saksnr:K-9", "K-9"),
])
def test_key_from_a_label_line(line, key):
    assert find_key(f"Vedtak\n\n{line}\n\nTekst", Path("brev.txt")) == (key, "label")


def test_key_from_file_name_pattern_and_source_choice():
    text = "Vedtak\nJournalnr: J-77\nSaksnr.: K-1"
    assert find_key("Vedtak uten nummer", Path("K-0001.docx")) == ("K-0001", "name")
    assert find_key(text, Path("K-0001.docx"), source="name") == ("K-0001", "name")
    assert find_key(text, Path("x.docx"), pattern=compile_pattern(r"Journalnr:\s*(\S+)")) == ("J-77", "pattern")
    assert find_key(text, Path("vedtak_K-5.pdf"), pattern=compile_pattern(r"K-(?P<key>\d+)"), source="name") == ("5", "pattern")
    assert find_key("ingen", Path("x.txt"), source="text") == (None, "label")
    with pytest.raises(BadPattern):
        compile_pattern("(")
    # no group: the whole match is the key
    assert find_key(text, Path("x.docx"), pattern=compile_pattern(r"K-\d+")) == ("K-1", "pattern")


def test_identity_numbers_counted_in_every_written_form():
    # synthetic numbers with valid check digits
    assert count_identity_numbers("Fnr 01010012356 og 010100 12356, ellers 12345678901") == 2
    assert count_identity_numbers("Saksnr 2024/117, kr 248 000, 20.03.2024") == 0
    assert is_identity_key("01010012356") and is_identity_key("010100 12356") and not is_identity_key("K-0042")
