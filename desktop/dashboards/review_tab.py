"""The Review tab: what the team lead decides or nudges, deal by deal.

:func:`model.review.review_list` grouped by kind — forced moves awaiting
approval, exit criteria ticked while the data says otherwise, expired
protections, overdue next steps and deals with no activity for a while —
each kind a branch with its count, each item its deal, account, owner, since
when and a short fact. A double-click (or Enter) opens the deal on the board.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop import labels
from desktop.context import WorkspaceContext
from desktop.dashboards.chart import open_on_board
from desktop.pages.base import EmptyState
from desktop.pages.list_editor import follow_text_size
from model.review import KINDS, ReviewItem, review_list

CONTEXT = "ReviewTab"
DEAL_ROLE = Qt.ItemDataRole.UserRole + 10


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def kind_label(kind: str) -> str:
    return {
        "forced_pending": tr("Forced moves awaiting approval"),
        "contradicted": tr("Exit criteria ticked but contradicted by the data"),
        "protection_expired": tr("Expired protections awaiting a decision"),
        "overdue_step": tr("Overdue next steps"),
        "idle": tr("Deals with no recent activity"),
    }.get(kind, kind)


def kind_tip(kind: str) -> str:
    return {
        "forced_pending": tr("A deal moved past an unmet gate; a manager approves or reverts it"),
        "contradicted": tr(
            "The criterion is ticked done but the workspace's data says it is not met"
        ),
        "protection_expired": tr("Penalise, release or transfer the deal"),
        "overdue_step": tr("A next step agreed with the customer is past its day"),
        "idle": tr("No visit, call or other activity logged for the set number of days"),
    }.get(kind, "")


class TreeView(QTreeView):
    """Enter on an item opens its deal, as a double-click does."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class ReviewTab(QWidget):
    """The review list grouped by kind; a double-click opens the deal on the board."""

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today: date | None = None  # tests fix the day
        self.items: list[ReviewItem] = []
        self.model = QStandardItemModel(self)
        self.view = TreeView()
        self.view.setObjectName("reviewTree")
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.setUniformRowHeights(True)
        self.view.doubleClicked.connect(self._open)
        self.view.activated.connect(self._open)
        self.intro = QLabel(
            tr(
                "What needs a decision or a nudge before the review meeting. "
                "Double-click a deal to open it on the board."
            )
        )
        self.intro.setWordWrap(True)
        self.empty = EmptyState(
            tr("Nothing to review"),
            tr(
                "No forced move waits for approval, no tick is contradicted, no protection "
                "has expired, no next step is overdue and every open deal had an activity "
                "lately."
            ),
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty, 1)
        follow_text_size(self.view, self._fit_columns)
        self.refresh()

    def titles(self) -> list[str]:
        return [tr("Deal"), tr("Account"), tr("Owner"), tr("Since"), tr("Detail")]

    def refresh(self) -> None:
        self.items = self.ctx.read(review_list, self.today)
        expanded = self._expanded_kinds()
        self.model.clear()
        self.model.setHorizontalHeaderLabels(self.titles())
        by_kind: dict[str, list[ReviewItem]] = {}
        stages: dict[str, str] = {}  # each stage named once (thousands of items)
        for item in self.items:
            by_kind.setdefault(item.kind, []).append(item)
        for kind in (*KINDS, *(k for k in by_kind if k not in KINDS)):
            found = by_kind.get(kind)
            if not found:
                continue
            head = QStandardItem(tr("{kind} ({n})").format(kind=kind_label(kind), n=len(found)))
            head.setData(kind, Qt.ItemDataRole.UserRole)
            head.setToolTip(kind_tip(kind))
            font = head.font()
            font.setBold(True)
            head.setFont(font)
            for item in found:
                cells = [
                    item.deal_name,
                    item.account_name,
                    item.owner_name,
                    item.since.isoformat() if item.since else "",
                    self._detail(item, stages),
                ]
                row = [QStandardItem(text) for text in cells]
                row[0].setData(item.deal_id, DEAL_ROLE)  # the row's deal (deal_at)
                head.appendRow(row)
            blanks = [QStandardItem("") for _ in range(len(self.titles()) - 1)]
            self.model.appendRow([head, *blanks])
            self.view.setFirstColumnSpanned(self.model.rowCount() - 1, QModelIndex(), True)
            if expanded is None or kind in expanded:
                self.view.expand(head.index())
        has_items = bool(self.items)
        self.view.setVisible(has_items)
        self.intro.setVisible(has_items)
        self.empty.setVisible(not has_items)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Columns as wide as their texts in the font now (the deal's at most a third)."""
        header = self.view.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column in range(len(self.titles()) - 1):
            self.view.resizeColumnToContents(column)
            title = header.fontMetrics().horizontalAdvance(self.titles()[column]) + 24
            width = min(max(self.view.columnWidth(column), title), 320)
            self.view.setColumnWidth(column, width)

    def _detail(self, item: ReviewItem, stages: dict[str, str] | None = None) -> str:
        if item.kind in ("protection_expired", "idle") and item.detail.startswith("P"):
            if stages is None:
                return f"{item.detail} {labels.stage_label(item.detail)}"
            text = stages.get(item.detail)
            if text is None:
                text = stages[item.detail] = f"{item.detail} {labels.stage_label(item.detail)}"
            return text
        return item.detail

    def _expanded_kinds(self) -> set[str] | None:
        """The kinds the user left open (None before the first fill: all open)."""
        if self.model.rowCount() == 0:
            return None
        out = set()
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            if self.view.isExpanded(index):
                out.add(str(index.data(Qt.ItemDataRole.UserRole)))
        return out

    def deal_at(self, index: QModelIndex) -> int | None:
        value = index.siblingAtColumn(0).data(DEAL_ROLE)
        return int(value) if isinstance(value, int) else None

    def _open(self, index: QModelIndex) -> None:
        deal_id = self.deal_at(index)
        if deal_id is not None:
            open_on_board(self, deal_id)
