"""Schema revisions and a read-only look at a file's revision, without SQLAlchemy.

Both the full workspace opening and the quick first paint need to know
whether a file is current, too old or too new; this module answers that
with sqlite3 alone.
"""

from __future__ import annotations

from pathlib import Path

from model.encryption import connect, db_errors
from model.errors import WorkspaceError

# The schema revisions this version knows, oldest first. Kept here so that
# opening an up-to-date workspace never imports Alembic (a sixth of start-up);
# a test checks the list against the migration scripts.
REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008")


def known_revisions() -> tuple[list[str], str]:
    """All revisions this version knows, and the head."""
    return list(REVISIONS), REVISIONS[-1]


def readonly_uri(path: Path) -> str:
    """A read-only SQLite URI for a path, escaped: ``#``, ``?`` and ``%`` are URI syntax.

    Without a ``-wal`` file beside it the file is opened immutable, so that a
    look at a file we may refuse never creates ``-wal``/``-shm`` files next to it.
    """
    path = Path(path).resolve()
    uri = path.as_uri() + "?mode=ro"
    return uri if path.with_name(path.name + "-wal").exists() else uri + "&immutable=1"


def read_revision_readonly(path: Path) -> str | None:
    """Read the schema revision without writing anything (no WAL, no journal).

    An encrypted file whose passphrase is not known, or a wrong one, is a
    WorkspaceError of :mod:`model.encryption` that says so.
    """
    try:
        con = connect(path, uri=readonly_uri(path))
    except db_errors() as exc:
        raise WorkspaceError(
            "Cannot open workspace file {path}: {reason}", path=path, reason=exc
        ) from exc
    try:
        has = con.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if not has:
            tables = con.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
            if tables:
                raise WorkspaceError(
                    "{path} is a database but not a Key Account Navigator workspace "
                    "(it has no schema version).",
                    path=path,
                )
            raise WorkspaceError(
                "{path} is an empty database, not a workspace; nothing was changed. "
                "Create a new workspace under another name.",
                path=path,
            )
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return None if row is None else str(row[0])
    except db_errors() as exc:
        raise WorkspaceError(
            "{path} is not a readable workspace file ({reason}). Nothing was changed.",
            path=path,
            reason=exc,
        ) from exc
    finally:
        con.close()
