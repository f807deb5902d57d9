"""The New deal form: a short dialog that creates one deal as one undo step.

It opens from a column's "+" (preset to that stage), the board's New deal
action (Ctrl+Shift+D), the account page (preset to that account) and the
deal panel's menu (preset to the deal's account). The dialog pushes its own
command when the user confirms, so a refusal of the model — no account, no
name, a stage past the gate without a reason — shows inline and the form
stays open with what was typed. Callers go through :func:`ask_new_deal`
with a runner (``QDialog.exec`` by default) that tests replace, so they fill
and click the real form without a modal loop.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.board import style
from desktop.board.dialogs import from_qdate
from desktop.board.labels import column_title, tr
from desktop.collation import sort_by_name
from desktop.commands import CreateCommand
from desktop.context import WorkspaceContext
from desktop.i18n import lang
from desktop.labels import join_list
from desktop.widgets import GuardedComboBox, GuardedDateEdit, GuardedDoubleSpinBox
from model.board import STAGE_KEYS, account_choices, member_choices
from model.methodology import load_methodology
from model.services.deals import create_deal, delete_deal
from model.settings import get_setting

DEFAULT_STAGE = "P2"
"""Where a deal starts unless a column says otherwise: a lead being worked (as the model)."""

FORCED_FROM = 3
"""From P3 on a new deal skips a gate: its five elements are not verified yet."""

Choice = tuple[int, str]


def _name(choice: Choice) -> str:
    return choice[1]


def stage_number(stage: str) -> int:
    return int(stage[1:])


def new_deal_command(ctx: WorkspaceContext, values: dict[str, Any]) -> CreateCommand:
    """One undo step: undo deletes the deal, redo brings back the very same one."""
    text = tr("New deal “{name}”").format(name=values.get("name", ""))
    return CreateCommand(ctx, text, "deal", create_deal, delete_deal, values)


class AccountBox(GuardedComboBox):
    """An account chosen by typing part of its name; the list narrows as one types."""

    def __init__(self, accounts: Sequence[Choice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(GuardedComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        for ident, name in accounts:
            self.addItem(name, ident)
        completer = QCompleter(self.model(), self)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        line = self.lineEdit()
        assert line is not None
        line.setPlaceholderText(self.tr("Type to search the accounts"))
        self.setCurrentIndex(-1)

    def account_id(self) -> int | None:
        """The account whose name is typed in full, or None."""
        text = self.currentText().strip()
        if not text:
            return None
        n = self.findText(text, Qt.MatchFlag.MatchFixedString)  # case-insensitive, whole name
        return None if n < 0 else int(self.itemData(n))

    def set_account(self, account_id: int | None) -> None:
        self.setCurrentIndex(self.findData(account_id) if account_id is not None else -1)
        if account_id is None:
            self.setEditText("")


class NewDealDialog(QDialog):
    def __init__(
        self,
        ctx: WorkspaceContext,
        *,
        stage: str = DEFAULT_STAGE,
        account_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.deal_id: int | None = None
        self.setWindowTitle(self.tr("New deal"))
        self.setMinimumWidth(480)
        outer = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        outer.addLayout(form)

        accounts = sort_by_name(ctx.read(account_choices), _name)  # 阿里 before 张氏: pinyin
        self.account = AccountBox(accounts)
        self.account.setObjectName("new_deal_account")
        self.account.set_account(account_id)
        form.addRow(self.tr("Account"), self.account)

        self.name = QLineEdit()
        self.name.setObjectName("new_deal_name")
        self.name.setPlaceholderText(self.tr("What the customer buys, e.g. “Plant 2 MES upgrade”"))
        form.addRow(self.tr("Name"), self.name)

        self.amount = GuardedDoubleSpinBox()
        self.amount.setObjectName("new_deal_amount")
        self.amount.setRange(0.0, 1e13)
        self.amount.setDecimals(0)
        self.amount.setGroupSeparatorShown(True)
        self.amount.setButtonSymbols(GuardedDoubleSpinBox.ButtonSymbols.NoButtons)
        self.currency = QLineEdit(str(ctx.read(get_setting, "default_currency")))
        self.currency.setObjectName("new_deal_currency")
        self.currency.setValidator(
            QRegularExpressionValidator(QRegularExpression("[A-Za-z]{0,3}"), self.currency)
        )
        self.currency.setMaximumWidth(64)
        self.currency.setToolTip(self.tr("Three letters, such as CNY or USD"))
        self.currency.textEdited.connect(lambda t: self.currency.setText(t.upper()))
        money = QHBoxLayout()
        money.addWidget(self.amount, 1)
        money.addWidget(self.currency)
        form.addRow(self.tr("Amount"), money)

        self.has_close = QCheckBox()
        self.has_close.setObjectName("new_deal_has_close")
        self.has_close.setToolTip(self.tr("Leave unticked while nobody knows"))
        self.close_on = GuardedDateEdit()
        self.close_on.setObjectName("new_deal_expected_close")
        self.close_on.setCalendarPopup(True)
        self.close_on.setDisplayFormat("yyyy-MM-dd")
        soon = date.today() + timedelta(days=90)
        self.close_on.setDate(QDate(soon.year, soon.month, soon.day))
        self.close_on.setEnabled(False)
        self.has_close.toggled.connect(self.close_on.setEnabled)
        when = QHBoxLayout()
        when.addWidget(self.has_close)
        when.addWidget(self.close_on, 1)
        form.addRow(self.tr("Expected close"), when)

        self.owner = GuardedComboBox()
        self.owner.setObjectName("new_deal_owner")
        self.owner.addItem(self.tr("No owner"), None)
        for ident, member in sort_by_name(ctx.read(member_choices), _name):
            self.owner.addItem(member, ident)
        self.owner.setCurrentIndex(max(0, self.owner.findData(ctx.me)))
        form.addRow(self.tr("Owner"), self.owner)
        self._owner_chosen = False  # the user picked one: no territory suggestion over it
        self.owner.activated.connect(lambda _n: setattr(self, "_owner_chosen", True))
        self.account.currentIndexChanged.connect(lambda _n: self._suggest_owner())
        self._suggest_owner()

        self.stage = GuardedComboBox()
        self.stage.setObjectName("new_deal_stage")
        for key in STAGE_KEYS:
            self.stage.addItem(column_title(key), key)
        self.stage.setCurrentIndex(max(0, self.stage.findData(stage)))
        form.addRow(self.tr("Stage"), self.stage)

        self.gate_box = QFrame()
        self.gate_box.setObjectName("new_deal_gate")
        self.gate_box.setStyleSheet(
            f"#new_deal_gate {{ background: {style.AMBER_BG.name()}; border-radius: 6px; }}"
        )
        gate = QVBoxLayout(self.gate_box)
        gate.setContentsMargins(10, 8, 10, 8)
        self.gate_text = QLabel()
        self.gate_text.setWordWrap(True)
        gate.addWidget(self.gate_text)
        self.reason = QLineEdit()
        self.reason.setObjectName("new_deal_reason")
        self.reason.setPlaceholderText(
            self.tr("Reason for entering it here (kept in the stage history)")
        )
        gate.addWidget(self.reason)
        outer.addWidget(self.gate_box)

        self.error = QLabel()
        self.error.setObjectName("new_deal_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {style.RED.name()};")
        self.error.hide()
        outer.addWidget(self.error)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.create_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.create_button.setText(self.tr("Create deal"))
        self.create_button.setObjectName("new_deal_create")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)

        self.stage.currentIndexChanged.connect(self._stage_changed)
        self._stage_changed()
        if not accounts:
            self._show_error(
                self.tr("There are no accounts yet. Add the account on the Accounts page first.")
            )
            self.create_button.setEnabled(False)
        (self.name if account_id is not None else self.account).setFocus()

    # -- state ------------------------------------------------------------------------

    def _suggest_owner(self) -> None:
        """The member whose territory (P3.PROTECT.1) holds the account is the suggested owner."""
        from model.protection import territory_of

        account = self.account.account_id()
        found = self.ctx.read(territory_of, account) if account is not None else ()
        if found and not self._owner_chosen:
            self.owner.setCurrentIndex(max(0, self.owner.findData(found[0].member_id)))

    def forced(self) -> bool:
        return stage_number(str(self.stage.currentData())) >= FORCED_FROM

    def _stage_changed(self) -> None:
        key = str(self.stage.currentData())
        forced = self.forced()
        self.gate_box.setVisible(forced)
        if forced:
            method = load_methodology()
            elements = join_list(method.text(e.id, lang()) for e in method.five_elements)
            self.gate_text.setText(
                self.tr(
                    "{stage} is past the gate of P3: a new deal has none of the five elements "
                    "verified yet. It can only be entered here as a forced entry, with a "
                    "reason; its history says so."
                ).format(stage=column_title(key))
            )
            self.gate_text.setToolTip(self.tr("The five elements: {list}").format(list=elements))
        self.adjustSize()
        # The hint measures the wrapped text at its own, narrower width; at the width the
        # dialog gets it needs fewer lines, and the rest would stay an empty band (in Chinese).
        if self.hasHeightForWidth():
            self.resize(self.width(), self.heightForWidth(self.width()))

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            "account_id": self.account.account_id(),
            "name": self.name.text().strip(),
            "amount": self.amount.value(),
            "currency": self.currency.text().strip().upper(),
            "expected_close": from_qdate(self.close_on.date())
            if self.has_close.isChecked()
            else None,
            "owner_id": self.owner.currentData(),
            "stage": str(self.stage.currentData()),
        }
        if self.forced():
            values["force"] = True
            values["reason"] = self.reason.text().strip()
        return values

    # -- creating -----------------------------------------------------------------------

    def accept(self) -> None:
        """Create the deal; a refusal stays in the form, next to what was typed."""
        if self.account.account_id() is None and self.account.currentText().strip():
            self._show_error(
                self.tr("No account is called “{name}”. Choose one from the list.").format(
                    name=self.account.currentText().strip()
                )
            )
            self.account.setFocus()
            return
        command = new_deal_command(self.ctx, self.values())
        problem = self.ctx.try_push(command)
        if problem is not None:
            self._show_error(problem)
            return
        self.deal_id = command.ident
        super().accept()


DialogRunner = Callable[[NewDealDialog], int]
"""Shows the dialog and returns its result; tests fill and click it instead."""


def exec_dialog(dialog: NewDealDialog) -> int:
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    return dialog.exec()


def ask_new_deal(
    ctx: WorkspaceContext,
    parent: QWidget | None,
    *,
    stage: str = DEFAULT_STAGE,
    account_id: int | None = None,
    runner: DialogRunner = exec_dialog,
) -> int | None:
    """Open the New deal form; the id of the deal it created, or None when cancelled."""
    dialog = NewDealDialog(ctx, stage=stage, account_id=account_id, parent=parent)
    try:
        runner(dialog)
        return dialog.deal_id
    finally:
        dialog.deleteLater()
