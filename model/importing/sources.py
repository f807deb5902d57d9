"""Reading a CSV or XLSX file into rows of cells, nothing converted yet.

A CSV file's text encoding is found in a strict order: UTF-8 with a byte
order mark, UTF-8, then GB18030 (a superset of GBK and GB2312, what Excel and
WPS write on a Chinese Windows). Each is tried strictly, so a GBK file is never
half-read as UTF-8; a file that none of them decodes is refused with the byte
offset where the text broke. (A UTF-16 file with its mark, Excel's "Unicode
text", is read as such.) The delimiter is sniffed among ``, ; TAB |``; an
Excel ``sep=;`` first line is honoured.

CSV cells stay the strings they are (an ID such as ``0755123`` keeps its
zero); XLSX cells keep the type the cell holds (numbers, dates, text), and the
workbook's date system (1900 or 1904) is reported for serial numbers the
workbook did not format as dates. Converting is the job of
:mod:`model.importing.values` and :mod:`model.importing.columns`.

A CSV record that the csv module cannot split (a closing quote followed by
text) is kept as a :class:`SourceRow` with a ``problem``, so that the rest of
the file still imports and the row is listed as rejected; a quote never closed
before the end of the file is a file-level error, because every row after it
would otherwise vanish into one cell.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Literal

from model.batch import collector_paused
from model.errors import DomainError

Cell = str | int | float | bool | date | datetime | None
"""One cell as read: CSV gives str; XLSX the cell's own type (None when empty)."""

DELIMITERS = ",;\t|"
"""The delimiters a CSV file may use; anything else is not sniffed."""

ENCODINGS: tuple[str, ...] = ("utf-8-sig", "utf-8", "gb18030")
"""Tried in this order, each strictly."""

_SNIFF_CHARS = 64 * 1024
_MAX_TITLES = 3  # title rows above a header that are skipped
_XLSX_SUFFIXES = (".xlsx", ".xlsm", ".xltx", ".xltm")
_ZIP_MAGIC = b"PK\x03\x04"


class ImportFileError(DomainError):
    """The file cannot be read as a table (missing, unreadable, broken CSV or workbook)."""


@dataclass(frozen=True, slots=True)
class SourceRow:
    """One record of the file.

    ``line`` is 1-based: for CSV the physical line where the record starts (a
    quoted value may span lines), for XLSX the sheet's row number. ``problem``
    is set (an English reason, cells empty) when the record could not be split.
    """

    line: int
    cells: tuple[Cell, ...]
    problem: str = ""


@dataclass(frozen=True)
class SourceTable:
    """A file read whole: its header and its data rows (blank rows left out)."""

    path: Path
    headers: tuple[str, ...]
    rows: list[SourceRow]
    format: Literal["csv", "xlsx"]
    encoding: str | None
    delimiter: str | None
    date_system: Literal[1900, 1904] | None
    sheet: str | None
    header_line: int = 1


# -- entry points -------------------------------------------------------------------------


def read_source(
    path: Path,
    *,
    sheet: str | None = None,
    encoding: str | None = None,
    delimiter: str | None = None,
) -> SourceTable:
    """Read ``path`` (CSV or XLSX, told by its name or its first bytes).

    Raises :class:`ImportFileError` naming the file (and the line or byte
    offset) when it cannot be read as a table.
    """
    path = Path(path)
    if _is_xlsx(path):
        return _read_xlsx(path, sheet)
    return _read_csv(path, encoding, delimiter)


def sheet_names(path: Path) -> list[str]:
    """The worksheets of a workbook, in order; ``[]`` for a CSV file."""
    path = Path(path)
    if not _is_xlsx(path):
        return []
    book = _open_workbook(path)
    try:
        return [ws.title for ws in book.worksheets]
    finally:
        book.close()


