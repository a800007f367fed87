"""``nav-audit grounds`` on hostile letters written by hand: odd encodings and formats, keys,
identity numbers in every corner of a letter, the table as a spreadsheet reads it, and the
table read back by ``run`` and ``review-sheet``. Every test drives the CLI (the letters and the
writers that make them are in tests/grounds_letters.py)."""

from __future__ import annotations

import json

from click.testing import CliRunner

from audit.cli import main
from tests.grounds_letters import (FNR, _body, _by_key, _docx, _export, _fnr, _ground_values, _grounds, _letter, _p,
                                   _pdf, _rezip, _rows, _shows)


# --------------------------------------------------------------------------- the table read back


def test_run_reads_a_table_whose_evidence_has_more_commas_than_the_header_has_semicolons(tmp_path):
    # evidence such as «begrunnet i avsnitt 6: *sosialhjelp, arbeidsavklaringspenge*, dagpenger, dato, …»
    # made the CSV reader take the header for a title line (split by commas it is one field)
    folder = tmp_path / "brev"
    folder.mkdir()
    (folder / "a.txt").write_text(_letter("K-1"), encoding="utf-8")
    (folder / "b.txt").write_text(_letter("K-2", ("Du er 34 år gammel og er derfor i yrkesaktiv alder.", "")),
                                  encoding="utf-8")
    table = tmp_path / "grounds.csv"
    assert _grounds(folder, "--out", table).exit_code == 0
    lines = table.read_text(encoding="utf-8-sig").splitlines()
    assert lines[1].count(",") > lines[0].count(";")
    r = CliRunner().invoke(main, ["run", str(_export(tmp_path, ["K-1", "K-2"])), str(table), "--as-of", "2025-12-31",
                                  "--out", str(tmp_path / "ut"), "--format", "none", "--no-history"])
    assert r.exit_code == 0, r.output
    doc = json.loads((tmp_path / "ut" / "results.json").read_text(encoding="utf-8"))
    age = next(c for c in doc["checks"] if c["id"] == "kvp.grounds.age")
    assert age["evaluated"] == 2 and [c["key"] for c in age["cases"]] == ["K-2"]


# --------------------------------------------------------------------------- what is read


def test_text_in_every_encoding_is_read_and_binary_junk_is_never_judged(tmp_path):
    import random

    folder = tmp_path / "brev"
    folder.mkdir()
    encodings = {"K-8": "utf-8", "K-16": "utf-16", "K-16le": "utf-16-le", "K-16be": "utf-16-be", "K-32": "utf-32",
                 "K-1252": "cp1252"}
    for key, enc in encodings.items():
        (folder / f"{key}.txt").write_bytes(_letter(key).encode(enc))
    (folder / "K-bom.txt").write_bytes(b"\xef\xbb\xbf" + _letter("K-bom").encode("utf-8"))
    rnd = random.Random(7)
    (folder / "junk.txt").write_bytes(bytes(rnd.randrange(1, 256) for _ in range(6000)))  # no NUL byte
    out = tmp_path / "grounds.csv"
    r = _grounds(folder, "--out", out)
    assert r.exit_code == 0, r.output
    rows = _by_key(out)
    for key in [*encodings, "K-bom"]:
        assert _ground_values(rows[key]) == ["ja"] * 5, key
    assert _ground_values(rows["junk"]) == [""] * 5 and rows["junk"]["letter_problem"] == "filen er ikke en tekstfil"
    assert "junk.txt kunne ikke leses (filen er ikke en tekstfil)" in r.output


def test_docx_key_and_identity_numbers_in_headers_footers_and_footnotes(tmp_path):
    folder = tmp_path / "brev"
    folder.mkdir()
    _docx(folder / "brev1.docx", _body(), {"header1": _p("Vår ref.: 2025/4711"), "footer1": _p(f"Fødselsnr. {FNR}")})
    _docx(folder / "brev2.docx", _body("Saksnr.: K-2"),
          {"footnotes": f'<w:footnote w:id="1">{_p("Gjelder " + FNR[:6] + " " + FNR[6:])}</w:footnote>'})
    out = tmp_path / "grounds.csv"
    r = _grounds(folder, "--out", out)
    assert r.exit_code == 0, r.output
    rows = _by_key(out)
    assert sorted(rows) == ["2025/4711", "K-2"]  # the key in the page header, not the file name
    assert rows["2025/4711"]["identity_numbers"] == "1" and rows["K-2"]["identity_numbers"] == "1"
    assert _ground_values(rows["2025/4711"]) == ["ja"] * 5
    assert "brev1.docx inneholder 1 fødselsnummer" in r.output
    assert FNR not in r.output + out.read_text(encoding="utf-8-sig") and FNR[6:] not in r.output


