"""Shared machinery of the service layer: look-ups, validated field writes,
and delete snapshots that undo can restore.

Every service is one user action: it takes the session (the caller owns the
transaction), validates, writes, logs to the audit table and returns
:class:`~model.changes.Changes`.
"""

from __future__ import annotations

import functools
import json
import math
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, TypeVar

from sqlalchemy import Table, case, delete, func, insert, select, update
from sqlalchemy.orm import Session

from model import audit
from model.base import Base, utcnow
from model.changes import Changes, kind_of_table
from model.entities import AuditEntry
from model.errors import DomainError, EditConflict, InvalidValue, NotFound

T = TypeVar("T", bound=Base)
Validator = Callable[[Session, Any, Any], Any]
"""(session, object or None, raw value) -> clean value, or raise InvalidValue."""


@contextmanager
def refused_by_server(
    session: Session, entity: Any, ident: int, refusal: DomainError
) -> Iterator[None]:
    """Raise ``refusal`` when the body's delete of ``entity`` ``ident`` comes to
    nothing on a server although the row is still there to read: the server's row
    security refused it, which is no edit of someone else's (the ORM would say
    "changed by someone else")."""
    try:
        yield
    except (EditConflict, NotFound):
        if writing_on_server(session):
            there = session.execute(select(entity.id).where(entity.id == ident)).first()
            if there is not None:
                raise refusal from None
        raise


def writing_on_server(session: Session) -> bool:
    """Whether ``session`` is a user's write transaction on a database server.

    SQLite's writes hold the whole file (``BEGIN IMMEDIATE``); on PostgreSQL
    (READ COMMITTED) two users' transactions run side by side, so what a
    service reads to decide on is locked (:func:`get`).
    """
    from model.workspace import WRITE

    if session.get_bind().dialect.name == "sqlite":
        return False
    return bool(session.connection().get_execution_options().get(WRITE, False))


def get(session: Session, cls: type[T], ident: int | None, what: str | None = None) -> T:
    """The row ``ident`` of ``cls``, or :class:`NotFound` naming the kind.

    In a write on the server the row is read ``FOR UPDATE``: another user's
    write of it waits until this one commits and then reads what it left, so
    a decision is never made on a row that is changing (no lost update).
    """
    if ident is not None and writing_on_server(session):
        obj = session.get(cls, ident, with_for_update=True, populate_existing=True)
    else:
        obj = session.get(cls, ident) if ident is not None else None
    if obj is None:
        raise NotFound(
            "No {kind_label} with id {ident} in this workspace.",
            kind_label=what or audit.kind_of(cls),
            ident=ident,
        )
    return obj


class OldValues(dict[str, Any]):
    """Old values of the fields an edit changed, the values it wrote, and the row
    version it left.

    They travel with the undo data so that the undo can check that nobody
    changed those fields since (see :func:`expect_version`).
    """

    version: int | None = None
    new: dict[str, Any]

    def __init__(self) -> None:
        super().__init__()
        self.new = {}


EXPECT = "expect_version"
"""``session.info`` key: the version the next :func:`apply_fields` must find."""


def expect_version(
    session: Session, version: int | None, written: Mapping[str, Any] | None = None
) -> None:
    """Make the next field write refuse a row changed since ``version``.

    A row at another version still passes when the fields in ``written`` hold
    what the step wrote: then only other fields changed (or one's own later
    steps, since undone), and nothing newer would be overwritten.
    """
    if version is not None:
        session.info[EXPECT] = (version, dict(written or {}))


SHOWN = -1
"""The "version" of a first edit: the view knows the values it showed, not a counter."""


def expect_shown(session: Session, shown: Mapping[str, Any] | None) -> None:
    """Make the next field write refuse fields that no longer hold what the view showed.

    An edit made on a stale screen (another window or user changed the same field
    since it was read) is refused instead of silently overwriting the newer value.
    """
    if shown:
        session.info[EXPECT] = (SHOWN, dict(shown))


