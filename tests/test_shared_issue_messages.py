"""Unreadable values that say the same share one message (audit.inputs.canonical): made once per
column and text, the same words as made per row, and every reader of the issues (results.json's
``input_issues``, the unknown rows' reasons) gets what it got per row."""

from __future__ import annotations

from pathlib import Path

from audit.inputs import load_file
from audit.results import issues_json
from audit.table import InputIssue
from audit.text import msg
from audit.unknown_rows import RowSources, _content
from audit.values import issue_msg

EXPORT = """case_id;decision_date;hours_per_week;ground_age
K-1;ukjent;37,5;ja
K-2;31.02.2025;tja;ja
K-3;ukjent;tja;kanskje
K-4;2025-01-10;10;kanskje
K-5;ukjent;20;ja
"""


def _load(tmp_path: Path):
    path = tmp_path / "saker.csv"
    path.write_text(EXPORT, encoding="utf-8")
    return load_file(path, "kvp")


def test_rows_with_one_unreadable_text_share_its_message(tmp_path: Path) -> None:
    table = _load(tmp_path)
    by = {(i.column, i.row): i for i in table.issues}
    assert sorted(by) == [("decision_date", 2), ("decision_date", 3), ("decision_date", 4), ("decision_date", 6),
                          ("ground_age", 4), ("ground_age", 5), ("hours_per_week", 3), ("hours_per_week", 4)]
    assert by["decision_date", 2].text is by["decision_date", 4].text is by["decision_date", 6].text
    assert by["decision_date", 3].text is not by["decision_date", 2].text
    assert by["ground_age", 4].text is by["ground_age", 5].text
    assert by["hours_per_week", 3].text is not by["ground_age", 4].text  # per column: other words
    # the words are those made for the row alone
    date = issue_msg("date", "ukjent")
    assert by["decision_date", 4].text == date and by["decision_date", 4].message == date.render("nb")
    assert by["decision_date", 3].message == issue_msg("date", "31.02.2025").render("nb")
    assert "kanskje" in by["ground_age", 5].message and "tja" in by["hours_per_week", 4].message
    # read in the order a user reads the file
    assert [(i.row, i.column) for i in table.issues][:3] == [(2, "decision_date"), (3, "decision_date"),
                                                             (3, "hours_per_week")]


def test_readers_of_shared_messages_get_what_they_got_per_row(tmp_path: Path) -> None:
    table = _load(tmp_path)
    for lang in ("nb", "en"):
        assert issues_json(table.issues, lang) == [i.to_json(lang) for i in table.issues]
    # issues of other readers: a plain text, and equal messages that are not one object
    other = [InputIssue("a.csv", 2, "x", "plain words"),
             InputIssue("a.csv", 3, "x", "w", text=msg("error.value.date", value="q", choices="")),
             InputIssue("a.csv", 4, "x", "w", text=msg("error.value.date", value="q", choices=""))]
    assert issues_json(other, "en") == [i.to_json("en") for i in other]
    table.issues.extend(other)
    frame, said = RowSources.of(table).issues()
    numbers = frame["issue"].to_list()
    # issues that say the same have one number, whether or not they share the object
    contents = [_content(i.text if i.text is not None else i.message) for i in table.issues]
    assert len(said) == len(set(contents)) == 6
    for a, ca in zip(numbers, contents):
        for b, cb in zip(numbers, contents):
            assert (a == b) == (ca == cb)
    assert [_content(said[n]) for n in numbers] == contents


CASES = """case_id;office;birth_date;application_date;decision;decision_date;hours_per_week
K-05;NAV A;01.01.1990;10.01.2025;granted;ukjent;37,5
K-04;NAV A;;10.01.2025;granted;;tja
K-03;NAV B;01.01.1990;;granted;31.02.2025;20
K-02;NAV B;ukjent;10.01.2025;granted;01.02.2025;20
K-01;NAV A;01.01.1990;10.01.2025;granted;;20
"""


def _unknown(tmp_path: Path, name: str, text: str) -> dict:
    import datetime as dt

    from audit.pipeline import run_audit

    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    run = run_audit([path], suite="kvp", as_of=dt.date(2025, 12, 31), formats=(), record_history=False)
    out = {}
    for c in run._results["checks"]:
        keys = c["unknown_keys"]
        if not keys:  # a check not evaluated: a plain empty list
            continue
        out[c["id"]] = [(k, [(x.column, x.header, x.unreadable, x.issue) for x in keys.reasons[code]])
                        for k, code in zip(keys, keys.codes)]
    return out


def test_unknown_rows_read_only_the_columns_their_reasons_need(tmp_path: Path, monkeypatch) -> None:
    """The unknown rows' reasons are the same whether the rows come in key order or not, and
    whether the reasons read every column of the rows or only those the check uses."""
    import audit.unknown_rows as unknown_rows

    lines = CASES.splitlines()
    backwards = _unknown(tmp_path, "a.csv", CASES)
    in_order = _unknown(tmp_path, "b.csv", "\n".join([lines[0], *reversed(lines[1:])]) + "\n")
    every = unknown_rows._used_columns
    monkeypatch.setattr(unknown_rows, "_used_columns",
                        lambda frame, plan, columns, key: [c for c in frame.columns if not unknown_rows._DERIVED.match(c)])
    whole = _unknown(tmp_path, "c.csv", CASES)
    assert every is not unknown_rows._used_columns
    named = {c: v for c, v in backwards.items() if v}
    assert len(named) >= 3 and any(any(r for _, r in v) for v in named.values())
    for check, rows in backwards.items():
        assert [k for k, _ in rows] == sorted(k for k, _ in rows)  # results.json's order
        strip = [(k, [(c, u, None if i is None else i.render("en")) for c, _, u, i in r]) for k, r in rows]
        assert strip == [(k, [(c, u, None if i is None else i.render("en")) for c, _, u, i in r])
                         for k, r in in_order[check]], check
        assert rows == whole[check], check
    assert any(u for rows in backwards.values() for _, r in rows for _, _, u, _ in r)  # unreadable ones named


def test_whole_numbers_are_written_as_babel_writes_them() -> None:
    """The row numbers of 300 000 input issues are formatted without Babel: the same texts."""
    import random

    from babel.numbers import format_decimal

    from audit.text.format import Formatter

    rng = random.Random(7)
    values = [*range(0, 12_001), *(rng.randrange(10 ** k) for k in range(4, 16) for _ in range(100))]
    for lang, group in (("nb", "\u00a0"), ("en", ",")):
        f = Formatter(lang)
        assert f.number(1234567) == f"1{group}234{group}567"
        for decimals in (0, 1, 2):
            pattern = "#,##0" + ("." + "#" * decimals if decimals else "")
            for x in values:
                assert f.number(x, decimals) == format_decimal(x, format=pattern, locale=f.locale), (lang, x)
                assert f.number(float(x), decimals) == f.number(x, decimals)
        # what Babel still writes: negative numbers, fixed decimals
        assert f.number(-1234) == format_decimal(-1234, format="#,##0.#", locale=f.locale)
        assert f.number(1234, 2, fixed=True) == format_decimal(1234, format="#,##0.00", locale=f.locale)
