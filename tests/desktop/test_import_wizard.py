"""File → Import…: the wizard driven as a user drives it, from the real menu action
to the rows in the workspace, and back out with Edit → Undo."""

from __future__ import annotations

import csv
import os
import threading
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QFileDialog, QProgressDialog, QPushButton, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop import file_dialogs
from desktop.importing.menu import ACTION_NAME
from desktop.importing.models import MappingModel
from desktop.importing.wizard import ImportWizard
from model.entities import Account, Deal
from model.services.accounts import create_account

if TYPE_CHECKING:
    from desktop.app import Application
    from desktop.mainwindow import MainWindow

DATA = Path(__file__).resolve().parents[1] / "data" / "import"
ACCOUNTS = DATA / "a3_accounts.csv"
DEALS = DATA / "a3_deals.csv"
BROKEN = DATA / "a3_broken.xlsx"
WORKBOOK = DATA / "deals_1904.xlsx"  # A1's: sheets 商机, 联系人, 说明, Empty; 1904 dates
GB18030 = DATA / "gb18030_accounts.csv"  # A1's


# -- helpers ---------------------------------------------------------------------------------


@pytest.fixture
def window(app: Application, tmp_path: Path, qtbot: QtBot) -> MainWindow:
    """The main window shown with an empty workspace of its own."""
    assert app.open(tmp_path / "team.kan", create=True)
    app.window.resize(1366, 768)
    app.window.show()
    qtbot.waitExposed(app.window)
    return app.window


def import_action(window: MainWindow) -> QAction:
    found = [a for a in window.file_menu.actions() if a.objectName() == ACTION_NAME]
    assert len(found) == 1, "File → Import… is in the File menu once"
    return found[0]


def choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[tuple[Any, ...]]:
    """The open-file dialog answers ``path``; what it was asked is kept."""
    asked: list[tuple[Any, ...]] = []

    def dialog(*args: Any, **_kw: Any) -> tuple[str, str]:
        asked.append(args)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(dialog))
    return asked


def open_wizard(window: MainWindow, qtbot: QtBot) -> ImportWizard:
    import_action(window).trigger()
    shown = [w for w in window.findChildren(ImportWizard) if w.isVisible()]
    assert len(shown) == 1
    wizard = shown[0]
    qtbot.waitExposed(wizard)
    return wizard


def click(qtbot: QtBot, wizard: ImportWizard, which: QWizard.WizardButton) -> None:
    button = wizard.button(which)
    assert button.isVisible() and button.isEnabled(), which
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def wizard_with_file(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, path: Path
) -> ImportWizard:
    """The wizard opened from the menu, ``path`` chosen with the Choose… button."""
    choose_file(monkeypatch, path)
    wizard = open_wizard(window, qtbot)
    qtbot.mouseClick(wizard.file_page.choose_button, Qt.MouseButton.LeftButton)
    return wizard


def wizard_at_preview(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, path: Path
) -> ImportWizard:
    """The wizard opened from the menu, ``path`` chosen, the guesses kept, the dry run shown."""
    wizard = wizard_with_file(window, qtbot, monkeypatch, path)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    qtbot.waitUntil(lambda: wizard.state.plan is not None)
    return wizard


def target_combo(wizard: ImportWizard, row: int) -> QComboBox:
    page = wizard.mapping_page
    combo = page.table.indexWidget(page.model.index(row, MappingModel.TARGET))
    assert isinstance(combo, QComboBox)
    return combo


def accounts(window: MainWindow) -> dict[str, tuple[str | None, str | None]]:
    """Every account by name: its industry and territory."""
    assert window.ctx is not None
    with window.ctx.workspace.sessions() as s:
        rows = s.execute(select(Account.name, Account.industry, Account.territory)).all()
    return {name: (industry, territory) for name, industry, territory in rows}


# -- the menu --------------------------------------------------------------------------------


def test_import_is_in_the_file_menu_with_its_own_key_and_only_for_a_writable_workspace(
    app: Application, tmp_path: Path
) -> None:
    window = app.window
    action = import_action(window)
    assert action.shortcut() == QKeySequence("Ctrl+Shift+I")
    others = [a for a in window.findChildren(QAction) if a is not action]
    assert all(a.shortcut() != action.shortcut() for a in others), "the key is not taken"
    assert action.toolTip()
    assert not action.isEnabled(), "no workspace: nothing to import into"
    assert app.open(tmp_path / "team.kan", create=True)
    assert import_action(app.window).isEnabled()


