"""Opening a workspace: a database URL, migrated on open, refused if too new.

A workspace is one SQLite file by default. SQLite runs in WAL mode with
synchronous=FULL so a crash or power loss in a meeting never loses a saved
edit, and with foreign keys on so cascades behave like PostgreSQL.
Migrations run after a backup made with SQLite's online backup API.
A workspace file may be encrypted (SQLCipher): every connection to a file is
made by :func:`model.encryption.connect`, which applies its key.
"""

from __future__ import annotations

import filecmp
import os
import sqlite3
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from sqlalchemy import CheckConstraint, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, Connection, make_url
from sqlalchemy.exc import (
    ArgumentError,
    DatabaseError,
    DBAPIError,
    IntegrityError,
    InterfaceError,
    OperationalError,
)
from sqlalchemy.pool import NullPool

from model.encryption import connect, engine_options, is_encrypted, known, remember
from model.errors import EditConflict, WorkspaceError, WorkspaceTooNew, term
from model.schema import known_revisions, read_revision_readonly, readonly_uri
from model.server_login import public_url, unreadable

if TYPE_CHECKING:
    # The ORM is imported at a workspace's first session, not when it opens: the
    # app lists the accounts at start-up before any session (desktop.app.start).
    from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS = str(Path(__file__).with_name("migrations"))


WRITE = "kan_write"
"""Execution option of a connection that will write: SQLite begins it IMMEDIATE;
on PostgreSQL the services lock the rows they decide on (``SELECT … FOR UPDATE``,
:func:`model.services.common.get`) and a write waits at most :data:`LOCK_WAIT`
for a row another user holds."""

LOCK_WAIT = "10s"
"""How long a write on the server waits for a row someone else is writing."""

CONNECT_TIMEOUT = 5
"""Seconds to reach a server before it counts as unreachable (a frozen window otherwise)."""

RETRIED_STATES = frozenset({"40001", "40P01"})
"""PostgreSQL's serialization failure and deadlock: the server rolled the write back;
running the service again (it reads afresh) is safe."""

T = TypeVar("T")


def _alembic_config(url: str | URL) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", MIGRATIONS)
    rendered = url if isinstance(url, str) else url.render_as_string(hide_password=False)
    cfg.set_main_option("sqlalchemy.url", rendered.replace("%", "%%"))
    return cfg


def url_for(path_or_url: str | Path | URL) -> URL:
    """A database URL for a file path or a URL string.

    A path is never pasted into a URL string: ``#``, ``?`` and ``%`` are
    ordinary characters in file names but URL syntax, so ``notes#1.kan`` would
    name ``notes`` and ``pct%20x.kan`` would name ``pct x.kan``.
    """
    if isinstance(path_or_url, URL):
        return path_or_url
    if isinstance(path_or_url, str) and "://" in path_or_url:
        try:
            return make_url(path_or_url)
        except (ArgumentError, ValueError):  # ValueError: a port that is no number
            # Named by its scheme only, and not chained: the rest may hold a password.
            raise WorkspaceError(
                "'{url}' is neither a file path nor a database URL.",
                url=unreadable(path_or_url),
            ) from None
    return URL.create("sqlite", database=str(Path(path_or_url).expanduser().resolve()))


def sqlite_path(url: str | URL) -> Path | None:
    u = make_url(url) if isinstance(url, str) else url
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        return None
    return Path(u.database)


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    # The driver opens no transaction of its own (its implicit BEGIN skips DDL,
    # which let a failed upgrade commit half its work): we emit BEGIN ourselves.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=5000")
    # Deleted rows are overwritten with zeros, so a deleted person's private
    # notes do not linger in free pages (some SQLite builds default to off).
    cur.execute("PRAGMA secure_delete=ON")
    cur.close()


