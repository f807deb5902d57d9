"""The mouse wheel scrolls forms; it changes a value only in the field being edited.

Scrolling a form or panel passes the pointer over many combo and spin boxes.
Qt gives the wheel to whichever box is under the pointer, and a QComboBox even
reports a wheel turn as the user's choice (``activated``), so editors saved
values nobody meant to change (a person's seniority and support, a deal's
owner), and a filter combo changed the list under the user.

One guard for every editor: an application-wide event filter, installed once
on the QApplication (:func:`install`, called by ``desktop.app.qt_app``). A
wheel event over a combo box, spin box (dates included) or slider that does
not have the keyboard focus goes to the nearest scroll area instead, so the
form scrolls as the user expects. After a click or Tab into the box the wheel
changes its value as before. The guard also takes Qt's "wheel gives focus"
policy off those boxes, or a wheel turn would focus the box first and then
change it.

The filter sees every event of the application, so it looks at the event's
type first and does nothing else for all other events.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QSlider,
    QWidget,
)

GUARDED: tuple[type[QWidget], ...] = (QComboBox, QAbstractSpinBox, QSlider)
"""Widgets whose value the wheel changes (QDateEdit is a QAbstractSpinBox)."""

_WHEEL = QEvent.Type.Wheel
_POLISH = QEvent.Type.Polish


def _focused(widget: QWidget) -> bool:
    """Whether ``widget`` or a part of it (a spin box's line edit) has the focus."""
    focus = QApplication.focusWidget()
    return focus is not None and (focus is widget or widget.isAncestorOf(focus))


def _scrollable(area: QAbstractScrollArea) -> bool:
    return area.verticalScrollBar().maximum() > 0 or area.horizontalScrollBar().maximum() > 0


def scroll_target(widget: QWidget) -> QWidget | None:
    """The viewport of the nearest scroll area around ``widget`` that can scroll
    (else the nearest one at all), or None outside any scroll area."""
    first: QAbstractScrollArea | None = None
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            if _scrollable(parent):
                return parent.viewport()
            first = first or parent
        if parent.isWindow():
            break
        parent = parent.parentWidget()
    return first.viewport() if first is not None else None


def _unwheel_focus(widget: QWidget) -> None:
    """Focus by click or Tab, never by a wheel turn passing over the box."""
    if widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


class WheelGuard(QObject):
    """Sends the wheel over an unfocused value box on to the form's scroll area."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind != _WHEEL and kind != _POLISH:  # every other event: nothing to do
            return False
        if not isinstance(watched, GUARDED):
            return False
        if kind == _POLISH:
            _unwheel_focus(watched)
            return False
        if _focused(watched):
            return False  # the user is editing this box: the wheel changes it
        assert isinstance(event, QWheelEvent)
        target = scroll_target(watched)
        if target is not None:
            position = target.mapFromGlobal(event.globalPosition())
            forwarded = QWheelEvent(
                position,
                event.globalPosition(),
                event.pixelDelta(),
                event.angleDelta(),
                event.buttons(),
                event.modifiers(),
                event.phase(),
                event.inverted(),
                event.source(),
            )
            QCoreApplication.sendEvent(target, forwarded)
        event.accept()  # the box never sees it; propagation stops here
        return True


_guard: WheelGuard | None = None


def install(app: QCoreApplication | None = None) -> WheelGuard:
    """Install the guard on ``app`` (the running application) once; returns it."""
    global _guard
    app = app or QCoreApplication.instance()
    if app is None:
        raise RuntimeError("create the QApplication before installing the wheel guard")
    if not _owned_by(app):
        _guard = WheelGuard(app)
        app.installEventFilter(_guard)
        if isinstance(app, QApplication):
            for widget in app.allWidgets():  # boxes polished before the guard came
                if isinstance(widget, GUARDED):
                    _unwheel_focus(widget)
    assert _guard is not None
    return _guard


def _owned_by(app: QCoreApplication | None) -> bool:
    if _guard is None or app is None:
        return False
    try:
        return _guard.parent() is app
    except RuntimeError:  # the guard went with an earlier application
        return False


def installed() -> bool:
    """Whether the running application has the guard."""
    return _owned_by(QCoreApplication.instance())
