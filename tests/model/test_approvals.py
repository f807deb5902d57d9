"""Forced moves awaiting a manager's approval (model/services/approvals.py).

A move forced past an unmet gate by someone without a manager role waits
until a manager approves it or reverts it; a manager's own forced move counts
as approved. Each test names one part of that rule.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import timedelta

import pytest
from sqlalchemy import select

from model.board import badges_for, deal_detail
from model.entities import AuditEntry, Deal, StageChange
from model.errors import InvalidValue
from model.rows import board_rows
from model.services import accounts, deals, team
from model.services.approvals import (
    ApprovalRefused,
    approve_stage_change,
    awaiting_ids,
    is_manager,
    revert_forced_move,
    revert_target,
    withdraw_approval,
)
from model.workspace import Workspace


@dataclass
class Team:
    manager: int
    executive: int
    rep: int
    presales: int
    other_rep: int
    account: int


@pytest.fixture
def t(workspace: Workspace) -> Team:
    with workspace.begin() as s:

        def member(name: str, role: str) -> int:
            return team.create_member(s, {"name": name, "role": role}).created_id("member")

        return Team(
            manager=member("Wang Manager", "manager"),
            executive=member("Zhao Exec", "executive"),
            rep=member("Li Rep", "rep"),
            presales=member("Sun Presales", "presales"),
            other_rep=member("Qian Rep", "rep"),
            account=accounts.create_account(s, {"name": "Acme Steel"}).created_id("account"),
        )


def _deal(workspace: Workspace, t: Team, name: str = "Line 3") -> int:
    with workspace.begin() as s:
        return deals.create_deal(s, {"name": name, "account_id": t.account}).created_id("deal")


def _force(workspace: Workspace, deal_id: int, stage: str, by: int | None) -> int:
    """Force a deal past its unmet gate; the new stage change's id."""
    with workspace.begin() as s:
        changes = deals.move_deal(s, deal_id, stage, force=True, reason="Customer hurries", by=by)
        return changes.created_id("stage_change")


def _waiting(workspace: Workspace, deal_id: int | None = None) -> frozenset[int]:
    with workspace.sessions() as s:
        return awaiting_ids(s, None if deal_id is None else [deal_id])


def _card(workspace: Workspace, deal_id: int) -> bool:
    with workspace.sessions() as s:
        (card,) = board_rows(s, deal_ids=[deal_id])
        return card.awaiting_approval


def _stage(workspace: Workspace, deal_id: int) -> str:
    with workspace.sessions() as s:
        detail = deal_detail(s, deal_id)
        assert detail is not None
        return detail.stage


# -- who waits ----------------------------------------------------------------------


@pytest.mark.parametrize("role", ["rep", "presales", "nobody"])
def test_a_forced_move_without_a_manager_role_awaits_approval(
    workspace: Workspace, t: Team, role: str
) -> None:
    deal = _deal(workspace, t)
    by = {"rep": t.rep, "presales": t.presales, "nobody": None}[role]
    change = _force(workspace, deal, "P3", by)
    assert _waiting(workspace, deal) == {change}
    assert _card(workspace, deal) is True
    with workspace.sessions() as s:
        detail = deal_detail(s, deal)
    assert detail is not None
    (item,) = detail.awaiting
    assert (item.id, item.from_stage, item.to_stage, item.by_id) == (change, "P2", "P3", by)
    assert item.reason == "Customer hurries" and item.forced and item.unmet


@pytest.mark.parametrize("role", ["manager", "executive"])
def test_a_managers_forced_move_counts_as_approved(
    workspace: Workspace, t: Team, role: str
) -> None:
    deal = _deal(workspace, t)
    _force(workspace, deal, "P3", t.manager if role == "manager" else t.executive)
    assert _waiting(workspace, deal) == frozenset()
    assert _card(workspace, deal) is False


def test_a_move_through_a_met_gate_never_waits(workspace: Workspace, t: Team) -> None:
    deal = _deal(workspace, t)
    with workspace.begin() as s:
        deals.move_deal(s, deal, "P1", reason="Back to targeting", by=t.rep)
        deals.move_deal(s, deal, "P2", by=t.rep)  # P1 has no exit criteria
    assert _waiting(workspace, deal) == frozenset()


def test_the_board_reads_every_deals_flag_in_one_statement(workspace: Workspace, t: Team) -> None:
    waiting, fine = _deal(workspace, t, "A"), _deal(workspace, t, "B")
    _force(workspace, waiting, "P3", t.rep)
    _force(workspace, fine, "P3", t.manager)
    with workspace.sessions() as s:
        flags = {c.id: c.awaiting_approval for c in board_rows(s)}
        narrowed = board_rows(s, deal_ids=[fine])
    assert flags == {waiting: True, fine: False}
    assert [c.awaiting_approval for c in narrowed] == [False]


