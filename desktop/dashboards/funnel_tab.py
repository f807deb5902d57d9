"""The Funnel tab: how deals move through P1–P7, from the stage history.

Filters (the period the deals entered the funnel in, owner, industry, region,
lead channel) narrow :func:`model.funnel.funnel_report`; three charts show
the deals that entered each stage, the conversion rate of each stage and the
time spent in it (mean and median days); a line gives the win rate and the
cycle length. The table below holds the same figures with the probability in
force per stage, where it comes from and how many closed deals it rests on.

Grouped by a dimension (month, quarter, year, owner, industry, region,
channel), a fourth chart compares the win rate of each group and the table
lists the groups. A click on a bar or a row lists its deals beside the table;
a double-click opens one on the board.

The tab is what the Dashboards page shows first, and its charts are plain bars:
they are drawn with QPainter (desktop/dashboards/bar_chart.py), not matplotlib,
whose import alone cost half a second of the page's first view.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QModelIndex, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop import labels
from desktop.context import WorkspaceContext
from desktop.dashboards.bar_chart import BarChart, Bars, Series
from desktop.dashboards.chart import (
    PALETTE,
    DealList,
    FiguresModel,
    days,
    figures_table,
    fit_columns,
    give_room,
    keep_room,
    open_on_board,
    percent,
    source_row,
)
from desktop.widgets import GuardedComboBox, GuardedDateEdit
from model.funnel import (
    FunnelFilter,
    FunnelGroup,
    FunnelReport,
    StageProbability,
    funnel_by,
    funnel_report,
    probabilities_in_force,
)
from model.protection import territory_choices

CONTEXT = "FunnelTab"
NO_DAY = QDate(2000, 1, 1)
"""A date edit at this day means "no bound" (shown as its special text)."""

REGION_DEPTH = 2
"""Regions offered down to this level (province, city)."""

FIGURES_ROOM = 0.82
"""The most of the row the stage figures take from the deals listed beside them."""

DIMENSIONS = ("", "month", "quarter", "year", "owner", "industry", "region", "channel")


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def dimension_noun(key: str) -> str:
    """The dimension as a column title ("Owner")."""
    return {
        "month": tr("Month"),
        "quarter": tr("Quarter"),
        "year": tr("Year"),
        "owner": tr("Owner"),
        "industry": tr("Industry"),
        "region": tr("Region"),
        "channel": tr("Lead channel"),
    }.get(key, "")


def dimension_label(key: str) -> str:
    return {
        "": tr("No grouping"),
        "month": tr("By month"),
        "quarter": tr("By quarter"),
        "year": tr("By year"),
        "owner": tr("By owner"),
        "industry": tr("By industry"),
        "region": tr("By region"),
        "channel": tr("By lead channel"),
    }[key]


def source_label(source: str) -> str:
    return {
        "learned": tr("learned"),
        "method": tr("method"),
        "manual": tr("set by hand"),
    }.get(source, source)


def stage_tick(stage: str) -> str:
    """ "P3 Opportunity": the stage's ID and short name, for an axis."""
    name = labels.stage_label(stage)
    return f"{stage} {name}" if name and name != stage else stage


def _date_edit() -> GuardedDateEdit:
    edit = GuardedDateEdit()
    edit.setCalendarPopup(True)
    edit.setMinimumDate(NO_DAY)
    edit.setSpecialValueText(tr("any"))
    edit.setDate(NO_DAY)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def _day(edit: GuardedDateEdit) -> date | None:
    value = edit.date()
    if value == NO_DAY:
        return None
    return date(value.year(), value.month(), value.day())