def _same(stored: Any, shown: Any) -> bool:
    """Equal as the user sees them: "" and None alike, numbers to a hair, days as days."""
    if stored in (None, "") and shown in (None, ""):
        return True
    if isinstance(stored, float | int) and isinstance(shown, float | int):
        return abs(float(stored) - float(shown)) < 1e-6
    if isinstance(stored, date | datetime) or isinstance(shown, date | datetime):
        return str(stored)[:10] == str(shown)[:10]
    return bool(stored == shown)


def check_seen(session: Session, obj: Any, seen: Mapping[str, Any] | None) -> None:
    """Refuse (:class:`EditConflict`) an action decided on a view of ``obj`` that is out
    of date: ``seen`` holds the fields as the user saw them (a card's stage and status).

    A row changed only in other fields passes; nothing newer is overwritten.
    """
    if seen:
        expect_shown(session, seen)
        _check_version(session, obj)


def _check_version(session: Session, obj: Any) -> None:
    expected = session.info.pop(EXPECT, None)
    current = getattr(obj, "version", None)
    if expected is None or current is None or current == expected[0]:
        return
    written: dict[str, Any] = expected[1]
    changed = [f for f, v in written.items() if not _same(getattr(obj, f, v), v)]
    if written and not changed:
        return
    where = (AuditEntry.entity == audit.kind_of(obj)) & (AuditEntry.entity_id == obj.id)
    if changed:
        where &= AuditEntry.field.in_(changed)
    entry = session.execute(
        select(AuditEntry)
        .where(where)
        .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
        .limit(1)
    ).scalar_one_or_none()
    who = (entry.who if entry is not None else "") or "someone"
    if entry is not None and entry.member_id is not None:
        from model.entities import TeamMember

        member = session.get(TeamMember, entry.member_id)
        if member is not None:
            who = f"{member.name} ({who})" if entry.who else member.name
    what = (entry.field or "it") if entry is not None else "it"
    name = getattr(obj, "name", "") or obj.id
    when = entry.at.isoformat(sep=" ", timespec="minutes") if entry is not None else "?"
    kind_label = audit.kind_of(obj)
    if expected[0] == SHOWN:
        conflict = EditConflict(
            "{who} changed {what} of this {kind_label} '{name}' at {when}, after it was "
            "shown to you. Your change was not saved, so theirs is kept; the views now "
            "show it.",
            who=who,
            what=what,
            kind_label=kind_label,
            name=name,
            when=when,
        )
    else:
        conflict = EditConflict(
            "{who} changed {what} of this {kind_label} '{name}' at {when}, after your edit. "
            "Undoing it would overwrite that, so nothing was changed; the views now show "
            "the newer state.",
            who=who,
            what=what,
            kind_label=kind_label,
            name=name,
            when=when,
        )
    conflict.kind, conflict.ident = audit.kind_of(obj), obj.id
    raise conflict


def rowcount(result: Any) -> int:
    """Rows a Core UPDATE or DELETE matched (its ``CursorResult.rowcount``)."""
    return int(result.rowcount)


def changed_meanwhile(kind: str, ident: int, name: Any) -> EditConflict:
    """The refusal of a write whose row another user changed (or removed) after it was read."""
    conflict = EditConflict(
        "Someone else changed this {kind_label} '{name}' since it was read; nothing was "
        "changed, so theirs is kept. The views now show it.",
        kind_label=kind,
        name=name,
    )
    conflict.kind, conflict.ident = kind, ident
    return conflict


def current_values(
    session: Session, kind: str, ident: int, fields: Iterable[str]
) -> dict[str, Any] | None:
    """The named fields of one record as the database holds them now (None: it is gone).

    For showing a conflict: only the fields asked for are read, so a person's
    private attributes appear only when the user's own edit named them.
    """
    for mapper in Base.registry.mappers:
        cls = mapper.class_
        table = getattr(cls, "__tablename__", None)
        if table is None or kind_of_table(table) != kind or table == "people_private":
            continue
        obj = session.get(cls, ident, populate_existing=True)
        if obj is None:
            return None
        return {f: getattr(obj, f, None) for f in fields}
    return None