# -- CSV -----------------------------------------------------------------------------------


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise ImportFileError("There is no file {file}.", file=str(path)) from None
    except IsADirectoryError:
        raise ImportFileError("{file} is a folder, not a file.", file=str(path)) from None
    except OSError as exc:
        raise ImportFileError(
            "{file} cannot be read: {reason}.", file=str(path), reason=exc.strerror or str(exc)
        ) from None


def decode(data: bytes, path: Path, encoding: str | None = None) -> tuple[str, str]:
    """``(text, encoding)``: the bytes decoded strictly in the first encoding that fits."""
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise ImportFileError(
                "'{encoding}' is not a text encoding this import knows.", encoding=encoding
            ) from None
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError as exc:
            raise ImportFileError(
                "{file} is not {encoding} text: the bytes at offset {offset} do not decode.",
                file=path.name,
                encoding=encoding,
                offset=exc.start,
            ) from None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        tried: tuple[str, ...] = ("utf-16",)
    elif data.startswith(codecs.BOM_UTF8):
        tried = ENCODINGS
    else:
        tried = ENCODINGS[1:]
    furthest = 0
    for name in tried:
        try:
            return data.decode(name), name
        except UnicodeDecodeError as exc:
            furthest = max(furthest, exc.start)
    raise ImportFileError(
        "{file} is neither UTF-8 nor GB18030 (GBK) text: the bytes at offset {offset} do not "
        "decode. Save it as CSV UTF-8 and import it again.",
        file=path.name,
        offset=furthest,
    )


