"""Account, people and team services: validation messages, Changes, undo values."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from model.entities import Account, Person, TeamMember
from model.errors import InvalidValue, NotFound
from model.services import accounts, people, team
from model.workspace import Workspace


def account_row(workspace: Workspace, account_id: int) -> Account:
    with workspace.begin() as s:
        row = s.get(Account, account_id)
        assert row is not None
        s.expunge(row)
        return row


def person_row(workspace: Workspace, person_id: int) -> Person:
    with workspace.begin() as s:
        row = s.get(Person, person_id)
        assert row is not None
        s.expunge(row)
        return row


def member_row(workspace: Workspace, member_id: int) -> TeamMember:
    with workspace.begin() as s:
        row = s.get(TeamMember, member_id)
        assert row is not None
        s.expunge(row)
        return row


def make_account(workspace: Workspace, **values: Any) -> int:
    with workspace.begin() as s:
        return accounts.create_account(s, {"name": "Acme", **values}).created_id("account")


def make_person(workspace: Workspace, account_id: int, **values: Any) -> int:
    with workspace.begin() as s:
        return people.create_person(s, account_id, {"name": "P", **values}).created_id("person")


def make_member(workspace: Workspace, **values: Any) -> int:
    with workspace.begin() as s:
        return team.create_member(s, {"name": "M", **values}).created_id("member")


def count(workspace: Workspace, cls: type[Any]) -> int:
    with workspace.begin() as s:
        return len(s.execute(select(cls.id)).all())


# --- accounts -----------------------------------------------------------------


@pytest.mark.parametrize("name", ["", "   ", None])
def test_account_needs_a_name(workspace: Workspace, name: str | None) -> None:
    with (
        pytest.raises(InvalidValue, match="Account name must not be empty"),
        workspace.begin() as s,
    ):
        accounts.create_account(s, {"name": name})
    assert count(workspace, Account) == 0


def test_account_refuses_an_unknown_nature_naming_the_choices(workspace: Workspace) -> None:
    with pytest.raises(InvalidValue) as info, workspace.begin() as s:
        accounts.create_account(s, {"name": "Acme", "nature": "alien"})
    assert "Nature 'alien'" in info.value.message
    assert "public, state, foreign, private" in info.value.message
    assert count(workspace, Account) == 0


def test_partner_channel_needs_a_partner_kind(workspace: Workspace) -> None:
    with pytest.raises(InvalidValue, match="partner kind") as info, workspace.begin() as s:
        accounts.create_account(s, {"name": "Acme", "sales_channel": "partner"})
    assert info.value.field == "partner_kind"
    assert count(workspace, Account) == 0
    account_id = make_account(workspace, sales_channel="partner", partner_kind="oem")
    with pytest.raises(InvalidValue, match="partner kind"), workspace.begin() as s:
        accounts.update_account(s, account_id, {"partner_kind": None})
    assert account_row(workspace, account_id).partner_kind == "oem"


def test_direct_channel_clears_the_partner_kind(workspace: Workspace) -> None:
    account_id = make_account(workspace, sales_channel="direct", partner_kind="service")
    assert account_row(workspace, account_id).partner_kind is None


def test_account_parent_loop_is_refused(workspace: Workspace) -> None:
    group = make_account(workspace, name="Group")
    sub = make_account(workspace, name="Sub", parent_id=group)
    subsub = make_account(workspace, name="SubSub", parent_id=sub)
    with pytest.raises(InvalidValue, match="loop"), workspace.begin() as s:
        accounts.update_account(s, group, {"parent_id": subsub})
    with pytest.raises(InvalidValue, match="loop"), workspace.begin() as s:
        accounts.update_account(s, group, {"parent_id": group})
    assert account_row(workspace, group).parent_id is None
    with (
        pytest.raises(InvalidValue, match="Parent account: no record with id 999"),
        workspace.begin() as s,
    ):
        accounts.update_account(s, sub, {"parent_id": 999})


def test_account_values_are_numbered_one_to_five(workspace: Workspace) -> None:
    with pytest.raises(InvalidValue, match="1 to 5"), workspace.begin() as s:
        accounts.create_account(s, {"name": "Acme", "values": [1, 6]})
    account_id = make_account(workspace, values=[3, 1, 3], region=" China / Jiangsu//Suzhou ")
    row = account_row(workspace, account_id)
    assert row.values == [1, 3] and row.region == "China/Jiangsu/Suzhou"


def test_unknown_account_field_is_refused(workspace: Workspace) -> None:
    account_id = make_account(workspace)
    with pytest.raises(InvalidValue, match="colour"), workspace.begin() as s:
        accounts.update_account(s, account_id, {"colour": "red"})


def test_account_changes_name_what_changed(workspace: Workspace) -> None:
    with workspace.begin() as s:
        created = accounts.create_account(s, {"name": "Group"})
    group = created.created_id("account")
    assert created.created == {("account", group)} and not created.updated
    sub = make_account(workspace, name="Sub")
    with workspace.begin() as s:
        changes = accounts.update_account(s, sub, {"parent_id": group, "industry": "steel"})
    assert changes.updated == {("account", sub), ("account", group)}
    assert changes.undo["old"] == {"parent_id": None, "industry": ""}
    with workspace.begin() as s:
        unchanged = accounts.update_account(s, sub, {"industry": "steel"})
    assert not unchanged and unchanged.undo["old"] == {}


def test_account_update_undo_with_old_values_restores_the_row(workspace: Workspace) -> None:
    account_id = make_account(workspace, industry="steel", scale="large", values=[1])
    with workspace.begin() as s:
        changes = accounts.update_account(
            s, account_id, {"name": "Acme Group", "scale": "xl", "values": [2, 4], "note": "x"}
        )
    old = changes.undo["old"]
    assert old == {"name": "Acme", "scale": "large", "values": [1], "note": ""}
    with workspace.begin() as s:
        accounts.update_account(s, account_id, old)
    row = account_row(workspace, account_id)
    assert (row.name, row.scale, row.values, row.note) == ("Acme", "large", [1], "")


def test_undo_of_partner_to_direct_restores_the_partner_kind(workspace: Workspace) -> None:
    account_id = make_account(workspace, sales_channel="partner", partner_kind="oem")
    with workspace.begin() as s:
        changes = accounts.update_account(s, account_id, {"sales_channel": "direct"})
    assert account_row(workspace, account_id).partner_kind is None
    with workspace.begin() as s:
        accounts.update_account(s, account_id, changes.undo["old"])
    row = account_row(workspace, account_id)
    assert (row.sales_channel, row.partner_kind) == ("partner", "oem")


def test_delete_account_reports_the_deletion(workspace: Workspace) -> None:
    account_id = make_account(workspace)
    with workspace.begin() as s:
        changes = accounts.delete_account(s, account_id)
    assert changes.deleted == {("account", account_id)}
    assert "snapshot" in changes.undo
    with (
        pytest.raises(NotFound, match=f"No account with id {account_id}"),
        workspace.begin() as s,
    ):
        accounts.delete_account(s, account_id)


# --- people -------------------------------------------------------------------


def test_person_needs_a_name_and_an_existing_account(workspace: Workspace) -> None:
    account_id = make_account(workspace)
    with pytest.raises(InvalidValue, match="Name must not be empty"), workspace.begin() as s:
        people.create_person(s, account_id, {"name": " "})
    with pytest.raises(NotFound, match="account"), workspace.begin() as s:
        people.create_person(s, 999, {"name": "Zhao"})
    assert count(workspace, Person) == 0


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"support": 3}, "Support must be between -2 and 2"),
        ({"support": -3}, "Support must be between -2 and 2"),
        ({"role": "BOSS"}, "Role 'BOSS' is not one of: KDM, KI, KU, LEAD, EVAL"),
        ({"seniority": "god"}, "Seniority 'god'"),
        ({"left_on": "yesterday"}, "Left on 'yesterday' is not a date"),
    ],
)
def test_person_field_validation(
    workspace: Workspace, values: dict[str, Any], message: str
) -> None:
    account_id = make_account(workspace)
    with pytest.raises(InvalidValue, match=message), workspace.begin() as s:
        people.create_person(s, account_id, {"name": "Zhao", **values})


def test_person_manager_loop_is_refused(workspace: Workspace) -> None:
    account_id = make_account(workspace)
    ceo = make_person(workspace, account_id, name="CEO")
    cto = make_person(workspace, account_id, name="CTO", manager_id=ceo)
    dev = make_person(workspace, account_id, name="Dev", manager_id=cto)
    with (
        pytest.raises(InvalidValue, match="Reports to: that link would make a loop"),
        workspace.begin() as s,
    ):
        people.update_person(s, ceo, {"manager_id": dev})
    with pytest.raises(InvalidValue, match="loop"), workspace.begin() as s:
        people.update_person(s, cto, {"manager_id": cto})
    assert person_row(workspace, ceo).manager_id is None
    assert person_row(workspace, cto).manager_id == ceo


def test_person_manager_from_another_account_is_refused(workspace: Workspace) -> None:
    acme = make_account(workspace, name="Acme")
    other = make_account(workspace, name="Other")
    boss_elsewhere = make_person(workspace, other, name="Boss Elsewhere")
    with pytest.raises(InvalidValue, match="another account"), workspace.begin() as s:
        people.create_person(s, acme, {"name": "Zhao", "manager_id": boss_elsewhere})
    zhao = make_person(workspace, acme, name="Zhao")
    with (
        pytest.raises(InvalidValue, match=r"Zhao .*another account"),
        workspace.begin() as s,
    ):
        people.update_person(s, zhao, {"manager_id": boss_elsewhere})
    assert person_row(workspace, zhao).manager_id is None
    assert count(workspace, Person) == 2


def test_person_department_from_another_account_is_refused(workspace: Workspace) -> None:
    acme = make_account(workspace, name="Acme")
    other = make_account(workspace, name="Other")
    with workspace.begin() as s:
        dept = people.create_department(s, other, {"name": "IT"}).created_id("department")
    with (
        pytest.raises(InvalidValue, match=r"Zhao.*department.*another account"),
        workspace.begin() as s,
    ):
        people.create_person(s, acme, {"name": "Zhao", "department_id": dept})


def test_person_changes_and_undo(workspace: Workspace) -> None:
    account_id = make_account(workspace)
    boss = make_person(workspace, account_id, name="Boss")
    with workspace.begin() as s:
        created = people.create_person(s, account_id, {"name": "Zhao", "title": "CTO"})
    zhao = created.created_id("person")
    assert created.created == {("person", zhao)}
    assert created.updated == {("account", account_id)}
    with workspace.begin() as s:
        changes = people.update_person(
            s, zhao, {"title": "CIO", "manager_id": boss, "support": 2, "role": "KI"}
        )
    assert changes.updated == {("person", zhao)} and not changes.created
    assert changes.undo["old"] == {"title": "CTO", "manager_id": None, "support": 0, "role": None}
    with workspace.begin() as s:
        people.update_person(s, zhao, changes.undo["old"])
    row = person_row(workspace, zhao)
    assert (row.title, row.manager_id, row.support, row.role) == ("CTO", None, 0, None)
    with workspace.begin() as s:
        deleted = people.delete_person(s, zhao)
    assert deleted.deleted == {("person", zhao)}
    assert ("account", account_id) in deleted.updated


def test_influence_rules(workspace: Workspace) -> None:
    acme = make_account(workspace, name="Acme")
    other = make_account(workspace, name="Other")
    a = make_person(workspace, acme, name="A")
    b = make_person(workspace, acme, name="B")
    x = make_person(workspace, other, name="X")
    with pytest.raises(InvalidValue, match="themselves"), workspace.begin() as s:
        people.set_influence(s, a, a, 0.5)
    with pytest.raises(InvalidValue, match="same account"), workspace.begin() as s:
        people.set_influence(s, a, x, 0.5)
    with pytest.raises(InvalidValue, match="Influence strength"), workspace.begin() as s:
        people.set_influence(s, a, b, 1.5)
    with workspace.begin() as s:
        link = people.set_influence(s, a, b, 0.4).created_id("influence")
        again = people.set_influence(s, a, b, 0.8)
    assert again.updated == {("influence", link)}
    assert again.undo["old"] == {"strength": 0.4}


# --- team ---------------------------------------------------------------------


def test_member_validation(workspace: Workspace) -> None:
    with pytest.raises(InvalidValue, match="Name must not be empty"), workspace.begin() as s:
        team.create_member(s, {"name": ""})
    with pytest.raises(InvalidValue, match="Role 'boss'"), workspace.begin() as s:
        team.create_member(s, {"name": "Li", "role": "boss"})
    with (
        pytest.raises(InvalidValue, match="Manager: no record with id 42"),
        workspace.begin() as s,
    ):
        team.create_member(s, {"name": "Li", "manager_id": 42})
    assert count(workspace, TeamMember) == 0


def test_member_manager_loop_is_refused(workspace: Workspace) -> None:
    vp = make_member(workspace, name="VP", role="executive")
    mgr = make_member(workspace, name="Mgr", role="manager", manager_id=vp)
    rep = make_member(workspace, name="Rep", manager_id=mgr)
    with (
        pytest.raises(InvalidValue, match="Manager: that link would make a loop"),
        workspace.begin() as s,
    ):
        team.update_member(s, vp, {"manager_id": rep})
    with pytest.raises(InvalidValue, match="loop"), workspace.begin() as s:
        team.update_member(s, rep, {"manager_id": rep})
    assert member_row(workspace, vp).manager_id is None


def test_member_changes_and_undo(workspace: Workspace) -> None:
    mgr = make_member(workspace, name="Mgr", role="manager")
    with workspace.begin() as s:
        created = team.create_member(s, {"name": "Li", "email": "li@example.com"})
    li = created.created_id("member")
    assert created.created == {("member", li)}
    with workspace.begin() as s:
        changes = team.update_member(
            s, li, {"role": "presales", "manager_id": mgr, "active": False}
        )
    assert changes.updated == {("member", li)}
    assert changes.undo["old"] == {"role": "rep", "manager_id": None, "active": True}
    with workspace.begin() as s:
        team.update_member(s, li, changes.undo["old"])
    row = member_row(workspace, li)
    assert (row.role, row.manager_id, row.active) == ("rep", None, True)
    with workspace.begin() as s:
        assert team.delete_member(s, li).deleted == {("member", li)}


def test_competitor_needs_a_name(workspace: Workspace) -> None:
    with pytest.raises(InvalidValue, match="Competitor name"), workspace.begin() as s:
        team.create_competitor(s, {"name": ""})
    with workspace.begin() as s:
        changes = team.create_competitor(s, {"name": "Rival"})
    assert changes.kinds == {"competitor"}
