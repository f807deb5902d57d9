"""The competitors as a table over cached :class:`CompetitorRow` rows.

Read-only: edits go through the dialog's editor and its undo commands; this
model follows what the model layer says.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt

from desktop import labels
from desktop.models.row_table import ID_ROLE, SORT_ROLE, RowTableModel
from model.competitors import CompetitorRow
from model.enums import PricePosition

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


class CompetitorTableModel(RowTableModel[CompetitorRow]):
    """One row per competitor, in the order :func:`model.competitors.competitor_rows` gives."""

    def column_count(self) -> int:
        return len(Column)

    def cell(self, row: CompetitorRow, column: int, role: int) -> Any:
        return _cell(row, column, role)

    def column_titles(self) -> list[str]:
        return column_titles()

    def column_tips(self) -> list[str]:
        return column_tips()
