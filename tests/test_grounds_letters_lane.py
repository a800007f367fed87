"""``nav-audit grounds`` tried by a tester who had not seen it (the letters lane): files that are no files, letters
nobody may read, identity numbers where a reader does not look. Every test drives the CLI (CliRunner); the letters'
writers are in tests/grounds_letters.py."""

from __future__ import annotations

import os

from tests.grounds_letters import FNR, _by_key, _grounds, _letter


# --------------------------------------------------------------------------- files that are no files


def test_a_named_pipe_or_a_device_is_named_in_a_note_or_refused_never_passed_over_or_called_missing(tmp_path):
    # a named pipe «K-2.txt» in the folder (left by a script) and a link to /dev/zero were passed over in silence,
    # and named on the command line said «the file or folder does not exist» — it does; it is not a file
    folder = tmp_path / "brev"
    folder.mkdir()
    (folder / "K-1.txt").write_text(_letter("K-1"), encoding="utf-8")
    os.mkfifo(folder / "K-2.txt")
    os.symlink("/dev/zero", folder / "K-3.pdf")
    out = tmp_path / "grounds.csv"
    r = _grounds(folder, "--out", out)
    assert r.exit_code == 0, r.output
    assert sorted(_by_key(out)) == ["K-1"]
    assert "2 filer i mappene er ikke vanlige filer" in r.output and "K-2.txt, K-3.pdf" in r.output, r.output
    for name in ("K-2.txt", "K-3.pdf"):
        r = _grounds(folder / name, "--out", tmp_path / "x.csv", lang="en")
        assert r.exit_code == 2 and "Traceback" not in r.output, r.output
        assert f"{name}: this is not an ordinary file" in r.output and "does not exist" not in r.output, r.output
        assert not (tmp_path / "x.csv").exists()


def test_a_letter_nobody_may_read_says_so_not_that_it_is_damaged(tmp_path, monkeypatch):
    # chmod 000: the row said «Word-filen er skadet» / «tekstfilen kan ikke leses», as if the file were broken.
    # The tests may run as root, who reads any file: then the operating system's refusal is simulated.
    import builtins
    import io

    folder = tmp_path / "brev"
    folder.mkdir()
    (folder / "K-1.txt").write_text(_letter("K-1"), encoding="utf-8")
    for name in ("K-2.txt", "K-3.docx", "K-4.pdf"):
        (folder / name).write_bytes(b"")
        (folder / name).chmod(0)
    locked = {str(folder / n) for n in ("K-2.txt", "K-3.docx", "K-4.pdf")}
    real_open = builtins.open

    def refusing_open(file, *args, **kwargs):
        if str(file) in locked:
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", refusing_open)
    monkeypatch.setattr(io, "open", refusing_open)
    out = tmp_path / "grounds.csv"
    r = _grounds(folder, "--out", out)
    assert r.exit_code == 0, r.output
    rows = _by_key(out)
    assert rows["K-1"]["ground_age"] == "ja"
    for key in ("K-2", "K-3", "K-4"):
        assert rows[key]["ground_age"] == "" and rows[key]["letter_problem"] == "du har ikke tilgang til å lese filen", rows[key]
    assert "Merk: K-3.docx kunne ikke leses (du har ikke tilgang til å lese filen)" in r.output


# --------------------------------------------------------------------------- identity numbers where a reader does not look


def test_an_identity_number_in_a_text_boxs_copy_for_old_word_versions_is_counted_once(tmp_path):
    # Word keeps each text box twice: for Word 2010 and later (mc:Choice) and as VML for older versions (mc:Fallback).
    # The copy was never searched, so a number only there (the box edited by a program that updated one copy) went
    # uncounted; a number in both copies is one number.
    from tests.grounds_letters import _body, _docx, _p

    def box(choice: str, fallback: str) -> str:
        return ('<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor '
                'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><a:graphic '
                'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="wps"><wps:wsp '
                'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:txbx><w:txbxContent>'
                f'{_p(choice)}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>'
                '</mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>'
                f'{_p(fallback)}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>')

    folder = tmp_path / "brev"
    folder.mkdir()
    spaced = f"{FNR[:6]} {FNR[6:]}"
    _docx(folder / "K-1.docx", _body("Saksnr.: K-1") + box("Mottaker: se adressefeltet", f"Mottaker: fnr. {spaced}"))
    _docx(folder / "K-2.docx", _body("Saksnr.: K-2") + box(f"Fnr. {FNR}", f"Fnr. {spaced}"))
    _docx(folder / "K-3.docx", _body("Saksnr.: K-3") + box("Mottaker", "Mottaker"))
    out = tmp_path / "grounds.csv"
    r = _grounds(folder, "--out", out)
    assert r.exit_code == 0, r.output
    rows = _by_key(out)
    assert [rows[k]["identity_numbers"] for k in ("K-1", "K-2", "K-3")] == ["1", "1", ""], rows
    assert "K-1.docx inneholder 1 fødselsnummer" in r.output
    assert FNR[6:] not in r.output + out.read_text(encoding="utf-8-sig")


