"""The application: Qt set-up, settings, languages, opening workspaces.

It keeps one :class:`WorkspaceContext` (and so one undo stack) while the
window may be rebuilt, e.g. when the user switches language.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.context import WorkspaceContext
from desktop.errors import error_text
from desktop.i18n import install_language
from desktop.mainwindow import MainWindow
from model.errors import WorkspaceError

ORG, APP = "KeyAccountNavigator", "keyaccount"
MAX_RECENT = 8


def qt_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(argv if argv is not None else sys.argv)
    app.setOrganizationName(ORG)
    app.setApplicationName(APP)
    app.setApplicationDisplayName("Key Account Navigator")
    return app


def sample_path(lang: str) -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP, ORG)) / f"sample-{lang}.kan"


def ensure_sample(path: Path, lang: str) -> Path:
    """The sample workspace, generated on first use."""
    if not path.exists():
        from model.sample import generate_sample
        from model.workspace import open_workspace

        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        ws = open_workspace(partial, create=True)
        try:
            generate_sample(ws.engine, lang=lang)
        finally:
            ws.close()
        partial.replace(path)
    return path


class Application:
    def __init__(self, settings: QSettings | None = None, *, interactive: bool = True) -> None:
        # Not interactive (snapshots): errors are raised, never shown in a dialog
        # that nobody can close.
        self.interactive = interactive
        self.qt = qt_app()
        self.settings = settings or QSettings()
        size = self.settings.value("ui/font_size")
        if size:
            font = QFont(self.qt.font())
            font.setPointSizeF(float(str(size)))
            self.qt.setFont(font)
        self.lang = install_language(self._language_setting())
        self.ctx: WorkspaceContext | None = None
        self.window = self._new_window()

    def _language_setting(self) -> str | None:
        value = self.settings.value("ui/language", "")
        return str(value) if value else None

    def _new_window(self) -> MainWindow:
        window = MainWindow(self.settings, self.ctx)
        window.openRequested.connect(lambda p: self.open(p))
        window.newRequested.connect(lambda p: self.open(p, create=True))
        window.sampleRequested.connect(self.open_sample)
        window.closeRequested.connect(self.close_workspace)
        window.settingsRequested.connect(self.edit_settings)
        return window

    def start(self, path: str | Path) -> None:
        """Open a workspace at start-up, painting its accounts first.

        SQLAlchemy's import costs more than all of Qt's start-up, so when the
        file is current and the window will show accounts, a sqlite3-only read
        paints them at once and the workspace opens fully on the next turn of
        the event loop.
        """
        from model.quickread import preview_accounts

        path = Path(path)
        first_page = str(self.settings.value("window/page", "accounts"))
        rows = preview_accounts(path) if first_page == "accounts" else None
        if rows is None:
            self.open(path)
            return
        self.window.show_preview(path.name, rows)
        QTimer.singleShot(0, lambda: self.open(path))

    def open(self, path: str | Path, *, create: bool = False) -> bool:
        from model.workspace import open_workspace

        path = Path(path)
        try:
            if create and path.exists():
                # Never replace a file: a workspace holds months of a team's work.
                raise WorkspaceError(
                    "{path} exists already; choose another name for the new workspace.",
                    path=str(path),
                )
            workspace = open_workspace(path, create=create)
        except WorkspaceError as exc:
            if not self.interactive:
                raise
            QMessageBox.critical(
                self.window, self.window.tr("Cannot open workspace"), error_text(exc)
            )
            if not create:
                self._forget(path)
            if self.window.previewing:
                self.window.set_context(self.ctx)  # drop the preview, keep what was open
            return False
        if self.ctx is not None:
            self.ctx.close()
        self.ctx = WorkspaceContext(workspace)
        self.window.set_context(self.ctx)
        self._remember(path)
        from desktop import me

        # Who the user is in this workspace: remembered on this machine, asked on first use.
        me.attach(self.ctx, self.settings, self.window, ask=self.interactive)
        return True

    def open_sample(self) -> bool:
        path = sample_path(self.lang)
        try:
            ensure_sample(path, self.lang)
        except WorkspaceError as exc:
            QMessageBox.critical(
                self.window, self.window.tr("Cannot open workspace"), error_text(exc)
            )
            return False
        return self.open(path)

    def close_workspace(self) -> None:
        if self.ctx is not None:
            self.ctx.close()
        self.ctx = None
        self.window.set_context(None)

    def _remember(self, path: Path) -> None:
        recent = [str(path.resolve())] + [
            p for p in self.window.recent_files() if p != str(path.resolve())
        ]
        self.settings.setValue("recent", recent[:MAX_RECENT])
        self.settings.setValue("workspace/last", str(path.resolve()))

    def _forget(self, path: Path) -> None:
        recent = [p for p in self.window.recent_files() if p != str(path.resolve())]
        self.settings.setValue("recent", recent)

    def edit_settings(self) -> None:
        from desktop.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self.ctx, self.window)
        if dialog.exec() and dialog.language_changed:
            self.switch_language(dialog.language())

    def switch_language(self, lang: str | None) -> None:
        """Rebuild the window in another language, keeping workspace and undo history."""
        self.settings.setValue("ui/language", lang or "")
        self.lang = install_language(lang)
        old = self.window
        geometry = old.saveGeometry()
        old.set_context(None)  # detach it from the workspace before the new one attaches
        self.window = self._new_window()
        self.window.restoreGeometry(geometry)
        self.window.show()
        old.hide()
        old.deleteLater()

    def run(self) -> int:
        self.window.show()
        return self.qt.exec()
