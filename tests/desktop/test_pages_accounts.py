"""Issue 10 on the Accounts page, driven as a user does: View ▸ Larger text
through the main window's action, amounts in 万/亿 in Chinese, the rows'
right-click menu, and the page's hooks (state, print, show a person)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, Qt
from PySide6.QtGui import QAction, QContextMenuEvent, QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMenu, QTableView
from pytestqt.qtbot import QtBot

from desktop import labels, text_size
from desktop.context import WorkspaceContext
from desktop.i18n import install_language
from desktop.models.accounts_model import ID_ROLE, Column
from desktop.pages.accounts import AccountsPage
from desktop.pages.accounts_table import FIGURES
from model.services.accounts import create_account
from model.services.deals import create_deal

if TYPE_CHECKING:
    from desktop.app import Application


@pytest.fixture
def keep_text_size(qapp: object) -> Iterator[None]:
    """Larger text changes the whole application's font: put it back afterwards."""
    size = text_size.point_size()
    yield
    text_size.set_point_size(size)
    QCoreApplication.processEvents()


def settle() -> None:
    """Let Qt deliver the new font to every widget (it posts it), then the re-measure."""
    for _ in range(3):
        QCoreApplication.processEvents()


def needed_width(table: QTableView, text: str) -> int:
    """What a cell needs to show ``text`` whole: the text plus the style's margins."""
    return table.fontMetrics().horizontalAdvance(text) + 8


def assert_fits(table: QTableView) -> None:
    model = table.model()
    header = table.horizontalHeader()
    for column in FIGURES:
        texts = [str(model.index(r, column).data() or "") for r in range(model.rowCount())]
        widest = max(texts, key=table.fontMetrics().horizontalAdvance)
        title = str(model.headerData(column, Qt.Orientation.Horizontal))
        assert header.sectionSize(column) >= needed_width(table, widest), (column, widest)
        assert header.sectionSize(column) >= header.fontMetrics().horizontalAdvance(title) + 8
    assert table.verticalHeader().defaultSectionSize() >= table.fontMetrics().lineSpacing()
    assert header.height() >= header.fontMetrics().lineSpacing()


def test_larger_text_refits_the_accounts_table_at_once(
    sample_app: Application, qtbot: QtBot, keep_text_size: None
) -> None:
    window = sample_app.window
    window.resize(1366, 768)
    window.show()
    page = window.show_page("accounts")
    assert isinstance(page, AccountsPage)
    table = page.table
    settle()
    assert_fits(table)
    before = {c: table.horizontalHeader().sectionSize(c) for c in FIGURES}
    row_before = table.verticalHeader().defaultSectionSize()
    for _ in range(6):
        window.act_bigger.trigger()
    settle()
    assert table.font().pointSizeF() > 0 and text_size.scale() > 1.4
    assert_fits(table)
    assert table.verticalHeader().defaultSectionSize() > row_before
    assert table.horizontalHeader().sectionSize(Column.PIPELINE) > before[Column.PIPELINE]
    # and back: Smaller text narrows the figures again
    for _ in range(6):
        window.act_smaller.trigger()
    settle()
    assert_fits(table)
    assert table.verticalHeader().defaultSectionSize() == row_before


@pytest.fixture
def chinese(qapp: object) -> Iterator[None]:
    install_language("zh")
    yield
    install_language("en")


def test_amounts_in_wan_and_yi_and_sorted_as_numbers(
    ctx: WorkspaceContext, qtbot: QtBot, chinese: None
) -> None:
    amounts = {"甲": 3_500_000, "乙": 120_000_000, "丙": 8_000, "丁": 95_000_000}
    for name, value in amounts.items():
        account = ctx.write(create_account, {"name": name}).created_id("account")
        ctx.write(create_deal, {"name": f"{name}项目", "account_id": account, "amount": value})
    page = AccountsPage(ctx)
    qtbot.addWidget(page)
    shown = {
        page.proxy.index(r, Column.NAME).data(): page.proxy.index(r, Column.PIPELINE).data()
        for r in range(page.proxy.rowCount())
    }
    assert shown == {"甲": "350万", "乙": "1.2亿", "丙": "8,000", "丁": "9500万"}
    page.table.sortByColumn(Column.PIPELINE, Qt.SortOrder.DescendingOrder)
    order = [page.proxy.index(r, Column.NAME).data() for r in range(page.proxy.rowCount())]
    assert order == ["乙", "丁", "甲", "丙"]  # by the number, not by the text "9500万" > "1.2亿"
    assert labels.amount(3_500_000) == "350万"


def test_amount_formatter_in_english(ctx: WorkspaceContext) -> None:
    assert labels.amount(3_500_000) == "3.5M"
    assert labels.amount(350_000) == "350K"
    assert labels.amount(950) == "950"
    assert labels.amount(1_234_000, "CNY") == "¥1.23M"
    assert labels.amount(None, empty="–") == "–"
    assert QApplication.instance() is not None


# -- the rows' right-click menu -------------------------------------------------------


