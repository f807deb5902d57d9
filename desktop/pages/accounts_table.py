"""The accounts table as both the Accounts page and the first paint show it.

One builder, so the quick preview at start-up and the full page look the
same and the switch between them does not jump. The table measures itself
from its font: View ▸ Larger text (Ctrl++) re-measures rows and columns at
once, and the figures' columns fit their widest value after every reload.
"""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView

from desktop.models.accounts_model import (
    NUMERIC,
    Column,
    RegionDelegate,
    StageCountsDelegate,
)
from desktop.pages.list_editor import fit_rows, follow_text_size, text_width

FIGURES = (*sorted(NUMERIC), Column.LAST_ACTIVITY)
"""Columns whose every character counts: never cut, sized to what they show."""


def accounts_table(proxy: QSortFilterProxyModel) -> QTableView:
    table = QTableView()
    table.setObjectName("accountsTable")
    table.setModel(proxy)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setSortingEnabled(True)
    table.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.verticalHeader().setVisible(False)
    table.setItemDelegateForColumn(Column.STAGES, StageCountsDelegate(table))
    table.setItemDelegateForColumn(Column.REGION, RegionDelegate(table))
    table.horizontalHeader().setStretchLastSection(False)
    table.horizontalHeader().setMinimumSectionSize(36)
    fit_table(table)
    follow_text_size(table, lambda: fit_table(table))
    # New rows may hold longer figures: widen (never narrow) the figures' columns.
    proxy.modelReset.connect(lambda: fit_figures(table, grow_only=True))
    proxy.rowsInserted.connect(lambda *_a: fit_figures(table, grow_only=True))
    proxy.dataChanged.connect(
        lambda top, bottom, *_a: fit_figures(
            table, grow_only=True, rows=range(top.row(), bottom.row() + 1)
        )
    )
    return table


def fit_table(table: QTableView) -> None:
    """Rows, text columns and figures measured in the table's font now."""
    fit_rows(table, minimum=26)
    _size_columns(table)
    fit_figures(table, grow_only=False)


def shown_texts(table: QTableView, column: int, rows: range | None = None) -> list[str]:
    """What ``column`` displays, widest first: in every row, filtered out or
    not, or in the table's ``rows`` only."""
    model = table.model()
    if rows is None and isinstance(model, QSortFilterProxyModel):
        model = model.sourceModel()
    if model is None:
        return []
    wanted = range(model.rowCount()) if rows is None else rows
    texts = {str(model.index(r, column).data() or "") for r in wanted}
    return sorted(texts, key=len, reverse=True)


def fit_figures(table: QTableView, *, grow_only: bool, rows: range | None = None) -> None:
    header = table.horizontalHeader()
    for column in FIGURES:
        texts = shown_texts(table, column, rows)
        # Digits are about as wide as each other: the longest few decide.
        needed = text_width(table, column, texts[:12])
        if not grow_only or header.sectionSize(column) < needed:
            header.resizeSection(column, needed)


def _size_columns(table: QTableView) -> None:
    header = table.horizontalHeader()
    metrics = table.fontMetrics()

    def width(sample: str) -> int:
        return metrics.horizontalAdvance(sample) + 24

    widths = {
        Column.NAME: width("Shanghai Example Holdings Co."),
        Column.NATURE: width("State-owned enterp"),
        Column.INDUSTRY: width("Manufacturing"),
        Column.REGION: width("China / East / Shanghai"),
        Column.SCALE: width("Extra-large"),
        Column.OWNER: width("Firstname Last"),
        Column.STAGES: 8 + 7 * StageCountsDelegate.CELL + 6 * StageCountsDelegate.GAP + 8,
    }
    for column, size in widths.items():
        header.resizeSection(column, size)
