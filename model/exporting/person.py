"""Everything held about one customer person, and their erasure (privacy rights).

What is "held about" a person, for the export and the erasure alike:

- their row (name, title, phone, mail, KPI, product preference, purchase
  history, flags, map position) and their personal attributes;
- their roles in deals, the influence links from and to them (with their
  notes), our relationships with them;
- the activities that name them (with the team members and other people met);
- mentions: free text elsewhere (activity summaries and next steps, deal,
  account and lead notes, evidence…: every long-text column) that holds their
  phone number or mail address, or their full name in a row of their own
  account (names repeat across customers: see :class:`Traces`);
- leads whose contact is their phone number or mail address, or their name on
  a lead of their account;
- audit-log entries about their row and their links, and entries whose values
  hold their phone or mail, or their name in an entry about their account's rows.

The erasure deletes the person (their links go with them), replaces every
mention with "(erased)", clears the matching leads' contact fields, and
leaves in the audit log only that something was there ("(deleted)"). It is
one transaction and cannot be undone: nothing of them is kept to undo it with.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, Text, func, insert, or_, select, update
from sqlalchemy.orm import Session

from model import audit
from model.base import Base, utcnow
from model.changes import Changes, kind_of_table
from model.entities import (
    Account,
    AuditEntry,
    DealRole,
    Department,
    Influence,
    Lead,
    Person,
    Relationship,
    activity_members,
    activity_people,
)
from model.errors import InvalidValue, NotFound
from model.exporting.reading import PRIVATE_TABLES, kind_of_column, plain
from model.schema import REVISIONS
from model.services import common as c

FORMAT = "key-account-navigator/person"
VERSION = 1
ERASED = "(erased)"
"""What replaces a mention of an erased person in free text."""
SKIPPED_TABLES = frozenset({"audit_log", "settings", *PRIVATE_TABLES})
"""Tables whose long text is not searched for mentions (the log is searched on its
own; other people's personal attributes never enter someone else's export)."""


def _row(table: Table, row: Any) -> dict[str, Any]:
    return {col.name: plain(kind_of_column(col), row[col.name]) for col in table.columns}


def _one(session: Session, table: Table, where: Any) -> dict[str, Any] | None:
    row = session.execute(select(table).where(where)).mappings().first()
    return None if row is None else _row(table, row)


def _all(session: Session, table: Table, where: Any) -> list[dict[str, Any]]:
    rows = session.execute(select(table).where(where).order_by(*table.primary_key)).mappings()
    return [_row(table, r) for r in rows]


def find_person(session: Session, ident: str) -> int:
    """The person ``ident`` names: an id, a UUID or a full name (any case)."""
    text = ident.strip()
    if text.isdigit():
        if session.get(Person, int(text)) is None:
            raise NotFound("No person with id {ident} in this workspace.", ident=text)
        return int(text)
    found = session.execute(
        select(Person.id, Person.name, Account.name)
        .join(Account, Account.id == Person.account_id)
        .where(or_(Person.uuid == text, func.lower(Person.name) == text.lower()))
        .order_by(Person.id)
    ).all()
    if not found:
        raise NotFound("No person named '{name}' in this workspace.", name=text)
    if len(found) > 1:
        raise InvalidValue(
            "'{name}' names {count} people: {choices}. Give the id instead.",
            name=text,
            count=len(found),
            choices="; ".join(f"id {pid} at {account}" for pid, _, account in found),
        )
    return int(found[0][0])


def _scope(table: Table, account: Account) -> Any:
    """Which rows of ``table`` belong to ``account`` (None: the table has no account)."""
    t = Base.metadata.tables
    deals = select(t["deals"].c.id).where(t["deals"].c.account_id == account.id)
    people = select(t["people"].c.id).where(t["people"].c.account_id == account.id)
    if table.name == "accounts":
        return table.c.id == account.id
    if table.name == "leads":
        return or_(table.c.account_id == account.id, table.c.company == account.name)
    if "account_id" in table.c:
        return table.c.account_id == account.id
    if "deal_id" in table.c:
        return table.c.deal_id.in_(deals)
    if "source_id" in table.c:
        return or_(table.c.source_id.in_(people), table.c.target_id.in_(people))
    if "person_id" in table.c:
        return table.c.person_id.in_(people)
    if "instalment_id" in table.c:
        instalments = select(t["instalments"].c.id).where(t["instalments"].c.deal_id.in_(deals))
        return table.c.instalment_id.in_(instalments)
    return None


@dataclass
class Traces:
    """How a person is recognised in free text: their phone and mail anywhere, their
    full name only in the records of their own account (names repeat across
    customers; 王伟 at one account is not 王伟 at another)."""

    person: Person
    name: str  # "" when too short to search for
    ids: list[str]  # phone number, mail address
    scope: set[tuple[str, int]]  # (kind, id) of the rows of their account
    links: set[tuple[str, int]]  # (kind, id) of their own link rows

    @property
    def words(self) -> list[str]:
        return [w for w in (self.name, *self.ids) if w]

    def words_in(self, kind: str, ident: int) -> list[str]:
        """The words that identify them in the row (kind, id)."""
        named = self.name and (kind, ident) in self.scope
        return [self.name, *self.ids] if named else list(self.ids)


def _traces(session: Session, person: Person) -> Traces:
    account = session.get(Account, person.account_id)
    scope: set[tuple[str, int]] = set()
    for table in Base.metadata.sorted_tables:
        where = _scope(table, account) if account is not None and "id" in table.c else None
        if where is not None:
            kind = kind_of_table(table.name)
            scope |= {
                (kind, int(i)) for i in session.execute(select(table.c.id).where(where)).scalars()
            }
    name = person.name.strip()
    return Traces(
        person=person,
        name=name if len(name) >= 2 else "",
        ids=list(
            dict.fromkeys(v.strip() for v in (person.phone, person.email) if len(v.strip()) >= 5)
        ),
        scope=scope,
        links=set(_link_refs(session, person.id)),
    )


def _text_columns() -> Iterator[tuple[Table, str]]:
    for table in Base.metadata.sorted_tables:
        if table.name in SKIPPED_TABLES or "id" not in table.c:
            continue
        for col in table.columns:
            if isinstance(col.type, Text) and kind_of_column(col) == "text":
                yield table, col.name


@dataclass
class Mention:
    table: str
    id: int
    column: str
    text: str
    words: list[str]  # what identifies them in it

    def plain(self) -> dict[str, Any]:
        return {"table": self.table, "id": self.id, "column": self.column, "text": self.text}


def _mentions(session: Session, traces: Traces) -> list[Mention]:
    found: list[Mention] = []
    if not traces.words:
        return found
    for table, name in _text_columns():
        col = table.c[name]
        where = or_(*(col.icontains(w, autoescape=True) for w in traces.words))
        if table.name == "people":
            where &= table.c.id != traces.person.id
        kind = kind_of_table(table.name)
        for ident, value in session.execute(
            select(table.c.id, col).where(where).order_by(table.c.id)
        ):
            words = [w for w in traces.words_in(kind, int(ident)) if _holds(str(value), w)]
            if words:
                found.append(Mention(table.name, int(ident), name, str(value), words))
    return found


def _leads(session: Session, traces: Traces) -> list[Lead]:
    """Leads whose contact is the person's phone number or mail address, or their name
    on a lead of their account."""
    person, tests = traces.person, []
    if person.phone.strip():
        tests.append(Lead.contact_phone == person.phone)
    if person.email.strip():
        tests.append(Lead.contact_email == person.email)
    if traces.name:
        tests.append(Lead.contact_name == person.name)
    if not tests:
        return []
    leads = session.execute(select(Lead).where(or_(*tests)).order_by(Lead.id)).scalars()
    return [
        lead
        for lead in leads
        if (person.phone.strip() and lead.contact_phone == person.phone)
        or (person.email.strip() and lead.contact_email == person.email)
        or ("lead", lead.id) in traces.scope
    ]


def _link_refs(session: Session, person_id: int) -> list[tuple[str, int]]:
    """(audit entity, id) of the person's link rows."""
    refs: list[tuple[str, int]] = []
    for entity, where in (
        (DealRole, DealRole.person_id == person_id),
        (Relationship, Relationship.person_id == person_id),
        (Influence, or_(Influence.source_id == person_id, Influence.target_id == person_id)),
    ):
        kind = kind_of_table(entity.__tablename__)
        refs += [(kind, int(i)) for i in session.execute(select(entity.id).where(where)).scalars()]
    return refs


