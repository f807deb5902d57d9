"""The close reasons of the workspace, edited in Settings: add, rename, remove,
reorder; built-in reasons shown by label and stored by key; one undo step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop.app import Application
from desktop.context import WorkspaceContext
from desktop.labels import close_reason_label
from desktop.settings_dialog import CloseReasonsEditor, SettingsDialog
from model.settings import CLOSE_REASON_KEYS, get_setting

DEFAULTS = list(CLOSE_REASON_KEYS)


@pytest.fixture
def dialog(ctx: WorkspaceContext, settings: QSettings, qtbot: QtBot) -> SettingsDialog:
    widget = SettingsDialog(settings, ctx)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def click(qtbot: QtBot, button: object) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


def select(editor: CloseReasonsEditor, key: str) -> None:
    editor.list.setCurrentRow(editor.reasons().index(key))


def add(qtbot: QtBot, editor: CloseReasonsEditor, text: str) -> None:
    editor.new_reason.setText(text)
    click(qtbot, editor.add_button)


def test_built_in_reasons_show_by_label_and_store_by_key(dialog: SettingsDialog) -> None:
    editor = dialog.close_reasons
    assert editor.reasons() == DEFAULTS
    assert editor.labels() == [close_reason_label(k) for k in DEFAULTS]
    assert editor.labels()[:3] == ["Price", "Relationship", "Product fit"]
    assert close_reason_label("Delivery too slow") == "Delivery too slow"  # a team's own


def test_add_rename_remove_reorder_is_one_undo_step(
    dialog: SettingsDialog, ctx: WorkspaceContext, qtbot: QtBot
) -> None:
    editor = dialog.close_reasons
    add(qtbot, editor, "  Delivery too slow ")
    assert editor.reasons()[-1] == "Delivery too slow"
    assert editor.list.currentItem().text() == "Delivery too slow"
    select(editor, "budget")
    editor.list.currentItem().setText("No budget this year")  # what editing in place does
    select(editor, "timing")
    click(qtbot, editor.remove_button)
    select(editor, "competitor")
    for _ in range(3):
        click(qtbot, editor.up_button)
    assert not editor.up_button.isEnabled()  # at the top
    click(qtbot, editor.down_button)
    wanted = [
        "price",
        "competitor",
        "relationship",
        "product_fit",
        "no_decision",
        "No budget this year",
        "other",
        "Delivery too slow",
    ]
    assert editor.reasons() == wanted
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    click(qtbot, ok)
    assert ctx.read(get_setting, "close_reasons") == wanted
    assert ctx.undo_stack.count() == 1
    ctx.undo_stack.undo()
    assert ctx.read(get_setting, "close_reasons") == DEFAULTS
    ctx.undo_stack.redo()
    assert ctx.read(get_setting, "close_reasons") == wanted
    # Opened again, the dialog shows what is stored.
    again = SettingsDialog(dialog.settings, ctx)
    qtbot.addWidget(again)
    assert again.close_reasons.reasons() == wanted


def test_an_unchanged_list_writes_nothing(dialog: SettingsDialog, ctx: WorkspaceContext) -> None:
    dialog.accept()
    assert ctx.undo_stack.count() == 0


def test_duplicates_and_empty_text_are_refused_inline(dialog: SettingsDialog, qtbot: QtBot) -> None:
    editor = dialog.close_reasons
    for text in ("price", "PRICE", " Price "):
        add(qtbot, editor, text)
        assert editor.reasons() == DEFAULTS
        assert editor.error.text() == "“Price” is in the list already."
        assert editor.error.isVisibleTo(dialog)
    add(qtbot, editor, "Delivery too slow")
    assert editor.error.isHidden()
    add(qtbot, editor, "delivery TOO slow")
    assert editor.reasons().count("Delivery too slow") == 1 and editor.error.text()
    select(editor, "other")
    editor.list.currentItem().setText("   ")
    assert editor.list.currentItem().text() == "Other"
    assert editor.reasons() == [*DEFAULTS, "Delivery too slow"]
    assert editor.error.text() == "A close reason needs some text."
    editor.list.currentItem().setText("Budget")  # the same as another: back it goes
    assert editor.list.currentItem().text() == "Other"
    assert editor.reasons().count("budget") == 1


def test_a_built_in_reason_typed_again_gets_its_key_back(
    dialog: SettingsDialog, qtbot: QtBot
) -> None:
    editor = dialog.close_reasons
    select(editor, "budget")
    click(qtbot, editor.remove_button)
    assert "budget" not in editor.reasons()
    add(qtbot, editor, "budget")
    assert editor.reasons()[-1] == "budget"
    assert editor.list.currentItem().text() == "Budget"
    select(editor, "other")
    editor.list.currentItem().setText("Something else")
    assert editor.reasons()[-2] == "Something else"
    editor.list.currentItem().setText("Other")  # renamed back to the built-in label
    assert editor.reasons()[-2] == "other"


def test_the_last_reason_cannot_be_removed_and_the_built_in_list_comes_back(
    dialog: SettingsDialog, qtbot: QtBot
) -> None:
    editor = dialog.close_reasons
    for _ in range(len(DEFAULTS) - 1):
        click(qtbot, editor.remove_button)
    assert len(editor.reasons()) == 1
    assert not editor.remove_button.isEnabled()
    editor.remove()
    assert len(editor.reasons()) == 1
    click(qtbot, editor.reset_button)
    assert editor.reasons() == DEFAULTS


def test_the_settings_action_opens_the_real_dialog(sample_app: Application, qtbot: QtBot) -> None:
    """Edit → Settings… runs the modal dialog; a timer edits it and presses OK."""
    seen: list[SettingsDialog] = []

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        try:
            assert isinstance(dialog, SettingsDialog)
            seen.append(dialog)
            add(qtbot, dialog.close_reasons, "Lost the tender on points")
            ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
            click(qtbot, ok)
        finally:
            if dialog is not None and dialog.isVisible():
                dialog.reject()  # never leave a modal dialog waiting

    QTimer.singleShot(0, drive)
    sample_app.window.act_settings.trigger()
    assert seen
    ctx = sample_app.ctx
    assert ctx is not None
    assert ctx.read(get_setting, "close_reasons") == [*DEFAULTS, "Lost the tender on points"]
    assert ctx.undo_stack.undoText() == "Change team settings"
