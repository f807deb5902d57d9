"""The journey of issue 13: a team lead prepares and runs the review meeting.

One widget test walks the meeting through the real main window — its pages,
menus, shortcuts, buttons and dialogs (each dialog through the hook its module
offers, so nothing blocks on a modal loop) — on a small workspace built here,
in both user zones (the quarter, "overdue" and "won today" are local days):

1. Wang Li, the team's manager, opens the workspace. On the Team page
   Targets… (Ctrl+Shift+G) sets this quarter's won targets of Ann, Bob and the
   team, each typed in the real table.
2. Edit ▸ Settings…: a USD rate on the Currencies tab; the board's P3 column,
   which held a USD deal it could not add up, now totals it converted.
3. Dashboards ▸ Funnel: a click on the P3 bar lists its deals, a double-click
   opens one on the board.
4. Dashboards ▸ Forecast: a deal's forecast overridden through the real dialog,
   a snapshot taken, both undone and redone from the Edit menu; the chart's
   figures and the snapshot's lines against sums worked out by hand.
5. Dashboards ▸ Team: attainment and coverage per member and for the team.
6. Dashboards ▸ Review: the forced move awaiting approval and the overdue next
   step; opening one shows the deal on the board.
7. Accounts ▸ Export review pack…: Alpha Grid's PDF names the account and its
   people, and no private attribute.
8. View ▸ Presentation mode (Shift+F5): every account, stepped with the keys,
   Esc leaves.

The world (probabilities fixed: P2 10 %, P3 20 %, P6 70 %; base CNY; learning off):

====  =============  =====  =====  ==================  ==========================
deal  account        owner  stage  amount              note
====  =============  =====  =====  ==================  ==========================
A     Alpha Grid     Ann    P6     1,000,000 CNY       commit; overdue next step
B     Alpha Grid     Ann    P3     100,000 USD         no rate until step 2 (×7)
C     Beta Bank      Bob    P3     300,000 CNY         overridden to commit 400K
D     Beta Bank      Bob    P3     200,000 CNY         forced P2→P3 by Bob
WA    Alpha Grid     Ann    won    800,000 CNY         won today
WB    Beta Bank      Bob    won    500,000 CNY         won today
====  =============  =====  =====  ==================  ==========================

Open deals close on the quarter's last day. Targets (won, this quarter): Ann
2,000,000, Bob 1,000,000, the team 2,500,000.

Screenshots go to /tmp/shots/J13-*.png.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from helpers import add_account, add_deal_at, add_member, add_person
from pypdf import PdfReader
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QWidget,
)
from sqlalchemy import select

import desktop.presentation as presentation
from desktop import me
from desktop.app import Application
from desktop.context import WorkspaceContext
from desktop.dashboards import override_dialog
from desktop.dashboards.forecast_tab import ForecastTab
from desktop.dashboards.funnel_tab import FunnelTab
from desktop.dashboards.override_dialog import OverrideDialog, OverrideRequest, OverrideValues
from desktop.dashboards.review_tab import ReviewTab
from desktop.dashboards.targets_dialog import TARGET, TargetsDialog
from desktop.dashboards.team_tab import TeamTab
from desktop.me import MeChoice
from desktop.models.row_table import ID_ROLE
from desktop.pages.accounts import AccountsPage
from desktop.pages.base import Page
from desktop.pages.board import BoardPage
from desktop.pages.dashboards import DashboardsPage
from desktop.presentation import start
from desktop.presentation.start import StartChoice, StartDialog, StartRequest
from desktop.presentation.window import PresentationWindow
from desktop.report import dialog as pack_dialog
from desktop.report.dialog import PackChoice, PackRequest, ReviewPackDialog
from desktop.settings_dialog import SettingsDialog
from model.entities import PRIVATE_FIELDS, Deal, ForecastLine, ForecastSnapshot
from model.money import month_key, period_bounds, quarter_key
from model.rows import MemberRow
from model.services.activities import log_activity
from model.services.deals import move_deal, update_deal
from model.services.people import update_private
from model.settings import set_setting
from model.targets import target_rows
from model.workspace import open_workspace

SHOTS = Path("/tmp/shots")
MARK = "QX13PRIVATE"  # in every private attribute of the KDM: never in the pack
PROBABILITIES = {"P1": 0.05, "P2": 0.1, "P3": 0.2, "P4": 0.4, "P5": 0.5, "P6": 0.7, "P7": 0.9}
USD = 7.0
TARGETS = {"Ann": 2_000_000.0, "Bob": 1_000_000.0, "Team": 2_500_000.0}
OVERRIDE = 400_000.0  # C's amount as the manager sees it


# -- the world --------------------------------------------------------------------------------


@dataclass
class Meeting:
    """The window, the day, and the ids of what the workspace holds."""

    app: Application
    qtbot: Any
    path: Path
    today: date
    ids: dict[str, int] = field(default_factory=dict)

    @property
    def ctx(self) -> WorkspaceContext:
        assert self.app.ctx is not None
        return self.app.ctx

    @property
    def window(self) -> Any:
        return self.app.window

    @property
    def quarter(self) -> str:
        return quarter_key(self.today)

    @property
    def close_day(self) -> date:
        """Where every open deal is expected to close: the quarter's last day."""
        return period_bounds(self.quarter)[1]

    def go(self, key: str) -> Page:
        """Click the page's entry in the navigation list."""
        window = self.window
        settle()
        row = [e.key for e in window.entries].index(key)
        rect = window.nav.visualItemRect(window.nav.item(row))
        self.qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        page: Page | None = window.current_page()
        assert page is not None and page.key == key
        settle()
        return page

    def dashboards(self, tab: str) -> Any:
        """Dashboards, then a click on the tab."""
        page = self.go("dashboard")
        assert isinstance(page, DashboardsPage)
        bar = page.tabs.tabBar()
        index = page.tabs.indexOf(page.slot(tab))
        self.qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
        assert page.current_key() == tab
        settle()
        return page.tab(tab)

    @property
    def board(self) -> BoardPage:
        page = self.window.pages["board"]
        assert isinstance(page, BoardPage)
        return page

    def opened_deal(self) -> int | None:
        """The deal open on the board, when the board is the page shown."""
        board = self.window.pages.get("board")
        if board is None or self.window.current_page() is not board:
            return None
        return board.panel.deal_id if board.panel.isVisible() else None

    def keys(self, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
        """A window shortcut: the keys go to the active window only."""
        self.window.activateWindow()
        self.qtbot.waitUntil(self.window.isActiveWindow, timeout=3000)
        QTest.keyClick(self.window, key, modifiers)


def build_world(path: Path, today: date) -> dict[str, int]:
    """The workspace of the table above, written through the services as the app does."""
    ctx = WorkspaceContext(open_workspace(path, create=True))
    try:
        with ctx.workspace.begin() as s:
            set_setting(s, "stage_probabilities", PROBABILITIES)
            set_setting(s, "learn_probabilities", False)
            set_setting(s, "base_currency", "CNY")
            set_setting(s, "weekly_snapshots", False)  # the meeting's snapshot is the only one
        ids = {
            "lead": add_member(ctx, "Wang Li", "manager"),
            "ann": add_member(ctx, "Ann", "rep"),
            "bob": add_member(ctx, "Bob", "rep"),
        }
        ctx.set_me(ids["lead"])  # the lead takes the deals over: no approval awaited
        ids["alpha"] = add_account(ctx, "Alpha Grid")
        ids["beta"] = add_account(ctx, "Beta Bank")
        close = period_bounds(quarter_key(today))[1]
        for key, account, owner, stage, amount, currency, name in (
            ("A", "alpha", "ann", "P6", 1_000_000, "CNY", "Alpha substation"),
            ("B", "alpha", "ann", "P3", 100_000, "USD", "Alpha meters"),
            ("C", "beta", "bob", "P3", 300_000, "CNY", "Beta core system"),
            ("D", "beta", "bob", "P2", 200_000, "CNY", "Beta pilot"),
            ("WA", "alpha", "ann", "P7", 800_000, "CNY", "Alpha dispatch (won)"),
            ("WB", "beta", "bob", "P7", 500_000, "CNY", "Beta branch (won)"),
        ):
            ids[key] = add_deal_at(ctx, ids[account], name, stage)
            values = {"owner_id": ids[owner], "amount": amount, "currency": currency}
            ctx.write(update_deal, ids[key], {**values, "expected_close": close})
        with ctx.workspace.begin() as s:
            for key in ("WA", "WB"):
                won = s.get(Deal, ids[key])
                assert won is not None
                won.status, won.closed_on, won.contract_value = "won", today, won.amount
        ctx.set_me(ids["bob"])  # Bob pushes his pilot past P3's gate: it awaits approval
        ctx.write(move_deal, ids["D"], "P3", force=True, reason="The customer is in a hurry")
        ctx.set_me(ids["lead"])
        kim = add_person(ctx, ids["alpha"], "Kim Hua", role="KDM", title="General Manager")
        ctx.write(update_private, kim, {f: f"{f} {MARK}" for f in PRIVATE_FIELDS})
        ids["kim"] = kim
        ctx.write(
            log_activity,
            ids["alpha"],
            {
                "kind": "visit",
                "on": today - timedelta(days=10),
                "summary": "Kim asked for a site visit",
                "next_step": "Send the site visit plan",
                "next_due": today - timedelta(days=3),
                "deal_id": ids["A"],
            },
            members=[ids["ann"]],
            people=[kim],
        )
    finally:
        ctx.close()
    return ids


# -- small helpers ------------------------------------------------------------------------------


def settle() -> None:
    QApplication.processEvents()


def shoot(widget: QWidget, name: str) -> None:
    settle()
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(SHOTS / f"J13-{name}.png"))


