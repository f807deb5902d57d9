"""Everything held about one customer person, and their erasure (privacy rights).

What is "held about" a person, for the export and the erasure alike:

- their row (name, title, phone, mail, KPI, product preference, purchase
  history, flags, map position) and their personal attributes;
- their roles in deals, the influence links from and to them (with their
  notes), our relationships with them;
- the activities that name them (with the team members and other people met);
- mentions: free text elsewhere (activity summaries and next steps, deal,
  account and lead notes, evidence…: every long-text column) that holds their
  full name, phone number or mail address;
- leads whose contact is their name, phone number or mail address;
- audit-log entries about their row and their links, and entries whose values
  hold their name, phone or mail.

The erasure deletes the person (their links go with them), replaces every
mention with "(erased)", clears the matching leads' contact fields, and
leaves in the audit log only that something was there ("(deleted)"). It is
one transaction and cannot be undone: nothing of them is kept to undo it with.
"""

from __future__ import annotations

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


def _needles(person: Person) -> list[str]:
    """The words that identify the person in free text: full name, phone, mail."""
    out = [person.name.strip()] if len(person.name.strip()) >= 2 else []
    out += [v.strip() for v in (person.phone, person.email) if len(v.strip()) >= 5]
    return list(dict.fromkeys(out))


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


def _mentions(session: Session, person: Person, needles: Sequence[str]) -> list[Mention]:
    found: list[Mention] = []
    if not needles:
        return found
    for table, name in _text_columns():
        col = table.c[name]
        where = or_(*(col.contains(n, autoescape=True) for n in needles))
        if table.name == "people":
            where &= table.c.id != person.id
        for ident, value in session.execute(
            select(table.c.id, col).where(where).order_by(table.c.id)
        ):
            if any(n in value for n in needles):
                found.append(Mention(table.name, int(ident), name, str(value)))
    return found


def _leads(session: Session, person: Person) -> list[Lead]:
    """Leads whose contact is the person's name, phone number or mail address."""
    tests = []
    if person.name.strip():
        tests.append(Lead.contact_name == person.name)
    if person.phone.strip():
        tests.append(Lead.contact_phone == person.phone)
    if person.email.strip():
        tests.append(Lead.contact_email == person.email)
    if not tests:
        return []
    return list(session.execute(select(Lead).where(or_(*tests)).order_by(Lead.id)).scalars())


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


def _audit_where(person: Person, links: Sequence[tuple[str, int]], needles: Sequence[str]) -> Any:
    about = (
        (AuditEntry.entity == "person")
        & (AuditEntry.entity_id == person.id)
        & AuditEntry.entity_uuid.in_((person.uuid, ""))
    )
    tests: list[Any] = [about]
    tests += [(AuditEntry.entity == k) & (AuditEntry.entity_id == i) for k, i in links]
    for n in needles:
        tests += [AuditEntry.old.contains(n, autoescape=True)]
        tests += [AuditEntry.new.contains(n, autoescape=True)]
    return or_(*tests)


def person_data(session: Session, person_id: int) -> dict[str, Any]:
    """Everything held about one person, as plain JSON-ready data."""
    person = c.get(session, Person, person_id, "person")
    t = Base.metadata.tables
    people, links = t["people"], _link_refs(session, person_id)
    needles = _needles(person)
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
            session, t["leads"], t["leads"].c.id.in_([x.id for x in _leads(session, person)])
        ),
        "mentions": [m.__dict__ for m in _mentions(session, person, needles)],
        "audit_log": _all(session, t["audit_log"], _audit_where(person, links, needles)),
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


def _scrub(value: str | None, needles: Sequence[str], by: str) -> str | None:
    if value is None:
        return None
    for n in needles:
        value = value.replace(n, by)
    return value


def erase_person(session: Session, person_id: int) -> Changes:
    """Remove a person and every trace of them (see the module docstring).

    Not undoable: the returned Changes carry no undo data. The next commit
    checkpoints the WAL, so no copy of the old pages stays beside the file.
    """
    person = c.get(session, Person, person_id, "person")
    needles = _needles(person)
    links = _link_refs(session, person_id)
    audit_where = _audit_where(person, links, needles)
    updated: set[tuple[str, int]] = set()
    now = utcnow()
    for mention in _mentions(session, person, needles):
        table = Base.metadata.tables[mention.table]
        values: dict[str, Any] = {mention.column: _scrub(mention.text, needles, ERASED)}
        if "version" in table.c:
            values |= {"version": table.c.version + 1, "updated_at": now}
        session.execute(update(table).where(table.c.id == mention.id).values(values))
        updated.add((kind_of_table(mention.table), mention.id))
    for lead in _leads(session, person):
        for name in ("contact_name", "contact_phone", "contact_email"):
            if getattr(lead, name) in (person.name, person.phone, person.email):
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
    # The log's values about them, before the delete tombstones the rest.
    entries = session.execute(
        select(AuditEntry.id, AuditEntry.old, AuditEntry.new).where(audit_where)
    ).all()
    for ident, old, new in entries:
        session.execute(
            update(AuditEntry)
            .where(AuditEntry.id == ident)
            .values(old=_scrub(old, needles, c.TOMBSTONE), new=_scrub(new, needles, c.TOMBSTONE))
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
