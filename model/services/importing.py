"""Write an :class:`~model.importing.plan.ImportPlan` into the workspace: one undoable step.

:func:`apply_import` writes every ``create`` and ``merge`` row of a plan in the
caller's transaction, in bulk (Core inserts of many rows: an import of 100,000
deals must not build 100,000 ORM objects), and returns the
:class:`~model.changes.Changes` with ``undo`` holding what
:func:`undo_import` needs: the ids it created per table, and for each merged
row the fields it filled with their old and new values and the row's version
before and after. Rejected and skipped rows write nothing.

- An imported deal enters its stage once, with one history entry whose reason
  says it was imported (``Imported from FILE``); it does not pass through the
  stages before. A deal in P3 or later did not pass the method's gates in this
  workspace, so the entry is *forced* and names what was unmet — no exit
  criterion or verified element is made up — and it is recorded as approved at
  the import (an import is not a rep's judgement waiting for a manager). An
  open deal in P3 or later starts its protection period, as a deal created
  there does. No stage tasks are created: the deal did not enter its stage
  now.
- A merge fills fields that are empty and never overwrites a value (the plan
  lists those as conflicts); a field that was filled since the plan was made
  is left as it is.
- The audit log gets a ``create`` entry per created row and an ``update``
  entry per filled field; private attributes are logged redacted.

:func:`undo_import` deletes what the import created and puts the merged fields
back, refusing (:class:`~model.errors.EditConflict`, nothing changed) when a
created or merged row was edited since, or when rows added since hang off
what the import created (undoing would delete them too). It returns in
``undo`` the deleted rows, for :func:`redo_import` to put back with the same
ids and UUIDs.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from operator import itemgetter
from typing import Any

from sqlalchemy import (
    Connection,
    Table,
    case,
    delete,
    func,
    insert,
    literal,
    or_,
    select,
    update,
)
from sqlalchemy.orm import Session

from model import audit
from model.base import Base, utcnow
from model.changes import Changes, Ref, kind_of_table
from model.entities import PRIVATE_FIELDS, AuditEntry
from model.enums import Stage
from model.errors import EditConflict, term
from model.gates import DealFacts, gate_for
from model.importing.dedupe import name_key
from model.importing.plan import ImportPlan, PlannedRow, Progress, cancelled
from model.services.common import changed_meanwhile, rowcount
from model.services.deals import _protection_end

AUDIT: Table = AuditEntry.__table__  # type: ignore[assignment]

CHUNK = 5000
"""Rows per statement and per progress step; ids per ``IN (...)``."""

# Tables an import writes, parents first (the order inserts go in; deletes go backwards).
CREATED_TABLES: tuple[str, ...] = (
    "team_members",
    "competitors",
    "accounts",
    "people",
    "people_private",
    "deals",
    "stage_changes",
    "activities",
    "activity_people",
)
_ENTITY_TABLE = {
    "accounts": "accounts",
    "people": "people",
    "deals": "deals",
    "activities": "activities",
}
_COLUMN_NAMES: dict[str, frozenset[str]] = {
    name: frozenset(c.name for c in Base.metadata.tables[name].c if c.name != "id")
    for name in ("accounts", "people", "deals", "activities")
}
_PROTECTED = frozenset(s.value for s in Stage if s.number >= 3)
"""Stages of a valid opportunity: an open deal there is protected (P3.PROTECT.2)."""
_SHOWN = ("team_members", "competitors", "accounts", "people", "deals", "activities")
"""Tables whose created rows are named in Changes (the views show them)."""


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def _chunks(items: Sequence[Any], size: int = CHUNK) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _among(column: Any, ids: Iterable[int], runs_per_clause: int = 200) -> Iterable[Any]:
    """Conditions "``column`` is one of ``ids``", a statement's worth each.

    An import's ids are a few runs of consecutive numbers: ``BETWEEN`` each run
    instead of an ``IN`` list of a hundred thousand parameters.
    """
    runs: list[tuple[int, int]] = []
    for ident in sorted(set(ids)):
        if runs and ident == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], ident)
        else:
            runs.append((ident, ident))
    for part in _chunks(runs, runs_per_clause):
        yield or_(*(column.between(lo, hi) if lo != hi else column == lo for lo, hi in part))


class _Writer:
    """One import's writes: inserts in bulk, the audit entries, what undo needs."""

    def __init__(
        self, session: Session, source: str, progress: Progress | None, total: int
    ) -> None:
        self.session = session
        self.source = source
        self.progress = progress
        self.total = max(total, 1)
        self.done = 0
        self.now = utcnow()
        self.who = audit.who(session)
        self.member = audit.member(session)
        self.created: dict[str, list[int]] = {name: [] for name in CREATED_TABLES}
        self.merged: list[dict[str, Any]] = []
        self.audit_rows: list[dict[str, Any]] = []
        self.affects: set[int] = set()

    def step(self, rows: int) -> None:
        self.done += rows
        if (
            self.progress is not None
            and self.progress(min(self.done, self.total), self.total) is False
        ):
            raise cancelled()

    def insert(
        self, name: str, rows: list[dict[str, Any]], *, count: bool = True, log: bool = True
    ) -> list[int]:
        """Insert entity rows (uuid, times and version set here); their ids in order."""
        if not rows:
            return []
        table = _table(name)
        now = self.now
        for row, uuid in zip(rows, uuids(len(rows)), strict=True):
            row["uuid"] = uuid
            row["created_at"] = row["updated_at"] = now
            row["version"] = 1
        _complete(table, rows)
        conn = self.session.connection()
        ids: list[int] = []
        preset = conn.dialect.name == "sqlite"
        if preset:
            # The write lock is held (BEGIN IMMEDIATE): the ids SQLite would pick, given
            # here so that the rows go in by executemany, without RETURNING.
            last = conn.execute(select(func.max(table.c.id))).scalar() or 0
            ids = list(range(last + 1, last + 1 + len(rows)))
            for ident, row in zip(ids, rows, strict=True):
                row["id"] = ident
        for chunk in _chunks(rows):
            if preset:
                _executemany(conn, table, chunk)
            else:
                stmt = insert(table).returning(table.c.id, sort_by_parameter_order=True)
                ids.extend(int(i) for i in conn.execute(stmt, list(chunk)).scalars())
            if count:
                self.step(len(chunk))
        self.created[name].extend(ids)
        if not log:
            return ids
        base = self.entry("create", kind_of_table(name), 0, "")
        if preset:  # the ids are one range: the log's rows are read from the table's
            keys = list(base)
            columns = [
                table.c.id
                if k == "entity_id"
                else table.c.uuid
                if k == "entity_uuid"
                else literal(base[k], AUDIT.c[k].type)
                for k in keys
            ]
            conn.execute(
                insert(AUDIT).from_select(
                    keys, select(*columns).where(table.c.id.between(ids[0], ids[-1]))
                )
            )
            return ids
        self.audit_rows.extend(
            {**base, "entity_id": ident, "entity_uuid": row["uuid"]}
            for ident, row in zip(ids, rows, strict=True)
        )
        return ids

    def entry(
        self,
        action: str,
        kind: str,
        ident: int,
        uuid: str,
        field: str = "",
        old: Any = None,
        new: Any = None,
    ) -> dict[str, Any]:
        return _log_entry(self.session, self.now, action, kind, ident, uuid, field, old, new)

    def flush_audit(self) -> None:
        conn = self.session.connection()
        for chunk in _chunks(self.audit_rows):
            _executemany(conn, AUDIT, chunk)
        self.audit_rows = []


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, date | datetime):
        return value.isoformat()
    return str(value)