def test_docx_text_box_is_read_once_as_its_own_paragraph(tmp_path):
    box = ('<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent>'
           + _p("Saksnr.: TB-1") + '</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox>'
           '<w:txbxContent>' + _p("Saksnr.: TB-1") + '</w:txbxContent></v:textbox></w:pict></mc:Fallback>'
           '</mc:AlternateContent></w:r><w:r><w:t>Vedtak</w:t></w:r></w:p>')
    folder = tmp_path / "brev"
    folder.mkdir()
    _docx(folder / "brev.docx", box + _body())
    out = tmp_path / "grounds.csv"
    assert _grounds(folder, "--out", out).exit_code == 0
    (row,) = _rows(out)
    assert row["case_id"] == "TB-1" and _ground_values(row) == ["ja"] * 5  # was «TB-1Saksnr» (box read twice)


def test_files_are_read_as_what_they_are_not_as_their_names_say(tmp_path):
    from sample_data.letters.pdf import pdf_bytes

    folder = tmp_path / "brev"
    folder.mkdir()
    paragraphs = [p.replace("\n", " ") for p in _letter("K-pdf").split("\n\n")]
    (folder / "pdf.txt").write_bytes(pdf_bytes(paragraphs))  # a PDF saved with a .txt name
    _docx(folder / "word.txt", _body("Saksnr.: K-word"))  # a Word document with a .txt name
    (folder / "gammel.docx").write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 2000)  # .doc renamed
    (folder / "rtf.txt").write_bytes(b"{\\rtf1\\ansi Saksnr.: K-rtf \\par Du er 34 \\'e5r.}")
    out = tmp_path / "grounds.csv"
    r = _grounds(folder, "--out", out, lang="en")
    assert r.exit_code == 0, r.output
    rows = _by_key(out)
    assert _ground_values(rows["K-pdf"]) == ["ja"] * 5 and _ground_values(rows["K-word"]) == ["ja"] * 5
    assert _ground_values(rows["gammel"]) == [""] * 5 and "old Word document (.doc)" in rows["gammel"]["letter_problem"]
    assert _ground_values(rows["rtf"]) == [""] * 5 and "RTF" in rows["rtf"]["letter_problem"]
    assert "gammel.docx could not be read (the file is an old Word document (.doc)" in r.output


def test_pdf_in_two_columns_is_read_column_by_column(tmp_path):
    left = ["Saksnr.: K-2col", "", "Du er 34 år gammel og er derfor i yrkesaktiv", "alder.", "",
            "Arbeidsevnen din er vesentlig nedsatt fordi du", "har hatt langvarige ryggsmerter siden 2019",
            "og ikke har vært i arbeid de siste fire årene.", "", "Du har ingen rett til dagpenger eller",
            "arbeidsavklaringspenger, og du har levd av", "økonomisk sosialhjelp siden 12.01.2025."]
    right = ["Vi mener programmet er nødvendig og", "hensiktsmessig for deg. Arbeidsevnevurderingen",
             "fra 20.01.2025 viser at du trenger tett", "oppfølging for å komme i arbeid.", "",
             "Vi kan tilby deg et tilpasset program med", "arbeidspraksis i en butikk 20 timer i uken og",
             "norskkurs 10 timer i uken.", "", "Du har rett til å klage.", "", "Med vennlig hilsen NAV Midtbyen"]
    placed = [(50, 780 - 13 * i, t) for i, t in enumerate(left) if t]
    placed += [(310, 780 - 13 * i, t) for i, t in enumerate(right) if t]
    folder = tmp_path / "brev"
    folder.mkdir()
    (folder / "K-2col.pdf").write_bytes(_pdf(placed))
    out = tmp_path / "grounds.csv"
    r = _grounds(folder, "--out", out)
    assert r.exit_code == 0, r.output
    (row,) = _rows(out)
    assert _ground_values(row) == ["ja"] * 5, row


