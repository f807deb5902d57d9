"""The deal panel's payment plan: instalments, and the transfers that pay them.

An instalment may receive several transfers; the section lists each one under
its instalment with its amount, day and how it was paid, and shows what the
plan adds up to: the contract value, what was received, and the first
instalment's share against the method's minimum (the numbers come from the
model). A plan whose first instalment is under the minimum is warned inline,
never refused.

Every button is one undo step through the commands below, which call
:mod:`model.services.payments` only. Dialogs open through
:attr:`PaymentPlan.run_dialog`, a replaceable hook, so tests fill and accept
the real dialogs without blocking on a modal loop.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import ClassVar

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.board import style
from desktop.board.dialogs import _date_edit, _Form, from_qdate, to_qdate
from desktop.commands import CreateCommand, DeleteCommand, EditCommand
from desktop.context import ServiceCommand, WorkspaceContext
from desktop.errors import error_text
from desktop.i18n import lang
from model.board import DealDetail, InstalmentItem, compact_amount
from model.methodology import load_methodology
from model.services import payments

# -- commands -------------------------------------------------------------------------


class AddInstalmentCommand(CreateCommand):
    """An instalment added to the plan; undo deletes it, redo restores the very same row."""

    def __init__(
        self, ctx: WorkspaceContext, text: str, deal_id: int, amount: float, due_on: date | None
    ) -> None:
        super().__init__(
            ctx,
            text,
            "instalment",
            payments.add_instalment,
            payments.delete_instalment,
            deal_id,
            amount=amount,
            due_on=due_on,
            restorer=payments.restore,
        )


class RecordTransferCommand(CreateCommand):
    """One transfer received against an instalment; it adds to those before it."""

    def __init__(
        self,
        ctx: WorkspaceContext,
        text: str,
        instalment_id: int,
        amount: float,
        received_on: date | None,
        how: str = "",
    ) -> None:
        super().__init__(
            ctx,
            text,
            "payment",
            payments.record_payment,
            payments.delete_payment,
            instalment_id,
            amount=amount,
            received_on=received_on,
            how=how,
            restorer=payments.restore,
        )


class DeleteTransferCommand(DeleteCommand):
    def __init__(self, ctx: WorkspaceContext, text: str, payment_id: int) -> None:
        super().__init__(ctx, text, payments.delete_payment, payment_id, restorer=payments.restore)


class DeleteInstalmentCommand(DeleteCommand):
    """An instalment deleted with its transfers; undo restores them all."""

    def __init__(self, ctx: WorkspaceContext, text: str, instalment_id: int) -> None:
        super().__init__(
            ctx, text, payments.delete_instalment, instalment_id, restorer=payments.restore
        )


# -- dialogs ----------------------------------------------------------------------------


def _money(value: float, currency: str) -> str:
    """An exact amount, grouped the user's way: "1,234,567.50 CNY"."""
    return f"{QLocale().toString(float(value), 'f', 2)} {currency}"


def _money_box(currency: str, value: float, maximum: float = 1e12) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(0.0, maximum)
    spin.setDecimals(2)
    spin.setGroupSeparatorShown(True)
    spin.setSuffix(f" {currency}")
    spin.setValue(value)
    return spin


def _today() -> date:
    return date.today()  # the user's local day, as the model's refusal reads it


