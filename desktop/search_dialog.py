"""Edit ▸ Go to… (Ctrl+K): find an account, person or deal and jump to it.

A small popup over the main window: a line edit and the best matches under
it, found by name, pinyin (``zhangsan``), pinyin initials (``zs`` for 张三)
or phone digits, as :mod:`model.search` ranks them. The list follows the
typing (debounced); ↑/↓ choose, Enter goes there, Esc closes.

The index is read when the dialog opens and kept per workspace until the
workspace changes (``hub.changed``), so a second Ctrl+K opens at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QFrame,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
)

from desktop.context import WorkspaceContext
from desktop.labels import amount, deal_status_label, stage_label
from model.search import LIMIT, SearchEntry, SearchIndex, build_index

if TYPE_CHECKING:
    from desktop.mainwindow import MainWindow

CONTEXT = "SearchDialog"
DEBOUNCE_MS = 100
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
SECONDARY_ROLE = Qt.ItemDataRole.UserRole + 2
KIND_ROLE = Qt.ItemDataRole.UserRole + 3

_KIND_COLOURS = {"account": "#2563eb", "person": "#15803d", "deal": "#c2410c"}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def kind_label(kind: str) -> str:
    """What a result line calls the kind of thing found."""
    return {
        "account": _tr("Account"),
        "person": _tr("Person"),
        "deal": _tr("Deal"),
    }.get(kind, kind)


def secondary_text(entry: SearchEntry) -> str:
    """The line under a result's name: where a person works, what a deal stands at."""
    parts: list[str]
    if entry.kind == "person":
        parts = [entry.account, entry.title]
        if entry.department.casefold() not in entry.title.casefold():
            parts.append(entry.department)  # not "Head of IT · IT"
        if entry.left:
            parts.append(_tr("left"))
        parts = [p for p in parts if p]
    elif entry.kind == "deal":
        parts = [entry.account, stage_label(entry.stage)]
        if entry.amount:
            parts.append(amount(entry.amount, entry.currency))
        if entry.status != "open":
            parts.append(deal_status_label(entry.status))
        parts = [p for p in parts if p]
    else:
        region = [p for p in entry.region.split("/") if p][-2:]
        parts = [p for p in (entry.industry, "/".join(region)) if p]
    return " · ".join(parts)


# -- the index, kept per workspace ------------------------------------------------------


class _IndexCache(QObject):
    """The workspace's search index, dropped when the workspace changes."""

    def __init__(self, ctx: WorkspaceContext) -> None:
        super().__init__(ctx)
        self.setObjectName("searchIndexCache")
        self.ctx = ctx
        self.index: SearchIndex | None = None
        self.builds = 0  # how many times it was read (tests check the cache)
        ctx.hub.changed.connect(self.mark_stale)

    def mark_stale(self, *_args: object) -> None:
        self.index = None

    def get(self) -> SearchIndex:
        if self.index is None:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                self.index = self.ctx.read(build_index)
            finally:
                QApplication.restoreOverrideCursor()
            self.builds += 1
        return self.index


def index_cache(ctx: WorkspaceContext) -> _IndexCache:
    """The cache of ``ctx`` (made on first use; it lives and dies with ``ctx``)."""
    found = ctx.findChild(_IndexCache, "searchIndexCache")
    return found if isinstance(found, _IndexCache) else _IndexCache(ctx)


# -- the results ------------------------------------------------------------------------


