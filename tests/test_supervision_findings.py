"""Draft findings: exact sentences for a known results document, exports and CLI."""

from __future__ import annotations

import json
import zipfile
import xml.etree.ElementTree as ET

import pytest
from click.testing import CliRunner

from audit.cli import main
from audit.errors import InputError
from audit.supervision.findings import draft_findings, findings_docx, findings_markdown, write_findings


def check(cid, *, kind="deviation", status="deviation", evaluated=0, failed=0, warned=0, unknown=0, unit=None,
          params=None, cases=(), title=None, legal="—"):
    return {"id": cid, "kind": kind, "status": status, "evaluated": evaluated, "failed": failed, "warned": warned,
            "unknown": unknown, "unit": unit, "parameters": params or {}, "legal_basis": legal,
            "title": {"nb": title or f"Tittel {cid}", "en": title or f"Title {cid}"}, "cases": list(cases)}


def case(key, level="deviation", value=None):
    return {"key": key, "level": level, "value": value, "office": "NAV Lerkendal", "details": {}}


RESULTS = {
    "run": {"id": "20251231T120000-abc123", "as_of": "2025-12-31", "suite": "kvp", "scope": "5001"},
    "dataset": {"name": "kvp", "offices": ["NAV Lerkendal"], "municipalities": ["5001"]},
    "checks": [
        check("kvp.start_delay", evaluated=40, failed=3, warned=1, unit="days", title="Oppstart i program etter vedtak",
              legal="sosialtjenesteloven §§ 29, 4", params={"warning_days": 14, "deviation_days": 30},
              cases=[case("K-3", value=45), case("K-1", value=38), case("K-2", value=31), case("K-9", "warning", 20)]),
        check("kvp.grounds.age", evaluated=30, failed=7, unknown=2, legal="forvaltningsloven §§ 24–25; sosialtjenesteloven § 29",
              title="Vedtaket begrunner vilkåret: alder", cases=[case(f"K-{i}") for i in range(11, 18)]),
        check("kvp.appeal_info", evaluated=1, failed=1, unknown=1, legal="forvaltningsloven § 27", cases=[case("K-20")]),
        check("kvp.data.dates_in_order", kind="data", evaluated=40, failed=2, cases=[case("K-5"), case("K-6")]),
        check("kvp.full_time", status="warning", evaluated=40, warned=2),
        check("kvp.duration_stated", status="not_evaluated"),
        check("kvp.evaluation_planned", status="ok", evaluated=40),
        check("kvp.outcome_work_education", kind="indicator", status="below_target", evaluated=20),
        check("kvp.new_rule", evaluated=10, failed=1, legal="sosialtjenesteloven § 99; forskrift § 1",
              title="Ny regel om noe", cases=[case("K-30")]),
    ],
}

START_DELAY_NB = (
    "Etter sosialtjenesteloven § 29, jf. § 4, skal kvalifiseringsprogram settes i gang uten opphold når det er "
    "innvilget. Det er ikke adgang til å sette deltakere på venteliste etter vedtak. "
    "I 3 av 40 vurderte saker startet programmet mer enn 30 dager etter vedtaket, eller det var ikke startet på "
    "revisjonsdatoen (31–45 dager). Dette gjelder sakene K-3, K-1 og K-2. "
    "NAV Lerkendal sikrer ikke at kvalifiseringsprogram settes i gang uten opphold etter vedtak. "
    "Dette er brudd på sosialtjenesteloven § 29, jf. § 4."
)


def test_only_deviation_checks_at_deviation_level_get_a_finding():
    ids = [f["id"] for f in draft_findings(RESULTS)]
    assert ids == ["kvp.start_delay", "kvp.grounds.age", "kvp.appeal_info", "kvp.new_rule"]


def test_start_delay_paragraph_exactly():
    f = draft_findings(RESULTS)[0]
    assert f["text"] == START_DELAY_NB
    assert f["examples"] == ["K-3", "K-1", "K-2"]  # the warning case is not an example of a breach
    assert (f["failed"], f["evaluated"], f["unknown"]) == (3, 40, 0)
    assert f["conclusion"].endswith("Dette er brudd på sosialtjenesteloven § 29, jf. § 4.")
    assert f["title"] == "Oppstart i program etter vedtak"


