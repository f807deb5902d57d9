"""Reading a workspace table by table, and the values' plain forms.

Shared by the JSON, XLSX and CSV exports and the JSON load: the tables in
dependency order (parents before the rows that point at them), each read in
primary-key order so that the same data always exports to the same bytes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    Integer,
    Table,
    func,
    select,
    text,
)
from sqlalchemy.orm import Session

import model.entities  # noqa: F401  (declares every table on the metadata)
from model.base import Base
from model.server_login import public_url


def workspace_arg(text: str) -> str | Path:
    """A command line's workspace: a database URL as it was written, else a file path.

    ``Path`` would fold the ``//`` of ``postgresql+psycopg://host/db`` into one slash.
    """
    return text if "://" in text else Path(text)


@contextmanager
def reading_session(where: str | Path) -> Iterator[Session]:
    """A session on a workspace that writes nothing, for the command line.

    A file goes through :func:`model.workspace.open_for_reading`. A server database
    is read in one read-only transaction, rolled back; one of another schema
    revision is refused (opening it in the application upgrades it), never migrated
    by a read.
    """
    from sqlalchemy.exc import DBAPIError

    from model.errors import WorkspaceError
    from model.schema import known_revisions
    from model.workspace import make_engine, open_for_reading, stored_revision, url_for

    if isinstance(where, Path) or "://" not in where:
        with open_for_reading(Path(where)) as session:
            yield session
        return
    url = url_for(where)
    shown = public_url(url)
    engine = make_engine(url)
    try:
        try:
            revision = stored_revision(engine)
        except DBAPIError as exc:
            raise WorkspaceError(
                "Cannot open workspace {path}: {reason}", path=shown, reason=exc.orig
            ) from exc
        head = known_revisions()[1]
        if revision != head:
            raise WorkspaceError(
                "{path} is at schema {schema}, not this version's {head}; open it in the "
                "application (which upgrades it) before reading it here. Nothing was changed.",
                path=shown,
                schema=revision or "none",
                head=head,
            )
        with Session(bind=engine) as session:
            session.execute(text("SET TRANSACTION READ ONLY"))
            try:
                yield session
            finally:
                session.rollback()
    finally:
        engine.dispose()


PRIVATE_TABLES = frozenset({"people_private"})
"""Tables of personal attributes, exported only when asked for."""

BATCH = 2000
"""Rows read (and reported to the progress callback) at a time."""

Progress = Callable[[int, int], None]
"""(rows done, rows in all); it may raise to stop the export (cancel)."""


def export_tables(private: bool) -> list[Table]:
    """The workspace's tables in dependency order; personal attributes only if ``private``."""
    return [t for t in Base.metadata.sorted_tables if private or t.name not in PRIVATE_TABLES]


def kind_of_column(column: Column[Any]) -> str:
    """How a column's values travel: int, float, bool, date, datetime, json or text."""
    t = column.type
    if isinstance(t, DateTime):
        return "datetime"
    if isinstance(t, Date):
        return "date"
    if isinstance(t, Boolean):
        return "bool"
    if isinstance(t, JSON):
        return "json"
    if isinstance(t, Float):
        return "float"
    if isinstance(t, Integer):
        return "int"
    return "text"


def plain(kind: str, value: Any) -> Any:
    """A stored value as JSON can hold it (days and times as ISO text)."""
    if value is None:
        return None
    if kind in ("date", "datetime"):
        return value.isoformat() if isinstance(value, date | datetime) else str(value)
    if kind == "float":
        return float(value)
    if kind == "int":
        return int(value)
    if kind == "bool":
        return bool(value)
    if kind == "json":
        return value
    return str(value)


def ordered(table: Table) -> Any:
    """Every row of ``table`` in primary-key order."""
    return select(table).order_by(*table.primary_key.columns)


def row_counts(session: Session, tables: Sequence[Table]) -> dict[str, int]:
    return {
        t.name: int(session.execute(select(func.count()).select_from(t)).scalar_one())
        for t in tables
    }


def read_rows(session: Session, table: Table) -> Iterator[Sequence[Sequence[Any]]]:
    """The rows of ``table`` in batches, as tuples in column order."""
    for part in session.execute(ordered(table)).partitions(BATCH):
        yield [tuple(row) for row in part]


class Counter:
    """Rows done against rows in all, told to an optional progress callback."""

    def __init__(self, total: int, progress: Progress | None) -> None:
        self.total = total
        self.done = 0
        self.progress = progress
        if progress is not None:
            progress(0, total)

    def add(self, n: int) -> None:
        self.done += n
        if self.progress is not None:
            self.progress(self.done, self.total)
