"""People on a deal (the decision chain of one deal) and our relationships with them.

``set_deal_role`` adds, changes and removes a person's part in a deal and
returns what undoing it takes; ``restore_deal_role`` undoes exactly and refuses
to overwrite a newer edit. ``set_relationship`` keeps last contact and visit
level honest.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from model.board import chain_part, deal_candidates, deal_detail
from model.entities import AuditEntry, DealRole, Relationship
from model.errors import InvalidValue, NotFound
from model.services import accounts, deals, people, team
from model.workspace import Workspace


@dataclass
class World:
    account: int
    deal: int
    kdm: int
    ki: int
    gone: int  # left the customer last month
    stranger: int  # works at another account
    rival: int  # a competitor
    rep: int  # our member


@pytest.fixture
def w(workspace: Workspace) -> World:
    with workspace.begin() as s:
        rep = team.create_member(s, {"name": "Li Rep", "role": "rep"}).created_id("member")
        acc = accounts.create_account(s, {"name": "Acme Steel"}).created_id("account")
        other = accounts.create_account(s, {"name": "Other Corp"}).created_id("account")

        def person(account: int, name: str, **values: Any) -> int:
            changes = people.create_person(s, account, {"name": name, **values})
            return changes.created_id("person")

        kdm = person(acc, "Zhao CEO", role="KDM", support=-1)
        ki = person(acc, "Qian CTO", role="KI", support=1, insider=True)
        gone = person(acc, "Sun Gone", left_on=date.today() - timedelta(days=30))
        stranger = person(other, "Zhou Elsewhere")
        rival = team.create_competitor(s, {"name": "Rival Ltd"}).created_id("competitor")
        deal = deals.create_deal(s, {"name": "Mill upgrade", "account_id": acc, "amount": 1e6})
        return World(acc, deal.created_id("deal"), kdm, ki, gone, stranger, rival, rep)


def part(workspace: Workspace, w: World, person_id: int) -> dict[str, Any] | None:
    with workspace.sessions() as s:
        row = s.execute(
            select(DealRole).where(DealRole.deal_id == w.deal, DealRole.person_id == person_id)
        ).scalar_one_or_none()
        if row is None:
            return None
        return {k: getattr(row, k) for k in deals.DEAL_ROLE_FIELDS}


KDM_PART = {"role": "KDM", "support": -2, "backs_competitor_id": None, "insider": False,
            "coach": False}  # fmt: skip


# -- add, change, remove, each with exact undo ------------------------------------------


def test_adding_a_person_returns_none_as_old_and_undo_takes_them_off(
    workspace: Workspace, w: World
) -> None:
    with workspace.begin() as s:
        changes = deals.set_deal_role(s, w.deal, w.kdm, "KDM", support=-2)
    assert changes.undo["old"] is None
    assert changes.undo["new"] == KDM_PART
    assert ("deal", w.deal) in changes.updated and changes.created_id("deal_role")
    assert part(workspace, w, w.kdm) == KDM_PART
    with workspace.begin() as s:
        undone = deals.restore_deal_role(s, w.deal, w.kdm, None, expect=changes.undo["new"])
    assert part(workspace, w, w.kdm) is None
    assert ("deal_role", changes.created_id("deal_role")) in undone.deleted
    # redo is the same restore the other way round
    with workspace.begin() as s:
        deals.restore_deal_role(s, w.deal, w.kdm, changes.undo["new"], expect=None)
    assert part(workspace, w, w.kdm) == KDM_PART


def test_changing_a_part_returns_the_previous_row_and_undo_restores_it(
    workspace: Workspace, w: World
) -> None:
    with workspace.begin() as s:
        deals.set_deal_role(s, w.deal, w.ki, "KI", support=1, insider=True)
    before = part(workspace, w, w.ki)
    with workspace.begin() as s:
        changes = deals.set_deal_role(
            s, w.deal, w.ki, "EVAL", support=2, competitor_id=w.rival, coach=True
        )
    assert changes.undo["old"] == before
    after = {"role": "EVAL", "support": 2, "backs_competitor_id": w.rival, "insider": False,
             "coach": True}  # fmt: skip
    assert part(workspace, w, w.ki) == after
    with workspace.begin() as s:
        deals.restore_deal_role(s, w.deal, w.ki, changes.undo["old"], expect=changes.undo["new"])
    assert part(workspace, w, w.ki) == before


def test_removing_returns_the_row_and_undo_puts_it_back(workspace: Workspace, w: World) -> None:
    with workspace.begin() as s:
        deals.set_deal_role(s, w.deal, w.kdm, "KDM", support=-2)
        removed = deals.set_deal_role(s, w.deal, w.kdm, None)
    assert removed.undo == {"old": KDM_PART, "new": None}
    assert removed.deleted and part(workspace, w, w.kdm) is None
    with workspace.begin() as s:
        deals.restore_deal_role(s, w.deal, w.kdm, removed.undo["old"], expect=None)
    assert part(workspace, w, w.kdm) == KDM_PART
    with workspace.begin() as s:
        assert not deals.set_deal_role(s, w.deal, w.ki, None)  # not on it: nothing to do


def test_setting_the_same_part_again_changes_nothing(workspace: Workspace, w: World) -> None:
    with workspace.begin() as s:
        deals.set_deal_role(s, w.deal, w.kdm, "KDM", support=-2)
        again = deals.set_deal_role(s, w.deal, w.kdm, "KDM", support=-2)
    assert not again and again.undo["old"] == again.undo["new"] == KDM_PART


def test_undo_refuses_to_overwrite_a_newer_edit(workspace: Workspace, w: World) -> None:
    with workspace.begin() as s:
        first = deals.set_deal_role(s, w.deal, w.kdm, "KDM", support=-2)
        deals.set_deal_role(s, w.deal, w.kdm, "KDM", support=1)  # someone else, since
    with pytest.raises(InvalidValue, match="changed since"), workspace.begin() as s:
        deals.restore_deal_role(s, w.deal, w.kdm, first.undo["old"], expect=first.undo["new"])
    assert part(workspace, w, w.kdm) == {**KDM_PART, "support": 1}


def test_every_change_is_in_the_audit_log(workspace: Workspace, w: World) -> None:
    with workspace.begin() as s:
        s.info["member_id"] = w.rep
        deals.set_deal_role(s, w.deal, w.kdm, "KDM", support=-2)
        deals.set_deal_role(s, w.deal, w.kdm, "KDM", support=0)
        deals.set_deal_role(s, w.deal, w.kdm, None)
    with workspace.sessions() as s:
        log = s.execute(
            select(AuditEntry.action, AuditEntry.field, AuditEntry.old, AuditEntry.new,
                   AuditEntry.member_id)
            .where(AuditEntry.entity == "deal_role")
            .order_by(AuditEntry.id)
        ).all()  # fmt: skip
    assert [tuple(row[:4]) for row in log] == [
        ("create", "", None, None),
        ("update", "support", "-2", "0"),
        ("delete", "", None, None),
    ]
    assert {row[4] for row in log} == {w.rep}


# -- validation ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "values", "message"),
    [
        ("BOSS", {}, "Role 'BOSS' is not one of: KDM, KI, KU, LEAD, EVAL"),
        ("KI", {"support": 3}, "Support must be between -2 and 2"),
        ("KI", {"support": -3}, "Support must be between -2 and 2"),
        ("KI", {"competitor_id": 999}, "Competitor backed: no record with id 999"),
    ],
)
def test_invalid_parts_are_refused(
    workspace: Workspace, w: World, role: str, values: dict[str, Any], message: str
) -> None:
    with pytest.raises(InvalidValue, match=message), workspace.begin() as s:
        deals.set_deal_role(s, w.deal, w.ki, role, **values)
    assert part(workspace, w, w.ki) is None


def test_every_role_and_support_level_is_accepted(workspace: Workspace, w: World) -> None:
    for role in ("KDM", "KI", "KU", "LEAD", "EVAL"):
        for support in range(-2, 3):
            with workspace.begin() as s:
                deals.set_deal_role(s, w.deal, w.ki, role, support=support)
            assert part(workspace, w, w.ki) == {
                "role": role, "support": support, "backs_competitor_id": None,
                "insider": False, "coach": False,
            }  # fmt: skip


def test_people_of_another_account_and_unknown_ids_are_refused(
    workspace: Workspace, w: World
) -> None:
    with pytest.raises(InvalidValue, match="Zhou Elsewhere"), workspace.begin() as s:
        deals.set_deal_role(s, w.deal, w.stranger, "KI")
    with pytest.raises(NotFound), workspace.begin() as s:
        deals.set_deal_role(s, w.deal, 9999, "KI")
    with pytest.raises(NotFound), workspace.begin() as s:
        deals.set_deal_role(s, 9999, w.ki, "KI")


def test_someone_who_left_may_stay_on_the_deal_and_is_shown_as_gone(
    workspace: Workspace, w: World
) -> None:
    with workspace.begin() as s:
        deals.set_deal_role(s, w.deal, w.gone, "KU", support=1)
        deals.set_deal_role(s, w.deal, w.gone, "KU", support=2)
    with workspace.sessions() as s:
        detail = deal_detail(s, w.deal)
    assert detail is not None
    (item,) = detail.roles
    assert item.name == "Sun Gone" and item.support == 2
    assert item.left_on == date.today() - timedelta(days=30)


# -- reads: the deal panel, the chooser, the map's one rule ---------------------------------


def test_deal_detail_carries_what_an_edit_needs(workspace: Workspace, w: World) -> None:
    with workspace.begin() as s:
        deals.set_deal_role(s, w.deal, w.ki, "EVAL", support=1, competitor_id=w.rival, coach=True)
    with workspace.sessions() as s:
        detail = deal_detail(s, w.deal)
    assert detail is not None
    (item,) = detail.evaluators
    assert (item.backs, item.backs_id, item.left_on) == ("Rival Ltd", w.rival, None)
    assert item.values() == {"support": 1, "competitor_id": w.rival, "insider": False,
                             "coach": True}  # fmt: skip


def test_candidates_are_the_accounts_people_not_on_the_deal_who_have_not_left(
    workspace: Workspace, w: World
) -> None:
    with workspace.sessions() as s:
        names = [c.name for c in deal_candidates(s, w.deal)]
    assert names == ["Qian CTO", "Zhao CEO"]  # not Sun Gone, not Zhou Elsewhere
    with workspace.begin() as s:
        deals.set_deal_role(s, w.deal, w.kdm, "KDM")
    with workspace.sessions() as s:
        (only,) = deal_candidates(s, w.deal)
        assert deal_candidates(s, 9999) == []
    # the standing part comes along, for the dialog to offer
    assert (only.name, only.role, only.support, only.insider) == ("Qian CTO", "KI", 1, True)


def test_chain_part_is_the_deals_part_when_there_is_one(workspace: Workspace, w: World) -> None:
    with workspace.begin() as s:
        deals.set_deal_role(s, w.deal, w.kdm, "KDM", support=2, coach=True)
    with workspace.sessions() as s:
        standing = chain_part(s, w.kdm)
        on_deal = chain_part(s, w.kdm, w.deal)
        not_on = chain_part(s, w.ki, w.deal)
        assert chain_part(s, 9999) is None
    assert standing is not None and (standing.support, standing.on_deal) == (-1, False)
    assert on_deal is not None and (on_deal.support, on_deal.coach, on_deal.on_deal) == (
        2,
        True,
        True,
    )
    assert not_on is not None and (not_on.role, not_on.support, not_on.on_deal) == (
        "KI",
        1,
        False,
    )


def test_chain_part_agrees_with_the_maps_deal_view(workspace: Workspace, w: World) -> None:
    from graph.from_model import org_data

    with workspace.begin() as s:
        deals.set_deal_role(s, w.deal, w.kdm, "KDM", support=2, competitor_id=w.rival)
    with workspace.sessions() as s:
        for deal in (None, w.deal):
            nodes = {p.id: p for p in org_data(s, w.account, deal).people}
            for pid in (w.kdm, w.ki):
                shown = chain_part(s, pid, deal)
                assert shown is not None
                node = nodes[pid]
                assert (node.role, node.support, node.insider, node.coach) == (
                    shown.role,
                    shown.support,
                    shown.insider,
                    shown.coach,
                )


# -- relationships: last contact and visit level ------------------------------------------


def relationship(workspace: Workspace, w: World) -> tuple[date | None, str]:
    with workspace.sessions() as s:
        row = s.execute(
            select(Relationship.last_contact, Relationship.visit_level).where(
                Relationship.member_id == w.rep, Relationship.person_id == w.kdm
            )
        ).one()
        return row[0], row[1]


def test_last_contact_today_is_taken_and_tomorrow_refused(
    workspace: Workspace, w: World, local_zone: str
) -> None:
    today = date.today()  # the user's local day, in either zone
    with workspace.begin() as s:
        people.set_relationship(s, w.rep, w.kdm, {"strength": 0.5, "last_contact": today})
    assert relationship(workspace, w)[0] == today
    with pytest.raises(InvalidValue, match="in the future"), workspace.begin() as s:
        people.set_relationship(s, w.rep, w.kdm, {"last_contact": today + timedelta(days=1)})
    assert relationship(workspace, w)[0] == today
    with pytest.raises(InvalidValue, match="in the future"), workspace.begin() as s:
        people.set_relationship(s, w.rep, w.ki, {"last_contact": today + timedelta(days=1)})


def test_last_contact_and_visit_level_edits_return_their_old_values(
    workspace: Workspace, w: World
) -> None:
    with workspace.begin() as s:
        people.set_relationship(s, w.rep, w.kdm, {"strength": 0.5})
        changes = people.set_relationship(
            s, w.rep, w.kdm, {"last_contact": date(2024, 3, 1), "visit_level": "executive"}
        )
    assert changes.undo["old"] == {"last_contact": None, "visit_level": "rep"}
    assert relationship(workspace, w) == (date(2024, 3, 1), "executive")
    with workspace.begin() as s:
        people.set_relationship(s, w.rep, w.kdm, changes.undo["old"])
    assert relationship(workspace, w) == (None, "rep")


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"visit_level": "ceo"}, "Visit level 'ceo' is not one of: rep, manager, executive"),
        ({"last_contact": "yesterday"}, "not a date"),
    ],
)
def test_bad_relationship_values_are_refused(
    workspace: Workspace, w: World, values: dict[str, Any], message: str
) -> None:
    with pytest.raises(InvalidValue, match=message), workspace.begin() as s:
        people.set_relationship(s, w.rep, w.kdm, values)
