"""The accounts list as Qt sees it: a table over cached AccountRow DTOs, a
filtering/sorting proxy, and the delegate that paints deals per stage.

The table keeps plain rows only (never ORM objects) and can swap a handful
of rows in place, so an edit in the side editor does not reset the whole list
and lose the user's scroll position and selection.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desktop import labels
from desktop.collation import ranks
from model.dto import AccountRow
from model.enums import STAGES

Index = QModelIndex | QPersistentModelIndex

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
"""The whole AccountRow of a table row (for delegates, proxies and pages)."""
ID_ROLE = Qt.ItemDataRole.UserRole + 2
"""The account id of a table row."""

UNASSIGNED = -1
"""Owner filter value meaning "accounts nobody owns"."""


class Column(IntEnum):
    """Columns left to right. The working figures come first so that they stay in
    view beside the editor on a 1366-pixel screen; targeting attributes follow."""

    NAME = 0
    OWNER = 1
    OPEN_DEALS = 2
    PIPELINE = 3
    STAGES = 4
    LAST_ACTIVITY = 5
    INDUSTRY = 6
    REGION = 7
    NATURE = 8
    SCALE = 9
    PEOPLE = 10


NUMERIC = frozenset({Column.PEOPLE, Column.OPEN_DEALS, Column.PIPELINE})


def region_display(region: str) -> str:
    """A region path with spaced separators, easier to read than "a/b/c"."""
    return " / ".join(part for part in region.split("/") if part)


def in_region(region: str, prefix: str) -> bool:
    """Whether ``region`` lies inside ``prefix`` at any level ("a/b" holds "a/b/c")."""
    return region == prefix or region.startswith(prefix + "/")


class AccountsTableModel(QAbstractTableModel):
    """One row per account, read-only: edits go through the editor's commands.

    The model keeps its rows in the order the user sorted by (:meth:`sort`):
    each row's key is computed once per sort, names by the locale's collation
    (Chinese by pinyin), so sorting costs no Python call per comparison and
    the proxy in front of it only filters.

    A change that arrives while the model is telling its views about another
    one (a slot of theirs saving an edit, which refreshes rows) waits until that
    notification is over: a model must not change under a proxy that is still
    mapping the previous change.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AccountRow] = []
        self._by_id: dict[int, int] = {}
        self.today = date.today()
        self.stale_days = 90
        self._sort: tuple[Column, Qt.SortOrder] | None = None
        self._in_order = False  # the rows are in the order _sort asks (no change since)
        self._busy = 0
        self._waiting: list[Callable[[], None]] = []

    # -- changes one at a time -------------------------------------------------

    @contextmanager
    def busy(self) -> Iterator[None]:
        """While views hear of a change: later changes wait, then run in order."""
        self._busy += 1
        try:
            yield
        finally:
            self._busy -= 1
            while not self._busy and self._waiting:
                self._waiting.pop(0)()

    def _later(self, change: Callable[[], None]) -> bool:
        """Keep ``change`` for after the change being announced; False if none is."""
        if self._busy:
            self._waiting.append(change)
            return True
        return False

    # -- data in -------------------------------------------------------------

    def set_rows(self, rows: Sequence[AccountRow]) -> None:
        """Replace every row (a full refresh)."""
        rows = list(rows)
        if self._later(lambda: self.set_rows(rows)):
            return
        with self.busy():
            self.beginResetModel()
            self._rows = self._sorted(rows)
            self._in_order = True
            self._reindex()
            self.today = date.today()
            self.endResetModel()

    def set_stale_days(self, days: int) -> None:
        """Days without activity after which an account with deals shows amber."""
        if days == self.stale_days or self._later(lambda: self.set_stale_days(days)):
            return
        self.stale_days = days
        if self._rows:
            with self.busy():
                column = Column.LAST_ACTIVITY
                last = self.index(len(self._rows) - 1, column)
                self.dataChanged.emit(self.index(0, column), last)

    def refresh_rows(self, ids: Iterable[int], rows: Sequence[AccountRow]) -> None:
        """Bring the accounts ``ids`` up to date from freshly read ``rows``.

        An id with a fresh row is updated in place or appended; an id with none
        was deleted and its row goes. Other rows are untouched, and the rows
        move only if the sort order asks it.
        """
        ids, rows = list(ids), list(rows)
        if self._later(lambda: self.refresh_rows(ids, rows)):
            return
        with self.busy():
            self._refresh(ids, rows)
            self._resort()

    def _refresh(self, ids: list[int], rows: list[AccountRow]) -> None:
        self._in_order = False  # until _resort has put the fresh rows in place
        fresh = {row.id: row for row in rows}
        wanted = set(ids) | set(fresh)
        gone = sorted(
            (self._by_id[i] for i in wanted - set(fresh) if i in self._by_id), reverse=True
        )
        for position in gone:
            self.beginRemoveRows(QModelIndex(), position, position)
            del self._rows[position]
            self.endRemoveRows()
        if gone:
            self._reindex()
        last = self.columnCount() - 1
        added: list[AccountRow] = []
        for ident, row in fresh.items():
            position = self._by_id.get(ident, -1)
            if position < 0:
                added.append(row)
                continue
            if self._rows[position] != row:
                self._rows[position] = row
                self.dataChanged.emit(self.index(position, 0), self.index(position, last))
        if added:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(added) - 1)
            self._rows.extend(added)
            self._reindex()
            self.endInsertRows()

    def _reindex(self) -> None:
        self._by_id = {row.id: n for n, row in enumerate(self._rows)}

    # -- order ---------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Keep the rows sorted by ``column`` (-1: in the order they came)."""
        if not 0 <= column < len(Column):
            self._sort = None
            return
        wanted = (Column(column), order)
        if wanted == self._sort and self._in_order:
            return  # e.g. the header's sort again on rows set_rows has just sorted
        self._sort = wanted
        if self._later(self._resort):
            return
        with self.busy():
            self._resort()

    @property
    def sort_order(self) -> tuple[int, Qt.SortOrder]:
        """The column the rows are sorted by (-1: none) and in which direction."""
        if self._sort is None:
            return -1, Qt.SortOrder.AscendingOrder
        return int(self._sort[0]), self._sort[1]

    def _sorted(self, rows: list[AccountRow]) -> list[AccountRow]:
        if self._sort is None:
            return rows
        column, order = self._sort
        return sort_rows(rows, column, descending=order == Qt.SortOrder.DescendingOrder)

    def _resort(self) -> None:
        """Put the rows in the sort order, telling the views how they moved."""
        ordered = self._sorted(self._rows)
        self._in_order = True
        if [row.id for row in ordered] == [row.id for row in self._rows]:
            return
        self.layoutAboutToBeChanged.emit()
        was = [row.id for row in self._rows]
        self._rows = ordered
        self._reindex()
        before = self.persistentIndexList()
        after = [self.index(self._by_id[was[i.row()]], i.column()) for i in before]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    # -- data out ------------------------------------------------------------

    @property
    def rows(self) -> tuple[AccountRow, ...]:
        return tuple(self._rows)

    def account_at(self, row: int) -> AccountRow:
        return self._rows[row]

    def column_texts(self, column: int, rows: Iterable[int] | None = None) -> set[str]:
        """Every distinct text ``column`` displays (in ``rows`` only, if given).

        What the DisplayRole gives, read without a Qt call per cell: columns are
        measured from it after each reload (2,000 rows × 5 columns). A value
        shared by many rows is formatted once.
        """
        if rows is None and len(self._rows) > 1:  # (a view measures its empty model too)
            known = _KNOWN_TEXTS.get(column)
            if known is not None and known[1] == _language() and _same_rows(self._rows, known[0]):
                return set(known[2])  # the very rows another model measured (the preview's)
            texts = self._column_texts(self._rows, Column(column))
            _KNOWN_TEXTS[column] = (tuple(self._rows), _language(), texts)
            return set(texts)
        chosen = self._rows if rows is None else [self._rows[r] for r in rows]
        return self._column_texts(chosen, Column(column))

    def _column_texts(self, chosen: Sequence[AccountRow], col: Column) -> set[str]:
        if col == Column.NAME:
            return {row.name for row in chosen}
        fields = {
            Column.PEOPLE: "people",
            Column.OPEN_DEALS: "open_deals",
            Column.PIPELINE: "pipeline",
            Column.LAST_ACTIVITY: "last_activity",
        }
        field = fields.get(col)
        if field is None:
            return {self._display(row, col) for row in chosen}
        firsts: dict[Any, AccountRow] = {}
        for row in chosen:
            firsts.setdefault(getattr(row, field), row)
        return {self._display(row, col) for row in firsts.values()}

    def row_of(self, account_id: int) -> int:
        """The row showing ``account_id``, or -1."""
        return self._by_id.get(account_id, -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flag = Qt.ItemFlag
        return flag.ItemIsEnabled | flag.ItemIsSelectable | flag.ItemNeverHasChildren

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in NUMERIC or column == Column.LAST_ACTIVITY:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(row, column)
        if role == ROW_ROLE:
            return row
        if role == ID_ROLE:
            return row.id
        return None

    def _display(self, row: AccountRow, column: Column) -> str:
        locale = QLocale()
        match column:
            case Column.NAME:
                return row.name
            case Column.NATURE:
                return labels.nature_label(row.nature)
            case Column.INDUSTRY:
                return row.industry
            case Column.REGION:
                return region_display(row.region)
            case Column.SCALE:
                return labels.scale_label(row.scale)
            case Column.OWNER:
                return row.owner
            case Column.PEOPLE:
                return locale.toString(row.people)
            case Column.OPEN_DEALS:
                return locale.toString(row.open_deals)
            case Column.PIPELINE:
                return labels.amount(row.pipeline)
            case Column.STAGES:
                return "·".join(str(n) for n in row.stage_counts)
            case Column.LAST_ACTIVITY:
                return row.last_activity.isoformat() if row.last_activity else ""
        return ""

    def _stale(self, row: AccountRow) -> int | None:
        """Days since the last activity when that is too long for an account with deals."""
        if row.open_deals == 0:
            return None
        if row.last_activity is None:
            return -1
        days = (self.today - row.last_activity).days
        return days if days > self.stale_days else None

    def _foreground(self, row: AccountRow, column: Column) -> QColor | None:
        if column == Column.LAST_ACTIVITY and self._stale(row) is not None:
            return QColor("#b45309")  # amber: a key account going quiet
        zero = (column == Column.OPEN_DEALS and row.open_deals == 0) or (
            column == Column.PIPELINE and row.pipeline == 0
        )
        if zero or (column == Column.PEOPLE and row.people == 0):
            return QColor("#8a8f98")
        return None

    def _tooltip(self, row: AccountRow, column: Column) -> str | None:
        match column:
            case Column.STAGES:
                return "\n".join(
                    f"{stage.value} {labels.stage_label(stage)}: {count}"
                    for stage, count in zip(STAGES, row.stage_counts, strict=False)
                )
            case Column.REGION:
                return region_display(row.region) or None
            case Column.NAME:
                return row.core_needs or None
            case Column.LAST_ACTIVITY:
                days = self._stale(row)
                if days == -1:
                    return self.tr("Open deals, but no activity logged yet")
                if days is not None:
                    return self.tr("No activity for {days} days").format(days=days)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        column = Column(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tips()[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and (
            column in NUMERIC or column == Column.LAST_ACTIVITY
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _headers(self) -> dict[Column, str]:
        return {
            Column.NAME: self.tr("Account"),
            Column.NATURE: self.tr("Nature"),
            Column.INDUSTRY: self.tr("Industry"),
            Column.REGION: self.tr("Region"),
            Column.SCALE: self.tr("Size"),
            Column.OWNER: self.tr("Owner"),
            Column.PEOPLE: self.tr("People"),
            Column.OPEN_DEALS: self.tr("Deals"),
            Column.PIPELINE: self.tr("Pipeline"),
            Column.STAGES: self.tr("P1 … P7"),
            Column.LAST_ACTIVITY: self.tr("Last activity"),
        }

    def _header_tips(self) -> dict[Column, str]:
        return {
            Column.NAME: self.tr("The key account's name"),
            Column.NATURE: self.tr(
                "Public organisation, state-owned, foreign or joint venture, private"
            ),
            Column.INDUSTRY: self.tr("The account's industry"),
            Column.REGION: self.tr("Where the account is, from the widest region down"),
            Column.SCALE: self.tr("Company size"),
            Column.OWNER: self.tr("The rep on our side who owns the account"),
            Column.PEOPLE: self.tr("Customer people on file (still working there)"),
            Column.OPEN_DEALS: self.tr("Open deals with this account"),
            Column.PIPELINE: self.tr(
                "Total of the open deals in the base currency, at the workspace's rates "
                "(a deal in a currency without a rate is left out)"
            ),
            Column.STAGES: self.tr("Open deals in each stage, P1 to P7"),
            Column.LAST_ACTIVITY: self.tr(
                "Date of the latest visit, call or event; amber when the account has open "
                "deals and has gone quiet"
            ),
        }


class AccountsFilterProxy(QSortFilterProxyModel):
    """Filters by the P1 targeting attributes and a free-text search; sorts by value.

    Filters read the source's rows directly rather than display strings, so
    they match stored codes (not labels) and numbers sort as numbers.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.nature: str | None = None
        self.industry: str | None = None
        self.region: str | None = None
        self.scale: str | None = None
        self.owner: int | None = None
        self.words: tuple[str, ...] = ()
        # Whether any filter is set, as of the last refilter: unfiltered, each row's
        # check is one attribute read (the proxy asks it of every row on each reset).
        self._filtering = False

    # -- filters ---------------------------------------------------------------

    def set_filter(self, **values: Any) -> None:
        """Set any of nature, industry, region, scale, owner (None clears) and text."""
        unknown = set(values) - {"nature", "industry", "region", "scale", "owner", "text"}
        if unknown:
            raise TypeError(f"unknown account filter(s): {', '.join(sorted(unknown))}")
        for name, value in values.items():
            if name == "text":
                self.words = tuple(str(value or "").casefold().split())
            else:
                setattr(self, name, value if value not in ("",) else None)
        self._refilter()

    def clear_filters(self) -> None:
        self.set_filter(nature=None, industry=None, region=None, scale=None, owner=None, text="")

    def is_filtered(self) -> bool:
        return bool(
            self.words
            or any(v is not None for v in (self.nature, self.industry, self.region, self.scale))
            or self.owner is not None
        )

    def _refilter(self) -> None:
        """Apply the filters anew, as one layout change.

        Not ``beginFilterChange``/``endFilterChange`` (nor ``invalidateRowsFilter``):
        those remove the rows that no longer pass one by one, and the selection
        model, losing its current row, reports a new current row from inside
        that removal. The Accounts page then shows that account, its editor
        saves the text being typed, and the saved change refreshes the source's
        rows while the proxy is still half way through its mapping: a crash in
        ``endFilterChange`` (a wheel turn over a filter combo while typing in the
        editor). A layout change swaps the whole mapping at once and updates the
        selection's indexes without calling anybody back mid-way; the page moves
        the selection afterwards. The source holds any change made meanwhile.
        """
        self._filtering = self.is_filtered()
        source = self.sourceModel()
        if isinstance(source, AccountsTableModel):
            with source.busy():
                self.invalidate()
        else:
            self.invalidate()

    def accepts(self, row: AccountRow) -> bool:
        if self.nature is not None and row.nature != self.nature:
            return False
        if self.scale is not None and row.scale != self.scale:
            return False
        if self.industry is not None and row.industry.casefold() != self.industry.casefold():
            return False
        if self.region is not None and not in_region(row.region, self.region):
            return False
        if self.owner is not None:
            owner = UNASSIGNED if row.owner_id is None else row.owner_id
            if owner != self.owner:
                return False
        if self.words:
            haystack = " ".join(
                (
                    row.name,
                    row.industry,
                    row.region,
                    row.owner,
                    labels.nature_label(row.nature),
                    labels.scale_label(row.scale),
                    row.development_stage,
                    row.it_situation,
                    row.core_needs,
                )
            ).casefold()
            return all(word in haystack for word in self.words)
        return True

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._filtering:
            return True
        source = self.sourceModel()
        if not isinstance(source, AccountsTableModel) or source_parent.isValid():
            return True
        return self.accepts(source.account_at(source_row))

    # -- sorting ---------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The header's sort: the source keeps its rows in that order (a key per
        row, not a Python comparison per pair), and the proxy keeps the source's."""
        source = self.sourceModel()
        if not isinstance(source, AccountsTableModel):
            super().sort(column, order)
            return
        super().sort(-1, Qt.SortOrder.AscendingOrder)  # the source order, not reversed
        source.sort(column, order)

    def sortColumn(self) -> int:
        source = self.sourceModel()
        if isinstance(source, AccountsTableModel):
            return source.sort_order[0]
        return super().sortColumn()

    def sortOrder(self) -> Qt.SortOrder:
        source = self.sourceModel()
        if isinstance(source, AccountsTableModel):
            return source.sort_order[1]
        return super().sortOrder()


def sort_rows(rows: Sequence[AccountRow], column: Column, *, descending: bool) -> list[AccountRow]:
    """``rows`` by ``column``, then by name; names and other words as the locale
    sorts them (Chinese by pinyin), numbers as numbers, empty values last.

    The very rows this function last returned, asked again in the same order and
    language, come back as they are: the start-up preview's sorted rows are the
    Accounts page's first rows (a sort is ~15 ms of start-up at 2,000 accounts).
    """
    global _KNOWN_ORDER
    if len(rows) < 2:
        return list(rows)  # e.g. a view sorting its model before the rows come
    order = (column, descending, _language())
    known = _KNOWN_ORDER
    if known is not None and known[1] == order and _same_rows(rows, known[0]):
        return list(rows)
    rank = _ranks(rows, column)
    names = rank if column == Column.NAME else _ranks(rows, Column.NAME)

    def key(row: AccountRow) -> tuple[Any, ...]:
        return (*_sort_key(row, column, rank), names[row.name])

    ordered = sorted(rows, key=key, reverse=descending)
    _KNOWN_ORDER = (tuple(ordered), order)
    return ordered


# What the last sort and the last measure of a column worked out, with the rows
# they worked on: a model given the very same row objects (frozen, so the same
# values) in the same language reuses them instead of working them out again.
_KNOWN_ORDER: tuple[tuple[AccountRow, ...], tuple[Column, bool, str]] | None = None
_KNOWN_TEXTS: dict[int, tuple[tuple[AccountRow, ...], str, set[str]]] = {}


def _language() -> str:
    """What sorting and texts depend on: the locale (collation, numbers) and the UI language."""
    from desktop.i18n import lang

    return f"{QLocale().name()}/{lang()}"


def _same_rows(rows: Sequence[AccountRow], known: Sequence[AccountRow]) -> bool:
    """The same row objects in the same order."""
    return len(rows) == len(known) and all(map(operator.is_, rows, known))


def _text(row: AccountRow, column: Column) -> str | None:
    """The words a text column sorts by (None: the column is not text)."""
    match column:
        case Column.NAME:
            return row.name
        case Column.NATURE:
            return labels.nature_label(row.nature)
        case Column.INDUSTRY:
            return row.industry
        case Column.REGION:
            return row.region
        case Column.OWNER:
            return row.owner
    return None


def _ranks(rows: Sequence[AccountRow], column: Column) -> dict[str, int]:
    """Each distinct text of ``column`` and its place in the locale's order."""
    return ranks(text for row in rows if (text := _text(row, column)) is not None)


def _sort_key(row: AccountRow, column: Column, rank: dict[str, int]) -> tuple[Any, ...]:
    match column:
        case Column.NAME | Column.NATURE:
            return (rank[_text(row, column) or ""],)
        case Column.INDUSTRY:
            return (row.industry == "", rank[row.industry])
        case Column.REGION:
            return (row.region == "", rank[row.region])
        case Column.SCALE:
            order = ("small", "medium", "large", "xl")
            return (order.index(row.scale) if row.scale in order else -1,)
        case Column.OWNER:
            return (row.owner == "", rank[row.owner])
        case Column.PEOPLE:
            return (row.people,)
        case Column.OPEN_DEALS:
            return (row.open_deals,)
        case Column.PIPELINE:
            return (row.pipeline,)
        case Column.STAGES:
            # Deals further down the funnel weigh more: compare P7 first, then P6, …
            return tuple(reversed(row.stage_counts))
        case Column.LAST_ACTIVITY:
            return (row.last_activity or date.min,)
    return ()


class RegionDelegate(QStyledItemDelegate):
    """Elides a long region on the left: the narrowest levels say the most."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideLeft


class StageCountsDelegate(QStyledItemDelegate):
    """Seven small cells, P1 to P7, each with its count of open deals.

    Empty stages are drawn faintly so the eye finds where the deals are.
    """

    CELL = 20  # px at least; wider when the text is larger (two-digit counts whole)
    GAP = 2

    @staticmethod
    def count_font(font: QFont) -> QFont:
        """The counts' font: a little smaller than the table's."""
        small = QFont(font)
        small.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        return small

    @classmethod
    def cell_for(cls, font: QFont) -> int:
        """One stage's cell in a table with ``font``: room for "99" and a margin."""
        metrics = QFontMetrics(cls.count_font(font))
        return max(cls.CELL, metrics.horizontalAdvance("99") + 8)

    @classmethod
    def width_for(cls, font: QFont) -> int:
        """The seven cells with their gaps and the margins on either side."""
        return 8 + 7 * cls.cell_for(font) + 6 * cls.GAP

    @classmethod
    def height_for(cls, font: QFont) -> int:
        return max(18, QFontMetrics(cls.count_font(font)).height() + 4)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        row = index.data(ROW_ROLE)
        if not isinstance(row, AccountRow):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = option.widget
        style = widget.style() if isinstance(widget, QWidget) else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = option.palette
        rect: QRect = option.rect
        counts = row.stage_counts
        fits = (rect.width() - 8 - self.GAP * 6) // max(1, len(counts))
        cell = min(self.cell_for(option.font), max(10, fits))
        height = min(rect.height() - 6, self.height_for(option.font))
        top = rect.top() + (rect.height() - height) // 2
        left = rect.left() + 4
        accent = QColor(palette.color(QPalette.ColorRole.Highlight))
        text_color = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        faint = QColor(text_color)
        faint.setAlpha(70)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setFont(self.count_font(option.font))
        for n, count in enumerate(counts):
            box = QRect(left + n * (cell + self.GAP), top, cell, height)
            if count:
                # On a selected row the accent is the background: lighten instead.
                fill = QColor("white") if selected else QColor(accent)
                fill.setAlpha(80 if selected else 90)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(fill)
                painter.drawRoundedRect(box, 3, 3)
                painter.setPen(text_color)
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, str(count))
            else:
                painter.setPen(faint)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(box.adjusted(0, 0, -1, -1), 3, 3)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        base = super().sizeHint(option, index)
        return QSize(self.width_for(option.font), max(base.height(), 24))
