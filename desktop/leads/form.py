"""The lead form: what a captured lead holds, used as the capture dialog (New lead)
and as the editor beside the list (each change there one undo step).

The company is an existing account picked from a searchable list or a new
name typed in; a new name becomes an account when the lead is converted.
Leads are never protected and never counted (LEAD.RULE.*): the form says so.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop import labels
from desktop.collation import sort_by_name
from desktop.i18n import lang
from desktop.leads.table import channel_name, channel_short
from desktop.widgets import GuardedComboBox, GuardedDateEdit, InlineError, TextBox
from model.enums import LeadKind, LeadStatus
from model.leads import LeadChoices, LeadRow
from model.methodology import load_methodology


def _qdate(day: date | None) -> QDate:
    return QDate(day.year, day.month, day.day) if day is not None else QDate.currentDate()


def rules_text() -> str:
    """LEAD.RULE.NO_PROTECTION and LEAD.RULE.NO_QUOTA, in the method's words."""
    method = load_methodology()
    return " · ".join(item.text(lang()) for item in method.lead_rules)


class LeadForm(QWidget):
    """The fields of one lead. ``committed(field)`` says which field the user finished
    editing (the editor turns it into an undo step); the capture dialog reads
    :meth:`values` instead."""

    committed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("leadForm")
        self._accounts: dict[str, int] = {}
        self.company = QComboBox()
        self.company.setObjectName("leadCompany")
        self.company.setEditable(True)
        self.company.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.company.lineEdit().setPlaceholderText(self.tr("An account, or a new company's name"))
        completer = QCompleter(self.company.model(), self.company)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.company.setCompleter(completer)
        self.company.setToolTip(
            self.tr(
                "Pick one of the workspace's accounts (type to search) or type a new "
                "company's name; a new name becomes an account when the lead is converted"
            )
        )
        self.channel = GuardedComboBox()
        self.channel.setObjectName("leadChannel")
        for n in range(1, 11):
            self.channel.addItem(channel_short(n), n)
            self.channel.setItemData(n - 1, channel_name(n), Qt.ItemDataRole.ToolTipRole)
        self.kind = GuardedComboBox()
        self.kind.setObjectName("leadKind")
        for value, text in labels.options(LeadKind):
            self.kind.addItem(text, value)
        self.status = GuardedComboBox()
        self.status.setObjectName("leadStatus")
        for value, text in labels.options(LeadStatus):
            self.status.addItem(text, value)
        self.source = QLineEdit()
        self.source.setObjectName("leadSource")
        self.source.setPlaceholderText(self.tr("Which event, who referred it, which website…"))
        self.contact_name = QLineEdit()
        self.contact_name.setObjectName("leadContactName")
        self.contact_phone = QLineEdit()
        self.contact_phone.setObjectName("leadContactPhone")
        self.contact_email = QLineEdit()
        self.contact_email.setObjectName("leadContactEmail")
        self.contact_email.setPlaceholderText(self.tr("name@example.com"))
        self.owner = GuardedComboBox()
        self.owner.setObjectName("leadOwner")
        self.received = GuardedDateEdit(QDate.currentDate())
        self.received.setObjectName("leadReceived")
        self.received.setCalendarPopup(True)
        self.received.setDisplayFormat("yyyy-MM-dd")
        self.note = TextBox(2)
        self.note.setObjectName("leadNote")
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Company"), self.company)
        form.addRow(self.tr("C&hannel"), self.channel)
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&Source"), self.source)
        form.addRow(self.tr("Con&tact"), self.contact_name)
        form.addRow(self.tr("&Phone"), self.contact_phone)
        form.addRow(self.tr("&Email"), self.contact_email)
        form.addRow(self.tr("&Owner"), self.owner)
        form.addRow(self.tr("St&atus"), self.status)
        form.addRow(self.tr("&Received"), self.received)
        form.addRow(self.tr("&Note"), self.note)
        self.rules = QLabel(rules_text())
        self.rules.setObjectName("leadRules")
        self.rules.setWordWrap(True)
        self.rules.setEnabled(False)  # a muted line: what the company's rules say about leads
        self.rules.setToolTip(
            self.tr("The company's rules for leads: they are never protected and never counted.")
        )
        form.addRow(self.rules)
        self.fields: list[QWidget] = [
            self.company,
            self.channel,
            self.kind,
            self.source,
            self.contact_name,
            self.contact_phone,
            self.contact_email,
            self.owner,
            self.status,
            self.received,
            self.note,
        ]
        self._connect()

    def _connect(self) -> None:
        emit = self.committed.emit
        self.company.lineEdit().editingFinished.connect(lambda: emit("company"))
        self.company.activated.connect(lambda _i: emit("company"))
        for name in ("channel", "kind", "status", "owner"):
            combo: QComboBox = getattr(self, name)
            combo.activated.connect(lambda _i, n=name: emit(n))
        for name in ("source", "contact_name", "contact_phone", "contact_email", "note"):
            getattr(self, name).editingFinished.connect(lambda n=name: emit(n))
        self.received.editingFinished.connect(lambda: emit("received_on"))

    # -- choices and values ---------------------------------------------------------

    def set_choices(self, choices: LeadChoices) -> None:
        text = self.company.currentText()
        self.company.blockSignals(True)
        self.company.clear()
        self._accounts = {}
        for ident, name in sort_by_name(choices.accounts, lambda a: a[1]):
            self.company.addItem(name, ident)
            self._accounts.setdefault(name, ident)
        self.company.setEditText(text)
        self.company.blockSignals(False)
        self.owner.clear()
        self.owner.addItem(self.tr("— nobody —"), None)
        for member in sort_by_name(choices.members, lambda m: m.name):
            if member.active:
                role = labels.team_role_label(member.role)
                self.owner.addItem(f"{member.name} · {role}", member.id)

    def company_values(self) -> dict[str, Any]:
        """An account picked (its id) or a new name typed (no account)."""
        text = self.company.currentText().strip()
        account = self.company.itemData(self.company.findText(text, Qt.MatchFlag.MatchFixedString))
        if account is not None:
            return {"account_id": account, "company": text}
        return {"account_id": None, "company": text}

    def value(self, field: str) -> dict[str, Any]:
        """The stored values one committed field stands for."""
        if field == "company":
            return self.company_values()
        if field in ("channel", "kind", "status", "owner"):
            combo: QComboBox = getattr(self, field)
            return {"owner_id" if field == "owner" else field: combo.currentData()}
        if field == "received_on":
            d = self.received.date()
            return {"received_on": date(d.year(), d.month(), d.day())}
        widget = getattr(self, field)
        return {field: widget.text().strip()}

    def values(self) -> dict[str, Any]:
        """Every field, as :func:`~model.services.leads.create_lead` takes them."""
        out: dict[str, Any] = {}
        for field in (
            "company",
            "channel",
            "kind",
            "source",
            "contact_name",
            "contact_phone",
            "contact_email",
            "owner",
            "status",
            "received_on",
            "note",
        ):
            out |= self.value(field)
        return out

    def load(self, row: LeadRow) -> None:
        """Show ``row`` (signals blocked by the caller while it fills)."""
        self.company.setEditText(row.company)
        self.company.lineEdit().setCursorPosition(0)
        self.channel.setCurrentIndex(max(0, self.channel.findData(row.channel)))
        self.kind.setCurrentIndex(max(0, self.kind.findData(row.kind)))
        self.status.setCurrentIndex(max(0, self.status.findData(row.status)))
        self.owner.setCurrentIndex(max(0, self.owner.findData(row.owner_id)))
        self.received.setDate(_qdate(row.received_on))
        for name in ("source", "contact_name", "contact_phone", "contact_email"):
            edit: QLineEdit = getattr(self, name)
            if edit.text() != getattr(row, name):
                edit.setText(getattr(row, name))
            edit.setCursorPosition(0)
        self.note.setText(row.note)
        # A converted lead's status is the conversion's; undo it to change it.
        self.status.setEnabled(row.deal_id is None)


