"""Small widgets the editors share."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)


class TextBox(QPlainTextEdit):
    """A few lines of text that, like QLineEdit, says when editing is finished.

    Editors commit on ``editingFinished`` and skip values that did not change,
    so it fires on every focus-out, as QLineEdit does.
    """

    editingFinished = Signal()

    def __init__(self, lines: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 12)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.editingFinished.emit()

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:
        # Same text (a refresh after our own edit): keep the cursor where it is.
        if self.toPlainText() != text:
            self.setPlainText(text)
        self.document().setModified(False)


# The wheel over an unfocused box scrolls the form instead of changing the value:
# desktop/wheel_guard.py does that for every combo, spin box, date edit and
# slider of the application. These names stay for the editors that use them.


class GuardedComboBox(QComboBox):
    """A QComboBox (the application's wheel guard keeps the wheel off it unfocused)."""


class LazyComboBox(QComboBox):
    """A combo that holds only its current choice until the user opens it, focuses it
    or types in it; then ``loader`` fills the whole list (once).

    A reports-to box at a customer of 20,000 people was filled with every name
    each time another person was shown: a second of the map's selection.
    ``loaded_for`` is the owner's note of what the full list is for.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.loader: Callable[[], None] | None = None
        self.loaded_for: Any = None

    def load(self) -> None:
        loader, self.loader = self.loader, None
        if loader is not None:
            loader()

    def showPopup(self) -> None:
        self.load()
        super().showPopup()

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.load()
        super().focusInEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.load()
        super().keyPressEvent(event)


class GuardedSpinBox(QSpinBox):
    """A QSpinBox (the application's wheel guard keeps the wheel off it unfocused)."""


class GuardedDoubleSpinBox(QDoubleSpinBox):
    """A QDoubleSpinBox (the application's wheel guard keeps the wheel off it unfocused)."""


class GuardedDateEdit(QDateEdit):
    """A QDateEdit (the application's wheel guard keeps the wheel off it unfocused)."""


class InlineError(QLabel):
    """Why an edit was refused, in red where the user edits; hidden while all is well."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inlineError")
        self.setWordWrap(True)
        self.setStyleSheet("color: #b3261e;")
        self.hide()

    def say(self, message: str) -> None:
        """Show ``message``; an empty one hides the label."""
        self.setText(message)
        self.setVisible(bool(message))
