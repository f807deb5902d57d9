"""Convert a lead into an opportunity: one dialog, one undo step.

The dialog asks for the deal's name and amount, the P2 exit criteria the
user confirms (leaving P2 needs them), and the five elements (P3.FIVE.1..5):
for each its status, who verified it — the level follows from the member's
team role (:func:`~model.services.deals.verification_level`) — how and when.
The direct manager's confirmation (P3.CONFIRM.3) is a verification at manager
level (:func:`~model.services.deals.verify_element`): choosing the manager
below records the five elements as the manager confirmed them.

The lead becomes a valid opportunity in P3 or nothing happens: Convert is
enabled once nothing is missing, and the line above the buttons says what is
(the service refuses the same way). :class:`ConvertLeadCommand` undoes the
whole conversion — the deal, the account it created, the lead's status.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.board.labels import element_status_label, level_label, verify_method_label
from desktop.board.widgets import WrapCheck
from desktop.collation import sort_by_name
from desktop.context import ServiceCommand, WorkspaceContext
from desktop.i18n import lang
from desktop.labels import join_list
from desktop.method_help import item_ref
from desktop.widgets import GuardedComboBox, GuardedDateEdit
from model.enums import ElementStatus, VerifyMethod
from model.leads import LeadRow, MemberChoice
from model.methodology import load_methodology
from model.services.common import Snapshot
from model.services.deals import SENIOR_TEAM_ROLES, verification_level
from model.services.leads import (
    conversion_missing,
    convert_lead,
    redo_conversion,
    revert_conversion,
)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


@dataclass(frozen=True)
class ConvertRequest:
    lead: LeadRow
    members: tuple[MemberChoice, ...]
    me: int | None
    today: date


@dataclass(frozen=True)
class ConvertValues:
    """What the dialog gives :func:`~model.services.leads.convert_lead`."""

    deal_name: str
    amount: float
    criteria: tuple[str, ...]
    elements: dict[str, dict[str, Any]] = field(default_factory=dict)
    expected_close: date | None = None


class ElementRow:
    """One of the five elements: status, who verified it (and so the level), how, when,
    and the evidence (a short line: what shows it)."""

    def __init__(
        self, element: str, members: Sequence[MemberChoice], me: int | None, today: date
    ) -> None:
        self.element = element
        self.roles = {m.id: m.role for m in members}
        self.label = QLabel(load_methodology().text(element, lang()))
        self.label.setWordWrap(True)
        self.label.setToolTip(item_ref(element))
        self.status = GuardedComboBox()
        self.status.setObjectName(f"status_{element}")
        for s in (ElementStatus.VERIFIED, ElementStatus.CLAIMED, ElementStatus.UNKNOWN):
            self.status.addItem(element_status_label(s.value), s.value)
        self.status.setCurrentIndex(self.status.findData(ElementStatus.UNKNOWN.value))
        self.by = GuardedComboBox()
        self.by.setObjectName(f"by_{element}")
        self.by.addItem(QCoreApplication.translate("ConvertDialog", "Nobody yet"), None)
        for member in sort_by_name(members, lambda m: m.name):
            if member.active:
                self.by.addItem(member.name, member.id)
        self.by.setCurrentIndex(max(0, self.by.findData(me)))
        self.level = QLabel()
        self.level.setObjectName(f"level_{element}")
        self.method = GuardedComboBox()
        self.method.setObjectName(f"method_{element}")
        for m in VerifyMethod:
            self.method.addItem(verify_method_label(m.value), m.value)
        self.on = GuardedDateEdit(_qdate(today))
        self.on.setObjectName(f"on_{element}")
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("yyyy-MM-dd")
        self.on.setMaximumDate(_qdate(today))  # a verification has happened
        self.evidence = QLineEdit()
        self.evidence.setObjectName(f"evidence_{element}")
        self.evidence.setMaxLength(500)
        self.evidence.setPlaceholderText(
            QCoreApplication.translate("ConvertDialog", "What shows it")
        )
        self.evidence.setToolTip(
            QCoreApplication.translate(
                "ConvertDialog",
                "What shows it: the meeting, the document or the person who said so. "
                "Kept with the element on the deal.",
            )
        )
        self.by.currentIndexChanged.connect(lambda _i: self.show_level())
        self.show_level()

    def show_level(self) -> None:
        by = self.by.currentData()
        self.level.setText(level_label(verification_level(self.roles.get(by))) if by else "—")

    def values(self) -> dict[str, Any]:
        status = self.status.currentData()
        return {
            "status": status,
            "by": self.by.currentData(),
            "method": self.method.currentData(),
            "on": _day(self.on.date()) if status == ElementStatus.VERIFIED else None,
            "evidence": self.evidence.text().strip(),
        }

    def confirm_by(self, member: int, method: str, on: QDate) -> None:
        self.status.setCurrentIndex(self.status.findData(ElementStatus.VERIFIED.value))
        self.by.setCurrentIndex(max(0, self.by.findData(member)))
        self.method.setCurrentIndex(max(0, self.method.findData(method)))
        self.on.setDate(on)

    def at_manager_level(self) -> bool:
        by = self.by.currentData()
        return (
            self.status.currentData() == ElementStatus.VERIFIED
            and by is not None
            and self.roles.get(by) in SENIOR_TEAM_ROLES
        )


class ConvertDialog(QDialog):
    """The conversion form (see the module docstring)."""

    def __init__(self, request: ConvertRequest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("convertLeadDialog")
        self.request = request
        lead = request.lead
        method = load_methodology()
        self.setWindowTitle(self.tr("Convert the lead into an opportunity"))
        main = QVBoxLayout(self)
        body = QWidget()
        outer = QVBoxLayout(body)
        outer.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(
            self.tr(
                "{company} becomes a valid opportunity in P3 once P2's exit criteria are met "
                "and its five elements are verified."
            ).format(company=lead.company)
        )
        intro.setWordWrap(True)
        outer.addWidget(intro)
        if lead.account_id is None:
            note = QLabel(
                self.tr("{company} is not an account yet: converting creates the account.").format(
                    company=lead.company
                )
            )
            note.setObjectName("newAccountNote")
            note.setWordWrap(True)
            note.setEnabled(False)
            outer.addWidget(note)
        top = QFormLayout()
        self.deal_name = QLineEdit(lead.company)
        self.deal_name.setObjectName("convertDealName")
        self.deal_name.setMaxLength(200)
        self.amount = QDoubleSpinBox()
        self.amount.setObjectName("convertAmount")
        self.amount.setRange(0, 1e12)
        self.amount.setDecimals(0)
        self.amount.setGroupSeparatorShown(True)
        self.has_close = QCheckBox()
        self.has_close.setObjectName("convertHasClose")
        self.has_close.setToolTip(self.tr("Leave unticked while nobody knows"))
        self.close_on = GuardedDateEdit()
        self.close_on.setObjectName("convertExpectedClose")
        self.close_on.setCalendarPopup(True)
        self.close_on.setDisplayFormat("yyyy-MM-dd")
        self.close_on.setDate(_qdate(date.today() + timedelta(days=90)))
        self.close_on.setEnabled(False)
        self.has_close.toggled.connect(self.close_on.setEnabled)
        close_row = QHBoxLayout()
        close_row.addWidget(self.has_close)
        close_row.addWidget(self.close_on, 1)
        top.addRow(self.tr("Deal &name"), self.deal_name)
        top.addRow(self.tr("&Amount"), self.amount)
        top.addRow(self.tr("Expected &close"), close_row)
        outer.addLayout(top)

        exits = QGroupBox(self.tr("P2 exit criteria"))
        exits_layout = QGridLayout(exits)
        self.criteria: dict[str, WrapCheck] = {}
        for n, item in enumerate(method.exit_criteria("P2")):
            check = WrapCheck(item.text(lang()))
            check.setObjectName(f"exit_{item.id}")
            check.setToolTip(item_ref(item.id))
            check.toggled.connect(lambda _on: self.refresh())
            self.criteria[item.id] = check
            exits_layout.addWidget(check, n // 2, n % 2)
        outer.addWidget(exits)

        five = QGroupBox(self.tr("The five elements"))
        grid = QGridLayout(five)
        heads = (
            self.tr("Element"),
            self.tr("Status"),
            self.tr("Verified by"),
            self.tr("Level"),
            self.tr("How"),
            self.tr("When"),
            self.tr("Evidence"),
        )
        for column, text in enumerate(heads):
            head = QLabel(f"<b>{text}</b>")
            grid.addWidget(head, 0, column)
        em = self.fontMetrics().horizontalAdvance("M")
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(6, 1)
        grid.setColumnMinimumWidth(0, 12 * em)
        grid.setColumnMinimumWidth(6, 10 * em)
        self.elements: list[ElementRow] = []
        for n, item in enumerate(method.five_elements, start=1):
            row = ElementRow(item.id, request.members, request.me, request.today)
            for column, widget in enumerate(
                (row.label, row.status, row.by, row.level, row.method, row.on, row.evidence)
            ):
                grid.addWidget(widget, n, column)
            row.status.currentIndexChanged.connect(lambda _i: self.refresh())
            row.by.currentIndexChanged.connect(lambda _i: self.refresh())
            self.elements.append(row)
        outer.addWidget(five)

        confirm = QGroupBox(self.tr("The direct manager's confirmation"))
        confirm.setToolTip(item_ref("P3.CONFIRM.3"))
        confirm_layout = QVBoxLayout(confirm)
        explain = QLabel(method.text("P3.CONFIRM.3", lang()))
        explain.setWordWrap(True)
        explain.setEnabled(False)
        confirm_layout.addWidget(explain)
        line = QHBoxLayout()
        self.manager = GuardedComboBox()
        self.manager.setObjectName("confirmManager")
        self.manager.addItem(self.tr("Choose the manager"), None)
        for member in sort_by_name(request.members, lambda m: m.name):
            if member.active and member.role in SENIOR_TEAM_ROLES:
                self.manager.addItem(member.name, member.id)
        self.manager_method = GuardedComboBox()
        self.manager_method.setObjectName("confirmMethod")
        for m in VerifyMethod:
            self.manager_method.addItem(verify_method_label(m.value), m.value)
        self.manager_on = GuardedDateEdit(_qdate(request.today))
        self.manager_on.setCalendarPopup(True)
        self.manager_on.setDisplayFormat("yyyy-MM-dd")
        self.manager_on.setMaximumDate(_qdate(request.today))
        self.confirm_button = QPushButton(self.tr("Confirmed all five"))
        self.confirm_button.setObjectName("confirmAll")
        self.confirm_button.setAutoDefault(False)
        self.confirm_button.setToolTip(
            self.tr("Record the five elements as verified by this manager, at manager level")
        )
        self.confirm_button.clicked.connect(self.confirm_all)
        for widget in (self.manager, self.manager_method, self.manager_on, self.confirm_button):
            line.addWidget(widget)
        line.addStretch(1)
        confirm_layout.addLayout(line)
        self.confirmed = QLabel()
        self.confirmed.setObjectName("confirmState")
        self.confirmed.setWordWrap(True)
        confirm_layout.addWidget(self.confirmed)
        outer.addWidget(confirm)

        # The form scrolls when it is taller than the screen (larger text on a laptop);
        # what is missing and the buttons stay in view below it.
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setWidget(body)
        main.addWidget(self.scroller, 1)
        self.missing = QLabel()
        self.missing.setObjectName("convertMissing")
        self.missing.setWordWrap(True)
        self.missing.setStyleSheet("color: #b3261e;")
        main.addWidget(self.missing)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Convert"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        main.addWidget(self.buttons)
        self.deal_name.textChanged.connect(lambda _t: self.refresh())
        self.manager.currentIndexChanged.connect(lambda _i: self.refresh())
        self.refresh()
        self._fit_screen(body)

    def _fit_screen(self, body: QWidget) -> None:
        """The whole form if the screen has room for it, else as tall as the screen."""
        form = body.sizeHint()
        rest = self.missing.sizeHint().height() + self.buttons.sizeHint().height() + 48
        bar = self.scroller.verticalScrollBar().sizeHint().width()
        height = form.height() + rest
        screen = self.screen()
        if screen is not None:
            height = min(height, screen.availableGeometry().height() - 60)
        self.resize(max(self.sizeHint().width(), form.width() + bar + 24), height)

    def confirm_all(self) -> None:
        manager = self.manager.currentData()
        if manager is None:
            return
        for row in self.elements:
            row.confirm_by(manager, self.manager_method.currentData(), self.manager_on.date())
        self.refresh()

    def missing_ids(self) -> list[str]:
        values = self.values()
        return conversion_missing(values.criteria, values.elements)

    def refresh(self) -> None:
        self.confirm_button.setEnabled(self.manager.currentData() is not None)
        if all(row.at_manager_level() for row in self.elements):
            self.confirmed.setText(self.tr("The direct manager has confirmed the five elements."))
        else:
            self.confirmed.setText(
                self.tr(
                    "Not yet confirmed by the direct manager: the method asks for it before "
                    "the opportunity counts."
                )
            )
        missing = self.missing_ids()
        method = load_methodology()
        problems = []
        if not self.deal_name.text().strip():
            problems.append(self.tr("The deal needs a name."))
        exits = [i for i in missing if i.startswith("P2.")]
        elements = [method.text(i, lang()) for i in missing if not i.startswith("P2.")]
        if exits:
            problems.append(
                self.tr("Tick the exit criteria of P2 that are met ({n} still open).").format(
                    n=len(exits)
                )
            )
        if elements:
            problems.append(self.tr("Not verified yet: {items}.").format(items=join_list(elements)))
        self.missing.setText(" ".join(problems))
        self.missing.setVisible(bool(problems))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problems)

    def values(self) -> ConvertValues:
        return ConvertValues(
            self.deal_name.text().strip(),
            float(self.amount.value()),
            tuple(i for i, check in self.criteria.items() if check.isChecked()),
            {row.element: row.values() for row in self.elements},
            _day(self.close_on.date()) if self.has_close.isChecked() else None,
        )


ConvertDecider = Callable[[QWidget | None, ConvertRequest], "ConvertValues | None"]
"""(parent, request) -> the conversion's values, or None if cancelled."""


