"""The lossless workspace export (JSON) and its load into an empty workspace.

The file holds every table of the schema in dependency order, each as its
column names and its rows in primary-key order, with the ids and UUIDs as
they are; so an export loaded into an empty workspace and exported again gives
the same bytes. Its header names the format, the format's version and the
schema revision it was written at; a file from a newer schema is refused.

What it holds besides the accounts, people and deals:

- ``settings``: the workspace-wide settings (stage probabilities, currencies,
  close reasons…), because the data means what it means under them.
- ``audit_log``: the history of changes, kept whole (the map's "changes between
  dates" and "since last review" read it). Personal attributes are never in it
  with their values (model/audit.py), so it is safe to export either way.
- ``people_private``, the personal attributes, only when asked for.

The schema's own bookkeeping (``alembic_version``) is not a table of the file:
its revision is the header's ``schema``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Integer, Table, bindparam, delete, select, text, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session

from model.base import Base
from model.errors import InvalidValue, WorkspaceError, term
from model.exporting.reading import (
    Counter,
    Progress,
    export_tables,
    kind_of_column,
    plain,
    read_rows,
    row_counts,
)
from model.files import save_with
from model.schema import REVISIONS
from model.workspace import Workspace

FORMAT = "key-account-navigator/workspace"
VERSION = 1
"""The layout of the file; a reader refuses a higher version."""

INSERT_BATCH = 1000


class ExportFileError(InvalidValue):
    """A workspace export that cannot be loaded: broken, too new, or not an export."""


class NotEmpty(WorkspaceError):
    """The workspace to load into already holds data."""


# -- writing ---------------------------------------------------------------------------------


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": "), allow_nan=False)


def write_export(
    session: Session, out: IO[str], *, private: bool, progress: Progress | None = None
) -> dict[str, int]:
    """Write the export of the workspace ``session`` reads to ``out``; rows per table.

    One row a line, so a large export diffs and greps well.
    """
    tables = export_tables(private)
    counts = row_counts(session, tables)
    counter = Counter(sum(counts.values()), progress)
    head = {"format": FORMAT, "version": VERSION, "schema": REVISIONS[-1], "private": private}
    out.write("{\n")
    for key, value in head.items():
        out.write(f"{_dumps(key)}: {_dumps(value)},\n")
    out.write('"tables": {')
    for n, table in enumerate(tables):
        columns = list(table.columns)
        kinds = [kind_of_column(c) for c in columns]
        out.write(",\n" if n else "\n")
        out.write(f'{_dumps(table.name)}: {{"columns": {_dumps([c.name for c in columns])}, ')
        out.write('"rows": [')
        first = True
        for batch in read_rows(session, table):
            for row in batch:
                cells = [plain(k, v) for k, v in zip(kinds, row, strict=True)]
                out.write(("\n" if first else ",\n") + _dumps(cells))
                first = False
            counter.add(len(batch))
        out.write("]}")
    out.write("\n}\n}\n")
    return counts


def export_json(
    session: Session, path: Path, *, private: bool, progress: Progress | None = None
) -> dict[str, int]:
    """Write the workspace export to ``path`` (all of it or nothing); rows per table."""
    counts: dict[str, int] = {}

    def write(temporary: Path) -> None:
        with open(temporary, "w", encoding="utf-8", newline="\n") as out:
            counts.update(write_export(session, out, private=private, progress=progress))

    save_with(Path(path), write)
    return counts


# -- loading ---------------------------------------------------------------------------------


def _read_source(source: Path | str | Mapping[str, Any]) -> tuple[Mapping[str, Any], str]:
    """The parsed file and how to name it in messages."""
    if isinstance(source, Mapping):
        return source, "the export"
    path = Path(source)
    where = str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ExportFileError(
            "Cannot read {path}: {reason}.", path=where, reason=exc.strerror or exc
        ) from exc
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise ExportFileError(
            "{path} is not a workspace export: it is not UTF-8 text (byte {offset}).",
            path=where,
            offset=exc.start,
        ) from exc
    except json.JSONDecodeError as exc:
        raise ExportFileError(
            "{path} is not a whole workspace export: broken JSON at line {line}, "
            "column {column} ({reason}). Nothing was loaded.",
            path=where,
            line=exc.lineno,
            column=exc.colno,
            reason=exc.msg,
        ) from exc
    if not isinstance(data, Mapping):
        raise ExportFileError("{path} is not a workspace export (no header).", path=where)
    return data, where


def _check_header(data: Mapping[str, Any], where: str) -> str:
    """The file's schema revision, once its header says it is an export we can read."""
    if data.get("format") != FORMAT:
        raise ExportFileError(
            "{path} is not a Key Account Navigator workspace export (its format is "
            "'{format}', expected '{expected}').",
            path=where,
            format=data.get("format", ""),
            expected=FORMAT,
        )
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ExportFileError(
            "{path}: the format version '{version}' is not a number.", path=where, version=version
        )
    schema = str(data.get("schema", ""))
    newer = schema[:4].isdigit() and schema > REVISIONS[-1] and schema not in REVISIONS
    if version > VERSION or newer:
        raise ExportFileError(
            "{path} was exported by a newer version of Key Account Navigator (format "
            "{version}, schema {schema}; this version reads format {known} up to schema "
            "{head}). Update the application to load it; nothing was loaded.",
            path=where,
            version=version,
            schema=schema,
            known=VERSION,
            head=REVISIONS[-1],
        )
    if schema not in REVISIONS:
        raise ExportFileError(
            "{path} names a schema this version does not know ('{schema}').",
            path=where,
            schema=schema,
        )
    if not isinstance(data.get("tables"), Mapping):
        raise ExportFileError("{path} holds no tables.", path=where)
    return schema


