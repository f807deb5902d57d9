"""Channel yield on the Leads page: leads → opportunities → won per channel, in a
month, quarter or year (or all time), and a sentence when channels 1–3 — the
ones the method expects to lead (CHANNEL.1..3) — do not.

The figures are :func:`model.leads.channel_yield`'s; this is only their table.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop import labels
from desktop.leads.table import channel_name, channel_short
from desktop.widgets import GuardedComboBox
from model.leads import (
    ChannelYield,
    LeadFact,
    Leading,
    Period,
    PeriodKind,
    YieldTable,
    channel_yield,
    periods,
)

Index = QModelIndex | QPersistentModelIndex


class YieldColumn(IntEnum):
    CHANNEL = 0
    LEADS = 1
    OPPORTUNITIES = 2
    OPPORTUNITY_RATE = 3
    OPPORTUNITY_AMOUNT = 4
    WON = 5
    WON_AMOUNT = 6
    WON_RATE = 7


def _percent(rate: float | None) -> str:
    return "—" if rate is None else f"{rate * 100:.0f}%"


class YieldModel(QAbstractTableModel):
    """The ten channels and a total row of one :class:`~model.leads.YieldTable`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table: YieldTable = channel_yield(())
        self.currency = ""

    def set_table(self, table: YieldTable) -> None:
        self.beginResetModel()
        self.table = table
        self.endResetModel()

    def _rows(self) -> list[ChannelYield]:
        return [*self.table.channels, self.table.total]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 11

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(YieldColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Channel"),
            self.tr("Leads"),
            self.tr("Opportunities"),
            self.tr("Lead → opportunity"),
            self.tr("Opportunity amount"),
            self.tr("Won"),
            self.tr("Won amount"),
            self.tr("Lead → won"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows()[index.row()]
        total = index.row() == 10
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == YieldColumn.CHANNEL:
                return self.tr("All channels") if total else channel_short(row.channel)
            money = self.currency
            values = {
                YieldColumn.LEADS: str(row.leads),
                YieldColumn.OPPORTUNITIES: str(row.opportunities),
                YieldColumn.OPPORTUNITY_RATE: _percent(row.opportunity_rate),
                YieldColumn.OPPORTUNITY_AMOUNT: labels.amount(row.opportunity_amount, money),
                YieldColumn.WON: str(row.won),
                YieldColumn.WON_AMOUNT: labels.amount(row.won_amount, money),
                YieldColumn.WON_RATE: _percent(row.won_rate),
            }
            return values.get(YieldColumn(column), "")
        if role == Qt.ItemDataRole.TextAlignmentRole and column != YieldColumn.CHANNEL:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == YieldColumn.CHANNEL and not total:
            tip = channel_name(row.channel)
            if row.effective:
                tip += "\n" + self.tr("One of the channels the method expects to yield most")
            return tip
        if role == Qt.ItemDataRole.FontRole and (total or row.effective):
            font = QFont()
            font.setBold(total)
            font.setItalic(row.effective and not total)
            return font
        return None


class YieldView(QWidget):
    """The period chooser, the sentence about channels 1–3 and the table."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("leadYield")
        self._facts: list[LeadFact] = []
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Leads received in")))
        self.kind = GuardedComboBox()
        self.kind.setObjectName("yieldKind")
        self.kind.addItem(self.tr("All time"), None)
        self.kind.addItem(self.tr("Month"), PeriodKind.MONTH.value)
        self.kind.addItem(self.tr("Quarter"), PeriodKind.QUARTER.value)
        self.kind.addItem(self.tr("Year"), PeriodKind.YEAR.value)
        self.period = GuardedComboBox()
        self.period.setObjectName("yieldPeriod")
        self.period.setMinimumContentsLength(10)
        bar.addWidget(self.kind)
        bar.addWidget(self.period)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.finding = QLabel()
        self.finding.setObjectName("yieldFinding")
        self.finding.setWordWrap(True)
        layout.addWidget(self.finding)
        self.model = YieldModel(self)
        self.view = QTableView()
        self.view.setObjectName("yieldTable")
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(YieldColumn.CHANNEL, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.view, 1)
        note = QLabel(
            self.tr(
                "Leads count in the period they were received; an opportunity is a lead "
                "converted into a deal, won when that deal is won (its contract value when "
                "recorded)."
            )
        )
        note.setWordWrap(True)
        note.setEnabled(False)
        layout.addWidget(note)
        self.kind.currentIndexChanged.connect(lambda _i: self._fill_periods())
        self.period.currentIndexChanged.connect(lambda _i: self.recompute())

    def set_facts(self, facts: Sequence[LeadFact], currency: str = "") -> None:
        self._facts = list(facts)
        self.model.currency = currency
        self._fill_periods()

    def _fill_periods(self) -> None:
        kind = self.kind.currentData()
        chosen = self.period.currentData()
        self.period.blockSignals(True)
        self.period.clear()
        if kind is not None:
            for period in periods(self._facts, kind):
                self.period.addItem(self._period_text(period), period.code)
            self.period.setCurrentIndex(max(0, self.period.findData(chosen)))
        self.period.setEnabled(kind is not None)
        self.period.setVisible(kind is not None)  # "All time" has no period to choose
        self.period.blockSignals(False)
        self.recompute()

    def _period_text(self, period: Period) -> str:
        if period.kind == PeriodKind.QUARTER:
            return self.tr("Q{q} {year}").format(q=period.index, year=period.year)
        return period.code

    def current_period(self) -> Period | None:
        kind = self.kind.currentData()
        code = self.period.currentData()
        if kind is None or code is None:
            return None
        return next((p for p in periods(self._facts, kind) if p.code == code), None)

    def recompute(self) -> None:
        table = channel_yield(self._facts, self.current_period())
        self.model.set_table(table)
        self.finding.setText(self.finding_text(table))

    def finding_text(self, table: YieldTable) -> str:
        """Whether channels 1–3 lead, as a sentence (the method expects them to)."""
        if table.leading == Leading.NO_LEADS:
            return self.tr("No leads were received in this period.")
        if table.leading == Leading.NONE_FROM_EFFECTIVE:
            return self.tr(
                "No lead came from channels 1–3 (repeat sales, referrals, events), which the "
                "method expects to yield most: ask existing customers for new needs and "
                "referrals, and hold or join events."
            )
        eff = _percent(table.effective.opportunity_rate)
        oth = _percent(table.others.opportunity_rate)
        if table.leading == Leading.BEHIND:
            return self.tr(
                "Channels 1–3 are not leading: {eff} of their leads became opportunities "
                "against {oth} from the other channels, although the method expects them to "
                "yield most. Look at how their leads are followed up."
            ).format(eff=eff, oth=oth)
        return self.tr(
            "Channels 1–3 lead, as the method expects: {eff} of their leads became "
            "opportunities, against {oth} from the other channels."
        ).format(eff=eff, oth=oth)
