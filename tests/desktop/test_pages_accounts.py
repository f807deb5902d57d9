"""Issue 10 on the Accounts page, driven as a user does: View ▸ Larger text
through the main window's action, amounts in 万/亿 in Chinese, the rows'
right-click menu, and the page's hooks (state, print, show a person)."""

from __future__ import annotations

import gc
import json
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, Qt
from PySide6.QtGui import QAction, QContextMenuEvent, QFontMetrics, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMenu, QTableView
from pytestqt.qtbot import QtBot

from desktop import labels, text_size
from desktop.context import WorkspaceContext
from desktop.i18n import install_language
from desktop.layout_check import clipped_widgets
from desktop.models.accounts_model import ID_ROLE, Column, StageCountsDelegate
from desktop.pages.accounts import AccountsPage
from desktop.pages.accounts_table import FIGURES, HIDE_FIRST, SETTINGS_KEY, column_fit
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
        if header.isSectionHidden(column):
            continue  # stepped aside: the table is too narrow for it (see below)
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


# -- columns that fit, and the ones the user chose ------------------------------------


def accounts_at(window: object, qtbot: QtBot, size: tuple[int, int]) -> AccountsPage:
    window.resize(*size)  # type: ignore[attr-defined]
    window.show()  # type: ignore[attr-defined]
    qtbot.waitExposed(window)
    page = window.show_page("accounts")  # type: ignore[attr-defined]
    assert isinstance(page, AccountsPage)
    settle()
    return page


def hidden_columns(table: QTableView) -> list[Column]:
    header = table.horizontalHeader()
    return [c for c in Column if header.isSectionHidden(c)]


def assert_columns_fill_the_table(table: QTableView) -> None:
    """Every shown column whole inside the table, the name taking what is left."""
    header = table.horizontalHeader()
    room = table.viewport().width()
    assert header.length() <= room + 1, (header.length(), room)
    others = sum(header.sectionSize(c) for c in Column if c != Column.NAME)
    assert header.sectionSize(Column.NAME) >= room - others - 1
    assert header.sectionSize(Column.NAME) >= column_fit(table).name_minimum()
    assert not header.isSectionHidden(Column.NAME)


def test_columns_that_do_not_fit_step_aside_and_come_back(
    sample_app: Application, qtbot: QtBot, keep_text_size: None
) -> None:
    window = sample_app.window
    page = accounts_at(window, qtbot, (1366, 768))
    table = page.table
    assert_columns_fill_the_table(table)
    narrow = hidden_columns(table)
    # The least needed go first; the working figures stay beside the editor.
    assert narrow and set(narrow) == set(HIDE_FIRST[: len(narrow)])
    assert Column.OWNER not in narrow and Column.PIPELINE not in narrow

    # A wider window: the table widens, columns come back and the names show whole.
    window.resize(1920, 1080)
    settle()
    assert_columns_fill_the_table(table)
    wide = hidden_columns(table)
    assert len(wide) < len(narrow) and set(wide) == set(HIDE_FIRST[: len(wide)])
    names = [str(page.proxy.index(r, Column.NAME).data()) for r in range(page.proxy.rowCount())]
    widest = max(table.fontMetrics().horizontalAdvance(n) for n in names)
    assert table.horizontalHeader().sectionSize(Column.NAME) >= widest + 8

    # The splitter dragged to the right: more come back.
    page.splitter.setSizes([1700, 200])
    settle()
    assert_columns_fill_the_table(table)
    assert len(hidden_columns(table)) < len(wide)

    # Narrow again: the same columns step aside.
    window.resize(1366, 768)
    page.splitter.setSizes([700, 440])
    settle()
    assert hidden_columns(table) == narrow
    # Larger text: the same rule with the wider columns.
    window.act_bigger.trigger()
    window.act_bigger.trigger()
    settle()
    assert_columns_fill_the_table(table)
    assert len(hidden_columns(table)) >= len(narrow)


