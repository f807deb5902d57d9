"""XLSX (a sheet per table) and CSV (a UTF-8-with-BOM file per table) exports."""

from __future__ import annotations

import csv
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from model.entities import PRIVATE_FIELDS
from model.exporting.reading import export_tables
from model.exporting.tables import csv_folder, export_csv, export_xlsx
from model.services import accounts, deals, people
from model.workspace import Workspace

ID18 = "440301199001011234"
MARK = "QX7PRIVATEZZ"


@pytest.fixture
def filled(workspace: Workspace) -> Workspace:
    with workspace.begin() as s:
        acc = accounts.create_account(s, {"name": "深圳 客户有限公司"}).created_id("account")
        pid = people.create_person(
            s,
            acc,
            {"name": "李伟", "phone": ID18, "kpi": '=HYPERLINK("x")', "left_on": date(2026, 3, 1)},
        ).created_id("person")
        deals.create_deal(
            s,
            {
                "name": "Grid",
                "account_id": acc,
                "stage": "P3",
                "force": True,
                "reason": "taken over",
                "expected_close": date(2027, 5, 21),
            },
        )
    with workspace.begin() as s:
        people.update_private(s, pid, {f: MARK for f in PRIVATE_FIELDS})
    return workspace


def _cells(sheet: object, column: str) -> list[object]:
    rows = list(sheet.iter_rows())  # type: ignore[attr-defined]
    at = [c.value for c in rows[0]].index(column)
    return [r[at] for r in rows[1:]]


def test_xlsx_has_a_sheet_per_table_with_text_kept_text_and_days_as_dates(
    filled: Workspace, tmp_path: Path
) -> None:
    out = tmp_path / "w.xlsx"
    with filled.sessions() as s:
        counts = export_xlsx(s, out, private=False)
    book = load_workbook(out)
    assert book.sheetnames == [t.name for t in export_tables(False)]
    assert "people_private" not in book.sheetnames
    phone = _cells(book["people"], "phone")[0]
    assert phone.value == ID18 and phone.data_type == "s"  # type: ignore[attr-defined]
    kpi = _cells(book["people"], "kpi")[0]
    assert kpi.data_type == "s" and kpi.value.startswith("=")  # type: ignore[attr-defined]
    left = _cells(book["people"], "left_on")[0]
    assert left.is_date and left.value == datetime(2026, 3, 1)  # type: ignore[attr-defined]
    close = _cells(book["deals"], "expected_close")[0]
    assert close.is_date and close.number_format == "yyyy-mm-dd"  # type: ignore[attr-defined]
    assert _cells(book["accounts"], "name")[0].value == "深圳 客户有限公司"  # type: ignore[attr-defined]
    assert book["deals"].max_row == counts["deals"] + 1
    cells = [c.value for ws in book.worksheets for row in ws.iter_rows() for c in row]
    assert ID18 in cells and not any(MARK in str(v) for v in cells)


def test_xlsx_with_personal_attributes_when_asked(filled: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "w.xlsx"
    with filled.sessions() as s:
        export_xlsx(s, out, private=True)
    book = load_workbook(out)
    assert "people_private" in book.sheetnames
    assert _cells(book["people_private"], "family")[0].value == MARK  # type: ignore[attr-defined]


def test_csv_writes_one_bom_file_per_table(filled: Workspace, tmp_path: Path) -> None:
    with filled.sessions() as s:
        counts = export_csv(s, tmp_path / "out.csv", private=False)
    folder = tmp_path / "out"
    assert csv_folder(tmp_path / "out.csv") == folder
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        f"{t.name}.csv" for t in export_tables(False)
    )
    raw = (folder / "people.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with open(folder / "people.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == counts["people"] == 1
    assert rows[0]["name"] == "李伟" and rows[0]["phone"] == ID18
    assert rows[0]["left_on"] == "2026-03-01" and rows[0]["insider"] == "false"
    assert not any(MARK.encode() in p.read_bytes() for p in folder.iterdir())


def test_csv_into_a_folder_and_with_personal_attributes(filled: Workspace, tmp_path: Path) -> None:
    with filled.sessions() as s:
        export_csv(s, tmp_path / "folder", private=True)
    with open(tmp_path / "folder" / "people_private.csv", encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert rows[0]["age"] == MARK


class Stop(Exception):
    pass


@pytest.mark.parametrize("kind", ["json", "xlsx", "csv"])
def test_a_cancelled_export_leaves_no_file(filled: Workspace, tmp_path: Path, kind: str) -> None:
    """Progress may stop the export (the window's Cancel); nothing is left half-written."""
    from model.cli_export import export_to

    calls: list[int] = []

    def progress(done: int, total: int) -> None:
        calls.append(done)
        if done:  # after the first table with rows
            raise Stop

    out = tmp_path / "out" / ("x.json" if kind == "json" else "x.xlsx" if kind == "xlsx" else "csv")
    (tmp_path / "out").mkdir()
    with filled.sessions() as s, pytest.raises(Stop):
        export_to(s, kind, out, private=False, progress=progress)
    assert len(calls) == 2
    left = [p.name for p in (tmp_path / "out").rglob("*") if p.is_file()]
    assert left == []


def test_xlsx_keeps_odd_values_as_they_are(filled: Workspace, tmp_path: Path) -> None:
    """Text that looks like an Excel error stays text, control characters are dropped,
    a whole number beyond Excel's 15 digits is written as text, times keep their
    format, and a true/false or an empty value passes as it is.

    A PostgreSQL integer column holds at most 10 digits: there the largest one
    it can hold stays a number."""
    from sqlalchemy import text

    sqlite = filled.engine.dialect.name == "sqlite"
    big = 1234567890123456789 if sqlite else 2**31 - 1
    with filled.begin() as s:
        s.execute(
            text("UPDATE accounts SET note = '#N/A', main_business = 'a\x07b', version = :big"),
            {"big": big},
        )
        account = s.execute(text("SELECT id FROM accounts")).scalar_one()
        deals.create_deal(
            s, {"name": "Second", "account_id": account, "expected_close": date(2028, 1, 2)}
        )
    out = tmp_path / "w.xlsx"
    with filled.sessions() as s:
        export_xlsx(s, out, private=False)
    book = load_workbook(out)
    note = _cells(book["accounts"], "note")[0]
    assert note.value == "#N/A" and note.data_type == "s"  # type: ignore[attr-defined]
    assert _cells(book["accounts"], "main_business")[0].value == "ab"  # type: ignore[attr-defined]
    version = _cells(book["accounts"], "version")[0]
    if sqlite:
        assert version.value == "1234567890123456789"  # type: ignore[attr-defined]
    else:
        assert version.value == big and version.data_type == "n"  # type: ignore[attr-defined]
    created = _cells(book["accounts"], "created_at")[0]
    assert created.is_date and created.number_format == "yyyy-mm-dd hh:mm:ss"  # type: ignore[attr-defined]
    assert isinstance(created.value, datetime)  # type: ignore[attr-defined]
    tendered = _cells(book["deals"], "tendered")[0]
    assert tendered.value is False  # type: ignore[attr-defined]
    assert _cells(book["deals"], "closed_on")[0].value is None  # type: ignore[attr-defined]
    closes = [c.value for c in _cells(book["deals"], "expected_close")]  # type: ignore[attr-defined]
    assert closes == [datetime(2027, 5, 21), datetime(2028, 1, 2)], "each row its own day"
