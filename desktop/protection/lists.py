"""Expired deals and the public field (公田): the lists behind the board's "Protection…".

Two tabs: the deals whose protection expired (those awaiting a decision
first, marked so) with "Decide…", and the public field with "Claim…". Both
follow the hub: a decision made here, on the board or undone elsewhere shows
at once. Tests open it through :data:`show_protection` (a module attribute).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import labels
from desktop.board import style
from desktop.context import WorkspaceContext
from desktop.models.row_table import RowTableModel
from desktop.pages.list_editor import read_only_table
from desktop.protection.decide import decide_deal, show_following, territory_text, tr
from model.changes import Changes
from model.protection import ProtectionRow, expired_deals, public_field


class ProtectionModel(RowTableModel[ProtectionRow]):
    """Deal, account, stage, owner, the day (expired on / public since), status, territory."""

    STATUS = 5  # the column the public field hides

    def __init__(self, public: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.public = public

    def column_count(self) -> int:
        return 7

    def column_titles(self) -> list[str]:
        day = tr("Public since") if self.public else tr("Expired on")
        owner = tr("Was owned by") if self.public else tr("Owner")
        return [
            tr("Deal"),
            tr("Account"),
            tr("Stage"),
            owner,
            day,
            tr("Status"),
            tr("Territory of"),
        ]

    def column_tips(self) -> list[str]:
        return [
            "",
            "",
            "",
            "",
            "",
            tr("Awaiting a decision: expired with no stage advance and no penalty yet"),
            tr("Whose territory the account falls in: the suggested owner"),
        ]

    def owner(self, row: ProtectionRow) -> str:
        if self.public:
            released = next((e for e in row.events if e.kind == "release"), None)
            return released.from_member if released is not None else ""
        return row.owner or tr("nobody")

    def status(self, row: ProtectionRow) -> str:
        if self.public:
            return ""
        if row.awaiting:
            return tr("Awaiting a decision")
        if row.penalised_on is not None:
            return tr("Penalised")
        return tr("Advanced since")

    def cell(self, row: ProtectionRow, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            s = row.state
            day = s.public_since if self.public else s.expires
            return [
                row.name,
                row.account,
                labels.stage_label(row.stage),
                self.owner(row),
                day.isoformat() if day else "",
                self.status(row),
                territory_text(row.territory),
            ][column]
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATUS and row.awaiting:
            return QColor(style.RED)
        if role == Qt.ItemDataRole.UserRole:
            return row.deal_id
        return None


def _table(model: ProtectionModel, name: str) -> QTableView:
    view = read_only_table(name, model, alternate=False)
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    for column, width in enumerate((190, 170, 110, 120, 90, 140)):
        view.setColumnWidth(column, width)
    return view


class ProtectionDialog(QDialog):
    """The expired deals awaiting a decision and the public field, with their actions."""

    def __init__(
        self, ctx: WorkspaceContext, parent: QWidget | None = None, *, public: bool = False
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("protectionDialog")
        self.setWindowTitle(tr("Protection: expired deals and the public field"))
        self.resize(1040, 520)
        outer = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "A valid opportunity is protected for its owner for a few months. When the "
                "period runs out without a stage advance, decide: penalise the owner, release "
                "the deal to the public field, or transfer it to whoever uncovered it. "
                "Any member may claim a deal of the public field."
            )
        )
        intro.setWordWrap(True)
        outer.addWidget(intro)
        self.tabs = QTabWidget()
        self.expired_model = ProtectionModel(False, self)
        self.public_model = ProtectionModel(True, self)
        self.expired_view = _table(self.expired_model, "expiredDeals")
        self.public_view = _table(self.public_model, "publicField")
        self.public_view.setColumnHidden(ProtectionModel.STATUS, True)
        self.expired_empty = QLabel(
            tr(
                "No protection has expired. Deals in P3 or later are protected for their "
                "owner; one whose period runs out without progress is listed here."
            )
        )
        self.public_empty = QLabel(
            tr(
                "The public field is empty. A deal released from an expired protection "
                "appears here, and any member may claim it."
            )
        )
        self.decide_button = QPushButton(tr("Decide…"))
        self.decide_button.setObjectName("decideButton")
        self.decide_button.setToolTip(tr("Penalise, release or transfer the selected deal"))
        self.decide_button.clicked.connect(lambda _c=False: self.decide_selected())
        self.claim_button = QPushButton(tr("Claim…"))
        self.claim_button.setObjectName("claimButton")
        self.claim_button.setToolTip(tr("Take the selected deal: you become its owner"))
        self.claim_button.clicked.connect(lambda _c=False: self.claim_selected())
        for view, empty, button, title in (
            (self.expired_view, self.expired_empty, self.decide_button, tr("Expired")),
            (self.public_view, self.public_empty, self.claim_button, tr("Public field")),
        ):
            page = QWidget()
            box = QVBoxLayout(page)
            empty.setWordWrap(True)
            empty.setStyleSheet(f"color: {style.TEXT_2.name()};")
            box.addWidget(empty)
            box.addWidget(view, 1)
            line = QHBoxLayout()
            line.addWidget(button)
            line.addStretch(1)
            box.addLayout(line)
            view.doubleClicked.connect(lambda _i, b=button: b.click())
            self.tabs.addTab(page, title)
        outer.addWidget(self.tabs, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        self.refresh()
        self.tabs.setCurrentIndex(1 if public else 0)
        ctx.hub.changed.connect(self._changed)

    def _changed(self, changes: Changes) -> None:
        if changes.touches("deal", "protection_event", "territory", "member", "account"):
            self.refresh()

    def refresh(self) -> None:
        expired = self.ctx.read(expired_deals)
        expired.sort(key=lambda r: (not r.awaiting, r.state.expires, r.deal_id))
        self.expired_model.set_rows(expired)
        self.public_model.set_rows(self.ctx.read(public_field))
        awaiting = sum(1 for r in expired if r.awaiting)
        self.tabs.setTabText(0, tr("Awaiting a decision ({n})").format(n=awaiting))
        self.tabs.setTabText(1, tr("Public field ({n})").format(n=self.public_model.rowCount()))
        for view, empty, model, button in (
            (self.expired_view, self.expired_empty, self.expired_model, self.decide_button),
            (self.public_view, self.public_empty, self.public_model, self.claim_button),
        ):
            empty.setVisible(model.rowCount() == 0)
            view.setVisible(model.rowCount() > 0)
            button.setEnabled(model.rowCount() > 0)
            if model.rowCount() and not view.selectionModel().hasSelection():
                view.selectRow(0)

    def _selected(self, view: QTableView) -> int | None:
        rows = view.selectionModel().selectedRows()
        if not rows:
            return None
        return int(rows[0].data(Qt.ItemDataRole.UserRole))

    def select_deal(self, deal_id: int) -> None:
        for view, model in (
            (self.expired_view, self.expired_model),
            (self.public_view, self.public_model),
        ):
            at = model.row_of(deal_id)
            if at >= 0:
                view.selectRow(at)

    def decide_selected(self) -> bool:
        deal_id = self._selected(self.expired_view)
        return deal_id is not None and decide_deal(self.ctx, self, deal_id)

    def claim_selected(self) -> bool:
        deal_id = self._selected(self.public_view)
        return deal_id is not None and decide_deal(self.ctx, self, deal_id)


Shower = Callable[[ProtectionDialog], None]


def _exec(dialog: ProtectionDialog) -> None:
    dialog.exec()


show_protection: Shower = _exec
"""How the dialog is shown; tests replace it to drive the real dialog without blocking."""


def open_protection(
    ctx: WorkspaceContext, parent: QWidget | None = None, *, public: bool = False
) -> ProtectionDialog:
    dialog = ProtectionDialog(ctx, parent, public=public)
    return show_following(ctx, dialog, show_protection, dialog._changed)