class InstalmentDialog(_Form):
    """The amount and due day of an instalment, new or edited.

    While the user types, it shows the amount's share of the contract value
    and, for the plan's first instalment, the model's warning when the share
    is under the method's minimum.
    """

    def __init__(
        self,
        detail: DealDetail,
        *,
        first: bool,
        amount: float,
        due_on: date | None,
        editing: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Edit an instalment") if editing else self.tr("Add an instalment")
        super().__init__(title, "", parent)
        self.detail, self.first = detail, first
        self.amount = _money_box(detail.currency, amount)
        self.amount.setObjectName("instalment_amount")
        self.due = _date_edit(due_on or _today() + timedelta(days=30))
        self.due.setObjectName("instalment_due")
        self.share = QLabel()
        self.share.setObjectName("instalment_share")
        self.share.setWordWrap(True)
        self.form.addRow(self.tr("Amount"), self.amount)
        self.form.addRow(self.tr("Due on"), self.due)
        self.form.addRow("", self.share)
        self.amount.valueChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        super().refresh()
        d = self.detail
        share = payments.first_instalment_share(d.contract_value, d.amount, self.amount.value())
        text = ""
        if share is not None:
            text = (
                self.tr("{share:.0%} of the contract value")
                if d.contract_value
                else self.tr("{share:.0%} of the deal amount")
            ).format(share=share)
        warning = (
            payments.first_instalment_warning(d.contract_value, d.amount, self.amount.value())
            if self.first
            else None
        )
        if warning is not None:
            text = error_text(warning)
            self.share.setStyleSheet(f"color: {style.AMBER.name()};")
        else:
            self.share.setStyleSheet(f"color: {style.TEXT_2.name()};")
        self.share.setText(text)

    def valid(self) -> bool:
        return self.amount.value() > 0

    def values(self) -> tuple[float, date]:
        return self.amount.value(), from_qdate(self.due.date())


class TransferDialog(_Form):
    """One transfer received against an instalment: how much, on which day, how.

    It offers what is still due and no day after today; the model refuses
    more or later anyway.
    """

    def __init__(
        self, instalment: InstalmentItem, n: int, currency: str, parent: QWidget | None = None
    ) -> None:
        intro = self.tr("Instalment {n}: {amount}; received so far {received}, {rest} still due.")
        super().__init__(
            self.tr("Record a transfer"),
            intro.format(
                n=n,
                amount=_money(instalment.amount, currency),
                received=_money(instalment.received_amount, currency),
                rest=_money(instalment.outstanding, currency),
            ),
            parent,
        )
        self.amount = _money_box(currency, instalment.outstanding, instalment.outstanding)
        self.amount.setObjectName("transfer_amount")
        self.amount.valueChanged.connect(self.refresh)
        self.on = _date_edit(_today())
        self.on.setObjectName("transfer_on")
        self.on.setMaximumDate(to_qdate(_today()))
        self.how = QLineEdit()
        self.how.setObjectName("transfer_how")
        self.how.setMaxLength(50)
        self.how.setPlaceholderText(self.tr("Bank transfer, acceptance bill…"))
        self.form.addRow(self.tr("Received"), self.amount)
        self.form.addRow(self.tr("On"), self.on)
        self.form.addRow(self.tr("How"), self.how)
        self.refresh()

    def valid(self) -> bool:
        return self.amount.value() > 0

    def values(self) -> tuple[float, date, str]:
        return self.amount.value(), from_qdate(self.on.date()), self.how.text().strip()


def run_modal(dialog: QDialog) -> bool:
    """Show a dialog and wait: True when the user pressed OK."""
    return dialog.exec() == QDialog.DialogCode.Accepted


# -- the section --------------------------------------------------------------------------


def _label(text: str, colour: str = "", name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if colour:
        label.setStyleSheet(f"color: {colour};")
    if name:
        label.setObjectName(name)
    return label


def _tool(text: str, tip: str, name: str) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setToolTip(tip)
    button.setAutoRaise(True)
    button.setObjectName(name)
    return button


class PaymentPlan(QWidget):
    """The body of the panel's "Payment plan" section, built from one DealDetail."""

    run_dialog: ClassVar[Callable[[QDialog], bool]] = staticmethod(run_modal)
    """Opens a dialog and says whether it was accepted (tests replace it)."""

    def __init__(
        self, ctx: WorkspaceContext, detail: DealDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("paymentPlan")
        self.ctx, self.detail = ctx, detail
        d, language = detail, lang()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(_label(self._summary(), style.TEXT_2.name(), "planSummary"))
        first = d.instalments[0].amount if d.instalments else None
        warning = payments.first_instalment_warning(d.contract_value, d.amount, first)
        if warning is not None:
            box = _label("⚠ " + error_text(warning), style.AMBER.name(), "planWarning")
            box.setStyleSheet(
                f"color: {style.AMBER.name()}; background: {style.AMBER_BG.name()};"
                " border-radius: 4px; padding: 4px 6px;"
            )
            layout.addWidget(box)
        self.notice = _label("", style.RED.name(), "planNotice")
        self.notice.hide()
        layout.addWidget(self.notice)
        if not d.instalments:
            layout.addWidget(_label(self.tr("No instalments planned yet."), style.TEXT_2.name()))
        for n, item in enumerate(d.instalments, start=1):
            layout.addWidget(self._instalment(n, item, language))
        add = QPushButton(self.tr("Add instalment…"))
        add.setObjectName("add_instalment")
        add.setToolTip(self.tr("Add an instalment at the end of the plan"))
        add.clicked.connect(self.add_instalment)
        row = QHBoxLayout()
        row.setContentsMargins(0, 4, 0, 0)
        row.addWidget(add)
        row.addStretch(1)
        layout.addLayout(row)

    # -- building ------------------------------------------------------------------------

    def _summary(self) -> str:
        d, language = self.detail, lang()
        minimum = load_methodology().first_payment_min
        value = d.contract_value
        parts = [
            self.tr("Contract value {value}").format(
                value=compact_amount(value, d.currency, language) if value else self.tr("not set")
            ),
            self.tr("received {paid}").format(paid=compact_amount(d.paid, d.currency, language)),
        ]
        first = d.instalments[0].amount if d.instalments else None
        share = payments.first_instalment_share(d.contract_value, d.amount, first)
        if share is not None:
            parts.append(
                self.tr("first instalment {share:.0%} (minimum {minimum:.0%})").format(
                    share=share, minimum=minimum
                )
            )
        if d.first_payment_ratio is not None:
            parts.append(
                self.tr("first payment received {ratio:.0%}").format(ratio=d.first_payment_ratio)
            )
        return " · ".join(parts)

    def _instalment(self, n: int, item: InstalmentItem, language: str) -> QWidget:
        d = self.detail
        box = QWidget()
        box.setObjectName(f"instalment_{item.id}")
        rows = QVBoxLayout(box)
        rows.setContentsMargins(0, 2, 0, 2)
        rows.setSpacing(1)
        head = QHBoxLayout()
        due = self.tr("due {day}").format(day=item.due_on.isoformat()) if item.due_on else ""
        if item.outstanding <= 0:
            state, colour = self.tr("paid"), style.GREEN.name()
        elif item.payments:
            state = self.tr("{rest} still due").format(
                rest=compact_amount(item.outstanding, d.currency, language)
            )
            colour = style.AMBER.name()
        else:
            state, colour = self.tr("open"), style.TEXT_2.name()
        title = QLabel(
            f"<b>{n}. {compact_amount(item.amount, d.currency, language)}</b>"
            + (f"  <span style='color:{style.TEXT_2.name()}'>{due}</span>" if due else "")
            + f" — <span style='color:{colour}'>{state}</span>"
        )
        title.setWordWrap(True)
        head.addWidget(title, 1)
        pay = _tool(
            self.tr("Record transfer…"),
            self.tr("Record a transfer received against this instalment"),
            f"pay_{item.id}",
        )
        pay.setEnabled(item.outstanding > 0)
        pay.clicked.connect(lambda _c=False, i=item, k=n: self.record_transfer(i, k))
        edit = _tool(self.tr("Edit…"), self.tr("Change the amount or due day"), f"edit_{item.id}")
        edit.clicked.connect(lambda _c=False, i=item, k=n: self.edit_instalment(i, k))
        drop = _tool("✕", self.tr("Delete this instalment and its transfers"), f"drop_{item.id}")
        drop.clicked.connect(lambda _c=False, i=item, k=n: self.delete_instalment(i, k))
        for button in (pay, edit, drop):
            head.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        rows.addLayout(head)
        for p in item.payments:
            line = QHBoxLayout()
            line.setContentsMargins(18, 0, 0, 0)
            text = f"{_money(p.amount, d.currency)} · {p.received_on.isoformat()}"
            line.addWidget(_label(text + (f" · {p.how}" if p.how else ""), style.TEXT_2.name()), 1)
            remove = _tool("✕", self.tr("Delete this transfer"), f"drop_payment_{p.id}")
            remove.clicked.connect(lambda _c=False, ident=p.id: self.delete_transfer(ident))
            line.addWidget(remove)
            rows.addLayout(line)
        return box

    # -- actions ---------------------------------------------------------------------------

    def _push(self, command: ServiceCommand) -> bool:
        """Run a command as one undo step; a refusal shows here, inline."""
        refused = self.ctx.try_push(command)
        if refused is not None:
            self.notice.setText(refused)
            self.notice.show()
            return False
        self.notice.hide()
        for warning in getattr(command, "warnings", ()):
            self.ctx.hub.status.emit(error_text(warning))
        return True

    def add_instalment(self) -> bool:
        d = self.detail
        minimum = load_methodology().first_payment_min
        base = float(d.contract_value or d.amount or 0.0)
        rest = base - sum(i.amount for i in d.instalments)
        suggested = base * minimum if not d.instalments else max(0.0, rest)
        dialog = InstalmentDialog(
            d, first=not d.instalments, amount=suggested, due_on=None, parent=self
        )
        if not type(self).run_dialog(dialog):
            return False
        amount, due = dialog.values()
        text = self.tr("Add an instalment to “{deal}”").format(deal=d.name)
        return self._push(AddInstalmentCommand(self.ctx, text, d.id, amount, due))

    def edit_instalment(self, item: InstalmentItem, n: int) -> bool:
        dialog = InstalmentDialog(
            self.detail,
            first=n == 1,
            amount=item.amount,
            due_on=item.due_on,
            editing=True,
            parent=self,
        )
        if not type(self).run_dialog(dialog):
            return False
        amount, due = dialog.values()
        changed = {k: v for k, v in (("amount", amount), ("due_on", due)) if getattr(item, k) != v}
        if not changed:
            return False
        text = self.tr("Edit instalment {n} of “{deal}”").format(n=n, deal=self.detail.name)
        shown = {k: getattr(item, k) for k in changed}
        command = EditCommand(
            self.ctx, text, payments.update_instalment, item.id, changed, shown=shown
        )
        return self._push(command)

    def record_transfer(self, item: InstalmentItem, n: int) -> bool:
        dialog = TransferDialog(item, n, self.detail.currency, self)
        if not type(self).run_dialog(dialog):
            return False
        amount, on, how = dialog.values()
        text = self.tr("Record a transfer for instalment {n} of “{deal}”").format(
            n=n, deal=self.detail.name
        )
        return self._push(RecordTransferCommand(self.ctx, text, item.id, amount, on, how))

    def delete_transfer(self, payment_id: int) -> bool:
        text = self.tr("Delete a transfer of “{deal}”").format(deal=self.detail.name)
        return self._push(DeleteTransferCommand(self.ctx, text, payment_id))

    def delete_instalment(self, item: InstalmentItem, n: int) -> bool:
        text = self.tr("Delete instalment {n} of “{deal}”").format(n=n, deal=self.detail.name)
        return self._push(DeleteInstalmentCommand(self.ctx, text, item.id))