def _audit_entries(session: Session, traces: Traces) -> list[tuple[int, list[str]]]:
    """(id, words to blank) of the log entries about the person: about their row or
    their links (every value goes), or whose values hold what identifies them."""
    person = traces.person
    about = (
        (AuditEntry.entity == "person")
        & (AuditEntry.entity_id == person.id)
        & AuditEntry.entity_uuid.in_((person.uuid, ""))
    )
    tests: list[Any] = [about]
    tests += [(AuditEntry.entity == k) & (AuditEntry.entity_id == i) for k, i in traces.links]
    for w in traces.words:
        tests += [AuditEntry.old.icontains(w, autoescape=True)]
        tests += [AuditEntry.new.icontains(w, autoescape=True)]
    rows = session.execute(
        select(
            AuditEntry.id, AuditEntry.entity, AuditEntry.entity_id, AuditEntry.old, AuditEntry.new
        )
        .where(or_(*tests))
        .order_by(AuditEntry.id)
    ).all()
    out: list[tuple[int, list[str]]] = []
    for ident, entity, entity_id, old, new in rows:
        theirs = (entity == "person" and entity_id == person.id) or (
            entity,
            entity_id,
        ) in traces.links
        text = f"{old or ''}\n{new or ''}"
        words = [w for w in traces.words_in(entity, entity_id) if _holds(text, w)]
        if theirs or words:
            out.append((int(ident), words or traces.words))
    return out


