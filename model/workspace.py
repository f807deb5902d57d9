"""Opening a workspace: a database URL, migrated on open, refused if too new.

A workspace is one SQLite file by default. SQLite runs in WAL mode with
synchronous=FULL so a crash or power loss in a meeting never loses a saved
edit, and with foreign keys on so cascades behave like PostgreSQL.
Migrations run after a backup made with SQLite's online backup API.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from model.errors import WorkspaceError, WorkspaceTooNew
from model.schema import known_revisions, read_revision_readonly

MIGRATIONS = str(Path(__file__).with_name("migrations"))


def _alembic_config(url: str) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", MIGRATIONS)
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def url_for(path_or_url: str | Path) -> str:
    """Accept a file path or a database URL."""
    s = str(path_or_url)
    if "://" in s:
        return s
    return f"sqlite:///{Path(s).expanduser().resolve()}"


def sqlite_path(url: str) -> Path | None:
    u = make_url(url)
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        return None
    return Path(u.database)


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.close()


def make_engine(url: str) -> Engine:
    engine = create_engine(url, future=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def stored_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
        return None if row is None else str(row[0])


def backup_sqlite(path: Path, tag: str) -> Path:
    """Copy a live SQLite file consistently with the online backup API."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.backup-{tag}-{stamp}")
    src = sqlite3.connect(str(path))
    dst = sqlite3.connect(str(target))
    try:
        with dst:
            src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target


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


def migrate(engine: Engine, url: str, target: str = "head") -> None:
    """Bring the schema to ``target``.

    Alembic's batch mode rebuilds a SQLite table by copy, drop and rename; with
    foreign keys on, the drop cascades into child tables and silently deletes
    their rows. So on SQLite the pragma is turned off outside any transaction
    for the migration, and references and integrity are checked afterwards.
    """
    from alembic import command

    cfg = _alembic_config(url)
    is_sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as conn:
        if is_sqlite:
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
            conn.commit()
        try:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, target)
            conn.commit()
            if is_sqlite:
                _check_sqlite(conn, sqlite_path(url))
        finally:
            if is_sqlite:
                conn.exec_driver_sql("PRAGMA foreign_keys=ON")
                conn.commit()


@dataclass
class Workspace:
    """An open workspace: its URL, engine and the one sessionmaker of it."""

    url: str
    engine: Engine
    sessions: sessionmaker[Session]
    backup: Path | None = None

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    @property
    def label(self) -> str:
        p = self.path
        return p.name if p else make_url(self.url).render_as_string(hide_password=True)

    @contextmanager
    def begin(self) -> Iterator[Session]:
        """One user action: a session in one transaction."""
        with self.sessions() as session, session.begin():
            yield session

    def close(self) -> None:
        self.engine.dispose()


def open_workspace(path_or_url: str | Path, *, create: bool = False) -> Workspace:
    """Open (and when needed migrate) a workspace.

    A file written by a newer version of the application is refused before
    anything touches it. ``create`` allows a new file; otherwise a missing file
    is an error, so a typo in a path never silently makes an empty workspace.
    """
    url = url_for(path_or_url)
    path = sqlite_path(url)
    revisions, head = known_revisions()
    stored: str | None = None
    if path is not None:
        if not path.exists():
            if not create:
                raise WorkspaceError("No workspace at {path}.", path=path)
            path.parent.mkdir(parents=True, exist_ok=True)
        else:
            stored = read_revision_readonly(path)
            if stored is not None and stored not in revisions:
                raise WorkspaceTooNew(
                    "{path} was saved by a newer version of Key Account Navigator "
                    "(schema {schema}). Update the application to open it; "
                    "the file was not changed.",
                    path=path,
                    schema=stored,
                )
    engine = make_engine(url)
    backup = None
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
                backup = backup_sqlite(path, stored)
            migrate(engine, url)
    except (OperationalError, DatabaseError) as exc:
        engine.dispose()
        raise WorkspaceError(
            "Cannot open workspace {path}: {reason}", path=path or url, reason=exc.orig
        ) from exc
    except BaseException:
        engine.dispose()
        raise
    sessions = sessionmaker(engine, expire_on_commit=False)
    return Workspace(url=url, engine=engine, sessions=sessions, backup=backup)