# -- the whole way ---------------------------------------------------------------------------


def test_import_accounts_from_the_menu_then_undo_and_redo(
    window: MainWindow,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    settings: QSettings,
) -> None:
    assert window.ctx is not None
    window.ctx.write(create_account, {"name": "Contoso Ltd"})
    documents = tmp_path / "Documents"
    documents.mkdir()
    monkeypatch.setattr(file_dialogs, "documents_dir", lambda: str(documents))
    asked = choose_file(monkeypatch, ACCOUNTS)
    wizard = open_wizard(window, qtbot)

    # 1. the file
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled(), "no file chosen yet"
    qtbot.mouseClick(wizard.file_page.choose_button, Qt.MouseButton.LeftButton)
    assert Path(asked[0][2]) == documents, "the first time in the documents folder"
    assert settings.value("dialogs/import") == str(DATA), "the folder is remembered"
    info = wizard.file_page.info.text()
    assert info == "Read from a3_accounts.csv: rows 5, columns 5."
    assert wizard.file_page.encoding_combo.currentText() == "Automatic: UTF-8"
    assert wizard.file_page.delimiter_combo.currentText() == "Automatic: Comma ( , )"
    assert next_button.isEnabled()
    click(qtbot, wizard, QWizard.WizardButton.NextButton)

    # 2. what the rows are, where the columns go: guessed, one changed by hand
    page = wizard.mapping_page
    assert page.kind_combo.currentData() == "accounts"
    assert wizard.state.mapping == {0: "name", 1: "industry", 2: None, 3: "nature", 4: "note"}
    assert target_combo(wizard, 0).currentText() == "Account name *", "required is marked"
    samples = page.model.index(2, MappingModel.SAMPLES).data()
    assert samples == "East · North · West"
    segment = target_combo(wizard, 2)
    segment.setFocus()
    qtbot.keyClicks(segment, "Terr")  # the user types to pick "Territory"
    assert segment.currentData() == "territory"
    assert wizard.state.mapping[2] == "territory"
    name = target_combo(wizard, 0)
    name.setFocus()
    qtbot.keyClick(name, Qt.Key.Key_Home)  # "— not imported —": the required name is gone
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert "Account name" in page.required_label.text()
    qtbot.keyClicks(name, "Acc")
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    click(qtbot, wizard, QWizard.WizardButton.NextButton)

    # 3. the dry run: counts, duplicates, rejected rows; nothing written yet
    qtbot.waitUntil(lambda: wizard.state.plan is not None)
    preview = wizard.preview_page
    assert preview.counts.text() == "1 new · 1 merged · 1 skipped · 2 rejected"
    duplicates = {row[0]: row for row in preview.duplicates.rows()}
    assert duplicates["3"][1] == "Contoso Ltd."
    assert duplicates["3"][2].startswith("Contoso Ltd")
    assert duplicates["3"][2].endswith("(already in the workspace)")
    assert "fills Industry" in duplicates["3"][3]
    assert duplicates["4"][2] == "Northwind Trading Co. (line 2 of this file)"
    assert ("6", "Nature", "Spaceship") in [row[:3] for row in preview.rejects.rows()]
    assert {row[0] for row in preview.rejects.rows()} == {"5", "6"}
    assert accounts(window) == {"Contoso Ltd": ("", "")}, "a dry run writes nothing"

    # the error file
    errors = tmp_path / "errors.csv"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(errors), ""))
    )
    qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    with errors.open(encoding="utf-8-sig", newline="") as f:
        saved = list(csv.reader(f))
    assert saved[-1][:3] == ["6", "Nature", "Spaceship"]

    # 4. import: one undo step, said in the status bar with its key
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    qtbot.waitUntil(lambda: not wizard.isVisible())
    after = {
        "Contoso Ltd": ("Manufacturing", "North"),
        "Northwind Trading Co.": ("Retail", "East"),
    }
    assert accounts(window) == after
    assert window.ctx.undo_stack.count() == 1
    message = window.statusBar().currentMessage()
    assert "a3_accounts.csv" in message and "Ctrl+Z" in message

    window.act_undo.trigger()
    assert accounts(window) == {"Contoso Ltd": ("", "")}
    window.act_redo.trigger()
    assert accounts(window) == after


