"""The Dashboards page's Cash tab: the payment-collection (回款) forecast per month.

Per month, stacked: what was received (payments booked), what won deals'
instalment plans have due, and what open deals are expected to pay, weighted
by the probability in force (their plan, or the method's first payment at the
expected close and the rest later: :func:`model.forecast.cash_forecast`).
Beside the chart the same figures as a table; below, the overdue instalments
(due before today and not fully received), most late first — a double-click
opens the deal on the board. Amounts are in the workspace's base currency;
the header names currencies left out for want of a rate.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop import labels
from desktop.board import style
from desktop.context import WorkspaceContext
from desktop.dashboards.bar_chart import BarChart, Bars, Series
from desktop.dashboards.chart import ColumnFitter, DealList, open_on_board
from desktop.dashboards.forecast_tab import base_note, months_back
from desktop.models.row_table import ID_ROLE, SORT_ROLE, RowTableModel
from desktop.pages.list_editor import RowProxy
from desktop.widgets import GuardedComboBox
from model.board import member_choices
from model.forecast import CashForecast, CashMonth, OverdueInstalment, cash_forecast

CONTEXT = "CashTab"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


MONTHS_BACK, MONTHS = 3, 12
"""Three months gone (what was received) and nine to come."""

COLOURS = {"received": "#1565c0", "due_won": "#2e7d32", "expected_open": "#b0bec5"}

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class MonthLine:
    id: int  # the row's place (months have no id)
    month: CashMonth


class MonthsModel(RowTableModel[MonthLine]):
    """Month, received, due from won deals, expected from open deals (weighted), total."""

    def column_count(self) -> int:
        return 5

    def column_titles(self) -> list[str]:
        return [tr("Month"), tr("Received"), tr("Due (won)"), tr("Expected (open)"), tr("Total")]

    def column_tips(self) -> list[str]:
        return [
            "",
            tr("Payments received in the month"),
            tr("Instalments of won deals due in the month, not yet received"),
            tr("What open deals are expected to pay, weighted by their stage's probability"),
            tr("Received + due + expected"),
        ]

    def cell(self, row: MonthLine, column: int, role: int) -> Any:
        m = row.month
        values = [m.received, m.due_won, m.expected_open, m.received + m.due_won + m.expected_open]
        if role == Qt.ItemDataRole.DisplayRole:
            return m.period if column == 0 else labels.amount(values[column - 1])
        if role == SORT_ROLE:
            return m.period if column == 0 else values[column - 1]
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return RIGHT
        return None


@dataclass(frozen=True)
class OverdueLine:
    id: int  # the instalment's id
    item: OverdueInstalment


class OverdueModel(RowTableModel[OverdueLine]):
    """Overdue instalments: deal, account, which instalment, due day, outstanding, days late."""

    def column_count(self) -> int:
        return 6

    def column_titles(self) -> list[str]:
        return [
            tr("Deal"),
            tr("Account"),
            tr("Instalment"),
            tr("Due"),
            tr("Outstanding"),
            tr("Days late"),
        ]

    def column_tips(self) -> list[str]:
        return [
            tr("Double-click opens the deal on the board"),
            "",
            tr("The instalment's place in the deal's payment plan"),
            "",
            tr("What is still to be received, in the deal's currency"),
            "",
        ]

    def cell(self, row: OverdueLine, column: int, role: int) -> Any:
        o = row.item
        if role == Qt.ItemDataRole.DisplayRole:
            own = labels.amount(o.own_outstanding, o.currency) if o.currency else ""
            values = [
                o.deal_name,
                o.account_name,
                tr("No. {seq}").format(seq=o.seq),
                o.due_on.isoformat(),
                own or labels.amount(o.outstanding),
                str(o.days_late),
            ]
            return values[column]
        if role == SORT_ROLE:
            return [
                o.deal_name,
                o.account_name,
                o.seq,
                o.due_on.toordinal(),
                o.outstanding,
                o.days_late,
            ][column]
        if role == ID_ROLE:
            return o.deal_id
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 4:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and column == 5:
            return QColor(style.RED)
        if role == Qt.ItemDataRole.ToolTipRole and column == 4 and o.currency:
            return tr("{amount} in the base currency").format(amount=labels.amount(o.outstanding))
        return None


def _table(model: RowTableModel[Any], parent: QObject, name: str) -> tuple[QTableView, RowProxy]:
    proxy = RowProxy(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view = QTableView()
    view.setObjectName(name)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    return view, proxy


@dataclass(frozen=True)
class CashSeries:
    """What the chart draws, month by month, straight from the model's figures."""

    months: tuple[str, ...]
    received: tuple[float, ...]
    due_won: tuple[float, ...]
    expected_open: tuple[float, ...]
    deal_ids: tuple[tuple[int, ...], ...]


def cash_series(cash: CashForecast) -> CashSeries:
    m = cash.months
    return CashSeries(
        tuple(x.period for x in m),
        tuple(x.received for x in m),
        tuple(x.due_won for x in m),
        tuple(x.expected_open for x in m),
        tuple(x.deal_ids for x in m),
    )


def cash_bars(series: CashSeries) -> Bars:
    """Received, due from won deals and expected from open deals, stacked per month
    (drawn with QPainter: a first view of the tab imports no matplotlib)."""
    names = list(series.months)
    return Bars(
        names,
        [
            Series(
                values,
                series.deal_ids,
                names=[f"{title} · {n}" for n in names],
                color=COLOURS[key],
                label=title,
            )
            for key, title, values in (
                ("received", tr("Received"), series.received),
                ("due_won", tr("Due (won)"), series.due_won),
                ("expected_open", tr("Expected (open, weighted)"), series.expected_open),
            )
        ],
        stacked=True,
        value_text=labels.amount,
        grid=True,
    )