def test_grounds_paragraph_with_examples_cut_and_unknown_cases():
    f = draft_findings(RESULTS)[1]
    assert f["finding"] == (
        "I 7 av 30 vurderte saker manglet vedtaket en begrunnelse for vilkåret om alder. "
        "Eksempler er sakene K-11, K-12, K-13, K-14 og K-15. "
        "2 saker kunne ikke vurderes fordi opplysninger manglet eller ikke kunne leses."
    )
    assert f["requirement"].startswith("Etter forvaltningsloven §§ 24 og 25 skal et enkeltvedtak begrunnes")
    assert f["requirement"].endswith("også vilkåret om alder.")
    assert f["conclusion"] == (
        "NAV Lerkendal sikrer ikke at vedtak om kvalifiseringsprogram begrunner vilkåret om alder. "
        "Dette er brudd på forvaltningsloven §§ 24 og 25, jf. sosialtjenesteloven § 29."
    )


def test_singular_forms_and_fallback_text():
    appeal, new = draft_findings(RESULTS)[2:]
    assert appeal["finding"] == (
        "I 1 av 1 vurdert sak manglet vedtaket opplysninger om klageadgang. Dette gjelder sak K-20. "
        "1 sak kunne ikke vurderes fordi opplysninger manglet eller ikke kunne leses."
    )
    assert new["text"] == (
        "Kravet «Ny regel om noe» følger av sosialtjenesteloven § 99; forskrift § 1. "
        "I 1 av 10 vurderte saker var kravet ikke oppfylt. Dette gjelder sak K-30. "
        "NAV Lerkendal sikrer ikke at kravet «ny regel om noe» overholdes. "
        "Dette er brudd på sosialtjenesteloven § 99 og forskrift § 1."
    )


def test_subject_examples_and_several_offices():
    f = draft_findings(RESULTS, subject="Trondheim kommune", examples=2)[0]
    assert "Eksempler er sakene K-3 og K-1." in f["finding"]
    assert f["conclusion"].startswith("Trondheim kommune sikrer ikke at")
    f = draft_findings(RESULTS, examples=0)[0]
    assert "sakene" not in f["finding"] and f["examples"] == []
    several = {**RESULTS, "dataset": {"offices": ["NAV A", "NAV B"]}}
    assert draft_findings(several)[0]["conclusion"].startswith("NAV-kontorene sikrer ikke at")
    assert draft_findings({**RESULTS, "dataset": {}})[0]["conclusion"].startswith("NAV-kontoret sikrer ikke at")


def test_parameters_come_from_the_results():
    changed = json.loads(json.dumps(RESULTS))
    changed["checks"][0]["parameters"]["deviation_days"] = 21
    assert "mer enn 21 dager etter vedtaket" in draft_findings(changed)[0]["text"]
    full_time = check("kvp.full_time", evaluated=10, failed=2, unit="hours", params={"min_hours": 37.5},
                      cases=[case("A", value=30), case("B", value=20)])
    f = draft_findings({"dataset": {}, "checks": [full_time]})[0]
    assert "det vil si 37,5 timer per uke" in f["requirement"]
    assert f["finding"].startswith("I 2 av 10 vurderte saker var programmet planlagt med færre enn 37,5 timer per uke "
                                   "(20–30 timer per uke).")
    age = check("kvp.age", evaluated=5, failed=1, unit="years", cases=[case("A", value=70)],
                params={"min_age": [{"from": None, "until": "2018-12-31", "value": 19},
                                    {"from": "2019-01-01", "until": None, "value": 18}], "max_age": 67})
    f = draft_findings({"dataset": {}, "checks": [age]})[0]
    assert "Søkeren må ha fylt 18 år og kan ikke være eldre enn 67 år" in f["requirement"]
    assert "(70" not in f["finding"]  # ages are not listed


def test_english():
    f = draft_findings(RESULTS, lang="en")[0]
    assert f["finding"] == ("In 3 of 40 cases judged the programme started more than 30 days after the decision, "
                            "or had not started by the audit date (31–45 days). This concerns cases K-3, K-1 and K-2.")
    assert f["conclusion"] == ("NAV Lerkendal does not ensure that qualification programmes start without delay after "
                               "the decision. This is a breach of the Social Services Act section 29, cf. section 4.")
    with pytest.raises(ValueError):
        draft_findings(RESULTS, lang="de")


