"""A deal's life in the model: created through the gate, closed with a reason from the
workspace's list, reopened, and its protection period ended by a move back before P3.

Every record of who acted defaults to the acting member (``audit.member``), and
every undo (``revert_stage_change``) restores exactly what it took away.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session
from stored import deal_row, history

from model.entities import AuditEntry, Deal
from model.errors import InvalidValue
from model.services import accounts, deals, payments, team
from model.services.deals import GateBlocked, ReasonRequired
from model.settings import CLOSE_REASON_KEYS, get_setting, set_setting
from model.workspace import Workspace

P2 = [f"P2.EXIT.{n}" for n in range(1, 6)]
P3 = [f"P3.EXIT.{n}" for n in range(1, 6)]
FIVE = [f"P3.FIVE.{n}" for n in range(1, 6)]


@dataclass
class World:
    me: int
    boss: int
    account: int
    rival: int


@pytest.fixture
def w(workspace: Workspace) -> World:
    with workspace.begin() as s:
        me = team.create_member(s, {"name": "Li Rep", "role": "rep"}).created_id("member")
        boss = team.create_member(s, {"name": "Wang", "role": "manager"}).created_id("member")
        acc = accounts.create_account(s, {"name": "Acme Steel"}).created_id("account")
        rival = team.create_competitor(s, {"name": "Rival Ltd"}).created_id("competitor")
    return World(me, boss, acc, rival)


@contextmanager
def acting(workspace: Workspace, member: int | None) -> Iterator[Session]:
    """A transaction in which ``member`` is the one acting (as ``ctx.write`` sets it)."""
    with workspace.begin() as s:
        s.info["member_id"] = member
        yield s


def new(workspace: Workspace, w: World, stage: str = "P2", **values: object) -> int:
    with acting(workspace, w.me) as s:
        base = {"name": f"MES {stage}", "account_id": w.account, "stage": stage}
        return deals.create_deal(s, {**base, **values}).created_id("deal")


# -- creating through the gate --------------------------------------------------------------------


def test_a_deal_created_at_p4_is_blocked_by_the_gate(workspace: Workspace, w: World) -> None:
    with pytest.raises(GateBlocked) as info:
        new(workspace, w, "P4", amount=500_000)
    gate = info.value.gate
    assert (gate.from_stage, gate.to_stage) == ("P1", "P4")
    assert gate.unmet_ids == P2 + P3 + FIVE  # five elements are never verified on a new deal
    with pytest.raises(ReasonRequired) as reason:
        new(workspace, w, "P4", force=True, reason="   ")
    assert reason.value.field == "reason"
    with workspace.sessions() as s:
        assert s.execute(select(Deal.id)).first() is None


def test_a_forced_creation_is_recorded_with_who_why_and_what_was_unmet(
    workspace: Workspace, w: World
) -> None:
    deal_id = new(workspace, w, "P4", force=True, reason="taken over from the old CRM")
    [entry] = history(workspace, deal_id)
    assert (entry.from_stage, entry.to_stage, entry.forced) == (None, "P4", True)
    assert entry.unmet == P2 + P3 + FIVE
    assert (entry.reason, entry.by_id) == ("taken over from the old CRM", w.me)
    assert deal_row(workspace, deal_id).protection_expires is not None  # P3 or later is protected


@pytest.mark.parametrize("stage", ["P1", "P2"])
def test_p1_and_p2_need_no_force(workspace: Workspace, w: World, stage: str) -> None:
    deal_id = new(workspace, w, stage)
    [entry] = history(workspace, deal_id)
    assert (entry.to_stage, entry.forced, entry.unmet, entry.by_id) == (stage, False, [], w.me)
    assert deal_row(workspace, deal_id).protection_expires is None


# -- closing with a reason from the list -----------------------------------------------------------


@pytest.mark.parametrize("status", ["lost", "shelved"])
def test_lost_and_shelved_need_a_reason_from_the_workspaces_list(
    workspace: Workspace, w: World, status: str
) -> None:
    deal_id = new(workspace, w, "P3", force=True, reason="pilot")
    with pytest.raises(ReasonRequired) as missing, acting(workspace, w.me) as s:
        deals.close_deal(s, deal_id, status, reason="they went quiet")
    assert missing.value.field == "close_reason"
    with pytest.raises(InvalidValue, match="not one of") as wrong, acting(workspace, w.me) as s:
        deals.close_deal(s, deal_id, status, close_reason="bad luck")
    assert wrong.value.field == "close_reason"
    assert deal_row(workspace, deal_id).status == "open"
    with acting(workspace, w.me) as s:
        deals.close_deal(s, deal_id, status, close_reason="no_decision", reason="board froze it")
    deal = deal_row(workspace, deal_id)
    assert (deal.status, deal.close_reason, deal.status_reason) == (
        status,
        "no_decision",
        "board froze it",
    )
    assert history(workspace, deal_id)[-1].by_id == w.me


def test_a_teams_own_close_reason_counts_once_it_is_in_the_list(
    workspace: Workspace, w: World
) -> None:
    deal_id = new(workspace, w)
    with pytest.raises(InvalidValue), acting(workspace, w.me) as s:
        deals.close_deal(s, deal_id, "lost", close_reason="Merged into group tender")
    with workspace.begin() as s:
        set_setting(s, "close_reasons", [*CLOSE_REASON_KEYS, "Merged into group tender"])
    with acting(workspace, w.me) as s:
        deals.close_deal(s, deal_id, "lost", close_reason="Merged into group tender")
        assert "Merged into group tender" in get_setting(s, "close_reasons")
    assert deal_row(workspace, deal_id).close_reason == "Merged into group tender"


def test_the_competitor_is_kept_for_lost_only(workspace: Workspace, w: World) -> None:
    lost, shelved = new(workspace, w), new(workspace, w)
    with acting(workspace, w.me) as s:
        deals.close_deal(s, lost, "lost", close_reason="competitor", competitor_id=w.rival)
        deals.close_deal(s, shelved, "shelved", close_reason="timing", competitor_id=w.rival)
    assert deal_row(workspace, lost).lost_to_id == w.rival
    assert deal_row(workspace, shelved).lost_to_id is None


def test_undo_of_a_close_and_of_a_reopen_restore_the_close_reason(
    workspace: Workspace, w: World
) -> None:
    deal_id = new(workspace, w, "P3", force=True, reason="pilot")
    with acting(workspace, w.me) as s:
        close = deals.close_deal(
            s, deal_id, "lost", close_reason="price", reason="15% under", competitor_id=w.rival
        )
    closed = deal_row(workspace, deal_id)
    kept = (closed.close_reason, closed.status_reason, closed.lost_to_id, closed.closed_on)
    assert kept == ("price", "15% under", w.rival, date.today())

    with acting(workspace, w.boss) as s:
        reopen = deals.reopen_deal(s, deal_id, reason="their pick failed the pilot")
    opened = deal_row(workspace, deal_id)
    assert (opened.status, opened.close_reason, opened.status_reason, opened.lost_to_id) == (
        "open",
        "",
        "",
        None,
    )
    assert history(workspace, deal_id)[-1].by_id == w.boss
    with workspace.begin() as s:  # undo of the reopen: the close comes back exactly
        deals.revert_stage_change(
            s, reopen.created_id("stage_change"), closed=reopen.undo["closed"]
        )
    again = deal_row(workspace, deal_id)
    assert (again.status, again.close_reason, again.status_reason, again.lost_to_id) == (
        "lost",
        *kept[:3],
    )
    assert again.closed_on == kept[3]
    with workspace.begin() as s:  # undo of the close: open, and no reason left behind
        deals.revert_stage_change(s, close.created_id("stage_change"))
    back = deal_row(workspace, deal_id)
    assert (back.status, back.close_reason, back.status_reason, back.lost_to_id) == (
        "open",
        "",
        "",
        None,
    )


def test_won_needs_no_reason(workspace: Workspace, w: World) -> None:
    deal_id = new(
        workspace, w, "P7", force=True, reason="imported", contract_signed_on=date(2025, 3, 1)
    )
    with acting(workspace, w.me) as s:
        deals.update_deal(s, deal_id, {"contract_value": 100_000})
        inst = payments.add_instalment(s, deal_id, amount=40_000).created_id("instalment")
        payments.record_payment(s, inst, amount=40_000, received_on=date(2025, 3, 20))
        deals.close_deal(s, deal_id, "won")
    deal = deal_row(workspace, deal_id)
    assert (deal.status, deal.close_reason) == ("won", "")
    assert history(workspace, deal_id)[-1].by_id == w.me


# -- protection: moving back before P3 ends it --------------------------------------------------


def protection_log(workspace: Workspace, deal_id: int) -> list[tuple[str | None, str | None]]:
    with workspace.sessions() as s:
        return [
            (old, new)
            for old, new in s.execute(
                select(AuditEntry.old, AuditEntry.new)
                .where(
                    AuditEntry.entity == "deal",
                    AuditEntry.entity_id == deal_id,
                    AuditEntry.field == "protection_expires",
                )
                .order_by(AuditEntry.id)
            )
        ]


def test_moving_back_before_p3_ends_protection_and_undo_restores_it(
    workspace: Workspace, w: World
) -> None:
    deal_id = new(workspace, w, "P4", force=True, reason="imported")
    with workspace.begin() as s:  # a protection day set by hand, not the default
        deals.update_deal(s, deal_id, {"protection_expires": date(2031, 1, 31)})
    with acting(workspace, w.me) as s:
        kept = deals.move_deal(s, deal_id, "P3", reason="needs another look")
    assert kept.undo == {}
    assert deal_row(workspace, deal_id).protection_expires == date(2031, 1, 31)  # still P3

    with acting(workspace, w.me) as s:
        back = deals.move_deal(s, deal_id, "P2", reason="no budget after all")
    assert deal_row(workspace, deal_id).protection_expires is None
    assert back.undo == {"protection_expires": date(2031, 1, 31)}
    assert protection_log(workspace, deal_id)[-1] == ("2031-01-31", None)
    assert history(workspace, deal_id)[-1].by_id == w.me

    with workspace.begin() as s:  # undo of the move back: the very same day again
        deals.revert_stage_change(s, back.created_id("stage_change"), undo=back.undo)
    deal = deal_row(workspace, deal_id)
    assert (deal.stage, deal.protection_expires) == ("P3", date(2031, 1, 31))


def test_undo_of_a_move_into_p3_takes_the_new_protection_away(
    workspace: Workspace, w: World
) -> None:
    deal_id = new(workspace, w, "P2")
    with acting(workspace, w.me) as s:
        into = deals.move_deal(s, deal_id, "P3", force=True, reason="pilot agreed")
    assert deal_row(workspace, deal_id).protection_expires is not None
    assert into.undo["protection_expires"] is None
    with workspace.begin() as s:
        deals.revert_stage_change(s, into.created_id("stage_change"), undo=into.undo)
    assert deal_row(workspace, deal_id).protection_expires is None


def test_a_deal_back_in_p3_later_gets_a_new_period(workspace: Workspace, w: World) -> None:
    deal_id = new(workspace, w, "P3", force=True, reason="pilot")
    with acting(workspace, w.me) as s:
        deals.update_deal(s, deal_id, {"protection_expires": date(2030, 6, 30)})
        deals.move_deal(s, deal_id, "P2", reason="paused")
        assert s.get(Deal, deal_id).protection_expires is None  # type: ignore[union-attr]
        deals.move_deal(s, deal_id, "P3", force=True, reason="back on")
    again = deal_row(workspace, deal_id).protection_expires
    assert again is not None and again != date(2030, 6, 30)
    assert again > date.today()


def test_without_the_moves_undo_data_a_revert_still_follows_the_stage(
    workspace: Workspace, w: World
) -> None:
    deal_id = new(workspace, w, "P3", force=True, reason="pilot")
    with acting(workspace, w.me) as s:
        back = deals.move_deal(s, deal_id, "P2", reason="paused")
    with workspace.begin() as s:  # an old undo step that kept only the entry's id
        deals.revert_stage_change(s, back.created_id("stage_change"))
    deal = deal_row(workspace, deal_id)
    assert deal.stage == "P3" and deal.protection_expires is not None
