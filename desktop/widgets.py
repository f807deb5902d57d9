"""Small widgets the editors share."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFocusEvent
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
