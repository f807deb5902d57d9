"""A forced move awaiting approval: the deal panel's banner and its two commands.

The banner names the move (from → to, who forced it and when, the reason and
what was unmet) and offers Approve and Revert. Approve is a manager's (or an
executive's) call; Revert moves the deal back where the move came from, with
a reason, and is open to a manager and to the move's author. The buttons
follow who the user says they are (``ctx.meChanged``) and say why when they
are off. Each is one undo step; the rules live in model/services/approvals.py.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.board import style
from desktop.board.dialogs import ReasonAsker, ask_reason
from desktop.board.labels import column_title
from desktop.context import ServiceCommand, WorkspaceContext
from desktop.i18n import lang
from desktop.labels import join_list
from model.board import DealDetail, HistoryItem
from model.methodology import load_methodology
from model.services.approvals import (
    approve_stage_change,
    is_manager,
    revert_forced_move,
    revert_target,
    withdraw_approval,
)
from model.services.deals import revert_stage_change

reason_asker: ReasonAsker = ask_reason
"""Asks the reason for a revert; tests replace it so that no dialog blocks them."""


def local_time(at: datetime) -> str:
    """A stored UTC instant as the user's clock shows it ("2026-01-02 04:00")."""
    return at.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M")


class ApproveCommand(ServiceCommand):
    """A manager approves a forced move; undo withdraws exactly that approval."""

    def __init__(self, ctx: WorkspaceContext, text: str, change_id: int) -> None:
        super().__init__(ctx, text)
        self.change_id, self.by = change_id, ctx.me
        self.approved_at: datetime | None = None

    def apply(self) -> None:
        changes = self.ctx.write(approve_stage_change, self.change_id, by=self.by)
        self.approved_at = changes.undo["approved_at"]

    def revert(self) -> None:
        self.ctx.write(withdraw_approval, self.change_id, approved_at=self.approved_at)


class RevertForcedCommand(ServiceCommand):
    """Move a deal back where a forced move came from; undo takes that move back."""

    def __init__(self, ctx: WorkspaceContext, text: str, change_id: int, reason: str) -> None:
        super().__init__(ctx, text)
        self.change_id, self.reason, self.by = change_id, reason, ctx.me
        self.created: int | None = None

    def apply(self) -> None:
        changes = self.ctx.write(revert_forced_move, self.change_id, reason=self.reason, by=self.by)
        self.created = changes.created_id("stage_change")

    def revert(self) -> None:
        assert self.created is not None
        self.ctx.write(revert_stage_change, self.created)


class ApprovalBanner(QFrame):
    """One forced move awaiting approval, with Approve and Revert."""

    def __init__(
        self,
        ctx: WorkspaceContext,
        deal: DealDetail,
        item: HistoryItem,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.deal, self.item = ctx, deal, item
        self.target = revert_target(item.from_stage)
        self.setObjectName("approvalBanner")
        self.setStyleSheet(
            f"#approvalBanner {{ background: {style.AMBER_BG.name()}; border-radius: 6px; }}"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)
        head = QLabel(self.tr("Awaiting a manager's approval"))
        font = head.font()
        font.setBold(True)
        head.setFont(font)
        head.setStyleSheet(f"color: {style.AMBER.name()};")
        layout.addWidget(head)
        move = (
            self.tr("Created in {stage}").format(stage=column_title(item.to_stage))
            if item.from_stage is None
            else f"{item.from_stage} → {column_title(item.to_stage)}"
        )
        who = item.by or self.tr("nobody named")
        layout.addWidget(
            self._text(
                self.tr("{move}, forced by {who} on {when}").format(
                    move=move, who=who, when=local_time(item.at)
                )
            )
        )
        if item.reason:
            layout.addWidget(self._text(self.tr("Reason: {reason}").format(reason=item.reason)))
        if item.unmet:
            method = load_methodology()
            unmet = join_list(
                (method.text(i, lang()) if i in method else i for i in item.unmet), complete=False
            )
            layout.addWidget(self._text(self.tr("Unmet: {unmet}").format(unmet=unmet)))
        row = QHBoxLayout()
        row.setContentsMargins(0, 4, 0, 0)
        self.approve_button = QPushButton(self.tr("Approve"))
        self.approve_button.setObjectName("approveForced")
        self.approve_button.clicked.connect(self._approve)
        self.revert_button = QPushButton(self.tr("Revert to {stage}…").format(stage=self.target))
        self.revert_button.setObjectName("revertForced")
        self.revert_button.clicked.connect(self._revert)
        row.addWidget(self.approve_button)
        row.addWidget(self.revert_button)
        row.addStretch(1)
        layout.addLayout(row)
        ctx.meChanged.connect(self._follow_me)
        self._follow_me()

    @staticmethod
    def _text(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        return label

    def _follow_me(self, *_me: object) -> None:
        """Enable what the member the user is may do; say why not otherwise."""
        me = self.ctx.me
        manager = self.ctx.read(is_manager, me)
        author = me is not None and me == self.item.by_id
        self.approve_button.setEnabled(manager)
        self.revert_button.setEnabled(manager or author)
        if me is None:
            nobody = self.tr("Choose who you are first (File → I am…).")
            self.approve_button.setToolTip(nobody)
            self.revert_button.setToolTip(nobody)
            return
        self.approve_button.setToolTip(
            self.tr("Accept the move as it is: the deal stays in {stage}.").format(
                stage=self.item.to_stage
            )
            if manager
            else self.tr("Only a manager or an executive may approve a forced move.")
        )
        self.revert_button.setToolTip(
            self.tr("Move the deal back to {stage}, with a reason.").format(stage=self.target)
            if manager or author
            else self.tr(
                "Only a manager, an executive or the member who forced it may revert this move."
            )
        )

    def _approve(self) -> None:
        text = self.tr("Approve the forced move of “{deal}”").format(deal=self.deal.name)
        self.ctx.push(ApproveCommand(self.ctx, text, self.item.id))

    def _revert(self) -> None:
        reason = reason_asker(
            self,
            self.tr("Revert to {stage}").format(stage=column_title(self.target)),
            self.tr(
                "“{deal}” goes back to {stage}, where it was before the forced move. Why?"
            ).format(deal=self.deal.name, stage=column_title(self.target)),
        )
        if not reason:
            return
        text = self.tr("Revert the forced move of “{deal}”").format(deal=self.deal.name)
        self.ctx.push(RevertForcedCommand(self.ctx, text, self.item.id, reason))
