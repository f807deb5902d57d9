"""Copying a whole workspace between SQLite and PostgreSQL, both ways (``keyaccount copy``).

The target is migrated first (:func:`model.workspace.open_workspace` with
``create``), then filled table by table in dependency order in one transaction,
in bulk (Core ``insert`` with many rows per statement), keeping every id, uuid
and row version. A table whose rows point at rows of the same table (an org
chart's ``manager_id``) is written parents first. On PostgreSQL the id
sequences are set past the largest id afterwards, so the next new row does not
collide.

The source is only read: a workspace file through a read-only connection (an
older file from an upgraded copy in a temporary folder, see
:func:`model.workspace.open_for_reading`), a server database as it is (it must
be at this version's schema). A new workspace file is written under a
temporary name beside the target and renamed into place only once it is whole
and verified, so a failed copy leaves nothing (and ``--force`` replaces an old
file only then).

:func:`verify_copy` then reads both sides row for row, in key order, and
compares values as text (a date and the string of it are equal), raising
:class:`CopyMismatch` at the first difference with its table and key. Values of
people's private attributes are never put in a message.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import JSON, Connection, Integer, Table, bindparam, func, select, text
from sqlalchemy.engine import URL

from model.errors import WorkspaceError
from model.workspace import WRITE, url_for

Progress = Callable[[str], None]
"""Told a line of how far a copy has come (the command prints it on stderr)."""

CHUNK = 2000
"""Rows per insert statement and per read from the source."""
REPORT_EVERY = 20_000
"""A big table's progress is told every so many rows."""
PRIVATE_TABLES = frozenset({"people_private"})
"""Tables whose values are never shown in a message (people's private attributes)."""


class CopyRefused(WorkspaceError):
    """A copy that would overwrite something or read from its own target; nothing changed."""


class CopyMismatch(WorkspaceError):
    """The target differs from the source; ``table`` and ``key`` name the first difference."""

    @property
    def table(self) -> str:
        return str(self.params.get("table", ""))

    @property
    def key(self) -> str:
        return str(self.params.get("key", ""))


@dataclass
class CopyReport:
    """What a copy did: rows per table (as verified) and how long it took."""

    source: str
    target: str
    counts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def rows(self) -> int:
        return sum(self.counts.values())


def shown(url: URL) -> str:
    """A workspace for messages: its file path, or its URL with the password hidden."""
    from model.server_login import public_url
    from model.workspace import sqlite_path

    path = sqlite_path(url)
    return str(path) if path is not None else public_url(url)


def tables() -> list[Table]:
    """Every table of the workspace, parents before the tables that point at them."""
    import model.entities  # noqa: F401  (the tables register with the metadata)
    from model.base import Base

    return list(Base.metadata.sorted_tables)


# -- reading and writing ------------------------------------------------------------------


@contextmanager
def reading(url: URL) -> Iterator[Connection]:
    """A connection that only reads the workspace at ``url`` (a file or a server)."""
    from model.schema import known_revisions
    from model.workspace import make_engine, open_for_reading, sqlite_path, stored_revision

    path = sqlite_path(url)
    if path is not None:
        with open_for_reading(path) as session:
            yield session.connection()
        return
    engine = make_engine(url)
    try:
        _revisions, head = known_revisions()
        stored = stored_revision(engine)
        if stored != head:
            raise CopyRefused(
                "{url} is at schema {schema}, not this version's {head}: open it with this "
                "version first (which upgrades it), then copy it. Nothing was changed.",
                url=shown(url),
                schema=stored or "none",
                head=head,
            )
        with engine.connect() as conn:
            _sees_everything(conn, url)
            # One snapshot for the whole read (the copy and its verification): a team
            # at work commits meanwhile, and READ COMMITTED would read each table as
            # of another moment (a deal whose new account was read before it existed).
            yield conn.execution_options(
                isolation_level="REPEATABLE READ", postgresql_readonly=True
            )
    finally:
        engine.dispose()


