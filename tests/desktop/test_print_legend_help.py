"""Help and paper, the way a user reaches them: F1 on each view, Shift+F1,
Help ▸ Legend, and File ▸ Print… (Ctrl+P) through the real print preview."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from desktop import labels
from desktop.app import Application
from desktop.legend_help import close_legend, legend_window
from desktop.mainwindow import MainWindow
from desktop.method_help import close_method_help, item_ref, method_help_window
from desktop.page_help import close_page_help, page_help_window, page_text
from desktop.pages.registry import VIEW_KEYS

# The part of the method F1 points to on each view when the view names none itself.
TOPICS = {
    "accounts": "ACC.TRAIT.1",
    "targets": "P1",
    "board": "P1",
    "map": "ROLE.KDM",
    "leads": "P2",
    "activities": "P5.RULE.1",
    "dashboard": "GOAL.5",  # the tab in front (Funnel) names it
    "team": None,
}


@pytest.fixture(autouse=True)
def _close_help_windows() -> object:
    yield
    close_page_help()
    close_method_help()
    close_legend()


def shown(window: MainWindow, qtbot: QtBot) -> MainWindow:
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()  # window shortcuts go to the active window only
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    return window


# -- F1 ------------------------------------------------------------------------------


@pytest.mark.parametrize("key", VIEW_KEYS)
def test_f1_on_a_view_opens_that_views_help(
    sample_app: Application, qtbot: QtBot, key: str
) -> None:
    window = shown(sample_app.window, qtbot)
    window.show_page(key)
    QTest.keyClick(window, Qt.Key.Key_F1)
    help_window = page_help_window()
    assert help_window is not None and help_window.isVisible()
    assert help_window.key == key
    assert help_window.topic == TOPICS[key]
    text = help_window.browser.toPlainText()
    entry = window.current_entry()
    assert entry is not None and entry.title() in text
    purpose, steps = page_text(key)
    assert purpose and purpose in text
    assert all(step in text for step in steps)
    assert "Ctrl+K" in text  # the keys that work everywhere
    if TOPICS[key]:
        assert item_ref(str(TOPICS[key])) in text
        assert help_window.method_button.isVisible()
    else:
        assert not help_window.method_button.isVisible()


def test_the_views_help_lists_its_own_actions_and_their_keys(
    sample_app: Application, qtbot: QtBot
) -> None:
    window = shown(sample_app.window, qtbot)
    page = window.show_page("accounts")
    assert page is not None
    QTest.keyClick(window, Qt.Key.Key_F1)
    help_window = page_help_window()
    assert help_window is not None
    text = help_window.browser.toPlainText()
    with_keys = [a for a in page.page_actions() if not a.shortcut().isEmpty()]
    for action in page.page_actions():
        assert action.text().replace("&", "") in text
    for action in with_keys:
        assert action.shortcut().toString() in text


def test_the_help_leads_on_to_the_method_at_the_views_topic(
    sample_app: Application, qtbot: QtBot
) -> None:
    window = shown(sample_app.window, qtbot)
    window.show_page("targets")
    QTest.keyClick(window, Qt.Key.Key_F1)
    help_window = page_help_window()
    assert help_window is not None
    QTest.mouseClick(help_window.method_button, Qt.MouseButton.LeftButton)
    method = method_help_window()
    assert method is not None and method.isVisible()
    assert method.current == "P1"


def test_f1_follows_the_views_own_topic(
    sample_app: Application, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = shown(sample_app.window, qtbot)
    page = window.show_page("board")
    assert page is not None
    monkeypatch.setattr(page, "help_topic", lambda: "P4")  # e.g. the selected deal's stage
    QTest.keyClick(window, Qt.Key.Key_F1)
    help_window = page_help_window()
    assert help_window is not None and help_window.topic == "P4"


def test_shift_f1_opens_the_method(sample_app: Application, qtbot: QtBot) -> None:
    window = shown(sample_app.window, qtbot)
    QTest.keyClick(window, Qt.Key.Key_F1, Qt.KeyboardModifier.ShiftModifier)
    method = method_help_window()
    assert method is not None and method.isVisible()
    assert page_help_window() is None


def test_f1_without_a_workspace_opens_the_method(app: Application, qtbot: QtBot) -> None:
    window = shown(app.window, qtbot)
    QTest.keyClick(window, Qt.Key.Key_F1)
    assert method_help_window() is not None


# -- Legend ----------------------------------------------------------------------------


def test_help_legend_explains_card_badges_and_map_symbols(
    sample_app: Application, qtbot: QtBot
) -> None:
    window = shown(sample_app.window, qtbot)
    help_menu = window.menuBar().actions()[-1].menu()
    assert isinstance(help_menu, QMenu) and window.act_legend in help_menu.actions()
    window.act_legend.trigger()
    legend = legend_window()
    assert legend is not None and legend.isVisible()
    text = legend.text()
    for role in ("KDM", "KI", "KU", "LEAD", "EVAL"):
        assert labels.role_label(role) in text
    assert "Awaiting approval" in text  # the forced-move badge, as the card writes it
    assert "forced move" in text
    assert "Coach" in text and "Five elements" in text
    assert "Backs a competitor" in text and "Influences" in text
    # Every symbol is a picture drawn with the views' own colours.
    images = text.count("\ufffc")  # one object replacement character per image
    assert images >= 20


# -- Print -----------------------------------------------------------------------------


@pytest.fixture
def printed(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[Path]:
    """Stand in for the user at the print preview: print to a PDF file instead."""
    files: list[Path] = []

    def to_pdf(dialog: QPrintPreviewDialog) -> int:
        path = tmp_path / f"print-{len(files)}.pdf"
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        printer.setPageLayout(dialog.printer().pageLayout())
        dialog.paintRequested.emit(printer)
        files.append(path)
        return 1

    monkeypatch.setattr(QPrintPreviewDialog, "exec", to_pdf)
    return files


@pytest.mark.parametrize("key", ["board", "map", "accounts"])
def test_ctrl_p_prints_the_view_through_the_preview(
    sample_app: Application, qtbot: QtBot, printed: list[Path], key: str
) -> None:
    window = shown(sample_app.window, qtbot)
    window.show_page(key)
    qtbot.wait(50)
    QTest.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert len(printed) == 1
    pdf = printed[0].read_bytes()
    assert pdf.startswith(b"%PDF")
    assert len(pdf) > 20_000, len(pdf)  # the view's drawing, not a bare header


def test_the_print_is_landscape_by_default(
    sample_app: Application, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QPageLayout

    seen: list[QPageLayout.Orientation] = []

    def look(dialog: QPrintPreviewDialog) -> int:
        seen.append(dialog.printer().pageLayout().orientation())
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", look)
    window = shown(sample_app.window, qtbot)
    window.show_page("board")
    window.act_print.trigger()
    assert seen == [QPageLayout.Orientation.Landscape]


def test_a_view_with_nothing_to_print_says_so(
    sample_app: Application, qtbot: QtBot, printed: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    window = shown(sample_app.window, qtbot)
    page = window.show_page("dashboard")
    assert page is not None
    monkeypatch.setattr(page, "print_widget", lambda: None)  # no view is empty any more
    window.act_print.trigger()
    assert printed == []
    assert "nothing to print" in window.statusBar().currentMessage()
