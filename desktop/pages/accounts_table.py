"""The accounts table as both the Accounts page and the first paint show it.

One builder, so the quick preview at start-up and the full page look the
same and the switch between them does not jump. The table measures itself
from its font: View ▸ Larger text (Ctrl++) re-measures rows and columns at
once, and the figures' columns fit their widest value after every reload.

The columns that fit are shown whole and the account's name takes the width
left over: when the table is too narrow for all of them, the least needed
columns (:data:`HIDE_FIRST`) step aside, and come back when it widens. What
the user shows or hides from the header's menu stays so (kept in the
settings) whatever the width.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QEvent, QObject, QSettings, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView

from desktop.models.accounts_model import (
    NUMERIC,
    AccountsTableModel,
    Column,
    RegionDelegate,
    StageCountsDelegate,
)
from desktop.pages.list_editor import fit_rows, follow_text_size, text_width

FIGURES = (*sorted(NUMERIC), Column.LAST_ACTIVITY)
"""Columns whose every character counts: never cut, sized to what they show."""

HIDE_FIRST = (
    Column.PEOPLE,
    Column.SCALE,
    Column.NATURE,
    Column.REGION,
    Column.INDUSTRY,
    Column.LAST_ACTIVITY,
    Column.STAGES,
    Column.PIPELINE,
    Column.OPEN_DEALS,
    Column.OWNER,
)
"""The order in which columns step aside when the table is too narrow: the
targeting attributes (the filters above show them) before the working figures."""

ATTRIBUTES = frozenset(HIDE_FIRST[:5])
"""Columns shown only when the names fit whole beside them (the figures need less)."""

NAME_SAMPLE = "Shanghai Example Co."
"""The least the account's name keeps before the working figures step aside."""

NAME_CHARS = 48
"""At most this many average characters of a name are worth hiding a column for."""

SETTINGS_KEY = "accounts/columns"
"""Where the user's explicit shown/hidden columns are kept (JSON: name -> bool)."""


class ColumnFit(QObject):
    """Shows the columns that fit the table's width; the name takes what is left.

    ``widths`` holds each column's own width (measured from the font and the
    values, or dragged by the user), whether it is shown or not. ``choices``
    holds what the user chose from the header's menu: True keeps a column
    shown even when it does not fit (the table then scrolls sideways), False
    keeps it hidden; a column without a choice comes and goes with the width.
    """

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        self.widths: dict[int, int] = {}
        self.name_wanted = 0  # the widest name's width (capped): whole names
        self.choices: dict[int, bool] = {}
        self.settings: QSettings | None = None
        self._applying = False
        table.viewport().installEventFilter(self)
        table.horizontalHeader().sectionResized.connect(self._on_resized)

    # -- the user's choices ------------------------------------------------------

    def use_settings(self, settings: object) -> None:
        """Read (and from now on keep) the user's choices in ``settings``."""
        if not isinstance(settings, QSettings) or settings is self.settings:
            return
        self.settings = settings
        try:
            saved = json.loads(str(settings.value(SETTINGS_KEY, "") or "{}"))
        except ValueError:
            saved = {}
        names = {column.name.lower(): column for column in Column}
        if isinstance(saved, dict):
            self.choices = {
                int(names[key]): bool(value)
                for key, value in saved.items()
                if key in names and names[key] != Column.NAME and isinstance(value, bool)
            }
        self.apply()

    def choose(self, column: int, shown: bool) -> None:
        """The user shows or hides ``column``: so it stays, whatever the width."""
        if column == Column.NAME:
            return
        self.choices[column] = shown
        self._save()
        self.apply()

    def automatic(self) -> None:
        """Forget the user's choices: every column comes and goes with the width."""
        self.choices.clear()
        self._save()
        self.apply()

    def _save(self) -> None:
        if self.settings is not None:
            text = json.dumps({Column(c).name.lower(): v for c, v in sorted(self.choices.items())})
            self.settings.setValue(SETTINGS_KEY, text)

    # -- fitting -----------------------------------------------------------------

    def name_minimum(self) -> int:
        """A readable start of a name, and the column's title whole."""
        sample = self.table.fontMetrics().horizontalAdvance(NAME_SAMPLE) + 24
        return max(sample, text_width(self.table, Column.NAME))

    def set_width(self, column: int, width: int) -> None:
        self.widths[column] = width

    def shown_columns(self) -> list[int]:
        """The columns besides the name that fit now (or that the user wants).

        The targeting attributes show when the names fit whole beside them;
        the working figures as long as a readable start of the names does.
        """
        room = self.table.viewport().width()
        least = self.name_minimum()
        whole = max(least, self.name_wanted)
        shown = [int(c) for c in Column if c != Column.NAME and self.choices.get(c, True)]
        others = sum(self.widths.get(c, 0) for c in shown)
        for column in HIDE_FIRST:
            if column not in shown or column in self.choices:
                continue
            name = whole if column in ATTRIBUTES else least
            if name + others <= room:
                break
            shown.remove(column)
            others -= self.widths.get(column, 0)
        return shown

    def apply(self) -> None:
        """Hide what does not fit, show what does, and give the name the rest."""
        if self._applying:
            return
        self._applying = True
        try:
            header = self.table.horizontalHeader()
            shown = self.shown_columns()
            for column in Column:
                if column == Column.NAME:
                    continue
                visible = column in shown
                if header.isSectionHidden(column) == visible:
                    header.setSectionHidden(column, not visible)
                width = self.widths.get(column)
                if visible and width and header.sectionSize(column) != width:
                    header.resizeSection(column, width)
            rest = self.table.viewport().width() - sum(self.widths.get(c, 0) for c in shown)
            header.resizeSection(Column.NAME, max(self.name_minimum(), rest))
        finally:
            self._applying = False

    def _on_resized(self, column: int, _old: int, new: int) -> None:
        """A column the user dragged keeps its new width; the name follows."""
        if self._applying or column == Column.NAME or new <= 0:
            return
        self.widths[column] = new
        self.apply()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.table.viewport():
            self.apply()
        return False


