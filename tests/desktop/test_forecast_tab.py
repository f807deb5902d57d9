"""The Forecast and Cash tabs, the override dialog and snapshots: model -> widget
(chart data and table equal the model's figures, by hand too), widget -> model
through the real dialog and buttons, and undo/redo round trips.

The world (TODAY 2027-02-10, probabilities fixed, 1 USD = 7 CNY, no EUR rate):
A  P6 Ann 100,000 CNY close 02-20  commit Feb,    weighted 70,000
B  P5 Bob  10,000 USD close 03-05  best case Mar 70,000, weighted 35,000
C  P3 Ann 200,000 CNY close 03-15  pipeline Mar,  weighted 40,000
D  P3 Ann  30,000 EUR close 02-15  pipeline, no rate: left out, EUR named
W  won Ann 120,000 CNY closed 01-20; instalment 1 of 50,000 due 01-31 unpaid (overdue 10 days)
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
from helpers import add_account, add_deal_at, add_member, queue_dialogs
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.context import WorkspaceContext
from desktop.dashboards import cash_tab, forecast_tab, override_dialog
from desktop.dashboards.cash_tab import CashTab, cash_series
from desktop.dashboards.forecast_tab import Col, ForecastTab, forecast_series
from desktop.dashboards.override_dialog import OverrideDialog
from model.entities import Deal, ForecastOverride, Instalment
from model.forecast import cash_forecast, snapshot_rows, win_forecast
from model.services.deals import update_deal
from model.settings import set_setting

TODAY = date(2027, 2, 10)
PROBABILITIES = {"P1": 0.05, "P2": 0.1, "P3": 0.2, "P4": 0.4, "P5": 0.5, "P6": 0.7, "P7": 0.9}
PERIODS = ("2026-12", "2027-01", "2027-02", "2027-03", "2027-04", "2027-05", "2027-06", "2027-07")


@dataclass
class World:
    ann: int
    bob: int
    d: dict[str, int]


@pytest.fixture
def world(ctx: WorkspaceContext) -> World:
    with ctx.workspace.begin() as s:
        set_setting(s, "stage_probabilities", PROBABILITIES)
        set_setting(s, "learn_probabilities", False)
        set_setting(s, "base_currency", "CNY")
        set_setting(s, "currency_rates", {"USD": 7.0})
    ann, bob = add_member(ctx, "Ann", "rep"), add_member(ctx, "Bob", "rep")
    acme = add_account(ctx, "Acme")
    d: dict[str, int] = {}
    for name, stage, owner, amount, currency, close in (
        ("A", "P6", ann, 100_000, "CNY", date(2027, 2, 20)),
        ("B", "P5", bob, 10_000, "USD", date(2027, 3, 5)),
        ("C", "P3", ann, 200_000, "CNY", date(2027, 3, 15)),
        ("D", "P3", ann, 30_000, "EUR", date(2027, 2, 15)),
        ("W", "P7", ann, 120_000, "CNY", date(2027, 1, 20)),
    ):
        d[name] = add_deal_at(ctx, acme, name, stage)
        values = {"owner_id": owner, "amount": amount, "currency": currency}
        ctx.write(update_deal, d[name], {**values, "expected_close": close})
    with ctx.workspace.begin() as s:
        won = s.get(Deal, d["W"])
        assert won is not None
        won.status, won.closed_on = "won", date(2027, 1, 20)
        s.add(Instalment(deal_id=d["W"], seq=1, amount=50_000, due_on=date(2027, 1, 31)))
    return World(ann, bob, d)


def show_tab(qtbot: QtBot, tab: Any) -> Any:
    tab.today = TODAY
    qtbot.addWidget(tab)
    tab.resize(1200, 700)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


@pytest.fixture
def tab(qtbot: QtBot, ctx: WorkspaceContext, world: World) -> ForecastTab:
    return show_tab(qtbot, ForecastTab(ctx))


def rows(tab: ForecastTab) -> dict[str, tuple[str, ...]]:
    """Deal name -> the texts of its row as shown (in the proxy's order)."""
    model = tab.table.model()
    out = {}
    for r in range(model.rowCount()):
        cells = tuple(model.index(r, c).data() for c in range(model.columnCount()))
        out[cells[Col.DEAL]] = cells
    return out


def pick(tab: ForecastTab, deal_id: int) -> None:
    assert tab.select_deal(deal_id)
    assert tab.selected_deal() is not None and tab.selected_deal().deal_id == deal_id


def at(series: tuple[float, ...], period: str) -> float:
    return series[PERIODS.index(period)]


# -- model -> widget ---------------------------------------------------------------------------


def test_forecast_figures_as_the_model_and_by_hand(
    tab: ForecastTab, ctx: WorkspaceContext, world: World
) -> None:
    model = ctx.read(win_forecast, "month", date(2026, 12, 1), 8, None, TODAY)
    assert tab.series == forecast_series(model)
    s = tab.series
    assert s is not None and s.periods == PERIODS
    assert at(s.commit, "2027-02") == 100_000 and sum(s.commit) == 100_000
    assert at(s.best_case, "2027-03") == pytest.approx(70_000) and sum(s.best_case) == 70_000
    assert at(s.pipeline, "2027-03") == 200_000 and sum(s.pipeline) == 200_000
    assert at(s.weighted, "2027-02") == pytest.approx(70_000)
    assert at(s.weighted, "2027-03") == pytest.approx(75_000)
    assert at(s.won, "2027-01") == 120_000 and sum(s.won) == 120_000
    assert "CNY" in tab.header.text() and "EUR" in tab.header.text()
    shown = rows(tab)
    assert set(shown) == {"A", "B", "C", "D"}
    assert shown["B"][Col.CATEGORY] == "Best case"
    assert shown["B"][Col.PROBABILITY] == "50%"
    assert shown["B"][Col.BASE] == "70K" and shown["B"][Col.WEIGHTED] == "35K"
    assert shown["D"][Col.BASE] == "—"  # no EUR rate
    assert shown["A"][Col.CLOSE] == "2027-02-20"
    # The chart's bars stand for the model's deals: commit in February is A, won in January W.
    bars = {label: ids for _artist, ids, label in tab.chart.targets()}
    assert bars["Commit · 2027-02"] == (world.d["A"],)
    assert bars["Best case · 2027-03"] == (world.d["B"],)
    assert set(bars["Pipeline · 2027-03"]) == {world.d["C"]}
    assert bars["Won · 2027-01"] == (world.d["W"],)
    assert bars["Commit · 2027-03"] == ()


def test_quarters_and_one_owner(tab: ForecastTab, ctx: WorkspaceContext, world: World) -> None:
    tab.grain.setCurrentIndex(tab.grain.findData("quarter"))
    s = tab.series
    assert s is not None and s.periods == ("2026Q4", "2027Q1", "2027Q2", "2027Q3", "2027Q4")
    assert s.commit[1] == 100_000 and s.best_case[1] == pytest.approx(70_000)
    assert s.won[1] == 120_000 and s.weighted[1] == pytest.approx(145_000)
    tab.owner.setCurrentIndex(tab.owner.findData(world.bob))
    s = tab.series
    assert s is not None and sum(s.commit) == 0 and sum(s.won) == 0
    assert sum(s.best_case) == pytest.approx(70_000)
    assert set(rows(tab)) == {"B"}


def test_click_on_a_bar_lists_its_deals(qtbot: QtBot, tab: ForecastTab, world: World) -> None:
    artist = next(a for a, _ids, label in tab.chart.targets() if label == "Pipeline · 2027-03")
    QTest.mouseClick(tab.chart.canvas, Qt.MouseButton.LeftButton, pos=tab.chart.point_of(artist))
    assert set(rows(tab)) == {"C"}
    assert tab.show_all_button.isVisible()
    QTest.mouseClick(tab.show_all_button, Qt.MouseButton.LeftButton)
    assert set(rows(tab)) == {"A", "B", "C", "D"}
    QTest.mouseClick(tab.chart.canvas, Qt.MouseButton.LeftButton, pos=tab.chart.point_of(artist))
    assert set(rows(tab)) == {"C"}
    tab.grain.setCurrentIndex(tab.grain.findData("quarter"))  # other bars: all deals again
    assert set(rows(tab)) == {"A", "B", "C", "D"} and not tab.show_all_button.isVisible()


def test_an_empty_workspace_says_what_to_do(qtbot: QtBot, ctx: WorkspaceContext) -> None:
    tab = show_tab(qtbot, ForecastTab(ctx))
    assert tab.chart.is_empty and tab.empty.isVisible() and not tab.table.isVisible()
    assert "expected close" in tab.empty.text()
    assert not tab.override_button.isEnabled()


# -- override: widget -> model, undo/redo -------------------------------------------------------


@pytest.fixture
def overrides(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Any]]:
    yield from queue_dialogs(
        monkeypatch,
        override_dialog,
        "decide_override",
        OverrideDialog,
        lambda d: d.values(),
    )


