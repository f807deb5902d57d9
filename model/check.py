"""Check a workspace without changing it: schema revision, storage, method rules.

``keyaccount check PATH`` runs :func:`check_workspace` and prints
:func:`format_report`. The check never migrates and never writes:

* A SQLite file is opened with ``mode=ro``. When no ``-wal`` file lies beside
  it (nobody has it open and it was closed cleanly) it is also opened
  ``immutable=1``, because a read-only connection to a WAL-mode file would
  otherwise create ``-wal`` and ``-shm`` files next to it. When a ``-wal`` file
  exists (the application has the workspace open, or crashed) the check reads
  through it like any other reader, so it sees the latest saved edits.
* Any other database URL (a shared PostgreSQL database) is read in one
  read-only transaction that is rolled back. There the server keeps its own
  pages; the check looks for references that lead nowhere and, where the
  ``amcheck`` extension is installed, has it read every table and index
  (:func:`_check_server_storage`).

Besides SQLite's own ``quick_check`` (``integrity_check`` with ``full=True``,
``keyaccount check --full``) and ``foreign_key_check`` it looks for
data the services would never have written: deals past P2 without the five
elements and no forced move explaining it, won deals that break the P7 rule,
deals whose stage or status disagrees with their history, reports-to loops,
managers in another account, support levels out of range and unknown stage or
status values. Each finding names the table, the row id and, for deals, the
deal's name, so a user or support can find the row.

``quick_check`` reads every page and row but does not compare each index
with its table; ``integrity_check`` does, and on the large sample that was
3.3 s of a 4.4 s check. A damaged page is found either way; an index that
lost or gained entries only by the full check.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import NullPool

from model.encryption import (
    ENV_VAR,
    connect,
    db_errors,
    dbapi,
    engine_options,
    is_encrypted,
    unlock,
)
from model.enums import SUPPORT_MAX, SUPPORT_MIN, DealStatus, Stage
from model.errors import WorkspaceError
from model.gates import DealFacts, gate_for
from model.methodology import Methodology, load_methodology
from model.rules.payments import PaymentFacts, Transfer, first_payment
from model.schema import known_revisions
from model.server_login import public_url
from model.workspace import sqlite_path, url_for

STAGE_VALUES: tuple[str, ...] = tuple(s.value for s in Stage)
STATUS_VALUES: tuple[str, ...] = tuple(s.value for s in DealStatus)


@dataclass(frozen=True)
class Finding:
    """One thing wrong: a stable ``code``, a readable ``message`` and ``where`` it is."""

    code: str
    message: str
    where: str = ""


@dataclass
class CheckReport:
    """What :func:`check_workspace` found. ``ok`` when there is nothing to fix."""

    target: str
    revision: str | None
    head: str
    findings: list[Finding] = field(default_factory=list)
    rules_checked: bool = False
    storage_check: str | None = None
    """The storage check that ran: SQLite's "quick_check" or "integrity_check";
    on PostgreSQL "references", "amcheck" or "amcheck_full"; None when none ran."""
    storage_notes: list[str] = field(default_factory=list)
    """What the storage check could not do, and why (printed, not findings)."""

    @property
    def ok(self) -> bool:
        return not self.findings

    @property
    def codes(self) -> list[str]:
        return [f.code for f in self.findings]

    def add(self, code: str, message: str, where: str = "") -> None:
        self.findings.append(Finding(code, message, where))


# --- opening without writing ------------------------------------------------


def _sqlite_uri(path: Path) -> str:
    uri = f"{path.resolve().as_uri()}?mode=ro"
    wal = path.with_name(path.name + "-wal")
    return uri if wal.exists() else uri + "&immutable=1"


def _readonly_engine(url: URL) -> Engine:
    path = sqlite_path(url)
    if path is None:
        return create_engine(url, poolclass=NullPool)
    if path.is_dir():
        raise WorkspaceError("{path} is a folder, not a workspace file.", path=path)
    if not path.is_file():
        raise WorkspaceError("No workspace at {path}.", path=path)
    uri = _sqlite_uri(path)

    def readonly() -> sqlite3.Connection:
        con = connect(path, uri=uri)
        con.execute("PRAGMA query_only=ON")
        return con

    return create_engine("sqlite://", creator=readonly, poolclass=NullPool, **engine_options(path))


def check_workspace(path_or_url: str | Path | URL, *, full: bool = False) -> CheckReport:
    """Check a workspace file or database URL and report what is wrong.

    SQLite storage is checked with ``PRAGMA quick_check``, or with the slower
    ``PRAGMA integrity_check`` when ``full`` (which also finds an index whose
    entries disagree with its table); ``report.storage_check`` says which. A
    PostgreSQL database's references, and its pages where amcheck is installed,
    are checked instead (:func:`_check_server_storage`).

    Raises :class:`~model.errors.WorkspaceError` only when there is nothing
    to check (no file at the path). Everything else, including a file that
    is not a database, is a finding in the report.
    """
    url = url_for(path_or_url)
    revisions, head = known_revisions()
    path = sqlite_path(url)
    report = CheckReport(
        target=str(path) if path is not None else public_url(url),
        revision=None,
        head=head,
    )
    if path is not None and not _unlocked(path, report):
        return report
    engine = _readonly_engine(url)
    # A file's storage checks are SQLite's own work, which runs without the
    # GIL: on a connection of their own in a thread, they overlap the rule
    # checks (the user waits for the longer of the two, not their sum).
    storage = _StorageCheck(path, full) if path is not None else None
    try:
        with engine.connect() as conn:
            if conn.dialect.name == "postgresql":
                conn.exec_driver_sql("SET TRANSACTION READ ONLY")
            try:
                _check(conn, report, revisions, full=full, storage=storage is None)
            finally:
                conn.rollback()
    except SQLAlchemyError as exc:
        _unreadable(report, getattr(exc, "orig", None) or exc)
    finally:
        engine.dispose()
        if storage is not None:
            storage.join()
    if storage is not None:
        report.storage_check = storage.pragma
        if storage.error is not None:
            # As when the checks ran one after the other: storage came first,
            # and an error there ended the check.
            report.findings.clear()
            report.revision, report.rules_checked = None, False
            _unreadable(report, storage.error)
        else:
            report.findings[:0] = storage.findings(report.target)
    return report


def _unlocked(path: Path, report: CheckReport) -> bool:
    """Whether the file can be read: plain, or encrypted with its passphrase at hand.

    The passphrase comes from ``KEYACCOUNT_PASSPHRASE`` or the system's keyring
    (:func:`model.encryption.unlock`); without it the report says what to do.
    """
    if not is_encrypted(path):
        return True
    try:
        dbapi(path)  # SQLCipher missing here: say so rather than ask for a passphrase
        if unlock(path) is not None:
            return True
    except WorkspaceError as exc:  # a wrong passphrase given, SQLCipher missing
        report.add("file.passphrase", exc.message, report.target)
        return False
    report.add(
        "file.passphrase",
        f"{report.target} is encrypted (or is not a workspace file); give its passphrase in "
        f"{ENV_VAR} or save it in the system's keyring to check it. Nothing was changed.",
        report.target,
    )
    return False


def _unreadable(report: CheckReport, error: object) -> None:
    report.add(
        "file.unreadable",
        f"{report.target} cannot be read as a workspace ({error}). Nothing was changed.",
        report.target,
    )


class _StorageCheck(threading.Thread):
    """SQLite's quick_check (or integrity_check), foreign_key_check and the
    upgrade leftovers of a file, on a read-only connection of its own."""

    def __init__(self, path: Path, full: bool) -> None:
        super().__init__(name="check-storage", daemon=True)
        self.path = path
        self.uri = _sqlite_uri(path)
        self.full = full
        self.pragma = "integrity_check" if full else "quick_check"
        self.problems: list[str] = []
        self.foreign_keys: list[tuple[Any, ...]] = []
        self.leftovers: list[str] = []
        self.error: Exception | None = None
        self.start()

    def run(self) -> None:
        try:
            con = connect(self.path, uri=self.uri)
            try:
                con.execute("PRAGMA query_only=ON")
                self.problems = [str(r[0]) for r in con.execute(f"PRAGMA {self.pragma}")]
                self.foreign_keys = con.execute("PRAGMA foreign_key_check").fetchall()
                self.leftovers = [str(r[0]) for r in con.execute(_LEFTOVERS)]
            finally:
                con.close()
        except db_errors(WorkspaceError) as exc:
            self.error = exc

    def findings(self, target: str) -> list[Finding]:
        report = CheckReport(target=target, revision=None, head="")
        _storage_findings(report, self.full, self.problems, self.foreign_keys, self.leftovers)
        return report.findings


def _check(
    conn: Connection,
    report: CheckReport,
    revisions: Sequence[str],
    *,
    full: bool = False,
    storage: bool = True,
) -> None:
    tables = _tables(conn)
    if conn.dialect.name == "sqlite" and storage:
        _check_sqlite_storage(conn, report, full=full)
    elif conn.dialect.name == "postgresql":
        _check_server_storage(conn, report, full=full)
    if "alembic_version" not in tables:
        if tables:
            report.add(
                "schema.unversioned",
                f"{report.target} is a database but not a Key Account Navigator workspace "
                "(it has no schema version); rule checks were skipped.",
                "alembic_version",
            )
        else:
            report.add(
                "schema.unversioned",
                f"{report.target} is an empty database, not yet a workspace.",
                "alembic_version",
            )
        return
    row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
    if row is None:
        report.add(
            "schema.unversioned",
            f"{report.target} has an empty schema version table; rule checks were skipped.",
            "alembic_version",
        )
        return
    report.revision = str(row[0])
    if report.revision not in revisions:
        report.add(
            "schema.newer",
            f"Schema {report.revision} was written by a newer version of Key Account Navigator "
            f"(this version knows up to {report.head}); only storage checks were run and "
            "the workspace was not changed.",
            "alembic_version",
        )
        return
    shared = _Shared(load_methodology())
    for check in _RULE_CHECKS:
        try:
            check(conn, report, shared)
        except SQLAlchemyError as exc:
            orig = getattr(exc, "orig", None) or exc
            report.add(
                "check.failed",
                f"The check '{check.__name__.lstrip('_')}' could not run: {orig}.",
                "",
            )
    report.rules_checked = True


def _tables(conn: Connection) -> set[str]:
    from sqlalchemy import inspect

    return set(inspect(conn).get_table_names())


_LEFTOVERS = (
    "SELECT name FROM sqlite_master WHERE type='table' "
    "AND name LIKE '\\_alembic\\_tmp\\_%' ESCAPE '\\'"
)


def _check_sqlite_storage(conn: Connection, report: CheckReport, *, full: bool = False) -> None:
    """The storage checks on the rule checks' own connection (no file path)."""
    pragma = "integrity_check" if full else "quick_check"
    report.storage_check = pragma
    _storage_findings(
        report,
        full,
        [str(r[0]) for r in conn.exec_driver_sql(f"PRAGMA {pragma}").fetchall()],
        [tuple(r) for r in conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()],
        [str(r[0]) for r in conn.exec_driver_sql(_LEFTOVERS).fetchall()],
    )