def click(qtbot: Any, button: QAbstractButton | None) -> None:
    assert button is not None
    assert button.isEnabled(), button.text() or button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def ok_button(dialog: QDialog) -> QAbstractButton:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    return box.button(QDialogButtonBox.StandardButton.Ok)


def click_cell(view: QAbstractItemView, index: QModelIndex, double: bool = False) -> None:
    view.scrollTo(index)
    rect = view.visualRect(index)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    if double:
        QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def type_target(qtbot: Any, dialog: TargetsDialog, who: str, amount: str) -> None:
    """Double-click the row's Target cell, type the amount, press Enter."""
    model = dialog.model
    (row,) = [r for r in range(model.rowCount()) if model.index(r, 0).data() == who]
    view = dialog.table
    click_cell(view, model.index(row, TARGET), double=True)
    editors = [e for e in view.findChildren(QDoubleSpinBox, "targetEditor") if e.isVisible()]
    assert len(editors) == 1, "double-click opened no editor"
    editors[0].lineEdit().selectAll()
    QTest.keyClicks(editors[0].lineEdit(), amount)
    QTest.keyClick(editors[0], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)


# -- the steps ----------------------------------------------------------------------------------


def open_the_workspace(m: Meeting, monkeypatch: pytest.MonkeyPatch) -> None:
    """The app opens the file and asks who the user is: Wang Li, the manager."""

    def decide(
        _parent: object, members: Sequence[MemberRow], _current: int | None, _suggested: str
    ) -> MeChoice:
        assert {r.name for r in members} == {"Wang Li", "Ann", "Bob"}
        return MeChoice(member_id=m.ids["lead"])

    monkeypatch.setattr(me, "decider", decide)
    window = m.window
    window.resize(1366, 768)
    window.show()
    m.qtbot.waitExposed(window)
    assert m.app.open(m.path)
    settle()
    assert m.ctx.me == m.ids["lead"]


