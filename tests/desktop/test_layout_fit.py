"""Nothing is clipped or overlapping in the real main window at 1366×768.

Each page is shown the way a user leaves it (the board with a deal open in its
panel, the map at Fit, the accounts with one selected), in English and Chinese
(each with its own sample), at the normal text size and after View ▸ Larger
text was triggered twice on the page already shown. desktop/layout_check.py
names what does not fit; the assertion message lists it.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop import text_size
from desktop.app import Application
from desktop.layout_check import clipped_widgets

SIZE = (1366, 768)
PAGES = (
    "accounts",
    "board",
    "map",
    "targets",
    "team",
    "leads",
    "activities",
    "team-tasks",
    "team-selfcheck",
    "dashboard-funnel",
    "dashboard-forecast",
    "dashboard-cash",
    "dashboard-team",
    "dashboard-review",
)
DIALOGS = ("targets", "settings-currencies", "settings-probabilities")


@pytest.fixture(scope="module")
def _samples(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    from model.sample import generate_sample
    from model.workspace import open_workspace

    folder = tmp_path_factory.mktemp("layout-samples")
    paths = {}
    for lang in ("en", "zh"):
        path = folder / f"sample-{lang}.kan"
        ws = open_workspace(path, create=True)
        generate_sample(ws.engine, lang=lang, size="small")
        ws.close()
        paths[lang] = path
    return paths


@pytest.fixture
def window_in(qapp: QApplication, tmp_path: Path, _samples: dict[str, Path]) -> Iterator[Any]:
    """Opens the sample of a language in a real Application; undoes the text size after."""
    base = text_size.notifier().base
    opened: list[Application] = []

    def open_in(lang: str, tasks: bool = False) -> Any:
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        settings.setValue("ui/language", lang)
        application = Application(settings)
        opened.append(application)
        copy = tmp_path / f"sample-{lang}.kan"
        shutil.copy(_samples[lang], copy)
        if tasks:
            _stage_tasks(copy)
        assert application.open(copy)
        window = application.window
        window.show()
        # The window fits itself to the screen once shown (offscreen's is 800x800):
        # then it is given the size of the screen under test, as a maximised window.
        QTest.qWait(20)
        window.resize(*SIZE)
        return window

    yield open_in
    text_size.set_point_size(base)
    QTest.qWait(20)  # the views' follow-ups (the map re-fits on a zero timer) run first
    for application in opened:
        if application.ctx is not None:
            application.ctx.close()
        application.window.close()
        application.window.deleteLater()  # a dead window must not slow the next test's relayout
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    from desktop.i18n import install_language

    install_language("en")


def _stage_tasks(path: Path) -> None:
    """As tools/screenshots.py: the sample's open deals get their stage's tasks (the sample
    makes deals in their stages directly, so it has none), every third one overdue."""
    from datetime import date, timedelta

    from sqlalchemy import select, update

    from model.base import utcnow
    from model.entities import Deal, Task
    from model.services.tasks import create_stage_tasks
    from model.workspace import open_workspace

    ws = open_workspace(path)
    try:
        with ws.begin() as session:
            for deal in session.execute(select(Deal).where(Deal.status == "open")).scalars():
                if deal.stage != "P1":
                    create_stage_tasks(session, deal, deal.stage, utcnow())
            ids = list(session.execute(select(Task.id).order_by(Task.id)).scalars())
            for n, ident in enumerate(ids[::3]):
                late = date.today() - timedelta(days=3 + n % 12)
                session.execute(update(Task).where(Task.id == ident).values(due_on=late))
    finally:
        ws.close()


def _show(window: Any, key: str, qtbot: QtBot) -> None:
    """The page as a user leaves it before looking: a deal open, the map fitted, an account,
    a lead, the first activity; a Team tab (Tasks: a manager's list, with escalations)."""
    page: Any = window.show_page(key.split("-")[0])
    assert page is not None
    qtbot.wait(50)
    if key == "board":
        if page.panel.isVisible():
            page.close_panel()
        # As tools/screenshots.py: the first open P5 deal, whose panel has the most to show.
        cards = [c for c in page.store.cards.values() if c.status == "open"]
        deal = min(c.id for c in [c for c in cards if c.stage == "P5"] or cards)
        page.open_deal(deal)
    elif key == "map":
        page.act_fit.trigger()
    elif key == "accounts":
        table = page.table
        first = table.model().index(0, 0)
        QTest.mouseClick(
            table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(first).center()
        )
        assert table.selectionModel().isRowSelected(0)
    elif key == "leads":
        assert page.selected_lead() is not None  # its editor is shown
    elif key == "activities":
        page.table.selectRow(0)
    elif key == "team-tasks":
        page.show_tab("tasks")
        manager = next(m.id for m in page.rows() if m.role == "manager")
        page.tasks.show_member(manager)
        assert any(r.escalated for r in page.tasks.rows())
    elif key == "team-selfcheck":
        page.show_tab("selfcheck")
    elif key.startswith("dashboard-"):
        page.show_tab(key.split("-")[1])
        assert page.current_key() == key.split("-")[1]
    _settle(qtbot)


def _settle(qtbot: QtBot) -> None:
    """Let every pending relayout run (a text-size change re-lays out the whole window)."""
    for _ in range(10):
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        qtbot.wait(20)


@pytest.mark.parametrize("text", ["normal", "larger"])
@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("key", PAGES)
def test_nothing_clipped_at_1366(
    window_in: Any, qtbot: QtBot, key: str, lang: str, text: str
) -> None:
    window = window_in(lang, tasks=key == "team-tasks")
    qtbot.waitExposed(window)
    assert (window.width(), window.height()) == SIZE, "the window does not fit a 1366x768 screen"
    _show(window, key, qtbot)
    if text == "larger":
        before = text_size.point_size()
        window.act_bigger.trigger()
        window.act_bigger.trigger()
        assert text_size.point_size() == before + 2
        # The page follows at once, as it is: no restart, nothing re-opened.
        _settle(qtbot)
    found = clipped_widgets(window)
    assert found == [], f"{key} at {SIZE[0]}x{SIZE[1]}, {lang}, {text} text:\n" + "\n".join(found)


def _open_dialog(window: Any, key: str, qtbot: QtBot) -> Any:
    """The dialog as a user opens it: Team ▸ Targets… (its action), Edit ▸ Settings… on
    the Currencies or Stage probabilities tab (built as the app builds it, shown, not run)."""
    from PySide6.QtWidgets import QDialog

    if key == "targets":
        page: Any = window.show_page("team")
        page.act_targets.trigger()
        dialogs = [d for d in window.findChildren(QDialog) if d.isVisible()]
        assert len(dialogs) == 1, "Targets… shows one dialog"
        dialog = dialogs[0]
    else:
        from desktop.settings_dialog import SettingsDialog

        dialog = SettingsDialog(window.settings, window.ctx, window)
        dialog.tabs.setCurrentIndex(1 if key == "settings-currencies" else 2)
        dialog.show()
    qtbot.waitExposed(dialog)
    _settle(qtbot)
    return dialog


@pytest.mark.parametrize("text", ["normal", "larger"])
@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("key", DIALOGS)
def test_dialogs_fit_at_1366(window_in: Any, qtbot: QtBot, key: str, lang: str, text: str) -> None:
    """Issue 13's dialogs: nothing cut, and the dialog itself within a 1366x768 screen."""
    window = window_in(lang)
    qtbot.waitExposed(window)
    if text == "larger":
        window.act_bigger.trigger()
        window.act_bigger.trigger()
        _settle(qtbot)
    dialog = _open_dialog(window, key, qtbot)
    try:
        found = clipped_widgets(dialog)
        assert dialog.width() <= SIZE[0] and dialog.height() <= SIZE[1] - 40, (
            f"{key} is {dialog.width()}x{dialog.height()}, larger than the screen"
        )
        assert found == [], f"{key} dialog, {lang}, {text} text:\n" + "\n".join(found)
    finally:
        dialog.close()


def test_the_check_names_what_a_user_sees_cut(qtbot: QtBot) -> None:
    """The walker itself: what fits is not reported; each kind of cut is, by its text."""
    from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

    root = QWidget()
    qtbot.addWidget(root)
    row = QHBoxLayout(root)
    label, button, combo, code = (
        QLabel("Exit criteria of P5"),
        QPushButton("Verify evidence"),
        QComboBox(),
        QLineEdit("CNY"),
    )
    combo.addItem("Largest amount")
    code.setMaxLength(3)
    for widget in (label, button, combo, code):
        row.addWidget(widget)
    root.show()
    qtbot.waitExposed(root)
    _settle(qtbot)
    assert clipped_widgets(root) == []

    for widget in (label, button, combo, code):
        widget.setFixedWidth(24)
    outside = QLabel("Sticks out", root)
    outside.setGeometry(root.width() - 10, 0, 80, 20)
    outside.show()
    _settle(qtbot)
    found = "\n".join(clipped_widgets(root))
    for text in ("Exit criteria of P5", "Verify evidence", "Largest amount", "CNY", "Sticks out"):
        assert text in found, f"{text!r} is cut but not reported:\n{found}"


def test_the_check_names_menus_pushed_out_of_the_menu_bar(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QMainWindow

    window = QMainWindow()
    qtbot.addWidget(window)
    for name in ("&File", "&Edit", "&View", "&Actions", "&Help"):
        window.menuBar().addMenu(name)
    window.resize(600, 200)
    window.show()
    qtbot.waitExposed(window)
    _settle(qtbot)
    assert clipped_widgets(window) == []
    window.resize(110, 200)
    _settle(qtbot)
    found = "\n".join(clipped_widgets(window))
    for text in ("Actions", "Help"):
        assert text in found, f"{text!r} is cut but not reported:\n{found}"


def test_the_check_names_a_form_that_must_scroll_sideways(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QFormLayout, QLineEdit, QScrollArea, QWidget

    area = QScrollArea()
    qtbot.addWidget(area)
    area.setWidgetResizable(True)
    form = QWidget()
    field = QLineEdit("Chutian Systems Integration Co., Ltd.")
    QFormLayout(form).addRow("Partner name", field)
    area.setWidget(form)
    area.resize(500, 200)
    area.show()
    qtbot.waitExposed(area)
    _settle(qtbot)
    assert clipped_widgets(area) == []
    field.setMinimumWidth(700)
    _settle(qtbot)
    assert any("the form needs" in line for line in clipped_widgets(area))
