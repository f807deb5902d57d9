"""The map's keys work as soon as the page is shown, typed on the main window as a
user does, without a click into the map first; hidden, the map takes no keys."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from desktop.pages.map import MapPage

if TYPE_CHECKING:
    from desktop.app import Application

Ctrl = Qt.KeyboardModifier.ControlModifier
Shift = Qt.KeyboardModifier.ShiftModifier
Keypad = Qt.KeyboardModifier.KeypadModifier
NoMod = Qt.KeyboardModifier.NoModifier


def _map_by_keys(sample_app: Application, qtbot: QtBot) -> MapPage:
    window = sample_app.window
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    QTest.keyClick(window, Qt.Key.Key_4, Ctrl)  # View ▸ Org map
    page = window.current_page()
    assert isinstance(page, MapPage)
    qtbot.waitUntil(lambda: page.view.scale_factor() > 0)
    QApplication.processEvents()
    # nobody clicked into the map: the focus is not in it
    assert not page.view.hasFocus()
    return page


def test_map_shortcuts_work_without_a_click_into_the_map(
    sample_app: Application, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _map_by_keys(sample_app, qtbot)
    window = sample_app.window
    view = page.view

    assert not page.act_route.isChecked()
    QTest.keyClick(window, Qt.Key.Key_R, Ctrl)
    assert page.act_route.isChecked()
    assert page.tabs.currentWidget() is page.route_panel
    QTest.keyClick(window, Qt.Key.Key_R, Ctrl)
    assert not page.act_route.isChecked()

    QTest.keyClick(window, Qt.Key.Key_L, Ctrl)
    assert page.act_link.isChecked() and view.link_mode
    QTest.keyClick(window, Qt.Key.Key_L, Ctrl)
    assert not view.link_mode

    for key, mods, bigger in (
        (Qt.Key.Key_Plus, NoMod, True),
        (Qt.Key.Key_Plus, Keypad, True),
        (Qt.Key.Key_Equal, NoMod, True),
        (Qt.Key.Key_Minus, NoMod, False),
        (Qt.Key.Key_Minus, Keypad, False),
    ):
        before = view.scale_factor()
        QTest.keyClick(window, key, mods)
        after = view.scale_factor()
        assert (after > before) if bigger else (after < before), (key, mods)

    view.set_scale(2.5)
    before = view.transform()
    QTest.keyClick(window, Qt.Key.Key_0, Ctrl)  # Fit
    assert view.transform() != before and view.scale_factor() < 2.5

    asked: list[Any] = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (asked.append(a), ("", "")))
    )
    QTest.keyClick(window, Qt.Key.Key_E, Ctrl)
    assert asked, "Ctrl+E did not open the export dialog"

    steps = page.ctx.undo_stack.count()
    QTest.keyClick(window, Qt.Key.Key_P, Ctrl | Shift)  # Add person
    assert page.ctx.undo_stack.count() == steps + 1
    assert page.ctx.undo_stack.text(steps) == "Add person"


def test_ctrl_plus_stays_larger_text_on_the_map(sample_app: Application, qtbot: QtBot) -> None:
    from desktop import text_size

    page = _map_by_keys(sample_app, qtbot)
    size, scale = text_size.point_size(), page.view.scale_factor()
    QTest.keyClick(sample_app.window, Qt.Key.Key_Plus, Ctrl)
    assert text_size.point_size() > size
    QTest.keyClick(sample_app.window, Qt.Key.Key_Minus, Ctrl)
    assert text_size.point_size() == size
    assert page.view.scale_factor() == pytest.approx(scale)


def test_a_hidden_map_takes_no_keys(sample_app: Application, qtbot: QtBot) -> None:
    page = _map_by_keys(sample_app, qtbot)
    window = sample_app.window
    QTest.keyClick(window, Qt.Key.Key_3, Ctrl)  # the board
    assert window.current_page() is not page
    scale = page.view.scale_factor()
    QTest.keyClick(window, Qt.Key.Key_R, Ctrl)
    QTest.keyClick(window, Qt.Key.Key_Plus)
    QTest.keyClick(window, Qt.Key.Key_L, Ctrl)
    assert not page.act_route.isChecked() and not page.view.link_mode
    assert page.view.scale_factor() == scale


def test_typing_plus_in_the_search_field_types_it(sample_app: Application, qtbot: QtBot) -> None:
    page = _map_by_keys(sample_app, qtbot)
    page.focus_search()
    scale = page.view.scale_factor()
    QTest.keyClicks(page.search, "a+b-c")
    assert page.search.text() == "a+b-c"
    assert page.view.scale_factor() == scale
