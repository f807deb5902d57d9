"""File → New encrypted workspace…, Encrypt workspace… and Decrypt workspace….

Encrypting or decrypting the open workspace closes it (its undo history goes
with it), converts the file and its backups (:mod:`model.encryption`) and
opens it again. Kept light: SQLCipher, the keyring and the dialog are
imported when an action runs, never at start-up.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QGuiApplication

if TYPE_CHECKING:
    from collections.abc import Callable

    from desktop.context import WorkspaceContext
    from desktop.mainwindow import MainWindow
    from model.encryption import Converted

CONTEXT = "Encryption"
T = TypeVar("T")


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def install(window: MainWindow) -> None:
    """Add the encryption entries to ``window.file_menu``, enabled by what is open."""
    create = QAction(tr("New encr&ypted workspace…"), window)
    create.setObjectName("newEncryptedAction")
    create.setStatusTip(tr("Create a workspace that is encrypted with a passphrase"))
    create.triggered.connect(lambda: new_encrypted(window))
    encrypt = QAction(tr("&Encrypt workspace…"), window)
    encrypt.setObjectName("encryptAction")
    encrypt.setStatusTip(tr("Encrypt the open workspace and its backups with a passphrase"))
    encrypt.triggered.connect(lambda: encrypt_open(window))
    decrypt = QAction(tr("&Decrypt workspace…"), window)
    decrypt.setObjectName("decryptAction")
    decrypt.setStatusTip(tr("Store the open workspace and its backups unencrypted again"))
    decrypt.triggered.connect(lambda: decrypt_open(window))
    menu = window.file_menu.addMenu(tr("Encr&yption"))
    menu.setObjectName("encryptionMenu")
    menu.addActions([create, encrypt, decrypt])

    encrypt.setEnabled(False)
    decrypt.setEnabled(False)

    def follow(ctx: WorkspaceContext | None) -> None:
        path = _file(ctx)
        if path is None:
            encrypt.setEnabled(False)
            decrypt.setEnabled(False)
            return
        from model.encryption import is_encrypted  # a look at the file's first bytes

        encrypted = is_encrypted(path)
        encrypt.setEnabled(not encrypted)
        decrypt.setEnabled(encrypted)

    window.context_hooks.append(follow)


def _file(ctx: WorkspaceContext | None) -> Path | None:
    """The open workspace's file, when it is one this window may convert."""
    if ctx is None or ctx.workspace.read_only:
        return None
    return ctx.workspace.path


def _fail(window: MainWindow, exc: Exception) -> None:
    from PySide6.QtWidgets import QMessageBox

    from desktop.errors import error_text
    from model.errors import DomainError

    text = error_text(exc) if isinstance(exc, DomainError) else str(exc)
    QMessageBox.critical(window, tr("Encryption"), text)


def new_encrypted(window: MainWindow) -> None:
    """Ask for a file name and a passphrase; create the workspace encrypted and open it."""
    from PySide6.QtWidgets import QFileDialog

    from desktop.encryption.opening import new_passphrase
    from desktop.file_dialogs import remember_dir, start_dir
    from desktop.mainwindow import FILE_FILTER
    from model import encryption
    from model.errors import WorkspaceError

    if not _can_encrypt(window):
        return
    chosen, _ = QFileDialog.getSaveFileName(
        window,
        tr("New encrypted workspace"),
        start_dir(window.settings, "workspace"),
        QCoreApplication.translate("MainWindow", FILE_FILTER),
    )
    if not chosen:
        return
    remember_dir(window.settings, "workspace", chosen)
    path = Path(chosen if Path(chosen).suffix else chosen + ".kan")
    answer = new_passphrase(
        window, path, tr("The new workspace is encrypted from the start; so are its backups.")
    )
    if answer is None:
        return
    passphrase, save = answer
    try:
        _off_thread(
            window,
            tr("Creating the encrypted workspace…"),
            lambda: encryption.create_encrypted(path, passphrase),
        )
    except WorkspaceError as exc:
        _fail(window, exc)
        return
    if save:
        encryption.save_passphrase(path, passphrase)
    window.openRequested.emit(str(path))


