"""Where the map's lines run, from card centres: elbows, brackets and clipped straights.

Pure geometry on Qt value types (no items, no painting), so the edge layers,
the drag overlay and the exports all route a line the same way.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QLineF, QPointF, QRectF
from PySide6.QtGui import QPolygonF

from desktop.map.style import MEMBER_H, MEMBER_W, NODE_H, NODE_W, Y_GAP

BRACKET = 12.0
"""How far left of a stacked card its bracket runs."""
ARROW = 9.0


def half_size(key: str) -> tuple[float, float]:
    """Half width and half height of a card from its key ("p:…" or "m:…")."""
    if key.startswith("m:"):
        return MEMBER_W / 2, MEMBER_H / 2
    return NODE_W / 2, NODE_H / 2


def card_rect(key: str, centre: QPointF) -> QRectF:
    hw, hh = half_size(key)
    return QRectF(centre.x() - hw, centre.y() - hh, 2 * hw, 2 * hh)


def _boundary(centre: QPointF, toward: QPointF, hw: float, hh: float) -> QPointF:
    """Where the segment from ``centre`` to ``toward`` leaves a card."""
    dx, dy = toward.x() - centre.x(), toward.y() - centre.y()
    if dx == 0 and dy == 0:
        return QPointF(centre)
    tx = hw / abs(dx) if dx else math.inf
    ty = hh / abs(dy) if dy else math.inf
    t = min(tx, ty, 1.0)
    return QPointF(centre.x() + dx * t, centre.y() + dy * t)


def straight(a_key: str, a: QPointF, b_key: str, b: QPointF, gap: float = 3.0) -> QLineF | None:
    """The visible part of the line between two card centres (None if they overlap)."""
    start = _boundary(a, b, *half_size(a_key))
    end = _boundary(b, a, *half_size(b_key))
    line = QLineF(start, end)
    length = line.length()
    if length <= 2 * gap:
        return None
    unit = line.unitVector()
    d = QPointF(unit.dx() * gap, unit.dy() * gap)
    return QLineF(start + d, end - d)


def reports_to(sub_key: str, sub: QPointF, boss: QPointF, stacked: bool) -> list[QLineF]:
    """Org-chart connector from a manager's card down to a report's card.

    An ordinary report hangs from an elbow (down, across, down) whose middle runs
    half-way between the rows, so that siblings share it; a stacked report is
    joined by a bracket running down the left of the stack. A report placed beside
    or above the manager gets a straight line.
    """
    bhw, bhh = NODE_W / 2, NODE_H / 2
    chw, chh = half_size(sub_key)
    bottom = boss.y() + bhh
    top = sub.y() - chh
    if stacked and sub.y() > boss.y():
        bus = sub.x() - chw - BRACKET
        lines: list[QLineF] = []
        if boss.x() - bhw + 4 <= bus <= boss.x() + bhw - 4:
            lines.append(QLineF(bus, bottom, bus, sub.y()))
        else:
            mid = bottom + (Y_GAP - NODE_H) / 2
            lines.append(QLineF(boss.x(), bottom, boss.x(), mid))
            lines.append(QLineF(boss.x(), mid, bus, mid))
            lines.append(QLineF(bus, mid, bus, sub.y()))
        lines.append(QLineF(bus, sub.y(), sub.x() - chw, sub.y()))
        return lines
    if top > bottom + 8:
        if abs(sub.x() - boss.x()) < 0.5:
            return [QLineF(boss.x(), bottom, sub.x(), top)]
        mid = (bottom + top) / 2
        return [
            QLineF(boss.x(), bottom, boss.x(), mid),
            QLineF(boss.x(), mid, sub.x(), mid),
            QLineF(sub.x(), mid, sub.x(), top),
        ]
    line = straight(sub_key, sub, "p:", boss)
    return [line] if line is not None else []


def arrow_head(line: QLineF, size: float = ARROW) -> QPolygonF:
    """A filled arrowhead at the end of ``line``."""
    angle = math.atan2(line.dy(), line.dx())
    tip = line.p2()
    left = QPointF(tip.x() - size * math.cos(angle - 0.42), tip.y() - size * math.sin(angle - 0.42))
    right = QPointF(
        tip.x() - size * math.cos(angle + 0.42), tip.y() - size * math.sin(angle + 0.42)
    )
    return QPolygonF([tip, left, right])


def bounds_of(lines: list[QLineF], margin: float) -> QRectF:
    if not lines:
        return QRectF()
    xs = [v for ln in lines for v in (ln.x1(), ln.x2())]
    ys = [v for ln in lines for v in (ln.y1(), ln.y2())]
    return QRectF(
        min(xs) - margin,
        min(ys) - margin,
        max(xs) - min(xs) + 2 * margin,
        max(ys) - min(ys) + 2 * margin,
    )