def stored_override(ctx: WorkspaceContext, deal: int) -> tuple[Any, ...] | None:
    with ctx.workspace.sessions() as s:
        row = s.execute(
            select(ForecastOverride).where(ForecastOverride.deal_id == deal)
        ).scalar_one_or_none()
        return None if row is None else (row.category, row.amount, row.close_on, row.note)


def test_override_through_the_dialog_is_one_undo_step(
    qtbot: QtBot, tab: ForecastTab, ctx: WorkspaceContext, world: World, overrides: list[Any]
) -> None:
    b = world.d["B"]

    def fill(d: OverrideDialog) -> None:
        ok = d.buttons.button(d.buttons.StandardButton.Ok)
        assert d.category.currentData() == "best_case"  # the deal's category now
        assert not ok.isEnabled()  # the note is required
        d.category.setCurrentIndex(d.category.findData("commit"))
        d.has_amount.setChecked(True)
        d.amount.setValue(12_000)
        d.has_close.setChecked(True)
        d.close_on.setDate(QDate(2027, 2, 26))
        QTest.keyClicks(d.note, "PO promised by the CFO")
        assert ok.isEnabled()

    overrides.append(fill)
    pick(tab, b)
    QTest.mouseClick(tab.override_button, Qt.MouseButton.LeftButton)
    assert stored_override(ctx, b) == (
        "commit",
        12_000,
        date(2027, 2, 26),
        "PO promised by the CFO",
    )
    tab.refresh()  # the Dashboards page does this after a change (tested below)
    shown = rows(tab)["B"]
    assert shown[Col.CATEGORY] == "Commit ✎" and shown[Col.CLOSE] == "2027-02-26"
    index = tab.table.model().index(tab.table.currentIndex().row(), Col.CATEGORY)
    assert "PO promised by the CFO" in index.data(Qt.ItemDataRole.ToolTipRole)
    s = tab.series
    assert s is not None
    assert at(s.commit, "2027-02") == pytest.approx(100_000 + 84_000)
    assert sum(s.best_case) == 0
    assert tab.clear_button.isEnabled()

    ctx.undo_stack.undo()
    assert stored_override(ctx, b) is None
    tab.refresh()
    assert rows(tab)["B"][Col.CATEGORY] == "Best case"
    assert at(tab.series.best_case, "2027-03") == pytest.approx(70_000)
    ctx.undo_stack.redo()
    assert stored_override(ctx, b) == (
        "commit",
        12_000,
        date(2027, 2, 26),
        "PO promised by the CFO",
    )

    # Clear override: one more step; undo brings the override back as it was.
    tab.refresh()
    pick(tab, b)
    QTest.mouseClick(tab.clear_button, Qt.MouseButton.LeftButton)
    assert stored_override(ctx, b) is None
    assert ctx.undo_stack.count() == 2
    ctx.undo_stack.undo()
    assert stored_override(ctx, b) == (
        "commit",
        12_000,
        date(2027, 2, 26),
        "PO promised by the CFO",
    )
    ctx.undo_stack.redo()
    assert stored_override(ctx, b) is None