def _value(kind: str, value: Any) -> Any:
    """A JSON value back as the column's Python value; ValueError names what is wrong."""
    if value is None:
        return None
    if kind == "int":
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        raise ValueError(term("not a whole number"))
    if kind == "float":
        if isinstance(value, int | float) and not isinstance(value, bool):
            return float(value)
        raise ValueError(term("not a number"))
    if kind == "bool":
        if isinstance(value, bool):
            return value
        raise ValueError(term("not true or false"))
    if kind == "date":
        try:
            return date.fromisoformat(value)
        except (TypeError, ValueError):
            raise ValueError(term("not a day (YYYY-MM-DD)")) from None
    if kind == "datetime":
        try:
            return datetime.fromisoformat(value)
        except (TypeError, ValueError):
            raise ValueError(term("not a time (YYYY-MM-DDTHH:MM:SS)")) from None
    if kind == "text":
        if isinstance(value, str):
            return value
        raise ValueError(term("not text"))
    return value  # json: any JSON value


Plan = list[tuple[Table, list[dict[str, Any]]]]


def _plan(data: Mapping[str, Any], where: str) -> Plan:
    """Every table of the file checked and converted, in dependency order."""
    tables: Mapping[str, Any] = data["tables"]
    known = Base.metadata.tables
    for name in tables:
        if name not in known:
            raise ExportFileError(
                "{path}: table '{table}' is not part of this version's workspace.",
                path=where,
                table=name,
            )
    plan: Plan = []
    for table in Base.metadata.sorted_tables:
        if table.name not in tables:
            continue
        part = tables[table.name]
        columns = part.get("columns") if isinstance(part, Mapping) else None
        rows = part.get("rows") if isinstance(part, Mapping) else None
        if not isinstance(columns, list) or not isinstance(rows, list):
            raise ExportFileError(
                "{path}: table '{table}' needs a list of columns and a list of rows.",
                path=where,
                table=table.name,
            )
        for name in columns:
            if not isinstance(name, str) or name not in table.c:
                raise ExportFileError(
                    "{path}: table '{table}' has a column '{column}' this version does not know.",
                    path=where,
                    table=table.name,
                    column=name,
                )
        kinds = [kind_of_column(table.c[n]) for n in columns]
        converted: list[dict[str, Any]] = []
        for number, row in enumerate(rows, start=1):
            if not isinstance(row, list) or len(row) != len(columns):
                raise ExportFileError(
                    "{path}: table '{table}', row {row}: expected {count} values.",
                    path=where,
                    table=table.name,
                    row=number,
                    count=len(columns),
                )
            values: dict[str, Any] = {}
            for name, kind, value in zip(columns, kinds, row, strict=True):
                try:
                    values[name] = _value(kind, value)
                except ValueError as exc:
                    raise ExportFileError(
                        "{path}: table '{table}', row {row}, column '{column}': "
                        "'{value}' is {problem_label}.",
                        path=where,
                        table=table.name,
                        row=number,
                        column=name,
                        value=str(value)[:80],
                        problem_label=str(exc),
                    ) from exc
            converted.append(values)
        plan.append((table, converted))
    return plan


