"""File ▸ Export… and the person menu's "Export this person's data…" / "Erase this
person…": the real actions, the real dialogs (answered by code), the files written."""

from __future__ import annotations

import csv
import json
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from helpers import add_account, add_person, queue_dialogs, show_map
from openpyxl import load_workbook
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QAction, QUndoCommand
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
)
from pytestqt.qtbot import QtBot

from desktop.app import Application
from desktop.context import WorkspaceContext
from desktop.exporting import dialogs
from desktop.exporting.dialogs import EraseDialog, ExportDialog
from graph.build import person_key
from model.exporting.person import person_data
from model.services.people import update_private

MARK = "QX7UIMARKZZ"
PRIVATE = {"family": f"family {MARK}", "age": "41"}


@pytest.fixture
def export_fill(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Callable[[ExportDialog], None]]]:
    yield from queue_dialogs(
        monkeypatch, dialogs, "decide_export", ExportDialog, lambda d: d.values()
    )


@pytest.fixture
def erase_fill(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Callable[[EraseDialog], None]]]:
    yield from queue_dialogs(monkeypatch, dialogs, "decide_erase", EraseDialog, lambda d: True)


def _export_action(app: Application) -> QAction:
    [action] = [a for a in app.window.file_menu.actions() if a.objectName() == "exportAction"]
    return action


def _statuses(ctx: WorkspaceContext) -> list[str]:
    said: list[str] = []
    ctx.hub.status.connect(said.append)
    return said


def test_file_export_writes_json_without_personal_attributes_by_default(
    app: Application,
    sample_copy: Path,
    settings: QSettings,
    tmp_path: Path,
    export_fill: list[Callable[[ExportDialog], None]],
) -> None:
    action = _export_action(app)
    assert not action.isEnabled()  # no workspace yet
    assert app.open(sample_copy)
    assert action.isEnabled()
    said = _statuses(app.ctx)  # type: ignore[arg-type]
    out = tmp_path / "exports" / "sample.json"
    out.parent.mkdir()
    seen: dict[str, Any] = {}

    def fill(dialog: ExportDialog) -> None:
        seen["private"] = dialog.private.isChecked()
        seen["kind"] = dialog.kind()
        seen["path"] = dialog.path.text()
        dialog.path.setText(str(out))

    export_fill.append(fill)
    action.trigger()
    assert seen["private"] is False and seen["kind"] == "json"
    assert seen["path"].endswith("copy.json")
    data = json.loads(out.read_text(encoding="utf-8"))
    assert "people_private" not in data["tables"] and data["tables"]["people"]["rows"]
    assert said and "sample.json" in said[-1]
    # The folder is remembered: the next export starts there.

    def look(dialog: ExportDialog) -> None:
        seen["again"] = dialog.path.text()
        dialog.path.clear()  # OK disabled: answered like Cancel

    export_fill.append(look)
    action.trigger()
    assert Path(seen["again"]).parent == out.parent


def test_the_dialog_switches_format_and_exports_xlsx_with_personal_attributes(
    app: Application,
    sample_copy: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    export_fill: list[Callable[[ExportDialog], None]],
) -> None:
    assert app.open(sample_copy)
    asked: list[str] = []
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *a, **_k: (asked.append("file"), (str(tmp_path / "book"), ""))[1]),
    )

    def fill(dialog: ExportDialog) -> None:
        dialog.kind_buttons["csv"].click()
        assert Path(dialog.path.text()).suffix == ""
        dialog.kind_buttons["xlsx"].click()
        assert dialog.path.text().endswith(".xlsx")
        browse = dialog.findChild(QPushButton, "exportBrowse")
        assert browse is not None
        browse.click()
        dialog.private.click()

    export_fill.append(fill)
    _export_action(app).trigger()
    assert asked == ["file"]
    book = load_workbook(tmp_path / "book.xlsx", read_only=True)
    assert "people_private" in book.sheetnames and "deals" in book.sheetnames


def test_csv_folder_export(
    app: Application,
    sample_copy: Path,
    tmp_path: Path,
    export_fill: list[Callable[[ExportDialog], None]],
) -> None:
    assert app.open(sample_copy)

    def fill(dialog: ExportDialog) -> None:
        dialog.kind_buttons["csv"].click()
        dialog.path.setText(str(tmp_path / "tables"))

    export_fill.append(fill)
    _export_action(app).trigger()
    files = sorted(p.name for p in (tmp_path / "tables").iterdir())
    assert "people.csv" in files and "people_private.csv" not in files
    assert not [f for f in files if f.endswith(".partial")]
    with open(tmp_path / "tables" / "deals.csv", encoding="utf-8-sig") as handle:
        assert len(list(csv.DictReader(handle))) > 10


def _held_export(monkeypatch: pytest.MonkeyPatch, pressed: threading.Event) -> list[int]:
    """The real export, waiting at each progress report until Cancel was pressed."""
    import model.cli_export

    real = model.cli_export.export_to
    reports: list[int] = []

    def held(*args: Any, progress: Callable[[int, int], None], **kw: Any) -> Any:
        def report(done: int, total: int) -> None:
            reports.append(done)
            pressed.wait(10)
            progress(done, total)

        return real(*args, progress=report, **kw)

    monkeypatch.setattr(model.cli_export, "export_to", held)
    return reports