def test_words_hyphenated_at_the_line_end_and_ligatures_are_whole_words(tmp_path):
    # a soft hyphen ending a PDF line («arbeids-» / «evnen»), and the ligatures ﬁ ﬂ ﬀ of a PDF's text layer
    lines = ["Saksnr.: K-hy", "", "Du har levd av økonomisk sosial\xad", "hjelp siden mars.", "",
             "Du har lite arbeids-", "evne fordi du har vært borte fra arbeidslivet i fire år."]
    folder = tmp_path / "brev"
    folder.mkdir()
    (folder / "K-hy.pdf").write_bytes(_pdf([(50, 780 - 13 * i, t) for i, t in enumerate(lines) if t]))
    (folder / "K-lig.txt").write_text("Saksnr.: K-lig\n\nDu har lite arbeidsevne fordi du har vært borte fra "
                                      "arbeidslivet i \ufb01re år.\n", encoding="utf-8")
    out = tmp_path / "grounds.csv"
    assert _grounds(folder, "--out", out).exit_code == 0
    rows = _by_key(out)
    assert rows["K-hy"]["ground_benefits"] == "ja" and "sosialhjelp" in rows["K-hy"]["ground_benefits_evidence"]
    assert rows["K-hy"]["ground_work_ability"] == "ja"  # «arbeids-» + «evne» (an ASCII hyphen, as before)
    assert rows["K-lig"]["ground_work_ability"] == "ja"
    # the hand rule's evidence names the duration it read: «ﬁre år» is «fire år»
    assert _grounds(folder, "--out", tmp_path / "rule.csv", "--method", "rule").exit_code == 0
    assert "varighet" in _by_key(tmp_path / "rule.csv")["K-lig"]["ground_work_ability_evidence"]


