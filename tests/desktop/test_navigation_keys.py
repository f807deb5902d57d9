"""Going from view to view the way a user does: Ctrl+1…Ctrl+8 pressed on the main
window, the View menu's entries triggered, the list on the left clicked; the three
always agree on the view shown."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from desktop.app import Application
from desktop.mainwindow import MainWindow
from desktop.pages.registry import VIEW_KEYS

NUMBER_KEYS = [Qt.Key(Qt.Key.Key_1.value + n) for n in range(len(VIEW_KEYS))]


def shown(window: MainWindow, qtbot: QtBot) -> MainWindow:
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()  # window shortcuts go to the active window only
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    return window


def assert_on(window: MainWindow, key: str) -> None:
    """The page, the list's row and the View menu's mark all say ``key``."""
    entry = window.current_entry()
    assert entry is not None and entry.key == key
    page = window.current_page()
    assert page is not None and page is window.pages[key]
    row = VIEW_KEYS.index(key)
    assert window.nav.currentRow() == row
    checked = [a for a in window.nav_actions if a.isChecked()]
    assert checked == [window.nav_actions[row]]


def test_the_view_menu_lists_every_view_with_ctrl_and_its_number(
    sample_app: Application,
) -> None:
    window = sample_app.window
    menu_actions = [a for a in window.view_menu.actions() if a in window.nav_actions]
    assert len(menu_actions) == len(VIEW_KEYS)
    for n, action in enumerate(menu_actions, start=1):
        assert action.shortcut().toString() == f"Ctrl+{n}"
        assert action.isEnabled()


@pytest.mark.parametrize("n", range(len(VIEW_KEYS)), ids=list(VIEW_KEYS))
def test_ctrl_and_a_number_pressed_on_the_window_shows_that_view(
    sample_app: Application, qtbot: QtBot, n: int
) -> None:
    window = shown(sample_app.window, qtbot)
    start = VIEW_KEYS[(n + 1) % len(VIEW_KEYS)]  # never already on the view asked for
    window.show_page(start)
    assert_on(window, start)
    QTest.keyClick(window, NUMBER_KEYS[n], Qt.KeyboardModifier.ControlModifier)
    assert_on(window, VIEW_KEYS[n])


def test_every_view_menu_entry_shows_its_view(sample_app: Application, qtbot: QtBot) -> None:
    window = shown(sample_app.window, qtbot)
    for key in (*reversed(VIEW_KEYS), *VIEW_KEYS):
        window.nav_actions[VIEW_KEYS.index(key)].trigger()
        assert_on(window, key)


def test_clicking_the_list_moves_the_menus_mark(sample_app: Application, qtbot: QtBot) -> None:
    window = shown(sample_app.window, qtbot)
    for key in ("map", "team", "accounts"):
        item = window.nav.item(VIEW_KEYS.index(key))
        rect = window.nav.visualItemRect(item)
        QTest.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert_on(window, key)


def test_without_a_workspace_the_keys_do_nothing(app: Application, qtbot: QtBot) -> None:
    window = shown(app.window, qtbot)
    QTest.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is None
    assert all(not a.isEnabled() for a in window.nav_actions)
