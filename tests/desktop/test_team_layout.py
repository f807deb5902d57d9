"""The team database's windows fit and answer the keyboard, in English and Chinese, at
the normal and the larger (projector) text size.

File ▸ Open team database… (empty, and asking again after a refused password), the
conflict dialog (long values in both columns, and a record deleted meanwhile), the
lost-connection notice, and the status bar's "Team database · live" in the real main
window at 1366×768 after View ▸ Larger text. desktop/layout_check.py names what does
not fit; the conflict table's cells are measured here (a wrapped value must show all
its lines, a long one also has the whole in its tooltip).
"""

from __future__ import annotations

import html
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from desktop import text_size
from desktop.conflict_dialog import (
    RELOAD,
    ConflictDialog,
    ConflictView,
    ConnectionNotice,
    field_words,
)
from desktop.i18n import install_language
from desktop.layout_check import clipped_widgets
from desktop.team.open_dialog import OpenTeamDialog
from desktop.team.passwords import LoginRequest
from model.server_login import ServerParts

SCREEN = (1366, 768)
LONG = {
    "en": "Tower refurbishment, phase 2: the north wing with the data centre cooling, "
    "the backup generators and three years of maintenance, signed with the landlord",
    "zh": "大楼翻新二期：北翼，包括数据中心制冷、备用发电机以及三年维护服务，"
    "需与物业和总包共同确认",
}