def set_the_targets(m: Meeting) -> None:
    """Team page, Ctrl+Shift+G: the targets dialog on this quarter; three targets typed."""
    m.go("team")
    m.keys(Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialogs = [d for d in m.window.findChildren(TargetsDialog) if d.isVisible()]
    assert len(dialogs) == 1, "Ctrl+Shift+G on the Team page opened no targets dialog"
    dialog = dialogs[0]
    m.qtbot.waitExposed(dialog)
    assert dialog.period_key() == m.quarter and dialog.kind_key() == "won"
    names = [dialog.model.index(r, 0).data() for r in range(dialog.model.rowCount())]
    assert names == ["Team", "Ann", "Bob", "Wang Li"]
    for who, amount in TARGETS.items():
        type_target(m.qtbot, dialog, who, f"{amount:.0f}")
    stored = {(t.member_id, t.period, t.kind): t.amount for t in m.ctx.read(target_rows)}
    assert stored == {
        (m.ids["ann"], m.quarter, "won"): TARGETS["Ann"],
        (m.ids["bob"], m.quarter, "won"): TARGETS["Bob"],
        (None, m.quarter, "won"): TARGETS["Team"],
    }
    assert m.ctx.undo_stack.count() == 3  # one step per target
    assert "3,000,000" in dialog.sums.text()  # the members' 2M + 1M
    assert "2,500,000" in dialog.sums.text()
    shoot(dialog, "targets")
    dialog.close()


def set_the_dollar_rate(m: Meeting, monkeypatch: pytest.MonkeyPatch) -> None:
    """The board's P3 column cannot add B's dollars; Edit ▸ Settings… gives USD a rate."""
    board = m.go("board")
    assert isinstance(board, BoardPage)
    p3 = board.summaries["P3"]
    # B, C and D: 300,000 + 200,000 CNY; B's 100,000 USD left out, and the header says so.
    assert (p3.count, p3.total, p3.missing) == (3, 500_000.0, frozenset({"USD"}))
    assert "USD" in board.columns["P3"].header.toolTip()

    def run(dialog: SettingsDialog) -> int:
        dialog.show()
        m.qtbot.waitExposed(dialog)
        bar = dialog.tabs.tabBar()
        (money,) = [i for i in range(dialog.tabs.count()) if dialog.tabs.tabText(i) == "Currencies"]
        m.qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(money).center())
        assert dialog.base_currency.text() == "CNY"
        click(m.qtbot, dialog.rates.add_button)
        QTest.keyClicks(dialog.rates.code_edit(0), "USD")
        spin = dialog.rates.rate_spin(0)
        spin.lineEdit().selectAll()
        QTest.keyClicks(spin.lineEdit(), "7")
        assert dialog.rates.rates() == {"USD": USD}
        shoot(dialog, "settings-currencies")
        click(m.qtbot, ok_button(dialog))
        return int(dialog.result())

    monkeypatch.setattr(SettingsDialog, "exec", run)
    assert m.window.act_settings in m.window.edit_menu.actions()
    m.window.act_settings.trigger()
    p3 = board.summaries["P3"]
    assert (p3.total, p3.missing, p3.converted) == (1_200_000.0, frozenset(), True)  # +100K×7
    assert "left out" not in board.columns["P3"].header.toolTip()
    assert m.ctx.undo_stack.undoText() == "Change team settings"
    shoot(m.window, "board-converted")


