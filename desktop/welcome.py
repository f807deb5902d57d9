"""The first screen when no workspace is open: new, open, recent, sample."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class WelcomePage(QWidget):
    newRequested = Signal()
    openRequested = Signal()
    sampleRequested = Signal()
    recentRequested = Signal(str)

    def __init__(self, recent: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        column = QVBoxLayout()
        title = QLabel(self.tr("Key Account Navigator"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        title.setFont(font)
        column.addWidget(title)
        intro = QLabel(
            self.tr(
                "Plan and win large enterprise deals with the seven-step method: target "
                "customers, leads, valid opportunities, approval, the tender, negotiation "
                "and the first payment."
            )
        )
        intro.setWordWrap(True)
        column.addWidget(intro)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New workspace…"))
        self.open_button = QPushButton(self.tr("Open workspace…"))
        self.sample_button = QPushButton(self.tr("Open the sample workspace"))
        self.sample_button.setToolTip(
            self.tr("Six accounts with org charts, deals in every stage and 18 months of history")
        )
        for button in (self.new_button, self.open_button, self.sample_button):
            button.setMinimumHeight(36)
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        self.new_button.clicked.connect(self.newRequested.emit)
        self.open_button.clicked.connect(self.openRequested.emit)
        self.sample_button.clicked.connect(self.sampleRequested.emit)
        column.addSpacing(16)
        column.addWidget(QLabel(self.tr("Recent workspaces")))
        self.recent = QListWidget()
        self.recent.setObjectName("recentWorkspaces")
        for path in recent:
            item = QListWidgetItem(f"{Path(path).name}   —   {path}")
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(path)
            self.recent.addItem(item)
        if not recent:
            item = QListWidgetItem(self.tr("None yet: create a workspace or open the sample."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.recent.addItem(item)
        self.recent.itemActivated.connect(self._open_recent)
        self.recent.setMaximumHeight(220)
        column.addWidget(self.recent)
        row = QHBoxLayout()
        row.addStretch(1)
        holder = QWidget()
        holder.setLayout(column)
        holder.setMaximumWidth(720)
        row.addWidget(holder, 4)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def _open_recent(self, item: QListWidgetItem) -> None:
        path = item.data(Qt.ItemDataRole.UserRole)
        if path:
            self.recentRequested.emit(str(path))
