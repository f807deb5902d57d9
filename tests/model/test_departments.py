"""Departments: edited (name, kind, parent) with undo values, and "New department…"
as one transaction whose undo and redo are one write each and restore exactly."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
from sqlalchemy import select

from model.entities import AuditEntry, Department, Person
from model.errors import EditConflict, InvalidValue, NotFound
from model.rules.chain import chain_facts
from model.services import accounts, deals, people
from model.services import common as c
from model.workspace import Workspace


@dataclass
class Data:
    acme: int
    other: int
    it: int  # kind "other"
    elsewhere: int  # a department of the other account
    cio: int  # in IT
    clerk: int  # no department, an insider with no role
    deal: int


def _write(workspace: Workspace, fn: Any, *args: Any, member: int | None = None) -> Any:
    with workspace.begin() as s:
        s.info["member_id"] = member
        return fn(s, *args)


def _department(workspace: Workspace, department_id: int) -> people.DepartmentRow | None:
    with workspace.sessions() as s:
        return people.get_department(s, department_id)


def _person(workspace: Workspace, person_id: int) -> Person:
    with workspace.begin() as s:
        row = s.get(Person, person_id)
        assert row is not None
        s.expunge(row)
        return row


def _departments(workspace: Workspace, account_id: int) -> list[tuple[int, str, str, str]]:
    with workspace.sessions() as s:
        rows = s.execute(
            select(Department.id, Department.uuid, Department.name, Department.kind)
            .where(Department.account_id == account_id)
            .order_by(Department.id)
        ).all()
        return [tuple(r) for r in rows]  # type: ignore[misc]


@pytest.fixture
def data(workspace: Workspace) -> Iterator[Data]:
    with workspace.begin() as s:
        acme = accounts.create_account(s, {"name": "Acme"}).created_id("account")
        other = accounts.create_account(s, {"name": "Other"}).created_id("account")
        it = people.create_department(s, acme, {"name": "IT"}).created_id("department")
        elsewhere = people.create_department(s, other, {"name": "Far"}).created_id("department")
        cio = people.create_person(s, acme, {"name": "Cio", "department_id": it}).created_id(
            "person"
        )
        clerk = people.create_person(s, acme, {"name": "Clerk", "insider": True}).created_id(
            "person"
        )
        deal = deals.create_deal(s, {"account_id": acme, "name": "Grid"}).created_id("deal")
    yield Data(acme, other, it, elsewhere, cio, clerk, deal)


def _sides(workspace: Workspace, deal: int, person: int) -> frozenset[str]:
    with workspace.sessions() as s:
        facts = chain_facts(s, [deal], today=date(2030, 1, 1))[deal]
    found = [p for p in facts.people if p.id == person]
    assert found, person
    return found[0].sides


# -- update_department ------------------------------------------------------------------


def test_update_department_sets_fields_names_the_account_and_undo_writes_them_back(
    workspace: Workspace, data: Data
) -> None:
    changes = _write(
        workspace, people.update_department, data.it, {"name": "IT & Data", "kind": "technical"}
    )
    assert changes.updated == {("department", data.it), ("account", data.acme)}
    old = changes.undo["old"]
    assert dict(old) == {"name": "IT", "kind": "other"}
    row = _department(workspace, data.it)
    assert row is not None and (row.name, row.kind) == ("IT & Data", "technical")

    # What EditCommand's undo does: the old values, checked against the version left.
    _write(
        workspace, c.checked_update, people.update_department, data.it, old, old.version, old.new
    )
    row = _department(workspace, data.it)
    assert row is not None and (row.name, row.kind) == ("IT", "other")


def test_update_with_nothing_new_changes_nothing(workspace: Workspace, data: Data) -> None:
    changes = _write(workspace, people.update_department, data.it, {"kind": "other"})
    assert not changes and dict(changes.undo["old"]) == {}


def test_undo_of_a_kind_refuses_to_overwrite_a_newer_kind(workspace: Workspace, data: Data) -> None:
    old = _write(workspace, people.update_department, data.it, {"kind": "user"}).undo["old"]
    _write(workspace, people.update_department, data.it, {"kind": "influencer"})  # elsewhere
    with pytest.raises(EditConflict):
        _write(
            workspace,
            c.checked_update,
            people.update_department,
            data.it,
            old,
            old.version,
            old.new,
        )
    row = _department(workspace, data.it)
    assert row is not None and row.kind == "influencer"


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"kind": "sales"}, "Kind"),
        ({"name": "  "}, "Department name"),
        ({"parent_id": 99_999}, "Parent department"),
    ],
)
def test_update_department_refuses_bad_values(
    workspace: Workspace, data: Data, values: dict[str, Any], field: str
) -> None:
    with pytest.raises(InvalidValue) as caught:
        _write(workspace, people.update_department, data.it, values)
    assert caught.value.field == field
    row = _department(workspace, data.it)
    assert row is not None and (row.name, row.kind, row.parent_id) == ("IT", "other", None)


def test_a_parent_is_of_the_same_account_and_makes_no_loop(
    workspace: Workspace, data: Data
) -> None:
    with pytest.raises(InvalidValue, match="another account"):
        _write(workspace, people.update_department, data.it, {"parent_id": data.elsewhere})
    with pytest.raises(InvalidValue, match="another account"):
        _write(
            workspace,
            people.create_department,
            data.acme,
            {"name": "X", "parent_id": data.elsewhere},
        )
    lab = _write(
        workspace, people.create_department, data.acme, {"name": "Lab", "parent_id": data.it}
    ).created_id("department")
    with pytest.raises(InvalidValue, match="loop"):
        _write(workspace, people.update_department, data.it, {"parent_id": lab})
    with pytest.raises(InvalidValue, match="loop"):
        _write(workspace, people.update_department, data.it, {"parent_id": data.it})
    row = _department(workspace, data.it)
    assert row is not None and row.parent_id is None
    with pytest.raises(NotFound):
        _write(workspace, people.update_department, 99_999, {"kind": "user"})


def test_the_chain_reads_the_kind_as_the_ki_ku_side(workspace: Workspace, data: Data) -> None:
    _write(workspace, people.update_person, data.clerk, {"department_id": data.it})
    assert _sides(workspace, data.deal, data.clerk) == frozenset()
    _write(workspace, people.update_department, data.it, {"kind": "technical"})
    assert _sides(workspace, data.deal, data.clerk) == {"KI"}
    _write(workspace, people.update_department, data.it, {"kind": "user"})
    assert _sides(workspace, data.deal, data.clerk) == {"KU"}
    _write(workspace, people.update_department, data.it, {"kind": "lead"})
    assert _sides(workspace, data.deal, data.clerk) == frozenset()


# -- "New department…": one transaction, undo and redo one write each ---------------------


def test_create_department_for_creates_and_moves_in_one_transaction(
    workspace: Workspace, data: Data
) -> None:
    changes = _write(
        workspace, people.create_department_for, data.acme, {"name": "Legal"}, data.cio, member=None
    )
    legal = changes.created_id("department")
    assert changes.undo["department_id"] == legal
    assert ("person", data.cio) in changes.updated and ("account", data.acme) in changes.updated
    assert dict(changes.undo["old"]) == {"department_id": data.it}
    assert _person(workspace, data.cio).department_id == legal
    row = _department(workspace, legal)
    assert row is not None and (row.name, row.kind) == ("Legal", "other")


def test_create_department_for_leaves_nothing_when_the_move_fails(
    workspace: Workspace, data: Data, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _departments(workspace, data.acme)

    def refuse(_s: Any, _o: Any, _raw: Any) -> None:
        raise InvalidValue("Department: refused.")

    monkeypatch.setitem(people.PERSON_FIELDS, "department_id", refuse)
    with pytest.raises(InvalidValue):
        _write(workspace, people.create_department_for, data.acme, {"name": "Legal"}, data.cio)
    assert _departments(workspace, data.acme) == before
    assert _person(workspace, data.cio).department_id == data.it


def test_create_department_for_refuses_a_person_of_another_account(
    workspace: Workspace, data: Data
) -> None:
    before = _departments(workspace, data.other)
    with pytest.raises(InvalidValue, match="another account"):
        _write(workspace, people.create_department_for, data.other, {"name": "Legal"}, data.cio)
    with pytest.raises(InvalidValue):
        _write(workspace, people.create_department_for, data.acme, {"name": ""}, data.cio)
    assert _departments(workspace, data.other) == before
    assert _person(workspace, data.cio).department_id == data.it


def test_undo_and_redo_of_a_new_department_restore_exactly(
    workspace: Workspace, data: Data
) -> None:
    before = _departments(workspace, data.acme)
    created = _write(
        workspace, people.create_department_for, data.acme, {"name": "Legal"}, data.cio, member=None
    )
    legal = created.undo["department_id"]
    _write(workspace, people.update_department, legal, {"kind": "user"})
    made = _departments(workspace, data.acme)
    version = _person(workspace, data.cio).version
    old = created.undo["old"]
    assert old.version == version

    undone = _write(
        workspace, people.remove_department_for, legal, data.cio, dict(old), old.version
    )
    assert ("department", legal) in undone.deleted and ("person", data.cio) in undone.updated
    assert _departments(workspace, data.acme) == before
    assert _person(workspace, data.cio).department_id == data.it

    back = undone.undo["old"]
    redone = _write(
        workspace,
        people.restore_department_for,
        undone.undo["snapshot"],
        data.cio,
        dict(old),
        back.version,
    )
    assert redone.undo["department_id"] == legal
    assert _departments(workspace, data.acme) == made  # same id, uuid, name and kind
    assert _person(workspace, data.cio).department_id == legal
    assert redone.undo["old"].version == _person(workspace, data.cio).version


def test_undo_refuses_when_the_person_was_moved_since(workspace: Workspace, data: Data) -> None:
    created = _write(
        workspace, people.create_department_for, data.acme, {"name": "Legal"}, data.cio
    )
    legal, old = created.undo["department_id"], created.undo["old"]
    _write(workspace, people.update_person, data.cio, {"department_id": None})  # another window
    with pytest.raises(EditConflict):
        _write(workspace, people.remove_department_for, legal, data.cio, dict(old), old.version)
    assert _department(workspace, legal) is not None  # nothing written
    assert _person(workspace, data.cio).department_id is None

    # Another field changed since does not block the undo.
    _write(workspace, people.update_person, data.cio, {"department_id": legal})
    version = _person(workspace, data.cio).version
    _write(workspace, people.update_person, data.cio, {"title": "CTO"})
    _write(workspace, people.remove_department_for, legal, data.cio, dict(old), version)
    assert _person(workspace, data.cio).department_id == data.it
    assert _department(workspace, legal) is None


def test_redo_refuses_when_the_person_was_moved_since(workspace: Workspace, data: Data) -> None:
    created = _write(
        workspace, people.create_department_for, data.acme, {"name": "Legal"}, data.cio
    )
    legal, old = created.undo["department_id"], created.undo["old"]
    undone = _write(
        workspace, people.remove_department_for, legal, data.cio, dict(old), old.version
    )
    _write(workspace, people.update_person, data.cio, {"department_id": None})  # another window
    with pytest.raises(EditConflict):
        _write(
            workspace,
            people.restore_department_for,
            undone.undo["snapshot"],
            data.cio,
            dict(old),
            undone.undo["old"].version,
        )
    assert _department(workspace, legal) is None  # the restore was rolled back too
    assert _person(workspace, data.cio).department_id is None


def test_the_audit_log_names_the_member_who_made_the_department(
    workspace: Workspace, data: Data
) -> None:
    from model.services.team import create_member

    me = _write(workspace, create_member, {"name": "Me"}).created_id("member")
    legal = _write(
        workspace, people.create_department_for, data.acme, {"name": "Legal"}, data.cio, member=me
    ).created_id("department")
    with workspace.sessions() as s:
        members = s.execute(
            select(AuditEntry.member_id).where(
                AuditEntry.entity == "department", AuditEntry.entity_id == legal
            )
        ).all()
    assert members and all(m == me for (m,) in members)
