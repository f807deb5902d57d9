"""The reads behind the account editor and the account's delete question.

Qt-free, so the desktop shows what the model reads and holds no SQL.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import func, select

from model.entities import Account, Deal, Person
from model.regions import region_prefixes
from model.rows import MemberRow, Reader, member_rows
from model.services.accounts import ACCOUNT_FIELDS


@dataclass(frozen=True, slots=True)
class AccountForm:
    """One account's stored values and the choices the form offers."""

    id: int
    values: Mapping[str, Any]
    accounts: tuple[tuple[int, str, int | None], ...]  # (id, name, parent id) of all accounts
    members: tuple[MemberRow, ...]
    regions: tuple[str, ...]
    industries: tuple[str, ...]

    def descendants(self) -> set[int]:
        """Subsidiaries of this account at any depth (they cannot be its parent)."""
        children: dict[int, list[int]] = {}
        for ident, _name, parent in self.accounts:
            if parent is not None:
                children.setdefault(parent, []).append(ident)
        found: set[int] = set()
        todo = [self.id]
        while todo:
            for child in children.get(todo.pop(), []):
                if child not in found and child != self.id:
                    found.add(child)
                    todo.append(child)
        return found

    def subsidiaries(self) -> list[tuple[int, str]]:
        return sorted(
            ((i, n) for i, n, p in self.accounts if p == self.id), key=lambda a: a[1].casefold()
        )


def read_account_values(db: Reader, account_id: int) -> dict[str, Any] | None:
    """One account's stored values (an :class:`AccountForm`'s ``values``), or
    None if it is gone: one row."""
    columns = [getattr(Account, name) for name in ACCOUNT_FIELDS]
    row: Any = db.execute(select(*columns).where(Account.id == account_id)).first()
    if row is None:
        return None
    values = dict(zip(ACCOUNT_FIELDS, row, strict=True))
    values["values"] = sorted(int(v) for v in (values["values"] or []))
    return values


CHOICE_SOURCES = ("region", "industry")
"""Fields the form's choice lists are gathered from across all accounts."""


def refreshed_form(db: Reader, form: AccountForm) -> AccountForm | None:
    """``form`` after a change of its own account alone (no other account, no
    member): the account's row read again, the accounts' list patched with its
    name and parent; everything is read again only when its region or industry
    changed (those lists come from all accounts). None if the account is gone."""
    values = read_account_values(db, form.id)
    if values is None:
        return None
    if any(values.get(k) != form.values.get(k) for k in CHOICE_SOURCES):
        return read_account_form(db, form.id)
    accounts = tuple(
        (i, str(values["name"]), values["parent_id"]) if i == form.id else (i, n, p)
        for i, n, p in form.accounts
    )
    return replace(form, values=values, accounts=accounts)


def read_account_form(db: Reader, account_id: int) -> AccountForm | None:
    """Everything the editor shows for one account, or None if it is gone."""
    values = read_account_values(db, account_id)
    if values is None:
        return None
    everyone: Any = db.execute(
        select(Account.id, Account.name, Account.parent_id, Account.region, Account.industry)
    ).all()
    regions = sorted({p for r in everyone for p in region_prefixes(r[3] or "")}, key=str.casefold)
    industries = sorted({str(r[4]) for r in everyone if r[4]}, key=str.casefold)
    return AccountForm(
        id=account_id,
        values=values,
        accounts=tuple((int(r[0]), str(r[1]), r[2]) for r in everyone),
        members=tuple(member_rows(db)),
        regions=tuple(regions),
        industries=tuple(industries),
    )


def account_dependents(db: Reader, account_id: int) -> tuple[int, int, int]:
    """(people, deals, subsidiaries) of an account: what its deletion takes or touches."""

    def count(stmt: Any) -> int:
        return int(db.execute(stmt).scalar() or 0)

    return (
        count(select(func.count()).select_from(Person).where(Person.account_id == account_id)),
        count(select(func.count()).select_from(Deal).where(Deal.account_id == account_id)),
        count(select(func.count()).select_from(Account).where(Account.parent_id == account_id)),
    )


def account_named(db: Reader, name: str) -> int | None:
    """The id of the account with this exact name (the first, if several share it)."""
    found = db.execute(select(Account.id).where(Account.name == name).limit(1)).scalar()
    return None if found is None else int(found)
