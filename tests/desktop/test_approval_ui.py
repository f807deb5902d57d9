"""A forced move awaiting approval on the board: the card's badge, the panel's
banner with Approve and Revert clicked for real, who may press them, undo/redo."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import datetime
from typing import Any

import pytest
from helpers import show_board
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QStyleOptionViewItem

from desktop.board import approvals as banner_module
from desktop.board.approvals import ApprovalBanner, local_time
from desktop.board.delegate import MARGIN_X, MARGIN_Y, PAD
from desktop.board.gate_dialog import GateDecision
from desktop.context import WorkspaceContext
from desktop.pages.board import BoardPage
from model.board import deal_detail
from model.entities import StageChange
from model.services.accounts import create_account
from model.services.deals import create_deal
from model.services.team import create_member

FORCED_REASON = "Customer wants to speed up"


@pytest.fixture
def people(ctx: WorkspaceContext) -> dict[str, int]:
    with ctx.workspace.begin() as s:
        ids = {
            key: create_member(s, {"name": name, "role": role}).created_id("member")
            for key, name, role in (
                ("rep", "Rita Rep", "rep"),
                ("other", "Otto Rep", "rep"),
                ("mgr", "Max Manager", "manager"),
                ("exec", "Eva Exec", "executive"),
            )
        }
        account = create_account(s, {"name": "Acme Steel"}).created_id("account")
        for name in ("Line 3", "Line 4"):
            ids[name] = create_deal(
                s, {"name": name, "account_id": account, "owner_id": ids["rep"]}
            ).created_id("deal")
    return ids


@pytest.fixture
def page(qtbot: Any, ctx: WorkspaceContext, people: dict[str, int]) -> Iterator[BoardPage]:
    board = show_board(qtbot, ctx, size=(1366, 720))
    board.gate_decider = lambda *_: GateDecision(force=True, reason=FORCED_REASON)
    board.reason_asker = lambda *_: pytest.fail("no reason should be asked")
    yield board


def drag(page: BoardPage, source: str, deal_id: int, target: str) -> bool:
    src, dst = page.models[source], page.models[target]
    mime = src.mimeData([src.index(src.row_of(deal_id))])  # type: ignore[arg-type]
    return bool(dst.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, QModelIndex()))


def force(page: BoardPage, ctx: WorkspaceContext, deal: int, by: int | None) -> None:
    """The user ``by`` forces the deal from P2 past the unmet P3 gate, on the board."""
    ctx.set_me(by)
    assert drag(page, "P2", deal, "P3")


def banner(page: BoardPage) -> ApprovalBanner | None:
    found = page.panel.findChildren(ApprovalBanner)
    return found[0] if found else None


def button(page: BoardPage, name: str) -> QPushButton:
    found = page.panel.findChild(QPushButton, name)
    assert found is not None, name
    return found


def click(qtbot: Any, widget: QPushButton) -> None:
    widget.window().show()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def stage(ctx: WorkspaceContext, deal: int) -> str:
    detail = ctx.read(deal_detail, deal)
    assert detail is not None
    return detail.stage


def awaiting(ctx: WorkspaceContext, deal: int) -> bool:
    detail = ctx.read(deal_detail, deal)
    assert detail is not None
    return bool(detail.awaiting)


# -- the card -------------------------------------------------------------------------------------


def test_a_reps_forced_move_puts_a_badge_on_the_card(
    page: BoardPage, ctx: WorkspaceContext, people: dict[str, int]
) -> None:
    deal = people["Line 3"]
    force(page, ctx, deal, people["rep"])
    view = page.store.view(deal)
    assert view.badges.awaiting_approval
    delegate = page.columns["P3"].view.itemDelegate()
    kinds = [b.kind for b in delegate._badges(view)]  # type: ignore[attr-defined]
    assert "approval" in kinds
    # The badge is laid out on the card as it is painted, and explains itself.
    option = QStyleOptionViewItem()
    option.rect = page.columns["P3"].view.visualRect(page.models["P3"].index(0))
    option.font = page.columns["P3"].view.font()
    inner = option.rect.width() - 2 * MARGIN_X - 2 * PAD
    plan = delegate._plan(view, inner, delegate.fonts(option.font))  # type: ignore[attr-defined]
    placed = {b.kind: rect for rect, b, _t in plan.badges}
    assert "approval" in placed, "the card is wide enough to show the badge"
    corner = option.rect.topLeft() + QPoint(MARGIN_X + PAD, MARGIN_Y + PAD - 1)
    spot = corner + placed["approval"].center()
    assert "manager" in delegate.tooltip_at(view, option, spot)  # type: ignore[attr-defined]

    other = people["Line 4"]
    force(page, ctx, other, people["mgr"])
    assert not page.store.view(other).badges.awaiting_approval, "a manager's force is approved"


def test_nobody_named_forcing_also_waits(
    page: BoardPage, ctx: WorkspaceContext, people: dict[str, int]
) -> None:
    force(page, ctx, people["Line 3"], None)
    assert page.store.view(people["Line 3"]).badges.awaiting_approval


# -- the panel's banner -------------------------------------------------------------------------


def test_the_banner_names_the_move_and_whose_buttons_work(
    page: BoardPage, ctx: WorkspaceContext, people: dict[str, int]
) -> None:
    deal = people["Line 3"]
    force(page, ctx, deal, people["rep"])
    page.open_deal(deal)
    found = banner(page)
    assert found is not None
    text = "\n".join(label.text() for label in found.findChildren(QLabel))
    assert "Awaiting a manager's approval" in text
    assert "P2 → P3" in text and "forced by Rita Rep" in text
    assert FORCED_REASON in text and "Unmet:" in text
    approve, revert = button(page, "approveForced"), button(page, "revertForced")
    # The author may take the move back but not approve it.
    assert not approve.isEnabled() and "Only a manager" in approve.toolTip()
    assert revert.isEnabled() and "P2" in revert.text()
    ctx.set_me(people["other"])  # another rep: neither
    assert not approve.isEnabled() and not revert.isEnabled()
    assert "Only a manager, an executive or the member who forced it" in revert.toolTip()
    ctx.set_me(None)
    assert not approve.isEnabled() and "I am…" in approve.toolTip()
    for who in ("mgr", "exec"):
        ctx.set_me(people[who])
        assert approve.isEnabled() and revert.isEnabled()


def test_approve_clicked_ends_the_wait_in_one_undo_step(
    qtbot: Any, page: BoardPage, ctx: WorkspaceContext, people: dict[str, int]
) -> None:
    deal = people["Line 3"]
    force(page, ctx, deal, people["rep"])
    page.open_deal(deal)
    ctx.set_me(people["mgr"])
    steps = ctx.undo_stack.count()
    click(qtbot, button(page, "approveForced"))
    assert ctx.undo_stack.count() == steps + 1
    assert not awaiting(ctx, deal) and stage(ctx, deal) == "P3"
    assert banner(page) is None, "the panel follows"
    assert not page.store.view(deal).badges.awaiting_approval, "and so does the card"
    entry = ctx.read(lambda s: s.get_one(StageChange, ctx.read(deal_detail, deal).history[-1].id))
    assert entry.approved_by_id == people["mgr"]
    history = "\n".join(label.text() for label in page.panel.findChildren(QLabel))
    assert "Approved by Max Manager" in history

    ctx.undo_stack.undo()
    assert awaiting(ctx, deal) and banner(page) is not None
    assert page.store.view(deal).badges.awaiting_approval
    ctx.undo_stack.redo()
    assert not awaiting(ctx, deal) and banner(page) is None


def test_revert_clicked_moves_the_deal_back_with_the_reason(
    qtbot: Any,
    page: BoardPage,
    ctx: WorkspaceContext,
    people: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    deal = people["Line 3"]
    force(page, ctx, deal, people["rep"])
    page.open_deal(deal)
    ctx.set_me(people["exec"])
    asked: list[str] = []

    def reason(_parent: object, title: str, _prompt: str) -> str:
        asked.append(title)
        return "Five elements not verified yet"

    monkeypatch.setattr(banner_module, "reason_asker", reason)
    steps = ctx.undo_stack.count()
    click(qtbot, button(page, "revertForced"))
    assert asked and "P2" in asked[0]
    assert ctx.undo_stack.count() == steps + 1
    assert stage(ctx, deal) == "P2" and not awaiting(ctx, deal)
    assert page.models["P2"].row_of(deal) is not None and page.models["P3"].row_of(deal) is None
    detail = ctx.read(deal_detail, deal)
    assert detail is not None
    last = detail.history[-1]
    assert (last.from_stage, last.to_stage, last.by) == ("P3", "P2", "Eva Exec")
    assert last.reason == "Five elements not verified yet"
    assert banner(page) is None

    ctx.undo_stack.undo()
    assert stage(ctx, deal) == "P3" and awaiting(ctx, deal)
    assert page.store.view(deal).badges.awaiting_approval and banner(page) is not None
    ctx.undo_stack.redo()
    assert stage(ctx, deal) == "P2" and banner(page) is None


def test_a_cancelled_revert_changes_nothing(
    qtbot: Any,
    page: BoardPage,
    ctx: WorkspaceContext,
    people: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    deal = people["Line 3"]
    force(page, ctx, deal, people["rep"])
    page.open_deal(deal)
    monkeypatch.setattr(banner_module, "reason_asker", lambda *_: None)
    steps = ctx.undo_stack.count()
    click(qtbot, button(page, "revertForced"))  # the author, taking it back
    assert ctx.undo_stack.count() == steps and stage(ctx, deal) == "P3"


def test_a_managers_forced_move_shows_no_banner(
    page: BoardPage, ctx: WorkspaceContext, people: dict[str, int]
) -> None:
    deal = people["Line 3"]
    force(page, ctx, deal, people["mgr"])
    page.open_deal(deal)
    assert banner(page) is None
    history = "\n".join(label.text() for label in page.panel.findChildren(QLabel))
    assert "Max Manager" in history and "Forced past" in history


# -- times as the user's clock shows them --------------------------------------------------------


@pytest.mark.parametrize(
    ("zone", "shown"), [("UTC", "2026-01-01 20:30"), ("Asia/Shanghai", "2026-01-02 04:30")]
)
def test_the_banner_shows_when_in_local_time(zone: str, shown: str) -> None:
    before = os.environ.get("TZ")
    os.environ["TZ"] = zone
    time.tzset()
    try:
        assert local_time(datetime(2026, 1, 1, 20, 30)) == shown  # stored as UTC
    finally:
        if before is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = before
        time.tzset()
