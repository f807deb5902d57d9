"""A checkbox whose text wraps: method criteria are sentences, not labels."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QWidget


class _ClickLabel(QLabel):
    clicked = Signal()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class WrapCheck(QWidget):
    """QCheckBox's behaviour (toggled, setChecked, keyboard) with a word-wrapped text."""

    toggled = Signal(bool)

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 1, 0, 1)
        row.setSpacing(6)
        self.box = QCheckBox()
        self.label = _ClickLabel(text)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.box.setAccessibleName(text)
        row.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.label, 1)
        self.label.clicked.connect(self.box.toggle)
        self.box.toggled.connect(self.toggled)

    def isChecked(self) -> bool:
        return self.box.isChecked()

    def setChecked(self, on: bool) -> None:
        self.box.setChecked(on)

    def text(self) -> str:
        return self.label.text()

    def setToolTip(self, text: str) -> None:
        super().setToolTip(text)
        self.box.setToolTip(text)
        self.label.setToolTip(text)