def _storage_findings(
    report: CheckReport,
    full: bool,
    problems: list[str],
    foreign_keys: Sequence[Sequence[Any]],
    leftovers: list[str],
) -> None:
    if problems != ["ok"]:
        shown = "; ".join(problems[:5])
        if len(problems) > 5:
            shown += f" (and {len(problems) - 5} more)"
        report.add(
            "sqlite.integrity",
            f"SQLite {'integrity' if full else 'quick'} check failed: {shown}. "
            "Restore from a backup or export what can be read.",
            report.target,
        )
    for table, rowid, parent, _fk in foreign_keys:
        report.add(
            "sqlite.foreign_key",
            f"Row {rowid} of table {table} refers to a row of {parent} that does not exist.",
            f"{table}#{rowid}",
        )
    for name in leftovers:
        report.add(
            "sqlite.upgrade_leftover",
            f"Table {name} is left over from an interrupted upgrade by an older version; "
            "opening the workspace in this version removes it.",
            name,
        )


# --- a server's storage -------------------------------------------------------

_SERVER_FOREIGN_KEYS = """
SELECT c.conrelid::regclass::text, c.confrelid::regclass::text,
    ARRAY(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY AS k(n, i)
          JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n ORDER BY k.i),
    ARRAY(SELECT a.attname::text FROM unnest(c.confkey) WITH ORDINALITY AS k(n, i)
          JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n ORDER BY k.i),
    row_security_active(c.conrelid) OR row_security_active(c.confrelid),
    EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.conrelid
            AND a.attname = 'id' AND NOT a.attisdropped)
FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
WHERE c.contype = 'f' AND n.nspname = current_schema()
ORDER BY 1, 2, c.conname
"""