def click_through_the_funnel(m: Meeting) -> None:
    """Dashboards ▸ Funnel: the P3 bar holds B, C and D (A and the won deals were taken
    over later in the funnel); its deals listed, a double-click opens one on the board."""
    tab = m.dashboards("funnel")
    assert isinstance(tab, FunnelTab)
    m.qtbot.wait(50)
    (artist, ids, _label) = next(t for t in tab.funnel_chart.targets() if t[2] == "P3")
    assert sorted(ids) == sorted([m.ids["B"], m.ids["C"], m.ids["D"]])
    QTest.mouseClick(
        tab.funnel_chart.canvas, Qt.MouseButton.LeftButton, pos=tab.funnel_chart.point_of(artist)
    )
    listed = {r.id: r.name for r in tab.deals.model.rows()}
    assert sorted(listed) == sorted(ids)
    assert "P3" in tab.deals.heading.text()
    shoot(m.window, "funnel")
    first = tab.deals.model.rows()[0].id
    click_cell(tab.deals.view, tab.deals.model.index(0, 0), double=True)
    assert m.opened_deal() == first
    detail = m.board.panel.detail
    assert detail is not None and detail.name == listed[first]


def forecast_rows(tab: ForecastTab) -> dict[int, int]:
    """Deal id -> its row in the table as shown."""
    model = tab.table.model()
    return {model.index(r, 0).data(ID_ROLE): r for r in range(model.rowCount())}


