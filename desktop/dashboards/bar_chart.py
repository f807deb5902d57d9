"""A plain bar chart drawn with QPainter, whose bars know the deals behind them.

The Funnel tab is what the Dashboards page shows first; drawn with matplotlib,
its first view cost the import of matplotlib (about half a second) and three
laid-out figures (a quarter of a second) on top of its figures. Its charts are
plain bars, as are the other tabs' (a tab left in front is the one a first visit
shows), so they are all drawn here: a :class:`Bars` describes one chart (the
categories, one or more :class:`Series` of values side by side or stacked, the
texts at the bars' ends, a :class:`Line`, :class:`Mark` strokes or a
:class:`Reference` line over them, the value axis, a note),
:class:`BarChart` shows it on the same frame as every other chart (title,
"Export…", empty state; :class:`~desktop.dashboards.chart.ChartFrame`). A click
on a bar emits ``dealsClicked(ids, name)``; the pointer over a bar shows its
value. Export writes what is on screen, with its title, as PNG or SVG (text
stays text).

Text follows the application's text size as matplotlib's charts do
(:func:`~desktop.dashboards.chart.chart_points`); Qt finds Chinese glyphs by
itself.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QImage,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QToolTip, QWidget

from desktop import text_size
from desktop.dashboards.chart import PALETTE, ChartFrame, DealIds, _ids, chart_points, tr

INK = QColor("#262626")
"""Text, axes and ticks (on white, as the matplotlib charts beside)."""

GRID = QColor("#e3e3e3")
"""The light lines across the plot at the value axis's marks."""

SLANT = math.sqrt(0.5)
"""Names too wide for their room stand at 45° (this is sin 45°)."""

EXPORT_SCALE = 2.0
"""An exported PNG has this many pixels per pixel on screen (sharp when printed)."""


@dataclass(frozen=True)
class Series:
    """One bar per category; ``deal_ids[i]`` are the deals bar ``i`` stands for
    (or a function that reads them when it is clicked)."""

    values: Sequence[float]
    deal_ids: Sequence[DealIds] | None = None
    names: Sequence[str] | None = None
    """What a click names each bar (default: the categories)."""
    texts: Sequence[str] | None = None
    """Written at the end of each bar (a count, a share)."""
    color: str = PALETTE[0]
    label: str | None = None
    """The series in the legend (a legend is drawn when a series has a label)."""
    column: int = 0
    """Stacked, the series of one column stand on each other; columns side by side."""


@dataclass(frozen=True)
class Line:
    """Values joined by a line with a dot at each category (over the bars)."""

    values: Sequence[float]
    color: str = PALETTE[3]
    label: str | None = None
    column: int = 0
    """Stacked bars: the dots stand over this column's bars."""


@dataclass(frozen=True)
class Mark:
    """A stroke across each category's bars at a value (a target), None for none."""

    values: Sequence[float | None]
    color: str = PALETTE[3]
    label: str | None = None


@dataclass(frozen=True)
class Reference:
    """A dashed line across the plot at one value (the per-head figure)."""

    value: float
    color: str = PALETTE[3]
    label: str | None = None


Entry = Series | Line | Mark | Reference
"""What the legend names."""


@dataclass(frozen=True)
class Bars:
    """One bar chart: ``categories`` along one axis, the series' bars side by side."""

    categories: Sequence[str]
    series: Sequence[Series]
    horizontal: bool = False
    """Categories down the left, top first (a funnel); else along the bottom."""
    axis_label: str = ""
    """What the values are ("deals", "% moved on")."""
    limit: float | None = None
    """The end of the value axis (default: the largest value with room for its text)."""
    ticks: Sequence[float] | None = None
    """The values marked on the value axis (default: round steps)."""
    small_texts: bool = False
    small_axis_label: bool = False
    width: float = 0.7
    """The share of a category's room its bars take together."""
    stacked: bool = False
    """The series one on another in one bar per category (else side by side)."""
    value_text: Callable[[float], str] | None = None
    """How a value on the value axis reads ("350K"; default: the number)."""
    grid: bool = False
    """Light lines across the plot at the value axis's marks."""
    lines: Sequence[Line] = ()
    marks: Sequence[Mark] = ()
    reference: Reference | None = None
    note: str = ""
    """Written in the plot's top corner (what a bar cut at the axis's end stands for)."""
    small_names: bool = False
    """The categories' names in the small font (many of them)."""


