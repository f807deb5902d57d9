"""The passphrase dialog: to open an encrypted workspace, or to choose a new passphrase.

Imported only when an encrypted file is opened or the File menu's encryption
entries are used (never at start-up).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class PassphraseRequest:
    """What to ask: the passphrase of ``path`` (``new``: a new one, typed twice).

    ``problem`` is shown above the fields (e.g. that the last one did not open
    the file); ``purpose`` is the dialog's own line of explanation.
    """

    path: Path
    new: bool = False
    problem: str = ""
    purpose: str = ""
    keyring: bool = False
    """Offer to remember the passphrase in the system's keyring (the system has one)."""


@dataclass(frozen=True)
class PassphraseAnswer:
    passphrase: str
    save: bool  # remember it in the system's keyring


class PassphraseDialog(QDialog):
    """Asks for a workspace's passphrase; OK only when one is typed (twice alike when new)."""

    def __init__(self, request: PassphraseRequest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self.request = request
        name = request.path.name
        if request.new:
            self.setWindowTitle(self.tr("Choose a passphrase"))
            intro = self.tr("A passphrase to encrypt {name} with.").format(name=name)
        else:
            self.setWindowTitle(self.tr("Encrypted workspace"))
            intro = self.tr("{name} is encrypted. Enter its passphrase.").format(name=name)
        layout = QVBoxLayout(self)
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        if request.purpose:
            purpose = QLabel(request.purpose)
            purpose.setWordWrap(True)
            layout.addWidget(purpose)
        self.problem = QLabel(request.problem)
        self.problem.setObjectName("passphraseProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("QLabel { color: #b00020; }")
        self.problem.setVisible(bool(request.problem))
        layout.addWidget(self.problem)
        form = QFormLayout()
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        self.again = QLineEdit()
        self.again.setObjectName("passphraseAgain")
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        if request.new:
            form.addRow(self.tr("&Again:"), self.again)
        layout.addLayout(form)
        self.mismatch = QLabel(self.tr("The two passphrases differ."))
        self.mismatch.setVisible(False)
        layout.addWidget(self.mismatch)
        self.save = QCheckBox(self.tr("&Remember it in this computer's keyring"))
        self.save.setObjectName("savePassphrase")
        self.save.setChecked(request.keyring)
        self.save.setVisible(request.keyring)
        layout.addWidget(self.save)
        if request.new:
            warning = QLabel(
                self.tr(
                    "Keep the passphrase safe: without it the workspace and its backups "
                    "cannot be opened by anyone, support included."
                )
            )
            warning.setWordWrap(True)
            layout.addWidget(warning)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.passphrase.textChanged.connect(self._follow)
        self.again.textChanged.connect(self._follow)
        self._follow()
        self.passphrase.setFocus()

    def _follow(self) -> None:
        typed = self.passphrase.text()
        differ = self.request.new and bool(self.again.text()) and self.again.text() != typed
        self.mismatch.setVisible(differ)
        complete = bool(typed) and (not self.request.new or self.again.text() == typed)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(complete)

    def answer(self) -> PassphraseAnswer:
        return PassphraseAnswer(
            self.passphrase.text(), self.request.keyring and self.save.isChecked()
        )


def ask_passphrase(parent: QWidget | None, request: PassphraseRequest) -> PassphraseAnswer | None:
    """Show the dialog; the answer, or None when cancelled."""
    dialog = PassphraseDialog(request, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.answer()
    finally:
        dialog.deleteLater()