_SERVER_RELATIONS = """
SELECT c.oid, c.relname::text, c.relkind::text, am.amname::text
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_am am ON am.oid = c.relam
WHERE n.nspname = current_schema() AND c.relpersistence = 'p'
  AND (c.relkind IN ('r', 'm') OR (c.relkind = 'i' AND am.amname = 'btree'))
ORDER BY c.relkind DESC, c.relname
"""


def _check_server_storage(conn: Connection, report: CheckReport, *, full: bool = False) -> None:
    """PostgreSQL keeps its own pages and enforces references itself; what a check
    can still find there:

    * rows whose reference leads nowhere (written while the server was told not
      to check them, ``session_replication_role = replica``, or restored from a
      partial dump), like SQLite's ``foreign_key_check``;
    * where the ``amcheck`` extension is installed in the database (a superuser's
      ``CREATE EXTENSION amcheck``; the check itself never installs anything),
      every table's pages (``verify_heapam``, as SQLite's quick_check reads every
      page) and every B-tree index (``bt_index_check``); with ``full`` each index
      is also matched with its table's rows (``heapallindexed``), as SQLite's
      integrity_check does.

    ``report.storage_check`` says which ran: "references", "amcheck" or
    "amcheck_full".
    """
    hidden = _server_foreign_keys(conn, report)
    report.storage_check = "references"
    if hidden:
        report.storage_notes.append(
            f"{_plural(hidden, 'reference')} between tables whose rows this role may "
            "not all see were not checked."
        )
    installed = conn.exec_driver_sql(
        "SELECT extversion FROM pg_extension WHERE extname = 'amcheck'"
    ).scalar()
    if installed is None:
        report.storage_notes.append(
            "The database has no amcheck extension, so its pages were not checked "
            "(a superuser can add it: CREATE EXTENSION amcheck)."
        )
        return
    savepoint = conn.begin_nested()
    try:
        _amcheck(conn, report, full)
    except SQLAlchemyError as exc:  # not allowed to this role, or an old amcheck
        savepoint.rollback()
        orig = getattr(exc, "orig", None) or exc
        report.storage_notes.append(f"amcheck could not run: {str(orig).strip()}")
        return
    savepoint.commit()
    report.storage_check = "amcheck_full" if full else "amcheck"


