"""Bad and messy inputs through the CLI: a clear message and exit code 2, or a run that reads them.

Every entry of BAD_INPUTS builds its file(s) in a temporary folder and is run as
``nav-audit run FILE … --no-history --format none``. The run must never print a
traceback. An input problem stops it with exit code 2 and one short paragraph naming
the file and, where there is one, the row, the column and the value, what was
expected and how to fix it. Inputs it can read give exit code 0; their unreadable
single values are listed in ``input_issues`` with row, column and value, and with
``--strict`` they stop the run (exit 2) naming the first of them.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import polars as pl
import pytest
from click.testing import CliRunner

from audit.cli import main
from tests.bad_inputs import (
    docx_like,
    entity_bomb_xlsx,
    far_future_parquet,
    fnrs,
    nested_parquet,
    ods_file,
    ole_file,
    parquet,
    text_file,
    truncated_xlsx,
    written_forms,
    xfd_xlsx,
    xlsx,
    yaml_alias_bomb,
    zip_bomb_xlsx,
)

AS_OF = "2025-06-30"


@dataclass(frozen=True)
class Bad:
    id: str
    build: Callable[[Path], list[str]]  # writes the file(s) in a folder; returns the CLI arguments
    code: int  # expected exit code
    says: tuple[str, ...] = ()  # the output contains each of these
    never: tuple[str, ...] = ()  # … and none of these
    issues: tuple[tuple[int, str, str], ...] = ()  # exit 0: (row, column, value) of every input issue
    check: Callable[[dict], None] | None = None  # exit 0: more about results.json
    options: tuple[str, ...] = field(default=())


def run(args: list[str], out: Path, *options: str):
    return CliRunner().invoke(main, ["run", *args, "--as-of", AS_OF, "--out", str(out), "--no-history",
                                     "--format", "none", *options])


def csv(name: str, text: str, encoding: str = "utf-8") -> Callable[[Path], list[str]]:
    return lambda d: [str(text_file(d / name, text, encoding))]


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def raw(name: str, data: bytes) -> Callable[[Path], list[str]]:
    return lambda d: [str(_write(d / name, data))]


def with_mapping(name: str, text: str, mapping: str, encoding: str = "utf-8") -> Callable[[Path], list[str]]:
    def build(d: Path) -> list[str]:
        src = text_file(d / name, text, encoding)
        m = text_file(d / "mapping.yaml", mapping)
        return [str(src), "-m", str(m)]
    return build


def _file(d: Path, name: str) -> list[str]:
    return [str(d / name)]


def _dir(d: Path) -> list[str]:
    (d / "uttrekk").mkdir()
    return [str(d / "uttrekk")]


def case_value(check_id: str, key: str):
    def check(res: dict) -> None:
        c = next(c for c in res["checks"] if c["id"] == check_id)
        assert any(x["key"] == key for x in c["cases"]), (check_id, key, c["cases"])
    return check


def offices(*names: str):
    def check(res: dict) -> None:
        assert res["dataset"]["offices"] == sorted(names)
    return check


def start_delays(expected: dict[str, int]):
    """kvp.start_delay values (days) per key: proves the dates were read as dates."""
    def check(res: dict) -> None:
        c = next(c for c in res["checks"] if c["id"] == "kvp.start_delay")
        assert {x["key"]: x["value"] for x in c["cases"]} == expected
    return check


GRANTED = "case_id;decision;decision_date;program_start_date\n"
FNR = fnrs(3)
FNR_LOW = fnrs(4, seed=2, days=range(1, 10))  # born on day 1-9: a spreadsheet drops the leading zero


def _merged_xlsx(d: Path) -> list[str]:
    # Title row merged over the table, a blank row, then the header; the office cell is merged over two cases.
    rows = [["Saksliste NAV Lerkendal 2025"], [], ["case_id", "office", "decision", "decision_date", "program_start_date"],
            ["K1", "NAV Lerkendal", "granted", "2025-01-01", "2025-03-01"],
            ["K2", None, "granted", "2025-01-01", "2025-03-02"],
            [], ["K3", "NAV Heimdal", "granted", "2025-01-01", "i morgen"]]
    return [str(xlsx(d / "sammenslatt.xlsx", rows, merges=("A1:E1", "B4:B5")))]


def _blank_rows_xlsx(d: Path) -> list[str]:
    rows = [[], ["case_id", "decision_date"], [None, None], ["K1", dt.datetime(2025, 1, 2)], [], [" ", None],
            ["K2", "ikke avgjort"]]
    return [str(xlsx(d / "blanke.xlsx", rows))]


def _xlsx_numbers_as_fnr(d: Path) -> list[str]:
    rows = [["case_id", "Personnr"]] + [[f"K{i}", int(n)] for i, n in enumerate(FNR_LOW)]
    return [str(xlsx(d / "tall.xlsx", rows))]


def _value_outside_header(d: Path) -> list[str]:
    return [str(xlsx(d / "utenfor.xlsx", [["case_id", "office"], ["K1", "NAV A", None, "løs verdi"]]))]


def _header_only_xlsx(d: Path) -> list[str]:
    return [str(xlsx(d / "overskrift.xlsx", [["case_id", "decision"]]))]


def _empty_parquet(d: Path) -> list[str]:
    return [str(parquet(d / "tom.parquet", pl.DataFrame({"case_id": []}, schema={"case_id": pl.Utf8})))]


def _two_files_disagree(d: Path) -> list[str]:
    a = text_file(d / "a.csv", "case_id;decision\nK1;granted\nK2;refused\n")
    b = text_file(d / "b.csv", "case_id;decision\nK2;granted\n")
    return [str(a), str(b)]


def _cfg(text: str) -> Callable[[Path], list[str]]:
    def build(d: Path) -> list[str]:
        src = text_file(d / "k.csv", GRANTED + "K1;granted;2025-01-01;2025-01-05\n")
        cfg = text_file(d / "config.yaml", text)
        return [str(src), "--config", str(cfg)]
    return build


def _map_only(text: str) -> Callable[[Path], list[str]]:
    return with_mapping("k.csv", "Saksnr;Vedtak\nK1;Innvilget\n", text)


def _out_is_a_file(d: Path) -> list[str]:
    src = text_file(d / "k.csv", "case_id\nK1\n")
    return [str(src)]


BAD_INPUTS: list[Bad] = [
    # ---- the file as a whole
    Bad("missing file", lambda d: _file(d, "finnes_ikke.csv"), 2, ("finnes_ikke.csv", "finnes ikke", "Sjekk stien")),
    Bad("directory", _dir, 2, ("uttrekk", "mappe, ikke en fil")),
    Bad("empty file", csv("tom.csv", ""), 2, ("tom.csv", "tom (0 byte)", "overskriftsrad")),
    Bad("only blanks", csv("blank.csv", "  \n\n \r\n"), 2, ("blank.csv", "bare blanke tegn")),
    Bad("header only", csv("overskrift.csv", "case_id;decision\n"), 2,
        ("overskrift.csv", "rad 2", "ingen rader med saker")),
    Bad("header only xlsx", _header_only_xlsx, 2, ("overskrift.xlsx", "rad 2", "ingen rader")),
    Bad("parquet without rows", _empty_parquet, 2, ("tom.parquet", "ingen rader")),
    Bad("blank lines above the header", csv("topp.csv", "\n\ncase_id\nK1\n"), 2,
        ("topp.csv", "rad 1", "blanke linjer", "Slett")),
    Bad("wrong delimiter (colon)", csv("kolon.csv", "case_id:decision:decision_date\nK1:granted:2025-01-01\n"), 2,
        ("kolon.csv", "rad 1", "case_id", "bare én kolonne", "semikolon", "komma", "delimiter")),
    Bad("mapping gives the wrong delimiter", with_mapping(
        "komma.csv", "Saksnr,Vedtak,Dato\nK1,Innvilget,2025-01-01\n",
        "dataset: kvp\ndelimiter: ';'\ncolumns: {case_id: Saksnr, decision: Vedtak}\n"), 2,
        ("komma.csv", "rad 1", "Saksnr", "semikolon «;» fra mappingfilen", "bare én kolonne", "komma «,» blir det 3")),
    Bad("more fields than headers", csv("ujevn.csv", "case_id;decision\nK1;granted\nK2;granted;x;y\n"), 2,
        ("ujevn.csv", "rad 3", "4 felt", "overskriften har 2", "semikolon")),
    Bad("unclosed quote", csv("sitat.csv", 'case_id;office\nK1;NAV A\nK2;"NAV B\nK3;NAV C\n'), 2,
        ("sitat.csv", "rad 3", "anførselstegn")),
    Bad("binary junk", raw("binar.csv", bytes(range(256)) * 20), 2, ("binar.csv", "binærfil")),
    Bad("NUL byte in text", raw("nul.csv", b"case_id;office\nK1;NAV\x00A\n"), 2, ("nul.csv", "binærfil")),
    Bad("PDF named .csv", raw("saker.csv", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"), 2, ("saker.csv", "PDF-fil")),
    Bad("duplicate keys", csv("dupl.csv", "case_id;office\nK1;A\nK2;B\nK1;C\nK2;D\n"), 2,
        ("dupl.csv", "rad 4", "«case_id»", "K1", "ikke unik", "radene 2, 4", "2 nøkler")),
    Bad("empty key", csv("uten_nokkel.csv", "case_id;office\nK1;A\n;B\n"), 2,
        ("uten_nokkel.csv", "rad 3", "«case_id»", "nøkkelen mangler")),
    Bad("duplicate headers", csv("dobbel.csv", "case_id;decision;Decision \nK1;granted;granted\n"), 2,
        ("dobbel.csv", "rad 1", "kolonne 2 og kolonne 3", "ulike navn")),
    Bad("no key column", csv("nokkel.csv", "Saksnr;decision\nK1;granted\n"), 2,
        ("nokkel.csv", "«case_id»", "finnes ikke", "«Saksnr»", "columns")),
    Bad("mapping names a missing header", with_mapping(
        "m.csv", "Saksnummer;Vedtaksdato;Vedtak\nK1;2025-01-01;Innvilget\n",
        "dataset: kvp\ncolumns: {case_id: Saksnummer, decision_date: Vedtaksdto}\n"), 2,
        ("m.csv", "rad 1", "Vedtaksdto", "decision_date", "Nærmeste overskrifter", "«Vedtaksdato»")),
    Bad("two files disagree", _two_files_disagree, 2, ("b.csv", "K2", "decision", "refused", "granted")),
    Bad("unknown suite", csv("k.csv", "case_id\nK1\n"), 2, ("kvpp", "ukjent suite", "kvp"), options=("--suite", "kvpp")),
    Bad("--out is a file", _out_is_a_file, 2, ("--out", "er en fil")),  # click's own message, in bokmål
    # ---- encodings and forms that are read
    Bad("cp1252 with æøå", csv("cp1252.csv", "case_id;office\nK1;NAV Østbyen\nK2;NAV Ålesund\nK3;NAV Ærø\n", "cp1252"),
        0, ("cp1252.csv", "cp1252"), check=offices("NAV Østbyen", "NAV Ålesund", "NAV Ærø")),
    Bad("UTF-8 BOM", csv("bom.csv", "\ufeffcase_id;office\nK1;NAV Tøyen\n"), 0, check=offices("NAV Tøyen")),
    Bad("UTF-16 with BOM, tabs", csv("utf16.csv", "case_id\toffice\nK1\tNAV Grünerløkka\n", "utf-16"), 0,
        check=offices("NAV Grünerløkka")),
    Bad("old Mac line ends (CR only)", csv("cr.csv", "case_id;office\rK1;NAV A\rK2;NAV B\r"), 0,
        check=offices("NAV A", "NAV B")),
    Bad("quoted field over two lines", csv("linjer.csv", 'case_id;office;decision_date\nK1;"NAV\nA";2025-01-01\n'
                                                          'K2;NAV B;31.02.2025\n'), 0,
        issues=((3, "decision_date", "31.02.2025"),)),
    Bad("mixed date formats in one column", csv("datoer.csv", GRANTED
        + "K1;granted;2025-01-02;2025-03-03\nK2;granted;02.01.2025;3.3.2025\nK3;granted;2.1.2025 00:00;2025-03-03T08:00\n"
        + "K4;granted;45659;45719\n"), 0, check=start_delays({"K1": 60, "K2": 60, "K3": 60, "K4": 60})),
    Bad("text in a date column", csv("tekst.csv", GRANTED + "K1;granted;2025-01-02;2025-01-05\nK2;granted;i går;\n"), 0,
        issues=((3, "decision_date", "i går"),)),
    Bad("two-digit year and other separators", csv("aar.csv", "case_id;decision_date;end_date\nK1;3.1.25;2025/01/04\n"),
        0, issues=((2, "decision_date", "3.1.25"), (2, "end_date", "2025/01/04"))),
    Bad("placeholder dates", csv("plassholder.csv", "case_id;decision_date;end_date\nK1;0001-01-01;9999-12-31\n"), 0,
        issues=((2, "decision_date", "0001-01-01"), (2, "end_date", "9999-12-31"))),
    Bad("unreadable number, integer, boolean and code", csv("verdier.csv",
        "case_id;hours_per_week;evaluations_planned;appeal_info;decision\nK1;mange;2,5;kanskje;innvilget\n"), 0,
        issues=((2, "hours_per_week", "mange"), (2, "evaluations_planned", "2,5"), (2, "appeal_info", "kanskje"),
                (2, "decision", "innvilget"))),
    Bad("blank rows (CSV)", csv("blanke.csv", "case_id;decision_date\nK1;2025-01-01\n\n;\n  ; \nK2;aldri\n"), 0,
        issues=((6, "decision_date", "aldri"),)),
    # ---- workbooks
    Bad("blank rows (XLSX)", _blank_rows_xlsx, 0, issues=((7, "decision_date", "ikke avgjort"),)),
    Bad("title row and merged cells (XLSX)", _merged_xlsx, 0, ("tittel", "sammenslåtte"),
        issues=((7, "program_start_date", "i morgen"),), check=offices("NAV Heimdal", "NAV Lerkendal")),
    Bad("value outside the header (XLSX)", _value_outside_header, 2,
        ("utenfor.xlsx", "rad 2", "kolonne 4", "løs verdi", "ingen overskrift")),
    Bad("corrupt XLSX", raw("skadet.xlsx", b"PK\x03\x04" + bytes(range(256)) * 4), 2,
        ("skadet.xlsx", "ikke en gyldig XLSX", "lagre som .xlsx")),
    Bad("truncated XLSX", lambda d: [str(truncated_xlsx(d / "halv.xlsx"))], 2, ("halv.xlsx", "ikke en gyldig XLSX")),
    Bad("CSV named .xlsx", csv("feil_endelse.xlsx", "case_id;office\nK1;A\n"), 2,
        ("feil_endelse.xlsx", "CSV-fil med feil filendelse")),
    Bad("password-protected XLSX", lambda d: [str(ole_file(d / "passord.xlsx", "EncryptionInfo"))], 2,
        ("passord.xlsx", "passordbeskyttet", "Fjern passordet")),
    Bad("legacy .xls", lambda d: [str(ole_file(d / "gammel.xls", "Workbook"))], 2, ("gammel.xls", ".xls", "lagre som .xlsx")),
    Bad("XLSX with an XML entity bomb", lambda d: [str(entity_bomb_xlsx(d))], 2,
        ("bombe.xlsx", "xl/worksheets/sheet1.xml", "entiteter", "XML-bombe"), never=("lollol",)),
    Bad("OpenDocument spreadsheet", lambda d: [str(ods_file(d / "regneark.ods"))], 2, ("regneark.ods", ".ods", "lagre som .xlsx")),
    Bad("Word document named .xlsx", lambda d: [str(docx_like(d / "notat.xlsx"))], 2, ("notat.xlsx", "Word-dokument")),
    Bad("corrupt Parquet", raw("skadet.parquet", b"PAR1" + bytes(100)), 2, ("skadet.parquet", "ikke en gyldig Parquet-fil")),
    Bad("Parquet with lists, structs, binary and datetimes", lambda d: [str(nested_parquet(d / "nested.parquet"))], 0,
        issues=()),
    Bad("KOSTRA file of junk", raw("kvp_2025.dat", b"dette er ingen KOSTRA-fil\r\nbare tekst\r\n"), 2,
        ("kvp_2025.dat", "KOSTRA-post", "11CF")),
    # ---- identity numbers
    Bad("identity numbers in a column", csv("fnr.csv", f"case_id;Fnr\nK1;{FNR[0]}\nK2;{FNR[1]}\nK3;\n"), 2,
        ("fnr.csv", "«Fnr»", "fødselsnumre", "2 av 2", "pseudonymise", "vises ikke"), never=tuple(FNR)),
    Bad("identity numbers written 'ddmmyy nnnnn'", csv("fnr_mellomrom.csv",
        f"case_id;Person\nK1;{FNR[0][:6]} {FNR[0][6:]}\n"), 2, ("«Person»", "1 av 1"),
        never=(FNR[0], FNR[0][:6], FNR[0][6:])),
    Bad("identity numbers as numbers in XLSX (leading zero lost)", _xlsx_numbers_as_fnr, 2,
        ("tall.xlsx", "«Personnr»", "4 av 4"), never=tuple(FNR_LOW) + tuple(n[1:] for n in FNR_LOW)),
    Bad("identity number as the key", csv("fnr_nokkel.csv", f"case_id;office\n{FNR[0]};A\n{FNR[1]};B\n"), 2,
        ("«case_id»", "2 av 2"), never=tuple(FNR)),
    Bad("file without header row, identity number first", csv("uten_overskrift.csv",
        f"{FNR[0]};K1;NAV A\n{FNR[1]};K2;NAV B\n"), 2, ("kolonne 1", "overskriftsrad"), never=tuple(FNR)),
    # ---- identity numbers in every written form and every place (issue 14)
    *[Bad(f"identity number written «{form.replace(FNR[0], 'N')}» in a value", csv("former.csv",
          f"case_id;office\nK1;NAV A\nK2;{form}\n"), 2, ("«office»", "rad 3", "1 av 2"),
          never=tuple(written_forms(FNR[0])) + (FNR[0],)) for form in written_forms(FNR[0])[1:]],
    Bad("identity number zero-dropped in a value", csv("null.csv", f"case_id;caseworker\nK1;S1\nK2;{FNR_LOW[0][1:]}\n"),
        2, ("«caseworker»", "rad 3"), never=(FNR_LOW[0][1:],)),
    Bad("identity number as a header, grouped", csv("hode.csv", f"case_id;{written_forms(FNR[0])[4]}\nK1;x\n"), 2,
        ("hode.csv", "kolonne 2", "vises ikke"), never=tuple(written_forms(FNR[0]))),
    Bad("identity number in the file name", lambda d: [str(text_file(d / f"saker_{FNR[0][:6]}-{FNR[0][6:]}.csv",
        "case_id\nK1\n"))], 2, ("FILER ", "fødselsnummer", "vises ikke"), never=(FNR[0][:6], FNR[0][6:])),
    Bad("identity number as a sheet name", lambda d: [str(xlsx(d / "ark.xlsx", [["case_id"], ["K1"]],
        title=f"{FNR[0][:6]} {FNR[0][6:]}"))], 2, ("ark.xlsx", "arknavnet"), never=(FNR[0][:6], FNR[0][6:])),
    Bad("identity number in the mapping's values", _map_only(
        f"dataset: kvp\ncolumns: {{case_id: Saksnr, office: Vedtak}}\nvalues: {{office: {{Innvilget: 'NAV {FNR[0]}'}}}}\n"),
        2, ("mappingfilen", "vises ikke"), never=(FNR[0],)),
    Bad("identity number in the mapping file's name", lambda d: [str(text_file(d / "k.csv", "case_id\nK1\n")), "-m",
        str(text_file(d / f"mapping_{FNR[0]}.yaml", "dataset: kvp\n"))], 2, ("vises ikke",), never=(FNR[0],)),
    Bad("identity number in --scope", csv("k.csv", "case_id\nK1\n"), 2, ("--scope", "vises ikke"),
        never=(FNR[0][6:],), options=("--scope", f"NAV {FNR[0][:6]}-{FNR[0][6:]}")),
    # ---- hostile and huge inputs: each a clear error in seconds
    Bad("XLSX with cells in column XFD", lambda d: [str(xfd_xlsx(d / "xfd.xlsx"))], 2, ("xfd.xlsx", "16384", "Ctrl+End")),
    Bad("XLSX with cells in column XFD, few rows", lambda d: [str(xfd_xlsx(d / "xfd.xlsx", rows=100))], 2,
        ("xfd.xlsx", "16384", "Ctrl+End")),
    Bad("XLSX compression bomb", lambda d: [str(zip_bomb_xlsx(d))], 2, ("zipbombe.xlsx", "zip-bombe")),
    Bad("CSV field of 100 000 characters", csv("felt.csv", "case_id;office\nK1;A\nK2;" + "x" * 100_000 + "\n"), 2,
        ("felt.csv", "rad 3", "«office»", "32767")),
    Bad("office of 300 characters", csv("kontor.csv", "case_id;office\nK1;" + "y" * 300 + "\n"), 2,
        ("kontor.csv", "rad 2", "200"), never=("y" * 61,)),
    Bad("KOSTRA file with a line of 100 kB", raw("kvp_2025.dat", b"5001" + b"9" * 100_000 + b"\r\n"), 2,
        ("kvp_2025.dat", "rad 1", "KOSTRA-post")),
    Bad("Parquet date in the year 275 000", lambda d: [str(far_future_parquet(d / "fremtid.parquet"))], 2,
        ("fremtid.parquet", "rad 2", "«decision_date»", "1–9999")),
    Bad("--config /dev/zero", lambda d: [str(text_file(d / "k.csv", "case_id\nK1\n")), "--config", "/dev/zero"], 2,
        ("/dev/zero", "ikke en vanlig fil")),
    Bad("-m /dev/urandom", lambda d: [str(text_file(d / "k.csv", "case_id\nK1\n")), "-m", "/dev/urandom"], 2,
        ("/dev/urandom", "ikke en vanlig fil")),
    Bad("--out /dev/full", csv("k.csv", "case_id\nK1\n"), 2, ("/dev/full", "ikke en mappe"),
        never=("annen kjøring",), options=("--out", "/dev/full")),
    Bad("a header line over 64 kB", csv("lang_overskrift.csv", "case_id;" + ";".join(f"kolonne_med_langt_navn_{i:05d}"
        for i in range(3000)) + "\nK1;" + ";" * 2999 + "\n"), 0),
    # ---- mapping and configuration files
    Bad("mapping: not YAML", _map_only("dataset: kvp\ncolumns:\n  case_id: Saksnr\n   decision: [Vedtak\n"), 2,
        ("mapping.yaml", "ikke gyldig YAML", "rad ")),
    Bad("mapping: misspelt key", _map_only("dataset: kvp\ncolums: {case_id: Saksnr}\n"), 2,
        ("mapping.yaml", "«colums»", "Mente du «columns»")),
    Bad("mapping: a list", _map_only("- dataset\n- kvp\n"), 2, ("mapping.yaml", "øverste nivå")),
    Bad("mapping: unknown dataset", _map_only("dataset: kvpp\n"), 2, ("mapping.yaml", "ukjent datasett", "kvpp")),
    Bad("mapping: unknown canonical column", _map_only("dataset: kvp\ncolumns: {case_idd: Saksnr}\n"), 2,
        ("mapping.yaml", "case_idd", "Mente du «case_id»")),
    Bad("mapping: category value not in the list", _map_only(
        "dataset: kvp\ncolumns: {case_id: Saksnr, decision: Vedtak}\nvalues: {decision: {Innvilget: yes}}\n"), 2,
        ("mapping.yaml", "«yes» er ikke en gyldig verdi", "granted")),
    Bad("mapping: bad date_format", _map_only("dataset: kvp\ndate_format: '%Y-%m'\n"), 2,
        ("mapping.yaml", "date_format", "%Y-%m", "hel dato")),
    Bad("mapping: bad encoding", _map_only("dataset: kvp\nencoding: rot13\n"), 2, ("mapping.yaml", "tegnkoding", "rot13")),
    Bad("mapping: encoding that does not fit", with_mapping("feil_koding.csv", "case_id;office\nK1;NAV Østbyen\n",
        "dataset: kvp\nencoding: utf-8\n", "cp1252"), 2, ("feil_koding.csv", "rad 2", "utf-8", "encoding")),
    Bad("mapping: sheet that does not exist", lambda d: [
        str(xlsx(d / "ark.xlsx", [["case_id"], ["K1"]], title="Saker")), "-m",
        str(text_file(d / "m.yaml", "dataset: kvp\nsheet: Saer\n"))], 2, ("ark.xlsx", "«Saer»", "Mente du «Saker»")),
    Bad("mapping: pseudonymise a missing column", with_mapping("k.csv", "case_id;Fodselsnr\nK1;x\n",
        "dataset: kvp\npseudonymise: [Fødselsnr]\n"), 2, ("k.csv", "Fødselsnr", "pseudonymise", "«Fodselsnr»")),
    Bad("mapping: YAML alias bomb", _map_only("dataset: kvp\nvalues:\n  decision:\n" + yaml_alias_bomb("    ")), 2,
        ("mapping.yaml", "values.decision", "YAML-aliaser")),
    Bad("mapping: binary file", lambda d: [str(text_file(d / "k.csv", "case_id\nK1\n")), "-m",
                                           str(_write(d / "m.yaml", b"\x00\x01\xff\xfe"))], 2,
        ("m.yaml", "ikke en tekstfil")),
    Bad("mapping: cp1252 text", lambda d: [str(text_file(d / "k.csv", "case_id\nK1\n")), "-m",
                                          str(text_file(d / "m.yaml", "dataset: kvp\n# Søknader\n", "cp1252"))], 2,
        ("m.yaml", "rad 2", "ikke UTF-8-tekst", "Lagre filen som UTF-8")),
    Bad("mapping: the data file by mistake", lambda d: [str(text_file(d / "k.csv", "case_id;office\nK1;A\n")),
                                                         "-m", str(d / "k.csv")], 2, ("k.csv", "mappingfilen")),
    Bad("mapping: missing file", lambda d: [str(text_file(d / "k.csv", "case_id\nK1\n")), "-m", str(d / "nei.yaml")], 2,
        ("nei.yaml", "finnes ikke")),
    Bad("config: not YAML", _cfg("parameters:\n  kvp.start_delay: {deviation_days: 3\n"), 2,
        ("config.yaml", "ikke gyldig YAML")),
    Bad("config: text for a number", _cfg("parameters:\n  kvp.start_delay: {deviation_days: tretti}\n"), 2,
        ("config.yaml", "kvp.start_delay.deviation_days", "tall", "tretti")),
    Bad("config: unknown check", _cfg("parameters:\n  kvp.start_dealy: {deviation_days: 3}\n"), 2,
        ("config.yaml", "kvp.start_dealy", "Mente du «kvp.start_delay»")),
    Bad("config: YAML alias bomb", _cfg("parameters:\n  stonad.other_suite:\n" + yaml_alias_bomb("    ")
                                        + "  kvp.start_delay: {deviation_days: *a9}\n"), 2,
        ("config.yaml", "parameters", "YAML-aliaser")),
    Bad("config: absurd number", _cfg("parameters:\n  kvp.start_delay: {deviation_days: .inf}\n"), 2,
        ("config.yaml", "deviation_days")),
    Bad("--set without a value", csv("k.csv", "case_id\nK1\n"), 2, ("--set", "kontroll.parameter=verdi"),
        options=("--set", "kvp.start_delay.deviation_days")),
]


def _output_of(result) -> str:
    return result.output + (result.stderr if getattr(result, "stderr_bytes", None) and result.stderr not in result.output else "")


@pytest.mark.parametrize("bad", BAD_INPUTS, ids=[b.id for b in BAD_INPUTS])
def test_bad_input(bad: Bad, tmp_path):
    folder = tmp_path / "inn"
    folder.mkdir()
    args = bad.build(folder)
    out = tmp_path / "ut"
    options = bad.options
    if bad.id == "--out is a file":
        out = folder / "k.csv"
    result = run(args, out, *options)
    text = _output_of(result)
    assert "Traceback" not in text
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code == bad.code, text
    for s in bad.says:
        assert s in text, f"{s!r} not in {text!r}"
    for s in bad.never:
        assert s not in text
    if bad.code == 2:
        errors = [line for line in text.splitlines() if line.startswith(("Feil:", "Error:"))]  # ours, click's
        assert len(errors) == 1 and len(errors[0]) < 700, text  # one short paragraph
        assert not (out / "results.json").exists() or out == folder / "k.csv"
        return
    res = json.loads((out / "results.json").read_text(encoding="utf-8"))
    got = [(i["row"], i["column"]) for i in res["input_issues"]]
    assert got == [(r, c) for r, c, _ in bad.issues]
    for issue, (_, _, value) in zip(res["input_issues"], bad.issues):
        assert value in issue["message"] and issue["file"] == args[0]
    if bad.check:
        bad.check(res)
    for s in bad.never:
        assert s not in json.dumps(res, ensure_ascii=False)
    if bad.issues:  # --strict stops at the first unreadable value, naming it
        strict = run(args, tmp_path / "strict", *options, "--strict")
        row, column, value = bad.issues[0]
        assert strict.exit_code == 2, strict.output
        for s in (Path(args[0]).name, f"rad {row}", f"«{column}»", value, "--strict"):
            assert s in strict.output
        assert "Traceback" not in strict.output and not (tmp_path / "strict" / "results.json").exists()


def test_every_kind_of_problem_named_in_the_issue_is_in_the_table():
    """Issue #5 lists the bad inputs to try; each has an entry above (by id)."""
    ids = {b.id for b in BAD_INPUTS}
    required = {
        "missing file", "directory", "empty file", "header only", "wrong delimiter (colon)", "cp1252 with æøå",
        "UTF-8 BOM", "mixed date formats in one column", "text in a date column", "duplicate keys",
        "duplicate headers", "blank rows (XLSX)", "title row and merged cells (XLSX)", "corrupt XLSX",
        "password-protected XLSX", "XLSX with an XML entity bomb", "unknown suite", "mapping: not YAML",
        "config: not YAML",
    }
    assert required <= ids, required - ids
    # the 200 MB CSV is tests/test_large_input.py


