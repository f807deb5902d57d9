"""A board column: a painted header with the stage's figures over a card list.

The header shows count, total, weighted amount and average days in stage,
a "+" that starts a new deal in that stage (P1–P7), and — for won, lost and
shelved — collapses the column to a narrow strip that still takes drops.
The list is a plain QListView with uniform item sizes over one
:class:`~desktop.board.column_model.ColumnModel`.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QMimeData,
    QModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QListView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop import text_size
from desktop.board import mime, style
from desktop.board.column_model import ColumnModel
from desktop.board.delegate import CardDelegate
from desktop.board.labels import column_title, stage_name, tr
from desktop.i18n import lang
from model.board import STAGE_KEYS, ColumnSummary, compact_amount
from model.methodology import load_methodology

COLLAPSED_WIDTH = 46
MIN_WIDTH, MAX_WIDTH = 160, 340


class ColumnHeader(QWidget):
    """Painted, not built from labels: ten of them redraw on every refresh."""

    toggleRequested = Signal()
    addRequested = Signal()  # the "+" of a stage column: a new deal in this stage

    def __init__(self, key: str, collapsible: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key, self.collapsible = key, collapsible
        self.summary = ColumnSummary(key)
        self.probability: float | None = None
        self.currency = ""
        self.collapsed = False
        self.highlight = False
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)
        self.add_button: QToolButton | None = None
        if key in STAGE_KEYS:
            button = QToolButton(self)
            button.setObjectName(f"new_deal_{key}")
            button.setText("+")
            button.setAutoRaise(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            tip = tr("New deal in {stage}").format(stage=column_title(key))
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            button.clicked.connect(self.addRequested)
            self.add_button = button
        self._fit()

    def wrapped(self) -> bool:
        """Whether the title takes two lines ("P3" over "Opportunity").

        Decided from the width and font alone, against the longest stage title,
        so all columns of one width (they share one) agree and their card lists
        start at one height; the full stage name is in the tooltip.
        """
        _title, _small, fm_title, fm_small = self._fonts()
        pill = fm_small.horizontalAdvance("888") + 14
        room = self.width() - 20 - pill - self._button_room(True) - 6
        return any(fm_title.horizontalAdvance(column_title(k)) > room for k in STAGE_KEYS)

    def _fit(self) -> None:
        _title, _small, fm_title, fm_small = self._fonts()
        lines = 2 if self.wrapped() else 1
        th = int(fm_title.height() * 1.25)
        self.setFixedHeight(10 + th * lines + 2 * (fm_small.height() + 2) + 10)
        fm = QFontMetrics(self.font())
        if self.collapsible:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        if self.add_button is not None:
            side = int(fm.height() * 1.25) + 2
            self.add_button.setFixedSize(side, side)
            self._place_button()

    def _place_button(self) -> None:
        if self.add_button is not None:
            th = int(QFontMetrics(self._fonts()[0]).height() * 1.25)
            side = self.add_button.width()
            self.add_button.move(self.width() - 10 - side + 4, 10 + (th - side) // 2)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self.collapsed and event.size().width() != event.oldSize().width():
            self._fit()  # narrower: the title may wrap to two lines (or back to one)
        self._place_button()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.refit()

    def refit(self) -> None:
        """Larger or smaller text: the header's lines and its "+" take the new font."""
        if not self.collapsed:
            self._fit()
        self._place_button()
        self.updateGeometry()
        self.update()

    def line_rects(self) -> list[QRect]:
        """Where the title, amounts and days lines are painted (open header)."""
        _title, _small, fm_title, fm_small = self._fonts()
        x, w = 10, self.width() - 20
        th = int(fm_title.height() * 1.25)
        line = fm_small.height() + 2
        titles = [QRect(x, 10, w, th)]
        if self.wrapped():
            titles.append(QRect(x, 10 + th, w, th))
        y = 10 + th * len(titles)
        return [*titles, QRect(x, y, w, line), QRect(x, y + line, w, line)]

    def _button_room(self, any_column: bool = False) -> int:
        """Width the "+" takes at the right of the title line (``any_column``: of a
        stage column's, so closed columns wrap like the stages beside them)."""
        if self.add_button is not None:
            return self.add_button.width()
        if any_column:
            return int(QFontMetrics(self.font()).height() * 1.25) + 2
        return 0

    def set_summary(
        self, summary: ColumnSummary, probability: float | None, currency: str = ""
    ) -> None:
        self.summary, self.probability, self.currency = summary, probability, currency
        self.setToolTip(self._tooltip())
        self.update()

    def set_collapsed(self, collapsed: bool) -> None:
        self.collapsed = collapsed
        if collapsed:
            self.setMinimumHeight(0)
            self.setMaximumHeight(16777215)
        else:
            self._fit()
        self.update()

    def _tooltip(self) -> str:
        s = self.summary
        if self.key in STAGE_KEYS:
            lines = [
                f"{self.key} · {stage_name(self.key)}",
                tr("{n} deals, {total} in total, {weighted} weighted at {p:.0%}").format(
                    n=s.count,
                    total=compact_amount(s.total, self.currency, lang()),
                    weighted=compact_amount(s.weighted, self.currency, lang()),
                    p=self.probability or 0.0,
                ),
                tr("Usual time in this stage: {days} days").format(days=s.usual_days),
            ]
        else:
            lines = [
                column_title(self.key),
                tr("{n} deals, {total} in total").format(
                    n=s.count, total=compact_amount(s.total, self.currency, lang())
                ),
            ]
        if s.missing:
            lines.append(
                tr("Deals in {codes} are left out: no rate to {base} in the settings.").format(
                    codes=", ".join(sorted(s.missing)), base=s.base
                )
            )
        elif s.converted:
            lines.append(tr("Other currencies converted to {base}").format(base=s.base))
        if self.collapsible:
            lines.append(tr("Click to show or hide the cards; drop cards here to close deals."))
        return "\n".join(lines)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.collapsible and event.button() == Qt.MouseButton.LeftButton:
            self.toggleRequested.emit()
            return
        super().mousePressEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(int(MIN_WIDTH * max(1.0, text_size.scale())), self.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        accent = style.ACCENTS.get(self.key, style.GREY)
        r = self.rect()
        p.fillRect(r, style.COLUMN_BG)
        p.fillRect(QRect(r.left(), r.top(), r.width(), 3), accent)
        if self.highlight:
            p.setPen(QPen(style.SELECTED_BORDER, 2))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(r.adjusted(1, 1, -1, -1))
        if self.collapsed:
            self._paint_collapsed(p)
        else:
            self._paint_open(p)
        p.end()

    def _fonts(self) -> tuple[QFont, QFont, QFontMetrics, QFontMetrics]:
        title = QFont(self.font())
        title.setBold(True)
        title.setPointSizeF(self.font().pointSizeF() * 1.08)
        small = QFont(self.font())
        return title, small, QFontMetrics(title), QFontMetrics(small)

    def title_lines(self, room: int) -> list[tuple[QRect, str]]:
        """The title as painted: one line ``room`` pixels wide beside the count, or
        the stage's number over its name when :meth:`wrapped`."""
        fm_title = self._fonts()[2]
        x, w, th = 10, self.width() - 20, int(fm_title.height() * 1.25)
        first, second = ("▾ " if self.collapsible else "") + column_title(self.key), ""
        if self.wrapped() and self.key in STAGE_KEYS:
            first, second = self.key, load_methodology().stage(self.key).short(lang())
        elide = Qt.TextElideMode.ElideRight
        lines = [(QRect(x, 10, room, th), fm_title.elidedText(first, elide, room))]
        if self.wrapped():
            lines.append((QRect(x, 10 + th, w, th), fm_title.elidedText(second, elide, w)))
        return lines

    def _paint_open(self, p: QPainter) -> None:
        title, small, fm_title, fm_small = self._fonts()
        s = self.summary
        x, w = 10, self.width() - 20
        y = 10
        th = int(fm_title.height() * 1.25)
        count = f"{s.count:,}"
        cw = fm_small.horizontalAdvance(count) + 14
        room = self._button_room()
        pill = QRect(
            x + w - cw - room, y + (th - fm_small.height() - 4) // 2, cw, fm_small.height() + 4
        )
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(style.CARD_BG)
        p.drawRoundedRect(QRectF(pill), pill.height() / 2, pill.height() / 2)
        p.setFont(small)
        p.setPen(style.TEXT)
        p.drawText(pill, Qt.AlignmentFlag.AlignCenter, count)
        p.setFont(title)
        p.setPen(style.TEXT)
        for rect, text in self.title_lines(w - cw - room - 6):
            p.drawText(rect, Qt.AlignmentFlag.AlignVCenter, text)
            y += th
        line = fm_small.height() + 2
        p.setFont(small)
        language = lang()
        total = compact_amount(s.total, self.currency, language)
        rect = QRect(x, y, w, line)
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        p.setPen(style.TEXT)
        p.drawText(rect, left, total)
        if self.key in STAGE_KEYS:
            # Weighted amount on the right; its label goes first when space is short.
            weighted = compact_amount(s.weighted, self.currency, language)
            room = w - fm_small.horizontalAdvance(total) - 10
            text = tr("weighted {amount}").format(amount=weighted)
            if fm_small.horizontalAdvance(text) > room:
                text = tr("≈ {amount}").format(amount=weighted)
            p.setPen(style.TEXT_2)
            p.drawText(rect, right, fm_small.elidedText(text, Qt.TextElideMode.ElideRight, room))
        y += line
        if self.key in STAGE_KEYS:
            if s.avg_days is None:
                days = tr("No deals in this stage")
            else:
                days = tr("⌀ {days:.0f} d in stage · usual {usual}").format(
                    days=s.avg_days, usual=s.usual_days
                )
                if fm_small.horizontalAdvance(days) > w:
                    days = tr("⌀ {days:.0f} d · usual {usual}").format(
                        days=s.avg_days, usual=s.usual_days
                    )
            p.setPen(style.AMBER if s.slow else style.TEXT_2)
            p.drawText(
                QRect(x, y, w, line),
                Qt.AlignmentFlag.AlignVCenter,
                fm_small.elidedText(days, Qt.TextElideMode.ElideRight, w),
            )

    def _paint_collapsed(self, p: QPainter) -> None:
        title, _small, fm_title, _ = self._fonts()
        text = f"▸ {column_title(self.key)} · {self.summary.count:,}"
        p.save()
        p.translate(self.width() / 2 + fm_title.ascent() / 2 - 2, 14)
        p.rotate(90)
        p.setFont(title)
        p.setPen(style.TEXT)
        p.drawText(0, 0, text)
        p.restore()


class CardList(QListView):
    """A column's card list: extended selection, drag and drop, Enter opens a card."""

    openRequested = Signal(int)  # deal id
    stepRequested = Signal(int)  # -1 left, +1 right: move the selected deals (Ctrl+arrow)
    crossRequested = Signal(int)  # -1 left, +1 right: go to the card beside (arrow)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(False)  # the column is the target, not a row
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMouseTracking(True)
        self.setAutoScroll(True)
        self.setSpacing(0)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Colours by palette and a stylesheet on the scroll bar only: a stylesheet on the
        # view itself makes Qt paint every visible card twice.
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Base, style.COLUMN_BG)
        self.setPalette(palette)
        self.verticalScrollBar().setStyleSheet(
            "QScrollBar:vertical { width: 8px; background: transparent; margin: 2px 0; }"
            f"QScrollBar::handle:vertical {{ background: {style.CARD_HOVER.name()};"
            " border-radius: 4px; min-height: 24px; }"
            "QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical { height: 0; }"
            "QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical { background: none; }"
        )
        self.doubleClicked.connect(self._open)

    def _open(self, index: QModelIndex) -> None:
        model = self.model()
        if isinstance(model, ColumnModel):
            deal = model.deal_at(index.row())
            if deal is not None:
                self.openRequested.emit(deal)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ctrl = mods & Qt.KeyboardModifier.ControlModifier
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._open(self.currentIndex())
            return
        if ctrl and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.stepRequested.emit(-1 if key == Qt.Key.Key_Left else 1)
            return
        if mods == Qt.KeyboardModifier.NoModifier:
            if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
                self.crossRequested.emit(-1 if key == Qt.Key.Key_Left else 1)
                return
            rows = self.card_rows()
            current = self.currentIndex().row() if self.currentIndex().isValid() else -1
            target: int | None = None
            if key == Qt.Key.Key_Down:
                target = next((r for r in rows if r > current), None)
            elif key == Qt.Key.Key_Up:
                target = next((r for r in reversed(rows) if r < current), None)
                if current < 0 and rows:
                    target = rows[0]
            elif key == Qt.Key.Key_Home and rows:
                target = rows[0]
            elif key == Qt.Key.Key_End and rows:
                target = rows[-1]
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Home, Qt.Key.Key_End):
                if target is not None:
                    self.select_row(target)
                return  # lane titles and fillers are never the current row
        super().keyPressEvent(event)

    def card_rows(self) -> list[int]:
        """Rows that hold a card (not a lane title or a filler), top to bottom."""
        model = self.model()
        if not isinstance(model, ColumnModel):
            return []
        return [r for r in range(model.rowCount()) if model.deal_at(r) is not None]

    def select_row(self, row: int) -> None:
        """Make ``row`` the one selected, current card, scrolled into view."""
        index = self.model().index(row, 0)
        flags = QItemSelectionModel.SelectionFlag
        self.selectionModel().setCurrentIndex(index, flags.ClearAndSelect)
        self.scrollTo(index)

    def nearest_card_row(self, y: int) -> int | None:
        """The card row whose middle is nearest to viewport ``y`` (for Left/Right)."""
        best: tuple[int, int] | None = None
        for row in self.card_rows():
            rect = self.visualRect(self.model().index(row, 0))
            distance = abs(rect.center().y() - y)
            if best is None or distance < best[0]:
                best = (distance, row)
        return None if best is None else best[1]

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.relayout()

    def relayout(self) -> None:
        """Cards are as tall as the font needs: measure them again (larger text)."""
        self.scheduleDelayedItemsLayout()
        self.viewport().update()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        # Focus always shows as a selected card: coming in by Tab selects the current one.
        if not self.selectionModel().hasSelection():
            current = self.currentIndex()
            rows = self.card_rows()
            if current.isValid() and current.row() in rows:
                self.select_row(current.row())
            elif rows and event.reason() in (
                Qt.FocusReason.TabFocusReason,
                Qt.FocusReason.BacktabFocusReason,
            ):
                self.select_row(rows[0])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        super().dragEnterEvent(event)
        _set_highlight(self.parentWidget(), event.isAccepted())

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        super().dragLeaveEvent(event)
        _set_highlight(self.parentWidget(), False)

    def dropEvent(self, event: QDropEvent) -> None:
        _set_highlight(self.parentWidget(), False)
        model = self.model()
        if isinstance(model, ColumnModel) and deferred_drop(model, event):
            return
        event.ignore()

    def selected_ids(self) -> list[int]:
        model = self.model()
        if not isinstance(model, ColumnModel):
            return []
        rows = sorted(i.row() for i in self.selectionModel().selectedRows())
        return [d for d in (model.deal_at(r) for r in rows) if d is not None]