def test_markdown_and_docx():
    findings = draft_findings(RESULTS)
    md = findings_markdown(RESULTS, findings)
    assert md.startswith("# Utkast til funn\n")
    assert "## 1. Oppstart i program etter vedtak\n\n" in md
    assert START_DELAY_NB in md
    assert "*Kontroll: `kvp.start_delay` · Hjemmel: sosialtjenesteloven §§ 29, 4*" in md
    assert "må kontrolleres mot sakene" in md
    data = findings_docx(RESULTS, findings)
    with zipfile.ZipFile(__import__("io").BytesIO(data)) as z:
        assert set(z.namelist()) == {"[Content_Types].xml", "_rels/.rels", "word/document.xml"}
        root = ET.fromstring(z.read("word/document.xml"))
    ns = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
    paragraphs = ["".join(t.text or "" for t in p.iterfind(".//w:t", ns)) for p in root.iterfind(".//w:p", ns)]
    assert paragraphs[0] == "Utkast til funn"
    assert "1. Oppstart i program etter vedtak" in paragraphs and START_DELAY_NB in paragraphs
    empty = findings_markdown({"run": {}, "checks": []}, [])
    assert "Ingen kontroller har avvik" in empty


def test_markdown_escapes_user_text():
    doc = json.loads(json.dumps(RESULTS))
    doc["checks"][0]["cases"][0]["key"] = "K_*3*"
    md = findings_markdown(doc, draft_findings(doc, subject="NAV <Øst>"))
    assert "K\\_\\*3\\*" in md and "NAV \\<Øst\\>" in md


def test_write_findings_and_cli(tmp_path):
    res = tmp_path / "results.json"
    res.write_text(json.dumps(RESULTS), encoding="utf-8")
    r = CliRunner().invoke(main, ["findings", str(res)])
    assert r.exit_code == 0, r.output
    assert START_DELAY_NB in r.output and r.output.startswith("# Utkast til funn")
    r = CliRunner().invoke(main, ["findings", str(tmp_path), "--subject", "Trondheim kommune",
                                  "--out", str(tmp_path / "funn.md"), "--out", str(tmp_path / "funn.docx")])
    assert r.exit_code == 0, r.output
    assert "Skrev 4 utkast til funn" in r.output
    assert "Trondheim kommune sikrer ikke at" in (tmp_path / "funn.md").read_text(encoding="utf-8")
    assert zipfile.is_zipfile(tmp_path / "funn.docx")
    r = CliRunner().invoke(main, ["findings", str(res), "--out", str(tmp_path / "funn.pdf")])
    assert r.exit_code == 2 and ".docx" in r.output
    with pytest.raises(InputError, match=".md eller .docx"):
        write_findings(RESULTS, tmp_path / "x.rtf")


def test_report_has_a_draft_findings_section(tmp_path):
    from reports import render_reports

    files = render_reports(RESULTS, tmp_path, lang="nb")
    html = (tmp_path / "rapport.html").read_text(encoding="utf-8")
    assert '<section id="findings"' in html and "Utkast til funn" in html
    assert "NAV Lerkendal sikrer ikke at kvalifiseringsprogram settes i gang uten opphold etter vedtak." in html
    wb = __import__("openpyxl").load_workbook(tmp_path / "rapport.xlsx")
    texts = [c.value for c in wb["Utkast til funn"]["A"] if c.value]
    assert START_DELAY_NB in texts and len(files) == 2


def test_malformed_results_give_no_crash():
    assert draft_findings({"dataset": "x", "run": 3, "checks": [None, {"kind": "deviation", "status": "deviation"},
                                                                  {"id": "kvp.appeal_info", "kind": "deviation",
                                                                   "status": "deviation", "failed": "x", "cases": "y",
                                                                   "unit": ["days"]}]})[0]["failed"] == 0
    assert findings_markdown({"run": "x"}, []).startswith("# Utkast til funn")
