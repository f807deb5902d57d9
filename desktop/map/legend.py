"""The legend: what the colours, badges, marks and line styles mean.

Shown on screen as a strip under the map (:class:`LegendStrip`: it never covers a
card) and painted into every export, so a printed or projected map explains itself.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPixmap, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop import labels
from desktop.map import style as st
from desktop.map.items import draw_marks, font, metrics, pen, pill, star, text_scale
from desktop.map.texts import role_badge, tr

ROW = 22.0
PAD = 10.0
TEXT_PX = 12.0


class Legend:
    """Five short rows; sized to its words in the current language."""

    def rows(self) -> list[list[tuple[str, str]]]:
        """(glyph kind, label) per entry, row by row."""
        return [
            [("support", tr("Support toward us:"))],
            [("roles", "")],
            [
                ("coach", tr("Coach")),
                ("insider", tr("Insider")),
                ("rival", tr("Backs a competitor")),
            ],
            [("reports", tr("Reports to")), ("influence", tr("Influences"))],
            [("relationship", tr("Our relationship")), ("route", tr("Route"))],
        ]

    def size(self) -> QSizeF:
        fm = metrics(TEXT_PX)
        width = 0.0
        for row in self.rows():
            w = 0.0
            for kind, text in row:
                w += self._glyph_width(kind) + fm.horizontalAdvance(text) + 16
                w += self._extra_width(kind)
            width = max(width, w)
        return QSizeF(width + 2 * PAD, len(self.rows()) * ROW + 2 * PAD)

    def _glyph_width(self, kind: str) -> float:
        return {
            "support": 0.0,
            "roles": 0.0,
            "coach": 18.0,
            "insider": 18.0,
            "rival": 26.0,
            "reports": 30.0,
            "influence": 34.0,
            "relationship": 30.0,
            "route": 30.0,
        }[kind]

    @staticmethod
    def _extra_width(kind: str) -> float:
        fm = metrics(11.0, True)
        if kind == "support":
            signs = [labels.support_sign(v) for v in range(-2, 3)]
        elif kind == "roles":
            signs = [role_badge(r) for r in ("KDM", "KI", "KU", "LEAD", "EVAL")]
        else:
            return 0.0
        return sum(fm.horizontalAdvance(t) + 11.0 * 0.9 + 4 for t in signs)

    def pixmap(self, ratio: float = 1.0) -> QPixmap:
        size = self.size()
        pixmap = QPixmap(round(size.width() * ratio), round(size.height() * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QPointF(0, 0))
        painter.end()
        return pixmap

    def paint(self, painter: QPainter, at: QPointF) -> None:
        size = self.size()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        box = QRectF(at, size)
        painter.setPen(pen(st.CARD_BORDER, 1.0))
        painter.setBrush(QColor(255, 255, 255, 235))
        painter.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 8, 8)
        y = at.y() + PAD
        for row in self.rows():
            x = at.x() + PAD
            for kind, text in row:
                x = self.paint_entry(painter, kind, text, x, y)
            y += ROW
        painter.restore()

    def entries(self) -> list[tuple[str, str]]:
        """Every entry, in reading order (the strip flows them into its width)."""
        return [entry for row in self.rows() for entry in row]

    def entry_width(self, kind: str, text: str) -> float:
        fm = metrics(TEXT_PX)
        return self._glyph_width(kind) + fm.horizontalAdvance(text) + 16 + self._extra_width(kind)

    def paint_entry(self, painter: QPainter, kind: str, text: str, x: float, y: float) -> float:
        """One entry with its glyph, in a row of height :data:`ROW` at ``y``; returns
        where the next one starts."""
        fm = metrics(TEXT_PX)
        cy = y + ROW / 2
        x = self._glyph(painter, kind, x, cy)
        if text:
            painter.setPen(st.TEXT_2)
            painter.setFont(font(TEXT_PX))
            painter.drawText(
                QRectF(x, y, fm.horizontalAdvance(text) + 4, ROW),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                text,
            )
            x += fm.horizontalAdvance(text) + 16
        if kind == "support":
            self._support_chips(painter, x - 8, cy)
        if kind == "roles":
            self._role_pills(painter, x, cy)
        return x + self._extra_width(kind)

    def _glyph(self, painter: QPainter, kind: str, x: float, cy: float) -> float:
        w = self._glyph_width(kind)
        if kind == "coach":
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(st.COACH)
            painter.drawPolygon(star(QPointF(x + 7, cy), 7))
        elif kind == "insider":
            from desktop.map.data import NodeInfo

            draw_marks(painter, NodeInfo("", "person", 0, "", insider=True), x + 16, cy, 14)
        elif kind == "rival":
            painter.setPen(pen(st.COMPETITOR, 2.0))
            painter.setBrush(QColor("white"))
            painter.drawRoundedRect(QRectF(x, cy - 6, 20, 12), 3, 3)
        elif kind in ("reports", "influence", "relationship", "route"):
            style = {
                "reports": (st.REPORTS, 1.8, Qt.PenStyle.SolidLine),
                "influence": (st.INFLUENCE, 2.2, Qt.PenStyle.DashLine),
                "relationship": (st.RELATIONSHIP, 2.2, Qt.PenStyle.DotLine),
                "route": (st.route_colour(0), 7.0, Qt.PenStyle.SolidLine),
            }[kind]
            painter.setPen(pen(*style))
            end = x + w - 8
            painter.drawLine(QPointF(x, cy), QPointF(end, cy))
            if kind == "influence":
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(st.INFLUENCE)
                painter.drawPolygon(
                    [QPointF(end + 6, cy), QPointF(end - 2, cy - 4.5), QPointF(end - 2, cy + 4.5)]
                )
        return x + w

    def _support_chips(self, painter: QPainter, x: float, cy: float) -> None:
        for value in range(-2, 3):
            w = pill(
                painter,
                x,
                cy - 8,
                labels.support_sign(value),
                st.support_colour(value),
                QColor("white"),
                11.0,
            )
            x += w + 4

    def _role_pills(self, painter: QPainter, x: float, cy: float) -> None:
        for role in ("KDM", "KI", "KU", "LEAD", "EVAL"):
            w = pill(
                painter,
                x,
                cy - 8,
                role_badge(role),
                st.role_colour(role),
                QColor("white"),
                11.0,
            )
            x += w + 4

    def tab(self, ratio: float = 1.0) -> QPixmap:
        """The folded legend: a small tab that unfolds it when clicked."""
        text = tr("Legend ▸")
        fm = metrics(TEXT_PX, True)
        w, h = fm.horizontalAdvance(text) + 2 * PAD, fm.height() + PAD
        pixmap = QPixmap(round(w * ratio), round(h * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(pen(st.CARD_BORDER, 1.0))
        painter.setBrush(QColor(255, 255, 255, 235))
        painter.drawRoundedRect(QRectF(0.5, 0.5, w - 1, h - 1), 8, 8)
        painter.setPen(st.TEXT_2)
        painter.setFont(font(TEXT_PX, True))
        painter.drawText(QRectF(0, 0, w, h), Qt.AlignmentFlag.AlignCenter, text)
        painter.end()
        return pixmap

    def paint_hint(
        self, painter: QPainter, viewport: QRectF, text: str, *, at_foot: bool = False
    ) -> None:
        """A short instruction at the top of the view (e.g. during a gesture); ``at_foot``:
        at its foot (progress)."""
        fm = metrics(13.0, True)
        w = min(viewport.width() - 24, fm.horizontalAdvance(text) + 28)
        h = fm.height() + 12
        top = viewport.bottom() - 12 - h if at_foot else 12
        rect = QRectF(viewport.center().x() - w / 2, top, w, h)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(31, 41, 55, 220))
        painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
        painter.setPen(QColor("white"))
        painter.setFont(font(13.0, True))
        painter.drawText(
            rect,
            Qt.AlignmentFlag.AlignCenter,
            fm.elidedText(text, Qt.TextElideMode.ElideRight, w - 20),
        )


def _flow(
    entries: list[tuple[str, str, float]], width: float
) -> list[list[tuple[str, str, float]]]:
    """Entries (kind, text, width) into lines no wider than ``width``, in order."""
    lines: list[list[tuple[str, str, float]]] = [[]]
    used = 0.0
    for entry in entries:
        if lines[-1] and used + entry[2] > width:
            lines.append([])
            used = 0.0
        lines[-1].append(entry)
        used += entry[2]
    return lines


class LegendStrip(QWidget):
    """The legend on screen: a strip under the map that never covers a card.

    Its entries flow into as many lines as the width needs; a click folds it to one
    short line ("Legend ▸") and back. It follows View ▸ Larger text at once.
    """

    toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mapLegend")
        self.legend = Legend()
        self.folded = False
        self._lines: list[list[tuple[str, str, float]]] = []
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.refresh()

    def zoom(self) -> float:
        return text_scale()

    def refresh(self) -> None:
        """Words, width or text size changed: flow the entries again."""
        self.setToolTip(tr("Click to fold or unfold the legend"))
        width = max(100.0, self.width() / self.zoom() - 2 * PAD)
        entries = [
            (kind, text, self.legend.entry_width(kind, text) + 10)
            for kind, text in self.legend.entries()
        ]
        lines = _flow(entries, width)
        # as many lines, but evened out: no entry left alone on the last one
        low, high = max(w for _, _, w in entries), width
        while len(lines) > 1 and high - low > 1.0:
            middle = (low + high) / 2
            if len(_flow(entries, middle)) <= len(lines):
                high = middle
            else:
                low = middle
        if len(lines) > 1:
            lines = _flow(entries, high)
        self._lines = lines
        rows = 1 if self.folded else len(lines)
        self.setFixedHeight(round((rows * ROW + PAD) * self.zoom()))
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        before = self.height()
        self.refresh()
        if self.height() != before:
            self.updateGeometry()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.set_folded(not self.folded)
            event.accept()
            return
        super().mousePressEvent(event)

    def set_folded(self, folded: bool) -> None:
        if folded != self.folded:
            self.folded = folded
            self.refresh()
            self.toggled.emit(folded)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        painter.setPen(pen(st.CARD_BORDER, 1.0))
        painter.drawLine(0, 0, self.width(), 0)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.scale(self.zoom(), self.zoom())
        y = PAD / 2
        if self.folded:
            painter.setPen(st.TEXT_2)
            painter.setFont(font(TEXT_PX, True))
            painter.drawText(
                QRectF(PAD, y, 400, ROW),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                tr("Legend ▸"),
            )
        else:
            for line in self._lines:
                x = PAD
                for kind, text, w in line:
                    self.legend.paint_entry(painter, kind, text, x, y)
                    x += w
                y += ROW
        painter.end()
