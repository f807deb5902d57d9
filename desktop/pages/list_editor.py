"""A filterable table of rows beside an editor of the selected one.

The Team page and the Competitors dialog work alike: the table keeps its
selection by id across refreshes (the first row when the selected one has
gone), a refusal from the model shows inline in the editor rather than in a
dialog, a new row is selected with its name ready to type over, and a deleted
one hands the selection to its neighbour. :class:`ListEditor` holds that
behaviour and :class:`EditorPanel` the editor's frame; the page or dialog
builds its widgets and keeps its own words (and so its ``tr()`` context).
:class:`RowSelection` is the part without the filter box: the selection the
editor follows and the refusals it shows (the Team page's Tasks tab uses it alone).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Generic

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPoint,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop import text_size
from desktop.context import ServiceCommand, WorkspaceContext
from desktop.models.row_table import ID_ROLE, SORT_ROLE, R, RowTableModel
from desktop.widgets import InlineError

if TYPE_CHECKING:  # the commands import SQLAlchemy; the accounts preview uses this module
    from desktop.commands import CreateCommand

CURSOR = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows


class RowProxy(QSortFilterProxyModel):
    """Filters rows; the header's sort is the source's (:meth:`RowTableModel.sort`:
    a key per row), the proxy keeping the source's order."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if not isinstance(source, RowTableModel):
            super().sort(column, order)
            return
        super().sort(-1, Qt.SortOrder.AscendingOrder)  # the source order, not reversed
        source.sort(column, order)

    def sortColumn(self) -> int:
        source = self.sourceModel()
        return source.sort_order[0] if isinstance(source, RowTableModel) else super().sortColumn()

    def sortOrder(self) -> Qt.SortOrder:
        source = self.sourceModel()
        return source.sort_order[1] if isinstance(source, RowTableModel) else super().sortOrder()