def _server_foreign_keys(conn: Connection, report: CheckReport) -> int:
    """Rows whose reference names no row; the number of references not checked
    because row-level security hides rows of their tables from this role."""
    quote = conn.dialect.identifier_preparer.quote
    hidden = 0
    for table, parent, columns, parent_columns, secured, has_id in conn.exec_driver_sql(
        _SERVER_FOREIGN_KEYS
    ).all():
        if secured:
            hidden += 1
            continue
        match = " AND ".join(
            f"p.{quote(pc)} = c.{quote(cc)}" for cc, pc in zip(columns, parent_columns, strict=True)
        )
        present = " AND ".join(f"c.{quote(cc)} IS NOT NULL" for cc in columns)
        key = "c.id::text" if has_id else "c.ctid::text"
        order = "c.id" if has_id else "c.ctid"
        rows = conn.exec_driver_sql(
            f"SELECT {key} FROM {quote(table)} c WHERE {present} AND NOT EXISTS"
            f" (SELECT 1 FROM {quote(parent)} p WHERE {match}) ORDER BY {order}"
        ).scalars()
        for rowid in rows:
            report.add(
                "postgresql.foreign_key",
                f"Row {rowid} of table {table} refers to a row of {parent} that does not exist.",
                f"{table}#{rowid}",
            )
    return hidden


def _amcheck(conn: Connection, report: CheckReport, full: bool) -> None:
    """``verify_heapam`` of each table, ``bt_index_check`` of each B-tree index.

    A damaged index makes ``bt_index_check`` raise; it runs in a savepoint of its
    own, so the error is a finding and the check goes on with the next one.
    """
    for oid, name, kind, _method in conn.exec_driver_sql(_SERVER_RELATIONS).all():
        if kind != "i":
            problems = conn.exec_driver_sql(
                "SELECT blkno, offnum, msg FROM verify_heapam(%(oid)s::oid::regclass) LIMIT 6",
                {"oid": oid},
            ).all()
            if problems:
                shown = "; ".join(f"page {b}, item {o}: {m}" for b, o, m in problems[:5])
                more = " (and more)" if len(problems) > 5 else ""
                report.add(
                    "postgresql.storage",
                    f"amcheck found damage in table {name}: {shown}{more}. "
                    "Restore from a dump or a replica of the server.",
                    name,
                )
            continue
        savepoint = conn.begin_nested()
        try:
            conn.exec_driver_sql(
                "SELECT bt_index_check(%(oid)s::oid::regclass, %(full)s)",
                {"oid": oid, "full": full},
            )
        except SQLAlchemyError as exc:
            savepoint.rollback()
            orig = getattr(exc, "orig", None)
            # XX001 data_corrupted, XX002 index_corrupted; anything else is no finding
            if getattr(orig, "sqlstate", "") not in ("XX001", "XX002"):
                raise
            report.add(
                "postgresql.storage",
                f"amcheck found index {name} damaged: {str(orig).strip()}. "
                f"REINDEX INDEX {name} rebuilds it from its table.",
                name,
            )
        else:
            savepoint.commit()


# --- rule checks ------------------------------------------------------------


def _deal_label(deal_id: int, name: str | None) -> str:
    return f"deal '{name}' (deals id {deal_id})"


def _as_list(raw: Any) -> list[str]:
    if raw is None or raw == "":
        return []
    if isinstance(raw, str):
        try:
            raw = json.loads(raw)
        except ValueError:
            return []
    return [str(x) for x in raw] if isinstance(raw, list) else []


