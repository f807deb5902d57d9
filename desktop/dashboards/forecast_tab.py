"""The Dashboards page's Forecast tab: the win forecast per month or quarter.

Per period, the open deals expected to close then, stacked by forecast
category (commit, best case, pipeline), the weighted amount (each deal's
amount × the probability in force for its stage) and what was actually won —
so a team lead sees the forecast against what happened, period by period.
Below, the deals behind the figures; a manager's override shows as a mark on
the category with its note as the tooltip. "Override forecast…" and "Clear
override" change one deal, "Take snapshot" keeps what the forecast says now,
and "Snapshots and accuracy…" measures what earlier snapshots said against
what was won. Each edit is one undo step (desktop/dashboards/commands.py).

Figures come from :func:`model.forecast.win_forecast`, in the workspace's base
currency; the header names currencies left out for want of a rate.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop import labels
from desktop.board import style
from desktop.context import WorkspaceContext
from desktop.dashboards import override_dialog
from desktop.dashboards.bar_chart import BarChart, Bars, Line, Series
from desktop.dashboards.chart import ColumnFitter, open_on_board
from desktop.dashboards.commands import (
    ClearOverrideCommand,
    SetOverrideCommand,
    TakeSnapshotCommand,
)
from desktop.dashboards.override_dialog import OverrideRequest, category_label, category_tip
from desktop.models.row_table import ID_ROLE, SORT_ROLE, RowTableModel
from desktop.pages.list_editor import RowProxy
from desktop.widgets import GuardedComboBox
from model.board import member_choices
from model.forecast import ForecastDeal, WinForecast, win_forecast
from model.money import period_bounds, quarter_key

CONTEXT = "ForecastTab"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


MONTHS_BACK, MONTHS = 2, 8
"""The month view: two months gone (forecast against won) and six to come."""
QUARTERS_BACK, QUARTERS = 1, 5
"""The quarter view: the last quarter and four to come."""

CATEGORY_COLOURS = {
    "commit": "#2e7d32",
    "best_case": "#81c784",
    "pipeline": "#b0bec5",
    "won": "#1565c0",
    "weighted": "#ef6c00",
}


def first_period_start(grain: str, today: date) -> date:
    """The first day of the earliest period shown: a few periods back, to compare."""
    if grain == "quarter":
        first, _ = period_bounds(quarter_key(today))
        return months_back(first, 3 * QUARTERS_BACK)
    return months_back(date(today.year, today.month, 1), MONTHS_BACK)


def months_back(first: date, n: int) -> date:
    """The first day of the month ``n`` months before the month starting on ``first``."""
    index = first.year * 12 + first.month - 1 - n
    return date(index // 12, index % 12 + 1, 1)


def period_label(key: str) -> str:
    """ "2027-01" → "2027-01"; "2027Q1" → "2027 Q1" (plain keys read well in both languages)."""
    return key.replace("Q", " Q") if "Q" in key else key


def base_note(base: str, missing: frozenset[str]) -> str:
    """The header's sentence on money: the base currency, and what was left out."""
    text = tr("Amounts in {base}, the workspace's base currency.").format(base=base)
    if missing:
        text += " " + tr(
            "Left out for want of a rate: {codes} (set the rates in Settings)."
        ).format(codes=labels.join_list(sorted(missing)))
    return text


# -- the deals table -------------------------------------------------------------------------


@dataclass(frozen=True)
class DealLine:
    """One deal of the forecast, keyed by its id for the row table."""

    id: int
    deal: ForecastDeal


class Col:
    DEAL, ACCOUNT, OWNER, STAGE, CATEGORY, AMOUNT, BASE, PROBABILITY, WEIGHTED, CLOSE = range(10)


