"""Customer people, their private attributes, influence and our relationships."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from model.changes import Changes
from model.entities import (
    PRIVATE_FIELDS,
    Competitor,
    Department,
    Influence,
    Person,
    PersonPrivate,
    Relationship,
    TeamMember,
)
from model.enums import Role, Seniority, VisitLevel
from model.errors import InvalidValue, term
from model.services import common as c


def _manager(session: Session, obj: Any, raw: Any) -> int | None:
    manager: int | None = c.reference(Person, label="Reports to")(session, obj, raw)
    c.no_cycle(session, Person, obj, manager, label="Reports to")
    return manager


PERSON_FIELDS: dict[str, c.Validator] = {
    "name": c.text(120, required=True, label="Name"),
    "title": c.text(120),
    "department_id": c.reference(Department, label="Department"),
    "manager_id": _manager,
    "seniority": c.choice(Seniority, label="Seniority"),
    "role": c.choice(Role, optional=True, label="Role"),
    "support": c.number(-2, 2, integer=True, label="Support"),
    "backs_competitor_id": c.reference(Competitor, label="Competitor backed"),
    "insider": c.flag(),
    "coach": c.flag(),
    "insider_sources": c.number(0, 20, integer=True, label="Insider sources"),
    "product_preference": c.text(),
    "purchase_history": c.text(),
    "kpi": c.text(),
    "phone": c.text(50),
    "email": c.text(200),
    "left_on": c.day(label="Left on"),
    "map_x": c.number(optional=True),
    "map_y": c.number(optional=True),
}

PRIVATE_VALIDATORS: dict[str, c.Validator] = {name: c.text() for name in PRIVATE_FIELDS}
# The sensitive attributes' names, for editors that show or hide them (desktop/ may
# not import model.entities, where they are declared).
PRIVATE_FIELD_NAMES: tuple[str, ...] = tuple(PRIVATE_FIELDS)


def _same_account(session: Session, person: Person) -> None:
    manager = session.get(Person, person.manager_id) if person.manager_id else None
    if manager is not None and manager.account_id != person.account_id:
        raise InvalidValue(
            "{person} cannot report to someone at another account.", person=person.name
        )
    department = session.get(Department, person.department_id) if person.department_id else None
    if department is not None and department.account_id != person.account_id:
        raise InvalidValue("{person}'s department belongs to another account.", person=person.name)


@c.naming_accounts
def create_person(session: Session, account_id: int, values: Mapping[str, Any]) -> Changes:
    from model.entities import Account

    c.get(session, Account, account_id, "account")
    person = c.create(session, Person, values, PERSON_FIELDS, account_id=account_id)
    _same_account(session, person)
    return Changes.of(created=[("person", person.id)], updated=[("account", account_id)])


@c.naming_accounts
def update_person(session: Session, person_id: int, values: Mapping[str, Any]) -> Changes:
    person = c.get(session, Person, person_id, "person")
    old = c.apply_fields(session, person, values, PERSON_FIELDS)
    _same_account(session, person)
    return Changes.of(updated=[("person", person_id)] if old else [], undo={"old": old})


@c.naming_accounts
def delete_person(session: Session, person_id: int) -> Changes:
    person = c.get(session, Person, person_id, "person")
    account_id = person.account_id
    changes, _ = c.delete_with_snapshot(session, person)
    return changes | Changes.of(updated=[("account", account_id)])


def get_private(session: Session, person_id: int) -> dict[str, str]:
    """The sensitive attributes, only for the person's own editor."""
    row = session.get(PersonPrivate, person_id)
    return {f: (getattr(row, f) if row else "") for f in PRIVATE_FIELDS}


@c.naming_accounts
def update_private(session: Session, person_id: int, values: Mapping[str, str]) -> Changes:
    c.get(session, Person, person_id, "person")
    row = session.get(PersonPrivate, person_id)
    if row is None:
        row = PersonPrivate(person_id=person_id, **{f: "" for f in PRIVATE_FIELDS})
        session.add(row)
        session.flush()
    old = c.apply_fields(session, row, values, PRIVATE_VALIDATORS)
    return Changes.of(updated=[("person", person_id)] if old else [], undo={"old": old})


_position = c.number(-1e7, 1e7, label="Map position")
"""A map position is a finite number in a sane range (never NaN or inf)."""


@c.naming_accounts
def set_positions(session: Session, positions: Mapping[int, tuple[float, float]]) -> Changes:
    """Store org-map positions for several people at once (one drag, one undo step)."""
    old: dict[int, tuple[float | None, float | None]] = {}
    for pid, (x, y) in positions.items():
        person = c.get(session, Person, pid, "person")
        old[pid] = (person.map_x, person.map_y)
        person.map_x = _position(session, person, x)
        person.map_y = _position(session, person, y)
    return Changes.of(updated=[("person", p) for p in positions], undo={"old": old})


INFLUENCE_FIELDS: dict[str, c.Validator] = {
    "strength": c.number(0.01, 1, label="Influence strength"),
    "note": c.text(),
}


