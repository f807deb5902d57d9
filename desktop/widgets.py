"""Small widgets the editors share."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget


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
