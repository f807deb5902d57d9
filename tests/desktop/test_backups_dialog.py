"""Backups in the app: a daily backup on open, File → Restore from backup…, damaged files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.app import DAMAGED, LOOKING, Application
from desktop.backups_dialog import BackupsDialog
from model.backups import BackupInfo, Rescue, format_size, list_backups
from model.errors import WorkspaceError
from model.rows import account_rows
from model.schema import readonly_uri
from model.services.accounts import update_account


def _names(path: Path) -> set[str]:
    con = sqlite3.connect(readonly_uri(path), uri=True)
    try:
        return {r[0] for r in con.execute("SELECT name FROM accounts")}
    finally:
        con.close()


def _damage(path: Path, table: str = "audit_log") -> None:
    """Overwrite a table's root page (one the first page does not read)."""
    con = sqlite3.connect(path)
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name=?", (table,)).fetchone()[0]
    size = con.execute("PRAGMA page_size").fetchone()[0]
    con.close()
    with open(path, "r+b") as f:
        f.seek((root - 1) * size)
        f.write(b"\xff" * size)


def _files(folder: Path) -> set[str]:
    """The files of a folder, without what an open workspace keeps beside it."""
    return {p.name for p in folder.iterdir() if not p.name.endswith(("-wal", "-shm", ".lock"))}


def _rename_first_account(app: Application, new: str) -> str:
    assert app.ctx is not None
    first = app.ctx.read(account_rows)[0]
    app.ctx.write(update_account, first.id, {"name": new})
    return first.name


def _open_dialog(app: Application) -> BackupsDialog:
    """What the user does: File → Restore from backup…"""
    action = app.window.act_restore
    assert action in app.window.file_menu.actions()
    assert action.isEnabled()
    action.trigger()
    dialog = app.backups_dialog
    assert isinstance(dialog, BackupsDialog) and dialog.isVisible()
    return dialog


def _click_in_modal_box(button_text: str) -> None:
    """Click a button of the message box that exec() is about to show."""

    tries = [250]  # 5 s

    def click() -> None:
        # The shown box with that button: a box another test left behind may still be
        # the "active modal widget", so that alone does not say which box is ours.
        shown = [
            b
            for b in QApplication.topLevelWidgets()
            if isinstance(b, QMessageBox) and b.isVisible()
        ]
        for box in shown:
            for button in box.buttons():
                if button.text().replace("&", "") == button_text:
                    button.click()
                    return
        tries[0] -= 1
        if tries[0] <= 0:
            texts = [[b.text() for b in box.buttons()] for box in shown]
            raise AssertionError(f"no {button_text!r} in the boxes shown: {texts}")
        QTimer.singleShot(20, click)

    QTimer.singleShot(0, click)


# --- the daily backup --------------------------------------------------------------------


def test_the_first_open_of_a_day_makes_a_checked_backup_once(
    app: Application, sample_copy: Path
) -> None:
    assert app.open(sample_copy)
    assert "Today's backup" in app.window.statusBar().currentMessage()
    app.close_workspace()
    assert app.open(sample_copy)
    (backup,) = list_backups(sample_copy, verify=True)
    assert backup.kind == "daily" and backup.usable
    assert _names(backup.path) == _names(sample_copy)