def _sqlite_begin(conn: Connection) -> None:
    """BEGIN for reads, BEGIN IMMEDIATE for writes.

    A write takes the write lock before its first read, so two writers never
    both decide on rows the other is about to change.
    """
    immediate = conn.get_execution_options().get(WRITE, False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _server_begin(conn: Connection) -> None:
    """A write on the server waits a bounded time for rows another user is writing."""
    if conn.get_execution_options().get(WRITE, False):
        conn.exec_driver_sql(f"SET LOCAL lock_timeout = '{LOCK_WAIT}'")


def make_engine(url: str | URL) -> Engine:
    url = url_for(url) if isinstance(url, str) else url
    path = sqlite_path(url)
    if path is not None and is_encrypted(path):
        # SQLCipher through the same dialect, pool and hooks; the key from model.encryption.
        engine = create_engine(
            url,
            creator=lambda: connect(path, check_same_thread=False),
            **engine_options(path),
        )
    elif url.get_backend_name() == "postgresql":
        # A pooled connection the server dropped (restart, idle cut, an admin's
        # pg_terminate_backend) is replaced before use instead of failing an edit.
        engine = create_engine(
            url, pool_pre_ping=True, connect_args={"connect_timeout": CONNECT_TIMEOUT}
        )
    else:
        engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
    elif engine.dialect.name == "postgresql":
        event.listen(engine, "begin", _server_begin)
    return engine


def sqlstate(exc: BaseException) -> str:
    """The SQLSTATE of a database error ("" when the driver gave none)."""
    return str(getattr(getattr(exc, "orig", None), "sqlstate", None) or "")


def connection_lost(exc: BaseException) -> bool:
    """Whether ``exc`` says the database server could not be reached or dropped us.

    SQLAlchemy marks the errors the dialect knows as disconnects; a refused or
    timed-out connect has no SQLSTATE; class 08 is "connection exception" and
    57P01-57P03 an administrator's or a shutdown's end of the session.
    """
    if not isinstance(exc, DBAPIError):
        return False
    if exc.connection_invalidated:
        return True
    state = sqlstate(exc)
    if isinstance(exc, OperationalError | InterfaceError) and not state:
        return True
    return state.startswith("08") or state in {"57P01", "57P02", "57P03"}


class ConnectionLost(WorkspaceError):
    """The database server could not be reached or dropped the connection.

    ``in_doubt`` is set when the connection went while the change was being
    committed: the server may or may not have kept it.
    """

    in_doubt: bool = False
    xid: str | None = None
    """On a server, the id of the transaction whose commit is in doubt (``in_doubt``):
    :meth:`Workspace.retrying` asks the server whether it committed."""
    result: Any = None
    """What the write returned before its commit went in doubt: the result of the
    edit if the server kept it."""
    write: Any = None
    """The function that write ran: a retry settles the doubt at its own write only."""


def _same_write(kept: Any, fn: Any) -> bool:
    """Whether ``fn`` is the write function ``kept``: the same function, or a closure
    made again of the same code over equal values."""
    if kept is None:
        return False
    if kept == fn:
        return True
    code = getattr(kept, "__code__", None)
    if code is None or code is not getattr(fn, "__code__", None):
        return False
    try:
        cells = [c.cell_contents for c in kept.__closure__ or ()]
        return bool(cells == [c.cell_contents for c in fn.__closure__ or ()])
    except Exception:  # an empty cell, values that cannot be compared: not known the same
        return False


class WriteBusy(WorkspaceError):
    """A row stayed locked by another user's write for longer than :data:`LOCK_WAIT`."""


def _server_label(url: URL) -> str:
    """The server as a user names it: host, port and database, never a password."""
    host = url.host or "localhost"
    port = f":{url.port}" if url.port else ""
    return f"{host}{port}/{url.database or ''}"


def _stale_conflict(session: Session, exc: Exception) -> EditConflict:
    """The ORM's refusal of an UPDATE whose row version moved (another user saved it
    first) as an :class:`EditConflict` naming the record."""
    import re

    from model.changes import kind_of_table
    from model.services.common import changed_meanwhile  # loaded by the failed write

    found = re.search(r"table '(\w+)'", str(exc))
    table = found.group(1) if found else ""
    # The flush failed and rolled back: the rows' values are expired, their keys remain.
    keys = [k for k in list(session.identity_map.keys()) if k[0].__tablename__ == table]
    ident = int(keys[0][1][0]) if len(keys) == 1 else 0
    return changed_meanwhile(kind_of_table(table), ident, ident or "")


def stored_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
        return None if row is None else str(row[0])


def backup_sqlite(path: Path, tag: str, *, now: datetime | None = None) -> Path:
    """Copy a live SQLite file consistently with the online backup API.

    The copy is written beside the file under a temporary name and renamed
    when whole and checked, so a full disk never leaves a 0-byte "backup".
    Its name carries the local time it was taken (``now``, for tests).
    """
    from model.backups import copy_sqlite

    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.backup-{tag}-{stamp}")
    n = 1
    while target.exists():  # two backups in one second never share a name
        n += 1
        target = path.with_name(f"{path.name}.backup-{tag}-{stamp}-{n}")
    # The file may be open for writing: read it through its WAL, never as immutable.
    return copy_sqlite(readonly_uri(path).replace("&immutable=1", ""), path, target)


def _check_sqlite(conn: Any, path: Path | None) -> None:
    fk = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if fk:
        raise WorkspaceError(
            "Migration of {path} left {count} broken references (first: table {table}); "
            "the backup beside the file holds the data as it was.",
            path=path,
            count=len(fk),
            table=fk[0][0],
        )
    ok = conn.exec_driver_sql("PRAGMA integrity_check").scalar()
    if ok != "ok":
        raise WorkspaceError(
            "Integrity check of {path} failed after migration: {result}", path=path, result=ok
        )


class ReadOnlyWorkspace(WorkspaceError):
    """An edit of a workspace that can only be looked at."""


def why_read_only(path: Path) -> str:
    """Why this file cannot be edited here, or "" when it can.

    SQLite in WAL mode writes ``-wal`` and ``-shm`` files beside the workspace,
    so the folder must be writable as well as the file.
    """
    if not os.access(path, os.W_OK):
        return term("the file is read-only")
    if not os.access(path.parent, os.W_OK):
        return term("its folder is read-only")
    return ""


def _readonly_sqlite_engine(path: Path) -> Engine:
    uri = readonly_uri(path)

    def readonly() -> sqlite3.Connection:
        con = connect(path, uri=uri, check_same_thread=False)
        con.execute("PRAGMA query_only=ON")
        return con

    return create_engine("sqlite://", creator=readonly, **engine_options(path))


class UpgradeRefused(WorkspaceError):
    """Rows of an old file break a rule of the new schema; the file is unchanged."""


def _rejected_rows(conn: Connection, limit: int = 5) -> list[str]:
    """Rows that break a CHECK of the current model: "table id 7 'name': rule"."""
    from model.base import Base

    found: list[str] = []
    for table in Base.metadata.sorted_tables:
        for check in (c for c in table.constraints if isinstance(c, CheckConstraint)):
            label = "name" if "name" in table.c else None
            cols = "id" + (f", {label}" if label else "")
            try:
                rows = conn.exec_driver_sql(
                    f"SELECT {cols} FROM {table.name} WHERE NOT ({check.sqltext}) LIMIT {limit}"
                ).all()
            except DatabaseError:
                continue  # a column the old schema does not have yet
            for row in rows:
                named = f" '{row[1]}'" if label else ""
                found.append(f"{table.name} id {row[0]}{named}: {check.sqltext}")
    return found[:limit]


def _drop_leftovers(conn: Connection) -> None:
    """Temporary tables that an interrupted upgrade of an older version left behind."""
    names = conn.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type='table' "
        "AND name LIKE '\\_alembic\\_tmp\\_%' ESCAPE '\\'"
    ).scalars()
    for name in list(names):
        conn.exec_driver_sql(f'DROP TABLE "{name}"')


