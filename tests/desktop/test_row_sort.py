"""Tables of cached rows sort by a key per row, and the selection follows its row."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QPersistentModelIndex, Qt
from pytestqt.qtbot import QtBot

from desktop.models.row_table import SORT_ROLE, RowTableModel
from desktop.pages.list_editor import row_proxy, row_table


@dataclass(frozen=True)
class Row:
    id: int
    name: str
    size: int | None


class Rows(RowTableModel[Row]):
    def __init__(self) -> None:
        super().__init__()
        self.asked = 0

    def column_count(self) -> int:
        return 2

    def column_titles(self) -> list[str]:
        return ["Name", "Size"]

    def column_tips(self) -> list[str]:
        return ["", ""]

    def cell(self, row: Row, column: int, role: int) -> Any:
        if role == SORT_ROLE:
            self.asked += 1
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return row.name if column == 0 else row.size
        return None


def test_a_header_click_sorts_once_per_row_and_keeps_the_selection(qtbot: QtBot) -> None:
    model = Rows()
    rows = [
        Row(i, f"name {(i * 7919) % 1000:03}", None if i % 10 == 0 else i % 13)
        for i in range(1, 401)
    ]
    model.set_rows(rows)
    proxy = row_proxy(model, model, -1)
    table = row_table("rows", proxy, 0)
    model.setParent(table)  # the table owns its models: they go with it
    qtbot.addWidget(table)
    shown = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    assert shown == sorted(r.name for r in rows)
    picked = QPersistentModelIndex(proxy.index(5, 0))
    name = picked.data()
    model.asked = 0
    table.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # what a click on "Size" does
    # a key per row (the view may sort twice: its indicator, then the model), not two
    # Python calls per comparison (~7,000 here)
    assert model.asked <= 2 * len(rows)
    sizes = [proxy.index(r, 1).data() for r in range(proxy.rowCount())]
    known = [s for s in sizes if s is not None]
    assert known == sorted(known, reverse=True) and sizes[len(known) :] == [None] * 40
    assert picked.isValid() and picked.data() == name  # the selection followed its row
    assert proxy.sortColumn() == 1 and proxy.sortOrder() == Qt.SortOrder.DescendingOrder
    model.set_rows([*rows, Row(999, "aaa", 99)])  # new rows come in the order chosen
    assert proxy.index(0, 1).data() == 99
