"""The Dashboards page in the real main window on the small sample.

Tabs are built when first shown and refreshed when shown after a change; the
charts and tables show the model's figures (the model's own tests check the
figures against hand-computed values); a real click on a bar lists its deals
and a double-click opens one on the board; the review list by kind opens its
deals too.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
from helpers import add_account, add_deal_at
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView
from pytestqt.qtbot import QtBot

from desktop.app import Application
from desktop.dashboards.funnel_tab import FunnelTab
from desktop.dashboards.review_tab import ReviewTab
from desktop.dashboards.team_tab import TeamTab
from desktop.pages.dashboards import DashboardsPage
from model.funnel import FunnelFilter, funnel_by, funnel_report
from model.review import review_list
from model.rows import board_rows
from model.targets import attainment
from model.team_stats import distribution


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
    del tab
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
        patches = tab.distribution_chart.figure.axes[0].patches
        won = [p.get_height() for p in patches[: len(spread.rows)]]  # type: ignore[attr-defined]
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
