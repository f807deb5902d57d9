"""The application: Qt set-up, settings, languages, opening workspaces.

It keeps one :class:`WorkspaceContext` (and so one undo stack) while the
window may be rebuilt, e.g. when the user switches language.
"""

from __future__ import annotations

import contextlib
import gc
import shutil
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from desktop import text_size
from desktop.cli import APP, ORG
from desktop.context import WorkspaceContext
from desktop.errors import error_text
from desktop.i18n import install_language
from desktop.mainwindow import MainWindow
from model.changes import Changes
from model.errors import WorkspaceError, term

if TYPE_CHECKING:
    from collections.abc import Callable

    from desktop.backups_dialog import BackupOfferer, BackupsDialog, RestoreConfirmer
    from desktop.cli import ReadAhead
    from model.backups import BackupInfo, Rescue
    from model.workspace import Workspace

MAX_RECENT = 8
# Why a workspace opens read-only; marked so the status bar shows them translated.
LOOKING = term("it is a copy of a backup, opened to look at")
DAMAGED = term("it failed its integrity check and no good backup was found")


def qt_app(argv: list[str] | None = None) -> QApplication:
    from desktop import wheel_guard
    from desktop.import_scan import lighten_feature_scan

    lighten_feature_scan()  # before the workspace's imports (SQLAlchemy, the model)

    app = QApplication.instance()
    if isinstance(app, QApplication):
        wheel_guard.install(app)  # once; the wheel scrolls forms, never edits by accident
        return app
    app = QApplication(argv if argv is not None else sys.argv)
    app.setOrganizationName(ORG)
    app.setApplicationName(APP)
    app.setApplicationDisplayName("Key Account Navigator")
    wheel_guard.install(app)
    return app


def sample_path(lang: str) -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP, ORG)) / f"sample-{lang}.kan"


def ensure_sample(
    path: Path, lang: str, progress: Callable[[int, int], None] | None = None
) -> Path:
    """The sample workspace, generated on first use.

    It is written to ``PATH.partial`` and renamed when whole; a failure or a
    cancel (an exception raised by ``progress``) leaves nothing behind.
    """
    if not path.exists():
        from model.sample import generate_sample
        from model.workspace import open_workspace

        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".partial")
        _remove_partial(partial)
        try:
            ws = open_workspace(partial, create=True)
            try:
                generate_sample(ws.engine, lang=lang, progress=progress)
            finally:
                ws.close()
            partial.replace(path)
        except BaseException:
            _remove_partial(partial)
            raise
    return path