@pytest.fixture(params=["UTC", "Asia/Shanghai"])
def zone(request: pytest.FixtureRequest) -> Iterator[str]:
    """The test under the clock of two places (a day must stay the day the file says)."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = request.param
    time.tzset()
    yield request.param
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    time.tzset()


def test_deals_with_us_dates_guess_the_day_order_and_create_their_accounts(
    zone: str, window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = wizard_with_file(window, qtbot, monkeypatch, DEALS)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.mapping_page.kind_combo.currentData() == "deals"
    assert wizard.mapping_page.day_combo.currentData() == "mdy", "03/25/2027 is month first"
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    qtbot.waitUntil(lambda: wizard.state.plan is not None)
    assert wizard.preview_page.counts.text().startswith("2 new")
    assert "Northwind Trading Co." in wizard.preview_page.also.text()
    assert wizard.preview_page.reject_view.currentWidget() is wizard.preview_page.reject_view.empty
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert window.ctx is not None
    with window.ctx.workspace.sessions() as s:
        deals = dict(s.execute(select(Deal.name, Deal.expected_close)).all())
    assert deals == {
        "Core network upgrade": date(2027, 3, 25),
        "Data centre move": date(2027, 12, 1),
    }


def test_importing_the_same_file_twice_offers_nothing_to_import(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = wizard_at_preview(window, qtbot, monkeypatch, ACCOUNTS)
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    qtbot.waitUntil(lambda: not wizard.isVisible())
    before = accounts(window)

    again = wizard_at_preview(window, qtbot, monkeypatch, ACCOUNTS)
    counts = again.state.plan.counts if again.state.plan is not None else {}
    assert counts["create"] == 0 and counts["merge"] == 0
    assert not again.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert "nothing to import" in again.preview_page.message.text()
    qtbot.mouseClick(again.button(QWizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton)
    assert accounts(window) == before


# -- cancel and broken files -----------------------------------------------------------------


def hold_until_cancelled(
    monkeypatch: pytest.MonkeyPatch, module: object, name: str, wizard_of: Callable[[], Any]
) -> threading.Event:
    """``module.name`` (a model function taking ``progress``) waits at its first progress
    report until the user pressed Cancel in the progress dialog, which a timer does."""
    pressed = threading.Event()
    real = getattr(module, name)

    def held(*args: Any, progress: Callable[[int, int], bool], **kw: Any) -> Any:
        def report(done: int, total: int) -> bool:
            pressed.wait(10)
            return progress(done, total)

        return real(*args, progress=report, **kw)

    tries = [500]  # 10 s at most: a failed test leaves no timer running

    def press_cancel() -> None:
        try:
            dialog = wizard_of().findChild(QProgressDialog, "importProgress")
        except RuntimeError:  # the wizard is gone
            return
        if dialog is None or not dialog.isVisible():
            tries[0] -= 1
            if tries[0] > 0:
                QTimer.singleShot(20, press_cancel)
            return
        QTest.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
        pressed.set()

    monkeypatch.setattr(module, name, held)
    QTimer.singleShot(0, press_cancel)
    return pressed


def test_cancel_during_the_import_writes_nothing(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from model.services import importing

    wizard = wizard_at_preview(window, qtbot, monkeypatch, ACCOUNTS)
    pressed = hold_until_cancelled(monkeypatch, importing, "apply_import", lambda: wizard)
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert pressed.is_set()
    assert wizard.isVisible(), "the wizard stays, to try again"
    assert "cancelled" in wizard.preview_page.message.text()
    assert accounts(window) == {}
    assert window.ctx is not None and window.ctx.undo_stack.count() == 0


def test_cancel_during_the_preview_goes_no_further(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from model.importing import plan

    many = tmp_path / "many.csv"  # enough rows for the planner to report progress
    many.write_text(
        "Account Name,Industry\n" + "".join(f"Account {i},Retail\n" for i in range(5000)),
        encoding="utf-8",
    )
    wizard = wizard_with_file(window, qtbot, monkeypatch, many)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    pressed = hold_until_cancelled(monkeypatch, plan, "plan_import", lambda: wizard)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    qtbot.waitUntil(pressed.is_set)
    qtbot.waitUntil(lambda: "cancelled" in wizard.preview_page.message.text())
    assert wizard.state.plan is None
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert accounts(window) == {}


def test_a_broken_file_says_what_is_wrong_and_goes_no_further(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = wizard_with_file(window, qtbot, monkeypatch, BROKEN)
    text = wizard.file_page.info.text()
    assert "a3_broken.xlsx" in text and "not a readable Excel workbook" in text
    assert not wizard.file_page.sheet_combo.isVisible(), "no sheets to offer"
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def choose_in(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Pick ``text`` in ``combo`` with the keyboard, as a user does (Home, then Down)."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    while combo.currentText() != text:
        before = combo.currentIndex()
        qtbot.keyClick(combo, Qt.Key.Key_Down)
        assert combo.currentIndex() != before, f"{text!r} is not in the list"


def test_a_workbook_offers_its_sheets_and_says_its_date_system(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = wizard_with_file(window, qtbot, monkeypatch, WORKBOOK)
    page = wizard.file_page
    sheets = [page.sheet_combo.itemText(i) for i in range(page.sheet_combo.count())]
    assert sheets == ["商机", "联系人", "说明", "Empty"]
    assert page.sheet_combo.isVisible() and not page.encoding_combo.isVisible()
    assert "1904 date system" in page.info.text()
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.mapping_page.kind_combo.currentData() == "deals"
    click(qtbot, wizard, QWizard.WizardButton.BackButton)

    choose_in(qtbot, page.sheet_combo, "联系人")
    assert wizard.state.table is not None and wizard.state.table.sheet == "联系人"
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.mapping_page.kind_combo.currentData() == "people", "guessed again"


def test_the_encoding_found_can_be_overridden_and_a_wrong_one_says_so(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = wizard_with_file(window, qtbot, monkeypatch, GB18030)
    page = wizard.file_page
    assert page.encoding_combo.currentText() == "Automatic: GB18030 (GBK, Chinese Windows)"
    assert not page.sheet_combo.isVisible()
    assert wizard.state.table is not None and wizard.state.table.headers[0] == "客户名称"

    choose_in(qtbot, page.encoding_combo, "UTF-8")
    assert "gb18030_accounts.csv" in page.info.text(), "the message names the file"
    assert wizard.state.table is None
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()

    choose_in(qtbot, page.encoding_combo, "GB18030 (GBK, Chinese Windows)")
    assert wizard.state.table is not None and wizard.state.table.headers[0] == "客户名称"
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_every_page_fits_a_1366_by_768_screen_in_english(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.layout_check import clipped_widgets

    wizard = wizard_at_preview(window, qtbot, monkeypatch, ACCOUNTS)
    assert wizard.width() <= 1366 and wizard.height() <= 768
    for tab in range(wizard.preview_page.tabs.count()):
        wizard.preview_page.tabs.setCurrentIndex(tab)
        assert clipped_widgets(wizard) == []
    click(qtbot, wizard, QWizard.WizardButton.BackButton)
    assert clipped_widgets(wizard) == []
    click(qtbot, wizard, QWizard.WizardButton.BackButton)
    assert clipped_widgets(wizard) == []


def test_the_preview_shows_no_personal_attribute_of_a_person(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = wizard_at_preview(window, qtbot, monkeypatch, DATA / "a3_people_private.csv")
    assert wizard.state.kind == "people"
    assert {"character", "family"} <= set(wizard.state.mapping.values()), "they are imported"
    preview = wizard.preview_page
    shown = [*preview.all_rows.rows(), *preview.rejects.rows(), *preview.duplicates.rows()]
    assert any("周伟" in " ".join(row) for row in shown)
    assert not any("SECRET" in " ".join(row) for row in shown)


def test_an_unexpected_fault_while_checking_rows_is_said_not_raised(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from model.importing import plan

    csv_file = tmp_path / "few.csv"
    csv_file.write_text("Account Name,Industry\nAcme,Retail\n", encoding="utf-8")

    def broken(*_a: Any, **_kw: Any) -> Any:
        raise KeyError("Li Lei's age")  # a value that must not reach the screen

    wizard = wizard_with_file(window, qtbot, monkeypatch, csv_file)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    monkeypatch.setattr(plan, "plan_import", broken)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    qtbot.waitUntil(lambda: "KeyError" in wizard.preview_page.message.text())
    assert "Li Lei" not in wizard.preview_page.message.text()
    assert wizard.state.plan is None
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert accounts(window) == {}
