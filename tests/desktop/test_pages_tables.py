"""Issue 10 on the Team page, the people list and the competitors: each table's
right-click menu driven by a real context-menu event, rows that follow View ▸
Larger text through the main window's action, the Team page's hooks and its
names in pinyin order."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint
from PySide6.QtGui import QAction, QContextMenuEvent, QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMenu, QTableView, QWidget
from pytestqt.qtbot import QtBot

from desktop import text_size
from desktop.competitors.dialog import CompetitorsDialog
from desktop.context import WorkspaceContext
from desktop.i18n import install_language
from desktop.models.row_table import ID_ROLE
from desktop.pages.accounts import AccountsPage
from desktop.pages.people_panel import PeoplePanel
from desktop.pages.targeting import TargetingPage
from desktop.pages.team import TeamPage
from model.rows import account_rows, member_rows
from model.services.team import create_member

if TYPE_CHECKING:
    from desktop.app import Application


class MenuSpy:
    """Stands in for QMenu.exec: keeps the menu the user would see."""

    def __init__(self) -> None:
        self.menus: list[QMenu] = []

    def __call__(self, menu: QMenu, _at: QPoint) -> None:
        self.menus.append(menu)

    def texts(self) -> list[str]:
        return [a.text().replace("&", "") for a in self.menus[-1].actions() if not a.isSeparator()]

    def action(self, text: str) -> QAction:
        found = [a for a in self.menus[-1].actions() if a.text().replace("&", "") == text]
        assert found, self.texts()
        return found[0]


def right_click(view: QAbstractItemView, index: QModelIndex) -> None:
    """A real context-menu event on the view's viewport, over ``index``'s cell."""
    pos = view.visualRect(index).center()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, view.viewport().mapToGlobal(pos))
    QApplication.sendEvent(view.viewport(), event)


def shown(widget: QWidget, qtbot: QtBot) -> None:
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)


# -- right-click menus ---------------------------------------------------------------------


def test_team_rows_menu(sample_ctx: WorkspaceContext, qtbot: QtBot) -> None:
    page = TeamPage(sample_ctx)
    qtbot.addWidget(page)
    shown(page, qtbot)
    spy = MenuSpy()
    for menu in page.row_menus:
        menu.runner = spy
    index = page.proxy.index(2, 0)
    member, name = int(index.data(ID_ROLE)), index.data()
    right_click(page.table, index)
    assert getattr(page.selected_member(), "id", None) == member
    assert spy.texts() == ["Edit member", "Copy name", "Add member", "Delete member"]
    spy.action("Copy name").trigger()
    assert QGuiApplication.clipboard().text() == name
    spy.action("Delete member").trigger()
    assert member not in {m.id for m in sample_ctx.read(member_rows)}
    sample_ctx.undo_stack.undo()
    assert member in {m.id for m in sample_ctx.read(member_rows)}
    # the reporting tree has the same menu
    page.act_tree.trigger()
    tree_index = page.tree_model.index_of(member)
    right_click(page.tree, tree_index)
    assert len(spy.menus) == 2 and spy.texts()[0] == "Edit member"
    assert getattr(page.selected_member(), "id", None) == member


def test_people_rows_menu(sample_ctx: WorkspaceContext, qtbot: QtBot) -> None:
    from model.rows import person_rows

    account = max(sample_ctx.read(account_rows), key=lambda a: a.people).id
    panel = PeoplePanel(sample_ctx)
    qtbot.addWidget(panel)
    shown(panel, qtbot)
    panel.set_account(account)
    spy = MenuSpy()
    panel.row_menu.runner = spy
    index = panel.proxy.index(1, 0)
    person = int(index.data(ID_ROLE))
    right_click(panel.table, index)
    assert panel.current_person_id() == person
    assert spy.texts() == ["Edit person", "Show on map", "Copy name", "Add person", "Delete person"]
    spy.action("Copy name").trigger()
    name = next(p.name for p in sample_ctx.read(person_rows, account) if p.id == person)
    assert QGuiApplication.clipboard().text() == name
    panel.confirm_delete = lambda *_a: True  # type: ignore[method-assign]
    spy.action("Delete person").trigger()
    assert person not in {p.id for p in sample_ctx.read(person_rows, account)}


def test_competitor_rows_menu(sample_ctx: WorkspaceContext, qtbot: QtBot) -> None:
    from model.queries_people import competitor_choices

    dialog = CompetitorsDialog(sample_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    spy = MenuSpy()
    dialog.row_menu.runner = spy
    index = dialog.proxy.index(dialog.proxy.rowCount() - 1, 0)
    ident, name = int(index.data(ID_ROLE)), index.data()
    right_click(dialog.table, index)
    assert getattr(dialog.selected(), "id", None) == ident
    assert spy.texts() == ["Edit competitor", "Copy name", "New competitor", "Delete competitor…"]
    spy.action("Copy name").trigger()
    assert QGuiApplication.clipboard().text() == name
    dialog.confirm_delete = lambda *_a: True
    spy.action("Delete competitor…").trigger()
    assert ident not in dict(sample_ctx.read(competitor_choices))


# -- Larger text ---------------------------------------------------------------------------


@pytest.fixture
def keep_text_size(qapp: object) -> Iterator[None]:
    size = text_size.point_size()
    yield
    text_size.set_point_size(size)
    QCoreApplication.processEvents()


def settle() -> None:
    for _ in range(3):
        QCoreApplication.processEvents()


def row_fits(table: QTableView) -> bool:
    metrics = table.fontMetrics()
    return table.verticalHeader().defaultSectionSize() >= metrics.lineSpacing() + 4


def test_larger_text_gives_every_table_taller_rows(
    sample_app: Application, qtbot: QtBot, keep_text_size: None
) -> None:
    window = sample_app.window
    window.resize(1366, 768)
    window.show()
    tables: dict[str, QTableView] = {}
    team = window.show_page("team")
    assert isinstance(team, TeamPage)
    tables["team"] = team.table
    targets = window.show_page("targets")
    assert isinstance(targets, TargetingPage)
    tables["targets"] = targets.ranked
    accounts = window.show_page("accounts")
    assert isinstance(accounts, AccountsPage)
    accounts.tabs.setCurrentWidget(accounts.people)
    tables["people"] = accounts.people.table
    assert sample_app.ctx is not None
    dialog = CompetitorsDialog(sample_app.ctx, window)
    qtbot.addWidget(dialog)
    tables["competitors"] = dialog.table
    settle()
    before = {key: t.verticalHeader().defaultSectionSize() for key, t in tables.items()}
    for key, table in tables.items():
        assert row_fits(table), key
    for _ in range(6):
        window.act_bigger.trigger()
    settle()
    for key, table in tables.items():
        assert row_fits(table), key
        assert table.verticalHeader().defaultSectionSize() > before[key], key


# -- the Team page's hooks and names ---------------------------------------------------------


def test_team_view_state_and_print(sample_ctx: WorkspaceContext, qtbot: QtBot) -> None:
    page = TeamPage(sample_ctx)
    qtbot.addWidget(page)
    last = int(page.proxy.index(page.proxy.rowCount() - 1, 0).data(ID_ROLE))
    page.select_member(last)
    page.act_tree.trigger()
    state = page.view_state()
    assert page.print_widget() is page.tree
    again = TeamPage(sample_ctx)
    qtbot.addWidget(again)
    again.restore_view_state(state)
    assert getattr(again.selected_member(), "id", None) == last
    assert again.act_tree.isChecked() and again.print_widget() is again.tree


@pytest.fixture
def chinese(qapp: object) -> Iterator[None]:
    install_language("zh")
    yield
    install_language("en")


def test_team_names_in_pinyin_order(ctx: WorkspaceContext, qtbot: QtBot, chinese: None) -> None:
    boss = ctx.write(create_member, {"name": "赵敏", "role": "manager"}).created_id("member")
    for name in ("张伟", "李娜", "王芳"):
        ctx.write(create_member, {"name": name, "role": "rep", "manager_id": boss})
    page = TeamPage(ctx)
    qtbot.addWidget(page)
    table = [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]
    assert table == ["李娜", "王芳", "张伟", "赵敏"]
    page.select_member(boss)
    assert "李娜、王芳和张伟" in page.editor.reports.text()
    other = next(m.id for m in ctx.read(member_rows) if m.name == "王芳")
    page.select_member(other)
    combo = page.editor.manager
    names = [combo.itemText(i).split(" · ")[0] for i in range(1, combo.count())]
    assert names == ["李娜", "张伟", "赵敏"]