def test_identity_numbers_in_a_word_files_merge_data_and_attributes_are_counted(tmp_path):
    # a document-production system (a case system's letter templates) keeps the merge data with the letter: document
    # variables in settings.xml, a content control's tag, a MERGEFIELD's instruction in an attribute, a bookmark's
    # name; Word keeps an author's name on comments, tracked changes and in people.xml, and a template's building
    # blocks in the glossary. None was searched: such a letter was said to hold no identity number.
    from tests.grounds_letters import _body, _docx, _p, _rezip

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    folder = tmp_path / "brev"
    folder.mkdir()

    def letter(key: str, body: str = "", add: dict | None = None) -> None:
        _docx(tmp_path / "mal.docx", _body(f"Saksnr.: {key}") + body)
        _rezip(tmp_path / "mal.docx", folder / f"{key}.docx", add=add)

    letter("K-var", add={"word/settings.xml": f'<?xml version="1.0"?><w:settings {w}><w:docVars>'
                                              f'<w:docVar w:name="Fnr" w:val="{FNR}"/></w:docVars></w:settings>'})
    letter("K-tag", f'<w:sdt><w:sdtPr><w:alias w:val="Mottaker"/><w:tag w:val="fnr:{FNR}"/></w:sdtPr>'
                    f'<w:sdtContent>{_p("Mottaker")}</w:sdtContent></w:sdt>')
    letter("K-fld", f'<w:p><w:fldSimple w:instr=" MERGEFIELD {FNR[:6]}-{FNR[6:]} "><w:r><w:t>Navn</w:t></w:r></w:fldSimple></w:p>')
    letter("K-bookmark", f'<w:p><w:bookmarkStart w:id="0" w:name="fnr_{FNR}"/><w:r><w:t>Navn</w:t></w:r>'
                         '<w:bookmarkEnd w:id="0"/></w:p>')
    letter("K-author", f'<w:p><w:ins w:id="1" w:author="{FNR}"><w:r><w:t>Navn</w:t></w:r></w:ins></w:p>')
    letter("K-glossary", add={"word/glossary/document.xml": f'<?xml version="1.0"?><w:glossaryDocument {w}><w:docParts>'
                                                            f'<w:docPart><w:docPartBody>{_p("Fnr " + FNR)}</w:docPartBody>'
                                                            '</w:docPart></w:docParts></w:glossaryDocument>'})
    letter("K-none", '<w:p w:rsidR="00A1B2C3" w14:paraId="1A2B3C4D" xmlns:w14="http://schemas.microsoft.com/office/word/2010/'
                     'wordml"><w:r><w:t>Navn</w:t></w:r></w:p>')
    out = tmp_path / "grounds.csv"
    r = _grounds(folder, "--out", out)
    assert r.exit_code == 0, r.output
    counts = {k: row["identity_numbers"] for k, row in _by_key(out).items()}
    assert counts == {"K-var": "1", "K-tag": "1", "K-fld": "1", "K-bookmark": "1", "K-author": "1", "K-glossary": "1",
                      "K-none": ""}, counts
    assert FNR[6:] not in r.output + out.read_text(encoding="utf-8-sig")