def test_cancel_in_the_progress_dialog_stops_the_export_and_writes_nothing(
    app: Application,
    sample_copy: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    export_fill: list[Callable[[ExportDialog], None]],
) -> None:
    assert app.open(sample_copy)
    said = _statuses(app.ctx)  # type: ignore[arg-type]
    problems: list[str] = []
    app.ctx.hub.problem.connect(lambda _title, text: problems.append(text))  # type: ignore[union-attr]
    out = tmp_path / "out" / "sample.json"
    export_fill.append(lambda dialog: dialog.path.setText(str(out)))
    pressed = threading.Event()
    reports = _held_export(monkeypatch, pressed)
    tries = [500]  # 10 s at most

    def press_cancel() -> None:
        dialog = app.window.findChild(QProgressDialog, "exportProgress")
        if dialog is None or not dialog.isVisible():
            tries[0] -= 1
            if tries[0] > 0:
                QTimer.singleShot(20, press_cancel)
            return
        button = dialog.findChild(QPushButton)
        assert button is not None
        button.click()
        pressed.set()

    QTimer.singleShot(0, press_cancel)
    _export_action(app).trigger()
    assert pressed.is_set(), "the progress dialog never showed"
    assert len(reports) == 1, "the export went on after Cancel"
    assert not problems
    assert said[-1] == "Export cancelled; nothing was written."
    assert not out.exists() and not list(out.parent.iterdir())


def test_a_fault_during_the_export_is_said_not_raised(
    app: Application,
    sample_copy: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    export_fill: list[Callable[[ExportDialog], None]],
) -> None:
    import model.cli_export

    assert app.open(sample_copy)
    problems: list[tuple[str, str]] = []
    monkeypatch.setattr(  # the window says a problem in a warning box
        QMessageBox, "warning", staticmethod(lambda _p, title, text: problems.append((title, text)))
    )

    def broken(*_args: Any, **_kw: Any) -> Any:
        raise LookupError(f"row of {MARK}")

    monkeypatch.setattr(model.cli_export, "export_to", broken)
    out = tmp_path / "sample.json"
    export_fill.append(lambda dialog: dialog.path.setText(str(out)))
    _export_action(app).trigger()
    [(title, text)] = problems
    assert title == "Export the workspace"
    assert "LookupError" in text and MARK not in text, "the kind of fault, not its values"
    assert not out.exists()


@pytest.fixture
def person(ctx: WorkspaceContext) -> tuple[int, int]:
    account = add_account(ctx, "Acme")
    pid = add_person(ctx, account, f"Li {MARK}", phone="13800138000", kpi=MARK)
    add_person(ctx, account, "Wang Fang")
    ctx.write(update_private, pid, PRIVATE)
    return account, pid


def _person_action(page: Any, pid: int, name: str) -> QAction:
    menu = page.person_menu(person_key(pid))
    return next(a for a in menu.findChildren(QAction) if a.objectName() == name)


def test_export_this_persons_data_from_the_map_menu(
    qtbot: QtBot,
    ctx: WorkspaceContext,
    person: tuple[int, int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    account, pid = person
    page = show_map(qtbot, ctx, account)
    offered: list[str] = []

    def save(_parent: object, _title: str, start: str, _filter: str) -> tuple[str, str]:
        offered.append(start)
        return str(tmp_path / "li"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save))
    said = _statuses(ctx)
    _person_action(page, pid, "export_person_data").trigger()
    assert offered and f"Li {MARK}" in Path(offered[0]).name
    data = json.loads((tmp_path / "li.json").read_text(encoding="utf-8"))
    assert data["person"]["name"] == f"Li {MARK}"
    assert data["private"]["family"] == PRIVATE["family"]
    assert said and "li.json" in said[-1]


def test_erase_this_person_confirms_erases_and_clears_undo(
    qtbot: QtBot,
    ctx: WorkspaceContext,
    person: tuple[int, int],
    erase_fill: list[Callable[[EraseDialog], None]],
) -> None:
    account, pid = person
    page = show_map(qtbot, ctx, account)
    ctx.undo_stack.push(QUndoCommand("an earlier step"))
    shown: dict[str, str] = {}

    def fill(dialog: EraseDialog) -> None:
        for name in ("eraseHead", "eraseList", "eraseWarning"):
            label = dialog.findChild(QLabel, name)
            assert label is not None
            shown[name] = label.text()
        cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        assert cancel.isDefault()  # Enter does not erase

    erase_fill.append(fill)
    _person_action(page, pid, "erase_person").trigger()
    assert f"Li {MARK}" in shown["eraseHead"] and "Acme" in shown["eraseHead"]
    assert "personal attributes" in shown["eraseList"]
    assert "cannot be undone" in shown["eraseWarning"]
    assert ctx.undo_stack.count() == 0
    qtbot.waitUntil(lambda: person_key(pid) not in page.scene.nodes)
    path = ctx.workspace.path
    assert path is not None
    leaks = [
        p.name for p in path.parent.iterdir() if p.is_file() and MARK.encode() in p.read_bytes()
    ]
    assert leaks == []


def test_erase_cancelled_changes_nothing(
    qtbot: QtBot,
    ctx: WorkspaceContext,
    person: tuple[int, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    account, pid = person
    page = show_map(qtbot, ctx, account)
    ctx.undo_stack.push(QUndoCommand("an earlier step"))
    monkeypatch.setattr(dialogs, "decide_erase", lambda _parent, _plan: False)
    _person_action(page, pid, "erase_person").trigger()
    assert ctx.read(person_data, pid)["person"]["name"] == f"Li {MARK}"
    assert ctx.undo_stack.count() == 1
