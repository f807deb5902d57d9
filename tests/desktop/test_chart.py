"""ChartView (matplotlib) and BarChart (QPainter): a real click on a bar emits its deals,
export writes PNG and SVG, the empty state, fonts that follow the text size (no Chinese
font needed); BarChart's bars as long as their values, its axis marks and tooltips."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import matplotlib
import pytest
from matplotlib.figure import Figure
from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QHelpEvent, QImage, QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from desktop import text_size
from desktop.dashboards import chart
from desktop.dashboards.bar_chart import BarChart, Bars, Line, Series, nice_ticks, tick_text
from desktop.dashboards.chart import ChartView


def shown(qtbot: QtBot, chart_view: chart.ChartFrame) -> chart.ChartFrame:
    qtbot.addWidget(chart_view)
    chart_view.resize(640, 420)
    chart_view.show()
    qtbot.waitExposed(chart_view)
    return chart_view


@pytest.fixture
def view(qtbot: QtBot) -> Iterator[ChartView]:
    chart_view = ChartView("test-chart", "Nothing here yet: close a deal.")
    shown(qtbot, chart_view)
    yield chart_view


def draw_three(view: ChartView) -> None:
    def draw(fig: Figure) -> None:
        ax = fig.add_subplot()
        view.bars(ax, ["P1", "P2", "P3"], [3, 5, 2], [[11, 12, 13], [14], [15, 16]])

    view.plot(draw)


def test_a_click_on_a_bar_emits_its_deals(view: ChartView, qtbot: QtBot) -> None:
    draw_three(view)
    got: list[tuple[list[int], str]] = []
    view.dealsClicked.connect(lambda ids, label: got.append((ids, label)))
    artists = [artist for artist, _ids, _label in view.targets()]
    assert [ids for _a, ids, _l in view.targets()] == [(11, 12, 13), (14,), (15, 16)]
    # The bars' heights are the values given.
    assert [a.get_height() for a in artists] == [3, 5, 2]  # type: ignore[attr-defined]

    QTest.mouseClick(view.canvas, Qt.MouseButton.LeftButton, pos=view.point_of(artists[1]))
    assert got == [([14], "P2")]
    QTest.mouseClick(view.canvas, Qt.MouseButton.LeftButton, pos=view.point_of(artists[2]))
    assert got[-1] == ([15, 16], "P3")

    # Above the shortest bar, in the empty part of the plot: nothing.
    low = view.point_of(artists[2])
    QTest.mouseClick(view.canvas, Qt.MouseButton.LeftButton, pos=QPoint(low.x(), 12))
    # A right click on a bar is the context menu, not a click-through.
    assert len(got) == 2


def test_export_writes_png_and_svg(
    view: ChartView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    draw_three(view)
    view.set_title("Deals per stage")
    asked: list[str] = []
    answers = iter([str(tmp_path / "chart.png"), str(tmp_path / "chart.svg"), None])

    def decide(_parent: object, name: str) -> str | None:
        asked.append(name)
        return next(answers)

    monkeypatch.setattr(chart, "decide_export_path", decide)
    QTest.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    png = tmp_path / "chart.png"
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    view.export_action.trigger()  # the context menu's entry
    svg = (tmp_path / "chart.svg").read_text(encoding="utf-8")
    assert "<svg" in svg
    assert "Deals per stage" in svg  # the exported picture names itself; text stays text
    assert asked == ["test-chart", "test-chart"]
    # Cancelled: nothing written, nothing asked of the figure.
    assert view.export() is None
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chart.png", "chart.svg"]
    # The title drawn for the export is gone from the chart on screen.
    assert view.figure.get_suptitle() == ""


def test_empty_state_says_what_to_do(view: ChartView) -> None:
    view.show_empty()
    assert view.is_empty
    assert view.empty.text() == "Nothing here yet: close a deal."
    assert not view.export_button.isEnabled()
    assert view.targets() == []
    draw_three(view)
    assert not view.is_empty
    assert view.export_button.isEnabled()


def test_fonts_follow_the_text_size(view: ChartView) -> None:
    draw_three(view)
    base = text_size.point_size()
    before = matplotlib.rcParams["font.size"]
    try:
        text_size.set_point_size(base + 6)
        after = matplotlib.rcParams["font.size"]
        assert after > before
        # The chart was drawn again at the new size (its tick labels are bigger).
        ax = view.figure.axes[0]
        assert ax.get_xticklabels()[0].get_fontsize() == pytest.approx(after * 0.95)
        assert len(view.targets()) == 3  # and its bars still know their deals
    finally:
        text_size.set_point_size(base)
    assert matplotlib.rcParams["font.size"] == pytest.approx(before)


def test_font_families_are_installed_ones_latin_first() -> None:
    from matplotlib import font_manager

    families = chart.font_families()
    installed = {f.name for f in font_manager.fontManager.ttflist}
    assert families[0] == "DejaVu Sans"
    assert all(f in installed for f in families)
    assert all(f in chart.CJK_FAMILIES for f in families[1:])


# -- the bar chart drawn with QPainter (the Funnel tab's) ------------------------------


@pytest.fixture
def bars_view(qtbot: QtBot) -> Iterator[BarChart]:
    chart_view = BarChart("test-bars", "Nothing here yet: move a deal.")
    shown(qtbot, chart_view)
    yield chart_view


def three_bars(view: BarChart, horizontal: bool = False) -> None:
    view.show_bars(
        Bars(
            ["P1", "P2", "P3"],
            [Series([3, 5, 2], [[11, 12, 13], [14], lambda: [15, 16]], texts=["3", "5", "2"])],
            horizontal=horizontal,
            axis_label="deals",
        )
    )


def painted(view: BarChart) -> None:
    view.canvas.repaint()


def test_a_click_on_a_painted_bar_emits_its_deals(bars_view: BarChart, qtbot: QtBot) -> None:
    three_bars(bars_view)
    painted(bars_view)
    got: list[tuple[list[int], str]] = []
    bars_view.dealsClicked.connect(lambda ids, label: got.append((ids, label)))
    bars = [bar for bar, _ids, _label in bars_view.targets()]
    # The deals read when asked (a function) as well as given.
    assert [ids for _b, ids, _l in bars_view.targets()] == [(11, 12, 13), (14,), (15, 16)]
    assert [b.value for b in bars] == [3, 5, 2]
    # Each bar as tall as its value, on one scale, from one base line.
    heights = [b.rect.height() for b in bars]
    assert heights[1] > heights[0] > heights[2] > 0
    assert heights[0] / heights[1] == pytest.approx(3 / 5, rel=0.01)
    assert len({round(b.rect.bottom()) for b in bars}) == 1
    # Left to right in their order, apart.
    assert bars[0].rect.right() < bars[1].rect.left() < bars[1].rect.right() < bars[2].rect.left()

    QTest.mouseClick(bars_view.canvas, Qt.MouseButton.LeftButton, pos=bars_view.point_of(bars[1]))
    assert got == [([14], "P2")]
    QTest.mouseClick(bars_view.canvas, Qt.MouseButton.LeftButton, pos=bars_view.point_of(bars[2]))
    assert got[-1] == ([15, 16], "P3")
    # Above the shortest bar, in the empty part of the plot: nothing.
    low = bars_view.point_of(bars[2])
    QTest.mouseClick(bars_view.canvas, Qt.MouseButton.LeftButton, pos=QPoint(low.x(), 12))
    # A right click on a bar is the context menu's, not a click-through.
    QTest.mouseClick(bars_view.canvas, Qt.MouseButton.RightButton, pos=bars_view.point_of(bars[0]))
    assert len(got) == 2


def test_horizontal_bars_run_top_down_and_name_the_bar_clicked(
    bars_view: BarChart, qtbot: QtBot
) -> None:
    bars_view.show_bars(
        Bars(
            ["P1 Target", "P2 Leads"],
            [Series([4, 8], [[1], [2]], names=["P1", "P2"])],
            horizontal=True,
        )
    )
    painted(bars_view)
    first, second = (bar for bar, _ids, _label in bars_view.targets())
    assert first.rect.top() < second.rect.top()  # the first stage at the top, as a funnel
    assert first.rect.left() == pytest.approx(second.rect.left())
    assert first.rect.width() / second.rect.width() == pytest.approx(0.5, rel=0.01)
    with qtbot.waitSignal(bars_view.dealsClicked) as blocker:
        QTest.mouseClick(
            bars_view.canvas, Qt.MouseButton.LeftButton, pos=bars_view.point_of(second)
        )
    assert blocker.args == [[2], "P2"]


def test_two_series_side_by_side_with_a_legend(bars_view: BarChart) -> None:
    bars_view.show_bars(
        Bars(
            ["P1", "P2"],
            [
                Series([10, 20], [[1], [2]], label="mean"),
                Series([5, 30], [[1], [2]], label="median", color="#e08a2e"),
            ],
        )
    )
    painted(bars_view)
    mean1, mean2, median1, median2 = (bar for bar, _ids, _label in bars_view.targets())
    assert mean1.rect.right() <= median1.rect.left() + 0.01  # beside each other
    assert median1.rect.right() < mean2.rect.left()  # the next stage after both
    assert median2.rect.height() / mean2.rect.height() == pytest.approx(1.5, rel=0.01)
    assert bars_view.tip(median2) == "P2 · median: 30"
    # The legend names both series on the canvas: its pixels hold both colours.
    image = bars_view.canvas.grab().toImage()
    top = QRectF(0, 0, image.width(), mean2.rect.top() - 1)
    colours = {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 2)
        for y in range(int(top.top()), int(top.bottom()), 2)
    }
    assert {"#3b6ea8", "#e08a2e"} <= colours


def test_the_value_axis_ends_at_the_limit_with_round_marks() -> None:
    assert nice_ticks(110, 6) == [0, 20, 40, 60, 80, 100]
    assert nice_ticks(20_041, 3) == [0, 10_000, 20_000]
    assert nice_ticks(20_041, 2) == [0, 20_000]  # never more marks than asked
    assert nice_ticks(47.25, 6) == [0, 10, 20, 30, 40]
    assert nice_ticks(0.9, 4) == [0, 0.25, 0.5, 0.75]
    assert nice_ticks(0) == [0]
    assert tick_text(20_000, 10_000) == "20,000"
    assert tick_text(0.25, 0.25) == "0.25"


def test_bar_chart_export_writes_png_and_svg_with_its_title(
    bars_view: BarChart, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    three_bars(bars_view, horizontal=True)
    bars_view.set_title("Deals per stage")
    answers = iter([str(tmp_path / "bars.png"), str(tmp_path / "bars.svg"), None])
    asked: list[str] = []

    def decide(_parent: object, name: str) -> str | None:
        asked.append(name)
        return next(answers)

    monkeypatch.setattr(chart, "decide_export_path", decide)
    QTest.mouseClick(bars_view.export_button, Qt.MouseButton.LeftButton)
    png = QImage(str(tmp_path / "bars.png"))
    assert not png.isNull()
    assert png.width() >= 2 * bars_view.canvas.width()  # sharp enough to print
    bars_view.export_action.trigger()  # the context menu's entry
    svg = (tmp_path / "bars.svg").read_text(encoding="utf-8")
    assert "<svg" in svg
    assert "Deals per stage" in svg and "P3" in svg  # text stays text
    assert asked == ["test-bars", "test-bars"]
    assert bars_view.export() is None  # cancelled: nothing written
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bars.png", "bars.svg"]
    # Somewhere it cannot write: no file, no crash.
    assert bars_view.export_to(tmp_path / "missing" / "bars.png") is None
    # The chart on screen still answers clicks where its bars are.
    bar = bars_view.targets()[0][0]
    with qtbot.waitSignal(bars_view.dealsClicked):
        QTest.mouseClick(bars_view.canvas, Qt.MouseButton.LeftButton, pos=bars_view.point_of(bar))


def test_bar_chart_empty_state_says_what_to_do(bars_view: BarChart) -> None:
    bars_view.show_empty()
    assert bars_view.is_empty
    assert bars_view.empty.text() == "Nothing here yet: move a deal."
    assert not bars_view.export_button.isEnabled()
    assert bars_view.targets() == []
    assert bars_view.export() is None
    three_bars(bars_view)
    assert not bars_view.is_empty
    assert bars_view.export_button.isEnabled()


def test_bar_chart_text_follows_the_text_size(bars_view: BarChart) -> None:
    three_bars(bars_view, horizontal=True)
    painted(bars_view)
    left = bars_view.targets()[0][0].rect.left()
    base = text_size.point_size()
    try:
        text_size.set_point_size(base + 6)
        painted(bars_view)
        # Bigger names need a wider margin: the bars start further right.
        assert bars_view.targets()[0][0].rect.left() > left + 5
    finally:
        text_size.set_point_size(base)
    painted(bars_view)
    assert bars_view.targets()[0][0].rect.left() == pytest.approx(left)


def test_a_bar_shows_its_value_under_the_pointer(bars_view: BarChart, qtbot: QtBot) -> None:
    three_bars(bars_view)
    painted(bars_view)
    bar = bars_view.targets()[1][0]
    pos = bars_view.point_of(bar)

    def move(to: QPoint) -> None:
        # A move event sent as such: QTest.mouseMove sends none when the pointer of an
        # earlier test already stands there.
        canvas = bars_view.canvas
        no_button, no_key = Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
        at, on_screen = QPointF(to), QPointF(canvas.mapToGlobal(to))
        event = QMouseEvent(QEvent.Type.MouseMove, at, on_screen, no_button, no_button, no_key)
        QApplication.sendEvent(canvas, event)

    move(pos)
    assert bars_view.canvas.cursor().shape() == Qt.CursorShape.PointingHandCursor
    event = QHelpEvent(QEvent.Type.ToolTip, pos, bars_view.canvas.mapToGlobal(pos))
    QApplication.sendEvent(bars_view.canvas, event)
    assert QToolTip.text() == "P2: 5"
    move(QPoint(pos.x(), 3))
    assert bars_view.canvas.cursor().shape() != Qt.CursorShape.PointingHandCursor


def test_stacked_bars_stand_on_each_other_and_long_names_slant(bars_view: BarChart) -> None:
    months = [f"2027-{m:02d} (a long name)" for m in range(1, 13)]
    bars_view.show_bars(
        Bars(
            months,
            [
                Series([1_000.0] * 12, [[m] for m in range(12)], label="received"),
                Series([float(500 * m) for m in range(12)], [[m] for m in range(12)], label="due"),
            ],
            stacked=True,
            value_text=lambda v: f"{v / 1000:g}K",
            grid=True,
        )
    )
    painted(bars_view)
    bars = [bar for bar, _ids, _label in bars_view.targets()]
    received, due = bars[:12], bars[12:]
    for low, high in zip(received, due, strict=True):
        assert high.rect.left() == pytest.approx(low.rect.left())  # one bar a month
        assert high.rect.bottom() == pytest.approx(low.rect.top())  # standing on it
        assert high.base == low.value
    # The total is what reaches highest: the last month's 1,000 + 5,500.
    tallest = min(b.rect.top() for b in due)
    assert due[-1].rect.top() == pytest.approx(tallest)
    assert due[-1].rect.height() / received[-1].rect.height() == pytest.approx(5.5, rel=0.01)
    assert bars_view.tip(due[-1]) == "2027-12 (a long name) · due: 5.5K"
    # Twelve long names do not fit side by side: they slant, and take room below.
    assert bars_view._slant
    assert bars_view.canvas.height() - received[0].rect.bottom() > 40
    # Short names stand level.
    bars_view.show_bars(Bars(["A", "B"], [Series([1, 2], [[1], [2]])]))
    painted(bars_view)
    assert not bars_view._slant


def test_a_line_joins_its_dots_over_its_column_of_bars(bars_view: BarChart) -> None:
    bars_view.show_bars(
        Bars(
            ["Q1", "Q2", "Q3"],
            [
                Series([100, 200, 300], [[1], [2], [3]], label="forecast"),
                Series([50, 50, 50], [[4], [5], [6]], label="won", column=1),
            ],
            stacked=True,
            lines=[Line([100, 150, 0], label="weighted")],
        )
    )
    painted(bars_view)
    bars = [bar for bar, _ids, _label in bars_view.targets()]
    forecast, won = bars[:3], bars[3:]
    assert all(w.rect.left() >= f.rect.right() - 0.01 for f, w in zip(forecast, won, strict=True))
    dots = bars_view._line_points[0]
    for dot, bar in zip(dots, forecast, strict=True):
        assert dot.x() == pytest.approx(bar.rect.center().x())  # over the forecast column
    assert dots[0].y() == pytest.approx(forecast[0].rect.top())  # 100 where the bar of 100 ends
    assert dots[2].y() == pytest.approx(forecast[0].rect.bottom())  # 0 on the axis