def _stages_needing_elements(method: Methodology) -> frozenset[str]:
    """Stages a deal may only stand in with the five elements verified.

    Asked of the gate itself (entering the stage from P1 with nothing
    verified), so the check and the service enforce the same rule.
    """
    return frozenset(
        stage
        for stage in STAGE_VALUES
        if gate_for(DealFacts(stage=STAGE_VALUES[0]), stage, method).unverified_elements
    )


def _sql_in(values: Sequence[str]) -> str:
    """``('a', 'b')`` for a NOT IN of the application's own constant values."""
    return "(" + ", ".join("'" + v.replace("'", "''") + "'" for v in values) + ")"


def _check_values(conn: Connection, report: CheckReport, _shared: _Shared) -> None:
    """Stage and status values the application does not know."""
    allowed_stages = ", ".join(STAGE_VALUES)
    allowed_status = ", ".join(STATUS_VALUES)
    # SQL picks the suspects (most workspaces have none); Python words them.
    stages, statuses = _sql_in(STAGE_VALUES), _sql_in(STATUS_VALUES)
    for deal_id, name, stage, status in conn.execute(
        text(
            "SELECT id, name, stage, status FROM deals"
            f" WHERE stage IS NULL OR stage NOT IN {stages}"
            f" OR status IS NULL OR status NOT IN {statuses} ORDER BY id"
        )
    ).all():
        label = _deal_label(deal_id, name)
        if stage not in STAGE_VALUES:
            report.add(
                "deal.stage_unknown",
                f"The {label} has stage '{stage}', which is not one of {allowed_stages}.",
                f"deals#{deal_id}",
            )
        if status not in STATUS_VALUES:
            report.add(
                "deal.status_unknown",
                f"The {label} has status '{status}', which is not one of {allowed_status}.",
                f"deals#{deal_id}",
            )
    rows = conn.execute(
        text(
            "SELECT sc.id, sc.deal_id, d.name, sc.from_stage, sc.to_stage, sc.from_status,"
            " sc.to_status FROM stage_changes sc LEFT JOIN deals d ON d.id = sc.deal_id"
            f" WHERE sc.to_stage IS NULL OR sc.to_stage NOT IN {stages}"
            f" OR (sc.from_stage IS NOT NULL AND sc.from_stage NOT IN {stages})"
            f" OR sc.from_status IS NULL OR sc.from_status NOT IN {statuses}"
            f" OR sc.to_status IS NULL OR sc.to_status NOT IN {statuses}"
            " ORDER BY sc.id"
        )
    )
    for sc_id, deal_id, name, from_stage, to_stage, from_status, to_status in rows:
        where = f"stage_changes#{sc_id}"
        label = f"stage history entry {sc_id} of the {_deal_label(deal_id, name)}"
        bad_stages = [s for s in (from_stage, to_stage) if s is not None and s not in STAGE_VALUES]
        if to_stage is None or bad_stages:
            shown = ", ".join(f"'{s}'" for s in bad_stages) or "no target stage"
            report.add(
                "deal.stage_unknown",
                f"The {label} names {shown}; stages are {allowed_stages}.",
                where,
            )
        bad_status = [s for s in (from_status, to_status) if s not in STATUS_VALUES]
        if bad_status:
            shown = ", ".join(f"'{s}'" for s in bad_status)
            report.add(
                "deal.status_unknown",
                f"The {label} names status {shown}; statuses are {allowed_status}.",
                where,
            )


@dataclass
class _History:
    """What the rule checks need of the stage history, from one pass over it.

    ``last``: each deal's latest entry; ``breaks``: by deal, each entry that
    does not start where the one before it ended, with that one; ``forced``:
    (deal, unmet list) of each forced move. Entries are rows (deal_id, id,
    from_stage, from_status, to_stage, to_status, unmet if forced).
    """

    last: dict[int, Any] = field(default_factory=dict)
    breaks: dict[int, list[tuple[Any, Any]]] = field(default_factory=dict)
    forced: list[tuple[int, Any]] = field(default_factory=list)


def _history(conn: Connection) -> _History:
    """One scan of stage_changes in each deal's order, walked once in Python."""
    rows = conn.execute(
        text(
            "SELECT deal_id, id, from_stage, from_status, to_stage, to_status,"
            " CASE WHEN forced THEN unmet END FROM stage_changes"
            # "+deal_id": a scan and one sort, not a lookup per row through the
            # deal_id index (half the time on the large sample).
            " ORDER BY +deal_id, at, id"
        )
    ).all()
    history = _History()
    last = history.last
    before: Any = None
    for entry in rows:
        deal_id = entry[0]
        # Each entry starts where the one before ended: a write that decided
        # on a stale read (two writers at once) breaks this chain.
        if (
            before is not None
            and before[0] == deal_id
            and (entry[2] != before[4] or entry[3] != before[5])
        ):
            history.breaks.setdefault(deal_id, []).append((before, entry))
        last[deal_id] = before = entry
        if entry[6] is not None:
            history.forced.append((deal_id, entry[6]))
    return history


