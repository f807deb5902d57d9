"""Protection (P3.PROTECT.1–4): countdown, expiry without progress, penalty, release,
claim, transfer, territories, and exact undo (model.protection, model.services.protection).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select, update

from model.entities import Deal, ProtectionEvent, StageChange
from model.errors import EditConflict, InvalidValue
from model.protection import (
    awaiting_decision,
    deal_protection,
    expired_deals,
    penalties,
    protection_state,
    public_field,
    territories,
    territory_of,
)
from model.services import accounts, deals, protection, team
from model.settings import set_setting
from model.workspace import Workspace


@dataclass
class World:
    rep: int
    other: int
    manager: int
    acme: int
    deal: int


def _months(day: date, n: int) -> date:
    """Hand-rolled: the same day ``n`` months later, clipped to the month's end."""
    y, m = day.year + (day.month - 1 + n) // 12, (day.month - 1 + n) % 12 + 1
    return date(y, m, min(day.day, calendar.monthrange(y, m)[1]))


@pytest.fixture
def w(workspace: Workspace) -> World:
    with workspace.begin() as s:
        set_setting(s, "protection_months", 3)
        rep = team.create_member(s, {"name": "Li Rep", "role": "rep"}).created_id("member")
        other = team.create_member(s, {"name": "Zhou Rep", "role": "rep"}).created_id("member")
        mgr = team.create_member(s, {"name": "Wang Mgr", "role": "manager"}).created_id("member")
        acme = accounts.create_account(
            s, {"name": "Acme Steel", "region": "domestic/Zhejiang/Hangzhou", "industry": "Steel"}
        ).created_id("account")
        values = {"name": "Plant MES", "account_id": acme, "owner_id": rep, "stage": "P3"}
        deal = deals.create_deal(s, {**values, "force": True, "reason": "test"}).created_id("deal")
    return World(rep, other, mgr, acme, deal)


def expire(workspace: Workspace, deal_id: int, days_ago: int = 1) -> date:
    """Make the deal's period end ``days_ago`` days before today and its history older."""
    day = date.today() - timedelta(days=days_ago)
    with workspace.begin() as s:
        s.execute(update(Deal).where(Deal.id == deal_id).values(protection_expires=day))
        s.execute(
            update(StageChange)
            .where(StageChange.deal_id == deal_id)
            .values(at=datetime(2020, 1, 1, 12))
        )
    return day


def act(workspace: Workspace, member: int | None, fn: Any, *args: Any, **kw: Any) -> Any:
    with workspace.begin() as s:
        s.info["member_id"] = member
        return fn(s, *args, **kw)


def deal_row(workspace: Workspace, deal_id: int) -> dict[str, Any]:
    with workspace.sessions() as s:
        row = s.execute(select(Deal.__table__).where(Deal.id == deal_id)).one()._asdict()
    row.pop("updated_at")
    row.pop("version")
    return row


def events(workspace: Workspace) -> list[dict[str, Any]]:
    with workspace.sessions() as s:
        return [r._asdict() for r in s.execute(select(ProtectionEvent.__table__))]


# -- the countdown in local days ----------------------------------------------------------------


def test_days_left_is_counted_in_local_days(
    local_zone: str, workspace: Workspace, w: World
) -> None:
    local_today = datetime.now(ZoneInfo(local_zone)).date()
    assert date.today() == local_today, local_zone
    with workspace.begin() as s:
        expires = s.get(Deal, w.deal).protection_expires
    assert expires == _months(local_today, 3)  # started when the deal entered P3
    with workspace.begin() as s:
        day = local_today + timedelta(days=12)
        s.execute(update(Deal).where(Deal.id == w.deal).values(protection_expires=day))
    with workspace.sessions() as s:
        row = deal_protection(s, w.deal)
    assert row is not None
    assert (row.state.state, row.state.days_left) == ("protected", 12)
    with workspace.begin() as s:
        s.execute(update(Deal).where(Deal.id == w.deal).values(protection_expires=local_today))
    with workspace.sessions() as s:
        row = deal_protection(s, w.deal)
    assert row is not None and (row.state.state, row.state.days_left) == ("protected", 0)
    expire(workspace, w.deal, 3)
    with workspace.sessions() as s:
        row = deal_protection(s, w.deal)
    assert row is not None and (row.state.state, row.state.days_left) == ("expired", -3)


def test_state_of_closed_and_public_deals() -> None:
    day = date(2026, 3, 1)
    assert protection_state(day, None, "won", date(2026, 4, 1)).state == "none"
    assert protection_state(None, None, "open", day).state == "none"
    assert protection_state(None, day, "open", day).state == "public"
    assert protection_state(day, None, "open", date(2026, 3, 2)).days_left == -1


# -- expiry without progress --------------------------------------------------------------------


def test_expired_without_progress_awaits_a_decision(workspace: Workspace, w: World) -> None:
    expire(workspace, w.deal)
    with workspace.sessions() as s:
        assert [r.deal_id for r in awaiting_decision(s)] == [w.deal]