@pytest.fixture(params=["normal", "larger"])
def text(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[str]:
    """The application's text size as View ▸ Larger text twice leaves it; undone after."""
    base = text_size.point_size()
    if request.param == "larger":
        text_size.set_point_size(base + 2)
    yield request.param
    text_size.set_point_size(base)


@pytest.fixture(params=["en", "zh"])
def lang(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[str]:
    install_language(request.param)
    yield request.param
    install_language("en")


def _settle(qtbot: QtBot) -> None:
    for _ in range(5):
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        qtbot.wait(10)


def _shown(qtbot: QtBot, dialog: QWidget) -> QWidget:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _settle(qtbot)
    return dialog


def _fits(dialog: QWidget, what: str) -> None:
    found = clipped_widgets(dialog)
    assert found == [], f"{what}:\n" + "\n".join(found)
    assert dialog.width() <= SCREEN[0] and dialog.height() <= SCREEN[1] - 40, (
        f"{what} is {dialog.width()}x{dialog.height()}, larger than a 1366x768 screen"
    )


def _conflict_view(lang: str, variant: str = "long") -> ConflictView:
    long = LONG[lang]
    if variant == "empty":  # an edit with no fields to show: the message alone
        return ConflictView("Edit", "Someone else saved “Tower” first.", [])
    if variant == "gone":
        return ConflictView("Edit", "The deal was deleted.", [(field_words("name"), "—", long)])
    rows = [
        (field_words("name"), long, "Tower 2"),
        (field_words("amount"), "1,250,000", "1,300,000"),
        (field_words("expected_close"), "2026-12-31", "2027-01-15"),
        (field_words("protection_expires"), "—", f"{long} {long}"),
    ]
    return ConflictView("Edit", "Someone else saved “Tower” first.", rows, can_reapply=True)


# -- File ▸ Open team database… ---------------------------------------------------------------


@pytest.mark.parametrize("asked_again", [False, True])
def test_open_dialog_fits(qtbot: QtBot, lang: str, text: str, asked_again: bool) -> None:
    request = (
        LoginRequest(
            ServerParts("db.example.com", 5432, "sales_team", "amy"),
            problem="The password for amy on db.example.com was refused. Type it again.",
            keyring=True,
        )
        if asked_again
        else LoginRequest()
    )
    dialog = _shown(qtbot, OpenTeamDialog(request))
    _fits(dialog, f"Open team database, {lang}, {text} text")
    assert dialog.status.isVisible() == asked_again


def test_open_dialog_says_a_refusal_whole(qtbot: QtBot, lang: str, text: str) -> None:
    """Test connection to a port nobody listens on: the answer shows in full, the form
    above it uncut (the dialog grows for it)."""
    import socket

    with socket.socket() as probe:  # a loopback port free a moment ago: refused at once
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    request = LoginRequest(ServerParts("127.0.0.1", port, "sales_team", "amy"))
    dialog: Any = _shown(qtbot, OpenTeamDialog(request))
    before = dialog.height()
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    _settle(qtbot)
    assert dialog.status.isVisible() and f"127.0.0.1:{port}" in dialog.status.text()
    assert dialog.height() > before
    _fits(dialog, f"Open team database saying a refusal, {lang}, {text} text")


def test_open_dialog_keyboard(qtbot: QtBot) -> None:
    """Fields in reading order by Tab, each explained; Enter opens, Escape cancels."""
    install_language("en")
    dialog: Any = _shown(qtbot, OpenTeamDialog(LoginRequest(keyring=True)))
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    order = [dialog.host, dialog.port, dialog.database, dialog.user, dialog.password]
    order.append(dialog.remember)
    assert _focused() is dialog.host  # the first empty field
    for expected in order[1:]:
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert _focused() is expected, f"Tab went to {_focused()!r}, not {expected.objectName()}"
    for edit in (dialog.host, dialog.database, dialog.user):
        assert edit.placeholderText(), f"{edit.objectName()} has no placeholder"
    assert dialog.port.toolTip() and dialog.test_button.toolTip()
    assert dialog.ok.isDefault()
    with qtbot.waitSignal(dialog.rejected):
        QTest.keyClick(dialog.host, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected


def _focused() -> QWidget | None:
    """The focused widget, a spin box for its inner line edit."""
    widget = QApplication.focusWidget()
    parent = widget.parentWidget() if widget is not None else None
    return parent if isinstance(parent, QSpinBox) else widget


# -- the conflict dialog and the lost-connection notice ---------------------------------------


@pytest.mark.parametrize("variant", ["long", "gone", "empty"])
def test_conflict_dialog_shows_every_value(
    qtbot: QtBot, lang: str, text: str, variant: str
) -> None:
    view = _conflict_view(lang, variant)
    dialog: Any = _shown(qtbot, ConflictDialog(view))
    _fits(dialog, f"conflict dialog, {lang}, {text} text")
    table = dialog.table
    assert table.isVisible() == bool(view.rows)
    for row, cells in enumerate(view.rows):
        for column, value in enumerate(cells):
            index = table.model().index(row, column)
            cell = table.visualRect(index)
            assert table.viewport().rect().contains(cell), f"row {row} is scrolled out of view"
            need = _wrapped_height(table, cell.width(), value)
            assert cell.height() >= need, (
                f"{value[:30]!r} needs {need} px in its cell, has {cell.height()}"
            )
            if len(value) > 40:
                assert html.escape(value) in table.item(row, column).toolTip()


def _wrapped_height(table: Any, width: int, value: str) -> int:
    margin = table.style().pixelMetric(table.style().PixelMetric.PM_FocusFrameHMargin) + 1
    metrics = QFontMetrics(table.font())
    flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft
    return metrics.boundingRect(0, 0, width - 2 * margin, 10_000, flags, value).height()


def test_conflict_dialog_keyboard(qtbot: QtBot) -> None:
    """Reload is the default and has the focus: Enter and Escape both keep theirs."""
    install_language("en")
    for key in (Qt.Key.Key_Escape, Qt.Key.Key_Return):
        dialog: Any = _shown(qtbot, ConflictDialog(_conflict_view("en")))
        dialog.activateWindow()
        qtbot.waitActive(dialog)
        assert dialog.reload_button.isDefault() and dialog.reload_button.hasFocus()
        assert dialog.reload_button.toolTip() and dialog.reapply_button.toolTip()
        with qtbot.waitSignal(dialog.finished):
            QTest.keyClick(QApplication.focusWidget(), key)
        assert dialog.choice == RELOAD and dialog.result() == QDialog.DialogCode.Rejected


def test_connection_notice_fits(qtbot: QtBot, lang: str, text: str) -> None:
    notice: Any = ConnectionNotice()
    notice.say("Edit deal “Tower”", "The server db.example.com:5432 does not answer.", 5)
    _shown(qtbot, notice)
    _fits(notice, f"lost-connection notice, {lang}, {text} text")
    assert notice.retry_button.isDefault() and notice.discard_button.toolTip()
    # A longer message while shown (the next edit kept) grows the notice; nothing is cut.
    notice.say("Edit deal “Tower”", " ".join([LONG[lang]] * 3), None)
    _settle(qtbot)
    _fits(notice, f"lost-connection notice with a long message, {lang}, {text} text")


# -- the status bar in the main window ---------------------------------------------------------


@pytest.mark.parametrize("state", ["live", "reconnecting", "connecting"])
def test_live_status_fits_the_status_bar(
    qtbot: QtBot, settings: Any, lang: str, state: str
) -> None:
    """At 1366x768 after View ▸ Larger text twice: the status reads whole, with its
    tooltip, beside the status bar's other words."""
    from desktop.app import Application
    from desktop.team.live import LiveFeature

    settings.setValue("ui/language", lang)
    application = Application(settings)
    window = application.window
    base = text_size.point_size()
    try:
        window.show()
        qtbot.waitExposed(window)
        window.resize(*SCREEN)
        window.act_bigger.trigger()
        window.act_bigger.trigger()
        assert text_size.point_size() == base + 2
        status = window.findChild(LiveFeature).status
        status.show_state(state)
        _settle(qtbot)
        bar = window.statusBar()
        assert status.isVisible() and status.toolTip()
        found = clipped_widgets(bar)
        assert found == [], f"status bar, {lang}, {state}:\n" + "\n".join(found)
        assert bar.rect().contains(status.geometry())
        width = status.fontMetrics().horizontalAdvance(status.text())
        assert status.contentsRect().width() >= width
    finally:
        text_size.set_point_size(base)
        window.close()
        window.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