@dataclass
class Bar:
    """A bar drawn: its value, where it is (canvas coordinates), what a click emits."""

    value: float
    rect: QRectF = field(default_factory=QRectF)
    deal_ids: DealIds = ()
    name: str = ""
    category: str = ""
    series: str | None = None
    base: float = 0.0
    """Where the bar starts (the bars below it, stacked)."""
    clickable: bool = False
    """Its series names deals (a click emits them, when there are any)."""


def nice_ticks(top: float, most: int = 6) -> list[float]:
    """0 to ``top`` in round steps (1, 2, 2.5 or 5 times a power of ten), at most
    ``most`` + 1 marks, the last one at or below ``top``."""
    if top <= 0:
        return [0.0]
    raw = top / max(1, most)
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    count = int(top / step + 1e-9)
    return [round(i * step, 10) for i in range(count + 1)]


def tick_text(value: float, step: float) -> str:
    """A mark's value as plain text, with as many decimals as the step has (none for
    whole numbers)."""
    decimals = next((d for d in range(7) if abs(round(step, d) - step) < 1e-9), 6)
    return f"{value:,.{decimals}f}"


class _Fonts:
    """The chart's fonts, sized in pixels of the screen it is shown on: the same text
    measures and draws alike on the screen, in a PNG and in an SVG."""

    def __init__(self, widget: QWidget) -> None:
        pixels = chart_points() * widget.logicalDpiY() / 72

        def sized(factor: float) -> QFont:
            font = QFont(widget.font())
            font.setPixelSize(max(1, round(pixels * factor)))
            return font

        self.tick = sized(0.95)
        self.label = sized(1.0)
        self.small = sized(0.83)
        self.legend = sized(0.9)
        self.title = sized(1.1)


class BarCanvas(QWidget):
    """Where a :class:`BarChart` draws its bars (and receives clicks)."""

    def __init__(self, chart: BarChart) -> None:
        super().__init__(chart)
        self.chart = chart
        self.setMouseTracking(True)

    def sizeHint(self) -> QSize:
        return QSize(320, 240)

    def minimumSizeHint(self) -> QSize:
        return QSize(120, 160)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self.chart.paint(painter, QRectF(self.rect()))
        finally:
            painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            bar = self.chart.bar_at(event.position())
            if bar is not None:
                ids = _ids(bar.deal_ids)
                if ids:
                    self.chart.dealsClicked.emit(list(ids), bar.name)
                    return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self.chart.bar_at(event.position()) is not None:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            self.unsetCursor()
        super().mouseMoveEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            bar = self.chart.bar_at(QPointF(event.pos()))
            if bar is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.chart.tip(bar), self)
            return True
        return super().event(event)