class ForecastDealsModel(RowTableModel[DealLine]):
    """The deals behind the forecast: category (✎ when overridden, the note as its
    tooltip), amount in the deal's currency and in base, probability, weighted, close."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.base = ""

    def column_count(self) -> int:
        return 10

    def column_titles(self) -> list[str]:
        return [
            tr("Deal"),
            tr("Account"),
            tr("Owner"),
            tr("Stage"),
            tr("Category"),
            tr("Amount"),
            tr("In {base}").format(base=self.base) if self.base else tr("In base"),
            tr("Probability"),
            tr("Weighted"),
            tr("Close"),
        ]

    def column_tips(self) -> list[str]:
        return [
            tr("The deal; double-click opens it on the board"),
            tr("The customer"),
            tr("Who owns the deal"),
            tr("The deal's stage"),
            tr("Commit, best case or pipeline: by the stage, or a manager's override (✎)"),
            tr("The amount the forecast counts, in the deal's own currency"),
            tr("The same amount in the base currency (empty: no rate for its currency)"),
            tr("The probability in force for the deal's stage"),
            tr("Amount in base × probability"),
            tr("The expected close day (a manager's override wins)"),
        ]

    def cell(self, row: DealLine, column: int, role: int) -> Any:
        d = row.deal
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(d, column)
        if role == SORT_ROLE:
            return self._sort(d, column)
        if role == ID_ROLE:
            return d.deal_id
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Col.CATEGORY:
                if d.overridden:
                    return tr("Overridden by a manager: {note}").format(note=d.note)
                return category_tip(d.category)
            if column == Col.BASE and d.base_amount is None:
                return tr("No rate for {code}: left out of the totals").format(code=d.currency)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= Col.AMOUNT:
            if column == Col.CLOSE:
                return None
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and column == Col.CATEGORY and d.overridden:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column == Col.BASE and d.base_amount is None:
            return QColor(style.RED)
        return None

    def _text(self, d: ForecastDeal, column: int) -> str:
        if column == Col.DEAL:
            return d.name
        if column == Col.ACCOUNT:
            return d.account_name
        if column == Col.OWNER:
            return d.owner_name
        if column == Col.STAGE:
            return f"{d.stage} {labels.stage_label(d.stage)}"
        if column == Col.CATEGORY:
            return category_label(d.category) + (" ✎" if d.overridden else "")
        if column == Col.AMOUNT:
            return labels.amount(d.amount, d.currency)
        if column == Col.BASE:
            return labels.amount(d.base_amount, empty="—")
        if column == Col.PROBABILITY:
            return f"{d.probability:.0%}"
        if column == Col.WEIGHTED:
            return labels.amount(d.weighted)
        if column == Col.CLOSE:
            return d.close_on.isoformat() if d.close_on else ""
        return ""

    def _sort(self, d: ForecastDeal, column: int) -> Any:
        values: list[Any] = [
            d.name,
            d.account_name,
            d.owner_name,
            d.stage,
            d.category,
            d.amount,
            d.base_amount,
            d.probability,
            d.weighted,
            d.close_on.toordinal() if d.close_on else None,
        ]
        return values[column]


# -- the chart's figures ---------------------------------------------------------------------


@dataclass(frozen=True)
class ForecastSeries:
    """What the chart draws, period by period, straight from the model's figures."""

    periods: tuple[str, ...]
    commit: tuple[float, ...]
    best_case: tuple[float, ...]
    pipeline: tuple[float, ...]
    weighted: tuple[float, ...]
    won: tuple[float, ...]
    deal_ids: tuple[tuple[int, ...], ...]


def forecast_series(forecast: WinForecast) -> ForecastSeries:
    p = forecast.periods
    return ForecastSeries(
        tuple(x.period for x in p),
        tuple(x.commit for x in p),
        tuple(x.best_case for x in p),
        tuple(x.pipeline for x in p),
        tuple(x.weighted for x in p),
        tuple(x.won for x in p),
        tuple(x.deal_ids for x in p),
    )


