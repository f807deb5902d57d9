"""The shell: welcome screen, navigation, undo wiring, settings, languages, snapshot."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QImage

from desktop.app import Application
from desktop.pages.base import PlaceholderPage
from desktop.pages.registry import VIEW_KEYS
from desktop.settings_dialog import SettingsDialog
from desktop.welcome import WelcomePage
from model.settings import get_setting


def test_without_a_workspace_the_welcome_screen_shows(app: Application) -> None:
    assert isinstance(app.window.centralWidget(), WelcomePage)
    assert not app.window.act_close.isEnabled()
    assert app.window.windowTitle() == "Key Account Navigator"


def test_opening_shows_title_navigation_and_remembers_it(
    app: Application, sample_copy: Path, settings: QSettings
) -> None:
    assert app.open(sample_copy)
    assert "copy.kan" in app.window.windowTitle()
    assert app.window.nav.count() == len(VIEW_KEYS)
    assert app.window.recent_files()[0] == str(sample_copy.resolve())
    assert settings.value("workspace/last") == str(sample_copy.resolve())
    app.close_workspace()
    assert isinstance(app.window.centralWidget(), WelcomePage)


def test_a_broken_file_is_explained_and_forgotten(
    app: Application, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr("desktop.app.QMessageBox.critical", lambda _p, _t, text: shown.append(text))
    bad = tmp_path / "bad.kan"
    bad.write_bytes(b"not a database" * 50)
    assert not app.open(bad)
    assert shown and "bad.kan" in shown[0]
    assert app.ctx is None
    assert str(bad.resolve()) not in app.window.recent_files()


def test_every_navigation_entry_builds_a_page(app: Application, sample_copy: Path) -> None:
    app.open(sample_copy)
    for key in VIEW_KEYS:
        page = app.window.show_page(key)
        assert page is not None and page.key == key
        assert app.window.current_page() is page
    placeholders = [k for k, p in app.window.pages.items() if isinstance(p, PlaceholderPage)]
    assert set(placeholders) <= {"leads", "activities", "dashboard"}


def test_undo_actions_follow_the_stack(app: Application, sample_copy: Path) -> None:
    from desktop.commands import EditCommand
    from model.services.team import create_member, update_member

    app.open(sample_copy)
    ctx = app.ctx
    assert ctx is not None
    member = ctx.write(create_member, {"name": "Zed"}).created_id("member")
    assert not app.window.act_undo.isEnabled()
    ctx.push(EditCommand(ctx, "Rename", update_member, member, {"name": "Zoe"}))
    assert app.window.act_undo.isEnabled()
    app.window.act_undo.trigger()
    assert app.window.act_redo.isEnabled() and not app.window.act_undo.isEnabled()


def test_team_settings_are_one_undoable_step(
    app: Application, sample_copy: Path, qtbot: object
) -> None:
    app.open(sample_copy)
    ctx = app.ctx
    assert ctx is not None
    dialog = SettingsDialog(app.settings, ctx, app.window)
    dialog.protection.setValue(4)
    dialog.currency.setText("USD")
    dialog.accept()
    assert ctx.read(get_setting, "protection_months") == 4
    assert ctx.read(get_setting, "default_currency") == "USD"
    assert ctx.undo_stack.count() == 1
    ctx.undo_stack.undo()
    assert ctx.read(get_setting, "protection_months") == 6
    assert ctx.read(get_setting, "default_currency") == "CNY"


def test_switching_language_keeps_workspace_and_undo_history(
    app: Application, sample_copy: Path
) -> None:
    from desktop.commands import EditCommand
    from model.services.team import create_member, update_member

    app.open(sample_copy)
    ctx = app.ctx
    assert ctx is not None
    member = ctx.write(create_member, {"name": "Zed"}).created_id("member")
    ctx.push(EditCommand(ctx, "Rename", update_member, member, {"name": "Zoe"}))
    old = app.window
    app.switch_language("zh")
    assert app.window is not old
    assert app.ctx is ctx and ctx.undo_stack.count() == 1
    assert app.window.ctx is ctx
    assert app.settings.value("ui/language") == "zh"
    assert app.window.file_menu.title() != "&File"  # translated
    app.switch_language("en")
    assert app.window.file_menu.title() == "&File"


def test_window_state_and_page_are_remembered(
    app: Application, sample_copy: Path, settings: QSettings
) -> None:
    app.open(sample_copy)
    app.window.show_page("team")
    app.window.close()
    assert not settings.value("window/geometry").isEmpty()
    again = Application(settings)
    again.open(sample_copy)
    assert again.window.current_page() is not None
    assert again.window.current_page().key == "team"
    again.window.close()
    assert again.ctx is not None
    again.ctx.close()


def test_snapshot_renders_a_view_to_png(sample_copy: Path, tmp_path: Path) -> None:
    from desktop.cli import main

    out = tmp_path / "accounts.png"
    assert main(["snapshot", str(sample_copy), "--view", "accounts", "--out", str(out),
                 "--size", "1366x768"]) == 0  # fmt: skip
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1366, 768)
    assert not list(tmp_path.glob("*.snapshot.ini"))


def test_snapshot_of_an_unknown_account_says_so(
    sample_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.cli import main

    code = main(["snapshot", str(sample_copy), "--view", "map", "--account", "Nobody Ltd",
                 "--out", str(tmp_path / "m.png")])  # fmt: skip
    assert code == 2
    assert "Nobody Ltd" in capsys.readouterr().err


def test_start_paints_the_accounts_first_then_opens_fully(
    app: Application, sample_copy: Path, qtbot: object
) -> None:
    from desktop.pages.accounts_preview import AccountsPreview

    app.start(sample_copy)
    preview = app.window.preview
    assert isinstance(preview, AccountsPreview)
    assert app.ctx is None  # nothing of SQLAlchemy has run yet
    shown = preview.model.rowCount()
    assert shown >= 6
    qtbot.waitUntil(lambda: app.ctx is not None and "accounts" in app.window.pages)  # type: ignore[attr-defined]
    page = app.window.pages["accounts"]
    assert page.model.rowCount() == shown
    assert "copy.kan" in app.window.windowTitle()


def test_start_on_a_file_it_cannot_preview_opens_directly(app: Application, tmp_path: Path) -> None:
    path = tmp_path / "empty.kan"
    from model.workspace import open_workspace

    open_workspace(path, create=True).close()
    app.settings.setValue("window/page", "team")
    app.start(path)
    assert app.ctx is not None  # no preview for another first page: opened at once


def test_chinese_toolbar_buttons_show_no_accelerator(app: Application, sample_copy: Path) -> None:
    app.open(sample_copy)
    app.switch_language("zh")
    texts = [a.iconText() for a in app.window.toolbar.actions() if not a.isSeparator()]
    assert texts and all("(" not in t for t in texts), texts
    assert app.window.act_undo.text().endswith("(&U)")  # the menu keeps its accelerator


def test_new_workspace_never_replaces_an_existing_file(
    app: Application, sample_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr("desktop.app.QMessageBox.critical", lambda _p, _t, text: shown.append(text))
    before = sample_copy.read_bytes()
    assert not app.open(sample_copy, create=True)
    assert sample_copy.read_bytes() == before
    assert shown and "exists already" in shown[0]


def test_one_dialog_per_problem_after_a_failed_open_and_a_language_switch(
    app: Application, sample_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("desktop.app.QMessageBox.critical", lambda *_a: None)
    shown: list[str] = []
    monkeypatch.setattr(
        "desktop.mainwindow.QMessageBox.warning", lambda _p, _t, text: shown.append(text)
    )
    app.open(sample_copy)
    assert not app.open(tmp_path / "missing.kan")
    app.switch_language("zh")
    app.switch_language("en")
    assert app.ctx is not None
    app.ctx.hub.problem.emit("t", "once")
    assert shown == ["once"]


def test_snapshot_of_a_missing_file_fails_at_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.cli import main

    code = main(["snapshot", str(tmp_path / "nope.kan"), "--view", "board",
                 "--out", str(tmp_path / "x.png")])  # fmt: skip
    assert code == 2
    assert "nope.kan" in capsys.readouterr().err
    assert not list(tmp_path.glob("*.ini"))


def test_a_failed_save_is_a_clear_message_and_changes_nothing(
    app: Application, sample_copy: Path
) -> None:
    from sqlalchemy.exc import OperationalError

    from desktop.commands import EditCommand
    from model.errors import WorkspaceError
    from model.services.team import create_member, update_member

    app.open(sample_copy)
    ctx = app.ctx
    assert ctx is not None
    member = ctx.write(create_member, {"name": "Zed"}).created_id("member")

    def locked(session: object, ident: int, values: object) -> None:
        update_member(session, ident, values)  # type: ignore[arg-type]
        raise OperationalError("UPDATE", {}, Exception("database is locked"))

    refusal = ctx.try_push(EditCommand(ctx, "Rename", locked, member, {"name": "Zoe"}))
    assert refusal is not None and "database is locked" in refusal
    assert ctx.undo_stack.count() == 0
    from model.rows import member_rows

    assert "Zed" in [m.name for m in ctx.read(member_rows)]
    assert issubclass(WorkspaceError, Exception)


def test_the_audit_log_names_who_made_a_change(app: Application, sample_copy: Path) -> None:
    from sqlalchemy import select

    from model.entities import AuditEntry
    from model.services.team import create_member

    app.open(sample_copy)
    ctx = app.ctx
    assert ctx is not None
    ctx.who = "li.rep"
    ctx.write(create_member, {"name": "Zed"})
    who = ctx.read(
        lambda s: s.execute(select(AuditEntry.who).order_by(AuditEntry.id.desc())).scalar()
    )
    assert who == "li.rep"