def apply_fields(
    session: Session,
    obj: Any,
    values: Mapping[str, Any],
    validators: Mapping[str, Validator],
) -> OldValues:
    """Validate and set fields; return the old values of those that changed.

    A version expected by :func:`expect_version` is checked first: an undo
    never overwrites a newer edit made elsewhere.
    """
    _check_version(session, obj)
    unknown = set(values) - set(validators)
    if unknown:
        raise InvalidValue(
            "Cannot set {fields} on a {kind_label}.",
            field=sorted(unknown)[0],
            fields=", ".join(sorted(unknown)),
            kind_label=audit.kind_of(obj),
        )
    clean = {name: validators[name](session, obj, raw) for name, raw in values.items()}
    old = OldValues()
    for name, value in clean.items():
        before = getattr(obj, name)
        if before != value:
            old[name] = before
            old.new[name] = value
            setattr(obj, name, value)
            audit.log(session, "update", obj, name, before, value)
    if old and hasattr(obj, "updated_at"):
        obj.updated_at = utcnow()
    if old and hasattr(obj, "version"):
        session.flush()  # the version this edit leaves, for its undo to expect
        old.version = obj.version
    return old


def checked_update(
    session: Session,
    update: Callable[..., Changes],
    ident: int,
    values: Mapping[str, Any],
    version: int | None,
    written: Mapping[str, Any] | None = None,
) -> Changes:
    """Run an update service only if nobody changed what the last step wrote (undo, redo),
    or — for a first edit (``version`` None) — what the view showed (``written``)."""
    if version is None:
        expect_shown(session, written)
    else:
        expect_version(session, version, written)
    try:
        return update(session, ident, values)
    finally:
        session.info.pop(EXPECT, None)


def create(
    session: Session,
    cls: type[T],
    values: Mapping[str, Any],
    validators: Mapping[str, Validator],
    **fixed: Any,
) -> T:
    unknown = set(values) - set(validators)
    if unknown:
        raise InvalidValue("Unknown fields: {fields}.", fields=", ".join(sorted(unknown)))
    clean = {name: validators[name](session, None, raw) for name, raw in values.items()}
    obj = cls(**fixed, **clean)
    session.add(obj)
    session.flush()
    audit.log(session, "create", obj)
    return obj


# --- validators -----------------------------------------------------------


def clean_text(raw: Any, *, multiline: bool = True) -> str:
    """Text as stored: stripped, without NUL or other control characters.

    Control characters (and lone surrogates, which no file or database
    encoding can hold) are refused rather than dropped, so the user sees
    what was wrong with a pasted value instead of a silently different one.
    """
    value = "" if raw is None else str(raw).strip()
    allowed = "\n\t" if multiline else ""
    for ch in value:
        if ch in allowed:
            continue
        category = unicodedata.category(ch)
        if category == "Cc" or category == "Cs":
            raise InvalidValue(
                "The text contains a control character (U+{code}); remove it and try again.",
                code=f"{ord(ch):04X}",
            )
    return value


def text(max_len: int = 10_000, *, required: bool = False, label: str = "") -> Validator:
    def check(_s: Session, _o: Any, raw: Any) -> str:
        value = clean_text(raw, multiline=max_len > 200)
        if required and not value:
            if label:
                raise InvalidValue("{label} must not be empty.", field=label, label=label)
            raise InvalidValue("This field must not be empty.")
        if len(value) > max_len:
            if label:
                raise InvalidValue(
                    "{label} is longer than {max_len} characters.", label=label, max_len=max_len
                )
            raise InvalidValue("Text is longer than {max_len} characters.", max_len=max_len)
        return value

    return check