def test_a_forward_move_since_the_period_began_is_progress(workspace: Workspace, w: World) -> None:
    expire(workspace, w.deal)
    with workspace.begin() as s:
        deals.move_deal(s, w.deal, "P4", force=True, reason="test")
    with workspace.sessions() as s:
        found = expired_deals(s)
        assert [(r.deal_id, r.progressed, r.awaiting) for r in found] == [(w.deal, True, False)]
        assert awaiting_decision(s) == []


def test_a_move_back_is_no_progress(workspace: Workspace, w: World) -> None:
    with workspace.begin() as s:
        deals.move_deal(s, w.deal, "P4", force=True, reason="test")
    expire(workspace, w.deal)  # both moves before the period began? no: all at 2020-01-01
    with workspace.begin() as s:
        deals.move_deal(s, w.deal, "P3", reason="back")
    with workspace.sessions() as s:
        assert [r.deal_id for r in awaiting_decision(s)] == [w.deal]


def test_not_yet_expired_is_not_listed(workspace: Workspace, w: World) -> None:
    with workspace.sessions() as s:
        assert expired_deals(s) == [] and awaiting_decision(s) == []


# -- decisions ----------------------------------------------------------------------------------


def test_penalty_is_recorded_and_the_owner_keeps_the_deal(workspace: Workspace, w: World) -> None:
    expired_on = expire(workspace, w.deal)
    act(workspace, w.manager, protection.penalise, w.deal, note="held it")
    row = deal_row(workspace, w.deal)
    assert (row["owner_id"], row["protection_expires"], row["public_since"]) == (
        w.rep,
        expired_on,
        None,
    )
    [event] = events(workspace)
    assert (event["kind"], event["on"], event["from_member_id"], event["to_member_id"]) == (
        "penalise",
        date.today(),
        w.rep,
        w.rep,
    )
    assert (event["decided_by_id"], event["note"]) == (w.manager, "held it")
    with workspace.sessions() as s:
        assert awaiting_decision(s) == []
        assert penalties(s) == {w.rep: 1}
    with pytest.raises(InvalidValue, match="penalised on"):
        act(workspace, w.manager, protection.penalise, w.deal)


def test_release_puts_the_deal_in_the_public_field(workspace: Workspace, w: World) -> None:
    expire(workspace, w.deal)
    act(workspace, w.manager, protection.release, w.deal)
    row = deal_row(workspace, w.deal)
    assert (row["owner_id"], row["protection_expires"], row["public_since"]) == (
        None,
        None,
        date.today(),
    )
    [event] = events(workspace)
    assert (event["kind"], event["from_member_id"], event["decided_by_id"]) == (
        "release",
        w.rep,
        w.manager,
    )
    with workspace.sessions() as s:
        assert [r.deal_id for r in public_field(s)] == [w.deal]
        assert awaiting_decision(s) == []


def test_claim_starts_a_new_period_and_a_second_claim_is_refused(
    local_zone: str, workspace: Workspace, w: World
) -> None:
    expire(workspace, w.deal)
    act(workspace, w.manager, protection.release, w.deal)
    act(workspace, w.other, protection.claim, w.deal)
    local_today = datetime.now(ZoneInfo(local_zone)).date()
    row = deal_row(workspace, w.deal)
    assert (row["owner_id"], row["protection_expires"], row["public_since"]) == (
        w.other,
        _months(local_today, 3),
        None,
    )
    claim_event = [e for e in events(workspace) if e["kind"] == "claim"]
    assert [(e["to_member_id"], e["decided_by_id"], e["on"]) for e in claim_event] == [
        (w.other, w.other, local_today)
    ]
    with workspace.sessions() as s:
        assert public_field(s) == []
        found = deal_protection(s, w.deal)
        assert found is not None and found.state.state == "protected"
        assert [e.kind for e in found.events] == ["claim", "release"]  # newest first
    with pytest.raises(InvalidValue, match="not in the public field"):
        act(workspace, w.rep, protection.claim, w.deal)


def test_claim_needs_a_claimer(workspace: Workspace, w: World) -> None:
    expire(workspace, w.deal)
    act(workspace, w.manager, protection.release, w.deal)
    with pytest.raises(InvalidValue, match="which member"):
        act(workspace, None, protection.claim, w.deal)


def test_transfer_logs_from_to_and_who_decided(workspace: Workspace, w: World) -> None:
    with pytest.raises(InvalidValue, match="protected until"):
        act(workspace, w.manager, protection.transfer, w.deal, w.other)
    expire(workspace, w.deal)
    with pytest.raises(InvalidValue, match="that member's deal already"):
        act(workspace, w.manager, protection.transfer, w.deal, w.rep)
    act(workspace, w.manager, protection.transfer, w.deal, w.other, note="uncovered it")
    row = deal_row(workspace, w.deal)
    assert (row["owner_id"], row["protection_expires"]) == (w.other, _months(date.today(), 3))
    [event] = events(workspace)
    assert (event["kind"], event["from_member_id"], event["to_member_id"]) == (
        "transfer",
        w.rep,
        w.other,
    )
    assert event["decided_by_id"] == w.manager