def test_the_card_badge_follows_the_flag_of_open_deals_only(workspace: Workspace, t: Team) -> None:
    deal = _deal(workspace, t)
    _force(workspace, deal, "P3", t.rep)
    with workspace.sessions() as s:
        (card,) = board_rows(s, deal_ids=[deal])
    assert badges_for(card).awaiting_approval is True
    assert badges_for(replace(card, status="lost")).awaiting_approval is False


def test_a_closed_deal_has_nothing_left_to_approve(workspace: Workspace, t: Team) -> None:
    deal = _deal(workspace, t)
    _force(workspace, deal, "P3", t.rep)
    with workspace.begin() as s:  # as close_deal leaves it
        s.get_one(Deal, deal).status = "shelved"
    assert _waiting(workspace, deal) == frozenset()
    assert _card(workspace, deal) is False


def test_moving_back_to_where_a_forced_move_came_from_ends_the_wait(
    workspace: Workspace, t: Team
) -> None:
    deal = _deal(workspace, t)
    change = _force(workspace, deal, "P4", t.rep)  # P2 -> P4 past two gates
    with workspace.begin() as s:
        deals.move_deal(s, deal, "P3", reason="Not approved yet", by=t.rep)
    assert _waiting(workspace, deal) == {change}, "still past the P2 gate it forced"
    with workspace.begin() as s:
        deals.move_deal(s, deal, "P2", reason="Back", by=t.rep)
    assert _waiting(workspace, deal) == frozenset()
    with workspace.begin() as s:  # forward again through the gate: a new question
        second = deals.move_deal(s, deal, "P3", force=True, reason="Again", by=t.rep)
    assert _waiting(workspace, deal) == {second.created_id("stage_change")}


def test_a_forced_creation_came_from_the_entry_stage(workspace: Workspace, t: Team) -> None:
    deal = _deal(workspace, t)
    with workspace.begin() as s:
        created = s.execute(select(StageChange).where(StageChange.deal_id == deal)).scalar_one()
        created.forced, created.unmet, created.to_stage = True, ["P3.FIVE.1"], "P3"
        s.get_one(Deal, deal).stage = "P3"
        change = created.id
    assert revert_target(None) == "P2"
    assert _waiting(workspace, deal) == {change}
    with workspace.begin() as s:
        revert_forced_move(s, change, reason="Not a valid opportunity yet", by=t.manager)
    assert _stage(workspace, deal) == "P2"
    assert _waiting(workspace, deal) == frozenset()


# -- approving ------------------------------------------------------------------------


@pytest.mark.parametrize("role", ["rep", "presales"])
def test_only_a_manager_may_approve(workspace: Workspace, t: Team, role: str) -> None:
    deal = _deal(workspace, t)
    change = _force(workspace, deal, "P3", t.rep)
    with workspace.begin() as s, pytest.raises(ApprovalRefused, match="Only a manager"):
        approve_stage_change(s, change, by=t.rep if role == "rep" else t.presales)
    assert _waiting(workspace, deal) == {change}


def test_approving_needs_a_named_member(workspace: Workspace, t: Team) -> None:
    deal = _deal(workspace, t)
    change = _force(workspace, deal, "P3", t.rep)
    with workspace.begin() as s, pytest.raises(ApprovalRefused, match="Say who you are"):
        approve_stage_change(s, change)


def test_a_managers_approval_ends_the_wait_and_undo_brings_it_back(
    workspace: Workspace, t: Team
) -> None:
    deal = _deal(workspace, t)
    change = _force(workspace, deal, "P3", t.rep)
    with workspace.begin() as s:
        done = approve_stage_change(s, change, by=t.executive)
    assert done.updated == {("deal", deal), ("stage_change", change)}
    assert _waiting(workspace, deal) == frozenset() and _card(workspace, deal) is False
    with workspace.sessions() as s:
        detail = deal_detail(s, deal)
        assert detail is not None
        item = next(h for h in detail.history if h.id == change)
    assert item.approved_by == "Zhao Exec" and item.approved_at == done.undo["approved_at"]
    assert not item.awaiting and detail.awaiting == ()
    with workspace.begin() as s:
        withdraw_approval(s, change, approved_at=done.undo["approved_at"])
    assert _waiting(workspace, deal) == {change}
    with workspace.sessions() as s:
        entry = s.get_one(StageChange, change)
        assert (entry.approved_by_id, entry.approved_at) == (None, None)