def choice(
    options: type[Any] | tuple[str, ...], *, optional: bool = False, label: str = ""
) -> Validator:
    allowed = tuple(str(o.value) for o in options) if isinstance(options, type) else options

    def check(_s: Session, _o: Any, raw: Any) -> str | None:
        if raw in (None, "") and optional:
            return None
        value = str(raw.value if hasattr(raw, "value") else raw)
        if value not in allowed:
            if label:
                raise InvalidValue(
                    "{label} '{raw}' is not one of: {allowed}.",
                    field=label,
                    label=label,
                    raw=raw,
                    allowed=", ".join(allowed),
                )
            raise InvalidValue(
                "Value '{raw}' is not one of: {allowed}.", raw=raw, allowed=", ".join(allowed)
            )
        return value

    return check


def number(
    lo: float | None = None,
    hi: float | None = None,
    *,
    integer: bool = False,
    label: str = "",
    optional: bool = False,
) -> Validator:
    def check(_s: Session, _o: Any, raw: Any) -> float | int | None:
        if raw in (None, "") and optional:
            return None
        try:
            if isinstance(raw, bool):
                raise TypeError(raw)
            parsed = float(raw)
            if not math.isfinite(parsed) or (integer and not parsed.is_integer()):
                raise ValueError(raw)
            value: float | int = int(parsed) if integer else parsed
        except (TypeError, ValueError, OverflowError):
            if label:
                raise InvalidValue(
                    "{label} must be a number, not '{raw}'.", field=label, label=label, raw=raw
                ) from None
            raise InvalidValue("Value must be a number, not '{raw}'.", raw=raw) from None
        if (lo is not None and value < lo) or (hi is not None and value > hi):
            raise _out_of_bounds(label, lo, hi, raw)
        return value

    return check


def _out_of_bounds(label: str, lo: float | None, hi: float | None, raw: Any) -> InvalidValue:
    """The refusal of a number outside its range, one whole sentence per case to translate."""
    if hi is not None and label:
        return InvalidValue(
            "{label} must be between {lo} and {hi}, not {raw}.",
            field=label,
            label=label,
            lo=lo,
            hi=hi,
            raw=raw,
        )
    if hi is not None:
        return InvalidValue(
            "Value must be between {lo} and {hi}, not {raw}.", lo=lo, hi=hi, raw=raw
        )
    if label:
        return InvalidValue(
            "{label} must be at least {lo}, not {raw}.", field=label, label=label, lo=lo, raw=raw
        )
    return InvalidValue("Value must be at least {lo}, not {raw}.", lo=lo, raw=raw)


def day(*, label: str = "") -> Validator:
    def check(_s: Session, _o: Any, raw: Any) -> date | None:
        if raw in (None, ""):
            return None
        if isinstance(raw, datetime):
            return raw.date()
        if isinstance(raw, date):
            return raw
        try:
            return date.fromisoformat(str(raw))
        except ValueError:
            if label:
                raise InvalidValue(
                    "{label} '{raw}' is not a date (YYYY-MM-DD).", field=label, label=label, raw=raw
                ) from None
            raise InvalidValue("Date '{raw}' is not a date (YYYY-MM-DD).", raw=raw) from None

    return check


def flag() -> Validator:
    return lambda _s, _o, raw: bool(raw)


def passthrough() -> Validator:
    return lambda _s, _o, raw: raw


def reference(cls: type[Base], *, label: str = "") -> Validator:
    def check(s: Session, _o: Any, raw: Any) -> int | None:
        if raw in (None, ""):
            return None
        ident = int(raw)
        if s.get(cls, ident) is None:
            if label:
                raise InvalidValue(
                    "{label}: no record with id {ident}.", field=label, label=label, ident=ident
                )
            raise InvalidValue("Reference: no record with id {ident}.", ident=ident)
        return ident

    return check