def row_proxy(model: QAbstractItemModel, parent: QObject, key_column: int) -> QSortFilterProxyModel:
    """Sorting by :data:`SORT_ROLE` (text in the locale's order), filtering on
    ``key_column`` (-1: any) ignoring case."""
    proxy = RowProxy(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setSortLocaleAware(True)  # names as the user's language sorts them: pinyin in Chinese
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setFilterKeyColumn(key_column)
    return proxy


def read_only_table(name: str, model: QAbstractItemModel, *, alternate: bool = True) -> QTableView:
    """A read-only table of whole rows, one selected at a time, without row numbers;
    rows in alternating colours unless ``alternate`` is False. Edits go through an
    editor or a dialog (and so through undo commands), never through the cells."""
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(alternate)
    return table


def row_table(name: str, model: QAbstractItemModel, sort_column: int) -> QTableView:
    """A :func:`read_only_table` the user sorts by a click on a title, sorted by
    ``sort_column`` at first."""
    table = read_only_table(name, model)
    table.setSortingEnabled(True)
    table.sortByColumn(sort_column, Qt.SortOrder.AscendingOrder)
    return table


ROW_PADDING = 10
"""Pixels a table row adds to the font's line height."""

MEASURED = 40
"""How many of a column's longest texts (by characters) set its width."""


def fit_rows(table: QTableView, padding: int = ROW_PADDING, minimum: int = 0) -> int:
    """Row height from the table's font now (the header's own height follows its font)."""
    height = max(minimum, table.fontMetrics().height() + padding)
    table.verticalHeader().setDefaultSectionSize(height)
    return height


def text_width(table: QTableView, column: int, texts: Sequence[str] = ()) -> int:
    """The width ``column`` needs for its header and ``texts`` in the table's font now.

    The header leaves room for the sort arrow; cells for the style's margins.
    """
    cell = table.fontMetrics()
    # The longest texts by characters are measured, not all: a list of 12,000 leads
    # measured 150,000 cells on each resize.
    longest = sorted({t for t in texts if t}, key=len, reverse=True)[:MEASURED]
    widest = max((cell.horizontalAdvance(t) for t in longest), default=0)
    header = table.horizontalHeader()
    model = table.model()
    title = model.headerData(column, Qt.Orientation.Horizontal) if model is not None else ""
    head = header.fontMetrics()
    head_width = head.horizontalAdvance(str(title or "")) + head.height() + 16
    return max(widest + 2 * cell.averageCharWidth() + 8, head_width)


class TextSizeFollower(QObject):
    """Calls ``refit`` after View ▸ Larger/Smaller text changed the font, as long
    as its owner lives (it is the owner's child, so the connection dies with it)."""

    def __init__(self, owner: QObject, refit: Callable[[], object]) -> None:
        super().__init__(owner)
        self._refit = refit
        text_size.notifier().changed.connect(self._changed)

    def _changed(self, _size: float) -> None:
        # Qt posts the new font to each widget: measure once those events are through.
        QTimer.singleShot(0, self, self._refit)


def follow_text_size(owner: QObject, refit: Callable[[], object]) -> TextSizeFollower:
    """Re-measure ``owner`` (row heights, column widths) at once when the text size changes."""
    return TextSizeFollower(owner, refit)


MenuEntry = QAction | None
"""An action of a row's context menu; None draws a separator."""

MenuRunner = Callable[[QMenu, QPoint], object]


def run_menu(menu: QMenu, at: QPoint) -> object:
    """Show a context menu until the user picks or leaves (tests replace it)."""
    return menu.exec(at)


class RowMenu(QObject):
    """The right-click menu of a view's rows: the row under the pointer becomes
    the current one, then a menu offers ``entries()`` (the page's own actions,
    so a menu entry and a toolbar button do one and the same thing)."""

    def __init__(
        self, view: QAbstractItemView, entries: Callable[[QModelIndex], Sequence[MenuEntry]]
    ) -> None:
        super().__init__(view)
        self.view = view
        self.entries = entries
        self.runner: MenuRunner = lambda menu, at: run_menu(menu, at)
        self.last: QMenu | None = None  # the menu shown last (tests look into it)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self.open)

    def open(self, pos: QPoint) -> QMenu | None:
        """The menu for the row at ``pos`` (viewport coordinates); none off the rows."""
        index = self.view.indexAt(pos)
        if not index.isValid():
            return None
        self.view.selectionModel().setCurrentIndex(index, CURSOR)
        menu = QMenu(self.view)
        menu.setObjectName(f"{self.view.objectName()}Menu")
        last: MenuEntry = None
        for entry in self.entries(index):
            if entry is None:
                if last is not None:
                    menu.addSeparator()
            elif entry.isVisible():
                menu.addAction(entry)
            last = entry
        if self.last is not None:
            self.last.deleteLater()
        self.last = menu
        if not menu.isEmpty():
            self.runner(menu, self.view.viewport().mapToGlobal(pos))
        return menu


MENU_CONTEXT = "RowMenu"


def _menu_tr(text: str) -> str:
    return QCoreApplication.translate(MENU_CONTEXT, text)


def copy_name_action(parent: QObject, name: Callable[[], str | None]) -> QAction:
    """The "Copy name" action: the name of the row under the menu onto the clipboard."""
    action = QAction(_menu_tr("&Copy name"), parent)
    action.setObjectName("act_copy_name")
    action.setStatusTip(_menu_tr("Copy the name to the clipboard, to paste it elsewhere"))

    def copy() -> None:
        text = name()
        if text:
            QGuiApplication.clipboard().setText(text)

    action.triggered.connect(copy)
    return action


def show_on_map(widget: QWidget, account_id: int | None, person_id: int | None = None) -> bool:
    """Open the org map of ``account_id`` (with ``person_id`` selected when given)
    in the window that holds ``widget``; False when there is no map to show."""
    window = widget.window()
    show_page = getattr(window, "show_page", None)
    if account_id is None or show_page is None:
        return False
    page = show_page("map")
    if page is None:
        return False
    if person_id is not None and page.show_person(account_id, person_id):
        return True
    page.select_account(account_id)
    return True


def map_action(
    parent: QWidget, target: Callable[[], tuple[int | None, int | None]], *, person: bool = False
) -> QAction:
    """The "Show on map" action: the account's (or the person's) place in the org map."""
    text = _menu_tr("Show on &map")
    tip = (
        _menu_tr("Open the org map with this person selected")
        if person
        else _menu_tr("Open this account's org map")
    )
    action = QAction(text, parent)
    action.setObjectName("act_show_on_map")
    action.setStatusTip(tip)
    action.setToolTip(tip)
    action.triggered.connect(lambda: show_on_map(parent, *target()))
    return action


def list_beside(name: str, views: QWidget, side: QWidget, sizes: list[int]) -> QSplitter:
    """The list (``views``) beside the panel of its selected row: the list takes
    the room the window gains and never collapses; ``sizes`` to start with."""
    splitter = QSplitter()
    splitter.setObjectName(name)
    splitter.addWidget(views)
    splitter.addWidget(side)
    splitter.setStretchFactor(0, 1)
    splitter.setCollapsible(0, False)
    splitter.setSizes(sizes)
    return splitter


def put_cursor(view: QAbstractItemView, index: QModelIndex) -> bool:
    """Select ``index``'s row as the current one and scroll to it; False when it is invalid."""
    if not index.isValid():
        return False
    view.selectionModel().setCurrentIndex(index, CURSOR)
    view.scrollTo(index)
    return True


class EditorPanel(QFrame):
    """The side panel that edits the selected row: a bold heading, then what the
    subclass adds to :attr:`body`, with :attr:`error` placed where it belongs."""

    name: QLineEdit
    fields: list[QWidget]

    def __init__(self, object_name: str, min_width: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(min_width)
        self.body = QVBoxLayout(self)
        self.heading = QLabel()
        heading_font = QFont()  # only the weight: the size follows Larger/Smaller text
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.heading.setWordWrap(True)
        self.body.addWidget(self.heading)
        self.error = InlineError()

    def show_error(self, message: str) -> None:
        self.error.say(message)

    @contextmanager
    def filling(self, enabled: bool) -> Iterator[None]:
        """Fill the fields without their edit signals firing; they are enabled only
        while there is a row to edit."""
        for widget in self.fields:
            widget.setEnabled(enabled)
            widget.blockSignals(True)
        try:
            yield
        finally:
            for widget in self.fields:
                widget.blockSignals(False)


class RowSelection(Generic[R]):
    """A table whose selected row (kept by id) the editor beside it edits; mixed
    into a QWidget that builds the attributes below and says where a row's id is in
    the table and how to load the editor. The cursor follows :meth:`select`, the
    editor follows the cursor, and a refusal from the model shows in the editor."""

    ctx: WorkspaceContext
    table: QTableView
    editor: EditorPanel
    _selected: int | None
    _loading: bool

    def _load_editor(self) -> None:
        raise NotImplementedError

    def _index_of(self, ident: int | None) -> QModelIndex:
        """The table's index of the row with id ``ident`` (invalid when not shown)."""
        raise NotImplementedError

    def select(self, ident: int | None) -> None:
        self._selected = ident
        self._show_selected()

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._loading or not current.isValid():
            return
        self._selected = current.data(ID_ROLE)
        self.editor.show_error("")
        self._load_editor()

    def _show_selected(self) -> None:
        """Put the cursor on the selected row, then fill the editor."""
        self._loading = True
        try:
            if not put_cursor(self.table, self._index_of(self._selected)):
                self.table.selectionModel().clearSelection()
            self._show_selected_elsewhere()
        finally:
            self._loading = False
        self._load_editor()

    def _show_selected_elsewhere(self) -> None:
        """Other views of the same rows follow the cursor here (the Team page's tree)."""

    def _push(self, command: ServiceCommand) -> bool:
        """Push a command; a refusal from the model shows in the editor, not in a dialog."""
        refusal = self.ctx.try_push(command)
        if refusal is not None:
            self.editor.show_error(refusal)
        return refusal is None


class ListEditor(RowSelection[R]):
    """The behaviour of a filtered list with an editor; mixed into a QWidget that
    builds the attributes below and says how to load the editor and count the rows."""

    stack: QStackedWidget
    table_model: RowTableModel[R]
    proxy: QSortFilterProxyModel
    search: QLineEdit
    count: QLabel

    def _index_of(self, ident: int | None) -> QModelIndex:
        return self.proxy.mapFromSource(self.table_model.index(self.table_model.row_of(ident), 0))

    def _count_text(self, shown: int, total: int) -> str:
        raise NotImplementedError

    # -- building -------------------------------------------------------------

    def _list_and_editor(self, placeholder: str, views: QWidget, sizes: list[int]) -> QWidget:
        """The filter box and count above the views (the table) beside the editor."""
        main = QWidget()
        main_layout = QVBoxLayout(main)
        main_layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(placeholder)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        bar.addWidget(self.search, 1)
        self.count = QLabel()
        bar.addWidget(self.count)
        main_layout.addLayout(bar)
        self.splitter = list_beside("", views, self.editor, sizes)
        main_layout.addWidget(self.splitter, 1)
        return main

    def _follow_list(self) -> None:
        """Connect the table's cursor, the sorting and the filter box (once all are built)."""
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.proxy.layoutChanged.connect(self._show_selected)
        self.search.textChanged.connect(self._update_count)

    # -- reading --------------------------------------------------------------

    def _show_rows(self, rows: Sequence[R]) -> None:
        """Show rows just read, keeping the selected one (or taking the first)."""
        self._loading = True
        try:
            self._fill(rows)
        finally:
            self._loading = False
        self.stack.setCurrentIndex(1 if rows else 0)
        if self._selected is None or self.table_model.row_of(self._selected) < 0:
            first = self.proxy.index(0, 0)
            self._selected = first.data(ID_ROLE) if first.isValid() else None
        self._show_selected()
        self._update_count()

    def _fill(self, rows: Sequence[R]) -> None:
        self.table_model.set_rows(rows)

    def _update_count(self) -> None:
        self.count.setText(self._count_text(self.proxy.rowCount(), self.table_model.rowCount()))

    # -- selection ------------------------------------------------------------

    def selected(self) -> R | None:
        """The selected row, or None."""
        return self.table_model.row_at(self.table_model.row_of(self._selected))

    # -- writing --------------------------------------------------------------

    def _add(self, command: CreateCommand) -> None:
        """Create a row and select it, its name ready to type over."""
        if not self._push(command):
            return
        self.search.clear()
        self.select(command.ident)
        self.editor.name.setFocus()
        self.editor.name.selectAll()

    def _delete(self, ident: int, command: ServiceCommand, done: str) -> None:
        """Delete a row, say ``done`` in the status bar and select the row that took its place."""
        position = self._index_of(ident)
        if not self._push(command):
            return
        self.ctx.hub.status.emit(done)
        neighbour = self.proxy.index(min(position.row(), self.proxy.rowCount() - 1), 0)
        self.select(neighbour.data(ID_ROLE) if neighbour.isValid() else None)
