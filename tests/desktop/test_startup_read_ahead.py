"""`keyaccount PATH` reads the accounts ahead, on a thread, while the app starts.

desktop.cli.ReadAhead runs the first paint's sqlite3 read (model.quickread)
while the app's modules are imported and the window is built; the application
takes its rows in start() and,
knowing a file comes, builds no welcome screen to replace at once. A file
that then fails to open still ends on the welcome screen.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

import model.quickread
from desktop.app import Application
from desktop.cli import ReadAhead
from desktop.pages.accounts_preview import AccountsPreview
from desktop.welcome import WelcomePage
from model.dto import AccountRow


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, Path]]:
    """Every preview read: the thread it ran on and the file."""
    seen: list[tuple[str, Path]] = []
    real = model.quickread.preview_accounts

    def counted(path: Path) -> list[AccountRow] | None:
        seen.append((threading.current_thread().name, Path(path)))
        return real(path)

    monkeypatch.setattr(model.quickread, "preview_accounts", counted)
    return seen


def _application(settings: QSettings, ahead: ReadAhead) -> Application:
    settings.setValue("ui/language", "en")
    settings.setValue("window/page", "accounts")
    return Application(settings, ahead=ahead)


def _close(app: Application) -> None:
    app.integrity_check = None
    if app.ctx is not None:
        app.ctx.close()
    app.window.close()
    app.window.deleteLater()


def test_start_takes_the_rows_read_ahead_on_a_thread(
    qapp: QApplication, settings: QSettings, sample_copy: Path, reads: list[tuple[str, Path]]
) -> None:
    ahead = ReadAhead(sample_copy)
    app = _application(settings, ahead)
    try:
        assert app.window.centralWidget() is None  # no welcome screen built to be replaced
        app.start(sample_copy)
        assert reads == [("read-ahead", sample_copy)]  # read once, on its thread
        preview = app.window.preview
        assert isinstance(preview, AccountsPreview)
        assert preview.model.rowCount() == len(model.quickread.preview_accounts(sample_copy) or [])
        assert app.ahead is None  # used once
    finally:
        _close(app)


def test_a_read_ahead_of_another_file_is_not_used(
    qapp: QApplication,
    settings: QSettings,
    sample_copy: Path,
    tmp_path: Path,
    reads: list[tuple[str, Path]],
) -> None:
    other = tmp_path / "other.kan"
    other.write_bytes(sample_copy.read_bytes())
    app = _application(settings, ReadAhead(other))
    try:
        app.start(sample_copy)
        assert reads[0] == ("read-ahead", other)
        assert reads[1:] == [(threading.current_thread().name, sample_copy)]  # read again
        assert "copy.kan" in app.window.windowTitle()
    finally:
        _close(app)


def test_a_file_that_does_not_open_ends_on_the_welcome_screen(
    qapp: QApplication,
    settings: QSettings,
    tmp_path: Path,
    reads: list[tuple[str, Path]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    told: list[str] = []
    monkeypatch.setattr("desktop.app.QMessageBox.critical", lambda _p, _t, text: told.append(text))
    junk = tmp_path / "notes.kan"
    junk.write_text("not a workspace")
    app = _application(settings, ReadAhead(junk))
    try:
        app.start(junk)
        assert reads == [("read-ahead", junk)]  # nothing to preview: opened directly
        assert told  # why it did not open
        assert app.ctx is None
        assert isinstance(app.window.centralWidget(), WelcomePage)
    finally:
        _close(app)


def test_read_ahead_lightens_pyside_s_module_check_before_the_app_s_modules(
    sample_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`keyaccount PATH` (desktop.cli.run_gui) calls read_ahead once QtCore is in:
    the modules the app imports next get the light check (desktop.import_scan)."""
    import sys

    from desktop.cli import read_ahead
    from desktop.import_scan import uses_pyside

    feature = sys.modules["shibokensupport.feature"]
    monkeypatch.setattr(feature, "_mod_uses_pyside", lambda _module: True)
    ahead = read_ahead(sample_copy)
    assert feature._mod_uses_pyside is uses_pyside
    rows = ahead.preview_rows(sample_copy)
    assert rows is not None and len(rows) >= 6


LAST = """
import sys
from pathlib import Path
from PySide6.QtCore import QSettings
from desktop.cli import _last_workspace
print("BEFORE", _last_workspace())
from desktop.app import qt_app
qt_app()
QSettings().setValue("workspace/last", sys.argv[1])  # as Application._remember does
QSettings().sync()
print("AFTER", _last_workspace())
Path(sys.argv[1]).unlink()
print("GONE", _last_workspace())
"""


def test_keyaccount_alone_reads_ahead_the_workspace_the_app_remembered(
    sample_copy: Path, tmp_path: Path
) -> None:
    """`keyaccount` with no file opens the last one: known before the application
    exists, so it is read ahead too (desktop.cli.run_gui)."""
    import os
    import subprocess
    import sys

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"))
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run(
        [sys.executable, "-c", LAST, str(sample_copy)],
        capture_output=True,
        text=True,
        env=env,
        cwd=root,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    lines = dict(line.split(" ", 1) for line in out.stdout.splitlines())
    assert lines == {"BEFORE": "None", "AFTER": str(sample_copy), "GONE": "None"}