def no_cycle(
    session: Session, cls: type[Base], obj: Any, parent_id: int | None, *, label: str
) -> None:
    """Refuse a parent link that would make a loop (A reports to B reports to A)."""
    if obj is None or parent_id is None:
        return
    seen: set[int] = set()
    current: int | None = parent_id
    table = cls.__table__
    column = "parent_id" if "parent_id" in table.c else "manager_id"
    while current is not None:
        if current == obj.id:
            raise InvalidValue("{label}: that link would make a loop.", field=column, label=label)
        if current in seen:
            break
        seen.add(current)
        current = session.execute(
            select(table.c[column]).where(table.c.id == current)
        ).scalar_one_or_none()


# --- delete with a snapshot undo can restore ---------------------------------


@dataclass
class Snapshot:
    """Rows removed by a delete (parents first) and references it set to NULL."""

    rows: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    nulled: list[tuple[str, int, str, int]] = field(default_factory=list)


def _children(table: Table) -> list[tuple[Table, str, str]]:
    """(child table, fk column, ondelete) for every table pointing at ``table``."""
    found = []
    for other in Base.metadata.sorted_tables:
        for fk in other.foreign_keys:
            if fk.column.table is table:
                found.append((other, fk.parent.name, (fk.ondelete or "").upper()))
    return found


def _collect(session: Session, table: Table, where: Any, snap: Snapshot, depth: int = 0) -> None:
    rows = [dict(r._mapping) for r in session.execute(select(table).where(where))]
    if not rows:
        return
    snap.rows.extend((table.name, r) for r in rows)
    pk = next(iter(table.primary_key.columns))
    ids = [r[pk.name] for r in rows]
    for child, column, ondelete in _children(table):
        col = child.c[column]
        if ondelete == "CASCADE":
            _collect(session, child, col.in_(ids), snap, depth + 1)
        elif ondelete == "SET NULL" and "id" in child.c:
            for cid, ref in session.execute(select(child.c.id, col).where(col.in_(ids))):
                snap.nulled.append((child.name, cid, column, ref))


def delete_with_snapshot(session: Session, obj: Any) -> tuple[Changes, Snapshot]:
    table: Table = obj.__table__
    snap = Snapshot()
    _collect(session, table, table.c.id == obj.id, snap)
    # The row goes into the log, so "what the chain looked like on a date"
    # can bring back someone deleted since. Private attributes live in their
    # own table, whose log entries are redacted.
    first = snap.rows[0][1] if snap.rows else None
    if first is not None and table.name == "people":
        first = _structure_only(first)
    audit.log(session, "delete", obj, old=_row_json(first) if first is not None else None)
    kind = audit.kind_of(obj)
    version = getattr(obj, "version", None)
    session.expunge(obj)
    where = table.c.id == obj.id
    if version is not None and "version" in table.c:
        where &= table.c.version == version  # the version read, as an ORM update checks
    if rowcount(session.execute(delete(table).where(where))) != 1:
        raise changed_meanwhile(kind, obj.id, getattr(obj, "name", "") or obj.id)
    _forget_people(session, snap)
    session.expire_all()
    return Changes.of(deleted=[(kind, obj.id)], undo={"snapshot": snap}), snap


TOMBSTONE = "(deleted)"
"""What the audit log keeps of a deleted person's values."""

_PERSON_STRUCTURE = (
    "id",
    "uuid",
    "account_id",
    "department_id",
    "manager_id",
    "title",
    "seniority",
    "role",
    "left_on",
    "map_x",
    "map_y",
    "created_at",
)


def _structure_only(row: dict[str, Any]) -> dict[str, Any]:
    """A person's row without anything personal: the post they held, not who they were.

    The map's "changes between dates" still shows that a KDM sat there.
    """
    return {k: row[k] for k in _PERSON_STRUCTURE if k in row} | {"name": TOMBSTONE}