class ColumnWidget(QFrame):
    """Header + list; the whole frame takes drops so a collapsed column still does."""

    def __init__(
        self,
        model: ColumnModel,
        delegate: CardDelegate,
        collapsible: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.key = model.key
        self.model = model
        self.setObjectName(f"column_{self.key}")
        self.setAcceptDrops(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.header = ColumnHeader(self.key, collapsible, self)
        self.view = CardList(self)
        self.view.setModel(model)
        self.view.setItemDelegate(delegate)
        self.view.setAccessibleName(column_title(self.key))
        layout.addWidget(self.header)
        layout.addWidget(self.view, 1)
        self.collapsed = False
        self.header.toggleRequested.connect(lambda: self.set_collapsed(not self.collapsed))
        self._apply_widths()

    def widths(self) -> tuple[int, int, int]:
        """(min, max, collapsed) width at the current text size: larger text, wider columns."""
        k = max(1.0, text_size.scale())
        return int(MIN_WIDTH * k), int(MAX_WIDTH * k), int(COLLAPSED_WIDTH * k)

    def _apply_widths(self) -> None:
        low, high, narrow = self.widths()
        if self.collapsed:
            self.setFixedWidth(narrow)
        else:
            self.setMinimumWidth(low)
            self.setMaximumWidth(high)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._apply_widths()

    def set_collapsed(self, collapsed: bool) -> None:
        self.collapsed = collapsed
        self.view.setVisible(not collapsed)
        self.header.set_collapsed(collapsed)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.setStretchFactor(self.header, 1 if collapsed else 0)
        self._apply_widths()

    # -- drops on the header or a collapsed column -------------------------------------

    def _accepts(self, event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> bool:
        return self.model.canDropMimeData(
            event.mimeData(), Qt.DropAction.MoveAction, -1, 0, QModelIndex()
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._accepts(event):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
            self._highlight(True)
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._accepts(event):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: object) -> None:
        self._highlight(False)

    def dropEvent(self, event: QDropEvent) -> None:
        self._highlight(False)
        if not deferred_drop(self.model, event):
            event.ignore()

    def _highlight(self, on: bool) -> None:
        self.header.highlight = on
        self.header.update()


def _set_highlight(widget: QWidget | None, on: bool) -> None:
    if isinstance(widget, ColumnWidget):
        widget._highlight(on)


def deferred_drop(model: ColumnModel, event: QDropEvent) -> bool:
    """Accept a real drop now and run it once the drag has ended.

    The move may open the gate dialog; a modal dialog inside the drag's own
    event loop misbehaves on some platforms, so the drop is replayed through
    ``dropMimeData`` from the event loop with a copy of the payload.
    """
    data = event.mimeData()
    if not model.canDropMimeData(data, Qt.DropAction.MoveAction, -1, 0, QModelIndex()):
        return False
    payload = QMimeData()
    payload.setData(mime.MIME_TYPE, data.data(mime.MIME_TYPE))
    event.setDropAction(Qt.DropAction.MoveAction)
    event.accept()
    QTimer.singleShot(
        0,
        lambda: model.dropMimeData(payload, Qt.DropAction.MoveAction, -1, 0, QModelIndex()),
    )
    return True