def _remove_partial(partial: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        partial.with_name(partial.name + suffix).unlink(missing_ok=True)


def _loaded(collecting: bool) -> None:
    """After start-up's open: what is loaded stays out of later collections."""
    gc.freeze()
    if collecting:
        gc.enable()


class IntegrityCheck(QObject):
    """SQLite's ``quick_check`` of a file on a read-only connection of its own,
    in a thread; ``done(self, problem)`` is emitted on the GUI thread when it
    has ended (problem: what is wrong, or None when the file is whole)."""

    done = Signal(object, object)
    POLL_MS = 50

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = Path(path)
        self.problem: str | None = None
        # The thread holds the path and a list for its answer, never this QObject: its
        # last reference dropped on the thread would delete it (and its timer) there.
        self._answer: list[str | None] = []
        self.worker = threading.Thread(
            target=_check_file, args=(self.path, self._answer), name="integrity-check", daemon=True
        )
        self._timer = QTimer(self)
        self._timer.setInterval(self.POLL_MS)
        self._timer.timeout.connect(self.poll)

    def start(self) -> None:
        """Start the thread (once; again does nothing)."""
        if self.worker.ident is not None:
            return
        self.worker.start()
        self._timer.start()

    def poll(self) -> None:
        """On the GUI thread: once the thread has ended, tell (once)."""
        if self.worker.is_alive() or not self._timer.isActive():
            return
        self._timer.stop()
        self.problem = self._answer[0] if self._answer else "the check ended without an answer"
        self.done.emit(self, self.problem)


def _check_file(path: Path, answer: list[str | None]) -> None:
    """In the check's thread: what is wrong with ``path`` (None: whole), into ``answer``."""
    from model.backups import integrity_problem

    try:
        answer.append(integrity_problem(path))
    except Exception as exc:  # never lost in the thread: reported as damage
        answer.append(str(exc))


# The backup dialogs' module (with model.backups) is imported when a backup is
# asked about or made, not before the first paint.


def confirm_restore(parent: QWidget | None, workspace: Path, backup: BackupInfo) -> bool:
    from desktop.backups_dialog import confirm_restore as ask

    return ask(parent, workspace, backup)


def offer_backup(parent: QWidget | None, rescue: Rescue) -> bool:
    from desktop.backups_dialog import offer_backup as ask

    return ask(parent, rescue)


def backups_tr(text: str) -> str:
    """The Backups context's translation of ``text`` (the backups dialog's own words)."""
    return QCoreApplication.translate("Backups", text)


SAMPLE = "SampleProgress"  # translation context of the progress dialog


def _recent_name(path: Path | str) -> str:
    """How the recent workspaces name ``path``: a file's full path, a team database's URL
    without its password."""
    from model.server_login import is_server, public_url

    if is_server(path):
        return public_url(str(path))
    return str(Path(path).resolve())


class Application:
    def __init__(
        self,
        settings: QSettings | None = None,
        *,
        interactive: bool = True,
        ahead: ReadAhead | None = None,
    ) -> None:
        # Not interactive (snapshots): errors are raised, never shown in a dialog
        # that nobody can close.
        self.interactive = interactive
        # The accounts of the file start() will open, being read on a thread
        # (desktop.cli.ReadAhead): no welcome screen is built to be replaced at once.
        self.ahead = ahead
        self.qt = qt_app()
        self.settings = settings or QSettings()
        size = self.settings.value("ui/font_size")
        text_size.notifier()  # the platform's size, before the user's is applied
        if size:
            text_size.set_point_size(float(str(size)))
        self.lang = install_language(self._language_setting())
        self.ctx: WorkspaceContext | None = None
        # The workspace file whose backups File → Restore from backup… shows; it
        # stays while a copy of one of its backups is open to look at.
        self.origin: Path | None = None
        self._look_dir: Path | None = None  # the temporary folder of that copy
        self.backups_dialog: BackupsDialog | None = None
        # Questions before a restore, replaceable in tests (see desktop/backups_dialog.py).
        self.confirm_restore: RestoreConfirmer = confirm_restore
        self.offer_backup: BackupOfferer = offer_backup
        # While the sample is generated: its progress dialog (window-modal).
        self.sample_progress: QProgressDialog | None = None
        # The quick_check of a file opened at start-up, while it runs (see open()).
        self.integrity_check: IntegrityCheck | None = None
        # The workspace opened at start-up, until who the user is is known (_finish_start).
        self._me_waits: WorkspaceContext | None = None
        self.window = self._new_window(welcome=ahead is None)

    def _language_setting(self) -> str | None:
        value = self.settings.value("ui/language", "")
        return str(value) if value else None

    def _new_window(self, *, welcome: bool = True) -> MainWindow:
        window = MainWindow(self.settings, self.ctx, welcome=welcome)
        window.openRequested.connect(lambda p: self.open(p))
        window.newRequested.connect(lambda p: self.open(p, create=True))
        window.sampleRequested.connect(self.open_sample)
        window.closeRequested.connect(self.close_workspace)
        window.settingsRequested.connect(self.edit_settings)
        window.backupsRequested.connect(self.show_backups)
        return window

    def start(self, path: str | Path) -> None:
        """Open a workspace at start-up, painting its accounts first.

        SQLAlchemy's import costs more than all of Qt's start-up, so when the
        file is current and the window will show accounts, a sqlite3-only read
        paints them at once and the workspace opens fully on the next turn of
        the event loop. The accounts page then lists those rows and is painted
        before the rest of what start-up does, each a first use of the ORM
        (the entities' import and mappers; the page's owners, threshold and
        Profile tab; who the user is): :meth:`_finish_start`, on the turn after.

        The garbage collector waits meanwhile (what opening builds is kept, not
        garbage: ~60 ms of collections on the large sample) and then freezes
        what is loaded, so later collections never walk it again.
        """
        from model.quickread import preview_accounts
        from model.server_login import is_server

        collecting = gc.isenabled()
        gc.disable()
        if is_server(path):  # a team database: no file to read ahead of it
            try:
                self.open(path)
            finally:
                _loaded(collecting)
            return
        path = Path(path)
        ahead, self.ahead = self.ahead, None
        if ahead is not None:
            ahead.wait()  # its connection closed before the file opens
        first_page = str(self.settings.value("window/page", "accounts"))
        read = ahead.preview_rows if ahead is not None else preview_accounts
        rows = read(path) if first_page == "accounts" else None
        if rows is None:
            try:
                self.open(path)
            finally:
                _loaded(collecting)
            return
        self.window.show_preview(path.name, rows, path)

        def open_later() -> None:
            try:
                self.open(path, check_later=True)
            finally:
                _loaded(collecting)
            if self.ctx is None:
                return
            if self.window.isVisible():
                self.window.repaint()  # the accounts listed, before the rest
            ctx = self.ctx
            QTimer.singleShot(0, lambda: self._finish_start(ctx))

        QTimer.singleShot(0, open_later)

    def _finish_start(self, ctx: WorkspaceContext) -> None:
        """The turn after start-up painted ``ctx``: what its pages left for then
        (desktop.pages.base.Page.finish_building) and who the user is (asked on
        first use, over the window as painted). Nothing when another workspace
        is open by now: opening it did all of this."""
        if ctx is not self.ctx:
            return
        collecting = gc.isenabled()
        gc.disable()
        try:
            self.window.finish_start()
            if self._me_waits is ctx:
                self._attach_me(ctx)
        finally:
            _loaded(collecting)

    def open(self, path: str | Path, *, create: bool = False, check_later: bool = False) -> bool:
        """Open ``path`` (a new file with ``create``); False when it did not open.

        An existing file gets SQLite's ``quick_check`` first and a damaged one
        the rescue (:meth:`_rescue`). With ``check_later`` (start-up, a current
        file) the check runs on a read-only connection in a thread after the
        workspace is shown: edits go on meanwhile, and a failed check closes the
        workspace and opens it again the ordinary way, which rescues it as above.
        The daily backup waits for the check.
        """
        from desktop.encryption.opening import Cancelled, open_any
        from model.server_login import is_server

        if is_server(path):  # a team database's URL, never made a file path
            return self._open_server(str(path))
        path = Path(path)
        state = "whole"
        try:
            if create and path.exists():
                # Never replace a file: a workspace holds months of a team's work.
                raise WorkspaceError(
                    "{path} exists already; choose another name for the new workspace.",
                    path=str(path),
                )
            if self.interactive and not create and not check_later:
                state = self._rescue(path)
                if state == "cancelled":
                    return self._not_opened(path, create)
            workspace = open_any(self.window, path, create=create)
        except WorkspaceError as exc:
            if not self.interactive:
                raise
            if check_later:
                return self.open(path, create=create)  # check first, then explain as ever
            if isinstance(exc, Cancelled):  # the user closed the passphrase dialog
                return self._not_opened(path, create)
            QMessageBox.critical(
                self.window, self.window.tr("Cannot open workspace"), error_text(exc)
            )
            return self._not_opened(path, create)
        if state == "damaged":
            workspace.read_only = DAMAGED
        self._attach(workspace, me_later=check_later)
        self.origin = workspace.path
        self._remember(path)
        if self.interactive and not create and not workspace.read_only and workspace.path:
            if check_later:
                self._check_later(workspace.path)
            else:
                self._daily_backup(workspace.path)
                self._weekly_snapshot(self.ctx)
        return True

    def _open_server(self, url: str) -> bool:
        """Open the team database at ``url``; its password is held, in the keyring or asked
        for (desktop/team/passwords.py). Recent workspaces keep its URL without a password;
        a failed opening keeps it there (a server may be down for a while)."""
        from desktop.encryption.opening import Cancelled
        from desktop.team.passwords import open_server
        from model.server_login import public_url

        try:
            workspace = open_server(self.window, url)
        except WorkspaceError as exc:
            if not self.interactive:
                raise
            if not isinstance(exc, Cancelled):
                QMessageBox.critical(
                    self.window, self.window.tr("Cannot open workspace"), error_text(exc)
                )
            return self._not_opened(url, create=True)  # kept in the recent workspaces
        self._attach(workspace)
        self.origin = None  # no backups beside a server's database
        self._remember(public_url(workspace.url))
        return True

    def _check_later(self, path: Path) -> None:
        """``quick_check`` of the open workspace's file in a thread (see :meth:`open`)."""
        check = IntegrityCheck(path)
        check.done.connect(self._checked)
        self.integrity_check = check
        # Once the window has painted the workspace: the check is ~0.4 s of CPU on the
        # large sample, which on a two-core machine competes with building the page.
        QTimer.singleShot(0, lambda: self._start_check(check))

    def _start_check(self, check: IntegrityCheck) -> None:
        if check is self.integrity_check:  # still the open file's, and wanted
            check.start()

    def wait_for_check(self, timeout: float | None = None) -> None:
        """Until the start-up check has ended and been acted on (for tests and benches)."""
        check = self.integrity_check
        if check is None:
            return
        check.start()  # if it has not yet
        check.worker.join(timeout)
        if not check.worker.is_alive():
            check.poll()

    def _checked(self, check: IntegrityCheck, problem: object) -> None:
        if check is not self.integrity_check:
            return  # an older check; a newer file is open since
        self.integrity_check = None
        ctx = self.ctx
        if ctx is None or ctx.workspace.path is None:
            return
        if Path(ctx.workspace.path).resolve() != check.path.resolve():
            return  # the user opened another file meanwhile
        if problem is None:
            if not ctx.workspace.read_only:
                self._daily_backup(check.path)
                self._weekly_snapshot(ctx)
            return
        # Damaged: as a failed check at open does, the file is closed, set aside
        # when a good backup exists and the backup offered (edits made meanwhile
        # stay in the file set aside).
        self.close_workspace()
        self.open(check.path)

    def _not_opened(self, path: Path | str, create: bool) -> bool:
        if not create:
            self._forget(path)
        if self.window.previewing or self.window.centralWidget() is None:
            # Drop the preview, keep what was open (or the welcome screen, not yet built
            # when the window was made for this file: see __init__).
            self.window.set_context(self.ctx)
        return False

    def _attach(self, workspace: Workspace, *, me_later: bool = False) -> None:
        """Show ``workspace``; ``me_later``: start-up, who the user is comes after the
        first paint (:meth:`_finish_start`)."""
        if self.ctx is not None:
            self.ctx.close()
        self._drop_look_copy()
        self.ctx = WorkspaceContext(workspace)
        self.window.set_context(self.ctx)
        if me_later:
            self._me_waits = self.ctx
        else:
            self._attach_me(self.ctx)

    def _attach_me(self, ctx: WorkspaceContext) -> None:
        """Who the user is in this workspace: remembered on this machine, asked on first use."""
        from desktop import me

        self._me_waits = None
        me.attach(
            ctx, self.settings, self.window, ask=self.interactive and not ctx.workspace.read_only
        )

    # -- backups -------------------------------------------------------------

    def _rescue(self, path: Path) -> str:
        """Check a file before opening it: "whole", "restored", "damaged" or "cancelled".

        A damaged file with a good backup has been set aside; the user is offered
        the backup. Without one it stays and opens read-only ("damaged").
        """
        from model.backups import rescue_damaged, restore_backup

        rescue = rescue_damaged(path)
        if rescue is None:
            return "whole"
        if rescue.backup is None:
            from desktop.backups_dialog import tell_no_good_backup

            tell_no_good_backup(self.window, rescue)
            return "damaged"
        if not self.offer_backup(self.window, rescue):
            return "cancelled"
        restore_backup(path, rescue.backup.path)
        return "restored"

    def _daily_backup(self, path: Path) -> None:
        from model.backups import daily_backup

        try:
            made = daily_backup(path)
        except WorkspaceError as exc:
            from desktop.backups_dialog import tell_backup_failed

            tell_backup_failed(self.window, error_text(exc))
            return
        if made is not None:
            self.window.statusBar().showMessage(
                backups_tr("Today's backup: {name}").format(name=made.name), 5000
            )

    def _weekly_snapshot(self, ctx: WorkspaceContext | None) -> None:
        """The forecast's weekly snapshot when one is due (setting ``weekly_snapshots``),
        so that the accuracy report has what the forecast said to measure against
        (Dashboards ▸ Forecast ▸ Snapshots and accuracy… lists it).

        Taken once the start-up check has passed, never before the first paint: on
        the large sample it is a second's work, once a week. It is no user edit, so
        it is not on the undo stack; a failure only says so in the status bar.
        """
        from model.services.forecast import take_weekly_snapshot_if_due

        if ctx is None:
            return
        try:
            ctx.write(lambda s: take_weekly_snapshot_if_due(s) or Changes())
        except WorkspaceError as exc:
            self.window.statusBar().showMessage(error_text(exc), 8000)

    def show_backups(self) -> None:
        """File → Restore from backup…: the backups of the open workspace file."""
        from model.backups import list_backups

        if self.origin is None:
            return
        from desktop.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self.origin, list_backups(self.origin), self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.lookRequested.connect(self.look_at_backup)
        dialog.restoreRequested.connect(self.restore_from_backup)
        self.backups_dialog = dialog
        dialog.open()

    def look_at_backup(self, backup: str | Path) -> bool:
        """Open a private copy of a backup, read-only; workspace and backup stay as they are."""
        import tempfile

        from model.backups import copy_to_look
        from model.workspace import open_workspace

        folder = Path(tempfile.mkdtemp(prefix="keyaccount-backup-"))
        try:
            workspace = open_workspace(copy_to_look(Path(backup), folder))
        except WorkspaceError as exc:
            shutil.rmtree(folder, ignore_errors=True)
            QMessageBox.critical(
                self.window, self.window.tr("Cannot open workspace"), error_text(exc)
            )
            return False
        workspace.read_only = LOOKING
        self._attach(workspace)
        self._look_dir = folder
        return True

    def restore_from_backup(self, backup: str | Path) -> bool:
        """Put a backup in place of the workspace after asking; the current file is kept."""
        from model.backups import list_backups, restore_backup

        target = self.origin
        chosen = Path(backup).resolve()
        if target is None:
            return False
        info = next((b for b in list_backups(target) if b.path == chosen), None)
        if info is None or not self.confirm_restore(self.window, target, info):
            return False
        self.close_workspace()  # nothing of ours holds the file while it is replaced
        try:
            restored = restore_backup(target, chosen)
        except WorkspaceError as exc:
            QMessageBox.critical(
                self.window, backups_tr("Cannot restore the backup"), error_text(exc)
            )
            if target.exists():
                self.open(target)
            return False
        if not self.open(target):
            return False
        from desktop.backups_dialog import tell_restored

        tell_restored(self.window, restored)
        return True

    def _drop_look_copy(self) -> None:
        if self._look_dir is not None:
            shutil.rmtree(self._look_dir, ignore_errors=True)
            self._look_dir = None

    def open_sample(self) -> bool:
        path = sample_path(self.lang)
        if self.sample_progress is not None:
            return False  # being generated already
        try:
            if self.interactive and not path.exists():
                if not self._generate_sample(path):
                    return False
            else:
                ensure_sample(path, self.lang)
        except WorkspaceError as exc:
            if not self.interactive:
                raise
            QMessageBox.critical(
                self.window, self.window.tr("Cannot open workspace"), error_text(exc)
            )
            return False
        return self.open(path)

    def _generate_sample(self, path: Path) -> bool:
        """Generate the sample in a thread behind a progress dialog; False if cancelled.

        The window stays responsive (it repaints and resizes; the dialog is
        window-modal, so nothing else starts meanwhile). Cancel stops the
        generation at its next step and deletes the partial file: the app is
        left as it was.
        """
        from desktop.progress import Cancelled, run_with_progress, stop_on_cancel

        lang = self.lang
        if not self.window.isVisible():
            self.window.show()  # `keyaccount --sample`: the window, then its progress
        try:
            run_with_progress(
                self.window,
                QCoreApplication.translate(SAMPLE, "Sample workspace"),
                QCoreApplication.translate(SAMPLE, "Creating the sample workspace…"),
                QCoreApplication.translate(SAMPLE, "Cancel"),
                lambda progress: ensure_sample(path, lang, stop_on_cancel(progress)),
                object_name="sampleProgress",
                show_after_ms=0,
                on_dialog=lambda dialog: setattr(self, "sample_progress", dialog),
            )
        except Cancelled:
            return False
        return path.exists()

    def close_workspace(self) -> None:
        self.integrity_check = None  # a check still running speaks of a closed file
        if self.ctx is not None:
            self.ctx.close()
        self.ctx = None
        self.origin = None
        self._drop_look_copy()
        self.window.set_context(None)

    def _remember(self, path: Path | str) -> None:
        """``path`` first in the recent workspaces (a team database: its URL, no password)."""
        name = _recent_name(path)
        recent = [name] + [p for p in self.window.recent_files() if p != name]
        self.settings.setValue("recent", recent[:MAX_RECENT])
        self.settings.setValue("workspace/last", name)

    def _forget(self, path: Path | str) -> None:
        name = _recent_name(path)
        recent = [p for p in self.window.recent_files() if p != name]
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
        views = old.view_state()  # page, selected account, map account, …
        old.set_context(None)  # detach it from the workspace before the new one attaches
        self.window = self._new_window()
        self.window.restore_geometry(geometry)
        if self.ctx is not None:
            self.window.restore_view_state(views)
        self.window.show()
        old.hide()
        old.deleteLater()

    def run(self) -> int:
        self.window.show()
        code = self.qt.exec()
        self.shut_down()
        return code

    def shut_down(self) -> None:
        """After File ▸ Quit: the settings written, the WAL copied into the file, closed.

        Every edit was committed when it was made; here the window's state
        (written by its closeEvent) reaches the disk and the workspace is
        closed, its WAL checkpointed into the file. The checkpoint is passive:
        a background read still running (the board's badges on a large
        workspace) must not hold the app open, and the frames it still sees
        stay in the WAL, which SQLite keeps durable and reads on the next open.
        Closing the last connection then checkpoints the rest and deletes the WAL.
        After this the process may end without Python's slow teardown
        (desktop/cli.py).
        """
        self.settings.sync()
        if self.ctx is not None:
            workspace = self.ctx.workspace
            if not workspace.read_only:
                # A failure (a full disk) leaves the frames in the WAL: still saved.
                with contextlib.suppress(Exception):
                    workspace.checkpoint("PASSIVE")
            self.ctx.close()  # a copy of a backup is deleted with its folder below
            self.ctx = None
        self._drop_look_copy()