def figures_of(tab: ForecastTab, period: str) -> tuple[float, float, float, float, float]:
    s = tab.series
    assert s is not None
    i = s.periods.index(period)
    return s.commit[i], s.best_case[i], s.pipeline[i], s.weighted[i], s.won[i]


def override_and_snapshot(m: Meeting, monkeypatch: pytest.MonkeyPatch) -> None:
    """Forecast: C moved to commit at 400K with a note, a snapshot taken; Edit ▸ Undo
    twice and Edit ▸ Redo twice; the figures as worked out by hand at each step."""
    tab = m.dashboards("forecast")
    assert isinstance(tab, ForecastTab)
    close, won = month_key(m.close_day), month_key(m.today)
    # Before: commit A 1,000,000; pipeline B 700,000 (100K USD × 7) + C 300,000 + D 200,000;
    # weighted A 700,000 + B 140,000 + C 60,000 + D 40,000; won WA 800,000 + WB 500,000.
    before = (1_000_000.0, 0.0, 1_200_000.0, 940_000.0)
    assert figures_of(tab, close)[:4] == pytest.approx(before)
    assert figures_of(tab, won)[4] == pytest.approx(1_300_000.0)
    assert "Left out" not in tab.header.text()  # the rate is set: no currency left out

    asked: list[OverrideDialog] = []

    def decide(parent: QWidget | None, request: OverrideRequest) -> OverrideValues | None:
        dialog = OverrideDialog(request, parent)
        asked.append(dialog)
        dialog.show()
        m.qtbot.waitExposed(dialog)
        assert request.deal.deal_id == m.ids["C"] and request.deal.category == "pipeline"
        dialog.category.setCurrentIndex(dialog.category.findData("commit"))
        assert not ok_button(dialog).isEnabled()  # no note, no override
        QTest.mouseClick(dialog.has_amount, Qt.MouseButton.LeftButton)
        dialog.amount.lineEdit().selectAll()
        QTest.keyClicks(dialog.amount.lineEdit(), f"{OVERRIDE:.0f}")
        QTest.keyClicks(dialog.note, "Bob's sponsor signs before the quarter ends")
        shoot(dialog, "override")
        click(m.qtbot, ok_button(dialog))
        values = dialog.values() if dialog.result() == QDialog.DialogCode.Accepted else None
        dialog.deleteLater()
        return values

    monkeypatch.setattr(override_dialog, "decide_override", decide)
    row = forecast_rows(tab)[m.ids["C"]]
    click_cell(tab.table, tab.table.model().index(row, 0))
    assert tab.selected_deal() is not None and tab.selected_deal().deal_id == m.ids["C"]  # type: ignore[union-attr]
    click(m.qtbot, tab.override_button)
    assert len(asked) == 1
    # C in commit at 400,000; its weighted follows the amount at its stage's 20 %.
    after = (1_400_000.0, 0.0, 900_000.0, 960_000.0)
    assert figures_of(tab, close)[:4] == pytest.approx(after)
    row = forecast_rows(tab)[m.ids["C"]]
    assert tab.table.model().index(row, 4).data() == "Commit ✎"

    click(m.qtbot, tab.snapshot_button)
    (snap,) = m.ctx.read(lambda s: list(s.scalars(select(ForecastSnapshot.id))))

    def lines(s: Any) -> dict[tuple[int | None, str], tuple[str, float, float]]:
        found = s.execute(
            select(
                ForecastLine.deal_id,
                ForecastLine.period,
                ForecastLine.category,
                ForecastLine.amount,
                ForecastLine.weighted,
            ).where(ForecastLine.snapshot_id == snap, ForecastLine.kind == "win")
        )
        return {(d, p): (c, a, w) for d, p, c, a, w in found}

    kept = m.ctx.read(lines)
    ids = m.ids
    assert kept == {
        (ids["A"], close): ("commit", 1_000_000.0, pytest.approx(700_000.0)),
        (ids["B"], close): ("pipeline", 700_000.0, pytest.approx(140_000.0)),
        (ids["C"], close): ("commit", OVERRIDE, pytest.approx(80_000.0)),
        (ids["D"], close): ("pipeline", 200_000.0, pytest.approx(40_000.0)),
        (ids["WA"], won): ("won", 800_000.0, 800_000.0),
        (ids["WB"], won): ("won", 500_000.0, 500_000.0),
    }
    shoot(m.window, "forecast")

    window = m.window
    assert window.act_undo in window.edit_menu.actions()
    assert window.act_redo in window.edit_menu.actions()
    stack = m.ctx.undo_stack
    assert stack.undoText() == "Take a forecast snapshot"
    window.act_undo.trigger()
    assert m.ctx.read(lambda s: list(s.scalars(select(ForecastSnapshot.id)))) == []
    assert stack.undoText() == "Override the forecast of “Beta core system”"
    window.act_undo.trigger()
    assert figures_of(tab, close)[:4] == pytest.approx(before)  # the tab follows at once
    row = forecast_rows(tab)[m.ids["C"]]
    assert tab.table.model().index(row, 4).data() == "Pipeline"
    window.act_redo.trigger()
    assert figures_of(tab, close)[:4] == pytest.approx(after)
    window.act_redo.trigger()
    assert m.ctx.read(lambda s: list(s.scalars(select(ForecastSnapshot.id)))) == [snap]
    assert m.ctx.read(lines) == kept  # the same snapshot back, line for line


