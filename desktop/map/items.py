"""What the scene is made of: one light item per card, and layers that draw many things.

A card item holds its node key and nothing else; it asks the scene for what to
show. Everything that exists in the thousands and is not picked one by one
(edges, the zoomed-out picture of all cards) is drawn by one layer item per
kind, rebuilt on change: a scene of 2,000 labelled items costs ~90 ms a frame,
these layers a few. How much is drawn depends on the zoom
(``levelOfDetailFromTransform``): below :data:`~desktop.map.style.DETAIL_LOD`
the overview layer paints every card as a plain rectangle without antialiasing
and the card items draw nothing; above it :func:`~desktop.map.style.detail_level`
says what a card shows: its name alone, as large as the card allows; then name and
title, larger, with the role on the border; from
:data:`~desktop.map.style.CARD_LOD`, everything.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsRectItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from desktop import labels
from desktop.map import style as st
from desktop.map.data import INFLUENCE, RELATIONSHIP, REPORTS_TO, NodeInfo
from desktop.map.geometry import half_size
from desktop.map.texts import percent, role_badge, support_words, tr

if TYPE_CHECKING:
    from desktop.map.scene import MapScene

Z_LANE = -20.0
Z_EDGES = -10.0
Z_ROUTE = 11.0
"""Routes run over the faded cards and under the lit ones."""
Z_LIT = 12.0
Z_HIGHLIGHT = -4.0
Z_OVERVIEW = 0.0
Z_NODE = 10.0
Z_DRAG = 20.0
Z_GHOST = 30.0

CROWD = 20000.0
"""Device pixels of one pen's lines in view beyond which they are drawn plain: dashing
and antialiasing a crowd of long lines costs more frame time than it shows."""

DENSE = 50
"""Zoomed out, a layer whose lines would get fewer than this many device pixels each
is left out."""

TAG_H = 18.0
"""Room above a card for its "new"/"changed" tag."""

GraphicsFlag = QGraphicsItem.GraphicsItemFlag


@lru_cache(maxsize=64)
def _font(pixels: int, bold: bool, family: str) -> QFont:
    f = QFont(family)
    f.setPixelSize(max(1, pixels))
    f.setBold(bold)
    return f


def font(pixels: float, bold: bool = False) -> QFont:
    return _font(round(pixels), bold, QApplication.font().family())


@lru_cache(maxsize=64)
def _metrics(pixels: int, bold: bool, family: str) -> QFontMetricsF:
    return QFontMetricsF(_font(pixels, bold, family))


def metrics(pixels: float, bold: bool = False) -> QFontMetricsF:
    return _metrics(round(pixels), bold, QApplication.font().family())


def lod_of(painter: QPainter) -> float:
    return QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())


def visible_rect(painter: QPainter, option: QStyleOptionGraphicsItem) -> QRectF:
    """What of an item can show: the exposed rect, cut to the painter's device.

    ``QGraphicsView.render`` (and some repaints) hand every item its whole bounding
    rect as "exposed"; the device's own size says what really lands on it.
    """
    device = painter.device()
    exposed = option.exposedRect
    if device is None:
        return exposed
    inverse, ok = painter.worldTransform().inverted()
    if not ok:
        return exposed
    on_device = inverse.mapRect(QRectF(0, 0, device.width(), device.height()))
    return exposed.intersected(on_device)


def pen(colour: QColor, width: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    p = QPen(colour, width, style)
    p.setCapStyle(
        Qt.PenCapStyle.RoundCap if style == Qt.PenStyle.SolidLine else Qt.PenCapStyle.FlatCap
    )
    p.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return p


def cosmetic(colour: QColor, width: float = 0.0) -> QPen:
    p = QPen(colour, width)
    p.setCosmetic(True)
    return p


def pill(
    painter: QPainter,
    x: float,
    y: float,
    text: str,
    fill: QColor,
    fg: QColor,
    px: float,
    *,
    right: bool = False,
) -> float:
    """A rounded label; returns its width. ``right``: ``x`` is its right edge."""
    fm = metrics(px, True)
    w = fm.horizontalAdvance(text) + px * 0.9
    h = fm.height() + px * 0.2
    left = x - w if right else x
    rect = QRectF(left, y, w, h)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    painter.drawRoundedRect(rect, h / 2, h / 2)
    painter.setPen(fg)
    painter.setFont(font(px, True))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
    return w


def star(centre: QPointF, radius: float) -> QPolygonF:
    import math

    points = []
    for i in range(10):
        r = radius if i % 2 == 0 else radius * 0.45
        a = -math.pi / 2 + i * math.pi / 5
        points.append(QPointF(centre.x() + r * math.cos(a), centre.y() + r * math.sin(a)))
    return QPolygonF(points)


def draw_marks(painter: QPainter, info: NodeInfo, right: float, cy: float, size: float) -> float:
    """Coach star and insider dot, right to left from ``right``; returns the left edge."""
    x = right
    if info.coach:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(st.COACH)
        painter.drawPolygon(star(QPointF(x - size / 2, cy), size / 2))
        x -= size + size * 0.35
    if info.insider:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(st.INSIDER)
        r = size * 0.42
        painter.drawEllipse(QPointF(x - size / 2, cy), r, r)
        painter.setBrush(QColor("white"))
        painter.drawEllipse(QPointF(x - size / 2, cy), r * 0.38, r * 0.38)
        x -= size + size * 0.35
    return x


def text_scale() -> float:
    """View ▸ Larger text, as a factor (1.0 at the platform's size)."""
    from desktop import text_size

    return text_size.scale()


LINE_STEP = 0.85
"""Two-line names: the distance between their baselines, in line heights (a name's
descenders and the next line's capitals still clear each other)."""


def name_lines(name: str, width: float, height: float, lod: float) -> tuple[float, list[str]]:
    """How a name alone fills a card's ``width`` × ``height`` (scene units) at zoom
    ``lod``: (font pixels, lines). Every card's name at one size for the zoom:
    :data:`~desktop.map.style.READABLE_PX` on screen (times the text size) as far as two
    lines fit in the card's height; a name too long for one line goes on two (split at
    a space), smaller only if even two lines are too wide. Zoomed out so far that two
    lines would be unreadable, every name gets one line (elided if it must)."""
    k = text_scale()
    fm = metrics(100.0, True)
    line_h = fm.height() / 100.0
    want = st.READABLE_PX * k / max(lod, 0.01)
    readable = 0.75 * st.READABLE_PX / max(lod, 0.01)
    size = min(want, height * 0.94 / (2 * LINE_STEP * line_h))
    if size < readable - 1e-6:
        return min(want, height * 0.86 / line_h), [name]
    width *= 0.96  # sizes are whole pixels: metrics do not scale exactly
    one = 100.0 * width / max(1.0, fm.horizontalAdvance(name))
    if one >= size:
        return size, [name]
    words = name.split()
    best: tuple[float, list[str]] | None = None
    for cut in range(1, len(words)):
        lines = [" ".join(words[:cut]), " ".join(words[cut:])]
        wide = max(fm.horizontalAdvance(t) for t in lines)
        px = min(100.0 * width / max(1.0, wide), size)
        if best is None or px > best[0]:
            best = (px, lines)
    if best is not None and best[0] >= readable and best[0] > one:
        return best
    return max(one, readable), [name]


def paint_name(painter: QPainter, name: str, rect: QRectF, lod: float) -> None:
    """A card's name alone, large (the "name" level of detail)."""
    px, lines = name_lines(name, rect.width(), rect.height(), lod)
    fm = metrics(px, True)
    painter.setPen(st.TEXT)
    painter.setFont(font(px, True))
    h = fm.height()
    step = h * LINE_STEP
    top = rect.center().y() - (h + step * (len(lines) - 1)) / 2
    for i, line in enumerate(lines):
        painter.drawText(
            QRectF(rect.left(), top + i * step, rect.width(), h),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            fm.elidedText(line, Qt.TextElideMode.ElideRight, rect.width()),
        )


def person_tooltip(info: NodeInfo) -> str:
    """Job attributes only: never anything from the private section."""
    if info.is_member:
        return tr("{name} — our team, {role}").format(
            name=info.name, role=labels.team_role_label(info.member_role).lower()
        )
    lines = [info.name]
    if info.title:
        lines.append(info.title)
    if info.role:
        lines.append(labels.role_label(info.role))
    lines.append(tr("Support: {support}").format(support=support_words(info.support)))
    if info.competitor:
        lines.append(tr("Backs {competitor}").format(competitor=info.competitor))
    if info.insider:
        lines.append(tr("Our insider"))
    if info.coach:
        lines.append(tr("Our coach"))
    return "\n".join(lines)


class NodeItem(QGraphicsRectItem):
    """A card on the map: a customer person or one of our members, known by its key.

    A rectangle item underneath so that Qt answers ``boundingRect`` in C++: the
    scene asks every item in view for it on every frame, and a Python answer costs
    ~1.5 µs per card (3 ms a frame at 2,000 people).
    """

    def __init__(self, key: str) -> None:
        hw, hh = half_size(key)
        rect = QRectF(-hw, -hh, 2 * hw, 2 * hh)
        bounds = rect.adjusted(-st.RING - 1, -st.RING - TAG_H, st.RING + 1, st.RING + 1)
        super().__init__(bounds)
        self.setPen(Qt.PenStyle.NoPen)
        self.key = key
        self.is_member = key.startswith("m:")
        self._rect = rect
        self._bounds = bounds
        flags = GraphicsFlag.ItemIsSelectable
        if not self.is_member:
            flags |= GraphicsFlag.ItemIsMovable
        self.setFlags(flags)
        self.setZValue(Z_NODE)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self._shape = QPainterPath()
        self._shape.addRoundedRect(self._rect, st.RADIUS, st.RADIUS)

    def card_rect(self) -> QRectF:
        return QRectF(self._rect)

    def shape(self) -> QPainterPath:
        return self._shape

    def map_scene(self) -> MapScene | None:
        scene = self.scene()
        return scene if scene is not None and hasattr(scene, "node_info") else None  # type: ignore[return-value]

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        scene = self.map_scene()
        info = scene.node_info(self.key) if scene is not None else None
        if scene is None or info is None:
            return
        lod = lod_of(painter)
        if lod < st.DETAIL_LOD * 0.98 and not scene.full_detail:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        if scene.is_faded(self.key):
            painter.setOpacity(st.FADED)
        self._paint_rings(painter, scene)
        if self.is_member:
            self._paint_member(painter, info, lod, scene.full_detail)
        else:
            self._paint_person(painter, info, lod, scene.full_detail)
        mark = scene.marks.get(self.key)
        if mark is not None:
            self._paint_tag(painter, mark)

    # -- parts ---------------------------------------------------------------

    def _paint_rings(self, painter: QPainter, scene: MapScene) -> None:
        r = self._rect
        rank = scene.lit.get(self.key)
        mark = scene.marks.get(self.key)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if rank is not None:
            painter.setPen(pen(st.route_colour(rank), 4.0))
            painter.drawRoundedRect(r.adjusted(-2.5, -2.5, 2.5, 2.5), st.RADIUS + 2, st.RADIUS + 2)
        elif mark is not None:
            colour = st.JOINED if mark == "joined" else st.CHANGED
            painter.setPen(pen(colour, 3.0))
            painter.drawRoundedRect(r.adjusted(-2.5, -2.5, 2.5, 2.5), st.RADIUS + 2, st.RADIUS + 2)
        if self.isSelected():
            painter.setPen(pen(st.SELECTED, 2.5))
            painter.drawRoundedRect(r.adjusted(-3.5, -3.5, 3.5, 3.5), st.RADIUS + 3, st.RADIUS + 3)

    def _paint_tag(self, painter: QPainter, mark: str) -> None:
        text = tr("New") if mark == "joined" else tr("Changed")
        colour = st.JOINED if mark == "joined" else st.CHANGED
        pill(
            painter,
            self._rect.left() + 6,
            self._rect.top() - TAG_H + 1,
            text,
            colour,
            QColor("white"),
            10.5,
        )

    def _card(self, painter: QPainter, fill: QColor, border: QPen) -> None:
        r = self._rect
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 18))
        painter.drawRoundedRect(r.translated(0, 1.5), st.RADIUS, st.RADIUS)
        painter.setBrush(fill)
        painter.setPen(border)
        painter.drawRoundedRect(r, st.RADIUS, st.RADIUS)

    def _paint_person(self, painter: QPainter, info: NodeInfo, lod: float, full: bool) -> None:
        r = self._rect
        border = pen(st.COMPETITOR, 2.2) if info.competitor else pen(st.CARD_BORDER, 1.0)
        self._card(painter, st.CARD, border)
        painter.save()
        painter.setClipPath(self._shape)
        painter.setPen(Qt.PenStyle.NoPen)
        tint = st.support_tint(info.support)
        if tint.alpha():
            painter.fillRect(r, tint)
        painter.fillRect(
            QRectF(r.left(), r.top(), st.STRIPE, r.height()), st.support_colour(info.support)
        )
        painter.restore()
        left = r.left() + st.STRIPE + 9
        right = r.right() - 9
        level = "full" if full else st.detail_level(lod)
        if level == "compact":
            self._paint_compact(painter, info, lod, left, right)
            return
        if level in ("name", "box"):
            if level == "name":
                paint_name(
                    painter,
                    info.name,
                    QRectF(left - 5, r.top(), right - left + 10, r.height()),
                    lod,
                )
            return
        if info.role:
            w = pill(
                painter,
                right,
                r.top() + 8,
                role_badge(info.role),
                st.role_colour(info.role),
                QColor("white"),
                st.BADGE_PX,
                right=True,
            )
            name_right = right - w - 6
        else:
            name_right = right
        painter.setPen(st.TEXT)
        painter.setFont(font(st.NAME_PX, True))
        fm = metrics(st.NAME_PX, True)
        painter.drawText(
            QRectF(left, r.top() + 6, name_right - left, fm.height() + 2),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            fm.elidedText(info.name, Qt.TextElideMode.ElideRight, name_right - left),
        )
        if info.title:
            painter.setPen(st.TEXT_2)
            painter.setFont(font(st.TITLE_PX))
            tm = metrics(st.TITLE_PX)
            painter.drawText(
                QRectF(left, r.top() + 27, right - left, tm.height() + 2),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                tm.elidedText(info.title, Qt.TextElideMode.ElideRight, right - left),
            )
        marks_left = draw_marks(painter, info, right, r.bottom() - 13, 14.0)
        if info.competitor:
            text = tr("Backs {competitor}").format(competitor=info.competitor)
            colour = st.COMPETITOR
            bold = True
        else:
            text = support_words(info.support)
            colour = st.support_colour(info.support)
            bold = info.support != 0
        painter.setPen(colour)
        painter.setFont(font(st.SMALL_PX, bold))
        sm = metrics(st.SMALL_PX, bold)
        painter.drawText(
            QRectF(left, r.bottom() - 22, marks_left - left - 4, sm.height() + 2),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            sm.elidedText(text, Qt.TextElideMode.ElideRight, max(0.0, marks_left - left - 4)),
        )

    def _paint_compact(
        self, painter: QPainter, info: NodeInfo, lod: float, left: float, right: float
    ) -> None:
        """Zoomed out part-way: name (and title, if there is room) drawn larger, so that
        they stay readable; role and marks sit on the card's border."""
        r = self._rect
        k = text_scale()
        scale = 1.0 / max(lod, 0.01)
        name_px = min(30.0 * k, max(st.NAME_PX, 11.5 * k * scale))
        title_px = max(st.TITLE_PX, 9.5 * k * scale)
        name_h = metrics(name_px, True).height()
        title_h = metrics(title_px).height()
        with_title = bool(info.title) and name_h + title_h + 6 <= r.height()
        width = right - left
        painter.setPen(st.TEXT)
        painter.setFont(font(name_px, True))
        fm = metrics(name_px, True)
        top = r.center().y() - ((name_h + title_h) / 2 if with_title else name_h / 2)
        painter.drawText(
            QRectF(left, top, width, name_h),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            fm.elidedText(info.name, Qt.TextElideMode.ElideRight, width),
        )
        if with_title:
            painter.setPen(st.TEXT_2)
            painter.setFont(font(title_px))
            painter.drawText(
                QRectF(left, top + name_h, width, title_h),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                metrics(title_px).elidedText(info.title, Qt.TextElideMode.ElideRight, width),
            )
        if info.role:
            badge = min(24.0, max(st.BADGE_PX, 9.5 * scale))
            h = metrics(badge, True).height() + badge * 0.2
            pill(
                painter,
                r.right() - 8,
                r.top() - h / 2,
                role_badge(info.role),
                st.role_colour(info.role),
                QColor("white"),
                badge,
                right=True,
            )
        if info.coach or info.insider:
            size = min(26.0, max(14.0, 11.0 * scale))
            draw_marks(painter, info, r.right() - 8, r.bottom(), size)

    def _paint_member(self, painter: QPainter, info: NodeInfo, lod: float, full: bool) -> None:
        r = self._rect
        self._card(painter, st.MEMBER_CARD, pen(st.MEMBER_BORDER, 1.2))
        painter.save()
        painter.setClipPath(self._shape)
        painter.fillRect(QRectF(r.left(), r.top(), st.STRIPE, r.height()), st.INFLUENCE)
        painter.restore()
        left = r.left() + st.STRIPE + 9
        width = r.right() - 9 - left
        level = "full" if full else st.detail_level(lod)
        if level != "full":
            if level != "box":
                paint_name(
                    painter, info.name, QRectF(left - 3, r.top(), width + 6, r.height()), lod
                )
            return
        painter.setPen(st.TEXT)
        painter.setFont(font(st.NAME_PX, True))
        fm = metrics(st.NAME_PX, True)
        painter.drawText(
            QRectF(left, r.top() + 6, width, fm.height() + 2),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            fm.elidedText(info.name, Qt.TextElideMode.ElideRight, width),
        )
        painter.setPen(st.TEXT_2)
        painter.setFont(font(st.SMALL_PX))
        sm = metrics(st.SMALL_PX)
        role = labels.team_role_label(info.member_role)
        painter.drawText(
            QRectF(left, r.top() + 27, width, sm.height() + 2),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            sm.elidedText(role, Qt.TextElideMode.ElideRight, width),
        )


