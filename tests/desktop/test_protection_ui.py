"""Protection in the desktop, driven as a user drives it: the card's countdown, the deal
panel's section and ⋯ menu, the board's "Protection…" lists, the decision and claim
dialogs (real dialogs filled through ``decide_protection``), the Team page's
"Territories…" editor, and undo/redo of each edit.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import pytest
from helpers import queue_dialogs, show_board
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from desktop.board.column_model import VIEW_ROLE
from desktop.context import WorkspaceContext
from desktop.pages.board import BoardPage
from desktop.pages.team import TeamPage
from desktop.protection import decide, lists, territories
from desktop.protection.decide import DecisionDialog
from desktop.protection.lists import ProtectionDialog
from desktop.protection.section import ProtectionView
from desktop.protection.territories import TerritoriesDialog
from model.entities import Deal, ProtectionEvent, StageChange
from model.protection import territories as read_territories
from model.protection import territory_of
from model.services.accounts import create_account
from model.services.deals import create_deal
from model.services.team import create_member


@dataclass
class World:
    rep: int  # the owner
    other: int  # the one who uncovers it
    manager: int  # the user ("me")
    account: int
    deal: int


@pytest.fixture
def w(ctx: WorkspaceContext) -> World:
    def member(name: str, role: str) -> int:
        return ctx.write(create_member, {"name": name, "role": role}).created_id("member")

    rep, other, manager = (
        member("Rita Rep", "rep"),
        member("Otto Rep", "rep"),
        member("Mark Manager", "manager"),
    )
    ctx.me = manager
    account = ctx.write(
        create_account, {"name": "Acme Steel", "region": "domestic/Zhejiang/Hangzhou"}
    ).created_id("account")
    values = {"name": "Mill upgrade", "account_id": account, "stage": "P3", "owner_id": rep}
    deal = ctx.write(create_deal, {**values, "force": True, "reason": "test"}).created_id("deal")
    return World(rep, other, manager, account, deal)


def set_expiry(ctx: WorkspaceContext, deal_id: int, day: date) -> None:
    """Put the deal's period end on ``day`` and its history before it (no progress since)."""
    with ctx.workspace.begin() as s:
        s.execute(update(Deal).where(Deal.id == deal_id).values(protection_expires=day))
        s.execute(update(StageChange).where(StageChange.deal_id == deal_id).values(at=day))


def deal_fields(ctx: WorkspaceContext, deal_id: int) -> tuple[Any, ...]:
    with ctx.workspace.sessions() as s:
        d = s.get(Deal, deal_id)
        assert d is not None
        return (d.owner_id, d.protection_expires, d.public_since)


def event_rows(ctx: WorkspaceContext) -> list[tuple[Any, ...]]:
    with ctx.workspace.sessions() as s:
        return [
            (e.id, e.kind, e.from_member_id, e.to_member_id, e.decided_by_id, e.note)
            for e in s.execute(select(ProtectionEvent).order_by(ProtectionEvent.id)).scalars()
        ]


