"""One kanban column as a flat list model over deal ids (and lane headers).

The rows are ids into the shared :class:`~desktop.board.store.BoardStore`;
the page decides which ids a column shows (filter, sort, lanes, all Qt-free
in :mod:`model.board`) and hands the list over. After a few deals changed,
:meth:`ColumnModel.update_entries` removes and inserts just those rows, so a
drop does not reset ten columns of thousands of cards, and the views keep
their scroll position and selection.

Why QStringListModel underneath: QListView lays a column out again after
every insert or remove and asks the model for ``index(row)`` of each row,
which asks ``rowCount``. A Python ``rowCount`` makes that a few thousand
Python calls per column per drop (about 4 ms per 2,000 cards); a string list
of one empty string per row keeps the count in C++. The Python list of
entries follows the string list: it is updated in slots connected before
any view, so every observer sees both in step. The public row editing of the
base class is refused, so a view cannot remove cards behind the page's back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from itertools import filterfalse
from typing import Any

from PySide6.QtCore import (
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
)

from desktop.board import mime
from desktop.board.store import BoardStore
from model.board import Entry, Filler, LaneHeader, entry_key

CARD_ROLE = Qt.ItemDataRole.UserRole + 1  # DealCard
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # deal id (int) or None for a lane header
LANE_ROLE = Qt.ItemDataRole.UserRole + 3  # LaneHeader or None
VIEW_ROLE = Qt.ItemDataRole.UserRole + 4  # CardView

Index = QModelIndex | QPersistentModelIndex
DropHandler = Callable[[list[int], str, str], bool]
"""(deal ids, source column, target column) -> whether anything moved."""


class ColumnModel(QStringListModel):
    def __init__(self, key: str, store: BoardStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.store = store
        self._entries: list[Entry] = []
        self._incoming: list[Entry] = []
        # Row of each entry; None after a patch of plain ids (rebuilt when asked for all,
        # a few look-ups search the list in C instead): a drop need not index 8,000 rows.
        self._rows: dict[int | str, int] | None = {}
        self._lanes = False
        self.drop_handler: DropHandler | None = None
        self.tooltip: Callable[[int], str] | None = None
        # Connected before any view: the entries follow the string list first.
        self.rowsInserted.connect(self._entries_inserted)
        self.rowsRemoved.connect(self._entries_removed)

    def _entries_inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        self._entries[first:first] = self._incoming[: last - first + 1]
        self._incoming = []

    def _entries_removed(self, _parent: QModelIndex, first: int, last: int) -> None:
        del self._entries[first : last + 1]

    # -- the base class's editing is not for others ----------------------------------

    def insertRows(self, row: int, count: int, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return False

    def removeRows(self, row: int, count: int, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return False

    def moveRows(self, *args: Any) -> bool:
        return False

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        return False

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order is the page's business (model.board.sort_key)."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._entries):
            return None
        entry = self._entries[index.row()]
        if isinstance(entry, Filler):
            return None
        if isinstance(entry, LaneHeader):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return entry.label
            if role == LANE_ROLE:
                return entry
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.store.cards[entry].name
        if role == ID_ROLE:
            return entry
        if role == CARD_ROLE:
            return self.store.cards[entry]
        if role == VIEW_ROLE:
            return self.store.view(entry)
        if role == Qt.ItemDataRole.ToolTipRole and self.tooltip is not None:
            return self.tooltip(entry)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        f = Qt.ItemFlag
        if not index.isValid():
            return f.ItemIsDropEnabled
        if not isinstance(self._entries[index.row()], int):  # lane header or filler
            return f.ItemIsEnabled | f.ItemIsDropEnabled
        return f.ItemIsEnabled | f.ItemIsSelectable | f.ItemIsDragEnabled | f.ItemIsDropEnabled

    def entries(self) -> list[Entry]:
        return list(self._entries)

    def deal_ids(self) -> list[int]:
        return [e for e in self._entries if isinstance(e, int)]

    def row_of(self, deal_id: int) -> int | None:
        if self._rows is not None:
            return self._rows.get(deal_id)
        try:
            return self._entries.index(deal_id)
        except ValueError:
            return None

    def rows_of(self, deal_ids: Iterable[int]) -> dict[int, int]:
        """The rows of those of ``deal_ids`` this column shows (a few: searched in C;
        many: through the index of every row)."""
        ids = list(deal_ids)
        if self._rows is None and len(ids) > 16:
            self._reindex()
        found = ((d, self.row_of(d)) for d in ids)
        return {d: r for d, r in found if r is not None}

    def _row_map(self) -> dict[int | str, int]:
        if self._rows is None:
            self._reindex()
        assert self._rows is not None
        return self._rows

    def deal_at(self, row: int) -> int | None:
        entry = self._entries[row] if 0 <= row < len(self._entries) else None
        return entry if isinstance(entry, int) else None

    # -- drag and drop ------------------------------------------------------------

    def mimeTypes(self) -> list[str]:
        return [mime.MIME_TYPE]

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        ids = [e for e in (self._entries[r] for r in rows) if isinstance(e, int)]
        return mime.encode(ids, self.key)

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        decoded = mime.decode(data)
        return decoded is not None and decoded[1] != self.key

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """Hand the dropped deals to the page, which runs the gate and the command.

        Rows are never moved here: the column's contents follow the model's
        data once the command has run, like every other view.
        """
        if action == Qt.DropAction.IgnoreAction:
            return True
        decoded = mime.decode(data)
        if decoded is None or decoded[1] == self.key or self.drop_handler is None:
            return False
        ids, source = decoded
        return self.drop_handler(ids, source, self.key)

    # -- writing --------------------------------------------------------------------

    def set_entries(self, entries: list[Entry]) -> None:
        self._entries = list(entries)
        self._reindex()
        self.setStringList([""] * len(self._entries))  # resets the model

    def update_entries(self, entries: Sequence[Entry], changed: set[int]) -> None:
        """Move from the current rows to ``entries`` with row-level signals.

        ``changed`` are deals whose data changed: they are taken out and put
        back where they now belong (or just repainted when nothing moved).
        Unchanged rows keep their relative order in both lists because both
        are sorted by the same total order; if that ever fails, reset.
        """
        new = list(entries)
        if not self._lanes and all(type(e) is int for e in new):
            self.update_ids(new, changed)  # type: ignore[arg-type]
            return
        if self._lanes or any(not isinstance(e, int) for e in new):
            old_keys = [entry_key(e) for e in self._entries]
            new_keys = [entry_key(e) for e in new]
        else:  # plain deal ids are their own keys
            old_keys, new_keys = list(self._entries), list(new)  # type: ignore[arg-type]
        if old_keys == new_keys:
            old = self._entries
            self._entries = new
            for row, (a, b) in enumerate(zip(old, new, strict=True)):
                if (isinstance(b, int) and b in changed) or (isinstance(b, LaneHeader) and a != b):
                    self._changed(row)
            return
        new_set = set(new_keys)
        drop = [
            r
            for r, k in enumerate(old_keys)
            if k not in new_set or (isinstance(k, int) and k in changed)
        ]
        dropped = set(drop)
        kept = [k for r, k in enumerate(old_keys) if r not in dropped]
        inserts: list[int] = []
        j = 0
        for i, k in enumerate(new_keys):
            if j < len(kept) and kept[j] == k:
                j += 1
            else:
                inserts.append(i)
        if j != len(kept) or len(kept) + len(inserts) != len(new_keys):
            self.set_entries(new)
            return
        for first, last in reversed(_runs(drop)):
            QStringListModel.removeRows(self, first, last - first + 1, QModelIndex())
        for first, last in _runs(inserts):
            self._incoming = new[first : last + 1]
            QStringListModel.insertRows(self, first, last - first + 1, QModelIndex())
        old_entries, self._entries = self._entries, new
        self._reindex()
        for row, (a, b) in enumerate(zip(old_entries, new, strict=True)):
            if isinstance(b, LaneHeader) and a != b:
                self._changed(row)

    def update_ids(self, new: list[int], changed: set[int]) -> None:
        """:meth:`update_entries` for plain deal ids (no lanes; the list is taken, not
        copied), with set and dict look-ups instead of walks of every row in Python:
        a drop at 80,000 deals touches two columns of thousands of cards."""
        if self._lanes:
            self.update_entries(new, changed)
            return
        old = self._entries
        if old == new:
            self._entries = new  # type: ignore[assignment]
            for deal_id in changed:
                row = self.row_of(deal_id)
                if row is not None:
                    self._changed(row)
            return
        old_set, new_set = set(old), set(new)
        gone = (old_set - new_set) | (changed & old_set)
        coming = (new_set - old_set) | (changed & new_set)
        # Unchanged rows must keep their relative order (both lists sorted alike).
        if list(filterfalse(gone.__contains__, old)) != list(filterfalse(coming.__contains__, new)):
            self.set_entries(new)  # type: ignore[arg-type]
            return
        drop = sorted(map(self._row_map().__getitem__, gone))  # type: ignore[arg-type]
        if len(coming) <= 16:
            inserts = sorted(map(new.index, coming))  # a few searches in C
        else:
            inserts = [r for r, k in enumerate(new) if k in coming]
        for first, last in reversed(_runs(drop)):
            QStringListModel.removeRows(self, first, last - first + 1, QModelIndex())
        for first, last in _runs(inserts):
            self._incoming = new[first : last + 1]  # type: ignore[assignment]
            QStringListModel.insertRows(self, first, last - first + 1, QModelIndex())
        self._entries = new  # type: ignore[assignment]
        self._rows = dict(zip(new, range(len(new)), strict=True))

    def patch_ids(self, new: list[int], gone: list[int], coming: list[int]) -> None:
        """Rows of plain deal ids after a few deals changed, when the caller knows which:
        ``new`` is the current list without the deals ``gone`` (each shown here now)
        and with the deals ``coming`` put where they belong; every other row keeps its
        order. Only those rows are removed and inserted, with look-ups of those deals
        alone: the work does not grow with the column (a drop at 80,000 deals).

        A deal in both lists at the same row is repainted, not taken out and put back,
        so a selected card stays selected when its data changed but not its place.
        """
        if self._lanes:
            self.update_entries(new, set(gone) | set(coming))
            return
        old = self._entries
        drop = sorted(self.rows_of(gone).values())
        inserts = sorted(map(new.index, coming))
        if len(old) == len(new) and drop == inserts and all(new[r] == old[r] for r in drop):
            self._entries = new  # type: ignore[assignment]
            for row in drop:
                self._changed(row)
            return
        for first, last in reversed(_runs(drop)):
            QStringListModel.removeRows(self, first, last - first + 1, QModelIndex())
        for first, last in _runs(inserts):
            self._incoming = new[first : last + 1]  # type: ignore[assignment]
            QStringListModel.insertRows(self, first, last - first + 1, QModelIndex())
        self._entries = new  # type: ignore[assignment]
        self._rows = None

    def plain_ids(self) -> list[int]:
        """A copy of the rows as deal ids (the whole list when there are no lanes)."""
        return self.deal_ids() if self._lanes else list(self._entries)  # type: ignore[arg-type]

    def repaint_all(self) -> None:
        """Every card's look changed (its badges arrived): repaint, keep rows and selection."""
        if self._entries:
            self.dataChanged.emit(self.index(0), self.index(len(self._entries) - 1))

    def _changed(self, row: int) -> None:
        index = self.index(row)
        self.dataChanged.emit(index, index)

    def _reindex(self) -> None:
        self._lanes = not all(type(e) is int for e in self._entries)
        if self._lanes:
            self._rows = {entry_key(e): r for r, e in enumerate(self._entries)}
        else:
            self._rows = dict(zip(self._entries, range(len(self._entries)), strict=True))  # type: ignore[arg-type]


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Ascending rows as (first, last) runs of neighbours."""
    out: list[tuple[int, int]] = []
    for r in rows:
        if out and out[-1][1] == r - 1:
            out[-1] = (out[-1][0], r)
        else:
            out.append((r, r))
    return out
