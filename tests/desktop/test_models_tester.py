"""Every item model under Qt's model tester while the user filters, sorts and edits.

The model tester stays attached to the model and checks every signal it sends
(rows removed that were there, layout changes that keep persistent indexes, …),
so a model that leaves a view or proxy with stale indexes fails here instead of
crashing the application later. pytest runs with faulthandler on: a crash
prints the Python stack of the test that caused it.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from helpers import show_board
from PySide6.QtCore import QPoint, QPointF, QSortFilterProxyModel, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.competitors.dialog import CompetitorsDialog
from desktop.context import WorkspaceContext
from desktop.models.accounts_model import (
    ID_ROLE,
    AccountsFilterProxy,
    AccountsTableModel,
    Column,
)
from desktop.pages.accounts import AccountsPage
from desktop.pages.people_panel import PeoplePanel
from desktop.pages.targeting import TargetingPage
from desktop.pages.team import TeamPage
from model.rows import account_rows
from model.services.accounts import update_account
from model.services.team import create_competitor, create_member


def wheel(widget: QWidget, notches: int) -> None:
    local = QPointF(widget.rect().center())
    QApplication.sendEvent(
        widget,
        QWheelEvent(
            local,
            QPointF(widget.mapToGlobal(local.toPoint())),
            QPoint(0, 0),
            QPoint(0, 120 * notches),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        ),
    )


def focus(qtbot: QtBot, widget: QWidget) -> None:
    widget.window().activateWindow()
    widget.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def shown_ids(proxy: QSortFilterProxyModel) -> list[int]:
    return [int(proxy.index(r, 0).data(ID_ROLE)) for r in range(proxy.rowCount())]


@pytest.fixture
def page(sample_ctx: WorkspaceContext, qtbot: QtBot) -> AccountsPage:
    widget = AccountsPage(sample_ctx)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


# -- the accounts filters: the crash ----------------------------------------------------------


def test_filters_changed_in_quick_succession_while_an_edit_is_pending(
    page: AccountsPage, qtbot: QtBot, sample_ctx: WorkspaceContext, qtmodeltester: Any
) -> None:
    """The segfault in set_filter: a filter hid the selected account while its
    name was being typed; showing the next account saved the name, and the
    saved change refreshed the rows inside the proxy's filter change."""
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)
    boxes = [
        page.nature_filter,
        page.industry_filter,
        page.region_filter,
        page.scale_filter,
        page.owner_filter,
    ]
    typed = 0
    for turn in range(3):
        for box in boxes:
            page._select_proxy_row(turn + 1)
            assert page.table.selectionModel().hasSelection()
            edit = page.editor.name_edit
            focus(qtbot, edit)
            QTest.keyClicks(edit, "x")  # typed, not yet saved
            typed += 1
            for index in range(1, box.count()):  # hides the account being edited
                box.setCurrentIndex(index)
                box.setCurrentIndex(0)
            # A wheel turn over the focused combo, and back.
            focus(qtbot, box)
            wheel(box, -1)
            wheel(box, 1)
            wheel(box, -1)
            box.setCurrentIndex(0)
            assert page.proxy.rowCount() == page.model.rowCount()
            assert sorted(shown_ids(page.proxy)) == sorted(r.id for r in page.model.rows)
    # Every typed letter was saved, none lost or applied twice.
    names = [r.name for r in sample_ctx.read(account_rows)]
    assert sum(name.count("x") for name in names) >= typed
    assert page.current_account() is not None


def test_the_accounts_proxy_filters_sorts_and_follows_changes(
    sample_ctx: WorkspaceContext, qtmodeltester: Any
) -> None:
    model = AccountsTableModel()
    rows = sample_ctx.read(account_rows)
    model.set_rows(rows[:-1])
    qtmodeltester.check(model)
    proxy = AccountsFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    for column in Column:
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            proxy.sort(column, order)
            assert proxy.sortColumn() == column and proxy.sortOrder() == order
    proxy.sort(Column.NAME, Qt.SortOrder.AscendingOrder)
    region = rows[0].region.split("/")[0]
    proxy.set_filter(region=region, text="co")
    proxy.set_filter(nature=rows[0].nature, scale=rows[0].scale)
    proxy.clear_filters()
    assert proxy.rowCount() == model.rowCount()
    # A rename moves the row to its new place; one account in, one out.
    renamed = replace(rows[0], name="Aardvark Works")
    model.refresh_rows([rows[0].id, rows[1].id, rows[-1].id], [renamed, rows[-1]])
    assert proxy.index(0, Column.NAME).data() == "Aardvark Works"
    assert model.row_of(rows[1].id) == -1 and model.row_of(rows[-1].id) >= 0
    proxy.set_filter(text="aardvark")
    assert shown_ids(proxy) == [rows[0].id]
    model.refresh_rows([rows[0].id], [replace(renamed, name="Zebra Works")])
    assert shown_ids(proxy) == []  # no longer matches
    proxy.clear_filters()
    assert proxy.index(proxy.rowCount() - 1, Column.NAME).data() == "Zebra Works"
    model.set_rows(rows)
    model.set_rows([])
    assert proxy.rowCount() == 0