def migrate(engine: Engine, url: str | URL, target: str = "head") -> None:
    """Bring the schema to ``target`` in one transaction: all of it or nothing.

    Alembic's batch mode rebuilds a SQLite table by copy, drop and rename; with
    foreign keys on, the drop cascades into child tables and silently deletes
    their rows. So on SQLite the pragma is turned off outside the transaction,
    and references and integrity are checked before it commits. Any failure —
    data a new constraint rejects, a kill, a full disk — rolls everything back
    (SQLite's DDL is transactional), so the file stays at its old revision.
    """
    from alembic import command

    url = url_for(url) if isinstance(url, str) else url
    cfg = _alembic_config(url)
    is_sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as conn:
        raw = conn.connection.driver_connection if is_sqlite else None
        if raw is not None:
            raw.execute("PRAGMA foreign_keys=OFF")  # no effect inside a transaction
        try:
            with conn.execution_options(**{WRITE: True}).begin():
                if is_sqlite:
                    _drop_leftovers(conn)
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, target)
                if is_sqlite:
                    _check_sqlite(conn, sqlite_path(url))
        except IntegrityError as exc:
            with conn.begin():
                rows = _rejected_rows(conn)
            raise UpgradeRefused(
                "{path} could not be upgraded to this version: {rows}. "
                "The file was left exactly as it was.",
                path=sqlite_path(url) or public_url(url),
                rows="; ".join(rows) or str(exc.orig),
            ) from exc
        finally:
            if raw is not None:
                raw.execute("PRAGMA foreign_keys=ON")