@c.naming_accounts
def set_influence(
    session: Session, source_id: int, target_id: int, strength: float, note: str = ""
) -> Changes:
    """Record that ``source`` sways ``target`` (creating or updating the link)."""
    if source_id == target_id:
        raise InvalidValue("A person cannot influence themselves.")
    a = c.get(session, Person, source_id, "person")
    b = c.get(session, Person, target_id, "person")
    if a.account_id != b.account_id:
        raise InvalidValue("Influence links people of the same account.")
    row = session.execute(
        select(Influence).where(Influence.source_id == source_id, Influence.target_id == target_id)
    ).scalar_one_or_none()
    if row is None:
        row = c.create(
            session,
            Influence,
            {"strength": strength, "note": note},
            INFLUENCE_FIELDS,
            source_id=source_id,
            target_id=target_id,
        )
        return Changes.of(created=[("influence", row.id)])
    old = c.apply_fields(session, row, {"strength": strength, "note": note}, INFLUENCE_FIELDS)
    return Changes.of(updated=[("influence", row.id)], undo={"old": old})


@c.naming_accounts
def delete_link(session: Session, kind: str, link_id: int) -> Changes:
    cls, what = {
        "influence": (Influence, term("influence")),
        "relationship": (Relationship, term("relationship")),
    }[kind]
    row = c.get(session, cls, link_id, what)
    changes, _ = c.delete_with_snapshot(session, row)
    return changes


def _last_contact(session: Session, obj: Any, raw: Any) -> date | None:
    """A local day (the user's calendar), never in the future; empty means unknown."""
    day: date | None = c.day(label="Last contact")(session, obj, raw)
    if day is not None and day > date.today():
        raise InvalidValue(
            "Last contact {day} is in the future; record a contact once it has happened.",
            field="last_contact",
            day=day.isoformat(),
        )
    return day


RELATIONSHIP_FIELDS: dict[str, c.Validator] = {
    "strength": c.number(0.01, 1, label="Relationship strength"),
    "last_contact": _last_contact,
    "visit_level": c.choice(VisitLevel, label="Visit level"),
}


def relationship_row(
    session: Session, member_id: int, person_id: int, new: Mapping[str, Any]
) -> tuple[Relationship, bool]:
    """The relationship of our member with the customer person, created with the
    values ``new`` (checked as any edit of it) when there is none; True: created."""
    row = session.execute(
        select(Relationship).where(
            Relationship.member_id == member_id, Relationship.person_id == person_id
        )
    ).scalar_one_or_none()
    if row is not None:
        return row, False
    row = c.create(
        session, Relationship, new, RELATIONSHIP_FIELDS, member_id=member_id, person_id=person_id
    )
    return row, True


@c.naming_accounts
def set_relationship(
    session: Session, member_id: int, person_id: int, values: Mapping[str, Any]
) -> Changes:
    """Which of our people holds a relationship with a customer person.

    Creates the link or changes the given fields: ``strength`` (0.01..1),
    ``last_contact`` (a local day, not in the future, or None) and
    ``visit_level`` (rep, manager, executive: the highest level on our side
    that met the person). ``Changes.undo["old"]`` holds the old values of the
    fields that changed, so writing them back undoes an update.
    """
    c.get(session, TeamMember, member_id, "team member")
    c.get(session, Person, person_id, "person")
    row, created = relationship_row(session, member_id, person_id, values)
    if created:
        return Changes.of(created=[("relationship", row.id)])
    old = c.apply_fields(session, row, values, RELATIONSHIP_FIELDS)
    return Changes.of(updated=[("relationship", row.id)], undo={"old": old})


DEPARTMENT_KINDS: tuple[str, ...] = ("lead", "influencer", "technical", "user", "other")
"""What a department does in a purchase (``Department.kind``); new ones start as "other".

Influencing and technical departments are on the KI side, user departments on
the KU side (``model.rules.chain.DEPARTMENT_SIDE``); "lead" runs the purchase.
"""

DEPARTMENT_FIELDS: dict[str, c.Validator] = {
    "name": c.text(200, required=True, label="Department name"),
    "kind": c.choice(DEPARTMENT_KINDS, label="Kind"),
    "parent_id": c.reference(Department, label="Parent department"),
}


@dataclass(frozen=True)
class DepartmentRow:
    """One department as the editors show it."""

    id: int
    account_id: int
    name: str
    kind: str
    parent_id: int | None


def get_department(session: Session, department_id: int) -> DepartmentRow | None:
    """A department's name, kind and parent, or None if it is gone."""
    row = session.get(Department, department_id)
    if row is None:
        return None
    return DepartmentRow(row.id, row.account_id, row.name, row.kind, row.parent_id)


def _check_department(session: Session, row: Department) -> None:
    """The parent is a department of the same account, and no loop."""
    if row.parent_id is None:
        return
    parent = session.get(Department, row.parent_id)
    if parent is not None and parent.account_id != row.account_id:
        raise InvalidValue(
            "Department {department} cannot sit under a department of another account.",
            field="parent_id",
            department=row.name,
        )
    c.no_cycle(session, Department, row, row.parent_id, label="Parent department")