class ResultModel(QAbstractListModel):
    """The entries a query found, best first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.entries: list[SearchEntry] = []

    def set_entries(self, entries: list[SearchEntry]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        if parent is not None and parent.isValid():
            return 0
        return len(self.entries)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        entry = self.entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.name
        if role == SECONDARY_ROLE:
            return secondary_text(entry)
        if role == KIND_ROLE:
            return kind_label(entry.kind)
        if role == ENTRY_ROLE:
            return entry
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            lines = [f"{kind_label(entry.kind)}: {entry.name}", entry.phone, secondary_text(entry)]
            return "\n".join(line for line in lines if line)
        return None


class ResultDelegate(QStyledItemDelegate):
    """A result line: a coloured kind label, the name, and what it belongs to below."""

    PAD = 6

    def _chip_font(self, font: QFont) -> QFont:
        chip = QFont(font)
        chip.setPointSizeF(max(6.0, font.pointSizeF() * 0.85))
        chip.setBold(True)
        return chip

    def _chip_width(self, font: QFont) -> int:
        metrics = QFontMetrics(self._chip_font(font))
        labels = [kind_label(k) for k in _KIND_COLOURS]
        return max(metrics.horizontalAdvance(t) for t in labels) + 2 * self.PAD

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        metrics = QFontMetrics(option.font)
        return QSize(200, 2 * metrics.height() + 3 * self.PAD)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, widget)

        entry = index.data(ENTRY_ROLE)
        if not isinstance(entry, SearchEntry):
            return
        rect: QRect = opt.rect
        font: QFont = opt.font
        palette: QPalette = opt.palette
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        metrics = QFontMetrics(font)
        pad = self.PAD
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)

        # The kind, as a coloured label of one width for all kinds.
        chip_font = self._chip_font(font)
        chip_metrics = QFontMetrics(chip_font)
        chip_w = self._chip_width(font)
        chip_h = chip_metrics.height() + 4
        chip = QRect(rect.left() + pad, rect.top() + pad + 1, chip_w, chip_h)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(_KIND_COLOURS.get(entry.kind, "#6b7280")))
        painter.drawRoundedRect(chip, 4, 4)
        painter.setFont(chip_font)
        painter.setPen(QColor("white"))
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, kind_label(entry.kind))

        # The name, then what it belongs to, both cut at the right edge.
        left = chip.right() + 2 * pad
        width = max(0, rect.right() - pad - left)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        bold = QFont(font)
        bold.setBold(True)
        bold_metrics = QFontMetrics(bold)
        line1 = QRect(left, rect.top() + pad, width, bold_metrics.height())
        quiet = palette.color(role if selected else QPalette.ColorRole.PlaceholderText)
        name_width = width
        if entry.phone:  # on the name's line, whole: a search by phone shows what matched
            painter.setFont(font)
            painter.setPen(quiet)
            phone_width = min(metrics.horizontalAdvance(entry.phone), width // 2)
            painter.drawText(
                line1,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(entry.phone, Qt.TextElideMode.ElideLeft, phone_width),
            )
            name_width = max(0, width - phone_width - 2 * pad)
        painter.setFont(bold)
        painter.setPen(palette.color(role))
        name = bold_metrics.elidedText(entry.name, Qt.TextElideMode.ElideRight, name_width)
        painter.drawText(line1, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)

        second = str(index.data(SECONDARY_ROLE) or "")
        if second:
            painter.setFont(font)
            painter.setPen(quiet)
            line2 = QRect(left, line1.bottom() + pad // 2, width, metrics.height())
            text = metrics.elidedText(second, Qt.TextElideMode.ElideRight, width)
            painter.drawText(
                line2, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text
            )
        painter.restore()


# -- the dialog -------------------------------------------------------------------------


class SearchDialog(QDialog):
    """Type, choose, go: the popup behind Ctrl+K."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window, Qt.WindowType.Dialog | Qt.WindowType.FramelessWindowHint)
        assert window.ctx is not None
        self.setObjectName("searchDialog")
        self.setWindowTitle(self.tr("Go to"))
        # Not modal: a click back into the window closes it, as a popup does.
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.window_ = window
        self.cache = index_cache(window.ctx)
        self.chosen: SearchEntry | None = None
        self._was_active = False

        frame = QFrame(self)
        frame.setObjectName("searchFrame")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame.setStyleSheet(
            "#searchFrame { border: 1px solid palette(mid); border-radius: 6px;"
            " background: palette(base); }"
        )
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(10, 10, 10, 8)
        layout.setSpacing(6)

        self.edit = QLineEdit()
        self.edit.setObjectName("searchEdit")
        self.edit.setPlaceholderText(self.tr("Go to an account, person or deal…"))
        self.edit.setClearButtonEnabled(True)
        big = QFont(self.edit.font())
        big.setPointSizeF(big.pointSizeF() * 1.2)
        self.edit.setFont(big)
        self.edit.installEventFilter(self)
        layout.addWidget(self.edit)

        self.model = ResultModel(self)
        self.list = QListView()
        self.list.setObjectName("searchResults")
        self.list.setModel(self.model)
        self.list.setItemDelegate(ResultDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the typing stays in the edit
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.list.clicked.connect(self._go_to_index)
        layout.addWidget(self.list, 1)

        self.empty = QLabel()
        self.empty.setObjectName("searchEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setMargin(12)
        layout.addWidget(self.empty, 1)

        self.footer = QLabel()
        self.footer.setObjectName("searchFooter")
        self.footer.setEnabled(False)  # the palette's quieter text
        layout.addWidget(self.footer)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.run_query)
        self.edit.textChanged.connect(lambda _text: self.timer.start())
        self._show_results([], "")

    # -- layout ------------------------------------------------------------------------

    def place(self) -> None:
        """A size the text needs (larger with larger text), centred over the window."""
        window = self.window_
        line = QFontMetrics(self.font()).height()
        width = min(max(520, 44 * line), max(320, window.width() - 40))
        height = min(max(360, 24 * line), max(240, window.height() - 40))
        self.resize(width, height)
        centre = window.frameGeometry().center()
        top = window.geometry().top() + max(20, (window.height() - height) // 3)
        self.move(centre.x() - width // 2, top)

    # -- searching ---------------------------------------------------------------------

    def prefetch(self) -> None:
        """Read the index before the first key, if it is not kept from last time."""
        self.cache.get()

    def run_query(self) -> None:
        """Search now (the debounce timer calls this; Enter too, if typing is ahead)."""
        self.timer.stop()
        query = self.edit.text()
        entries = self.cache.get().search(query) if query.strip() else []
        self._show_results(entries, query)

    def _show_results(self, entries: list[SearchEntry], query: str) -> None:
        self.model.set_entries(entries)
        if entries:
            self.list.setCurrentIndex(self.model.index(0, 0))
        has = bool(entries)
        self.list.setVisible(has)
        self.empty.setVisible(not has)
        if not query.strip():
            self.empty.setText(
                self.tr(
                    "Find accounts, people and deals by name, pinyin initials "
                    "such as zs for 张三, or phone."
                )
            )
        elif not has:
            self.empty.setText(self.tr("Nothing found for “{query}”.").format(query=query.strip()))
        keys = self.tr("↑↓ choose · Enter go · Esc close")
        if len(entries) >= LIMIT:
            count = self.tr("The first {n} shown: type more to narrow them down.").format(n=LIMIT)
            self.footer.setText(f"{count}   {keys}")
        else:
            self.footer.setText(keys)

    # -- keys --------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange:
            if self.isActiveWindow():
                self._was_active = True
            elif self._was_active and self.isVisible():
                self.reject()  # the user went back to the window (or elsewhere)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.go_to_current()
                return True
            if key == Qt.Key.Key_Escape:
                self.reject()
                return True
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
                if self.timer.isActive():
                    self.run_query()
                self._move(key)
                return True
        return super().eventFilter(watched, event)

    def _move(self, key: int) -> None:
        rows = self.model.rowCount()
        if not rows:
            return
        row = self.list.currentIndex().row()
        page = max(1, self.list.viewport().height() // max(1, self.list.sizeHintForRow(0)) - 1)
        step = {
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_PageUp: -page,
            Qt.Key.Key_PageDown: page,
        }[Qt.Key(key)]
        target = min(rows - 1, max(0, (row if row >= 0 else 0) + step))
        self.list.setCurrentIndex(self.model.index(target, 0))

    # -- going there -------------------------------------------------------------------

    def go_to_current(self) -> None:
        if self.timer.isActive():  # Enter typed faster than the debounce
            self.run_query()
        self._go_to_index(self.list.currentIndex())

    def _go_to_index(self, index: QModelIndex) -> None:
        entry = index.data(ENTRY_ROLE) if index.isValid() else None
        if not isinstance(entry, SearchEntry):
            return
        self.chosen = entry
        window = self.window_
        self.accept()
        go_to(window, entry)


def go_to(window: MainWindow, entry: SearchEntry) -> None:
    """Show ``entry`` where it lives: an account in Accounts, a person on the map
    (else in the account's People), a deal on the board (else its account)."""
    if entry.kind == "person":
        page = window.show_page("map")
        if page is not None and page.show_person(entry.account_id, entry.id):
            return
        page = window.show_page("accounts")
        if page is not None and page.show_person(entry.account_id, entry.id):
            return
    elif entry.kind == "deal":
        page = window.show_page("board")
        if page is not None and page.show_deal(entry.id):
            return
    window.open_account(entry.account_id)


def open_search(window: MainWindow) -> None:
    """Open the popup over ``window`` (or bring back the one already open)."""
    if window.ctx is None:
        return
    open_now = [d for d in window.findChildren(SearchDialog) if d.isVisible()]
    dialog = open_now[0] if open_now else SearchDialog(window)
    dialog.place()
    dialog.show()
    dialog.activateWindow()
    dialog.edit.setFocus(Qt.FocusReason.PopupFocusReason)
    dialog.edit.selectAll()
    # Read the index once the popup is painted, so the window answers at once.
    QTimer.singleShot(0, dialog, dialog.prefetch)


__all__ = ["SearchDialog", "go_to", "index_cache", "open_search"]
