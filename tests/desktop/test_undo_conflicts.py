"""Undo never overwrites a newer edit made in another window or by another user."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from desktop.commands import EditCommand
from desktop.context import WorkspaceContext
from model.changes import Changes
from model.entities import Account
from model.services.accounts import create_account, update_account
from model.workspace import open_workspace


def _name(ctx: WorkspaceContext, account_id: int) -> str:
    return ctx.read(lambda s: s.get(Account, account_id).name)


def _two_windows(tmp_path: Path) -> tuple[WorkspaceContext, WorkspaceContext, int]:
    path = tmp_path / "shared.kan"
    first = WorkspaceContext(open_workspace(path, create=True))
    account_id = first.write(create_account, {"name": "Acme"}).created_id("account")
    second = WorkspaceContext(open_workspace(path))
    second.who = "li.wei"
    return first, second, account_id


def test_undo_after_someone_else_edited_the_row_is_refused(qapp: object, tmp_path: Path) -> None:
    mine, theirs, account_id = _two_windows(tmp_path)
    problems: list[str] = []
    refreshed: list[Changes] = []
    mine.hub.problem.connect(lambda _t, text: problems.append(text))
    mine.hub.changed.connect(refreshed.append)
    try:
        assert mine.push(EditCommand(mine, "Rename", update_account, account_id, {"name": "A2"}))
        assert theirs.push(
            EditCommand(theirs, "Rename", update_account, account_id, {"name": "B2"})
        )
        mine.undo_stack.undo()
        QApplication.processEvents()
        assert _name(mine, account_id) == "B2"  # their edit stands
        assert problems and "li.wei" in problems[-1] and "name" in problems[-1]
        assert ("account", account_id) in refreshed[-1].updated  # the views re-read it
        assert not mine.undo_stack.canUndo()  # the step is gone, not retried forever
        theirs.undo_stack.undo()  # their own undo still works: nobody edited since
        assert _name(theirs, account_id) == "A2"
    finally:
        mine.close()
        theirs.close()


def test_undo_and_redo_of_ones_own_edit_keep_working(qapp: object, tmp_path: Path) -> None:
    mine, theirs, account_id = _two_windows(tmp_path)
    try:
        assert mine.push(EditCommand(mine, "Rename", update_account, account_id, {"name": "A2"}))
        for _ in range(3):
            mine.undo_stack.undo()
            assert _name(mine, account_id) == "Acme"
            mine.undo_stack.redo()
            assert _name(mine, account_id) == "A2"
        mine.undo_stack.undo()
        assert theirs.push(
            EditCommand(theirs, "Rename", update_account, account_id, {"name": "B2"})
        )
        mine.undo_stack.redo()  # a redo over their newer edit is refused as well
        QApplication.processEvents()
        assert _name(mine, account_id) == "B2"
    finally:
        mine.close()
        theirs.close()


def test_the_window_says_when_the_file_is_also_open_elsewhere(
    qapp: object, tmp_path: Path, settings: object
) -> None:
    from desktop.mainwindow import MainWindow

    mine, theirs, _ = _two_windows(tmp_path)
    window = MainWindow(settings)  # type: ignore[arg-type]
    try:
        window.set_context(theirs)
        assert not window.notice_label.isHidden()
        assert "process" in window.notice_label.text()
        window.set_context(None)
        assert window.notice_label.isHidden()
    finally:
        window.close()
        mine.close()
        theirs.close()


def test_the_window_says_when_the_workspace_is_read_only(
    qapp: object, tmp_path: Path, settings: object, monkeypatch: object
) -> None:
    from desktop.mainwindow import MainWindow

    ctx = WorkspaceContext(open_workspace(tmp_path / "w.kan", create=True))
    ctx.workspace.read_only = "the file is read-only"
    window = MainWindow(settings)  # type: ignore[arg-type]
    try:
        window.set_context(ctx)
        assert "Read-only" in window.notice_label.text()
        assert "the file is read-only" in window.notice_label.text()
    finally:
        window.close()
        ctx.close()


def test_an_edit_of_other_fields_elsewhere_does_not_block_the_undo(
    qapp: object, tmp_path: Path
) -> None:
    mine, theirs, account_id = _two_windows(tmp_path)
    try:
        assert mine.push(EditCommand(mine, "Rename", update_account, account_id, {"name": "A2"}))
        assert theirs.push(
            EditCommand(theirs, "Industry", update_account, account_id, {"industry": "IT"})
        )
        mine.undo_stack.undo()
        assert _name(mine, account_id) == "Acme"
        assert mine.read(lambda s: s.get(Account, account_id).industry) == "IT"
    finally:
        mine.close()
        theirs.close()


def test_an_edit_made_on_a_stale_screen_is_refused(qapp: object, tmp_path: Path) -> None:
    """The view showed "Acme"; someone renamed it meanwhile; our rename must not win."""
    mine, theirs, account_id = _two_windows(tmp_path)
    refreshed: list[Changes] = []
    mine.hub.changed.connect(refreshed.append)
    try:
        assert theirs.push(
            EditCommand(theirs, "Rename", update_account, account_id, {"name": "B2"})
        )
        stale = EditCommand(
            mine, "Rename", update_account, account_id, {"name": "A2"}, shown={"name": "Acme"}
        )
        refusal = mine.try_push(stale)
        assert refusal is not None and "li.wei" in refusal and "not saved" in refusal
        assert _name(mine, account_id) == "B2"
        assert ("account", account_id) in refreshed[-1].updated
        assert mine.undo_stack.count() == 0
        fresh = EditCommand(
            mine, "Rename", update_account, account_id, {"name": "A3"}, shown={"name": "B2"}
        )
        assert mine.try_push(fresh) is None  # on a fresh screen the edit goes through
        assert _name(mine, account_id) == "A3"
    finally:
        mine.close()
        theirs.close()