def _complete(table: Table, rows: list[dict[str, Any]]) -> None:
    """Give every row every column (a bulk insert needs the same keys in each): a missing
    one its column's default, or None. The rows are replaced in ``rows``."""
    scalars: dict[str, Any] = {}
    makers: dict[str, Any] = {}
    for column in table.c:
        if column.name == "id":
            continue
        default: Any = column.default
        if default is None or default.is_scalar:
            scalars[column.name] = default.arg if default is not None else None
        else:  # a callable (a list, a dict): one value per row
            makers[column.name] = default.arg
    for index, row in enumerate(rows):
        full = {**scalars, **row}
        for key, make in makers.items():
            if key not in row:
                full[key] = make(None)
        rows[index] = full


def _uuid_start() -> tuple[str, int]:
    """The fixed head of a batch of version 7 UUIDs (the time in milliseconds) and
    where its counter starts (random, with room to count up)."""
    millis = time.time_ns() // 1_000_000 & (1 << 48) - 1
    h = f"{millis:012x}"
    start = int.from_bytes(os.urandom(8)) >> 10  # 54 random bits
    return f"{h[:8]}-{h[8:12]}-7000-", start


def uuids(count: int) -> list[str]:
    """``count`` new UUIDs as text, time-ordered (version 7, RFC 9562).

    Random (version 4) UUIDs, as :func:`model.base.new_uuid` makes one at a
    time, land all over a unique index; an import's hundred thousand rows then
    cost as much in the ``uuid`` index as in their table. Version 7 UUIDs start
    with the time in milliseconds and here go on with a counter from a random
    start (the variant bits, then 62 bits of counter), so a batch enters the
    index in order — and stays as unique.

    >>> a, b = uuids(2)
    >>> a < b, a[14], a[19] in "89ab", len(a)
    (True, '7', True, 36)
    """
    head, start = _uuid_start()
    mask = (1 << 48) - 1
    return [f"{head}{0x8000 | n >> 48:04x}-{n & mask:012x}" for n in range(start, start + count)]