def test_approval_defaults_to_the_acting_member_and_is_logged(
    workspace: Workspace, t: Team
) -> None:
    deal = _deal(workspace, t)
    change = _force(workspace, deal, "P3", t.rep)
    with workspace.begin() as s:
        s.info["member_id"], s.info["who"] = t.manager, "wang"
        approve_stage_change(s, change)
    with workspace.sessions() as s:
        assert s.get_one(StageChange, change).approved_by_id == t.manager
        log = s.execute(
            select(AuditEntry.who, AuditEntry.member_id, AuditEntry.new).where(
                AuditEntry.entity == "stage_change", AuditEntry.field == "approved_by_id"
            )
        ).one()
    assert tuple(log) == ("wang", t.manager, str(t.manager))


def test_an_approved_move_cannot_be_approved_twice(workspace: Workspace, t: Team) -> None:
    deal = _deal(workspace, t)
    change = _force(workspace, deal, "P3", t.rep)
    with workspace.begin() as s:
        approve_stage_change(s, change, by=t.manager)
    with workspace.begin() as s, pytest.raises(InvalidValue, match="does not await"):
        approve_stage_change(s, change, by=t.manager)


def test_undo_of_an_approval_refuses_to_remove_a_newer_one(workspace: Workspace, t: Team) -> None:
    deal = _deal(workspace, t)
    change = _force(workspace, deal, "P3", t.rep)
    with workspace.begin() as s:
        first = approve_stage_change(s, change, by=t.manager).undo["approved_at"]
    with workspace.begin() as s:  # taken back and approved again in the meantime
        entry = s.get_one(StageChange, change)
        entry.approved_at = first + timedelta(minutes=5)
    with workspace.begin() as s, pytest.raises(InvalidValue, match="changed since"):
        withdraw_approval(s, change, approved_at=first)
    assert _waiting(workspace, deal) == frozenset()


def test_is_manager_reads_the_team_role(workspace: Workspace, t: Team) -> None:
    with workspace.sessions() as s:
        found = {m: is_manager(s, m) for m in (t.manager, t.executive, t.rep, t.presales)}
        assert is_manager(s, None) is False
    assert found == {t.manager: True, t.executive: True, t.rep: False, t.presales: False}


# -- reverting ------------------------------------------------------------------------


def test_a_manager_reverts_a_forced_move_and_undo_restores_it(
    workspace: Workspace, t: Team
) -> None:
    deal = _deal(workspace, t)
    change = _force(workspace, deal, "P4", t.rep)
    with workspace.begin() as s:
        back = revert_forced_move(s, change, reason="Five elements not verified", by=t.manager)
    assert _stage(workspace, deal) == "P2"
    assert _waiting(workspace, deal) == frozenset()
    with workspace.sessions() as s:
        detail = deal_detail(s, deal)
        assert detail is not None
        last = detail.history[-1]
    assert (last.from_stage, last.to_stage, last.by_id) == ("P4", "P2", t.manager)
    assert last.reason == "Five elements not verified"
    with workspace.begin() as s:
        deals.revert_stage_change(s, back.created_id("stage_change"))
    assert _stage(workspace, deal) == "P4"
    assert _waiting(workspace, deal) == {change}


def test_the_author_may_take_back_their_own_forced_move(workspace: Workspace, t: Team) -> None:
    deal = _deal(workspace, t)
    change = _force(workspace, deal, "P3", t.rep)
    with workspace.begin() as s, pytest.raises(ApprovalRefused, match="its author"):
        revert_forced_move(s, change, reason="Not mine", by=t.other_rep)
    with workspace.begin() as s:
        revert_forced_move(s, change, reason="Too early", by=t.rep)
    assert _stage(workspace, deal) == "P2"


def test_reverting_needs_a_reason_like_any_move_back(workspace: Workspace, t: Team) -> None:
    deal = _deal(workspace, t)
    change = _force(workspace, deal, "P3", t.rep)
    with workspace.begin() as s, pytest.raises(deals.ReasonRequired):
        revert_forced_move(s, change, reason="  ", by=t.manager)
    assert _stage(workspace, deal) == "P3"


def test_a_move_that_does_not_wait_cannot_be_reverted_here(workspace: Workspace, t: Team) -> None:
    deal = _deal(workspace, t)
    change = _force(workspace, deal, "P3", t.manager)
    with workspace.begin() as s, pytest.raises(InvalidValue, match="does not await"):
        revert_forced_move(s, change, reason="Why not", by=t.manager)