def test_identity_numbers_in_a_pdfs_bookmarks_and_link_addresses_are_counted_once(tmp_path):
    # a PDF's bookmarks (the outline Word writes from the headings) and a link's address (a web case system's
    # address of the person, printed to PDF) were not searched; a number the page shows as well counts once
    import io

    from pypdf import PdfWriter
    from pypdf.annotations import Link

    from sample_data.letters.pdf import pdf_bytes

    folder = tmp_path / "brev"
    folder.mkdir()

    def letter(key: str, extra: list[str] | None = None) -> PdfWriter:
        return PdfWriter(clone_from=io.BytesIO(pdf_bytes(_letter(key).split("\n\n") + (extra or []))))

    w = letter("K-bookmark")
    w.add_outline_item(title=f"Vedtak for {FNR[:6]} {FNR[6:]}", page_number=0)
    w.write(folder / "K-bookmark.pdf")
    w = letter("K-link")
    w.add_annotation(0, Link(rect=(50, 50, 200, 70), url=f"https://sak.example.no/person/{FNR}"))
    w.write(folder / "K-link.pdf")
    w = letter("K-both", [f"Fødselsnummer: {FNR}"])
    w.add_outline_item(title=f"Fødselsnummer {FNR}", page_number=0)
    w.write(folder / "K-both.pdf")
    w = letter("K-plain")
    w.add_outline_item(title="Vedtak om kvalifiseringsprogram", page_number=0)
    w.add_annotation(0, Link(rect=(50, 50, 200, 70), url="https://www.nav.no/kvalifiseringsprogram"))
    w.write(folder / "K-plain.pdf")
    out = tmp_path / "grounds.csv"
    r = _grounds(folder, "--out", out)
    assert r.exit_code == 0, r.output
    counts = {k: row["identity_numbers"] for k, row in _by_key(out).items()}
    assert counts == {"K-bookmark": "1", "K-link": "1", "K-both": "1", "K-plain": ""}, counts
    assert FNR[6:] not in r.output + out.read_text(encoding="utf-8-sig")


def test_a_folder_or_a_copys_name_holding_an_identity_number_is_reported_without_showing_it(tmp_path):
    # letters filed in a folder named by the fødselsnummer (below the folder given) were said to hold none, and a
    # copy named by one («Kopi av K-1 15087512345.txt», read once as a copy) was named without a word about its name
    folder = tmp_path / "brev"
    person = folder / f"{FNR[:6]}-{FNR[6:]}"
    person.mkdir(parents=True)
    (person / "K-2.txt").write_text(_letter("K-2"), encoding="utf-8")
    (folder / "K-1.txt").write_text(_letter("K-1"), encoding="utf-8")
    (folder / f"Kopi av K-1 {FNR}.txt").write_text(_letter("K-1"), encoding="utf-8")  # the same bytes and key: a copy
    out = tmp_path / "grounds.csv"
    r = _grounds(folder, "--out", out)
    assert r.exit_code == 0, r.output
    rows = _by_key(out)
    assert {k: row["identity_numbers"] for k, row in rows.items()} == {"K-1": "", "K-2": "1"}, rows
    assert rows["K-2"]["letter"] == "K-2.txt"
    masked = "•" * 11
    assert f"{masked}/K-2.txt inneholder 1 fødselsnummer" in r.output, r.output
    assert f"Kopi av K-1 {masked}.txt er en kopi av K-1.txt" in r.output, r.output
    assert f"Kopi av K-1 {masked}.txt inneholder 1 fødselsnummer" in r.output, r.output
    assert FNR[6:] not in r.output + out.read_text(encoding="utf-8-sig")


# --------------------------------------------------------------------------- odd file names


def test_a_file_name_that_is_not_utf8_gives_a_readable_key_instead_of_an_internal_error(tmp_path):
    # a zip from Windows unpacked on Linux leaves names in cp1252 bytes («K-Bj\xf8rn.txt»): Python gives them as
    # surrogates, and writing the table stopped with «Intern feil (UnicodeEncodeError …)», exit 3
    folder = tmp_path / "brev"
    folder.mkdir()
    body = _letter("x").replace("Saksnr.: x\n", "").encode("utf-8")
    for name in (b"K-Bj\xf8rn.txt", b"K-\x81\x8d.txt", "K-Åse.txt".encode("utf-8")):
        with open(os.fsencode(folder) + b"/" + name, "wb") as fh:
            fh.write(body)
    out = tmp_path / "grounds.csv"
    r = _grounds(folder, "--out", out)
    assert r.exit_code == 0, r.output
    rows = _by_key(out)
    assert sorted(rows) == ["K-Bjørn", "K-Åse", "K-\ufffd\ufffd"], sorted(rows)
    assert rows["K-Bjørn"]["letter"] == "K-Bjørn.txt" and rows["K-Bjørn"]["ground_age"] == "ja"
    assert "\udcf8" not in r.output and "Intern feil" not in r.output


