"""Presentation mode (issue 13): View ▸ Presentation mode… asks once which accounts,
then shows one slide per account that the keyboard steps through.

A small workspace built through the services: Ann owns Alpha Grid (two open deals,
one lost, next steps overdue, due, done and superseded; Kim the KDM with private
attributes) and Beta Bank (one deal); Bob owns Gamma Works (no deal). The model's
reads are checked against values worked out by hand, the window by the real
action, the real start dialog and real key presses.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest
from helpers import add_account, add_deal_at, add_member, add_person
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

import desktop.presentation as presentation
from desktop.context import WorkspaceContext
from desktop.mainwindow import MainWindow
from desktop.presentation import start
from desktop.presentation.start import StartChoice, StartDialog, StartRequest
from desktop.presentation.window import DealBlock, PresentationWindow, StepBlock
from graph import person_key
from model.board import short_day
from model.presentation import (
    account_slide,
    every_account,
    owner_accounts,
    owner_choices,
    segment_accounts,
    segment_choices,
)
from model.services.accounts import update_account
from model.services.activities import log_activity
from model.services.deals import close_deal, set_exit_check, update_deal, verify_element
from model.services.people import set_relationship, update_private
from model.targeting import create_segment

PRIVATE = "plays golf with the mayor"


def _step(ctx: WorkspaceContext, account: int, deal: int | None, **values: Any) -> int:
    fields = {"kind": "call", **values}
    if deal is not None:
        fields["deal_id"] = deal
    return ctx.write(log_activity, account, fields).created_id("activity")


@pytest.fixture
def world(ctx: WorkspaceContext) -> dict[str, int]:
    TODAY = date.today()  # the local day, read after a test's zone is set
    ann = add_member(ctx, "Ann", "rep")
    bob = add_member(ctx, "Bob", "rep")
    alpha = add_account(ctx, "Alpha Grid")
    beta = add_account(ctx, "Beta Bank")
    gamma = add_account(ctx, "Gamma Works")
    for account, owner, industry in (
        (alpha, ann, "Energy"),
        (beta, ann, "Finance"),
        (gamma, bob, "Manufacturing"),
    ):
        ctx.write(
            update_account,
            account,
            {"owner_id": owner, "industry": industry, "region": "China/East"},
        )
    big = add_deal_at(ctx, alpha, "Alpha substation", "P4")
    small = add_deal_at(ctx, alpha, "Alpha meters", "P2")
    lost = add_deal_at(ctx, alpha, "Alpha lost one", "P2")
    core = add_deal_at(ctx, beta, "Beta core", "P3")
    for deal, amount, owner in ((big, 2_000_000, ann), (small, 500_000, bob), (core, 900_000, ann)):
        ctx.write(update_deal, deal, {"amount": amount, "currency": "CNY", "owner_id": owner})
    ctx.write(set_exit_check, small, "P2.EXIT.1", True)
    ctx.write(verify_element, small, "P3.FIVE.2", status="claimed")
    # Next steps of Alpha: overdue, due soon, done (gone), two undated on one deal (the
    # newer replaces the older), and one of the lost deal (gone with it).
    _step(ctx, alpha, big, on=TODAY - timedelta(days=20), next_step="Call the CFO",
          next_due=TODAY - timedelta(days=6))  # fmt: skip
    _step(ctx, alpha, big, on=TODAY - timedelta(days=2), next_step="Send the proposal",
          next_due=TODAY + timedelta(days=3))  # fmt: skip
    _step(ctx, alpha, big, on=TODAY - timedelta(days=9), next_step="Old done step",
          next_due=TODAY - timedelta(days=8), next_done_on=TODAY - timedelta(days=7))  # fmt: skip
    _step(ctx, alpha, small, on=TODAY - timedelta(days=30), next_step="Stale undated")
    _step(ctx, alpha, small, on=TODAY - timedelta(days=4), next_step="Book the site visit")
    _step(ctx, alpha, lost, on=TODAY - timedelta(days=3), next_step="Step of a lost deal",
          next_due=TODAY - timedelta(days=1))  # fmt: skip
    ctx.write(close_deal, lost, "lost", close_reason="price")
    kim = add_person(ctx, alpha, "Kim", role="KDM", title="General Manager")
    ctx.write(update_private, kim, {"tenure_hobbies": PRIVATE, "family": "two children"})
    ctx.write(set_relationship, ann, kim, {"strength": 0.8})
    ctx.write(
        create_segment,
        {"name": "Energy and finance", "filters": {"industry": ["Energy", "Finance"]}},
    )
    ctx.write(create_segment, {"name": "Retail", "filters": {"industry": ["Retail"]}})
    return {
        "ann": ann, "bob": bob, "alpha": alpha, "beta": beta, "gamma": gamma,
        "big": big, "small": small, "lost": lost, "core": core, "kim": kim,
    }  # fmt: skip


# -- the model's reads --------------------------------------------------------------


def test_accounts_come_in_meeting_order(ctx: WorkspaceContext, world: dict[str, int]) -> None:
    w = world
    # Alpha's open pipeline 2.5M before Beta's 0.9M; Gamma has no open deal: last.
    assert ctx.read(every_account) == [w["alpha"], w["beta"], w["gamma"]]
    assert ctx.read(owner_accounts, w["ann"]) == [w["alpha"], w["beta"]]
    assert ctx.read(owner_accounts, w["bob"]) == [w["gamma"]]
    segments = {s.name: s for s in ctx.read(segment_choices)}
    assert {n: s.accounts for n, s in segments.items()} == {"Energy and finance": 2, "Retail": 0}
    assert ctx.read(segment_accounts, segments["Energy and finance"].id) == [
        w["alpha"],
        w["beta"],
    ]
    assert ctx.read(segment_accounts, segments["Retail"].id) == []
    assert [(o.name, o.accounts) for o in ctx.read(owner_choices)] == [("Ann", 2), ("Bob", 1)]


def test_a_slide_holds_the_open_deals_and_open_next_steps(
    local_zone: str, ctx: WorkspaceContext, world: dict[str, int]
) -> None:
    slide = ctx.read(account_slide, world["alpha"], date.today())
    assert slide is not None
    assert (slide.name, slide.owner, slide.industry) == ("Alpha Grid", "Ann", "Energy")
    # Open deals only, the stage nearest to closing first.
    assert [(d.name, d.stage, d.amount) for d in slide.deals] == [
        ("Alpha substation", "P4", 2_000_000.0),
        ("Alpha meters", "P2", 500_000.0),
    ]
    meters = slide.deals[1]
    # P2 has five exit criteria, one ticked; one element claimed, none verified.
    assert (meters.exits_met, meters.exits_total, meters.exits_unmet) == (1, 5, 4)
    assert meters.owner == "Bob"
    assert dict(meters.elements) == {
        "P3.FIVE.1": "unknown",
        "P3.FIVE.2": "claimed",
        "P3.FIVE.3": "unknown",
        "P3.FIVE.4": "unknown",
        "P3.FIVE.5": "unknown",
    }
    assert meters.elements_verified == 0
    # Overdue first, then by due day, then the newest undated step of each deal.
    assert [(s.text, s.overdue) for s in slide.steps] == [
        ("Call the CFO", True),
        ("Send the proposal", False),
        ("Book the site visit", False),
    ]
    assert slide.overdue == 1
    assert slide.steps[0].deal == "Alpha substation"
    assert ctx.read(account_slide, 10_000) is None


# -- the window ---------------------------------------------------------------------


def windowed(qtbot: QtBot, size: tuple[int, int] = (1366, 768)) -> Any:
    def show(window: PresentationWindow) -> None:
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)

    return show


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> None:
    monkeypatch.setattr(presentation, "present", windowed(qtbot))


@pytest.fixture
def main(ctx: WorkspaceContext, settings: QSettings, qtbot: QtBot) -> Iterator[MainWindow]:
    window = MainWindow(settings, ctx)
    qtbot.addWidget(window)
    yield window


def texts(widget: QWidget) -> list[str]:
    """Every label's text the widget holds, shown or not."""
    return [label.text() for label in widget.findChildren(QLabel)]