def test_damaged_encrypted_and_garbled_pdfs_get_empty_rows_and_one_note_each_in_the_readers_language(tmp_path):
    from pypdf import PdfWriter

    folder = tmp_path / "brev"
    folder.mkdir()
    good = _pdf([(50, 780 - 13 * i, p) for i, p in enumerate(["Saksnr.: K-ok", "Du er 34 år gammel."])])
    (folder / "K-trunc.pdf").write_bytes(good[: len(good) // 2])
    (folder / "K-junk.pdf").write_bytes(_pdf([(50, 780 - 13 * i, "\x01\x02\x03\x04\x05 \x06\x07\x08\x0e\x0f\x10\x11")
                                              for i in range(12)]))
    (folder / "K-ok.pdf").write_bytes(good)
    writer = PdfWriter()
    writer.append(folder / "K-ok.pdf")
    writer.encrypt(user_password="hemmelig", owner_password="eier", algorithm="RC4-128")
    writer.write(folder / "K-pw.pdf")
    out = tmp_path / "grounds.csv"
    r = _grounds(folder, "--out", out, lang="en")
    assert r.exit_code == 0, r.output
    rows = _by_key(out)
    assert rows["K-ok"]["ground_age"] == "ja"
    problems = {k: rows[k]["letter_problem"] for k in ("K-trunc", "K-junk", "K-pw")}
    assert problems == {"K-trunc": "the PDF file is damaged",
                        "K-junk": "the PDF file's text layer is not readable text (fonts without a character map)",
                        "K-pw": "the PDF file is password protected"}
    assert all(_ground_values(rows[k]) == [""] * 5 for k in problems)
    lines = [x for x in r.output.splitlines() if x.strip()]
    assert all(x.startswith(("Note: ", "Read ", "  ", "Wrote ")) for x in lines), lines  # no pypdf log lines


# --------------------------------------------------------------------------- keys


def test_a_sentence_naming_the_case_number_is_no_key(tmp_path):
    # «Husk å oppgi saksnummer ved henvendelse» gave the key «ved» to every letter: two letters stopped
    # the command as duplicates
    folder = tmp_path / "brev"
    folder.mkdir()
    boiler = ("Med vennlig hilsen", "Husk å oppgi saksnummer ved henvendelse.\n\nMed vennlig hilsen")
    (folder / "K-7.txt").write_text(_letter("K-7", boiler).replace("Saksnr.: K-7\n\n", ""), encoding="utf-8")
    (folder / "K-8.txt").write_text(_letter("K-8", boiler).replace("Saksnr.: K-8\n\n", ""), encoding="utf-8")
    (folder / "c.txt").write_text("Oppgi saksnummer når du skriver.\n\nVår ref.: 2025/17\n\nDu er 34 år.", encoding="utf-8")
    out = tmp_path / "grounds.csv"
    r = _grounds(folder, "--out", out)
    assert r.exit_code == 0, r.output
    assert sorted(_by_key(out)) == ["2025/17", "K-7", "K-8"]


# --------------------------------------------------------------------------- identity numbers


def test_identity_numbers_in_every_written_form_are_counted_and_never_shown(tmp_path):
    d_number = _fnr("550875")
    h_number = _fnr("154875")
    forms = {
        "thin": FNR[:6] + "\u2009" + FNR[6:],  # a thin space, as typesetting puts it
        "endash": FNR[:6] + "\u2013" + FNR[6:],  # Word's AutoCorrect makes «-» an en dash
        "hyphen": FNR[:6] + "\u2010" + FNR[6:],  # HYPHEN (U+2010) from a PDF
        "fullwidth": "".join(chr(0xFF10 + int(c)) for c in FNR),
        "zwsp": FNR[:6] + "\u200b" + FNR[6:],
        "dots": f"{FNR[:2]}.{FNR[2:4]}.{FNR[4:6]} {FNR[6:]}",
        "dnumber": d_number,
        "hnumber": f"{h_number[:6]} {h_number[6:]}",
    }
    folder = tmp_path / "brev"
    folder.mkdir()
    for key, form in forms.items():
        (folder / f"K-{key}.txt").write_text(_letter(f"K-{key}", ("Du er 34 år", f"Fnr. {form}. Du er 34 år")),
                                             encoding="utf-8")
    (folder / f"brev {FNR[:6]}\u2013{FNR[6:]}.txt").write_text(_letter("K-name-1"), encoding="utf-8")
    (folder / f"{FNR[:6]}\u2009{FNR[6:]}.txt").write_text(_letter("x").replace("Saksnr.: x\n\n", ""),
                                                         encoding="utf-8")  # the key would be the number
    for lang, judged in (("nb", "Brevet er vurdert"), ("en", "The letter was judged")):
        out = tmp_path / f"grounds-{lang}.csv"
        r = _grounds(folder, "--out", out, lang=lang)
        assert r.exit_code == 0, r.output
        rows = _by_key(out)
        assert sorted(rows) == sorted(["K-name-1", *(f"K-{k}" for k in forms)])  # the number-named letter skipped
        assert all(rows[f"K-{k}"]["identity_numbers"] == "1" for k in forms), {k: rows[f"K-{k}"] for k in forms}
        assert rows["K-name-1"]["identity_numbers"] == "1" and rows["K-name-1"]["letter"] == "brev •••••••••••.txt"
        everything = r.output + out.read_text(encoding="utf-8-sig")
        for number in (FNR, d_number, h_number):
            assert not _shows(number, everything), lang
        skipped = [x for x in r.output.splitlines() if "•••" in x and not x.count("brev ")]
        assert skipped and not any(judged in x for x in skipped)  # a skipped letter was not judged


def test_numbers_that_are_not_identity_numbers_neither_count_nor_skip_a_letter(tmp_path):
    invalid = FNR[:-1] + str((int(FNR[-1]) + 1) % 10)  # a check digit off
    folder = tmp_path / "brev"
    folder.mkdir()
    for key, number in (("K-acct", "1234.56.78903"), ("K-phone", "+47 22 33 44 55"), ("K-bad", invalid),
                        ("2025-0001-0002", "2025/0001-0002")):
        (folder / f"{key}.txt").write_text(_letter(key, ("Du er 34 år", f"Referanse {number}. Du er 34 år")),
                                           encoding="utf-8")
    (folder / f"{invalid}.txt").write_text(_letter("x").replace("Saksnr.: x\n\n", ""), encoding="utf-8")
    out = tmp_path / "grounds.csv"
    r = _grounds(folder, "--out", out)
    assert r.exit_code == 0, r.output
    rows = _by_key(out)
    assert sorted(rows) == sorted(["K-acct", "K-phone", "K-bad", "2025-0001-0002", invalid])
    assert all(row["identity_numbers"] == "" for row in rows.values()) and "fødselsnummer" not in r.output


# --------------------------------------------------------------------------- the table


def test_no_cell_of_the_table_is_a_formula_to_a_spreadsheet(tmp_path):
    folder = tmp_path / "brev"
    folder.mkdir()
    for name in ("=1+1", "@SUM(A1)", "+K1", "-K2"):
        (folder / f"{name}.txt").write_text(_letter("x").replace("Saksnr.: x\n\n", ""), encoding="utf-8")
    out = tmp_path / "grounds.csv"
    assert _grounds(folder, "--out", out).exit_code == 0
    (tmp_path / "j.txt").write_text("Journalnr.: =HYPERLINK(\"http://x\",\"y\")\n\nDu er 34 år gammel.", encoding="utf-8")
    out2 = tmp_path / "grounds2.csv"
    assert _grounds(tmp_path / "j.txt", "--out", out2, "--key-pattern", r"Journalnr\.:\s*(\S+)").exit_code == 0
    cells = [c for row in _rows(out) + _rows(out2) for c in row.values()]
    assert len(cells) == 5 * len(_rows(out)[0]) and not [c for c in cells if c.startswith(("=", "+", "-", "@"))]
    assert "'=HYPERLINK(\"http://x\",\"y\"" in cells and "'@SUM(A1).txt" in cells and "'-K2" in cells


def test_key_pattern_alternatives_each_give_the_key_and_bad_patterns_stop_clearly(tmp_path):
    folder = tmp_path / "brev"
    folder.mkdir()
    (folder / "a.txt").write_text("Journalnr: 2025/1\n\nDu er 34 år.", encoding="utf-8")
    (folder / "b.txt").write_text("Arkivsak: 2025/2\n\nDu er 40 år.", encoding="utf-8")
    out = tmp_path / "grounds.csv"
    r = _grounds(folder, "--out", out, "--key-pattern", r"Journalnr:\s*(\S+)|Arkivsak:\s*(\S+)")
    assert r.exit_code == 0, r.output
    assert sorted(_by_key(out)) == ["2025/1", "2025/2"]  # the second alternative's group was None: no key
    for pattern, lang, words in (("Journalnr: (\\S+", "nb", "--key-pattern"), ("[", "en", "--key-pattern")):
        r = _grounds(folder, "--out", tmp_path / "x.csv", "--key-pattern", pattern, lang=lang)
        assert r.exit_code == 2 and words in r.output and "Traceback" not in r.output
    assert not (tmp_path / "x.csv").exists()


def test_options_holding_an_identity_number_in_a_word_processors_form_stop_the_command(tmp_path):
    folder = tmp_path / "brev"
    folder.mkdir()
    (folder / "K-1.txt").write_text(_letter("K-1"), encoding="utf-8")
    dashed = FNR[:6] + "\u2013" + FNR[6:]
    for args, option in (((folder, "--out", tmp_path / f"g {dashed}.csv"), "--out"),
                         ((tmp_path / f"brev {dashed}.txt", "--out", tmp_path / "g.csv"), "LETTERS"),
                         ((folder, "--out", tmp_path / "g.csv", "--key-pattern", f"(K-1)|{dashed}"), "--key-pattern")):
        r = _grounds(*args, lang="en")
        assert r.exit_code == 2 and f"{option} seems to contain a national identity number" in r.output, r.output
        assert not _shows(FNR, r.output)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brev"]


def test_files_of_other_kinds_in_a_folder_are_named_in_a_note_not_passed_over_in_silence(tmp_path):
    folder = tmp_path / "brev"
    (folder / "eldre").mkdir(parents=True)
    (folder / "K-1.txt").write_text(_letter("K-1"), encoding="utf-8")
    for name in ("K-2.doc", "K-3.pages", "eldre/K-4.rtf", "K-5.html", "K-6.msg", f"K-{FNR}.doc"):
        (folder / name).write_bytes(b"x")
    (folder / "~$K-1.docx").write_bytes(b"lock")  # Word's lock file: not a letter, no note
    out = tmp_path / "grounds.csv"
    r = _grounds(folder, "--out", out)
    assert r.exit_code == 0, r.output
    assert "Merk: 6 filer i mappene er ikke .txt, .docx, .odt, .fodt, .pdf og er ikke lest: " in r.output
    assert "K-2.doc" in r.output and "K-4.rtf" not in r.output and ", …" in r.output  # the first five named
    assert not _shows(FNR, r.output) and "~$" not in r.output
    assert list(_by_key(out)) == ["K-1"]
    r = _grounds(folder / "K-3.pages", "--out", out, "--overwrite", lang="en")
    assert r.exit_code == 2 and "K-3.pages" in r.output and "The letters must be .txt, .docx, .odt, .fodt, .pdf" in r.output


def test_a_text_far_longer_than_a_letter_is_not_judged(tmp_path):
    # classification takes about a second per 10,000 characters: a 5 MB text file held the command for
    # ten minutes; a text of more than 100,000 characters (some 30 pages) is no decision letter
    folder = tmp_path / "brev"
    folder.mkdir()
    filler = "Dette avsnittet er bare fyll som gjentas for å gjøre brevet langt. " * 30 + "\n\n"
    (folder / "K-long.txt").write_text(_letter("K-long") + filler * 60, encoding="utf-8")
    (folder / "K-ok.txt").write_text(_letter("K-ok"), encoding="utf-8")
    out = tmp_path / "grounds.csv"
    r = _grounds(folder, "--out", out)
    assert r.exit_code == 0, r.output
    rows = _by_key(out)
    assert _ground_values(rows["K-long"]) == [""] * 5 and rows["K-long"]["letter_problem"].startswith("teksten er for lang")
    assert _ground_values(rows["K-ok"]) == ["ja"] * 5


def test_keys_with_norwegian_letters_in_nfd_file_names_and_labels_are_whole_and_nfc(tmp_path):
    import unicodedata

    folder = tmp_path / "brev"
    folder.mkdir()
    nfd = unicodedata.normalize("NFD", "Øst-Åsen 12")  # a Mac writes file names decomposed
    (folder / f"{nfd}.txt").write_text(_letter("x").replace("Saksnr.: x\n\n", ""), encoding="utf-8")
    (folder / "b.txt").write_text(_letter(unicodedata.normalize("NFD", "KØ-12")), encoding="utf-8")
    out = tmp_path / "grounds.csv"
    assert _grounds(folder, "--out", out).exit_code == 0
    assert sorted(_by_key(out)) == ["KØ-12", "Øst-Åsen 12"]  # NFC, and not «K» cut at the Ø
    r = CliRunner().invoke(main, ["run", str(_export(tmp_path, ["Øst-Åsen 12", "KØ-12"])), str(out), "--as-of",
                                  "2025-12-31", "--out", str(tmp_path / "ut"), "--format", "none", "--no-history"])
    assert r.exit_code == 0, r.output
    doc = json.loads((tmp_path / "ut" / "results.json").read_text(encoding="utf-8"))
    assert doc["dataset"]["rows"] == 2
    assert next(c for c in doc["checks"] if c["id"] == "kvp.grounds.age")["evaluated"] == 2


def test_when_no_letter_gets_a_row_the_command_stops_instead_of_writing_a_table_run_refuses(tmp_path):
    folder = tmp_path / "brev"
    folder.mkdir()
    (folder / "a.txt").write_text("Du er 34 år gammel.", encoding="utf-8")
    out = tmp_path / "grounds.csv"
    r = _grounds(folder, "--out", out, "--key-from", "text", lang="en")
    assert r.exit_code == 2 and "none of the letters got a row" in r.output and "--key-from name" in r.output
    assert "no case key found in a.txt" in r.output and not out.exists()


def test_a_key_line_holding_an_identity_number_gives_way_to_the_file_name(tmp_path):
    # «Saksnr.: 150875 12345» gave the key «150875», the birth date of the person: written to the table
    folder = tmp_path / "brev"
    folder.mkdir()
    (folder / "K-5.txt").write_text(_letter(f"{FNR[:6]} {FNR[6:]}"), encoding="utf-8")
    (folder / "K-6.txt").write_text(_letter("x").replace("Saksnr.: x", f"Journalnr: {FNR}\n\nJournalnr: J-6"),
                                    encoding="utf-8")
    out = tmp_path / "grounds.csv"
    r = _grounds(folder / "K-5.txt", "--out", out)
    assert r.exit_code == 0, r.output
    (row,) = _rows(out)
    assert row["case_id"] == "K-5" and row["identity_numbers"] == "1" and _ground_values(row) == ["ja"] * 5
    assert "K-5.txt inneholder 1 fødselsnummer" in r.output and not _shows(FNR, r.output)
    r = _grounds(folder / "K-6.txt", "--out", out, "--overwrite", "--key-pattern", r"Journalnr:\s*(\S+)")
    assert r.exit_code == 0 and [x["case_id"] for x in _rows(out)] == ["J-6"]
    # a pattern that catches only the birth date of «150875 12345» gets no key from it either (and the file
    # name does not match it: no letter has a row)
    out2 = tmp_path / "g2.csv"
    r = _grounds(folder / "K-5.txt", "--out", out2, "--key-pattern", r"Saksnr\.:\s*(\d{6})")
    assert r.exit_code == 2 and "fant ingen saksnøkkel i K-5.txt" in r.output and FNR[:6] not in r.output
    assert not out2.exists()


def test_identity_numbers_in_deleted_text_and_field_codes_are_counted_but_never_give_a_key(tmp_path):
    # a tracked deletion and a field code are not the letter's text, but they travel with the .docx
    hidden = (f'<w:p><w:del><w:r><w:delText>Saksnr.: K-old {FNR}</w:delText></w:r></w:del></w:p>'
              f'<w:p><w:r><w:instrText> MERGEFIELD fnr_{FNR[:6]}-{FNR[6:]} </w:instrText></w:r></w:p>')
    folder = tmp_path / "brev"
    folder.mkdir()
    _docx(folder / "K-9.docx", hidden + _body())
    out = tmp_path / "grounds.csv"
    r = _grounds(folder, "--out", out)
    assert r.exit_code == 0, r.output
    (row,) = _rows(out)
    assert row["case_id"] == "K-9" and row["identity_numbers"] == "2" and _ground_values(row) == ["ja"] * 5
    assert not _shows(FNR, r.output + out.read_text(encoding="utf-8-sig"))


def test_two_letters_for_one_case_in_two_folders_are_named_by_their_paths(tmp_path):
    folder = tmp_path / "brev"
    for sub in ("2024", f"x {FNR[:6]}\u2013{FNR[6:]}"):
        (folder / sub).mkdir(parents=True)
        # two different letters (the same letter twice is read once: tests/test_grounds_producers.py)
        (folder / sub / "K-1.txt").write_text(_letter("K-1", ("20 timer", f"{len(sub)} timer")), encoding="utf-8")
    out = tmp_path / "grounds.csv"
    r = _grounds(folder, "--out", out, lang="en")
    assert r.exit_code == 2 and "two letters have the same case key «K-1»" in r.output
    assert "2024/K-1.txt and " in r.output and "x •••••••••••/K-1.txt" in r.output  # was «K-1.txt and K-1.txt»
    assert not _shows(FNR, r.output) and not out.exists()


def test_review_sheet_refuses_a_suggestion_that_is_neither_ja_nor_nei_naming_file_row_column_value(tmp_path):
    folder = tmp_path / "brev"
    folder.mkdir()
    (folder / "a.txt").write_text(_letter("K-1"), encoding="utf-8")
    (folder / "b.txt").write_text(_letter("K-2"), encoding="utf-8")
    table = tmp_path / "grounds.csv"
    assert _grounds(folder, "--out", table).exit_code == 0
    text = table.read_text(encoding="utf-8-sig").splitlines()
    text[2] = text[2].replace("K-2;ja;", "K-2;kanskje;", 1)  # edited by hand
    (tmp_path / "edited.csv").write_text("\n".join(text) + "\n", encoding="utf-8-sig")
    book = tmp_path / "gjennomgang.xlsx"
    r = CliRunner().invoke(main, ["review-sheet", str(_export(tmp_path, ["K-1", "K-2"])), "--keys", "K-1,K-2",
                                  "--suggestions", str(tmp_path / "edited.csv"), "--out", str(book), "--lang", "en"])
    assert r.exit_code == 2 and not book.exists()
    assert "edited.csv, row 3, column «ground_age»: invalid yes/no value 'kanskje'" in r.output, r.output
    r = CliRunner().invoke(main, ["review-sheet", str(_export(tmp_path, ["K-1", "K-2"])), "--keys", "K-1,K-2",
                                  "--suggestions", str(table), "--out", str(book)])
    assert r.exit_code == 0, r.output


def test_a_word_document_saved_as_strict_open_xml_is_read(tmp_path):
    from sample_data.letters.docx import W

    folder = tmp_path / "brev"
    folder.mkdir()
    path = _docx(folder / "K-strict.docx", _body("Saksnr.: K-strict"))
    strict = tmp_path / "strict.docx"
    _rezip(path, strict, lambda name, data: (name, data.replace(W.encode(), b"http://purl.oclc.org/ooxml/wordprocessingml/main")
                                              if name == "word/document.xml" else data))
    strict.replace(path)
    out = tmp_path / "grounds.csv"
    assert _grounds(folder, "--out", out).exit_code == 0
    (row,) = _rows(out)
    assert row["letter_problem"] == "" and _ground_values(row) == ["ja"] * 5  # was «Word-filen er skadet»


def test_a_word_document_with_text_inserted_as_a_document_of_its_own_is_not_judged_on_the_rest(tmp_path):
    # document-assembly programs put the letter's text in as HTML (w:altChunk): reading only the rest
    # judged every criterion «nei»
    folder = tmp_path / "brev"
    folder.mkdir()
    _docx(folder / "K-alt.docx", _p("Saksnr.: K-alt") + '<w:altChunk r:id="rIdHtml" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/>')
    out = tmp_path / "grounds.csv"
    r = _grounds(folder, "--out", out)
    assert r.exit_code == 0, r.output
    (row,) = _rows(out)
    assert row["case_id"] == "K-alt" and _ground_values(row) == [""] * 5 and "altChunk" in row["letter_problem"]


def test_identity_numbers_in_a_files_properties_are_counted(tmp_path):
    from pypdf import PdfWriter

    folder = tmp_path / "brev"
    folder.mkdir()
    path = _docx(folder / "K-prop.docx", _body("Saksnr.: K-prop"))
    titled = f"<dc:title>Vedtak {FNR}</dc:title><dc:creator>".encode()
    _rezip(path, tmp_path / "x.docx",
           lambda name, data: (name, data.replace(b"<dc:creator>", titled) if name == "docProps/core.xml" else data))
    (tmp_path / "x.docx").replace(path)
    (tmp_path / "p.pdf").write_bytes(_pdf([(50, 780 - 13 * i, t) for i, t in enumerate(["Saksnr.: K-pdfprop",
                                                                                      "Du er 34 år gammel."])]))
    writer = PdfWriter()
    writer.append(tmp_path / "p.pdf")
    writer.add_metadata({"/Title": f"Vedtak for {FNR[:6]} {FNR[6:]}"})
    writer.write(folder / "K-pdfprop.pdf")
    out = tmp_path / "grounds.csv"
    r = _grounds(folder, "--out", out)
    assert r.exit_code == 0, r.output
    rows = _by_key(out)
    assert rows["K-prop"]["identity_numbers"] == "1" and rows["K-pdfprop"]["identity_numbers"] == "1"
    assert rows["K-pdfprop"]["ground_age"] == "ja" and not _shows(FNR, r.output + out.read_text(encoding="utf-8-sig"))