def test_debug_shows_the_traceback(tmp_path):
    """--debug is for developers: the same bad input raises instead of printing a paragraph."""
    r = CliRunner().invoke(main, ["--debug", "run", str(tmp_path / "nei.csv"), "--no-history", "--out", str(tmp_path / "o")])
    assert r.exit_code != 0 and r.exception is not None and "finnes ikke" in str(r.exception)


def test_internal_error_is_one_line_without_traceback(tmp_path, monkeypatch):
    """A bug (not an input problem) gives exit 3 and a short message, never a traceback."""
    import audit.inputs.load

    def boom(*_a, **_k):
        raise RuntimeError("noe gikk galt inni")

    monkeypatch.setattr(audit.inputs.load, "to_canonical", boom)
    src = text_file(tmp_path / "k.csv", "case_id\nK1\n")
    r = run([str(src)], tmp_path / "o")
    assert r.exit_code == 3 and "Intern feil" in r.output and "--debug" in r.output and "Traceback" not in r.output


def test_entity_bomb_is_also_refused_by_openpyxl_itself(tmp_path, monkeypatch):
    """openpyxl parses with defusedxml here: without our own pre-check the bomb is still refused."""
    import openpyxl.xml.functions as xf

    import audit.inputs.xlsx

    assert xf.iterparse.__module__.startswith("defusedxml")
    parse = getattr(xf.fromstring, "func", xf.fromstring)  # with lxml: partial(fromstring, parser=safe_parser)
    assert parse.__module__.startswith("defusedxml") or "lxml" in parse.__module__  # lxml: resolve_entities=False
    monkeypatch.setattr(audit.inputs.xlsx, "_xlsx_precheck", lambda path: None)
    path = entity_bomb_xlsx(tmp_path)
    r = run([str(path)], tmp_path / "o")
    assert r.exit_code == 2 and "XML-entiteter" in r.output and "Traceback" not in r.output


def test_entity_declaration_in_any_workbook_part_is_refused(tmp_path):
    """Not only sheets: shared strings, the workbook part and relationships are checked too."""
    from tests.bad_inputs import replace_part

    plain = xlsx(tmp_path / "plain.xlsx", [["case_id"], ["K1"]])
    for part in ("xl/workbook.xml", "[Content_Types].xml", "_rels/.rels"):
        import zipfile

        with zipfile.ZipFile(plain) as z:
            data = z.read(part)
        cut = data.index(b"?>") + 2 if data.startswith(b"<?xml") else 0
        evil = data[:cut] + b'<!DOCTYPE x [<!ENTITY e "e">]>' + data[cut:]
        target = replace_part(plain, tmp_path / f"{part.replace('/', '_')}.xlsx", part, evil)
        r = run([str(target)], tmp_path / f"o_{target.stem}")
        assert r.exit_code == 2 and part in r.output and "XML-bombe" in r.output, r.output