class FunnelTab(QWidget):
    """Conversion, time in stage, win rate and cycle length, filtered and grouped."""

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.report: FunnelReport | None = None
        self.groups: list[FunnelGroup] = []
        self.probabilities: dict[str, StageProbability] = {}
        self._filling = False

        # -- filters --
        self.start = _date_edit()
        self.end = _date_edit()
        self.start.setToolTip(tr("Deals that entered the funnel on or after this day"))
        self.end.setToolTip(tr("Deals that entered the funnel on or before this day"))
        self.owner = GuardedComboBox()
        self.industry = GuardedComboBox()
        self.region = GuardedComboBox()
        self.channel = GuardedComboBox()
        self.dimension = GuardedComboBox()
        for key in DIMENSIONS:
            self.dimension.addItem(dimension_label(key), key)
        self._fill_choices()
        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        for text, widget in (
            (tr("From"), self.start),
            (tr("To"), self.end),
            (None, self.owner),
            (None, self.industry),
            (None, self.region),
        ):
            if text:
                label = QLabel(text)
                label.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
                filters.addWidget(label)
            filters.addWidget(widget)
        filters.addStretch(1)
        for edit in (self.start, self.end):
            edit.dateChanged.connect(self._filters_changed)
        for combo in (self.owner, self.industry, self.region, self.channel, self.dimension):
            combo.currentIndexChanged.connect(self._filters_changed)
            combo.setSizeAdjustPolicy(
                GuardedComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(10)
        for combo in (self.channel, self.dimension):  # beside a wrapping summary: room to spare
            combo.setSizeAdjustPolicy(GuardedComboBox.SizeAdjustPolicy.AdjustToContents)

        self.summary = QLabel()
        self.summary.setObjectName("funnelSummary")
        self.summary.setWordWrap(True)
        summary = QHBoxLayout()
        summary.setContentsMargins(0, 0, 0, 0)
        summary.addWidget(self.summary, 1)
        summary.addWidget(self.channel)
        summary.addWidget(self.dimension)
        self.dimension.setToolTip(tr("Compare the win rate and cycle of groups of deals"))

        # -- charts --
        self.funnel_chart = BarChart(
            "funnel",
            tr("No deal entered the funnel in this period. Add deals on the funnel board."),
        )
        self.funnel_chart.set_title(tr("Deals that entered each stage"))
        self.conversion_chart = BarChart(
            "conversion",
            tr("No deal entered the funnel in this period. Add deals on the funnel board."),
        )
        self.conversion_chart.set_title(tr("Conversion rate per stage"))
        self.time_chart = BarChart(
            "time-in-stage",
            tr("Move deals on the funnel board to see how long they stay in each stage."),
        )
        self.time_chart.set_title(tr("Days in stage (mean and median)"))
        self.group_chart = BarChart(
            "win-rate-by-group", tr("Close some deals to see the win rate per group.")
        )
        self.charts = (self.funnel_chart, self.conversion_chart, self.time_chart, self.group_chart)
        charts = QHBoxLayout()
        charts.setContentsMargins(0, 0, 0, 0)
        for chart in self.charts:
            charts.addWidget(chart, 1)
            chart.dealsClicked.connect(self._deals_clicked)
        self.group_chart.hide()
        charts_box = QWidget()
        charts_box.setLayout(charts)

        # -- the figures and the deals behind one --
        self.table_model = FiguresModel(self)
        self.table = figures_table("funnelFigures", self.table_model)
        # The stage figures show whole (the probability column is wide); the deals beside
        # them elide their names, and the splitter can be dragged.
        keep_room(self.table, FIGURES_ROOM)
        self.table.clicked.connect(self._row_clicked)
        self.deals = DealList(ctx.read)
        self.deals.dealOpened.connect(lambda deal_id: open_on_board(self, deal_id))
        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.setChildrenCollapsible(False)
        bottom.addWidget(self.table)
        bottom.addWidget(self.deals)
        bottom.setStretchFactor(0, 3)
        bottom.setStretchFactor(1, 2)
        body = QSplitter(Qt.Orientation.Vertical)
        body.setChildrenCollapsible(False)
        body.addWidget(charts_box)
        body.addWidget(bottom)
        body.setSizes([3000, 2200])  # in proportion: the charts a little taller
        bottom.setSizes([6500, 3500])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(filters)
        layout.addLayout(summary)
        layout.addWidget(body, 1)
        self.refresh(choices=False)  # the choices were filled above

    # -- reading ----------------------------------------------------------------------

    def _fill_choices(self) -> None:
        """The owners, industries, regions and channels to filter by."""
        self._filling = True
        try:
            # The accounts' industries and regions (every deal's come from its account),
            # read from the accounts: reading 20,000 deals for them cost half a second.
            options = self.ctx.read(territory_choices)
            regions = [r for r in options.regions if r.count("/") < REGION_DEPTH]
            for combo, first, items in (
                (self.owner, tr("All owners"), list(options.members)),
                (self.industry, tr("All industries"), [(i, i) for i in options.industries]),
                (self.region, tr("All regions"), [(r, r) for r in regions]),
                (
                    self.channel,
                    tr("All lead channels"),
                    [(n, _channel_short(n)) for n in range(1, 11)],
                ),
            ):
                chosen = combo.currentData()
                combo.clear()
                combo.addItem(first, None)
                for value, text in items:
                    combo.addItem(text, value)
                found = combo.findData(chosen)
                combo.setCurrentIndex(max(0, found))
        finally:
            self._filling = False

    def filter(self) -> FunnelFilter:
        return FunnelFilter(
            start=_day(self.start),
            end=_day(self.end),
            owner_id=self.owner.currentData(),
            industry=self.industry.currentData(),
            region=self.region.currentData(),
            channel=self.channel.currentData(),
        )

    def dimension_key(self) -> str:
        return str(self.dimension.currentData() or "")

    def _filters_changed(self, *_args: object) -> None:
        if not self._filling:
            self.refresh(choices=False)

    def refresh(self, choices: bool = True) -> None:
        """Read the figures for the filters and draw them."""
        if choices:
            self._fill_choices()
        filt = self.filter()
        self.report = self.ctx.read(funnel_report, filt)
        self.probabilities = self.ctx.read(probabilities_in_force)
        key = self.dimension_key()
        self.groups = self.ctx.read(funnel_by, key, filt) if key else []
        self._show()

    # -- drawing ----------------------------------------------------------------------

    def _show(self) -> None:
        report = self.report
        assert report is not None
        self.summary.setText(self._summary_text(report))
        entered = any(f.entered for f in report.flows)
        if entered:
            self._draw_funnel()
            self._draw_conversion()
        else:
            self.funnel_chart.show_empty()
            self.conversion_chart.show_empty()
        if any(t.n for t in report.times):
            self._draw_times()
        else:
            self.time_chart.show_empty()
        grouped = bool(self.dimension_key())
        # Three charts side by side at most: grouped, the groups' win rates take
        # the place of the days in stage (the table then lists the groups).
        self.group_chart.setVisible(grouped)
        self.time_chart.setVisible(not grouped)
        if grouped:
            self.group_chart.set_title(
                tr("Win rate — {grouping}").format(grouping=dimension_label(self.dimension_key()))
            )
            if any(g.report.closed for g in self.groups):
                self._draw_groups()
            else:
                self.group_chart.show_empty()
            self._fill_group_table()
        else:
            self._fill_stage_table(report)
        fit_columns(self.table)
        give_room(self.table, FIGURES_ROOM)
        self.deals.clear()

    def _summary_text(self, report: FunnelReport) -> str:
        if report.closed == 0:
            return tr("No deal closed yet with these filters: win rate and cycle length follow.")
        win = percent(report.win_rate)[0]
        if report.cycle_mean_days is None:
            return tr(
                "Win rate {win} ({won} won of {closed} closed) · cycle length: none measured "
                "yet (a won deal whose stage history starts in this workspace)"
            ).format(win=win, won=report.won, closed=report.closed)
        cycle_mean = days(report.cycle_mean_days)[0]
        cycle_median = days(report.cycle_median_days)[0]
        return tr(
            "Win rate {win} ({won} won of {closed} closed) · cycle from first stage to won: "
            "mean {mean} days, median {median} days"
        ).format(
            win=win, won=report.won, closed=report.closed, mean=cycle_mean, median=cycle_median
        )

    def chart_stages(self) -> list[str]:
        assert self.report is not None
        return [f.stage for f in self.report.flows]

    def _draw_funnel(self) -> None:
        assert self.report is not None
        flows = self.report.flows
        self.funnel_chart.show_bars(
            Bars(
                [stage_tick(f.stage) for f in flows],
                [
                    Series(
                        [f.entered for f in flows],
                        [f.deal_ids for f in flows],
                        names=[f.stage for f in flows],
                        texts=[str(f.entered) for f in flows],
                    )
                ],
                horizontal=True,  # P1 at the top, as a funnel
                axis_label=tr("deals"),
            )
        )

    def _draw_conversion(self) -> None:
        assert self.report is not None
        flows = [f for f in self.report.flows if f.stage != "P7"]
        self.conversion_chart.show_bars(
            Bars(
                [f.stage for f in flows],
                [
                    Series(
                        [(f.rate or 0.0) * 100 for f in flows],
                        [f.deal_ids for f in flows],
                        texts=[percent(f.rate)[0] for f in flows],
                        color=PALETTE[2],
                    )
                ],
                axis_label=tr("% moved on"),
                limit=110,
                small_texts=True,
            )
        )

    def _draw_times(self) -> None:
        assert self.report is not None
        times = [t for t in self.report.times if t.stage != "P7"]
        ids = [t.deal_ids for t in times]
        self.time_chart.show_bars(
            Bars(
                [t.stage for t in times],
                [
                    Series(
                        [t.mean_days or 0.0 for t in times], ids, label=tr("mean"), color=PALETTE[0]
                    ),
                    Series(
                        [t.median_days or 0.0 for t in times],
                        ids,
                        label=tr("median"),
                        color=PALETTE[1],
                    ),
                ],
                axis_label=tr("days"),
                width=0.8,
            )
        )

    def _draw_groups(self) -> None:
        groups = [g for g in self.groups if g.report.closed]
        self.group_chart.show_bars(
            Bars(
                [g.label for g in groups],
                [
                    Series(
                        [(g.report.win_rate or 0.0) * 100 for g in groups],
                        [g.report.won_ids + g.report.lost_ids for g in groups],
                        texts=[
                            f"{percent(g.report.win_rate)[0]} ({g.report.closed})" for g in groups
                        ],
                        color=PALETTE[4],
                    )
                ],
                horizontal=True,
                axis_label=tr("% won (closed deals)"),
                limit=130,
                ticks=[0, 50, 100],
                small_axis_label=True,
            )
        )

    # -- the table --------------------------------------------------------------------

    def stage_titles(self) -> list[str]:
        return [
            tr("Stage"),
            tr("Entered"),
            tr("Moved on"),
            tr("Lost"),
            tr("Conversion"),
            tr("Mean days"),
            tr("Median days"),
            tr("Probability"),
        ]

    def _fill_stage_table(self, report: FunnelReport) -> None:
        times = {t.stage: t for t in report.times}
        rows: list[list[Any]] = []
        ids: list[Sequence[int]] = []
        for flow in report.flows:
            time = times.get(flow.stage)
            prob = self.probabilities.get(flow.stage)
            rows.append(
                [
                    (stage_tick(flow.stage), flow.stage),
                    flow.entered,
                    flow.advanced,
                    flow.lost,
                    percent(flow.rate),
                    days(time.mean_days if time else None),
                    days(time.median_days if time else None),
                    (
                        tr("{p} · {source} ({n})").format(
                            p=percent(prob.probability)[0],
                            source=source_label(prob.source),
                            n=prob.deals,
                        )
                        if prob is not None
                        else "–",
                        prob.probability if prob is not None else -1.0,
                    ),
                ]
            )
            ids.append(flow.deal_ids)
        self.table_model.set_rows(self.stage_titles(), rows, ids)

    def group_titles(self) -> list[str]:
        return [
            dimension_noun(self.dimension_key()),
            tr("Entered P1"),
            tr("Entered P3"),
            tr("Closed"),
            tr("Won"),
            tr("Win rate"),
            tr("Mean cycle"),
            tr("Median cycle"),
        ]

    def _fill_group_table(self) -> None:
        rows: list[list[Any]] = []
        ids: list[Sequence[int]] = []
        for group in self.groups:
            rep = group.report
            entered = {f.stage: f.entered for f in rep.flows}
            rows.append(
                [
                    (group.label, group.key),
                    entered.get("P1", 0),
                    entered.get("P3", 0),
                    rep.closed,
                    rep.won,
                    percent(rep.win_rate),
                    days(rep.cycle_mean_days),
                    days(rep.cycle_median_days),
                ]
            )
            ids.append(tuple(sorted({i for f in rep.flows for i in f.deal_ids})))
        self.table_model.set_rows(self.group_titles(), rows, ids)

    # -- the deals behind a bar or a row ---------------------------------------------

    def _deals_clicked(self, deal_ids: list[int], label: str) -> None:
        self.deals.show_deals(deal_ids, label)

    def _row_clicked(self, index: QModelIndex) -> None:
        row = source_row(self.table, index)
        if 0 <= row < len(self.table_model.deal_ids):
            self.deals.show_deals(self.table_model.deal_ids[row], self.table_model.names[row])


def _channel_short(channel: int) -> str:
    from desktop.leads.table import channel_short

    return channel_short(channel)
