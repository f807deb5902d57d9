"""The Team tab: is there enough, and is it spread over the team (GOAL.4, GOAL.8)?

For a period (a month, quarter or year): each member's and the team's won
amount against their target (:func:`model.targets.attainment`), the pipeline
expected to close in the period and its coverage of what is left to win; the
reverse funnel (:func:`model.targets.reverse_funnel`: how many P3 and P4
opportunities the rest of the target needs at the probabilities in force,
against how many are open now — a click on a bar lists them); the team
distribution (:func:`model.team_stats.distribution`: won per member against
the per-head line, the top 20%'s share and the Gini coefficient); and each
member's near-term and far-term open opportunities
(:func:`model.team_stats.near_far`). "Targets…" opens the targets dialog.

A large team's two member charts show the :data:`~model.team_stats.TOP_MEMBERS`
who matter most and one "Others (k)" bar summing the k others who have anything
to show (:func:`model.team_stats.top_and_rest`); the table keeps every member,
and a team of up to that many is drawn whole, as it always was. A click on a
member's bar (or on Others) lists the deals behind it
(:func:`model.team_stats.member_deal_ids`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop import labels
from desktop.context import WorkspaceContext
from desktop.dashboards.bar_chart import BarChart, Bars, Mark, Reference, Series
from desktop.dashboards.chart import (
    PALETTE,
    FiguresModel,
    figures_table,
    fit_columns,
    percent,
    show_deals_dialog,
)
from desktop.widgets import GuardedComboBox
from model.money import quarter_key
from model.rows import board_rows
from model.targets import TEAM, Attainment, ReverseFunnel
from model.team_stats import (
    Distribution,
    MemberResult,
    NearFar,
    member_deal_ids,
    team_figures,
    top_and_rest,
)

CONTEXT = "TeamTab"
GRAINS = ("quarter", "month", "year")


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def member_name(name: str, member_id: int | None) -> str:
    return tr("Whole team") if member_id is None and name == TEAM else name


def ratio(value: float | None) -> tuple[str, float]:
    """A coverage as "2.1×" ("–" when there is nothing left to cover)."""
    if value is None:
        return ("–", -1.0)
    return (f"{value:.1f}×", value)


def attainment_rank(row: Attainment) -> tuple[float, float]:
    """What puts a member among the few a large team's "Won against target" shows:
    the larger of what they won and what they are to win, then what they won.

    Ranking by won alone would hide a member with a large target who has won little —
    the gap the chart is there to show; ranking by the gap alone would hide the best
    winners (whose gap is nil). The larger of the two keeps both in view: the members
    with the most at stake, whether won or still to win.
    """
    return (max(row.won, row.target or 0.0), row.won)


def distribution_rank(row: MemberResult) -> tuple[float, float]:
    """A large team's "Won and pipeline per member" shows the top members by won, then
    pipeline (the order :func:`model.team_stats.distribution` lists them in)."""
    return (row.won, row.pipeline)


def others_name(count: int) -> str:
    return tr("Others ({count})").format(count=count)


HEADROOM = 1.3
"""The axis of a member chart reaches this many times its largest member's figure."""


def others_cut(members: list[float], others: list[float]) -> float | None:
    """Where the axis ends when the "Others" bar would dwarf the members' (the sum of
    36 members beside one member flattens every other bar): at :data:`HEADROOM` × the
    largest member figure, the Others bar cut there and its value written on it.
    None when Others fits the members' scale (drawn whole, as any bar).

    >>> others_cut([10.0, 4.0], [12.0])  # fits: 12 ≤ 13
    >>> others_cut([10.0, 4.0], [50.0, 2.0])
    13.0
    >>> others_cut([0.0], [5.0])  # no member's figure to scale by
    """
    scale = max(members, default=0.0)
    if scale <= 0 or max(others, default=0.0) <= scale * HEADROOM:
        return None
    return scale * HEADROOM


