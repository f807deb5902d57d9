"""Reads behind the person editor: one person's job attributes and the choices
its combo boxes offer.

:class:`~model.rows.PersonRow` is what a list needs; the editor needs the
longer texts too, but never the private attributes, which only
:func:`model.services.people.get_private` hands out, on demand.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select

from model.entities import Competitor, Department, Person
from model.rows import Reader
from model.sql import bytewise

Choice = tuple[int, str]
"""(id, name) for a combo box."""


@dataclass(frozen=True, slots=True)
class PersonDetail:
    """Everything the editor shows outside the sensitive section."""

    id: int
    account_id: int
    name: str
    title: str
    department_id: int | None
    manager_id: int | None
    seniority: str
    role: str | None
    support: int
    backs_competitor_id: int | None
    insider: bool
    insider_sources: int
    coach: bool
    product_preference: str
    purchase_history: str
    kpi: str
    phone: str
    email: str
    left_on: date | None


DETAIL_FIELDS: tuple[str, ...] = tuple(
    name for name in PersonDetail.__dataclass_fields__ if name not in ("id", "account_id")
)
"""The fields the editor may write through ``update_person``."""


def person_detail(db: Reader, person_id: int) -> PersonDetail | None:
    """One person's editable job attributes, or None if they are gone."""
    columns = [getattr(Person, name) for name in PersonDetail.__dataclass_fields__]
    row: Any = db.execute(select(*columns).where(Person.id == person_id)).first()
    if row is None:
        return None
    values = list(row)
    left_on = values[-1]
    if isinstance(left_on, str):  # raw SQLite text when read through a Connection
        values[-1] = date.fromisoformat(left_on)
    return PersonDetail(*values)


def department_choices(db: Reader, account_id: int) -> list[Choice]:
    stmt = (
        select(Department.id, Department.name)
        .where(Department.account_id == account_id)
        .order_by(bytewise(Department.name), Department.id)
    )
    return [(int(i), str(n)) for i, n in db.execute(stmt)]


def competitor_choices(db: Reader) -> list[Choice]:
    stmt = select(Competitor.id, Competitor.name).order_by(bytewise(Competitor.name), Competitor.id)
    return [(int(i), str(n)) for i, n in db.execute(stmt)]


Colleague = tuple[int, str, int | None]
"""(id, name, manager id) of one person of an account."""


def colleagues(db: Reader, account_id: int) -> tuple[Colleague, ...]:
    """Everyone at the account with whom they report to, by name (one query).

    The person editor keeps this between people of the same account: its
    reports-to list is these names less the person and their reports
    (:func:`reports_below`), so showing another person re-reads no list.
    """
    stmt = (
        select(Person.id, Person.name, Person.manager_id)
        .where(Person.account_id == account_id)
        .order_by(bytewise(Person.name), Person.id)
    )
    return tuple((int(i), str(n), None if m is None else int(m)) for i, n, m in db.execute(stmt))


def reports_below(people: Iterable[Colleague], person_id: int) -> set[int]:
    """Everyone who reports to the person, directly or further down.

    >>> reports_below([(1, "A", None), (2, "B", 1), (3, "C", 2), (4, "D", None)], 1)
    {2, 3}
    """
    reports: dict[int, list[int]] = {}
    for pid, _name, manager in people:
        if manager is not None:
            reports.setdefault(manager, []).append(pid)
    found: set[int] = set()
    todo = [person_id]
    while todo:
        for sub in reports.get(todo.pop(), []):
            if sub not in found and sub != person_id:
                found.add(sub)
                todo.append(sub)
    return found


def subordinate_ids(db: Reader, person_id: int) -> set[int]:
    """Everyone who reports to the person, directly or further down."""
    account = db.execute(select(Person.account_id).where(Person.id == person_id)).scalar()
    if account is None:
        return set()
    return reports_below(colleagues(db, account), person_id)


def manager_choices(db: Reader, person_id: int) -> list[Choice]:
    """Whom the person may report to: colleagues at the same account, except
    themselves and their own subordinates (that would make a loop)."""
    account = db.execute(select(Person.account_id).where(Person.id == person_id)).scalar()
    if account is None:
        return []
    people = colleagues(db, account)
    excluded = reports_below(people, person_id) | {person_id}
    return [(i, n) for i, n, _m in people if i not in excluded]