class _Shared:
    """What several rule checks need, read once per check: the method and the
    stage history (the history check and the five-elements check both use it;
    reading it twice was a second pass over every stage change)."""

    def __init__(self, method: Methodology) -> None:
        self.method = method
        self._history: _History | None = None

    def history(self, conn: Connection) -> _History:
        if self._history is None:
            self._history = _history(conn)
        return self._history


def _check_history(conn: Connection, report: CheckReport, shared: _Shared) -> None:
    """A deal's stage and status are those of its latest history entry."""
    history = shared.history(conn)
    for deal_id, name, stage, status in conn.execute(
        text("SELECT id, name, stage, status FROM deals ORDER BY id")
    ).all():
        last = history.last.get(deal_id)
        if (
            last is not None
            and last[4] == stage
            and last[5] == status
            and deal_id not in history.breaks
        ):
            continue  # the common case, kept cheap: 20,000 deals on the large sample
        label = _deal_label(deal_id, name)
        if last is None:
            report.add(
                "deal.history",
                f"The {label} has no stage history; its stage {stage} cannot be traced.",
                f"deals#{deal_id}",
            )
            continue
        for before, entry in history.breaks.get(deal_id, ()):
            report.add(
                "deal.history_chain",
                f"The {label}'s history entry stage_changes id {entry[1]} starts at "
                f"{entry[2]}/{entry[3]}, but the entry before it "
                f"(id {before[1]}) ended at {before[4]}/{before[5]}.",
                f"stage_changes#{entry[1]}",
            )
        if last[4] != stage:
            report.add(
                "deal.history",
                f"The {label} is in stage {stage} but its latest history entry "
                f"(stage_changes id {last[1]}) moved it to {last[4]}.",
                f"deals#{deal_id}",
            )
        if last[5] != status:
            report.add(
                "deal.history",
                f"The {label} has status '{status}' but its latest history entry "
                f"(stage_changes id {last[1]}) set '{last[5]}'.",
                f"deals#{deal_id}",
            )


def _check_five_elements(conn: Connection, report: CheckReport, shared: _Shared) -> None:
    """Open deals in P3 or later need the five elements verified, or a forced move
    that recorded them as unmet."""
    method = shared.method
    five = [e.id for e in method.five_elements]
    needs = _stages_needing_elements(method)
    if not needs or not five:
        return
    # SQL finds the open deals the rule applies to that lack some element (a
    # few among thousands); Python reads their elements and the forced moves.
    count = (
        "(SELECT COUNT(DISTINCT fe.element) FROM five_elements fe WHERE fe.deal_id = d.id"
        f" AND fe.status = 'verified' AND fe.element IN {_sql_in(five)})"
    )
    lacking = f"d.status = 'open' AND d.stage IN {_sql_in(sorted(needs))} AND {count} < {len(five)}"
    deals = conn.execute(
        text(f"SELECT d.id, d.name, d.stage FROM deals d WHERE {lacking} ORDER BY d.id")
    ).all()
    if not deals:
        return
    verified: dict[int, set[str]] = defaultdict(set)
    for deal_id, element in conn.execute(
        text(
            "SELECT fe.deal_id, fe.element FROM deals d JOIN five_elements fe"
            f" ON fe.deal_id = d.id WHERE fe.status = 'verified' AND {lacking}"
        )
    ).all():
        verified[deal_id].add(element)
    explained: dict[int, set[str]] = defaultdict(set)
    for deal_id, unmet in shared.history(conn).forced:
        explained[deal_id].update(_as_list(unmet))
    for deal_id, name, stage in deals:
        missing = [e for e in five if e not in verified[deal_id]]
        unexplained = [e for e in missing if e not in explained[deal_id]]
        if unexplained:
            report.add(
                "deal.five_elements",
                f"The {_deal_label(deal_id, name)} is open in {stage} with "
                f"{len(five) - len(missing)} of {len(five)} elements verified; "
                f"{', '.join(unexplained)} not verified and no forced move records it.",
                f"deals#{deal_id}",
            )