def column_fit(table: QTableView) -> ColumnFit:
    """The :class:`ColumnFit` of a table :func:`accounts_table` built."""
    fit = table.findChild(ColumnFit)
    assert fit is not None
    return fit


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
    ColumnFit(table)
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
    column_fit(table).apply()


def shown_texts(table: QTableView, column: int, rows: range | None = None) -> list[str]:
    """What ``column`` displays, widest first: in every row, filtered out or
    not, or in the table's ``rows`` only."""
    model = table.model()
    if rows is None and isinstance(model, QSortFilterProxyModel):
        model = model.sourceModel()
    if model is None:
        return []
    if isinstance(model, AccountsTableModel):  # the same texts, without a Qt call per cell
        texts = model.column_texts(column)
    else:
        wanted = range(model.rowCount()) if rows is None else rows
        texts = {str(model.index(r, column).data() or "") for r in wanted}
    return sorted(texts, key=len, reverse=True)


def fit_figures(table: QTableView, *, grow_only: bool, rows: range | None = None) -> None:
    """The figures' columns as wide as their widest value, and the names' wish."""
    fit = column_fit(table)
    names = shown_texts(table, Column.NAME, rows)
    cap = table.fontMetrics().averageCharWidth() * NAME_CHARS
    wanted = min(cap, text_width(table, Column.NAME, names[:12]))
    grown = wanted > fit.name_wanted
    if not grow_only or grown:
        fit.name_wanted = wanted
    for column in FIGURES:
        texts = shown_texts(table, column, rows)
        # Digits are about as wide as each other: the longest few decide.
        needed = text_width(table, column, texts[:12])
        if not grow_only or fit.widths.get(column, 0) < needed:
            fit.set_width(column, needed)
            grown = True
    if grow_only and grown:
        fit.apply()


def _size_columns(table: QTableView) -> None:
    fit = column_fit(table)
    metrics = table.fontMetrics()

    def width(sample: str) -> int:
        return metrics.horizontalAdvance(sample) + 24

    widths = {
        Column.NATURE: width("State-owned enterp"),
        Column.INDUSTRY: width("Manufacturing"),
        Column.REGION: width("China / East / Shanghai"),
        Column.SCALE: width("Extra-large"),
        Column.OWNER: width("Firstname Last"),
        Column.STAGES: StageCountsDelegate.width_for(table.font()) + 8,
    }
    for column, size in widths.items():
        # The title whole too (and the sort arrow beside it).
        fit.set_width(column, max(size, text_width(table, column)))