def test_an_out_name_too_long_for_the_file_system_stops_clearly_not_as_an_internal_error(tmp_path):
    # «--out <300 characters>.csv»: asking whether the table exists raised «File name too long», exit 3
    (tmp_path / "K-1.txt").write_text(_letter("K-1"), encoding="utf-8")
    out = tmp_path / ("vurdering-" * 30 + ".csv")
    r = _grounds(tmp_path / "K-1.txt", "--out", out)
    assert r.exit_code == 2, r.output
    assert "Intern feil" not in r.output and "kan ikke skrive her (File name too long)" in r.output, r.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["K-1.txt"]  # nothing half-written left behind


def test_a_folder_nobody_may_open_among_the_letters_is_named_not_passed_over_in_silence(tmp_path, monkeypatch):
    # a sub-folder without read rights (another team's cases): the search passed over it without a word, so its
    # letters were simply missing from the table. As root every folder opens: the refusal is simulated.
    folder = tmp_path / "brev"
    (folder / "team2").mkdir(parents=True)
    (folder / "K-1.txt").write_text(_letter("K-1"), encoding="utf-8")
    (folder / "team2" / "K-2.txt").write_text(_letter("K-2"), encoding="utf-8")
    (folder / "team2").chmod(0)
    real_scandir = os.scandir

    def refusing_scandir(path="."):
        if os.fspath(path) == os.fspath(folder / "team2"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", refusing_scandir)
    try:
        out = tmp_path / "grounds.csv"
        r = _grounds(folder, "--out", out)
    finally:
        (folder / "team2").chmod(0o755)
    assert r.exit_code == 0, r.output
    assert sorted(_by_key(out)) == ["K-1"]
    assert "Merk: 1 mappe kan ikke åpnes (ingen tilgang), og brevene i den er ikke lest: team2." in r.output, r.output


def test_an_empty_letters_argument_stops_instead_of_reading_the_current_folder(tmp_path, monkeypatch):
    # «nav-audit grounds "$BREV" --out g.csv» with $BREV unset: the empty argument was the current folder, read
    # through with every sub-folder (here a letter that is not one of the user's)
    (tmp_path / "K-1.txt").write_text(_letter("K-1"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    r = _grounds("", "--out", tmp_path / "g.csv", lang="en")
    assert r.exit_code == 2, r.output
    assert "an empty name was given as a letter" in r.output, r.output
    assert not (tmp_path / "g.csv").exists()


# --------------------------------------------------------------------------- zip bombs that lie about their size


def _lying_zip(path, parts: dict[str, bytes], bomb: str, inflated: int, declared: int | None) -> None:
    """A zip file with ``parts`` and the member ``bomb``, whose data inflates to ``inflated`` bytes (spaces after
    its own XML start) while its headers say ``declared`` bytes (None: the truth)."""
    import struct
    import zipfile

    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            if name != bomb:
                z.writestr(name, data)
        info = zipfile.ZipInfo(bomb)
        info.compress_type = zipfile.ZIP_DEFLATED
        with z.open(info, "w") as w:
            w.write(parts[bomb])
            chunk = b" " * (1 << 20)
            for _ in range(inflated >> 20):
                w.write(chunk)
    if declared is None:
        return
    data = bytearray(path.read_bytes())
    for signature, size_at, name_len_at, name_at in ((b"PK\x03\x04", 22, 26, 30), (b"PK\x01\x02", 24, 28, 46)):
        i = data.find(signature)
        while i >= 0:
            n = struct.unpack("<H", data[i + name_len_at:i + name_len_at + 2])[0]
            if data[i + name_at:i + name_at + n] == bomb.encode():
                data[i + size_at:i + size_at + 4] = struct.pack("<I", declared)
            i = data.find(signature, i + 4)
    path.write_bytes(bytes(data))


def test_a_word_or_opendocument_part_that_inflates_past_what_its_header_says_is_refused_without_inflating_it(tmp_path):
    # zipfile's read() inflates a member in one call of up to 2 GB and only then cuts it to the size the header
    # declared: a .docx whose document.xml says 5 kB but inflates to gigabytes took gigabytes of memory before it
    # was found damaged, and «_rels/.rels» or an .odt's «mimetype» were read whole with no limit at all
    import io
    import tracemalloc
    import zipfile

    from sample_data.letters.docx import docx_bytes

    folder = tmp_path / "brev"
    folder.mkdir()
    word = zipfile.ZipFile(io.BytesIO(docx_bytes(_letter("K-1").split("\n\n"))))
    parts = {i.filename: word.read(i) for i in word.infolist()}
    size = 300 << 20
    _lying_zip(folder / "K-1.docx", parts, "word/document.xml", size, 5000)
    _lying_zip(folder / "K-2.docx", {**parts, "word/document.xml": parts["word/document.xml"].replace(b"K-1", b"K-2")},
               "_rels/.rels", size, None)
    odt = {"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<x/>"}
    _lying_zip(folder / "K-3.odt", odt, "mimetype", size, None)
    warm = tmp_path / "varm"  # the lemmatiser's dictionaries, loaded once per process, are not the letters' cost
    warm.mkdir()
    (warm / "K-0.txt").write_text(_letter("K-0"), encoding="utf-8")
    assert _grounds(warm, "--out", tmp_path / "varm.csv").exit_code == 0
    out = tmp_path / "grounds.csv"
    tracemalloc.start()
    try:
        r = _grounds(folder, "--out", out)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert r.exit_code == 0, r.output
    rows = _by_key(out)
    assert rows["K-1"]["letter_problem"] == "Word-filen er skadet eller ikke en .docx", rows["K-1"]
    assert rows["K-2"]["ground_age"] == "ja"  # its relationships unreadable: the main part by its usual name
    assert rows["K-3"]["ground_age"] == "", rows["K-3"]
    assert peak < 50 << 20, f"{peak >> 20} MB held while reading"


# --------------------------------------------------------------------------- keys in letterheads as municipalities write them


def test_case_numbers_under_the_labels_municipal_archive_systems_print_are_keys(tmp_path):
    # «Arkivsaksnr.», «Saksnr./Dok.nr.», «Vår ref. (saksnr.)», «Saksnummer / dokumentnummer», «Sak nr.» (the
    # letterheads of the municipalities' archive systems) gave no key: every such letter was keyed by its file name.
    # A label that names the document number too gives the case number without it («24/1235-5» is document 5 of
    # case 24/1235). A letterhead's row of labels with its values on the next line of a text file was one line.
    folder = tmp_path / "brev"
    folder.mkdir()
    lines = {"a": "Arkivsaksnr.: 24/1234", "b": "Saksnr./Dok.nr.: 24/1235-5", "c": "Vår ref. (saksnr.): 24/1236",
             "d": "Saksnummer / dokumentnummer: 2024/117-3", "e": "Sak nr. 24/1238",
             "f": "Dykkar ref.:   Vår ref.:   Dato:\n24/99   24/1237   01.02.2025",
             "g": "Vår ref.: 24/1239-2"}
    for name, line in lines.items():
        (folder / f"{name}.txt").write_text(_letter("X").replace("Saksnr.: X", line), encoding="utf-8")
    out = tmp_path / "grounds.csv"
    r = _grounds(folder, "--out", out, "--key-from", "text")
    assert r.exit_code == 0, r.output
    keys = {row["letter"]: k for k, row in _by_key(out).items()}
    assert keys == {"a.txt": "24/1234", "b.txt": "24/1235", "c.txt": "24/1236", "d.txt": "2024/117", "e.txt": "24/1238",
                    "f.txt": "24/1237", "g.txt": "24/1239-2"}, keys


# --------------------------------------------------------------------------- text files of mixed encodings


def test_a_utf8_letter_with_one_windows_byte_pasted_in_keeps_its_norwegian_letters(tmp_path):
    # one byte of cp1252 (an en dash pasted from an old program) made the whole UTF-8 file cp1252: «år» became
    # «Ã¥r», «34 år» was no age, and the age was judged «nei»
    folder = tmp_path / "brev"
    folder.mkdir()
    letter = _letter("K-1").encode("utf-8").replace("Med vennlig hilsen".encode(), b"Med vennlig hilsen \x96 NAV")
    (folder / "K-1.txt").write_bytes(letter)
    (folder / "K-2.txt").write_bytes(_letter("K-2").encode("cp1252"))  # a whole cp1252 file reads as before
    # with a BOM the byte became «\ufffd»: the dash was lost, and a cp1252 «å» pasted in was no «å»
    with_bom = b"\xef\xbb\xbf" + _letter("K-3").encode("utf-8").replace("Du er 34 år".encode(), b"Du er 34 \xe5r")
    (folder / "K-3.txt").write_bytes(with_bom)
    out = tmp_path / "grounds.csv"
    r = _grounds(folder, "--out", out)
    assert r.exit_code == 0, r.output
    rows = _by_key(out)
    assert [rows[k]["ground_age"] for k in ("K-1", "K-2", "K-3")] == ["ja", "ja", "ja"], rows


# --------------------------------------------------------------------------- the table in review-sheet


def test_review_sheet_matches_a_letters_case_number_with_leading_zeros_to_the_workbooks_number_as_run_does(tmp_path):
    # «Saksnr.: 04712» in the letter, 4712 in the export's number cell (Excel drops the zero): `run` joins them as
    # one case (and says so), but review-sheet --suggestions said the case was not in the workbook and left its
    # suggestions out
    import datetime as dt

    import openpyxl

    folder = tmp_path / "brev"
    folder.mkdir()
    for key in ("04712", "4711"):
        (folder / f"{key}.txt").write_text(_letter(key), encoding="utf-8")
    grounds = tmp_path / "grounds.csv"
    assert _grounds(folder, "--out", grounds).exit_code == 0
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["case_id", "decision", "decision_date"])
    ws.append([4711, "granted", dt.date(2025, 3, 1)])
    ws.append([4712, "granted", dt.date(2025, 3, 2)])
    wb.save(tmp_path / "uttrekk.xlsx")
    from click.testing import CliRunner

    from audit.cli import main

    book = tmp_path / "gjennomgang.xlsx"
    r = CliRunner().invoke(main, ["review-sheet", str(tmp_path / "uttrekk.xlsx"), "--keys", "4711,4712",
                                  "--suggestions", str(grounds), "--out", str(book)])
    assert r.exit_code == 0, r.output
    assert "finnes ikke i arbeidsboka" not in r.output, r.output
    assert "«4712» = «04712»" in r.output, r.output
    sheet = openpyxl.load_workbook(book)["Gjennomgang"]
    headers = [c.value for c in sheet[1]]
    column = headers.index("Forslag: Begrunnet: alder") + 1
    values = {str(sheet.cell(row=i, column=1).value): sheet.cell(row=i, column=column).value for i in range(2, sheet.max_row + 1)}
    assert values == {"4711": "Ja", "4712": "Ja"}, values


def test_a_pdf_page_whose_drawing_instructions_unpack_past_pypdfs_limit_says_so_not_that_the_file_is_damaged(tmp_path):
    # a page's content stream of 400 kB that unpacks to 100 MB: pypdf stops at its limit (75 MB) and the row said
    # «PDF-filen er skadet»; it is the page that is far too large for a letter's (the 4 MB rule's message)
    import zlib

    folder = tmp_path / "brev"
    folder.mkdir()
    packer = zlib.compressobj(9)
    body = b"BT /F1 10 Tf 50 800 Td (Saksnr.: K-1) Tj ET\n"
    stream = packer.compress(body) + b"".join(packer.compress(b" " * (1 << 20)) for _ in range(100)) + packer.flush()
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    pdf, offsets = b"%PDF-1.4\n", []
    for i, o in enumerate(objects, 1):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(pdf)
    pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    pdf += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    (folder / "K-1.pdf").write_bytes(pdf)
    out = tmp_path / "grounds.csv"
    r = _grounds(folder, "--out", out)
    assert r.exit_code == 0, r.output
    problem = _by_key(out)["K-1"]["letter_problem"]
    assert problem.startswith("en side i PDF-filen har langt flere tegneinstruksjoner enn en brevside"), problem


def test_an_identity_number_split_over_a_line_break_in_a_text_file_of_one_paragraph_a_line_is_counted(tmp_path):
    # a text file without blank lines is read one paragraph a line: «Fødselsnummer: 150875» / «12345 …» became two
    # paragraphs, and neither held the number
    folder = tmp_path / "brev"
    folder.mkdir()
    for key, first, second in (("K-1", f"Fødselsnummer: {FNR[:6]}", f"{FNR[6:]} (oppgitt i søknaden)"),
                               ("K-2", f"Søkerens fødselsnummer er {FNR[:6]}-", f"{FNR[6:]}."),
                               ("K-3", "Vi viser til brev 24.01.2025", "12345 kroner er utbetalt.")):
        lines = [p.replace("\n", " ") for p in _letter(key).split("\n\n")]
        lines[3:3] = [first, second]
        (folder / f"{key}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "grounds.csv"
    r = _grounds(folder, "--out", out)
    assert r.exit_code == 0, r.output
    counts = {k: row["identity_numbers"] for k, row in _by_key(out).items()}
    assert counts == {"K-1": "1", "K-2": "1", "K-3": ""}, counts
    assert FNR[6:] not in r.output + out.read_text(encoding="utf-8-sig")