def test_a_change_made_while_the_model_announces_another_waits_its_turn(
    sample_ctx: WorkspaceContext, qtmodeltester: Any
) -> None:
    model = AccountsTableModel()
    rows = sample_ctx.read(account_rows)
    model.set_rows(rows)
    proxy = AccountsFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    nested: list[int] = []

    def refresh_inside(*_args: object) -> None:
        if not nested:
            nested.append(model.rowCount())
            model.refresh_rows([rows[0].id], [])  # a slot that writes, mid-change
            nested.append(model.rowCount())

    proxy.layoutChanged.connect(refresh_inside)
    proxy.set_filter(text="co")
    assert nested == [len(rows), len(rows)]  # held while the proxy changed…
    assert model.row_of(rows[0].id) == -1  # …then done


# -- every other model ------------------------------------------------------------------------


def test_people_model_and_filter(
    sample_ctx: WorkspaceContext, qtbot: QtBot, qtmodeltester: Any
) -> None:
    panel = PeoplePanel(sample_ctx)
    qtbot.addWidget(panel)
    panel.show()
    accounts = sample_ctx.read(account_rows)
    panel.set_account(accounts[0].id)
    qtmodeltester.check(panel.model)
    qtmodeltester.check(panel.proxy)
    for column in range(panel.model.columnCount()):
        panel.proxy.sort(column, Qt.SortOrder.DescendingOrder)
        panel.proxy.sort(column, Qt.SortOrder.AscendingOrder)
    panel.filter.setText("a")
    panel.filter.setText("")
    for account in accounts[1:4]:
        panel.set_account(account.id)
    panel.set_account(None)


def test_team_models(sample_ctx: WorkspaceContext, qtbot: QtBot, qtmodeltester: Any) -> None:
    page = TeamPage(sample_ctx)
    qtbot.addWidget(page)
    page.show()
    qtmodeltester.check(page.table_model)
    qtmodeltester.check(page.proxy)
    qtmodeltester.check(page.tree_model)
    for column in range(page.table_model.columnCount()):
        page.proxy.sort(column, Qt.SortOrder.DescendingOrder)
    page.proxy.setFilterFixedString("a")
    sample_ctx.write(create_member, {"name": "Aaron New", "role": "rep"})
    page.proxy.setFilterFixedString("")
    sample_ctx.write(create_member, {"name": "Zoe New", "role": "rep"})
    assert page.proxy.rowCount() == page.table_model.rowCount()


def test_targeting_models(sample_ctx: WorkspaceContext, qtbot: QtBot, qtmodeltester: Any) -> None:
    page = TargetingPage(sample_ctx)
    qtbot.addWidget(page)
    page.show()
    qtmodeltester.check(page.segment_model)
    qtmodeltester.check(page.ranked_model)
    qtmodeltester.check(page.ranked_proxy)
    for column in range(page.ranked_model.columnCount()):
        page.ranked_proxy.sort(column, Qt.SortOrder.DescendingOrder)
    industries = sorted({r.industry for r in sample_ctx.read(account_rows) if r.industry})
    page.set_filter("industry", industries[:1])
    page.set_filter("industry", [])


def test_board_column_models(
    sample_ctx: WorkspaceContext, qtbot: QtBot, qtmodeltester: Any
) -> None:
    board = show_board(qtbot, sample_ctx)
    for column in board.columns.values():
        qtmodeltester.check(column.view.model())
    filters = board.findChildren(QComboBox)
    for box in filters:
        for index in range(min(box.count(), 4)):
            box.setCurrentIndex(index)
        box.setCurrentIndex(0)
    accounts = sample_ctx.read(account_rows)
    sample_ctx.write(update_account, accounts[0].id, {"name": "Renamed while shown"})


def test_competitor_table_model(
    sample_ctx: WorkspaceContext, qtbot: QtBot, qtmodeltester: Any
) -> None:
    dialog = CompetitorsDialog(sample_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtmodeltester.check(dialog.table_model)
    qtmodeltester.check(dialog.proxy)
    for column in range(dialog.table_model.columnCount()):
        dialog.proxy.sort(column, Qt.SortOrder.DescendingOrder)
    dialog.proxy.setFilterFixedString("o")
    sample_ctx.write(create_competitor, {"name": "Omega Rival"})
    dialog.proxy.setFilterFixedString("")
    assert dialog.proxy.rowCount() == dialog.table_model.rowCount()
