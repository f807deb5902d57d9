"""The accounts table as both the Accounts page and the first paint show it.

One builder, so the quick preview at start-up and the full page look the
same and the switch between them does not jump.
"""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView

from desktop.models.accounts_model import Column, RegionDelegate, StageCountsDelegate


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
    table.verticalHeader().setDefaultSectionSize(max(26, table.fontMetrics().height() + 10))
    table.setItemDelegateForColumn(Column.STAGES, StageCountsDelegate(table))
    table.setItemDelegateForColumn(Column.REGION, RegionDelegate(table))
    _size_columns(table)
    return table


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
        Column.PEOPLE: width("People"),
        Column.OPEN_DEALS: width("Deals"),
        Column.PIPELINE: width("12,345,678"),
        Column.STAGES: 8 + 7 * StageCountsDelegate.CELL + 6 * StageCountsDelegate.GAP + 8,
        Column.LAST_ACTIVITY: width("2026-12-31"),
    }
    for column, size in widths.items():
        header.resizeSection(column, size)
    header.setStretchLastSection(False)
    header.setMinimumSectionSize(36)