def _sees_everything(conn: Connection, url: URL) -> None:
    """Refuse a server connection whose rows are limited by row-level security: a copy
    of what one member may see is no copy of the workspace (nor a place to write one)."""
    limited = conn.execute(
        text(
            "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = current_schema() AND c.relkind = 'r' "
            "AND c.relname = ANY(:names) AND row_security_active(c.oid) ORDER BY c.relname"
        ),
        {"names": [t.name for t in tables()]},
    ).scalars()
    first = next(iter(limited), None)
    conn.rollback()
    if first is not None:
        raise CopyRefused(
            "On {url} the server's access rules show {user} only some rows (of {table}, "
            "among others): copy as the database's owner or an administrator, so that "
            "the whole workspace is copied. Nothing was changed.",
            url=shown(url),
            user=url.username or "this user",
            table=first,
        )


def _keys(table: Table) -> list[str]:
    return [c.name for c in table.primary_key.columns]


def _int_keys(table: Table) -> bool:
    return all(isinstance(c.type, Integer) for c in table.primary_key.columns)


def rows_of(conn: Connection, table: Table) -> Iterator[dict[str, Any]]:
    """The rows of ``table`` in key order, read a chunk at a time.

    Integer keys sort alike everywhere; others (the settings' names) are sorted
    here, since the two databases may collate text differently.
    """
    keys = _keys(table)
    order = [table.c[k] for k in keys]
    if not _int_keys(table):
        found = [dict(r) for r in conn.execute(select(table)).mappings()]
        yield from sorted(found, key=lambda r: tuple(str(r[k]) for k in keys))
        return
    result = conn.execution_options(stream_results=True, yield_per=CHUNK).execute(
        select(table).order_by(*order)
    )
    for row in result.mappings():
        yield dict(row)


def _chunks(rows: Iterable[dict[str, Any]], size: int = CHUNK) -> Iterator[list[dict[str, Any]]]:
    chunk: list[dict[str, Any]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _self_columns(table: Table) -> list[str]:
    return [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]


def parents_first(
    rows: Sequence[dict[str, Any]], columns: Sequence[str]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """``rows`` of a table pointing at itself, each after the rows it points at.

    Returns (in that order, rows on a loop of pointers). Each wave is in id order.

    >>> rows = [{"id": 1, "up": 3}, {"id": 2, "up": None}, {"id": 3, "up": 2}]
    >>> [r["id"] for r in parents_first(rows, ["up"])[0]]
    [2, 3, 1]
    >>> loop = [{"id": 1, "up": 2}, {"id": 2, "up": 1}]
    >>> parents_first(loop, ["up"])[1] == loop
    True
    """
    ids = {r["id"] for r in rows}
    waiting: dict[int, set[int]] = {}
    children: dict[int, list[dict[str, Any]]] = {}
    ready: list[dict[str, Any]] = []
    for r in rows:
        parents = {r[c] for c in columns if r[c] in ids and r[c] != r["id"]}
        if parents:
            waiting[r["id"]] = parents
            for p in parents:
                children.setdefault(p, []).append(r)
        else:
            ready.append(r)
    ordered: list[dict[str, Any]] = []
    while ready:
        ordered.extend(ready)
        wave: list[dict[str, Any]] = []
        for r in ready:
            for child in children.get(r["id"], ()):
                left = waiting[child["id"]]
                left.discard(r["id"])
                if not left:
                    wave.append(child)
        ready = sorted(wave, key=lambda r: r["id"])
    placed = {r["id"] for r in ordered}
    return ordered, [r for r in rows if r["id"] not in placed]


def _write_table(
    source: Connection, target: Connection, table: Table, progress: Progress | None
) -> int:
    rows: Iterable[dict[str, Any]] = rows_of(source, table)
    looped: list[dict[str, Any]] = []
    selfref = _self_columns(table)
    if selfref:
        rows, looped = parents_first(list(rows), selfref)
        # A loop of pointers is written without them, then pointed again below.
        rows = [*rows, *({**r, **dict.fromkeys(selfref)} for r in looped)]
    done = 0
    write = _copy_in if target.dialect.name == "postgresql" else _insert
    for chunk in _chunks(rows):
        write(target, table, chunk)
        done += len(chunk)
        if progress is not None and done % REPORT_EVERY < len(chunk):
            progress(f"copying {table.name}: {done} rows")
    if looped:
        # Columns that change on their own at an update keep the source's values.
        kept = [c.name for c in table.c if c.onupdate is not None]
        values: dict[str, Any] = {c: bindparam(c) for c in [*selfref, *kept]}
        key = table.c["id"]
        target.execute(
            table.update().where(key == bindparam("_id")).values(values),
            [{"_id": r["id"], **{c: r[c] for c in values}} for r in looped],
        )
    return done


def _insert(target: Connection, table: Table, chunk: list[dict[str, Any]]) -> None:
    """Core ``insert`` of many rows (SQLite's executemany runs in C)."""
    target.execute(table.insert(), chunk)


def _copy_in(target: Connection, table: Table, chunk: list[dict[str, Any]]) -> None:
    """PostgreSQL's ``COPY … FROM STDIN``, in the connection's transaction.

    psycopg's executemany sends one statement a row and waits for each (4/5 of a
    copy's time); one INSERT with a thousand rows of values costs SQLAlchemy more
    to compile than that. Values go through each column type's bind processor
    (JSON to text) as an insert would pass them.
    """
    columns = list(table.c)
    procs = [_copy_processor(c, target) for c in columns]
    names = ", ".join(f'"{c.name}"' for c in columns)
    raw = target.connection.driver_connection
    assert raw is not None
    with raw.cursor() as cursor, cursor.copy(f'COPY "{table.name}" ({names}) FROM STDIN') as copy:
        for row in chunk:
            copy.write_row(
                [
                    row[c.name] if proc is None else proc(row[c.name])
                    for c, proc in zip(columns, procs, strict=True)
                ]
            )


def _copy_processor(column: Any, target: Connection) -> Callable[[Any], Any] | None:
    """How a value of ``column`` is written by COPY: as an insert would bind it. JSON is
    adapted by psycopg itself at an insert (SQLAlchemy has no processor for it), so it
    is written as its text here, None as JSON null unless the type stores SQL NULL."""
    if isinstance(column.type, JSON):
        null = None if column.type.none_as_null else "null"
        return lambda v: null if v is None else json.dumps(v, ensure_ascii=False)
    proc: Callable[[Any], Any] | None = column.type.bind_processor(target.dialect)
    return proc


def _count(conn: Connection, table: Table) -> int:
    return int(conn.execute(select(func.count()).select_from(table)).scalar() or 0)


def _reset_sequences(conn: Connection) -> None:
    """PostgreSQL: each id sequence set past the largest id copied."""
    for table in tables():
        keys = list(table.primary_key.columns)
        if len(keys) != 1 or not isinstance(keys[0].type, Integer):
            continue
        name = keys[0].name
        conn.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence(:table, :column), "
                f'COALESCE(MAX("{name}"), 0) + 1, false) FROM "{table.name}"'
            ),
            {"table": table.name, "column": name},
        )