def ask_conversion(parent: QWidget | None, request: ConvertRequest) -> ConvertValues | None:
    dialog = ConvertDialog(request, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None


decide_conversion: ConvertDecider = ask_conversion
"""How the page asks for a conversion; tests replace it and never block on a dialog."""


class ConvertLeadCommand(ServiceCommand):
    """Convert a lead; undo removes the deal, the account it created and the lead's
    conversion; redo brings back the very same rows."""

    def __init__(
        self, ctx: WorkspaceContext, text: str, lead_id: int, values: ConvertValues
    ) -> None:
        super().__init__(ctx, text)
        self.lead_id, self.values = lead_id, values
        self.conversion: dict[str, Any] | None = None
        self.snapshots: list[Snapshot] | None = None

    @property
    def deal_id(self) -> int | None:
        return None if self.conversion is None else int(self.conversion["deal"])

    def apply(self) -> None:
        if self.conversion is not None and self.snapshots is not None:
            self.ctx.write(redo_conversion, self.conversion, self.snapshots)
            return
        v = self.values
        changes = self.ctx.write(
            convert_lead,
            self.lead_id,
            deal_name=v.deal_name,
            amount=v.amount,
            expected_close=v.expected_close,
            elements=v.elements,
            criteria=v.criteria,
            by=self.ctx.me,
        )
        self.conversion = dict(changes.undo["conversion"])

    def revert(self) -> None:
        assert self.conversion is not None
        self.snapshots = list(self.ctx.write(revert_conversion, self.conversion).undo["snapshots"])
