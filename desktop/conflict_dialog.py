"""When someone else saved the same record first: both versions, and the user's choice.

An edit refused with :class:`~model.errors.EditConflict` (another window or a
teammate on the server changed the record after it was shown) opens
:class:`ConflictDialog`: field by field, what the record holds now and what the
user meant to write. Only the fields of the user's own edit are read and shown,
so a person's private attributes appear only when the user typed them in this
edit. The choice:

- **Reload** (the default, and Escape): theirs is kept; the views re-read the record.
- **Re-apply mine**: the command runs again on top of the current version
  (``ServiceCommand.rebase``), only offered when the command can.

A lost connection to the server (:class:`~model.workspace.ConnectionLost`) is
said by :class:`ConnectionNotice`, a window that does not block: the edit is kept
and tried again on its own and with its "Retry" button (``desktop.context``).

The question is asked through :data:`decider` and the notice made by
:data:`notice_factory`, plain attributes that tests replace so they never wait on
a modal dialog (they open the real dialog and press its buttons by code).
"""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop import labels
from desktop.errors import error_text
from model.errors import DomainError, EditConflict
from model.services.common import current_values

if TYPE_CHECKING:
    from desktop.context import ServiceCommand, WorkspaceContext

CONTEXT = "ConflictDialog"
RELOAD, REAPPLY = "reload", "reapply"

FIELD_WORDS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("ConflictDialog", "Name"),
    "amount": QT_TRANSLATE_NOOP("ConflictDialog", "Amount"),
    "currency": QT_TRANSLATE_NOOP("ConflictDialog", "Currency"),
    "expected_close": QT_TRANSLATE_NOOP("ConflictDialog", "Expected close"),
    "owner_id": QT_TRANSLATE_NOOP("ConflictDialog", "Owner"),
    "account_id": QT_TRANSLATE_NOOP("ConflictDialog", "Account"),
    "stage": QT_TRANSLATE_NOOP("ConflictDialog", "Stage"),
    "status": QT_TRANSLATE_NOOP("ConflictDialog", "Status"),
    "note": QT_TRANSLATE_NOOP("ConflictDialog", "Note"),
    "title": QT_TRANSLATE_NOOP("ConflictDialog", "Title"),
    "phone": QT_TRANSLATE_NOOP("ConflictDialog", "Phone"),
    "email": QT_TRANSLATE_NOOP("ConflictDialog", "Email"),
    "role": QT_TRANSLATE_NOOP("ConflictDialog", "Role"),
    "support": QT_TRANSLATE_NOOP("ConflictDialog", "Support"),
    "industry": QT_TRANSLATE_NOOP("ConflictDialog", "Industry"),
    "region": QT_TRANSLATE_NOOP("ConflictDialog", "Region"),
    "nature": QT_TRANSLATE_NOOP("ConflictDialog", "Nature"),
    "scale": QT_TRANSLATE_NOOP("ConflictDialog", "Scale"),
    "manager_id": QT_TRANSLATE_NOOP("ConflictDialog", "Reports to"),
    "due_on": QT_TRANSLATE_NOOP("ConflictDialog", "Due"),
    "done_on": QT_TRANSLATE_NOOP("ConflictDialog", "Done on"),
    "contract_value": QT_TRANSLATE_NOOP("ConflictDialog", "Contract value"),
    "protection_expires": QT_TRANSLATE_NOOP("ConflictDialog", "Protection expiry"),
}
"""A record's fields in the user's words (others show their stored name)."""

_VALUE_KINDS: dict[tuple[str, str], str] = {
    ("deal", "stage"): "stage",
    ("deal", "status"): "deal_status",
    ("account", "nature"): "nature",
    ("account", "scale"): "scale",
    ("account", "sales_channel"): "sales_channel",
    ("person", "role"): "role",
    ("person", "seniority"): "seniority",
    ("member", "role"): "team_role",
    ("lead", "status"): "lead_status",
    ("lead", "kind"): "lead_kind",
}
"""(record kind, field) whose stored codes have a label (desktop/labels.py)."""


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def field_words(name: str) -> str:
    words = FIELD_WORDS.get(name)
    return tr(words) if words else name.replace("_", " ").capitalize()


def value_words(kind: str, name: str, value: Any) -> str:
    """A stored value as the user reads it: labels for codes, days as days, "—" for none."""
    if value is None or value == "":
        return "—"
    label_kind = _VALUE_KINDS.get((kind, name))
    if label_kind is not None:
        return labels.label(label_kind, value)
    if isinstance(value, bool):
        return tr("Yes") if value else tr("No")
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return f"{value:,.2f}".rstrip("0").rstrip(".")
    return str(value)


