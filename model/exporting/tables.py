"""The workspace as one sheet per table (XLSX) or one file per table (CSV).

For reading in a spreadsheet, not for loading back (the JSON export is the
lossless one). Each table's first row names its columns; rows are in id order.

XLSX: text stays text (a long id or a phone number is never turned into a
number Excel rounds, nor a value starting with "=" into a formula), days and
times are real dates, whole numbers beyond Excel's 15 digits are written as
text. Characters a spreadsheet cannot hold (control characters) are dropped.
A table longer than a sheet's 1,048,576 rows continues on "<table> 2".

CSV: UTF-8 with a byte-order mark (so Excel reads Chinese right), a comma
between values, days and times in ISO form, true/false, JSON columns as JSON.
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
import re
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from model.exporting.reading import (
    Counter,
    Progress,
    export_tables,
    kind_of_column,
    read_rows,
    row_counts,
)
from model.files import SaveError, save_with

SHEET_ROWS = 1_048_576
EXCEL_DIGITS = 10**15
_ILLEGAL = re.compile(r"[\000-\010\013\014\016-\037]")


def _text(value: str) -> str:
    return _ILLEGAL.sub("", value) if _ILLEGAL.search(value) else value


DAY_FORMATS = {"date": "yyyy-mm-dd", "datetime": "yyyy-mm-dd hh:mm:ss"}


def _xlsx_columns(ws: Any, kinds: list[str]) -> list[tuple[int, Callable[[Any], Any]]]:
    """(column, convert) for the columns whose values openpyxl would not keep as
    they are; every other value (a number, a true/false, an empty cell) is
    appended untouched, with no call per cell.

    Text becomes a styled cell only where openpyxl would read it as something
    else (a formula, an error code such as #N/A). Days and times share one
    styled cell per column: openpyxl writes each cell before it takes the next,
    so the cell is filled again for every row (no new cell per value).
    """
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ERROR_CODES

    def text(value: Any) -> Any:
        if value is None:
            return None
        value = _text(str(value))
        if value[:1] != "=" and value not in ERROR_CODES:
            return value  # openpyxl writes any other str as text
        out = WriteOnlyCell(ws, value=value)
        out.data_type = "s"  # as it is: never a formula, never an error
        return out

    def big(value: Any) -> Any:
        if value is None or -EXCEL_DIGITS < value < EXCEL_DIGITS:
            return value
        return str(value)  # Excel keeps 15 digits: the rest would be lost

    def as_json(value: Any) -> Any:
        return None if value is None else text(json.dumps(value, ensure_ascii=False))

    def day(kind: str) -> Callable[[Any], Any]:
        held = WriteOnlyCell(ws)
        held.number_format = DAY_FORMATS[kind]

        def fill(value: Any) -> Any:
            if not isinstance(value, date):  # None, or (never yet) a stored text
                return text(value)
            held.value = value
            return held

        return fill

    convert: dict[str, Callable[[str], Callable[[Any], Any]]] = {
        "text": lambda _kind: text,
        "json": lambda _kind: as_json,
        "int": lambda _kind: big,
        "date": day,
        "datetime": day,
    }
    return [(at, convert[kind](kind)) for at, kind in enumerate(kinds) if kind in convert]


def export_xlsx(
    session: Session, path: Path, *, private: bool, progress: Progress | None = None
) -> dict[str, int]:
    """Write one sheet per table to ``path`` (all of it or nothing); rows per table."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    tables = export_tables(private)
    counts = row_counts(session, tables)
    counter = Counter(sum(counts.values()), progress)
    book = Workbook(write_only=True)  # rows streamed to disk, never held in memory
    bold = Font(bold=True)

    def sheet(name: str, columns: list[str]) -> Any:
        ws = book.create_sheet(title=name[:31])
        ws.freeze_panes = "A2"
        header = []
        for column in columns:
            cell = WriteOnlyCell(ws, value=column)
            cell.font = bold
            header.append(cell)
        ws.append(header)
        return ws

    try:
        for table in tables:
            names = [c.name for c in table.columns]
            kinds = [kind_of_column(c) for c in table.columns]
            ws = sheet(table.name, names)
            columns = _xlsx_columns(ws, kinds)
            rows, part = 1, 1
            for batch in read_rows(session, table):
                for row in batch:
                    if rows >= SHEET_ROWS:
                        part += 1
                        ws = sheet(f"{table.name} {part}", names)
                        columns = _xlsx_columns(ws, kinds)
                        rows = 1
                    values = list(row)
                    for at, convert in columns:
                        values[at] = convert(values[at])
                    ws.append(values)
                    rows += 1
                counter.add(len(batch))
    except BaseException:
        for ws in book.worksheets:  # end each sheet's temporary file, then stop
            with contextlib.suppress(Exception):
                ws.close()
        raise
    save_with(Path(path), lambda temporary: book.save(temporary))
    return counts


def _csv_value(kind: str, value: Any) -> str:
    if value is None:
        return ""
    if kind == "bool":
        return "true" if value else "false"
    if kind == "json":
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, date | datetime):
        return value.isoformat()
    if kind == "float":
        return repr(float(value))
    return str(value)


def csv_folder(out: Path) -> Path:
    """Where the CSV files go: ``out`` itself, or for ``NAME.csv`` a folder ``NAME``."""
    out = Path(out)
    return out.with_suffix("") if out.suffix.lower() == ".csv" else out


def export_csv(
    session: Session, out: Path, *, private: bool, progress: Progress | None = None
) -> dict[str, int]:
    """Write ``<table>.csv`` per table into the folder :func:`csv_folder` names.

    All the files or none: each is written under a temporary name first, and
    they are renamed into place once every table is written.
    """
    folder = csv_folder(out)
    tables = export_tables(private)
    counts = row_counts(session, tables)
    counter = Counter(sum(counts.values()), progress)
    written: list[tuple[Path, Path]] = []
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for table in tables:
            kinds = [kind_of_column(c) for c in table.columns]
            target = folder / f"{table.name}.csv"
            temporary = folder / f".{table.name}.csv.{os.getpid()}.partial"
            written.append((temporary, target))
            with open(temporary, "w", encoding="utf-8-sig", newline="") as handle:
                writer = csv.writer(handle)
                writer.writerow([c.name for c in table.columns])
                for batch in read_rows(session, table):
                    writer.writerows(
                        [_csv_value(k, v) for k, v in zip(kinds, row, strict=True)] for row in batch
                    )
                    counter.add(len(batch))
                handle.flush()
                os.fsync(handle.fileno())
        for temporary, target in written:
            os.replace(temporary, target)
    except OSError as exc:
        raise SaveError(
            "Cannot write {path}: {reason}. Nothing was written.",
            path=folder,
            reason=exc.strerror or exc,
        ) from exc
    finally:
        for temporary, _ in written:
            temporary.unlink(missing_ok=True)
    return counts