def shown_texts(widget: QWidget) -> str:
    return "\n".join(
        label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)
    )


def choose_owner(name: str, opened: list[StartDialog]) -> Any:
    """A decider that opens the real start dialog and picks the owner ``name``."""

    def decide(parent: QWidget | None, request: StartRequest) -> StartChoice | None:
        dialog = StartDialog(request, parent)
        opened.append(dialog)
        dialog.by_owner.click()
        dialog.owner.setCurrentIndex(dialog.owner.findText(name, Qt.MatchFlag.MatchStartsWith))
        assert dialog.by_owner.isChecked()
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok.isEnabled()
        QTest.mouseClick(ok, Qt.MouseButton.LeftButton)
        assert dialog.result() == StartDialog.DialogCode.Accepted
        return dialog.choice()

    return decide


def open_from_menu(main: MainWindow, ctx: WorkspaceContext) -> PresentationWindow:
    assert main.act_presentation in main.view_menu.actions()
    assert main.act_presentation.isEnabled()
    main.act_presentation.trigger()
    found = main.findChildren(PresentationWindow)
    assert len(found) == 1
    return found[0]


def test_the_view_menu_opens_the_start_dialog_once_and_keys_step_through(
    ctx: WorkspaceContext,
    world: dict[str, int],
    main: MainWindow,
    shown: None,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    opened: list[StartDialog] = []
    monkeypatch.setattr(start, "decide_start", choose_owner("Ann", opened))
    win = open_from_menu(main, ctx)
    assert len(opened) == 1  # asked once, not again per slide
    assert win.isVisible()
    qtbot.waitUntil(win.hasFocus, timeout=3000)  # the keys go to the slides, not the main window
    assert win.account_ids == [world["alpha"], world["beta"]]
    assert win.title.text() == "Alpha Grid"
    assert win.footer.text().startswith("1 / 2 · Alpha Grid")
    names = {Qt.Key.Key_Right: "Beta Bank", Qt.Key.Key_Left: "Alpha Grid"}
    for key, name in names.items():
        QTest.keyClick(win, key)
        assert win.title.text() == name
    for key, index in (
        (Qt.Key.Key_Space, 1),
        (Qt.Key.Key_Space, 1),  # the last slide stays the last
        (Qt.Key.Key_PageUp, 0),
        (Qt.Key.Key_PageDown, 1),
        (Qt.Key.Key_Home, 0),
        (Qt.Key.Key_End, 1),
        (Qt.Key.Key_Left, 0),
        (Qt.Key.Key_Left, 0),
        (Qt.Key.Key_2, 1),
        (Qt.Key.Key_9, 1),  # no slide 9 (nor 29): nothing moves
    ):
        QTest.keyClick(win, key)
        assert win.index == index, key
        assert win.footer.text().startswith(f"{index + 1} / 2 · ")
    assert win.title.text() == "Beta Bank"
    assert "Beta core" in texts(win) and "Alpha substation" not in texts(win)
    with qtbot.waitSignal(win.destroyed, timeout=2000):
        QTest.keyClick(win, Qt.Key.Key_Escape)
    assert main.findChildren(PresentationWindow) == []
    assert len(opened) == 1


def test_cancelling_the_start_dialog_shows_nothing(
    ctx: WorkspaceContext,
    world: dict[str, int],
    main: MainWindow,
    shown: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[StartRequest] = []
    monkeypatch.setattr(start, "decide_start", lambda _p, r: asked.append(r))
    main.act_presentation.trigger()
    assert len(asked) == 1
    assert main.findChildren(PresentationWindow) == []


def slides(ctx: WorkspaceContext, world: dict[str, int], qtbot: QtBot, **kw: Any) -> Any:
    choice = StartChoice("owner", world["ann"], "Ann")
    win = PresentationWindow(ctx, choice, [world["alpha"], world["beta"]])
    windowed(qtbot, **kw)(win)
    return win


def test_the_slide_shows_deals_and_next_steps_and_no_private_attributes(
    ctx: WorkspaceContext, world: dict[str, int], qtbot: QtBot
) -> None:
    win = slides(ctx, world, qtbot)
    deals = win.deals.findChildren(DealBlock)
    assert [d.name.text() for d in deals] == ["Alpha substation", "Alpha meters"]
    assert all(d.isVisible() for d in deals)
    meters = deals[1]
    assert meters.stage.text().strip().startswith("P2 · ")
    assert meters.amount.text() == "¥500K"
    assert meters.facts() == "Unmet exit criteria 4/5 · Five elements ○○○○○ 0/5 · Bob"
    steps = win.steps.findChildren(StepBlock)
    assert [s.what.text() for s in steps] == [
        "⚠ Call the CFO",
        "Send the proposal",
        "Book the site visit",
    ]
    today = date.today()
    late = short_day(today - timedelta(days=6), "en", today)
    assert steps[0].when.text() == f"overdue since {late} (6 d) · Alpha substation"
    assert steps[1].when.text().startswith("due ")
    assert win.steps.heading.text() == "Next steps (3, 1 overdue)"
    assert win.deals.heading.text() == "Open deals (2)"
    everything = "\n".join(texts(win))
    for absent in ("Stale undated", "Old done step", "Step of a lost deal", "Alpha lost one"):
        assert absent not in everything
    QTest.keyClick(win, Qt.Key.Key_M)  # the map too
    qtbot.waitUntil(lambda: win.map is not None and win.map.isVisible())
    everything = "\n".join(texts(win))
    assert PRIVATE not in everything and "two children" not in everything
    assert win.subtitle.text() == "Owner: Ann, Energy, China / East"


def test_m_switches_between_deals_and_the_map_and_stays_from_slide_to_slide(
    ctx: WorkspaceContext, world: dict[str, int], qtbot: QtBot
) -> None:
    win = slides(ctx, world, qtbot)
    assert win.body.currentWidget() is win.deals_page and win.map is None
    QTest.keyClick(win, Qt.Key.Key_M)
    assert win.map is not None
    assert win.body.currentWidget() is win.map_holder
    names = {n.name for n in win.map.scene.data.nodes.values()}
    assert {"Kim", "Ann"} <= names
    assert win.map.route.text() == "Best route to the KDM: Ann → Kim"
    assert win.map.scene.route_mode is False  # every card readable until R
    QTest.keyClick(win, Qt.Key.Key_R)
    assert win.map.scene.route_mode is True and person_key(world["kim"]) in win.map.scene.lit
    QTest.keyClick(win, Qt.Key.Key_Right)  # Beta: nobody on its map yet
    assert win.body.currentWidget() is win.map_holder
    assert win.map.account_id == world["beta"]
    assert win.map.empty.isVisibleTo(win) and not win.map.view.isVisibleTo(win)
    QTest.keyClick(win, Qt.Key.Key_M)
    assert win.body.currentWidget() is win.deals_page
    assert "Beta core" in shown_texts(win)


def test_type_scales_with_the_screen_and_long_lists_end_with_more(
    ctx: WorkspaceContext, world: dict[str, int], qtbot: QtBot
) -> None:
    for n in range(12):
        add_deal_at(ctx, world["alpha"], f"Extra deal {n:02}", "P2")
    small = slides(ctx, world, qtbot, size=(1366, 768))
    large = slides(ctx, world, qtbot, size=(1920, 1080))
    assert large.title.font().pixelSize() > small.title.font().pixelSize() >= 36
    for win in (small, large):
        blocks = win.deals.blocks
        assert len(blocks) == 14
        visible = [b for b in blocks if b.isVisible()]
        assert 3 <= len(visible) < 14
        assert win.deals.more.isVisible()
        assert win.deals.more.text() == f"+ {14 - len(visible)} more"
        last = visible[-1]
        bottom = last.mapTo(win, last.rect().bottomLeft()).y()
        assert bottom < win.footer.mapTo(win, win.footer.rect().topLeft()).y()


def test_the_start_dialog_offers_what_there_is(
    ctx: WorkspaceContext, world: dict[str, int], qtbot: QtBot
) -> None:
    request = presentation.start_request(ctx)
    assert request.accounts == 3
    dialog = StartDialog(request)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.by_segment.isChecked()  # nobody said who they are: the first segment
    assert dialog.segment.currentText() == "Energy and finance (2)"
    assert dialog.choice() == StartChoice("segment", request.segments[0].id, "Energy and finance")
    dialog.segment.setCurrentIndex(1)  # Retail: no account matches
    assert not ok.isEnabled() and "No account matches" in dialog.hint.text()
    dialog.by_all.click()
    everything = dialog.choice()
    assert ok.isEnabled() and everything == StartChoice("all", None, "Every account")
    assert presentation.accounts_of(ctx, everything) == [
        world["alpha"],
        world["beta"],
        world["gamma"],
    ]
    ctx.set_me(world["bob"])  # the user is proposed as the owner
    mine = StartDialog(presentation.start_request(ctx))
    qtbot.addWidget(mine)
    assert mine.by_owner.isChecked() and mine.owner.currentText() == "Bob (1)"


def test_an_empty_workspace_says_what_to_do(ctx: WorkspaceContext, qtbot: QtBot) -> None:
    dialog = StartDialog(presentation.start_request(ctx))
    qtbot.addWidget(dialog)
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert "no accounts yet" in dialog.hint.text()
    assert dialog.choice() is None
