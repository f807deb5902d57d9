"""ChartView: a real click on a bar emits its deals, export writes PNG and SVG,
the empty state, fonts that follow the text size (no Chinese font needed)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import matplotlib
import pytest
from matplotlib.figure import Figure
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from desktop import text_size
from desktop.dashboards import chart
from desktop.dashboards.chart import ChartView


@pytest.fixture
def view(qtbot: QtBot) -> Iterator[ChartView]:
    chart_view = ChartView("test-chart", "Nothing here yet: close a deal.")
    qtbot.addWidget(chart_view)
    chart_view.resize(640, 420)
    chart_view.show()
    qtbot.waitExposed(chart_view)
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