def test_the_header_menu_shows_or_hides_a_column_for_good(
    sample_app: Application, qtbot: QtBot
) -> None:
    window = sample_app.window
    page = accounts_at(window, qtbot, (1366, 768))
    table, header = page.table, page.table.horizontalHeader()
    assert header.isSectionHidden(Column.PEOPLE)  # too narrow for it
    spy = MenuSpy()
    page.header_menu_runner = spy

    def right_click_header() -> None:
        pos = QPoint(header.sectionViewportPosition(Column.NAME) + 5, header.height() // 2)
        event = QContextMenuEvent(
            QContextMenuEvent.Reason.Mouse, pos, header.viewport().mapToGlobal(pos)
        )
        QApplication.sendEvent(header.viewport(), event)
        assert spy.menus, "no menu opened"

    right_click_header()
    people, owner = spy.action("People"), spy.action("Owner")
    assert not people.isChecked() and owner.isChecked()
    assert not spy.action("Show the columns that fit").isEnabled()  # nothing chosen yet
    people.trigger()  # the user wants it, narrow or not
    right_click_header()
    spy.action("Owner").trigger()  # and not this one, wide or not
    settle()
    assert not header.isSectionHidden(Column.PEOPLE) and header.isSectionHidden(Column.OWNER)
    page.splitter.setSizes([1200, 300])
    settle()
    assert header.isSectionHidden(Column.OWNER)
    saved = json.loads(str(window.settings.value(SETTINGS_KEY)))
    assert saved == {"owner": False, "people": True}

    # Remembered: a page built again (as the window builds it) shows the same.
    again = AccountsPage(page.ctx, window.stack)
    window.stack.addWidget(again)
    window.stack.setCurrentWidget(again)
    settle()
    shown = again.table.horizontalHeader()
    assert not shown.isSectionHidden(Column.PEOPLE) and shown.isSectionHidden(Column.OWNER)

    # Back to what fits: the choices are forgotten.
    window.stack.setCurrentWidget(page)
    page.splitter.setSizes([700, 440])
    right_click_header()
    spy.action("Show the columns that fit").trigger()
    settle()
    assert json.loads(str(window.settings.value(SETTINGS_KEY))) == {}
    assert header.isSectionHidden(Column.PEOPLE) and not header.isSectionHidden(Column.OWNER)
    assert_columns_fill_the_table(table)


def test_stage_cells_grow_with_larger_text(
    sample_app: Application, qtbot: QtBot, keep_text_size: None
) -> None:
    window = sample_app.window
    page = accounts_at(window, qtbot, (1920, 1080))
    page.splitter.setSizes([1500, 300])
    table = page.table
    normal = StageCountsDelegate.cell_for(table.font())
    for _ in range(4):
        window.act_bigger.trigger()
    settle()
    larger = StageCountsDelegate.cell_for(table.font())
    assert larger > normal
    digits = QFontMetrics(StageCountsDelegate.count_font(table.font())).horizontalAdvance("99")
    assert larger >= digits + 4  # a two-digit count whole in its cell
    header = table.horizontalHeader()
    assert not header.isSectionHidden(Column.STAGES)
    assert header.sectionSize(Column.STAGES) >= StageCountsDelegate.width_for(table.font())
    assert clipped_widgets(table) == []


def test_the_profile_form_wraps_instead_of_scrolling_sideways(
    sample_app: Application, qtbot: QtBot, keep_text_size: None
) -> None:
    window = sample_app.window
    page = accounts_at(window, qtbot, (1366, 768))
    window.act_bigger.trigger()
    window.act_bigger.trigger()
    settle()
    editor = page.editor
    area = editor.scroll_area
    for expanded in (False, True):
        editor.set_profile_expanded(expanded)
        settle()
        assert editor.body.minimumSizeHint().width() <= area.viewport().width()
        assert not area.horizontalScrollBar().isVisible()
        assert clipped_widgets(editor) == []
    # The long value texts wrap beside their boxes; a click on the text ticks the box.
    label = editor.value_labels[0]
    assert label.wordWrap() and label.height() >= label.heightForWidth(label.width())
    check = editor.value_checks[0]
    before = check.isChecked()
    area.ensureWidgetVisible(label)
    QTest.mouseClick(label, Qt.MouseButton.LeftButton, pos=label.rect().center())
    assert check.isChecked() != before
    page.ctx.undo_stack.undo()
    assert check.isChecked() == before


# --- start-up: the accounts read once, the columns measured without a Qt call per cell ----


def test_start_reads_the_accounts_once_for_the_preview_and_the_page(
    app: Application, sample_copy: object, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    import desktop.pages.accounts as accounts_module
    from model.rows import account_rows

    reads: list[object] = []

    def counted(*args: object, **kwargs: object) -> object:
        reads.append(kwargs)
        return account_rows(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(accounts_module, "account_rows", counted)
    app.settings.setValue("window/page", "accounts")
    gc.unfreeze()
    app.start(sample_copy)  # type: ignore[arg-type]
    assert not gc.isenabled()  # the preview is up, the open comes next
    qtbot.waitUntil(lambda: app.ctx is not None and "accounts" in app.window.pages)
    page = app.window.pages["accounts"]
    assert isinstance(page, AccountsPage)
    assert reads == []  # the preview's rows, not a second read
    assert app.ctx is not None
    fresh = app.ctx.read(account_rows)
    assert sorted(page.model.rows, key=lambda r: r.id) == sorted(fresh, key=lambda r: r.id)
    assert app.window.take_preview_rows() is None  # handed over once, never kept
    # No collections while opening; what it loaded is frozen out of later ones.
    assert gc.isenabled() and gc.get_freeze_count() > 0
    gc.unfreeze()
    page.reload()  # a later reload reads afresh
    assert len(reads) == 1


def test_column_texts_are_what_the_cells_display(page: AccountsPage) -> None:
    model = page.model
    for column in Column:
        cells = {str(model.index(r, column).data() or "") for r in range(model.rowCount())}
        assert model.column_texts(column) == cells, column.name
