"""The Dashboards page in the real main window on the small sample.

Tabs are built when first shown and refreshed when shown after a change; the
charts and tables show the model's figures (the model's own tests check the
figures against hand-computed values); a real click on a bar lists its deals
and a double-click opens one on the board; the review list by kind opens its
deals too.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
from helpers import add_account, add_deal_at, add_member
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView
from pytestqt.qtbot import QtBot

from desktop.app import Application
from desktop.context import WorkspaceContext
from desktop.dashboards.bar_chart import BarChart
from desktop.dashboards.chart import DealsDialog
from desktop.dashboards.funnel_tab import FunnelTab
from desktop.dashboards.review_tab import ReviewTab
from desktop.dashboards.team_tab import TeamTab
from desktop.pages.dashboards import DashboardsPage
from model.entities import Deal, Target
from model.funnel import FunnelFilter, funnel_by, funnel_report
from model.review import review_list
from model.rows import board_rows
from model.targets import attainment
from model.team_stats import TOP_MEMBERS, distribution


@pytest.fixture
def window(sample_app: Application, qtbot: QtBot) -> Any:
    win = sample_app.window
    win.show()
    qtbot.waitExposed(win)
    win.resize(1366, 768)
    return win


def dashboards(window: Any) -> DashboardsPage:
    page = window.show_page("dashboard")
    assert isinstance(page, DashboardsPage)
    return page


def double_click(view: QAbstractItemView, index: QModelIndex) -> None:
    view.scrollTo(index)
    rect = view.visualRect(index)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def opened_deal(window: Any) -> int | None:
    board = window.pages.get("board")
    if board is None or window.current_page() is not board:
        return None
    return board.panel.deal_id if board.panel.isVisible() else None


def test_tabs_are_built_when_first_shown(window: Any) -> None:
    page = dashboards(window)
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == [
        "Funnel",
        "Forecast",
        "Cash",
        "Team",
        "Review",
    ]
    assert page.built() == ["funnel"]  # the tab in front, no other
    assert isinstance(page.tab("funnel"), FunnelTab)
    page.tabs.setCurrentIndex(3)  # as a click on the tab does
    assert page.built() == ["funnel", "team"]
    assert isinstance(page.slot("team").tab, TeamTab)
    assert page.view_state() == {"tab": "team"}
    page.show_tab("review")
    assert isinstance(page.slot("review").tab, ReviewTab)
    assert page.help_topic() == "GOAL.6"


def test_a_change_marks_tabs_stale_and_the_shown_tab_refreshes(
    window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = dashboards(window)
    team = page.show_tab("team")
    funnel = page.show_tab("funnel")
    calls: Counter[str] = Counter()
    for name, tab in (("funnel", funnel), ("team", team)):
        real = tab.refresh
        monkeypatch.setattr(
            tab, "refresh", lambda real=real, name=name: (calls.update([name]), real())
        )
    ctx = window.ctx
    before = {f.stage: f.entered for f in funnel.report.flows}

    account = add_account(ctx, "Dashboard Test Co.")
    add_deal_at(ctx, account, "Dashboard test deal", "P3")
    # The funnel is in front: read again at once (once per change); the team tab waits.
    assert calls["funnel"] == 2 and calls["team"] == 0
    assert page.slot("team").stale and not page.slot("funnel").stale
    model_now = ctx.read(funnel_report, FunnelFilter())
    assert funnel.report == model_now
    assert {f.stage: f.entered for f in funnel.report.flows}["P3"] == before["P3"] + 1
    page.show_tab("team")
    assert calls["team"] == 1 and not page.slot("team").stale

    # The page hidden behind another: nothing read until it is shown again.
    window.show_page("board")
    add_deal_at(ctx, account, "Second test deal", "P4")
    assert calls["team"] == 1 and page.stale
    dashboards(window)
    assert calls["team"] == 2
    assert page.slot("funnel").stale  # the other built tab waits for its own show
    page.show_tab("funnel")
    assert calls["funnel"] == 3


def bar_values(tab: Any, chart: Any, horizontal: bool = False) -> list[float]:
    """The values of a chart's clickable bars: a matplotlib patch's length, or the value
    of a bar drawn with QPainter (desktop/dashboards/bar_chart.py)."""
    del tab
    if isinstance(chart, BarChart):
        return [bar.value for bar, _ids, _label in chart.targets()]
    return [
        a.get_width() if horizontal else a.get_height()  # type: ignore[attr-defined]
        for a, _ids, _label in chart.targets()
    ]


def test_funnel_charts_and_table_show_the_models_figures(window: Any) -> None:
    page = dashboards(window)
    tab: FunnelTab = page.tab("funnel")
    ctx = window.ctx
    report = ctx.read(funnel_report, FunnelFilter())
    assert tab.report == report
    assert [ids for _a, ids, _l in tab.funnel_chart.targets()] == [f.deal_ids for f in report.flows]
    assert bar_values(tab, tab.funnel_chart, horizontal=True) == [f.entered for f in report.flows]
    shown = [f for f in report.flows if f.stage != "P7"]
    assert bar_values(tab, tab.conversion_chart) == pytest.approx(
        [(f.rate or 0) * 100 for f in shown]
    )
    means = [t.mean_days or 0 for t in report.times if t.stage != "P7"]
    assert bar_values(tab, tab.time_chart)[: len(means)] == pytest.approx(means)
    model = tab.table_model
    assert [model.text(r, 1) for r in range(model.rowCount())] == [
        str(f.entered) for f in report.flows
    ]
    assert "won of" in tab.summary.text() and str(report.closed) in tab.summary.text()

    # One owner: the figures of that owner's deals.
    tab.owner.setCurrentIndex(1)
    owner = tab.owner.currentData()
    mine = ctx.read(funnel_report, FunnelFilter(owner_id=owner))
    assert tab.report == mine
    assert bar_values(tab, tab.funnel_chart, horizontal=True) == [f.entered for f in mine.flows]

    # Grouped by owner: a win-rate bar per group with closed deals, a row per group.
    tab.owner.setCurrentIndex(0)
    tab.dimension.setCurrentIndex(tab.dimension.findData("owner"))
    groups = ctx.read(funnel_by, "owner", FunnelFilter())
    assert tab.group_chart.isVisibleTo(tab) and not tab.time_chart.isVisibleTo(tab)
    closed = [g for g in groups if g.report.closed]
    assert [ids for _a, ids, _l in tab.group_chart.targets()] == [
        g.report.won_ids + g.report.lost_ids for g in closed
    ]
    assert bar_values(tab, tab.group_chart, horizontal=True) == pytest.approx(
        [(g.report.win_rate or 0) * 100 for g in closed]
    )
    assert sorted(tab.table_model.names) == sorted(g.label for g in groups)


def test_a_click_on_a_bar_lists_its_deals_and_a_double_click_opens_one(
    window: Any, qtbot: QtBot
) -> None:
    page = dashboards(window)
    tab: FunnelTab = page.tab("funnel")
    qtbot.wait(50)
    artist, ids, label = tab.funnel_chart.targets()[2]  # P3
    assert label == "P3" and ids
    QTest.mouseClick(
        tab.funnel_chart.canvas, Qt.MouseButton.LeftButton, pos=tab.funnel_chart.point_of(artist)
    )
    assert tab.deals.ids == list(ids)
    listed = [r.id for r in tab.deals.model.rows()]
    assert sorted(listed) == sorted(ids)
    assert "P3" in tab.deals.heading.text()

    double_click(tab.deals.view, tab.deals.model.index(0, 0))
    assert opened_deal(window) == listed[0]


def test_team_tab_shows_attainment_distribution_and_reverse_funnel(window: Any) -> None:
    page = dashboards(window)
    tab: TeamTab = page.show_tab("team")
    ctx = window.ctx
    period = tab.period_key()
    base, rows = ctx.read(attainment, period)
    assert tab.rows == rows and tab.base == base
    assert tab.table_model.rowCount() == len(rows)
    assert tab.table_model.text(0, 0) == "Whole team"
    spread = ctx.read(distribution, period)
    if tab.distribution_chart.is_empty:
        assert not any(r.won or r.pipeline for r in spread.rows)
    else:
        won = bar_values(tab, tab.distribution_chart)[: len(spread.rows)]
        assert won == pytest.approx([r.won for r in spread.rows])
    # The "open now" bars stand for the open deals at P3 and P4.
    cards = ctx.read(board_rows)
    open_at = {
        s: tuple(c.id for c in cards if c.status == "open" and c.stage == s) for s in ("P3", "P4")
    }
    targets = tab.reverse_chart.targets()
    assert [ids for _a, ids, _l in targets][-2:] == [open_at["P3"], open_at["P4"]]
    assert bar_values(tab, tab.reverse_chart)[-2:] == [len(open_at["P3"]), len(open_at["P4"])]
    # Another period reads that period's figures.
    tab.period.setCurrentIndex(0)
    assert tab.rows == ctx.read(attainment, tab.period_key())[1]


def test_review_tab_groups_by_kind_and_opens_the_deal(window: Any) -> None:
    page = dashboards(window)
    tab: ReviewTab = page.show_tab("review")
    items = window.ctx.read(review_list)
    assert items, "the sample has something to review"
    counts = Counter(i.kind for i in items)
    model = tab.model
    heads = [model.index(r, 0) for r in range(model.rowCount())]
    assert {h.data(Qt.ItemDataRole.UserRole): model.rowCount(h) for h in heads} == dict(counts)
    first_head = heads[0]
    first = model.index(0, 0, first_head)
    kind = first_head.data(Qt.ItemDataRole.UserRole)
    expected = next(i for i in items if i.kind == kind)
    assert first.data() == expected.deal_name
    double_click(tab.view, first)
    assert opened_deal(window) == expected.deal_id


def test_funnel_summary_says_when_no_cycle_is_measured() -> None:
    """Won deals whose history does not start in the workspace give no cycle length:
    the summary says so instead of "mean – days, median – days"."""
    from desktop.dashboards.funnel_tab import FunnelTab
    from model.funnel import FunnelReport

    unmeasured = FunnelReport((), (), 4, 1, 0.25, None, None, (1,), (2, 3, 4))
    text = FunnelTab._summary_text(None, unmeasured)  # type: ignore[arg-type]
    assert "25%" in text and "none measured yet" in text and "–" not in text
    measured = FunnelReport((), (), 4, 1, 0.25, 30.0, 28.0, (1,), (2, 3, 4))
    text = FunnelTab._summary_text(None, measured)  # type: ignore[arg-type]
    assert "mean 30 days" in text and "median 28 days" in text


# -- a large team's member charts: the top members and one "Others" bar ---------------

TEAM_DAY = date(2027, 2, 10)


@dataclass
class Team:
    members: list[int]  # M01, M02, ...
    won: dict[int, int]  # member -> the deal they won in 2027Q1
    pipeline: dict[int, int]  # member -> their open deal closing in 2027Q1


def team_of(
    ctx: WorkspaceContext, count: int, won: Callable[[int], float], target: float = 50_000
) -> Team:
    """``count`` reps M01, M02, ...: M(i) won ``won(i)`` in 2027Q1 and has i × 100 open
    closing in it; M01 has a won target of ``target`` for the quarter."""
    members = [add_member(ctx, f"M{i:02}", "rep") for i in range(1, count + 1)]
    acme = add_account(ctx, "Acme")
    team = Team(members, {}, {})
    with ctx.workspace.begin() as s:
        for i, member in enumerate(members, start=1):
            w = Deal(account_id=acme, name=f"W{i}", owner_id=member, stage="P7", status="won",
                     amount=won(i), closed_on=date(2027, 1, 15))  # fmt: skip
            o = Deal(account_id=acme, name=f"O{i}", owner_id=member, stage="P4",
                     amount=i * 100, expected_close=date(2027, 3, 1))  # fmt: skip
            s.add_all([w, o])
            s.flush()
            team.won[member], team.pipeline[member] = w.id, o.id
        s.add(Target(member_id=members[0], period="2027Q1", kind="won", amount=target))
    return team


def team_tab(qtbot: QtBot, ctx: WorkspaceContext) -> TeamTab:
    tab = TeamTab(ctx)
    tab.today = TEAM_DAY
    qtbot.addWidget(tab)
    tab.resize(1366, 700)
    tab.show()
    qtbot.waitExposed(tab)
    tab.select_period("2027Q1")
    return tab


def tick_names(chart: BarChart, axis: str) -> list[str]:
    """The names along the chart's ``axis`` (its categories: down the left of a horizontal
    chart, along the bottom of an upright one)."""
    assert chart.spec is not None
    assert chart.spec.horizontal == (axis == "y")
    return list(chart.spec.categories)


def test_a_large_teams_charts_show_twelve_members_and_the_others_summed(
    qtbot: QtBot, ctx: WorkspaceContext
) -> None:
    team = team_of(ctx, 15, lambda i: i * 1_000.0)
    m = {f"M{i:02}": member for i, member in enumerate(team.members, start=1)}
    tab = team_tab(qtbot, ctx)
    assert TOP_MEMBERS == 12
    # Won and pipeline: M15 … M04 by won, then M01–M03 summed (won 6,000, pipeline 600).
    chart = tab.distribution_chart
    assert tick_names(chart, "x") == [f"M{i:02}" for i in range(15, 3, -1)] + ["Others (3)"]
    bars = chart.targets()
    assert len(bars) == 26  # 13 won, 13 pipeline
    assert bar_values(tab, chart)[:13] == [i * 1_000 for i in range(15, 3, -1)] + [6_000]
    assert bar_values(tab, chart)[13:] == [i * 100 for i in range(15, 3, -1)] + [600]
    rest = [m["M01"], m["M02"], m["M03"]]
    assert bars[12][1:] == (tuple(sorted(team.won[r] for r in rest)), "Others (3): won")
    assert bars[25][1] == tuple(sorted(team.pipeline[r] for r in rest))
    assert bars[0][1:] == ((team.won[m["M15"]],), "M15: won")
    # Won against target: M01's 50,000 target puts it first, then M15 … M05 by won;
    # M02–M04 are the others (won 9,000, no target among them).
    chart = tab.attainment_chart
    names = ["M01"] + [f"M{i:02}" for i in range(15, 4, -1)] + ["Others (3)"]
    assert tick_names(chart, "y") == names
    widths = [1_000.0] + [i * 1_000.0 for i in range(15, 4, -1)] + [9_000.0]
    assert bar_values(tab, chart, horizontal=True) == widths
    others = tuple(sorted(team.won[m[n]] for n in ("M02", "M03", "M04")))
    assert chart.targets()[-1][1] == others
    # A real click on Others lists the others' deals, like any bar.
    emitted: list[tuple[list[int], str]] = []
    chart.dealsClicked.connect(lambda ids, label: emitted.append((ids, label)))
    artist = chart.targets()[-1][0]
    QTest.mouseClick(chart.canvas, Qt.MouseButton.LeftButton, pos=chart.point_of(artist))
    assert emitted == [(list(others), "Others (3): won")]
    dialog = tab.findChild(DealsDialog)
    assert dialog is not None and dialog.list.ids == list(others)
    # The table keeps every member (and the team's row).
    assert tab.table_model.rowCount() == 16


def test_others_far_above_the_members_is_cut_at_their_scale_with_its_figures_written(
    qtbot: QtBot, ctx: WorkspaceContext
) -> None:
    # 20 members won 1,000 each (M01's target is 1,000 too): the 8 others won 8,000,
    # their pipeline (100 + … + 800) 3,600
    team_of(ctx, 20, lambda _i: 1_000.0, target=1_000)
    tab = team_tab(qtbot, ctx)
    chart = tab.distribution_chart
    assert chart.spec is not None
    assert tick_names(chart, "x")[-1] == "Others (8)"
    assert bar_values(tab, chart)[12] == 8_000  # the bars are the sums; the axis cuts them
    assert bar_values(tab, chart)[25] == 3_600
    assert chart.spec.limit == pytest.approx(2_600)  # 1.3 × M20's pipeline of 2,000
    chart.canvas.repaint()
    others = chart.targets()[12][0]
    assert others.rect.top() <= min(b.rect.top() for b, _i, _l in chart.targets())  # cut
    assert chart.spec.note == f"won {tab.money(8_000)}, pipeline {tab.money(3_600)}"
    chart = tab.attainment_chart
    assert chart.spec is not None
    assert tick_names(chart, "y")[-1] == "Others (8)"
    assert bar_values(tab, chart, horizontal=True)[-1] == 8_000  # M13–M20 (all tied)
    assert chart.spec.limit == pytest.approx(1_300)  # 1.3 × the members' 1,000
    texts = chart.spec.series[0].texts
    assert texts is not None and texts[-1] == tab.money(8_000)  # no target among them


def test_a_small_teams_charts_show_every_member_and_no_others(
    qtbot: QtBot, ctx: WorkspaceContext
) -> None:
    team_of(ctx, 3, lambda i: i * 1_000.0)
    tab = team_tab(qtbot, ctx)
    assert tick_names(tab.distribution_chart, "x") == ["M03", "M02", "M01"]
    assert bar_values(tab, tab.distribution_chart) == [3_000, 2_000, 1_000, 300, 200, 100]
    assert tick_names(tab.attainment_chart, "y") == ["M01", "M02", "M03"]  # as listed
    assert bar_values(tab, tab.attainment_chart, horizontal=True) == [1_000, 2_000, 3_000]
    for chart in (tab.distribution_chart, tab.attainment_chart):
        assert chart.spec is not None and chart.spec.limit is None and not chart.spec.note