class Layer(QGraphicsItem):
    """Base of the items that draw many things at once; never selectable."""

    def __init__(self, z: float) -> None:
        super().__init__()
        self.setZValue(z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setFlag(GraphicsFlag.ItemUsesExtendedStyleOption, True)
        self._bounds = QRectF()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def set_bounds(self, rect: QRectF) -> None:
        if rect != self._bounds:
            self.prepareGeometryChange()
            self._bounds = QRectF(rect)
        self.update()

    def map_scene(self) -> MapScene | None:
        scene = self.scene()
        return scene if scene is not None and hasattr(scene, "node_info") else None  # type: ignore[return-value]


class EdgeBucket:
    """Lines of one kind drawn with one pen (e.g. strong influences).

    Kept twice: as one path for the whole map (drawn when all of it is in view) and
    as an array, from which the part in view is clipped when zoomed in, so a dash
    pattern is never laid along kilometres of line outside the window.
    """

    __slots__ = ("_coords", "_ends", "_path", "colour", "lines", "style", "width")

    def __init__(self, colour: QColor, width: float, style: Qt.PenStyle) -> None:
        self.colour, self.width, self.style = colour, width, style
        self.lines: list[QLineF] = []
        self._path: QPainterPath | None = None
        self._coords: Any = None
        self._ends: list[tuple[float, float, float, float]] | None = None

    def set_lines(
        self, lines: list[QLineF], coords: list[tuple[float, float, float, float]] | None = None
    ) -> None:
        """New lines; the path and the array are made when first drawn (a rebuild
        after an edit should not pay for a zoom level nobody looks at). ``coords``:
        the lines' ends as plain numbers, when the caller has them."""
        self.lines = lines
        self._path = None
        self._coords = None
        self._ends = coords

    @property
    def path(self) -> QPainterPath:
        if self._path is None:
            path = QPainterPath()
            for ln in self.lines:
                path.moveTo(ln.p1())
                path.lineTo(ln.p2())
            self._path = path
        return self._path

    @property
    def coords(self) -> Any:
        import numpy as np

        if self._coords is None and self.lines:
            ends = self._ends
            if ends is None:
                ends = [(ln.x1(), ln.y1(), ln.x2(), ln.y2()) for ln in self.lines]
            self._coords = np.array(ends, dtype=float)
        return self._coords

    def visible(self, rect: QRectF) -> list[QLineF]:
        """The parts of the lines inside ``rect``."""
        c = self.coords
        return [] if c is None else clip_lines(c, rect)


def clip_lines(c: Any, rect: QRectF) -> list[QLineF]:
    """The parts inside ``rect`` of the lines of array ``c`` (rows x1, y1, x2, y2;
    rows of NaN are no lines) — Liang–Barsky, vectorised."""
    return clip(c, rect)[0]


def span(c: Any) -> float:
    """How far the lines of array ``c`` run (|dx| + |dy|, NaN rows left out)."""
    import numpy as np

    return float(np.nansum(np.abs(c[:, 2] - c[:, 0])) + np.nansum(np.abs(c[:, 3] - c[:, 1])))


def clip(c: Any, rect: QRectF) -> tuple[list[QLineF], float]:
    """:func:`clip_lines`, and how far the parts run (|dx| + |dy|)."""
    import numpy as np

    left, top, right, bottom = rect.left(), rect.top(), rect.right(), rect.bottom()
    x1, y1, x2, y2 = c[:, 0], c[:, 1], c[:, 2], c[:, 3]
    near = (
        (np.maximum(x1, x2) >= left)
        & (np.minimum(x1, x2) <= right)
        & (np.maximum(y1, y2) >= top)
        & (np.minimum(y1, y2) <= bottom)
    )
    if not near.any():
        return [], 0.0
    x1, y1, x2, y2 = x1[near], y1[near], x2[near], y2[near]
    dx, dy = x2 - x1, y2 - y1
    t0 = np.zeros_like(x1)
    t1 = np.ones_like(x1)
    with np.errstate(divide="ignore", invalid="ignore"):
        for p, q in ((-dx, x1 - left), (dx, right - x1), (-dy, y1 - top), (dy, bottom - y1)):
            r = q / p
            entering = p < 0
            leaving = p > 0
            t0 = np.where(entering, np.maximum(t0, r), t0)
            t1 = np.where(leaving, np.minimum(t1, r), t1)
            outside = (p == 0) & (q < 0)
            t1 = np.where(outside, -1.0, t1)
    keep = t0 <= t1
    ax = (x1 + dx * t0)[keep]
    ay = (y1 + dy * t0)[keep]
    bx = (x1 + dx * t1)[keep]
    by = (y1 + dy * t1)[keep]
    length = float(np.abs(bx - ax).sum() + np.abs(by - ay).sum())
    lines = [
        QLineF(a, b, c_, d)
        for a, b, c_, d in zip(ax.tolist(), ay.tolist(), bx.tolist(), by.tolist(), strict=True)
    ]
    return lines, length


def _points(points: list[QPointF]) -> Any:
    import numpy as np

    return np.array([(p.x(), p.y()) for p in points], dtype=float) if points else None


INFLUENCE_WIDTHS = (1.3, 2.2, 3.2)
"""Pen widths of weak, middling and strong influences (the buckets of their layer)."""


def influence_bucket(strength: float) -> int:
    return 0 if strength < 0.4 else 1 if strength < 0.7 else 2


TILE = 1600.0
"""Side of the square of the scene whose edges one :class:`EdgeTile` holds (by the
centre of each edge's lines): an edit redraws and repaints the tiles it touches."""

TileKey = tuple[int, int]
LONG: TileKey = (1 << 30, 0)
"""Not a tile: the edges whose lines run further than a tile are kept apart (in their
layer's :class:`LongLines`), so that a tile's box stays near its square and Qt asks
only the tiles in view to paint."""


def tile_at(box: tuple[float, float, float, float]) -> TileKey:
    """The tile of an edge whose lines fill ``box`` (left, top, right, bottom)."""
    left, top, right, bottom = box
    if right - left > TILE or bottom - top > TILE:
        return LONG
    return (int((left + right) // (2 * TILE)), int((top + bottom) // (2 * TILE)))


class _EdgeDrawing(Layer):
    """Part of an :class:`EdgeLayer` drawn at working zoom: lines in a few buckets
    of equal pens, arrow heads, strength labels (what is in view, from
    :meth:`_lines_in`, :meth:`_arrows_in` and :meth:`_labels_in`)."""

    def __init__(self, layer: EdgeLayer) -> None:
        super().__init__(0.0)
        self.layer = layer
        self.buckets: list[EdgeBucket] = EdgeLayer.make_buckets(layer.kind)
        self.count = 0
        self.setParentItem(layer)

    def _lines_in(self, rect: QRectF, whole: bool) -> list[tuple[EdgeBucket, list[QLineF], float]]:
        """Each bucket's lines to draw in ``rect`` (``whole``: all of them) and how
        far they run (scene units, |dx| + |dy|)."""
        raise NotImplementedError

    def _arrows_in(self, rect: QRectF, whole: bool) -> list[QPolygonF]:
        raise NotImplementedError

    def _labels_in(self, rect: QRectF, whole: bool) -> list[tuple[QPointF, str]]:
        raise NotImplementedError

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        scene = self.map_scene()
        full = scene is not None and scene.full_detail
        lod = lod_of(painter)
        if (lod < st.DETAIL_LOD or lod < self.layer.min_lod) and not full:
            return  # zoomed out: the layer draws all its tiles at once
        if scene is not None and scene.route_mode and scene.lit:
            painter.setOpacity(st.FADED)
        exposed = visible_rect(painter, option)
        whole = full or exposed.contains(self.boundingRect())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for b, lines, length in self._lines_in(exposed.adjusted(-8, -8, 8, 8), whole):
            if not lines:
                continue
            if length * lod > CROWD and not full:
                # a crowd of long lines: dashes and antialiasing cost more than they show
                painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
                painter.setPen(cosmetic(b.colour, 1.0))
            else:
                painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
                painter.setPen(pen(b.colour, b.width, b.style))
            painter.drawLines(lines)
        arrows = self._arrows_in(exposed, whole)
        if arrows:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(st.INFLUENCE)
            for arrow in arrows:
                painter.drawPolygon(arrow)
        quiet = scene is not None and scene.route_mode and bool(scene.lit)
        if (lod >= st.LABEL_LOD or full) and not quiet:
            px = label_px(lod, full)
            for at, text in self._labels_in(exposed, whole):
                strength_label(painter, at, text, st.INFLUENCE, px)


class EdgeTile(_EdgeDrawing):
    """The edges of one kind in one tile of the scene, with their arrow heads and
    strength labels.

    A map of thousands of people was one item per kind: moving a card rebuilt and
    repainted the lines of the whole map. Tiles keep an edit's work, and the
    repaint Qt asks for, to the squares it touched; Qt skips tiles out of view.
    """

    def __init__(self, layer: EdgeLayer) -> None:
        super().__init__(layer)
        self.arrows: list[QPolygonF] = []
        self.labels: list[tuple[QPointF, str]] = []
        self._arrow_src: list[tuple[float, float]] | None = None
        self._arrow_at: Any = None
        self._label_at: Any = None

    def set_content(
        self,
        lines: Sequence[tuple[int, QLineF]],
        arrows: list[QPolygonF],
        labels_: list[tuple[QPointF, str]],
        bounds: QRectF,
        *,
        ends: Sequence[tuple[float, float, float, float]] | None = None,
        arrow_at: list[tuple[float, float]] | None = None,
    ) -> None:
        """The tile's lines by bucket, arrow heads, labels. ``ends`` (each line's
        x1, y1, x2, y2, in the order of ``lines``) and ``arrow_at`` (each head's
        centre) spare measuring them again when the caller has them."""
        per_bucket: list[list[QLineF]] = [[] for _ in self.buckets]
        per_ends: list[list[tuple[float, float, float, float]]] = [[] for _ in self.buckets]
        if ends is None:
            for bucket, line in lines:
                per_bucket[bucket].append(line)
            for b, found in zip(self.buckets, per_bucket, strict=True):
                b.set_lines(found)
        else:
            for (bucket, line), end in zip(lines, ends, strict=True):
                per_bucket[bucket].append(line)
                per_ends[bucket].append(end)
            for b, found, found_ends in zip(self.buckets, per_bucket, per_ends, strict=True):
                b.set_lines(found, found_ends)
        self.count = len(lines)
        self.arrows = arrows
        self.labels = labels_
        # Where heads and labels are, measured when first painted near enough to show
        # them (labels only from LABEL_LOD): filling a tile after an edit does not.
        self._arrow_src = arrow_at
        self._arrow_at = None
        self._label_at = None
        self.set_bounds(bounds)

    def _arrow_points(self) -> Any:
        if self._arrow_at is None and self.arrows:
            import numpy as np

            src = self._arrow_src
            self._arrow_at = (
                np.array(src, dtype=float)
                if src
                else _points([a.boundingRect().center() for a in self.arrows])
            )
        return self._arrow_at

    def _label_points(self) -> Any:
        if self._label_at is None and self.labels:
            self._label_at = _points([at for at, _ in self.labels])
        return self._label_at

    def _in_view(self, points: Any, rect: QRectF, margin: float) -> list[int]:
        return in_view(points, rect, margin)

    def _lines_in(self, rect: QRectF, whole: bool) -> list[tuple[EdgeBucket, list[QLineF], float]]:
        found = []
        for b in self.buckets:
            if b.lines:
                lines, length = (b.lines, span(b.coords)) if whole else clip(b.coords, rect)
                found.append((b, lines, length))
        return found

    def _arrows_in(self, rect: QRectF, whole: bool) -> list[QPolygonF]:
        if whole:
            return self.arrows
        return [self.arrows[i] for i in self._in_view(self._arrow_points(), rect, 12)]

    def _labels_in(self, rect: QRectF, whole: bool) -> list[tuple[QPointF, str]]:
        if whole:
            return self.labels
        return [self.labels[i] for i in self._in_view(self._label_points(), rect, 20)]


def in_view(points: Any, rect: QRectF, margin: float) -> list[int]:
    """Rows of ``points`` (x, y; NaN rows never) within ``margin`` of ``rect``."""
    import numpy as np

    if points is None:
        return []
    x, y = points[:, 0], points[:, 1]
    inside = (
        (x >= rect.left() - margin)
        & (x <= rect.right() + margin)
        & (y >= rect.top() - margin)
        & (y <= rect.bottom() + margin)
    )
    return [int(i) for i in np.flatnonzero(inside)]


class _Slots:
    """Rows of numbers (an array; a free row is NaN) and what each row stands for:
    a row is given or freed in O(1), and a whole store is searched by numpy."""

    __slots__ = ("at", "count", "free", "items")

    def __init__(self, width: int) -> None:
        import numpy as np

        self.at = np.full((0, width), np.nan)
        self.items: list[Any] = []
        self.free: list[int] = []
        self.count = 0

    def add(self, values: tuple[float, ...], item: Any) -> int:
        if not self.free:
            import numpy as np

            old = len(self.items)
            new = max(64, 2 * old)
            grown = np.full((new, self.at.shape[1]), np.nan)
            grown[:old] = self.at
            self.at = grown
            self.items.extend([None] * (new - old))
            self.free = list(range(new - 1, old - 1, -1))
        row = self.free.pop()
        self.at[row] = values
        self.items[row] = item
        self.count += 1
        return row

    def remove(self, row: int) -> None:
        self.at[row] = float("nan")
        self.items[row] = None
        self.free.append(row)
        self.count -= 1

    def live(self) -> list[Any]:
        return [item for item in self.items if item is not None]


class LongLines(_EdgeDrawing):
    """The edges of one kind whose lines run further than a tile (at 20,000 people
    four in ten influences, and the org chart's wide elbows).

    Such lines show wherever the view is, so they cannot be kept in tiles of the
    scene; gathered in a few tiles of their own, an edit filled one of them again
    (16,000 lines, 30 ms) and its first paint measured them all again. Here every
    line, arrow head and label has a row of a numpy array: an edge is put or taken
    away in O(1) (:meth:`put`, :meth:`drop`), and a paint clips the arrays to the
    view at once.
    """

    def __init__(self, layer: EdgeLayer) -> None:
        super().__init__(layer)
        self._lines = [_Slots(4) for _ in self.buckets]
        self._heads = _Slots(2)
        self._labels = _Slots(2)
        self._rows: dict[int, tuple[tuple[tuple[int, int], ...], int, int]] = {}
        self._box_stale = False

    def put(
        self,
        index: int,
        lines: Sequence[tuple[int, QLineF]],
        ends: Sequence[tuple[float, float, float, float]],
        head: tuple[QPolygonF, tuple[float, float]] | None,
        label: tuple[QPointF, str] | None,
    ) -> None:
        """Edge ``index`` is drawn with these lines (and head, label), replacing what
        it had."""
        self.drop(index)
        rows = tuple(
            (bucket, self._lines[bucket].add(end, line))
            for (bucket, line), end in zip(lines, ends, strict=True)
        )
        head_row = self._heads.add(head[1], head[0]) if head is not None else -1
        label_row = (
            self._labels.add((label[0].x(), label[0].y()), label) if label is not None else -1
        )
        self._rows[index] = (rows, head_row, label_row)
        self.count += len(rows)
        self.layer.count += len(rows)
        self._changed()

    def drop(self, index: int) -> None:
        """Edge ``index`` is no longer drawn here."""
        found = self._rows.pop(index, None)
        if found is None:
            return
        rows, head_row, label_row = found
        for bucket, row in rows:
            self._lines[bucket].remove(row)
        if head_row >= 0:
            self._heads.remove(head_row)
        if label_row >= 0:
            self._labels.remove(label_row)
        self.count -= len(rows)
        self.layer.count -= len(rows)
        self._changed()

    def _changed(self) -> None:
        self._box_stale = True
        self.layer._merged = None

    def clear(self) -> None:
        """Every line goes (at once: dropping 24,000 one by one took 0.3 s when the map
        of 20,000 people gave way to another account's)."""
        if self._rows:
            self.layer.count -= self.count
            self.count = 0
            self._lines = [_Slots(4) for _ in self.buckets]
            self._heads = _Slots(2)
            self._labels = _Slots(2)
            self._rows = {}
            self._changed()
        self.fit()

    def fit(self) -> None:
        """The box around the lines (after the edges of an edit were put)."""
        if not self._box_stale:
            return
        import numpy as np

        self._box_stale = False
        self.layer.update()  # (zoomed out, the layer draws these lines too)
        parts = [s.at for s in self._lines if s.count]
        if not parts:
            self.set_bounds(QRectF())
            return
        c = np.concatenate(parts)
        xs, ys = c[:, 0::2], c[:, 1::2]
        left, top = float(np.nanmin(xs)) - 20.0, float(np.nanmin(ys)) - 20.0
        right, bottom = float(np.nanmax(xs)) + 20.0, float(np.nanmax(ys)) + 20.0
        self.set_bounds(QRectF(left, top, right - left, bottom - top))

    def lines_of(self, bucket: int) -> tuple[list[QLineF], list[tuple[float, float, float, float]]]:
        """The lines of one bucket and their ends (the layer's zoomed-out drawing)."""
        slots = self._lines[bucket]
        rows = [i for i, item in enumerate(slots.items) if item is not None]
        return [slots.items[i] for i in rows], [tuple(slots.at[i].tolist()) for i in rows]

    @property
    def arrows(self) -> list[QPolygonF]:
        return self._heads.live()

    @property
    def labels(self) -> list[tuple[QPointF, str]]:
        return self._labels.live()

    def _lines_in(self, rect: QRectF, whole: bool) -> list[tuple[EdgeBucket, list[QLineF], float]]:
        return [
            (b, *((slots.live(), span(slots.at)) if whole else clip(slots.at, rect)))
            for b, slots in zip(self.buckets, self._lines, strict=True)
            if slots.count
        ]

    def _arrows_in(self, rect: QRectF, whole: bool) -> list[QPolygonF]:
        heads = self._heads
        if whole:
            return heads.live()
        return [heads.items[i] for i in in_view(heads.at, rect, 12)] if heads.count else []

    def _labels_in(self, rect: QRectF, whole: bool) -> list[tuple[QPointF, str]]:
        found = self._labels
        if whole:
            return found.live()
        return [found.items[i] for i in in_view(found.at, rect, 20)] if found.count else []


class EdgeLayer(Layer):
    """All edges of one kind: its tiles (:class:`EdgeTile`) at working zoom; zoomed
    out, the whole layer as a few thin paths.

    Zoomed far out only the org chart's own lines are drawn (influences and
    relationships of a whole large customer are a hairball at that size and cost
    most of a frame); they come back from :data:`~desktop.map.style.EDGE_LOD`.
    The layer's ``buckets``, ``arrows`` and ``labels`` are its tiles' together,
    gathered when first asked for after a change.
    """

    def __init__(self, kind: str) -> None:
        super().__init__(Z_EDGES)
        self.kind = kind
        self.tiles: dict[TileKey, EdgeTile] = {}
        self.overview_colour = {
            REPORTS_TO: QColor("#A7B0BC"),
            INFLUENCE: QColor("#9DB6D8"),
            RELATIONSHIP: QColor("#CFE8E4"),
        }[kind]
        self.min_lod = 0.0 if kind == REPORTS_TO else st.EDGE_LOD
        self.count = 0
        self._merged: list[EdgeBucket] | None = None
        self.long = LongLines(self)
        """The lines longer than a tile (:func:`tile_at` says :data:`LONG`)."""

    @staticmethod
    def make_buckets(kind: str) -> list[EdgeBucket]:
        if kind == REPORTS_TO:
            return [EdgeBucket(st.REPORTS, 1.6, Qt.PenStyle.SolidLine)]
        if kind == INFLUENCE:
            return [EdgeBucket(st.INFLUENCE, w, Qt.PenStyle.DashLine) for w in INFLUENCE_WIDTHS]
        soft = QColor(st.RELATIONSHIP)
        soft.setAlphaF(0.3)  # many, and long: present but quiet until selected
        return [EdgeBucket(soft, w, Qt.PenStyle.DotLine) for w in (1.2, 1.7, 2.3)]

    # -- content -----------------------------------------------------------

    def set_tile(
        self,
        at: TileKey,
        lines: Sequence[tuple[int, QLineF]],
        arrows: list[QPolygonF],
        labels_: list[tuple[QPointF, str]],
        bounds: QRectF,
        *,
        ends: Sequence[tuple[float, float, float, float]] | None = None,
        arrow_at: list[tuple[float, float]] | None = None,
    ) -> None:
        """Give one tile its content (nothing: the tile goes)."""
        tile = self.tiles.get(at)
        before = QRectF(tile.boundingRect()) if tile is not None else QRectF()
        if tile is not None:
            self.count -= tile.count
        if not lines and not arrows and not labels_:
            if tile is not None:
                del self.tiles[at]
                tile.setParentItem(None)
                scene = tile.scene()
                if scene is not None:
                    scene.removeItem(tile)
        else:
            if tile is None:
                tile = self.tiles[at] = EdgeTile(self)
            tile.set_content(lines, arrows, labels_, bounds, ends=ends, arrow_at=arrow_at)
            self.count += tile.count
        self._merged = None
        changed = before.united(bounds) if not bounds.isNull() else before
        if not changed.isNull():
            self.update(changed)  # the zoomed-out drawing of that square

    def clear(self) -> None:
        for at in list(self.tiles):
            self.set_tile(at, [], [], [], QRectF())
        self.long.clear()
        self._merged = None
        self.fit()

    def fit(self) -> None:
        """The layer's box around its tiles (once the tiles of an edit are filled)."""
        self.long.fit()
        rect = QRectF(self.long.boundingRect())
        for tile in self.tiles.values():
            rect = rect.united(tile.boundingRect())
        if rect != self._bounds:
            self.prepareGeometryChange()
            self._bounds = rect

    def update_all(self) -> None:
        """Draw the whole layer again (the route lights faded or came back)."""
        self.update()
        self.long.update()
        for tile in self.tiles.values():
            tile.update()

    @property
    def buckets(self) -> list[EdgeBucket]:
        if self._merged is None:
            merged = self.make_buckets(self.kind)
            tiles = list(self.tiles.values())
            for i, bucket in enumerate(merged):
                parts = [t.buckets[i] for t in tiles]
                lines, ends = self.long.lines_of(i)
                lines += [ln for p in parts for ln in p.lines]
                if all(p._ends is not None for p in parts):
                    bucket.set_lines(lines, ends + [e for p in parts for e in p._ends or ()])
                else:
                    bucket.set_lines(lines)
            self._merged = merged
        return self._merged

    @property
    def arrows(self) -> list[QPolygonF]:
        return self.long.arrows + [a for t in self.tiles.values() for a in t.arrows]

    @property
    def labels(self) -> list[tuple[QPointF, str]]:
        return self.long.labels + [label for t in self.tiles.values() for label in t.labels]

    # -- drawing zoomed out ------------------------------------------------

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        scene = self.map_scene()
        if scene is not None and scene.full_detail:
            return  # exports draw every tile in full
        lod = lod_of(painter)
        if lod < self.min_lod or lod >= st.DETAIL_LOD:
            return
        device = painter.device()
        area = device.width() * device.height() if device is not None else 0
        if self.count * DENSE > area:
            return  # sub-pixel lines by the ten thousand: the cards show the shape
        if scene is not None and scene.route_mode and scene.lit:
            painter.setOpacity(st.FADED)
        exposed = visible_rect(painter, option)
        whole = exposed.contains(self.boundingRect())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(cosmetic(self.overview_colour))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for b in self.buckets:
            if b.lines:
                if whole:
                    painter.drawPath(b.path)
                else:
                    painter.drawLines(b.visible(exposed))


def label_px(lod: float, full: bool) -> float:
    """Size of a strength label: never below ~9 px on screen, never huge."""
    return 11.0 if full else min(24.0, max(11.0, 9.0 / max(lod, 0.01)))


def strength_label(
    painter: QPainter, at: QPointF, text: str, colour: QColor, px: float = 11.0
) -> None:
    fm = metrics(px, True)
    w = fm.horizontalAdvance(text) + px * 0.8
    h = fm.height() + 1
    rect = QRectF(at.x() - w / 2, at.y() - h / 2, w, h)
    painter.setPen(pen(colour, px / 10))
    painter.setBrush(QColor("white"))
    painter.drawRoundedRect(rect, h / 2, h / 2)
    painter.setPen(colour)
    painter.setFont(font(px, True))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)


class SimpleLines(Layer):
    """Edges touching the selection (emphasised) or the cards being dragged."""

    def __init__(self, z: float, *, emphasis: bool) -> None:
        super().__init__(z)
        self.emphasis = emphasis
        self.lines: dict[str, list[QLineF]] = {REPORTS_TO: [], INFLUENCE: [], RELATIONSHIP: []}

    def set_lines(self, lines: dict[str, list[QLineF]], bounds: QRectF) -> None:
        self.lines = lines
        self.set_bounds(bounds)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        lod = lod_of(painter)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, lod >= st.DETAIL_LOD)
        colours = {REPORTS_TO: st.REPORTS, INFLUENCE: st.INFLUENCE, RELATIONSHIP: st.RELATIONSHIP}
        styles = {
            REPORTS_TO: Qt.PenStyle.SolidLine,
            INFLUENCE: Qt.PenStyle.DashLine,
            RELATIONSHIP: Qt.PenStyle.DotLine,
        }
        for kind, lines in self.lines.items():
            if not lines:
                continue
            if lod < st.DETAIL_LOD:
                painter.setPen(cosmetic(colours[kind], 2.0))
            else:
                width = 2.6 if self.emphasis else 1.6
                painter.setPen(pen(colours[kind], width, styles[kind]))
            painter.drawLines(lines)


class RouteLayer(Layer):
    """The lit routes: broad warm bands under the cards, strongest on top, with hop strengths."""

    def __init__(self) -> None:
        super().__init__(Z_ROUTE)
        self.paths: list[tuple[int, list[QPointF], list[float]]] = []

    def set_routes(self, paths: list[tuple[int, list[QPointF], list[float]]]) -> None:
        self.paths = paths
        points = [p for _, pts, _ in paths for p in pts]
        if not points:
            self.set_bounds(QRectF())
            return
        xs = [p.x() for p in points]
        ys = [p.y() for p in points]
        self.set_bounds(
            QRectF(min(xs) - 40, min(ys) - 40, max(xs) - min(xs) + 80, max(ys) - min(ys) + 80)
        )

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if not self.paths:
            return
        lod = lod_of(painter)
        scene = self.map_scene()
        full = scene is not None and scene.full_detail
        overview = lod < st.DETAIL_LOD and not full
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for rank, points, _ in reversed(self.paths):
            colour = st.route_colour(rank)
            width = (14.0 if rank == 0 else 9.0) if not overview else 0.0
            p = cosmetic(colour, 5.0 if rank == 0 else 3.0) if overview else pen(colour, width)
            painter.setPen(p)
            painter.drawPolyline(QPolygonF(points))
        if overview:
            return
        done: set[tuple[float, float]] = set()
        for rank, points, strengths in self.paths:
            colour = QColor("#9A5B00") if rank == 0 else QColor("#A8742A")
            for a, b, s in zip(points, points[1:], strengths, strict=False):
                at = QPointF((a.x() + b.x()) / 2, (a.y() + b.y()) / 2)
                key = (round(at.x()), round(at.y()))
                if key in done:
                    continue
                done.add(key)
                strength_label(painter, at, percent(s), colour, label_px(lod, full))


class OverviewLayer(Layer):
    """Every card as a plain rectangle, drawn in a few calls, for the zoomed-out map."""

    def __init__(self) -> None:
        super().__init__(Z_OVERVIEW)
        self._groups: list[tuple[QColor, QColor, list[QRectF]]] | None = None
        self._colour_of: dict[str, tuple[QColor, QColor]] = {}
        self.rects: dict[str, QRectF] = {}
        self.setVisible(False)

    def set_rects(
        self,
        rects: dict[str, QRectF],
        colour_of: dict[str, tuple[QColor, QColor]],
        bounds: QRectF | None = None,
    ) -> None:
        """The cards to draw; grouped by colour when first painted (an edit while
        zoomed in does not pay for it). ``bounds``: their union, if known."""
        self.rects = rects
        self._colour_of = colour_of
        self._groups = None
        if bounds is None:
            bounds = QRectF()
            for rect in rects.values():
                bounds = bounds.united(rect)
        self.set_bounds(bounds.adjusted(-8, -8, 8, 8))
        self.update()

    @property
    def groups(self) -> list[tuple[QColor, QColor, list[QRectF]]]:
        if self._groups is None:
            grouped: dict[tuple[int, int], tuple[QColor, QColor, list[QRectF]]] = {}
            for key, rect in self.rects.items():
                fill, line = self._colour_of[key]
                slot = grouped.setdefault((fill.rgba(), line.rgba()), (fill, line, []))
                slot[2].append(rect)
            self._groups = list(grouped.values())
        return self._groups

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        scene = self.map_scene()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        faded = scene is not None and scene.route_mode and bool(scene.lit)
        if faded:
            painter.setOpacity(st.FADED)
        for fill, line, rects in self.groups:
            painter.setPen(cosmetic(line))
            painter.setBrush(fill)
            painter.drawRects(rects)
        if scene is None:
            return
        painter.setOpacity(1.0)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        self._outline(painter, scene.lit_rects(), 3.0)
        for mark, colour in (("joined", st.JOINED), ("changed", st.CHANGED)):
            keys = [k for k, m in scene.marks.items() if m == mark]
            self._outline_keys(painter, keys, colour, 3.0)
        self._outline_keys(painter, scene.selected_keys(), st.SELECTED, 2.0)

    def _outline(
        self, painter: QPainter, groups: Iterable[tuple[QColor, list[str]]], w: float
    ) -> None:
        for colour, keys in groups:
            self._outline_keys(painter, keys, colour, w)

    def _outline_keys(
        self, painter: QPainter, keys: Iterable[str], colour: QColor, w: float
    ) -> None:
        rects = [self.rects[k] for k in keys if k in self.rects]
        if rects:
            painter.setPen(cosmetic(colour, w))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRects(rects)


class LaneItem(Layer):
    """The band behind our team's cards, titled, so "our side" reads at a glance."""

    def __init__(self) -> None:
        super().__init__(Z_LANE)
        self.band = QRectF()

    def set_band(self, band: QRectF) -> None:
        self.band = QRectF(band)
        self.set_bounds(band.adjusted(-2, -2, 2, 2) if not band.isNull() else QRectF())

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if self.band.isNull():
            return
        lod = lod_of(painter)
        scene = self.map_scene()
        full = scene is not None and scene.full_detail
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, lod >= st.DETAIL_LOD or full)
        painter.setPen(
            pen(st.LANE_BORDER, 1.0) if lod >= st.DETAIL_LOD or full else cosmetic(st.LANE_BORDER)
        )
        painter.setBrush(st.LANE)
        painter.drawRoundedRect(self.band, 14, 14)
        if lod < st.DETAIL_LOD * 0.8 and not full:
            return
        px = max(st.LANE_TITLE_PX, min(26.0, 11.5 / max(lod, 0.01)))
        painter.setPen(st.LANE_TEXT)
        painter.setFont(font(px, True))
        painter.drawText(
            QRectF(self.band.left() + 12, self.band.top() + 6, self.band.width() - 24, px * 1.6),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            tr("Our team"),
        )