class TeamTab(QWidget):
    """Attainment, coverage, reverse funnel, near/far and the team's distribution."""

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today: date | None = None  # tests fix the day
        self.base = ""
        self.rows: list[Attainment] = []
        self.reverse: ReverseFunnel | None = None
        self.spread: Distribution | None = None
        self.near: list[NearFar] = []

        self.grain = GuardedComboBox()
        for key, text in (
            ("quarter", tr("Quarter")),
            ("month", tr("Month")),
            ("year", tr("Year")),
        ):
            self.grain.addItem(text, key)
        self.period = GuardedComboBox()
        self._fill_periods()
        self.grain.currentIndexChanged.connect(self._grain_changed)
        self.period.currentIndexChanged.connect(lambda _i: self.refresh())
        self.targets_button = QPushButton(tr("Targets…"))
        self.targets_button.setToolTip(tr("Set what each member and the team is to win"))
        self.targets_button.clicked.connect(lambda _checked=False: self.open_targets())
        self.summary = QLabel()
        self.summary.setObjectName("teamSummary")
        self.summary.setWordWrap(True)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(QLabel(tr("Period")))
        top.addWidget(self.grain)
        top.addWidget(self.period)
        top.addStretch(1)
        top.addWidget(self.targets_button)

        self.attainment_chart = BarChart(
            "attainment", tr("Set targets (Targets…) or win deals in this period to see this.")
        )
        self.attainment_chart.set_title(tr("Won against target"))
        self.distribution_chart = BarChart(
            "team-distribution", tr("No member won or has a deal closing in this period yet.")
        )
        self.distribution_chart.set_title(tr("Won and pipeline per member"))
        self.reverse_chart = BarChart(
            "reverse-funnel",
            tr("Set a won target for the team (Targets…) and win a first deal to see this."),
        )
        self.reverse_chart.set_title(tr("Needed against open at P3 and P4"))
        for chart in (self.attainment_chart, self.distribution_chart, self.reverse_chart):
            chart.dealsClicked.connect(self._deals_clicked)
        charts = QHBoxLayout()
        charts.setContentsMargins(0, 0, 0, 0)
        for chart in (self.attainment_chart, self.distribution_chart, self.reverse_chart):
            charts.addWidget(chart, 1)
        charts_box = QWidget()
        charts_box.setLayout(charts)

        self.table_model = FiguresModel(self)
        self.table = figures_table("teamFigures", self.table_model)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setObjectName("teamNote")
        body = QSplitter(Qt.Orientation.Vertical)
        body.setChildrenCollapsible(False)
        body.addWidget(charts_box)
        body.addWidget(self.table)
        body.setSizes([3000, 2200])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.note)
        layout.addWidget(body, 1)
        self.refresh()

    # -- the period -------------------------------------------------------------------

    def _fill_periods(self, chosen: str | None = None) -> None:
        from desktop.dashboards.forecast_tab import period_label
        from desktop.dashboards.targets_dialog import current_key, periods_around

        grain = str(self.grain.currentData() or "quarter")
        today = self.today or date.today()
        self.period.blockSignals(True)
        self.period.clear()
        for key in periods_around(grain, today):
            self.period.addItem(period_label(key), key)
        found = self.period.findData(chosen or current_key(grain, today))
        self.period.setCurrentIndex(max(0, found))
        self.period.blockSignals(False)

    def _grain_changed(self, _index: int) -> None:
        self._fill_periods()
        self.refresh()

    def period_key(self) -> str:
        return str(self.period.currentData() or quarter_key(self.today or date.today()))

    def select_period(self, key: str) -> None:
        grain = "quarter" if "Q" in key else ("month" if "-" in key else "year")
        self.grain.blockSignals(True)
        self.grain.setCurrentIndex(max(0, self.grain.findData(grain)))
        self.grain.blockSignals(False)
        self._fill_periods(key)
        self.refresh()

    def open_targets(self) -> None:
        from desktop.dashboards.targets_dialog import open_targets_dialog

        open_targets_dialog(self.ctx, self, self.period_key())

    # -- reading and drawing ------------------------------------------------------------

    def refresh(self) -> None:
        found = self.ctx.read(team_figures, self.period_key(), self.today)  # one read for all
        self.base, self.rows = found.base, found.attainment
        self.reverse = found.reverse
        self.spread = found.distribution
        self.near = found.near_far
        self.summary.setText(self._summary_text())
        members = [r for r in self.rows if r.member_id is not None]
        if any(r.won or r.target for r in members):
            self.attainment_chart.show_bars(self.attainment_spec())
        else:
            self.attainment_chart.show_empty()
        if self.spread.rows and any(r.won or r.pipeline for r in self.spread.rows):
            self.distribution_chart.show_bars(self.distribution_spec())
        else:
            self.distribution_chart.show_empty()
        if self.reverse.needed or any(self.reverse.have.values()):
            self.reverse_chart.show_bars(self.reverse_spec())
        else:
            self.reverse_chart.show_empty()
        self._fill_table()
        self.note.setText(self._note_text())
        self.note.setVisible(bool(self.note.text()))

    def money(self, value: float | None) -> str:
        return labels.amount(value, self.base, empty="–")

    def _summary_text(self) -> str:
        team = self.rows[0] if self.rows else None
        if team is None:
            return ""
        if team.target is None:
            return tr("Team won {won}; no team target set for this period.").format(
                won=self.money(team.won)
            )
        return tr(
            "Team won {won} of {target} ({share}); {gap} left, pipeline covers it {cover}."
        ).format(
            won=self.money(team.won),
            target=self.money(team.target),
            share=percent(team.attainment)[0],
            gap=self.money(team.gap),
            cover=ratio(team.coverage)[0],
        )

    def _note_text(self) -> str:
        parts = []
        spread = self.spread
        if spread is not None and spread.rows:
            parts.append(
                tr(
                    "Per head {per_head}; the top 20% of members won {top} of the total; "
                    "Gini coefficient {gini} (0: all equal)."
                ).format(
                    per_head=self.money(spread.per_head),
                    top=percent(spread.top20_share)[0],
                    gini="–" if spread.gini is None else f"{spread.gini:.2f}",
                )
            )
        rev = self.reverse
        if rev is not None and rev.average_won is not None and rev.needed:
            parts.append(
                tr(
                    "Reverse funnel: {left} left to win at an average won deal of {avg} needs "
                    "{p3} at P3 or {p4} at P4 (open now: {h3} and {h4})."
                ).format(
                    left=self.money(rev.remaining),
                    avg=self.money(rev.average_won),
                    p3=f"{rev.needed.get('P3', 0):.1f}",
                    p4=f"{rev.needed.get('P4', 0):.1f}",
                    h3=rev.have.get("P3", 0),
                    h4=rev.have.get("P4", 0),
                )
            )
        missing = set()
        for found in (self.reverse, self.spread):
            if found is not None:
                missing |= set(found.missing_rates)
        if missing:
            parts.append(
                tr("Left out for want of a rate: {codes} (set the rates in Settings).").format(
                    codes=labels.join_list(sorted(missing))
                )
            )
        return " ".join(parts)

    def member_deals(self, member_ids: tuple[int, ...], kind: str) -> tuple[int, ...]:
        """The deals behind a bar of ``member_ids`` (read when it is clicked)."""
        return tuple(self.ctx.read(member_deal_ids, self.period_key(), member_ids, kind))

    def _bar_ids(
        self, groups: list[tuple[int, ...]], kind: str
    ) -> list[Callable[[], tuple[int, ...]]]:
        return [partial(self.member_deals, ids, kind) for ids in groups]

    def attainment_bars(self) -> tuple[list[Attainment], list[Attainment]]:
        """The members drawn one by one and those summed into "Others" (see
        :func:`attainment_rank`); the others are those with a target or a win."""
        members = [r for r in self.rows if r.member_id is not None]
        top, rest = top_and_rest(members, attainment_rank)
        return top, [r for r in rest if r.won or r.target]

    def attainment_spec(self) -> Bars:
        """Won per member (top first), each target a stroke across its bar."""
        top, rest = self.attainment_bars()
        names = [r.name for r in top]
        won = [r.won for r in top]
        goals = [r.target for r in top]
        shares = [r.attainment for r in top]
        groups: list[tuple[int, ...]] = [(r.member_id,) for r in top if r.member_id is not None]
        if rest:  # their won against the targets set among them
            names.append(others_name(len(rest)))
            won.append(sum(r.won for r in rest))
            set_ = [r.target for r in rest if r.target is not None]
            goals.append(sum(set_) if set_ else None)
            shares.append(won[-1] / goals[-1] if goals[-1] else None)
            groups.append(tuple(r.member_id for r in rest if r.member_id is not None))
        has_targets = any(g is not None for g in goals)
        cut = None
        if rest:
            known = [g for g in goals[:-1] if g is not None]
            cut = others_cut([*won[:-1], *known], [won[-1], goals[-1] or 0.0])
        # A share beside each bar with a target (none without: no empty labels); Others'
        # bar (and target) cut at the axis's end has its figures written on it.
        texts = [percent(s)[0] if g else "" for s, g in zip(shares, goals, strict=True)]
        if cut:
            texts[-1] = self.money(won[-1]) + (f" · {texts[-1]}" if texts[-1] else "")
        return Bars(
            names,
            [
                self._won_series(
                    won,
                    groups,
                    names,
                    texts=texts if has_targets or cut else None,
                    label=tr("won") if has_targets else None,
                )
            ],
            horizontal=True,
            limit=cut,
            value_text=labels.amount,
            marks=[Mark(goals, PALETTE[3], tr("target"))] if has_targets else [],
            small_texts=True,
            small_names=bool(rest),  # 13 names one above the other
        )

    def _won_series(
        self, won: list[float], groups: list[tuple[int, ...]], names: list[str], **more: Any
    ) -> Series:
        """The members' won bars (a click lists the deals they won in the period)."""
        return Series(
            won,
            self._bar_ids(groups, "won"),
            names=[tr("{member}: won").format(member=n) for n in names],
            **more,
        )

    def distribution_spec(self) -> Bars:
        """Won and pipeline per member beside each other, the per-head line across."""
        assert self.spread is not None
        top, rest = self.distribution_bars()
        names = [r.name for r in top]
        won = [r.won for r in top]
        pipeline = [r.pipeline for r in top]
        groups: list[tuple[int, ...]] = [(r.member_id,) for r in top]
        if rest:
            names.append(others_name(len(rest)))
            won.append(sum(r.won for r in rest))
            pipeline.append(sum(r.pipeline for r in rest))
            groups.append(tuple(r.member_id for r in rest))
        cut = None
        if rest:
            members = [*won[:-1], *pipeline[:-1], self.spread.per_head]
            cut = others_cut(members, [won[-1], pipeline[-1]])
        note = ""
        if cut:  # Others' bars run past the axis: their figures written above the members'
            note = tr("won {won}, pipeline {pipeline}").format(
                won=self.money(won[-1]), pipeline=self.money(pipeline[-1])
            )
        return Bars(
            names,
            [
                self._won_series(won, groups, names, label=tr("won")),
                Series(
                    pipeline,
                    self._bar_ids(groups, "pipeline"),
                    names=[tr("{member}: pipeline").format(member=n) for n in names],
                    color=PALETTE[6],
                    label=tr("pipeline"),
                ),
            ],
            width=0.8,
            limit=cut,
            value_text=labels.amount,
            reference=Reference(self.spread.per_head, PALETTE[3], tr("per head")),
            note=note,
            small_names=bool(rest),
        )

    def distribution_bars(self) -> tuple[list[MemberResult], list[MemberResult]]:
        """The members drawn one by one and those summed into "Others" (see
        :func:`distribution_rank`); the others are those with a win or a pipeline."""
        assert self.spread is not None
        top, rest = top_and_rest(self.spread.rows, distribution_rank)
        return top, [r for r in rest if r.won or r.pipeline]

    def reverse_ids(self) -> list[Callable[[], tuple[int, ...]]]:
        """The open deals at P3 and P4 now (the "open" bars), read when a bar is clicked."""
        return [partial(self.open_at, stage) for stage in ("P3", "P4")]

    def open_at(self, stage: str) -> tuple[int, ...]:
        cards = self.ctx.read(board_rows)
        return tuple(c.id for c in cards if c.status == "open" and c.stage == stage)

    def reverse_spec(self) -> Bars:
        """Opportunities needed at P3 and P4 beside those open now (a click lists them)."""
        rev = self.reverse
        assert rev is not None
        stages = ["P3", "P4"]
        have = [float(rev.have.get(s, 0)) for s in stages]
        open_now = Series(
            have,
            self.reverse_ids(),
            names=[tr("Open at {stage}").format(stage=s) for s in stages],
            texts=[f"{v:.0f}" for v in have],
            label=tr("open now"),
        )
        if rev.target is None or not rev.needed:
            # Without a target (or a won deal to average) nothing is "needed": say why.
            return Bars(
                stages,
                [replace(open_now, label=None)],
                axis_label=tr("opportunities"),
                small_texts=True,
                note=tr("No won target for this period: set one with Targets…")
                if rev.target is None
                else tr("No deal won yet to size the need"),
            )
        needed = [rev.needed.get(s, 0.0) for s in stages]
        return Bars(
            stages,
            [
                Series(
                    needed, texts=[f"{v:.1f}" for v in needed], color=PALETTE[1], label=tr("needed")
                ),
                open_now,
            ],
            axis_label=tr("opportunities"),
            small_texts=True,
            width=0.8,
        )

    def _fill_table(self) -> None:
        near = {n.member_id: n for n in self.near}
        titles = [
            tr("Member"),
            tr("Target"),
            tr("Won"),
            tr("Attained"),
            tr("Collected"),
            tr("Pipeline"),
            tr("Weighted"),
            tr("Coverage"),
            tr("Near-term"),
            tr("Far-term"),
        ]
        rows: list[list[Any]] = []
        for r in self.rows:
            nf = near.get(r.member_id) if r.member_id is not None else None
            if r.member_id is None:
                near_n = sum(n.near for n in self.near)
                far_n = sum(n.far for n in self.near)
            else:
                near_n = nf.near if nf else 0
                far_n = nf.far if nf else 0
            rows.append(
                [
                    (member_name(r.name, r.member_id), "" if r.member_id is None else r.name),
                    (self.money(r.target), r.target if r.target is not None else -1.0),
                    (self.money(r.won), r.won),
                    percent(r.attainment),
                    (self.money(r.collected), r.collected),
                    (self.money(r.pipeline), r.pipeline),
                    (self.money(r.weighted), r.weighted),
                    ratio(r.coverage),
                    near_n,
                    far_n,
                ]
            )
        self.table_model.set_rows(titles, rows)
        fit_columns(self.table)

    def _deals_clicked(self, deal_ids: list[int], label: str) -> None:
        show_deals_dialog(self, self.ctx.read, deal_ids, label)
