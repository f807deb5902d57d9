"""The interface's text size, one setting that every view follows at once.

View ▸ Larger text (Ctrl++) is for a projector. Widgets that lay out with
the application font follow :meth:`QApplication.setFont` by themselves; views
that cache metrics or draw with their own fonts (the board's cards, the map's
scene, table row heights) connect to :func:`notifier` and re-measure when
``changed`` fires, so nothing needs a restart.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

MIN_POINTS = 8.0
MAX_POINTS = 28.0


class TextSize(QObject):
    """Emits ``changed(point_size)`` after the application font changed size."""

    changed = Signal(float)

    def __init__(self, base: float) -> None:
        super().__init__()
        self.base = base  # the platform's size before the user changed it


_notifier: TextSize | None = None


def notifier() -> TextSize:
    """The application's one text-size notifier (made with the first call)."""
    global _notifier
    if _notifier is None:
        _notifier = TextSize(QApplication.font().pointSizeF())
    return _notifier


def point_size() -> float:
    return QApplication.font().pointSizeF()


def scale() -> float:
    """The current text size against the platform's default (1.0 when unchanged)."""
    base = notifier().base
    return point_size() / base if base > 0 else 1.0


def set_point_size(size: float) -> float:
    """Apply ``size`` (clamped) to the whole application and tell the views."""
    text = notifier()
    size = max(MIN_POINTS, min(MAX_POINTS, size))
    font = QFont(QApplication.font())
    if font.pointSizeF() != size:
        font.setPointSizeF(size)
        QApplication.setFont(font)
        text.changed.emit(size)
    return size