def blend(colour: QColor, amount: float, base: QColor | None = None) -> QColor:
    """``colour`` mixed into ``base`` (white): calm fills for the overview."""
    b = base or QColor("white")
    return QColor(
        round(b.red() + (colour.red() - b.red()) * amount),
        round(b.green() + (colour.green() - b.green()) * amount),
        round(b.blue() + (colour.blue() - b.blue()) * amount),
    )


def overview_colours(info: NodeInfo) -> tuple[QColor, QColor]:
    """(fill, outline) of a card on the zoomed-out map."""
    if info.is_member:
        return _OVERVIEW_MEMBER
    fill = _OVERVIEW_FILL[max(-2, min(2, info.support))]
    if info.competitor:
        return fill, st.COMPETITOR
    if info.role:
        return fill, _ROLE_OUTLINE[info.role]
    return fill, _PLAIN_OUTLINE


_OVERVIEW_FILL = {s: blend(st.support_colour(s), 0.38) for s in range(-2, 3)}
_OVERVIEW_MEMBER = (blend(st.INFLUENCE, 0.35), st.INFLUENCE)
_ROLE_OUTLINE = {r: st.role_colour(r) for r in ("KDM", "KI", "KU", "LEAD", "EVAL")}
_PLAIN_OUTLINE = QColor("#9AA4B1")
