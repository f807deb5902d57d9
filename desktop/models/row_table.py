"""A read-only table over cached rows that carry an ``id``.

The shape the Team page's members and the Competitors dialog's competitors
share: rows come from a ``model`` read function, edits go through the page's
editor and its undo commands, and the table only follows what it is given.
A subclass says how many columns there are and what each cell holds.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from desktop.collation import ranks

Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole
"""The row's id, for a selection that survives a refresh."""
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
"""A value that sorts as a user expects (numbers as numbers, names ignoring case).

A subclass's ``cell`` may give text for it; the table hands out that text's
place in the locale's order instead (Chinese names by pinyin), computed once
per column when the rows change, so a proxy compares ints."""


class HasId(Protocol):
    @property
    def id(self) -> int: ...


R = TypeVar("R", bound=HasId)


class RowTableModel(QAbstractTableModel, Generic[R]):
    """One row per cached row, in the order given; selectable, never editable."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []
        self._sort_values: dict[int, list[Any]] = {}  # column -> SORT_ROLE per row
        self.sort_order: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)
        """The column the rows are kept in the order of (-1: as given), and how."""

    # -- what a subclass says --------------------------------------------------

    def column_count(self) -> int:
        raise NotImplementedError

    def cell(self, row: R, column: int, role: int) -> Any:
        """The value of one cell for one role (None when it has none)."""
        raise NotImplementedError

    def column_titles(self) -> list[str]:
        raise NotImplementedError

    def column_tips(self) -> list[str]:
        raise NotImplementedError

    # -- contents --------------------------------------------------------------

    def set_rows(self, rows: Sequence[R]) -> None:
        new = self._sorted(list(rows))
        if [r.id for r in new] == [r.id for r in self._rows]:
            # The same rows in the same order: a value changed, keep the selection.
            changed = [i for i, (a, b) in enumerate(zip(self._rows, new, strict=True)) if a != b]
            self._rows = new
            self._sort_values.clear()
            if changed:
                self.dataChanged.emit(
                    self.index(min(changed), 0),
                    self.index(max(changed), self.column_count() - 1),
                )
            return
        self.beginResetModel()
        self._rows = new
        self._sort_values.clear()
        self.endResetModel()

    def rows(self) -> list[R]:
        return list(self._rows)

    # -- order -----------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Keep the rows in ``column``'s order: one key per row (its SORT_ROLE value)
        and one sort, where a proxy sorting 12,000 leads asked Python for two values
        per comparison (over a second). Selections follow their rows."""
        self.sort_order = (column, order)
        if len(self._rows) < 2:
            return
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        kept = [(self._rows[i.row()].id, i.column()) for i in before]
        self._rows = self._sorted(self._rows)
        self._sort_values.clear()
        place = {r.id: i for i, r in enumerate(self._rows)}
        self.changePersistentIndexList(before, [self.index(place[r], c) for r, c in kept])
        self.layoutChanged.emit()

    def _sorted(self, rows: list[R]) -> list[R]:
        column, order = self.sort_order
        if len(rows) < 2 or not 0 <= column < self.column_count():
            return rows
        values = self._column_values(rows, column)
        known = [i for i, v in enumerate(values) if v is not None]
        known.sort(key=values.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)
        empty = [i for i, v in enumerate(values) if v is None]  # last either way
        return [rows[i] for i in known + empty]

    def _column_values(self, rows: Sequence[R], column: int) -> list[Any]:
        """SORT_ROLE of ``column`` for ``rows``: texts as their place in the locale's order."""
        values = [self.cell(r, column, SORT_ROLE) for r in rows]
        texts = [v for v in values if isinstance(v, str)]
        if texts:
            place = ranks(texts)
            values = [place[v] if isinstance(v, str) else v for v in values]
        return values

    def row_at(self, row: int) -> R | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, ident: int | None) -> int:
        """The position of the row with this id, or -1."""
        for i, row in enumerate(self._rows):
            if row.id == ident:
                return i
        return -1

    # -- QAbstractTableModel ---------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.column_count()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role == SORT_ROLE:
            return self._sort_value(index.row(), index.column())
        return self.cell(self._rows[index.row()], index.column(), role)

    def _sort_value(self, row: int, column: int) -> Any:
        values = self._sort_values.get(column)
        if values is None:
            values = self._sort_values[column] = self._column_values(self._rows, column)
        return values[row]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.column_count():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.column_titles()[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.column_tips()[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