@c.naming_accounts
def create_department(session: Session, account_id: int, values: Mapping[str, Any]) -> Changes:
    from model.entities import Account

    c.get(session, Account, account_id, "account")
    row = c.create(session, Department, values, DEPARTMENT_FIELDS, account_id=account_id)
    _check_department(session, row)
    return Changes.of(created=[("department", row.id)], updated=[("account", account_id)])


@c.naming_accounts
def update_department(session: Session, department_id: int, values: Mapping[str, Any]) -> Changes:
    """Change a department's ``name``, ``kind`` or ``parent_id``.

    ``Changes.undo["old"]`` holds the old values of the fields that changed
    (so :class:`desktop.commands.EditCommand` undoes it). The account is named
    too: its deals' exit criteria read the kind (the KI/KU side).
    """
    row = c.get(session, Department, department_id, "department")
    old = c.apply_fields(session, row, values, DEPARTMENT_FIELDS)
    _check_department(session, row)
    touched = [("department", department_id), ("account", row.account_id)] if old else []
    return Changes.of(updated=touched, undo={"old": old})


@c.naming_accounts
def delete_department(session: Session, department_id: int) -> Changes:
    """Remove a department; its people keep their place with no department.

    ``Changes.undo["snapshot"]`` restores it, its people included.
    """
    row = c.get(session, Department, department_id, "department")
    account_id = row.account_id
    changes, _ = c.delete_with_snapshot(session, row)
    return changes | Changes.of(updated=[("account", account_id)])


@c.naming_accounts
def create_department_for(
    session: Session, account_id: int, values: Mapping[str, Any], person_id: int
) -> Changes:
    """Create a department and put the person in it, in one transaction ("New department…").

    ``Changes.undo`` holds ``department_id`` and ``old``: the person's old
    department with the version the move left, which
    :func:`remove_department_for` takes to undo it.
    """
    person = c.get(session, Person, person_id, "person")
    if person.account_id != account_id:
        raise InvalidValue(
            "{person} works at another account; the department was not created.",
            person=person.name,
        )
    created = create_department(session, account_id, values)
    department_id = created.created_id("department")
    old = c.apply_fields(session, person, {"department_id": department_id}, PERSON_FIELDS)
    return created | Changes.of(
        updated=[("person", person_id)],
        undo={"department_id": department_id, "old": old},
    )


@c.naming_accounts
def remove_department_for(
    session: Session,
    department_id: int,
    person_id: int,
    before: Mapping[str, Any],
    version: int | None = None,
) -> Changes:
    """Undo :func:`create_department_for` in one transaction: the person goes
    back to their old department (``before``, its ``undo["old"]``) and the new
    one is deleted.

    ``version`` is the person's version the creation (or the last redo) left;
    if the person was moved elsewhere since, nothing is written
    (``EditConflict``). ``Changes.undo`` holds the department's ``snapshot``
    and ``old``, the person's move back, for :func:`restore_department_for`.
    """
    person = c.get(session, Person, person_id, "person")
    c.expect_version(session, version, {"department_id": department_id})
    try:
        old = c.apply_fields(session, person, dict(before), PERSON_FIELDS)
    finally:
        session.info.pop(c.EXPECT, None)
    deleted = delete_department(session, department_id)
    return deleted | Changes.of(updated=[("person", person_id)], undo={"old": old})


@c.naming_accounts
def restore_department_for(
    session: Session,
    snapshot: c.Snapshot,
    person_id: int,
    before: Mapping[str, Any],
    version: int | None = None,
) -> Changes:
    """Redo :func:`create_department_for` after :func:`remove_department_for`:
    the very same department (id, uuid, name, kind) comes back from the
    snapshot and the person is put in it again, in one transaction.

    ``before`` is what the undo wrote (the person's old department) and
    ``version`` the version it left: a person moved since is not overwritten.
    """
    c.get(session, Person, person_id, "person")
    restored = c.restore(session, snapshot)
    department_id = restored.created_id("department")
    person = c.get(session, Person, person_id, "person")  # restore expired it
    c.expect_version(session, version, before)
    try:
        old = c.apply_fields(session, person, {"department_id": department_id}, PERSON_FIELDS)
    finally:
        session.info.pop(c.EXPECT, None)
    account = c.get(session, Department, department_id, "department").account_id
    return restored | Changes.of(
        updated=[("person", person_id), ("account", account)],
        undo={"department_id": department_id, "old": old},
    )


Place = tuple[float | None, float | None]


@c.naming_accounts
def place_people(session: Session, positions: Mapping[int, Place]) -> Changes:
    """Store positions; ``(None, None)`` means "not placed" (automatic layout)."""
    placed = {
        pid: (float(x), float(y))
        for pid, (x, y) in positions.items()
        if x is not None and y is not None
    }
    changes = set_positions(session, placed) if placed else Changes()
    for pid, (x, y) in positions.items():
        if x is None or y is None:
            changes = changes | update_person(session, pid, {"map_x": None, "map_y": None})
    return changes


def delete_link_of(kind: str, session: Session, link_id: int) -> Changes:
    """:func:`delete_link` with the kind first, to be bound for an undo command."""
    return delete_link(session, kind, link_id)