def check_the_team(m: Meeting) -> None:
    """Team tab, this quarter: won against target, pipeline and its coverage of the gap.

    Ann: won 800K of 2M (40 %), pipeline A 1M + B 700K = 1.7M over a gap of 1.2M;
    Bob: won 500K of 1M (50 %), pipeline C 300K + D 200K = 500K over a gap of 500K;
    the team: won 1.3M of its own 2.5M (52 %), pipeline 2.2M over a gap of 1.2M."""
    tab = m.dashboards("team")
    assert isinstance(tab, TeamTab)
    assert tab.period_key() == m.quarter
    got = {r.name: (r.target, r.won, r.attainment, r.pipeline, r.gap, r.coverage) for r in tab.rows}
    assert got["Ann"][:5] == (2_000_000.0, 800_000.0, 0.4, 1_700_000.0, 1_200_000.0)
    assert got["Ann"][5] == pytest.approx(1.7 / 1.2)
    assert got["Bob"] == (1_000_000.0, 500_000.0, 0.5, 500_000.0, 500_000.0, 1.0)
    team = tab.rows[0]
    assert team.member_id is None
    assert (team.target, team.won, team.attainment) == (2_500_000.0, 1_300_000.0, 0.52)
    assert (team.pipeline, team.gap) == (2_200_000.0, 1_200_000.0)
    assert team.coverage == pytest.approx(2.2 / 1.2)
    table = tab.table_model
    shown = {table.text(r, 0): table.text(r, 3) for r in range(table.rowCount())}
    assert shown == {"Whole team": "52%", "Ann": "40%", "Bob": "50%"}
    assert "52%" in tab.summary.text()
    shoot(m.window, "team")


def check_the_review_list(m: Meeting) -> None:
    """Review: Bob's forced move waits for approval, Ann's next step is three days late;
    a double-click on the forced move opens Beta pilot on the board."""
    tab = m.dashboards("review")
    assert isinstance(tab, ReviewTab)
    model = tab.model
    heads = [model.index(r, 0) for r in range(model.rowCount())]
    kinds = {h.data(Qt.ItemDataRole.UserRole): h for h in heads}
    assert {k: model.rowCount(h) for k, h in kinds.items()} == {
        "forced_pending": 1,
        "overdue_step": 1,
    }
    forced = kinds["forced_pending"]
    cells = [model.index(0, c, forced).data() for c in range(5)]
    assert cells[:4] == ["Beta pilot", "Beta Bank", "Bob", m.today.isoformat()]
    assert cells[4].startswith("P2→P3 ")
    late = kinds["overdue_step"]
    cells = [model.index(0, c, late).data() for c in range(5)]
    assert cells == [
        "Alpha substation",
        "Alpha Grid",
        "Ann",
        (m.today - timedelta(days=3)).isoformat(),
        "Send the site visit plan",
    ]
    shoot(m.window, "review")
    click_cell(tab.view, model.index(0, 0, forced), double=True)
    assert m.opened_deal() == m.ids["D"]
    detail = m.board.panel.detail
    assert detail is not None and detail.name == "Beta pilot" and detail.stage == "P3"


