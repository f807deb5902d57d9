"""Edit ▸ Go to… (Ctrl+K), driven as a user does: the shortcut typed on the main
window, the query typed into the popup, ↑/↓ and Enter to go, Esc to close."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from desktop import text_size
from desktop.pages.accounts import AccountsPage
from desktop.pages.board import BoardPage
from desktop.pages.map import MapPage
from desktop.search_dialog import SearchDialog, index_cache, secondary_text
from graph.build import person_key
from model.search import SearchEntry
from model.services.accounts import update_account

if TYPE_CHECKING:
    from desktop.app import Application
    from desktop.mainwindow import MainWindow

Ctrl = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(sample_app: Application, qtbot: QtBot) -> Iterator[MainWindow]:
    window = sample_app.window
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    yield window
    for dialog in window.findChildren(SearchDialog):
        dialog.close()


def _press_ctrl_k(window: MainWindow) -> SearchDialog:
    window.activateWindow()
    _wait(window.isActiveWindow)
    QTest.keyClick(window, Qt.Key.Key_K, Ctrl)
    shown = [d for d in window.findChildren(SearchDialog) if d.isVisible()]
    assert len(shown) == 1, "Ctrl+K opened no search"
    _wait(shown[0].isActiveWindow)
    return shown[0]


def _wait(condition: Callable[[], bool], ms: int = 3000) -> None:
    """Let the event loop run until ``condition`` (window activation is queued)."""
    for _ in range(ms // 10):
        if condition():
            return
        QTest.qWait(10)
    assert condition()


def _type(qtbot: QtBot, dialog: SearchDialog, text: str) -> list[SearchEntry]:
    """Type as a user does, then wait for the debounced search to show results."""
    QTest.keyClicks(dialog.edit, text)
    qtbot.waitUntil(lambda: not dialog.timer.isActive(), timeout=3000)
    return list(dialog.model.entries)


def _entry(window: MainWindow, kind: str, pick: Any = None) -> SearchEntry:
    """An entry of the sample workspace of this kind (not the account shown at start)."""
    assert window.ctx is not None
    found = [
        e for e in index_cache(window.ctx).get() if e.kind == kind and (pick is None or pick(e))
    ]
    assert found, f"the sample has no {kind}"
    return found[-1]


def test_ctrl_k_typing_and_enter_opens_the_account(window: MainWindow, qtbot: QtBot) -> None:
    account = _entry(window, "account")
    window.show_page("board")  # elsewhere, so the jump has to switch pages
    dialog = _press_ctrl_k(window)
    assert dialog.edit.hasFocus()
    # over the middle of the window, inside it
    assert abs(dialog.geometry().center().x() - window.geometry().center().x()) <= 20
    assert window.geometry().contains(dialog.geometry())
    assert "pinyin initials" in dialog.empty.text()  # the empty state says what works
    results = _type(qtbot, dialog, account.name)
    assert results[0] == account
    QTest.keyClick(dialog.edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    page = window.current_page()
    assert isinstance(page, AccountsPage)
    assert page.current_account() == account.id


def test_a_person_opens_on_the_map_selected(window: MainWindow, qtbot: QtBot) -> None:
    person = _entry(window, "person", lambda e: not e.left)
    dialog = _press_ctrl_k(window)
    results = _type(qtbot, dialog, person.name)
    # The person may share a name with others: ↓ to the right line, as a user would.
    for _ in range(results.index(person)):
        QTest.keyClick(dialog.edit, Qt.Key.Key_Down)
    assert dialog.list.currentIndex().row() == results.index(person)
    QTest.keyClick(dialog.edit, Qt.Key.Key_Enter)
    page = window.current_page()
    assert isinstance(page, MapPage)
    assert page.account_id == person.account_id
    assert page.scene.selected_keys() == [person_key(person.id)]


def test_a_person_the_map_cannot_show_opens_in_the_accounts_people(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(MapPage, "show_person", lambda *_args: False)
    person = _entry(window, "person", lambda e: not e.left)
    dialog = _press_ctrl_k(window)
    results = _type(qtbot, dialog, person.name)
    for _ in range(results.index(person)):
        QTest.keyClick(dialog.edit, Qt.Key.Key_Down)
    QTest.keyClick(dialog.edit, Qt.Key.Key_Return)
    page = window.current_page()
    assert isinstance(page, AccountsPage)
    assert page.current_account() == person.account_id
    assert page.tabs.currentWidget() is page.people
    assert page.people.current_person_id() == person.id


def test_a_phone_with_dashes_finds_the_person(window: MainWindow, qtbot: QtBot) -> None:
    person = _entry(window, "person", lambda e: sum(c.isdigit() for c in e.phone) >= 8)
    digits = "".join(c for c in person.phone if c.isdigit())
    typed = f"{digits[-8:-4]}-{digits[-4:]}"  # the last eight digits, as "1234-5678"
    dialog = _press_ctrl_k(window)
    results = _type(qtbot, dialog, typed)
    assert person in results
    assert person.phone and person.account in secondary_text(person)


def test_a_deal_opens_on_the_board(window: MainWindow, qtbot: QtBot) -> None:
    deal = _entry(window, "deal", lambda e: e.status == "open")
    dialog = _press_ctrl_k(window)
    results = _type(qtbot, dialog, deal.name)
    for _ in range(results.index(deal)):
        QTest.keyClick(dialog.edit, Qt.Key.Key_Down)
    QTest.keyClick(dialog.edit, Qt.Key.Key_Return)
    page = window.current_page()
    assert isinstance(page, BoardPage)
    assert page.panel.isVisible() and page.panel.deal_id == deal.id
    assert page.selected_deal() == deal.id


def test_arrows_move_and_escape_closes(window: MainWindow, qtbot: QtBot) -> None:
    start = window.current_page()
    dialog = _press_ctrl_k(window)
    results = _type(qtbot, dialog, "e")
    assert len(results) > 3
    assert dialog.list.currentIndex().row() == 0
    QTest.keyClick(dialog.edit, Qt.Key.Key_Down)
    QTest.keyClick(dialog.edit, Qt.Key.Key_Down)
    QTest.keyClick(dialog.edit, Qt.Key.Key_Up)
    assert dialog.list.currentIndex().row() == 1
    QTest.keyClick(dialog.edit, Qt.Key.Key_Up)
    QTest.keyClick(dialog.edit, Qt.Key.Key_Up)  # stays on the first
    assert dialog.list.currentIndex().row() == 0
    # Nothing found: says so, and Enter goes nowhere.
    QTest.keyClick(dialog.edit, Qt.Key.Key_A, Ctrl)
    _type(qtbot, dialog, "qqqqxxzz")
    assert dialog.model.rowCount() == 0 and "qqqqxxzz" in dialog.empty.text()
    QTest.keyClick(dialog.edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    QTest.keyClick(dialog.edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert window.current_page() is start


def test_a_click_on_a_result_goes_there(window: MainWindow, qtbot: QtBot) -> None:
    account = _entry(window, "account")
    window.show_page("board")
    dialog = _press_ctrl_k(window)
    results = _type(qtbot, dialog, account.name)
    row = results.index(account)
    rect = dialog.list.visualRect(dialog.model.index(row, 0))
    QTest.mouseClick(dialog.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert not dialog.isVisible()
    page = window.current_page()
    assert isinstance(page, AccountsPage) and page.current_account() == account.id


def test_back_in_the_window_the_popup_closes(window: MainWindow) -> None:
    start = window.current_page()
    dialog = _press_ctrl_k(window)
    window.activateWindow()  # a click into the main window, say
    _wait(lambda: not isValid(dialog) or not dialog.isVisible())
    assert window.current_page() is start


def test_enter_typed_faster_than_the_debounce_still_goes(window: MainWindow) -> None:
    account = _entry(window, "account")
    window.show_page("board")
    dialog = _press_ctrl_k(window)
    QTest.keyClicks(dialog.edit, account.name)
    assert dialog.timer.isActive()  # no event loop ran: the search has not run yet
    QTest.keyClick(dialog.edit, Qt.Key.Key_Return)
    page = window.current_page()
    assert isinstance(page, AccountsPage) and page.current_account() == account.id


def test_the_index_is_kept_until_the_workspace_changes(window: MainWindow, qtbot: QtBot) -> None:
    assert window.ctx is not None
    cache = index_cache(window.ctx)
    dialog = _press_ctrl_k(window)
    _type(qtbot, dialog, "a")
    builds = cache.builds
    QTest.keyClick(dialog.edit, Qt.Key.Key_Escape)
    dialog = _press_ctrl_k(window)
    _type(qtbot, dialog, "b")
    assert cache.builds == builds  # opened again: the same index
    QTest.keyClick(dialog.edit, Qt.Key.Key_Escape)

    account = _entry(window, "account")
    window.ctx.write(update_account, account.id, {"name": "张三丰控股"})
    dialog = _press_ctrl_k(window)
    results = _type(qtbot, dialog, "zsf")
    assert cache.builds == builds + 1
    assert [(e.kind, e.id) for e in results][:1] == [("account", account.id)]


def test_larger_text_opens_a_larger_popup(window: MainWindow, qtbot: QtBot) -> None:
    base = text_size.notifier().base
    try:
        dialog = _press_ctrl_k(window)
        normal = dialog.size()
        assert _type(qtbot, dialog, "e")
        row = dialog.list.sizeHintForRow(0)
        QTest.keyClick(dialog.edit, Qt.Key.Key_Escape)
        window.act_bigger.trigger()
        window.act_bigger.trigger()
        QApplication.processEvents()
        dialog = _press_ctrl_k(window)
        assert dialog.width() > normal.width() or dialog.height() > normal.height()
        results = _type(qtbot, dialog, "e")
        assert results and dialog.list.sizeHintForRow(0) > row
        assert dialog.geometry().right() <= window.geometry().right()
    finally:
        text_size.set_point_size(base)
