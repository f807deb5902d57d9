"""The passphrase dialog on the real open path, and File → Encryption's entries."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import keyring
import pytest
from helpers import queue_dialogs
from keyring.backends import fail
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.encryption import opening
from desktop.encryption.dialog import PassphraseDialog
from model import encryption
from model.encryption import ENV_VAR, HEADER
from model.services.accounts import create_account
from model.workspace import open_workspace

if TYPE_CHECKING:
    from desktop.app import Application

MARKER = "Marker-Account-UI-5K"
PASSPHRASE = "open sesame"

Filler = Callable[[PassphraseDialog], None]


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No passphrase from the environment or the system keyring; no key held between tests."""
    monkeypatch.delenv(ENV_VAR, raising=False)
    encryption.forget_all()
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)
    encryption.forget_all()


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Filler]]:
    """The real passphrase dialog for each request; the test types into it."""
    yield from queue_dialogs(
        monkeypatch, opening, "decider", PassphraseDialog, lambda d: d.answer()
    )


def workspace_file(path: Path) -> Path:
    ws = open_workspace(path, create=True)
    with ws.begin() as session:
        create_account(session, {"name": MARKER})
    ws.close()
    return path


def encrypted_file(path: Path) -> Path:
    encryption.encrypt_workspace(workspace_file(path), PASSPHRASE)
    encryption.forget_all()  # as in a new session of the application
    return path


def typing(qtbot: QtBot, text: str, again: str | None = None) -> Filler:
    def fill(dialog: PassphraseDialog) -> None:
        qtbot.keyClicks(dialog.passphrase, text)
        if again is not None:
            qtbot.keyClicks(dialog.again, again)

    return fill


def account_names(app: Application) -> list[str]:
    from model.rows import account_rows

    assert app.ctx is not None
    with app.ctx.workspace.sessions() as session:
        return [r.name for r in account_rows(session)]


def action(app: Application, name: str) -> QAction:
    found = app.window.findChild(QAction, name)
    assert found is not None, name
    return found


def test_a_wrong_passphrase_is_told_in_the_dialog_and_the_right_one_opens(
    app: Application, qtbot: QtBot, tmp_path: Path, answers: list[Filler]
) -> None:
    path = encrypted_file(tmp_path / "w.kan")
    before = path.read_bytes()

    def first(dialog: PassphraseDialog) -> None:
        assert "w.kan is encrypted" in dialog.intro.text()
        assert dialog.problem.isHidden()
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert not ok.isEnabled()  # nothing typed yet
        assert dialog.save.isHidden()  # no keyring on this system: nothing to offer
        qtbot.keyClicks(dialog.passphrase, "wrong")
        assert ok.isEnabled()

    def second(dialog: PassphraseDialog) -> None:
        assert not dialog.problem.isHidden()
        assert "does not open w.kan" in dialog.problem.text()
        qtbot.keyClicks(dialog.passphrase, PASSPHRASE)

    answers.extend([first, second])
    assert path.read_bytes() == before  # nothing written by a wrong attempt
    assert app.open(path)
    assert app.ctx is not None and app.ctx.workspace.path == path.resolve()
    assert account_names(app) == [MARKER]
    assert action(app, "decryptAction").isEnabled()
    assert not action(app, "encryptAction").isEnabled()


def test_cancelling_opens_nothing_and_changes_nothing(
    app: Application,
    qtbot: QtBot,
    tmp_path: Path,
    answers: list[Filler],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = encrypted_file(tmp_path / "w.kan")
    before = path.read_bytes()
    told: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda _p, _t, text, *a: told.append(text))
    )
    answers.append(lambda _dialog: None)  # OK never enabled: cancelled
    assert not app.open(path)
    assert app.ctx is None
    assert told == []
    assert path.read_bytes() == before


def test_encrypt_then_decrypt_the_open_workspace_from_the_file_menu(
    app: Application, qtbot: QtBot, tmp_path: Path, answers: list[Filler]
) -> None:
    path = workspace_file(tmp_path / "w.kan")
    assert app.open(path)
    encrypt = action(app, "encryptAction")
    assert encrypt.isEnabled() and not action(app, "decryptAction").isEnabled()

    def choose(dialog: PassphraseDialog) -> None:
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
        qtbot.keyClicks(dialog.again, "different")
        assert not ok.isEnabled() and not dialog.mismatch.isHidden()
        dialog.again.clear()
        qtbot.keyClicks(dialog.again, PASSPHRASE)
        assert ok.isEnabled() and dialog.mismatch.isHidden()

    answers.append(choose)
    encrypt.trigger()
    data = path.read_bytes()
    assert not data.startswith(HEADER) and MARKER.encode() not in data
    # Open again, on the encrypted file, without asking (the passphrase is held).
    assert app.ctx is not None and app.ctx.workspace.path == path.resolve()
    assert account_names(app) == [MARKER]
    assert action(app, "decryptAction").isEnabled() and not encrypt.isEnabled()
    for backup in path.parent.glob("w.kan.backup-*"):  # today's, made on the first open
        assert not backup.read_bytes().startswith(HEADER)
        assert MARKER.encode() not in backup.read_bytes()

    answers.extend([typing(qtbot, "wrong"), typing(qtbot, PASSPHRASE)])
    action(app, "decryptAction").trigger()
    assert path.read_bytes().startswith(HEADER)
    assert app.ctx is not None and account_names(app) == [MARKER]
    assert encrypt.isEnabled() and not action(app, "decryptAction").isEnabled()


def test_new_encrypted_workspace_from_the_file_menu(
    app: Application,
    qtbot: QtBot,
    tmp_path: Path,
    answers: list[Filler],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    chosen = tmp_path / "secret"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(chosen), ""))
    )
    answers.append(typing(qtbot, PASSPHRASE, PASSPHRASE))
    action(app, "newEncryptedAction").trigger()
    path = tmp_path / "secret.kan"
    assert not path.read_bytes().startswith(HEADER)
    assert app.ctx is not None and app.ctx.workspace.path == path.resolve()
    assert action(app, "decryptAction").isEnabled()
    assert account_names(app) == []


def test_a_wrong_passphrase_in_the_environment_is_said_and_the_dialog_asks(
    app: Application,
    qtbot: QtBot,
    tmp_path: Path,
    answers: list[Filler],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """KEYACCOUNT_PASSPHRASE set for another workspace does not lock the user out of this one."""
    path = encrypted_file(tmp_path / "w.kan")
    monkeypatch.setenv(ENV_VAR, "the other workspace's")

    def told(dialog: PassphraseDialog) -> None:
        assert not dialog.problem.isHidden()
        assert ENV_VAR in dialog.problem.text() and "w.kan" in dialog.problem.text()
        qtbot.keyClicks(dialog.passphrase, PASSPHRASE)

    answers.append(told)
    assert app.open(path)
    assert account_names(app) == [MARKER]
