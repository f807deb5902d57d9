"""Undo puts things back exactly: a reopen's close data, a tick's who and when,
and the protection period of a move into P3 that is taken back."""

from __future__ import annotations

from datetime import date

from model.entities import Deal, ExitCheck
from model.services import deals
from model.services.accounts import create_account
from model.services.team import create_competitor, create_member
from model.workspace import Workspace


def _deal(workspace: Workspace) -> tuple[int, int]:
    with workspace.begin() as s:
        acc = create_account(s, {"name": "Acme"}).created_id("account")
        rep = create_member(s, {"name": "Rep"}).created_id("member")
        deal = deals.create_deal(s, {"name": "MES", "account_id": acc}).created_id("deal")
    return deal, rep


def test_undo_of_a_reopen_brings_back_reason_competitor_and_day(workspace: Workspace) -> None:
    deal, _ = _deal(workspace)
    with workspace.begin() as s:
        rival = create_competitor(s, {"name": "Rival"}).created_id("competitor")
        deals.close_deal(s, deal, "lost", close_reason="price", competitor_id=rival)
        closed = s.get(Deal, deal)
        assert closed is not None
        before = (closed.status, closed.status_reason, closed.lost_to_id, closed.closed_on)
    with workspace.begin() as s:
        changes = deals.reopen_deal(s, deal, reason="they called back")
    with workspace.begin() as s:
        deals.revert_stage_change(
            s, changes.created_id("stage_change"), closed=changes.undo["closed"]
        )
    with workspace.sessions() as s:
        row = s.get(Deal, deal)
        assert row is not None
        assert (row.status, row.status_reason, row.lost_to_id, row.closed_on) == before


def test_restoring_a_tick_keeps_who_and_when(workspace: Workspace) -> None:
    deal, rep = _deal(workspace)
    with workspace.begin() as s:
        deals.set_exit_check(s, deal, "P2.EXIT.1", True, by=rep, note="met the CIO")
        row = s.query(ExitCheck).one()
        row.done_on = date(2026, 6, 21)
    with workspace.begin() as s:
        untick = deals.set_exit_check(s, deal, "P2.EXIT.1", False)
    with workspace.begin() as s:
        deals.restore_exit_check(s, deal, "P2.EXIT.1", untick.undo["row"])
    with workspace.sessions() as s:
        row = s.query(ExitCheck).one()
        assert (row.done, row.by_id, row.done_on, row.note) == (
            True,
            rep,
            date(2026, 6, 21),
            "met the CIO",
        )
    with workspace.begin() as s:
        first = deals.set_exit_check(s, deal, "P2.EXIT.2", True)
        deals.restore_exit_check(s, deal, "P2.EXIT.2", first.undo["row"])
    with workspace.sessions() as s:
        assert s.query(ExitCheck).filter_by(criterion="P2.EXIT.2").first() is None


def test_taking_back_the_move_into_p3_clears_its_protection(workspace: Workspace) -> None:
    deal, _ = _deal(workspace)
    with workspace.begin() as s:
        moved = deals.move_deal(s, deal, "P3", force=True, reason="pilot")
    with workspace.sessions() as s:
        assert s.get(Deal, deal).protection_expires is not None  # type: ignore[union-attr]
    with workspace.begin() as s:
        deals.revert_stage_change(s, moved.created_id("stage_change"))
    with workspace.sessions() as s:
        assert s.get(Deal, deal).protection_expires is None  # type: ignore[union-attr]


def test_the_default_currency_must_be_a_code(workspace: Workspace) -> None:
    import pytest

    from model.errors import InvalidValue
    from model.settings import get_setting, set_setting

    with workspace.begin() as s, pytest.raises(InvalidValue, match="ISO 4217"):
        set_setting(s, "default_currency", "AB")
    with workspace.begin() as s:
        set_setting(s, "default_currency", "USD")
    with workspace.sessions() as s:
        assert get_setting(s, "default_currency") == "USD"
