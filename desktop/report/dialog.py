"""Accounts ▸ "Export review pack…": which account, where, with personal attributes or not.

The dialog is asked through :data:`decide_pack`, a module attribute tests
replace (they fill the real :class:`ReviewPackDialog` and never block on it).
Writing a pack changes nothing in the workspace, so there is nothing to undo.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from desktop.pages.base import Page

CONTEXT = "ReviewPackDialog"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True, slots=True)
class PackRequest:
    """What the dialog offers: the accounts (id, name), the one chosen first, a file."""

    accounts: Sequence[tuple[int, str]]
    account_id: int | None
    path: str


@dataclass(frozen=True, slots=True)
class PackChoice:
    account_id: int
    path: Path
    private: bool


def file_name(account: str) -> str:
    """A file name for an account's pack: its name without the characters files refuse."""
    safe = "".join("_" if ch in '<>:"/\\|?*' else ch for ch in account).strip(" .")
    return f"{safe or 'account'} - {tr('review pack')}.pdf"


class ReviewPackDialog(QDialog):
    def __init__(self, request: PackRequest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewPackDialog")
        self.setWindowTitle(tr("Export review pack"))
        self.request = request
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "A PDF for a review meeting: the profile, the decision-chain map with the "
                "best routes to the key decision maker, coverage and risks, the deals with "
                "their exit criteria and five elements, the last 90 days' activities and "
                "the next steps."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.account = QComboBox()
        self.account.setObjectName("packAccount")
        for ident, name in request.accounts:
            self.account.addItem(name, ident)
        if request.account_id is not None:
            at = self.account.findData(request.account_id)
            if at >= 0:
                self.account.setCurrentIndex(at)
        form.addRow(tr("Account:"), self.account)
        self.path = QLineEdit(request.path)
        self.path.setObjectName("packPath")
        browse = QPushButton(tr("Browse…"))
        browse.setObjectName("packBrowse")
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        form.addRow(tr("Save as:"), where)
        layout.addLayout(form)
        self.private = QCheckBox(tr("Include personal attributes (age, family, character, career)"))
        self.private.setObjectName("packPrivate")
        self.private.setToolTip(
            tr("Left out unless you tick this: the pack may travel further than the account team.")
        )
        layout.addWidget(self.private)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Export"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.path.textChanged.connect(self._check)
        self.account.currentIndexChanged.connect(self._follow_account)
        self._check()
        self.resize(560, self.sizeHint().height())

    def _follow_account(self) -> None:
        """A file named after the account follows the account chosen."""
        current = Path(self.path.text())
        if current.name.endswith(f" - {tr('review pack')}.pdf"):
            self.path.setText(str(current.with_name(file_name(self.account.currentText()))))

    def _check(self) -> None:
        ok = bool(self.path.text().strip()) and self.account.currentIndex() >= 0
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, tr("Save the review pack"), self.path.text(), tr("PDF document (*.pdf)")
        )
        if name:
            self.path.setText(name)

    def values(self) -> PackChoice:
        path = Path(self.path.text().strip())
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        return PackChoice(int(self.account.currentData()), path, self.private.isChecked())


PackDecider = Callable[[QWidget | None, PackRequest], PackChoice | None]


def ask_pack(parent: QWidget | None, request: PackRequest) -> PackChoice | None:
    """Open the dialog and wait; None when the user cancels."""
    dialog = ReviewPackDialog(request, parent)
    try:
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


decide_pack: PackDecider = ask_pack
"""How the app asks which pack to write; tests replace it and never block on a dialog."""


def export_review_pack(page: Page) -> Path | None:
    """Ask for an account and a file, and write that account's pack; the path or None."""
    from desktop.file_dialogs import remember_dir, start_dir
    from desktop.report.pack import PackError, read_pack, write_pack
    from model.activities import account_options

    ctx = page.ctx
    accounts = ctx.read(account_options)
    if not accounts:
        ctx.hub.status.emit(tr("There is no account yet: create one first."))
        return None
    current = getattr(page, "current_account", None)
    chosen = current() if callable(current) else None
    names = dict(accounts)
    first = chosen if chosen in names else accounts[0][0]
    settings = getattr(page.window(), "settings", None)
    if not isinstance(settings, QSettings):
        settings = QSettings()
    request = PackRequest(accounts, first, start_dir(settings, "report", file_name(names[first])))
    choice = decide_pack(page, request)
    if choice is None:
        return None
    remember_dir(settings, "report", choice.path)
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        content = ctx.read(read_pack, choice.account_id, private=choice.private)
        if content is None:
            ctx.hub.status.emit(tr("That account is gone."))
            return None
        path = write_pack(content, choice.path)
    except PackError as exc:
        ctx.hub.problem.emit(tr("Export review pack"), str(exc))
        return None
    finally:
        QGuiApplication.restoreOverrideCursor()
    ctx.hub.status.emit(tr("Review pack saved to {path}.").format(path=str(path)))
    return path


def review_pack_action(page: Page) -> QAction:
    """The page's "Export review pack…" action, made on first use and kept on the page."""
    action = getattr(page, "_review_pack_action", None)
    if isinstance(action, QAction):
        return action
    from desktop.pages.base import make_action

    action = make_action(
        page,
        tr("Export review pack…"),
        tr("Write the selected account's review pack as a PDF, for a review meeting"),
        lambda: export_review_pack(page),
    )
    action.setObjectName("act_review_pack")
    page._review_pack_action = action  # type: ignore[attr-defined]
    return action