def sniff_delimiter(text: str) -> str:
    """The delimiter of a CSV text among ``, ; TAB |``.

    >>> sniff_delimiter("名称;金额\\n华为;1,5\\n")
    ';'
    >>> sniff_delimiter("a\\tb\\n1\\t2\\n")
    '\\t'
    >>> sniff_delimiter("only one column\\n")
    ','
    """
    sample = text[:_SNIFF_CHARS]
    cut = sample.rfind("\n")
    if 0 < cut < len(sample) - 1:
        sample = sample[: cut + 1]  # whole lines only
    first = sample.split("\n", 1)[0]
    try:
        found = csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        found = ""
    if found and found in first:
        return found
    # Fallback: the candidate the header line holds most of (a header has no quoted
    # delimiters as a rule); a one-column file gets a comma.
    counts = {d: first.count(d) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def _excel_sep_line(text: str) -> tuple[str | None, str]:
    """Excel's ``sep=;`` first line: (its delimiter, the text after it) or (None, text)."""
    if text[:4].lower() == "sep=" and len(text) >= 5:
        end = text.find("\n")
        line = text[: end if end >= 0 else len(text)].rstrip("\r")
        if len(line) == 5 and line[4] in DELIMITERS:
            return line[4], text[end + 1 :] if end >= 0 else ""
    return None, text


def _read_csv(path: Path, encoding: str | None, delimiter: str | None) -> SourceTable:
    text, used = decode(_read_bytes(path), path, encoding)
    text = text.removeprefix("\ufeff")
    offset = 0
    sep, rest = _excel_sep_line(text)
    if sep is not None:
        text, offset = rest, 1
        delimiter = delimiter or sep
    if delimiter is not None and (len(delimiter) != 1 or delimiter in '"\r\n'):
        raise ImportFileError(
            "'{delimiter}' cannot separate columns: give one character such as , ; or |.",
            delimiter=delimiter,
        )
    delim = delimiter or sniff_delimiter(text)
    headers, header_line, rows = _split_csv(path, text, delim, offset)
    return SourceTable(
        path=path,
        headers=headers,
        rows=rows,
        format="csv",
        encoding=used,
        delimiter=delim,
        date_system=None,
        sheet=None,
        header_line=header_line,
    )


@collector_paused()
def _split_csv(
    path: Path, text: str, delim: str, offset: int
) -> tuple[tuple[str, ...], int, list[SourceRow]]:
    """(headers, header line, rows): the records of ``text``; blank records left out."""
    if "\x00" in text:
        raise ImportFileError(
            "{file} holds NUL characters, so it is no CSV text (a binary file, or UTF-16 "
            "without its byte order mark); save it as CSV UTF-8 and import it again.",
            file=path.name,
        )
    limit = csv.field_size_limit()
    csv.field_size_limit(max(limit, len(text) + 1))  # a long note is no error; an open quote is
    try:
        first, line, rows = _records(path, text, delim, offset)
    finally:
        csv.field_size_limit(limit)
    return _titles_skipped(first, line, rows)


def _records(
    path: Path, text: str, delim: str, offset: int
) -> tuple[tuple[str, ...], int, list[SourceRow]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delim, strict=True)
    rows: list[SourceRow] = []
    append = rows.append
    row_type = SourceRow
    headers: tuple[str, ...] | None = None
    header_line = 0
    done = 0  # lines read before the current record
    while True:
        try:
            for cells in reader:
                line = done + 1 + offset
                done = reader.line_num
                if not any(cells):
                    continue  # a blank line, or one of delimiters only
                if headers is None:
                    headers, header_line = tuple(cells), line
                    continue
                append(row_type(line, tuple(cells)))
            break
        except csv.Error as exc:
            line = done + 1 + offset
            if str(exc).startswith(("unexpected end of data", "field larger than")):
                raise ImportFileError(
                    "{file}: the quote opened on line {line} is never closed, so every row "
                    "after it would be lost; close the quote or remove it.",
                    file=path.name,
                    line=line,
                ) from None
            done = reader.line_num
            if headers is None:
                raise ImportFileError(
                    "{file}: the header on line {line} cannot be read: a closing quote must be "
                    "followed by the delimiter.",
                    file=path.name,
                    line=line,
                ) from None
            append(
                row_type(
                    line,
                    (),
                    "A closing quote in this row is followed by more text; quote the whole "
                    "value and double any quote inside it.",
                )
            )
    if headers is None:
        raise ImportFileError("{file} holds no rows to import.", file=path.name)
    return headers, header_line, rows


def _filled(cells: Sequence[Cell]) -> int:
    return sum(1 for c in cells if c is not None and c != "")


def _titles_skipped(
    first: Sequence[Cell], line: int, rows: list[SourceRow]
) -> tuple[tuple[str, ...], int, list[SourceRow]]:
    """(headers, header line, data rows), a title above the header left out.

    Exports often start with a title ("客户列表", "导出时间：2027-01-05") in one
    cell above the real header: rows of one cell are titles when a row of more
    cells follows within a few rows. A file of one column keeps its first row.
    """
    if _filled(first) == 1:
        for skipped, row in enumerate(rows[:_MAX_TITLES]):
            if row.problem:
                break
            if _filled(row.cells) >= 2:
                first, line = row.cells, row.line
                del rows[: skipped + 1]
                break
    return _header(first), line, rows


def _header(cells: Sequence[Cell]) -> tuple[str, ...]:
    """Header names, trimmed; an empty one is named by its column number (``#3``)."""
    out = []
    for i, cell in enumerate(cells):
        name = _header_text(cell)
        out.append(name or f"#{i + 1}")
    return tuple(out)


def _header_text(cell: Cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, datetime):
        return cell.date().isoformat() if cell.time() == time() else cell.isoformat(" ")
    if isinstance(cell, date):
        return cell.isoformat()
    return " ".join(str(cell).replace("\ufeff", "").split())


# -- XLSX ----------------------------------------------------------------------------------


def _is_xlsx(path: Path) -> bool:
    suffix = path.suffix.lower()
    if suffix in _XLSX_SUFFIXES:
        return True
    if suffix == ".xls":
        raise ImportFileError(
            "{file} is an old Excel 97–2003 workbook (.xls); open it in Excel or WPS and "
            "save it as .xlsx or CSV UTF-8.",
            file=path.name,
        )
    if suffix in (".csv", ".tsv", ".txt"):
        return False
    try:
        with path.open("rb") as handle:
            return handle.read(4) == _ZIP_MAGIC
    except OSError:
        return False  # the CSV path reports it


def _open_workbook(path: Path):  # type: ignore[no-untyped-def]  # openpyxl is untyped
    import openpyxl

    if not path.exists():
        raise ImportFileError("There is no file {file}.", file=str(path))
    try:
        return openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # a bad zip, missing parts, openpyxl's InvalidFileException ...
        raise ImportFileError(
            "{file} is not a readable Excel workbook (.xlsx): {reason}.",
            file=path.name,
            reason=str(exc) or type(exc).__name__,
        ) from None


def _xlsx_cell(value: object) -> Cell:
    if value is None or isinstance(value, str | int | float | bool | date):
        if isinstance(value, str) and not value.strip():
            return None
        return value
    if isinstance(value, time):
        return value.isoformat()
    if isinstance(value, timedelta):
        return str(value)
    return str(value)


def _read_xlsx(path: Path, sheet: str | None) -> SourceTable:
    from openpyxl.utils.datetime import CALENDAR_MAC_1904

    book = _open_workbook(path)
    try:
        sheets = book.worksheets
        if sheet is not None:
            chosen = [ws for ws in sheets if ws.title == sheet]
            if not chosen:
                raise ImportFileError(
                    "The workbook {file} has no sheet named '{sheet}'; its sheets: {sheets}.",
                    file=path.name,
                    sheet=sheet,
                    sheets=", ".join(ws.title for ws in sheets),
                )
            sheets = chosen
        system: Literal[1900, 1904] = 1904 if book.epoch == CALENDAR_MAC_1904 else 1900
        for ws in sheets:
            try:
                # Read-only sheets trust the size the file states (<dimension>), which
                # some exporters write as A1: every cell is read instead.
                ws.reset_dimensions()
                found = _sheet_rows(ws)
            except Exception as exc:  # a damaged sheet part
                raise ImportFileError(
                    "The sheet '{sheet}' of {file} cannot be read: {reason}.",
                    file=path.name,
                    sheet=ws.title,
                    reason=str(exc) or type(exc).__name__,
                ) from None
            if found is not None:
                headers, header_line, rows = found
                return SourceTable(
                    path=path,
                    headers=headers,
                    rows=rows,
                    format="xlsx",
                    encoding=None,
                    delimiter=None,
                    date_system=system,
                    sheet=ws.title,
                    header_line=header_line,
                )
        if sheet is not None:
            raise ImportFileError(
                "The sheet '{sheet}' of {file} holds no rows to import.",
                file=path.name,
                sheet=sheet,
            )
        raise ImportFileError("{file} holds no rows to import.", file=path.name)
    finally:
        book.close()


@collector_paused()
def _sheet_rows(ws: object) -> tuple[tuple[str, ...], int, list[SourceRow]] | None:
    first: tuple[Cell, ...] | None = None
    first_line = 0
    rows: list[SourceRow] = []
    append = rows.append
    for number, raw in enumerate(ws.iter_rows(values_only=True), start=1):  # type: ignore[attr-defined]
        cells = tuple(_xlsx_cell(v) for v in raw)
        end = len(cells)
        while end and cells[end - 1] is None:
            end -= 1
        if not end:
            continue  # an empty row
        if first is None:
            first, first_line = cells[:end], number
            continue
        append(SourceRow(number, cells[:end]))
    if first is None:
        return None
    headers, line, rows = _titles_skipped(first, first_line, rows)
    width = len(headers)
    # Rows as wide as the header: a workbook stores no empty cells at a row's end.
    return (
        headers,
        line,
        [
            r
            if len(r.cells) >= width
            else SourceRow(r.line, r.cells + (None,) * (width - len(r.cells)))
            for r in rows
        ],
    )