class CashTab(QWidget):
    """Owner filter, the monthly cash chart and table, and the overdue instalments."""

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cashTab")
        self.ctx = ctx
        self.cash: CashForecast | None = None
        self.series: CashSeries | None = None
        self.stale = True  # read on first show; the Dashboards page refreshes it after edits
        self.today: date | None = None  # tests fix the day; None: date.today()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(tr("Owner")))
        self.owner = GuardedComboBox()
        self.owner.setObjectName("cashOwner")
        self.owner.setToolTip(tr("The whole team's cash, or one member's deals"))
        self.owner.setMinimumContentsLength(12)
        bar.addWidget(self.owner)
        bar.addSpacing(12)
        self.header = QLabel()
        self.header.setObjectName("cashHeader")
        self.header.setWordWrap(True)
        bar.addWidget(self.header, 1)
        layout.addLayout(bar)

        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        top = QSplitter(Qt.Orientation.Horizontal)
        top.setChildrenCollapsible(False)
        self.chart = BarChart(
            "cash",
            tr(
                "No payments expected yet: give won deals a payment plan, and open "
                "deals an amount and an expected close, to see the cash forecast."
            ),
        )
        self.chart.setObjectName("cashChart")
        self.chart.dealsClicked.connect(self.show_deals)
        top.addWidget(self.chart)
        self.months = MonthsModel(self)
        self.months_view, self.months_proxy = _table(self.months, self, "cashMonths")
        top.addWidget(self.months_view)
        top.setStretchFactor(0, 3)
        top.setStretchFactor(1, 2)
        split.addWidget(top)

        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.setChildrenCollapsible(False)
        lower = QWidget()
        below = QVBoxLayout(lower)
        below.setContentsMargins(0, 0, 0, 0)
        self.overdue_title = QLabel()
        self.overdue_title.setObjectName("overdueTitle")
        below.addWidget(self.overdue_title)
        self.overdue = OverdueModel(self)
        self.overdue_view, self.overdue_proxy = _table(self.overdue, self, "overdueInstalments")
        self.overdue_view.setToolTip(tr("Double-click an instalment to open its deal"))
        self.overdue_view.doubleClicked.connect(self._open_overdue)
        below.addWidget(self.overdue_view, 1)
        bottom.addWidget(lower)
        self.deal_list = DealList(ctx.read)
        self.deal_list.setObjectName("cashDeals")
        self.deal_list.dealOpened.connect(lambda deal_id: open_on_board(self, deal_id))
        bottom.addWidget(self.deal_list)
        bottom.setStretchFactor(0, 3)
        bottom.setStretchFactor(1, 2)
        split.addWidget(bottom)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([380, 240])
        top.setSizes([720, 400])
        bottom.setSizes([720, 400])
        layout.addWidget(split, 1)
        self.months_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.overdue_view.sortByColumn(5, Qt.SortOrder.DescendingOrder)
        # Months and amounts show whole at 1366x768, at any text size: the table takes
        # room from the chart; the overdue deal and account names give way to the dates.
        self.months_fit = ColumnFitter(self.months_view, most=0.5)
        self.overdue_fit = ColumnFitter(self.overdue_view, elastic=(0, 1), cap=170)

        self._fill_owners()
        self.owner.currentIndexChanged.connect(lambda _i: self.refresh())

    def _fill_owners(self) -> None:
        current = self.owner.currentData()
        self.owner.blockSignals(True)
        self.owner.clear()
        self.owner.addItem(tr("Everyone"), None)
        for ident, name in self.ctx.read(member_choices):
            self.owner.addItem(name, ident)
        self.owner.setCurrentIndex(max(0, self.owner.findData(current)))
        self.owner.blockSignals(False)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.stale:
            self.refresh()

    def refresh(self) -> None:
        self.stale = False
        self._fill_owners()
        today = self.today or date.today()
        start = months_back(date(today.year, today.month, 1), MONTHS_BACK)
        cash = self.ctx.read(cash_forecast, start, MONTHS, self.owner.currentData(), today)
        self.cash = cash
        self.series = cash_series(cash)
        self.header.setText(base_note(cash.base, cash.missing_rates))
        self.months.set_rows([MonthLine(n, m) for n, m in enumerate(cash.months)])
        self.months_fit.fit()
        self.overdue.set_rows([OverdueLine(o.instalment_id, o) for o in cash.overdue])
        self.overdue_fit.fit()
        if cash.overdue:
            self.overdue_title.setText(
                tr("Overdue instalments: {n}, {total} outstanding").format(
                    n=len(cash.overdue),
                    total=labels.amount(sum(o.outstanding for o in cash.overdue)),
                )
            )
        else:
            self.overdue_title.setText(tr("No instalment is overdue."))
        series = self.series
        if not any(any(v) for v in (series.received, series.due_won, series.expected_open)):
            self.chart.show_empty()
            self.chart.set_title("")
        else:
            self.chart.set_title(tr("Cash per month, in {base}").format(base=cash.base))
            self.chart.show_bars(cash_bars(series))

    def show_deals(self, deal_ids: list[int], label: str) -> None:
        """A clicked bar: the deals behind its month, listed beside the overdue ones."""
        self.deal_list.show_deals(deal_ids, label)

    def _open_overdue(self, index: QModelIndex) -> None:
        line = self.overdue.row_at(self.overdue_proxy.mapToSource(index).row())
        if line is not None:
            open_on_board(self, line.item.deal_id)