def export_the_review_pack(m: Meeting, monkeypatch: pytest.MonkeyPatch, out: Path) -> None:
    """Accounts, Alpha Grid selected, Export review pack… from the page's menu: the
    dialog proposes Alpha Grid; the PDF names it and its people, no private attribute."""
    page = m.go("accounts")
    assert isinstance(page, AccountsPage)
    page.select_account(m.ids["alpha"])
    settle()
    asked: list[PackRequest] = []

    def decide(parent: QWidget | None, request: PackRequest) -> PackChoice | None:
        asked.append(request)
        dialog = ReviewPackDialog(request, parent)
        dialog.show()
        m.qtbot.waitExposed(dialog)
        assert dialog.account.currentText() == "Alpha Grid"
        assert not dialog.private.isChecked()  # left out unless asked for
        dialog.path.setText(str(out))
        click(m.qtbot, ok_button(dialog))
        choice = dialog.values() if dialog.result() == QDialog.DialogCode.Accepted else None
        dialog.deleteLater()
        return choice

    monkeypatch.setattr(pack_dialog, "decide_pack", decide)
    (action,) = [a for a in m.window.page_menu.actions() if a.objectName() == "act_review_pack"]
    action.trigger()
    assert len(asked) == 1 and out.exists()
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    text = " ".join(" ".join(p.extract_text() or "" for p in reader.pages).split())
    assert "Alpha Grid" in text and "Kim Hua" in text
    assert "Alpha substation" in text and "Send the site visit plan" in text
    assert "Beta Bank" not in text  # one account's pack
    assert MARK not in text


def present(m: Meeting, monkeypatch: pytest.MonkeyPatch) -> None:
    """Shift+F5: every account, Alpha Grid first (the larger open pipeline); → and ←
    step, Esc leaves."""

    def windowed(window: PresentationWindow) -> None:
        m.qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        m.qtbot.waitExposed(window)

    def choose(parent: QWidget | None, request: StartRequest) -> StartChoice | None:
        dialog = StartDialog(request, parent)
        assert request.accounts == 2
        dialog.by_all.click()
        click(m.qtbot, ok_button(dialog))
        return dialog.choice() if dialog.result() == QDialog.DialogCode.Accepted else None

    monkeypatch.setattr(presentation, "present", windowed)
    monkeypatch.setattr(start, "decide_start", choose)
    m.keys(Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)
    found = m.window.findChildren(PresentationWindow)
    assert len(found) == 1, "Shift+F5 started no presentation"
    win = found[0]
    m.qtbot.waitUntil(win.hasFocus, timeout=3000)
    assert win.account_ids == [m.ids["alpha"], m.ids["beta"]]
    assert win.title.text() == "Alpha Grid"
    assert win.steps.heading.text() == "Next steps (1, 1 overdue)"
    shoot(win, "presentation")
    QTest.keyClick(win, Qt.Key.Key_Right)
    assert (win.index, win.title.text()) == (1, "Beta Bank")
    QTest.keyClick(win, Qt.Key.Key_Space)  # the last slide stays the last
    assert win.index == 1
    QTest.keyClick(win, Qt.Key.Key_Left)
    assert win.title.text() == "Alpha Grid"
    with m.qtbot.waitSignal(win.destroyed, timeout=2000):
        QTest.keyClick(win, Qt.Key.Key_Escape)
    assert m.window.findChildren(PresentationWindow) == []


def test_a_team_lead_runs_the_review_meeting(
    local_zone: str,
    app: Application,
    qtbot: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    today = date.today()  # the user's day, read once the zone is set
    path = tmp_path / "team.kan"
    m = Meeting(app, qtbot, path, today, build_world(path, today))
    open_the_workspace(m, monkeypatch)
    set_the_targets(m)
    set_the_dollar_rate(m, monkeypatch)
    click_through_the_funnel(m)
    override_and_snapshot(m, monkeypatch)
    check_the_team(m)
    check_the_review_list(m)
    export_the_review_pack(m, monkeypatch, tmp_path / "alpha pack.pdf")
    present(m, monkeypatch)