def refuse_non_empty(session: Session, label: str) -> None:
    """Refuse a workspace that holds any row (its settings aside)."""
    for table in Base.metadata.sorted_tables:
        if table.name == "settings":
            continue
        if session.execute(select(1).select_from(table).limit(1)).first() is not None:
            raise NotEmpty(
                "{workspace} is not empty (table {table} has rows). A workspace export "
                "loads only into an empty workspace: create a new one and load it there. "
                "Nothing was changed.",
                workspace=label,
                table=table.name,
            )


def _self_references(table: Table) -> list[str]:
    """Columns that point at the same table (a manager, a parent account)."""
    return [c.name for c in table.columns if any(fk.column.table is table for fk in c.foreign_keys)]


def _insert(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert ``rows`` with ids as they are; references to the same table second,
    so a manager whose id is higher than their report's is no broken reference."""
    later = [c for c in _self_references(table) if any(r.get(c) is not None for r in rows)]
    first = [{**r, **dict.fromkeys(later)} for r in rows] if later else rows
    for at in range(0, len(first), INSERT_BATCH):
        conn.execute(table.insert(), first[at : at + INSERT_BATCH])
    if not later:
        return
    keep = [c for c in ("updated_at",) if c in table.c]  # Core would stamp it anew
    statement = (
        update(table)
        .where(table.c.id == bindparam("_id"))
        .values({c: bindparam(f"_{c}") for c in (*later, *keep)})
    )
    params = [
        {"_id": r["id"], **{f"_{c}": r.get(c) for c in (*later, *keep)}}
        for r in rows
        if any(r.get(c) is not None for c in later)
    ]
    conn.execute(statement, params)


def _reset_sequences(conn: Connection, tables: Sequence[Table]) -> None:
    """PostgreSQL: the next id after the highest loaded (SQLite needs nothing)."""
    if conn.dialect.name != "postgresql":
        return
    for table in tables:
        if "id" in table.c and table.c.id.primary_key and isinstance(table.c.id.type, Integer):
            conn.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                    f"coalesce(max(id), 1), max(id) IS NOT NULL) FROM {table.name}"
                )
            )


def load_json(
    source: Path | str | Mapping[str, Any],
    into: Workspace,
    progress: Progress | None = None,
) -> dict[str, int]:
    """Load a workspace export into the empty workspace ``into``; rows per table.

    Everything is checked before anything is written, and everything is written
    in one transaction: a refusal or failure leaves ``into`` as it was.
    """
    data, where = _read_source(source)
    _check_header(data, where)
    plan = _plan(data, where)
    counter = Counter(sum(len(rows) for _, rows in plan), progress)
    try:
        with into.begin() as session:
            refuse_non_empty(session, into.label)
            conn = session.connection()
            conn.execute(delete(Base.metadata.tables["settings"]))
            for table, rows in plan:
                if rows:
                    try:
                        _insert(conn, table, rows)
                    except IntegrityError as exc:
                        raise ExportFileError(
                            "{path}: the rows of table '{table}' do not fit together "
                            "({reason}). Nothing was loaded.",
                            path=where,
                            table=table.name,
                            reason=str(exc.orig).splitlines()[0],
                        ) from exc
                counter.add(len(rows))
            _reset_sequences(conn, [t for t, _ in plan])
    except SQLAlchemyError as exc:
        raise WorkspaceError(
            "Cannot load into {workspace}: {reason}. Nothing was loaded.",
            workspace=into.label,
            reason=str(getattr(exc, "orig", None) or exc).splitlines()[0],
        ) from exc
    return {table.name: len(rows) for table, rows in plan}