def _converted(values: Sequence[Any], process: Any) -> tuple[Any, ...]:
    """``process`` applied to each value, once per distinct value: a few hundred days
    among a hundred thousand deals, one unmet list per stage (by identity: a list
    cannot be a key)."""
    by_value = not any(isinstance(v, list | dict) for v in values[:100])
    done: dict[Any, Any] = {}
    out: list[Any] = []
    append = out.append
    for v in values:
        key = v if by_value else id(v)
        converted = done.get(key, done)
        if converted is done:
            converted = done[key] = process(v)
        append(converted)
    return tuple(out)


def _executemany(conn: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert rows that all have the same keys.

    On SQLite the statement goes to the driver's executemany with the values
    converted once per column where every row holds the same one (the import's
    time stamps): SQLAlchemy's per-row parameter processing was most of the time
    of a large import. Other databases take the Core insert.
    """
    if not rows:
        return
    if conn.dialect.name != "sqlite":
        conn.execute(insert(table), list(rows))
        return
    keys = list(rows[0])
    dialect = conn.dialect
    quote = dialect.identifier_preparer.quote
    columns = list(zip(*map(itemgetter(*keys), rows), strict=True)) if len(keys) > 1 else None
    if columns is None:
        columns = [tuple(row[keys[0]] for row in rows)]
    for index, key in enumerate(keys):
        process = table.c[key].type.dialect_impl(dialect).bind_processor(dialect)
        if process is None:
            continue
        values = columns[index]
        first = values[0]
        if all(v is first for v in values):  # the import's time stamp, a flag, None
            columns[index] = (process(first),) * len(values)
            continue
        columns[index] = _converted(values, process)
    sql = "INSERT INTO {} ({}) VALUES ({})".format(
        quote(table.name), ", ".join(quote(k) for k in keys), ", ".join("?" * len(keys))
    )
    conn.exec_driver_sql(sql, list(zip(*columns, strict=True)))


def _fillable(key: str, current: Any) -> bool:
    """Whether a merge may write a field holding ``current``: only an empty one."""
    return current in (None, "") or (key in ("amount", "support") and current in (0, 0.0))


def _columns(name: str, record: Mapping[str, object]) -> dict[str, Any]:
    columns = _COLUMN_NAMES[name]
    return {k: v for k, v in record.items() if k in columns}


def apply_import(
    session: Session,
    plan: ImportPlan,
    *,
    source_name: str,
    progress: Progress | None = None,
) -> Changes:
    """Write ``plan`` in the caller's transaction; ``Changes.undo`` is what :func:`undo_import`
    takes. ``progress(done, total)`` returning False cancels (:class:`ImportCancelled`; the
    caller rolls the transaction back, so nothing is written)."""
    conn = session.connection()
    if conn.dialect.name != "sqlite":
        return _apply(session, plan, source_name, progress)
    # A large import touches every page of several indexes: SQLite's page cache
    # (2 MB by default) would read them back over and over. 64 MB for this write.
    cache = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    conn.exec_driver_sql("PRAGMA cache_size=-65536")
    try:
        return _apply(session, plan, source_name, progress)
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size={int(cache or -2000)}")


def _apply(
    session: Session, plan: ImportPlan, source_name: str, progress: Progress | None
) -> Changes:
    creates = [r for r in plan.rows if r.action == "create"]
    merges = [r for r in plan.rows if r.action == "merge" and r.match_line is None and r.fills]
    w = _Writer(session, source_name, progress, len(creates) + len(merges))
    competitor_keys = list(plan.new_competitors)
    competitors = dict(
        zip(
            competitor_keys,
            w.insert(
                "competitors",
                [{"name": plan.new_competitors[k]} for k in competitor_keys],
                count=False,
            ),
            strict=True,
        )
    )
    member_keys = list(plan.new_members)
    members = dict(
        zip(
            member_keys,
            w.insert(
                "team_members",
                [{"name": plan.new_members[k], "role": "rep"} for k in member_keys],
                count=False,
            ),
            strict=True,
        )
    )
    account_keys = list(plan.new_accounts)
    accounts = dict(
        zip(
            account_keys,
            w.insert(
                "accounts", [{"name": plan.new_accounts[k]} for k in account_keys], count=False
            ),
            strict=True,
        )
    )

    def account_of(row: PlannedRow) -> int:
        ident = row.record.get("account_id")
        if ident is None:
            ident = accounts[str(row.refs["account"])]
        return int(str(ident))

    def columns(name: str, row: PlannedRow) -> dict[str, Any]:
        record = _columns(name, row.record)
        if "owner" in row.refs:
            record["owner_id"] = members[str(row.refs["owner"])]
        return record

    if plan.kind == "accounts":
        w.insert("accounts", [columns("accounts", r) for r in creates])
    elif plan.kind == "people":
        _create_people(w, creates, account_of)
    elif plan.kind == "deals":
        _create_deals(w, creates, account_of, competitors, columns)
    else:
        _create_activities(w, creates, account_of)
    _merge(w, plan, merges, members)
    w.flush_audit()
    session.expire_all()
    created: list[Ref] = [
        (kind, i) for name in _SHOWN for kind in [kind_of_table(name)] for i in w.created[name]
    ]
    updated: list[Ref] = [(kind_of_table(m["table"]), m["id"]) for m in w.merged]
    new_accounts = set(w.created["accounts"])
    return Changes.of(
        created=created,
        updated=updated,
        affects=[("account", a) for a in sorted(w.affects - new_accounts)],
        undo={
            "import": source_name,
            "created": {k: v for k, v in w.created.items() if v},
            "merged": w.merged,
        },
    )


def _create_people(w: _Writer, rows: list[PlannedRow], account_of: Any) -> None:
    values = []
    for row in rows:
        record = _columns("people", row.record)
        record["account_id"] = account_of(row)
        w.affects.add(record["account_id"])
        values.append(record)
    ids = w.insert("people", values)
    private: list[dict[str, Any]] = []
    for ident, row in zip(ids, rows, strict=True):
        found = {k: row.record[k] for k in PRIVATE_FIELDS if row.record.get(k) not in (None, "")}
        if found:
            private.append({"person_id": ident, **{k: "" for k in PRIVATE_FIELDS}, **found})
    for chunk in _chunks(private):
        _executemany(w.session.connection(), _table("people_private"), chunk)
    w.created["people_private"].extend(p["person_id"] for p in private)


def _create_deals(
    w: _Writer,
    rows: list[PlannedRow],
    account_of: Any,
    competitors: Mapping[str, int],
    columns: Any,
) -> None:
    protection = _protection_end(w.session)
    base_of: dict[str, dict[str, Any]] = {}
    values = []
    for row in rows:
        record = columns("deals", row)
        record["account_id"] = account_of(row)
        w.affects.add(record["account_id"])
        if "lost_to" in row.refs:
            record["lost_to_id"] = competitors[str(row.refs["lost_to"])]
        stage, status = str(record["stage"]), str(record["status"])
        record["stage_entered_at"] = w.now
        if status == "open":
            if stage in _PROTECTED:
                record["protection_expires"] = protection
        else:
            record["closed_on"] = record.get("expected_close")
        if status != "lost":
            record.pop("lost_to_id", None)
        values.append(record)
    ids = w.insert("deals", values)
    base = {
        "from_stage": None,
        "from_status": "open",
        "at": w.now,
        "by_id": w.member,
        "reason": f"Imported from {w.source}",
        "approved_by_id": None,
    }
    for stage in {str(record["stage"]) for record in values}:
        gate = gate_for(DealFacts(stage=Stage.P1.value), stage)
        unmet = list(gate.unmet_ids) if Stage(stage).number >= 3 and not gate.met else []
        # Forced past what was unmet, and approved by the import itself (see the module).
        base_of[stage] = {
            **base,
            "to_stage": stage,
            "forced": bool(unmet),
            "unmet": unmet,
            "approved_at": w.now if unmet else None,
        }
    if ids and w.session.connection().dialect.name == "sqlite":
        _history_from_deals(w, ids[0], ids[-1], base_of)
        return
    history = [
        {**base_of[record["stage"]], "deal_id": ident, "to_status": record["status"]}
        for ident, record in zip(ids, values, strict=True)
    ]
    # The history entries are part of each deal's creation: one log entry per deal is enough.
    w.insert("stage_changes", history, count=False, log=False)


def _history_from_deals(
    w: _Writer, first: int, last: int, base_of: Mapping[str, Mapping[str, Any]]
) -> None:
    """The deals' history entries (one each, ``base_of`` by stage) written by SQLite from
    the deals just inserted (ids ``first``..``last``): a hundred thousand rows need no
    trip through Python. The same columns as the rows :func:`_create_deals` builds
    otherwise, UUIDs as :func:`uuids` makes them."""
    conn = w.session.connection()
    table, deals = _table("stage_changes"), _table("deals")
    start_id = (conn.execute(select(func.max(table.c.id))).scalar() or 0) + 1
    head, counter = _uuid_start()
    n = deals.c.id + (counter - first)
    uuid = literal(head) + func.printf(
        "%04x-%012x", n.op(">>")(48).op("|")(0x8000), n.op("&")((1 << 48) - 1)
    )

    def by_stage(key: str) -> Any:
        column = table.c[key]
        return case(
            *[
                (deals.c.stage == stage, literal(v[key], column.type))
                for stage, v in base_of.items()
            ],
            else_=None,
        )

    values: dict[str, Any] = {
        "id": deals.c.id + (start_id - first),
        "uuid": uuid,
        "created_at": literal(w.now, table.c.created_at.type),
        "updated_at": literal(w.now, table.c.updated_at.type),
        "version": literal(1),
        "deal_id": deals.c.id,
        "to_stage": deals.c.stage,
        "to_status": deals.c.status,
    }
    some = next(iter(base_of.values()))
    for key in some:
        if key in values:
            continue
        if all(v[key] == some[key] for v in base_of.values()):
            values[key] = literal(some[key], table.c[key].type)
        else:
            values[key] = by_stage(key)
    keys = list(values)
    conn.execute(
        insert(table).from_select(
            keys, select(*values.values()).where(deals.c.id.between(first, last))
        )
    )
    w.created["stage_changes"].extend(range(start_id, start_id + last - first + 1))


def _create_activities(w: _Writer, rows: list[PlannedRow], account_of: Any) -> None:
    values = []
    for row in rows:
        record = _columns("activities", row.record)
        record["account_id"] = account_of(row)
        w.affects.add(record["account_id"])
        values.append(record)
    ids = w.insert("activities", values)
    links = [
        {"activity_id": ident, "person_id": person}
        for ident, row in zip(ids, rows, strict=True)
        for person in row.refs.get("people") or []  # type: ignore[attr-defined]
    ]
    for chunk in _chunks(links):
        _executemany(w.session.connection(), _table("activity_people"), chunk)
    w.created["activity_people"].extend(link["activity_id"] for link in links)


def _merge(
    w: _Writer, plan: ImportPlan, rows: list[PlannedRow], members: Mapping[str, int]
) -> None:
    """Fill the empty fields of matched rows; a field filled since the plan stays as it is.

    The rows are read ``FOR UPDATE`` (on a server; SQLite's write holds the file):
    another user's edit of one waits for the import, or the import for it, so no
    field is judged empty and filled over a value written in between. The update
    names the version read as well and must hit its row."""
    if not rows:
        return
    name = _ENTITY_TABLE[plan.kind]
    table = _table(name)
    wanted = sorted(
        {k for r in rows for k in r.fills if k in table.c}
        | ({"owner_id"} if any("owner" in r.fills for r in rows) else set())
    )
    ids = [int(r.match_id or 0) for r in rows]
    current: dict[int, dict[str, Any]] = {}
    extra = ["account_id"] if "account_id" in table.c else []
    for chunk in _chunks(ids):
        stmt = select(
            table.c.id,
            table.c.uuid,
            table.c.version,
            table.c.updated_at,
            *[table.c[k] for k in wanted + extra],
        )
        for found in w.session.execute(stmt.where(table.c.id.in_(chunk)).with_for_update()):
            current[int(found.id)] = dict(found._mapping)
    private_rows: dict[int, dict[str, Any]] = {}
    if plan.kind == "people":
        ptable = _table("people_private")
        for chunk in _chunks(ids):
            locked = select(ptable).where(ptable.c.person_id.in_(chunk)).with_for_update()
            for found in w.session.execute(locked):
                private_rows[int(found.person_id)] = dict(found._mapping)
    kind = kind_of_table(name)
    for row in rows:
        ident = int(row.match_id or 0)
        now_row = current.get(ident)
        if now_row is None:
            continue  # deleted since the plan: nothing to fill
        fills = {
            k: v for k, v in row.fills.items() if k in table.c and _fillable(k, now_row.get(k))
        }
        if "owner" in row.fills and _fillable("owner_id", now_row.get("owner_id")):
            fills["owner_id"] = members[name_key(str(row.fills["owner"]))]
        private = {
            k: v
            for k, v in row.fills.items()
            if k in PRIVATE_FIELDS and (private_rows.get(ident) or {}).get(k, "") in (None, "")
        }
        if not fills and not private:
            continue
        entry: dict[str, Any] = {"table": name, "id": ident}
        if fills:
            old = {k: now_row.get(k) for k in fills}
            done = w.session.execute(
                update(table)
                .where(table.c.id == ident, table.c.version == now_row["version"])
                .values(**fills, version=table.c.version + 1, updated_at=w.now)
            )
            if rowcount(done) != 1:
                raise changed_meanwhile(kind, ident, now_row.get("name") or ident)
            entry.update(
                old=old,
                new=dict(fills),
                version=(now_row["version"], now_row["version"] + 1),
                updated_at=(now_row["updated_at"], w.now),
            )
            w.audit_rows.extend(
                w.entry("update", kind, ident, now_row["uuid"], k, old[k], v)
                for k, v in fills.items()
            )
        else:
            entry.update(old={}, new={}, version=None, updated_at=None)
        if private:
            had = ident in private_rows
            if not had:
                w.session.execute(
                    insert(_table("people_private")),
                    [{"person_id": ident, **{k: "" for k in PRIVATE_FIELDS}}],
                )
            old_private = {k: (private_rows.get(ident) or {}).get(k, "") for k in private}
            ptable = _table("people_private")
            w.session.execute(update(ptable).where(ptable.c.person_id == ident).values(**private))
            entry.update(
                private_old=old_private, private_new=dict(private), private_created=not had
            )
            w.audit_rows.extend(
                w.entry("update", kind, ident, now_row["uuid"], k, old_private[k], v)
                for k, v in private.items()
            )
        if "account_id" in now_row:
            w.affects.add(int(now_row["account_id"]))
        w.merged.append(entry)
        w.step(1)


# -- undo and redo ------------------------------------------------------------------------


KIND_TERMS: dict[str, str] = {
    "team_members": term("team member"),
    "competitors": term("competitor"),
    "accounts": term("account"),
    "people": term("person"),
    "deals": term("deal"),
    "activities": term("activity"),
}
"""A table's rows as a word in an error message (``kind_label``, translated by the desktop)."""


def _on(exc: EditConflict, table: str, ident: int) -> EditConflict:
    """The conflict naming its row, so the desktop can show that row's newer state."""
    exc.kind, exc.ident = kind_of_table(table), ident
    return exc


def _check_untouched(
    session: Session, created: Mapping[str, list[int]], merged: list[dict[str, Any]]
) -> None:
    """Refuse an undo that would lose an edit made since the import."""
    for name in _SHOWN:
        ids = created.get(name) or []
        table = _table(name)
        for among in _among(table.c.id, ids):
            found = session.execute(
                select(table.c.id, table.c.name if "name" in table.c else table.c.id)
                .where(among, table.c.version != 1)
                .limit(1)
            ).first()
            if found is not None:
                exc = EditConflict(
                    "The {kind_label} '{name}' was changed after the import; undoing the import "
                    "would lose that change, so nothing was changed.",
                    kind_label=KIND_TERMS[name],
                    name=found[1],
                )
                raise _on(exc, name, int(found[0]))
    mine = {name: set(ids) for name, ids in created.items()}
    for table in Base.metadata.sorted_tables:
        if table.name == "audit_log":
            continue
        for fk in table.foreign_keys:
            parent = fk.column.table.name
            if parent not in _SHOWN or not mine.get(parent):
                continue
            key = "person_id" if table.name == "people_private" else "id"
            if table.name == "activity_people":
                key = "activity_id"
            if key not in table.c:
                key = next(iter(table.primary_key.columns)).name
            # Rows the import filled this reference in (an owner it created) are its own.
            own = mine.get(table.name, set()) | {
                e["id"]
                for e in merged
                if e["table"] == table.name and fk.parent.name in (e.get("new") or {})
            }
            for among in _among(fk.parent, mine[parent]):
                rows = session.execute(select(table.c[key]).where(among)).scalars()
                other = [r for r in rows if r not in own]
                if other:
                    exc = EditConflict(
                        "Since the import, {count} other records were added to what it "
                        "created ({table}); undoing it would delete them too, so nothing was "
                        "changed.",
                        count=len(other),
                        table=table.name,
                    )
                    raise _on(exc, parent, min(mine[parent]))
    for entry in merged:
        table = _table(entry["table"])
        if entry.get("new"):
            now_row = session.execute(
                select(*[table.c[k] for k in entry["new"]], table.c.version).where(
                    table.c.id == entry["id"]
                )
            ).first()
            if (
                now_row is None
                or any(now_row._mapping[k] != v for k, v in entry["new"].items())
                or now_row.version != entry["version"][1]
            ):
                raise _filled_changed(entry, undoing=True)


def _filled_changed(entry: Mapping[str, Any], *, undoing: bool) -> EditConflict:
    """The refusal of an undo (or redo) whose merged row changed since the import (the undo)."""
    if undoing:
        exc = EditConflict(
            "A {kind_label} the import filled was changed since; undoing the import "
            "would overwrite that, so nothing was changed.",
            kind_label=KIND_TERMS[entry["table"]],
        )
    else:
        exc = EditConflict(
            "A {kind_label} the import filled was changed since the undo; redoing the "
            "import would overwrite that, so nothing was changed.",
            kind_label=KIND_TERMS[entry["table"]],
        )
    return _on(exc, entry["table"], entry["id"])


def _snapshot(
    session: Session, created: Mapping[str, list[int]]
) -> list[tuple[str, list[dict[str, Any]]]]:
    rows: list[tuple[str, list[dict[str, Any]]]] = []
    for name in CREATED_TABLES:
        ids = sorted(set(created.get(name) or []))
        if not ids:
            continue
        table = _table(name)
        key = _KEY_OF.get(name, "id")
        found: list[dict[str, Any]] = []
        for among in _among(table.c[key], ids):
            found.extend(dict(r._mapping) for r in session.execute(select(table).where(among)))
        rows.append((name, found))
    return rows


def _affected(rows: Iterable[tuple[str, list[dict[str, Any]]]]) -> set[int]:
    return {
        int(r["account_id"])
        for name, found in rows
        if name in ("people", "deals", "activities")
        for r in found
    }


def undo_import(session: Session, undo: Mapping[str, Any]) -> Changes:
    """Take an import back: delete what it created, put merged fields back.

    ``undo`` is :func:`apply_import`'s ``Changes.undo`` (or :func:`redo_import`'s).
    Refused with :class:`EditConflict` when an edit made since would be lost.
    """
    created: Mapping[str, list[int]] = undo.get("created") or {}
    merged: list[dict[str, Any]] = list(undo.get("merged") or [])
    _check_untouched(session, created, merged)
    snapshot = _snapshot(session, created)
    now = utcnow()
    entries: list[dict[str, Any]] = []
    deleted: list[Ref] = []
    for name, found in reversed(snapshot):
        table = _table(name)
        key = _KEY_OF.get(name, "id")
        for among in _among(table.c[key], [r[key] for r in found]):
            if name not in _SHOWN:
                session.execute(delete(table).where(among))
                continue
            # Only rows still as the import made them (checked above, but another user
            # may have edited one since): a row changed in between is refused.
            session.execute(delete(table).where(among, table.c.version == 1))
            wanted = session.execute(select(func.count()).select_from(table).where(among))
            if wanted.scalar_one():
                exc = EditConflict(
                    "A {kind_label} the import created was changed since; undoing the import "
                    "would lose that change, so nothing was changed.",
                    kind_label=KIND_TERMS[name],
                )
                raise _on(exc, name, min(r["id"] for r in found))
        if name in _SHOWN:
            kind = kind_of_table(name)
            deleted.extend((kind, r["id"]) for r in found)
            entries.extend(
                _log_entry(session, now, "delete", kind, r["id"], r["uuid"]) for r in found
            )
    updated, affects, merged = _put_back(session, snapshot, merged, now, entries, back=True)
    gone = {i for k, i in deleted if k == "account"}
    return Changes.of(
        deleted=deleted,
        updated=updated,
        affects=[("account", a) for a in sorted(affects - gone)],
        undo={"import": undo.get("import", ""), "rows": snapshot, "merged": merged},
    )


_KEY_OF = {"people_private": "person_id", "activity_people": "activity_id"}
"""The column that names a created row of a table without an id of its own."""


def _put_back(
    session: Session,
    snapshot: Iterable[tuple[str, list[dict[str, Any]]]],
    merged: Iterable[Mapping[str, Any]],
    now: datetime,
    entries: list[dict[str, Any]],
    *,
    back: bool,
) -> tuple[list[Ref], set[int], list[dict[str, Any]]]:
    """The end of an undo (``back``) or redo: the merged fields, then the log's entries.
    The rows written, the accounts whose figures follow and the merged entries at the
    versions now written (for the next redo or undo to check)."""
    affects = _affected(snapshot)
    updated, merged = _put_merged(session, merged, now, entries, affects, back=back)
    for chunk in _chunks(entries):
        _executemany(session.connection(), AUDIT, chunk)
    session.expire_all()
    return updated, affects, merged


def _put_merged(
    session: Session,
    merged: Iterable[Mapping[str, Any]],
    now: datetime,
    entries: list[dict[str, Any]],
    affects: set[int],
    *,
    back: bool,
) -> tuple[list[Ref], list[dict[str, Any]]]:
    """Put the fields an import filled back as they were (``back``, an undo) or fill them
    again (a redo); log entries are added to ``entries`` and the rows' accounts to
    ``affects``. The rows it wrote, and ``merged`` at the versions now written.

    Each row must still be at the version the import (or the last redo) left,
    ``entry["version"][1]``, for an undo, or the last undo left, ``[0]``, for a
    redo: the update names it and must hit the row (no edit made since the check
    is overwritten). The version moves on, never back (a version only moves
    forward, or an edit read at the old one would pass its check)."""
    side, before, after = (0, "old", "new") if back else (1, "new", "old")
    updated: list[Ref] = []
    now_merged: list[dict[str, Any]] = []
    for entry in merged:
        table = _table(entry["table"])
        kind = kind_of_table(entry["table"])
        entry = dict(entry)
        if entry.get(before):
            expected = entry["version"][1 - side]
            done = session.execute(
                update(table)
                .where(table.c.id == entry["id"], table.c.version == expected)
                .values(**entry[before], version=expected + 1, updated_at=now)
            )
            if rowcount(done) != 1:
                raise _filled_changed(entry, undoing=back)
            versions, times = list(entry["version"]), list(entry["updated_at"])
            versions[side], times[side] = expected + 1, now
            entry["version"], entry["updated_at"] = tuple(versions), tuple(times)
        now_merged.append(entry)
        _put_private(session, entry, back=back)
        extra = [table.c.account_id] if "account_id" in table.c else []
        row = session.execute(select(table.c.uuid, *extra).where(table.c.id == entry["id"])).first()
        written = {**entry.get(before, {}), **entry.get(f"private_{before}", {})}
        replaced = {**entry.get(after, {}), **entry.get(f"private_{after}", {})}
        uuid = row[0] if row else ""
        for key, value in written.items():
            entries.append(
                _log_entry(
                    session, now, "update", kind, entry["id"], uuid, key, replaced[key], value
                )
            )
        updated.append((kind, entry["id"]))
        if row is not None and extra:
            affects.add(int(row[1]))
    return updated, now_merged


def _put_private(session: Session, entry: Mapping[str, Any], *, back: bool) -> None:
    if not entry.get("private_new"):
        return
    ptable = _table("people_private")
    ident = entry["id"]
    if back and entry.get("private_created"):
        session.execute(delete(ptable).where(ptable.c.person_id == ident))
        return
    if not back and entry.get("private_created"):
        session.execute(insert(ptable), [{"person_id": ident, **{k: "" for k in PRIVATE_FIELDS}}])
    values = entry["private_old"] if back else entry["private_new"]
    session.execute(update(ptable).where(ptable.c.person_id == ident).values(**values))


def _log_entry(
    session: Session,
    at: datetime,
    action: str,
    kind: str,
    ident: int,
    uuid: str,
    field: str = "",
    old: Any = None,
    new: Any = None,
) -> dict[str, Any]:
    private = field in PRIVATE_FIELDS
    return {
        "at": at,
        "who": audit.who(session),
        "member_id": audit.member(session),
        "action": action,
        "entity": kind,
        "entity_id": ident,
        "entity_uuid": uuid,
        "field": field,
        "old": audit.REDACTED if private and old not in (None, "") else _text(old),
        "new": audit.REDACTED if private and new not in (None, "") else _text(new),
    }


def redo_import(session: Session, redo: Mapping[str, Any]) -> Changes:
    """Put an undone import back: the same rows with the same ids and UUIDs, the same fills.

    ``redo`` is :func:`undo_import`'s ``Changes.undo``. A merged row changed since
    the undo refuses the redo (:class:`EditConflict`), nothing written.
    """
    snapshot: list[tuple[str, list[dict[str, Any]]]] = list(redo.get("rows") or [])
    merged: list[dict[str, Any]] = list(redo.get("merged") or [])
    for entry in merged:
        if not entry.get("old"):
            continue
        table = _table(entry["table"])
        current = session.execute(
            select(*[table.c[k] for k in entry["old"]], table.c.version).where(
                table.c.id == entry["id"]
            )
        ).first()
        if (
            current is None
            or current.version != entry["version"][0]
            or any(current._mapping[k] != v for k, v in entry["old"].items())
        ):
            raise _filled_changed(entry, undoing=False)
    now = utcnow()
    entries: list[dict[str, Any]] = []
    created: list[Ref] = []
    ids: dict[str, list[int]] = {}
    for name, found in snapshot:
        table = _table(name)
        for chunk in _chunks(found):
            _executemany(session.connection(), table, chunk)
        key = _KEY_OF.get(name, "id")
        ids[name] = [r[key] for r in found]
        if name in _SHOWN:
            kind = kind_of_table(name)
            created.extend((kind, r["id"]) for r in found)
            entries.extend(
                _log_entry(session, now, "create", kind, r["id"], r["uuid"]) for r in found
            )
    updated, affects, merged = _put_back(session, snapshot, merged, now, entries, back=False)
    made = {i for k, i in created if k == "account"}
    return Changes.of(
        created=created,
        updated=updated,
        affects=[("account", a) for a in sorted(affects - made)],
        undo={"import": redo.get("import", ""), "created": ids, "merged": merged},
    )