def test_a_failed_daily_backup_is_told_and_the_workspace_still_opens(
    app: Application, sample_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from model.files import SaveError

    def full_disk(*_a: object, **_k: object) -> Path:
        raise SaveError("Cannot write {path}: {reason}. Nothing was written.", path="x", reason="")

    told: list[str] = []
    monkeypatch.setattr("model.workspace.backup_sqlite", full_disk)
    monkeypatch.setattr(
        "desktop.backups_dialog.QMessageBox.warning", lambda _p, _t, text: told.append(text)
    )
    assert app.open(sample_copy)
    assert app.ctx is not None
    assert told and "today's backup could not be written" in told[0]


# --- File → Restore from backup… ----------------------------------------------------------


def test_the_file_menu_action_opens_the_dialog_listing_the_backups(
    app: Application, sample_copy: Path, qtmodeltester: object
) -> None:
    assert not app.window.act_restore.isEnabled()  # nothing open yet
    app.open(sample_copy)
    dialog = _open_dialog(app)
    model = dialog.model
    assert model.rowCount() == 1
    (backup,) = list_backups(sample_copy)
    assert [model.index(0, c).data() for c in range(4)] == [
        backup.taken_at.strftime("%Y-%m-%d %H:%M"),
        "Daily",
        format_size(backup.size),
        backup.revision,
    ]
    assert dialog.look_button.isEnabled() and dialog.restore_button.isEnabled()
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_restore_asks_then_brings_the_backup_back_and_keeps_the_current_file(
    app: Application, sample_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app.open(sample_copy)
    original = _rename_first_account(app, "Renamed after the backup")
    asked: list[BackupInfo] = []
    told: list[str] = []
    monkeypatch.setattr(
        "desktop.backups_dialog.QMessageBox.information", lambda _p, _t, text: told.append(text)
    )

    app.confirm_restore = lambda _parent, _ws, info: bool(asked.append(info))  # says no
    _open_dialog(app).restore_button.click()
    assert len(asked) == 1 and not told
    assert "Renamed after the backup" in _names(sample_copy)

    app.confirm_restore = lambda _parent, _ws, info: asked.append(info) is None  # says yes
    _open_dialog(app).restore_button.click()

    assert app.ctx is not None and app.ctx.workspace.path == sample_copy.resolve()
    names = {row.name for row in app.ctx.read(account_rows)}
    assert original in names and "Renamed after the backup" not in names
    (kept,) = [p for p in sample_copy.parent.iterdir() if ".replaced-" in p.name]
    assert "Renamed after the backup" in _names(kept)
    assert told and kept.name in told[0]


def test_the_real_confirmation_cancels_on_cancel(app: Application, sample_copy: Path) -> None:
    app.open(sample_copy)
    _rename_first_account(app, "Still here")
    before = app.ctx
    _click_in_modal_box("Cancel")
    _open_dialog(app).restore_button.click()
    assert app.ctx is before
    assert "Still here" in _names(sample_copy)
    assert not [p for p in sample_copy.parent.iterdir() if ".replaced-" in p.name]


def test_open_to_look_opens_a_read_only_copy_and_leaves_everything_as_it_was(
    app: Application, sample_copy: Path
) -> None:
    app.open(sample_copy)
    original = _rename_first_account(app, "Renamed after the backup")
    files = _files(sample_copy.parent)

    _open_dialog(app).look_button.click()

    ctx = app.ctx
    assert ctx is not None and ctx.workspace.read_only == LOOKING
    copy = ctx.workspace.path
    assert copy is not None and copy.parent != sample_copy.parent
    assert "(read-only)" in app.window.windowTitle()
    assert original in {row.name for row in ctx.read(account_rows)}
    first = ctx.read(account_rows)[0]
    with pytest.raises(WorkspaceError, match="read-only"):
        ctx.write(update_account, first.id, {"name": "No"})
    # While looking, the menu still lists the workspace's own backups.
    assert _open_dialog(app).model.rowCount() == 1
    app.backups_dialog.reject()  # type: ignore[union-attr]

    app.close_workspace()
    assert not copy.parent.exists()  # the private copy is gone
    assert _files(sample_copy.parent) == files
    assert "Renamed after the backup" in _names(sample_copy)


# --- a damaged file on open ------------------------------------------------------------------


def test_a_damaged_file_is_set_aside_and_the_newest_good_backup_offered(
    app: Application, sample_copy: Path
) -> None:
    app.open(sample_copy)
    app.close_workspace()
    _damage(sample_copy)
    offered: list[Rescue] = []
    app.offer_backup = lambda _parent, rescue: offered.append(rescue) is None

    assert app.open(sample_copy)

    (rescue,) = offered
    assert rescue.backup is not None and rescue.backup.kind == "daily"
    assert rescue.damaged is not None and rescue.damaged.exists()
    assert rescue.damaged.name.startswith("copy.kan.damaged-")
    assert app.ctx is not None and not app.ctx.workspace.read_only
    assert app.ctx.read(account_rows)


def test_the_real_offer_restores_on_its_restore_button(app: Application, sample_copy: Path) -> None:
    app.open(sample_copy)
    app.close_workspace()
    _damage(sample_copy)
    _click_in_modal_box("Restore")
    assert app.open(sample_copy)
    assert app.ctx is not None
    assert [p for p in sample_copy.parent.iterdir() if ".damaged-" in p.name]


def test_cancelling_the_offer_opens_nothing_and_keeps_the_damaged_file(
    app: Application, sample_copy: Path
) -> None:
    app.open(sample_copy)
    app.close_workspace()
    _damage(sample_copy)
    damaged = sample_copy.read_bytes()
    _click_in_modal_box("Cancel")
    assert not app.open(sample_copy)
    assert app.ctx is None and not sample_copy.exists()
    (aside,) = [p for p in sample_copy.parent.iterdir() if ".damaged-" in p.name]
    assert aside.read_bytes() == damaged
    assert str(sample_copy.resolve()) not in app.window.recent_files()


def test_a_damaged_file_without_a_backup_opens_read_only(
    app: Application, sample_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _damage(sample_copy)
    told: list[str] = []
    monkeypatch.setattr(
        "desktop.backups_dialog.QMessageBox.warning", lambda _p, _t, text: told.append(text)
    )
    assert app.open(sample_copy)
    assert told and "copy.kan failed its integrity check" in told[0]
    assert app.ctx is not None and app.ctx.workspace.read_only == DAMAGED
    assert sample_copy.exists()
    assert list_backups(sample_copy) == []  # no backup of a damaged file


# --- the start-up check runs after the first paint ---------------------------------------


def _start(app: Application, path: Path) -> None:
    """What `keyaccount FILE` does: the preview first, the workspace on the next turn."""
    app.start(path)
    assert app.window.previewing
    for _ in range(200):
        if app.ctx is not None:
            return
        QApplication.processEvents()
    raise AssertionError("the workspace did not open")


def test_start_opens_first_and_checks_on_a_thread_then_backs_up(
    app: Application, sample_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    import model.backups

    checked_on: list[str] = []
    real = model.backups.integrity_problem

    def spy(path: Path) -> str | None:
        checked_on.append(threading.current_thread().name)
        return real(path)

    monkeypatch.setattr(model.backups, "integrity_problem", spy)
    _start(app, sample_copy)
    assert app.integrity_check is not None  # open and shown before the check has told
    app.wait_for_check(30)
    assert checked_on == ["integrity-check"]  # never on the GUI thread
    assert app.integrity_check is None
    assert app.ctx is not None and not app.ctx.workspace.read_only
    assert [b.kind for b in list_backups(sample_copy)] == ["daily"]  # after the check passed


def test_a_damaged_file_at_start_gets_the_same_rescue_offer(
    app: Application, sample_copy: Path
) -> None:
    app.open(sample_copy)
    app.close_workspace()
    _damage(sample_copy)
    offered: list[Rescue] = []
    app.offer_backup = lambda _parent, rescue: offered.append(rescue) is None

    _start(app, sample_copy)
    assert app.ctx is not None and not offered  # shown at once, before the check told
    app.wait_for_check(30)

    (rescue,) = offered
    assert rescue.backup is not None and rescue.backup.kind == "daily"
    assert rescue.damaged is not None and rescue.damaged.exists()
    assert app.ctx is not None and not app.ctx.workspace.read_only
    assert app.ctx.read(account_rows)  # the backup, open


def test_a_damaged_file_at_start_without_a_backup_turns_read_only(
    app: Application, sample_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _damage(sample_copy)
    told: list[str] = []
    monkeypatch.setattr(
        "desktop.backups_dialog.QMessageBox.warning", lambda _p, _t, text: told.append(text)
    )
    _start(app, sample_copy)
    app.wait_for_check(30)
    assert told and "copy.kan failed its integrity check" in told[0]
    assert app.ctx is not None and app.ctx.workspace.read_only == DAMAGED
    assert list_backups(sample_copy) == []  # no backup of a damaged file


# --- the weekly forecast snapshot, taken after the start-up check ---------------------------


def test_a_weekly_forecast_snapshot_is_taken_on_open_once_a_week(
    app: Application, sample_copy: Path
) -> None:
    from datetime import timedelta

    from sqlalchemy import select

    from model.changes import Changes
    from model.entities import ForecastSnapshot
    from model.forecast import snapshot_rows
    from model.settings import set_setting

    assert app.open(sample_copy)
    assert app.ctx is not None
    (first,) = app.ctx.read(snapshot_rows)
    assert first.kind == "weekly" and first.lines > 0
    assert app.ctx.undo_stack.count() == 0  # housekeeping, not the user's edit
    app.close_workspace()
    assert app.open(sample_copy)  # the same week: none more
    assert [s.id for s in app.ctx.read(snapshot_rows)] == [first.id]

    def age(session: object) -> Changes:
        """Every snapshot a week older, as if the file were opened a week later."""
        for snapshot in session.scalars(select(ForecastSnapshot)):  # type: ignore[attr-defined]
            snapshot.taken_at -= timedelta(days=7)
        return Changes()

    app.ctx.write(age)
    app.close_workspace()
    assert app.open(sample_copy)  # a week on: the next one
    assert len(app.ctx.read(snapshot_rows)) == 2
    app.ctx.write(set_setting, "weekly_snapshots", False)
    app.ctx.write(age)
    app.close_workspace()
    assert app.open(sample_copy)  # switched off: none
    assert len(app.ctx.read(snapshot_rows)) == 2
