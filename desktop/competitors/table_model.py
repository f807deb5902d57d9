"""The competitors as a table over cached :class:`CompetitorRow` rows.

Read-only: edits go through the dialog's editor and its undo commands; this
model follows what the model layer says.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from desktop import labels
from model.competitors import CompetitorRow
from model.enums import PricePosition

Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole
"""The competitor's id, for a selection that survives a refresh."""
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
"""A value that sorts as a user expects (numbers as numbers, names ignoring case)."""

_PRICE_ORDER = {"": 99, **{p.value: i for i, p in enumerate(PricePosition)}}


def tr(text: str) -> str:
    return QCoreApplication.translate("CompetitorModel", text)


class Column(IntEnum):
    NAME = 0
    PRICE = 1
    DEALS = 2
    OPEN = 3
    WON = 4
    LOST_TO = 5
    WIN_RATE = 6
    BACKERS = 7


NUMBERS = (Column.DEALS, Column.OPEN, Column.WON, Column.LOST_TO, Column.WIN_RATE, Column.BACKERS)


def column_titles() -> list[str]:
    return [
        tr("Competitor"),
        tr("Price"),
        tr("Deals"),
        tr("Open"),
        tr("Won"),
        tr("Lost to it"),
        tr("Win rate"),
        tr("Backers"),
    ]


def column_tips() -> list[str]:
    return [
        tr("The competitor's name"),
        tr("Where its prices usually sit against ours"),
        tr("Deals it competes in, or that were lost to it"),
        tr("Of those, deals still open"),
        tr("Of those, deals we won"),
        tr("Deals we lost to this competitor"),
        tr("Deals we won, out of those decided between us and it (won or lost to it)"),
        tr("Customer people (still in post) who back it, on their own or in a deal"),
    ]


def win_rate_text(row: CompetitorRow) -> str:
    """ "67%" in the user's locale, or "–" before the first deal decided between us."""
    rate = row.win_rate
    if rate is None:
        return "–"
    return QLocale().toString(round(rate * 100)) + "%"


def _value(row: CompetitorRow, column: int) -> Any:
    return {
        Column.DEALS: row.deals,
        Column.OPEN: row.open,
        Column.WON: row.won,
        Column.LOST_TO: row.lost_to,
        Column.BACKERS: row.backers,
    }.get(Column(column))


def _cell(row: CompetitorRow, column: int, role: int) -> Any:
    if role == Qt.ItemDataRole.DisplayRole:
        if column == Column.NAME:
            return row.name
        if column == Column.PRICE:
            return labels.price_position_label(row.price_position)
        if column == Column.WIN_RATE:
            return win_rate_text(row)
        return QLocale().toString(int(_value(row, column)))
    if role == SORT_ROLE:
        if column == Column.NAME:
            return row.name.casefold()
        if column == Column.PRICE:
            return _PRICE_ORDER.get(row.price_position, 99)
        if column == Column.WIN_RATE:
            return -1.0 if row.win_rate is None else row.win_rate
        return _value(row, column)
    if role == ID_ROLE:
        return row.id
    if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMBERS:
        return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if role == Qt.ItemDataRole.ToolTipRole:
        if column == Column.WIN_RATE and row.decided:
            return tr("Won {won} of {decided} decided between us").format(
                won=row.won, decided=row.decided
            )
        if column == Column.DEALS and row.deals:
            return tr("{lost} lost to others, {shelved} shelved").format(
                lost=row.lost_other, shelved=row.shelved
            )
    return None


class CompetitorTableModel(QAbstractTableModel):
    """One row per competitor, in the order :func:`model.competitors.competitor_rows` gives."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CompetitorRow] = []

    def set_rows(self, rows: Sequence[CompetitorRow]) -> None:
        new = list(rows)
        if [r.id for r in new] == [r.id for r in self._rows]:
            # The same competitors in the same order: a value changed, keep the selection.
            changed = [i for i, (a, b) in enumerate(zip(self._rows, new, strict=True)) if a != b]
            self._rows = new
            if changed:
                self.dataChanged.emit(
                    self.index(min(changed), 0), self.index(max(changed), len(Column) - 1)
                )
            return
        self.beginResetModel()
        self._rows = new
        self.endResetModel()

    def rows(self) -> list[CompetitorRow]:
        return list(self._rows)

    def row_at(self, row: int) -> CompetitorRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, competitor_id: int | None) -> int:
        for i, row in enumerate(self._rows):
            if row.id == competitor_id:
                return i
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return _cell(self._rows[index.row()], index.column(), role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return column_titles()[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return column_tips()[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
