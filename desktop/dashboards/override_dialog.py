"""The "Override forecast…" dialog: a manager's call on one deal's forecast.

The stage gives each open deal a forecast category (P6–P7 commit, P5 best
case, P3–P4 pipeline, P1–P2 left out). A manager who knows better puts the
deal in another category, and may say another amount or close day; the note
saying why is required, so the next review can judge the call. The dialog
only collects the values; the Forecast tab pushes one undo step
(:class:`~desktop.dashboards.commands.SetOverrideCommand`).

Tests fill the real dialog through :data:`decide_override`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop import labels
from desktop.board.dialogs import from_qdate
from desktop.widgets import GuardedComboBox, GuardedDateEdit, GuardedDoubleSpinBox
from model.forecast import CATEGORIES, ForecastDeal, default_category

CONTEXT = "Forecast"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def category_label(category: str) -> str:
    """The forecast category in the interface language."""
    names = {
        "commit": tr("Commit"),
        "best_case": tr("Best case"),
        "pipeline": tr("Pipeline"),
        "omitted": tr("Left out"),
    }
    return names.get(category, category)


def category_tip(category: str) -> str:
    tips = {
        "commit": tr("Counted on to close in the period (by default P6 and P7)"),
        "best_case": tr("Could close in the period if things go well (by default P5)"),
        "pipeline": tr("Valid opportunities still being worked (by default P3 and P4)"),
        "omitted": tr("Not counted in the forecast (by default P1 and P2)"),
    }
    return tips.get(category, "")


@dataclass(frozen=True)
class OverrideRequest:
    """The deal as the forecast shows it now, and the local day."""

    deal: ForecastDeal
    today: date | None = None


@dataclass(frozen=True)
class OverrideValues:
    category: str
    note: str
    amount: float | None = None  # in the deal's own currency; None keeps the deal's
    close_on: date | None = None  # None keeps the deal's expected close


class OverrideDialog(QDialog):
    """Category, optional amount and close day, and the note that says why (required)."""

    def __init__(self, request: OverrideRequest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        deal = request.deal
        today = request.today or date.today()
        self.setObjectName("overrideDialog")
        self.setWindowTitle(tr("Override forecast"))
        layout = QVBoxLayout(self)
        stage = labels.stage_label(deal.stage)
        intro = QLabel(
            tr(
                "{deal} ({account}), {stage}: by its stage the forecast puts it in "
                "“{category}”. Say how you see it and why."
            ).format(
                deal=deal.name,
                account=deal.account_name,
                stage=f"{deal.stage} {stage}",
                category=category_label(default_category(deal.stage)),
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.category = GuardedComboBox()
        self.category.setObjectName("overrideCategory")
        for n, key in enumerate(CATEGORIES):
            self.category.addItem(category_label(key), key)
            self.category.setItemData(n, category_tip(key), Qt.ItemDataRole.ToolTipRole)
        self.category.setCurrentIndex(max(0, self.category.findData(deal.category)))
        form.addRow(tr("Category"), self.category)

        self.has_amount = QCheckBox()
        self.has_amount.setObjectName("overrideHasAmount")
        self.has_amount.setToolTip(tr("Leave unticked to keep the deal's own amount"))
        self.amount = GuardedDoubleSpinBox()
        self.amount.setObjectName("overrideAmount")
        self.amount.setRange(0, 1e13)
        self.amount.setDecimals(2)
        self.amount.setGroupSeparatorShown(True)
        self.amount.setSuffix(f" {deal.currency}" if deal.currency else "")
        self.amount.setValue(deal.amount)
        self.amount.setEnabled(False)
        self.has_amount.toggled.connect(self.amount.setEnabled)
        line = QHBoxLayout()
        line.addWidget(self.has_amount)
        line.addWidget(self.amount, 1)
        form.addRow(tr("Another amount"), line)

        self.has_close = QCheckBox()
        self.has_close.setObjectName("overrideHasClose")
        self.has_close.setToolTip(tr("Leave unticked to keep the deal's expected close"))
        self.close_on = GuardedDateEdit()
        self.close_on.setObjectName("overrideClose")
        self.close_on.setCalendarPopup(True)
        self.close_on.setDisplayFormat("yyyy-MM-dd")
        day = deal.close_on or today + timedelta(days=30)
        self.close_on.setDate(QDate(day.year, day.month, day.day))
        self.close_on.setEnabled(False)
        self.has_close.toggled.connect(self.close_on.setEnabled)
        line = QHBoxLayout()
        line.addWidget(self.has_close)
        line.addWidget(self.close_on, 1)
        form.addRow(tr("Another close day"), line)

        self.note = QPlainTextEdit()
        self.note.setObjectName("overrideNote")
        self.note.setPlaceholderText(
            tr("Why: what you know that the stage does not show (required)")
        )
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 4 + 12)
        if deal.overridden:
            self.note.setPlainText(deal.note)
        form.addRow(tr("Note"), self.note)
        layout.addLayout(form)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(tr("Override"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.note.textChanged.connect(self._check)
        self._check()
        self.resize(max(self.sizeHint().width(), 460), self.sizeHint().height())

    def _check(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.note.toPlainText().strip()))
        ok.setToolTip("" if ok.isEnabled() else tr("Write a note saying why"))

    def values(self) -> OverrideValues:
        return OverrideValues(
            category=str(self.category.currentData()),
            note=self.note.toPlainText().strip(),
            amount=self.amount.value() if self.has_amount.isChecked() else None,
            close_on=from_qdate(self.close_on.date()) if self.has_close.isChecked() else None,
        )


OverrideDecider = Callable[[QWidget | None, OverrideRequest], OverrideValues | None]


def ask_override(parent: QWidget | None, request: OverrideRequest) -> OverrideValues | None:
    """Open the dialog and wait; None when the user cancels."""
    dialog = OverrideDialog(request, parent)
    try:
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


decide_override: OverrideDecider = ask_override
"""How the Forecast tab asks for an override; tests replace it and never block."""