def _transfers(conn: Connection, deal_ids: Sequence[int]) -> dict[int, list[Transfer]]:
    """The transfers of some deals; before schema 0003 kept them, one per paid instalment."""
    from sqlalchemy import select

    from model.entities import Instalment, Payment

    stmt: Any
    if "payments" in _tables(conn):
        stmt = select(
            Instalment.deal_id, Instalment.id, Instalment.seq, Payment.amount, Payment.received_on
        ).join(Payment, Payment.instalment_id == Instalment.id)
    else:
        stmt = select(
            Instalment.deal_id,
            Instalment.id,
            Instalment.seq,
            Instalment.received_amount,
            Instalment.received_on,
        ).where(Instalment.received_on.is_not(None), Instalment.received_amount > 0)
    out: dict[int, list[Transfer]] = defaultdict(list)
    for deal_id, inst, seq, amount, on in conn.execute(
        stmt.where(Instalment.deal_id.in_(list(deal_ids)))
    ).all():
        out[int(deal_id)].append(Transfer(int(inst), int(seq or 0), float(amount or 0.0), on))
    return out


_FIRST_PAYMENT_PROBLEMS = {
    "no_contract": "has no signed contract",
    "no_contract_value": "has no contract value to measure its first payment against",
    "no_payment": "has no received first instalment",
}


def _check_won(conn: Connection, report: CheckReport, shared: _Shared) -> None:
    """Won means P7, a signed contract with a value, and a first payment ≥ the minimum.

    The rule is :func:`model.rules.payments.first_payment`, as for the won gate.
    """
    rows = conn.execute(
        text(
            "SELECT id, name, stage, contract_signed_on, contract_value FROM deals"
            " WHERE status = 'won' ORDER BY id"
        )
    ).all()
    transfers = _transfers(conn, [int(r[0]) for r in rows])
    share = shared.method.FIRST_PAYMENT_MIN
    for deal_id, name, stage, signed_on, contract_value in rows:
        facts = PaymentFacts(
            contract_signed=signed_on is not None,
            contract_value=float(contract_value) if contract_value is not None else None,
            transfers=tuple(transfers.get(deal_id, ())),
        )
        label = _deal_label(deal_id, name)
        where = f"deals#{deal_id}"
        if stage != Stage.P7.value:
            report.add(
                "deal.won_rule",
                f"The {label} is won but stands in {stage}; a deal is won only in P7.",
                where,
            )
        paid = first_payment(facts, share)
        if paid.ok:
            continue
        problem = _FIRST_PAYMENT_PROBLEMS.get(
            paid.problem,
            f"received a first instalment of {paid.ratio or 0.0:.0%} of the contract value",
        )
        report.add(
            "deal.won_rule",
            f"The {label} is won but {problem}; the method requires a signed contract and "
            f"a first payment of at least {share:.0%} (P7.RULE.FIRST_PAYMENT_MIN).",
            where,
        )


def _check_payments(conn: Connection, report: CheckReport, _shared: _Shared) -> None:
    """An instalment's received total and day are the sum and latest day of its transfers."""
    if "payments" not in _tables(conn):  # a workspace from before transfers were kept
        return
    rows = conn.execute(
        text(
            "SELECT i.id, i.deal_id, d.name, i.seq, i.received_amount, i.received_on,"
            " COALESCE(SUM(p.amount), 0), MAX(p.received_on) FROM instalments i"
            " LEFT JOIN payments p ON p.instalment_id = i.id"
            " LEFT JOIN deals d ON d.id = i.deal_id"
            " GROUP BY i.id, i.deal_id, d.name, i.seq, i.received_amount, i.received_on"
            " ORDER BY i.id"
        )
    )
    for iid, deal_id, name, seq, received, received_on, total, latest in rows:
        same_day = (received_on is None) == (latest is None) and str(received_on) == str(latest)
        if abs(float(received or 0.0) - float(total)) <= 0.005 and same_day:
            continue
        report.add(
            "instalment.payments",
            f"Instalment {seq} of the {_deal_label(deal_id, name)} records "
            f"{float(received or 0.0):,.2f} received on {received_on or 'no day'}, but its "
            f"transfers add up to {float(total):,.2f}, the latest on {latest or 'no day'}.",
            f"instalments#{iid}",
        )


def _cycles(parent: dict[int, int | None]) -> list[list[int]]:
    """Loops in a child → parent map, each once, starting at its smallest id."""
    state: dict[int, int] = {}  # 1 on the current path, 2 done
    found: list[list[int]] = []
    for start in sorted(parent):
        path: list[int] = []
        node: int | None = start
        while node is not None and node in parent and state.get(node) is None:
            state[node] = 1
            path.append(node)
            node = parent[node]
        if node is not None and state.get(node) == 1:
            loop = path[path.index(node) :]
            low = loop.index(min(loop))
            found.append(loop[low:] + loop[:low])
        for n in path:
            state[n] = 2
    return found