def test_a_running_period_refuses_penalty_and_release(workspace: Workspace, w: World) -> None:
    for fn in (protection.penalise, protection.release):
        with pytest.raises(InvalidValue, match="protected until"):
            act(workspace, w.manager, fn, w.deal)
    assert events(workspace) == []


def test_extend_gives_a_progressed_deal_a_new_period(workspace: Workspace, w: World) -> None:
    expire(workspace, w.deal)
    act(workspace, w.manager, protection.extend, w.deal)
    assert deal_row(workspace, w.deal)["protection_expires"] == _months(date.today(), 3)
    assert [e["kind"] for e in events(workspace)] == ["extend"]


# -- undo restores exactly ----------------------------------------------------------------------


@pytest.mark.parametrize("decision", ["penalise", "release", "transfer", "claim"])
def test_undo_and_redo_restore_exactly(workspace: Workspace, w: World, decision: str) -> None:
    expire(workspace, w.deal)
    if decision == "claim":
        act(workspace, w.manager, protection.release, w.deal)
    before, before_events = deal_row(workspace, w.deal), events(workspace)
    if decision == "transfer":
        changes = act(workspace, w.manager, protection.transfer, w.deal, w.other)
    elif decision == "claim":
        changes = act(workspace, w.other, protection.claim, w.deal)
    else:
        changes = act(workspace, w.manager, getattr(protection, decision), w.deal)
    assert ("deal", w.deal) in changes.updated and ("account", w.acme) in changes.affects
    after, after_events = deal_row(workspace, w.deal), events(workspace)
    step = changes.undo["step"]
    act(workspace, w.manager, protection.revert_decision, step)
    assert deal_row(workspace, w.deal) == before
    assert events(workspace) == before_events
    act(workspace, w.manager, protection.reapply_decision, step)
    assert deal_row(workspace, w.deal) == after
    assert events(workspace) == after_events


def test_undo_refuses_over_a_newer_change(workspace: Workspace, w: World) -> None:
    expire(workspace, w.deal)
    step = act(workspace, w.manager, protection.release, w.deal).undo["step"]
    act(workspace, w.other, protection.claim, w.deal)
    with pytest.raises(EditConflict):
        act(workspace, w.manager, protection.revert_decision, step)


# -- territories --------------------------------------------------------------------------------


def test_territory_matching_most_specific_first(workspace: Workspace, w: World) -> None:
    with workspace.begin() as s:
        steel = accounts.create_account(s, {"name": "Bao Steel", "industry": "steel"})
        bao = steel.created_id("account")
        protection.create_territory(s, w.manager, {"kind": "region", "value": "domestic"})
        protection.create_territory(s, w.rep, {"kind": "region", "value": "/domestic/Zhejiang/"})
        protection.create_territory(s, w.other, {"kind": "industry", "value": "Steel"})
        protection.create_territory(s, w.other, {"kind": "region", "value": "domestic/Zhe"})
    with workspace.sessions() as s:
        assert [t.member_id for t in territory_of(s, w.acme)] == [w.rep]  # longest prefix
        assert [t.member_id for t in territory_of(s, bao)] == [w.other]  # industry, any case
        assert [t.value for t in territories(s) if t.member_id == w.rep] == ["domestic/Zhejiang"]
        row = deal_protection(s, w.deal)
        assert row is not None and row.suggested_owner == w.rep
    with workspace.begin() as s:
        protection.create_territory(s, w.other, {"kind": "account", "account_id": w.acme})
    with workspace.sessions() as s:
        assert [t.member_id for t in territory_of(s, w.acme)] == [w.other]  # named account
        assert [t.value for t in territory_of(s, w.acme)] == ["Acme Steel"]


def test_territory_refusals_and_undo(workspace: Workspace, w: World) -> None:
    with workspace.begin() as s:
        tid = protection.create_territory(s, w.rep, {"kind": "industry", "value": "Steel"})
    tid_ = tid.created_id("territory")
    with pytest.raises(InvalidValue, match="already has"):
        act(
            workspace,
            None,
            protection.create_territory,
            w.rep,
            {"kind": "industry", "value": "Steel"},
        )
    with pytest.raises(InvalidValue, match="not one of"):
        act(workspace, None, protection.create_territory, w.rep, {"kind": "planet", "value": "x"})
    with pytest.raises(InvalidValue, match="needs a region"):
        act(workspace, None, protection.create_territory, w.rep, {"kind": "region", "value": " / "})
    with workspace.sessions() as s:
        before = territories(s)
    snap = act(workspace, None, protection.delete_territory, tid_).undo["snapshot"]
    with workspace.sessions() as s:
        assert territories(s) == []
    act(workspace, None, protection.restore_territory, snap)
    with workspace.sessions() as s:
        assert territories(s) == before