def _forget_people(session: Session, snap: Snapshot) -> None:
    """Replace the values a deleted person left in the audit log with a tombstone.

    Their name, phone, mail, flags and private notes must not outlive them in
    the log; the undo snapshot (in memory only) can still bring them back.
    The next commit checkpoints the WAL so no old page keeps them either.
    """
    people = {r["id"]: r["uuid"] for name, r in snap.rows if name == "people"}
    if not people:
        return
    linked = [
        (kind_of_table(name), r["id"], r.get("uuid", ""))
        for name, r in snap.rows
        if name in ("deal_roles", "relationships", "activity_people", "influences") and "id" in r
    ]
    targets = [("person", pid, uuid) for pid, uuid in people.items()] + linked
    for entity, ident, uuid in targets:
        where = (AuditEntry.entity == entity) & (AuditEntry.entity_id == ident)
        if uuid:
            where &= AuditEntry.entity_uuid.in_((uuid, ""))
        session.execute(
            update(AuditEntry)
            .where(where, AuditEntry.action != "delete")
            .values(
                old=case(
                    (func.coalesce(AuditEntry.old, "") == "", AuditEntry.old), else_=TOMBSTONE
                ),
                new=case(
                    (func.coalesce(AuditEntry.new, "") == "", AuditEntry.new), else_=TOMBSTONE
                ),
            )
        )
    for entity, ident, _uuid in linked:  # their own delete entries hold the link row
        session.execute(
            update(AuditEntry)
            .where(
                AuditEntry.entity == entity,
                AuditEntry.entity_id == ident,
                AuditEntry.action == "delete",
            )
            .values(old=TOMBSTONE)
        )
    session.info["checkpoint"] = True


def _restore(session: Session, snap: Snapshot) -> Changes:
    """Put back what :func:`delete_with_snapshot` removed, with the same ids and uuids."""
    tables = Base.metadata.tables
    order = {t.name: i for i, t in enumerate(Base.metadata.sorted_tables)}
    created: list[tuple[str, int]] = []
    # Self-references (manager_id, parent_id) may point at rows inserted later:
    # insert with those nulled, then set them.
    deferred: list[tuple[str, int, str, Any]] = []
    # A link row reachable through two deleted parents (a deal role hangs off
    # both the deal and the person) was collected twice; insert it once.
    seen: set[tuple[str, tuple[Any, ...]]] = set()
    for name, row in sorted(snap.rows, key=lambda item: order[item[0]]):
        table = tables[name]
        key = (name, tuple(row[col.name] for col in table.primary_key.columns))
        if key in seen:
            continue
        seen.add(key)
        values = dict(row)
        for fk in table.foreign_keys:
            if fk.column.table is table and values.get(fk.parent.name) is not None:
                deferred.append((name, values["id"], fk.parent.name, values[fk.parent.name]))
                values[fk.parent.name] = None
        session.execute(insert(table), [values])
        if "id" in values and "uuid" in values:
            created.append((kind_of_table(name), values["id"]))
            _log_restored(session, name, row)
    for name, ident, column, ref in deferred:  # rows just inserted above
        table = tables[name]
        session.execute(update(table).where(table.c.id == ident).values({column: ref}))
    for name, ident, column, ref in snap.nulled:
        # Only a reference still empty as the delete left it: one set since is
        # someone's newer edit and is kept. The row's version moves, as an ORM
        # update's would, so an edit made on the older version is refused.
        table = tables[name]
        put: dict[str, Any] = {column: ref}
        if "version" in table.c:
            put["version"] = table.c.version + 1
        session.execute(
            update(table).where(table.c.id == ident, table.c[column].is_(None)).values(put)
        )
    session.expire_all()
    return Changes.of(created=created)


def _row_json(row: dict[str, Any]) -> str:
    return json.dumps(
        {k: v.isoformat() if isinstance(v, date | datetime) else v for k, v in row.items()},
        ensure_ascii=False,
        default=str,
    )