def person_data(session: Session, person_id: int) -> dict[str, Any]:
    """Everything held about one person, as plain JSON-ready data."""
    person = c.get(session, Person, person_id, "person")
    t = Base.metadata.tables
    people, traces = t["people"], _traces(session, person)
    names = dict(session.execute(select(Person.id, Person.name)).all())

    def named(pid: Any) -> dict[str, Any] | None:
        return None if pid is None else {"id": pid, "name": names.get(pid, "")}

    roles = _all(session, t["deal_roles"], t["deal_roles"].c.person_id == person_id)
    deal_names = dict(session.execute(select(t["deals"].c.id, t["deals"].c.name)).all())
    for role in roles:
        role["deal"] = deal_names.get(role["deal_id"], "")
    influences = _all(
        session,
        t["influences"],
        or_(t["influences"].c.source_id == person_id, t["influences"].c.target_id == person_id),
    )
    for link in influences:
        link["source"] = names.get(link["source_id"], "")
        link["target"] = names.get(link["target_id"], "")
    members = dict(session.execute(select(t["team_members"].c.id, t["team_members"].c.name)).all())
    relationships = _all(session, t["relationships"], t["relationships"].c.person_id == person_id)
    for rel in relationships:
        rel["member"] = members.get(rel["member_id"], "")
    met = select(activity_people.c.activity_id).where(activity_people.c.person_id == person_id)
    activities = _all(session, t["activities"], t["activities"].c.id.in_(met))
    for act in activities:
        for key, pairs, column, named_by in (
            ("members", activity_members, activity_members.c.member_id, members),
            ("people", activity_people, activity_people.c.person_id, names),
        ):
            act[key] = [
                named_by.get(i, "")
                for i in session.execute(
                    select(column).where(pairs.c.activity_id == act["id"]).order_by(column)
                ).scalars()
            ]
    account = session.get(Account, person.account_id)
    department = session.get(Department, person.department_id) if person.department_id else None
    return {
        "format": FORMAT,
        "version": VERSION,
        "schema": REVISIONS[-1],
        "person": _one(session, people, people.c.id == person_id),
        "private": _one(session, t["people_private"], t["people_private"].c.person_id == person_id)
        or {},
        "account": {"id": account.id, "uuid": account.uuid, "name": account.name}
        if account
        else None,
        "department": {"id": department.id, "name": department.name} if department else None,
        "manager": named(person.manager_id),
        "reports": [
            named(pid)
            for pid in session.execute(
                select(Person.id).where(Person.manager_id == person_id).order_by(Person.id)
            ).scalars()
        ],
        "deal_roles": roles,
        "influences": influences,
        "relationships": relationships,
        "activities": activities,
        "leads": _all(
            session, t["leads"], t["leads"].c.id.in_([x.id for x in _leads(session, traces)])
        ),
        "mentions": [m.plain() for m in _mentions(session, traces)],
        "audit_log": _all(
            session,
            t["audit_log"],
            t["audit_log"].c.id.in_([i for i, _ in _audit_entries(session, traces)]),
        ),
    }