class DealsProxy(RowProxy):
    """The deals table's order, and the deals of a clicked bar alone when one was clicked."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.only: frozenset[int] | None = None

    def filterAcceptsRow(self, source_row: int, source_parent: Any) -> bool:
        if self.only is None:
            return True
        model = self.sourceModel()
        return model.index(source_row, 0, source_parent).data(ID_ROLE) in self.only


def category_ids(forecast: WinForecast) -> dict[tuple[str, str], tuple[int, ...]]:
    """(period, category) -> the open deals of that category expected then."""
    found: dict[tuple[str, str], list[int]] = {}
    for d in forecast.deals:
        found.setdefault((d.period, d.category), []).append(d.deal_id)
    return {k: tuple(v) for k, v in found.items()}


def won_ids(forecast: WinForecast) -> list[tuple[int, ...]]:
    """Per period, the deals behind its figures that are not open deals of the forecast: won."""
    open_ids = {d.deal_id for d in forecast.deals}
    return [tuple(i for i in p.deal_ids if i not in open_ids) for p in forecast.periods]


def forecast_bars(forecast: WinForecast, series: ForecastSeries) -> Bars:
    """Per period: commit, best case and pipeline stacked, won beside them, weighted as a
    line (drawn with QPainter: a first view of the tab imports no matplotlib)."""
    names = [period_label(p) for p in series.periods]
    ids = category_ids(forecast)
    stacked = [
        Series(
            values,
            [ids.get((p, key), ()) for p in series.periods],
            names=[f"{category_label(key)} · {n}" for n in names],
            color=CATEGORY_COLOURS[key],
            label=category_label(key),
        )
        for key, values in (
            ("commit", series.commit),
            ("best_case", series.best_case),
            ("pipeline", series.pipeline),
        )
    ]
    won = tr("Won")
    return Bars(
        names,
        [
            *stacked,
            Series(
                series.won,
                won_ids(forecast),
                names=[f"{won} · {n}" for n in names],
                color=CATEGORY_COLOURS["won"],
                label=won,
                column=1,
            ),
        ],
        stacked=True,
        width=0.76,
        value_text=labels.amount,
        grid=True,
        lines=[Line(series.weighted, CATEGORY_COLOURS["weighted"], tr("Weighted"))],
    )


# -- the tab ---------------------------------------------------------------------------------


class ForecastTab(QWidget):
    """Grain and owner, the chart of the forecast against won, the deals behind it."""

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("forecastTab")
        self.ctx = ctx
        self.forecast: WinForecast | None = None
        self.series: ForecastSeries | None = None
        self.stale = True  # read on first show; the Dashboards page refreshes it after edits
        self.today: date | None = None  # tests fix the day; None: date.today()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(tr("Per")))
        self.grain = GuardedComboBox()
        self.grain.setObjectName("forecastGrain")
        self.grain.addItem(tr("Month"), "month")
        self.grain.addItem(tr("Quarter"), "quarter")
        self.grain.setToolTip(tr("Cut the forecast into months or quarters"))
        bar.addWidget(self.grain)
        bar.addSpacing(12)
        bar.addWidget(QLabel(tr("Owner")))
        self.owner = GuardedComboBox()
        self.owner.setObjectName("forecastOwner")
        self.owner.setToolTip(tr("The whole team's forecast, or one member's deals"))
        self.owner.setMinimumContentsLength(12)
        bar.addWidget(self.owner)
        bar.addSpacing(12)
        self.header = QLabel()
        self.header.setObjectName("forecastHeader")
        self.header.setWordWrap(True)
        bar.addWidget(self.header, 1)
        self.snapshot_button = QPushButton(tr("Take snapshot"))
        self.snapshot_button.setObjectName("takeSnapshot")
        self.snapshot_button.setToolTip(
            tr("Keep what the forecast says now, to measure later how accurate it was")
        )
        self.snapshot_button.clicked.connect(lambda _c=False: self.take_snapshot())
        bar.addWidget(self.snapshot_button)
        self.accuracy_button = QPushButton(tr("Snapshots and accuracy…"))
        self.accuracy_button.setObjectName("openAccuracy")
        self.accuracy_button.setToolTip(
            tr("What each snapshot said against what was won: bias and error per period and owner")
        )
        self.accuracy_button.clicked.connect(lambda _c=False: self.open_accuracy())
        bar.addWidget(self.accuracy_button)
        layout.addLayout(bar)

        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        self.chart = self._make_chart()
        split.addWidget(self.chart)

        lower = QWidget()
        below = QVBoxLayout(lower)
        below.setContentsMargins(0, 0, 0, 0)
        line = QHBoxLayout()
        self.deals_title = QLabel()
        self.deals_title.setObjectName("forecastDealsTitle")
        line.addWidget(self.deals_title)
        self.filter_note = QLabel()
        self.filter_note.setObjectName("forecastFilterNote")
        self.filter_note.hide()
        line.addWidget(self.filter_note)
        self.show_all_button = QPushButton(tr("Show all"))
        self.show_all_button.setObjectName("forecastShowAll")
        self.show_all_button.setFlat(True)
        self.show_all_button.hide()
        self.show_all_button.clicked.connect(lambda _c=False: self.show_all())
        line.addWidget(self.show_all_button)
        line.addStretch(1)
        self.override_button = QPushButton(tr("Override forecast…"))
        self.override_button.setObjectName("overrideForecast")
        self.override_button.setToolTip(
            tr("Put the selected deal in another category, with another amount or close day")
        )
        self.override_button.clicked.connect(lambda _c=False: self.override_selected())
        line.addWidget(self.override_button)
        self.clear_button = QPushButton(tr("Clear override"))
        self.clear_button.setObjectName("clearOverride")
        self.clear_button.setToolTip(tr("Let the deal's stage decide its category again"))
        self.clear_button.clicked.connect(lambda _c=False: self.clear_selected())
        line.addWidget(self.clear_button)
        below.addLayout(line)
        self.model = ForecastDealsModel(self)
        self.proxy = self.proxy_filter = DealsProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setObjectName("forecastDeals")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Col.CLOSE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self._open_row)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        # Amounts, probabilities and days show whole at any text size; the deal and
        # account names give way (they wrap, and the board shows them whole).
        self.fitter = ColumnFitter(self.table, elastic=(Col.DEAL, Col.ACCOUNT), cap=220)
        below.addWidget(self.table, 1)
        self.empty = QLabel()
        self.empty.setObjectName("forecastEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setText(
            tr(
                "No open deal is expected to close in these periods. Give your valid "
                "opportunities (P3 and later) an expected close on the board, and they "
                "are forecast here."
            )
        )
        below.addWidget(self.empty)
        split.addWidget(lower)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([330, 300])
        layout.addWidget(split, 1)

        self._fill_owners()
        self.grain.currentIndexChanged.connect(lambda _i: self._choice_changed())
        self.owner.currentIndexChanged.connect(lambda _i: self._choice_changed())
        self._enable()

    # -- reading -----------------------------------------------------------------------------

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

    def _choice_changed(self) -> None:
        """Another grain or owner: other bars, so the table lists all its deals again."""
        self.show_all()
        self.refresh()

    def grain_key(self) -> str:
        return str(self.grain.currentData())

    def refresh(self) -> None:
        """Read the forecast again and show it."""
        self.stale = False
        self._fill_owners()
        today = self.today or date.today()
        grain = self.grain_key()
        n = QUARTERS if grain == "quarter" else MONTHS
        forecast = self.ctx.read(
            win_forecast,
            grain,
            first_period_start(grain, today),
            n,
            self.owner.currentData(),
            today,
        )
        self.forecast = forecast
        self.series = forecast_series(forecast)
        notes = [base_note(forecast.base, forecast.missing_rates)]
        if forecast.undated:
            notes.append(
                tr(
                    "{n} open deals have no expected close (listed below, not in the chart)."
                ).format(n=len(forecast.undated))
            )
        if forecast.slipped:
            notes.append(
                tr("{n} open deals were expected to close before these periods.").format(
                    n=len(forecast.slipped)
                )
            )
        self.header.setText(labels.join_sentences(notes))
        selected = self.selected_deal()
        self.model.base = forecast.base
        self.model.set_rows([DealLine(d.deal_id, d) for d in forecast.deals])
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, Col.CLOSE)
        self.fitter.fit()
        self.deals_title.setText(
            tr("{n} deals behind the forecast").format(n=len(forecast.deals))
            if forecast.deals
            else tr("Deals behind the forecast")
        )
        empty = not forecast.deals
        self.table.setVisible(not empty)
        self.empty.setVisible(empty)
        if selected is not None:
            self.select_deal(selected.deal_id)
        self._draw()
        self._enable()

    # -- the chart ---------------------------------------------------------------------------

    def _make_chart(self) -> BarChart:
        chart = BarChart(
            "forecast",
            tr(
                "Nothing to forecast yet: give open deals an expected close, "
                "and win some, to see the forecast against what was won."
            ),
        )
        chart.setObjectName("forecastChart")
        chart.dealsClicked.connect(self.show_only)
        return chart

    def _draw(self) -> None:
        series = self.series
        if series is None or not any(
            any(v) for v in (series.commit, series.best_case, series.pipeline, series.won)
        ):
            self.chart.show_empty()
            self.chart.set_title("")
            return
        forecast = self.forecast
        assert forecast is not None
        title = (
            tr("Forecast against won per quarter, in {base}")
            if self.grain_key() == "quarter"
            else tr("Forecast against won per month, in {base}")
        )
        self.chart.set_title(title.format(base=forecast.base))
        self.chart.show_bars(forecast_bars(forecast, series))

    def show_only(self, deal_ids: list[int], label: str) -> None:
        """The deals behind a clicked bar, alone in the table ("Show all" brings back the rest)."""
        self.proxy_filter.only = frozenset(deal_ids)
        self.proxy_filter.invalidate()
        self.filter_note.setText(tr("Showing the deals of {bar}.").format(bar=label))
        self.filter_note.show()
        self.show_all_button.show()

    def show_all(self) -> None:
        self.proxy_filter.only = None
        self.proxy_filter.invalidate()
        self.filter_note.hide()
        self.show_all_button.hide()

    # -- selection and edits -----------------------------------------------------------------

    def selected_deal(self) -> ForecastDeal | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        line = self.model.row_at(self.proxy.mapToSource(rows[0]).row())
        return line.deal if line is not None else None

    def select_deal(self, deal_id: int) -> bool:
        row = self.model.row_of(deal_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def _enable(self) -> None:
        deal = self.selected_deal()
        self.override_button.setEnabled(deal is not None)
        self.clear_button.setEnabled(deal is not None and deal.overridden)

    def _open_row(self, index: QModelIndex) -> None:
        line = self.model.row_at(self.proxy.mapToSource(index).row())
        if line is not None:
            open_on_board(self, line.deal.deal_id)

    def override_selected(self) -> bool:
        deal = self.selected_deal()
        if deal is None:
            return False
        values = override_dialog.decide_override(self, OverrideRequest(deal, self.today))
        if values is None:
            return False
        text = tr("Override the forecast of “{deal}”").format(deal=deal.name)
        return self.ctx.push(
            SetOverrideCommand(
                self.ctx,
                text,
                deal.deal_id,
                values.category,
                values.note,
                amount=values.amount,
                close_on=values.close_on,
            )
        )

    def clear_selected(self) -> bool:
        deal = self.selected_deal()
        if deal is None or not deal.overridden:
            return False
        text = tr("Clear the forecast override of “{deal}”").format(deal=deal.name)
        return self.ctx.push(ClearOverrideCommand(self.ctx, text, deal.deal_id))

    def take_snapshot(self) -> bool:
        done = self.ctx.push(TakeSnapshotCommand(self.ctx, tr("Take a forecast snapshot")))
        if done:
            self.ctx.hub.status.emit(tr("Forecast snapshot taken"))
        return done

    def open_accuracy(self) -> None:
        from desktop.dashboards.accuracy_dialog import open_accuracy_dialog

        open_accuracy_dialog(self.ctx, self)