def _check_reports_to(conn: Connection, report: CheckReport, _shared: _Shared) -> None:
    """Reports-to loops among customer people and our team; managers across accounts."""
    for table, what in (("people", "customer people"), ("team_members", "team members")):
        names: dict[int, str] = {}
        parent: dict[int, int | None] = {}
        for ident, name, manager in conn.execute(
            text(f"SELECT id, name, manager_id FROM {table}")
        ).all():
            names[ident], parent[ident] = name, manager
        for loop in _cycles(parent):
            chain = " → ".join(f"{names[i]} (id {i})" for i in [*loop, loop[0]])
            report.add(
                "reports_to.cycle",
                f"Reports-to loop among {what} in {table}: {chain}.",
                f"{table}#{loop[0]}",
            )
    for pid, name, account, mid, manager, other in conn.execute(
        text(
            "SELECT p.id, p.name, p.account_id, m.id, m.name, m.account_id FROM people p"
            " JOIN people m ON m.id = p.manager_id WHERE m.account_id <> p.account_id"
            " ORDER BY p.id"
        )
    ).all():
        report.add(
            "person.manager_account",
            f"{name} (people id {pid}, account {account}) reports to {manager} "
            f"(people id {mid}), who works at another account ({other}).",
            f"people#{pid}",
        )


def _check_support(conn: Connection, report: CheckReport, _shared: _Shared) -> None:
    """Support toward us is -2 (strong opponent) to +2 (strong supporter)."""
    bounds = f"{SUPPORT_MIN}..{SUPPORT_MAX}"
    for pid, name, support in conn.execute(
        text(
            "SELECT id, name, support FROM people WHERE support < :lo OR support > :hi"
            " OR support IS NULL ORDER BY id"
        ),
        {"lo": SUPPORT_MIN, "hi": SUPPORT_MAX},
    ).all():
        report.add(
            "support.range",
            f"{name} (people id {pid}) has support {support}, outside {bounds}.",
            f"people#{pid}",
        )
    for rid, deal_id, deal, person, support in conn.execute(
        text(
            "SELECT r.id, r.deal_id, d.name, p.name, r.support FROM deal_roles r"
            " LEFT JOIN deals d ON d.id = r.deal_id LEFT JOIN people p ON p.id = r.person_id"
            " WHERE r.support < :lo OR r.support > :hi OR r.support IS NULL ORDER BY r.id"
        ),
        {"lo": SUPPORT_MIN, "hi": SUPPORT_MAX},
    ).all():
        report.add(
            "support.range",
            f"{person}'s role in the {_deal_label(deal_id, deal)} (deal_roles id {rid}) "
            f"has support {support}, outside {bounds}.",
            f"deal_roles#{rid}",
        )


_RULE_CHECKS: tuple[Callable[[Connection, CheckReport, _Shared], None], ...] = (
    _check_values,
    _check_history,
    _check_five_elements,
    _check_won,
    _check_payments,
    _check_reports_to,
    _check_support,
)


# --- output -------------------------------------------------------------------


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


_SERVER_STORAGE = {
    "references": "PostgreSQL, references between tables",
    "amcheck": "PostgreSQL, references and amcheck of every table and index "
    "(run with --full to match each index with its table)",
    "amcheck_full": "PostgreSQL, references and amcheck of every table and index, "
    "each index matched with its table (full)",
}


def format_report(report: CheckReport) -> str:
    """The report as text for a terminal or a support mail."""
    lines = [f"Workspace: {report.target}"]
    if report.revision is None:
        lines.append(f"Schema: none (this version: {report.head})")
    elif report.revision == report.head:
        lines.append(f"Schema: {report.revision} (current)")
    elif "schema.newer" in report.codes:
        lines.append(f"Schema: {report.revision} (newer than this version's {report.head})")
    else:
        lines.append(
            f"Schema: {report.revision} (older than {report.head}; the application "
            "upgrades it when opening it, after a backup)"
        )
    if report.storage_check == "quick_check":
        lines.append("Storage: SQLite quick_check (run with --full for the full integrity_check)")
    elif report.storage_check == "integrity_check":
        lines.append("Storage: SQLite integrity_check (full)")
    elif report.storage_check is not None:
        lines.append(f"Storage: {_SERVER_STORAGE[report.storage_check]}")
    lines.extend(f"  {note}" for note in report.storage_notes)
    if report.ok:
        lines.append("No problems found.")
        return "\n".join(lines)
    lines.append(f"{_plural(len(report.findings), 'problem')} found:")
    lines.extend(_finding_lines(report.findings))
    if not report.rules_checked:
        lines.append("The method's rules were not checked.")
    return "\n".join(lines)


def _finding_lines(findings: Iterable[Finding]) -> list[str]:
    return [f"  [{f.code}] {f.where + ': ' if f.where else ''}{f.message}" for f in findings]
