"""Small widgets the editors share."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QWheelEvent
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


class _WheelWhenFocused:
    """The wheel changes the value only after a click or Tab put the focus here.

    Scrolling a form or panel passes over many combo and spin boxes; without
    this, each one under the pointer would silently take the wheel and change
    its value. An unfocused box lets the wheel go on to the scroll area.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # type: ignore[attr-defined]

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():  # type: ignore[attr-defined]
            super().wheelEvent(event)  # type: ignore[misc]
        else:
            event.ignore()


class GuardedComboBox(_WheelWhenFocused, QComboBox):
    """QComboBox whose value the wheel changes only when it has the focus."""


class GuardedSpinBox(_WheelWhenFocused, QSpinBox):
    """QSpinBox whose value the wheel changes only when it has the focus."""


class GuardedDoubleSpinBox(_WheelWhenFocused, QDoubleSpinBox):
    """QDoubleSpinBox whose value the wheel changes only when it has the focus."""


class GuardedDateEdit(_WheelWhenFocused, QDateEdit):
    """QDateEdit whose value the wheel changes only when it has the focus."""


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
