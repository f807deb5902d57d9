"""The map's view: zoom, pan and fit, and the gestures, reported as signals.

Gestures (the page turns each into a command; the view never writes):

* drag a card: move it (with the rest of the selection); released, ``moved``
  reports start and end of every card that moved: one undo step;
* drag on empty canvas: rubber-band selection; Ctrl+click adds to it;
* Shift+drag from a card to another, or any drag in link mode, or a drag from
  one of our members: ``linkRequested(source, target, screen pos)``;
* double-click on empty canvas: ``addRequested(scene pos)``; on a card:
  ``editRequested(key)``;
* Del: ``deleteRequested``; Esc: cancel the gesture under way (a drag goes back
  where it began), else clear the selection;
* Ctrl+wheel zooms about the cursor, the wheel scrolls, the middle button pans,
  +/- zoom, :meth:`fit` shows everything;
* the legend is not here: a strip under the view (:class:`~desktop.map.legend.LegendStrip`)
  shows it, so it never covers a card.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QFrame, QGraphicsView, QWidget

from desktop.map import style as st
from desktop.map.geometry import card_rect
from desktop.map.legend import Legend
from desktop.map.scene import MapScene

SHIFT = Qt.KeyboardModifier.ShiftModifier
KEYPAD = Qt.KeyboardModifier.KeypadModifier
MIN_SCALE = 0.002
MAX_SCALE = 3.0
FIT_MAX = 1.0
FIT_MARGIN = 16
"""Screen pixels left around the map at Fit."""
READABLE = 0.45
"""A map opens no smaller than this: names must be readable on a projector."""
"""Fitting never zooms beyond 100 %: a small map stays at its natural size."""


class MapView(QGraphicsView):
    moved = Signal(dict)  # {key: (QPointF start, QPointF end)}
    linkRequested = Signal(str, str, QPoint)
    addRequested = Signal(QPointF)
    editRequested = Signal(str)
    deleteRequested = Signal()
    zoomChanged = Signal(float)
    cancelled = Signal()

    def __init__(self, scene: MapScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.map_scene = scene
        self.setObjectName("orgMapView")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing, True)
        self.setMouseTracking(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.link_mode = False
        self.hint = ""
        self.progress = ""
        """A big map being drawn: how far (at the foot of the view; see :meth:`set_progress`)."""
        self.legend = Legend()  # its words, for the hint
        self._link_from: str | None = None
        self._pan_from: QPoint | None = None
        self._pressed_on_card = False
        self._fitted = True

    # -- zoom --------------------------------------------------------------------

    @property
    def fitted(self) -> bool:
        """The map is shown at Fit (and follows the view's size)."""
        return self._fitted

    def scale_factor(self) -> float:
        return float(self.transform().m11())

    def _after_zoom(self) -> None:
        scale = self.scale_factor()
        self.map_scene.set_overview(scale < st.DETAIL_LOD)
        self.zoomChanged.emit(scale)

    def set_scale(self, scale: float) -> None:
        scale = max(MIN_SCALE, min(MAX_SCALE, scale))
        self.setTransform(self.transform().fromScale(scale, scale))
        self._fitted = False
        self._after_zoom()

    def zoom_by(self, factor: float) -> None:
        target = max(MIN_SCALE, min(MAX_SCALE, self.scale_factor() * factor))
        factor = target / self.scale_factor()
        if abs(factor - 1.0) > 1e-9:
            self.scale(factor, factor)
        self._fitted = False
        self._after_zoom()

    def fit(self) -> None:
        """Show the whole map as large as the view allows (never larger than 100 %)."""
        rect = self.map_scene.content_rect()
        if rect.isNull() or rect.isEmpty():
            self.resetTransform()
            self.centerOn(0, 0)
            self._after_zoom()
            return
        view = self.viewport().rect()
        if view.width() < 10 or view.height() < 10:
            return
        # a small margin in screen pixels; the map fills the dimension it is longer in
        room_w, room_h = view.width() - 2 * FIT_MARGIN, view.height() - 2 * FIT_MARGIN
        scale = min(room_w / rect.width(), room_h / rect.height(), FIT_MAX)
        scale = max(MIN_SCALE, scale)
        self.setTransform(self.transform().fromScale(scale, scale))
        self.centerOn(rect.center())
        self._fitted = True
        self._after_zoom()

    def open_view(self, focus: list[str]) -> None:
        """The first look at a map: all of it if that stays readable, else the top of
        the chart (around ``focus``, e.g. the decision maker) at a readable zoom."""
        self.fit()
        if self.scale_factor() >= READABLE:
            return
        content = self.map_scene.content_rect()
        self.set_scale(READABLE)
        view = self.viewport().rect()
        half_h = view.height() / 2 / READABLE
        x = content.center().x()
        rect = QRectF()
        for key in focus:  # (a card of a big map may still be on its way)
            if key in self.map_scene.data.nodes:
                rect = rect.united(card_rect(key, self.map_scene.pos_of(key)))
        if not rect.isNull():
            x = rect.center().x()
        y = min(content.center().y(), content.top() - 30 + half_h)
        self.centerOn(x, y)

    def centre_on_keys(self, keys: list[str]) -> None:
        """Bring these cards into view, zooming in enough to read them."""
        rect = QRectF()
        for key in keys:
            item = self.map_scene.nodes.get(key)
            if item is not None:
                rect = rect.united(item.sceneBoundingRect())
        if rect.isNull():
            return
        view = self.viewport().rect()
        need = min(view.width() / (rect.width() + 160), view.height() / (rect.height() + 160))
        if self.scale_factor() < st.CARD_LOD and need > self.scale_factor():
            self.set_scale(min(1.0, need))
        self.centerOn(rect.center())

    def frame_keys(self, keys: list[str]) -> None:
        """Zoom to show just these cards (a lit route), at most at 100 %."""
        rect = QRectF()
        for key in keys:
            item = self.map_scene.nodes.get(key)
            if item is not None:
                rect = rect.united(item.sceneBoundingRect())
        if rect.isNull():
            return
        rect = rect.adjusted(-90, -90, 90, 90)
        view = self.viewport().rect()
        if view.width() < 10 or view.height() < 10:
            return
        scale = min(view.width() / rect.width(), view.height() / rect.height(), FIT_MAX)
        self.set_scale(max(scale, READABLE))
        self.centerOn(rect.center())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fitted:
            self.fit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120.0
            if steps:
                self.zoom_by(1.15**steps)
            event.accept()
            return
        super().wheelEvent(event)

    # -- mouse ---------------------------------------------------------------------

    def _key_at(self, pos: QPoint) -> str | None:
        return self.map_scene.key_at(self.mapToScene(pos))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton:
            self._pan_from = event.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        if event.button() == Qt.MouseButton.LeftButton:
            key = self._key_at(event.position().toPoint())
            shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            if key is not None and (self.link_mode or shift or key.startswith("m:")):
                self.start_link(key)
                event.accept()
                return
            self._pressed_on_card = key is not None
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            delta = event.position().toPoint() - self._pan_from
            self._pan_from = event.position().toPoint()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            event.accept()
            return
        if self._link_from is not None:
            self.map_scene.show_ghost(
                self.map_scene.pos_of(self._link_from), self.mapToScene(event.position().toPoint())
            )
            event.accept()
            return
        if (
            self._pressed_on_card
            and not self.map_scene.moving
            and event.buttons() & Qt.MouseButton.LeftButton
        ):
            # the drag begins: note where the selected cards started
            self.map_scene.begin_move(self.map_scene.selected_keys())
        super().mouseMoveEvent(event)
        if self.map_scene.moving:
            self.map_scene.update_move()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton and self._pan_from is not None:
            self._pan_from = None
            self.viewport().unsetCursor()
            event.accept()
            return
        if self._link_from is not None and event.button() == Qt.MouseButton.LeftButton:
            target = self._key_at(event.position().toPoint())
            source = self._link_from
            self.cancel_link()
            if target is not None and target != source:
                self.linkRequested.emit(
                    source, target, self.viewport().mapToGlobal(event.position().toPoint())
                )
            event.accept()
            return
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton:
            self._pressed_on_card = False
            if self.map_scene.moving:
                moved = self.map_scene.end_move()
                if moved:
                    self.moved.emit(moved)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mouseDoubleClickEvent(event)
            return
        key = self._key_at(event.position().toPoint())
        if key is None:
            self.addRequested.emit(self.mapToScene(event.position().toPoint()))
        else:
            self.editRequested.emit(key)
        event.accept()

    # -- link gesture ----------------------------------------------------------------

    def start_link(self, key: str) -> None:
        self._link_from = key
        self.map_scene.show_ghost(self.map_scene.pos_of(key), self.map_scene.pos_of(key))
        self.viewport().setCursor(Qt.CursorShape.CrossCursor)

    def cancel_link(self) -> None:
        self._link_from = None
        self.map_scene.hide_ghost()
        self.viewport().unsetCursor()

    @property
    def linking(self) -> bool:
        return self._link_from is not None

    # -- keys ------------------------------------------------------------------------

    def cancel_gesture(self) -> bool:
        """Esc: stop whatever gesture is under way; True if there was one."""
        if self._link_from is not None:
            self.cancel_link()
            self.cancelled.emit()
            return True
        if self.map_scene.moving:
            grabber = self.map_scene.mouseGrabberItem()
            if grabber is not None:
                grabber.ungrabMouse()
            self.map_scene.end_move(cancel=True)
            self._pressed_on_card = False
            self.cancelled.emit()
            return True
        if self._pan_from is not None:
            self._pan_from = None
            self.viewport().unsetCursor()
            return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            if not self.cancel_gesture():
                self.map_scene.clearSelection()
            event.accept()
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.deleteRequested.emit()
            event.accept()
            return
        # "+" is Shift+= on many keyboards; the keypad adds its own modifier
        plain = not (event.modifiers() & ~(SHIFT | KEYPAD))
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal) and plain:
            self.zoom_by(1.25)
            return
        if key == Qt.Key.Key_Minus and plain:
            self.zoom_by(0.8)
            return
        super().keyPressEvent(event)

    # -- painting --------------------------------------------------------------------

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        painter.save()
        painter.resetTransform()
        viewport = self.viewport().rect()
        if self.hint:
            self.legend.paint_hint(painter, QRectF(viewport), self.hint)
        if self.progress:
            self.legend.paint_hint(painter, QRectF(viewport), self.progress, at_foot=True)
        painter.restore()

    def set_progress(self, text: str) -> None:
        """Show (or, empty, hide) a line of progress at the foot of the view; only that
        strip is painted again."""
        if text == self.progress:
            return
        self.progress = text
        viewport = self.viewport().rect()
        self.viewport().update(0, max(0, viewport.height() - 60), viewport.width(), 60)

    def refresh_legend(self) -> None:
        """Words or text size changed: draw the hint and the cards again."""
        self.map_scene.update()
        self.viewport().update()