def card_badge(page: BoardPage, deal_id: int) -> tuple[str, str]:
    """The countdown badge's text and tooltip as the delegate lays the card out."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    key = page.store.column(deal_id)
    assert key is not None
    view, model = page.columns[key].view, page.models[key]
    row = model.row_of(deal_id)
    assert row is not None
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = view.visualRect(model.index(row, 0))
    card = model.index(row).data(VIEW_ROLE)
    plan = page.delegate.card_plan(card, option)
    found = [(text, b) for _r, b, text in plan.badges if b.kind == "protection"]
    assert found, "no protection badge on the card"
    text, badge = found[0]
    assert text in (badge.text, badge.short)  # narrow cards show the short form
    return badge.text, page.delegate.badge_tooltip(card, "protection")


def click(widget: QWidget) -> None:
    assert widget.isEnabled() and widget.isVisible()
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


Filler = Callable[[DecisionDialog], None]


@pytest.fixture
def answer(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Filler]]:
    yield from queue_dialogs(
        monkeypatch, decide, "decide_protection", DecisionDialog, DecisionDialog.values
    )


def section(page: BoardPage) -> ProtectionView:
    found = page.panel.findChild(ProtectionView)
    assert isinstance(found, ProtectionView)
    return found


# -- the countdown --------------------------------------------------------------------------


def test_card_and_panel_show_the_countdown(qtbot: QtBot, ctx: WorkspaceContext, w: World) -> None:
    set_expiry(ctx, w.deal, date.today() + timedelta(days=40))
    page = show_board(qtbot, ctx, w.deal)
    text, tip = card_badge(page, w.deal)
    assert text == "40 d left" and "40 more days" in tip
    assert "40 days left" in section(page).countdown.text()
    set_expiry(ctx, w.deal, date.today() + timedelta(days=12))
    page.reload()
    assert card_badge(page, w.deal)[0] == "12 d left"
    set_expiry(ctx, w.deal, date.today() - timedelta(days=2))
    page.reload()
    page.panel.reload()
    assert card_badge(page, w.deal)[0] == "Expired"
    assert "2 days ago" in section(page).countdown.text()
    assert "a decision is due" in section(page).countdown.text()
    assert page.panel.menu.act_decide.isEnabled() and not page.panel.menu.act_claim.isEnabled()


# -- decisions from the panel ---------------------------------------------------------------


def test_release_then_claim_from_the_panel_with_undo(
    qtbot: QtBot, ctx: WorkspaceContext, w: World, answer: list[Filler]
) -> None:
    day = date.today() - timedelta(days=3)
    set_expiry(ctx, w.deal, day)
    page = show_board(qtbot, ctx, w.deal)
    start = deal_fields(ctx, w.deal)

    def release(d: DecisionDialog) -> None:
        assert set(d.radios) == {"penalise", "release", "transfer"}
        d.choose("release")
        d.note.setText("held too long")

    answer.append(release)
    button = section(page).button
    assert button is not None
    click(button)
    assert deal_fields(ctx, w.deal) == (None, None, date.today())
    assert [e[1:] for e in event_rows(ctx)] == [
        ("release", w.rep, None, w.manager, "held too long")
    ]
    assert card_badge(page, w.deal)[0] == "Public field"
    assert section(page).state() == "public"
    assert page.panel.menu.act_claim.isEnabled()

    def claim_as_other(d: DecisionDialog) -> None:
        assert list(d.radios) == ["claim"] and d.radios["claim"].isChecked()
        assert d.member.currentData() == w.manager  # me, by default
        d.set_member(w.other)

    answer.append(claim_as_other)
    page.panel.menu.act_claim.trigger()
    owner, expires, public = deal_fields(ctx, w.deal)
    assert (owner, public) == (w.other, None) and expires is not None and expires > date.today()
    assert card_badge(page, w.deal)[0].endswith("d left")
    assert [e[1] for e in event_rows(ctx)] == ["release", "claim"]

    ctx.undo_stack.undo()  # the claim
    assert deal_fields(ctx, w.deal) == (None, None, date.today())
    assert [e[1] for e in event_rows(ctx)] == ["release"]
    assert card_badge(page, w.deal)[0] == "Public field"
    ctx.undo_stack.undo()  # the release
    assert deal_fields(ctx, w.deal) == start
    assert event_rows(ctx) == []
    assert card_badge(page, w.deal)[0] == "Expired"
    ctx.undo_stack.redo()
    ctx.undo_stack.redo()
    assert deal_fields(ctx, w.deal) == (w.other, expires, None)
    assert [e[1:] for e in event_rows(ctx)] == [
        ("release", w.rep, None, w.manager, "held too long"),
        ("claim", None, w.other, w.manager, ""),
    ]


# -- the board's Protection… lists ----------------------------------------------------------


def test_protection_lists_penalise_and_transfer(
    qtbot: QtBot, ctx: WorkspaceContext, w: World, answer: list[Filler], monkeypatch: Any
) -> None:
    set_expiry(ctx, w.deal, date.today() - timedelta(days=1))
    page = show_board(qtbot, ctx)
    assert page.act_protection in page.page_actions()
    seen: list[tuple[str, ...]] = []

    def drive(dialog: ProtectionDialog) -> None:
        assert dialog.tabs.tabText(0) == "Awaiting a decision (1)"
        assert dialog.expired_model.rows()[0].deal_id == w.deal
        assert not dialog.public_empty.isHidden()  # the empty public field says so

        def penalise(d: DecisionDialog) -> None:
            d.choose("penalise")

        answer.append(penalise)
        click_hidden(dialog.decide_button)
        seen.append(tuple(r.name for r in dialog.expired_model.rows()))
        assert dialog.tabs.tabText(0) == "Awaiting a decision (0)"  # penalised: decided

        def transfer(d: DecisionDialog) -> None:
            assert "penalise" not in d.radios  # penalised for this expiry already
            d.choose("transfer")
            d.set_member(w.other)

        answer.append(transfer)
        dialog.select_deal(w.deal)
        click_hidden(dialog.decide_button)
        assert dialog.expired_model.rowCount() == 0 and not dialog.expired_empty.isHidden()

    monkeypatch.setattr(lists, "show_protection", drive)
    page.act_protection.trigger()
    assert seen == [("Mill upgrade",)]
    kinds = [(e[1], e[2], e[3], e[4]) for e in event_rows(ctx)]
    assert kinds == [("penalise", w.rep, w.rep, w.manager), ("transfer", w.rep, w.other, w.manager)]
    assert deal_fields(ctx, w.deal)[0] == w.other
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    assert deal_fields(ctx, w.deal)[0] == w.rep and event_rows(ctx) == []


def click_hidden(button: QWidget) -> None:
    """Click a button of a dialog the test drives without showing it."""
    assert button.isEnabled()
    button.click()  # type: ignore[attr-defined]


def test_public_field_tab_claims(
    qtbot: QtBot, ctx: WorkspaceContext, w: World, answer: list[Filler], monkeypatch: Any
) -> None:
    from model.services.protection import release

    set_expiry(ctx, w.deal, date.today() - timedelta(days=1))
    ctx.write(release, w.deal)

    def drive(dialog: ProtectionDialog) -> None:
        assert dialog.tabs.currentIndex() == 1
        assert dialog.tabs.tabText(1) == "Public field (1)"
        assert dialog.public_model.owner(dialog.public_model.rows()[0]) == "Rita Rep"
        answer.append(lambda d: None)  # claims as me
        click_hidden(dialog.claim_button)
        assert dialog.public_model.rowCount() == 0

    monkeypatch.setattr(lists, "show_protection", drive)
    lists.open_protection(ctx, None, public=True)
    assert deal_fields(ctx, w.deal)[0] == w.manager


# -- territories ----------------------------------------------------------------------------


def test_territories_dialog_from_the_team_page(
    qtbot: QtBot, ctx: WorkspaceContext, w: World, monkeypatch: Any
) -> None:
    page = TeamPage(ctx)
    qtbot.addWidget(page)
    assert page.act_territories in page.page_actions()

    def drive(dialog: TerritoriesDialog) -> None:
        assert not dialog.empty.isHidden()
        dialog.set_values(w.rep, "region", "domestic/Zhejiang")
        click_hidden(dialog.add_button)
        dialog.set_values(w.other, "account", w.account)
        click_hidden(dialog.add_button)
        dialog.set_values(w.other, "account", w.account)
        click_hidden(dialog.add_button)  # the same again: refused inline
        assert "already has" in dialog.problem.text()
        assert [(r.member, r.kind, r.value) for r in dialog.model.rows()] == [
            ("Otto Rep", "account", "Acme Steel"),
            ("Rita Rep", "region", "domestic/Zhejiang"),
        ]
        ctx.undo_stack.undo()  # the named account
        assert [r.member for r in dialog.model.rows()] == ["Rita Rep"]
        dialog.view.selectRow(0)
        click_hidden(dialog.remove_button)
        assert dialog.model.rowCount() == 0
        ctx.undo_stack.undo()  # the removal: the same row back
        assert [(r.member, r.value) for r in dialog.model.rows()] == [
            ("Rita Rep", "domestic/Zhejiang")
        ]
        ctx.undo_stack.redo()
        assert dialog.model.rowCount() == 0
        ctx.undo_stack.undo()

    monkeypatch.setattr(territories, "show_territories", drive)
    page.act_territories.trigger()
    with ctx.workspace.sessions() as s:
        assert [t.member_id for t in territory_of(s, w.account)] == [w.rep]
        assert len(read_territories(s)) == 1


def test_territory_is_shown_on_the_panel(qtbot: QtBot, ctx: WorkspaceContext, w: World) -> None:
    from model.services.protection import create_territory

    ctx.write(create_territory, w.rep, {"kind": "region", "value": "domestic/Zhejiang"})
    page = show_board(qtbot, ctx, w.deal)
    assert section(page).territory.text() == "Territory: Rita Rep (region domestic/Zhejiang)"


def test_new_deal_suggests_the_territory_member_as_owner(
    qtbot: QtBot, ctx: WorkspaceContext, w: World
) -> None:
    from desktop.board.new_deal import NewDealDialog
    from model.services.protection import create_territory

    other = ctx.write(create_account, {"name": "Beta Mills", "region": "abroad"})
    beta = other.created_id("account")
    dialog = NewDealDialog(ctx, account_id=w.account)
    qtbot.addWidget(dialog)
    assert dialog.owner.currentData() == w.manager  # no territory: me
    ctx.write(create_territory, w.other, {"kind": "region", "value": "domestic"})
    dialog = NewDealDialog(ctx, account_id=w.account)
    qtbot.addWidget(dialog)
    assert dialog.owner.currentData() == w.other  # the territory's member
    dialog.account.set_account(beta)  # in nobody's territory: the suggestion stays
    assert dialog.owner.currentData() == w.other
    dialog.owner.setCurrentIndex(dialog.owner.findData(w.rep))
    dialog.owner.activated.emit(dialog.owner.currentIndex())  # the user's own pick
    dialog.account.set_account(w.account)
    assert dialog.owner.currentData() == w.rep