@dataclass(frozen=True)
class CaptureRequest:
    choices: LeadChoices
    me: int | None
    today: date


class CaptureDialog(QDialog):
    """New lead: the whole form, saved on OK (enabled once a company is given)."""

    def __init__(self, request: CaptureRequest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("leadCaptureDialog")
        self.setWindowTitle(self.tr("New lead"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "A lead is contact information not yet verified (P2). Note where it came "
                "from; it becomes an opportunity once its five elements are verified."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.form = LeadForm()
        self.form.set_choices(request.choices)
        self.form.company.setEditText("")
        self.form.owner.setCurrentIndex(max(0, self.form.owner.findData(request.me)))
        self.form.received.setDate(_qdate(request.today))
        self.form.received.setMaximumDate(_qdate(request.today))
        # A new lead is new or contacted; "converted" comes from converting it.
        converted = self.form.status.findData(LeadStatus.CONVERTED.value)
        if converted >= 0:
            self.form.status.removeItem(converted)
        self.form.kind.setCurrentIndex(max(0, self.form.kind.findData(LeadKind.NEW.value)))
        layout.addWidget(self.form)
        self.error = InlineError()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save lead"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.form.company.editTextChanged.connect(lambda _t: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.form.company.currentText().strip()))

    def values(self) -> dict[str, Any]:
        return self.form.values()


CaptureDecider = Callable[[QWidget | None, CaptureRequest], "dict[str, Any] | None"]
"""(parent, request) -> the new lead's values, or None if cancelled."""


def ask_capture(parent: QWidget | None, request: CaptureRequest) -> dict[str, Any] | None:
    dialog = CaptureDialog(request, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None


decide_capture: CaptureDecider = ask_capture
"""How the page asks for a new lead; tests replace it and never block on a dialog."""