def _fill(source: Connection, target: Connection, progress: Progress | None) -> dict[str, int]:
    from sqlalchemy.exc import DBAPIError

    refused = (DBAPIError, target.dialect.loaded_dbapi.Error)  # COPY runs on the driver's own
    counts: dict[str, int] = {}
    for table in tables():
        try:
            counts[table.name] = _write_table(source, target, table, progress)
        except refused as exc:
            # The driver's message names the statement's values (a person's private
            # attributes among them): only its first line, the rule that was broken.
            raise CopyRefused(
                "The copy stopped at the table {table}: {reason}. Nothing was changed.",
                table=table.name,
                reason=str(getattr(exc, "orig", None) or exc).splitlines()[0],
            ) from None
    if target.dialect.name == "postgresql":
        _reset_sequences(target)
    return counts


# -- comparing ------------------------------------------------------------------------------


def normal(value: Any) -> Any:
    """A value as both databases agree on it: dates and times as ISO text, numbers as
    numbers, JSON as sorted text.

    >>> normal(date(2027, 1, 5)) == normal("2027-01-05")
    True
    >>> normal(datetime(2027, 1, 5, 9, 30)) == normal("2027-01-05 09:30:00")
    True
    >>> normal(True), normal(1), normal({"b": 1, "a": 2})
    (1, 1, '{"a": 2, "b": 1}')
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, (dict, list)):
        return json.dumps(value, sort_keys=True, ensure_ascii=False)
    if isinstance(value, str):
        try:
            if len(value) == 10 and value[4] == "-" and value[7] == "-":
                return date.fromisoformat(value).isoformat()
            if len(value) >= 19 and value[4] == "-" and value[10] in " T":
                return datetime.fromisoformat(value).isoformat(sep=" ")
        except ValueError:
            pass
    return value


def _key_of(table: Table, row: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(row[k] for k in _keys(table))


def _said(table: Table, key: tuple[Any, ...]) -> str:
    names = _keys(table)
    return ", ".join(f"{n} {v}" for n, v in zip(names, key, strict=True))


def _compare_table(source: Connection, target: Connection, table: Table) -> int:
    """Rows of ``table`` compared in key order; the number compared."""
    ours = rows_of(source, table)
    theirs = rows_of(target, table)
    columns = [c.name for c in table.c]
    keys = _keys(table)
    private = table.name in PRIVATE_TABLES
    sort_key = (lambda k: k) if _int_keys(table) else (lambda k: tuple(str(v) for v in k))
    done = 0
    a = next(ours, None)
    b = next(theirs, None)
    while a is not None or b is not None:
        if a == b:  # read as the same Python values on both sides: most rows end here
            done += 1
            a = next(ours, None)
            b = next(theirs, None)
            continue
        ka = sort_key(tuple(a[k] for k in keys)) if a is not None else None
        kb = sort_key(tuple(b[k] for k in keys)) if b is not None else None
        if kb is None or (ka is not None and ka < kb):
            assert a is not None
            raise CopyMismatch(
                "The copy differs in table {table}: the row with {key} is missing from it.",
                table=table.name,
                key=_said(table, _key_of(table, a)),
            )
        if ka is None or kb < ka:
            assert b is not None
            raise CopyMismatch(
                "The copy differs in table {table}: it has a row with {key} that the source "
                "does not.",
                table=table.name,
                key=_said(table, _key_of(table, b)),
            )
        assert a is not None and b is not None
        for c in columns:
            if normal(a[c]) != normal(b[c]):
                raise CopyMismatch(
                    "The copy differs in table {table}, row with {key}, column {column}: "
                    "{source_value} in the source, {copy_value} in the copy.",
                    table=table.name,
                    key=_said(table, _key_of(table, a)),
                    column=c,
                    source_value="(private)" if private else repr(a[c]),
                    copy_value="(private)" if private else repr(b[c]),
                )
        done += 1
        a = next(ours, None)
        b = next(theirs, None)
    return done


def compare(source: Connection, target: Connection, progress: Progress | None) -> dict[str, int]:
    """Every table of both compared row for row; rows per table. :class:`CopyMismatch` if not."""
    counts: dict[str, int] = {}
    for table in tables():
        counts[table.name] = _compare_table(source, target, table)
        if progress is not None and counts[table.name] >= REPORT_EVERY:
            progress(f"verified {table.name}: {counts[table.name]} rows")
    return counts


def verify_copy(
    source: str | Path | URL, target: str | Path | URL, progress: Progress | None = None
) -> dict[str, int]:
    """Compare the workspaces at ``source`` and ``target`` row for row (both only read).

    Returns the rows per table; raises :class:`CopyMismatch` at the first difference.
    """
    with reading(url_for(source)) as ours, reading(url_for(target)) as theirs:
        return compare(ours, theirs, progress)


# -- the copy ------------------------------------------------------------------------------


def same_place(a: URL, b: URL) -> bool:
    """Whether two URLs name the same database (a file, or a database on a server)."""
    from model.workspace import sqlite_path

    pa, pb = sqlite_path(a), sqlite_path(b)
    if pa is not None or pb is not None:
        if pa is None or pb is None:
            return False
        if pa.exists() and pb.exists():
            return pa.samefile(pb)
        return pa.resolve() == pb.resolve()
    if a.get_backend_name() != b.get_backend_name():
        return False

    def where(u: URL) -> tuple[str, int, str]:
        host = (u.host or "localhost").lower()
        return ("localhost" if host == "127.0.0.1" else host, u.port or 5432, u.database or "")

    return where(a) == where(b)


def _known_kind(url: URL) -> None:
    from sqlalchemy.exc import NoSuchModuleError

    try:
        url.get_dialect()
    except NoSuchModuleError as exc:
        raise CopyRefused(
            "{url} names a kind of database this application does not know: give a "
            "workspace file or a postgresql+psycopg:// URL. Nothing was changed.",
            url=shown(url),
        ) from exc


def _rows_in(conn: Connection) -> int:
    return sum(_count(conn, t) for t in tables())


def copy_workspace(
    source: str | Path | URL,
    target: str | Path | URL,
    *,
    force: bool = False,
    progress: Progress | None = None,
) -> CopyReport:
    """Copy the workspace at ``source`` into ``target`` (new or empty; ``force`` replaces),
    then verify it row for row. A new SQLite target appears only when whole and verified.
    """
    from model.workspace import sqlite_path

    started = time.perf_counter()
    src, dst = url_for(source), url_for(target)
    for url in (src, dst):
        _known_kind(url)
    if same_place(src, dst):
        raise CopyRefused(
            "The source and the target are the same database ({target}); nothing was changed.",
            target=shown(dst),
        )
    report = CopyReport(shown(src), shown(dst))
    path = sqlite_path(dst)
    with reading(src) as ours:
        if path is not None:
            _copy_to_file(ours, path, force, progress, report)
        else:
            _copy_to_server(ours, dst, force, progress, report)
    report.seconds = time.perf_counter() - started
    return report


def _refuse_full(target: str, rows: int) -> CopyRefused:
    return CopyRefused(
        "{target} holds a workspace with {rows} rows already: copy into a new or empty "
        "one, or add --force to replace it. Nothing was changed.",
        target=target,
        rows=rows,
    )


def _verifying(source: Connection, target: Connection, progress: Progress | None) -> dict[str, int]:
    """The copy on ``target`` compared with its source, in the transaction it is in."""
    if progress is not None:
        progress("verifying the copy row for row")
    return compare(source, target, progress)


def _verified(source: Connection, target: Connection, progress: Progress | None) -> dict[str, int]:
    """The copy just committed on ``target`` compared with its source, in a transaction."""
    with target.begin():
        return _verifying(source, target, progress)


def _copy_to_file(
    source: Connection, path: Path, force: bool, progress: Progress | None, report: CopyReport
) -> None:
    from model.files import save_with
    from model.workspace import open_for_reading, open_workspace

    if path.is_dir():
        raise CopyRefused("{path} is a folder, not a workspace file.", path=path)
    if path.exists():
        wal = path.with_name(path.name + "-wal")
        if wal.exists() and wal.stat().st_size > 0:
            raise CopyRefused(
                "{path} is open in Key Account Navigator (or was not closed cleanly): close "
                "it first. Nothing was changed.",
                path=path,
            )
        if not force:
            with open_for_reading(path) as session:
                rows = _rows_in(session.connection())
            if rows:
                raise _refuse_full(str(path), rows)

    def write(temporary: Path) -> None:
        workspace = open_workspace(temporary, create=True)
        try:
            with workspace.engine.connect() as conn:
                with conn.execution_options(**{WRITE: True}).begin():
                    if progress is not None:
                        progress(f"copying into {path} (a new file, renamed when verified)")
                    _fill(source, conn, progress)
                report.counts = _verified(source, conn, progress)
            workspace.checkpoint()
        finally:
            workspace.close()
        for side in ("-wal", "-shm"):
            temporary.with_name(temporary.name + side).unlink(missing_ok=True)

    save_with(path, write)


def _copy_to_server(
    source: Connection, url: URL, force: bool, progress: Progress | None, report: CopyReport
) -> None:
    from model.workspace import open_workspace

    workspace = open_workspace(url, create=True)  # migrated to this version's schema
    try:
        with workspace.engine.connect() as conn:
            _sees_everything(conn, url)
            with conn.begin():
                rows = _rows_in(conn)
                if rows and not force:
                    raise _refuse_full(shown(url), rows)
                if rows:
                    names = ", ".join(f'"{t.name}"' for t in tables())
                    conn.execute(text(f"TRUNCATE {names}"))
                if progress is not None:
                    progress(f"copying into {shown(url)}")
                _fill(source, conn, progress)
                # Verified before the commit: a copy found unequal is rolled back, and
                # the workspace a --force copy would replace is still there.
                report.counts = _verifying(source, conn, progress)
    finally:
        workspace.close()