class Sessions:
    """A workspace's sessions: ``sessionmaker(engine, expire_on_commit=False)``,
    made (and sqlalchemy.orm imported, ~50 ms) at the first session."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._maker: sessionmaker[Session] | None = None

    def __call__(self, **kwargs: Any) -> Session:
        if self._maker is None:
            from sqlalchemy.orm import sessionmaker

            self._maker = sessionmaker(self.engine, expire_on_commit=False)
        return self._maker(**kwargs)


@dataclass
class Workspace:
    """An open workspace: its URL, engine and the one sessionmaker of it."""

    url: URL
    engine: Engine
    sessions: Sessions
    backup: Path | None = None
    # Why the workspace can only be looked at ("" when it can be edited).
    read_only: str = ""
    # Who else had the file open when we opened it ("" when nobody).
    also_open_by: str = ""
    _presence: Any = None
    # On a team server, the member of the signed-in role ("me"); None on a file.
    member_id: int | None = None
    # The in-doubt lost connection the next write settles first (:meth:`retrying`).
    _doubt: ConnectionLost | None = None

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    @property
    def label(self) -> str:
        p = self.path
        return p.name if p else public_url(self.url)

    @contextmanager
    def begin(self) -> Iterator[Session]:
        """One user action: a session in one transaction that holds the write lock."""
        if self.read_only:
            raise ReadOnlyWorkspace(
                "{workspace} is open read-only ({why_label}); nothing was changed.",
                workspace=self.label,
                why_label=self.read_only,
            )
        from sqlalchemy.orm.exc import StaleDataError  # the ORM is loaded by now

        with self.sessions() as session:
            if self.member_id is not None:
                session.info.setdefault("member_id", self.member_id)
            try:
                with session.begin():
                    session.connection(execution_options={WRITE: True})
                    try:
                        yield session
                        session.flush()
                    except StaleDataError as exc:
                        raise _stale_conflict(session, exc) from exc
                    if self.engine.dialect.name == "postgresql":
                        # Its id, to ask the server afterwards whether it committed.
                        session.info["xid"] = session.execute(
                            text("SELECT pg_current_xact_id()::text")
                        ).scalar()
                    session.info["committing"] = True
            except StaleDataError as exc:  # at the commit's own flush
                raise _stale_conflict(session, exc) from exc
            except DBAPIError as exc:
                if self.engine.dialect.name == "sqlite":
                    raise  # a file: "locked" or "disk full" are no lost connection
                if connection_lost(exc):
                    lost = self._lost(exc, bool(session.info.get("committing")))
                    lost.xid = session.info.get("xid") if lost.in_doubt else None
                    raise lost from exc
                if sqlstate(exc) == "55P03":  # lock_not_available
                    raise WriteBusy(
                        "Someone else is saving the same record in {workspace} right now; "
                        "nothing was changed. Try again in a moment.",
                        workspace=self.label,
                    ) from exc
                raise
            finally:
                session.info.pop("committing", None)
            if session.info.pop("checkpoint", False):
                self.checkpoint()

    def _lost(self, exc: BaseException, in_doubt: bool) -> ConnectionLost:
        server = _server_label(self.url)
        if in_doubt:
            lost = ConnectionLost(
                "The connection to the server {server} was lost while your change was "
                "being saved, so it may or may not have been saved. Your edit is kept: "
                "once the server answers, it says whether the change was saved, and the "
                "edit is tried again only if it was not, never saved twice.",
                server=server,
            )
            lost.in_doubt = True
            return lost
        return ConnectionLost(
            "The connection to the server {server} was lost; nothing was saved. Your edit "
            "is kept: it can be tried again once the server answers ({detail}).",
            server=server,
            detail=str(getattr(exc, "orig", None) or exc).splitlines()[0] if exc else "",
        )

    def write(
        self,
        fn: Callable[..., T],
        *args: Any,
        session_info: Mapping[str, Any] | None = None,
        attempts: int = 4,
        **kwargs: Any,
    ) -> T:
        """Run ``fn(session, *args, **kwargs)`` as one write transaction (:meth:`begin`).

        When the server rolled the transaction back to keep concurrent writes
        serial (a serialization failure or a deadlock between two users' writes),
        ``fn`` runs again from the start: it reads afresh and decides again, so
        its row-version checks refuse what changed under it. ``session_info``
        (who is acting) is put in each session's ``info``.
        """
        import time

        doubt = self._doubt
        if doubt is not None and _same_write(doubt.write, fn):
            self._doubt = None
            if self._committed(doubt):
                return doubt.result  # type: ignore[no-any-return]  # the first run's, kept
        for attempt in range(attempts):
            result: Any = None
            try:
                with self.begin() as session:
                    session.info.update(session_info or {})
                    result = fn(session, *args, **kwargs)
                return result  # type: ignore[no-any-return]
            except ConnectionLost as lost:
                if lost.in_doubt:
                    lost.result, lost.write = result, fn
                raise
            except DBAPIError as exc:
                if sqlstate(exc) not in RETRIED_STATES or attempt + 1 == attempts:
                    raise
                time.sleep(0.02 * (attempt + 1))
        raise AssertionError("unreachable")  # pragma: no cover

    @contextmanager
    def retrying(self, lost: BaseException | None) -> Iterator[None]:
        """Run an edit again after ``lost`` ended its last try, never applying it twice.

        When that try's commit went in doubt (the connection dropped during COMMIT),
        the :meth:`write` of the same function inside this block (an edit's other
        writes run as they are) first asks the server what became of its
        transaction: committed, the write is not run again and returns what the
        first run returned; aborted (or too old to know), it runs again; still in
        progress, or the server still away, the same in-doubt ``lost`` is raised
        again, so a later retry asks once more.
        """
        doubtful = isinstance(lost, ConnectionLost) and lost.in_doubt and lost.xid
        self._doubt = lost if doubtful else None  # type: ignore[assignment]
        try:
            yield
        finally:
            self._doubt = None

    def _committed(self, lost: ConnectionLost) -> bool:
        """Whether the transaction of an in-doubt commit was kept (see :meth:`retrying`)."""
        try:
            with self.engine.connect() as conn:
                status = conn.execute(
                    text("SELECT pg_xact_status(CAST(:xid AS xid8))"), {"xid": lost.xid}
                ).scalar()
        except DBAPIError as exc:
            if connection_lost(exc):
                raise lost from exc  # still in doubt: asked again at the next retry
            raise
        if status == "in progress":  # the server has not finished with it yet
            raise lost
        return status == "committed"

    def checkpoint(self, mode: Literal["TRUNCATE", "PASSIVE"] = "TRUNCATE") -> None:
        """Copy the WAL into the file and empty it, so deleted data leaves the WAL too.

        ``PASSIVE`` copies what it can without waiting for a reader to finish
        (at quit, a background read must not hold the app open).
        """
        if self.engine.dialect.name == "postgresql":
            self._vacuum_personal(mode)
            return
        if self.engine.dialect.name != "sqlite":
            return
        with self.engine.connect() as conn:
            conn.exec_driver_sql(f"PRAGMA wal_checkpoint({mode})")

    def _vacuum_personal(self, mode: str) -> None:
        """On a server, a deleted person's row versions stay in the tables' pages until
        a VACUUM; after a delete (``TRUNCATE``) it runs at once on the tables that held
        personal data. A role that does not own them is skipped by the server with a
        warning; a server that cannot be reached now leaves it to autovacuum."""
        if mode != "TRUNCATE":
            return
        from sqlalchemy.exc import DBAPIError

        try:
            with self.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                conn.exec_driver_sql("VACUUM people, people_private, audit_log")
        except DBAPIError:
            pass

    def close(self) -> None:
        self.engine.dispose()
        if self._presence is not None:
            # Remove the lock file first, then release: nothing is left beside the file.
            Path(self._presence.name).unlink(missing_ok=True)
            self._presence.close()
            self._presence = None


def _announce(path: Path) -> tuple[Any, str]:
    """Hold a lock beside the file while it is open; say who holds it if not us.

    Two windows on one file are allowed (edits lock the database, undo checks
    row versions), but the second is told, so nobody is surprised by changes
    appearing from elsewhere. Returns (open lock file or None, other holder).
    """
    try:
        import fcntl
    except ImportError:  # Windows: no advisory locks here; nothing to tell
        return None, ""
    import getpass
    import socket

    lock = path.with_name(path.name + ".lock")
    try:
        handle = open(lock, "a+", encoding="utf-8")  # noqa: SIM115 (held until close)
    except OSError:
        return None, ""
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        handle.seek(0)
        holder = handle.read().strip() or "another program"
        handle.close()
        return None, holder
    try:
        user = getpass.getuser()
    except (OSError, KeyError):
        user = "?"
    handle.seek(0)
    handle.truncate()
    handle.write(f"{user} on {socket.gethostname()} (process {os.getpid()})")
    handle.flush()
    return handle, ""


def _ours(revision: str) -> bool:
    """Our schema revisions start with a number (0001, 0002, …); Alembic's default is a hash.

    >>> _ours("0004"), _ours("0012_team_server"), _ours("3f2a9c1b7d4e")
    (True, True, False)
    """
    return len(revision) >= 4 and revision[:4].isdigit()


def _look_before_opening(path: Path, create: bool, revisions: list[str]) -> str | None:
    """Refuse what is not ours before anything is written; the stored revision otherwise."""
    if path.is_dir():
        raise WorkspaceError("{path} is a folder, not a workspace file.", path=path)
    if not path.exists():
        if not create:
            raise WorkspaceError("No workspace at {path}.", path=path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise WorkspaceError(
                "Cannot create the folder for {path}: {reason}", path=path, reason=exc.strerror
            ) from exc
        return None
    if path.stat().st_size == 0:
        raise WorkspaceError(
            "{path} is an empty file, not a workspace; nothing was changed. "
            "Create a new workspace under another name.",
            path=path,
        )
    stored = read_revision_readonly(path)
    if stored is not None and not _ours(stored):
        raise WorkspaceError(
            "{path} is a database of another application (its schema version is "
            "'{schema}'), not a Key Account Navigator workspace; nothing was changed.",
            path=path,
            schema=stored,
        )
    if stored is not None and stored not in revisions:
        raise WorkspaceTooNew(
            "{path} was saved by a newer version of Key Account Navigator "
            "(schema {schema}). Update the application to open it; "
            "the file was not changed.",
            path=path,
            schema=stored,
        )
    return stored


def _drop_stale_partials(path: Path) -> None:
    """Remove half-written backups of this file left by a process that was killed.

    ``model.files.save_with`` names them ``.<file>.backup-….<pid>.partial``; one whose
    process is gone will never be finished.
    """
    for partial in path.parent.glob(f".{path.name}.backup-*.partial"):
        try:
            pid = int(partial.name.rsplit(".", 2)[-2])
        except ValueError:
            continue
        if pid == os.getpid() or _alive(pid):
            continue
        partial.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists but not ours to signal
    return True


def _keep_one_backup(backup: Path, tag: str) -> Path:
    """After a failed upgrade the file is unchanged: an identical older backup will do."""
    for older in sorted(backup.parent.glob(f"{backup.name.split('.backup-')[0]}.backup-{tag}-*")):
        if older != backup and filecmp.cmp(older, backup, shallow=False):
            backup.unlink()
            return older
    return backup


def open_workspace(path_or_url: str | Path | URL, *, create: bool = False) -> Workspace:
    """Open (and when needed migrate) a workspace.

    A file written by a newer version of the application is refused before
    anything touches it. ``create`` allows a new file; otherwise a missing file
    is an error, so a typo in a path never silently makes an empty workspace.
    """
    try:
        url = url_for(path_or_url)
    except (ArgumentError, ValueError):  # ValueError: a port that is no number
        raise WorkspaceError(
            "'{url}' is neither a file path nor a database URL.",
            url=unreadable(str(path_or_url)),
        ) from None
    path = sqlite_path(url)
    revisions, head = known_revisions()
    stored: str | None = None
    if path is not None:
        stored = _look_before_opening(path, create, revisions)
    try:
        engine = make_engine(url)
    except ImportError as exc:  # a server URL whose driver is not installed
        raise WorkspaceError(
            "Cannot open {url}: the database driver '{driver}' is not installed "
            "(for PostgreSQL: pip install psycopg).",
            url=public_url(url),
            driver=exc.name or url.drivername,
        ) from exc
    backup = None
    read_only = why_read_only(path) if path is not None and path.exists() else ""
    if read_only:
        assert path is not None
        engine.dispose()
        if stored != head:
            raise ReadOnlyWorkspace(
                "{path} needs an upgrade to this version, but {why_label}. Copy it to a "
                "folder you can write to, or ask for write access; nothing was changed.",
                path=path,
                why_label=read_only,
            )
        engine = _readonly_sqlite_engine(path)
    try:
        if path is None:
            stored = stored_revision(engine)
            if stored is not None and stored not in revisions:
                raise WorkspaceTooNew(
                    "The database at {url} was written by a newer version "
                    "(schema {schema}); nothing was changed.",
                    url=url,
                    schema=stored,
                )
        if stored != head:
            if path is not None and stored is not None:
                _drop_stale_partials(path)
                # A retried upgrade (after a kill or a refusal) needs no second copy.
                backup = _keep_one_backup(backup_sqlite(path, stored), stored)
            try:
                migrate(engine, url)
            except UpgradeRefused as exc:
                if backup is None or stored is None:
                    raise
                raise UpgradeRefused(
                    "{path} could not be upgraded to this version: {rows}. The file was "
                    "left exactly as it was; a backup made before the attempt is at {backup}.",
                    path=exc.params["path"],
                    rows=exc.params["rows"],
                    backup=_keep_one_backup(backup, stored),
                ) from exc
    except (OperationalError, DatabaseError) as exc:
        engine.dispose()
        raise WorkspaceError(
            "Cannot open workspace {path}: {reason}", path=path or url, reason=exc.orig
        ) from exc
    except OSError as exc:
        engine.dispose()
        raise WorkspaceError(
            "Cannot open workspace {path}: {reason}",
            path=path or public_url(url),
            reason=exc.strerror or exc,
        ) from exc
    except BaseException:
        engine.dispose()
        raise
    sessions = Sessions(engine)
    presence, holder = (None, "") if path is None or read_only else _announce(path)
    workspace = Workspace(
        url=url,
        engine=engine,
        sessions=sessions,
        backup=backup,
        read_only=read_only,
        also_open_by=holder,
        _presence=presence,
    )
    if path is None:  # a team server: "me" is the signed-in role's member
        from model.team_server import sign_in

        try:
            workspace.member_id = sign_in(workspace)
        except BaseException:
            workspace.close()
            raise
    return workspace


# -- reading a workspace file without writing it --------------------------------------------


def readonly_engine(path: Path) -> Engine:
    """An engine that can only read the SQLite workspace at ``path`` (query_only).

    The caller checks first that the file's schema is current
    (:func:`model.schema.read_revision_readonly`); :func:`open_for_reading` does.
    """
    uri = readonly_uri(path)

    def readonly() -> sqlite3.Connection:
        con = connect(path, uri=uri, check_same_thread=False)
        con.execute("PRAGMA query_only=ON")
        con.execute("PRAGMA foreign_keys=ON")
        return con

    return create_engine("sqlite://", creator=readonly, poolclass=NullPool, **engine_options(path))


@contextmanager
def open_for_reading(path: Path) -> Iterator[Session]:
    """A session on a workspace file that writes nothing (no lock file, no WAL, no upgrade).

    For the command line (``forecast``, ``report``). A file of an older schema is
    read from an upgraded copy in a temporary folder, as ``keyaccount snapshot`` does.
    """
    import shutil
    import tempfile

    from model.schema import REVISIONS

    path = Path(path)
    if path.is_dir():
        raise WorkspaceError("{path} is a folder, not a workspace file.", path=path)
    if not path.is_file():
        raise WorkspaceError("No workspace at {path}.", path=path)
    if read_revision_readonly(path) == REVISIONS[-1]:
        engine = readonly_engine(path)
        try:
            from sqlalchemy.orm import Session

            with Session(bind=engine) as session:
                yield session
        finally:
            engine.dispose()
        return
    scratch = Path(tempfile.mkdtemp(prefix="keyaccount-read-"))
    try:
        copy = scratch / path.name
        shutil.copy2(path, copy)
        wal = path.with_name(path.name + "-wal")
        if wal.exists():
            shutil.copy2(wal, copy.with_name(copy.name + "-wal"))
        key = known(path)  # an encrypted file's: its revision was read above
        if key is not None:
            remember(copy, key)
        ws = open_workspace(copy)
        try:
            with ws.sessions() as session:
                yield session
        finally:
            ws.close()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