class BarChart(ChartFrame):
    """A :class:`Bars` chart on the chart frame, drawn with QPainter."""

    def __init__(
        self,
        name: str = "chart",
        empty_text: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(name, empty_text, parent)
        self.spec: Bars | None = None
        self._bars: list[Bar] = []
        self._laid_out: tuple[float, float, float] | None = None  # width, height, points
        self._slant = False  # the category names slanted (too wide for their room)
        self._line_points: list[list[QPointF]] = []
        self.set_canvas(BarCanvas(self))
        text_size.notifier().changed.connect(self._text_size_changed)

    # -- what is drawn ----------------------------------------------------------------

    def show_bars(self, spec: Bars) -> None:
        """Draw ``spec`` (in place of what was drawn or the empty state)."""
        for series in spec.series:
            if len(series.values) != len(spec.categories):
                raise ValueError("a series needs one value per category")
        self.spec = spec
        self._bars = []
        below = {c: [0.0] * len(spec.categories) for c in {s.column for s in spec.series}}
        for series in spec.series:
            for i, value in enumerate(series.values):
                self._bars.append(
                    Bar(
                        value=float(value),
                        deal_ids=series.deal_ids[i] if series.deal_ids is not None else (),
                        name=(series.names or spec.categories)[i],
                        category=spec.categories[i],
                        series=series.label,
                        base=below[series.column][i] if spec.stacked else 0.0,
                        clickable=series.deal_ids is not None,
                    )
                )
                if spec.stacked:
                    below[series.column][i] += float(value)
        self._laid_out = None
        self._show_canvas()
        self.canvas.update()

    def show_empty(self, text: str | None = None) -> None:
        self.spec = None
        self._bars = []
        self._laid_out = None
        super().show_empty(text)

    def bars(self) -> list[Bar]:
        """The bars drawn, series after series (in each, category after category)."""
        return list(self._bars)

    def targets(self) -> list[tuple[Bar, tuple[int, ...], str]]:
        """The clickable bars with their deals and names (as ChartView's)."""
        return [(b, _ids(b.deal_ids), b.name) for b in self._bars if b.clickable]

    def bar_at(self, pos: QPointF) -> Bar | None:
        self._lay_out_for_canvas()
        for bar in reversed(self._bars):
            if bar.rect.contains(pos):
                return bar
        return None

    def point_of(self, bar: Bar) -> QPoint:
        """The centre of ``bar`` in the canvas's coordinates (for tests)."""
        self._lay_out_for_canvas()
        return bar.rect.center().toPoint()

    def tip(self, bar: Bar) -> str:
        spec = self.spec
        if spec is not None and spec.value_text is not None:
            value = spec.value_text(bar.value)
        else:
            value = f"{bar.value:,.1f}".removesuffix(".0")
        head = bar.category if bar.series is None else f"{bar.category} · {bar.series}"
        return tr("{bar}: {value}").format(bar=head, value=value)

    def _text_size_changed(self, _size: float) -> None:
        self._laid_out = None
        self.canvas.update()

    def _lay_out_for_canvas(self) -> None:
        """Bars placed for the canvas's size now (as the last paint did or will)."""
        size = (float(self.canvas.width()), float(self.canvas.height()), chart_points())
        if self._laid_out != size and self.spec is not None:
            self._place(QRectF(self.canvas.rect()), _Fonts(self.canvas))
            self._laid_out = size

    # -- drawing ---------------------------------------------------------------------

    def paint(self, painter: QPainter, area: QRectF, title: str = "") -> None:
        """Draw the chart in ``area`` (the canvas, or an exported picture with its title)."""
        painter.fillRect(area, QColor("white"))
        spec = self.spec
        if spec is None:
            return
        fonts = _Fonts(self.canvas)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if title:
            painter.setFont(fonts.title)
            painter.setPen(INK)
            high = QFontMetricsF(fonts.title).height() * 1.6
            painter.drawText(
                QRectF(area.left(), area.top(), area.width(), high),
                Qt.AlignmentFlag.AlignCenter,
                title,
            )
            area = area.adjusted(0, high, 0, 0)
        plot, ticks = self._place(area, fonts)
        if not title:
            self._laid_out = (area.width(), area.height(), chart_points())
        self._draw_grid(painter, plot, ticks)
        for bar, series in zip(self._bars, self._series_of_bars(), strict=True):
            painter.fillRect(bar.rect, QColor(series.color))
        self._draw_axes(painter, area, plot, ticks, fonts)
        self._draw_lines(painter)
        self._draw_marks(painter, plot, fonts)
        self._draw_texts(painter, plot, fonts)
        self._draw_legend(painter, area, plot, fonts)

    def _series_of_bars(self) -> list[Series]:
        assert self.spec is not None
        return [s for s in self.spec.series for _ in s.values]

    def _value_end(self) -> float:
        """The value at the far end of the value axis."""
        assert self.spec is not None
        if self.spec.limit is not None:
            return self.spec.limit
        spec = self.spec
        top = max(
            [
                *(b.base + b.value for b in self._bars),
                *(v for ln in spec.lines for v in ln.values),
                *(v for m in spec.marks for v in m.values if v is not None),
                *([spec.reference.value] if spec.reference is not None else []),
            ],
            default=0.0,
        )
        # The texts at the bars' ends and the legend have room of their own (_place).
        return top * 1.05 if top > 0 else 1.0

    def _has_legend(self) -> bool:
        return self.spec is not None and any(e.label for e in self._legend_entries())

    def _legend_entries(self) -> list[Entry]:
        spec = self.spec
        assert spec is not None
        reference = [spec.reference] if spec.reference is not None else []
        return [e for e in (*spec.series, *spec.lines, *spec.marks, *reference) if e.label]

    def _columns(self) -> list[int]:
        """The columns of bars side by side in a category, in their order."""
        assert self.spec is not None
        if self.spec.stacked:
            return sorted({s.column for s in self.spec.series})
        return list(range(len(self.spec.series)))

    def _mark_text(self, value: float, step: float) -> str:
        assert self.spec is not None
        if self.spec.value_text is not None:
            return self.spec.value_text(value)
        return tick_text(value, step)

    def _ticks(self, end: float, pixels: float, fonts: _Fonts) -> list[float]:
        assert self.spec is not None
        if self.spec.ticks is not None:
            return [float(t) for t in self.spec.ticks]
        metrics = QFontMetricsF(fonts.tick)
        # Room for each mark's text: beside one another (vertical axis) or in a row.
        each = (
            metrics.height() * 2.2
            if not self.spec.horizontal
            else metrics.horizontalAdvance(self._mark_text(end, 1.0)) + metrics.height()
        )
        most = max(2, min(8, int(pixels / max(each, 1.0))))
        return nice_ticks(end, most)

    def _legend_rows(self, width: float, fonts: _Fonts) -> list[list[tuple[Entry, float]]]:
        """The legend's entries (with their widths) in rows no wider than ``width``."""
        metrics = QFontMetricsF(fonts.legend)
        rows: list[list[tuple[Entry, float]]] = []
        used = width
        for series in self._legend_entries():
            each = metrics.height() * 1.3 + metrics.horizontalAdvance(series.label or "")
            if used + each > width and (used > 0 or not rows):
                rows.append([])
                used = 0.0
            rows[-1].append((series, each))
            used += each
        return rows

    def _place(self, area: QRectF, fonts: _Fonts) -> tuple[QRectF, list[tuple[float, str]]]:
        """Work out the plot's rectangle, the marks on the value axis (position, text)
        and every bar's rectangle."""
        spec = self.spec
        assert spec is not None
        tick_m = QFontMetricsF(fonts.tick)
        names_m = QFontMetricsF(fonts.small if spec.small_names else fonts.tick)
        label_font = fonts.small if spec.small_axis_label else fonts.label
        label_m = QFontMetricsF(label_font)
        text_m = QFontMetricsF(fonts.small if spec.small_texts else fonts.label)
        pad = tick_m.height() * 0.4
        mark = 4.0
        end = self._value_end()
        texts = [t for s in spec.series for t in (s.texts or [""] * len(s.values))]
        # Beside their bars, but for those cut at the axis's end (written on them).
        beside = [t for t, b in zip(texts, self._bars, strict=True) if b.base + b.value <= end]
        widest_text = max((text_m.horizontalAdvance(t) for t in beside), default=0.0)
        rows = len(self._legend_rows(area.width() - 2 * pad, fonts))
        legend = QFontMetricsF(fonts.legend).height() * (rows + 0.4) if rows else 0.0
        self._slant = False
        if spec.horizontal:
            widest = max((names_m.horizontalAdvance(c) for c in spec.categories), default=0.0)
            left = min(widest, area.width() * 0.4) + mark + pad * 2
            bottom = tick_m.height() + mark + pad * 2
            if spec.axis_label:
                bottom += label_m.height()
            plot = QRectF(
                area.left() + left,
                area.top() + pad + legend,
                max(10.0, area.width() - left - pad - widest_text - pad),
                max(10.0, area.height() - bottom - pad - legend),
            )
            ticks = self._ticks(end, plot.width(), fonts)
        else:
            top = pad + legend + (text_m.height() if any(texts) else 0.0)
            # The widest mark on the value axis, from a first guess of the marks.
            guess = self._ticks(end, area.height() - 3 * tick_m.height() - top, fonts)
            step = guess[1] - guess[0] if len(guess) > 1 else 1.0
            widest = max(
                (tick_m.horizontalAdvance(self._mark_text(t, step)) for t in guess), default=0
            )
            left = widest + mark + pad * 2
            if spec.axis_label:
                left += label_m.height()
            # Names wider than their room are slanted (and need more room below).
            band = (area.width() - left - pad) / max(1, len(spec.categories))
            names = max((names_m.horizontalAdvance(c) for c in spec.categories), default=0.0)
            self._slant = names > band * 0.95
            if self._slant:
                names = min(names, area.height() * 0.3 / SLANT)
                bottom = (names + names_m.height()) * SLANT + mark + pad * 2
            else:
                bottom = tick_m.height() + mark + pad * 2
            plot = QRectF(
                area.left() + left,
                area.top() + top,
                max(10.0, area.width() - left - pad),
                max(10.0, area.height() - bottom - top),
            )
            ticks = self._ticks(end, plot.height(), fonts)
        step = ticks[1] - ticks[0] if len(ticks) > 1 else 1.0
        marks = [
            (self._at(plot, t, end), self._mark_text(t, step)) for t in ticks if t <= end + 1e-9
        ]
        self._place_bars(plot, end)
        return plot, marks

    def _at(self, plot: QRectF, value: float, end: float) -> float:
        """Where ``value`` falls on the value axis."""
        assert self.spec is not None
        share = max(0.0, min(1.0, value / end)) if end > 0 else 0.0
        if self.spec.horizontal:
            return plot.left() + share * plot.width()
        return plot.bottom() - share * plot.height()

    def _place_bars(self, plot: QRectF, end: float) -> None:
        spec = self.spec
        assert spec is not None
        count = len(spec.categories)
        self._line_points = []
        if not count:
            return
        band = (plot.height() if spec.horizontal else plot.width()) / count
        columns = self._columns()
        each = band * spec.width / max(1, len(columns))
        n = 0
        for k, series in enumerate(spec.series):
            slot = columns.index(series.column) if spec.stacked else k
            for i in range(len(series.values)):
                bar = self._bars[n]
                n += 1
                start = band * i + band * (1 - spec.width) / 2 + each * slot
                low = self._at(plot, bar.base, end)
                high = self._at(plot, bar.base + bar.value, end)
                if spec.horizontal:
                    bar.rect = QRectF(low, plot.top() + start, max(0.0, high - low), each)
                else:
                    bar.rect = QRectF(plot.left() + start, high, each, max(0.0, low - high))
        self._line_points = [
            [
                QPointF(
                    plot.left()
                    + band * i
                    + band * (1 - spec.width) / 2
                    + each * (columns.index(line.column) if line.column in columns else 0)
                    + each / 2,
                    self._at(plot, value, end),
                )
                for i, value in enumerate(line.values)
            ]
            for line in spec.lines
        ]

    def _draw_lines(self, painter: QPainter) -> None:
        assert self.spec is not None
        for line, points in zip(self.spec.lines, self._line_points, strict=True):
            pen = QPen(QColor(line.color), 2.0)
            painter.setPen(pen)
            for a, b in itertools.pairwise(points):
                painter.drawLine(a, b)
            painter.setBrush(QColor(line.color))
            radius = 3.5
            for point in points:
                painter.drawEllipse(point, radius, radius)
            painter.setBrush(Qt.BrushStyle.NoBrush)

    def _draw_marks(self, painter: QPainter, plot: QRectF, fonts: _Fonts) -> None:
        """The targets' strokes, the reference line and the note."""
        spec = self.spec
        assert spec is not None
        end = self._value_end()
        count = max(1, len(spec.categories))
        band = (plot.height() if spec.horizontal else plot.width()) / count
        reach = band * min(0.9, spec.width + 0.1) / 2
        for mark in spec.marks:
            painter.setPen(QPen(QColor(mark.color), 3.0))
            for i, value in enumerate(mark.values):
                if value is None:
                    continue
                at = self._at(plot, value, end)
                middle = (plot.top() if spec.horizontal else plot.left()) + band * (i + 0.5)
                if spec.horizontal:
                    painter.drawLine(QPointF(at, middle - reach), QPointF(at, middle + reach))
                else:
                    painter.drawLine(QPointF(middle - reach, at), QPointF(middle + reach, at))
        if spec.reference is not None:
            pen = QPen(QColor(spec.reference.color), 1.5, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            at = self._at(plot, spec.reference.value, end)
            if spec.horizontal:
                painter.drawLine(QPointF(at, plot.top()), QPointF(at, plot.bottom()))
            else:
                painter.drawLine(QPointF(plot.left(), at), QPointF(plot.right(), at))
        if spec.note:
            painter.setFont(fonts.small)
            metrics = QFontMetricsF(fonts.small)
            text = metrics.elidedText(spec.note, Qt.TextElideMode.ElideRight, plot.width() - 8)
            width = metrics.horizontalAdvance(text) + 6
            box = QRectF(plot.right() - width - 2, plot.top() + 2, width, metrics.height() + 2)
            painter.fillRect(box, QColor(255, 255, 255, 217))
            painter.setPen(INK)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    def _draw_grid(self, painter: QPainter, plot: QRectF, marks: list[tuple[float, str]]) -> None:
        assert self.spec is not None
        if not self.spec.grid:
            return
        painter.setPen(QPen(GRID, 1.0))
        for at, _text in marks:
            if self.spec.horizontal:
                painter.drawLine(QPointF(at, plot.top()), QPointF(at, plot.bottom()))
            else:
                painter.drawLine(QPointF(plot.left(), at), QPointF(plot.right(), at))

    def _draw_axes(
        self,
        painter: QPainter,
        area: QRectF,
        plot: QRectF,
        marks: list[tuple[float, str]],
        fonts: _Fonts,
    ) -> None:
        spec = self.spec
        assert spec is not None
        pen = QPen(INK)
        pen.setWidthF(1.0)
        painter.setPen(pen)
        painter.drawLine(plot.bottomLeft(), plot.topLeft())
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        tick_m = QFontMetricsF(fonts.tick)
        names_font = fonts.small if spec.small_names else fonts.tick
        names_m = QFontMetricsF(names_font)
        mark, pad = 4.0, tick_m.height() * 0.4
        painter.setFont(fonts.tick)
        count = len(spec.categories)
        band = (plot.height() if spec.horizontal else plot.width()) / max(1, count)
        centre = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if spec.horizontal:
            for x, text in marks:
                painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + mark))
                box = QRectF(x - 100, plot.bottom() + mark + pad / 2, 200, tick_m.height())
                painter.drawText(box, centre, text)
            painter.setFont(names_font)
            room = plot.left() - mark - pad * 2
            every = max(1, math.ceil(names_m.height() / band))  # too many to name each
            for i, category in enumerate(spec.categories):
                if i % every:
                    continue
                y = plot.top() + band * (i + 0.5)
                painter.drawLine(QPointF(plot.left() - mark, y), QPointF(plot.left(), y))
                shown = names_m.elidedText(category, Qt.TextElideMode.ElideRight, room)
                high = max(band, names_m.height())
                box = QRectF(plot.left() - mark - pad - room, y - high / 2, room, high)
                painter.drawText(box, right, shown)
            if spec.axis_label:
                painter.setFont(fonts.small if spec.small_axis_label else fonts.label)
                top = plot.bottom() + mark + pad + tick_m.height()
                box = QRectF(plot.left(), top, plot.width(), painter.fontMetrics().height() + pad)
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, spec.axis_label)
            return
        for y, text in marks:
            painter.drawLine(QPointF(plot.left() - mark, y), QPointF(plot.left(), y))
            box = QRectF(
                area.left(),
                y - tick_m.height() / 2,
                plot.left() - mark - pad / 2 - area.left(),
                tick_m.height(),
            )
            painter.drawText(box, right, text)
        painter.setFont(names_font)
        room = (area.bottom() - plot.bottom() - mark - pad) / SLANT - names_m.height()
        for i, category in enumerate(spec.categories):
            x = plot.left() + band * (i + 0.5)
            painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + mark))
            if self._slant:  # ending under its bar, rising to the left
                shown = names_m.elidedText(category, Qt.TextElideMode.ElideRight, max(room, 10))
                width = names_m.horizontalAdvance(shown)
                painter.save()
                painter.translate(x, plot.bottom() + mark + pad / 2)
                painter.rotate(-45)
                box = QRectF(-width - 1, 0, width + 2, names_m.height())
                painter.drawText(box, right, shown)
                painter.restore()
            else:
                shown = names_m.elidedText(category, Qt.TextElideMode.ElideRight, band)
                box = QRectF(x - band / 2, plot.bottom() + mark + pad / 2, band, names_m.height())
                painter.drawText(box, centre, shown)
        if spec.axis_label:
            painter.setFont(fonts.small if spec.small_axis_label else fonts.label)
            height = painter.fontMetrics().height()
            painter.save()
            painter.translate(area.left() + pad + height / 2, plot.center().y())
            painter.rotate(-90)
            box = QRectF(-plot.height() / 2, -height / 2, plot.height(), height)
            shown = painter.fontMetrics().elidedText(
                spec.axis_label, Qt.TextElideMode.ElideRight, round(plot.height())
            )
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, shown)
            painter.restore()

    def _draw_texts(self, painter: QPainter, plot: QRectF, fonts: _Fonts) -> None:
        spec = self.spec
        assert spec is not None
        font = fonts.small if spec.small_texts else fonts.label
        painter.setFont(font)
        painter.setPen(INK)
        metrics = QFontMetricsF(font)
        pad = metrics.height() * 0.25
        crowded = plot.height() < len(spec.categories) * metrics.height() * 0.9
        if spec.horizontal and crowded:
            return  # too many bars to write on: the pointer and the table tell
        end = self._value_end()
        n = 0
        for series in spec.series:
            for i in range(len(series.values)):
                bar = self._bars[n]
                n += 1
                if not series.texts or not series.texts[i]:
                    continue
                text = series.texts[i]
                width = metrics.horizontalAdvance(text)
                if bar.base + bar.value > end + 1e-9:  # cut at the axis's end: written on it
                    painter.setPen(QColor("white"))
                    inside = bar.rect.adjusted(pad, 0, -pad, 0)
                    flags = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    if not spec.horizontal:
                        flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                    shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, inside.width())
                    painter.drawText(inside, flags, shown)
                    painter.setPen(INK)
                    continue
                if spec.horizontal:
                    high = max(bar.rect.height(), metrics.height())
                    middle = bar.rect.center().y()
                    box = QRectF(bar.rect.right() + pad, middle - high / 2, width + 2, high)
                    painter.drawText(
                        box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text
                    )
                else:
                    box = QRectF(
                        bar.rect.center().x() - width / 2 - 1,
                        bar.rect.top() - pad - metrics.height(),
                        width + 2,
                        metrics.height(),
                    )
                    painter.drawText(
                        box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, text
                    )

    def _draw_legend(self, painter: QPainter, area: QRectF, plot: QRectF, fonts: _Fonts) -> None:
        """The series' colours and names in rows above the plot."""
        metrics = QFontMetricsF(fonts.legend)
        pad = QFontMetricsF(fonts.tick).height() * 0.4
        rows = self._legend_rows(area.width() - 2 * pad, fonts)
        if not rows:
            return
        painter.setFont(fonts.legend)
        painter.setPen(INK)
        side = metrics.height() * 0.7
        y = area.top() + pad
        for row in rows:
            x = max(area.left() + pad, plot.left() + metrics.height() * 0.5)
            if x + sum(w for _s, w in row) > area.right() - pad:
                x = area.left() + pad
            for series, width in row:
                box = QRectF(x, y + (metrics.height() - side) / 2, side, side)
                if isinstance(series, Mark):  # the target's stroke
                    painter.setPen(QPen(QColor(series.color), 3.0))
                    painter.drawLine(
                        QPointF(box.center().x(), box.top()),
                        QPointF(box.center().x(), box.bottom()),
                    )
                    painter.setPen(INK)
                elif isinstance(series, Reference):  # dashed
                    middle = box.center().y()
                    painter.setPen(QPen(QColor(series.color), 1.5, Qt.PenStyle.DashLine))
                    painter.drawLine(QPointF(box.left(), middle), QPointF(box.right(), middle))
                    painter.setPen(INK)
                elif isinstance(series, Line):  # a stroke with its dot
                    middle = box.center().y()
                    painter.setPen(QPen(QColor(series.color), 2.0))
                    painter.drawLine(QPointF(box.left(), middle), QPointF(box.right(), middle))
                    painter.setBrush(QColor(series.color))
                    painter.drawEllipse(box.center(), side / 4, side / 4)
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.setPen(INK)
                else:
                    painter.fillRect(box, QColor(series.color))
                text = QRectF(x + side + metrics.height() * 0.3, y, width, metrics.height())
                painter.drawText(
                    text,
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    series.label or "",
                )
                x += width
            y += metrics.height()

    # -- export ----------------------------------------------------------------------

    def export_to(self, path: Path) -> Path | None:
        """Save what is on screen, with the title above, as PNG or SVG (by the suffix;
        PNG when it is neither)."""
        if path.suffix.lower() not in (".png", ".svg"):
            path = path.with_suffix(".png")
        writer: Callable[[Path], bool] = self._svg if path.suffix.lower() == ".svg" else self._png
        try:
            if not writer(path):
                raise OSError(f"could not write {path}")
        except OSError as exc:
            self._export_failed(exc)
            return None
        finally:
            self._laid_out = None  # the export placed the bars in its own picture
        return path

    def _export_size(self) -> QSize:
        return QSize(max(self.canvas.width(), 480), max(self.canvas.height(), 320))

    def _png(self, path: Path) -> bool:
        size = self._export_size()
        image = QImage(
            round(size.width() * EXPORT_SCALE),
            round(size.height() * EXPORT_SCALE),
            QImage.Format.Format_ARGB32,
        )
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.scale(EXPORT_SCALE, EXPORT_SCALE)
        self._paint_export(painter, size)
        return image.save(str(path), "PNG")

    def _svg(self, path: Path) -> bool:
        from PySide6.QtSvg import QSvgGenerator

        size = self._export_size()
        generator = QSvgGenerator()
        generator.setFileName(str(path))
        generator.setSize(size)
        generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
        generator.setTitle(self.title.text() or self.name)
        painter = QPainter()
        if not painter.begin(generator):
            return False
        self._paint_export(painter, size)
        return path.exists()

    def _paint_export(self, painter: QPainter, size: QSize) -> None:
        """The chart with its title on an exported picture (``painter`` ended after)."""
        try:
            self.paint(painter, QRectF(0, 0, size.width(), size.height()), self.title.text())
        finally:
            painter.end()