@dataclass
class ConflictView:
    """What the dialog shows: the refusal, the record's fields now and as intended."""

    title: str
    message: str
    rows: list[tuple[str, str, str]] = field(default_factory=list)  # field, theirs, mine
    can_reapply: bool = False
    gone: bool = False  # the record was deleted meanwhile


def conflict_view(
    command: ServiceCommand,
    exc: EditConflict,
    current: Mapping[str, Any] | None,
) -> ConflictView:
    intended = command.intended()
    rows = [
        (
            field_words(name),
            value_words(exc.kind, name, None if current is None else current.get(name)),
            value_words(exc.kind, name, mine),
        )
        for name, mine in intended.items()
    ]
    gone = bool(intended) and current is None
    return ConflictView(
        title=command.text(),
        message=error_text(exc),
        rows=rows,
        can_reapply=command.can_rebase() and not gone,
        gone=gone,
    )


CELL_CHARS = 300
"""A value longer than this shows its start in the table, the whole in its tooltip."""
TIP_CHARS = 24
"""A value longer than this also has a tooltip (a cell a user narrowed may elide it)."""


def _cell(text: str) -> QTableWidgetItem:
    shown = text if len(text) <= CELL_CHARS else text[: CELL_CHARS - 1].rstrip() + "…"
    item = QTableWidgetItem(shown)
    item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    if len(text) > TIP_CHARS:
        item.setToolTip(_tip(text))
    return item


class _RoomyCell(QStyledItemDelegate):
    """Rows a little taller than their (wrapped) text, so that lines of neighbouring
    rows do not run together."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + option.fontMetrics.height() // 2)


def _tip(text: str) -> str:
    """Rich text, so that Qt wraps a long value's tooltip instead of one screen-wide line."""
    return "<p>" + html.escape(text).replace("\n", "<br>") + "</p>"