class MenuSpy:
    """Stands in for QMenu.exec: keeps the menu the user would see."""

    def __init__(self) -> None:
        self.menus: list[QMenu] = []

    def __call__(self, menu: QMenu, _at: QPoint) -> None:
        self.menus.append(menu)

    def action(self, text: str) -> QAction:
        menu = self.menus[-1]
        found = [a for a in menu.actions() if a.text().replace("&", "") == text]
        assert found, [a.text() for a in menu.actions()]
        return found[0]


def right_click(view: QAbstractItemView, index: QModelIndex) -> None:
    """A real context-menu event on the view's viewport, over ``index``'s cell."""
    pos = view.visualRect(index).center()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, view.viewport().mapToGlobal(pos))
    QApplication.sendEvent(view.viewport(), event)


@pytest.fixture
def page(sample_ctx: WorkspaceContext, qtbot: QtBot) -> AccountsPage:
    page = AccountsPage(sample_ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_right_click_on_an_account_row_offers_its_actions(
    page: AccountsPage, sample_ctx: WorkspaceContext
) -> None:
    spy = MenuSpy()
    page.row_menu.runner = spy
    third = page.proxy.index(2, Column.NAME)
    account_id, name = int(third.data(ID_ROLE)), third.data()
    right_click(page.table, third)
    assert spy.menus, "no menu opened"
    assert page.current_account() == account_id  # the row under the pointer
    texts = [a.text().replace("&", "") for a in spy.menus[-1].actions() if not a.isSeparator()]
    assert texts == [
        "Edit account",
        "Show people",
        "Show on map",
        "New deal…",
        "Copy name",
        "Delete account",
    ]
    spy.action("Copy name").trigger()
    assert QGuiApplication.clipboard().text() == name
    spy.action("Show people").trigger()
    assert page.tabs.currentWidget() is page.people
    page.confirm = lambda title, text: True  # type: ignore[method-assign]
    spy.action("Delete account").trigger()
    assert page.model.row_of(account_id) < 0
    sample_ctx.undo_stack.undo()
    assert page.model.row_of(account_id) >= 0
    # off the rows: no menu
    count = len(spy.menus)
    below = QPoint(5, page.table.viewport().height() - 2)
    page.table.customContextMenuRequested.emit(below)
    assert len(spy.menus) == count or page.table.indexAt(below).isValid()


def test_show_on_map_from_the_menu_opens_the_accounts_map(
    sample_app: Application, qtbot: QtBot
) -> None:
    window = sample_app.window
    window.show()
    page = window.show_page("accounts")
    assert isinstance(page, AccountsPage)
    spy = MenuSpy()
    page.row_menu.runner = spy
    index = page.proxy.index(1, Column.NAME)
    right_click(page.table, index)
    spy.action("Show on map").trigger()
    shown = window.current_page()
    assert shown is not None and shown.key == "map"
    assert getattr(shown, "account_id", None) == int(index.data(ID_ROLE))


# -- hooks: view state, person, print ------------------------------------------------------


def test_view_state_brings_back_account_filters_and_tab(
    page: AccountsPage, sample_ctx: WorkspaceContext, qtbot: QtBot
) -> None:
    industry = page.industry_filter.itemData(1)
    page.industry_filter.setCurrentIndex(1)
    target = page.proxy.index(page.proxy.rowCount() - 1, 0).data(ID_ROLE)
    page.select_account(target)
    page.tabs.setCurrentWidget(page.people)
    state = page.view_state()
    again = AccountsPage(sample_ctx)
    qtbot.addWidget(again)
    again.restore_view_state(state)
    assert again.industry_filter.currentData() == industry
    assert again.proxy.industry == industry
    assert again.current_account() == target
    assert again.tabs.currentWidget() is again.people
    # what no longer exists is ignored
    again.restore_view_state({"account": 10**9, "filters": {"industry": "gone"}})
    assert again.industry_filter.currentIndex() == 0


def test_show_person_selects_account_and_person(
    page: AccountsPage, sample_ctx: WorkspaceContext
) -> None:
    from model.rows import person_rows

    account = page.proxy.index(3, 0).data(ID_ROLE)
    people = sample_ctx.read(person_rows, account)
    person = people[-1].id
    assert page.show_person(account, person)
    assert page.current_account() == account
    assert page.tabs.currentWidget() is page.people
    assert page.people.current_person_id() == person
    assert page.print_widget() is page.people
    page.tabs.setCurrentWidget(page.editor)
    assert page.print_widget() is page.editor
    assert not page.show_person(10**9, person)


# -- names by pinyin ------------------------------------------------------------------------


def test_industries_and_owners_sort_by_pinyin(
    ctx: WorkspaceContext, qtbot: QtBot, chinese: None
) -> None:
    from model.services.team import create_member

    owners = [
        ctx.write(create_member, {"name": name, "role": "rep"}).created_id("member")
        for name in ("张伟", "李娜", "王芳")
    ]
    for industry, owner in zip(("制造", "安防", "能源"), owners, strict=True):
        ctx.write(
            create_account, {"name": industry + "集团", "industry": industry, "owner_id": owner}
        )
    page = AccountsPage(ctx)
    qtbot.addWidget(page)
    box = page.industry_filter
    assert [box.itemText(i) for i in range(1, box.count())] == ["安防", "能源", "制造"]
    box = page.owner_filter
    assert [box.itemText(i) for i in range(2, box.count())] == ["李娜", "王芳", "张伟"]