def test_a_second_override_undoes_to_the_first(
    tab: ForecastTab, ctx: WorkspaceContext, world: World, overrides: list[Any]
) -> None:
    c = world.d["C"]

    def first(d: OverrideDialog) -> None:
        d.category.setCurrentIndex(d.category.findData("best_case"))
        d.note.setPlainText("Budget approved")

    def second(d: OverrideDialog) -> None:
        assert d.category.currentData() == "best_case"
        assert d.note.toPlainText() == "Budget approved"  # the override's note to edit
        d.category.setCurrentIndex(d.category.findData("omitted"))
        d.note.setPlainText("Project frozen")

    overrides.extend([first, second])
    pick(tab, c)
    assert tab.override_selected()
    tab.refresh()
    pick(tab, c)
    assert tab.override_selected()
    assert stored_override(ctx, c) == ("omitted", None, None, "Project frozen")
    ctx.undo_stack.undo()
    assert stored_override(ctx, c) == ("best_case", None, None, "Budget approved")
    ctx.undo_stack.undo()
    assert stored_override(ctx, c) is None


def test_cancel_changes_nothing(
    tab: ForecastTab, ctx: WorkspaceContext, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(override_dialog, "decide_override", lambda *_a: None)
    pick(tab, world.d["A"])
    assert not tab.override_selected()
    assert stored_override(ctx, world.d["A"]) is None and ctx.undo_stack.count() == 0


# -- snapshots -----------------------------------------------------------------------------------


def test_take_snapshot_is_one_undo_step(tab: ForecastTab, ctx: WorkspaceContext) -> None:
    QTest.mouseClick(tab.snapshot_button, Qt.MouseButton.LeftButton)
    taken = ctx.read(snapshot_rows)
    assert len(taken) == 1 and taken[0].kind == "manual" and taken[0].lines > 0
    ctx.undo_stack.undo()
    assert ctx.read(snapshot_rows) == []
    ctx.undo_stack.redo()
    assert ctx.read(snapshot_rows) == taken  # the same snapshot, same instant and lines


def test_accuracy_dialog_lists_and_deletes_snapshots(
    qtbot: QtBot, tab: ForecastTab, ctx: WorkspaceContext
) -> None:
    from desktop.dashboards.accuracy_dialog import AccuracyDialog

    dialog = AccuracyDialog(ctx, None, TODAY)
    qtbot.addWidget(dialog)
    assert dialog.snapshots.rowCount() == 0 and dialog.chart.is_empty
    QTest.mouseClick(dialog.take_button, Qt.MouseButton.LeftButton)
    assert dialog.snapshots.rowCount() == 1  # the dialog follows the model
    dialog.snapshots_view.selectRow(0)
    QTest.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert ctx.read(snapshot_rows) == [] and dialog.snapshots.rowCount() == 0
    ctx.undo_stack.undo()
    assert dialog.snapshots.rowCount() == 1


# -- the Dashboards page refreshes the tab after an edit -----------------------------------------


def test_the_page_refreshes_the_forecast_after_an_edit(
    qtbot: QtBot, ctx: WorkspaceContext, world: World
) -> None:
    from desktop.pages.dashboards import DashboardsPage

    page = DashboardsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    qtbot.waitExposed(page)
    tab = page.show_tab("forecast")
    assert isinstance(tab, ForecastTab)
    tab.today = TODAY
    tab.refresh()
    before = tab.series
    ctx.write(update_deal, world.d["A"], {"amount": 150_000})
    assert tab.series != before
    assert tab.series is not None and at(tab.series.commit, "2027-02") == 150_000


# -- the Cash tab ----------------------------------------------------------------------------------


def test_cash_figures_as_the_model(
    qtbot: QtBot, ctx: WorkspaceContext, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = show_tab(qtbot, CashTab(ctx))
    model = ctx.read(cash_forecast, date(2026, 11, 1), 12, None, TODAY)
    assert tab.series == cash_series(model)
    assert tab.series is not None and tab.series.months[0] == "2026-11"
    assert tab.series.months[-1] == "2027-10"
    assert "CNY" in tab.header.text() and "EUR" in tab.header.text()
    # W's first instalment, due 01-31 and unpaid, is 10 days late on 02-10.
    assert tab.overdue.rowCount() == 1
    view = tab.overdue_view
    texts = [view.model().index(0, c).data() for c in range(6)]
    assert texts[0] == "W" and texts[3] == "2027-01-31" and texts[5] == "10"
    assert "1" in tab.overdue_title.text()
    opened: list[int] = []
    monkeypatch.setattr(cash_tab, "open_on_board", lambda _w, deal: opened.append(deal))
    view.doubleClicked.emit(view.model().index(0, 0))
    assert opened == [world.d["W"]]
    # A click on a month's bar lists the deals behind it beside the overdue list.
    bars = {label: (artist, ids) for artist, ids, label in tab.chart.targets()}
    artist, ids = bars["Due (won) · 2027-01"]
    assert ids == tab.series.deal_ids[tab.series.months.index("2027-01")]
    assert world.d["W"] in ids
    QTest.mouseClick(tab.chart.canvas, Qt.MouseButton.LeftButton, pos=tab.chart.point_of(artist))
    assert tab.deal_list.ids == list(ids)


def test_forecast_tab_opens_a_deal_on_double_click(
    tab: ForecastTab, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[int] = []
    monkeypatch.setattr(forecast_tab, "open_on_board", lambda _w, deal: opened.append(deal))
    pick(tab, world.d["C"])
    tab.table.doubleClicked.emit(tab.table.currentIndex())
    assert opened == [world.d["C"]]