def _can_encrypt(window: MainWindow) -> bool:
    from model.encryption import EncryptionUnavailable, sqlcipher

    try:
        sqlcipher()
    except EncryptionUnavailable as exc:
        _fail(window, exc)
        return False
    return True


def encrypt_open(window: MainWindow) -> None:
    """Encrypt the open workspace with a new passphrase: close, encrypt, open again."""
    from desktop.encryption.opening import new_passphrase
    from model import encryption

    path = _file(window.ctx)
    if path is None or not _can_encrypt(window):
        return
    answer = new_passphrase(
        window,
        path,
        tr(
            "The workspace closes, is encrypted with its backups and opens again; "
            "its undo history is cleared."
        ),
    )
    if answer is None:
        return
    passphrase, save = answer
    done = _convert(
        window,
        path,
        tr("Encrypting the workspace and its backups…"),
        lambda: encryption.encrypt_workspace(path, passphrase),
    )
    if done is not None:
        if save:
            encryption.save_passphrase(path, passphrase)
        _tell(window, tr("Encrypted {name} and {count} of its backups."), done)


def decrypt_open(window: MainWindow) -> None:
    """Decrypt the open workspace (its passphrase typed again): close, decrypt, open again."""
    from desktop.encryption.opening import Cancelled, passphrase_for
    from model import encryption

    path = _file(window.ctx)
    if path is None:
        return
    try:
        passphrase = passphrase_for(
            window,
            path,
            purpose=tr(
                "To decrypt it, enter its passphrase. The workspace closes, is stored "
                "unencrypted with its backups and opens again; its undo history is cleared."
            ),
            known=False,
        )
    except Cancelled:
        return
    done = _convert(
        window,
        path,
        tr("Decrypting the workspace and its backups…"),
        lambda: encryption.decrypt_workspace(path, passphrase),
    )
    if done is not None:
        encryption.delete_saved_passphrase(path)
        _tell(window, tr("Decrypted {name} and {count} of its backups."), done)


def _convert(
    window: MainWindow, path: Path, label: str, convert: Callable[[], Converted]
) -> Converted | None:
    """Close the workspace, run ``convert`` and open the file again (converted or not)."""
    from model.errors import WorkspaceError

    window.closeRequested.emit()
    done: Converted | None = None
    try:
        done = _off_thread(window, label, convert)
    except WorkspaceError as exc:
        _fail(window, exc)
    window.openRequested.emit(str(path))
    return done


def _tell(window: MainWindow, template: str, done: Converted) -> None:
    text = template.format(name=done.path.name, count=len(done.copies))
    if done.left:
        text += " " + tr("Left as they were (another passphrase, or unreadable): {names}").format(
            names=", ".join(p.name for p in done.left)
        )
    window.statusBar().showMessage(text, 10000)


def _off_thread(window: MainWindow, label: str, work: Callable[[], T]) -> T:
    """Run ``work`` in a thread behind a window-modal busy dialog; its result or its error.

    Converting the large sample (266 MB) takes 6–8 s; the window keeps painting.
    The conversion is all or nothing, so it offers no Cancel.
    """
    import threading

    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication, QProgressDialog

    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["done"] = work()
        except BaseException as exc:  # handed to the UI thread below
            outcome["error"] = exc

    thread = threading.Thread(target=run, name="encryption", daemon=True)
    progress = QProgressDialog(label, "", 0, 0, window)
    progress.setObjectName("encryptionProgress")
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(400)
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        thread.start()
        while thread.is_alive():
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            thread.join(0.03)
    finally:
        QGuiApplication.restoreOverrideCursor()
        progress.close()
        progress.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    result: T = outcome["done"]
    return result
