"""What keeps the Dashboards page quick on a large workspace (bench/dashboard.py): no
tab imports matplotlib (their charts are drawn with QPainter, so the page's first view,
whichever tab is in front, pays for no import); its tables measure a bounded number of
rows to fit their columns."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import run_app_child
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.qtbot import QtBot

from desktop.app import Application
from desktop.dashboards.bar_chart import BarChart
from desktop.dashboards.chart import ChartView
from desktop.dashboards.review_tab import ReviewTab
from desktop.pages.dashboards import ROWS_MEASURED, DashboardsPage
from model.review import review_list


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


def test_tables_measure_a_bounded_number_of_rows(window: Any) -> None:
    page = dashboards(window)
    for key in ("funnel", "forecast", "cash", "team"):
        tables = page.show_tab(key).findChildren(QTableView)
        assert tables, key
        for table in tables:
            assert table.horizontalHeader().resizeContentsPrecision() == ROWS_MEASURED, key


def test_a_review_row_opens_its_deal_from_any_column(window: Any) -> None:
    # The deal is kept once per row (on its first cell), not on each of its cells.
    page = dashboards(window)
    tab: ReviewTab = page.show_tab("review")
    items = window.ctx.read(review_list)
    head = tab.model.index(0, 0)
    kind = head.data(Qt.ItemDataRole.UserRole)
    expected = next(i for i in items if i.kind == kind)
    for column in range(1, tab.model.columnCount()):
        assert tab.deal_at(tab.model.index(0, column, head)) == expected.deal_id
    assert tab.deal_at(head) is None  # a kind's heading names no deal
    since = tab.model.index(0, 3, head)
    tab.view.scrollTo(since)
    centre = tab.view.visualRect(since).center()
    QTest.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    QTest.mouseDClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    board = window.pages.get("board")
    assert board is not None and window.current_page() is board
    assert board.panel.isVisible() and board.panel.deal_id == expected.deal_id


FIRST_VIEW = """
import sys
from pathlib import Path
from PySide6.QtCore import QSettings
from desktop import me
me.decider = lambda *a: None
from desktop.app import Application
settings = QSettings(str(Path(sys.argv[2]) / "app.ini"), QSettings.Format.IniFormat)
settings.setValue("ui/language", "en")
settings.setValue("window/page", "team")
app = Application(settings, interactive=False)
app.window.resize(1366, 768)
app.window.show()
app.open(Path(sys.argv[1]))
app.qt.processEvents()
print("BEFORE", "matplotlib" in sys.modules)
page = app.window.show_page("dashboard")
app.qt.processEvents()
app.qt.processEvents()
app.window.repaint()
print("BUILT", ",".join(page.built()))
print("AFTER", "matplotlib" in sys.modules)
for key in ("forecast", "cash", "team", "review"):
    page.show_tab(key)
    app.qt.processEvents()
print("ALL", ",".join(page.built()), "matplotlib" in sys.modules)
import os
os._exit(0)
"""


def test_the_first_view_of_the_page_imports_no_matplotlib(
    tmp_path: Path, _sample_file: Path
) -> None:
    # Importing matplotlib was half of the page's first view on the large sample: every
    # tab draws its bars with QPainter (a first visit shows the tab left in front).
    lines = run_app_child(FIRST_VIEW, _sample_file, tmp_path)
    assert lines["BEFORE"] == "False"
    assert lines["BUILT"] == "funnel"
    assert lines["AFTER"] == "False"
    # Nor any other tab (a first visit shows the one left in front).
    assert lines["ALL"] == "funnel,forecast,cash,team,review False"


def test_every_tabs_charts_are_painted_bars(window: Any) -> None:
    page = dashboards(window)
    funnel = page.tab("funnel")
    QApplication.processEvents()
    assert all(isinstance(c, BarChart) for c in funnel.charts)
    for key in ("forecast", "cash"):
        tab = page.show_tab(key)
        assert isinstance(tab.chart, BarChart) and not tab.chart.is_empty, key
    team = page.show_tab("team")
    charts = (team.attainment_chart, team.distribution_chart, team.reverse_chart)
    assert all(isinstance(c, BarChart) for c in charts)
    for key in ("funnel", "forecast", "cash", "team", "review"):
        assert not page.tab(key).findChildren(ChartView), key
