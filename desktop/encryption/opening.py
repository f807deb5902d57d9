"""Opening a workspace file that may be encrypted (asks for its passphrase).

A plain file opens exactly as :func:`model.workspace.open_workspace` opens it:
the only extra work is reading its first 16 bytes. For an encrypted one the
passphrase comes from this process (held since it was typed), the
``KEYACCOUNT_PASSPHRASE`` variable or the system's keyring, and otherwise
from the user through :data:`decider` (the passphrase dialog), who may retry
after a wrong one or cancel.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from model.errors import WorkspaceError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from desktop.encryption.dialog import PassphraseAnswer, PassphraseRequest
    from model.workspace import Workspace

CONTEXT = "Encryption"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class Cancelled(WorkspaceError):
    """The user cancelled the passphrase dialog; nothing was opened or changed."""


def ask(parent: QWidget | None, request: PassphraseRequest) -> PassphraseAnswer | None:
    """The passphrase dialog (imported when first needed)."""
    from desktop.encryption.dialog import ask_passphrase

    return ask_passphrase(parent, request)


decider: Callable[[QWidget | None, PassphraseRequest], PassphraseAnswer | None] = ask
"""Who answers a passphrase request: the dialog; tests put their own answer here."""


def open_any(parent: QWidget | None, path: Path, *, create: bool = False) -> Workspace:
    """Open ``path`` as :func:`model.workspace.open_workspace` does, asking for the
    passphrase of an encrypted file when it is not known (see the module's docstring).

    A cancelled dialog is :class:`Cancelled`; a wrong passphrase in the
    environment is said in the dialog, which asks for the right one.
    """
    from model.encryption import is_encrypted
    from model.workspace import open_workspace

    path = Path(path)
    if not create and is_encrypted(path):
        passphrase_for(parent, path)
    return open_workspace(path, create=create)


def passphrase_for(
    parent: QWidget | None, path: Path, *, purpose: str = "", known: bool = True
) -> str:
    """The passphrase of the encrypted ``path``: known (``known``), else asked until it opens.

    A passphrase typed is held for the process and, when the user ticks it and
    the system has a keyring, saved there. A wrong passphrase in the environment
    is said in the dialog, which asks for the right one. Raises :class:`Cancelled`.
    """
    from desktop.encryption.dialog import PassphraseRequest
    from model import encryption

    encryption.dbapi(path)  # a WorkspaceError that says so when SQLCipher is missing
    problem = ""
    if known:
        try:
            found = encryption.unlock(path)
        except encryption.WrongPassphrase:  # the environment's, meant for another file?
            found = None
            problem = tr(
                "The passphrase in {variable} does not open {name}. Enter its passphrase, "
                "or cancel."
            ).format(variable=encryption.ENV_VAR, name=path.name)
        if found is not None:
            return found
    keyring = encryption.keyring_available()
    while True:
        request = PassphraseRequest(path, problem=problem, purpose=purpose, keyring=keyring)
        answer = decider(parent, request)
        if answer is None:
            raise Cancelled("Opening {path} was cancelled; nothing was changed.", path=path)
        if encryption.opens(path, answer.passphrase):
            encryption.remember(path, answer.passphrase)
            if answer.save:
                encryption.save_passphrase(path, answer.passphrase)
            return answer.passphrase
        problem = tr("The passphrase does not open {name}. Try again, or cancel.").format(
            name=path.name
        )


def new_passphrase(parent: QWidget | None, path: Path, purpose: str) -> tuple[str, bool] | None:
    """A new passphrase for ``path``, typed twice, and whether to save it; None: cancelled."""
    from desktop.encryption.dialog import PassphraseRequest
    from model.encryption import keyring_available

    request = PassphraseRequest(path, new=True, purpose=purpose, keyring=keyring_available())
    answer = decider(parent, request)
    return None if answer is None else (answer.passphrase, answer.save)