def _log_restored(session: Session, table_name: str, row: dict[str, Any]) -> None:
    """A restore is a create in the log, so history sees the row come back."""
    session.execute(
        insert(AuditEntry),
        [
            {
                "who": audit.who(session),
                "action": "create",
                "entity": kind_of_table(table_name),
                "entity_id": row["id"],
                "entity_uuid": row.get("uuid", ""),
                "field": "",
                "old": None,
                "new": None,
            }
        ],
    )


# -- which accounts a change rolls up to ------------------------------------------------

# kind -> (table, column): where a written row leads on its way to its account.
_TOWARDS_ACCOUNT: dict[str, tuple[str, str]] = {
    "deal": ("deals", "account_id"),
    "person": ("people", "account_id"),
    "activity": ("activities", "account_id"),
    "department": ("departments", "account_id"),
    "exit_check": ("exit_checks", "deal_id"),
    "five_element": ("five_elements", "deal_id"),
    "instalment": ("instalments", "deal_id"),
    "stage_change": ("stage_changes", "deal_id"),
    "deal_role": ("deal_roles", "deal_id"),
    "deal_competitor": ("deal_competitors", "deal_id"),
    "payment": ("payments", "instalment_id"),
    "influence": ("influences", "source_id"),
    "relationship": ("relationships", "person_id"),
}
_NEXT_KIND = {
    "account_id": "account",
    "deal_id": "deal",
    "instalment_id": "instalment",
    "source_id": "person",
    "person_id": "person",
}


def accounts_touched(session: Session, changes: Changes) -> frozenset[int]:
    """Accounts whose deals, people, activities, payments or checks ``changes`` wrote.

    Rows still present are followed up their foreign keys (a payment to its
    instalment, its deal, its account: one small query per step); deleted rows
    through the delete snapshot in ``changes.undo``.
    """
    accounts: set[int] = set()
    pending: dict[str, set[int]] = {}
    for kind, ident in changes.created | changes.updated | changes.deleted:
        if kind == "account":
            continue
        if kind in _TOWARDS_ACCOUNT:
            pending.setdefault(kind, set()).add(ident)
    snapshot = changes.undo.get("snapshot")
    for name, row in getattr(snapshot, "rows", ()):
        if name == "leads":
            continue
        for column, kind in _NEXT_KIND.items():
            if row.get(column) is not None:
                if kind == "account":
                    accounts.add(row[column])
                else:
                    pending.setdefault(kind, set()).add(row[column])
                break
    tables = Base.metadata.tables
    for _step in range(4):  # payment -> instalment -> deal -> account at the most
        if not pending:
            break
        following: dict[str, set[int]] = {}
        for kind, ids in pending.items():
            name, column = _TOWARDS_ACCOUNT[kind]
            table = tables[name]
            for (ref,) in session.execute(
                select(table.c[column]).where(table.c.id.in_(sorted(ids)))
            ):
                if ref is None:
                    continue
                nxt = _NEXT_KIND[column]
                if nxt == "account":
                    accounts.add(ref)
                else:
                    following.setdefault(nxt, set()).add(ref)
        pending = following
    return frozenset(accounts)


def naming_accounts(service: Callable[..., Changes]) -> Callable[..., Changes]:
    """Make a service name in ``affects`` the accounts its writes roll up to
    (see :mod:`model.changes`); a service that changed nothing stays empty."""

    @functools.wraps(service)
    def named(session: Session, *args: Any, **kwargs: Any) -> Changes:
        changes = service(session, *args, **kwargs)
        if not (changes.created or changes.updated or changes.deleted):
            return changes
        accounts = accounts_touched(session, changes) - changes.ids("account")
        if not accounts:
            return changes
        return changes.with_affects([("account", a) for a in accounts])

    return named


# A restored deal, person or activity (the undo of its delete) rolls up too.
restore = naming_accounts(_restore)
