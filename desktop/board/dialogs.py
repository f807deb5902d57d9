"""Small dialogs of the board: a reason, closing a deal (reason from the
workspace's list, a note, the competitor it was lost to), verifying an element
and the competitors of a deal (the payment plan's are in payments.py).

Each returns plain values (or None when cancelled); commands are made by
the caller, so the dialogs never write.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.board.labels import (
    element_status_label,
    level_label,
    verify_method_label,
)
from desktop.collation import sort_by_name
from desktop.i18n import lang
from desktop.labels import close_reason_label, join_list
from desktop.widgets import GuardedComboBox, TextBox
from model.enums import ElementStatus, VerifyMethod
from model.methodology import load_methodology
from model.rows import DealCard
from model.services.deals import verification_level

Choice = tuple[int, str]


def by_name(choices: Sequence[Choice] | None) -> list[Choice]:
    """(id, name) choices as the user reads names: Chinese by pinyin, not code point."""
    return sort_by_name(choices or (), lambda c: c[1])


def to_qdate(day: date | None) -> QDate:
    return QDate(day.year, day.month, day.day) if day is not None else QDate.currentDate()


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _date_edit(day: date | None = None) -> QDateEdit:
    edit = QDateEdit(to_qdate(day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class _Form(QDialog):
    """A titled form with OK/Cancel whose OK is enabled only when ``valid`` says so."""

    def __init__(self, title: str, intro: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        outer = QVBoxLayout(self)
        if intro:
            label = QLabel(intro)
            label.setWordWrap(True)
            outer.addWidget(label)
        self.form = QFormLayout()
        outer.addLayout(self.form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)

    def valid(self) -> bool:
        return True

    def refresh(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.valid())


class ReasonDialog(_Form):
    """A reason, and for a lost deal the competitor that took it."""

    def __init__(
        self,
        title: str,
        prompt: str,
        competitors: Sequence[Choice] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, prompt, parent)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Why? (kept in the stage history)"))
        self.reason.textChanged.connect(self.refresh)
        self.form.addRow(self.tr("Reason"), self.reason)
        self.competitor: QComboBox | None = None
        if competitors is not None:
            self.competitor = QComboBox()
            self.competitor.addItem(self.tr("Unknown / none"), None)
            for ident, name in by_name(competitors):
                self.competitor.addItem(name, ident)
            self.form.addRow(self.tr("Lost to"), self.competitor)
        self.refresh()

    def valid(self) -> bool:
        return bool(self.reason.text().strip())

    def values(self) -> tuple[str, int | None]:
        competitor = self.competitor.currentData() if self.competitor is not None else None
        return self.reason.text().strip(), competitor


@dataclass(frozen=True)
class CloseDecision:
    """How a deal closes as lost or shelved: ``close_reason`` is a key of the
    workspace's list, ``reason`` the free note beside it, ``competitor_id`` who
    took a lost deal (or None)."""

    reason: str
    competitor_id: int | None = None
    close_reason: str = ""


ReasonAsker = Callable[[QWidget | None, str, str], str | None]
CloseDecider = Callable[
    [QWidget | None, list[DealCard], str, list[Choice], list[str]], CloseDecision | None
]
"""(parent, cards, "lost" or "shelved", competitors, the workspace's close reasons)
-> decision, or None to leave the deals open. Drops and the deal panel's menu both
ask through it."""


def ask_reason(parent: QWidget | None, title: str, prompt: str) -> str | None:
    dialog = ReasonDialog(title, prompt, None, parent)
    return dialog.values()[0] if dialog.exec() == QDialog.DialogCode.Accepted else None


def _close_tr(text: str) -> str:
    return QCoreApplication.translate("CloseDialog", text)


class CloseDialog(_Form):
    """Close deals as lost or shelved: why (from the workspace's list), a note, and
    for a lost deal the competitor that took it."""

    def __init__(
        self,
        cards: Sequence[DealCard],
        status: str,
        reasons: Sequence[str],
        competitors: Sequence[Choice] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        names = join_list((f"“{c.name}”" for c in cards[:3]), complete=len(cards) <= 3)
        names += "…" if len(cards) > 3 else ""
        # Not self.tr: the QDialog is not built yet.
        if status == "lost":
            title = _close_tr("Close as lost")
            intro = _close_tr(
                "Close {deals} as lost. It leaves the funnel; reopening brings it back."
            )
        else:
            title = _close_tr("Shelve")
            intro = _close_tr(
                "Shelve {deals}: the customer is not buying now. It leaves the funnel; "
                "reopening brings it back."
            )
        super().__init__(title, intro.format(deals=names), parent)
        self.close_reason = GuardedComboBox()
        self.close_reason.setObjectName("close_reason")
        for key in reasons:
            self.close_reason.addItem(close_reason_label(key), key)
        self.close_reason.setPlaceholderText(self.tr("Choose a reason"))
        self.close_reason.setCurrentIndex(-1)
        self.close_reason.currentIndexChanged.connect(self.refresh)
        self.form.addRow(self.tr("Reason"), self.close_reason)
        self.note = TextBox(3)
        self.note.setObjectName("close_note")
        self.note.setPlaceholderText(self.tr("What happened, in a few words (optional)"))
        self.form.addRow(self.tr("Note"), self.note)
        self.competitor: GuardedComboBox | None = None
        if status == "lost":
            self.competitor = GuardedComboBox()
            self.competitor.setObjectName("close_competitor")
            self.competitor.addItem(self.tr("Unknown / none"), None)
            for ident, name in by_name(competitors):
                self.competitor.addItem(name, ident)
            self.form.addRow(self.tr("Lost to"), self.competitor)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(title)
        self.refresh()

    def valid(self) -> bool:
        return self.close_reason.currentIndex() >= 0

    def decision(self) -> CloseDecision:
        competitor = self.competitor.currentData() if self.competitor is not None else None
        return CloseDecision(
            self.note.text().strip(), competitor, str(self.close_reason.currentData() or "")
        )


def ask_close(
    parent: QWidget | None,
    cards: list[DealCard],
    status: str,
    competitors: list[Choice],
    reasons: list[str],
) -> CloseDecision | None:
    dialog = CloseDialog(cards, status, reasons, competitors if status == "lost" else None, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    return dialog.decision() if dialog.exec() == QDialog.DialogCode.Accepted else None


class VerifyDialog(_Form):
    """Who verified one of the five elements, how, when, on what evidence.

    The level is not chosen: it is the verifier's team role's
    (:func:`model.services.deals.verification_level`), shown read-only.
    """

    def __init__(
        self,
        element: str,
        members: Sequence[Choice],
        me: int | None,
        current: dict[str, Any] | None = None,
        parent: QWidget | None = None,
        roles: Mapping[int, str] | None = None,
    ) -> None:
        text = load_methodology().text(element, lang())
        super().__init__(self.tr("Verify an element"), text, parent)
        current = current or {}
        self.roles = dict(roles or {})
        self.status = GuardedComboBox()
        for s in (ElementStatus.VERIFIED, ElementStatus.CLAIMED, ElementStatus.UNKNOWN):
            self.status.addItem(element_status_label(s.value), s.value)
        self.status.setCurrentIndex(max(0, self.status.findData(current.get("status", "verified"))))
        self.by = GuardedComboBox()
        self.by.addItem(self.tr("Nobody yet"), None)
        for ident, name in by_name(members):
            self.by.addItem(name, ident)
        self.by.setCurrentIndex(max(0, self.by.findData(current.get("by", me))))
        self.level = QLabel()
        self.level.setObjectName("verify_level")
        self.level.setToolTip(self.tr("Follows from the verifier's role in the team"))
        self.method = GuardedComboBox()
        for m in VerifyMethod:
            self.method.addItem(verify_method_label(m.value), m.value)
        self.method.setCurrentIndex(max(0, self.method.findData(current.get("method", "visit"))))
        self.on = _date_edit(current.get("on"))
        self.on.setMaximumDate(QDate.currentDate())  # a verification has happened
        self.evidence = QLineEdit(str(current.get("evidence", "")))
        self.evidence.setCursorPosition(0)  # a long text shows its start, not its tail
        self.evidence.setPlaceholderText(self.tr("What confirmed it (meeting, document, mail…)"))
        self.form.addRow(self.tr("Status"), self.status)
        self.form.addRow(self.tr("Verified by"), self.by)
        self.form.addRow(self.tr("At the level of"), self.level)
        self.form.addRow(self.tr("How"), self.method)
        self.form.addRow(self.tr("When"), self.on)
        self.form.addRow(self.tr("Evidence"), self.evidence)
        self.status.currentIndexChanged.connect(self.refresh)
        self.by.currentIndexChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        by = self.by.currentData()
        self.level.setText(
            level_label(verification_level(self.roles.get(by))) if by is not None else "—"
        )
        super().refresh()

    def valid(self) -> bool:
        return self.status.currentData() != "verified" or self.by.currentData() is not None

    def values(self) -> dict[str, Any]:
        verified = self.status.currentData() == "verified"
        return {
            "status": self.status.currentData(),
            "by": self.by.currentData(),
            "method": self.method.currentData(),
            "on": from_qdate(self.on.date()) if verified else None,
            "evidence": self.evidence.text().strip(),
        }


VerifyAsker = Callable[
    [QWidget | None, str, Sequence[Choice], int | None, dict[str, Any], Mapping[int, str]],
    dict[str, Any] | None,
]
"""(parent, element, members, me, current, member roles) -> values, or None if cancelled."""


def ask_verify(
    parent: QWidget | None,
    element: str,
    members: Sequence[Choice],
    me: int | None,
    current: dict[str, Any],
    roles: Mapping[int, str],
) -> dict[str, Any] | None:
    dialog = VerifyDialog(element, members, me, current, parent, roles)
    return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None


class CompetitorsDialog(_Form):
    """Tick the deal's competitors; a name typed below adds a new one, created on OK."""

    def __init__(
        self, competitors: Sequence[Choice], chosen: set[int], parent: QWidget | None = None
    ) -> None:
        intro = "" if competitors else self.tr("No competitors yet: type a name below to add one.")
        super().__init__(self.tr("Competitors in this deal"), intro, parent)
        self.list = QListWidget()
        for ident, name in by_name(competitors):
            self._add_item(name, ident, ident in chosen)
        self.form.addRow(self.list)
        self.new_name = QLineEdit()
        self.new_name.setObjectName("newCompetitorName")
        self.new_name.setMaxLength(200)
        self.new_name.setPlaceholderText(self.tr("New competitor's name"))
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setObjectName("addCompetitor")
        self.add_button.setAutoDefault(False)
        self.add_button.setToolTip(self.tr("Add it to the workspace's list and to this deal"))
        self.add_button.clicked.connect(self.add_new)
        self.new_name.installEventFilter(self)
        row = QHBoxLayout()
        row.addWidget(self.new_name, 1)
        row.addWidget(self.add_button)
        self.form.addRow(row)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Return in the name field adds the name; with the field empty it means OK."""
        if (
            watched is self.new_name
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.new_name.text().strip()
        ):
            self.add_new()
            return True
        return super().eventFilter(watched, event)

    def _add_item(self, name: str, ident: int | None, checked: bool) -> QListWidgetItem:
        item = QListWidgetItem(name)
        item.setData(Qt.ItemDataRole.UserRole, ident)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.list.addItem(item)
        return item

    def add_new(self) -> None:
        """Tick the competitor typed in; a name not in the list yet becomes a new one."""
        name = self.new_name.text().strip()
        if not name:
            return
        item = next(
            (
                self.list.item(n)
                for n in range(self.list.count())
                if self.list.item(n).text().casefold() == name.casefold()
            ),
            None,
        )
        if item is None:
            item = self._add_item(name, None, True)
        item.setCheckState(Qt.CheckState.Checked)
        self.list.setCurrentItem(item)
        self.new_name.clear()

    def values(self) -> list[int]:
        """The ids of the ticked competitors that exist already."""
        out = []
        for n in range(self.list.count()):
            item = self.list.item(n)
            ident = item.data(Qt.ItemDataRole.UserRole)
            if item.checkState() == Qt.CheckState.Checked and ident is not None:
                out.append(int(ident))
        return out

    def new_names(self) -> list[str]:
        """The ticked competitors typed in here, to be created."""
        return [
            self.list.item(n).text()
            for n in range(self.list.count())
            if self.list.item(n).data(Qt.ItemDataRole.UserRole) is None
            and self.list.item(n).checkState() == Qt.CheckState.Checked
        ]