def _fit_width(dialog: QDialog, chars: int) -> None:
    """Open ``dialog`` about ``chars`` average characters wide at any text size, its
    content's height, and never wider than the screen it opens on."""
    screen = dialog.screen().availableGeometry()
    width = max(dialog.sizeHint().width(), dialog.fontMetrics().averageCharWidth() * chars)
    dialog.resize(min(width, screen.width() * 9 // 10), dialog.sizeHint().height())


class ConflictDialog(QDialog):
    """Both versions of a record and the choice: take theirs, or re-apply mine on top."""

    def __init__(self, view: ConflictView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = RELOAD
        self.setWindowTitle(self.tr("Someone else changed this first"))
        layout = QVBoxLayout(self)
        head = QLabel(view.message, self)
        head.setObjectName("conflictMessage")
        head.setWordWrap(True)
        head.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(head)
        self.table = QTableWidget(len(view.rows), 3, self)
        self.table.setObjectName("conflictFields")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Now saved"), self.tr("Your change")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setItemDelegate(_RoomyCell(self.table))
        # Long values wrap in their cell (the row grows); a word wider than its column,
        # or a value past CELL_CHARS, ends in "…" and is read whole in the tooltip.
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setVerticalScrollMode(QTableWidget.ScrollMode.ScrollPerPixel)
        for row, cells in enumerate(view.rows):
            for column, text in enumerate(cells):
                self.table.setItem(row, column, _cell(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setVisible(bool(view.rows))
        layout.addWidget(self.table, 1)
        if view.gone:
            gone = QLabel(
                self.tr("The record was deleted meanwhile; there is nothing to re-apply to.")
            )
            gone.setWordWrap(True)
            layout.addWidget(gone)
        self.buttons = QDialogButtonBox(self)
        self.reload_button = QPushButton(self.tr("Reload"), self)
        self.reload_button.setToolTip(self.tr("Keep what is saved now; your change is dropped."))
        self.reapply_button = QPushButton(self.tr("Re-apply mine"), self)
        self.reapply_button.setToolTip(
            self.tr("Write your change again on top of what is saved now.")
        )
        self.buttons.addButton(self.reload_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.addButton(self.reapply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.reapply_button.setEnabled(view.can_reapply)
        self.reload_button.setDefault(True)
        self.reload_button.clicked.connect(self.reject)
        self.reapply_button.clicked.connect(self._reapply)
        layout.addWidget(self.buttons)
        self.reload_button.setFocus()  # Enter and Escape both keep what is saved
        self._fitted = False
        _fit_width(self, 96)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted:  # the columns have their widths now: rows can be measured
            self._fitted = True
            self._fit_rows()

    def _fit_rows(self) -> None:
        """Tall enough for every row, wrapped, at the width it opened with (the table
        scrolls beyond 85 % of the screen's height)."""
        if self.table.isHidden():
            return
        table = self.table
        table.resizeRowsToContents()
        need = table.horizontalHeader().height() + 2 * table.frameWidth()
        need += sum(table.rowHeight(row) for row in range(table.rowCount()))
        if table.horizontalScrollBar().isVisible():
            need += table.horizontalScrollBar().height()
        limit = self.screen().availableGeometry().height() * 85 // 100
        height = self.height() + need - table.height()
        table.setMinimumHeight(min(need, limit // 2))
        self.resize(self.width(), max(self.minimumSizeHint().height(), min(height, limit)))

    def _reapply(self) -> None:
        self.choice = REAPPLY
        self.accept()

    def reject(self) -> None:
        self.choice = RELOAD
        super().reject()


def ask(parent: QWidget | None, view: ConflictView) -> str:
    dialog = ConflictDialog(view, parent)
    dialog.exec()
    return dialog.choice


decider: Callable[[QWidget | None, ConflictView], str] = ask
"""Asks the user what to do with a conflict; tests replace it (see the module docstring)."""


def resolve(ctx: WorkspaceContext, command: ServiceCommand, exc: EditConflict) -> bool:
    """Ask about a refused first run of ``command``; True when it was re-applied and pushed.

    "Reload" (or a record gone meanwhile) leaves theirs: the views re-read it.
    A re-apply that meets yet another newer version asks again.
    """
    for _ in range(5):
        # The fields shown, and those the command checks (what the user saw) to take anew.
        fields = list(dict.fromkeys([*command.intended(), *(command.seen or {})]))
        current = None
        if fields and exc.ident:
            current = ctx.read(current_values, exc.kind, exc.ident, fields)
        view = conflict_view(command, exc, current)
        choice = decider(QApplication.activeWindow(), view)
        if choice != REAPPLY or not view.can_reapply or not command.rebase(current or {}):
            ctx.show_newer(exc)
            return False
        try:
            command.first_run()
        except EditConflict as again:
            exc = again
            continue
        except DomainError as other:
            ctx.hub.problem.emit(command.text(), error_text(other))
            ctx.show_newer(exc)
            return False
        ctx.undo_stack.push(command)  # its run is done: redo only marks it
        return True
    ctx.show_newer(exc)
    return False


class ConnectionNotice(QDialog):
    """The server cannot be reached: says so, that the edit is kept, and offers Retry.

    Not modal: the window stays usable while the edit waits and retries.
    """

    retryRequested = Signal()
    discardRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("The server cannot be reached"))
        self.setModal(False)
        layout = QVBoxLayout(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        layout.addWidget(self.state)
        layout.addStretch(1)  # room to spare goes above the buttons, not between the words
        self.buttons = QDialogButtonBox(self)
        self.retry_button = QPushButton(self.tr("Retry"), self)
        self.discard_button = QPushButton(self.tr("Discard my edit"), self)
        self.buttons.addButton(self.retry_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.retry_button.clicked.connect(self.retryRequested)
        self.discard_button.clicked.connect(self.discardRequested)
        self.retry_button.setDefault(True)
        self.retry_button.setToolTip(self.tr("Try to save the edit now."))
        self.discard_button.setToolTip(self.tr("Give up this edit: it is not saved."))
        layout.addWidget(self.buttons)
        screen = self.screen().availableGeometry().width()
        self.setMinimumWidth(min(self.fontMetrics().averageCharWidth() * 64, screen * 9 // 10))

    def say(self, edit: str, message: str, next_try_s: float | None) -> None:
        self.message.setText(
            self.tr("“{edit}” is kept, not saved yet.").format(edit=edit) + "\n\n" + message
        )
        if next_try_s is None:
            self.state.setText(self.tr("Press Retry once the server is back."))
        else:
            self.state.setText(
                self.tr("Trying again in {seconds} s.").format(seconds=f"{next_try_s:g}")
            )
        if self.isVisible():  # a longer message than before: grow, never cut it
            need = self.heightForWidth(self.width())
            if need > self.height():
                self.resize(self.width(), need)

    def reject(self) -> None:  # Escape or the close button: hide, the edit stays kept
        self.hide()


def make_notice(parent: QWidget | None) -> ConnectionNotice:
    notice = ConnectionNotice(parent)
    notice.show()
    return notice


notice_factory: Callable[[QWidget | None], ConnectionNotice] = make_notice
"""Makes and shows the lost-connection notice; tests may replace it."""
