"""A workbook saved with the 1904 date system (Excel for Mac's old default, workbookPr date1904="1"):
a plain number in a date column counts its days from 01.01.1904, not from Excel's 1900 day 0."""

from __future__ import annotations

import datetime as dt

import openpyxl
from openpyxl.utils.datetime import CALENDAR_MAC_1904

from audit.inputs.load import load_file
from audit.inputs.mapping import load_mapping

MAPPING = "dataset: kvp\ncolumns: {case_id: Saksnr, decision_date: Vedtaksdato, application_date: Soknadsdato}\n"


def _workbook(tmp_path, epoch=None):
    wb = openpyxl.Workbook()
    if epoch is not None:
        wb.epoch = epoch
    ws = wb.active
    ws.append(["Saksnr", "Vedtaksdato", "Soknadsdato"])
    # 44259 days after 01.01.1904 is 05.03.2025 (after Excel's 1900 day 0 it is 04.03.2021)
    ws.append(["K1", 44259, dt.datetime(2025, 2, 1)])  # a plain number; a date-formatted cell
    ws.append(["K2", "44260", "06.03.2025"])  # the serial number as text
    path = tmp_path / "s.xlsx"
    wb.save(path)
    m = tmp_path / "m.yaml"
    m.write_text(MAPPING, encoding="utf-8")
    return path, load_mapping(m)


def test_a_serial_number_in_a_1904_workbook_is_read_with_its_date_system(tmp_path):
    path, m = _workbook(tmp_path, CALENDAR_MAC_1904)
    t = load_file(path, "kvp", m)
    assert t.frame["decision_date"].to_list() == [dt.date(2025, 3, 5), dt.date(2025, 3, 6)]
    assert t.frame["application_date"].to_list() == [dt.date(2025, 2, 1), dt.date(2025, 3, 6)]


def test_a_1904_workbook_with_a_mapped_value_reads_the_other_values_with_its_date_system(tmp_path):
    path, _ = _workbook(tmp_path, CALENDAR_MAC_1904)
    m = tmp_path / "v.yaml"
    m.write_text(MAPPING + "values: {decision_date: {'ikke fattet': null}}\n", encoding="utf-8")
    t = load_file(path, "kvp", load_mapping(m))
    assert t.frame["decision_date"].to_list() == [dt.date(2025, 3, 5), dt.date(2025, 3, 6)]


def test_a_workbook_in_the_1900_date_system_is_read_as_before(tmp_path):
    path, m = _workbook(tmp_path)
    t = load_file(path, "kvp", m)
    assert t.frame["decision_date"].to_list() == [dt.date(2021, 3, 4), dt.date(2021, 3, 5)]