@dataclass
class ErasurePlan:
    """What erasing a person removes or rewrites, for the confirmation."""

    person_id: int
    name: str
    account: str
    private: bool
    deal_roles: int
    influences: int
    relationships: int
    activities: int
    mentions: int
    leads: int
    audit_entries: int


def erasure_plan(session: Session, person_id: int) -> ErasurePlan:
    data = person_data(session, person_id)
    person = data["person"]
    return ErasurePlan(
        person_id=person_id,
        name=person["name"],
        account=(data["account"] or {}).get("name", ""),
        private=any(v for k, v in data["private"].items() if k != "person_id"),
        deal_roles=len(data["deal_roles"]),
        influences=len(data["influences"]),
        relationships=len(data["relationships"]),
        activities=len(data["activities"]),
        mentions=len(data["mentions"]),
        leads=len(data["leads"]),
        audit_entries=len(data["audit_log"]),
    )


def _holds(text: str, word: str) -> bool:
    """``word`` is in ``text`` whatever the letters' case: "LI FANG" in a note is
    Li Fang's trace (the search for them in SQL ignores case on both backends)."""
    return word.lower() in text.lower()


def _scrub(value: str | None, needles: Sequence[str], by: str) -> str | None:
    """``value`` with every needle, in any letter case, replaced by ``by``."""
    if value is None:
        return None
    for n in needles:
        value = re.sub(re.escape(n), lambda _m: by, value, flags=re.IGNORECASE)
    return value


def erase_person(session: Session, person_id: int) -> Changes:
    """Remove a person and every trace of them (see the module docstring).

    Not undoable: the returned Changes carry no undo data. The next commit
    checkpoints the WAL, so no copy of the old pages stays beside the file.
    """
    person = c.get(session, Person, person_id, "person")
    traces = _traces(session, person)
    # The log's values about them first (the entries below add none).
    for ident, words in _audit_entries(session, traces):
        entry = session.get(AuditEntry, ident)
        assert entry is not None
        entry.old = _scrub(entry.old, words, c.TOMBSTONE)
        entry.new = _scrub(entry.new, words, c.TOMBSTONE)
    updated: set[tuple[str, int]] = set()
    now = utcnow()
    for mention in _mentions(session, traces):
        table = Base.metadata.tables[mention.table]
        values: dict[str, Any] = {mention.column: _scrub(mention.text, mention.words, ERASED)}
        if "version" in table.c:
            values |= {"version": table.c.version + 1, "updated_at": now}
        session.execute(update(table).where(table.c.id == mention.id).values(values))
        updated.add((kind_of_table(mention.table), mention.id))
    for lead in _leads(session, traces):
        for name in ("contact_name", "contact_phone", "contact_email"):
            if getattr(lead, name) and getattr(lead, name) in (
                person.name,
                person.phone,
                person.email,
            ):
                setattr(lead, name, "")
        updated.add(("lead", lead.id))
    session.flush()
    for kind, ident in sorted(updated):
        session.execute(
            insert(AuditEntry).values(
                who=audit.who(session),
                member_id=audit.member(session),
                action="update",
                entity=kind,
                entity_id=ident,
                field="",
                old=ERASED,
                new=None,
            )
        )
    from model.services.people import delete_person

    deleted = delete_person(session, person_id)
    session.info["checkpoint"] = True
    # No undo data: the snapshot delete_person kept in memory is dropped here.
    return Changes(
        updated=deleted.updated | frozenset(updated),
        deleted=deleted.deleted,
        affects=deleted.affects,
    )
