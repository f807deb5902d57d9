"""Item models of the import wizard: the column mapping and the preview's lists.

Both are plain adapters over what the wizard hands them (the file's headers
and the targets chosen; the plan's rows as texts); neither reads the workspace.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

Index = QModelIndex | QPersistentModelIndex

TARGET_ROLE = Qt.ItemDataRole.UserRole
"""The target key a column goes into (None: not imported)."""


def tr(text: str) -> str:
    return QCoreApplication.translate("ImportWizard", text)


class TextTableModel(QAbstractTableModel):
    """Rows of texts under fixed titles; a row may carry a tooltip for each cell."""

    def __init__(self, titles: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.titles = list(titles)
        self._rows: list[tuple[str, ...]] = []
        self._tips: list[tuple[str, ...] | None] = []

    def set_rows(
        self, rows: Sequence[tuple[str, ...]], tips: Sequence[tuple[str, ...] | None] = ()
    ) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._tips = list(tips) or [None] * len(self._rows)
        self.endResetModel()

    def rows(self) -> list[tuple[str, ...]]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.titles)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            tips = self._tips[index.row()]
            return tips[index.column()] if tips else self._rows[index.row()][index.column()]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.titles[section]
        return None


class MappingModel(QAbstractTableModel):
    """One row per column of the file: its header, the target it goes into, sample values.

    The target column is edited through :class:`TargetDelegate`'s combo; a change
    calls ``changed`` so the page checks the required targets again.
    """

    HEADER, TARGET, SAMPLES = range(3)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers: list[str] = []
        self.samples: list[str] = []
        self.mapping: dict[int, str | None] = {}
        self.labels: dict[str, str] = {}  # target key -> shown label
        self.required: set[str] = set()
        self.changed: Callable[[], None] = lambda: None

    def reset(
        self,
        headers: Sequence[str],
        samples: Sequence[str],
        mapping: dict[int, str | None],
        labels: dict[str, str],
        required: set[str],
    ) -> None:
        self.beginResetModel()
        self.headers, self.samples = list(headers), list(samples)
        self.mapping = {i: mapping.get(i) for i in range(len(self.headers))}
        self.labels, self.required = dict(labels), set(required)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == self.TARGET:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def target_text(self, key: str | None) -> str:
        if key is None:
            return tr("— not imported —")
        label = self.labels.get(key, key)
        return f"{label} *" if key in self.required else label

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        key = self.mapping.get(row)
        if role == TARGET_ROLE and column == self.TARGET:
            return key
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.HEADER:
                return self.headers[row] or tr("(column {number} has no name)").format(
                    number=row + 1
                )
            if column == self.TARGET:
                if role == Qt.ItemDataRole.ToolTipRole:
                    return tr("Choose the field this column fills; * marks a required field")
                return self.target_text(key)
            return self.samples[row]
        if role == Qt.ItemDataRole.FontRole and column == self.HEADER:
            font = QFont()
            font.setBold(key is not None)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column == self.SAMPLES:
            return None
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != self.TARGET or role != TARGET_ROLE:
            return False
        key = value if isinstance(value, str) and value else None
        if self.mapping.get(index.row()) == key:
            return False
        self.mapping[index.row()] = key
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), 2))
        self.changed()
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (tr("Column in the file"), tr("Goes into"), tr("Sample values"))[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                tr("The column's name in the file's first row"),
                tr("The field of the workspace this column fills; * marks a required field"),
                tr("The first values of this column in the file"),
            )[section]
        return None


class TargetDelegate(QStyledItemDelegate):
    """A combo of the kind's targets in the mapping's "Goes into" column (kept open)."""

    def __init__(self, model: MappingModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName(f"target{index.row()}")
        combo.setToolTip(tr("Choose the field this column fills; * marks a required field"))
        combo.addItem(self.model.target_text(None), None)
        for key in self.model.labels:
            combo.addItem(self.model.target_text(key), key)
        combo.currentIndexChanged.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        found = editor.findData(index.data(TARGET_ROLE))
        editor.blockSignals(True)
        editor.setCurrentIndex(max(found, 0))
        editor.blockSignals(False)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), TARGET_ROLE)
